//! The fuzz corpus, replayed on stable: every input saved under `fuzz/corpus/<target>/` goes
//! through the same function the fuzz target runs (`fuzz/src/lib.rs`), so an input that once
//! crashed a target stays a failing test until it is fixed. Long runs are by hand:
//! `cargo +nightly fuzz run <target>` in `fuzz/`.
//!
//! `write_seed_corpus` (ignored; run by hand) writes the seeds: valid inputs made by Mosaic
//! itself, so the fuzzer starts from the formats' real shapes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "../../fuzz/src/lib.rs"]
mod targets;

use std::path::PathBuf;

fn corpus_dir(target: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target)
}

#[test]
fn every_saved_fuzz_input_is_handled_without_a_panic() {
    let mut replayed = vec![];
    for (name, run) in targets::TARGETS {
        let dir = corpus_dir(name);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no corpus for {name}");
        for f in &files {
            let data = std::fs::read(f).unwrap();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{name} panicked on {}", f.display());
        }
        replayed.push((*name, files.len()));
    }
    eprintln!("replayed: {replayed:?}");
}

#[test]
#[ignore = "writes the seed corpus; run by hand after a format changes"]
fn write_seed_corpus() {
    for (name, bytes) in seeds() {
        let (target, file) = name.split_once('/').unwrap();
        let dir = corpus_dir(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("seed-{file}")), bytes).unwrap();
    }
}

fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    use mosaic_core::{Mosaic, Section};
    use mosaic_relay::wire::DocId;
    use mosaic_sync::capability::{MemberRecord, encode_members};
    use mosaic_sync::crypto::{self, ChainLink, DocKey, Kind};

    let mut out = vec![];
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    m.add_json(id, Section::Skills, serde_json::json!({"name": "Sewing"}))
        .unwrap();

    // Codes: a device code, and a member list as a share code seals it.
    let device = mosaic_sync::device_code(&mut m).unwrap();
    out.push(("codes/device-code", device.into_bytes()));
    let members = vec![MemberRecord {
        x25519: [1; 32],
        ed25519: [2; 32],
        name: "Amina (mentor)".into(),
        read_token_hash: [3; 32],
        feedback_seed: [4; 32],
        revoked: false,
        device: false,
        ..Default::default()
    }];
    out.push(("codes/members", encode_members(&members)));

    // Envelopes under the document and key the target tries.
    let doc = DocId([3; 32]);
    let key = DocKey::from_bytes(0, [5; 32]);
    let signer = [8u8; 32];
    let changes = crypto::encode_changes(&[b"not really a change".to_vec()]);
    let env = crypto::seal_envelope(
        &doc,
        Kind::Changes,
        &key,
        &[1; 16],
        &[],
        (ChainLink::NONE, &changes),
        &signer,
    )
    .unwrap();
    out.push(("envelopes/changes", env));
    let handover = crypto::sealed_handover(&doc, &key, &[7; 32], &[6; 32]).unwrap();
    let env = crypto::seal_envelope(
        &doc,
        Kind::Changes,
        &key,
        &[1; 16],
        &[handover],
        (ChainLink::NONE, b"comment"),
        &signer,
    )
    .unwrap();
    out.push(("envelopes/sealed-handover", env));

    // A portfolio file, and backups of it.
    out.push((
        "interchange_json/sample",
        m.export_json(id).unwrap().into_bytes(),
    ));
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.zip");
    m.backup_unsealed(id, &plain).unwrap();
    out.push(("backup_zip/plain", std::fs::read(&plain).unwrap()));
    let sealed = dir.path().join("sealed.zip");
    m.backup(id, &sealed, "fuzz passphrase").unwrap();
    out.push(("backup_zip/sealed", std::fs::read(&sealed).unwrap()));

    // Images, small enough to keep runs fast.
    let img = image::RgbImage::from_fn(16, 12, |x, y| image::Rgb([x as u8 * 15, y as u8 * 20, 90]));
    for (name, format) in [
        ("images/png", image::ImageFormat::Png),
        ("images/jpeg", image::ImageFormat::Jpeg),
        ("images/webp", image::ImageFormat::WebP),
    ] {
        let mut buf = std::io::Cursor::new(vec![]);
        img.write_to(&mut buf, format).unwrap();
        out.push((name, buf.into_inner()));
    }

    // Baked badges: Open Badges 3.0 (signed) and 2.0.
    let issuer = mosaic_media::testkit::TestIssuer::from_seed([11; 32]);
    let (png, _) = mosaic_media::testkit::baked_ob3_png(
        &issuer,
        "Harbour College",
        "Food hygiene",
        "2026-03-01T00:00:00Z",
    );
    out.push(("badges/ob3", png));
    let ob2 = mosaic_media::testkit::ob2_assertion(
        "First aid",
        "Red Cross",
        "https://example.org",
        "2025-06-01",
    );
    out.push((
        "badges/ob2",
        mosaic_media::testkit::bake_png("openbadges", &ob2.to_string()),
    ));
    out
}
