//! Mentor feedback: the mentor writes comments and signed confirmations into a small
//! document of its own; the owner reads them (and marks them read).
//!
//! Who wrote an item is never read from the document's text: the feedback document belongs to
//! one mentor key (the owner learnt it from the mentor's device code), so a comment's author is
//! that mentor's recorded name and key fingerprint, and a confirmation is a statement signed
//! by that key (see `mosaic_attest::endorse` and [`crate::confirmations`]).

use automerge::{ReadDoc, transaction::Transactable};
use mosaic_core::{EntryId, Mosaic, PortfolioId};
use mosaic_relay::wire::DocId;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::crypto::{self, DocKey};
use crate::entry::local_id;
use crate::error::{Error, Result};
use crate::store;

pub(crate) fn feedback_local_id(doc: &DocId) -> String {
    format!("fb:{}", doc.to_hex())
}

/// The relay document, read token and epoch-0 key of a mentor's feedback document, all
/// derived from the seed the owner put in the share code (so the owner can read it without
/// another exchange). The mentor signs it with its own device key, which the owner learnt
/// from the mentor's device code: the owner can read the feedback but never forge it.
pub(crate) fn feedback_params(seed: &[u8; 32]) -> (DocId, [u8; 32], DocKey) {
    (
        DocId(crypto::derive(seed, "feedback-doc")),
        crypto::derive(seed, "feedback-read"),
        DocKey::from_bytes(0, crypto::derive(seed, "feedback-key")),
    )
}

/// One comment or confirmation from a mentor.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FeedbackItem {
    pub id: String,
    /// `comment` or `confirmation`.
    pub kind: String,
    pub entry_id: String,
    /// Comment text, or the confirmation kind (`attendance`, `certificate_seen`,
    /// `level_assessed`, `work_experience`).
    pub text: String,
    /// The author: the mentor's name as this device knows its key (comments) or the name in
    /// the verified signed statement (confirmations); never free text from the document.
    pub by: String,
    /// Fingerprint of the mentor's key that wrote the feedback document.
    pub fingerprint: String,
    /// Confirmations only: `current`, `earlier_version` (the entry changed since) or
    /// `invalid` (never counts). Empty for comments.
    pub status: String,
    /// The signed statement (`ME1:`) of a confirmation that verified.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub statement: String,
    /// Why a confirmation is invalid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The Open Badges 3.0 credential the mentor issued with a confirmation (JSON), as written
    /// in the feedback document; [`export_badge`] checks it before handing it out.
    #[serde(skip)]
    pub badge: String,
    /// Unix seconds.
    pub time: i64,
    pub unread: bool,
}

fn my_feedback_doc(m: &mut Mosaic, portfolio: PortfolioId) -> Result<String> {
    store::list(
        m.connection(),
        "kind = 'feedback' AND writer = 1 AND portfolio_id = ?1",
        &local_id(portfolio),
    )?
    .into_iter()
    .next()
    .map(|s| s.local_id)
    .ok_or_else(|| Error::Invalid("you are not a mentor of this portfolio".into()))
}

pub(crate) fn write_feedback(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    section: &str,
    fields: &[(&str, automerge::ScalarValue)],
) -> Result<String> {
    let lid = my_feedback_doc(m, portfolio)?;
    let conn = m.connection();
    let tx = conn.transaction()?;
    let data = store::doc_data(&tx, &lid)?
        .ok_or_else(|| Error::Invalid("feedback document missing".into()))?;
    let mut doc = automerge::AutoCommit::load(&data)?;
    let parent = match doc.get(automerge::ROOT, section)? {
        Some((automerge::Value::Object(_), id)) => id,
        _ => doc.put_object(automerge::ROOT, section, automerge::ObjType::Map)?,
    };
    let id = uuid::Uuid::now_v7().to_string();
    let obj = doc.put_object(&parent, id.as_str(), automerge::ObjType::Map)?;
    for (k, v) in fields {
        doc.put(&obj, *k, v.clone())?;
    }
    store::set_doc_data(&tx, &lid, &doc.save())?;
    tx.commit()?;
    Ok(id)
}

/// Mentor: comments on an entry of a mentee's portfolio (stored in the mentor's feedback
/// document; sent with the next [`sync`]).
pub fn comment(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    entry: EntryId,
    text: &str,
) -> Result<String> {
    let by = m.author().to_string();
    write_feedback(
        m,
        portfolio,
        "comments",
        &[
            ("entry_id", entry.to_string().into()),
            ("text", text.into()),
            ("by", by.into()),
            (
                "time",
                automerge::ScalarValue::Timestamp(store::now() * 1000),
            ),
        ],
    )
}

/// Mentor: confirms an entry of a mentee's portfolio (`kind`: `attendance`,
/// `certificate_seen`, `level_assessed`, `work_experience`). Signs a statement over the entry
/// as it reads now with this device's key and writes it into the feedback document.
pub fn confirm(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    entry: EntryId,
    kind: &str,
) -> Result<String> {
    my_feedback_doc(m, portfolio)?;
    let now = store::now();
    let (statement, badge) = crate::confirmations::sign(m, portfolio, entry, kind, now)?;
    let kind = crate::confirmations::kind(kind)?;
    write_feedback(
        m,
        portfolio,
        "confirmations",
        &[
            ("entry_id", entry.to_string().into()),
            ("kind", kind.as_str().into()),
            ("statement", statement.into()),
            ("badge", badge.into()),
            ("on", automerge::ScalarValue::Timestamp(now * 1000)),
        ],
    )
}

/// One mentor's feedback document as this device holds it, with who wrote it: the key
/// it belongs to, the name recorded with that key, and the key's fingerprint.
pub(crate) struct MentorDoc {
    pub local_id: String,
    pub key: [u8; 32],
    pub name: String,
    pub fingerprint: String,
    pub doc: automerge::Automerge,
}

/// Every feedback document of `portfolio` on this device.
pub(crate) fn mentor_docs(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<MentorDoc>> {
    store::init(m.connection())?;
    let docs = store::list(
        m.connection(),
        "kind = 'feedback' AND portfolio_id = ?1",
        &local_id(portfolio),
    )?;
    let mut out = vec![];
    for d in docs {
        let Some(data) = store::doc_data(m.connection(), &d.local_id)? else {
            continue;
        };
        // The mentor's own key: a feedback document this device writes is signed with a key
        // of its own, handed over from the device key (see `joining::add_feedback_doc`).
        let key = if d.writer {
            store::device(m)?.ed25519_public()
        } else {
            d.signer_public
        };
        out.push(MentorDoc {
            name: crate::confirmations::mentor_name(m, portfolio, &key)?,
            fingerprint: mosaic_attest::keys::fingerprint(&key),
            doc: automerge::Automerge::load(&data)?,
            local_id: d.local_id,
            key,
        });
    }
    Ok(out)
}

fn read_feedback_doc(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    md: &MentorDoc,
) -> Result<Vec<FeedbackItem>> {
    let (lid, doc, mentor_key) = (md.local_id.as_str(), &md.doc, md.key);
    let (mentor_name, fingerprint) = (md.name.clone(), md.fingerprint.clone());
    let mut out = vec![];
    let s = |doc: &automerge::Automerge, o: &automerge::ObjId, k: &str| -> String {
        match doc.get(o, k) {
            Ok(Some((v, _))) => v
                .as_str()
                .map(str::to_string)
                .or_else(|| v.as_scalar().map(|s| s.to_string()))
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    let ts = |doc: &automerge::Automerge, o: &automerge::ObjId, k: &str| -> i64 {
        match doc.get(o, k) {
            Ok(Some((automerge::Value::Scalar(sv), _))) => match sv.as_ref() {
                automerge::ScalarValue::Timestamp(t) => t / 1000,
                automerge::ScalarValue::Int(t) => *t,
                _ => 0,
            },
            _ => 0,
        }
    };
    for (section, kind, text_key, time_key) in [
        ("comments", "comment", "text", "time"),
        ("confirmations", "confirmation", "kind", "on"),
    ] {
        let Ok(Some((automerge::Value::Object(_), parent))) = doc.get(automerge::ROOT, section)
        else {
            continue;
        };
        for key in doc.keys(&parent) {
            let Ok(Some((automerge::Value::Object(_), obj))) = doc.get(&parent, key.as_str())
            else {
                continue;
            };
            let mut item = FeedbackItem {
                id: key.clone(),
                kind: kind.into(),
                entry_id: s(doc, &obj, "entry_id"),
                text: s(doc, &obj, text_key),
                by: mentor_name.clone(),
                fingerprint: fingerprint.clone(),
                status: String::new(),
                reason: None,
                statement: String::new(),
                badge: String::new(),
                time: ts(doc, &obj, time_key),
                unread: false,
            };
            if section == "confirmations" {
                let statement = s(doc, &obj, "statement");
                crate::confirmations::judge(m, portfolio, &mentor_key, &statement, &mut item)?;
                item.badge = s(doc, &obj, "badge");
            }
            out.push(item);
        }
    }
    let conn = m.connection();
    for it in &mut out {
        let seen: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM sync_feedback_seen WHERE local_id = ?1 AND item = ?2",
                params![lid, it.id],
                |r| r.get(0),
            )
            .optional()?;
        it.unread = seen.is_none();
    }
    Ok(out)
}

/// All mentor feedback on a portfolio known to this device (the owner reads the mentors'
/// feedback documents; a mentor reads their own), newest first. On an owner's device, each
/// confirmation that verifies is also kept on its entry (see [`crate::confirmations::attach`]).
pub fn feedback(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<FeedbackItem>> {
    let mut out = vec![];
    for md in mentor_docs(m, portfolio)? {
        out.extend(read_feedback_doc(m, portfolio, &md)?);
    }
    crate::confirmations::attach(m, portfolio, &out)?;
    out.sort_by(|a, b| b.time.cmp(&a.time).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Owner: the Open Badges 3.0 credential a mentor issued with a confirmation of `entry`, as
/// JSON, for wallets and verifiers outside Mosaic. Only a confirmation of the entry as it
/// reads now counts, and its badge must verify and carry that confirmation.
pub fn export_badge(m: &mut Mosaic, portfolio: PortfolioId, entry: EntryId) -> Result<String> {
    badge_of(&feedback(m, portfolio)?, entry)
}

/// The first badge among `items` that stands for a current confirmation of `entry`; otherwise
/// why not, for the last confirmation tried.
fn badge_of(items: &[FeedbackItem], entry: EntryId) -> Result<String> {
    let entry_id = entry.to_string();
    let mut why = format!("entry {entry} has no signed confirmation");
    for it in items
        .iter()
        .filter(|it| it.kind == "confirmation" && it.entry_id == entry_id)
    {
        match it.status.as_str() {
            "current" => {}
            "earlier_version" => {
                why = format!(
                    "the confirmation of entry {entry} by {} is for an earlier version of it; \
                     ask for a new one",
                    it.by
                );
                continue;
            }
            _ => {
                why = format!(
                    "the confirmation of entry {entry} does not verify: {}",
                    it.reason.as_deref().unwrap_or("unknown reason")
                );
                continue;
            }
        }
        if it.badge.is_empty() {
            why = format!(
                "the confirmation of entry {entry} by {} was made without a badge (by an older \
                 Mosaic); ask for a new one",
                it.by
            );
            continue;
        }
        let badge: serde_json::Value = match serde_json::from_str(&it.badge) {
            Ok(b) => b,
            Err(e) => {
                why = format!("the badge of {}'s confirmation is not JSON: {e}", it.by);
                continue;
            }
        };
        match mosaic_attest::ob3::check_confirmation_badge(&badge, &it.statement) {
            Ok(_) => {
                return serde_json::to_string_pretty(&badge)
                    .map_err(|e| Error::Invalid(e.to_string()));
            }
            Err(e) => why = e.to_string(),
        }
    }
    Err(Error::Invalid(why))
}

/// Marks every feedback item on `portfolio` as read on this device.
pub fn mark_feedback_read(m: &mut Mosaic, portfolio: PortfolioId) -> Result<()> {
    for md in mentor_docs(m, portfolio)? {
        for it in read_feedback_doc(m, portfolio, &md)? {
            m.connection().execute(
                "INSERT OR IGNORE INTO sync_feedback_seen(local_id, item) VALUES (?1, ?2)",
                params![md.local_id, it.id],
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn confirmation(entry: EntryId, status: &str, badge: &str) -> FeedbackItem {
        FeedbackItem {
            kind: "confirmation".into(),
            entry_id: entry.to_string(),
            by: "Teacher Rita".into(),
            status: status.into(),
            reason: (status == "invalid").then(|| "signature does not match".to_string()),
            badge: badge.into(),
            ..Default::default()
        }
    }

    fn refusal(items: &[FeedbackItem], entry: EntryId) -> String {
        badge_of(items, entry)
            .expect_err("no badge to give")
            .to_string()
    }

    #[test]
    fn a_confirmation_that_does_not_verify_is_named_as_such() {
        let entry = EntryId::from_u128(7);
        let why = refusal(&[confirmation(entry, "invalid", "")], entry);
        assert!(
            why.contains("does not verify: signature does not match"),
            "{why}"
        );
        assert!(!why.contains("earlier version"), "{why}");
        let why = refusal(&[confirmation(entry, "earlier_version", "")], entry);
        assert!(why.contains("earlier version"), "{why}");
    }

    #[test]
    fn a_damaged_badge_does_not_stop_the_next_confirmation_being_tried() {
        let entry = EntryId::from_u128(7);
        let items = [
            confirmation(entry, "current", "{not json"),
            confirmation(entry, "invalid", ""),
        ];
        let why = refusal(&items, entry);
        assert!(
            why.contains("does not verify"),
            "the second was tried: {why}"
        );
        let why = refusal(&items[..1], entry);
        assert!(why.contains("not JSON"), "{why}");
    }
}
