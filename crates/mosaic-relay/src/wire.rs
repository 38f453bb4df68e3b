//! The relay's wire protocol: identifiers, headers, JSON bodies, the binary pull format and the
//! exact bytes a writer signs.
//!
//! This module depends on nothing but `serde`, `sha2` and `hex`, so the client sync engine can
//! reuse it with `default-features = false`. See `PROTOCOL.md` beside `Cargo.toml` for the prose
//! description of the same protocol.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

/// The protocol version spoken by this crate. Sent on every `/v1` request in [`HEADER_PROTOCOL`].
///
/// Version 2: signatures name the relay they are meant for ([`signing_message`]'s audience),
/// only a document's owner key changes access (hand-over, listing), and push subscribers are
/// told to resync after missing events.
pub const PROTOCOL_VERSION: u32 = 2;

/// Request header carrying the protocol version (decimal).
pub const HEADER_PROTOCOL: &str = "mosaic-protocol";
/// Request header: the hex Ed25519 public key that signed a write.
pub const HEADER_KEY: &str = "mosaic-key";
/// Request header: the signer's Unix time in seconds (decimal).
pub const HEADER_TIMESTAMP: &str = "mosaic-timestamp";
/// Request header: a random 16-byte nonce (hex), never reused for the same document.
pub const HEADER_NONCE: &str = "mosaic-nonce";
/// Request header: the hex Ed25519 signature over [`signing_message`].
pub const HEADER_SIGNATURE: &str = "mosaic-signature";
/// Reads carry `authorization: Bearer <hex read token>`.
pub const HEADER_AUTHORIZATION: &str = "authorization";
/// Content type of binary payloads (appends, snapshots, blobs, pull responses).
pub const OCTET_STREAM: &str = "application/octet-stream";

/// How far a write's timestamp may be from the relay's clock, in seconds.
pub const MAX_CLOCK_SKEW_SECS: u64 = 300;

/// Domain separator at the start of every signed message.
pub const SIGNING_DOMAIN: &[u8] = b"mosaic-relay/v2\0";

/// Length of a write nonce in bytes.
pub const NONCE_LEN: usize = 16;

/// Stable error codes found in the `error` field of [`ErrorBody`].
pub mod codes {
    /// The body or a parameter is malformed.
    pub const BAD_REQUEST: &str = "bad_request";
    /// The JSON body could not be parsed into the expected shape.
    pub const BAD_JSON: &str = "bad_json";
    /// The `mosaic-protocol` header is missing.
    pub const MISSING_PROTOCOL: &str = "missing_protocol_version";
    /// The `mosaic-protocol` header names a version this relay does not speak.
    pub const UNSUPPORTED_PROTOCOL: &str = "unsupported_protocol_version";
    /// Unknown document, unknown route, wrong read token or unregistered write key: one answer.
    pub const NOT_FOUND: &str = "not_found";
    /// Signature headers missing or malformed, signature invalid, or timestamp out of window.
    pub const UNAUTHORIZED: &str = "unauthorized";
    /// The nonce of this signed request was already used.
    pub const REPLAY: &str = "replay";
    /// The document id is already taken by another write key.
    pub const EXISTS: &str = "exists";
    /// The request body is larger than the relay accepts.
    pub const PAYLOAD_TOO_LARGE: &str = "payload_too_large";
    /// Storing this would exceed the document's storage quota.
    pub const QUOTA_EXCEEDED: &str = "quota_exceeded";
    /// Too many requests from this client; retry after the `retry-after` header.
    pub const RATE_LIMITED: &str = "rate_limited";
    /// A blob's SHA-256 does not match the hash in its URL.
    pub const HASH_MISMATCH: &str = "hash_mismatch";
    /// The snapshot's `covers_seq` is beyond the log head or older than the stored snapshot.
    pub const BAD_SNAPSHOT: &str = "bad_snapshot";
    /// The change would leave the document with no write key, or too many keys.
    pub const BAD_ACCESS_CHANGE: &str = "bad_access_change";
    /// The signing key may write but is not the document's owner key (access changes).
    pub const NOT_OWNER: &str = "not_owner";
    /// This client address created too many documents or stores too many bytes.
    pub const CLIENT_QUOTA_EXCEEDED: &str = "client_quota_exceeded";
    /// The relay's total storage ceiling is reached: it stores nothing new for anyone.
    pub const STORAGE_FULL: &str = "storage_full";
    /// The request was signed for another relay (its audience is not this relay).
    pub const WRONG_AUDIENCE: &str = "wrong_audience";
    /// Method not allowed on this route.
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    /// The request body did not arrive (or could not be answered) in time.
    pub const TIMEOUT: &str = "request_timeout";
    /// The relay is at its connection limit.
    pub const UNAVAILABLE: &str = "unavailable";
    /// Something went wrong inside the relay (never the client's fault).
    pub const INTERNAL: &str = "internal";
}

/// Every error response body: `{"error":"code","message":"..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// A stable machine-readable code from [`codes`].
    pub error: String,
    /// A human-readable explanation (English, for logs and developers).
    pub message: String,
}

/// Error parsing a hex identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected {expected} hex characters")]
pub struct HexError {
    expected: usize,
}

fn parse_hex<const N: usize>(s: &str) -> Result<[u8; N], HexError> {
    let mut out = [0u8; N];
    if s.len() != N * 2 {
        return Err(HexError { expected: N * 2 });
    }
    hex::decode_to_slice(s, &mut out).map_err(|_| HexError { expected: N * 2 })?;
    Ok(out)
}

macro_rules! hex_id {
    ($(#[$meta:meta])* $name:ident, $len:expr, $debug:expr) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub [u8; $len]);

        impl $name {
            /// The raw bytes.
            pub fn as_bytes(&self) -> &[u8; $len] {
                &self.0
            }
            /// Lower-case hex, as used in URLs, headers and JSON.
            pub fn to_hex(&self) -> String {
                hex::encode(self.0)
            }
            /// Parses exactly the hex form produced by [`Self::to_hex`] (either case).
            pub fn from_hex(s: &str) -> Result<Self, HexError> {
                parse_hex::<$len>(s).map(Self)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let debug: fn(&Self, &mut fmt::Formatter<'_>) -> fmt::Result = $debug;
                debug(self, f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.to_hex())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::from_hex(&s).map_err(serde::de::Error::custom)
            }
        }
    };
}

hex_id!(
    /// A document's opaque 32-byte id, chosen at random by the client.
    DocId,
    32,
    |v, f| write!(f, "DocId({})", v.log_tag())
);
hex_id!(
    /// SHA-256 of a read token: the only form in which the relay stores read capabilities.
    TokenHash,
    32,
    |v, f| write!(f, "TokenHash({}..)", &v.to_hex()[..8])
);
hex_id!(
    /// SHA-256 of a blob's ciphertext: its address.
    BlobHash,
    32,
    |v, f| write!(f, "BlobHash({})", v.to_hex())
);
hex_id!(
    /// An Ed25519 public key allowed to write to a document (32 bytes, compressed point).
    WriteKey,
    32,
    |v, f| write!(f, "WriteKey({})", v.to_hex())
);
hex_id!(
    /// A read capability: 32 random bytes held by the owner's devices and mentors. Secret:
    /// `Debug` never prints it, and the relay only ever sees it to hash it.
    ReadToken,
    32,
    |_, f| f.write_str("ReadToken(<secret>)")
);

impl DocId {
    /// A short, non-reversible tag for logs: 8 hex chars of SHA-256("mosaic-relay-log\0" || id).
    pub fn log_tag(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"mosaic-relay-log\0");
        h.update(self.0);
        hex::encode(&h.finalize()[..4])
    }
}

impl ReadToken {
    /// The hash the relay stores and compares.
    pub fn hash(&self) -> TokenHash {
        TokenHash(sha256(&self.0))
    }
}

impl BlobHash {
    /// The address of `ciphertext`.
    pub fn of(ciphertext: &[u8]) -> Self {
        BlobHash(sha256(ciphertext))
    }
}

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// What a signed write does; part of the signed message so a signature for one operation can
/// never be replayed as another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOp {
    /// `PUT /v1/docs/{id}`: register a document.
    Create,
    /// `POST /v1/docs/{id}/access`: add or remove read token hashes and write keys.
    Access,
    /// `GET /v1/docs/{id}/access`: list the write keys and read token hashes (owner only).
    ListAccess,
    /// `POST /v1/docs/{id}/log`: append one encrypted change batch.
    Append,
    /// `PUT /v1/docs/{id}/snapshot?covers_seq=N`: store a snapshot covering seq 1..=N.
    Snapshot {
        /// The last log sequence number the snapshot includes.
        covers_seq: u64,
    },
    /// `PUT /v1/docs/{id}/blobs/{hash}`: store an attachment blob.
    Blob,
    /// `DELETE /v1/docs/{id}`: forget the document (the owner erased it).
    Delete,
}

impl WriteOp {
    fn tag(&self) -> &'static [u8] {
        match self {
            WriteOp::Create => b"create",
            WriteOp::Access => b"access",
            WriteOp::ListAccess => b"list-access",
            WriteOp::Append => b"append",
            WriteOp::Snapshot { .. } => b"snapshot",
            WriteOp::Blob => b"blob",
            WriteOp::Delete => b"delete",
        }
    }
    fn param(&self) -> u64 {
        match self {
            WriteOp::Snapshot { covers_seq } => *covers_seq,
            _ => 0,
        }
    }
}

/// The exact bytes signed by a writer:
///
/// `SIGNING_DOMAIN || audience length (u16 BE) || audience || op tag || 0x00 || doc id (32)
///  || SHA-256(body) (32) || timestamp (u64 BE) || nonce (16) || op parameter (u64 BE;
///  covers_seq for snapshots, else 0)`
///
/// `audience` is the relay's origin as the client addresses it ([`audience`]), so a request
/// captured on its way to one relay is refused by every other relay.
pub fn signing_message(
    op: WriteOp,
    audience: &str,
    doc: &DocId,
    body_hash: &[u8; 32],
    timestamp: u64,
    nonce: &[u8; NONCE_LEN],
) -> Vec<u8> {
    let aud = audience.as_bytes();
    // Audiences are URLs; anything longer than u16 is cut (and then matches no relay).
    let aud = &aud[..aud.len().min(u16::MAX as usize)];
    let mut m =
        Vec::with_capacity(SIGNING_DOMAIN.len() + 2 + aud.len() + 12 + 32 + 32 + 8 + NONCE_LEN + 8);
    m.extend_from_slice(SIGNING_DOMAIN);
    m.extend_from_slice(&(aud.len() as u16).to_be_bytes());
    m.extend_from_slice(aud);
    m.extend_from_slice(op.tag());
    m.push(0);
    m.extend_from_slice(&doc.0);
    m.extend_from_slice(body_hash);
    m.extend_from_slice(&timestamp.to_be_bytes());
    m.extend_from_slice(nonce);
    m.extend_from_slice(&op.param().to_be_bytes());
    m
}

/// The audience string for a relay base URL: scheme, host, port and path prefix, lower-cased,
/// without trailing `/`. Clients sign it; the relay compares it to its public URL(s).
pub fn audience(base_url: &str) -> String {
    base_url.trim().trim_end_matches('/').to_ascii_lowercase()
}

/// Body of `PUT /v1/docs/{id}` (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateDoc {
    /// The first write key; the request must be signed by it.
    pub write_key: WriteKey,
    /// SHA-256 of the first read token.
    pub read_token_hash: TokenHash,
}

/// Body of `POST /v1/docs/{id}/access` (JSON), signed by the document's owner key.
/// Additions are applied before removals.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccessChange {
    /// Delegated write keys to register (they may write, never change access).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add_write_keys: Vec<WriteKey>,
    /// Write keys to revoke; everything they minted goes with them. Never the owner key:
    /// replace it with [`AccessChange::handover_to`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove_write_keys: Vec<WriteKey>,
    /// Read token hashes to register (new devices, mentors).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add_read_token_hashes: Vec<TokenHash>,
    /// Read token hashes to revoke; open WebSocket subscriptions using them are closed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove_read_token_hashes: Vec<TokenHash>,
    /// Hands the owner authority to this key (revoking a device that held the old one). The
    /// old owner key and every delegated write key end; only the read tokens listed in
    /// [`AccessChange::keep_read_token_hashes`] (or added in this change) survive, so nothing
    /// a thief minted with the old key outlives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handover_to: Option<WriteKey>,
    /// With `handover_to`: the read tokens that stay valid under the new owner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep_read_token_hashes: Vec<TokenHash>,
}

/// Answer to an access change: how many keys and tokens the document now has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessSummary {
    /// Registered write keys (the owner key included).
    pub write_keys: u32,
    /// Registered read token hashes.
    pub read_tokens: u32,
}

/// One registered write key and the key that added it (`None`: the owner key itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WriteKeyEntry {
    /// The public key.
    pub key: WriteKey,
    /// The key that registered it; `None` for the owner key.
    pub added_by: Option<WriteKey>,
}

/// One registered read token hash and the key that added it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadTokenEntry {
    /// SHA-256 of the token.
    pub hash: TokenHash,
    /// The key that registered it (`None`: registered with the document).
    pub added_by: Option<WriteKey>,
}

/// Answer to `GET /v1/docs/{id}/access` (owner only): everything that can read or write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessList {
    /// The owner key: the only key that may change access.
    pub owner: WriteKey,
    /// Every write key, the owner's included.
    pub write_keys: Vec<WriteKeyEntry>,
    /// Every read token hash.
    pub read_tokens: Vec<ReadTokenEntry>,
}

/// Answer to `PUT /v1/docs/{id}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    /// `true` if this request created the document, `false` if it already existed with this
    /// write key registered (an idempotent retry).
    pub created: bool,
}

/// Answer to an append.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appended {
    /// The sequence number the relay assigned (1, 2, 3...; never reused).
    pub seq: u64,
}

/// Answer to a snapshot upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotStored {
    /// The `covers_seq` now stored.
    pub covers_seq: u64,
    /// How many log entries were dropped because the snapshot covers them.
    pub dropped_entries: u64,
}

/// Answer to a blob upload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobStored {
    /// The blob's address.
    pub hash: BlobHash,
    /// `false` if the blob was already stored (uploads are idempotent).
    pub created: bool,
}

/// Answer to `GET /health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// Always `true` when the relay answers.
    pub ok: bool,
    /// The relay's crate version.
    pub version: String,
    /// The protocol version it speaks.
    pub protocol: u32,
}

/// Messages the relay pushes on `/v1/docs/{id}/ws` (JSON text frames).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PushMessage {
    /// The document's log head is now `seq`: pull if your cursor is behind. Sent once on
    /// connect and after every append.
    Head {
        /// The newest sequence number.
        seq: u64,
    },
    /// This subscriber missed events (it fell behind): pull from its cursor and check its
    /// access again. The relay has already closed subscriptions whose token was revoked.
    Resync {
        /// The newest sequence number.
        seq: u64,
    },
}

/// Close code the relay uses when a subscription's read token is revoked.
pub const WS_CLOSE_REVOKED: u16 = 4403;

/// One item of a pull response.
#[derive(Clone, PartialEq, Eq)]
pub enum PullItem {
    /// An encrypted snapshot covering log entries `1..=covers_seq`.
    Snapshot {
        /// Last sequence number included in the snapshot.
        covers_seq: u64,
        /// Ciphertext.
        data: Vec<u8>,
    },
    /// One encrypted change batch.
    Entry {
        /// Relay-assigned sequence number.
        seq: u64,
        /// Ciphertext.
        data: Vec<u8>,
    },
}

impl fmt::Debug for PullItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PullItem::Snapshot { covers_seq, data } => {
                write!(
                    f,
                    "Snapshot {{ covers_seq: {covers_seq}, {} bytes }}",
                    data.len()
                )
            }
            PullItem::Entry { seq, data } => {
                write!(f, "Entry {{ seq: {seq}, {} bytes }}", data.len())
            }
        }
    }
}

impl PullItem {
    /// The cursor a client should store after applying this item.
    pub fn cursor(&self) -> u64 {
        match self {
            PullItem::Snapshot { covers_seq, .. } => *covers_seq,
            PullItem::Entry { seq, .. } => *seq,
        }
    }
}

/// A decoded pull response (`GET /v1/docs/{id}/log?since=N`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PullResponse {
    /// The document's newest sequence number at the time of the pull.
    pub head_seq: u64,
    /// `true` if the response was cut at the relay's size limit: pull again from
    /// [`PullResponse::cursor`].
    pub more: bool,
    /// A snapshot first (if any), then entries in increasing `seq`.
    pub items: Vec<PullItem>,
}

/// Error decoding a pull response.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed pull response: {0}")]
pub struct DecodeError(&'static str);

const PULL_FORMAT: u8 = 1;
const KIND_SNAPSHOT: u8 = 1;
const KIND_ENTRY: u8 = 2;
const FLAG_MORE: u8 = 1;
/// Size of the fixed header of a pull response.
pub const PULL_HEADER_LEN: usize = 1 + 8 + 1;
/// Per-item overhead in a pull response.
pub const PULL_ITEM_OVERHEAD: usize = 1 + 8 + 4;

impl PullResponse {
    /// The cursor after applying every item (or `since` if there were none).
    pub fn cursor(&self, since: u64) -> u64 {
        self.items.last().map_or(since, PullItem::cursor)
    }

    /// Encodes the binary body:
    /// `format u8 = 1 || head_seq u64 BE || flags u8 (bit 0 = more)` then, per item,
    /// `kind u8 (1 = snapshot, 2 = entry) || seq u64 BE || len u32 BE || data`.
    pub fn encode(&self) -> Vec<u8> {
        let size = PULL_HEADER_LEN
            + self
                .items
                .iter()
                .map(|i| PULL_ITEM_OVERHEAD + item_data(i).len())
                .sum::<usize>();
        let mut out = Vec::with_capacity(size);
        out.push(PULL_FORMAT);
        out.extend_from_slice(&self.head_seq.to_be_bytes());
        out.push(if self.more { FLAG_MORE } else { 0 });
        for item in &self.items {
            let (kind, seq) = match item {
                PullItem::Snapshot { covers_seq, .. } => (KIND_SNAPSHOT, *covers_seq),
                PullItem::Entry { seq, .. } => (KIND_ENTRY, *seq),
            };
            let data = item_data(item);
            out.push(kind);
            out.extend_from_slice(&seq.to_be_bytes());
            // Items are bounded by the relay's body limit, far below 4 GiB.
            out.extend_from_slice(&(u32::try_from(data.len()).unwrap_or(u32::MAX)).to_be_bytes());
            out.extend_from_slice(data);
        }
        out
    }

    /// Decodes what [`PullResponse::encode`] produced; never panics on hostile input.
    pub fn decode(mut buf: &[u8]) -> Result<Self, DecodeError> {
        let format = take_u8(&mut buf)?;
        if format != PULL_FORMAT {
            return Err(DecodeError("unknown format version"));
        }
        let head_seq = take_u64(&mut buf)?;
        let flags = take_u8(&mut buf)?;
        let mut items = Vec::new();
        while !buf.is_empty() {
            let kind = take_u8(&mut buf)?;
            let seq = take_u64(&mut buf)?;
            let len = usize::try_from(take_u32(&mut buf)?).map_err(|_| DecodeError("length"))?;
            if buf.len() < len {
                return Err(DecodeError("truncated item"));
            }
            let (data, rest) = buf.split_at(len);
            buf = rest;
            let data = data.to_vec();
            items.push(match kind {
                KIND_SNAPSHOT => PullItem::Snapshot {
                    covers_seq: seq,
                    data,
                },
                KIND_ENTRY => PullItem::Entry { seq, data },
                _ => return Err(DecodeError("unknown item kind")),
            });
        }
        Ok(PullResponse {
            head_seq,
            more: flags & FLAG_MORE != 0,
            items,
        })
    }
}

fn item_data(item: &PullItem) -> &[u8] {
    match item {
        PullItem::Snapshot { data, .. } | PullItem::Entry { data, .. } => data,
    }
}

fn take<'a>(buf: &mut &'a [u8], n: usize) -> Result<&'a [u8], DecodeError> {
    if buf.len() < n {
        return Err(DecodeError("truncated"));
    }
    let (head, rest) = buf.split_at(n);
    *buf = rest;
    Ok(head)
}

fn take_u8(buf: &mut &[u8]) -> Result<u8, DecodeError> {
    Ok(take(buf, 1)?[0])
}

fn take_u32(buf: &mut &[u8]) -> Result<u32, DecodeError> {
    let b = take(buf, 4)?;
    Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn take_u64(buf: &mut &[u8]) -> Result<u64, DecodeError> {
    let b = take(buf, 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(b);
    Ok(u64::from_be_bytes(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_roundtrip_and_garbage() {
        let r = PullResponse {
            head_seq: 9,
            more: true,
            items: vec![
                PullItem::Snapshot {
                    covers_seq: 5,
                    data: vec![1, 2, 3],
                },
                PullItem::Entry {
                    seq: 6,
                    data: vec![],
                },
            ],
        };
        let enc = r.encode();
        assert_eq!(PullResponse::decode(&enc), Ok(r.clone()));
        assert_eq!(r.cursor(0), 6);
        for cut in 0..enc.len() {
            // Truncations either fail cleanly or decode a prefix; never panic.
            let _ = PullResponse::decode(&enc[..cut]);
        }
        assert!(PullResponse::decode(&[7, 0, 0]).is_err());
    }

    #[test]
    fn ids_hex_and_secret_debug() {
        let id = DocId([0xab; 32]);
        assert_eq!(DocId::from_hex(&id.to_hex()), Ok(id));
        assert!(DocId::from_hex("abc").is_err());
        assert!(DocId::from_hex(&"zz".repeat(32)).is_err());
        let t = ReadToken([7; 32]);
        assert!(!format!("{t:?}").contains("07"));
        let json = serde_json::to_string(&CreateDoc {
            write_key: WriteKey([1; 32]),
            read_token_hash: t.hash(),
        });
        assert!(json.is_ok());
    }
}
