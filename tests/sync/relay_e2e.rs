//! The sync engine against a REAL relay process (`mosaic-relay` binary): three data dirs
//! (phone, second device, mentor), offline edits in every order, SIGKILL and restart of the
//! relay mid-sync, truncated and duplicated responses, plaintext scan of the relay's disk and
//! logs, a flipped bit in a stored entry, a revoked mentor, and a revoked device.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_relay::client::RelayClient;
use mosaic_relay::wire::{BlobHash, DocId, PullResponse, ReadToken, TokenHash};
use mosaic_sync::transport::{TResult, Transport, TransportError};
use mosaic_sync::{Error, RelayTransport, RetryPolicy, ShareRole};

type R<T = ()> = Result<T, Box<dyn std::error::Error>>;

struct Relay {
    child: Child,
    url: String,
    db: PathBuf,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Relay {
    fn start() -> R<Self> {
        let dir = tempfile::tempdir()?;
        let db = dir.path().join("relay.db");
        let log = dir.path().join("relay.log");
        let (child, url) = spawn(&db, &log, "127.0.0.1:0")?;
        Ok(Relay {
            child,
            url,
            db,
            log,
            _dir: dir,
        })
    }
    fn kill(&mut self) {
        // SIGKILL: no shutdown path runs.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
    fn restart(&mut self) -> R {
        let addr = self.url.trim_start_matches("http://").to_string();
        for _ in 0..50 {
            if let Ok((child, url)) = spawn(&self.db, &self.log, &addr) {
                self.child = child;
                self.url = url;
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err("relay did not restart".into())
    }
    /// Every byte the relay wrote: database, WAL, logs.
    fn disk_bytes(&self) -> R<Vec<u8>> {
        let mut all = vec![];
        for entry in std::fs::read_dir(self.db.parent().ok_or("dir")?)? {
            let p = entry?.path();
            if p.is_file() {
                all.extend(std::fs::read(&p)?);
            }
        }
        Ok(all)
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.kill();
    }
}

fn spawn(db: &Path, log: &Path, listen: &str) -> R<(Child, String)> {
    spawn_with(db, log, listen, &["--rate-per-sec", "0"])
}

fn spawn_with(db: &Path, log: &Path, listen: &str, extra: &[&str]) -> R<(Child, String)> {
    let logf = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)?;
    let mut child = Command::new(mosaic_tests::workspace_bin("mosaic-relay", "mosaic-relay")?)
        .args(["--db", &db.to_string_lossy(), "--listen", listen])
        .args(extra)
        .env("MOSAIC_RELAY_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(logf)
        .spawn()?;
    let out = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    BufReader::new(out).read_line(&mut line)?;
    match line.trim().strip_prefix("listening on ") {
        Some(url) => Ok((child, url.to_string())),
        None => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!("relay did not start: {line}").into())
        }
    }
}

struct Dev {
    m: Mosaic,
    _dir: tempfile::TempDir,
}

fn dev(name: &str) -> R<Dev> {
    let dir = tempfile::tempdir()?;
    let mut m = Mosaic::open(dir.path())?;
    m.set_author(name)?;
    Ok(Dev { m, _dir: dir })
}

fn skill(m: &mut Mosaic, id: PortfolioId, name: &str) -> R {
    m.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": name, "category": "trade"}),
    )?;
    Ok(())
}

fn names(m: &mut Mosaic, id: PortfolioId) -> R<Vec<String>> {
    Ok(m.list_json(id, Section::Skills)?
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v["name"].as_str().map(str::to_string))
        .collect())
}

/// phone (owner) with a portfolio, laptop linked, mentor sharing; all synced.
fn setup(relay: &Relay) -> R<(Dev, Dev, Dev, PortfolioId)> {
    let (mut phone, mut laptop, mut mentor) = (dev("Mariam")?, dev("Mariam laptop")?, dev("Rita")?);
    let id = phone.m.create_portfolio(mosaic_core::sample::profile())?;
    skill(&mut phone.m, id, "Tailoring KNOWN-SECRET-ONE")?;
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
    let code = mosaic_sync::device_code(&mut laptop.m)?;
    let share = mosaic_sync::share_code(&mut phone.m, &relay.url, id, &code, ShareRole::Device)?;
    mosaic_sync::join(&mut laptop.m, &share)?;
    let code = mosaic_sync::device_code(&mut mentor.m)?;
    let share = mosaic_sync::share_code(&mut phone.m, &relay.url, id, &code, ShareRole::Mentor)?;
    mosaic_sync::join(&mut mentor.m, &share)?;
    Ok((phone, laptop, mentor, id))
}

fn assert_same(devs: &mut [&mut Dev], id: PortfolioId) -> R {
    let p0 = devs[0].m.portfolio(id)?;
    for d in devs.iter_mut().skip(1) {
        assert_eq!(d.m.portfolio(id)?, p0);
    }
    Ok(())
}

#[test]
fn offline_edits_converge_in_every_order() -> R {
    let relay = Relay::start()?;
    let (mut phone, mut laptop, mut mentor, id) = setup(&relay)?;
    let orders = [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ];
    let entry = phone.m.list_json(id, Section::Skills)?[0]["id"]
        .as_str()
        .ok_or("id")?
        .parse()?;
    for (round, order) in orders.iter().enumerate() {
        // Offline edits on every side.
        skill(&mut phone.m, id, &format!("phone {round}"))?;
        skill(&mut laptop.m, id, &format!("laptop {round}"))?;
        mosaic_sync::comment(&mut mentor.m, id, entry, &format!("comment {round}"))?;
        for _ in 0..2 {
            for &d in order {
                let m = match d {
                    0 => &mut phone.m,
                    1 => &mut laptop.m,
                    _ => &mut mentor.m,
                };
                mosaic_sync::sync(m, &relay.url, id)?;
            }
        }
        assert_same(&mut [&mut phone, &mut laptop, &mut mentor], id)?;
        let n = names(&mut mentor.m, id)?;
        assert!(n.contains(&format!("phone {round}")) && n.contains(&format!("laptop {round}")));
        for d in [&mut phone, &mut laptop] {
            let fb = mosaic_sync::feedback(&mut d.m, id)?;
            assert!(
                fb.iter().any(|f| f.text == format!("comment {round}")),
                "{fb:?}"
            );
        }
    }
    let dash = mosaic_sync::mentees(&mut mentor.m)?;
    assert_eq!(dash.len(), 1);
    assert_eq!(dash[0].comments, 6);
    Ok(())
}

#[test]
fn relay_sigkill_mid_sync_loses_nothing() -> R {
    let mut relay = Relay::start()?;
    let (mut phone, mut laptop, _mentor, id) = setup(&relay)?;
    for round in 0..4 {
        for i in 0..30 {
            skill(&mut phone.m, id, &format!("bulk {round}-{i}"))?;
        }
        // Sync on another thread while the relay is killed.
        let url = relay.url.clone();
        let handle = std::thread::spawn(move || {
            let r = mosaic_sync::sync(&mut phone.m, &url, id);
            (phone, r.is_ok())
        });
        std::thread::sleep(Duration::from_millis(5 + 20 * round));
        relay.kill();
        let (p, _ok) = handle.join().map_err(|_| "sync thread panicked")?;
        phone = p;
        relay.restart()?;
        mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
        mosaic_sync::sync(&mut laptop.m, &relay.url, id)?;
        let n = names(&mut laptop.m, id)?;
        for i in 0..30 {
            assert!(
                n.contains(&format!("bulk {round}-{i}")),
                "round {round}: bulk {i} lost"
            );
        }
        assert_same(&mut [&mut phone, &mut laptop], id)?;
    }
    Ok(())
}

/// The real client, but pull answers are cut at random byte offsets or repeated, and appends
/// are sometimes sent twice.
struct Mangler {
    inner: RelayTransport,
    raw: RelayClient,
    n: u64,
}

impl Transport for Mangler {
    fn create_doc(
        &mut self,
        d: &DocId,
        w: &mosaic_relay::auth::WriterKey,
        r: &TokenHash,
    ) -> TResult<()> {
        self.inner.create_doc(d, w, r)
    }
    fn update_access(
        &mut self,
        d: &DocId,
        w: &mosaic_relay::auth::WriterKey,
        c: &mosaic_relay::wire::AccessChange,
    ) -> TResult<()> {
        self.inner.update_access(d, w, c)
    }
    fn append(
        &mut self,
        d: &DocId,
        w: &mosaic_relay::auth::WriterKey,
        data: &[u8],
    ) -> TResult<u64> {
        self.n += 1;
        if self.n.is_multiple_of(2) {
            self.inner.append(d, w, data)?; // duplicated request
        }
        self.inner.append(d, w, data)
    }
    fn pull(&mut self, d: &DocId, t: &ReadToken, since: u64) -> TResult<PullResponse> {
        self.n += 1;
        let path = format!("/v1/docs/{}/log?since={since}", d.to_hex());
        let auth = [("authorization", format!("Bearer {}", t.to_hex()))];
        let r = self
            .raw
            .request("GET", &path, &auth, None)
            .map_err(|e| TransportError::Transient(e.to_string()))?;
        if r.status == 404 {
            return Err(TransportError::NotFound);
        }
        let mut body = r.body;
        if self.n.is_multiple_of(3) && body.len() > 12 {
            let cut = 10 + (self.n as usize * 7919) % (body.len() - 10);
            body.truncate(cut);
        }
        let mut resp =
            PullResponse::decode(&body).map_err(|e| TransportError::Transient(e.to_string()))?;
        if self.n.is_multiple_of(4) {
            let again = resp.items.clone();
            resp.items.extend(again); // duplicated items
        }
        Ok(resp)
    }
    fn put_snapshot(
        &mut self,
        d: &DocId,
        w: &mosaic_relay::auth::WriterKey,
        c: u64,
        data: &[u8],
    ) -> TResult<()> {
        self.inner.put_snapshot(d, w, c, data)
    }
    fn put_blob(
        &mut self,
        d: &DocId,
        w: &mosaic_relay::auth::WriterKey,
        data: &[u8],
    ) -> TResult<BlobHash> {
        self.inner.put_blob(d, w, data)
    }
    fn get_blob(&mut self, d: &DocId, t: &ReadToken, h: &BlobHash) -> TResult<Vec<u8>> {
        self.inner.get_blob(d, t, h)
    }
    fn sleep(&mut self, _d: Duration) {}
}

#[test]
fn truncated_and_duplicated_responses() -> R {
    let relay = Relay::start()?;
    let (mut phone, mut laptop, _mentor, id) = setup(&relay)?;
    let mangler = |seed| Mangler {
        inner: RelayTransport::new(&relay.url),
        raw: RelayClient::new(&relay.url),
        n: seed,
    };
    let (mut mp, mut ml) = (mangler(0), mangler(1));
    let policy = RetryPolicy {
        attempts: 6,
        ..RetryPolicy::default()
    };
    for round in 0..8 {
        skill(&mut phone.m, id, &format!("p{round}"))?;
        skill(&mut laptop.m, id, &format!("l{round}"))?;
        let _ = mosaic_sync::sync_with(&mut phone.m, &mut mp, &relay.url, id, policy);
        let _ = mosaic_sync::sync_with(&mut laptop.m, &mut ml, &relay.url, id, policy);
    }
    for _ in 0..2 {
        mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
        mosaic_sync::sync(&mut laptop.m, &relay.url, id)?;
    }
    assert_same(&mut [&mut phone, &mut laptop], id)?;
    let n = names(&mut phone.m, id)?;
    for round in 0..8 {
        assert!(n.contains(&format!("p{round}")) && n.contains(&format!("l{round}")));
    }
    Ok(())
}

#[test]
fn relay_disk_and_logs_hold_no_plaintext() -> R {
    let mut relay = Relay::start()?;
    let (mut phone, mut laptop, mut mentor, id) = setup(&relay)?;
    let photo = phone.m.put_attachment(mosaic_core::NewAttachment {
        bytes: b"JPEG-PLAINTEXT-PHOTO-BYTES-0123456789".to_vec(),
        mime: "image/jpeg".into(),
        file_name: Some("passport-photo.jpg".into()),
        width: None,
        height: None,
        thumbnail: None,
    })?;
    let mut profile = phone.m.profile(id)?;
    profile.photo = Some(photo.clone());
    profile.about = Some("UNIQUE-ABOUT-TEXT ማርያም".into());
    phone.m.update_profile(id, profile)?;
    let entry = phone.m.list_json(id, Section::Skills)?[0]["id"]
        .as_str()
        .ok_or("id")?
        .parse()?;
    mosaic_sync::comment(&mut mentor.m, id, entry, "MENTOR-COMMENT-TEXT")?;
    for _ in 0..2 {
        for d in [&mut phone, &mut laptop, &mut mentor] {
            mosaic_sync::sync(&mut d.m, &relay.url, id)?;
        }
    }
    assert_eq!(
        laptop.m.attachment(&photo.sha256)?.bytes,
        b"JPEG-PLAINTEXT-PHOTO-BYTES-0123456789"
    );
    relay.kill(); // flush nothing more; scan what is on disk, WAL included
    let disk = relay.disk_bytes()?;
    assert!(disk.len() > 1000);
    for needle in [
        "KNOWN-SECRET-ONE",
        "Mariam Haile",
        "UNIQUE-ABOUT-TEXT",
        "ማርያም",
        "MENTOR-COMMENT-TEXT",
        "JPEG-PLAINTEXT-PHOTO",
        "passport-photo",
        "mariam@example.org",
        &id.to_string(),
        &photo.sha256,
    ] {
        let n = needle.as_bytes();
        assert!(
            !disk.windows(n.len()).any(|w| w == n),
            "relay disk or log contains {needle}"
        );
    }
    // The mentor's feedback document is registered and signed with a key of its own: the
    // relay never holds the mentor's device key, yet the owner reads the comment as hers.
    let mentor_key = mosaic_sync::store::device(&mut mentor.m)?.ed25519_public();
    let mentor_hex: String = mentor_key.iter().map(|b| format!("{b:02x}")).collect();
    assert!(!disk.windows(32).any(|w| w == mentor_key));
    assert!(!disk.windows(64).any(|w| w == mentor_hex.as_bytes()));
    let items = mosaic_sync::feedback(&mut phone.m, id)?;
    assert!(
        items
            .iter()
            .any(|i| i.text == "MENTOR-COMMENT-TEXT" && i.by == "Rita"),
        "{items:?}"
    );
    Ok(())
}

#[test]
fn flipped_bit_in_stored_entry_is_rejected_and_skipped() -> R {
    let mut relay = Relay::start()?;
    let (mut phone, _laptop, mut mentor, id) = setup(&relay)?;
    skill(&mut phone.m, id, "will be tampered")?;
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
    relay.kill();
    {
        let conn = rusqlite::Connection::open(&relay.db)?;
        let (doc, seq, mut data): (Vec<u8>, i64, Vec<u8>) = conn.query_row(
            "SELECT doc_id, seq, data FROM entries ORDER BY rowid DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let i = data.len() / 2;
        data[i] ^= 0x01;
        conn.execute(
            "UPDATE entries SET data = ?3 WHERE doc_id = ?1 AND seq = ?2",
            rusqlite::params![doc, seq, data],
        )?;
    }
    relay.restart()?;
    let before = mentor.m.portfolio(id)?;
    // The damaged entry is rejected and reported; it does not block the log for good.
    let rep = mosaic_sync::sync(&mut mentor.m, &relay.url, id)?;
    let msg = rep.warnings.join("; ");
    assert!(
        msg.contains("skipped log entry") && msg.contains("signature"),
        "{msg}"
    );
    assert_eq!(mentor.m.portfolio(id)?, before, "nothing applied");
    // Reported once: the next sync starts after it.
    assert!(
        mosaic_sync::sync(&mut mentor.m, &relay.url, id)?
            .warnings
            .is_empty()
    );
    Ok(())
}

#[test]
fn revoked_mentor_cannot_decrypt_anything_new() -> R {
    let relay = Relay::start()?;
    let (mut phone, mut laptop, mut mentor, id) = setup(&relay)?;
    let mut other = dev("Second mentor")?;
    let code = mosaic_sync::device_code(&mut other.m)?;
    let share = mosaic_sync::share_code(&mut phone.m, &relay.url, id, &code, ShareRole::Mentor)?;
    mosaic_sync::join(&mut other.m, &share)?;
    mosaic_sync::sync(&mut mentor.m, &relay.url, id)?;

    let view = DocId(
        doc_row(&mut mentor, id, "relay_doc")?
            .try_into()
            .map_err(|_| "doc")?,
    );
    let view_token = ReadToken(
        doc_row(&mut mentor, id, "read_token")?
            .try_into()
            .map_err(|_| "token")?,
    );
    // A mentor reads a view of their own: revoking deletes it at the relay, and no key of
    // the portfolio has to change (the mentor never held one).
    let rep = mosaic_sync::revoke(&mut phone.m, id, "Rita")?;
    assert!(rep.completed && rep.epoch == 0, "{rep:?}");
    let client = RelayClient::new(&relay.url);
    let r = client.pull(&view, &view_token, 0);
    assert_eq!(r.err().and_then(|e| e.status()), Some(404));
    skill(&mut phone.m, id, "WRITTEN-AFTER-REVOKE")?;
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
    skill(&mut laptop.m, id, "LAPTOP-AFTER-REVOKE")?;
    mosaic_sync::sync(&mut laptop.m, &relay.url, id)?;
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;

    let r = mosaic_sync::sync(&mut mentor.m, &relay.url, id);
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    // Even with the portfolio's ciphertext in hand (simulated: its document and the owner's
    // read token), the revoked mentor decrypts nothing: it never held any of its keys.
    let portfolio_keys: Vec<Vec<u8>> = {
        let c = phone.m.connection();
        let mut stmt = c.prepare("SELECT key FROM sync_keys WHERE local_id = ?1")?;
        stmt.query_map([id.to_string()], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mentor_keys: Vec<Vec<u8>> = {
        let c = mentor.m.connection();
        let mut stmt = c.prepare("SELECT key FROM sync_keys")?;
        stmt.query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    assert!(mentor_keys.iter().all(|k| !portfolio_keys.contains(k)));
    for column in ["relay_doc", "read_token"] {
        let v = doc_row(&mut phone, id, column)?;
        mentor.m.connection().execute(
            &format!("UPDATE sync_docs SET {column} = ?2 WHERE local_id = ?1"),
            rusqlite::params![id.to_string(), v],
        )?;
    }
    // It reads as nothing: refused, or every entry skipped as not verifiable.
    match mosaic_sync::sync(&mut mentor.m, &relay.url, id) {
        Err(_) => {}
        Ok(rep) => assert!(
            rep.applied_changes == 0 && !rep.warnings.is_empty(),
            "{rep:?}"
        ),
    }
    let n = names(&mut mentor.m, id)?;
    assert!(!n.iter().any(|s| s.contains("AFTER-REVOKE")));

    // The remaining mentor and the laptop read everything.
    mosaic_sync::sync(&mut other.m, &relay.url, id)?;
    mosaic_sync::sync(&mut laptop.m, &relay.url, id)?;
    for d in [&mut other, &mut laptop] {
        let n = names(&mut d.m, id)?;
        assert!(n.contains(&"WRITTEN-AFTER-REVOKE".to_string()));
        assert!(n.contains(&"LAPTOP-AFTER-REVOKE".to_string()));
    }
    assert_same(&mut [&mut phone, &mut laptop, &mut other], id)?;
    Ok(())
}

fn doc_row(d: &mut Dev, id: PortfolioId, column: &str) -> R<Vec<u8>> {
    Ok(d.m.connection().query_row(
        &format!("SELECT {column} FROM sync_docs WHERE local_id = ?1"),
        [id.to_string()],
        |r| r.get(0),
    )?)
}

#[test]
fn revoked_device_can_neither_read_nor_write() -> R {
    let relay = Relay::start()?;
    let (mut phone, mut laptop, mut mentor, id) = setup(&relay)?;
    let mut laptop2 = dev("Mariam laptop 2")?;
    let code = mosaic_sync::device_code(&mut laptop2.m)?;
    let share = mosaic_sync::share_code(&mut phone.m, &relay.url, id, &code, ShareRole::Device)?;
    mosaic_sync::join(&mut laptop2.m, &share)?;
    for d in [&mut laptop, &mut mentor, &mut laptop2] {
        mosaic_sync::sync(&mut d.m, &relay.url, id)?;
    }
    let listed = mosaic_sync::members(&mut phone.m, id)?;
    assert!(
        listed
            .iter()
            .any(|m| m.name == "Mariam laptop" && m.role == "device" && !m.revoked),
        "{listed:?}"
    );
    let old_write: [u8; 32] = doc_row(&mut laptop, id, "write_secret")?
        .try_into()
        .map_err(|_| "write secret length")?;
    let relay_doc = DocId(
        doc_row(&mut laptop, id, "relay_doc")?
            .try_into()
            .map_err(|_| "doc id length")?,
    );

    let rep = mosaic_sync::revoke(&mut phone.m, id, "Mariam laptop")?;
    assert!(
        rep.completed && rep.role == "device" && rep.epoch == 1,
        "{rep:?}"
    );
    skill(&mut phone.m, id, "WRITTEN-AFTER-DEVICE-REVOKE")?;
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;

    // The remaining laptop and the mentor read it.
    for d in [&mut laptop2, &mut mentor] {
        mosaic_sync::sync(&mut d.m, &relay.url, id)?;
        let n = names(&mut d.m, id)?;
        assert!(
            n.contains(&"WRITTEN-AFTER-DEVICE-REVOKE".to_string()),
            "{n:?}"
        );
    }
    let new_write = doc_row(&mut laptop2, id, "write_secret")?;
    assert_ne!(
        new_write,
        old_write.to_vec(),
        "laptop2 took the new write authority"
    );

    // The revoked laptop: its sync (pull, then push of a local edit) is refused, and nothing
    // local is lost or changed by the attempt.
    skill(&mut laptop.m, id, "LAPTOP-AFTER-REVOKE")?;
    let before = laptop.m.portfolio(id)?;
    let r = mosaic_sync::sync(&mut laptop.m, &relay.url, id);
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    assert_eq!(laptop.m.portfolio(id)?, before, "nothing changed locally");
    let n = names(&mut laptop.m, id)?;
    assert!(n.contains(&"LAPTOP-AFTER-REVOKE".to_string()));
    assert!(!n.contains(&"WRITTEN-AFTER-DEVICE-REVOKE".to_string()));
    // The relay itself refuses an append signed with the laptop's (old) write key.
    let mut t = RelayTransport::new(&relay.url);
    let w = mosaic_relay::auth::WriterKey::from_secret_bytes(&old_write);
    let r = t.append(&relay_doc, &w, b"forged append from the revoked laptop");
    assert!(matches!(r, Err(TransportError::NotFound)), "{r:?}");
    // Even with the ciphertext in hand (simulated: laptop2's read token), the revoked laptop
    // cannot decrypt: no key for the new epoch.
    let token = doc_row(&mut laptop2, id, "read_token")?;
    laptop.m.connection().execute(
        "UPDATE sync_docs SET read_token = ?2 WHERE local_id = ?1",
        rusqlite::params![id.to_string(), token],
    )?;
    let r = mosaic_sync::sync(&mut laptop.m, &relay.url, id);
    let msg = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("no key for epoch 1"), "{msg}");
    assert_eq!(laptop.m.portfolio(id)?, before, "nothing applied");
    let keys: i64 = laptop.m.connection().query_row(
        "SELECT count(*) FROM sync_keys WHERE local_id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    assert_eq!(keys, 1, "the revoked laptop only ever held epoch 0");
    assert_eq!(
        doc_row(&mut laptop, id, "write_secret")?,
        old_write.to_vec(),
        "no new write authority for the revoked laptop"
    );

    // laptop2 keeps writing with the new authority; the phone and the mentor receive it.
    skill(&mut laptop2.m, id, "LAPTOP2-AFTER-REVOKE")?;
    let rep = mosaic_sync::sync(&mut laptop2.m, &relay.url, id)?;
    assert!(rep.pushed_changes > 0, "{rep:?}");
    mosaic_sync::sync(&mut phone.m, &relay.url, id)?;
    mosaic_sync::sync(&mut mentor.m, &relay.url, id)?;
    for d in [&mut phone, &mut mentor] {
        let n = names(&mut d.m, id)?;
        assert!(n.contains(&"LAPTOP2-AFTER-REVOKE".to_string()), "{n:?}");
        assert!(!n.contains(&"LAPTOP-AFTER-REVOKE".to_string()));
    }
    assert_same(&mut [&mut phone, &mut laptop2, &mut mentor], id)?;
    let listed = mosaic_sync::members(&mut laptop2.m, id)?;
    assert!(
        listed
            .iter()
            .any(|m| m.name == "Mariam laptop" && m.role == "device" && m.revoked),
        "laptop2 learnt of the revocation: {listed:?}"
    );
    Ok(())
}

#[test]
fn bench_figures() -> R {
    let relay = Relay::start()?;
    let w = mosaic_sync::bench::wire_bytes(|m| Ok(mosaic_core::sample::realistic(m, 400)?))?;
    eprintln!("wire bytes (realistic portfolio, 400 edits): {w:?}");
    assert!(w.engine_first_sync > 0 && w.engine_one_edit > 0);
    assert!(w.mentor_first_sync > 0 && w.mentor_one_edit > 0);
    let l = mosaic_sync::bench::latency(&relay.url, 50)?;
    eprintln!("edit-to-visible latency over loopback relay: {l:?}");
    assert_eq!(l.edits, 50);
    Ok(())
}

/// The relay process behind a reverse proxy named with `--trusted-proxy`: each client the
/// proxy forwards has its own rate limit, and a client cannot leave its bucket by adding
/// addresses of its own to `X-Forwarded-For`.
#[test]
fn relay_behind_a_trusted_proxy_limits_each_forwarded_client() -> R {
    let dir = tempfile::tempdir()?;
    let limits = ["--rate-per-sec", "0.01", "--rate-burst", "3"];
    let (db, log) = (dir.path().join("relay.db"), dir.path().join("relay.log"));
    let mut args = limits.to_vec();
    args.extend(["--trusted-proxy", "127.0.0.1"]);
    let (mut child, url) = spawn_with(&db, &log, "127.0.0.1:0", &args)?;
    let client = RelayClient::new(&url);
    let from = |xff: &str| -> R<u16> {
        let headers = [("x-forwarded-for", xff.to_string())];
        Ok(client.request("GET", "/health", &headers, None)?.status)
    };
    let checks = (|| -> R {
        for _ in 0..3 {
            assert_eq!(from("203.0.113.7")?, 200);
        }
        assert_eq!(
            from("203.0.113.7")?,
            429,
            "the fourth request in a burst of 3"
        );
        assert_eq!(
            from("198.51.100.9, 203.0.113.7")?,
            429,
            "spoofed left-most hop"
        );
        assert_eq!(
            from("203.0.113.8")?,
            200,
            "another client behind the same proxy"
        );
        Ok(())
    })();
    let _ = child.kill();
    let _ = child.wait();
    checks?;

    // Without --trusted-proxy the header is ignored: new addresses do not buy new requests.
    let (db, log) = (dir.path().join("relay2.db"), dir.path().join("relay2.log"));
    let (mut child, url) = spawn_with(&db, &log, "127.0.0.1:0", &limits)?;
    let client = RelayClient::new(&url);
    let statuses = (0..6)
        .map(|i| {
            let headers = [("x-forwarded-for", format!("203.0.113.{i}"))];
            client
                .request("GET", "/health", &headers, None)
                .map(|r| r.status)
        })
        .collect::<Result<Vec<u16>, _>>();
    let _ = child.kill();
    let _ = child.wait();
    let statuses = statuses?;
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        3,
        "{statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    Ok(())
}

/// Every file under `dir`, recursively (database, `-wal`, `-shm`, exports).
fn folder_files(dir: &Path) -> R<Vec<(PathBuf, Vec<u8>)>> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            out.extend(folder_files(&p)?);
        } else {
            let b = std::fs::read(&p)?;
            out.push((p, b));
        }
    }
    Ok(out)
}

/// Issue 11, finding 3, against the real relay process: erasing the portfolio on the owner's
/// phone deletes the relay copy (owner-signed DELETE: every reader then gets 404) and leaves
/// no key, token, relay address or portfolio text in the phone's data folder.
#[test]
fn erase_deletes_the_relay_copy_and_leaves_no_secret_on_the_device() -> R {
    let relay = Relay::start()?;
    let (mut phone, _laptop, mut mentor, id) = setup(&relay)?;
    let dir = phone._dir.path().to_path_buf();
    std::fs::create_dir_all(dir.join("exports"))?;
    std::fs::write(
        dir.join("exports").join(format!("mosaic-{id}.json")),
        phone.m.export_json(id)?,
    )?;
    let mut needles: Vec<Vec<u8>> = vec![
        b"KNOWN-SECRET-ONE".to_vec(),
        relay.url.as_bytes().to_vec(),
        doc_row(&mut phone, id, "read_token")?,
        doc_row(&mut phone, id, "write_secret")?,
    ];
    {
        let c = phone.m.connection();
        let mut stmt = c.prepare("SELECT key FROM sync_keys")?;
        let keys = stmt
            .query_map([], |r| r.get::<_, Vec<u8>>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        needles.extend(keys);
    }
    // The mentor reads a view of the portfolio, which the phone writes and so deletes too.
    let doc = DocId(
        doc_row(&mut mentor, id, "relay_doc")?
            .try_into()
            .map_err(|_| "doc")?,
    );
    let mentor_token = ReadToken(
        doc_row(&mut mentor, id, "read_token")?
            .try_into()
            .map_err(|_| "token")?,
    );

    let rep = mosaic_sync::erase_portfolio(&mut phone.m, id)?;
    assert_eq!(
        rep.relay_deleted, 2,
        "the portfolio and the mentor's view: {rep:?}"
    );
    let client = RelayClient::new(&relay.url);
    let r = client.pull(&doc, &mentor_token, 0);
    assert_eq!(r.err().and_then(|e| e.status()), Some(404));
    let r = mosaic_sync::sync(&mut mentor.m, &relay.url, id);
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    for (path, bytes) in folder_files(&dir)? {
        for n in &needles {
            assert!(
                !bytes.windows(n.len()).any(|w| w == n.as_slice()),
                "{} still holds {:?}",
                path.display(),
                String::from_utf8_lossy(n)
            );
        }
    }
    Ok(())
}

/// Issue 12, item 5: a relay gets a second address (a new domain, a load balancer). The phone
/// moves to it with `move_relay`, which first checks the address serves this portfolio and
/// accepts its signatures; the laptop and the mentor, still on the old address, keep syncing
/// with it; nobody shares again. An address that is another relay, or that the relay does not
/// accept signatures for, is refused and changes nothing.
#[test]
fn moving_to_another_address_of_the_same_relay_needs_no_reshare() -> R {
    let dir = tempfile::tempdir()?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let (old, new) = (
        format!("http://127.0.0.1:{port}"),
        format!("http://localhost:{port}"),
    );
    let (child, url) = spawn_with(
        &dir.path().join("relay.db"),
        &dir.path().join("relay.log"),
        &format!("127.0.0.1:{port}"),
        &[
            "--rate-per-sec",
            "0",
            "--public-url",
            &old,
            "--public-url",
            &new,
        ],
    )?;
    let mut relay = Relay {
        child,
        url,
        db: dir.path().join("relay.db"),
        log: dir.path().join("relay.log"),
        _dir: tempfile::tempdir()?,
    };
    assert_eq!(relay.url, old);
    let (mut phone, mut laptop, mut mentor, id) = setup(&relay)?;
    let stored = |d: &mut Dev| -> R<String> {
        Ok(mosaic_sync::store::load(d.m.connection(), &id.to_string())?
            .ok_or("no sync state")?
            .relay_url)
    };

    // Another relay does not hold the portfolio: refused, nothing changes.
    let other = Relay::start()?;
    let e = mosaic_sync::move_relay(&mut phone.m, id, &other.url).err();
    assert!(
        matches!(&e, Some(Error::Refused(m)) if m.contains("does not hold this portfolio")),
        "{e:?}"
    );
    assert_eq!(stored(&mut phone)?, old);

    // An address the relay answers on but does not accept signatures for.
    let (child2, strict_url) = spawn_with(
        &dir.path().join("relay2.db"),
        &dir.path().join("relay2.log"),
        "127.0.0.1:0",
        &["--rate-per-sec", "0"],
    )?;
    let mut strict = Relay {
        child: child2,
        url: strict_url.clone(),
        db: dir.path().join("relay2.db"),
        log: dir.path().join("relay2.log"),
        _dir: tempfile::tempdir()?,
    };
    let (mut p2, _l2, _m2, id2) = setup(&strict)?;
    let aliased = strict_url.replace("127.0.0.1", "localhost");
    let e = mosaic_sync::move_relay(&mut p2.m, id2, &aliased).err();
    assert!(
        matches!(&e, Some(Error::Refused(m)) if m.contains("--public-url")),
        "{e:?}"
    );
    strict.kill();

    // The real move: the phone's documents now go to the new address.
    let moved = mosaic_sync::move_relay(&mut phone.m, id, &new)?;
    assert_eq!(
        (moved.from.as_str(), moved.to.as_str()),
        (old.as_str(), new.as_str())
    );
    assert!(moved.documents >= 1);
    assert_eq!(stored(&mut phone)?, new);
    skill(&mut phone.m, id, "Welding after the move")?;
    mosaic_sync::sync(&mut phone.m, "", id)?;
    // The others are still on the old address and see it; the mentor comments back.
    mosaic_sync::sync(&mut laptop.m, "", id)?;
    mosaic_sync::sync(&mut mentor.m, "", id)?;
    assert!(names(&mut laptop.m, id)?.contains(&"Welding after the move".to_string()));
    assert!(names(&mut mentor.m, id)?.contains(&"Welding after the move".to_string()));
    skill(&mut laptop.m, id, "Sewing from the laptop")?;
    mosaic_sync::sync(&mut laptop.m, "", id)?;
    mosaic_sync::sync(&mut phone.m, "", id)?;
    assert!(names(&mut phone.m, id)?.contains(&"Sewing from the laptop".to_string()));
    mosaic_sync::sync(&mut mentor.m, "", id)?;
    assert_same(&mut [&mut phone, &mut laptop, &mut mentor], id)?;
    // Moving again to where it already is does nothing.
    assert_eq!(
        mosaic_sync::move_relay(&mut phone.m, id, &new)?.documents,
        0
    );
    relay.kill();
    Ok(())
}

/// Issue 12, item 5: a portfolio moves to a *different* relay (another organisation's, a new
/// server). The phone copies it there and leaves a signed notice on the old relay; the laptop
/// and the mentor follow on their next sync (the mentor takes its feedback document along);
/// the new relay's disk holds no plaintext; once the old relay is gone, everyone keeps
/// syncing through the new one, photo and comments included. Nobody shares again.
#[test]
fn moving_to_a_different_relay_needs_no_reshare() -> R {
    let mut old = Relay::start()?;
    let mut new = Relay::start()?;
    let (mut phone, mut laptop, mut mentor, id) = setup(&old)?;
    let first: mosaic_core::EntryId = phone.m.list_json(id, Section::Skills)?[0]["id"]
        .as_str()
        .ok_or("id")?
        .parse()?;
    mosaic_sync::comment(&mut mentor.m, id, first, "COMMENT-BEFORE-THE-MOVE")?;
    mosaic_sync::sync(&mut mentor.m, "", id)?;
    let photo = phone.m.put_attachment(mosaic_core::NewAttachment {
        bytes: b"JPEG-PHOTO-MOVED-WITH-THE-PORTFOLIO".to_vec(),
        mime: "image/jpeg".into(),
        file_name: Some("diploma.jpg".into()),
        width: None,
        height: None,
        thumbnail: None,
    })?;
    let mut profile = phone.m.profile(id)?;
    profile.photo = Some(photo.clone());
    phone.m.update_profile(id, profile)?;
    skill(&mut phone.m, id, "Cooking before the move")?;

    let moved = mosaic_sync::move_to_new_relay(&mut phone.m, id, &new.url)?;
    assert_eq!(moved.to, new.url);
    for d in [&mut laptop, &mut mentor] {
        let r = mosaic_sync::sync(&mut d.m, "", id)?;
        assert_eq!(r.moved_to.as_deref(), Some(new.url.as_str()), "{r:?}");
        assert!(names(&mut d.m, id)?.contains(&"Cooking before the move".to_string()));
        assert_eq!(
            d.m.attachment(&photo.sha256)?.bytes,
            b"JPEG-PHOTO-MOVED-WITH-THE-PORTFOLIO"
        );
    }
    // The phone follows the mentor's feedback document while the old relay is still there.
    mosaic_sync::sync(&mut phone.m, "", id)?;
    old.kill();

    skill(&mut laptop.m, id, "Sewing after the move")?;
    mosaic_sync::sync(&mut laptop.m, "", id)?;
    mosaic_sync::comment(&mut mentor.m, id, first, "COMMENT-AFTER-THE-MOVE")?;
    mosaic_sync::sync(&mut mentor.m, "", id)?;
    let r = mosaic_sync::sync(&mut phone.m, "", id)?;
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert!(names(&mut phone.m, id)?.contains(&"Sewing after the move".to_string()));
    let texts: Vec<String> = mosaic_sync::feedback(&mut phone.m, id)?
        .into_iter()
        .map(|f| f.text)
        .collect();
    for t in ["COMMENT-BEFORE-THE-MOVE", "COMMENT-AFTER-THE-MOVE"] {
        assert!(texts.contains(&t.to_string()), "{texts:?}");
    }
    mosaic_sync::sync(&mut laptop.m, "", id)?;
    mosaic_sync::sync(&mut mentor.m, "", id)?;
    assert_same(&mut [&mut phone, &mut laptop, &mut mentor], id)?;

    new.kill();
    let disk = new.disk_bytes()?;
    for needle in [
        "KNOWN-SECRET-ONE",
        "Cooking before the move",
        "COMMENT-AFTER-THE-MOVE",
        "JPEG-PHOTO-MOVED",
        &id.to_string(),
    ] {
        let n = needle.as_bytes();
        assert!(
            !disk.windows(n.len()).any(|w| w == n),
            "the new relay's disk holds {needle}"
        );
    }
    Ok(())
}
