//! A baked Open Badge PNG (`import_badge`).
//! The body is `mosaic_fuzz::badges`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::badges(data));
