//! The relay's storage: one [`Storage`] trait, two backends.
//!
//! - [`sqlite::SqliteStore`], the embedded default: one file, one process.
//! - [`postgres::PgStore`]: any number of relay processes on one PostgreSQL database.
//!
//! Both enforce the same rules on stored state, inside one database transaction per request:
//! who may write (registered write keys, each nonce used once), who may change access (the
//! owner key only; a hand-over ends everything the old key minted), sequence numbers (the
//! head is incremented in the same transaction that stores the entry) and storage accounting
//! (per document, per creating client, and a total ceiling). Nothing is decided in a
//! process's memory, so the rules hold across instances.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use tokio::sync::broadcast;

use crate::auth::SignedWrite;
use crate::wire::{
    AccessChange, AccessList, AccessSummary, BlobHash, DocId, PullResponse, TokenHash, WriteKey,
};

pub mod migrate;
pub mod pg_tls;
pub mod postgres;
pub mod sqlite;

/// Most write keys and read token hashes one document may hold.
pub const MAX_KEYS_PER_DOC: u32 = 256;

/// Size of one stored blob chunk (both backends), and of the pieces an upload is staged in.
pub const BLOB_CHUNK: usize = 256 * 1024;

/// Why an upload's body was refused while it arrived; nothing of it is kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyFault {
    /// More bytes than the request body limit.
    #[error("request body too large")]
    TooLarge,
    /// The body's SHA-256 is not the address it was sent to.
    #[error("the body's SHA-256 does not match the hash in the URL")]
    HashMismatch,
    /// The body could not be read to its end (the client went away, or sent garbage).
    #[error("the request body could not be read: {0}")]
    Interrupted(String),
}

/// An upload's body in [`BLOB_CHUNK`]-byte pieces (the last one shorter), as it arrives.
/// It ends normally only once the whole body arrived and matched its address; a
/// [`BodyFault`] item ends it otherwise, and the store must then keep nothing.
pub type BlobChunks =
    futures_util::stream::BoxStream<'static, std::result::Result<Vec<u8>, BodyFault>>;

/// What went wrong in the store; the HTTP layer maps each to a status and code.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Unknown doc, or the signing key is not registered for it (indistinguishable on purpose).
    #[error("not found")]
    NotFound,
    /// The nonce was already used for this document.
    #[error("replayed nonce")]
    Replay,
    /// The document id is registered with other write keys.
    #[error("document already exists")]
    Exists,
    /// The write would exceed the per-document quota.
    #[error("document storage quota of {quota} bytes exceeded")]
    Quota {
        /// The quota in bytes.
        quota: u64,
    },
    /// The client address that created the document is over its budget.
    #[error("{0}")]
    ClientQuota(String),
    /// The relay's total storage ceiling is reached.
    #[error(
        "the relay's storage is full ({limit} bytes); it accepts nothing new until space is freed"
    )]
    StorageFull {
        /// The ceiling in bytes.
        limit: u64,
    },
    /// The key may write to the document but is not its owner key.
    #[error("only the document's owner key may change or list access")]
    NotOwner,
    /// Snapshot beyond the head or older than the stored one.
    #[error("{0}")]
    BadSnapshot(String),
    /// Access change refused.
    #[error("{0}")]
    BadAccess(String),
    /// SQLite failed.
    #[error("storage error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database cannot be reached (PostgreSQL down, connection lost, pool exhausted):
    /// nothing was stored; the client should retry later.
    #[error("the relay's database is unreachable: {0}")]
    Unavailable(String),
    /// The database answered with an error.
    #[error("database error: {0}")]
    Database(String),
    /// The transaction lost a race with another one (after retries).
    #[error("concurrent write conflict: {0}")]
    Conflict(String),
    /// An upload's body was refused (too large, wrong hash, cut off); nothing was stored.
    #[error("{0}")]
    Body(BodyFault),
    /// A mutex was poisoned, or the writer thread is gone.
    #[error("storage unavailable")]
    Poisoned,
    /// The writer thread could not start or a batch failed to commit.
    #[error("storage writer: {0}")]
    Thread(String),
}

/// Results of the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Storage limits checked on every write that grows what the relay stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotas {
    /// Bytes per document (log + snapshot + blobs).
    pub doc_bytes: u64,
    /// Documents one client address (IPv4, or IPv6 /64) may create.
    pub client_docs: u64,
    /// Bytes stored in all documents created by one client address.
    pub client_bytes: u64,
    /// Bytes stored in all documents together.
    pub total_bytes: u64,
}

impl Quotas {
    /// No limits (tests of other behaviour).
    pub const UNLIMITED: Quotas = Quotas {
        doc_bytes: u64::MAX,
        client_docs: u64::MAX,
        client_bytes: u64::MAX,
        total_bytes: u64::MAX,
    };
}

/// Outcome of a creation request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Created {
    /// New document.
    New,
    /// Already existed with this key registered.
    Existing,
}

/// Outcome of a snapshot upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotOutcome {
    /// Log entries dropped.
    pub dropped: u64,
}

/// A signed write's proof, checked against the stored keys and nonces.
#[derive(Debug, Clone)]
pub struct Authority {
    /// The verified signature (key, nonce, timestamp).
    pub sig: SignedWrite,
    /// The relay's clock (unix seconds).
    pub now: u64,
    /// How far a signature's timestamp may be from `now`; nonces are kept that long.
    pub skew: u64,
}

/// Something subscribers of a document must hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocEvent {
    /// The log grew to this head.
    Head(u64),
    /// Read tokens were removed; an empty list means "recheck your own" (a hand-over, or an
    /// event that crossed instances without its list).
    Revoked(Arc<Vec<TokenHash>>),
    /// The owner deleted the document.
    Deleted,
}

/// An event a shared backend delivers to every relay instance (this one included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SharedEvent {
    /// An event about one document.
    Doc(DocId, DocEvent),
    /// Events may have been lost (the listening connection dropped): every subscriber must
    /// recheck its access and resynchronize.
    Missed,
}

/// A whole blob read back in chunks, so a large one is never held whole.
pub struct BlobReader {
    /// Total size in bytes.
    pub len: u64,
    /// The chunks, in order.
    pub chunks: futures_util::stream::BoxStream<'static, Result<Vec<u8>>>,
}

/// Counts of what a store holds (for `migrate` and `/metrics`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Documents.
    pub docs: u64,
    /// Bytes charged to all documents.
    pub bytes: u64,
}

/// What the relay needs from a database. Every method runs in one transaction; a method
/// that fails changes nothing.
///
/// Writes carry an [`Authority`]: the backend checks the key is registered for the document
/// (or is its owner, for access changes and deletion) and burns the nonce, in the same
/// transaction as the write.
pub trait Storage: Send + Sync + 'static {
    /// Registers a document, owned by `write_key`, created by `client` (its address bucket).
    fn create_doc<'a>(
        &'a self,
        doc: DocId,
        write_key: WriteKey,
        read_hash: TokenHash,
        auth: Authority,
        client: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'a, Result<Created>>;

    /// `true` iff `doc` exists and `token_hash` is one of its read tokens.
    fn can_read(&self, doc: DocId, token_hash: TokenHash) -> BoxFuture<'_, Result<bool>>;

    /// The log head (0 if the doc is unknown).
    fn head(&self, doc: DocId) -> BoxFuture<'_, Result<u64>>;

    /// Applies an access change signed by the document's owner key.
    fn update_access(
        &self,
        doc: DocId,
        auth: Authority,
        change: AccessChange,
    ) -> BoxFuture<'_, Result<AccessSummary>>;

    /// Every write key and read token hash of `doc`, for its owner key.
    fn list_access(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<AccessList>>;

    /// Forgets a document (owner key only): log, snapshot, blobs, tokens, keys.
    fn delete_doc(&self, doc: DocId, auth: Authority) -> BoxFuture<'_, Result<()>>;

    /// Appends one entry; returns its seq (head + 1, decided in the database).
    fn append(
        &self,
        doc: DocId,
        auth: Authority,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<u64>>;

    /// Stores a snapshot covering `1..=covers_seq` and drops the entries it covers.
    fn put_snapshot(
        &self,
        doc: DocId,
        auth: Authority,
        covers_seq: u64,
        data: Vec<u8>,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<SnapshotOutcome>>;

    /// Stores a blob as its body arrives: `body`'s chunks are staged one by one, out of
    /// sight, and the blob becomes visible in one transaction (key, nonce, quotas checked
    /// there) only once the body ended cleanly. Any failure, or the future being dropped
    /// mid-upload (client gone), leaves no blob, no staged chunk and no byte charged.
    /// Returns the blob's size if it was new, `None` if it was already stored (nothing
    /// charged).
    fn put_blob(
        &self,
        doc: DocId,
        auth: Authority,
        hash: BlobHash,
        body: BlobChunks,
        quotas: Quotas,
    ) -> BoxFuture<'_, Result<Option<u64>>>;

    /// A blob, if it exists and `token_hash` may read `doc`.
    fn get_blob(
        &self,
        doc: DocId,
        token_hash: TokenHash,
        hash: BlobHash,
    ) -> BoxFuture<'_, Result<Option<BlobReader>>>;

    /// Everything after `since`: the snapshot first when `since` is 0 or inside the compacted
    /// region, then entries, cut at about `max_bytes` (at least one item is always included).
    /// `None` if the doc is unknown or the token cannot read it.
    fn pull(
        &self,
        doc: DocId,
        token_hash: TokenHash,
        since: u64,
        max_bytes: usize,
    ) -> BoxFuture<'_, Result<Option<PullResponse>>>;

    /// `Ok` when the database answers a query now (readiness).
    fn ready(&self) -> BoxFuture<'_, Result<()>>;

    /// For a backend shared by several relay processes: the events every instance commits,
    /// this one's included (the server then publishes only what arrives here). `None` for a
    /// backend only this process uses.
    fn shared_events(&self) -> Option<broadcast::Receiver<SharedEvent>>;

    /// Which backend this is, for logs and `/health`.
    fn kind(&self) -> &'static str;
}

/// Where the relay keeps its data: an SQLite file or a PostgreSQL URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Database {
    /// The embedded default: one file.
    Sqlite(std::path::PathBuf),
    /// `postgres://` or `postgresql://` URL (a libpq connection string).
    Postgres(String),
}

impl Database {
    /// `postgres://…` and `postgresql://…` name PostgreSQL; anything else is a file path.
    pub fn parse(s: &str) -> Database {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Database::Postgres(s.to_string())
        } else {
            Database::Sqlite(s.into())
        }
    }

    /// What logs may show: the file path, or the URL without its password.
    pub fn display(&self) -> String {
        match self {
            Database::Sqlite(p) => p.display().to_string(),
            Database::Postgres(url) => postgres::redact(url),
        }
    }
}

impl From<std::path::PathBuf> for Database {
    fn from(p: std::path::PathBuf) -> Self {
        Database::Sqlite(p)
    }
}

impl From<&std::path::PathBuf> for Database {
    fn from(p: &std::path::PathBuf) -> Self {
        Database::Sqlite(p.clone())
    }
}

impl From<&std::path::Path> for Database {
    fn from(p: &std::path::Path) -> Self {
        Database::Sqlite(p.to_path_buf())
    }
}

/// Opens (creating and migrating as needed) the database `db` names.
pub async fn open(db: &Database, durable: bool) -> Result<Arc<dyn Storage>> {
    match db {
        Database::Sqlite(path) => {
            let path = path.clone();
            let store =
                tokio::task::spawn_blocking(move || sqlite::SqliteStore::open(&path, durable))
                    .await
                    .map_err(|e| StoreError::Thread(e.to_string()))??;
            Ok(Arc::new(store))
        }
        Database::Postgres(url) => Ok(Arc::new(postgres::PgStore::open(url).await?)),
    }
}
