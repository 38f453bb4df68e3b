//! The SQLite file: documents (snapshot + appended changes), attachments and
//! projection tables. One store holds many portfolios (a mentor follows many).

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::keys::StoreKey;

/// Appended changes after which the document is compacted into a fresh snapshot.
pub const COMPACT_AFTER_CHANGES: i64 = 256;

/// Ordered migrations; `PRAGMA user_version` records how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: documents, attachments, projections.
    "
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE portfolios (
        id TEXT PRIMARY KEY,
        role TEXT NOT NULL DEFAULT 'owner',
        created_at INTEGER NOT NULL
    );
    CREATE TABLE doc_snapshots (
        portfolio_id TEXT PRIMARY KEY REFERENCES portfolios(id) ON DELETE CASCADE,
        generation INTEGER NOT NULL,
        covers_seq INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE doc_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        data BLOB NOT NULL
    );
    CREATE INDEX doc_changes_by_portfolio ON doc_changes(portfolio_id, seq);
    CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        data BLOB NOT NULL,
        thumbnail BLOB,
        thumbnail_mime TEXT,
        width INTEGER,
        height INTEGER,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE proj_profile (
        portfolio_id TEXT PRIMARY KEY REFERENCES portfolios(id) ON DELETE CASCADE,
        name_latin TEXT NOT NULL,
        name_own_script TEXT,
        city TEXT
    );
    CREATE TABLE proj_entries (
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        label TEXT NOT NULL,
        date TEXT,
        PRIMARY KEY (portfolio_id, section, entry_id)
    );
    CREATE TABLE proj_language_levels (
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        code TEXT NOT NULL,
        skill TEXT NOT NULL,
        level TEXT NOT NULL,
        level_rank INTEGER NOT NULL,
        PRIMARY KEY (portfolio_id, entry_id, skill)
    );
    CREATE TABLE proj_programmes (
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        title TEXT NOT NULL,
        modules_total INTEGER NOT NULL,
        modules_completed INTEGER NOT NULL,
        hours_total REAL NOT NULL,
        attendance_pct REAL,
        requirements_met INTEGER,
        PRIMARY KEY (portfolio_id, entry_id)
    );
    CREATE TABLE proj_activities (
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        hours REAL,
        attended INTEGER NOT NULL,
        confirmed INTEGER NOT NULL,
        PRIMARY KEY (portfolio_id, entry_id)
    );
    ",
    // 2: programmes told apart by id and stage; per-module progress for dashboards.
    // Rows written before this are stale: `Mosaic::open` rebuilds projections when
    // `PROJECTION_VERSION` changes.
    "
    ALTER TABLE proj_programmes ADD COLUMN stage TEXT;
    ALTER TABLE proj_programmes ADD COLUMN template_id TEXT;
    ALTER TABLE proj_programmes ADD COLUMN requires TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE proj_programmes ADD COLUMN progress TEXT;
    ",
    // 3: entries that never leave this device ("only me" stories): kept beside the
    // document, never in it, so no sync, share or relay ever carries them.
    "
    CREATE TABLE local_entries (
        portfolio_id TEXT NOT NULL REFERENCES portfolios(id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (portfolio_id, entry_id)
    );
    ",
];

pub struct Store {
    conn: Connection,
}

/// What is stored for one document.
pub struct StoredDoc {
    pub snapshot: Option<Vec<u8>>,
    pub generation: i64,
    /// Changes after the snapshot, oldest first, with their sequence numbers.
    pub changes: Vec<(i64, Vec<u8>)>,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, encrypted with `key`
    /// (SQLCipher), or plain with `None` (benchmarks' baseline, the relay-like
    /// callers that keep no personal data). The file and SQLite's `-wal`/`-shm`
    /// beside it are owner-only.
    pub fn open(path: &Path, key: Option<&StoreKey>) -> Result<Self> {
        if let Some(dir) = path.parent() {
            fsutil::private_dir(dir)?;
        }
        if !path.exists() {
            // Created 0600 before SQLite opens it: SQLite gives -wal and -shm the
            // main file's mode.
            drop(fsutil::create_private(path)?);
        }
        let conn = match key {
            Some(key) => open_keyed(path, key)?,
            None => {
                let conn = Connection::open(path)?;
                quiet_sqlcipher(&conn)?;
                conn
            }
        };
        let store = Self::configure(conn, key.is_some())?;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            fsutil::restrict(Path::new(&p))?;
        }
        Ok(store)
    }

    pub fn open_in_memory() -> Result<Self> {
        Self::configure(Connection::open_in_memory()?, false)
    }

    fn configure(conn: Connection, keyed: bool) -> Result<Self> {
        // A file that is not SQLite, or not decryptable with this key, fails
        // here, before anything is written.
        let check: rusqlite::Result<i64> =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0));
        if let Err(e) = check {
            return Err(if keyed {
                Error::WrongKey(format!(
                    "the store cannot be decrypted with this key (or is not a Mosaic store): {e}"
                ))
            } else {
                Error::Corrupt(format!("the store is not a readable database: {e}"))
            });
        }
        // WAL + FULL: a committed edit survives a crash or power loss.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Erased data is overwritten, not just unlinked from the page tree.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version as usize > MIGRATIONS.len() {
            return Err(Error::Corrupt(format!(
                "the store was written by a newer Mosaic (schema {version}, this build knows {})",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// A write transaction taken up front, so concurrent writers queue instead of failing.
    pub fn write(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    pub fn meta(&self, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&self, key: &str, value: &[u8]) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    pub fn portfolio_ids(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, role FROM portfolios ORDER BY created_at, id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn has_portfolio(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM portfolios WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    pub fn load_doc(&self, id: &str) -> Result<StoredDoc> {
        let snap: Option<(Vec<u8>, i64, i64)> = self
            .conn
            .query_row(
                "SELECT data, generation, covers_seq FROM doc_snapshots WHERE portfolio_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (snapshot, generation, after) = match snap {
            Some((data, generation, covers)) => (Some(data), generation, covers),
            None => (None, 0, 0),
        };
        Ok(StoredDoc {
            snapshot,
            generation,
            changes: self.changes_after(id, after)?,
        })
    }

    pub fn changes_after(&self, id: &str, seq: i64) -> Result<Vec<(i64, Vec<u8>)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT seq, data FROM doc_changes WHERE portfolio_id = ?1 AND seq > ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![id, seq], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn generation(&self, id: &str) -> Result<i64> {
        Ok(self
            .conn
            .query_row(
                "SELECT generation FROM doc_snapshots WHERE portfolio_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0))
    }
}

/// Appends one change inside a write transaction; returns its sequence number.
pub fn append_change(tx: &Transaction<'_>, id: &str, data: &[u8]) -> Result<i64> {
    tx.prepare_cached("INSERT INTO doc_changes(portfolio_id, data) VALUES (?1, ?2)")?
        .execute(params![id, data])?;
    Ok(tx.last_insert_rowid())
}

pub fn change_count(tx: &Transaction<'_>, id: &str) -> Result<i64> {
    Ok(tx
        .prepare_cached("SELECT count(*) FROM doc_changes WHERE portfolio_id = ?1")?
        .query_row([id], |r| r.get(0))?)
}

/// Replaces the snapshot with `data`, which covers every change up to `covers_seq`,
/// and drops those changes.
pub fn write_snapshot(tx: &Transaction<'_>, id: &str, data: &[u8], covers_seq: i64) -> Result<i64> {
    let generation: i64 = tx
        .query_row(
            "SELECT generation FROM doc_snapshots WHERE portfolio_id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0)
        + 1;
    tx.execute(
        "INSERT INTO doc_snapshots(portfolio_id, generation, covers_seq, data) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(portfolio_id) DO UPDATE SET generation = excluded.generation,
           covers_seq = excluded.covers_seq, data = excluded.data",
        params![id, generation, covers_seq, data],
    )?;
    tx.execute(
        "DELETE FROM doc_changes WHERE portfolio_id = ?1 AND seq <= ?2",
        params![id, covers_seq],
    )?;
    Ok(generation)
}

/// Opens `path` and gives SQLCipher its key.
///
/// SQLite runs SQLCipher's own set-up after it has marked itself initialised, so a
/// connection keyed on one thread while another thread is still inside that set-up (the
/// first SQLite use in the process) is refused with "An error occurred with PRAGMA key".
/// Keying reads and writes nothing, so trying again on a fresh connection is safe; a wrong
/// key is found later, at the first read.
fn open_keyed(path: &Path, key: &StoreKey) -> Result<Connection> {
    const ATTEMPTS: u32 = 200;
    let pragma = Zeroizing::new(format!("PRAGMA key = {};", key.pragma_literal().as_str()));
    let mut attempt = 1;
    loop {
        let conn = Connection::open(path)?;
        quiet_sqlcipher(&conn)?;
        match conn.execute_batch(pragma.as_str()) {
            Ok(()) => return Ok(conn),
            Err(_) if attempt < ATTEMPTS => {
                drop(conn);
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// SQLCipher logs a wrong key to stderr on its own; our error already says it, and
/// the CLI promises one line per error.
pub(crate) fn quiet_sqlcipher(conn: &Connection) -> Result<()> {
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))?;
    Ok(())
}
