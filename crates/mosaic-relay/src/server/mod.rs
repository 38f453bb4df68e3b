//! The relay server: axum routes over a [`store::Storage`] (SQLite or PostgreSQL),
//! WebSocket push (across instances when the database is shared), limits,
//! and its own accept loop (connection cap, header/idle and request timeouts).
//!
//! Start it with [`serve`] (your runtime, your listener), [`start`] (spawns on the current
//! runtime) or [`BackgroundRelay`] (its own runtime on a thread: handy for blocking tests).

mod blob_body;
pub mod client_ip;
mod conn;
pub mod limits;
pub mod metrics;
pub mod store;

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{
    ConnectInfo, DefaultBodyLimit, Extension, MatchedPath, Path, Query, Request, State,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::Deserialize;
use tokio::sync::{broadcast, watch};

use crate::auth::{AuthError, SignedWrite, unix_now};
use crate::wire::{
    self, AccessChange, AccessList, Appended, BlobHash, BlobStored, CreateDoc, Created, DocId,
    ErrorBody, HEADER_PROTOCOL, Health, OCTET_STREAM, PROTOCOL_VERSION, PushMessage, ReadToken,
    SnapshotStored, TokenHash, WS_CLOSE_REVOKED, WriteOp, codes,
};
use limits::ClientKey;
use store::{Authority, BodyFault, Database, DocEvent, Quotas, SharedEvent, Storage, StoreError};

/// Relay settings. [`Config::new`] gives the defaults used by the binary.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the data lives: an SQLite file (created if missing), or a PostgreSQL URL
    /// shared by several relay instances.
    pub db: Database,
    /// Largest request body accepted (413 above). Default 4 MiB.
    pub max_body_bytes: usize,
    /// A pull response is cut (with `more` set) once it reaches about this size. Default 4 MiB.
    pub max_pull_bytes: usize,
    /// Sustained requests per second per client IP (429 above); `<= 0` disables. Default 20.
    pub rate_per_sec: f64,
    /// Burst size of the per-IP token bucket. Default 60.
    pub rate_burst: f64,
    /// Reverse proxies whose `X-Forwarded-For` names the client for rate limiting (see
    /// [`client_ip`]). Default none: the TCP peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Bytes stored per document (log + snapshot + blobs) before 507. Default 256 MiB.
    pub doc_quota_bytes: u64,
    /// Documents one client (IPv4 address or IPv6 /64) may create. Default 1000.
    pub max_docs_per_client: u64,
    /// Bytes stored in all documents one client created, before 507. Default 4 GiB.
    pub client_quota_bytes: u64,
    /// Bytes stored in all documents together; past it every growing write gets 507
    /// `storage_full` (reads and compaction still work). Default 32 GiB.
    pub max_total_bytes: u64,
    /// The relay's public origins (e.g. `https://relay.example`), the audiences signed
    /// requests must name. Empty: `http://<bound address>`.
    pub public_urls: Vec<String>,
    /// Most open TCP connections; more wait in the listen backlog. Default 25 000.
    pub max_connections: usize,
    /// A connection must deliver a complete request head within this long after opening or
    /// after its previous response (so it is also the keep-alive idle timeout). Default 20 s.
    pub header_timeout: Duration,
    /// Longest time to receive a request body and answer it. Default 60 s.
    pub request_timeout: Duration,
    /// Largest WebSocket message or frame a client may send (the connection is closed with
    /// 1009 above). Clients need not send anything. Default 4 KiB.
    pub ws_max_message_bytes: usize,
    /// Most concurrent WebSocket subscriptions (503 above). Default 20 000.
    pub max_ws_connections: usize,
    /// Allowed distance between a write's timestamp and the relay clock. Default 300 s.
    pub clock_skew_secs: u64,
    /// `synchronous=FULL` (an acknowledged write survives power loss) instead of `NORMAL`.
    /// Default true.
    pub durable: bool,
}

impl Config {
    fn quotas(&self) -> Quotas {
        Quotas {
            doc_bytes: self.doc_quota_bytes,
            client_docs: self.max_docs_per_client,
            client_bytes: self.client_quota_bytes,
            total_bytes: self.max_total_bytes,
        }
    }

    /// Defaults, storing in `db` (an SQLite path, or a [`Database`]).
    pub fn new(db: impl Into<Database>) -> Self {
        Config {
            db: db.into(),
            max_body_bytes: 4 * 1024 * 1024,
            max_pull_bytes: 4 * 1024 * 1024,
            rate_per_sec: 20.0,
            rate_burst: 60.0,
            trusted_proxies: Vec::new(),
            doc_quota_bytes: 256 * 1024 * 1024,
            max_docs_per_client: 1000,
            client_quota_bytes: 4 * 1024 * 1024 * 1024,
            max_total_bytes: 32 * 1024 * 1024 * 1024,
            public_urls: Vec::new(),
            max_connections: 25_000,
            header_timeout: Duration::from_secs(20),
            request_timeout: Duration::from_secs(60),
            ws_max_message_bytes: 4 * 1024,
            max_ws_connections: 20_000,
            clock_skew_secs: wire::MAX_CLOCK_SKEW_SECS,
            durable: true,
        }
    }
}

/// Failure to start the relay.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Opening or migrating the database failed.
    #[error("cannot open database: {0}")]
    Store(#[from] StoreError),
    /// Binding or serving failed.
    #[error("network error: {0}")]
    Io(#[from] std::io::Error),
    /// The storage thread panicked.
    #[error("startup task failed: {0}")]
    Join(String),
}

/// What the hub carries: a document's events, or "you may have missed some" (the shared
/// database's notification connection dropped).
#[derive(Clone, Debug)]
enum HubEvent {
    Doc(DocEvent),
    Missed,
}

/// Fan-out of document events to WebSocket sessions.
#[derive(Default)]
struct Hub {
    chans: Mutex<HashMap<DocId, broadcast::Sender<HubEvent>>>,
}

impl Hub {
    fn subscribe(&self, doc: DocId) -> Option<broadcast::Receiver<HubEvent>> {
        let mut map = self.chans.lock().ok()?;
        Some(
            map.entry(doc)
                .or_insert_with(|| broadcast::channel(64).0)
                .subscribe(),
        )
    }
    fn publish(&self, doc: &DocId, ev: HubEvent) {
        if let Ok(map) = self.chans.lock()
            && let Some(tx) = map.get(doc)
        {
            let _ = tx.send(ev);
        }
    }
    /// Tells every subscriber of every document that events may have been lost.
    fn publish_missed(&self) {
        if let Ok(map) = self.chans.lock() {
            for tx in map.values() {
                let _ = tx.send(HubEvent::Missed);
            }
        }
    }
    fn release(&self, doc: &DocId) {
        if let Ok(mut map) = self.chans.lock()
            && map.get(doc).is_some_and(|tx| tx.receiver_count() == 0)
        {
            map.remove(doc);
        }
    }
}

struct AppState {
    store: Arc<dyn Storage>,
    /// The database delivers events to every instance (PostgreSQL): publish only what it
    /// sends back, never locally, so each event reaches a subscriber once.
    shared_events: bool,
    cfg: Config,
    /// Normalized [`Config::public_urls`]: what signatures must name.
    audiences: Vec<String>,
    limiter: limits::RateLimiter,
    hub: Hub,
    metrics: metrics::Metrics,
    ws_count: AtomicUsize,
    shutdown: watch::Receiver<bool>,
}

type Shared = Arc<AppState>;

/// An error answer: status + `{"error","message"}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            retry_after: None,
        }
    }
    fn bad(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, codes::BAD_REQUEST, message)
    }
    /// The one answer for unknown documents, wrong tokens, unregistered keys, unknown routes.
    fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            "not found (unknown document, or no access to it)",
        )
    }
    fn internal(what: &str) -> Self {
        tracing::error!(error = what, "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::INTERNAL,
            "internal relay error",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = (
            self.status,
            Json(ErrorBody {
                error: self.code.to_string(),
                message: self.message,
            }),
        )
            .into_response();
        if let Some(secs) = self.retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::Replay => ApiError::new(
                StatusCode::UNAUTHORIZED,
                codes::REPLAY,
                "this signed request was already used (nonce replay)",
            ),
            StoreError::Exists => ApiError::new(
                StatusCode::CONFLICT,
                codes::EXISTS,
                "a document with this id already exists",
            ),
            StoreError::Quota { .. } => ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                codes::QUOTA_EXCEEDED,
                e.to_string(),
            ),
            StoreError::BadSnapshot(m) => {
                ApiError::new(StatusCode::CONFLICT, codes::BAD_SNAPSHOT, m)
            }
            StoreError::BadAccess(m) => {
                ApiError::new(StatusCode::BAD_REQUEST, codes::BAD_ACCESS_CHANGE, m)
            }
            StoreError::ClientQuota(m) => ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                codes::CLIENT_QUOTA_EXCEEDED,
                m,
            ),
            StoreError::StorageFull { .. } => ApiError::new(
                StatusCode::INSUFFICIENT_STORAGE,
                codes::STORAGE_FULL,
                e.to_string(),
            ),
            StoreError::NotOwner => {
                ApiError::new(StatusCode::FORBIDDEN, codes::NOT_OWNER, e.to_string())
            }
            StoreError::Sqlite(e) => ApiError::internal(&e.to_string()),
            StoreError::Database(m) => ApiError::internal(&m),
            // Nothing was stored: the client retries later (the sync engine does).
            StoreError::Unavailable(m) | StoreError::Conflict(m) => {
                tracing::warn!(error = %m, "database unavailable");
                let mut e = ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    codes::UNAVAILABLE,
                    "the relay's database is unavailable; nothing was stored, try again shortly",
                );
                e.retry_after = Some(2);
                e
            }
            StoreError::Body(fault) => body_fault(fault),
            StoreError::Poisoned => ApiError::internal("storage unavailable"),
            StoreError::Thread(m) => ApiError::internal(&m),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        ApiError::new(StatusCode::UNAUTHORIZED, codes::UNAUTHORIZED, e.to_string())
    }
}

fn body_rejection(r: BytesRejection) -> ApiError {
    if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::PAYLOAD_TOO_LARGE,
            "request body too large",
        )
    } else {
        ApiError::new(r.status(), codes::BAD_REQUEST, r.body_text())
    }
}

/// The answers a buffered body got for the same failures.
fn body_fault(fault: BodyFault) -> ApiError {
    match fault {
        BodyFault::TooLarge => ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::PAYLOAD_TOO_LARGE,
            "request body too large",
        ),
        BodyFault::HashMismatch => ApiError::new(
            StatusCode::BAD_REQUEST,
            codes::HASH_MISMATCH,
            "the body's SHA-256 does not match the hash in the URL",
        ),
        BodyFault::Interrupted(m) => ApiError::new(StatusCode::BAD_REQUEST, codes::BAD_REQUEST, m),
    }
}

fn parse_doc(s: &str) -> Result<DocId, ApiError> {
    DocId::from_hex(s).map_err(|_| ApiError::bad("document id must be 64 hex characters"))
}

/// The read token's hash from `authorization: Bearer <hex>`; `None` if absent or malformed
/// (answered exactly like a wrong token).
fn read_token_hash(headers: &HeaderMap) -> Option<TokenHash> {
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let t = v.strip_prefix("Bearer ")?;
    ReadToken::from_hex(t.trim()).ok().map(|t| t.hash())
}

fn verify_write(
    st: &AppState,
    headers: &HeaderMap,
    op: WriteOp,
    doc: &DocId,
    body_hash: &[u8; 32],
) -> Result<SignedWrite, ApiError> {
    let sig = SignedWrite::from_headers(|n| headers.get(n).and_then(|v| v.to_str().ok()))?;
    sig.verify(
        op,
        &st.audiences,
        doc,
        body_hash,
        unix_now(),
        st.cfg.clock_skew_secs,
    )?;
    Ok(sig)
}

/// The proof a store checks for a write: the verified signature and the relay's clock.
fn authority(st: &AppState, sig: SignedWrite) -> Authority {
    Authority {
        sig,
        now: unix_now(),
        skew: st.cfg.clock_skew_secs,
    }
}

/// Tells this instance's subscribers about a committed change, unless the database already
/// delivers it to every instance.
fn publish(st: &AppState, doc: &DocId, ev: DocEvent) {
    if !st.shared_events {
        st.hub.publish(doc, HubEvent::Doc(ev));
    }
}

fn parse_json<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, codes::BAD_JSON, e.to_string()))
}

/// `GET /metrics`: Prometheus text format (see [`metrics`]).
async fn metrics_text(State(st): State<Shared>) -> Response {
    let up = matches!(
        tokio::time::timeout(Duration::from_secs(2), st.store.ready()).await,
        Ok(Ok(()))
    );
    let text = st
        .metrics
        .render(st.ws_count.load(Ordering::SeqCst), up, st.store.kind());
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
        )],
        text,
    )
        .into_response()
}

/// `GET /health`: liveness. The process answers, whatever its database does.
async fn health() -> Json<Health> {
    Json(Health {
        ok: true,
        version: env!("CARGO_PKG_VERSION").to_string(),
        protocol: PROTOCOL_VERSION,
    })
}

/// `GET /health/ready`: readiness. 200 when the database answers within a few seconds,
/// 503 otherwise (a load balancer sends requests elsewhere meanwhile).
async fn ready(State(st): State<Shared>) -> Response {
    let check = tokio::time::timeout(Duration::from_secs(5), st.store.ready()).await;
    let (status, database) = match check {
        Ok(Ok(())) => (StatusCode::OK, "reachable"),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "unreachable"),
    };
    let body = serde_json::json!({
        "ready": status == StatusCode::OK,
        "backend": st.store.kind(),
        "database": database,
    });
    (status, Json(body)).into_response()
}

async fn create_doc(
    State(st): State<Shared>,
    Extension(client): Extension<ClientKey>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let body = body.map_err(body_rejection)?;
    let sig = verify_write(&st, &headers, WriteOp::Create, &doc, &wire::sha256(&body))?;
    let req: CreateDoc = parse_json(&body)?;
    if req.write_key != sig.key {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            codes::UNAUTHORIZED,
            "creation must be signed by the write key it registers",
        ));
    }
    let outcome = st
        .store
        .create_doc(
            doc,
            req.write_key,
            req.read_token_hash,
            authority(&st, sig),
            client.to_bytes(),
            st.cfg.quotas(),
        )
        .await?;
    let created = outcome == store::Created::New;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(Created { created })).into_response())
}

/// `DELETE /v1/docs/{id}` (empty body, signed by a write key): the relay forgets the
/// document, its log, snapshot, blobs and tokens; open push subscriptions are closed.
async fn delete_doc(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let body = body.map_err(body_rejection)?;
    let sig = verify_write(&st, &headers, WriteOp::Delete, &doc, &wire::sha256(&body))?;
    st.store.delete_doc(doc, authority(&st, sig)).await?;
    publish(&st, &doc, DocEvent::Deleted);
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn update_access(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let body = body.map_err(body_rejection)?;
    let sig = verify_write(&st, &headers, WriteOp::Access, &doc, &wire::sha256(&body))?;
    let change: AccessChange = parse_json(&body)?;
    let revoked = change.remove_read_token_hashes.clone();
    let handover = change.handover_to.is_some();
    let summary = st
        .store
        .update_access(doc, authority(&st, sig), change)
        .await?;
    // A hand-over may end tokens without naming them: tell every subscriber to recheck.
    if !revoked.is_empty() || handover {
        publish(&st, &doc, DocEvent::Revoked(Arc::new(revoked)));
    }
    Ok(Json(summary).into_response())
}

async fn list_access(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<AccessList>, ApiError> {
    let doc = parse_doc(&id)?;
    let sig = verify_write(&st, &headers, WriteOp::ListAccess, &doc, &wire::sha256(b""))?;
    Ok(Json(st.store.list_access(doc, authority(&st, sig)).await?))
}

async fn append(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let body = body.map_err(body_rejection)?;
    let sig = verify_write(&st, &headers, WriteOp::Append, &doc, &wire::sha256(&body))?;
    let len = body.len();
    let seq = st
        .store
        .append(doc, authority(&st, sig), body.into(), st.cfg.quotas())
        .await?;
    st.metrics.stored(metrics::Stored::Entry, len);
    publish(&st, &doc, DocEvent::Head(seq));
    Ok(Json(Appended { seq }).into_response())
}

#[derive(Deserialize)]
struct SinceQuery {
    #[serde(default)]
    since: u64,
}

async fn pull(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    q: Result<Query<SinceQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let Query(q) = q.map_err(|e| ApiError::bad(format!("bad query: {e}")))?;
    let th = read_token_hash(&headers).ok_or_else(ApiError::not_found)?;
    let max = st.cfg.max_pull_bytes;
    let resp = st
        .store
        .pull(doc, th, q.since, max)
        .await?
        .ok_or_else(ApiError::not_found)?;
    Ok(([(header::CONTENT_TYPE, OCTET_STREAM)], resp.encode()).into_response())
}

#[derive(Deserialize)]
struct CoversQuery {
    covers_seq: u64,
}

async fn put_snapshot(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    q: Result<Query<CoversQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let Query(q) = q.map_err(|e| ApiError::bad(format!("bad query: {e}")))?;
    let body = body.map_err(body_rejection)?;
    let op = WriteOp::Snapshot {
        covers_seq: q.covers_seq,
    };
    let sig = verify_write(&st, &headers, op, &doc, &wire::sha256(&body))?;
    let covers = q.covers_seq;
    let len = body.len();
    let out = st
        .store
        .put_snapshot(
            doc,
            authority(&st, sig),
            covers,
            body.into(),
            st.cfg.quotas(),
        )
        .await?;
    st.metrics.stored(metrics::Stored::Snapshot, len);
    Ok(Json(SnapshotStored {
        covers_seq: covers,
        dropped_entries: out.dropped,
    })
    .into_response())
}

fn parse_blob_hash(s: &str) -> Result<BlobHash, ApiError> {
    BlobHash::from_hex(s).map_err(|_| ApiError::bad("blob hash must be 64 hex characters"))
}

/// The body goes to the store as it arrives (see [`blob_body`]), never whole in memory.
/// Answers keep today's precedence: a refused body (413, 400 `hash_mismatch`) before a bad
/// signature (401), before the store's rules (404, replay, 507).
async fn put_blob(
    State(st): State<Shared>,
    Path((id, hash)): Path<(String, String)>,
    headers: HeaderMap,
    body: axum::body::Body,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let hash = parse_blob_hash(&hash)?;
    let chunks = blob_body::blob_chunks(body, hash, st.cfg.max_body_bytes);
    // The signature covers SHA-256(body), which must equal the address: checking it against
    // the address now is checking it against the body, as the store commits nothing else.
    let sig = match verify_write(&st, &headers, WriteOp::Blob, &doc, &hash.0) {
        Ok(sig) => sig,
        Err(e) => {
            // Nothing of an unsigned upload is stored; it is read only to answer as before.
            return Err(match blob_body::drain(chunks).await {
                Some(fault) => StoreError::Body(fault).into(),
                None => e,
            });
        }
    };
    let stored = st
        .store
        .put_blob(doc, authority(&st, sig), hash, chunks, st.cfg.quotas())
        .await?;
    let created = stored.is_some();
    let status = if let Some(len) = stored {
        st.metrics.stored(
            metrics::Stored::Blob,
            usize::try_from(len).unwrap_or(usize::MAX),
        );
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(BlobStored { hash, created })).into_response())
}

async fn get_blob(
    State(st): State<Shared>,
    Path((id, hash)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let hash = parse_blob_hash(&hash)?;
    let th = read_token_hash(&headers).ok_or_else(ApiError::not_found)?;
    let blob = st
        .store
        .get_blob(doc, th, hash)
        .await?
        .ok_or_else(ApiError::not_found)?;
    // Streamed chunk by chunk as the database hands them over.
    let body = axum::body::Body::from_stream(blob.chunks);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(OCTET_STREAM)),
            (header::CONTENT_LENGTH, HeaderValue::from(blob.len)),
        ],
        body,
    )
        .into_response())
}

async fn subscribe(
    State(st): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Result<Response, ApiError> {
    let doc = parse_doc(&id)?;
    let upgrade = upgrade.map_err(|e| ApiError::bad(format!("not a WebSocket request: {e}")))?;
    let th = read_token_hash(&headers).ok_or_else(ApiError::not_found)?;
    if !st.store.can_read(doc, th).await? {
        return Err(ApiError::not_found());
    }
    let Some(slot) = WsSlot::take(&st) else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            codes::UNAVAILABLE,
            "too many subscriptions; poll instead",
        ));
    };
    let max = st.cfg.ws_max_message_bytes;
    let st2 = st.clone();
    Ok(upgrade
        .max_message_size(max)
        .max_frame_size(max)
        // The relay only sends small JSON notifications and reads (almost) nothing: the
        // 128 KiB default buffers would cost 256 MiB per 1000 subscribers.
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .on_failed_upgrade(|_| ())
        .on_upgrade(move |socket| async move {
            // The slot lives in this callback: it is returned when the session ends, and
            // also when the upgrade fails and axum drops the callback unrun.
            let _slot = slot;
            ws_session(st2.clone(), doc, th, socket).await;
            st2.hub.release(&doc);
        }))
}

/// One of the [`Config::max_ws_connections`] subscription slots, returned on drop.
struct WsSlot(Shared);

impl WsSlot {
    fn take(st: &Shared) -> Option<Self> {
        let max = st.cfg.max_ws_connections;
        st.ws_count
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < max).then_some(n + 1)
            })
            .ok()
            .map(|_| WsSlot(st.clone()))
    }
}

impl Drop for WsSlot {
    fn drop(&mut self) {
        self.0.ws_count.fetch_sub(1, Ordering::SeqCst);
    }
}

fn push_text(msg: &PushMessage) -> Message {
    Message::Text(serde_json::to_string(msg).unwrap_or_default().into())
}

async fn ws_session(st: Shared, doc: DocId, token: TokenHash, mut socket: WebSocket) {
    let Some(mut rx) = st.hub.subscribe(doc) else {
        return;
    };
    let mut shutdown = st.shutdown.clone();
    let head = st.store.head(doc).await.unwrap_or(0);
    if socket
        .send(push_text(&PushMessage::Head { seq: head }))
        .await
        .is_err()
    {
        return;
    }
    tracing::debug!(doc = %doc.log_tag(), "subscribed");
    loop {
        tokio::select! {
            ev = rx.recv() => match on_event(&st, &doc, &token, ev).await {
                Step::Send(msg) => {
                    if socket.send(push_text(&msg)).await.is_err() {
                        break;
                    }
                }
                Step::Skip => {}
                Step::Revoked => {
                    close(&mut socket, WS_CLOSE_REVOKED, "read access revoked").await;
                    break;
                }
                Step::End => break,
            },
            msg = socket.recv() => match msg {
                None | Some(Ok(Message::Close(_))) => break,
                Some(Ok(_)) => {} // pings are answered by the library; other input is ignored
                Some(Err(e)) => {
                    let too_big = e
                        .into_inner()
                        .downcast_ref::<tokio_tungstenite::tungstenite::Error>()
                        .is_some_and(|e| matches!(e, tokio_tungstenite::tungstenite::Error::Capacity(_)));
                    let (code, reason) = if too_big { (1009, "message too big") } else { (1002, "protocol error") };
                    tracing::info!(doc = %doc.log_tag(), code, "closing WebSocket after bad input");
                    close(&mut socket, code, reason).await;
                    break;
                }
            },
            _ = shutdown.changed() => {
                close(&mut socket, 1001, "relay shutting down").await;
                break;
            }
        }
    }
    drop(rx);
}

/// What a subscription does with one hub event.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Send(PushMessage),
    Skip,
    /// The subscription's token no longer reads the document: close with 4403.
    Revoked,
    End,
}

async fn on_event(
    st: &AppState,
    doc: &DocId,
    token: &TokenHash,
    ev: Result<HubEvent, broadcast::error::RecvError>,
) -> Step {
    // A storage error is not a revocation; the client will find out on its next pull.
    let readable = || async { st.store.can_read(*doc, *token).await.unwrap_or(true) };
    match ev {
        Ok(HubEvent::Doc(DocEvent::Head(seq))) => Step::Send(PushMessage::Head { seq }),
        // The document is gone: nothing more will come, as for a revoked reader.
        Ok(HubEvent::Doc(DocEvent::Deleted)) => Step::Revoked,
        Ok(HubEvent::Doc(DocEvent::Revoked(hashes))) => {
            // A hand-over names no tokens: every subscriber rechecks its own.
            if hashes.contains(token) || (hashes.is_empty() && !readable().await) {
                Step::Revoked
            } else {
                Step::Skip
            }
        }
        Err(broadcast::error::RecvError::Lagged(_)) | Ok(HubEvent::Missed) => {
            // Missed events may include this token's revocation: check it before anything
            // else, then tell the client it missed something.
            if !readable().await {
                return Step::Revoked;
            }
            match st.store.head(*doc).await {
                Ok(seq) => Step::Send(PushMessage::Resync { seq }),
                // The database is away: say nothing now; its return brings another resync.
                Err(_) => Step::Skip,
            }
        }
        Err(broadcast::error::RecvError::Closed) => Step::End,
    }
}

async fn close(socket: &mut WebSocket, code: u16, reason: &'static str) {
    let _ = socket
        .send(Message::Close(Some(CloseFrame {
            code,
            reason: reason.into(),
        })))
        .await;
}

async fn not_found_fallback() -> ApiError {
    ApiError::not_found()
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        codes::METHOD_NOT_ALLOWED,
        "method not allowed on this route",
    )
}

/// Rate limit, protocol version check and a request log line without payloads or secrets.
async fn gate(
    State(st): State<Shared>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut req: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("<unmatched>", |m| m.as_str())
        .to_string();
    // The doc id is the 4th path segment of /v1/docs/{id}/...; log only its short hash.
    let doc_tag = req
        .uri()
        .path()
        .split('/')
        .nth(3)
        .and_then(|s| DocId::from_hex(s).ok())
        .map(|d| d.log_tag());
    let client = client_ip::client_ip(
        peer.ip(),
        req.headers().get_all("x-forwarded-for").iter(),
        &st.cfg.trusted_proxies,
    );
    req.extensions_mut().insert(ClientKey::of(client));
    let resp = match admit(&st, client, &req) {
        // The timeout covers reading the body too: a client trickling bytes is cut off.
        Ok(()) => match tokio::time::timeout(st.cfg.request_timeout, next.run(req)).await {
            Ok(resp) => resp,
            Err(_) => ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                codes::TIMEOUT,
                "request not received and answered in time",
            )
            .into_response(),
        },
        Err(e) => e.into_response(),
    };
    let status = resp.status().as_u16();
    // Known methods only: a client inventing methods must not grow the label set.
    let method_label = match method.as_str() {
        m @ ("GET" | "PUT" | "POST" | "DELETE" | "HEAD" | "OPTIONS") => m,
        _ => "other",
    };
    st.metrics.request(method_label, &route, status);
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::warn!(%method, route, doc = doc_tag.as_deref(), status, ms, "request");
    } else {
        tracing::info!(%method, route, doc = doc_tag.as_deref(), status, ms, "request");
    }
    resp
}

fn admit(st: &AppState, ip: IpAddr, req: &Request) -> Result<(), ApiError> {
    if let Err(wait) = st.limiter.check(ip) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            codes::RATE_LIMITED,
            "too many requests; slow down",
        );
        e.retry_after = Some(wait.ceil().max(1.0) as u64);
        return Err(e);
    }
    // Refuse announced oversized bodies before reading a byte (the body extractor would
    // otherwise wait for data that is never going to be accepted).
    let announced = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > st.cfg.max_body_bytes as u64) {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::PAYLOAD_TOO_LARGE,
            format!("request body larger than {} bytes", st.cfg.max_body_bytes),
        ));
    }
    if req.uri().path().starts_with("/v1/") && req.method() != Method::OPTIONS {
        let Some(v) = req.headers().get(HEADER_PROTOCOL) else {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::MISSING_PROTOCOL,
                format!("send the `{HEADER_PROTOCOL}: {PROTOCOL_VERSION}` header"),
            ));
        };
        if v.to_str().ok().and_then(|s| s.trim().parse::<u32>().ok()) != Some(PROTOCOL_VERSION) {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                codes::UNSUPPORTED_PROTOCOL,
                format!("this relay speaks protocol version {PROTOCOL_VERSION} only"),
            ));
        }
    }
    Ok(())
}

fn router(state: Shared) -> Router {
    let max_body = state.cfg.max_body_bytes;
    Router::new()
        .route("/health", get(health))
        .route("/health/live", get(health))
        .route("/health/ready", get(ready))
        .route("/metrics", get(metrics_text))
        .route("/v1/docs/{id}", put(create_doc).delete(delete_doc))
        .route("/v1/docs/{id}/access", post(update_access).get(list_access))
        .route("/v1/docs/{id}/log", post(append).get(pull))
        .route("/v1/docs/{id}/snapshot", put(put_snapshot))
        .route("/v1/docs/{id}/blobs/{hash}", put(put_blob).get(get_blob))
        .route("/v1/docs/{id}/ws", get(subscribe))
        .fallback(not_found_fallback)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), gate))
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// Serves on `listener` until `shutdown` completes, then stops accepting, finishes in-flight
/// requests, closes WebSocket subscriptions (code 1001) and returns.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let store = store::open(&config.db, config.durable).await?;
    serve_with(listener, config, store, shutdown).await
}

/// [`serve`] with a store already open (see [`store::open`]).
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    config: Config,
    store: Arc<dyn Storage>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    let (stop_tx, stop_rx) = watch::channel(false);
    let audiences = if config.public_urls.is_empty() {
        vec![wire::audience(&format!(
            "http://{}",
            listener.local_addr()?
        ))]
    } else {
        config
            .public_urls
            .iter()
            .map(|u| wire::audience(u))
            .collect()
    };
    let limits = conn::Limits {
        max_connections: config.max_connections,
        header_timeout: config.header_timeout,
    };
    let events = store.shared_events();
    let state = Arc::new(AppState {
        shared_events: events.is_some(),
        store,
        limiter: limits::RateLimiter::new(config.rate_per_sec, config.rate_burst),
        cfg: config,
        audiences,
        hub: Hub::default(),
        metrics: metrics::Metrics::default(),
        ws_count: AtomicUsize::new(0),
        shutdown: stop_rx,
    });
    if let Some(events) = events {
        tokio::spawn(forward_shared_events(events, state.clone()));
    }
    let app = router(state.clone());
    conn::accept_loop(listener, app, limits, async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
        let _ = stop_tx.send(true);
    })
    .await?;
    // Upgraded WebSocket connections are not tracked by the accept loop; give them a moment
    // to send their close frames.
    let deadline = Instant::now() + Duration::from_secs(5);
    while state.ws_count.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Ok(())
}

/// Publishes what the shared database delivers (every instance's commits) to this
/// instance's subscribers, until the server stops.
async fn forward_shared_events(mut events: broadcast::Receiver<SharedEvent>, st: Shared) {
    let mut shutdown = st.shutdown.clone();
    loop {
        tokio::select! {
            ev = events.recv() => match ev {
                Ok(SharedEvent::Doc(doc, ev)) => st.hub.publish(&doc, HubEvent::Doc(ev)),
                Ok(SharedEvent::Missed) | Err(broadcast::error::RecvError::Lagged(_)) => {
                    st.hub.publish_missed();
                }
                Err(broadcast::error::RecvError::Closed) => break,
            },
            _ = shutdown.changed() => break,
        }
    }
}

/// A relay running as a task on the current tokio runtime.
pub struct RunningRelay {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), StartError>>,
}

/// Binds `listen` (port 0 picks a free port), opens the database and starts serving.
pub async fn start(config: Config, listen: SocketAddr) -> Result<RunningRelay, StartError> {
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    let store = store::open(&config.db, config.durable).await?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(serve_with(listener, config, store, async move {
        let _ = rx.await;
    }));
    Ok(RunningRelay {
        addr,
        stop: Some(tx),
        task,
    })
}

impl RunningRelay {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// `http://ADDR`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
    /// Graceful shutdown; waits until the server has stopped.
    pub async fn shutdown(mut self) -> Result<(), StartError> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        (&mut self.task)
            .await
            .map_err(|e| StartError::Join(e.to_string()))?
    }
}

/// A relay on its own runtime and thread, for blocking callers (tests, the sync engine's
/// tests). Dropping it shuts it down.
pub struct BackgroundRelay {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<Result<(), StartError>>>,
}

impl BackgroundRelay {
    /// Starts a relay on `listen` (e.g. `127.0.0.1:0`) with `config`.
    pub fn start(config: Config, listen: SocketAddr) -> Result<Self, StartError> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("mosaic-relay".into())
            .spawn(move || {
                rt.block_on(async move {
                    match start(config, listen).await {
                        Ok(relay) => {
                            let _ = ready_tx.send(Ok(relay.addr()));
                            let _ = stop_rx.await;
                            relay.shutdown().await
                        }
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                            Ok(())
                        }
                    }
                })
            })?;
        let addr = ready_rx
            .recv()
            .map_err(|e| StartError::Join(e.to_string()))??;
        Ok(BackgroundRelay {
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Graceful shutdown; returns once the database is closed.
    pub fn stop(mut self) -> Result<(), StartError> {
        self.stop_inner()
    }

    fn stop_inner(&mut self) -> Result<(), StartError> {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        match self.thread.take() {
            Some(t) => t
                .join()
                .map_err(|_| StartError::Join("relay thread panicked".into()))?,
            None => Ok(()),
        }
    }
}

impl Drop for BackgroundRelay {
    fn drop(&mut self) {
        let _ = self.stop_inner();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::WriterKey;

    fn state(dir: &std::path::Path) -> Result<Shared, StoreError> {
        let store = store::sqlite::SqliteStore::open(&dir.join("relay.db"), false)?;
        let cfg = Config::new(dir.join("relay.db"));
        Ok(Arc::new(AppState {
            store: Arc::new(store),
            shared_events: false,
            limiter: limits::RateLimiter::new(0.0, 1.0),
            audiences: vec!["http://test".into()],
            cfg,
            hub: Hub::default(),
            metrics: metrics::Metrics::default(),
            ws_count: AtomicUsize::new(0),
            shutdown: watch::channel(false).1,
        }))
    }

    fn signed(w: &WriterKey, op: WriteOp, doc: &DocId, nonce: u8) -> Authority {
        Authority {
            sig: w.sign_with_nonce(op, "http://test", doc, &[0; 32], unix_now(), [nonce; 16]),
            now: unix_now(),
            skew: 300,
        }
    }

    /// Finding 10: a subscriber that fell behind may have missed the event revoking its own
    /// token; it must be closed (4403), not told the head and left open.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_lagging_subscriber_cannot_miss_its_revocation()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let st = state(dir.path())?;
        let doc = DocId([1; 32]);
        let w = WriterKey::generate()?;
        let (revoked, kept) = (ReadToken([2; 32]), ReadToken([3; 32]));
        st.store
            .create_doc(
                doc,
                w.public(),
                revoked.hash(),
                signed(&w, WriteOp::Create, &doc, 1),
                vec![127, 0, 0, 1],
                Quotas::UNLIMITED,
            )
            .await?;
        let change = AccessChange {
            add_read_token_hashes: vec![kept.hash()],
            ..Default::default()
        };
        st.store
            .update_access(doc, signed(&w, WriteOp::Access, &doc, 2), change)
            .await?;
        let change = AccessChange {
            remove_read_token_hashes: vec![revoked.hash()],
            ..Default::default()
        };
        st.store
            .update_access(doc, signed(&w, WriteOp::Access, &doc, 3), change)
            .await?;
        let lagged = || Err(broadcast::error::RecvError::Lagged(100));
        assert_eq!(
            on_event(&st, &doc, &revoked.hash(), lagged()).await,
            Step::Revoked
        );
        // A subscriber that may still read is told to resync.
        assert_eq!(
            on_event(&st, &doc, &kept.hash(), lagged()).await,
            Step::Send(PushMessage::Resync { seq: 0 })
        );
        Ok(())
    }
}
