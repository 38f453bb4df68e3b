//! A photo or scan (`import_attachment`: decode, orient, strip metadata, thumbnail).
//! The body is `mosaic_fuzz::images`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::images(data));
