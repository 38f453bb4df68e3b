//! Organiser and check-in commands: thin calls onto `mosaic-attest`.

use anyhow::{Context, Result};
use clap::Subcommand;
use mosaic_attest::{ReceiptOutcome, store};
use mosaic_core::{ActivityKind, Mosaic, PortfolioId};

use crate::{pick, print};

#[derive(Subcommand)]
pub enum AttestCommand {
    /// This device as an organiser (an NGO, a college, a municipality running events).
    Organiser {
        #[command(subcommand)]
        cmd: OrganiserCommand,
    },
    /// Organiser: events, check-in codes, receipts and the register.
    Event {
        #[command(subcommand)]
        cmd: EventCommand,
    },
    /// Check in at an event with the organiser's code (verified offline); prints a receipt
    /// for the organiser's register.
    CheckIn {
        /// The code as shown under the organiser's QR code (starts with MC1:).
        code: String,
        /// Refuse a code for any other event than this one.
        #[arg(long)]
        event: Option<uuid::Uuid>,
    },
    /// Import an organiser's signed session list (`mosaic event sessions`): the module it
    /// names then computes its attendance from your verified check-ins.
    ImportSessions {
        /// The list (starts with MS1:).
        list: String,
        /// The programme holding the module (default: the one matching the list).
        #[arg(long)]
        programme: Option<uuid::Uuid>,
    },
}

#[derive(Subcommand)]
pub enum OrganiserCommand {
    /// Create the organiser identity and its signing key.
    Init {
        #[arg(long)]
        name: String,
        #[arg(long)]
        organisation: Option<String>,
        /// Replace an existing identity's key (e.g. after a phone was lost). Check-ins
        /// signed by the old key stay valid.
        #[arg(long)]
        new_key: bool,
    },
    /// Name, organisation and key fingerprint.
    Show,
}

#[derive(Subcommand)]
pub enum EventCommand {
    /// Create an event.
    Create {
        #[arg(long)]
        title: String,
        /// language_cafe, language_exchange, international_lunch, information_session,
        /// workshop, conference, volunteering, community_project, cooking_class,
        /// cultural_festival, crafts, celebration, escape_game or other.
        #[arg(long, default_value = "other")]
        kind: String,
        /// YYYY-MM-DD.
        #[arg(long)]
        date: mosaic_core::Date,
        #[arg(long)]
        hours: f64,
        #[arg(long)]
        place: Option<String>,
        /// The programme template this event is a session of (with --module).
        #[arg(long)]
        programme_template: Option<String>,
        #[arg(long)]
        module: Option<String>,
    },
    /// Every event of this organiser.
    List,
    /// Print a check-in code for an event (valid for a short while).
    Code {
        event: String,
        /// Seconds the code stays valid.
        #[arg(long, default_value_t = mosaic_attest::checkin::DEFAULT_VALID_SECS)]
        valid: u16,
        /// Unix time the code is issued at (default: now).
        #[arg(long, hide = true)]
        at: Option<i64>,
    },
    /// Add an attendee's receipt (from their check-in) to the event's register.
    Receipt { event: String, receipt: String },
    /// Who came, with check-in times.
    Register {
        event: String,
        /// CSV for funders' reports.
        #[arg(long)]
        csv: bool,
    },
    /// Print the signed list of the sessions held of a programme module, for attendees to
    /// import (`mosaic import-sessions`).
    Sessions {
        #[arg(long)]
        programme_template: String,
        #[arg(long)]
        module: String,
    },
}

fn parse_kind(kind: &str) -> Result<ActivityKind> {
    serde_json::from_value(serde_json::Value::String(kind.trim().to_string())).with_context(|| {
        let known: Vec<String> = ActivityKind::ALL
            .iter()
            .filter_map(|k| serde_json::to_value(k).ok())
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        format!("unknown kind `{kind}` ({})", known.join(", "))
    })
}

fn time(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_default()
}

pub fn run(
    m: &mut Mosaic,
    given: Option<PortfolioId>,
    json: bool,
    cmd: AttestCommand,
) -> Result<()> {
    let now = mosaic_attest::wire::now();
    match cmd {
        AttestCommand::Organiser { cmd } => match cmd {
            OrganiserCommand::Init {
                name,
                organisation,
                new_key,
            } => {
                let org =
                    store::init_organiser(m.connection(), &name, organisation.as_deref(), new_key)?;
                let info = org.info();
                print(json, &serde_json::to_value(&info)?, || {
                    format!(
                        "Organiser {} created; key fingerprint {}",
                        info.name, info.fingerprint
                    )
                })?;
            }
            OrganiserCommand::Show => {
                let info = store::require_organiser(m.connection())?.info();
                print(json, &serde_json::to_value(&info)?, || {
                    let mut s = format!("Organiser: {}\n", info.name);
                    if let Some(o) = &info.organisation {
                        s.push_str(&format!("Organisation: {o}\n"));
                    }
                    s.push_str(&format!("Key fingerprint: {}", info.fingerprint));
                    s
                })?;
            }
        },
        AttestCommand::Event { cmd } => event(m, json, now, cmd)?,
        AttestCommand::CheckIn { code, event } => {
            let id = pick(m, given)?;
            let done = mosaic_attest::check_in(m, id, &code, event, now)?;
            // Modules linked to this organiser's sessions follow the new check-in.
            mosaic_attest::attendance::refresh(m, id)?;
            print(json, &serde_json::to_value(&done)?, || {
                let head = if done.recorded {
                    format!(
                        "Checked in: {} on {} ({} h), verified by {} ({})",
                        done.title, done.date, done.hours, done.organiser, done.fingerprint
                    )
                } else {
                    format!(
                        "Already checked in at {} on {}: nothing new stored",
                        done.title, done.date
                    )
                };
                format!(
                    "{head}\nShow this receipt to the organiser:\n{}",
                    done.receipt
                )
            })?;
        }
        AttestCommand::ImportSessions { list, programme } => {
            let id = pick(m, given)?;
            let linked = mosaic_attest::attendance::link_sessions(m, id, &list, programme)?;
            print(json, &serde_json::to_value(&linked)?, || {
                format!(
                    "{} / {}: attendance {}",
                    linked.programme_title,
                    linked.module,
                    linked.attendance.describe()
                )
            })?;
        }
    }
    Ok(())
}

fn event(m: &mut Mosaic, json: bool, now: i64, cmd: EventCommand) -> Result<()> {
    let conn = m.connection();
    match cmd {
        EventCommand::Create {
            title,
            kind,
            date,
            hours,
            place,
            programme_template,
            module,
        } => {
            store::require_organiser(conn)?;
            let event = store::create_event(
                conn,
                store::NewEvent {
                    title,
                    kind: parse_kind(&kind)?,
                    date,
                    hours,
                    place,
                    programme: programme_template,
                    module,
                },
            )?;
            print(json, &serde_json::to_value(&event)?, || {
                format!("Created event {} ({})", event.id, event.title)
            })?;
        }
        EventCommand::List => {
            let events = store::events(conn)?;
            print(json, &serde_json::to_value(&events)?, || {
                events
                    .iter()
                    .map(|e| {
                        let series = match (&e.programme, &e.module) {
                            (Some(p), Some(m)) => format!("  [{p} / {m}]"),
                            _ => String::new(),
                        };
                        format!(
                            "{}  {}  {}  {} h  {}{series}",
                            e.id,
                            e.date,
                            store::kind_key(e.kind),
                            e.hours,
                            e.title
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        EventCommand::Code { event, valid, at } => {
            let code = store::check_in_code(conn, &event, at.unwrap_or(now), valid)?;
            print(json, &serde_json::json!({ "code": code }), || code.clone())?;
        }
        EventCommand::Receipt { event, receipt } => {
            let outcome = store::import_receipt(conn, &event, &receipt, now)?;
            print(json, &serde_json::to_value(&outcome)?, || match &outcome {
                ReceiptOutcome::Added {
                    attendee,
                    fingerprint,
                } => format!("Added {attendee} ({fingerprint}) to the register"),
                ReceiptOutcome::AlreadyListed {
                    attendee,
                    fingerprint,
                } => format!("{attendee} ({fingerprint}) is already in the register"),
            })?;
        }
        EventCommand::Register { event, csv } => {
            let list = store::register(conn, &event)?;
            if csv {
                let mut lines = vec!["name,key_fingerprint,checked_in_at".to_string()];
                for a in &list {
                    lines.push(format!(
                        "{},{},{}",
                        csv_field(&a.name),
                        a.fingerprint,
                        time(a.checked_in_at)
                    ));
                }
                return crate::emit(&lines.join("\n"));
            }
            print(json, &serde_json::to_value(&list)?, || {
                if list.is_empty() {
                    return "Nobody in the register yet".into();
                }
                list.iter()
                    .map(|a| format!("{}  {}  {}", time(a.checked_in_at), a.fingerprint, a.name))
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
        EventCommand::Sessions {
            programme_template,
            module,
        } => {
            let today = chrono::Utc::now().date_naive();
            let list = store::session_list(conn, &programme_template, &module, today, now)?;
            print(json, &serde_json::json!({ "sessions": list }), || {
                list.clone()
            })?;
        }
    }
    Ok(())
}

/// A CSV field, quoted when needed; a leading formula character is defused for spreadsheets.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}
