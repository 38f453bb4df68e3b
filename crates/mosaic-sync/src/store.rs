//! Sync state in the store's own SQLite file (`sync_*` tables): every piece of engine state
//! lives here, so a sync interrupted at any point resumes from what was committed.

use automerge::ChangeHash;
use mosaic_core::Mosaic;
use mosaic_relay::wire::DocId;
use rusqlite::{Connection, OptionalExtension, params};

use crate::crypto::{DeviceKeys, DocKey};
use crate::error::{Error, Result};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS sync_device (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    x25519_secret BLOB NOT NULL,
    ed25519_secret BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_docs (
    local_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    portfolio_id TEXT NOT NULL,
    writer INTEGER NOT NULL,
    relay_url TEXT NOT NULL,
    relay_doc BLOB NOT NULL,
    read_token BLOB NOT NULL,
    write_secret BLOB,
    signer_public BLOB NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 0,
    cursor INTEGER NOT NULL DEFAULT 0,
    acked_heads TEXT NOT NULL DEFAULT '[]',
    registered INTEGER NOT NULL DEFAULT 0,
    tail_bytes INTEGER NOT NULL DEFAULT 0,
    snapshot_bytes INTEGER NOT NULL DEFAULT 0,
    snapshot_seq INTEGER NOT NULL DEFAULT 0,
    rotation_grants BLOB,
    rotation_pending INTEGER NOT NULL DEFAULT 0,
    pending_remove TEXT NOT NULL DEFAULT '[]',
    doc_data BLOB,
    signer_chain BLOB,
    old_write_secret BLOB
);
CREATE TABLE IF NOT EXISTS sync_keys (
    local_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    key BLOB NOT NULL,
    PRIMARY KEY (local_id, epoch)
);
CREATE TABLE IF NOT EXISTS sync_members (
    local_id TEXT NOT NULL,
    x25519_public BLOB NOT NULL,
    ed25519_public BLOB NOT NULL,
    name TEXT NOT NULL,
    read_token_hash BLOB NOT NULL,
    feedback_seed BLOB NOT NULL,
    added_at INTEGER NOT NULL,
    revoked_at INTEGER,
    device INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_id, x25519_public)
);
CREATE TABLE IF NOT EXISTS sync_blobs (
    local_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    blob TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    mine INTEGER NOT NULL DEFAULT 0,
    announced INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (local_id, sha256)
);
CREATE TABLE IF NOT EXISTS sync_roster_dirty (
    local_id TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS sync_feedback_seen (
    local_id TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (local_id, item)
);
CREATE TABLE IF NOT EXISTS sync_view_moves (
    old_local_id TEXT PRIMARY KEY,
    portfolio_id TEXT NOT NULL,
    mentor_x25519 BLOB NOT NULL,
    new_seed BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_view_upgrades (
    portfolio_id TEXT NOT NULL,
    mentor_x25519 BLOB NOT NULL,
    PRIMARY KEY (portfolio_id, mentor_x25519)
);
CREATE TABLE IF NOT EXISTS sync_goal_declined (
    local_id TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (local_id, item)
);
";

/// Columns added after the first release, for stores created before them.
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("sync_docs", "signer_chain", "BLOB"),
    ("sync_docs", "old_write_secret", "BLOB"),
    ("sync_members", "device", "INTEGER NOT NULL DEFAULT 0"),
    // A move to another relay: where a signed notice says the document went (not followed
    // yet), and the old address this device still owes the notice to.
    ("sync_docs", "moved_to", "TEXT"),
    ("sync_docs", "moved_from", "TEXT"),
    // This device's unpublished rotation met another device's for the same epoch.
    ("sync_docs", "rotation_rebase", "INTEGER NOT NULL DEFAULT 0"),
    // A mentor's own view document (owner-only seed) and the sections it shows.
    ("sync_members", "view_seed", "BLOB"),
    ("sync_members", "sections", "INTEGER NOT NULL DEFAULT 0"),
    ("sync_members", "view_gen", "INTEGER NOT NULL DEFAULT 0"),
    // A mentor's copy to replace with the next one pulled (the owner gave a new view).
    ("sync_docs", "replace_copy", "INTEGER NOT NULL DEFAULT 0"),
];

pub fn init(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    conn.execute_batch(crate::chain::SCHEMA)?;
    let present = |table: &str, column: &str| -> Result<bool> {
        Ok(conn.query_row(
            &format!("SELECT count(*) FROM pragma_table_info('{table}') WHERE name = ?1"),
            [column],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?)
    };
    for (table, column, decl) in ADDED_COLUMNS {
        if !present(table, column)?
            && let Err(e) =
                conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl}"))
            // Another process sharing the store may have added it meanwhile.
            && !present(table, column)?
        {
            return Err(e.into());
        }
    }
    Ok(())
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn arr32(v: Vec<u8>, what: &str) -> Result<[u8; 32]> {
    v.try_into()
        .map_err(|_| Error::Crypto(format!("stored {what} has the wrong length")))
}

/// This device's keys, created on first use.
pub fn device(m: &mut Mosaic) -> Result<DeviceKeys> {
    let conn = m.connection();
    init(conn)?;
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT x25519_secret, ed25519_secret FROM sync_device WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((x, e)) = row {
        return Ok(DeviceKeys::from_secrets(
            arr32(x, "device key")?,
            arr32(e, "device key")?,
        ));
    }
    let k = DeviceKeys::generate();
    conn.execute(
        "INSERT OR IGNORE INTO sync_device(id, x25519_secret, ed25519_secret) VALUES (1, ?1, ?2)",
        params![k.x25519_secret().to_vec(), k.ed25519_secret().to_vec()],
    )?;
    device(m)
}

/// One synced document (a portfolio, or a feedback document).
#[derive(Debug, Clone)]
pub struct DocState {
    pub local_id: String,
    /// `portfolio` or `feedback`.
    pub kind: String,
    pub portfolio_id: String,
    pub writer: bool,
    pub relay_url: String,
    pub relay_doc: DocId,
    pub read_token: [u8; 32],
    pub write_secret: Option<[u8; 32]>,
    pub signer_public: [u8; 32],
    pub epoch: u32,
    pub cursor: u64,
    pub acked: Vec<ChangeHash>,
    pub registered: bool,
    pub tail_bytes: u64,
    pub snapshot_bytes: u64,
    pub snapshot_seq: u64,
    pub rotation_grants: Option<Vec<u8>>,
    pub rotation_pending: bool,
    pub pending_remove: Vec<[u8; 32]>,
    /// Write-authority hand-overs (encoded grants, oldest first) from the document's first
    /// signer to the current one; carried in rotations and snapshots for readers who lag.
    pub signer_chain: Vec<u8>,
    /// After this device revoked another device: the previous write authority, kept until the
    /// relay has swapped it for the new one.
    pub old_write_secret: Option<[u8; 32]>,
    /// The pending rotation must move to a later epoch before it goes out: another device
    /// published one for the same epoch meanwhile.
    pub rotation_rebase: bool,
}

impl DocState {
    /// A document this device has not synced yet: nothing read, nothing acknowledged,
    /// not registered, no rotation under way. Callers override what they know (a
    /// joined document starts registered, at its newest epoch).
    pub fn fresh(
        local_id: String,
        kind: &str,
        portfolio_id: String,
        relay: (&str, DocId),
        read_token: [u8; 32],
        write_secret: Option<[u8; 32]>,
        signer_public: [u8; 32],
    ) -> Self {
        DocState {
            local_id,
            kind: kind.to_string(),
            portfolio_id,
            writer: write_secret.is_some(),
            relay_url: relay.0.to_string(),
            relay_doc: relay.1,
            read_token,
            write_secret,
            signer_public,
            epoch: 0,
            cursor: 0,
            acked: vec![],
            registered: false,
            tail_bytes: 0,
            snapshot_bytes: 0,
            snapshot_seq: 0,
            rotation_grants: None,
            rotation_pending: false,
            pending_remove: vec![],
            signer_chain: vec![],
            old_write_secret: None,
            rotation_rebase: false,
        }
    }
}

pub fn heads_to_json(h: &[ChangeHash]) -> String {
    serde_json::to_string(&h.iter().map(|h| hex::encode(h.0)).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into())
}

fn heads_from_json(s: &str) -> Vec<ChangeHash> {
    let v: Vec<String> = serde_json::from_str(s).unwrap_or_default();
    v.iter()
        .filter_map(|h| {
            let b: [u8; 32] = hex::decode(h).ok()?.try_into().ok()?;
            Some(ChangeHash(b))
        })
        .collect()
}

const COLS: &str = "local_id, kind, portfolio_id, writer, relay_url, relay_doc, read_token,
    write_secret, signer_public, epoch, cursor, acked_heads, registered, tail_bytes,
    snapshot_bytes, snapshot_seq, rotation_grants, rotation_pending, pending_remove,
    signer_chain, old_write_secret, rotation_rebase";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok(RawRow {
        local_id: r.get(0)?,
        kind: r.get(1)?,
        portfolio_id: r.get(2)?,
        writer: r.get(3)?,
        relay_url: r.get(4)?,
        relay_doc: r.get(5)?,
        read_token: r.get(6)?,
        write_secret: r.get(7)?,
        signer_public: r.get(8)?,
        epoch: r.get(9)?,
        cursor: r.get(10)?,
        acked: r.get(11)?,
        registered: r.get(12)?,
        tail_bytes: r.get(13)?,
        snapshot_bytes: r.get(14)?,
        snapshot_seq: r.get(15)?,
        rotation_grants: r.get(16)?,
        rotation_pending: r.get(17)?,
        pending_remove: r.get(18)?,
        signer_chain: r.get(19)?,
        old_write_secret: r.get(20)?,
        rotation_rebase: r.get(21)?,
    })
}

struct RawRow {
    local_id: String,
    kind: String,
    portfolio_id: String,
    writer: bool,
    relay_url: String,
    relay_doc: Vec<u8>,
    read_token: Vec<u8>,
    write_secret: Option<Vec<u8>>,
    signer_public: Vec<u8>,
    epoch: i64,
    cursor: i64,
    acked: String,
    registered: bool,
    tail_bytes: i64,
    snapshot_bytes: i64,
    snapshot_seq: i64,
    rotation_grants: Option<Vec<u8>>,
    rotation_pending: bool,
    pending_remove: String,
    signer_chain: Option<Vec<u8>>,
    old_write_secret: Option<Vec<u8>>,
    rotation_rebase: bool,
}

impl RawRow {
    fn into_state(self) -> Result<DocState> {
        let pending: Vec<String> = serde_json::from_str(&self.pending_remove).unwrap_or_default();
        Ok(DocState {
            local_id: self.local_id,
            kind: self.kind,
            portfolio_id: self.portfolio_id,
            writer: self.writer,
            relay_url: self.relay_url,
            relay_doc: DocId(arr32(self.relay_doc, "document id")?),
            read_token: arr32(self.read_token, "read token")?,
            write_secret: self
                .write_secret
                .map(|w| arr32(w, "write key"))
                .transpose()?,
            signer_public: arr32(self.signer_public, "signer key")?,
            epoch: u32::try_from(self.epoch).unwrap_or(0),
            cursor: self.cursor.max(0) as u64,
            acked: heads_from_json(&self.acked),
            registered: self.registered,
            tail_bytes: self.tail_bytes.max(0) as u64,
            snapshot_bytes: self.snapshot_bytes.max(0) as u64,
            snapshot_seq: self.snapshot_seq.max(0) as u64,
            rotation_grants: self.rotation_grants,
            rotation_pending: self.rotation_pending,
            pending_remove: pending
                .iter()
                .filter_map(|h| hex::decode(h).ok()?.try_into().ok())
                .collect(),
            signer_chain: self.signer_chain.unwrap_or_default(),
            old_write_secret: self
                .old_write_secret
                .map(|w| arr32(w, "write key"))
                .transpose()?,
            rotation_rebase: self.rotation_rebase,
        })
    }
}

pub fn load(conn: &Connection, local_id: &str) -> Result<Option<DocState>> {
    init(conn)?;
    let row = conn
        .query_row(
            &format!("SELECT {COLS} FROM sync_docs WHERE local_id = ?1"),
            [local_id],
            from_row,
        )
        .optional()?;
    row.map(RawRow::into_state).transpose()
}

pub fn list(conn: &Connection, where_: &str, arg: &str) -> Result<Vec<DocState>> {
    init(conn)?;
    let mut stmt = conn.prepare(&format!("SELECT {COLS} FROM sync_docs WHERE {where_}"))?;
    let rows = stmt
        .query_map([arg], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(RawRow::into_state).collect()
}

/// Inserts a new document row (nothing if it exists).
pub fn insert(conn: &Connection, s: &DocState) -> Result<()> {
    init(conn)?;
    conn.execute(
        "INSERT OR IGNORE INTO sync_docs(local_id, kind, portfolio_id, writer, relay_url,
           relay_doc, read_token, write_secret, signer_public, epoch, registered)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            s.local_id,
            s.kind,
            s.portfolio_id,
            s.writer,
            s.relay_url,
            s.relay_doc.0.to_vec(),
            s.read_token.to_vec(),
            s.write_secret.map(|w| w.to_vec()),
            s.signer_public.to_vec(),
            s.epoch,
            s.registered,
        ],
    )?;
    Ok(())
}

/// Saves the mutable progress fields.
pub fn save_progress(conn: &Connection, s: &DocState) -> Result<()> {
    let pending: Vec<String> = s.pending_remove.iter().map(hex::encode).collect();
    conn.execute(
        "UPDATE sync_docs SET epoch = ?2, cursor = ?3, acked_heads = ?4, registered = ?5,
           tail_bytes = ?6, snapshot_bytes = ?7, snapshot_seq = ?8, rotation_grants = ?9,
           rotation_pending = ?10, pending_remove = ?11, write_secret = ?12,
           signer_public = ?13, signer_chain = ?14, old_write_secret = ?15,
           rotation_rebase = ?16
         WHERE local_id = ?1",
        params![
            s.local_id,
            s.epoch,
            s.cursor as i64,
            heads_to_json(&s.acked),
            s.registered,
            s.tail_bytes as i64,
            s.snapshot_bytes as i64,
            s.snapshot_seq as i64,
            s.rotation_grants,
            s.rotation_pending,
            serde_json::to_string(&pending).unwrap_or_else(|_| "[]".into()),
            s.write_secret.map(|w| w.to_vec()),
            s.signer_public.to_vec(),
            s.signer_chain,
            s.old_write_secret.map(|w| w.to_vec()),
            s.rotation_rebase,
        ],
    )?;
    Ok(())
}

/// Marks (or clears) a mentor's copy to be replaced by the document its next pull brings.
pub fn set_replace_copy(conn: &Connection, local_id: &str, on: bool) -> Result<()> {
    conn.execute(
        "UPDATE sync_docs SET replace_copy = ?2 WHERE local_id = ?1",
        params![local_id, on],
    )?;
    Ok(())
}

pub fn replace_copy(conn: &Connection, local_id: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT replace_copy FROM sync_docs WHERE local_id = ?1",
            [local_id],
            |r| r.get::<_, bool>(0),
        )
        .optional()?
        .unwrap_or(false))
}

/// Records that a signed notice moved `local_id` to `url` (followed after the pull).
pub fn set_moved_to(conn: &Connection, local_id: &str, url: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE sync_docs SET moved_to = ?2 WHERE local_id = ?1",
        params![local_id, url],
    )?;
    Ok(())
}

/// The address a notice moved `local_id` to, not followed yet.
pub fn moved_to(conn: &Connection, local_id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT moved_to FROM sync_docs WHERE local_id = ?1",
            [local_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// The old address this device still owes the notice of its move to.
pub fn moved_from(conn: &Connection, local_id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT moved_from FROM sync_docs WHERE local_id = ?1",
            [local_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

pub fn clear_moved_from(conn: &Connection, local_id: &str) -> Result<()> {
    conn.execute(
        "UPDATE sync_docs SET moved_from = NULL WHERE local_id = ?1",
        [local_id],
    )?;
    Ok(())
}

/// Points `local_id` at the relay `url`, which holds a fresh copy: the log there starts again,
/// so the cursor and snapshot bookkeeping restart, and nothing is known to be on it
/// (acknowledged heads and blob addresses are learnt again from what is pulled; what this
/// device has that the copy lacks is sent). `moved_from` is the old address when this device
/// made the move and still owes the old relay the notice.
pub fn switch_relay(
    conn: &Connection,
    local_id: &str,
    url: &str,
    moved_from: Option<&str>,
) -> Result<()> {
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "UPDATE sync_docs SET relay_url = ?2, cursor = 0, snapshot_seq = 0, tail_bytes = 0,
           snapshot_bytes = 0, acked_heads = '[]', moved_to = NULL, moved_from = ?3
         WHERE local_id = ?1",
        params![local_id, url, moved_from],
    )?;
    tx.execute("DELETE FROM sync_blobs WHERE local_id = ?1", [local_id])?;
    tx.execute(
        "INSERT OR IGNORE INTO sync_roster_dirty(local_id) SELECT local_id FROM sync_docs
         WHERE local_id = ?1 AND kind = 'portfolio' AND write_secret IS NOT NULL",
        [local_id],
    )?;
    tx.commit()?;
    Ok(())
}

/// Replaces the key held for `key.epoch` (see `Ctx::take_key`).
pub fn replace_key(conn: &Connection, local_id: &str, key: &DocKey) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO sync_keys(local_id, epoch, key) VALUES (?1, ?2, ?3)",
        params![local_id, key.epoch, key.bytes().to_vec()],
    )?;
    Ok(())
}

pub fn put_key(conn: &Connection, local_id: &str, key: &DocKey) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO sync_keys(local_id, epoch, key) VALUES (?1, ?2, ?3)",
        params![local_id, key.epoch, key.bytes().to_vec()],
    )?;
    Ok(())
}

pub fn key(conn: &Connection, local_id: &str, epoch: u32) -> Result<Option<DocKey>> {
    let k: Option<Vec<u8>> = conn
        .query_row(
            "SELECT key FROM sync_keys WHERE local_id = ?1 AND epoch = ?2",
            params![local_id, epoch],
            |r| r.get(0),
        )
        .optional()?;
    k.map(|k| Ok(DocKey::from_bytes(epoch, arr32(k, "document key")?)))
        .transpose()
}

pub fn all_keys(conn: &Connection, local_id: &str) -> Result<Vec<(u32, [u8; 32])>> {
    let mut stmt =
        conn.prepare("SELECT epoch, key FROM sync_keys WHERE local_id = ?1 ORDER BY epoch")?;
    let rows = stmt
        .query_map([local_id], |r| {
            Ok((r.get::<_, u32>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(e, k)| Ok((e, arr32(k, "document key")?)))
        .collect()
}

/// Data of a document kept by this crate (feedback documents).
pub fn doc_data(conn: &Connection, local_id: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row(
            "SELECT doc_data FROM sync_docs WHERE local_id = ?1",
            [local_id],
            |r| r.get::<_, Option<Vec<u8>>>(0),
        )
        .optional()?
        .flatten())
}

pub fn set_doc_data(conn: &Connection, local_id: &str, data: &[u8]) -> Result<()> {
    conn.execute(
        "UPDATE sync_docs SET doc_data = ?2 WHERE local_id = ?1",
        params![local_id, data],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_from_before_device_revocation_get_the_new_columns() -> Result<()> {
        let conn = Connection::open_in_memory()?;
        // The tables as the first release created them.
        let old = SCHEMA
            .replace(",\n    signer_chain BLOB,\n    old_write_secret BLOB", "")
            .replace("    device INTEGER NOT NULL DEFAULT 0,\n", "");
        assert!(!old.contains("signer_chain") && !old.contains("device INTEGER"));
        conn.execute_batch(&old)?;
        conn.execute(
            "INSERT INTO sync_members(local_id, x25519_public, ed25519_public, name,
               read_token_hash, feedback_seed, added_at) VALUES ('p', x'01', x'02', 'Rita',
               x'03', x'04', 0)",
            [],
        )?;
        init(&conn)?;
        init(&conn)?; // idempotent
        let device: bool = conn.query_row("SELECT device FROM sync_members", [], |r| r.get(0))?;
        assert!(!device, "existing members are mentors");
        conn.query_row(
            "SELECT signer_chain, old_write_secret FROM sync_docs",
            [],
            |_| Ok(()),
        )
        .optional()?;
        Ok(())
    }
}
