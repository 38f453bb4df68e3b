//! Restoring a backup holds each stored file in memory once, however many entries
//! reference it. Alone in its binary: it measures the process's peak memory.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::sample::profile;
use mosaic_core::*;

/// Peak resident memory of this process so far (Linux `VmHWM`), in bytes.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

#[test]
fn restore_reads_a_file_referenced_many_times_once() {
    const FILE: usize = 4 * 1024 * 1024;
    const REFS: usize = 200;
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    // Incompressible bytes, so the zip holds the file at full size.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..FILE)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let scan = m
        .put_attachment(NewAttachment {
            bytes,
            mime: "application/pdf".into(),
            file_name: Some("scan.pdf".into()),
            width: None,
            height: None,
            thumbnail: None,
        })
        .unwrap();
    m.add_json(
        id,
        Section::Certificates,
        serde_json::json!({
            "title": "Residence permit",
            "kind": "other",
            "attachments": vec![scan.clone(); REFS],
        }),
    )
    .unwrap();
    let zip = dir.path().join("backup.zip");
    m.backup(id, &zip, "correct horse").unwrap();
    drop(m);

    let fresh = tempfile::tempdir().unwrap();
    let mut restored = Mosaic::open(fresh.path()).unwrap();
    let before = peak_rss();
    assert_eq!(
        restored
            .restore(&zip, Some("correct horse"), false)
            .unwrap(),
        id
    );
    let grew = peak_rss().saturating_sub(before);
    assert_eq!(restored.attachment(&scan.sha256).unwrap().bytes.len(), FILE);
    // One copy (plus buffers) is a few times FILE; one per reference is REFS times.
    assert!(
        grew < 16 * FILE as u64,
        "restore grew peak memory by {} MiB for one {} MiB file referenced {REFS} times",
        grew >> 20,
        FILE >> 20
    );
}
