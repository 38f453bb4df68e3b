//! Signing keys: an organiser's identity key and a migrant's per-portfolio attendance key,
//! and the fingerprint people compare to know which key signed.

use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// 32 fresh random bytes from the operating system.
pub fn random32() -> Result<[u8; 32]> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| Error::Invalid(format!("no randomness: {e}")))?;
    Ok(b)
}

/// A new Ed25519 signing key.
pub fn generate() -> Result<SigningKey> {
    Ok(SigningKey::from_bytes(&random32()?))
}

/// A public key from its 32 bytes; refuses bytes that are not a curve point.
pub fn public_key(bytes: &[u8; 32], what: &'static str) -> Result<VerifyingKey> {
    VerifyingKey::from_bytes(bytes).map_err(|_| crate::wire::malformed(what, "not a public key"))
}

/// What people read aloud or compare: the first 8 bytes of SHA-256 of the public key,
/// as four groups of four hex digits (`3f2a-91c0-7d4e-0b18`).
pub fn fingerprint(public: &[u8; 32]) -> String {
    let digest = Sha256::digest(public);
    let hex = hex::encode(&digest[..8]);
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}
