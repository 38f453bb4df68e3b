//! The store key: a random 256-bit SQLCipher key per data folder, and where it is
//! kept between runs.
//!
//! * With a PIN, the key is wrapped (XChaCha20-Poly1305) under a key derived from
//!   the PIN with Argon2id and kept in `store.key.pin`; the folder alone does not
//!   open the store.
//! * Without a PIN, where the system has a keystore (the Secret Service on a Linux
//!   desktop, see [`crate::keystore`]), the key is kept there and the folder holds
//!   only `store.key.keyring`, which names the keystore item and holds no secret.
//!   A copy of the folder, or of the disk, then does not open the store.
//! * Otherwise the key is kept in `store.key` (owner-only, 0600): this protects
//!   a copied or backed-up database file and other users of the machine, not
//!   someone who can read this user's files (see ARCHITECTURE.md). A key file
//!   moves into the keystore the first time one answers.
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
use crate::keystore::Keystore;

/// The plain key file (no PIN).
pub const KEY_FILE: &str = "store.key";
/// The PIN-wrapped key file.
pub const PIN_KEY_FILE: &str = "store.key.pin";
/// Names the keystore item that holds the key (no secret in it).
pub const KEYRING_FILE: &str = "store.key.keyring";
/// Bound into every wrapped key, so it cannot be taken for another kind of blob.
const WRAP_AD: &[u8] = b"mosaic store key v1";

/// Argon2id cost for a PIN, measured on this project's shared 2-core machine (release,
/// medians of 7, several runs): 3 passes over 64 MiB took 0.16 to 0.20 s and 5 passes 0.23
/// to 0.29 s, under the 0.3 s floor we aim at; 8 passes take 0.35 to 0.44 s. A slow phone,
/// three to five times slower per core, takes about 1 to 2 s. Memory stays at 64 MiB: more
/// would fail on phones with little RAM. The parameters are stored with each wrapped key,
/// so keys wrapped under fewer passes still open.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
pub const ARGON2_PASSES: u32 = 8;
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
    /// In the system's keystore; `store.key.keyring` names the item.
    Keystore,
}

/// Where in the keystore the key is: `store.key.keyring` (JSON).
#[derive(Serialize, Deserialize)]
struct KeyringRef {
    version: u32,
    /// A random name per data folder, so that two folders never share an item.
    account: String,
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

fn keyring_path(dir: &Path) -> PathBuf {
    dir.join(KEYRING_FILE)
}

/// How the folder's key is kept now. A crash between writing the PIN file and
/// removing the plain one leaves both: the PIN file wins and the plain one goes.
/// Likewise a keystore item wins over a key file left by a crash while moving.
pub fn protection(dir: &Path) -> Result<KeyProtection> {
    if pin_path(dir).exists() {
        if key_path(dir).exists() {
            fsutil::remove_synced(&key_path(dir))?;
        }
        Ok(KeyProtection::Pin)
    } else if keyring_path(dir).exists() {
        Ok(KeyProtection::Keystore)
    } else if key_path(dir).exists() {
        Ok(KeyProtection::KeyFile)
    } else {
        Ok(KeyProtection::None)
    }
}

/// The folder's key: unwrapped with `pin`, read from the keystore or the key file,
/// or created when the folder has none (wrapped under `pin` if one is given, else
/// kept in `keystore` if there is one, else in the key file). A key file found
/// while a keystore answers moves into it.
pub fn load_or_create(
    dir: &Path,
    pin: Option<&str>,
    keystore: Option<&dyn Keystore>,
) -> Result<StoreKey> {
    match protection(dir)? {
        KeyProtection::Pin => {
            let pin = pin.ok_or_else(|| {
                Error::Locked("this store is protected by a PIN; give the PIN to open it".into())
            })?;
            let key = unwrap_with_pin(dir, pin)?;
            forget_keystore_item(dir, keystore);
            Ok(key)
        }
        KeyProtection::Keystore => read_from_keystore(dir, keystore),
        KeyProtection::KeyFile => {
            let key = read_key_file(dir)?;
            if let Some(keystore) = keystore {
                // Best effort: a keystore that refuses leaves the key file in place.
                let _ = move_into_keystore(dir, &key, keystore);
            }
            Ok(key)
        }
        KeyProtection::None => {
            let key = StoreKey::random();
            match (pin, keystore) {
                (Some(pin), _) => write_pin_file(dir, &key, pin)?,
                (None, Some(keystore)) => {
                    if move_into_keystore(dir, &key, keystore).is_err() {
                        write_key_file(dir, &key)?;
                    }
                }
                (None, None) => write_key_file(dir, &key)?,
            }
            Ok(key)
        }
    }
}

fn read_keyring_ref(dir: &Path) -> Result<KeyringRef> {
    let r: KeyringRef = serde_json::from_slice(&std::fs::read(keyring_path(dir))?)
        .map_err(|e| Error::WrongKey(format!("{KEYRING_FILE} is unreadable: {e}")))?;
    if r.version != 1 {
        return Err(Error::WrongKey(format!(
            "{KEYRING_FILE} was written by a newer Mosaic"
        )));
    }
    Ok(r)
}

/// The key kept in the keystore. Fails, changing nothing, when no keystore
/// answers or the item is gone (then the store cannot be opened: say so plainly).
fn read_from_keystore(dir: &Path, keystore: Option<&dyn Keystore>) -> Result<StoreKey> {
    let r = read_keyring_ref(dir)?;
    let keystore = keystore.ok_or_else(|| {
        Error::Keystore(
            "this store's key is kept in the system keyring, which does not answer now \
             (no Secret Service in this session); open Mosaic in your desktop session"
                .into(),
        )
    })?;
    let secret = keystore.get(&r.account)?.ok_or_else(|| {
        Error::WrongKey(format!(
            "{} has no key for this store (item {}): it was removed from the keyring",
            keystore.name(),
            r.account
        ))
    })?;
    let bytes: [u8; 32] = secret.as_slice().try_into().map_err(|_| {
        Error::WrongKey(format!(
            "the key in {} is {} bytes, not 32",
            keystore.name(),
            secret.len()
        ))
    })?;
    // A crash while moving the key in may have left the key file behind.
    if key_path(dir).exists() {
        fsutil::remove_synced(&key_path(dir))?;
    }
    Ok(StoreKey::from_bytes(bytes))
}

/// Puts `key` into the keystore under a new random item and only then names it in
/// `store.key.keyring` and removes any key file: a crash at any point leaves a
/// folder that opens (at worst with an unused item left in the keyring).
fn move_into_keystore(dir: &Path, key: &StoreKey, keystore: &dyn Keystore) -> Result<()> {
    let account = format!("store-{}", uuid::Uuid::new_v4());
    keystore.put(&account, key.bytes())?;
    let back = keystore.get(&account)?;
    if back.as_deref().map(Vec::as_slice) != Some(&key.bytes()[..]) {
        let _ = keystore.delete(&account);
        return Err(Error::Keystore(format!(
            "{} did not give back the key just written",
            keystore.name()
        )));
    }
    let r = KeyringRef {
        version: 1,
        account,
    };
    fsutil::write_private_atomic(&keyring_path(dir), &serde_json::to_vec(&r)?)?;
    if key_path(dir).exists() {
        fsutil::remove_synced(&key_path(dir))?;
    }
    Ok(())
}

/// Removes the keystore item and `store.key.keyring` once the key is kept
/// elsewhere. The file goes even when the keystore cannot be reached, so the
/// folder never points at two places; the item is then left in the keyring.
fn forget_keystore_item(dir: &Path, keystore: Option<&dyn Keystore>) {
    if !keyring_path(dir).exists() {
        return;
    }
    if let (Ok(r), Some(keystore)) = (read_keyring_ref(dir), keystore) {
        let _ = keystore.delete(&r.account);
    }
    let _ = fsutil::remove_synced(&keyring_path(dir));
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

/// Protects the folder's existing key with `pin` (set or change), or, when `pin`
/// is `None`, with the keystore if one answers, else the plain key file. The key
/// itself, and so the database, does not change. Order matters for crashes: the
/// new place is complete before the old one goes, and [`protection`] finishes a
/// half-done switch.
pub fn set_pin(
    dir: &Path,
    key: &StoreKey,
    pin: Option<&str>,
    keystore: Option<&dyn Keystore>,
) -> Result<()> {
    match pin {
        Some(pin) => {
            write_pin_file(dir, key, pin)?;
            if key_path(dir).exists() {
                fsutil::remove_synced(&key_path(dir))?;
            }
            forget_keystore_item(dir, keystore);
        }
        None => {
            let in_keystore = protection(dir)? == KeyProtection::Keystore;
            if !in_keystore {
                let moved = keystore.is_some_and(|ks| move_into_keystore(dir, key, ks).is_ok());
                if !moved {
                    write_key_file(dir, key)?;
                }
            }
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
        let key = load_or_create(dir.path(), Some("2468"), None).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), KeyProtection::Pin);
        let again = unwrap_with_pin(dir.path(), "2468").unwrap();
        assert_eq!(key.bytes(), again.bytes());
        assert!(matches!(
            unwrap_with_pin(dir.path(), "1357"),
            Err(Error::WrongPin)
        ));
        assert!(matches!(
            load_or_create(dir.path(), None, None),
            Err(Error::Locked(_))
        ));
        // Removing the PIN keeps the key and moves it to the plain file.
        set_pin(dir.path(), &key, None, None).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), KeyProtection::KeyFile);
        assert_eq!(
            load_or_create(dir.path(), None, None).unwrap().bytes(),
            key.bytes()
        );
    }

    fn files(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn with_a_keystore_the_folder_holds_no_key_and_a_key_file_moves_in() {
        let ks = crate::keystore::MemoryKeystore::default();
        // A new folder: the key goes straight into the keystore.
        let dir = tempfile::tempdir().unwrap();
        let key = load_or_create(dir.path(), None, Some(&ks)).unwrap();
        assert_eq!(protection(dir.path()).unwrap(), KeyProtection::Keystore);
        assert_eq!(files(dir.path()), vec![KEYRING_FILE.to_string()]);
        let marker = std::fs::read_to_string(dir.path().join(KEYRING_FILE)).unwrap();
        assert!(!marker.contains(&hex::encode(key.bytes())));
        let again = load_or_create(dir.path(), None, Some(&ks)).unwrap();
        assert_eq!(again.bytes(), key.bytes());

        // Without the keystore it cannot open, and says where the key is.
        let err = load_or_create(dir.path(), None, None).unwrap_err();
        assert!(matches!(err, Error::Keystore(_)), "{err}");
        assert!(err.to_string().contains("keyring"), "{err}");

        // A folder from before: its key file moves into the keystore.
        let old = tempfile::tempdir().unwrap();
        let old_key = load_or_create(old.path(), None, None).unwrap();
        assert_eq!(protection(old.path()).unwrap(), KeyProtection::KeyFile);
        let moved = load_or_create(old.path(), None, Some(&ks)).unwrap();
        assert_eq!(moved.bytes(), old_key.bytes());
        assert_eq!(files(old.path()), vec![KEYRING_FILE.to_string()]);
        assert_eq!(ks.len(), 2);

        // A PIN takes the key out of the keystore; removing it puts it back.
        set_pin(old.path(), &moved, Some("2468"), Some(&ks)).unwrap();
        assert_eq!(files(old.path()), vec![PIN_KEY_FILE.to_string()]);
        assert_eq!(ks.len(), 1);
        set_pin(old.path(), &moved, None, Some(&ks)).unwrap();
        assert_eq!(files(old.path()), vec![KEYRING_FILE.to_string()]);
        assert_eq!(
            load_or_create(old.path(), None, Some(&ks)).unwrap().bytes(),
            old_key.bytes()
        );
    }

    #[test]
    fn an_item_gone_from_the_keystore_is_a_clear_error_that_changes_nothing() {
        let ks = crate::keystore::MemoryKeystore::default();
        let dir = tempfile::tempdir().unwrap();
        load_or_create(dir.path(), None, Some(&ks)).unwrap();
        let before = std::fs::read(dir.path().join(KEYRING_FILE)).unwrap();
        let empty = crate::keystore::MemoryKeystore::default();
        let err = load_or_create(dir.path(), None, Some(&empty)).unwrap_err();
        assert!(
            err.to_string().contains("removed from the keyring"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(dir.path().join(KEYRING_FILE)).unwrap(),
            before
        );
        assert_eq!(files(dir.path()), vec![KEYRING_FILE.to_string()]);
    }

    #[test]
    fn a_crash_while_moving_in_leaves_a_folder_that_opens() {
        let ks = crate::keystore::MemoryKeystore::default();
        let dir = tempfile::tempdir().unwrap();
        let key = load_or_create(dir.path(), None, None).unwrap();
        // The marker was written but the key file not yet removed.
        move_into_keystore(dir.path(), &key, &ks).unwrap();
        write_key_file(dir.path(), &key).unwrap();
        let opened = load_or_create(dir.path(), None, Some(&ks)).unwrap();
        assert_eq!(opened.bytes(), key.bytes());
        assert_eq!(files(dir.path()), vec![KEYRING_FILE.to_string()]);
    }
}
