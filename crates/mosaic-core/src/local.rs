//! Entries that never leave this device: a story marked "only me" is kept in the store
//! beside the portfolio's document, never in it, so no sync, share code or relay can carry
//! it, and a mentor's copy of the document never held it.
//!
//! Only stories are device-only today. Reading merges them back in, so every screen, the
//! CV, exports and backups (which the owner makes for herself) see them as before.

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value as Json;

use crate::error::{Error, Result};
use crate::model::{Entry, EntryId, Section, Story, Visibility};

/// Whether `entry` must stay on this device.
pub(crate) fn is_device_only<E: Entry>(entry: &E) -> bool {
    E::SECTION == Section::Stories
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

/// The device-only stories of a portfolio, to merge into what the document holds.
pub(crate) fn stories(conn: &Connection, pid: &str) -> Result<Vec<Story>> {
    list(conn, pid)
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
