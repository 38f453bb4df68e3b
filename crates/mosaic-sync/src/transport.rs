//! The relay as the engine sees it: one trait, implemented by the real blocking client
//! ([`RelayTransport`]) and by the in-memory model used in tests ([`crate::sim`]).

use std::time::Duration;

use mosaic_relay::auth::WriterKey;
use mosaic_relay::client::{ClientError, RelayClient};
use mosaic_relay::wire::{AccessChange, BlobHash, DocId, PullResponse, ReadToken, TokenHash};

/// A failed relay call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// Network trouble, timeout, garbled or truncated answer, relay overloaded: retry later.
    #[error("transient: {0}")]
    Transient(String),
    /// Unknown document or wrong read token (the relay gives one answer for both).
    #[error("not found")]
    NotFound,
    /// The relay refused the request for good.
    #[error("{code}: {message}")]
    Refused { code: String, message: String },
}

/// Result of a relay call.
pub type TResult<T> = std::result::Result<T, TransportError>;

/// Every relay operation the engine uses.
pub trait Transport {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()>;
    fn update_access(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> TResult<()>;
    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64>;
    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse>;
    fn put_snapshot(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        data: &[u8],
    ) -> TResult<()>;
    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash>;
    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>>;
    /// Forgets the document at the relay (the owner erased it); signed by a write key.
    fn delete_doc(&mut self, doc: &DocId, writer: &WriterKey) -> TResult<()> {
        let _ = (doc, writer);
        Err(TransportError::Refused {
            code: "unsupported".into(),
            message: "this transport cannot delete documents".into(),
        })
    }
    /// Waits before a retry (the simulation does not sleep).
    fn sleep(&mut self, d: Duration) {
        std::thread::sleep(d);
    }
}

/// Request and response body bytes seen by a transport (headers excluded).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WireBytes {
    pub sent: u64,
    pub received: u64,
    pub requests: u64,
}

impl WireBytes {
    pub fn total(&self) -> u64 {
        self.sent + self.received
    }
}

/// The real relay, through `mosaic_relay::client::RelayClient`, counting body bytes.
#[derive(Debug, Clone)]
pub struct RelayTransport {
    client: RelayClient,
    pub bytes: WireBytes,
}

impl RelayTransport {
    /// A transport for the relay at `url` with a 30 s timeout per request.
    pub fn new(url: &str) -> Self {
        RelayTransport {
            client: RelayClient::with_timeout(url, Duration::from_secs(30)),
            bytes: WireBytes::default(),
        }
    }
    pub fn url(&self) -> &str {
        self.client.base_url()
    }
    fn count(&mut self, sent: usize, received: usize) {
        self.bytes.sent += sent as u64;
        self.bytes.received += received as u64;
        self.bytes.requests += 1;
    }
}

fn map_err(e: ClientError) -> TransportError {
    match &e {
        ClientError::Relay {
            status,
            code,
            message,
        } => {
            if *status == 404 {
                TransportError::NotFound
            } else if *status == 429 || *status >= 500 || code == "replay" {
                TransportError::Transient(e.to_string())
            } else {
                TransportError::Refused {
                    code: code.clone(),
                    message: message.clone(),
                }
            }
        }
        _ => TransportError::Transient(e.to_string()),
    }
}

impl Transport for RelayTransport {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()> {
        let r = self.client.create_doc(doc, writer, read).map_err(map_err)?;
        self.count(130, 16);
        let _ = r;
        Ok(())
    }
    fn update_access(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> TResult<()> {
        self.client
            .update_access(doc, writer, change)
            .map_err(map_err)?;
        let sent = serde_json::to_vec(change).map_or(0, |v| v.len());
        self.count(sent, 30);
        Ok(())
    }
    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64> {
        let seq = self.client.append(doc, writer, data).map_err(map_err)?;
        self.count(data.len(), format!("{{\"seq\":{seq}}}").len());
        Ok(seq)
    }
    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse> {
        let r = self.client.pull(doc, token, since).map_err(map_err)?;
        // `encode` is the exact inverse of the decoder: this is the response body size.
        self.count(0, r.encode().len());
        Ok(r)
    }
    fn put_snapshot(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        data: &[u8],
    ) -> TResult<()> {
        self.client
            .put_snapshot(doc, writer, covers_seq, data)
            .map_err(map_err)?;
        self.count(data.len(), 40);
        Ok(())
    }
    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash> {
        let r = self.client.put_blob(doc, writer, data).map_err(map_err)?;
        self.count(data.len(), 90);
        Ok(r.hash)
    }
    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>> {
        let b = self.client.get_blob(doc, token, hash).map_err(map_err)?;
        self.count(0, b.len());
        Ok(b)
    }
    fn delete_doc(&mut self, doc: &DocId, writer: &WriterKey) -> TResult<()> {
        self.client.delete_doc(doc, writer).map_err(map_err)?;
        self.count(0, 0);
        Ok(())
    }
}

/// Exponential backoff with full jitter for transient errors.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts per call, the first included.
    pub attempts: u32,
    pub base: Duration,
    pub max: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 5,
            base: Duration::from_millis(200),
            max: Duration::from_secs(10),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `attempt` (0-based): uniform in `[0, min(max, base*2^n)]`.
    pub fn delay(&self, attempt: u32) -> Duration {
        let cap = self
            .base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.max);
        let mut b = [0u8; 8];
        use chacha20poly1305::aead::{OsRng, rand_core::RngCore};
        OsRng.fill_bytes(&mut b);
        let frac = (u64::from_le_bytes(b) >> 11) as f64 / (1u64 << 53) as f64;
        cap.mul_f64(frac)
    }

    /// Runs `f`, retrying transient failures.
    pub fn run<T, X: Transport + ?Sized>(
        &self,
        t: &mut X,
        mut f: impl FnMut(&mut X) -> TResult<T>,
    ) -> TResult<T> {
        let mut attempt = 0;
        loop {
            match f(t) {
                Err(TransportError::Transient(m)) => {
                    attempt += 1;
                    if attempt >= self.attempts.max(1) {
                        return Err(TransportError::Transient(m));
                    }
                    tracing::debug!(attempt, "relay call failed, retrying: {m}");
                    let d = self.delay(attempt - 1);
                    t.sleep(d);
                }
                other => return other,
            }
        }
    }
}
