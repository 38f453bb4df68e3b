//! The embedded SQLite backend: one writer connection on its own thread applying queued
//! writes in batches (group commit), and a small pool of reader connections (WAL lets them
//! read while the writer writes), used from `spawn_blocking`.
//!
//! Blobs are kept in [`BLOB_CHUNK`]-byte rows, like on PostgreSQL. An upload cannot hold a
//! transaction open while its body arrives (the one writer serves everyone), so each chunk
//! is committed to `blob_staging` under an upload id as it comes in, and one last write
//! checks key, nonce and quotas and moves the chunks to `blob_chunks`. Staged rows of an
//! upload that fails or is abandoned are deleted by [`StagedUpload`]'s drop; those of a
//! process that died are deleted at the next start (one process owns the file).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use tokio::sync::broadcast;

use super::{
    Authority, BLOB_CHUNK, BlobChunks, BlobReader, Created, MAX_KEYS_PER_DOC, Quotas, Result,
    SharedEvent, SnapshotOutcome, Storage, StoreError,
};
use crate::auth::SignedWrite;
use crate::wire::{
    AccessChange, AccessList, AccessSummary, BlobHash, DocId, PULL_HEADER_LEN, PULL_ITEM_OVERHEAD,
    PullItem, PullResponse, ReadTokenEntry, TokenHash, WriteKey, WriteKeyEntry,
};

const MAX_IDLE_READERS: usize = 8;

/// A write job: runs inside the batch transaction (in its own savepoint) and returns the
/// completion to call once the batch's commit outcome is known.
type Job = Box<dyn FnOnce(&mut rusqlite::Transaction<'_>) -> Completion + Send>;
type Completion = Box<dyn FnOnce(std::result::Result<(), String>) + Send>;

/// Most writes committed together in one transaction (group commit).
const MAX_BATCH: usize = 512;

/// The relay's database.
///
/// Writes go to one writer thread that applies every queued write in a single transaction
/// (each in its own savepoint, so one failing write does not affect the others) and then
/// commits once: with `synchronous=FULL` that is one fsync for many concurrent appends, and
/// no write is acknowledged before its commit.
pub struct SqliteStore {
    jobs: Option<std::sync::mpsc::Sender<Job>>,
    next_upload: AtomicI64,
    writer: Option<std::thread::JoinHandle<()>>,
    readers: Arc<Readers>,
}

/// Idle reader connections, reused across requests.
struct Readers {
    path: PathBuf,
    durable: bool,
    idle: Mutex<Vec<Connection>>,
}

impl Readers {
    fn with<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let pooled = self.idle.lock().map_err(|_| StoreError::Poisoned)?.pop();
        let conn = match pooled {
            Some(c) => c,
            None => open_conn(&self.path, self.durable)?,
        };
        let out = f(&conn);
        if let Ok(mut pool) = self.idle.lock()
            && pool.len() < MAX_IDLE_READERS
        {
            pool.push(conn);
        }
        out
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        // Closing the queue ends the writer thread after it finished its last batch.
        self.jobs.take();
        if let Some(t) = self.writer.take() {
            let _ = t.join();
        }
    }
}

fn writer_loop(mut conn: Connection, rx: std::sync::mpsc::Receiver<Job>) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match rx.try_recv() {
                Ok(j) => batch.push(j),
                Err(_) => break,
            }
        }
        let mut tx = match conn.transaction_with_behavior(TransactionBehavior::Immediate) {
            Ok(tx) => tx,
            Err(e) => {
                // Run nothing; tell every caller.
                let msg = e.to_string();
                for job in batch {
                    drop(job);
                }
                tracing::error!(error = %msg, "cannot begin write transaction");
                continue;
            }
        };
        let completions: Vec<Completion> = batch
            .into_iter()
            .map(|job| {
                // A bug in one job must not take the writer thread (and every later write)
                // down: its caller gets an error, the others go on.
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut tx)))
                    .unwrap_or_else(|_| {
                        tracing::error!("write job panicked");
                        Box::new(|_| ())
                    })
            })
            .collect();
        let outcome = tx.commit().map_err(|e| e.to_string());
        if let Err(e) = &outcome {
            tracing::error!(error = %e, "write batch commit failed");
        }
        for c in completions {
            c(outcome.clone());
        }
    }
}

const MIGRATIONS: &[&str] = &[
    // v1
    "CREATE TABLE docs (
        id BLOB PRIMARY KEY,
        created_at INTEGER NOT NULL,
        head_seq INTEGER NOT NULL DEFAULT 0,
        used_bytes INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE write_keys (
        doc_id BLOB NOT NULL REFERENCES docs(id),
        key BLOB NOT NULL,
        PRIMARY KEY (doc_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE read_tokens (
        doc_id BLOB NOT NULL REFERENCES docs(id),
        token_hash BLOB NOT NULL,
        PRIMARY KEY (doc_id, token_hash)
    ) WITHOUT ROWID;
    CREATE TABLE entries (
        doc_id BLOB NOT NULL,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, seq)
    );
    CREATE TABLE snapshots (
        doc_id BLOB PRIMARY KEY,
        covers_seq INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE blobs (
        doc_id BLOB NOT NULL,
        hash BLOB NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, hash)
    );
    CREATE TABLE nonces (
        doc_id BLOB NOT NULL,
        nonce BLOB NOT NULL,
        ts INTEGER NOT NULL,
        PRIMARY KEY (doc_id, nonce)
    ) WITHOUT ROWID;
    CREATE INDEX nonces_by_ts ON nonces (doc_id, ts);",
    // v2: owner key, who added each key and token, storage accounting per client and total.
    "ALTER TABLE docs ADD COLUMN owner_key BLOB;
    ALTER TABLE docs ADD COLUMN client BLOB;
    ALTER TABLE write_keys ADD COLUMN added_by BLOB;
    ALTER TABLE read_tokens ADD COLUMN added_by BLOB;
    UPDATE docs SET owner_key =
        (SELECT key FROM write_keys w WHERE w.doc_id = docs.id ORDER BY key LIMIT 1);
    CREATE TABLE clients (
        bucket BLOB PRIMARY KEY,
        docs INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TABLE totals (id INTEGER PRIMARY KEY CHECK (id = 0), bytes INTEGER NOT NULL);
    INSERT INTO totals (id, bytes) SELECT 0, COALESCE(SUM(used_bytes), 0) FROM docs;",
    // v3: blobs in chunks, uploads staged as they arrive (see the module notes). Blobs
    // stored whole before are cut into chunks here (an empty one has none, as when
    // uploaded now); their `data` column is left empty.
    "CREATE TABLE blob_chunks (
        doc_id BLOB NOT NULL,
        hash BLOB NOT NULL,
        idx INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (doc_id, hash, idx)
    );
    WITH RECURSIVE parts(doc_id, hash, idx) AS (
        SELECT doc_id, hash, 0 FROM blobs WHERE length(data) > 0
        UNION ALL
        SELECT p.doc_id, p.hash, p.idx + 1 FROM parts p
          JOIN blobs b ON b.doc_id = p.doc_id AND b.hash = p.hash
         WHERE (p.idx + 1) * 262144 < length(b.data)
    )
    INSERT INTO blob_chunks (doc_id, hash, idx, data)
        SELECT p.doc_id, p.hash, p.idx, substr(b.data, p.idx * 262144 + 1, 262144)
          FROM parts p JOIN blobs b ON b.doc_id = p.doc_id AND b.hash = p.hash;
    ALTER TABLE blobs ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
    UPDATE blobs SET size = length(data), data = x'';
    CREATE TABLE blob_staging (
        upload_id INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (upload_id, idx)
    );",
];

// Migration v3 cuts old blobs at this size, written out in its SQL.
const _: () = assert!(BLOB_CHUNK == 262_144);

fn open_conn(path: &Path, durable: bool) -> Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", if durable { "FULL" } else { "NORMAL" })?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

impl SqliteStore {
    /// Opens (creating if needed) and migrates the database at `path`, and starts the writer
    /// thread.
    pub fn open(path: &Path, durable: bool) -> Result<Self> {
        let mut conn = open_conn(path, durable)?;
        migrate(&mut conn)?;
        // Chunks staged by uploads a stopped process never finished.
        conn.execute("DELETE FROM blob_staging", [])?;
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let writer = std::thread::Builder::new()
            .name("relay-sqlite-writer".into())
            .spawn(move || writer_loop(conn, rx))
            .map_err(|e| StoreError::Thread(e.to_string()))?;
        Ok(SqliteStore {
            jobs: Some(tx),
            next_upload: AtomicI64::new(0),
            writer: Some(writer),
            readers: Arc::new(Readers {
                path: path.to_path_buf(),
                durable,
                idle: Mutex::new(Vec::new()),
            }),
        })
    }

    /// Runs `f` on a reader connection on the blocking pool.
    async fn read<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || readers.with(f))
            .await
            .map_err(|e| StoreError::Thread(e.to_string()))?
    }

    /// Queues `f` for the writer thread and waits (asynchronously) until its batch committed.
    async fn with_writer<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (reply, answer) = tokio::sync::oneshot::channel::<Result<T>>();
        let job: Job = Box::new(move |tx| {
            let out = match tx.savepoint() {
                Ok(sp) => match f(&sp) {
                    Ok(v) => sp.commit().map(|()| v).map_err(StoreError::from),
                    Err(e) => Err(e), // dropping the savepoint rolls it back
                },
                Err(e) => Err(e.into()),
            };
            Box::new(move |commit| {
                let result = match (out, commit) {
                    (Ok(v), Ok(())) => Ok(v),
                    (Ok(_), Err(e)) => Err(StoreError::Thread(format!("commit failed: {e}"))),
                    (Err(e), _) => Err(e),
                };
                let _ = reply.send(result);
            })
        });
        let jobs = self.jobs.as_ref().ok_or(StoreError::Poisoned)?;
        jobs.send(job).map_err(|_| StoreError::Poisoned)?;
        answer.await.map_err(|_| StoreError::Poisoned)?
    }
}

impl Storage for SqliteStore {
    fn create_doc<'a>(
        &'a self,
        doc: DocId,
        write_key: WriteKey,
        read_hash: TokenHash,
        auth: Authority,
        client: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'a, Result<Created>> {
        Box::pin(self.with_writer(move |tx| {
            let Authority { sig, now, skew } = auth;
            let (doc, write_key, read_hash, sig) = (&doc, &write_key, &read_hash, &sig);
            let exists: Option<i64> = tx
                .query_row("SELECT 1 FROM docs WHERE id = ?1", [&doc.0[..]], |r| {
                    r.get(0)
                })
                .optional()?;
            if exists.is_some() {
                if key_registered(tx, doc, write_key)? {
                    use_nonce(tx, doc, sig, now, skew)?;
                    return Ok(Created::Existing);
                }
                return Err(StoreError::Exists);
            }
            check_new_doc(tx, &client, &quotas)?;
            tx.execute(
                "INSERT INTO docs (id, created_at, owner_key, client) VALUES (?1, ?2, ?3, ?4)",
                params![&doc.0[..], now as i64, &write_key.0[..], &client],
            )?;
            tx.execute(
                "INSERT INTO clients (bucket, docs) VALUES (?1, 1)
                 ON CONFLICT (bucket) DO UPDATE SET docs = docs + 1",
                [&client],
            )?;
            tx.execute(
                "INSERT INTO write_keys (doc_id, key) VALUES (?1, ?2)",
                params![&doc.0[..], &write_key.0[..]],
            )?;
            tx.execute(
                "INSERT INTO read_tokens (doc_id, token_hash) VALUES (?1, ?2)",
                params![&doc.0[..], &read_hash.0[..]],
            )?;
            use_nonce(tx, doc, sig, now, skew)?;
            Ok(Created::New)
        }))
    }

    fn can_read(&self, doc: DocId, token_hash: TokenHash) -> BoxFuture<'_, Result<bool>> {
        Box::pin(self.read(move |c| {
            Ok(c.query_row(
                "SELECT 1 FROM read_tokens WHERE doc_id = ?1 AND token_hash = ?2",
                params![&doc.0[..], &token_hash.0[..]],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
        }))
    }

    fn head(&self, doc: DocId) -> BoxFuture<'_, Result<u64>> {
        Box::pin(self.read(move |c| head(c, &doc)))
    }

    fn update_access(
        &self,
        doc: DocId,
        auth: Authority,
        change: AccessChange,
    ) -> BoxFuture<'_, Result<AccessSummary>> {
        Box::pin(self.with_writer(move |tx| {
            authorize_owner(tx, &doc, &auth.sig, auth.now, auth.skew)?;
            apply_access(tx, &doc, &auth.sig.key, &change)
        }))
    }

    fn list_access(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<AccessList>> {
        Box::pin(self.with_writer(move |tx| {
            let Authority { sig, now, skew } = auth;
            authorize_owner(tx, &doc, &sig, now, skew)?;
            let d = &doc.0[..];
            let key = |b: Option<Vec<u8>>| b.and_then(|b| <[u8; 32]>::try_from(b).ok());
            let mut write_keys = Vec::new();
            let mut stmt =
                tx.prepare("SELECT key, added_by FROM write_keys WHERE doc_id = ?1 ORDER BY key")?;
            let mut rows = stmt.query([d])?;
            while let Some(r) = rows.next()? {
                if let Some(k) = key(r.get(0)?) {
                    write_keys.push(WriteKeyEntry {
                        key: WriteKey(k),
                        added_by: key(r.get(1)?).map(WriteKey),
                    });
                }
            }
            let mut read_tokens = Vec::new();
            let mut stmt = tx.prepare(
                "SELECT token_hash, added_by FROM read_tokens WHERE doc_id = ?1 ORDER BY token_hash",
            )?;
            let mut rows = stmt.query([d])?;
            while let Some(r) = rows.next()? {
                if let Some(h) = key(r.get(0)?) {
                    read_tokens.push(ReadTokenEntry {
                        hash: TokenHash(h),
                        added_by: key(r.get(1)?).map(WriteKey),
                    });
                }
            }
            Ok(AccessList {
                owner: sig.key,
                write_keys,
                read_tokens,
            })
        }))
    }

    /// Afterwards every request about the document is answered like one about a document
    /// that never existed. The used nonces stay until they expire, so a replay of the
    /// original registration inside the clock-skew window is refused.
    fn delete_doc(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<()>> {
        Box::pin(self.with_writer(move |tx| {
            let Authority { sig, now, skew } = auth;
            let (doc, sig) = (&doc, &sig);
            // Only the owner key forgets a document, as only it changes access.
            authorize_owner(tx, doc, sig, now, skew)?;
            let d = &doc.0[..];
            // What the document held no longer counts against its client or the relay.
            let used: i64 =
                tx.query_row("SELECT used_bytes FROM docs WHERE id = ?1", [d], |r| {
                    r.get(0)
                })?;
            charge(tx, doc, -used, &Quotas::UNLIMITED)?;
            let tables = [
                "entries",
                "snapshots",
                "blob_chunks",
                "blobs",
                "read_tokens",
                "write_keys",
            ];
            for table in tables {
                tx.execute(&format!("DELETE FROM {table} WHERE doc_id = ?1"), [d])?;
            }
            tx.execute("DELETE FROM docs WHERE id = ?1", [d])?;
            Ok(())
        }))
    }

    fn append(
        &self,
        doc: DocId,
        auth: Authority,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<u64>> {
        Box::pin(self.with_writer(move |tx| {
            let Authority { sig, now, skew } = auth;
            let (doc, sig, data) = (&doc, &sig, &data[..]);
            authorize(tx, doc, sig, now, skew)?;
            charge(tx, doc, data.len() as i64, &quotas)?;
            let head: i64 = tx.query_row(
                "SELECT head_seq FROM docs WHERE id = ?1",
                [&doc.0[..]],
                |r| r.get(0),
            )?;
            let seq = head + 1;
            tx.execute(
                "INSERT INTO entries (doc_id, seq, data) VALUES (?1, ?2, ?3)",
                params![&doc.0[..], seq, data],
            )?;
            tx.execute(
                "UPDATE docs SET head_seq = ?2 WHERE id = ?1",
                params![&doc.0[..], seq],
            )?;
            Ok(seq as u64)
        }))
    }

    fn put_snapshot(
        &self,
        doc: DocId,
        auth: Authority,
        covers_seq: u64,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<SnapshotOutcome>> {
        Box::pin(self.with_writer(move |tx| {
            let Authority { sig, now, skew } = auth;
            let (doc, sig, data) = (&doc, &sig, &data[..]);
            authorize(tx, doc, sig, now, skew)?;
            let d = &doc.0[..];
            let head: i64 =
                tx.query_row("SELECT head_seq FROM docs WHERE id = ?1", [d], |r| r.get(0))?;
            if covers_seq > head as u64 {
                return Err(StoreError::BadSnapshot(format!(
                    "covers_seq {covers_seq} is beyond the log head {head}"
                )));
            }
            let old: Option<(i64, i64)> = tx
                .query_row(
                    "SELECT covers_seq, length(data) FROM snapshots WHERE doc_id = ?1",
                    [d],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((old_covers, _)) = old
                && (covers_seq as i64) < old_covers
            {
                return Err(StoreError::BadSnapshot(format!(
                    "covers_seq {covers_seq} is older than the stored snapshot ({old_covers})"
                )));
            }
            let (dropped, dropped_bytes): (i64, i64) = tx.query_row(
                "SELECT COUNT(*), COALESCE(SUM(length(data)), 0) FROM entries
                 WHERE doc_id = ?1 AND seq <= ?2",
                params![d, covers_seq as i64],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let old_bytes = old.map_or(0, |(_, b)| b);
            charge(
                tx,
                doc,
                data.len() as i64 - dropped_bytes - old_bytes,
                &quotas,
            )?;
            tx.execute(
                "DELETE FROM entries WHERE doc_id = ?1 AND seq <= ?2",
                params![d, covers_seq as i64],
            )?;
            tx.execute(
                "INSERT INTO snapshots (doc_id, covers_seq, data) VALUES (?1, ?2, ?3)
                 ON CONFLICT (doc_id) DO UPDATE SET covers_seq = ?2, data = ?3",
                params![d, covers_seq as i64, data],
            )?;
            Ok(SnapshotOutcome {
                dropped: dropped as u64,
            })
        }))
    }

    fn put_blob(
        &self,
        doc: DocId,
        auth: Authority,
        hash: BlobHash,
        mut body: BlobChunks,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<Option<u64>>> {
        Box::pin(async move {
            let jobs = self.jobs.clone().ok_or(StoreError::Poisoned)?;
            let mut staged = StagedUpload {
                id: self.next_upload.fetch_add(1, Ordering::Relaxed),
                jobs,
                committed: false,
            };
            let upload = staged.id;
            let (mut idx, mut size) = (0i64, 0u64);
            // Each chunk is its own write, committed as it arrives: the writer is never held
            // waiting for a slow client.
            while let Some(item) = body.next().await {
                let chunk = item.map_err(StoreError::Body)?;
                size += chunk.len() as u64;
                self.with_writer(move |tx| {
                    tx.execute(
                        "INSERT INTO blob_staging (upload_id, idx, data) VALUES (?1, ?2, ?3)",
                        params![upload, idx, chunk],
                    )?;
                    Ok(())
                })
                .await?;
                idx += 1;
            }
            let created = self
                .with_writer(move |tx| {
                    commit_staged_blob(tx, &doc, &auth, &hash, upload, size, &quotas)
                })
                .await?;
            staged.committed = true;
            Ok(created)
        })
    }

    fn get_blob(
        &self,
        doc: DocId,
        token_hash: TokenHash,
        hash: BlobHash,
    ) -> BoxFuture<'_, Result<Option<BlobReader>>> {
        let readers = self.readers.clone();
        Box::pin(async move {
            let found: Option<(i64, i64)> = self
                .read(move |c| {
                    Ok(c.query_row(
                        "SELECT b.size, (SELECT COUNT(*) FROM blob_chunks c
                            WHERE c.doc_id = b.doc_id AND c.hash = b.hash)
                         FROM blobs b JOIN read_tokens t
                           ON t.doc_id = b.doc_id AND t.token_hash = ?2
                         WHERE b.doc_id = ?1 AND b.hash = ?3",
                        params![&doc.0[..], &token_hash.0[..], &hash.0[..]],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?)
                })
                .await?;
            let Some((len, chunks)) = found else {
                return Ok(None);
            };
            // One chunk per query: the blob is never whole in memory.
            let stream = futures_util::stream::unfold(0i64, move |idx| {
                let readers = readers.clone();
                async move {
                    if idx >= chunks {
                        return None;
                    }
                    let chunk = tokio::task::spawn_blocking(move || {
                        readers.with(|c| {
                            Ok(c.query_row(
                                "SELECT data FROM blob_chunks
                                 WHERE doc_id = ?1 AND hash = ?2 AND idx = ?3",
                                params![&doc.0[..], &hash.0[..], idx],
                                |r| r.get::<_, Vec<u8>>(0),
                            )?)
                        })
                    })
                    .await
                    .map_err(|e| StoreError::Thread(e.to_string()))
                    .and_then(|r| r);
                    Some((chunk, idx + 1))
                }
            });
            Ok(Some(BlobReader {
                len: len.max(0) as u64,
                chunks: Box::pin(stream),
            }))
        })
    }

    fn pull(
        &self,
        doc: DocId,
        token_hash: TokenHash,
        since: u64,
        max_bytes: usize,
    ) -> BoxFuture<'_, Result<Option<PullResponse>>> {
        Box::pin(self.read(move |c| {
            let (doc, token_hash) = (&doc, &token_hash);
            let tx = c.unchecked_transaction()?;
            let allowed = tx
                .query_row(
                    "SELECT 1 FROM read_tokens WHERE doc_id = ?1 AND token_hash = ?2",
                    params![&doc.0[..], &token_hash.0[..]],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if !allowed {
                return Ok(None);
            }
            let d = &doc.0[..];
            let head_seq = head(&tx, doc)?;
            let mut resp = PullResponse {
                head_seq,
                more: false,
                items: Vec::new(),
            };
            let mut size = PULL_HEADER_LEN;
            let mut from = since;
            let snap: Option<(i64, Vec<u8>)> = tx
                .query_row(
                    "SELECT covers_seq, data FROM snapshots WHERE doc_id = ?1",
                    [d],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            if let Some((covers, data)) = snap {
                let covers = covers as u64;
                if since == 0 || since < covers {
                    size += PULL_ITEM_OVERHEAD + data.len();
                    resp.items.push(PullItem::Snapshot {
                        covers_seq: covers,
                        data,
                    });
                    from = covers;
                }
            }
            let mut stmt = tx.prepare_cached(
                "SELECT seq, data FROM entries WHERE doc_id = ?1 AND seq > ?2 ORDER BY seq",
            )?;
            let mut rows = stmt.query(params![d, from.min(i64::MAX as u64) as i64])?;
            while let Some(row) = rows.next()? {
                let data: Vec<u8> = row.get(1)?;
                if !resp.items.is_empty() && size + PULL_ITEM_OVERHEAD + data.len() > max_bytes {
                    resp.more = true;
                    break;
                }
                size += PULL_ITEM_OVERHEAD + data.len();
                resp.items.push(PullItem::Entry {
                    seq: row.get::<_, i64>(0)? as u64,
                    data,
                });
            }
            Ok(Some(resp))
        }))
    }

    fn ready(&self) -> BoxFuture<'_, Result<()>> {
        Box::pin(self.read(|c| {
            c.query_row("SELECT 1", [], |_| Ok(()))?;
            Ok(())
        }))
    }

    fn shared_events(&self) -> Option<broadcast::Receiver<SharedEvent>> {
        None
    }

    fn kind(&self) -> &'static str {
        "sqlite"
    }
}

/// The chunks one upload staged. Dropped before its blob was committed (the body was
/// refused, a rule failed, the client went away and the request's future was dropped), it
/// queues their deletion; the writer runs jobs in order, so after any chunk still queued.
struct StagedUpload {
    id: i64,
    jobs: std::sync::mpsc::Sender<Job>,
    committed: bool,
}

impl Drop for StagedUpload {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let id = self.id;
        let job: Job = Box::new(move |tx| {
            if let Err(e) = tx.execute("DELETE FROM blob_staging WHERE upload_id = ?1", [id]) {
                tracing::error!(error = %e, "cannot delete an abandoned upload's chunks");
            }
            Box::new(|_| ())
        });
        // The writer is gone only when the store is: the next start clears the table.
        let _ = self.jobs.send(job);
    }
}

/// The write rules (key, nonce, quotas), then the staged chunks become the blob's.
fn commit_staged_blob(
    tx: &Connection,
    doc: &DocId,
    auth: &Authority,
    hash: &BlobHash,
    upload: i64,
    size: u64,
    quotas: &Quotas,
) -> Result<Option<u64>> {
    authorize(tx, doc, &auth.sig, auth.now, auth.skew)?;
    let (d, h) = (&doc.0[..], &hash.0[..]);
    let exists = tx
        .query_row(
            "SELECT 1 FROM blobs WHERE doc_id = ?1 AND hash = ?2",
            params![d, h],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    let created = if exists {
        None
    } else {
        let len = size.min(i64::MAX as u64) as i64;
        charge(tx, doc, len, quotas)?;
        tx.execute(
            "INSERT INTO blobs (doc_id, hash, data, size) VALUES (?1, ?2, x'', ?3)",
            params![d, h, len],
        )?;
        tx.execute(
            "INSERT INTO blob_chunks (doc_id, hash, idx, data)
             SELECT ?1, ?2, idx, data FROM blob_staging WHERE upload_id = ?3",
            params![d, h, upload],
        )?;
        Some(size)
    };
    tx.execute("DELETE FROM blob_staging WHERE upload_id = ?1", [upload])?;
    Ok(created)
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

fn head(c: &Connection, doc: &DocId) -> Result<u64> {
    Ok(c.query_row(
        "SELECT head_seq FROM docs WHERE id = ?1",
        [&doc.0[..]],
        |r| r.get::<_, i64>(0),
    )
    .optional()?
    .unwrap_or(0) as u64)
}

fn key_registered(c: &Connection, doc: &DocId, key: &WriteKey) -> Result<bool> {
    Ok(c.query_row(
        "SELECT 1 FROM write_keys WHERE doc_id = ?1 AND key = ?2",
        params![&doc.0[..], &key.0[..]],
        |_| Ok(()),
    )
    .optional()?
    .is_some())
}

/// Signature already verified: check the key is `doc`'s owner key, then burn the nonce.
/// Unregistered keys get [`StoreError::NotFound`] (like an unknown document); registered
/// delegated keys get [`StoreError::NotOwner`].
fn authorize_owner(
    c: &Connection,
    doc: &DocId,
    sig: &SignedWrite,
    now: u64,
    skew: u64,
) -> Result<()> {
    if !key_registered(c, doc, &sig.key)? {
        return Err(StoreError::NotFound);
    }
    let owner: Option<Vec<u8>> = c.query_row(
        "SELECT owner_key FROM docs WHERE id = ?1",
        [&doc.0[..]],
        |r| r.get(0),
    )?;
    if owner.as_deref() != Some(&sig.key.0[..]) {
        return Err(StoreError::NotOwner);
    }
    use_nonce(c, doc, sig, now, skew)
}

/// The access rules, applied by the owner key `owner` (already authorized):
///
/// - additions first: delegated write keys and read tokens, each recorded with `owner` as
///   the key that added it;
/// - removals: a removed write key takes every key and token it added with it; the owner key
///   itself can only be replaced through `handover_to`;
/// - hand-over: the new key becomes the owner; every other write key ends, and only the read
///   tokens listed in `keep_read_token_hashes` (or added in this change) stay. The old key
///   may have been copied by a thief: nothing it could have minted survives.
fn apply_access(
    tx: &Connection,
    doc: &DocId,
    owner: &WriteKey,
    change: &AccessChange,
) -> Result<AccessSummary> {
    let d = &doc.0[..];
    if change.remove_write_keys.contains(owner) {
        return Err(StoreError::BadAccess(
            "the owner key cannot be removed; hand it over to a new key instead".into(),
        ));
    }
    for k in change.add_write_keys.iter().filter(|k| *k != owner) {
        tx.execute(
            "INSERT OR IGNORE INTO write_keys (doc_id, key, added_by) VALUES (?1, ?2, ?3)",
            params![d, &k.0[..], &owner.0[..]],
        )?;
    }
    for h in &change.add_read_token_hashes {
        tx.execute(
            "INSERT OR IGNORE INTO read_tokens (doc_id, token_hash, added_by) VALUES (?1, ?2, ?3)",
            params![d, &h.0[..], &owner.0[..]],
        )?;
    }
    for k in &change.remove_write_keys {
        remove_write_key(tx, doc, k)?;
    }
    for h in &change.remove_read_token_hashes {
        tx.execute(
            "DELETE FROM read_tokens WHERE doc_id = ?1 AND token_hash = ?2",
            params![d, &h.0[..]],
        )?;
    }
    if let Some(new) = change.handover_to.filter(|n| n != owner) {
        let keep: Vec<&TokenHash> = change
            .keep_read_token_hashes
            .iter()
            .chain(&change.add_read_token_hashes)
            .filter(|h| !change.remove_read_token_hashes.contains(*h))
            .collect();
        tx.execute("DELETE FROM write_keys WHERE doc_id = ?1", [d])?;
        tx.execute(
            "INSERT INTO write_keys (doc_id, key, added_by) VALUES (?1, ?2, NULL)",
            params![d, &new.0[..]],
        )?;
        tx.execute(
            "UPDATE docs SET owner_key = ?2 WHERE id = ?1",
            params![d, &new.0[..]],
        )?;
        let existing: Vec<Vec<u8>> = tx
            .prepare("SELECT token_hash FROM read_tokens WHERE doc_id = ?1")?
            .query_map([d], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for h in existing {
            if !keep.iter().any(|k| k.0[..] == h[..]) {
                tx.execute(
                    "DELETE FROM read_tokens WHERE doc_id = ?1 AND token_hash = ?2",
                    params![d, h],
                )?;
            }
        }
        // The tokens that stay now hang off the new owner.
        tx.execute(
            "UPDATE read_tokens SET added_by = ?2 WHERE doc_id = ?1",
            params![d, &new.0[..]],
        )?;
    }
    let count = |table: &str| -> Result<u32> {
        Ok(tx.query_row(
            &format!("SELECT COUNT(*) FROM {table} WHERE doc_id = ?1"),
            [d],
            |r| r.get(0),
        )?)
    };
    let summary = AccessSummary {
        write_keys: count("write_keys")?,
        read_tokens: count("read_tokens")?,
    };
    if summary.write_keys > MAX_KEYS_PER_DOC || summary.read_tokens > MAX_KEYS_PER_DOC {
        return Err(StoreError::BadAccess(format!(
            "at most {MAX_KEYS_PER_DOC} write keys and {MAX_KEYS_PER_DOC} read tokens per document"
        )));
    }
    Ok(summary)
}

/// Removes `key` and, transitively, every write key and read token it added.
fn remove_write_key(tx: &Connection, doc: &DocId, key: &WriteKey) -> Result<()> {
    let d = &doc.0[..];
    let mut pending = vec![key.0.to_vec()];
    // Bounded by MAX_KEYS_PER_DOC: each key is removed once.
    while let Some(k) = pending.pop() {
        if tx.execute(
            "DELETE FROM write_keys WHERE doc_id = ?1 AND key = ?2",
            params![d, &k],
        )? == 0
        {
            continue;
        }
        tx.execute(
            "DELETE FROM read_tokens WHERE doc_id = ?1 AND added_by = ?2",
            params![d, &k],
        )?;
        let children: Vec<Vec<u8>> = tx
            .prepare("SELECT key FROM write_keys WHERE doc_id = ?1 AND added_by = ?2")?
            .query_map(params![d, &k], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        pending.extend(children);
    }
    Ok(())
}

/// Refuses a new document when its client is over its document budget or the relay is full.
fn check_new_doc(tx: &Connection, client: &[u8], q: &Quotas) -> Result<()> {
    let docs: i64 = tx
        .query_row(
            "SELECT docs FROM clients WHERE bucket = ?1",
            [client],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    if docs as u64 >= q.client_docs {
        return Err(StoreError::ClientQuota(format!(
            "this network address already created {} documents on this relay",
            q.client_docs
        )));
    }
    let total: i64 = tx.query_row("SELECT bytes FROM totals WHERE id = 0", [], |r| r.get(0))?;
    if total as u64 >= q.total_bytes {
        return Err(StoreError::StorageFull {
            limit: q.total_bytes,
        });
    }
    Ok(())
}

/// Adds `delta` bytes (negative when compaction frees space) to the document, to the client
/// that created it and to the relay's total. Growth past any limit is refused; shrinking
/// is always allowed, so a full document or relay can still compact.
fn charge(tx: &Connection, doc: &DocId, delta: i64, q: &Quotas) -> Result<()> {
    let d = &doc.0[..];
    let (used, client): (i64, Option<Vec<u8>>) = tx.query_row(
        "SELECT used_bytes, client FROM docs WHERE id = ?1",
        [d],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let grows = delta > 0;
    let over = |now: i64, limit: u64| grows && (now.saturating_add(delta)).max(0) as u64 > limit;
    if over(used, q.doc_bytes) {
        return Err(StoreError::Quota { quota: q.doc_bytes });
    }
    if let Some(c) = &client {
        let cb: i64 = tx
            .query_row("SELECT bytes FROM clients WHERE bucket = ?1", [c], |r| {
                r.get(0)
            })
            .optional()?
            .unwrap_or(0);
        if over(cb, q.client_bytes) {
            return Err(StoreError::ClientQuota(format!(
                "documents created from this network address already hold {} bytes, the most this relay allows",
                q.client_bytes
            )));
        }
    }
    let total: i64 = tx.query_row("SELECT bytes FROM totals WHERE id = 0", [], |r| r.get(0))?;
    if over(total, q.total_bytes) {
        return Err(StoreError::StorageFull {
            limit: q.total_bytes,
        });
    }
    tx.execute(
        "UPDATE docs SET used_bytes = max(0, used_bytes + ?2) WHERE id = ?1",
        params![d, delta],
    )?;
    if let Some(c) = &client {
        tx.execute(
            "UPDATE clients SET bytes = max(0, bytes + ?2) WHERE bucket = ?1",
            params![c, delta],
        )?;
    }
    tx.execute(
        "UPDATE totals SET bytes = max(0, bytes + ?1) WHERE id = 0",
        [delta],
    )?;
    Ok(())
}

/// Signature already verified: check the key may write to `doc`, then burn the nonce.
fn authorize(c: &Connection, doc: &DocId, sig: &SignedWrite, now: u64, skew: u64) -> Result<()> {
    if !key_registered(c, doc, &sig.key)? {
        return Err(StoreError::NotFound);
    }
    use_nonce(c, doc, sig, now, skew)
}

fn use_nonce(c: &Connection, doc: &DocId, sig: &SignedWrite, now: u64, skew: u64) -> Result<()> {
    let d = &doc.0[..];
    // A nonce only matters while its timestamp is inside the window; forget older ones.
    let horizon = now.saturating_sub(skew + 60) as i64;
    c.execute(
        "DELETE FROM nonces WHERE doc_id = ?1 AND ts < ?2",
        params![d, horizon],
    )?;
    let inserted = c.execute(
        "INSERT OR IGNORE INTO nonces (doc_id, nonce, ts) VALUES (?1, ?2, ?3)",
        params![d, &sig.nonce[..], sig.timestamp.min(i64::MAX as u64) as i64],
    )?;
    if inserted == 0 {
        return Err(StoreError::Replay);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use futures_util::TryStreamExt;

    use super::*;

    type TestResult = std::result::Result<(), Box<dyn std::error::Error>>;

    /// Before v3 a blob was one row; v3 cuts each into chunks that read back as the same
    /// bytes (the empty blob included).
    #[test]
    fn blobs_stored_whole_before_v3_read_back_from_chunks() -> TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("v2.db");
        let (doc, token) = (DocId([1; 32]), TokenHash([2; 32]));
        let big: Vec<u8> = (0..600_000u32).map(|i| (i % 253) as u8).collect();
        let blobs = [big, Vec::new(), vec![7u8; BLOB_CHUNK]];
        {
            let mut conn = open_conn(&path, false)?;
            let tx = conn.transaction()?;
            for sql in &MIGRATIONS[..2] {
                tx.execute_batch(sql)?;
            }
            tx.pragma_update(None, "user_version", 2)?;
            tx.execute(
                "INSERT INTO docs (id, created_at) VALUES (?1, 0)",
                [&doc.0[..]],
            )?;
            tx.execute(
                "INSERT INTO read_tokens (doc_id, token_hash) VALUES (?1, ?2)",
                params![&doc.0[..], &token.0[..]],
            )?;
            for data in &blobs {
                tx.execute(
                    "INSERT INTO blobs (doc_id, hash, data) VALUES (?1, ?2, ?3)",
                    params![&doc.0[..], &BlobHash::of(data).0[..], data],
                )?;
            }
            tx.commit()?;
        }
        let store = SqliteStore::open(&path, false)?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        for data in &blobs {
            let reader = rt
                .block_on(store.get_blob(doc, token, BlobHash::of(data)))?
                .ok_or("blob lost in the migration")?;
            assert_eq!(reader.len, data.len() as u64);
            let chunks: Vec<Vec<u8>> = rt.block_on(reader.chunks.try_collect())?;
            assert!(chunks.iter().all(|c| c.len() <= BLOB_CHUNK));
            assert_eq!(&chunks.concat(), data);
        }
        Ok(())
    }
}
