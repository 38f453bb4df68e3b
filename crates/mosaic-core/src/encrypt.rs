//! Moving a plain (unencrypted) store to SQLCipher in place, crash-safely.
//!
//! The steps, and what a kill -9 after each leaves:
//! 1. Leftovers of an earlier try (`<store>.encrypting` and its journal) are
//!    removed: the plain store is still the store.
//! 2. The plain store's WAL is checkpointed into the main file (SQLite's own
//!    crash safety covers this step).
//! 3. `sqlcipher_export` copies every table into `<store>.encrypting` under the
//!    key, with the schema version; the copy is synced. A kill here leaves a
//!    partial temporary file and the plain store complete.
//! 4. The plain connection closes (its now empty WAL goes with it; any -wal or
//!    -shm left over is removed, since they would not match the new file).
//! 5. The copy is renamed over the store and the folder synced. The rename is
//!    atomic: the name points at the complete plain file or the complete
//!    encrypted one, never at a mix.
//!
//! Which of the two a file is reads from its first 16 bytes: a plain SQLite file
//! starts with `SQLite format 3\0`, an encrypted one with random salt.

use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::error::Result;
use crate::fsutil;
use crate::keys::StoreKey;

const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// Whether `path` is an unencrypted SQLite file.
pub fn is_plain(path: &Path) -> Result<bool> {
    let mut header = [0u8; 16];
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    match file.read_exact(&mut header) {
        Ok(()) => Ok(&header == PLAIN_HEADER),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Whether `path` holds data that is not plain SQLite (an encrypted store).
pub fn is_encrypted(path: &Path) -> Result<bool> {
    let len = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    Ok(len > 0 && !is_plain(path)?)
}

/// Encrypts the store at `path` under `key` if it is plain; returns whether it did.
pub fn migrate_if_plain(path: &Path, key: &StoreKey) -> Result<bool> {
    let tmp = sibling(path, ".encrypting");
    for leftover in [tmp.clone(), sibling(path, ".encrypting-journal")] {
        if leftover.exists() {
            std::fs::remove_file(&leftover)?;
        }
    }
    if !is_plain(path)? {
        return Ok(false);
    }
    {
        let conn = Connection::open(path)?;
        crate::store::quiet_sqlcipher(&conn)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(crate::error::Error::Locked(
                "another program is using the store; close it so the store can be encrypted".into(),
            ));
        }
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        drop(fsutil::create_private(&tmp)?);
        let tmp_name = tmp.to_string_lossy().into_owned();
        let literal = key.pragma_literal();
        // The KEY value is SQLCipher's raw-key form `x'…'`, without the quotes
        // `pragma_literal` adds for PRAGMA.
        let raw = zeroize::Zeroizing::new(literal.trim_matches('"').to_owned());
        conn.execute(
            "ATTACH DATABASE ?1 AS encrypted KEY ?2",
            rusqlite::params![tmp_name, raw.as_str()],
        )?;
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.execute_batch(&format!("PRAGMA encrypted.user_version = {version};"))?;
        conn.execute_batch("DETACH DATABASE encrypted;")?;
        conn.close().map_err(|(_, e)| e)?;
    }
    std::fs::File::open(&tmp)?.sync_all()?;
    for stale in [sibling(path, "-wal"), sibling(path, "-shm")] {
        if stale.exists() {
            std::fs::remove_file(&stale)?;
        }
    }
    std::fs::rename(&tmp, path)?;
    fsutil::sync_parent(path)?;
    Ok(true)
}
