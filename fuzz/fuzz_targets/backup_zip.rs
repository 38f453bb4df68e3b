//! A backup file, plain or sealed (`mosaic restore`).
//! The body is `mosaic_fuzz::backup_zip`, which the corpus replay test also runs on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mosaic_fuzz::backup_zip(data));
