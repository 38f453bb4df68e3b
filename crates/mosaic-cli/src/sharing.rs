//! Sync and sharing commands: thin calls onto `mosaic-sync`.

use anyhow::Result;
use clap::Subcommand;
use mosaic_core::{EntryId, Mosaic, PortfolioId};
use mosaic_sync::ShareRole;

use crate::{pick, print};

#[derive(Subcommand)]
pub enum SharingCommand {
    /// Sync with the relay (end-to-end encrypted; the relay sees only ciphertext).
    Sync {
        /// Relay address, needed the first time (later the stored one is used).
        #[arg(long, env = "MOSAIC_RELAY")]
        relay: Option<String>,
        /// Move to the `--relay` address first: another address of the same relay (a new
        /// domain, a load balancer). It is checked to serve this portfolio before anything
        /// changes; nobody needs to share again.
        #[arg(long = "move", requires = "relay")]
        move_to: bool,
        /// With --move: `--relay` is a different relay (another organisation's server). The
        /// portfolio is copied there, encrypted; your other devices and your mentors follow on
        /// their next sync, and nobody shares again.
        #[arg(long = "new-relay", requires = "move_to")]
        new_relay: bool,
    },
    /// Print this device's code (public keys only), to give to whoever shares with you.
    DeviceCode,
    /// Share your portfolio with a mentor (read only) or link another of your devices.
    Share {
        /// The other device's code, from `mosaic device-code` on that device.
        recipient: String,
        /// Link another device of yours (full access) instead of sharing with a mentor.
        #[arg(long)]
        device: bool,
        /// The sections the mentor sees (comma-separated, e.g. `languages,certificates`);
        /// every section when not given. A mentor never sees what was deleted before the share.
        #[arg(long, value_delimiter = ',', conflicts_with = "device")]
        sections: Vec<String>,
        #[arg(long, env = "MOSAIC_RELAY")]
        relay: Option<String>,
    },
    /// Choose which sections a mentor sees (by id or name, see `mosaic members`); the next
    /// sync updates their copy. Sections: languages, certificates, programmes, activities,
    /// experience, education, skills, stories, goals, competences, reflections.
    Sections {
        member: String,
        #[arg(value_delimiter = ',', required = true)]
        sections: Vec<String>,
    },
    /// Open a share code made for this device and sync the portfolio.
    Join { code: String },
    /// Mentors and your other devices the portfolio is shared with.
    Members,
    /// Revoke a mentor or one of your devices (e.g. a lost or stolen phone), by id or name (see
    /// `mosaic members`): a new key epoch, so they can read nothing written afterwards; a
    /// revoked device also loses the right to write (your other devices get a new write key).
    Revoke {
        /// The mentor's or device's id or exact name.
        member: String,
    },
    /// A mentor's list of mentees with their progress.
    Mentees,
    /// Mentor: comment on an entry of a mentee's portfolio.
    Comment { entry: EntryId, text: String },
    /// Mentor: sign a confirmation of an entry as it reads now, with this device's key. KIND is
    /// attendance (an activity), certificate_seen (you saw the original certificate),
    /// level_assessed (a language's levels) or work_experience. If the entry changes later,
    /// it shows as confirming an earlier version.
    Confirm { entry: EntryId, kind: String },
    /// Mentors' comments and confirmations on this portfolio.
    Feedback,
}

/// Section names as the CLI takes them (`languages`, `certificates`...).
fn parse_sections(names: &[String]) -> Result<Vec<mosaic_core::Section>> {
    names
        .iter()
        .map(|n| {
            let n = n.trim();
            serde_json::from_value::<mosaic_core::Section>(serde_json::json!(n))
                .ok()
                .filter(|s| mosaic_core::view::is_shareable(*s))
                .ok_or_else(|| anyhow::anyhow!("`{n}` is not a section a mentor can be shown"))
        })
        .collect()
}

fn relay_or_stored(relay: Option<String>) -> String {
    // Empty means "use the address stored at the first sync"; the engine says so if none.
    relay.unwrap_or_default()
}

pub fn run(
    m: &mut Mosaic,
    given: Option<PortfolioId>,
    json: bool,
    cmd: SharingCommand,
) -> Result<()> {
    match cmd {
        SharingCommand::Sync {
            relay,
            move_to,
            new_relay,
        } => {
            let id = pick(m, given)?;
            if move_to && let Some(url) = &relay {
                let moved = if new_relay {
                    mosaic_sync::move_to_new_relay(m, id, url)?
                } else {
                    mosaic_sync::move_relay(m, id, url)?
                };
                if !json && moved.documents > 0 {
                    println!(
                        "Moved {} document(s) from {} to {}",
                        moved.documents, moved.from, moved.to
                    );
                    if new_relay {
                        println!("Your other devices and your mentors follow when they next sync.");
                    }
                }
            }
            let r = mosaic_sync::sync(m, &relay_or_stored(relay), id)?;
            print(json, &serde_json::to_value(&r)?, || {
                format!(
                    "Up to date: sent {} change(s), received {}, {} B up, {} B down",
                    r.pushed_changes, r.applied_changes, r.bytes_sent, r.bytes_received
                )
            })
        }
        SharingCommand::DeviceCode => {
            let code = mosaic_sync::device_code(m)?;
            print(json, &serde_json::json!({"code": code}), || code.clone())
        }
        SharingCommand::Share {
            recipient,
            device,
            sections,
            relay,
        } => {
            let id = pick(m, given)?;
            let relay = relay_or_stored(relay);
            let code = if device {
                mosaic_sync::share_code(m, &relay, id, &recipient, ShareRole::Device)?
            } else if sections.is_empty() {
                mosaic_sync::share_code(m, &relay, id, &recipient, ShareRole::Mentor)?
            } else {
                let sections = parse_sections(&sections)?;
                mosaic_sync::share_mentor_code(m, &relay, id, &recipient, &sections)?
            };
            print(json, &serde_json::json!({"code": code}), || code.clone())
        }
        SharingCommand::Sections { member, sections } => {
            let id = pick(m, given)?;
            let sections = parse_sections(&sections)?;
            mosaic_sync::set_shared_sections(m, id, &member, &sections)?;
            print(json, &serde_json::json!({"sections": sections}), || {
                "Saved; the mentor's copy changes at the next sync".to_string()
            })
        }
        SharingCommand::Join { code } => {
            let r = mosaic_sync::join(m, code.trim())?;
            print(
                json,
                &serde_json::json!({"portfolio": r.portfolio, "role": r.role, "from": r.from}),
                || {
                    format!(
                        "Joined portfolio {} ({}) shared by {}",
                        r.portfolio, r.role, r.from
                    )
                },
            )
        }
        SharingCommand::Members => {
            let id = pick(m, given)?;
            let list = mosaic_sync::members(m, id)?;
            print(json, &serde_json::to_value(&list)?, || {
                list.iter()
                    .map(|x| {
                        format!(
                            "{}  {:<6}  {}{}{}",
                            x.id,
                            x.role,
                            x.name,
                            if x.revoked { "  (revoked)" } else { "" },
                            match &x.sections {
                                Some(s) => format!("  sees: {}", s.join(", ")),
                                None if x.role == "mentor" => "  sees: everything".into(),
                                None => String::new(),
                            }
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        SharingCommand::Revoke { member } => {
            let id = pick(m, given)?;
            let r = mosaic_sync::revoke(m, id, &member)?;
            print(json, &serde_json::to_value(&r)?, || {
                format!(
                    "Revoked {} {}; now at key epoch {}{}",
                    r.role,
                    r.revoked,
                    r.epoch,
                    if r.completed {
                        ""
                    } else {
                        " (the relay is told at the next sync)"
                    }
                )
            })
        }
        SharingCommand::Mentees => {
            let list = mosaic_sync::mentees(m)?;
            print(json, &serde_json::to_value(&list)?, || {
                list.iter()
                    .map(|x| {
                        let s = &x.summary;
                        let langs: Vec<String> = s
                            .languages
                            .iter()
                            .map(|l| {
                                let best = mosaic_core::Skill::ALL
                                    .iter()
                                    .filter_map(|k| l.levels.get(*k))
                                    .max()
                                    .map_or("-", |c| c.as_str());
                                format!("{} {best}", l.code)
                            })
                            .collect();
                        format!(
                            "{}  {}  languages: {}  activities: {} ({:.0} h)  unread feedback: {}",
                            s.id,
                            s.name_latin,
                            if langs.is_empty() {
                                "-".into()
                            } else {
                                langs.join(", ")
                            },
                            s.activities_attended,
                            s.activity_hours,
                            x.unread_feedback
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
        SharingCommand::Comment { entry, text } => {
            let id = pick_any(m, given)?;
            let item = mosaic_sync::comment(m, id, entry, &text)?;
            print(json, &serde_json::json!({"id": item}), || {
                "Comment saved; it is sent with the next sync".into()
            })
        }
        SharingCommand::Confirm { entry, kind } => {
            let id = pick_any(m, given)?;
            let item = mosaic_sync::confirm(m, id, entry, &kind)?;
            print(json, &serde_json::json!({"id": item}), || {
                "Signed confirmation saved; it is sent with the next sync".into()
            })
        }
        SharingCommand::Feedback => {
            let id = pick(m, given)?;
            let items = mosaic_sync::feedback(m, id)?;
            print(json, &serde_json::to_value(&items)?, || {
                items
                    .iter()
                    .map(|i| match i.status.as_str() {
                        "" => format!(
                            "{} ({}) comment on {}: {}",
                            i.by, i.fingerprint, i.entry_id, i.text
                        ),
                        "invalid" => format!(
                            "NOT VERIFIED confirmation on {} (does not count): {}",
                            i.entry_id,
                            i.reason.as_deref().unwrap_or("")
                        ),
                        "earlier_version" => format!(
                            "{} ({}) confirmed {} on {}, an earlier version (changed since)",
                            i.by, i.fingerprint, i.text, i.entry_id
                        ),
                        _ => format!(
                            "{} ({}) confirmed {} on {} (signature verified)",
                            i.by, i.fingerprint, i.text, i.entry_id
                        ),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

/// A mentor acts on mentees' portfolios, so `--portfolio` is required when not obvious.
pub(crate) fn pick_any(m: &Mosaic, given: Option<PortfolioId>) -> Result<PortfolioId> {
    if let Some(id) = given {
        return Ok(id);
    }
    let all = m.list_portfolios()?;
    match all.as_slice() {
        [one] => Ok(one.id),
        _ => anyhow::bail!("choose the mentee's portfolio with --portfolio (see `mosaic mentees`)"),
    }
}
