//! Programme commands: published templates, starting one, editing modules, and the
//! verdict module by module with the reason when something is not met.

use anyhow::{Context, Result, bail};
use clap::Subcommand;
use mosaic_core::{
    EntryId, Module, ModuleProgress, ModuleStatus, Mosaic, PortfolioId, Programme,
    ProgrammeProgress, ProgrammeTemplate, Unmet, Verdict,
};
use std::fmt::Write as _;
use std::path::PathBuf;

use crate::{fields, pick, print};

#[derive(Subcommand)]
pub enum ProgrammeCommand {
    /// The programme templates Mosaic ships (e.g. I Belong, Stage 1 and Stage 2).
    Templates,
    /// Start a programme from a template: its modules, hours and rules are set for you.
    Start {
        /// A shipped template's id (see `mosaic programme templates`).
        template: Option<String>,
        /// Read the template from a JSON file instead (schemas/programme-template-v1.schema.json).
        #[arg(long, conflicts_with = "template")]
        file: Option<PathBuf>,
    },
    /// Change a module: `mosaic programme module ID maltese status=completed attendance_pct=85`.
    /// MODULE is the module's key, its name or its number; `FIELD=` clears a field.
    Module {
        programme: EntryId,
        module: String,
        fields: Vec<String>,
        /// Add a new module named MODULE instead of changing one.
        #[arg(long)]
        add: bool,
        /// Remove the module.
        #[arg(long, conflicts_with = "add")]
        remove: bool,
    },
    /// A programme's verdict, module by module, with what is missing or failed.
    Status { programme: EntryId },
}

pub fn run(
    m: &mut Mosaic,
    portfolio: Option<PortfolioId>,
    json: bool,
    cmd: ProgrammeCommand,
) -> Result<()> {
    match cmd {
        ProgrammeCommand::Templates => {
            let list = ProgrammeTemplate::builtin();
            print(json, &serde_json::to_value(&list)?, || {
                let mut out = String::new();
                for t in &list {
                    let hours: f64 = t
                        .modules
                        .iter()
                        .filter_map(|m| m.hours)
                        .fold(0.0, |total, h| total + h);
                    let _ = write!(
                        out,
                        "{}  {} ({}, {} modules, {hours:.0} h)",
                        t.id,
                        t.title.text,
                        t.level.as_deref().unwrap_or("-"),
                        t.modules.len()
                    );
                    if !t.requires.is_empty() {
                        let _ = write!(out, ", requires {}", t.requires.join(", "));
                    }
                    out.push('\n');
                }
                out.trim_end().to_string()
            })
        }
        ProgrammeCommand::Start { template, file } => {
            let id = pick(m, portfolio)?;
            let t = match (template, file) {
                (_, Some(path)) => {
                    let bytes = std::fs::read(&path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    ProgrammeTemplate::parse(&bytes)?
                }
                (Some(name), None) => ProgrammeTemplate::find_builtin(&name)?,
                (None, None) => {
                    bail!("name a template (see `mosaic programme templates`) or give --file")
                }
            };
            let entry = m.add(id, t.instantiate(uuid::Uuid::now_v7()))?;
            print(json, &serde_json::json!({ "id": entry }), || {
                format!("Started {} as programme {entry}", t.title.text)
            })
        }
        ProgrammeCommand::Module {
            programme,
            module,
            fields: args,
            add,
            remove,
        } => {
            let id = pick(m, portfolio)?;
            let mut prog: Programme = m.get(id, programme)?;
            if add {
                prog.modules.push(Module::named(&module));
            }
            let index = prog
                .module_index(&module)
                .with_context(|| format!("programme {programme} has no module `{module}`"))?;
            if remove {
                prog.modules.remove(index);
                m.update(id, prog)?;
            } else {
                fields::with_both(&args, |patch| {
                    let mut p = prog.clone();
                    p.modules[index] = patched(&p.modules[index], patch)?;
                    m.update(id, p)
                })?;
            }
            print(json, &serde_json::json!({"ok": true}), || {
                format!("Saved programme {programme}")
            })
        }
        ProgrammeCommand::Status { programme } => {
            let id = pick(m, portfolio)?;
            let all = m.portfolio(id)?.programmes;
            let prog = all
                .iter()
                .find(|p| p.id == programme)
                .with_context(|| format!("no programme {programme}"))?;
            let g = prog.progress_among(&all);
            print(json, &serde_json::to_value(&g)?, || describe(prog, &g))
        }
    }
}

/// Applies `FIELD=VALUE` pairs to a module; unknown fields are an error naming them.
fn patched(module: &Module, patch: serde_json::Value) -> mosaic_core::Result<Module> {
    let mut value = serde_json::to_value(module)?;
    if let (Some(obj), serde_json::Value::Object(changes)) = (value.as_object_mut(), patch) {
        for (k, v) in changes {
            if !is_module_field(&k) {
                return Err(mosaic_core::Error::Import {
                    path: format!("module.{k}"),
                    message: "is not a module field (name, status, optional, level, hours, attendance_pct, min_attendance_pct, score_pct, pass_mark_pct)".into(),
                });
            }
            obj.insert(k, v);
        }
    }
    let de = serde_json::from_value::<Module>(value).map_err(|e| mosaic_core::Error::Import {
        path: "module".into(),
        message: e.to_string(),
    })?;
    Ok(de)
}

fn is_module_field(k: &str) -> bool {
    matches!(
        k,
        "name"
            | "status"
            | "optional"
            | "level"
            | "hours"
            | "attendance_pct"
            | "min_attendance_pct"
            | "score_pct"
            | "pass_mark_pct"
    )
}

/// The verdict and one line per module, each saying what is missing or failed.
pub fn describe(prog: &Programme, g: &ProgrammeProgress) -> String {
    let mut out = format!(
        "{}{}: {}\n",
        prog.title,
        prog.stage
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default(),
        verdict(g.verdict)
    );
    for u in &g.unmet {
        let _ = writeln!(out, "  ! {}", unmet_text(u));
    }
    for mp in &g.modules {
        out.push_str(&module_line(mp));
    }
    out.trim_end().to_string()
}

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Met => "requirements met",
        Verdict::NotMet => "requirements not met",
        Verdict::Pending => "in progress",
    }
}

fn module_line(mp: &ModuleProgress) -> String {
    let mark = match mp.verdict {
        Verdict::Met => "✓",
        Verdict::NotMet => "✗",
        Verdict::Pending => "·",
    };
    let optional = if mp.required { "" } else { " (optional)" };
    let mut line = format!("  {mark} {}{optional}: {}", mp.name, status(mp.status));
    for u in &mp.unmet {
        let _ = write!(line, "; {}", unmet_text(u));
    }
    line.push('\n');
    line
}

fn status(s: ModuleStatus) -> &'static str {
    match s {
        ModuleStatus::Planned => "planned",
        ModuleStatus::InProgress => "in progress",
        ModuleStatus::Completed => "completed",
        ModuleStatus::Failed => "failed",
    }
}

pub fn unmet_text(u: &Unmet) -> String {
    match u {
        Unmet::NoRequiredModules => "no required module yet".into(),
        Unmet::NotCompleted { status: s } => format!("not completed ({})", status(*s)),
        Unmet::Failed => "failed".into(),
        Unmet::AttendanceBelow {
            attendance_pct,
            min_pct,
        } => format!("attendance {attendance_pct:.0}% is below the {min_pct:.0}% needed"),
        Unmet::AttendanceMissing { min_pct } => {
            format!("attendance not recorded ({min_pct:.0}% needed)")
        }
        Unmet::ScoreBelow {
            score_pct,
            pass_mark_pct,
        } => format!("score {score_pct:.0}% is below the {pass_mark_pct:.0}% pass mark"),
        Unmet::ScoreMissing { pass_mark_pct } => {
            format!("score not recorded ({pass_mark_pct:.0}% needed)")
        }
        Unmet::PrerequisiteNotMet { template_id, title } => format!(
            "requires {} first",
            title.as_deref().unwrap_or(template_id.as_str())
        ),
    }
}
