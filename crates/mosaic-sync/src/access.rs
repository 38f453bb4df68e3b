//! How the engine reaches the store during a sync: borrowed for the whole run (CLI, tests,
//! benches), or behind the app's mutex and locked only around each store step, so that an
//! edit made while the relay is slow waits for one SQLite step, never for the network.

use std::ops::{Deref, DerefMut};
use std::sync::{Mutex, MutexGuard};

use mosaic_core::Mosaic;

pub(crate) enum StoreAccess<'a> {
    Borrowed(&'a mut Mosaic),
    Shared(&'a Mutex<Mosaic>),
}

pub(crate) enum StoreGuard<'a> {
    Borrowed(&'a mut Mosaic),
    Shared(MutexGuard<'a, Mosaic>),
}

impl StoreAccess<'_> {
    /// The store for one step. Callers drop the guard before any network call.
    pub fn lock(&mut self) -> StoreGuard<'_> {
        match self {
            StoreAccess::Borrowed(m) => StoreGuard::Borrowed(m),
            // A poisoned lock is still usable: every core write is one SQLite transaction.
            StoreAccess::Shared(mx) => {
                StoreGuard::Shared(mx.lock().unwrap_or_else(|p| p.into_inner()))
            }
        }
    }
}

impl Deref for StoreGuard<'_> {
    type Target = Mosaic;
    fn deref(&self) -> &Mosaic {
        match self {
            StoreGuard::Borrowed(m) => m,
            StoreGuard::Shared(g) => g,
        }
    }
}

impl DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Mosaic {
        match self {
            StoreGuard::Borrowed(m) => m,
            StoreGuard::Shared(g) => g,
        }
    }
}
