//! `mosaic-relay migrate --from FILE --to URL`: copies an SQLite relay database into an
//! empty PostgreSQL one, in one PostgreSQL transaction (all or nothing), and checks the
//! counts afterwards. Ids, keys, token hashes, sequence numbers and ciphertext are copied
//! as they are, so devices keep syncing against the new backend with no re-share.
//!
//! A reader thread walks the SQLite tables and hands rows over a bounded channel, so a large
//! database is streamed, not loaded.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::postgres::PgStore;
use super::{Result, StoreError};

/// What was copied.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// Documents.
    pub docs: u64,
    /// Log entries.
    pub entries: u64,
    /// Snapshots.
    pub snapshots: u64,
    /// Blobs.
    pub blobs: u64,
    /// Write keys and read token hashes.
    pub keys_and_tokens: u64,
    /// Bytes charged to all documents.
    pub bytes: u64,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "migrated {} documents, {} log entries, {} snapshots, {} blobs, {} keys and tokens ({} bytes)",
            self.docs, self.entries, self.snapshots, self.blobs, self.keys_and_tokens, self.bytes
        )
    }
}

/// One row on its way from SQLite to PostgreSQL.
enum Item {
    Doc {
        id: Vec<u8>,
        created_at: i64,
        head_seq: i64,
        used_bytes: i64,
        owner_key: Option<Vec<u8>>,
        client: Option<Vec<u8>>,
    },
    WriteKey(Vec<u8>, Vec<u8>, Option<Vec<u8>>),
    ReadToken(Vec<u8>, Vec<u8>, Option<Vec<u8>>),
    Entry(Vec<u8>, i64, Vec<u8>),
    Snapshot(Vec<u8>, i64, Vec<u8>),
    Blob(Vec<u8>, Vec<u8>, i64),
    BlobChunk(Vec<u8>, Vec<u8>, i64, Vec<u8>),
    Nonce(Vec<u8>, Vec<u8>, i64),
    Client(Vec<u8>, i64, i64),
    Total(i64),
}

/// Copies `from` (an SQLite relay database, brought to the current schema first) into the
/// PostgreSQL database at `to`, which must hold no document yet.
pub async fn sqlite_to_postgres(from: &Path, to: &str) -> Result<Report> {
    if !from.is_file() {
        return Err(StoreError::Database(format!(
            "{} is not an SQLite relay database (no such file)",
            from.display()
        )));
    }
    // Opening it once runs its own migrations, so every column read below exists.
    let path = from.to_path_buf();
    tokio::task::spawn_blocking(move || super::sqlite::SqliteStore::open(&path, true).map(drop))
        .await
        .map_err(|e| StoreError::Thread(e.to_string()))??;
    let pg = PgStore::open(to).await?;
    if pg.totals().await?.docs > 0 {
        return Err(StoreError::Database(
            "the PostgreSQL database already holds documents; migrate into an empty one".into(),
        ));
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Item>(64);
    let path = from.to_path_buf();
    let reader = tokio::task::spawn_blocking(move || read_all(&path, &tx));

    let mut conn = pg.pool().get().await?;
    let t = conn.transaction().await?;
    let mut report = Report::default();
    while let Some(item) = rx.recv().await {
        match item {
            Item::Doc {
                id,
                created_at,
                head_seq,
                used_bytes,
                owner_key,
                client,
            } => {
                t.execute(
                    "INSERT INTO docs (id, created_at, head_seq, used_bytes, owner_key, client)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                    &[
                        &id,
                        &created_at,
                        &head_seq,
                        &used_bytes,
                        &owner_key,
                        &client,
                    ],
                )
                .await?;
                report.docs += 1;
                report.bytes += used_bytes.max(0) as u64;
            }
            Item::WriteKey(d, k, by) => {
                t.execute(
                    "INSERT INTO write_keys (doc_id, key, added_by) VALUES ($1, $2, $3)",
                    &[&d, &k, &by],
                )
                .await?;
                report.keys_and_tokens += 1;
            }
            Item::ReadToken(d, h, by) => {
                t.execute(
                    "INSERT INTO read_tokens (doc_id, token_hash, added_by) VALUES ($1, $2, $3)",
                    &[&d, &h, &by],
                )
                .await?;
                report.keys_and_tokens += 1;
            }
            Item::Entry(d, seq, data) => {
                t.execute(
                    "INSERT INTO entries (doc_id, seq, data) VALUES ($1, $2, $3)",
                    &[&d, &seq, &data],
                )
                .await?;
                report.entries += 1;
            }
            Item::Snapshot(d, covers, data) => {
                t.execute(
                    "INSERT INTO snapshots (doc_id, covers_seq, data) VALUES ($1, $2, $3)",
                    &[&d, &covers, &data],
                )
                .await?;
                report.snapshots += 1;
            }
            Item::Blob(d, h, size) => {
                t.execute(
                    "INSERT INTO blobs (doc_id, hash, size) VALUES ($1, $2, $3)",
                    &[&d, &h, &size],
                )
                .await?;
                report.blobs += 1;
            }
            Item::BlobChunk(d, h, idx, data) => {
                t.execute(
                    "INSERT INTO blob_chunks (doc_id, hash, idx, data) VALUES ($1, $2, $3, $4)",
                    &[&d, &h, &(idx as i32), &data],
                )
                .await?;
            }
            Item::Nonce(d, n, ts) => {
                t.execute(
                    "INSERT INTO nonces (doc_id, nonce, ts) VALUES ($1, $2, $3)",
                    &[&d, &n, &ts],
                )
                .await?;
            }
            Item::Client(bucket, docs, bytes) => {
                t.execute(
                    "INSERT INTO client_usage (bucket, shard, docs, bytes) VALUES ($1, 0, $2, $3)",
                    &[&bucket, &docs, &bytes],
                )
                .await?;
            }
            Item::Total(bytes) => {
                t.execute(
                    "UPDATE total_usage SET bytes = CASE WHEN shard = 0 THEN $1::BIGINT ELSE 0 END",
                    &[&bytes],
                )
                .await?;
            }
        }
    }
    // The reader's own error (a corrupt file) cancels the copy before anything commits.
    reader
        .await
        .map_err(|e| StoreError::Thread(e.to_string()))??;
    t.commit().await?;
    let totals = pg.totals().await?;
    if totals.docs != report.docs {
        return Err(StoreError::Database(format!(
            "after the copy PostgreSQL holds {} documents, the SQLite file {}",
            totals.docs, report.docs
        )));
    }
    Ok(report)
}

fn read_all(path: &Path, out: &tokio::sync::mpsc::Sender<Item>) -> Result<()> {
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let send = |item: Item| {
        out.blocking_send(item)
            .map_err(|_| StoreError::Thread("the PostgreSQL side stopped".into()))
    };
    // Parents before children (foreign keys), each table in key order.
    let mut st = c.prepare(
        "SELECT id, created_at, head_seq, used_bytes, owner_key, client FROM docs ORDER BY id",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Doc {
            id: r.get(0)?,
            created_at: r.get(1)?,
            head_seq: r.get(2)?,
            used_bytes: r.get(3)?,
            owner_key: r.get(4)?,
            client: r.get(5)?,
        })?;
    }
    let mut st = c.prepare("SELECT doc_id, key, added_by FROM write_keys ORDER BY doc_id, key")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::WriteKey(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let mut st = c.prepare(
        "SELECT doc_id, token_hash, added_by FROM read_tokens ORDER BY doc_id, token_hash",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::ReadToken(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let mut st = c.prepare("SELECT doc_id, seq, data FROM entries ORDER BY doc_id, seq")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Entry(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let mut st = c.prepare("SELECT doc_id, covers_seq, data FROM snapshots ORDER BY doc_id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Snapshot(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let mut st = c.prepare("SELECT doc_id, hash, size FROM blobs ORDER BY doc_id, hash")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Blob(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    // Both backends keep the same chunks, so they move one chunk at a time.
    let mut st = c.prepare("SELECT doc_id, hash, idx, data FROM blob_chunks")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::BlobChunk(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))?;
    }
    let mut st = c.prepare("SELECT doc_id, nonce, ts FROM nonces")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Nonce(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let mut st = c.prepare("SELECT bucket, docs, bytes FROM clients")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        send(Item::Client(r.get(0)?, r.get(1)?, r.get(2)?))?;
    }
    let total: i64 = c.query_row("SELECT bytes FROM totals WHERE id = 0", [], |r| r.get(0))?;
    send(Item::Total(total))?;
    Ok(())
}
