//! Testimonial commands: publish a story to an organisation as a signed file (the consent
//! is recorded in the portfolio), list the consents, withdraw one (a signed notice for the
//! organisation), and verify a file as the organisation would (needs no store).

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Subcommand;
use mosaic_core::testimonial::{self, VerifiedTestimonial, VerifiedWithdrawal};
use mosaic_core::{EntryId, Mosaic, PortfolioId, Story};

use crate::{pick, print, write_file};

#[derive(Subcommand)]
pub enum TestimonialCommand {
    /// Publish a story to an organisation's collection of best practices:
    /// `mosaic testimonial publish STORY --to "Migrant Hub" --first-name Mariam -o story.json`.
    /// Without --first-name it carries no name.
    Publish {
        story: EntryId,
        /// The organisation that receives it.
        #[arg(long)]
        to: String,
        /// The SHA-256 of one of the story's photos to include.
        #[arg(long)]
        photo: Option<String>,
        /// The first name to publish it under.
        #[arg(long)]
        first_name: Option<String>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Every consent: which story, to whom, when given, when withdrawn.
    List,
    /// Withdraw a consent and write the signed notice to send the organisation (running it
    /// again writes the same notice).
    Withdraw {
        consent: EntryId,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// What an organisation runs: check a testimonial file (and a withdrawal notice) and
    /// print what it holds. Any tampering is an error.
    Verify {
        file: PathBuf,
        #[arg(long)]
        withdrawal: Option<PathBuf>,
    },
}

/// Reads at most `limit` + 1 bytes, so an oversized file is refused without loading it.
fn read_bounded(path: &Path, limit: usize) -> Result<Vec<u8>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = vec![];
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(bytes)
}

/// `mosaic testimonial verify`, which needs no store.
pub fn verify(file: &Path, withdrawal: Option<&Path>, json: bool) -> Result<()> {
    let bytes = read_bounded(file, testimonial::MAX_TESTIMONIAL_BYTES)?;
    let t = testimonial::verify_testimonial(&bytes)
        .with_context(|| format!("{} does not verify", file.display()))?;
    let w = match withdrawal {
        Some(path) => {
            let notice = read_bounded(path, testimonial::MAX_WITHDRAWAL_BYTES)?;
            Some(
                testimonial::verify_withdrawal(&notice, &bytes)
                    .with_context(|| format!("{} does not verify", path.display()))?,
            )
        }
        None => None,
    };
    let value = serde_json::json!({
        "testimonial_id": t.testimonial_id,
        "organisation": t.organisation,
        "title": t.title,
        "body": t.body,
        "first_name": t.first_name,
        "photo": t.photo.as_ref().map(|p| serde_json::json!({
            "mime": p.mime, "sha256": p.sha256, "size": p.bytes.len()})),
        "published_at": t.published_at,
        "public_key": t.public_key,
        "withdrawn_at": w.as_ref().map(|w| w.withdrawn_at),
    });
    print(json, &value, || describe(&t, w.as_ref()))
}

fn describe(t: &VerifiedTestimonial, w: Option<&VerifiedWithdrawal>) -> String {
    let mut out = format!(
        "Signature valid: testimonial {} for {}, published {}\n",
        t.testimonial_id,
        t.organisation,
        t.published_at.format("%Y-%m-%d %H:%M UTC")
    );
    out.push_str(&format!(
        "By: {}\n",
        t.first_name.as_deref().unwrap_or("(no name)")
    ));
    if let Some(p) = &t.photo {
        out.push_str(&format!(
            "Photo: {} ({} bytes, sha256 {})\n",
            p.mime,
            p.bytes.len(),
            p.sha256
        ));
    }
    out.push_str(&format!("Title: {}\n\n{}\n", t.title, t.body));
    match w {
        Some(w) => out.push_str(&format!(
            "\nWITHDRAWN on {}: the author no longer consents to its use.",
            w.withdrawn_at.format("%Y-%m-%d %H:%M UTC")
        )),
        None => out.push_str("\nNo withdrawal notice given."),
    }
    out
}

pub fn run(
    m: &mut Mosaic,
    portfolio: Option<PortfolioId>,
    json: bool,
    cmd: TestimonialCommand,
) -> Result<()> {
    let id = pick(m, portfolio)?;
    match cmd {
        TestimonialCommand::Verify { file, withdrawal } => {
            verify(&file, withdrawal.as_deref(), json)?
        }
        TestimonialCommand::Publish {
            story,
            to,
            photo,
            first_name,
            output,
        } => {
            let (consent, bytes) =
                m.publish_testimonial(id, story, &to, photo.as_deref(), first_name.as_deref())?;
            write_file(&output, &bytes)?;
            print(json, &serde_json::to_value(public(&consent))?, || {
                format!(
                    "Published \"{}\" to {} as {}; consent {} recorded",
                    consent.title,
                    consent.organisation,
                    output.display(),
                    consent.id
                )
            })?;
        }
        TestimonialCommand::Withdraw { consent, output } => {
            let notice = m.withdraw_testimonial(id, consent)?;
            write_file(&output, &notice)?;
            let c: mosaic_core::Consent = m.get(id, consent)?;
            print(json, &serde_json::to_value(public(&c))?, || {
                format!("Withdrawn; send {} to {}", output.display(), c.organisation)
            })?;
        }
        TestimonialCommand::List => {
            let consents = m.consents(id)?;
            let stories = m.list::<Story>(id)?;
            let rows: Vec<serde_json::Value> = consents.iter().map(public).collect();
            print(json, &serde_json::Value::Array(rows), || {
                if consents.is_empty() {
                    return "No testimonials published".into();
                }
                consents
                    .iter()
                    .map(|c| {
                        let story = if stories.iter().any(|s| s.id == c.story) {
                            ""
                        } else {
                            " (story erased)"
                        };
                        let state = c.withdrawn_at.map_or_else(
                            || "active".to_string(),
                            |w| format!("withdrawn {}", w.format("%Y-%m-%d")),
                        );
                        format!(
                            "\"{}\"{story} → {}, given {}, {state}  {}",
                            c.title,
                            c.organisation,
                            c.given_at.format("%Y-%m-%d"),
                            c.id
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
        }
    }
    Ok(())
}

/// A consent as shown: never its secret key.
fn public(c: &mosaic_core::Consent) -> serde_json::Value {
    let mut v = serde_json::to_value(c).unwrap_or_default();
    if let Some(map) = v.as_object_mut() {
        map.remove("secret_key");
    }
    v
}
