//! The store key: a random 256-bit SQLCipher key per data folder, and where it is
//! kept between runs.
//!
//! * With a PIN, the key is wrapped (XChaCha20-Poly1305) under a key derived from
//!   the PIN with Argon2id and kept in `store.key.pin`; the folder alone does not
//!   open the store.
//! * Without a PIN, the key is kept in `store.key` (owner-only, 0600): this protects
//!   a copied or backed-up database file and other users of the machine, not
//!   someone who can read this user's files (see ARCHITECTURE.md).
//!
//! Every key file is written to a temporary name, synced and renamed, so a crash
//! leaves either the old file or the new one.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::fsutil;

/// The plain key file (no PIN).
pub const KEY_FILE: &str = "store.key";
/// The PIN-wrapped key file.
pub const PIN_KEY_FILE: &str = "store.key.pin";
/// Bound into every wrapped key, so it cannot be taken for another kind of blob.
const WRAP_AD: &[u8] = b"mosaic store key v1";

/// Argon2id cost for a PIN. 64 MiB and 3 passes take about half a second on a
/// laptop core (see the bench table); a slow phone takes a few times that.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
pub const ARGON2_PASSES: u32 = 3;
pub const ARGON2_LANES: u32 = 1;

/// A 256-bit SQLCipher key; wiped from memory when dropped.
#[derive(Clone)]
pub struct StoreKey(Zeroizing<[u8; 32]>);

impl StoreKey {
    pub fn random() -> Self {
        let mut k = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(&mut k[..]);
        StoreKey(k)
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        StoreKey(Zeroizing::new(bytes))
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as SQLCipher's raw-key literal (`x'…'`), used as is, without its KDF.
    pub(crate) fn pragma_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("\"x'{}'\"", hex::encode(&self.0[..])))
    }
}

impl std::fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreKey(..)")
    }
}

/// How the key of a data folder is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum KeyProtection {
    /// No store yet and no key.
    None,
    /// `store.key`, readable by this user only.
    KeyFile,
    /// `store.key.pin`, wrapped under the PIN.
    Pin,
}

/// The PIN-wrapped key as stored (JSON).
#[derive(Serialize, Deserialize)]
struct Wrapped {
    version: u32,
    kdf: String,
    memory_kib: u32,
    passes: u32,
    lanes: u32,
    salt: String,
    nonce: String,
    wrapped: String,
}

fn key_path(dir: &Path) -> PathBuf {
    dir.join(KEY_FILE)
}

fn pin_path(dir: &Path) -> PathBuf {
    dir.join(PIN_KEY_FILE)
}

/// How the folder's key is kept now. A crash between writing the PIN file and
/// removing the plain one leaves both: the PIN file wins and the plain one goes.
pub fn protection(dir: &Path) -> Result<KeyProtection> {
    if pin_path(dir).exists() {
        if key_path(dir).exists() {
            fsutil::remove_synced(&key_path(dir))?;
        }
        Ok(KeyProtection::Pin)
    } else if key_path(dir).exists() {
        Ok(KeyProtection::KeyFile)
    } else {
        Ok(KeyProtection::None)
    }
}

/// The folder's key: read from the key file, unwrapped with `pin`, or created
/// (wrapped under `pin` if one is given) when the folder has none.
pub fn load_or_create(dir: &Path, pin: Option<&str>) -> Result<StoreKey> {
    match protection(dir)? {
        KeyProtection::Pin => {
            let pin = pin.ok_or_else(|| {
                Error::Locked("this store is protected by a PIN; give the PIN to open it".into())
            })?;
            unwrap_with_pin(dir, pin)
        }
        KeyProtection::KeyFile => read_key_file(dir),
        KeyProtection::None => {
            let key = StoreKey::random();
            match pin {
                Some(pin) => write_pin_file(dir, &key, pin)?,
                None => write_key_file(dir, &key)?,
            }
            Ok(key)
        }
    }
}

fn read_key_file(dir: &Path) -> Result<StoreKey> {
    let text = Zeroizing::new(std::fs::read_to_string(key_path(dir))?);
    let mut bytes = [0u8; 32];
    hex::decode_to_slice(text.trim(), &mut bytes)
        .map_err(|_| Error::WrongKey(format!("{KEY_FILE} is not a 64-digit hex key")))?;
    let key = StoreKey::from_bytes(bytes);
    bytes.zeroize();
    Ok(key)
}

fn write_key_file(dir: &Path, key: &StoreKey) -> Result<()> {
    let text = Zeroizing::new(hex::encode(key.bytes()));
    fsutil::write_private_atomic(&key_path(dir), text.as_bytes())
}

/// Argon2id over `pin` with the stored parameters.
fn derive(pin: &str, salt: &[u8], memory_kib: u32, passes: u32, lanes: u32) -> Result<StoreKey> {
    let params = Params::new(memory_kib, passes, lanes, Some(32))
        .map_err(|e| Error::WrongKey(format!("bad Argon2 parameters: {e}")))?;
    let mut out = [0u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(pin.as_bytes(), salt, &mut out)
        .map_err(|e| Error::WrongKey(format!("Argon2 failed: {e}")))?;
    let key = StoreKey::from_bytes(out);
    out.zeroize();
    Ok(key)
}

/// Wraps `key` under `pin` and writes `store.key.pin`.
fn write_pin_file(dir: &Path, key: &StoreKey, pin: &str) -> Result<()> {
    check_pin_shape(pin)?;
    let mut salt = [0u8; 16];
    OsRng.fill_bytes(&mut salt);
    let kek = derive(pin, &salt, ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES)?;
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let wrapped = XChaCha20Poly1305::new(Key::from_slice(kek.bytes()))
        .encrypt(
            &nonce,
            Payload {
                msg: key.bytes(),
                aad: WRAP_AD,
            },
        )
        .map_err(|_| Error::WrongKey("could not wrap the store key".into()))?;
    let file = Wrapped {
        version: 1,
        kdf: "argon2id".into(),
        memory_kib: ARGON2_MEMORY_KIB,
        passes: ARGON2_PASSES,
        lanes: ARGON2_LANES,
        salt: hex::encode(salt),
        nonce: hex::encode(nonce),
        wrapped: hex::encode(wrapped),
    };
    fsutil::write_private_atomic(&pin_path(dir), &serde_json::to_vec(&file)?)
}

/// The key in `store.key.pin`, or [`Error::WrongPin`].
pub fn unwrap_with_pin(dir: &Path, pin: &str) -> Result<StoreKey> {
    let file: Wrapped = serde_json::from_slice(&std::fs::read(pin_path(dir))?)
        .map_err(|e| Error::WrongKey(format!("{PIN_KEY_FILE} is unreadable: {e}")))?;
    if file.version != 1 || file.kdf != "argon2id" {
        return Err(Error::WrongKey(format!(
            "{PIN_KEY_FILE} was written by a newer Mosaic"
        )));
    }
    let bad = |_| Error::WrongKey(format!("{PIN_KEY_FILE} is damaged"));
    let salt = hex::decode(&file.salt).map_err(bad)?;
    let nonce = hex::decode(&file.nonce).map_err(bad)?;
    let wrapped = hex::decode(&file.wrapped).map_err(bad)?;
    if nonce.len() != 24 {
        return Err(Error::WrongKey(format!("{PIN_KEY_FILE} is damaged")));
    }
    let kek = derive(pin, &salt, file.memory_kib, file.passes, file.lanes)?;
    let plain = Zeroizing::new(
        XChaCha20Poly1305::new(Key::from_slice(kek.bytes()))
            .decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &wrapped,
                    aad: WRAP_AD,
                },
            )
            .map_err(|_| Error::WrongPin)?,
    );
    let bytes: [u8; 32] = plain
        .as_slice()
        .try_into()
        .map_err(|_| Error::WrongKey(format!("{PIN_KEY_FILE} is damaged")))?;
    Ok(StoreKey::from_bytes(bytes))
}

/// A PIN is 4 to 64 characters; anything else is refused before it is used.
pub fn check_pin_shape(pin: &str) -> Result<()> {
    let n = pin.chars().count();
    if !(4..=64).contains(&n) || pin.chars().any(char::is_control) {
        return Err(Error::Invalid(crate::validate::ValidationError {
            path: "pin".into(),
            message: "must be 4 to 64 characters".into(),
        }));
    }
    Ok(())
}

/// Protects the folder's existing key with `pin` (set or change), or with the
/// plain key file when `pin` is `None`. The key itself, and so the database, does
/// not change. Order matters for crashes: the new file is complete before the old
/// one goes, and [`protection`] finishes a half-done switch to a PIN.
pub fn set_pin(dir: &Path, key: &StoreKey, pin: Option<&str>) -> Result<()> {
    match pin {
        Some(pin) => {
            write_pin_file(dir, key, pin)?;
            if key_path(dir).exists() {
                fsutil::remove_synced(&key_path(dir))?;
            }
        }
        None => {
            write_key_file(dir, key)?;
            if pin_path(dir).exists() {
                fsutil::remove_synced(&pin_path(dir))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_pin_wraps_and_unwraps_the_same_key_and_a_wrong_pin_fails() {
        let dir = tempfile::tempdir().unwrap();
        let key = load_or_create(dir.path(), Some("2468")).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), KeyProtection::Pin);
        let again = unwrap_with_pin(dir.path(), "2468").unwrap();
        assert_eq!(key.bytes(), again.bytes());
        assert!(matches!(
            unwrap_with_pin(dir.path(), "1357"),
            Err(Error::WrongPin)
        ));
        assert!(matches!(
            load_or_create(dir.path(), None),
            Err(Error::Locked(_))
        ));
        // Removing the PIN keeps the key and moves it to the plain file.
        set_pin(dir.path(), &key, None).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), KeyProtection::KeyFile);
        assert_eq!(
            load_or_create(dir.path(), None).unwrap().bytes(),
            key.bytes()
        );
    }
}
