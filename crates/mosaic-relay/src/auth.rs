//! Write authority (Ed25519 request signatures) and read capabilities (random tokens).
//!
//! Shared by the server (verification) and clients (signing); no server dependencies.
//! Uses `ed25519-dalek` 3 (the same major as the sync engine) and `getrandom` for randomness.

use std::time::{SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::wire::{
    self, DocId, HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, NONCE_LEN,
    ReadToken, WriteKey, WriteOp,
};

/// The operating system's random source failed.
#[derive(Debug, thiserror::Error)]
#[error("random number generator unavailable: {0}")]
pub struct RandomError(String);

fn random<const N: usize>() -> Result<[u8; N], RandomError> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| RandomError(e.to_string()))?;
    Ok(b)
}

/// Seconds since the Unix epoch (0 if the clock is before 1970).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl ReadToken {
    /// A fresh random read capability.
    pub fn generate() -> Result<Self, RandomError> {
        random::<32>().map(ReadToken)
    }
}

impl DocId {
    /// A fresh random document id.
    pub fn generate() -> Result<Self, RandomError> {
        random::<32>().map(DocId)
    }
}

/// A document's write authority: an Ed25519 signing key. Secret.
pub struct WriterKey {
    key: SigningKey,
}

impl std::fmt::Debug for WriterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WriterKey(public {})", self.public().to_hex())
    }
}

impl WriterKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self, RandomError> {
        Ok(Self::from_secret_bytes(&random::<32>()?))
    }

    /// Rebuilds a key from its 32 secret bytes.
    pub fn from_secret_bytes(secret: &[u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(secret),
        }
    }

    /// The 32 secret bytes (store them encrypted).
    pub fn secret_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The public key registered with the relay.
    pub fn public(&self) -> WriteKey {
        WriteKey(self.key.verifying_key().to_bytes())
    }

    /// Signs a write of `body` for `doc`, addressed to the relay `audience` (see
    /// [`wire::audience`]), at time `timestamp` with a fresh random nonce.
    pub fn sign(
        &self,
        op: WriteOp,
        audience: &str,
        doc: &DocId,
        body: &[u8],
        timestamp: u64,
    ) -> Result<SignedWrite, RandomError> {
        let nonce = random::<NONCE_LEN>()?;
        Ok(self.sign_with_nonce(op, audience, doc, &wire::sha256(body), timestamp, nonce))
    }

    /// Signs with an explicit nonce and body hash (for tests and callers that hash streams).
    pub fn sign_with_nonce(
        &self,
        op: WriteOp,
        audience: &str,
        doc: &DocId,
        body_hash: &[u8; 32],
        timestamp: u64,
        nonce: [u8; NONCE_LEN],
    ) -> SignedWrite {
        let msg = wire::signing_message(op, audience, doc, body_hash, timestamp, &nonce);
        SignedWrite {
            key: self.public(),
            timestamp,
            nonce,
            signature: self.key.sign(&msg).to_bytes(),
        }
    }
}

/// The authentication part of a signed write request, carried in four headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedWrite {
    /// The signer's public key.
    pub key: WriteKey,
    /// Unix seconds when signed.
    pub timestamp: u64,
    /// Random nonce; the relay refuses a nonce it has seen for the same document.
    pub nonce: [u8; NONCE_LEN],
    /// Ed25519 signature over [`wire::signing_message`].
    pub signature: [u8; 64],
}

/// Why the signature headers of a request were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// A header is missing or malformed.
    #[error("missing or malformed signature header `{0}`")]
    Header(&'static str),
    /// The timestamp is too far from the relay's clock.
    #[error("timestamp outside the allowed window of {0} seconds; check the device clock")]
    Stale(u64),
    /// The key is not a valid Ed25519 point, or the signature does not verify for this relay
    /// (a request signed for another relay lands here too: the audience is signed, not sent).
    #[error("signature does not verify for this relay (signed for another relay address?)")]
    BadSignature,
}

impl SignedWrite {
    /// The headers to send: `(name, value)`.
    pub fn headers(&self) -> [(&'static str, String); 4] {
        [
            (HEADER_KEY, self.key.to_hex()),
            (HEADER_TIMESTAMP, self.timestamp.to_string()),
            (HEADER_NONCE, hex::encode(self.nonce)),
            (HEADER_SIGNATURE, hex::encode(self.signature)),
        ]
    }

    /// Parses the four headers through `get(name) -> value`.
    pub fn from_headers<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Result<Self, AuthError> {
        let key = get(HEADER_KEY)
            .and_then(|v| WriteKey::from_hex(v.trim()).ok())
            .ok_or(AuthError::Header(HEADER_KEY))?;
        let timestamp = get(HEADER_TIMESTAMP)
            .and_then(|v| v.trim().parse::<u64>().ok())
            .ok_or(AuthError::Header(HEADER_TIMESTAMP))?;
        let mut nonce = [0u8; NONCE_LEN];
        get(HEADER_NONCE)
            .and_then(|v| hex::decode_to_slice(v.trim(), &mut nonce).ok())
            .ok_or(AuthError::Header(HEADER_NONCE))?;
        let mut signature = [0u8; 64];
        get(HEADER_SIGNATURE)
            .and_then(|v| hex::decode_to_slice(v.trim(), &mut signature).ok())
            .ok_or(AuthError::Header(HEADER_SIGNATURE))?;
        Ok(SignedWrite {
            key,
            timestamp,
            nonce,
            signature,
        })
    }

    /// Checks the timestamp window against `now` and the signature (strict Ed25519
    /// verification) for one of the relay's `audiences`. Whether the key may write to `doc`,
    /// and nonce freshness, are the relay's store's business.
    pub fn verify(
        &self,
        op: WriteOp,
        audiences: &[String],
        doc: &DocId,
        body_hash: &[u8; 32],
        now: u64,
        max_skew: u64,
    ) -> Result<(), AuthError> {
        if self.timestamp.abs_diff(now) > max_skew {
            return Err(AuthError::Stale(max_skew));
        }
        let vk = VerifyingKey::from_bytes(&self.key.0).map_err(|_| AuthError::BadSignature)?;
        let sig = Signature::from_bytes(&self.signature);
        let signed_here = audiences.iter().any(|aud| {
            let msg = wire::signing_message(op, aud, doc, body_hash, self.timestamp, &self.nonce);
            vk.verify_strict(&msg, &sig).is_ok()
        });
        if signed_here {
            Ok(())
        } else {
            Err(AuthError::BadSignature)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_and_tamper() -> Result<(), RandomError> {
        let w = WriterKey::generate()?;
        let doc = DocId::generate()?;
        let now = unix_now();
        let a = vec![wire::audience("https://relay-a.example/")];
        let s = w.sign(WriteOp::Append, &a[0], &doc, b"hello", now)?;
        let h = wire::sha256(b"hello");
        assert_eq!(s.verify(WriteOp::Append, &a, &doc, &h, now, 300), Ok(()));
        // Another body, op, doc, param or relay does not verify.
        let h2 = wire::sha256(b"hellp");
        assert!(s.verify(WriteOp::Append, &a, &doc, &h2, now, 300).is_err());
        assert!(s.verify(WriteOp::Blob, &a, &doc, &h, now, 300).is_err());
        let other = DocId::generate()?;
        assert!(s.verify(WriteOp::Append, &a, &other, &h, now, 300).is_err());
        let b = vec![wire::audience("https://relay-b.example")];
        assert_eq!(
            s.verify(WriteOp::Append, &b, &doc, &h, now, 300),
            Err(AuthError::BadSignature)
        );
        let sn = w.sign(WriteOp::Snapshot { covers_seq: 3 }, &a[0], &doc, b"x", now)?;
        let hx = wire::sha256(b"x");
        assert!(
            sn.verify(WriteOp::Snapshot { covers_seq: 4 }, &a, &doc, &hx, now, 300)
                .is_err()
        );
        // Stale timestamps are refused.
        assert_eq!(
            s.verify(WriteOp::Append, &a, &doc, &h, now + 301, 300),
            Err(AuthError::Stale(300))
        );
        // Header round trip.
        let hs = s.headers();
        let back = SignedWrite::from_headers(|n| {
            hs.iter().find(|(k, _)| *k == n).map(|(_, v)| v.as_str())
        });
        assert_eq!(back, Ok(s));
        Ok(())
    }
}
