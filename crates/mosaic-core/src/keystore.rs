//! The operating system's keystore, where the store key is kept when one exists.
//!
//! On a Linux desktop that is the Secret Service (GNOME Keyring, KWallet), reached
//! over D-Bus through `keyring-core` and its pure-Rust zbus store. On a phone it is
//! the Android Keystore or the iOS Keychain, reached through a Tauri plugin in the
//! shell; there is no phone build here yet (see ARCHITECTURE.md).
//!
//! `MOSAIC_KEYSTORE=off` turns it off (the test suite does, so that tests never
//! write into a developer's own keyring).

use std::sync::Arc;
use std::time::Duration;

use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// What every keystore offers: one secret per account name.
pub trait Keystore: Send + Sync {
    /// For messages: "the Secret Service", …
    fn name(&self) -> &str;
    /// The secret kept for `account`, or `None` when there is none.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>>;
    /// Keeps `secret` for `account`, replacing any older one.
    fn put(&self, account: &str, secret: &[u8]) -> Result<()>;
    /// Forgets `account`; forgetting one that is not there is not an error.
    fn delete(&self, account: &str) -> Result<()>;
}

/// The environment variable that turns the OS keystore off (`off`).
pub const KEYSTORE_ENV: &str = "MOSAIC_KEYSTORE";

/// The system's keystore, or `None` when there is none that answers (no session
/// bus, no Secret Service, a phone build, or `MOSAIC_KEYSTORE=off`).
pub fn system() -> Option<Arc<dyn Keystore>> {
    if std::env::var(KEYSTORE_ENV).is_ok_and(|v| v.eq_ignore_ascii_case("off")) {
        return None;
    }
    imp::connect()
}

/// A keystore in memory, for tests of how keys move between places.
#[derive(Default)]
pub struct MemoryKeystore {
    items: std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>,
}

impl MemoryKeystore {
    pub fn len(&self) -> usize {
        self.items.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Keystore for MemoryKeystore {
    fn name(&self) -> &str {
        "the test keystore"
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
        let items = self.items.lock().map_err(|_| poisoned())?;
        Ok(items.get(account).cloned().map(Zeroizing::new))
    }

    fn put(&self, account: &str, secret: &[u8]) -> Result<()> {
        let mut items = self.items.lock().map_err(|_| poisoned())?;
        items.insert(account.to_string(), secret.to_vec());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<()> {
        let mut items = self.items.lock().map_err(|_| poisoned())?;
        items.remove(account);
        Ok(())
    }
}

fn poisoned() -> Error {
    Error::Keystore("the test keystore's lock was poisoned".into())
}

/// A keystore that does not answer (a locked collection waiting on a prompt nobody
/// sees) must not hang the app: each call gets this long, on its own thread. Long
/// enough for a person to type the keyring's password when the desktop asks.
const CALL_TIMEOUT: Duration = Duration::from_secs(30);

fn with_timeout<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("mosaic-keystore".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| Error::Keystore(format!("could not start a thread for {what}: {e}")))?;
    rx.recv_timeout(CALL_TIMEOUT).map_err(|_| {
        Error::Keystore(format!(
            "{what} did not answer within {} s (is the keyring locked?)",
            CALL_TIMEOUT.as_secs()
        ))
    })?
}

#[cfg(target_os = "linux")]
mod imp {
    use std::sync::Arc;

    use keyring_core::{CredentialStore, Entry};
    use zeroize::Zeroizing;

    use super::{Keystore, with_timeout};
    use crate::error::{Error, Result};

    /// The Secret Service attribute `service` of every Mosaic item.
    const SERVICE: &str = "org.mosaic.store-key";
    const NAME: &str = "the Secret Service keyring";

    pub(super) struct SecretService {
        store: Arc<CredentialStore>,
    }

    pub(super) fn connect() -> Option<Arc<dyn Keystore>> {
        // No session bus at all: do not even try (zbus would look for one).
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none()
            && std::env::var_os("XDG_RUNTIME_DIR").is_none()
        {
            return None;
        }
        let store = with_timeout("connecting to the Secret Service", || {
            let store: Arc<CredentialStore> = zbus_secret_service_keyring_store::Store::new()
                .map_err(|e| Error::Keystore(e.to_string()))?;
            Ok(store)
        })
        .ok()?;
        Some(Arc::new(SecretService { store }))
    }

    impl SecretService {
        fn entry(store: &Arc<CredentialStore>, account: &str) -> Result<Entry> {
            let mut modifiers = std::collections::HashMap::new();
            modifiers.insert("label", "Mosaic store key");
            Entry::new_in_store_with_modifiers(store, SERVICE, account, &modifiers)
                .map_err(|e| Error::Keystore(format!("{NAME}: {e}")))
        }
    }

    impl Keystore for SecretService {
        fn name(&self) -> &str {
            NAME
        }

        fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>> {
            let (store, account) = (self.store.clone(), account.to_string());
            with_timeout(
                "reading from the Secret Service",
                move || match Self::entry(&store, &account)?.get_secret() {
                    Ok(secret) => Ok(Some(Zeroizing::new(secret))),
                    Err(keyring_core::Error::NoEntry) => Ok(None),
                    Err(e) => Err(Error::Keystore(format!("{NAME}: {e}"))),
                },
            )
        }

        fn put(&self, account: &str, secret: &[u8]) -> Result<()> {
            let (store, account) = (self.store.clone(), account.to_string());
            let secret = Zeroizing::new(secret.to_vec());
            with_timeout("writing to the Secret Service", move || {
                Self::entry(&store, &account)?
                    .set_secret(&secret)
                    .map_err(|e| Error::Keystore(format!("{NAME}: {e}")))
            })
        }

        fn delete(&self, account: &str) -> Result<()> {
            let (store, account) = (self.store.clone(), account.to_string());
            with_timeout(
                "deleting from the Secret Service",
                move || match Self::entry(&store, &account)?.delete_credential() {
                    Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                    Err(e) => Err(Error::Keystore(format!("{NAME}: {e}"))),
                },
            )
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::sync::Arc;

    use super::Keystore;

    /// Phones reach their keystore through the shell's plugin, not from here.
    pub(super) fn connect() -> Option<Arc<dyn Keystore>> {
        None
    }
}
