//! Back-off after wrong PINs, kept in the data folder (`pin-attempts.json`) so a
//! restart does not reset it.
//!
//! The first [`FREE_TRIES`] wrong PINs cost nothing extra; after that each wrong
//! PIN doubles the wait before the next try (30 s, 1 min, 2 min, …) up to
//! [`MAX_WAIT_SECS`] (one hour). Nothing is ever wiped: on a phone shared in a
//! family, or held by an abusive partner, wiping after N tries would let anyone
//! destroy the owner's records. A right PIN resets the count.
//!
//! This stops guessing through the app. Someone with a copy of the folder can
//! guess offline, at the Argon2id cost per guess: a 4-digit PIN then falls in
//! hours, a long passphrase does not (see ARCHITECTURE.md).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil;
use crate::keys::{self, StoreKey};

pub const ATTEMPTS_FILE: &str = "pin-attempts.json";
/// Wrong PINs allowed before the wait starts.
pub const FREE_TRIES: u32 = 3;
/// The longest wait between two tries.
pub const MAX_WAIT_SECS: u64 = 3600;

#[derive(Default, Serialize, Deserialize)]
struct Attempts {
    failures: u32,
    /// Unix time of the last wrong PIN.
    last_failure: i64,
}

/// Seconds to wait after `failures` wrong PINs before the next try.
pub fn wait_after(failures: u32) -> u64 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(20);
    (30u64 << doublings).min(MAX_WAIT_SECS)
}

fn read(dir: &Path) -> Attempts {
    // A missing file means no failures; a damaged one counts as many, so
    // tampering with it buys nothing.
    match std::fs::read(dir.join(ATTEMPTS_FILE)) {
        Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or(Attempts {
            failures: FREE_TRIES + 4,
            last_failure: chrono::Utc::now().timestamp(),
        }),
        Err(_) => Attempts::default(),
    }
}

fn write(dir: &Path, a: &Attempts) -> Result<()> {
    fsutil::write_private_atomic(&dir.join(ATTEMPTS_FILE), &serde_json::to_vec(a)?)
}

/// Seconds until the next PIN may be tried (0: now).
pub fn wait_secs(dir: &Path) -> u64 {
    let a = read(dir);
    let until = a.last_failure + wait_after(a.failures) as i64;
    (until - chrono::Utc::now().timestamp()).max(0) as u64
}

/// Unwraps the store key with `pin`, refusing while a wait is running and
/// counting a wrong PIN.
pub fn try_pin(dir: &Path, pin: &str) -> Result<StoreKey> {
    let wait = wait_secs(dir);
    if wait > 0 {
        return Err(Error::TooManyAttempts { wait_secs: wait });
    }
    match keys::unwrap_with_pin(dir, pin) {
        Ok(key) => {
            reset(dir)?;
            Ok(key)
        }
        Err(Error::WrongPin) => {
            let mut a = read(dir);
            a.failures = a.failures.saturating_add(1);
            a.last_failure = chrono::Utc::now().timestamp();
            write(dir, &a)?;
            Err(Error::WrongPin)
        }
        Err(e) => Err(e),
    }
}

/// Forgets wrong PINs (after a right one, or when the PIN changes).
pub fn reset(dir: &Path) -> Result<()> {
    let path = dir.join(ATTEMPTS_FILE);
    if path.exists() {
        fsutil::remove_synced(&path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_tries_and_stop_at_an_hour() {
        assert_eq!(wait_after(0), 0);
        assert_eq!(wait_after(FREE_TRIES - 1), 0);
        assert_eq!(wait_after(FREE_TRIES), 30);
        assert_eq!(wait_after(FREE_TRIES + 1), 60);
        assert_eq!(wait_after(FREE_TRIES + 3), 240);
        assert_eq!(wait_after(1000), MAX_WAIT_SECS);
    }
}
