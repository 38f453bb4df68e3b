//! Competence commands (LifeComp): judge one, link what shows it, list the nine.

use anyhow::{Context, Result};
use clap::Subcommand;
use mosaic_core::{
    CompetenceAssessment, CompetenceAssessor, CompetenceCode, EntryId, Mosaic, PortfolioId,
};
use std::fmt::Write as _;

use crate::{pick, print};

#[derive(Subcommand)]
pub enum CompetenceCommand {
    /// Judge a competence: `mosaic competence assess empathy 3`. LEVEL is 1 just starting,
    /// 2 sometimes, 3 often, 4 confidently and helping others. COMPETENCE is one of
    /// self_regulation, flexibility, wellbeing, empathy, communication, collaboration,
    /// growth_mindset, critical_thinking, managing_learning.
    Assess {
        competence: String,
        level: u8,
        /// self (default) or mentor.
        #[arg(long, default_value = "self")]
        by: String,
        /// The mentor's name, when a mentor judged it.
        #[arg(long)]
        name: Option<String>,
        /// Date of the judgement (default: today).
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        note: Option<String>,
    },
    /// Link an entry (activity, story, goal, work…) that shows the competence.
    Link { competence: String, entry: EntryId },
    /// The nine competences with their current level and who judged it.
    List,
}

pub fn run(
    m: &mut Mosaic,
    portfolio: Option<PortfolioId>,
    json: bool,
    cmd: CompetenceCommand,
) -> Result<()> {
    let id = pick(m, portfolio)?;
    match cmd {
        CompetenceCommand::Assess {
            competence,
            level,
            by,
            name,
            date,
            note,
        } => {
            let code = parse_code(&competence)?;
            let assessor: CompetenceAssessor =
                serde_json::from_value(serde_json::Value::String(by.clone()))
                    .with_context(|| format!("--by must be self or mentor, not `{by}`"))?;
            let date = match date {
                Some(d) => d
                    .parse()
                    .with_context(|| format!("--date `{d}` is not a date (YYYY-MM-DD)"))?,
                None => chrono::Local::now().date_naive(),
            };
            let entry = m.assess_competence(
                id,
                code,
                CompetenceAssessment {
                    date,
                    level,
                    assessor,
                    assessor_name: name,
                    note,
                },
            )?;
            print(json, &serde_json::json!({"id": entry}), || {
                format!("{} judged {level} of 4", code.key())
            })
        }
        CompetenceCommand::Link { competence, entry } => {
            let code = parse_code(&competence)?;
            m.link_competence_evidence(id, code, entry)?;
            print(json, &serde_json::json!({"ok": true}), || {
                format!("{entry} now shows {}", code.key())
            })
        }
        CompetenceCommand::List => {
            let list = m.portfolio(id)?.competences;
            print(json, &serde_json::to_value(&list)?, || {
                let mut out = String::new();
                for code in CompetenceCode::ALL {
                    let current = list
                        .iter()
                        .filter(|c| c.code == code)
                        .min_by_key(|c| c.id)
                        .and_then(|c| c.current().map(|a| (c, a)));
                    let _ = match current {
                        Some((c, a)) => writeln!(
                            out,
                            "{:<18} {}/4 {} on {} ({} assessment(s), {} linked)",
                            code.key(),
                            a.level,
                            match (a.assessor, a.assessor_name.as_deref()) {
                                (CompetenceAssessor::Mentor, Some(n)) => format!("by mentor {n}"),
                                (CompetenceAssessor::Mentor, None) => "by a mentor".into(),
                                (CompetenceAssessor::SelfAssessed, _) => "self-assessed".into(),
                            },
                            a.date,
                            c.history.len(),
                            c.evidence.len()
                        ),
                        None => writeln!(out, "{:<18} not assessed yet", code.key()),
                    };
                }
                out.trim_end().to_string()
            })
        }
    }
}

fn parse_code(s: &str) -> Result<CompetenceCode> {
    let key = s.trim().to_ascii_lowercase().replace('-', "_");
    CompetenceCode::ALL
        .into_iter()
        .find(|c| c.key() == key)
        .with_context(|| {
            let names: Vec<&str> = CompetenceCode::ALL.iter().map(|c| c.key()).collect();
            format!("unknown competence `{s}` (one of: {})", names.join(", "))
        })
}
