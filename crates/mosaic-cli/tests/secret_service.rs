//! The store key in a real Secret Service: a private D-Bus session bus with
//! GNOME Keyring on it (both started here, in a temporary folder), and the real
//! `mosaic` binary. Needs `dbus-daemon` and `gnome-keyring-daemon`
//! (`scripts/setup.sh` installs them).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A session bus and a keyring daemon that die with the test.
struct Session {
    root: tempfile::TempDir,
    bus: String,
    dbus: Child,
    keyring: Option<Child>,
}

impl Session {
    fn start() -> Session {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("run")).unwrap();
        let mut dbus = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .arg(format!(
                "--address=unix:path={}",
                root.path().join("bus").display()
            ))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon is needed for this test (scripts/setup.sh installs it)");
        let mut line = String::new();
        BufReader::new(dbus.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let mut s = Session {
            root,
            bus: line.trim().to_string(),
            dbus,
            keyring: None,
        };
        s.start_keyring();
        s
    }

    /// Starts GNOME Keyring with its login collection unlocked by a password on
    /// stdin (created on first start), and waits for it on the bus.
    fn start_keyring(&mut self) {
        let mut child = self
            .command("gnome-keyring-daemon")
            .args(["--unlock", "--components=secrets", "--foreground"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon is needed for this test (scripts/setup.sh installs it)");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"login keyring password")
            .unwrap();
        self.keyring = Some(child);
        let start = Instant::now();
        while !self.secret_service_is_up() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "the keyring never came up"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn stop_keyring(&mut self) {
        if let Some(mut k) = self.keyring.take() {
            k.kill().unwrap();
            k.wait().unwrap();
        }
        let start = Instant::now();
        while self.secret_service_is_up() {
            assert!(start.elapsed() < Duration::from_secs(20));
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn secret_service_is_up(&self) -> bool {
        let out = self.dbus_send(&[
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.secrets",
        ]);
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }

    /// How many items Mosaic keeps in the keyring.
    fn mosaic_items(&self) -> usize {
        let out = self.dbus_send(&[
            "--dest=org.freedesktop.secrets",
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service.SearchItems",
            "dict:string:string:service,org.mosaic.store-key",
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .matches("object path")
            .count()
    }

    fn dbus_send(&self, args: &[&str]) -> Output {
        self.command("dbus-send")
            .args(["--session", "--print-reply"])
            .args(args)
            .output()
            .unwrap()
    }

    /// A command in this session: its bus, and a home of its own for the keyring files.
    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        c.env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env("XDG_RUNTIME_DIR", self.root.path().join("run"))
            .env("XDG_DATA_HOME", self.root.path().join("data"))
            .env("HOME", self.root.path())
            .env_remove("MOSAIC_KEYSTORE")
            .env_remove("MOSAIC_PIN");
        c
    }

    fn mosaic(&self, dir: &Path, args: &[&str]) -> Output {
        self.command(env!("CARGO_BIN_EXE_mosaic"))
            .arg("--data-dir")
            .arg(dir)
            .args(args)
            .output()
            .unwrap()
    }

    fn ok(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.mosaic(dir, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Some(k) = self.keyring.as_mut() {
            let _ = k.kill();
            let _ = k.wait();
        }
        let _ = self.dbus.kill();
        let _ = self.dbus.wait();
    }
}

/// The same `mosaic` with no session bus at all (a console login, a script over ssh).
fn mosaic_without_bus(dir: &Path, args: &[&str], keystore_off: bool) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mosaic"));
    c.arg("--data-dir")
        .arg(dir)
        .args(args)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("MOSAIC_PIN");
    if keystore_off {
        c.env("MOSAIC_KEYSTORE", "off");
    } else {
        c.env_remove("MOSAIC_KEYSTORE");
    }
    c.output().unwrap()
}

/// Every file in the folder with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    files.sort();
    files
}

fn names(dir: &Path) -> Vec<String> {
    snapshot(dir)
        .into_iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn the_store_key_lives_in_the_secret_service_and_nowhere_in_the_folder() {
    let mut session = Session::start();
    let data = tempfile::tempdir().unwrap();
    let d = data.path();

    // A store made where there is no keyring keeps its key in an owner-only file.
    let out = mosaic_without_bus(d, &["init", "--name", "Selam Tesfaye"], true);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key_hex = std::fs::read_to_string(d.join("store.key")).unwrap();
    let key_hex = key_hex.trim().to_string();
    let key_bytes: Vec<u8> = (0..32)
        .map(|i| u8::from_str_radix(&key_hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();

    // The first run in a desktop session moves it into the keyring.
    let doctor = session.ok(d, &["doctor"]);
    assert!(
        doctor.contains("store key: kept in the system keyring"),
        "{doctor}"
    );
    assert_eq!(names(d), ["mosaic.sqlite3", "store.key.keyring"]);
    assert_eq!(session.mosaic_items(), 1);
    for (path, bytes) in snapshot(d) {
        for needle in [key_hex.as_bytes(), &key_bytes[..], b"Selam Tesfaye"] {
            assert!(
                !contains(&bytes, needle),
                "{} holds the key or the name",
                path.display()
            );
        }
    }
    assert!(session.ok(d, &["show"]).contains("Selam Tesfaye"));

    // With no keyring reachable the store does not open, says why, and nothing changes.
    let before = snapshot(d);
    let out = mosaic_without_bus(d, &["show"], false);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("system keyring"), "{err}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Selam"));
    assert_eq!(snapshot(d), before);

    // A PIN takes the key out of the keyring; removing the PIN puts it back.
    let out = session
        .command(env!("CARGO_BIN_EXE_mosaic"))
        .arg("--data-dir")
        .arg(d)
        .arg("pin")
        .env("MOSAIC_NEW_PIN", "2468")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(names(d), ["mosaic.sqlite3", "store.key.pin"]);
    assert_eq!(session.mosaic_items(), 0);
    let out = session
        .command(env!("CARGO_BIN_EXE_mosaic"))
        .arg("--data-dir")
        .arg(d)
        .args(["pin", "--remove"])
        .env("MOSAIC_PIN", "2468")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("system keyring"));
    assert_eq!(names(d), ["mosaic.sqlite3", "store.key.keyring"]);
    assert_eq!(session.mosaic_items(), 1);

    // A new store made in the session never writes its key to the folder.
    let fresh = tempfile::tempdir().unwrap();
    session.ok(fresh.path(), &["init", "--name", "Олена Коваленко"]);
    assert_eq!(names(fresh.path()), ["mosaic.sqlite3", "store.key.keyring"]);
    assert_eq!(session.mosaic_items(), 2);

    // The keyring restarted from its files still holds the key.
    session.stop_keyring();
    session.start_keyring();
    assert!(session.ok(d, &["show"]).contains("Selam Tesfaye"));

    // A keyring that lost the item: a clear error, and the folder is untouched.
    session.stop_keyring();
    std::fs::remove_dir_all(session.root.path().join("data/keyrings")).unwrap();
    session.start_keyring();
    let before = snapshot(d);
    let out = session.mosaic(d, &["show"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("removed from the keyring"), "{err}");
    assert_eq!(snapshot(d), before);
}
