//! A mentor's view of a portfolio: a separate Automerge document that holds only the sections
//! the owner shares with that mentor, as they read now.
//!
//! Automerge keeps every change in a document, so a mentor who received the portfolio's own
//! document could read, through its history, text deleted long before the share. A view is a
//! new document instead: it starts from the portfolio as it is when shared, and each later
//! refresh writes only the differences, so what the mentor can ever see is the chosen sections
//! from the share onward. It has the portfolio's layout and id, so a mentor's device reads it
//! like any portfolio (confirmations name entries by id and content, which stay the same).

use automerge::{AutoCommit, ROOT, ReadDoc, hydrate, transaction::Transactable};

use crate::doc::{Intent, PortfolioDoc};
use crate::error::{Error, Result};
use crate::model::Section;

/// Whether a mentor can be shown `section`. Consents (a testimonial's withdrawal key) never
/// leave the phone that published them, and are not in the document anyway.
pub fn is_shareable(section: Section) -> bool {
    !matches!(section, Section::Consents)
}

/// The sections a mentor can be shown, in their usual order.
pub fn shareable() -> impl Iterator<Item = Section> {
    Section::ALL.into_iter().filter(|s| is_shareable(*s))
}

/// A set of sections as bits (one per [`Section::ALL`] index): how the choice is stored.
pub fn section_bits(sections: &[Section]) -> u32 {
    sections
        .iter()
        .filter(|s| is_shareable(**s))
        .map(|s| 1u32 << s.index())
        .fold(0, |a, b| a | b)
}

/// The sections in `bits`, in their usual order.
pub fn sections_of(bits: u32) -> Vec<Section> {
    shareable()
        .filter(|s| bits & (1 << s.index()) != 0)
        .collect()
}

/// Every shareable section: what a mentor sees unless the owner chooses otherwise.
pub fn all_sections() -> u32 {
    section_bits(&shareable().collect::<Vec<_>>())
}

/// The portfolio's current state, reduced to the profile and the `shared` sections.
fn filtered(source: &PortfolioDoc, shared: u32) -> Result<hydrate::Value> {
    let mut root = match source.automerge_ref().hydrate(ROOT, None)? {
        hydrate::Value::Map(m) => m,
        _ => return Err(Error::Corrupt("document root is not a map".into())),
    };
    let Some(hydrate::Value::Map(sections)) = root.get_mut("sections") else {
        return Err(Error::Corrupt("portfolio document lacks `sections`".into()));
    };
    let keep = |key: &str| -> bool {
        let section_key = key.split_once(':').map_or(key, |(s, _)| s);
        shareable().any(|s| s.key() == section_key && shared & (1 << s.index()) != 0)
    };
    for (key, value) in sections.iter_mut() {
        // A section map not shared stays, empty: every reader expects the early ones.
        if !key.contains(':') && !keep(key) {
            value.value = hydrate::Value::Map(hydrate::Map::default());
        }
    }
    sections.retain(|key, _| !key.contains(':') || keep(key));
    Ok(hydrate::Value::Map(root))
}

/// Brings the view `previous` (a saved view document, or `None` for a new share) in line with
/// `source` and the `shared` sections; returns the saved view. Only what differs is written,
/// as one change.
pub(crate) fn refresh(
    source: &PortfolioDoc,
    shared: u32,
    previous: Option<&[u8]>,
    actor: automerge::ActorId,
    by: &str,
    now: i64,
) -> Result<Vec<u8>> {
    let value = filtered(source, shared)?;
    let mut view = match previous {
        Some(bytes) => AutoCommit::load(bytes)
            .map_err(|e| Error::Corrupt(format!("mentor view does not load: {e}")))?,
        None => AutoCommit::new(),
    };
    // Only the device that shares creates the view; the owner's other devices load it from
    // the relay before they refresh it, so they all write into the same maps.
    view.set_actor(actor);
    view.update_object(ROOT, &value)
        .map_err(|e| Error::Corrupt(format!("cannot update the mentor view: {e}")))?;
    let intent = Intent {
        action: "sync".into(),
        section: None,
        entry: None,
        by: by.into(),
    };
    let message = serde_json::to_string(&intent).unwrap_or_default();
    view.commit_with(
        automerge::transaction::CommitOptions::default()
            .with_message(message)
            .with_time(now),
    );
    Ok(view.save())
}

/// The attachments (SHA-256, hex) a saved view refers to: what its mentor may download.
pub fn attachment_refs(view: &[u8]) -> Result<Vec<String>> {
    let doc = PortfolioDoc::load(view, automerge::ActorId::random())?;
    Ok(doc
        .read()?
        .attachment_refs()
        .into_iter()
        .map(|a| a.sha256.clone())
        .collect())
}
