//! Entries that never leave this device: a story or a reflection marked "only me", and
//! every testimonial consent (it holds the key that signs the withdrawal, and names the
//! organisation she wrote to), are kept in the store beside the portfolio's document, never
//! in it, so no sync, share code or relay can carry them, and a mentor's copy of the
//! document never held them.
//!
//! Reading merges them back in, so every screen, the CV, exports and backups (which the
//! owner makes for herself) see them as before.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value as Json;

use crate::error::{Error, Result};
use crate::model::{Consent, Entry, EntryId, Portfolio, Reflection, Section, Story, Visibility};

/// The sections whose entries carry a `visibility` that can keep them on this device.
const DEVICE_ONLY_SECTIONS: [Section; 2] = [Section::Stories, Section::Reflections];

/// Whether `entry` must stay on this device.
pub(crate) fn is_device_only<E: Entry>(entry: &E) -> bool {
    E::SECTION == Section::Consents
        || DEVICE_ONLY_SECTIONS.contains(&E::SECTION)
            && serde_json::to_value(entry)
                .ok()
                .and_then(|v| v.get("visibility").cloned())
                .and_then(|v| serde_json::from_value::<Visibility>(v).ok())
                == Some(Visibility::Private)
}

pub(crate) fn put<E: Entry>(conn: &Connection, pid: &str, entry: &E) -> Result<()> {
    conn.execute(
        "INSERT INTO local_entries(portfolio_id, section, entry_id, json) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(portfolio_id, entry_id) DO UPDATE SET section = ?2, json = ?4",
        params![
            pid,
            E::SECTION.key(),
            entry.id().to_string(),
            serde_json::to_string(entry)?
        ],
    )?;
    Ok(())
}

/// Removes an entry; `false` when it was not here.
pub(crate) fn delete(conn: &Connection, pid: &str, id: EntryId) -> Result<bool> {
    Ok(conn.execute(
        "DELETE FROM local_entries WHERE portfolio_id = ?1 AND entry_id = ?2",
        params![pid, id.to_string()],
    )? > 0)
}

pub(crate) fn section_of(conn: &Connection, pid: &str, id: EntryId) -> Result<Option<Section>> {
    let key: Option<String> = conn
        .query_row(
            "SELECT section FROM local_entries WHERE portfolio_id = ?1 AND entry_id = ?2",
            params![pid, id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(key.and_then(|k| k.parse().ok()))
}

pub(crate) fn get<E: Entry>(conn: &Connection, pid: &str, id: EntryId) -> Result<Option<E>> {
    let json: Option<String> = conn
        .query_row(
            "SELECT json FROM local_entries WHERE portfolio_id = ?1 AND entry_id = ?2 AND section = ?3",
            params![pid, id.to_string(), E::SECTION.key()],
            |r| r.get(0),
        )
        .optional()?;
    json.map(|j| decode(&j)).transpose()
}

pub(crate) fn list<E: Entry>(conn: &Connection, pid: &str) -> Result<Vec<E>> {
    let mut stmt = conn.prepare_cached(
        "SELECT json FROM local_entries WHERE portfolio_id = ?1 AND section = ?2",
    )?;
    let rows = stmt.query_map(params![pid, E::SECTION.key()], |r| r.get::<_, String>(0))?;
    let mut out = vec![];
    for row in rows {
        out.push(decode(&row?)?);
    }
    Ok(out)
}

/// The entries of one portfolio kept on this device only.
#[derive(Debug, Clone, Default)]
pub(crate) struct DeviceOnly {
    pub stories: Vec<Story>,
    pub reflections: Vec<Reflection>,
    pub consents: Vec<Consent>,
}

impl DeviceOnly {
    pub fn is_empty(&self) -> bool {
        self.stories.is_empty() && self.reflections.is_empty() && self.consents.is_empty()
    }

    /// What this device keeps of portfolio `pid`.
    pub fn load(conn: &Connection, pid: &str) -> Result<Self> {
        Ok(DeviceOnly {
            stories: list(conn, pid)?,
            reflections: list(conn, pid)?,
            consents: list(conn, pid)?,
        })
    }

    /// The private entries of a whole portfolio (a backup's or an export's JSON) that
    /// `in_doc` does not already hold.
    pub fn of(portfolio: &Portfolio, in_doc: &Portfolio) -> Self {
        DeviceOnly {
            stories: portfolio
                .stories
                .iter()
                .filter(|s| s.visibility == Visibility::Private)
                .filter(|s| !in_doc.stories.iter().any(|d| d.id == s.id))
                .cloned()
                .collect(),
            reflections: portfolio
                .reflections
                .iter()
                .filter(|r| r.visibility == Visibility::Private)
                .filter(|r| !in_doc.reflections.iter().any(|d| d.id == r.id))
                .cloned()
                .collect(),
            consents: portfolio
                .consents
                .iter()
                .filter(|c| !in_doc.consents.iter().any(|d| d.id == c.id))
                .cloned()
                .collect(),
        }
    }

    /// `portfolio` without its private entries: what may go into a document.
    pub fn shared_part(portfolio: &Portfolio) -> Portfolio {
        Portfolio {
            stories: portfolio
                .stories
                .iter()
                .filter(|s| s.visibility != Visibility::Private)
                .cloned()
                .collect(),
            reflections: portfolio
                .reflections
                .iter()
                .filter(|r| r.visibility != Visibility::Private)
                .cloned()
                .collect(),
            consents: vec![],
            ..portfolio.clone()
        }
    }

    /// Adds these entries to what the document holds, in id order as the document's are.
    pub fn merge_into(&self, portfolio: &mut Portfolio) {
        if !self.stories.is_empty() {
            portfolio.stories.extend(self.stories.iter().cloned());
            portfolio.stories.sort_by_key(|e| e.id);
        }
        if !self.reflections.is_empty() {
            portfolio
                .reflections
                .extend(self.reflections.iter().cloned());
            portfolio.reflections.sort_by_key(|e| e.id);
        }
        if !self.consents.is_empty() {
            portfolio.consents.extend(self.consents.iter().cloned());
            portfolio.consents.sort_by_key(|e| e.id);
        }
    }

    /// Adds each entry the portfolio does not hold yet, through the store's usual path
    /// (an import: the document came first, and may already hold some).
    pub(crate) fn add_missing(self, m: &mut crate::Mosaic, id: crate::PortfolioId) -> Result<()> {
        fn one<E: Entry + crate::projection::Project + crate::validate::Validate>(
            m: &mut crate::Mosaic,
            id: crate::PortfolioId,
            entry: E,
        ) -> Result<()> {
            if m.get::<E>(id, entry.id()).is_err() {
                m.add(id, entry)?;
            }
            Ok(())
        }
        self.stories.into_iter().try_for_each(|e| one(m, id, e))?;
        self.reflections
            .into_iter()
            .try_for_each(|e| one(m, id, e))?;
        self.consents.into_iter().try_for_each(|e| one(m, id, e))
    }

    /// Stores every entry (a restore or an import in one transaction).
    pub fn put_all(&self, conn: &Connection, pid: &str) -> Result<()> {
        self.stories.iter().try_for_each(|s| put(conn, pid, s))?;
        self.reflections
            .iter()
            .try_for_each(|r| put(conn, pid, r))?;
        self.consents.iter().try_for_each(|c| put(conn, pid, c))
    }
}

fn decode<E: Entry>(json: &str) -> Result<E> {
    let value: Json = serde_json::from_str(json)?;
    serde_json::from_value(value).map_err(|e| {
        Error::Corrupt(format!(
            "a device-only {} entry does not decode: {e}",
            E::SECTION.key()
        ))
    })
}
