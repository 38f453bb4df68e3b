//! The PostgreSQL backend: any number of relay processes on one database.
//!
//! Every request is one transaction (READ COMMITTED with row locks where an order matters):
//! the document's row is locked (`FOR UPDATE`) before its head or its byte count changes, so
//! two instances appending to one document get consecutive sequence numbers; nonces are
//! burnt by a unique index; access rules run in the same transaction as the check of the
//! signer's key. Byte counters that every write touches (per client, relay total) are split
//! into [`COUNTER_SHARDS`] rows so concurrent writes to different documents do not queue on
//! one row; the ceilings are checked against the sum (exact when writes are sequential, over
//! by at most the writes in flight otherwise).
//!
//! Events reach every instance listening, this one included: a revocation or a deletion by
//! `pg_notify` inside the writing transaction (delivered only on commit); a new head right
//! after the append committed, batched (see [`Notifier`] for why not inside).
//!
//! Blobs are stored in [`BLOB_CHUNK`]-byte chunks and read back one chunk per query, so a
//! large blob is never held whole. An upload is written chunk by chunk as it arrives, into
//! `blob_staging` inside one transaction that commits the blob only when the body ended
//! and matched its address: a failure, or a client gone mid-upload (the request's future
//! is dropped, and the transaction with it), rolls everything back, staged rows included.
//! The cost: the upload holds one pooled connection while its body arrives (bounded by the
//! request timeout); it takes it only once the first chunk is there.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime, Transaction};
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use tokio::sync::broadcast;
use tokio_postgres::types::ToSql;
use tokio_postgres::{AsyncMessage, Row};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::{
    Authority, BlobChunks, BlobReader, Created, DocEvent, MAX_KEYS_PER_DOC, Quotas, Result,
    SharedEvent, SnapshotOutcome, Storage, StoreError, Totals,
};
use crate::wire::{
    AccessChange, AccessList, AccessSummary, BlobHash, DocId, PULL_HEADER_LEN, PULL_ITEM_OVERHEAD,
    PullItem, PullResponse, ReadTokenEntry, TokenHash, WriteKey, WriteKeyEntry,
};

/// Rows each shared byte counter is split into.
pub const COUNTER_SHARDS: i16 = 128;
pub use super::BLOB_CHUNK;
/// The `LISTEN`/`NOTIFY` channel.
const CHANNEL: &str = "mosaic_relay";
/// Connections one relay process keeps to the database.
const POOL_SIZE: usize = 32;
/// How long a request waits for a connection, or a connection for the server.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// A transaction that loses a race (deadlock, unique key) is run again this many times.
const ATTEMPTS: usize = 5;

/// Versioned schema; each runs once, in order, under an advisory lock (instances starting
/// together do not race).
const MIGRATIONS: &[&str] = &[
    // v1
    "CREATE TABLE docs (
        id BYTEA PRIMARY KEY,
        created_at BIGINT NOT NULL,
        head_seq BIGINT NOT NULL DEFAULT 0,
        used_bytes BIGINT NOT NULL DEFAULT 0,
        owner_key BYTEA,
        client BYTEA
    );
    CREATE TABLE write_keys (
        doc_id BYTEA NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
        key BYTEA NOT NULL,
        added_by BYTEA,
        PRIMARY KEY (doc_id, key)
    );
    CREATE TABLE read_tokens (
        doc_id BYTEA NOT NULL REFERENCES docs(id) ON DELETE CASCADE,
        token_hash BYTEA NOT NULL,
        added_by BYTEA,
        PRIMARY KEY (doc_id, token_hash)
    );
    CREATE TABLE entries (
        doc_id BYTEA NOT NULL,
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (doc_id, seq)
    );
    CREATE TABLE snapshots (
        doc_id BYTEA PRIMARY KEY,
        covers_seq BIGINT NOT NULL,
        data BYTEA NOT NULL
    );
    CREATE TABLE blobs (
        doc_id BYTEA NOT NULL,
        hash BYTEA NOT NULL,
        size BIGINT NOT NULL,
        PRIMARY KEY (doc_id, hash)
    );
    CREATE TABLE blob_chunks (
        doc_id BYTEA NOT NULL,
        hash BYTEA NOT NULL,
        idx INTEGER NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (doc_id, hash, idx)
    );
    CREATE TABLE nonces (
        doc_id BYTEA NOT NULL,
        nonce BYTEA NOT NULL,
        ts BIGINT NOT NULL,
        PRIMARY KEY (doc_id, nonce)
    );
    CREATE INDEX nonces_by_ts ON nonces (doc_id, ts);
    CREATE TABLE client_usage (
        bucket BYTEA NOT NULL,
        shard SMALLINT NOT NULL,
        docs BIGINT NOT NULL DEFAULT 0,
        bytes BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (bucket, shard)
    );
    CREATE TABLE total_usage (shard SMALLINT PRIMARY KEY, bytes BIGINT NOT NULL DEFAULT 0);
    INSERT INTO total_usage (shard) SELECT g FROM generate_series(0, 127) g;",
    // v2: the append, the hot path, as one server-side function: one round trip instead of
    // a dozen (the same rules as the other writes: key, nonce, row lock, quotas, head); its
    // errors carry the SQLSTATEs `append_error` maps back. Its notification is sent after
    // the commit, batched (see `Notifier`).
    "CREATE FUNCTION mosaic_append(
        p_doc BYTEA, p_key BYTEA, p_nonce BYTEA, p_ts BIGINT, p_horizon BIGINT, p_data BYTEA,
        p_doc_quota BIGINT, p_client_quota BIGINT, p_total_quota BIGINT, p_shard SMALLINT
    ) RETURNS BIGINT LANGUAGE plpgsql AS $fn$
    DECLARE
        v_head BIGINT; v_used BIGINT; v_client BYTEA; v_sum BIGINT;
        v_delta BIGINT := octet_length(p_data);
    BEGIN
        PERFORM 1 FROM write_keys WHERE doc_id = p_doc AND key = p_key;
        IF NOT FOUND THEN RAISE EXCEPTION 'not found' USING ERRCODE = 'MR404'; END IF;
        DELETE FROM nonces WHERE doc_id = p_doc AND ts < p_horizon;
        INSERT INTO nonces (doc_id, nonce, ts) VALUES (p_doc, p_nonce, p_ts) ON CONFLICT DO NOTHING;
        IF NOT FOUND THEN RAISE EXCEPTION 'replay' USING ERRCODE = 'MR401'; END IF;
        SELECT head_seq, used_bytes, client INTO v_head, v_used, v_client
            FROM docs WHERE id = p_doc FOR UPDATE;
        IF NOT FOUND THEN RAISE EXCEPTION 'not found' USING ERRCODE = 'MR404'; END IF;
        IF v_delta > 0 AND GREATEST(v_used + v_delta, 0) > p_doc_quota THEN
            RAISE EXCEPTION 'document quota' USING ERRCODE = 'MRQ01';
        END IF;
        IF v_client IS NOT NULL THEN
            SELECT COALESCE(SUM(bytes), 0) INTO v_sum FROM client_usage WHERE bucket = v_client;
            IF v_delta > 0 AND GREATEST(v_sum + v_delta, 0) > p_client_quota THEN
                RAISE EXCEPTION 'client quota' USING ERRCODE = 'MRQ02';
            END IF;
        END IF;
        SELECT COALESCE(SUM(bytes), 0) INTO v_sum FROM total_usage;
        IF v_delta > 0 AND GREATEST(v_sum + v_delta, 0) > p_total_quota THEN
            RAISE EXCEPTION 'storage full' USING ERRCODE = 'MRQ03';
        END IF;
        UPDATE docs SET head_seq = v_head + 1, used_bytes = GREATEST(0, used_bytes + v_delta)
            WHERE id = p_doc;
        IF v_client IS NOT NULL THEN
            INSERT INTO client_usage (bucket, shard, bytes) VALUES (v_client, p_shard, v_delta)
                ON CONFLICT (bucket, shard) DO UPDATE SET bytes = client_usage.bytes + v_delta;
        END IF;
        UPDATE total_usage SET bytes = bytes + v_delta WHERE shard = p_shard;
        INSERT INTO entries (doc_id, seq, data) VALUES (p_doc, v_head + 1, p_data);
        RETURN v_head + 1;
    END
    $fn$;",
    // v3: uploads streamed into the database. A row here lives only inside the uploading
    // transaction (moved to blob_chunks on commit, rolled back otherwise), so it needs no
    // WAL: unlogged.
    "CREATE UNLOGGED TABLE blob_staging (
        upload_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        data BYTEA NOT NULL,
        PRIMARY KEY (upload_id, idx)
    );",
];

type Params<'a> = &'a [&'a (dyn ToSql + Sync)];

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        use tokio_postgres::error::SqlState;
        if let Some(why) = super::pg_tls::failure(&e) {
            return StoreError::Unavailable(why);
        }
        match e.code() {
            Some(c)
                if *c == SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == SqlState::T_R_DEADLOCK_DETECTED
                    || *c == SqlState::UNIQUE_VIOLATION =>
            {
                StoreError::Conflict(e.to_string())
            }
            // The server is shutting down or restarting: the request can be retried later.
            Some(c)
                if *c == SqlState::ADMIN_SHUTDOWN
                    || *c == SqlState::CRASH_SHUTDOWN
                    || *c == SqlState::CANNOT_CONNECT_NOW =>
            {
                StoreError::Unavailable(e.to_string())
            }
            Some(_) => StoreError::Database(
                e.as_db_error()
                    .map_or_else(|| e.to_string(), |d| d.message().to_string()),
            ),
            // No SQLSTATE: the connection is closed or could not be made (unavailable), or
            // the request itself was bad (a parameter that does not fit its column).
            None if e.is_closed()
                || std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>())
                || e.to_string().contains("connect") =>
            {
                StoreError::Unavailable(e.to_string())
            }
            None => StoreError::Database(e.to_string()),
        }
    }
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(e: deadpool_postgres::PoolError) -> Self {
        match e {
            deadpool_postgres::PoolError::Backend(e) => e.into(),
            other => StoreError::Unavailable(other.to_string()),
        }
    }
}

/// The URL with its password replaced, for logs.
pub fn redact(url: &str) -> String {
    // postgres://user:password@host/db → postgres://user:***@host/db
    let Some((scheme, rest)) = url.split_once("://") else {
        return "postgres://…".into();
    };
    match rest.split_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{scheme}://{user}:***@{host}")
        }
        None => url.to_string(),
    }
}

/// Runs `$body` (an expression using the transaction `$tx`) in a transaction on a pooled
/// connection, again when it loses a race to another transaction. Evaluates to its result.
macro_rules! in_tx {
    ($store:expr, |$tx:ident| $body:expr) => {{
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut conn = $store.pool.get().await?;
            let $tx = conn.transaction().await?;
            let out = $body.await;
            let out = match out {
                Ok(v) => $tx.commit().await.map(|()| v).map_err(StoreError::from),
                Err(e) => Err(e), // dropping the transaction rolls it back
            };
            match out {
                Err(StoreError::Conflict(_)) if attempt < ATTEMPTS => continue,
                other => break other,
            }
        }
    }};
}

/// Sends new heads to every instance after their appends committed, many per `NOTIFY`.
///
/// Not inside the append's transaction: PostgreSQL serialises the commits of notifying
/// transactions on one lock held through the WAL flush, which capped appends near one per
/// fsync (about 1,000/s here). A head notice is a hint to pull; one lost in a crash between
/// commit and notice is made up by the device's next scheduled sync.
struct Notifier {
    tx: tokio::sync::mpsc::UnboundedSender<String>,
    task: tokio::task::JoinHandle<()>,
}

/// Largest `NOTIFY` payload we send (PostgreSQL's limit is 8000 bytes).
const MAX_PAYLOAD: usize = 7000;

impl Notifier {
    fn start(pool: Pool) -> Notifier {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
        let task = tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut payload = first;
                while payload.len() < MAX_PAYLOAD - 100 {
                    match rx.try_recv() {
                        Ok(more) => {
                            payload.push('\n');
                            payload.push_str(&more);
                        }
                        Err(_) => break,
                    }
                }
                let sent = async {
                    let conn = pool.get().await?;
                    conn.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &payload])
                        .await?;
                    Ok::<(), StoreError>(())
                };
                if let Err(e) = sent.await {
                    tracing::warn!(error = %e, "could not send head notices");
                }
            }
        });
        Notifier { tx, task }
    }
    fn send(&self, doc: &DocId, ev: &DocEvent) {
        let _ = self.tx.send(event_payload(doc, ev));
    }
}

/// A relay store in PostgreSQL.
pub struct PgStore {
    pool: Pool,
    notifier: Notifier,
    events: broadcast::Sender<SharedEvent>,
    listener: tokio::task::JoinHandle<()>,
}

impl Drop for PgStore {
    fn drop(&mut self) {
        self.listener.abort();
        self.notifier.task.abort();
    }
}

impl PgStore {
    /// Connects, runs pending migrations and starts listening for other instances' events.
    pub async fn open(url: &str) -> Result<Self> {
        let super::pg_tls::Target { mut config, tls } = super::pg_tls::connect_config(url)?;
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("mosaic-relay");
        let manager = Manager::from_config(
            config.clone(),
            tls.clone(),
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(CONNECT_TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|e| StoreError::Database(e.to_string()))?;
        migrate(&pool).await?;
        let (events, _) = broadcast::channel(4096);
        let (listening_tx, listening) = tokio::sync::oneshot::channel();
        let listener = tokio::spawn(listen_loop(config, tls, events.clone(), listening_tx));
        // Serve only once other instances' events reach this one (a push sent before would
        // be lost); a database that lets us migrate but not listen is an error.
        match tokio::time::timeout(CONNECT_TIMEOUT * 2, listening).await {
            Ok(Ok(())) => {}
            _ => {
                listener.abort();
                return Err(StoreError::Unavailable(
                    "could not LISTEN for other relay instances' events".into(),
                ));
            }
        }
        Ok(PgStore {
            notifier: Notifier::start(pool.clone()),
            pool,
            events,
            listener,
        })
    }

    /// Counts of what the database holds.
    pub async fn totals(&self) -> Result<Totals> {
        let conn = self.pool.get().await?;
        let row = conn
            .query_one(
                "SELECT (SELECT COUNT(*) FROM docs), (SELECT COALESCE(SUM(bytes), 0)::BIGINT FROM total_usage)",
                &[],
            )
            .await?;
        Ok(Totals {
            docs: row.get::<_, i64>(0).max(0) as u64,
            bytes: row.get::<_, i64>(1).max(0) as u64,
        })
    }

    /// The pool, for the SQLite-to-PostgreSQL migration.
    pub(crate) fn pool(&self) -> &Pool {
        &self.pool
    }
}

async fn migrate(pool: &Pool) -> Result<()> {
    let mut conn = pool.get().await?;
    let tx = conn.transaction().await?;
    // One instance migrates; the others wait here and then find nothing to do.
    tx.execute("SELECT pg_advisory_xact_lock(7310028433120)", &[])
        .await?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS relay_migrations (
            version INTEGER PRIMARY KEY,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )",
    )
    .await?;
    let done: i32 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0) FROM relay_migrations",
            &[],
        )
        .await?
        .get(0);
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done.max(0) as usize) {
        tx.batch_execute(sql).await?;
        tx.execute(
            "INSERT INTO relay_migrations (version) VALUES ($1)",
            &[&((i + 1) as i32)],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Follows `NOTIFY`s on a connection of its own, reconnecting when it drops (and telling
/// subscribers they may have missed events).
async fn listen_loop(
    config: tokio_postgres::Config,
    tls: MakeRustlsConnect,
    out: broadcast::Sender<SharedEvent>,
    listening: tokio::sync::oneshot::Sender<()>,
) {
    let mut listening = Some(listening);
    let mut connected_before = false;
    loop {
        if let Ok((client, mut conn)) = config.connect(tls.clone()).await {
            let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
            let driver = tokio::spawn(async move {
                let mut messages = futures_util::stream::poll_fn(move |cx| conn.poll_message(cx));
                while let Some(Ok(m)) = messages.next().await {
                    if let AsyncMessage::Notification(n) = m
                        && tx.send(n.payload().to_string()).is_err()
                    {
                        break;
                    }
                }
            });
            if client
                .batch_execute(&format!("LISTEN {CHANNEL}"))
                .await
                .is_ok()
            {
                if connected_before {
                    let _ = out.send(SharedEvent::Missed);
                }
                if let Some(tx) = listening.take() {
                    let _ = tx.send(());
                }
                connected_before = true;
                while let Some(payload) = rx.recv().await {
                    for ev in payload.lines().filter_map(parse_event) {
                        let _ = out.send(ev);
                    }
                }
                tracing::warn!("lost the PostgreSQL notification connection; reconnecting");
                let _ = out.send(SharedEvent::Missed);
            }
            driver.abort();
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// `h:<doc>:<seq>`, `r:<doc>` (recheck read access) or `d:<doc>`.
fn event_payload(doc: &DocId, ev: &DocEvent) -> String {
    let d = doc.to_hex();
    match ev {
        DocEvent::Head(seq) => format!("h:{d}:{seq}"),
        DocEvent::Revoked(_) => format!("r:{d}"),
        DocEvent::Deleted => format!("d:{d}"),
    }
}

fn parse_event(payload: &str) -> Option<SharedEvent> {
    let mut parts = payload.split(':');
    let kind = parts.next()?;
    let doc = DocId::from_hex(parts.next()?).ok()?;
    let ev = match kind {
        "h" => DocEvent::Head(parts.next()?.parse().ok()?),
        "r" => DocEvent::Revoked(Default::default()),
        "d" => DocEvent::Deleted,
        _ => return None,
    };
    Some(SharedEvent::Doc(doc, ev))
}

async fn notify(tx: &Transaction<'_>, doc: &DocId, ev: &DocEvent) -> Result<()> {
    let payload = event_payload(doc, ev);
    exec(tx, "SELECT pg_notify($1, $2)", &[&CHANNEL, &payload]).await?;
    Ok(())
}

async fn exec(tx: &Transaction<'_>, sql: &str, p: Params<'_>) -> Result<u64> {
    let st = tx.prepare_cached(sql).await?;
    Ok(tx.execute(&st, p).await?)
}

async fn opt(tx: &Transaction<'_>, sql: &str, p: Params<'_>) -> Result<Option<Row>> {
    let st = tx.prepare_cached(sql).await?;
    Ok(tx.query_opt(&st, p).await?)
}

async fn one(tx: &Transaction<'_>, sql: &str, p: Params<'_>) -> Result<Row> {
    let st = tx.prepare_cached(sql).await?;
    Ok(tx.query_one(&st, p).await?)
}

async fn all(tx: &Transaction<'_>, sql: &str, p: Params<'_>) -> Result<Vec<Row>> {
    let st = tx.prepare_cached(sql).await?;
    Ok(tx.query(&st, p).await?)
}

fn shard() -> i16 {
    let mut b = [0u8; 2];
    let _ = getrandom::fill(&mut b);
    (u16::from_le_bytes(b) % COUNTER_SHARDS as u16) as i16
}

fn to32(b: Option<Vec<u8>>) -> Option<[u8; 32]> {
    b.and_then(|b| <[u8; 32]>::try_from(b).ok())
}

async fn key_registered(tx: &Transaction<'_>, doc: &DocId, key: &WriteKey) -> Result<bool> {
    Ok(opt(
        tx,
        "SELECT 1 FROM write_keys WHERE doc_id = $1 AND key = $2",
        &[&&doc.0[..], &&key.0[..]],
    )
    .await?
    .is_some())
}

async fn can_read(tx: &Transaction<'_>, doc: &DocId, token: &TokenHash) -> Result<bool> {
    Ok(opt(
        tx,
        "SELECT 1 FROM read_tokens WHERE doc_id = $1 AND token_hash = $2",
        &[&&doc.0[..], &&token.0[..]],
    )
    .await?
    .is_some())
}

async fn use_nonce(tx: &Transaction<'_>, doc: &DocId, auth: &Authority) -> Result<()> {
    let d = &doc.0[..];
    // A nonce only matters while its timestamp is inside the window; forget older ones.
    let horizon = auth.now.saturating_sub(auth.skew + 60) as i64;
    exec(
        tx,
        "DELETE FROM nonces WHERE doc_id = $1 AND ts < $2",
        &[&d, &horizon],
    )
    .await?;
    let ts = auth.sig.timestamp.min(i64::MAX as u64) as i64;
    let inserted = exec(
        tx,
        "INSERT INTO nonces (doc_id, nonce, ts) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        &[&d, &&auth.sig.nonce[..], &ts],
    )
    .await?;
    if inserted == 0 {
        return Err(StoreError::Replay);
    }
    Ok(())
}

/// Signature already verified: the key may write to `doc`; burn the nonce.
async fn authorize(tx: &Transaction<'_>, doc: &DocId, auth: &Authority) -> Result<()> {
    if !key_registered(tx, doc, &auth.sig.key).await? {
        return Err(StoreError::NotFound);
    }
    use_nonce(tx, doc, auth).await
}

/// Signature already verified: the key is `doc`'s owner key; burn the nonce.
async fn authorize_owner(tx: &Transaction<'_>, doc: &DocId, auth: &Authority) -> Result<()> {
    if !key_registered(tx, doc, &auth.sig.key).await? {
        return Err(StoreError::NotFound);
    }
    let owner: Option<Vec<u8>> = one(
        tx,
        "SELECT owner_key FROM docs WHERE id = $1",
        &[&&doc.0[..]],
    )
    .await?
    .get(0);
    if owner.as_deref() != Some(&auth.sig.key.0[..]) {
        return Err(StoreError::NotOwner);
    }
    use_nonce(tx, doc, auth).await
}

async fn sum_total(tx: &Transaction<'_>) -> Result<i64> {
    Ok(one(
        tx,
        "SELECT COALESCE(SUM(bytes), 0)::BIGINT FROM total_usage",
        &[],
    )
    .await?
    .get(0))
}

/// Refuses a new document when its client is over its document budget or the relay is full.
async fn check_new_doc(tx: &Transaction<'_>, client: &[u8], q: &Quotas) -> Result<()> {
    // Creations from one client queue here, so its document count is exact.
    exec(
        tx,
        "SELECT pg_advisory_xact_lock(hashtextextended(encode($1, 'hex'), 0))",
        &[&client],
    )
    .await?;
    let docs: i64 = one(
        tx,
        "SELECT COALESCE(SUM(docs), 0)::BIGINT FROM client_usage WHERE bucket = $1",
        &[&client],
    )
    .await?
    .get(0);
    if docs as u64 >= q.client_docs {
        return Err(StoreError::ClientQuota(format!(
            "this network address already created {} documents on this relay",
            q.client_docs
        )));
    }
    if sum_total(tx).await? as u64 >= q.total_bytes {
        return Err(StoreError::StorageFull {
            limit: q.total_bytes,
        });
    }
    Ok(())
}

/// Adds `delta` bytes to the document (its row must be locked by the caller), its client and
/// the relay's total. Growth past any limit is refused; shrinking is always allowed.
async fn charge(
    tx: &Transaction<'_>,
    doc: &DocId,
    used: i64,
    client: Option<&[u8]>,
    delta: i64,
    q: &Quotas,
) -> Result<()> {
    let grows = delta > 0;
    let over = |now: i64, limit: u64| grows && (now.saturating_add(delta)).max(0) as u64 > limit;
    if over(used, q.doc_bytes) {
        return Err(StoreError::Quota { quota: q.doc_bytes });
    }
    if let Some(c) = client {
        let cb: i64 = one(
            tx,
            "SELECT COALESCE(SUM(bytes), 0)::BIGINT FROM client_usage WHERE bucket = $1",
            &[&c],
        )
        .await?
        .get(0);
        if over(cb, q.client_bytes) {
            return Err(StoreError::ClientQuota(format!(
                "documents created from this network address already hold {} bytes, the most this relay allows",
                q.client_bytes
            )));
        }
    }
    if over(sum_total(tx).await?, q.total_bytes) {
        return Err(StoreError::StorageFull {
            limit: q.total_bytes,
        });
    }
    exec(
        tx,
        "UPDATE docs SET used_bytes = GREATEST(0, used_bytes + $2) WHERE id = $1",
        &[&&doc.0[..], &delta],
    )
    .await?;
    let s = shard();
    if let Some(c) = client {
        exec(
            tx,
            "INSERT INTO client_usage (bucket, shard, bytes) VALUES ($1, $2, $3)
             ON CONFLICT (bucket, shard) DO UPDATE SET bytes = client_usage.bytes + $3",
            &[&c, &s, &delta],
        )
        .await?;
    }
    exec(
        tx,
        "UPDATE total_usage SET bytes = bytes + $2 WHERE shard = $1",
        &[&s, &delta],
    )
    .await?;
    Ok(())
}

/// Locks the document's row: `(head_seq, used_bytes, client)`; `NotFound` if it is gone.
async fn lock_doc(tx: &Transaction<'_>, doc: &DocId) -> Result<(i64, i64, Option<Vec<u8>>)> {
    let row = opt(
        tx,
        "SELECT head_seq, used_bytes, client FROM docs WHERE id = $1 FOR UPDATE",
        &[&&doc.0[..]],
    )
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok((row.get(0), row.get(1), row.get(2)))
}

async fn create_doc(
    tx: &Transaction<'_>,
    doc: &DocId,
    write_key: &WriteKey,
    read_hash: &TokenHash,
    auth: &Authority,
    client: &[u8],
    quotas: &Quotas,
) -> Result<Created> {
    let d = &doc.0[..];
    if opt(tx, "SELECT 1 FROM docs WHERE id = $1", &[&d])
        .await?
        .is_some()
    {
        if key_registered(tx, doc, write_key).await? {
            use_nonce(tx, doc, auth).await?;
            return Ok(Created::Existing);
        }
        return Err(StoreError::Exists);
    }
    check_new_doc(tx, client, quotas).await?;
    exec(
        tx,
        "INSERT INTO docs (id, created_at, owner_key, client) VALUES ($1, $2, $3, $4)",
        &[&d, &(auth.now as i64), &&write_key.0[..], &client],
    )
    .await?;
    exec(
        tx,
        "INSERT INTO client_usage (bucket, shard, docs) VALUES ($1, 0, 1)
         ON CONFLICT (bucket, shard) DO UPDATE SET docs = client_usage.docs + 1",
        &[&client],
    )
    .await?;
    exec(
        tx,
        "INSERT INTO write_keys (doc_id, key) VALUES ($1, $2)",
        &[&d, &&write_key.0[..]],
    )
    .await?;
    exec(
        tx,
        "INSERT INTO read_tokens (doc_id, token_hash) VALUES ($1, $2)",
        &[&d, &&read_hash.0[..]],
    )
    .await?;
    use_nonce(tx, doc, auth).await?;
    Ok(Created::New)
}

/// The access rules (the same as the SQLite backend's; see there).
async fn apply_access(
    tx: &Transaction<'_>,
    doc: &DocId,
    owner: &WriteKey,
    change: &AccessChange,
) -> Result<AccessSummary> {
    let d = &doc.0[..];
    let o = &owner.0[..];
    if change.remove_write_keys.contains(owner) {
        return Err(StoreError::BadAccess(
            "the owner key cannot be removed; hand it over to a new key instead".into(),
        ));
    }
    for k in change.add_write_keys.iter().filter(|k| *k != owner) {
        exec(
            tx,
            "INSERT INTO write_keys (doc_id, key, added_by) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
            &[&d, &&k.0[..], &o],
        )
        .await?;
    }
    for h in &change.add_read_token_hashes {
        exec(
            tx,
            "INSERT INTO read_tokens (doc_id, token_hash, added_by) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
            &[&d, &&h.0[..], &o],
        )
        .await?;
    }
    for k in &change.remove_write_keys {
        remove_write_key(tx, doc, k).await?;
    }
    for h in &change.remove_read_token_hashes {
        exec(
            tx,
            "DELETE FROM read_tokens WHERE doc_id = $1 AND token_hash = $2",
            &[&d, &&h.0[..]],
        )
        .await?;
    }
    if let Some(new) = change.handover_to.filter(|n| n != owner) {
        let keep: Vec<Vec<u8>> = change
            .keep_read_token_hashes
            .iter()
            .chain(&change.add_read_token_hashes)
            .filter(|h| !change.remove_read_token_hashes.contains(*h))
            .map(|h| h.0.to_vec())
            .collect();
        exec(tx, "DELETE FROM write_keys WHERE doc_id = $1", &[&d]).await?;
        exec(
            tx,
            "INSERT INTO write_keys (doc_id, key, added_by) VALUES ($1, $2, NULL)",
            &[&d, &&new.0[..]],
        )
        .await?;
        exec(
            tx,
            "UPDATE docs SET owner_key = $2 WHERE id = $1",
            &[&d, &&new.0[..]],
        )
        .await?;
        exec(
            tx,
            "DELETE FROM read_tokens WHERE doc_id = $1 AND NOT (token_hash = ANY($2))",
            &[&d, &keep],
        )
        .await?;
        // The tokens that stay now hang off the new owner.
        exec(
            tx,
            "UPDATE read_tokens SET added_by = $2 WHERE doc_id = $1",
            &[&d, &&new.0[..]],
        )
        .await?;
    }
    let counts = one(
        tx,
        "SELECT (SELECT COUNT(*) FROM write_keys WHERE doc_id = $1),
                (SELECT COUNT(*) FROM read_tokens WHERE doc_id = $1)",
        &[&d],
    )
    .await?;
    let summary = AccessSummary {
        write_keys: counts.get::<_, i64>(0).clamp(0, u32::MAX as i64) as u32,
        read_tokens: counts.get::<_, i64>(1).clamp(0, u32::MAX as i64) as u32,
    };
    if summary.write_keys > MAX_KEYS_PER_DOC || summary.read_tokens > MAX_KEYS_PER_DOC {
        return Err(StoreError::BadAccess(format!(
            "at most {MAX_KEYS_PER_DOC} write keys and {MAX_KEYS_PER_DOC} read tokens per document"
        )));
    }
    Ok(summary)
}

/// Removes `key` and, transitively, every write key and read token it added.
async fn remove_write_key(tx: &Transaction<'_>, doc: &DocId, key: &WriteKey) -> Result<()> {
    let d = &doc.0[..];
    let mut pending = vec![key.0.to_vec()];
    // Bounded by MAX_KEYS_PER_DOC: each key is removed once.
    while let Some(k) = pending.pop() {
        if exec(
            tx,
            "DELETE FROM write_keys WHERE doc_id = $1 AND key = $2",
            &[&d, &k],
        )
        .await?
            == 0
        {
            continue;
        }
        exec(
            tx,
            "DELETE FROM read_tokens WHERE doc_id = $1 AND added_by = $2",
            &[&d, &k],
        )
        .await?;
        for row in all(
            tx,
            "SELECT key FROM write_keys WHERE doc_id = $1 AND added_by = $2",
            &[&d, &k],
        )
        .await?
        {
            pending.push(row.get(0));
        }
    }
    Ok(())
}

async fn update_access(
    tx: &Transaction<'_>,
    doc: &DocId,
    auth: &Authority,
    change: &AccessChange,
) -> Result<AccessSummary> {
    authorize_owner(tx, doc, auth).await?;
    let summary = apply_access(tx, doc, &auth.sig.key, change).await?;
    // Subscribers recheck their own token: the list itself would not fit a notification.
    if !change.remove_read_token_hashes.is_empty() || change.handover_to.is_some() {
        notify(tx, doc, &DocEvent::Revoked(Default::default())).await?;
    }
    Ok(summary)
}

async fn list_access(tx: &Transaction<'_>, doc: &DocId, auth: &Authority) -> Result<AccessList> {
    authorize_owner(tx, doc, auth).await?;
    let d = &doc.0[..];
    let mut write_keys = Vec::new();
    for r in all(
        tx,
        "SELECT key, added_by FROM write_keys WHERE doc_id = $1 ORDER BY key",
        &[&d],
    )
    .await?
    {
        if let Some(k) = to32(r.get(0)) {
            write_keys.push(WriteKeyEntry {
                key: WriteKey(k),
                added_by: to32(r.get(1)).map(WriteKey),
            });
        }
    }
    let mut read_tokens = Vec::new();
    for r in all(
        tx,
        "SELECT token_hash, added_by FROM read_tokens WHERE doc_id = $1 ORDER BY token_hash",
        &[&d],
    )
    .await?
    {
        if let Some(h) = to32(r.get(0)) {
            read_tokens.push(ReadTokenEntry {
                hash: TokenHash(h),
                added_by: to32(r.get(1)).map(WriteKey),
            });
        }
    }
    Ok(AccessList {
        owner: auth.sig.key,
        write_keys,
        read_tokens,
    })
}

async fn delete_doc(tx: &Transaction<'_>, doc: &DocId, auth: &Authority) -> Result<()> {
    authorize_owner(tx, doc, auth).await?;
    let d = &doc.0[..];
    let (_, used, client) = lock_doc(tx, doc).await?;
    // What the document held no longer counts against its client or the relay.
    charge(tx, doc, used, client.as_deref(), -used, &Quotas::UNLIMITED).await?;
    for sql in [
        "DELETE FROM entries WHERE doc_id = $1",
        "DELETE FROM snapshots WHERE doc_id = $1",
        "DELETE FROM blob_chunks WHERE doc_id = $1",
        "DELETE FROM blobs WHERE doc_id = $1",
        "DELETE FROM docs WHERE id = $1",
    ] {
        exec(tx, sql, &[&d]).await?;
    }
    notify(tx, doc, &DocEvent::Deleted).await
}

fn clamp(q: u64) -> i64 {
    q.min(i64::MAX as u64) as i64
}

/// Maps `mosaic_append`'s own SQLSTATEs to the store's errors.
fn append_error(e: tokio_postgres::Error, quotas: &Quotas) -> StoreError {
    match e.code().map(|c| c.code()) {
        Some("MR404") => StoreError::NotFound,
        Some("MR401") => StoreError::Replay,
        Some("MRQ01") => StoreError::Quota {
            quota: quotas.doc_bytes,
        },
        Some("MRQ02") => StoreError::ClientQuota(format!(
            "documents created from this network address already hold {} bytes, the most this relay allows",
            quotas.client_bytes
        )),
        Some("MRQ03") => StoreError::StorageFull {
            limit: quotas.total_bytes,
        },
        _ => e.into(),
    }
}

/// One append in one round trip (`mosaic_append`, its own transaction).
async fn append_one_trip(
    pool: &Pool,
    doc: &DocId,
    auth: &Authority,
    data: &[u8],
    quotas: &Quotas,
) -> Result<u64> {
    let conn = pool.get().await?;
    let st = conn
        .prepare_cached("SELECT mosaic_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
        .await?;
    let horizon = auth.now.saturating_sub(auth.skew + 60) as i64;
    let ts = auth.sig.timestamp.min(i64::MAX as u64) as i64;
    let row = conn
        .query_one(
            &st,
            &[
                &&doc.0[..],
                &&auth.sig.key.0[..],
                &&auth.sig.nonce[..],
                &ts,
                &horizon,
                &data,
                &clamp(quotas.doc_bytes),
                &clamp(quotas.client_bytes),
                &clamp(quotas.total_bytes),
                &shard(),
            ],
        )
        .await
        .map_err(|e| append_error(e, quotas))?;
    Ok(row.get::<_, i64>(0).max(0) as u64)
}

async fn put_snapshot(
    tx: &Transaction<'_>,
    doc: &DocId,
    auth: &Authority,
    covers_seq: u64,
    data: &[u8],
    quotas: &Quotas,
) -> Result<SnapshotOutcome> {
    authorize(tx, doc, auth).await?;
    let d = &doc.0[..];
    let (head, used, client) = lock_doc(tx, doc).await?;
    if covers_seq > head as u64 {
        return Err(StoreError::BadSnapshot(format!(
            "covers_seq {covers_seq} is beyond the log head {head}"
        )));
    }
    let old = opt(
        tx,
        "SELECT covers_seq, octet_length(data)::BIGINT FROM snapshots WHERE doc_id = $1",
        &[&d],
    )
    .await?
    .map(|r| (r.get::<_, i64>(0), r.get::<_, i64>(1)));
    if let Some((old_covers, _)) = old
        && (covers_seq as i64) < old_covers
    {
        return Err(StoreError::BadSnapshot(format!(
            "covers_seq {covers_seq} is older than the stored snapshot ({old_covers})"
        )));
    }
    let covers = covers_seq as i64;
    let dropped = one(
        tx,
        "SELECT COUNT(*), COALESCE(SUM(octet_length(data)), 0)::BIGINT FROM entries
         WHERE doc_id = $1 AND seq <= $2",
        &[&d, &covers],
    )
    .await?;
    let (dropped, dropped_bytes): (i64, i64) = (dropped.get(0), dropped.get(1));
    let old_bytes = old.map_or(0, |(_, b)| b);
    let delta = data.len() as i64 - dropped_bytes - old_bytes;
    charge(tx, doc, used, client.as_deref(), delta, quotas).await?;
    exec(
        tx,
        "DELETE FROM entries WHERE doc_id = $1 AND seq <= $2",
        &[&d, &covers],
    )
    .await?;
    exec(
        tx,
        "INSERT INTO snapshots (doc_id, covers_seq, data) VALUES ($1, $2, $3)
         ON CONFLICT (doc_id) DO UPDATE SET covers_seq = $2, data = $3",
        &[&d, &covers, &data],
    )
    .await?;
    Ok(SnapshotOutcome {
        dropped: dropped as u64,
    })
}

/// Stages `body` chunk by chunk in one transaction and commits the blob only if the body
/// ended cleanly; any error (or this future being dropped) rolls the staged rows back.
async fn put_blob(
    pool: &Pool,
    doc: &DocId,
    auth: &Authority,
    hash: &BlobHash,
    mut body: BlobChunks,
    quotas: &Quotas,
) -> Result<Option<u64>> {
    // Wait for the first chunk before taking a connection: a client that sends nothing
    // holds none.
    let mut next = body.next().await;
    let mut conn = pool.get().await?;
    let tx = conn.transaction().await?;
    let upload = upload_id();
    let (mut idx, mut size) = (0i32, 0u64);
    while let Some(item) = next {
        let chunk = item.map_err(StoreError::Body)?;
        exec(
            &tx,
            "INSERT INTO blob_staging (upload_id, idx, data) VALUES ($1, $2, $3)",
            &[&upload, &idx, &chunk],
        )
        .await?;
        idx += 1;
        size += chunk.len() as u64;
        next = body.next().await;
    }
    let created = commit_staged_blob(&tx, doc, auth, hash, upload, size, quotas).await?;
    tx.commit().await?;
    Ok(created)
}

/// Random id of one upload's staged rows (they never leave its transaction, so ids only
/// need to differ between uploads in flight).
fn upload_id() -> i64 {
    let mut b = [0u8; 8];
    let _ = getrandom::fill(&mut b);
    i64::from_le_bytes(b)
}

/// The write rules (key, nonce, quotas), then the staged chunks become the blob's.
async fn commit_staged_blob(
    tx: &Transaction<'_>,
    doc: &DocId,
    auth: &Authority,
    hash: &BlobHash,
    upload: i64,
    size: u64,
    quotas: &Quotas,
) -> Result<Option<u64>> {
    authorize(tx, doc, auth).await?;
    let (d, h) = (&doc.0[..], &hash.0[..]);
    let (_, used, client) = lock_doc(tx, doc).await?;
    let exists = opt(
        tx,
        "SELECT 1 FROM blobs WHERE doc_id = $1 AND hash = $2",
        &[&d, &h],
    )
    .await?
    .is_some();
    let created = if exists {
        None
    } else {
        let len = size.min(i64::MAX as u64) as i64;
        charge(tx, doc, used, client.as_deref(), len, quotas).await?;
        exec(
            tx,
            "INSERT INTO blobs (doc_id, hash, size) VALUES ($1, $2, $3)",
            &[&d, &h, &len],
        )
        .await?;
        exec(
            tx,
            "INSERT INTO blob_chunks (doc_id, hash, idx, data)
             SELECT $1, $2, idx, data FROM blob_staging WHERE upload_id = $3",
            &[&d, &h, &upload],
        )
        .await?;
        Some(size)
    };
    exec(
        tx,
        "DELETE FROM blob_staging WHERE upload_id = $1",
        &[&upload],
    )
    .await?;
    Ok(created)
}

async fn pull(
    tx: &Transaction<'_>,
    doc: &DocId,
    token_hash: &TokenHash,
    since: u64,
    max_bytes: usize,
) -> Result<Option<PullResponse>> {
    if !can_read(tx, doc, token_hash).await? {
        return Ok(None);
    }
    let d = &doc.0[..];
    let head_seq: i64 = opt(tx, "SELECT head_seq FROM docs WHERE id = $1", &[&d])
        .await?
        .map_or(0, |r| r.get(0));
    let mut resp = PullResponse {
        head_seq: head_seq.max(0) as u64,
        more: false,
        items: Vec::new(),
    };
    let mut size = PULL_HEADER_LEN;
    let mut from = since.min(i64::MAX as u64) as i64;
    if let Some(r) = opt(
        tx,
        "SELECT covers_seq, data FROM snapshots WHERE doc_id = $1",
        &[&d],
    )
    .await?
    {
        let covers: i64 = r.get(0);
        if since == 0 || (since as i128) < covers as i128 {
            let data: Vec<u8> = r.get(1);
            size += PULL_ITEM_OVERHEAD + data.len();
            resp.items.push(PullItem::Snapshot {
                covers_seq: covers as u64,
                data,
            });
            from = covers;
        }
    }
    // Pages of entries until the response is full; never the whole log at once.
    'pages: loop {
        let rows = all(
            tx,
            "SELECT seq, data FROM entries WHERE doc_id = $1 AND seq > $2 ORDER BY seq LIMIT 64",
            &[&d, &from],
        )
        .await?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let seq: i64 = row.get(0);
            let data: Vec<u8> = row.get(1);
            if !resp.items.is_empty() && size + PULL_ITEM_OVERHEAD + data.len() > max_bytes {
                resp.more = true;
                break 'pages;
            }
            size += PULL_ITEM_OVERHEAD + data.len();
            resp.items.push(PullItem::Entry {
                seq: seq as u64,
                data,
            });
            from = seq;
        }
    }
    Ok(Some(resp))
}

impl Storage for PgStore {
    fn create_doc<'a>(
        &'a self,
        doc: DocId,
        write_key: WriteKey,
        read_hash: TokenHash,
        auth: Authority,
        client: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'a, Result<Created>> {
        Box::pin(async move {
            in_tx!(self, |tx| create_doc(
                &tx, &doc, &write_key, &read_hash, &auth, &client, &quotas
            ))
        })
    }

    fn can_read(&self, doc: DocId, token_hash: TokenHash) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async move {
            let conn = self.pool.get().await?;
            let st = conn
                .prepare_cached("SELECT 1 FROM read_tokens WHERE doc_id = $1 AND token_hash = $2")
                .await?;
            Ok(conn
                .query_opt(&st, &[&&doc.0[..], &&token_hash.0[..]])
                .await?
                .is_some())
        })
    }

    fn head(&self, doc: DocId) -> BoxFuture<'_, Result<u64>> {
        Box::pin(async move {
            let conn = self.pool.get().await?;
            let st = conn
                .prepare_cached("SELECT head_seq FROM docs WHERE id = $1")
                .await?;
            Ok(conn
                .query_opt(&st, &[&&doc.0[..]])
                .await?
                .map_or(0, |r| r.get::<_, i64>(0).max(0) as u64))
        })
    }

    fn update_access(
        &self,
        doc: DocId,
        auth: Authority,
        change: AccessChange,
    ) -> BoxFuture<'_, Result<AccessSummary>> {
        Box::pin(async move { in_tx!(self, |tx| update_access(&tx, &doc, &auth, &change)) })
    }

    fn list_access(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<AccessList>> {
        Box::pin(async move { in_tx!(self, |tx| list_access(&tx, &doc, &auth)) })
    }

    fn delete_doc(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move { in_tx!(self, |tx| delete_doc(&tx, &doc, &auth)) })
    }

    fn append(
        &self,
        doc: DocId,
        auth: Authority,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<u64>> {
        Box::pin(async move {
            let mut attempt = 0;
            loop {
                attempt += 1;
                match append_one_trip(&self.pool, &doc, &auth, &data, &quotas).await {
                    Err(StoreError::Conflict(_)) if attempt < ATTEMPTS => continue,
                    Ok(seq) => {
                        self.notifier.send(&doc, &DocEvent::Head(seq));
                        break Ok(seq);
                    }
                    other => break other,
                }
            }
        })
    }

    fn put_snapshot(
        &self,
        doc: DocId,
        auth: Authority,
        covers_seq: u64,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<SnapshotOutcome>> {
        Box::pin(async move {
            in_tx!(self, |tx| put_snapshot(
                &tx, &doc, &auth, covers_seq, &data, &quotas
            ))
        })
    }

    fn put_blob(
        &self,
        doc: DocId,
        auth: Authority,
        hash: BlobHash,
        body: BlobChunks,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<Option<u64>>> {
        // Not `in_tx!`: a body that has been read cannot be replayed for a retry; a lost
        // race answers 503 and the client uploads again.
        Box::pin(async move { put_blob(&self.pool, &doc, &auth, &hash, body, &quotas).await })
    }

    fn get_blob(
        &self,
        doc: DocId,
        token_hash: TokenHash,
        hash: BlobHash,
    ) -> BoxFuture<'_, Result<Option<BlobReader>>> {
        Box::pin(async move {
            let conn = self.pool.get().await?;
            let st = conn
                .prepare_cached(
                    "SELECT b.size, (SELECT COUNT(*) FROM blob_chunks c
                        WHERE c.doc_id = b.doc_id AND c.hash = b.hash)
                     FROM blobs b JOIN read_tokens t
                       ON t.doc_id = b.doc_id AND t.token_hash = $2
                     WHERE b.doc_id = $1 AND b.hash = $3",
                )
                .await?;
            let Some(row) = conn
                .query_opt(&st, &[&&doc.0[..], &&token_hash.0[..], &&hash.0[..]])
                .await?
            else {
                return Ok(None);
            };
            let (len, chunks): (i64, i64) = (row.get(0), row.get(1));
            drop(conn);
            let pool = self.pool.clone();
            // One chunk per query, on whatever connection is free: the blob is never whole
            // in memory, and a slow reader holds no connection between chunks.
            let stream = futures_util::stream::unfold(0i64, move |idx| {
                let pool = pool.clone();
                async move {
                    if idx >= chunks {
                        return None;
                    }
                    let chunk = async {
                        let conn = pool.get().await?;
                        let row = conn
                            .query_opt(
                                "SELECT data FROM blob_chunks
                                 WHERE doc_id = $1 AND hash = $2 AND idx = $3",
                                &[&&doc.0[..], &&hash.0[..], &(idx as i32)],
                            )
                            .await?
                            .ok_or(StoreError::NotFound)?;
                        Ok::<Vec<u8>, StoreError>(row.get(0))
                    }
                    .await;
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
        Box::pin(async move {
            let mut conn = self.pool.get().await?;
            // One consistent view of the token, head, snapshot and entries.
            let tx = conn
                .build_transaction()
                .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .await?;
            let out = pull(&tx, &doc, &token_hash, since, max_bytes).await?;
            tx.commit().await?;
            Ok(out)
        })
    }

    fn ready(&self) -> BoxFuture<'_, Result<()>> {
        Box::pin(async move {
            let conn = self.pool.get().await?;
            conn.query_one("SELECT 1", &[]).await?;
            Ok(())
        })
    }

    fn shared_events(&self) -> Option<broadcast::Receiver<SharedEvent>> {
        Some(self.events.subscribe())
    }

    fn kind(&self) -> &'static str {
        "postgres"
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn events_round_trip_through_notify_payloads() {
        let doc = DocId([7; 32]);
        for ev in [
            DocEvent::Head(42),
            DocEvent::Revoked(Default::default()),
            DocEvent::Deleted,
        ] {
            let back = parse_event(&event_payload(&doc, &ev));
            assert_eq!(back, Some(SharedEvent::Doc(doc, ev)));
        }
        assert_eq!(parse_event("h:zz:1"), None);
        assert_eq!(parse_event("x:00:1"), None);
        assert_eq!(parse_event(""), None);
    }

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(
            redact("postgres://relay:s3cret@db.example:5432/mosaic"),
            "postgres://relay:***@db.example:5432/mosaic"
        );
        assert!(!redact("postgresql://u:p@h/d").contains(":p@"));
        assert_eq!(redact("postgres://h/d"), "postgres://h/d");
    }
}
