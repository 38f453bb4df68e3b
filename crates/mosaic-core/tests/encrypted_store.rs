//! The store at rest: encrypted with SQLCipher, opened only with its key, in an
//! owner-only folder, and backed up only in sealed form.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mosaic_core::*;

const PIN: &str = "2468-lantern";
const SECRETS: &[&str] = &[
    "Zewditu Haileselassie",
    "asylum interview in Valletta",
    "Birzebbuga",
    "residence permit 0042-XK",
];

fn photo() -> Vec<u8> {
    let mut x: u64 = 0xD1B5_4A32_D192_ED03;
    (0..64 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A portfolio holding every secret string and the photo, written with `pin`.
fn write_portfolio(dir: &Path, pin: &str) -> (Mosaic, PortfolioId) {
    let mut m = Mosaic::open_with_pin(dir, pin).unwrap();
    let id = m
        .create_portfolio(Profile {
            name_latin: SECRETS[0].into(),
            city: Some(SECRETS[2].into()),
            ..Default::default()
        })
        .unwrap();
    m.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "Arrival", "body": SECRETS[1]}),
    )
    .unwrap();
    let scan = m
        .put_attachment(NewAttachment {
            bytes: photo(),
            mime: "image/jpeg".into(),
            file_name: Some("permit.jpg".into()),
            width: None,
            height: None,
            thumbnail: None,
        })
        .unwrap();
    m.add_json(
        id,
        Section::Certificates,
        serde_json::json!({"title": SECRETS[3], "kind": "other", "attachments": [scan]}),
    )
    .unwrap();
    (m, id)
}

#[test]
fn a_byte_scan_of_the_data_folder_finds_no_portfolio_text_photo_or_key() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let (mut m, id) = write_portfolio(&dir, PIN);
    let exports = dir.join("exports");
    fsutil::private_dir(&exports).unwrap();
    m.backup(id, &exports.join("backup.age"), "correct horse battery")
        .unwrap();
    let key = keys::unwrap_with_pin(&dir, PIN).unwrap();

    // Scanned while the store is open, so the WAL and shared memory are there too.
    let files = files_under(&dir);
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for expected in [
        STORE_FILE,
        "mosaic.sqlite3-wal",
        "mosaic.sqlite3-shm",
        "backup.age",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    let photo = photo();
    let key_hex = hex::encode(key.bytes());
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for s in SECRETS {
            assert!(
                !contains(&bytes, s.as_bytes()),
                "{s:?} in {}",
                file.display()
            );
        }
        for chunk in photo.chunks(4096).step_by(4) {
            assert!(
                !contains(&bytes, &chunk[..32]),
                "photo bytes in {}",
                file.display()
            );
        }
        assert!(
            !contains(&bytes, key.bytes()),
            "raw key in {}",
            file.display()
        );
        for k in [key_hex.clone(), key_hex.to_uppercase()] {
            assert!(
                !contains(&bytes, k.as_bytes()),
                "hex key in {}",
                file.display()
            );
        }
    }
    // And the data is really there, for the right key.
    assert_eq!(m.portfolio(id).unwrap().profile.name_latin, SECRETS[0]);
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files_under(dir)
        .into_iter()
        .filter(|p| !p.ends_with(lockout::ATTEMPTS_FILE))
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn the_right_pin_opens_a_wrong_one_fails_clearly_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let (m, id) = write_portfolio(&dir, PIN);
    drop(m);
    let before = snapshot(&dir);

    let err = Mosaic::open_with_pin(&dir, "1111")
        .err()
        .expect("wrong PIN");
    assert!(matches!(err, Error::WrongPin), "{err}");
    assert_eq!(err.to_string(), "wrong PIN");
    let err = Mosaic::open(&dir).err().expect("no PIN");
    assert!(matches!(err, Error::Locked(_)), "{err}");
    assert!(err.to_string().contains("PIN"), "{err}");
    assert_eq!(
        snapshot(&dir),
        before,
        "a wrong or missing PIN changes nothing"
    );

    let mut m = Mosaic::open_with_pin(&dir, PIN).unwrap();
    assert_eq!(m.portfolio(id).unwrap().profile.name_latin, SECRETS[0]);
}

#[test]
fn a_wrong_key_fails_clearly_and_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let mut m = Mosaic::open(&dir).unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    drop(m);
    assert_eq!(m_key_protection(&dir), keys::KeyProtection::KeyFile);
    let right = std::fs::read(dir.join(keys::KEY_FILE)).unwrap();
    std::fs::write(dir.join(keys::KEY_FILE), hex::encode([7u8; 32])).unwrap();
    let before = snapshot(&dir);
    let err = Mosaic::open(&dir).err().expect("wrong key");
    assert!(matches!(err, Error::WrongKey(_)), "{err}");
    assert!(err.to_string().contains("cannot be decrypted"), "{err}");
    assert_eq!(snapshot(&dir), before, "nothing changed");
    std::fs::write(dir.join(keys::KEY_FILE), right).unwrap();
    assert_eq!(
        Mosaic::open(&dir).unwrap().portfolio_ids().unwrap(),
        vec![id]
    );
}

fn m_key_protection(dir: &Path) -> keys::KeyProtection {
    keys::protection(dir).unwrap()
}

#[test]
fn wrong_pins_back_off_and_a_pin_can_be_set_and_removed() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let mut m = Mosaic::open(&dir).unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    m.set_pin(Some(PIN)).unwrap();
    assert_eq!(m_key_protection(&dir), keys::KeyProtection::Pin);
    assert!(
        !dir.join(keys::KEY_FILE).exists(),
        "the plain key file is gone"
    );
    m.check_pin(PIN).unwrap();
    for _ in 0..lockout::FREE_TRIES {
        assert!(matches!(m.check_pin("0000"), Err(Error::WrongPin)));
    }
    // Now even the right PIN waits.
    assert!(matches!(
        m.check_pin(PIN),
        Err(Error::TooManyAttempts { wait_secs }) if wait_secs > 0
    ));
    assert!(matches!(
        Mosaic::open_with_pin(&dir, PIN),
        Err(Error::TooManyAttempts { .. })
    ));
    // Removing the PIN (from the unlocked app) keeps the same store.
    m.set_pin(None).unwrap();
    drop(m);
    assert_eq!(
        Mosaic::open(&dir).unwrap().portfolio_ids().unwrap(),
        vec![id]
    );
}

#[cfg(unix)]
#[test]
fn the_data_folder_and_every_file_in_it_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let (mut m, id) = write_portfolio(&dir, PIN);
    let exports = dir.join("exports");
    fsutil::private_dir(&exports).unwrap();
    m.backup(id, &exports.join("backup.age"), "correct horse battery")
        .unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700, "data folder");
    assert_eq!(mode(&exports), 0o700, "exports folder");
    let files = files_under(&dir);
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[test]
fn a_plain_store_is_encrypted_in_place_on_first_open() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("data");
    let mut plain = Mosaic::open_unencrypted(&dir).unwrap();
    let id = plain.create_portfolio(sample::profile()).unwrap();
    let before = plain.portfolio(id).unwrap();
    drop(plain);
    let path = dir.join(STORE_FILE);
    assert!(encrypt::is_plain(&path).unwrap());
    let mut m = Mosaic::open(&dir).unwrap();
    assert!(!encrypt::is_plain(&path).unwrap(), "encrypted now");
    assert_eq!(m.portfolio(id).unwrap(), before);
    drop(m);
    assert_eq!(Mosaic::open(&dir).unwrap().portfolio(id).unwrap(), before);
}

#[test]
fn a_backup_without_a_passphrase_is_refused_and_leaves_no_file() {
    let root = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(&root.path().join("data")).unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let out = root.path().join("backup.age");
    for empty in ["", "   "] {
        let err = m.backup(id, &out, empty).unwrap_err();
        assert!(matches!(err, Error::Passphrase(_)), "{err}");
    }
    assert!(!out.exists() && !out.with_extension("partial").exists());
}
