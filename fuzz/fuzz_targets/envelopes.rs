//! Log entries from a (possibly hostile) relay: header, signatures, sealed hand-overs, payload.
//! The body is `mosaic_fuzz::envelopes`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::envelopes(data));
