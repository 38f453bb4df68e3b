//! Goal commands: a goal with its steps and dates, marking a goal or a step done, and the
//! list with progress and what is due soon or overdue.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use mosaic_core::{Date, EntryId, Goal, GoalStep, Mosaic, PortfolioId, Section, Urgency};
use std::fmt::Write as _;

use crate::{fields, pick, print};

#[derive(Subcommand)]
pub enum GoalCommand {
    /// A new goal: `mosaic goal add "A job in a kitchen" --area work --due 2027-03-01
    /// --step "Food safety course@2026-12-10" --step "Send three applications"`.
    Add {
        title: String,
        /// education, work, volunteering, language or everyday_life.
        #[arg(long)]
        area: String,
        /// When she wants to have reached it (YYYY-MM-DD).
        #[arg(long)]
        due: Option<String>,
        /// A step, optionally with its date after `@` (repeat for more steps).
        #[arg(long = "step")]
        steps: Vec<String>,
    },
    /// Add a step to a goal.
    Step {
        goal: EntryId,
        text: String,
        #[arg(long)]
        due: Option<String>,
    },
    /// Change a goal's fields: `mosaic goal edit ID title="…" due=2027-04-01 state=dropped`.
    Edit { goal: EntryId, fields: Vec<String> },
    /// Mark a goal done, or only its step N (1 is the first step).
    Done {
        goal: EntryId,
        #[arg(long)]
        step: Option<usize>,
    },
    /// Every goal with its progress, and what is due soon or overdue.
    List,
    /// Mentor: propose a goal to a mentee (`--portfolio ID`); it reaches her with the next
    /// sync and becomes her goal only if she accepts it.
    Propose {
        title: String,
        #[arg(long)]
        area: String,
        #[arg(long)]
        due: Option<String>,
        #[arg(long = "step")]
        steps: Vec<String>,
    },
    /// Goals your mentors proposed, open, accepted or declined.
    Proposals,
    /// Make a mentor's proposal one of your goals.
    Accept { proposal: String },
    /// Decline a mentor's proposal (your portfolio does not change).
    Decline { proposal: String },
}

pub fn run(
    m: &mut Mosaic,
    portfolio: Option<PortfolioId>,
    json: bool,
    cmd: GoalCommand,
) -> Result<()> {
    if let GoalCommand::Propose {
        title,
        area,
        due,
        steps,
    } = cmd
    {
        let mentee = crate::sharing::pick_any(m, portfolio)?;
        let proposal = mosaic_sync::propose_goal(m, mentee, goal_json(title, area, due, &steps)?)?;
        return print(json, &serde_json::json!({"id": proposal}), || {
            "Goal proposed; it is sent with the next sync and waits for her answer".into()
        });
    }
    let id = pick(m, portfolio)?;
    match cmd {
        GoalCommand::Propose { .. } => {}
        GoalCommand::Proposals => {
            let list = mosaic_sync::goal_proposals(m, id)?;
            print(json, &serde_json::to_value(&list)?, || {
                if list.is_empty() {
                    return "No goal proposals from your mentors".into();
                }
                list.iter()
                    .map(|p| {
                        let what = p.goal.as_ref().map_or_else(
                            || format!("(cannot be read: {})", p.problem.as_deref().unwrap_or("")),
                            |g| format!("{} ({} step(s))", g.title, g.steps.len()),
                        );
                        format!(
                            "[{}] {what}, proposed by {} ({})  {}",
                            p.state, p.by, p.fingerprint, p.id
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        GoalCommand::Accept { proposal } => {
            let entry = mosaic_sync::accept_goal(m, id, &proposal)?;
            print(json, &serde_json::json!({"id": entry}), || {
                format!("Accepted: goal {entry}")
            })?;
        }
        GoalCommand::Decline { proposal } => {
            mosaic_sync::decline_goal(m, id, &proposal)?;
            print(json, &serde_json::json!({"ok": true}), || {
                "Declined; your portfolio did not change".into()
            })?;
        }
        GoalCommand::Add {
            title,
            area,
            due,
            steps,
        } => {
            let entry = m.add_json(id, Section::Goals, goal_json(title, area, due, &steps)?)?;
            print(json, &serde_json::json!({"id": entry}), || {
                format!("Added goal {entry}")
            })?;
        }
        GoalCommand::Step { goal, text, due } => {
            let mut g: Goal = m.get(id, goal)?;
            let step: GoalStep =
                serde_json::from_value(step_json(&text, due.as_deref())?).context("the step")?;
            g.steps.push(step);
            let n = g.steps.len();
            m.update(id, g)?;
            print(json, &serde_json::json!({"step": n}), || {
                format!("Added step {n} to goal {goal}")
            })?;
        }
        GoalCommand::Edit { goal, fields } => {
            fields::with_both(&fields, |patch| {
                m.edit_json(id, Section::Goals, goal, patch)
            })?;
            print(json, &serde_json::json!({"ok": true}), || {
                format!("Saved goal {goal}")
            })?;
        }
        GoalCommand::Done { goal, step } => {
            let mut g: Goal = m.get(id, goal)?;
            match step {
                Some(n) => {
                    let count = g.steps.len();
                    let s = n
                        .checked_sub(1)
                        .and_then(|i| g.steps.get_mut(i))
                        .with_context(|| {
                            format!("goal {goal} has {count} step(s); there is no step {n}")
                        })?;
                    s.done = true;
                }
                None => g.state = mosaic_core::GoalState::Done,
            }
            m.update(id, g)?;
            print(json, &serde_json::json!({"ok": true}), || match step {
                Some(n) => format!("Step {n} of goal {goal} done"),
                None => format!("Goal {goal} done"),
            })?;
        }
        GoalCommand::List => {
            let goals = m.list::<Goal>(id)?;
            let today = chrono::Local::now().date_naive();
            let value = serde_json::Value::Array(
                goals
                    .iter()
                    .map(|g| {
                        let (done, all) = g.progress();
                        serde_json::json!({
                            "goal": g,
                            "steps_done": done,
                            "steps": all,
                            "urgency": g.urgency(today),
                        })
                    })
                    .collect(),
            );
            print(json, &value, || list_text(&goals, today))?;
        }
    }
    Ok(())
}

fn goal_json(
    title: String,
    area: String,
    due: Option<String>,
    steps: &[String],
) -> Result<serde_json::Value> {
    let steps: Vec<serde_json::Value> = steps
        .iter()
        .map(|s| step_json(s, None))
        .collect::<Result<_>>()?;
    let mut goal = serde_json::json!({"title": title, "area": area, "steps": steps});
    if let Some(due) = due {
        goal["due"] = due.into();
    }
    Ok(goal)
}

/// A step from `TEXT` or `TEXT@YYYY-MM-DD` (an explicit `due` wins).
fn step_json(text: &str, due: Option<&str>) -> Result<serde_json::Value> {
    let (text, at) = match text.rsplit_once('@') {
        Some((t, d)) if d.parse::<Date>().is_ok() => (t.trim(), Some(d.trim())),
        _ => (text.trim(), None),
    };
    if text.is_empty() {
        bail!("a step needs some text");
    }
    let mut step = serde_json::json!({"text": text});
    if let Some(d) = due.or(at) {
        step["due"] = d.into();
    }
    Ok(step)
}

fn list_text(goals: &[Goal], today: Date) -> String {
    let mut out = String::new();
    if goals.is_empty() {
        out.push_str("No goals yet: mosaic goal add \"…\" --area work");
    }
    for g in goals {
        let (done, all) = g.progress();
        let state = serde_json::to_value(g.state)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default();
        let urgency = match g.urgency(today) {
            Urgency::Overdue => "  OVERDUE",
            Urgency::DueSoon => "  due soon",
            Urgency::None => "",
        };
        let due = g.due.map(|d| format!(", by {d}")).unwrap_or_default();
        let _ = writeln!(
            out,
            "{} [{state}] {done}/{all} steps{due}{urgency}  {}",
            g.title, g.id
        );
        if let Some(p) = &g.proposed_by {
            let _ = writeln!(out, "    proposed by {} ({})", p.name, p.fingerprint);
        }
        for (i, s) in g.steps.iter().enumerate() {
            let mark = if s.done { "x" } else { " " };
            let due = s.due.map(|d| format!(" (by {d})")).unwrap_or_default();
            let _ = writeln!(out, "    {}. [{mark}] {}{due}", i + 1, s.text);
        }
    }
    out.trim_end().to_string()
}
