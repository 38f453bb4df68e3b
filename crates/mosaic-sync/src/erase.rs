//! Erasing a portfolio, or everything, so that nothing needed to read it is left: the relay
//! copy is deleted (owner-signed) while this device still holds the write authority, then the
//! sync rows (keys, tokens, relay address, members, feedback) go with the portfolio, the
//! exports folder loses its files, and the database is vacuumed and its WAL truncated so no
//! old page survives in `-wal`.

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::auth::WriterKey;
use serde::Serialize;
use std::path::PathBuf;

use crate::entry::local_id;
use crate::error::Result;
use crate::relay_url::check_relay_url;
use crate::store::{self, DocState};
use crate::transport::{RelayTransport, RetryPolicy, Transport, TransportError};

/// One retry only: someone erasing at a border must not wait minutes for a relay.
const ERASE_RETRY: RetryPolicy = RetryPolicy {
    attempts: 2,
    base: std::time::Duration::from_millis(200),
    max: std::time::Duration::from_secs(1),
};

/// What an erase did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EraseReport {
    /// Relay documents deleted (the portfolio and this device's own feedback documents).
    pub relay_deleted: u32,
    /// Exported files removed from `<data dir>/exports`.
    pub exports_removed: u32,
    /// What could not be done (e.g. relay unreachable: its copy stays, encrypted, and this
    /// device no longer holds the key that could delete it).
    pub warnings: Vec<String>,
}

/// Erases one portfolio from this device and, if this device can write it, from the relay.
pub fn erase_portfolio(m: &mut Mosaic, portfolio: PortfolioId) -> Result<EraseReport> {
    let url = store::load(m.connection(), &local_id(portfolio))?.map(|s| s.relay_url);
    let mut t = RelayTransport::new(url.as_deref().unwrap_or("https://invalid.invalid"));
    erase_portfolio_with(m, &mut t, portfolio)
}

/// [`erase_portfolio`] over any transport.
pub fn erase_portfolio_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    portfolio: PortfolioId,
) -> Result<EraseReport> {
    store::init(m.connection())?;
    let lid = local_id(portfolio);
    let mut docs = store::list(m.connection(), "local_id = ?1", &lid)?;
    docs.extend(store::list(
        m.connection(),
        "portfolio_id = ?1 AND kind IN ('feedback', 'view')",
        &lid,
    )?);
    let mut rep = EraseReport::default();
    delete_at_relay(t, &docs, &mut rep);
    {
        let conn = m.connection();
        let tx = conn.transaction()?;
        for d in &docs {
            forget_doc(&tx, &d.local_id)?;
        }
        tx.execute("DELETE FROM sync_members WHERE local_id = ?1", [&lid])?;
        tx.execute(
            "DELETE FROM sync_view_moves WHERE portfolio_id = ?1",
            [&lid],
        )?;
        // With nothing synced any more, this device's keys only serve to link it to what was
        // erased: a new identity is made on next use.
        tx.execute(
            "DELETE FROM sync_device WHERE NOT EXISTS (SELECT 1 FROM sync_docs)",
            [],
        )?;
        tx.commit()?;
    }
    if m.role(portfolio).is_ok() {
        m.erase_portfolio(portfolio)?;
    }
    let id = portfolio.to_string();
    rep.exports_removed = remove_exports(m, |name| name.contains(&id))?;
    scrub(m)?;
    Ok(rep)
}

/// Erases every portfolio, every sync secret (this device's keys included) and every exported
/// file; deletes at the relay each document this device can write.
pub fn erase_everything(m: &mut Mosaic) -> Result<EraseReport> {
    store::init(m.connection())?;
    let docs = store::list(m.connection(), "1 = ?1", "1")?;
    let mut rep = EraseReport::default();
    let mut urls: Vec<String> = docs.iter().map(|d| d.relay_url.clone()).collect();
    urls.sort();
    urls.dedup();
    for url in urls {
        let mine: Vec<DocState> = docs
            .iter()
            .filter(|d| d.relay_url == url)
            .cloned()
            .collect();
        let mut t = RelayTransport::new(&url);
        delete_at_relay(&mut t, &mine, &mut rep);
    }
    finish_everything(m, rep)
}

/// [`erase_everything`] over one transport (every document is on the relay it reaches).
pub fn erase_everything_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
) -> Result<EraseReport> {
    store::init(m.connection())?;
    let docs = store::list(m.connection(), "1 = ?1", "1")?;
    let mut rep = EraseReport::default();
    delete_at_relay(t, &docs, &mut rep);
    finish_everything(m, rep)
}

fn finish_everything(m: &mut Mosaic, mut rep: EraseReport) -> Result<EraseReport> {
    m.connection().execute_batch(
        "DELETE FROM sync_docs; DELETE FROM sync_keys; DELETE FROM sync_members;
         DELETE FROM sync_blobs; DELETE FROM sync_roster_dirty; DELETE FROM sync_feedback_seen;
         DELETE FROM sync_goal_declined; DELETE FROM sync_chain; DELETE FROM sync_unacked;
         DELETE FROM sync_view_moves; DELETE FROM sync_view_upgrades;
         DELETE FROM sync_device;",
    )?;
    m.erase_everything()?;
    rep.exports_removed = remove_exports(m, |_| true)?;
    scrub(m)?;
    Ok(rep)
}

/// Deletes at the relay each document this device holds the write authority of: an owner's
/// portfolio, a mentor's own feedback document. A mentor's copy of a mentee's portfolio is
/// not the mentor's to delete. Failures become warnings: erasing here must never wait for,
/// or depend on, the network.
fn delete_at_relay<T: Transport + ?Sized>(t: &mut T, docs: &[DocState], rep: &mut EraseReport) {
    for d in docs.iter().filter(|d| d.writer && d.registered) {
        let Some(ws) = d.write_secret else { continue };
        if let Err(e) = check_relay_url(&d.relay_url) {
            rep.warnings.push(e.to_string());
            continue;
        }
        let w = WriterKey::from_secret_bytes(&ws);
        match ERASE_RETRY.run(t, |t| t.delete_doc(&d.relay_doc, &w)) {
            // Gone already (an earlier erase whose answer was lost, or another device).
            Ok(()) | Err(TransportError::NotFound) => rep.relay_deleted += 1,
            Err(e) => rep.warnings.push(format!(
                "the relay copy could not be deleted ({e}); it stays encrypted there"
            )),
        }
    }
}

/// Every sync row of one synced document.
pub(crate) fn forget_doc(conn: &rusqlite::Connection, lid: &str) -> Result<()> {
    for table in [
        "sync_keys",
        "sync_blobs",
        "sync_roster_dirty",
        "sync_feedback_seen",
        "sync_goal_declined",
        "sync_chain",
        "sync_unacked",
        "sync_docs",
    ] {
        conn.execute(&format!("DELETE FROM {table} WHERE local_id = ?1"), [lid])?;
    }
    Ok(())
}

/// The exports folder beside the store's database file (`None` in memory).
fn exports_dir(m: &mut Mosaic) -> Option<PathBuf> {
    let path = m.connection().path()?.to_string();
    if path.is_empty() {
        return None;
    }
    Some(PathBuf::from(path).parent()?.join("exports"))
}

/// Removes the exported files whose names `pick` selects; returns how many.
fn remove_exports(m: &mut Mosaic, pick: impl Fn(&str) -> bool) -> Result<u32> {
    let Some(dir) = exports_dir(m) else {
        return Ok(0);
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(0);
    };
    let mut n = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if e.file_type().is_ok_and(|t| t.is_file()) && pick(&name) {
            std::fs::remove_file(e.path()).map_err(|err| {
                crate::error::Error::Invalid(format!("could not remove {name}: {err}"))
            })?;
            n += 1;
        }
    }
    Ok(n)
}

/// Rewrites the database without free pages and empties the WAL, so deleted rows survive
/// neither in the main file nor in `-wal` (`secure_delete` already zeroes freed pages).
fn scrub(m: &mut Mosaic) -> Result<()> {
    m.connection()
        .execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok(())
}
