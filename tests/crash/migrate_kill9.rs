//! Encrypting a plain store in place survives kill -9 at any moment: after each
//! kill the folder holds either the complete plain store or the complete
//! encrypted one, and the next open has every entry and every file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use mosaic_core::encrypt::is_plain;
use mosaic_core::{Activity, Mosaic, NewAttachment, STORE_FILE};

const ENTRIES: usize = 150;

fn trials() -> u32 {
    std::env::var("MOSAIC_MIGRATE_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
}

/// A plain store as an older Mosaic left it: entries and a 1 MiB photo.
fn plain_template(dir: &Path) -> (mosaic_core::PortfolioId, String, Vec<u8>) {
    let mut m = Mosaic::open_unencrypted(dir).unwrap();
    let id = m
        .create_portfolio(mosaic_core::Profile {
            name_latin: "Migration Test".into(),
            ..Default::default()
        })
        .unwrap();
    let mut x: u64 = 0x1234_5678_9ABC_DEF1;
    let photo: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let a = m
        .put_attachment(NewAttachment {
            bytes: photo.clone(),
            mime: "image/jpeg".into(),
            file_name: None,
            width: None,
            height: None,
            thumbnail: None,
        })
        .unwrap();
    let mut p = m.profile(id).unwrap();
    p.photo = Some(a.clone());
    m.update_profile(id, p).unwrap();
    for n in 0..ENTRIES {
        m.add_json(
            id,
            mosaic_core::Section::Activities,
            serde_json::json!({"kind": "language_cafe", "date": "2025-01-01", "title": format!("edit {n}")}),
        )
        .unwrap();
    }
    drop(m);
    assert!(is_plain(&dir.join(STORE_FILE)).unwrap());
    (id, a.sha256, photo)
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

fn run_opener(dir: &Path, kill_after: Option<Duration>) -> Duration {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_migrate-opener"))
        .arg(dir)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    match kill_after {
        Some(after) => {
            while start.elapsed() < after {
                if child.try_wait().unwrap().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
            let _ = child.kill(); // SIGKILL on Unix; an error means it had already exited
            child.wait().unwrap();
        }
        None => assert!(child.wait().unwrap().success()),
    }
    start.elapsed()
}

#[test]
fn migration_to_an_encrypted_store_survives_kill_9_at_any_moment() {
    let template = tempfile::tempdir().unwrap();
    let (id, sha, photo) = plain_template(template.path());

    // How long one whole migration takes, so kills spread over all of it.
    let calibrate = tempfile::tempdir().unwrap();
    copy_dir(template.path(), calibrate.path());
    let full = run_opener(calibrate.path(), None);
    assert!(!is_plain(&calibrate.path().join(STORE_FILE)).unwrap());

    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let (mut left_plain, mut left_encrypted) = (0, 0);
    for trial in 0..trials() {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(template.path(), dir.path());
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = full.mul_f64((seed % 1000) as f64 / 1000.0 * 1.1);
        run_opener(dir.path(), Some(at));
        if is_plain(&dir.path().join(STORE_FILE)).unwrap() {
            left_plain += 1;
        } else {
            left_encrypted += 1;
        }
        let mut m = Mosaic::open(dir.path())
            .unwrap_or_else(|e| panic!("trial {trial} (killed at {at:?}): {e}"));
        assert!(!is_plain(&dir.path().join(STORE_FILE)).unwrap());
        let integrity: String = m
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "trial {trial}");
        assert_eq!(
            m.list::<Activity>(id).unwrap().len(),
            ENTRIES,
            "trial {trial}: every entry is there"
        );
        assert_eq!(m.attachment(&sha).unwrap().bytes, photo, "trial {trial}");
        assert!(m.doctor().unwrap().problems.is_empty(), "trial {trial}");
    }
    eprintln!(
        "{} kills over a {full:?} migration: {left_plain} left the plain store, {left_encrypted} the encrypted one",
        trials()
    );
    assert!(
        left_plain > 0 && left_encrypted > 0,
        "kills landed on both sides of the switch"
    );
}
