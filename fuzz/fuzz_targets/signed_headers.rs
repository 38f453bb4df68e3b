//! The four signature headers of a write request, as the relay parses and verifies them from
//! anyone on the network: never a panic, and garbage never verifies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mosaic_relay::auth::SignedWrite;
use mosaic_relay::wire::{
    DocId, HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, WriteOp,
};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(5, '\n');
    let key = parts.next().unwrap_or_default().to_string();
    let ts = parts.next().unwrap_or_default().to_string();
    let nonce = parts.next().unwrap_or_default().to_string();
    let sig = parts.next().unwrap_or_default().to_string();
    let body = parts.next().unwrap_or_default();
    let parsed = SignedWrite::from_headers(|name| match name {
        HEADER_KEY => Some(key.as_str()),
        HEADER_TIMESTAMP => Some(ts.as_str()),
        HEADER_NONCE => Some(nonce.as_str()),
        HEADER_SIGNATURE => Some(sig.as_str()),
        _ => None,
    });
    if let Ok(s) = parsed {
        let doc = DocId([7; 32]);
        let hash = mosaic_relay::wire::sha256(body.as_bytes());
        let audiences = vec!["http://127.0.0.1:8787".to_string()];
        let ok = s.verify(WriteOp::Append, &audiences, &doc, &hash, s.timestamp, 300);
        // Forging an Ed25519 signature by chance would be a finding in itself.
        assert!(ok.is_err(), "random headers verified");
    }
});
