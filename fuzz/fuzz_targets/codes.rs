//! Share and device codes as typed or scanned, and the member list a share code seals.
//! The body is `mosaic_fuzz::codes`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::codes(data));
