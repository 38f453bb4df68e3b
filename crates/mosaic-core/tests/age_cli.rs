//! A backup made by Mosaic opens with Debian's `age` command-line tool (installed
//! by scripts/setup.sh), and what it holds restores into a fresh store; a wrong
//! passphrase is a clear error both ways.
//!
//! `age` reads a passphrase only from a terminal, never from stdin or the
//! environment; `script` (util-linux) gives it a pseudo-terminal whose input is
//! the passphrase we type into it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use mosaic_core::sample::profile;
use mosaic_core::*;

const PASSPHRASE: &str = "correct horse battery staple";

/// Runs `age -d -o OUT IN` on a pseudo-terminal, typing `passphrase`.
fn age_decrypt(input: &Path, output: &Path, passphrase: &str) -> std::process::Output {
    let cmd = format!("age -d -o '{}' '{}'", output.display(), input.display());
    let mut child = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{passphrase}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_backup_decrypts_with_the_age_cli_and_restores_into_a_fresh_store() {
    assert!(
        Command::new("age").arg("--version").output().is_ok(),
        "the `age` CLI is missing: run scripts/setup.sh"
    );
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(&dir.path().join("data")).unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    m.add_json(id, Section::Skills, serde_json::json!({"name": "Sewing"}))
        .unwrap();
    let before = m.portfolio(id).unwrap();
    let sealed = dir.path().join("backup.age");
    m.backup(id, &sealed, PASSPHRASE).unwrap();
    assert!(
        std::fs::read(&sealed)
            .unwrap()
            .starts_with(b"age-encryption.org/v1\n")
    );

    // The age CLI: a wrong passphrase fails and writes nothing.
    let wrong_out = dir.path().join("wrong.zip");
    let wrong = age_decrypt(&sealed, &wrong_out, "not the passphrase");
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stdout).contains("incorrect passphrase"),
        "{}",
        String::from_utf8_lossy(&wrong.stdout)
    );
    // The right one gives the zip, which restores into a fresh store.
    let zip = dir.path().join("backup.zip");
    let out = age_decrypt(&sealed, &zip, PASSPHRASE);
    assert!(
        out.status.success(),
        "age -d: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(std::fs::read(&zip).unwrap().starts_with(b"PK"));
    let mut fresh = Mosaic::open(&dir.path().join("fresh")).unwrap();
    assert_eq!(fresh.restore(&zip, None, false).unwrap(), id);
    assert_eq!(fresh.portfolio(id).unwrap(), before);

    // Mosaic itself: the sealed file restores with the passphrase only.
    let mut other = Mosaic::open(&dir.path().join("other")).unwrap();
    let err = other.restore(&sealed, Some("nope"), false).unwrap_err();
    assert!(matches!(err, Error::Passphrase(_)), "{err}");
    assert!(err.to_string().contains("wrong passphrase"), "{err}");
    let err = other.restore(&sealed, None, false).unwrap_err();
    assert!(err.to_string().contains("encrypted"), "{err}");
    assert!(
        other.portfolio_ids().unwrap().is_empty(),
        "nothing restored"
    );
    assert_eq!(other.restore(&sealed, Some(PASSPHRASE), false).unwrap(), id);
    assert_eq!(other.portfolio(id).unwrap(), before);
}

#[test]
fn a_backup_asks_for_the_same_work_on_any_device_and_a_greedy_file_is_refused() {
    // The scrypt cost is fixed, not timed on the device that seals (age's default), so a
    // backup from a fast idle laptop opens on a slow or busy phone.
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let file = dir.path().join("b.age");
    m.backup(id, &file, PASSPHRASE).unwrap();
    let head = std::fs::read(&file).unwrap();
    let text = String::from_utf8_lossy(&head[..200]);
    let stanza = text.lines().find(|l| l.starts_with("-> scrypt ")).unwrap();
    assert!(
        stanza.ends_with(&format!(" {}", sealed::SCRYPT_LOG_N)),
        "{stanza}"
    );
    // A file that asks for 2^21 is refused before any of that work is done.
    let greedy = dir.path().join("greedy.age");
    let salt = "A".repeat(22);
    let body = "A".repeat(43);
    let mut bytes = format!(
        "age-encryption.org/v1\n-> scrypt {salt} 21\n{body}\n--- {}\n",
        "A".repeat(43)
    )
    .into_bytes();
    bytes.extend([0u8; 64]); // the payload's nonce and a chunk
    std::fs::write(&greedy, bytes).unwrap();
    let start = std::time::Instant::now();
    let err = m.restore(&greedy, Some(PASSPHRASE), false).unwrap_err();
    assert!(err.to_string().contains("too much work"), "{err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
}
