//! Reflection commands: write one after an activity, add a voice note or a photo, share
//! it with mentors or keep it on this device, list them.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Subcommand;
use mosaic_core::{EntryId, Mosaic, PortfolioId, Reflection, Section, Visibility};

use crate::{pick, print};

#[derive(Subcommand)]
pub enum ReflectCommand {
    /// Write a reflection: `mosaic reflect add --activity ID --learned "…" --words ħobż,ilma`.
    /// Private (this device only) unless `--share`.
    Add {
        /// The activity it reflects on.
        #[arg(long)]
        activity: Option<EntryId>,
        /// What I did.
        #[arg(long, default_value = "")]
        did: String,
        /// What I learned.
        #[arg(long, default_value = "")]
        learned: String,
        /// New words, separated by commas.
        #[arg(long, value_delimiter = ',')]
        words: Vec<String>,
        /// Who I met.
        #[arg(long, default_value = "")]
        met: String,
        /// A voice note (WebM, Ogg, MP4, WAV or MP3; at most 3 MiB).
        #[arg(long)]
        voice: Option<PathBuf>,
        /// A photo (JPEG, PNG or WebP).
        #[arg(long)]
        photo: Option<PathBuf>,
        /// Date (default: today).
        #[arg(long)]
        date: Option<String>,
        /// Share it with mentors and her other devices (it goes into the synced portfolio).
        #[arg(long)]
        share: bool,
    },
    /// Share a reflection with mentors and her other devices.
    Share { reflection: EntryId },
    /// Keep a reflection on this device only (mentors who had it keep what they saw).
    Private { reflection: EntryId },
    /// Reflections, newest first, with their activity and whether they are shared.
    List,
}

pub fn run(
    m: &mut Mosaic,
    portfolio: Option<PortfolioId>,
    json: bool,
    cmd: ReflectCommand,
) -> Result<()> {
    let id = pick(m, portfolio)?;
    match cmd {
        ReflectCommand::Add {
            activity,
            did,
            learned,
            words,
            met,
            voice,
            photo,
            date,
            share,
        } => {
            let date = match date {
                Some(d) => d
                    .parse()
                    .with_context(|| format!("--date `{d}` is not a date (YYYY-MM-DD)"))?,
                None => chrono::Local::now().date_naive(),
            };
            // Files are read before anything is stored, so a missing one changes nothing.
            let read = |p: &PathBuf| {
                std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))
            };
            let voice = voice.as_ref().map(read).transpose()?;
            let photo = photo.as_ref().map(read).transpose()?;
            if let Some(a) = activity {
                m.get::<mosaic_core::Activity>(id, a)
                    .with_context(|| format!("--activity {a} is not an activity here"))?;
            }
            // The recording is checked and stored first: a refused one changes nothing, and
            // a reflection that is only a recording is valid from its first save.
            let voice = voice.map(|bytes| m.store_voice_note(&bytes)).transpose()?;
            let entry = Reflection {
                id: uuid::Uuid::now_v7(),
                activity,
                date: Some(date),
                did,
                learned,
                new_words: words
                    .into_iter()
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect(),
                met,
                photos: vec![],
                voice,
                visibility: if share {
                    Visibility::Mentors
                } else {
                    Visibility::Private
                },
            };
            let rid = m.add(id, entry)?;
            if let Some(bytes) = photo {
                m.attach_photo(id, Section::Reflections, rid, &bytes, None)?;
            }
            print(json, &serde_json::json!({"id": rid}), || {
                format!(
                    "reflection {rid} saved ({})",
                    if share {
                        "shared with mentors"
                    } else {
                        "only on this device"
                    }
                )
            })
        }
        ReflectCommand::Share { reflection } => set_visibility(m, id, json, reflection, true),
        ReflectCommand::Private { reflection } => set_visibility(m, id, json, reflection, false),
        ReflectCommand::List => {
            let p = m.portfolio(id)?;
            let mut list = p.reflections.clone();
            list.sort_by(|a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
            print(json, &serde_json::to_value(&list)?, || {
                let mut out = String::new();
                for r in &list {
                    let activity = r
                        .activity
                        .and_then(|a| p.activities.iter().find(|x| x.id == a))
                        .map(|a| a.title.clone().unwrap_or_else(|| format!("{:?}", a.kind)))
                        .unwrap_or_else(|| "-".into());
                    let _ = writeln!(
                        out,
                        "{}  {}  {}  [{}]{}{}",
                        r.id,
                        r.date.map(|d| d.to_string()).unwrap_or_default(),
                        activity,
                        match r.visibility {
                            Visibility::Private => "only me",
                            Visibility::Mentors => "shared",
                        },
                        if r.voice.is_some() { " voice note" } else { "" },
                        if r.new_words.is_empty() {
                            String::new()
                        } else {
                            format!(" words: {}", r.new_words.join(", "))
                        }
                    );
                    for (what, text) in [("did", &r.did), ("learned", &r.learned), ("met", &r.met)]
                    {
                        if !text.trim().is_empty() {
                            let _ = writeln!(out, "    {what}: {text}");
                        }
                    }
                }
                if out.is_empty() {
                    "no reflections yet".into()
                } else {
                    out.trim_end().to_string()
                }
            })
        }
    }
}

fn set_visibility(
    m: &mut Mosaic,
    id: PortfolioId,
    json: bool,
    reflection: EntryId,
    share: bool,
) -> Result<()> {
    let mut r: Reflection = m.get(id, reflection)?;
    r.visibility = if share {
        Visibility::Mentors
    } else {
        Visibility::Private
    };
    m.update(id, r)?;
    print(json, &serde_json::json!({"ok": true}), || {
        if share {
            format!("{reflection} is shared with mentors and your other devices")
        } else {
            format!("{reflection} is kept on this device only")
        }
    })
}
