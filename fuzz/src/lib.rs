//! The bodies of the fuzz targets, one function per input format a stranger can hand Mosaic.
//!
//! `fuzz_targets/*.rs` call them under libFuzzer (`cargo +nightly fuzz run <target>`), and the
//! workspace test `tests/fuzz/corpus.rs` replays the committed corpus through the same
//! functions on stable, so CI checks every saved input without a nightly build. Each function
//! must never panic on any input; where a format round-trips, it asserts that too.

use mosaic_core::Mosaic;
use mosaic_relay::wire::DocId;
use mosaic_sync::capability::{Bundle, Code, decode_members, encode_members};
use mosaic_sync::crypto::{self, DocKey};

/// A target's body: any bytes in, no panic out.
pub type Target = fn(&[u8]);

/// Every target, by the name of its corpus folder.
pub const TARGETS: &[(&str, Target)] = &[
    ("codes", codes),
    ("envelopes", envelopes),
    ("interchange_json", interchange_json),
    ("backup_zip", backup_zip),
    ("images", images),
    ("badges", badges),
];

/// Share and device codes as typed or scanned, and what a share code seals: a code that
/// decodes encodes back to one that decodes the same; a member list that decodes re-encodes.
pub fn codes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(code) = Code::decode(&text) {
        assert_eq!(Code::decode(&code.encode()).ok(), Some(code));
    }
    if let Ok(members) = decode_members(data) {
        assert_eq!(
            decode_members(&encode_members(&members)).ok(),
            Some(members)
        );
    }
    let _ = Bundle::decode(data);
    let _ = Bundle::open_signed(data, &[9; 32]);
}

/// Log entries from a (possibly hostile) relay: the header parses or is refused, and no
/// signature, sealed hand-over or payload check panics, whatever the bytes.
pub fn envelopes(data: &[u8]) {
    let doc = DocId([3; 32]);
    let key = DocKey::from_bytes(0, [5; 32]);
    if let Ok(env) = crypto::relay_view(data) {
        let _ = env.open_linked(&doc, &key);
    }
    let _ = crypto::open_envelope_chain(&doc, data, &[7; 32]);
    let _ = crypto::open_envelope_sealed_handover(&doc, data, &[7; 32], |_| Ok(Some(key)));
    let _ = crypto::decode_changes(data);
}

/// A portfolio file someone was sent: imported whole or refused, and an import exports.
pub fn interchange_json(data: &[u8]) {
    let Ok(mut m) = Mosaic::open_in_memory() else {
        return;
    };
    if let Ok(id) = m.import_json(data) {
        assert!(m.export_json(id).is_ok(), "an imported portfolio exports");
    }
}

/// A backup file: restored or refused, and a refused one leaves the store empty. No
/// passphrase is given, so a sealed backup stops at its header: the passphrase's key
/// derivation is deliberately slow (about a second an input), and what it unseals is the same
/// zip a plain backup holds, which this target reaches thousands of times faster.
pub fn backup_zip(data: &[u8]) {
    let (Ok(dir), Ok(mut m)) = (tempfile::tempdir(), Mosaic::open_in_memory()) else {
        return;
    };
    let path = dir.path().join("backup.zip");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if m.restore(&path, None, false).is_err() {
        assert_eq!(
            m.portfolio_ids().ok(),
            Some(vec![]),
            "a refused backup left data"
        );
    }
}

/// A photo or scan: stored without its metadata, or refused.
pub fn images(data: &[u8]) {
    let limits = mosaic_media::Limits {
        max_file_bytes: 1 << 20,
        ..mosaic_media::Limits::default()
    };
    let _ = mosaic_media::import_attachment(data, Some("photo.jpg"), &limits);
}

/// A baked Open Badge: read or refused.
pub fn badges(data: &[u8]) {
    let _ = mosaic_media::read_baked_badge(data);
}
