//! A small blocking client for every relay endpoint (feature `client`).
//!
//! HTTP via `ureq` 3 (rustls, no OpenSSL); push via `tungstenite` (ws:// and wss://).
//! Every write is signed here with [`WriterKey::sign`]; callers never build requests by hand.

use std::io::ErrorKind;
use std::net::TcpStream;
use std::time::Duration;

use tungstenite::client::IntoClientRequest;
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

use crate::auth::{RandomError, SignedWrite, WriterKey, unix_now};
use crate::wire::{
    AccessChange, AccessList, AccessSummary, Appended, BlobHash, BlobStored, CreateDoc, Created,
    DocId, ErrorBody, HEADER_PROTOCOL, Health, OCTET_STREAM, PROTOCOL_VERSION, PullResponse,
    PushMessage, ReadToken, SnapshotStored, TokenHash, WriteOp,
};

/// What can go wrong talking to the relay.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Transport failure (connection refused, timeout, TLS...). Retry later.
    #[error("transport: {0}")]
    Transport(#[from] ureq::Error),
    /// The relay answered with an error.
    #[error("relay refused ({status} {code}): {message}")]
    Relay {
        /// HTTP status.
        status: u16,
        /// Stable code from [`crate::wire::codes`].
        code: String,
        /// Human-readable explanation.
        message: String,
    },
    /// The relay's answer could not be decoded.
    #[error("malformed answer from relay: {0}")]
    Decode(String),
    /// A downloaded blob does not hash to its address.
    #[error("blob content does not match its hash")]
    HashMismatch,
    /// WebSocket failure.
    #[error("websocket: {0}")]
    WebSocket(#[from] Box<tungstenite::Error>),
    /// No randomness for a nonce.
    #[error(transparent)]
    Random(#[from] RandomError),
}

impl ClientError {
    /// The relay's error code, if the relay answered with one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Relay { code, .. } => Some(code),
            _ => None,
        }
    }
    /// The HTTP status, if the relay answered with an error.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Relay { status, .. } => Some(*status),
            _ => None,
        }
    }
}

type Result<T> = std::result::Result<T, ClientError>;

/// An HTTP answer as received, for callers that need the raw status and body.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// HTTP status code.
    pub status: u16,
    /// Body bytes.
    pub body: Vec<u8>,
    /// The `retry-after` header, if any.
    pub retry_after: Option<String>,
}

impl RawResponse {
    /// The error body, if this is a JSON error.
    pub fn error(&self) -> Option<ErrorBody> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A blocking relay client. Cheap to clone (shares its connection pool).
#[derive(Clone)]
pub struct RelayClient {
    base: String,
    agent: ureq::Agent,
    max_response_bytes: u64,
}

impl std::fmt::Debug for RelayClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RelayClient({})", self.base)
    }
}

impl RelayClient {
    /// A client for the relay at `base_url` (e.g. `https://relay.example` or
    /// `http://127.0.0.1:8787`), with a 60 s timeout per request.
    pub fn new(base_url: &str) -> Self {
        Self::with_timeout(base_url, Duration::from_secs(60))
    }

    /// Same, with a custom per-request timeout.
    pub fn with_timeout(base_url: &str, timeout: Duration) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(timeout))
            .build()
            .into();
        RelayClient {
            base: base_url.trim_end_matches('/').to_string(),
            agent,
            max_response_bytes: 64 * 1024 * 1024,
        }
    }

    /// The base URL.
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// What this client's signatures name as their relay ([`crate::wire::audience`]).
    pub fn audience(&self) -> String {
        crate::wire::audience(&self.base)
    }

    /// Sends any request and returns the raw answer (status errors are not turned into
    /// `Err`). `path` starts with `/`. The protocol header is added unless `headers` has one.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        body: Option<&[u8]>,
    ) -> Result<RawResponse> {
        let url = format!("{}{}", self.base, path);
        let mut req = ureq::http::Request::builder().method(method).uri(&url);
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(HEADER_PROTOCOL))
        {
            req = req.header(HEADER_PROTOCOL, PROTOCOL_VERSION.to_string());
        }
        for (k, v) in headers {
            req = req.header(*k, v.as_str());
        }
        let resp = match body {
            Some(b) => {
                let req = req
                    .header("content-type", OCTET_STREAM)
                    .body(b.to_vec())
                    .map_err(|e| ClientError::Decode(e.to_string()))?;
                self.agent.run(req)?
            }
            None => {
                let req = req
                    .body(())
                    .map_err(|e| ClientError::Decode(e.to_string()))?;
                self.agent.run(req)?
            }
        };
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp
            .into_body()
            .with_config()
            .limit(self.max_response_bytes)
            .read_to_vec()?;
        Ok(RawResponse {
            status,
            body,
            retry_after,
        })
    }

    fn checked(&self, r: RawResponse) -> Result<Vec<u8>> {
        if (200..300).contains(&r.status) {
            return Ok(r.body);
        }
        let (code, message) = match r.error() {
            Some(e) => (e.error, e.message),
            None => (
                "http_error".to_string(),
                String::from_utf8_lossy(&r.body).chars().take(200).collect(),
            ),
        };
        Err(ClientError::Relay {
            status: r.status,
            code,
            message,
        })
    }

    fn json<T: for<'de> serde::Deserialize<'de>>(&self, r: RawResponse) -> Result<T> {
        let body = self.checked(r)?;
        serde_json::from_slice(&body).map_err(|e| ClientError::Decode(e.to_string()))
    }

    /// Sends a write whose signature was made elsewhere (e.g. to retry the exact same
    /// request, which the relay refuses as a replay).
    pub fn send_signed(
        &self,
        method: &str,
        path: &str,
        sig: &SignedWrite,
        body: &[u8],
    ) -> Result<RawResponse> {
        let headers: Vec<(&str, String)> = sig.headers().into_iter().collect();
        self.request(method, path, &headers, Some(body))
    }

    fn signed(
        &self,
        method: &str,
        path: &str,
        op: WriteOp,
        doc: &DocId,
        writer: &WriterKey,
        body: &[u8],
    ) -> Result<RawResponse> {
        let sig = writer.sign(op, &self.audience(), doc, body, unix_now())?;
        self.send_signed(method, path, &sig, body)
    }

    fn bearer(token: &ReadToken) -> [(&'static str, String); 1] {
        [("authorization", format!("Bearer {}", token.to_hex()))]
    }

    /// `GET /health`.
    pub fn health(&self) -> Result<Health> {
        let r = self.request("GET", "/health", &[], None)?;
        self.json(r)
    }

    /// `PUT /v1/docs/{id}`: registers `doc` with `writer`'s public key and the first read
    /// token hash. Retrying with the same writer is harmless (`created: false`).
    pub fn create_doc(
        &self,
        doc: &DocId,
        writer: &WriterKey,
        read_token_hash: &TokenHash,
    ) -> Result<Created> {
        let body = serde_json::to_vec(&CreateDoc {
            write_key: writer.public(),
            read_token_hash: *read_token_hash,
        })
        .map_err(|e| ClientError::Decode(e.to_string()))?;
        let path = format!("/v1/docs/{}", doc.to_hex());
        let r = self.signed("PUT", &path, WriteOp::Create, doc, writer, &body)?;
        self.json(r)
    }

    /// `POST /v1/docs/{id}/access`: add/remove read token hashes and write keys.
    pub fn update_access(
        &self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> Result<AccessSummary> {
        let body = serde_json::to_vec(change).map_err(|e| ClientError::Decode(e.to_string()))?;
        let path = format!("/v1/docs/{}/access", doc.to_hex());
        let r = self.signed("POST", &path, WriteOp::Access, doc, writer, &body)?;
        self.json(r)
    }

    /// `GET /v1/docs/{id}/access`, signed by the owner key: every write key and read token
    /// hash, with the key that added each.
    pub fn list_access(&self, doc: &DocId, owner: &WriterKey) -> Result<AccessList> {
        let path = format!("/v1/docs/{}/access", doc.to_hex());
        let sig = owner.sign(WriteOp::ListAccess, &self.audience(), doc, b"", unix_now())?;
        let headers: Vec<(&str, String)> = sig.headers().into_iter().collect();
        let r = self.request("GET", &path, &headers, None)?;
        self.json(r)
    }

    /// `DELETE /v1/docs/{id}`: the relay forgets the document (log, snapshot, blobs, tokens).
    pub fn delete_doc(&self, doc: &DocId, owner: &WriterKey) -> Result<()> {
        let path = format!("/v1/docs/{}", doc.to_hex());
        // No body (some HTTP stacks refuse one on DELETE); the signature covers the empty one.
        let sig = owner.sign(WriteOp::Delete, &self.audience(), doc, &[], unix_now())?;
        let headers: Vec<(&str, String)> = sig.headers().into_iter().collect();
        let r = self.request("DELETE", &path, &headers, None)?;
        self.checked(r)?;
        Ok(())
    }

    /// `POST /v1/docs/{id}/log`: appends one encrypted change batch; returns its seq.
    pub fn append(&self, doc: &DocId, writer: &WriterKey, ciphertext: &[u8]) -> Result<u64> {
        let path = format!("/v1/docs/{}/log", doc.to_hex());
        let r = self.signed("POST", &path, WriteOp::Append, doc, writer, ciphertext)?;
        Ok(self.json::<Appended>(r)?.seq)
    }

    /// `GET /v1/docs/{id}/log?since=N`: the snapshot (when `since` is 0 or compacted away)
    /// then entries after it. If `more` is set, pull again from `resp.cursor(since)`.
    pub fn pull(&self, doc: &DocId, token: &ReadToken, since: u64) -> Result<PullResponse> {
        let path = format!("/v1/docs/{}/log?since={since}", doc.to_hex());
        let r = self.request("GET", &path, &Self::bearer(token), None)?;
        let body = self.checked(r)?;
        PullResponse::decode(&body).map_err(|e| ClientError::Decode(e.to_string()))
    }

    /// `PUT /v1/docs/{id}/snapshot?covers_seq=N`: stores an encrypted snapshot of entries
    /// `1..=covers_seq`; the relay drops those entries.
    pub fn put_snapshot(
        &self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        ciphertext: &[u8],
    ) -> Result<SnapshotStored> {
        let path = format!("/v1/docs/{}/snapshot?covers_seq={covers_seq}", doc.to_hex());
        let op = WriteOp::Snapshot { covers_seq };
        let r = self.signed("PUT", &path, op, doc, writer, ciphertext)?;
        self.json(r)
    }

    /// `PUT /v1/docs/{id}/blobs/{sha256}`: stores an encrypted attachment; idempotent.
    pub fn put_blob(
        &self,
        doc: &DocId,
        writer: &WriterKey,
        ciphertext: &[u8],
    ) -> Result<BlobStored> {
        let hash = BlobHash::of(ciphertext);
        let path = format!("/v1/docs/{}/blobs/{}", doc.to_hex(), hash.to_hex());
        let sig = writer.sign_with_nonce(
            WriteOp::Blob,
            &self.audience(),
            doc,
            &hash.0,
            unix_now(),
            random_nonce()?,
        );
        let r = self.send_signed("PUT", &path, &sig, ciphertext)?;
        self.json(r)
    }

    /// `GET /v1/docs/{id}/blobs/{sha256}`; the content is checked against its hash.
    pub fn get_blob(&self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> Result<Vec<u8>> {
        let path = format!("/v1/docs/{}/blobs/{}", doc.to_hex(), hash.to_hex());
        let r = self.request("GET", &path, &Self::bearer(token), None)?;
        let body = self.checked(r)?;
        if BlobHash::of(&body) != *hash {
            return Err(ClientError::HashMismatch);
        }
        Ok(body)
    }

    /// Opens `/v1/docs/{id}/ws`. The first message is the current head; then one per append.
    pub fn subscribe(&self, doc: &DocId, token: &ReadToken) -> Result<Subscription> {
        let ws_base = if let Some(rest) = self.base.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = self.base.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            self.base.clone()
        };
        let url = format!("{ws_base}/v1/docs/{}/ws", doc.to_hex());
        let mut req = url
            .into_client_request()
            .map_err(|e| ClientError::WebSocket(Box::new(e)))?;
        let h = req.headers_mut();
        let bad = |_| ClientError::Decode("header value".into());
        h.insert(
            HEADER_PROTOCOL,
            PROTOCOL_VERSION.to_string().parse().map_err(bad)?,
        );
        h.insert(
            "authorization",
            format!("Bearer {}", token.to_hex()).parse().map_err(bad)?,
        );
        // Push messages are tiny; keep per-connection buffers small on phones.
        let ws_cfg = tungstenite::protocol::WebSocketConfig::default()
            .read_buffer_size(4 * 1024)
            .write_buffer_size(0)
            .max_message_size(Some(1024 * 1024));
        match tungstenite::client::connect_with_config(req, Some(ws_cfg), 3) {
            Ok((ws, _)) => Ok(Subscription { ws }),
            Err(tungstenite::Error::Http(resp)) => {
                let status = resp.status().as_u16();
                let body = resp.body().clone().unwrap_or_default();
                self.checked(RawResponse {
                    status,
                    body,
                    retry_after: None,
                })?;
                Err(ClientError::Decode(format!("unexpected HTTP {status}")))
            }
            Err(e) => Err(ClientError::WebSocket(Box::new(e))),
        }
    }
}

fn random_nonce() -> Result<[u8; crate::wire::NONCE_LEN]> {
    let mut n = [0u8; crate::wire::NONCE_LEN];
    getrandom::fill(&mut n).map_err(|e| ClientError::Decode(format!("random: {e}")))?;
    Ok(n)
}

/// An open push subscription.
pub struct Subscription {
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
}

/// How a subscription ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubscriptionEvent {
    /// A push message.
    Push(PushMessage),
    /// The relay closed the connection with this code (1001 shutdown, 1009 too big,
    /// [`crate::wire::WS_CLOSE_REVOKED`] revoked...).
    Closed(Option<u16>),
    /// Nothing arrived before the read timeout.
    Timeout,
}

impl Subscription {
    /// Sets how long [`Subscription::next_event`] waits (`None`: forever).
    pub fn set_read_timeout(&mut self, timeout: Option<Duration>) -> Result<()> {
        let r = match self.ws.get_mut() {
            MaybeTlsStream::Plain(s) => s.set_read_timeout(timeout),
            MaybeTlsStream::Rustls(s) => s.get_mut().set_read_timeout(timeout),
            _ => Ok(()),
        };
        r.map_err(|e| ClientError::WebSocket(Box::new(tungstenite::Error::Io(e))))
    }

    /// Waits for the next event.
    pub fn next_event(&mut self) -> Result<SubscriptionEvent> {
        loop {
            match self.ws.read() {
                Ok(Message::Text(t)) => {
                    return serde_json::from_str(t.as_str())
                        .map(SubscriptionEvent::Push)
                        .map_err(|e| ClientError::Decode(e.to_string()));
                }
                Ok(Message::Close(frame)) => {
                    return Ok(SubscriptionEvent::Closed(frame.map(|f| f.code.into())));
                }
                Ok(_) => continue,
                Err(tungstenite::Error::Io(e))
                    if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) =>
                {
                    return Ok(SubscriptionEvent::Timeout);
                }
                Err(tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed) => {
                    return Ok(SubscriptionEvent::Closed(None));
                }
                Err(e) => return Err(ClientError::WebSocket(Box::new(e))),
            }
        }
    }

    /// Sends a raw message (the relay ignores input; used by tests for hostile frames).
    pub fn send_raw(&mut self, msg: Message) -> Result<()> {
        self.ws
            .send(msg)
            .map_err(|e| ClientError::WebSocket(Box::new(e)))
    }

    /// Closes politely.
    pub fn close(mut self) {
        let _ = self.ws.close(None);
        let _ = self.ws.flush();
    }
}
