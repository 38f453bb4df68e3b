//! The relay's JSON control bodies (document creation, access changes) and answers a client
//! reads (access list, summaries): parsing never panics, and what parses round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mosaic_relay::wire::{AccessChange, AccessList, CreateDoc, DocId, PushMessage};

fuzz_target!(|data: &[u8]| {
    if let Ok(c) = serde_json::from_slice::<AccessChange>(data) {
        let back = serde_json::to_vec(&c).map(|v| serde_json::from_slice::<AccessChange>(&v).ok());
        assert_eq!(back.ok().flatten().as_ref(), Some(&c));
    }
    if let Ok(c) = serde_json::from_slice::<CreateDoc>(data) {
        let back = serde_json::to_vec(&c).map(|v| serde_json::from_slice::<CreateDoc>(&v).ok());
        assert_eq!(back.ok().flatten().as_ref(), Some(&c));
    }
    let _ = serde_json::from_slice::<AccessList>(data);
    let _ = serde_json::from_slice::<PushMessage>(data);
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(id) = DocId::from_hex(s) {
            assert_eq!(id.to_hex(), s.to_ascii_lowercase());
        }
    }
});
