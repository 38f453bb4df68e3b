//! Keyed stores opened on many threads at once, as the very first use of
//! SQLite in the process, all open.
//!
//! SQLite runs SQLCipher's set-up (`SQLITE_EXTRA_INIT`) after it has marked
//! itself initialised, so a second thread could key a connection before
//! SQLCipher was ready and get "An error occurred with PRAGMA key". A CI run
//! of `bad_input` (twelve tests starting together) failed that way. This
//! binary holds only this test, so its first open really is the process's.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::sync::{Arc, Barrier};

use mosaic_core::keys::StoreKey;
use mosaic_core::store::Store;

#[test]
fn keyed_stores_opened_together_at_start_up_all_open() {
    const THREADS: usize = 8;
    let dir = tempfile::tempdir().unwrap();
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let path = dir.path().join(format!("store-{t}.db"));
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                let key = StoreKey::random();
                start.wait();
                Store::open(&path, Some(&key))
                    .map(drop)
                    .map_err(|e| e.to_string())
            })
        })
        .collect();
    let failures: Vec<String> = threads
        .into_iter()
        .filter_map(|h| h.join().unwrap().err())
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}
