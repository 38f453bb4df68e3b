//! A portfolio file someone was sent (`mosaic import`).
//! The body is `mosaic_fuzz::interchange_json`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::interchange_json(data));
