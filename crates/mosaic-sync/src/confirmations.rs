//! Signed confirmations between a mentor and an owner: the mentor signs with its device key
//! ([`sign`]); the owner checks each one against the key of the mentor whose feedback document
//! it came from and against the entry as it reads now ([`judge`]), and keeps the ones that
//! verify on the entry itself ([`attach`]), where the CLI, the app and the CV verify them
//! again every time they show them.

use ed25519_dalek::SigningKey;
use mosaic_attest::endorse::{self, Claim, Kind, Role, Standing};
use mosaic_core::{
    Activity, Certificate, Entry, EntryId, Experience, Language, Mosaic, PortfolioId, Programme,
};
use rusqlite::OptionalExtension;

use crate::entry::local_id;
use crate::error::{Error, Result};
use crate::feedback::FeedbackItem;
use crate::store;

pub(crate) fn kind(text: &str) -> Result<Kind> {
    text.parse::<Kind>()
        .map_err(|e| Error::Invalid(e.to_string()))
}

/// The entry as JSON (what the fields hash covers), or a clear error.
fn entry_json(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    kind: Kind,
    entry: EntryId,
) -> Result<serde_json::Value> {
    m.get_json(portfolio, kind.section(), entry).map_err(|_| {
        Error::Invalid(format!(
            "no {} entry {entry} in this portfolio to confirm as {}",
            kind.section().key(),
            kind.as_str()
        ))
    })
}

/// Mentor: the signed statement for `entry` as it reads on this device now, and the Open
/// Badges 3.0 credential issued with it (JSON; see `mosaic_attest::ob3`).
pub(crate) fn sign(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    entry: EntryId,
    kind_text: &str,
    now: i64,
) -> Result<(String, String)> {
    let kind = kind(kind_text)?;
    let value = entry_json(m, portfolio, kind, entry)?;
    let name = m.author().to_string();
    let claim = Claim::of(portfolio, entry, &value, kind, &name, Role::Mentor, now)
        .map_err(|e| Error::Invalid(e.to_string()))?;
    let key = SigningKey::from_bytes(store::device(m)?.ed25519_secret());
    let statement = endorse::sign(&key, &claim);
    let title = badge_title(kind, &value);
    // The statement is what counts; a build without the Open Badges context (see
    // mosaic-media's build.rs) still confirms, and `export_badge` then says there is no badge.
    let badge = mosaic_attest::ob3::confirmation_badge(&key, &statement, &title)
        .map(|b| b.to_string())
        .unwrap_or_default();
    Ok((statement, badge))
}

/// What a badge is called: the entry's own label (an activity's or certificate's title, a
/// job's role, a language with the levels confirmed).
fn badge_title(kind: Kind, value: &serde_json::Value) -> String {
    fn label<E: Entry>(value: &serde_json::Value) -> Option<String> {
        serde_json::from_value::<E>(value.clone())
            .ok()
            .map(|e| e.label())
    }
    let label = match kind {
        Kind::Attendance => label::<Activity>(value),
        Kind::CertificateSeen => label::<Certificate>(value),
        Kind::WorkExperience => label::<Experience>(value),
        Kind::ProgrammeResult => label::<Programme>(value),
        Kind::LevelAssessed => label::<Language>(value).map(|code| format!("Language: {code}")),
    };
    label
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| kind.section().key().to_string())
}

/// The name this device knows for the mentor key that writes a feedback document: the name
/// the owner recorded from the mentor's device code, or this device's own author name when it
/// is the mentor itself.
pub(crate) fn mentor_name(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    key: &[u8; 32],
) -> Result<String> {
    if store::device(m)?.ed25519_public() == *key {
        return Ok(m.author().to_string());
    }
    let name: Option<String> = m
        .connection()
        .query_row(
            "SELECT name FROM sync_members WHERE local_id = ?1 AND ed25519_public = ?2",
            rusqlite::params![local_id(portfolio), key.to_vec()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(name.unwrap_or_else(|| "unknown mentor".into()))
}

/// Verifies a confirmation item: signed by the mentor key of its feedback document, for
/// this portfolio and this entry; current or about an earlier version of the entry.
pub(crate) fn judge(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    mentor_key: &[u8; 32],
    statement: &str,
    item: &mut FeedbackItem,
) -> Result<()> {
    item.statement = statement.to_string();
    let standing = standing(m, portfolio, mentor_key, statement, &item.entry_id);
    match &standing {
        Standing::Current { endorsement } | Standing::EarlierVersion { endorsement } => {
            item.by = endorsement.signer.clone();
            item.fingerprint = endorsement.fingerprint.clone();
            item.text = endorsement.kind.as_str().into();
            item.status = if standing.is_current() {
                "current"
            } else {
                "earlier_version"
            }
            .into();
        }
        Standing::Invalid { reason } => {
            item.status = "invalid".into();
            item.statement.clear();
            item.reason = Some(reason.clone());
        }
    }
    Ok(())
}

fn standing(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    mentor_key: &[u8; 32],
    statement: &str,
    entry_id: &str,
) -> Standing {
    let invalid = |reason: &str| Standing::Invalid {
        reason: reason.into(),
    };
    if statement.is_empty() {
        return invalid("not signed (made by an older version of Mosaic)");
    }
    let e = match endorse::Endorsement::verify(statement) {
        Ok(e) => e,
        Err(err) => return invalid(&err.to_string()),
    };
    if e.signer_key != *mentor_key {
        return invalid("signed by another key than this mentor's");
    }
    let Ok(entry) = entry_id.parse::<EntryId>() else {
        return invalid("names no valid entry");
    };
    let Ok(value) = entry_json(m, portfolio, e.kind, entry) else {
        return invalid("its entry is not in this portfolio (deleted?)");
    };
    endorse::check(statement, portfolio, e.kind.section(), entry, &value)
}

/// Owner: keeps every confirmation that verified (current or earlier version) on its entry,
/// in `endorsements`. Only on a device that writes the portfolio (a mentor's copy is
/// read-only); a statement already there is not added twice. Returns how many were added.
pub(crate) fn attach(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    items: &[FeedbackItem],
) -> Result<usize> {
    let writer = store::load(m.connection(), &local_id(portfolio))?.is_some_and(|s| s.writer);
    if !writer {
        return Ok(0);
    }
    let mut added = 0;
    for item in items {
        let statement = &item.statement;
        if item.status != "current" && item.status != "earlier_version" {
            continue;
        }
        let Ok(e) = endorse::Endorsement::verify(statement) else {
            continue;
        };
        let section = e.kind.section();
        let Ok(value) = m.get_json(portfolio, section, e.entry) else {
            continue;
        };
        let mut list: Vec<String> = value
            .get("endorsements")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        if list.iter().any(|s| s == statement) {
            continue;
        }
        list.push(statement.clone());
        m.edit_json(
            portfolio,
            section,
            e.entry,
            serde_json::json!({ "endorsements": list }),
        )?;
        added += 1;
    }
    Ok(added)
}
