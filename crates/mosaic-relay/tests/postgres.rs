//! Several relay instances on one PostgreSQL database (issue 12): pushes cross instances,
//! sequence numbers are decided in the database, an instance killed mid-append loses and
//! duplicates nothing, PostgreSQL going away gives clear 503s and nothing partial, and an
//! SQLite relay moves to PostgreSQL with every document, blob, token and key.
//!
//! Needs the throwaway cluster `scripts/pg-cluster.sh` starts (`scripts/test.sh` does). Run
//! without one, each test says so and passes only outside CI.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::{TestResult, new_doc, psql};
use mosaic_relay::auth::{WriterKey, unix_now};
use mosaic_relay::client::{RelayClient, SubscriptionEvent};
use mosaic_relay::server::store::Database;
use mosaic_relay::server::{BackgroundRelay, Config};
use mosaic_relay::wire::{
    AccessChange, CreateDoc, DocId, PullItem, PushMessage, ReadToken, WS_CLOSE_REVOKED, WriteOp,
    codes,
};
use proptest::prelude::*;

/// A fresh database in the test cluster, or `None` (with a note) when no cluster runs.
fn fresh_db() -> Option<String> {
    if common::postgres_cluster().is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run these tests: scripts/test.sh starts the PostgreSQL cluster"
        );
        eprintln!("skipped: no PostgreSQL test cluster (run scripts/test.sh)");
        return None;
    }
    Some(common::fresh_postgres().expect("a fresh PostgreSQL database"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Two in-process relays on one database, each accepting requests signed for either (as
/// instances behind one public address do).
struct Pair {
    a: BackgroundRelay,
    b: BackgroundRelay,
}

fn pair(url: &str) -> Result<Pair, Box<dyn std::error::Error>> {
    let (pa, pb) = (free_port(), free_port());
    let urls = vec![
        format!("http://127.0.0.1:{pa}"),
        format!("http://127.0.0.1:{pb}"),
    ];
    let cfg = |_: u16| {
        let mut c = Config::new(Database::Postgres(url.to_string()));
        c.rate_per_sec = 0.0;
        c.public_urls = urls.clone();
        c
    };
    let a = BackgroundRelay::start(cfg(pa), SocketAddr::from(([127, 0, 0, 1], pa)))?;
    let b = BackgroundRelay::start(cfg(pb), SocketAddr::from(([127, 0, 0, 1], pb)))?;
    Ok(Pair { a, b })
}

fn entries(
    c: &RelayClient,
    d: &common::Doc,
) -> Result<BTreeMap<u64, Vec<u8>>, Box<dyn std::error::Error>> {
    let mut out = BTreeMap::new();
    let mut since = 0;
    loop {
        let r = c.pull(&d.id, &d.token, since)?;
        for item in r.items {
            if let PullItem::Entry { seq, data } = item {
                since = since.max(seq);
                out.insert(seq, data);
            }
        }
        if !r.more {
            return Ok(out);
        }
    }
}

#[test]
fn a_device_on_instance_b_is_pushed_what_a_device_on_instance_a_appends() -> TestResult {
    let Some(url) = fresh_db() else { return Ok(()) };
    let p = pair(&url)?;
    let (ca, cb) = (RelayClient::new(&p.a.url()), RelayClient::new(&p.b.url()));
    let d = new_doc(&ca)?;
    let mut sub = cb.subscribe(&d.id, &d.token)?;
    sub.set_read_timeout(Some(Duration::from_secs(10)))?;
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Push(PushMessage::Head { seq: 0 })
    );

    assert_eq!(ca.append(&d.id, &d.writer, b"from A")?, 1);
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Push(PushMessage::Head { seq: 1 })
    );
    assert_eq!(cb.append(&d.id, &d.writer, b"from B")?, 2);
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Push(PushMessage::Head { seq: 2 })
    );
    // Both instances show one log.
    assert_eq!(ca.pull(&d.id, &d.token, 0)?, cb.pull(&d.id, &d.token, 0)?);
    assert_eq!(entries(&cb, &d)?.len(), 2);

    // A revocation made through A closes the subscription held on B.
    let second = ReadToken::generate()?;
    ca.update_access(
        &d.id,
        &d.writer,
        &AccessChange {
            add_read_token_hashes: vec![second.hash()],
            remove_read_token_hashes: vec![d.token.hash()],
            ..Default::default()
        },
    )?;
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Closed(Some(WS_CLOSE_REVOKED))
    );
    assert_eq!(
        cb.pull(&d.id, &d.token, 0).err().and_then(|e| e.status()),
        Some(404)
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Four writers append at once, each request going to the instance the plan says:
    /// sequence numbers are 1..=n with no gap or repeat, and each holds what was sent.
    #[test]
    fn concurrent_appends_through_two_instances_never_share_a_seq_or_lose_an_entry(
        plan in proptest::collection::vec(any::<bool>(), 4..40)
    ) {
        let Some(url) = shared_url() else { return Ok(()) };
        let p = pair_for(&url);
        let clients = [RelayClient::new(&p.a.url()), RelayClient::new(&p.b.url())];
        let d = new_doc(&clients[0]).unwrap();
        let acked: Vec<(u64, Vec<u8>)> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|w| {
                    let (plan, clients, d) = (&plan, &clients, &d);
                    s.spawn(move || {
                        let mut got = Vec::new();
                        for (i, on_b) in plan.iter().enumerate().skip(w).step_by(4) {
                            let body = format!("writer {w} item {i}").into_bytes();
                            let seq = clients[usize::from(*on_b)]
                                .append(&d.id, &d.writer, &body)
                                .unwrap();
                            got.push((seq, body));
                        }
                        got
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
        });
        let mut seqs: Vec<u64> = acked.iter().map(|(s, _)| *s).collect();
        seqs.sort_unstable();
        prop_assert_eq!(seqs, (1..=plan.len() as u64).collect::<Vec<_>>());
        for c in &clients {
            let log = entries(c, &d).unwrap();
            prop_assert_eq!(log.len(), plan.len());
            for (seq, body) in &acked {
                prop_assert_eq!(log.get(seq), Some(body));
            }
        }
    }
}

/// One database and one pair of instances for all cases of the property test.
fn shared_url() -> Option<String> {
    static URL: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    URL.get_or_init(fresh_db).clone()
}

fn pair_for(url: &str) -> &'static Pair {
    static PAIR: std::sync::OnceLock<Pair> = std::sync::OnceLock::new();
    PAIR.get_or_init(|| pair(url).expect("two relay instances"))
}

/// A signed append, kept so it can be sent again as it is.
struct SignedAppend {
    path: String,
    sig: mosaic_relay::auth::SignedWrite,
    body: Vec<u8>,
}

#[test]
fn an_instance_killed_mid_append_loses_and_duplicates_nothing() -> TestResult {
    let Some(url) = fresh_db() else { return Ok(()) };
    let (pa, pb) = (free_port(), free_port());
    let (ua, ub) = (
        format!("http://127.0.0.1:{pa}"),
        format!("http://127.0.0.1:{pb}"),
    );
    let args = |port: u16| {
        vec![
            "--listen".to_string(),
            format!("127.0.0.1:{port}"),
            "--public-url".into(),
            ua.clone(),
            "--public-url".into(),
            ub.clone(),
        ]
    };
    let args_a = args(pa);
    let args_b = args(pb);
    let mut a = common::spawn_with(&url, &args_a.iter().map(String::as_str).collect::<Vec<_>>())?;
    let b = common::spawn_with(&url, &args_b.iter().map(String::as_str).collect::<Vec<_>>())?;
    let (ca, cb) = (
        RelayClient::with_timeout(&a.url, Duration::from_secs(5)),
        RelayClient::new(&b.url),
    );
    let d = new_doc(&ca)?;
    let n = 150usize;
    let started = Instant::now();
    let writer = std::thread::scope(|s| -> Result<Vec<&'static str>, String> {
        let handle = s.spawn(|| -> Result<Vec<&'static str>, String> {
            let mut outcomes = Vec::new();
            for i in 0..n {
                let body = format!("entry {i}").into_bytes();
                let sig = d
                    .writer
                    .sign(WriteOp::Append, &ca.audience(), &d.id, &body, unix_now())
                    .map_err(|e| e.to_string())?;
                let req = SignedAppend {
                    path: format!("/v1/docs/{}/log", d.id.to_hex()),
                    sig,
                    body,
                };
                let first = ca.send_signed("POST", &req.path, &req.sig, &req.body);
                let outcome = match first {
                    Ok(r) if r.status == 200 => "A",
                    _ => {
                        // A is gone (or answered nothing): the same request goes to B. A
                        // replay means A had committed it before dying.
                        let r = cb
                            .send_signed("POST", &req.path, &req.sig, &req.body)
                            .map_err(|e| e.to_string())?;
                        match (r.status, r.error().map(|e| e.error)) {
                            (200, _) => "B",
                            (401, Some(code)) if code == codes::REPLAY => "A, acknowledged by B",
                            (st, code) => return Err(format!("entry {i}: {st} {code:?}")),
                        }
                    }
                };
                outcomes.push(outcome);
            }
            Ok(outcomes)
        });
        // Kill A with SIGKILL while the writer is busy.
        while entries(&cb, &d).map(|e| e.len()).unwrap_or(0) < n / 3 {
            std::thread::sleep(Duration::from_millis(5));
            if started.elapsed() > Duration::from_secs(60) {
                break;
            }
        }
        let _ = std::process::Command::new("kill")
            .args(["-KILL", &a.child.id().to_string()])
            .status();
        handle.join().map_err(|_| "writer panicked".to_string())?
    })?;
    let _ = a.child.wait();
    assert!(writer.contains(&"B"), "some appends went to B: {writer:?}");
    assert!(writer.iter().take(n / 3).all(|o| *o == "A"));
    let log = entries(&cb, &d)?;
    assert_eq!(log.len(), n, "nothing lost, nothing twice");
    let bodies: Vec<Vec<u8>> = log.values().cloned().collect();
    let expected: Vec<Vec<u8>> = (0..n).map(|i| format!("entry {i}").into_bytes()).collect();
    assert_eq!(bodies, expected, "in order, each once");
    assert_eq!(
        log.keys().copied().collect::<Vec<_>>(),
        (1..=n as u64).collect::<Vec<_>>()
    );
    Ok(())
}

/// A cluster of its own, so stopping it disturbs no other test.
struct OwnCluster {
    dir: String,
    url: String,
}

impl OwnCluster {
    fn start() -> Result<Self, Box<dyn std::error::Error>> {
        let out = std::process::Command::new("bash")
            .arg(script())
            .arg("start")
            .output()?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned().into());
        }
        let text = String::from_utf8(out.stdout)?;
        let var = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("export {name}=")))
                .map(str::to_string)
                .ok_or(format!("no {name}"))
        };
        let dir = var("MOSAIC_PG_DIR")?;
        let base = var("MOSAIC_TEST_POSTGRES")?;
        Ok(OwnCluster {
            dir,
            url: format!("{base}/postgres"),
        })
    }
    fn run(&self, cmd: &str) -> TestResult {
        let st = std::process::Command::new("bash")
            .arg(script())
            .args([cmd, &self.dir])
            .status()?;
        if !st.success() {
            return Err(format!("pg-cluster.sh {cmd} failed").into());
        }
        Ok(())
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let _ = self.run("stop");
    }
}

fn script() -> String {
    format!("{}/../../scripts/pg-cluster.sh", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn postgres_going_away_gives_503_with_nothing_partial_and_service_resumes() -> TestResult {
    if fresh_db().is_none() {
        return Ok(());
    }
    let pg = OwnCluster::start()?;
    let mut cfg = Config::new(Database::Postgres(pg.url.clone()));
    cfg.rate_per_sec = 0.0;
    let relay = BackgroundRelay::start(cfg, "127.0.0.1:0".parse()?)?;
    let c = RelayClient::with_timeout(&relay.url(), Duration::from_secs(20));
    let d = new_doc(&c)?;
    let mut sub = c.subscribe(&d.id, &d.token)?;
    sub.set_read_timeout(Some(Duration::from_secs(30)))?;
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Push(PushMessage::Head { seq: 0 })
    );
    assert_eq!(c.append(&d.id, &d.writer, b"before")?, 1);
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Push(PushMessage::Head { seq: 1 })
    );

    pg.run("pause")?;
    let e = c.append(&d.id, &d.writer, b"while down").err();
    assert_eq!(e.as_ref().and_then(|e| e.status()), Some(503), "{e:?}");
    assert_eq!(e.as_ref().and_then(|e| e.code()), Some(codes::UNAVAILABLE));
    assert_eq!(
        c.pull(&d.id, &d.token, 0).err().and_then(|e| e.status()),
        Some(503)
    );
    let blob = c.put_blob(&d.id, &d.writer, b"photo").err();
    assert_eq!(blob.and_then(|e| e.status()), Some(503));
    // Alive, not ready.
    assert!(c.health()?.ok);
    assert_eq!(c.request("GET", "/health/ready", &[], None)?.status, 503);

    pg.run("resume")?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while c.request("GET", "/health/ready", &[], None)?.status != 200 {
        assert!(
            Instant::now() < deadline,
            "the relay never became ready again"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // Nothing of the refused append was kept: the next one is 2.
    assert_eq!(c.append(&d.id, &d.writer, b"after")?, 2);
    let log = entries(&c, &d)?;
    assert_eq!(
        log.values().cloned().collect::<Vec<_>>(),
        vec![b"before".to_vec(), b"after".to_vec()]
    );
    // The subscription outlived the outage: it is told to resynchronize (events may have
    // been lost while the database was away) and learns the new head, either pushed or in
    // that resync. It is never told a head the database did not confirm.
    let mut seen = Vec::new();
    let reached = |e: &SubscriptionEvent| {
        matches!(
            e,
            SubscriptionEvent::Push(PushMessage::Head { seq: 2 } | PushMessage::Resync { seq: 2 })
        )
    };
    while !seen.iter().any(reached) {
        let e = sub.next_event()?;
        assert_ne!(
            e,
            SubscriptionEvent::Timeout,
            "no news after the outage: {seen:?}"
        );
        assert!(
            !matches!(e, SubscriptionEvent::Push(PushMessage::Resync { seq: 0 })),
            "a head the database did not confirm: {seen:?}"
        );
        seen.push(e);
    }
    assert!(
        seen.iter()
            .any(|e| matches!(e, SubscriptionEvent::Push(PushMessage::Resync { .. }))),
        "{seen:?}"
    );
    Ok(())
}

#[test]
fn migrating_from_sqlite_keeps_every_document_blob_token_and_key() -> TestResult {
    let Some(url) = fresh_db() else { return Ok(()) };
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("relay.db");
    let file_arg = file.display().to_string();
    let relay = common::spawn(&file_arg)?;
    let c = RelayClient::new(&relay.url);
    let mut docs = Vec::new();
    let delegated = WriterKey::generate()?;
    let mentor = ReadToken::generate()?;
    for i in 0..3u8 {
        let d = new_doc(&c)?;
        for j in 0..4u8 {
            c.append(&d.id, &d.writer, &[i, j, 0xAB])?;
        }
        c.put_snapshot(&d.id, &d.writer, 2, &[i; 64])?;
        let blob = c.put_blob(&d.id, &d.writer, &vec![i; 300_000])?.hash;
        c.update_access(
            &d.id,
            &d.writer,
            &AccessChange {
                add_write_keys: vec![delegated.public()],
                add_read_token_hashes: vec![mentor.hash()],
                ..Default::default()
            },
        )?;
        docs.push((d, blob));
    }
    let before: Vec<_> = docs
        .iter()
        .map(|(d, _)| c.pull(&d.id, &d.token, 0))
        .collect::<Result<_, _>>()?;
    let access: Vec<_> = docs
        .iter()
        .map(|(d, _)| c.list_access(&d.id, &d.writer))
        .collect::<Result<_, _>>()?;
    drop(relay);

    let migrate = |to: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
            .args(["migrate", "--from", &file_arg, "--to", to])
            .output()
    };
    let out = migrate(&url)?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8(out.stdout)?;
    assert!(
        report.contains("migrated 3 documents, 6 log entries, 3 snapshots, 3 blobs"),
        "{report}"
    );
    // A second run finds documents there and refuses, changing nothing.
    let again = migrate(&url)?;
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds documents"));
    assert_eq!(psql(&url, "SELECT count(*) FROM docs")?.trim(), "3");

    let relay = common::spawn(&url)?;
    let c = RelayClient::new(&relay.url);
    for (i, (d, blob)) in docs.iter().enumerate() {
        assert_eq!(c.pull(&d.id, &d.token, 0)?, before[i], "log and snapshot");
        assert_eq!(c.pull(&d.id, &mentor, 0)?, before[i], "the mentor's token");
        assert_eq!(c.get_blob(&d.id, &d.token, blob)?, vec![i as u8; 300_000]);
        assert_eq!(
            c.list_access(&d.id, &d.writer)?,
            access[i],
            "keys and tokens"
        );
        // Devices go on where they were: the next seq, with the keys they had.
        assert_eq!(c.append(&d.id, &delegated, b"after the move")?, 5);
        assert_eq!(c.append(&d.id, &d.writer, b"owner too")?, 6);
    }
    // A document id the old relay held cannot be taken over by a stranger.
    let (d, _) = &docs[0];
    let thief = WriterKey::generate()?;
    let body = serde_json::to_vec(&CreateDoc {
        write_key: thief.public(),
        read_token_hash: ReadToken::generate()?.hash(),
    })?;
    let sig = thief.sign(WriteOp::Create, &c.audience(), &d.id, &body, unix_now())?;
    let r = c.send_signed("PUT", &format!("/v1/docs/{}", d.id.to_hex()), &sig, &body)?;
    assert_eq!(r.status, 409);
    let _ = DocId::generate()?;
    Ok(())
}

#[test]
fn migrate_refuses_a_missing_file_and_a_bad_url_clearly() -> TestResult {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args([
            "migrate",
            "--from",
            "/nonexistent/relay.db",
            "--to",
            "postgres://x@127.0.0.1:1/db",
        ])
        .output()?;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent/relay.db") && err.contains("no such file"),
        "{err}"
    );
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("relay.db");
    drop(common::spawn(&file.display().to_string())?);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args([
            "migrate",
            "--from",
            &file.display().to_string(),
            "--to",
            "postgres://x:pw@127.0.0.1:1/db",
        ])
        .output()?;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unreachable"), "{err}");
    assert!(!err.contains("pw"), "no password in errors: {err}");
    Ok(())
}

/// The test cluster's CA (`pg-cluster.sh start --tls`, as `scripts/test.sh` starts it).
fn test_ca() -> String {
    std::env::var("MOSAIC_TEST_PG_CA")
        .expect("MOSAIC_TEST_PG_CA: start the cluster with `scripts/pg-cluster.sh start --tls`")
}

/// `url` with its query: `sslmode=require` and, if given, `sslrootcert`.
fn with_tls(url: &str, ca: Option<&str>) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    match ca {
        Some(ca) => format!("{url}{sep}sslmode=require&sslrootcert={ca}"),
        None => format!("{url}{sep}sslmode=require"),
    }
}

/// The `ssl` column of `pg_stat_ssl` for every connection of `db` but psql's own.
fn ssl_of_connections(url: &str, db: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let out = psql(
        url,
        &format!(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
             WHERE a.datname = '{db}' AND a.application_name = 'mosaic-relay'"
        ),
    )?;
    Ok(out.lines().map(str::to_string).collect())
}

/// Starts the relay binary on `db`, which it must refuse; what it wrote to stderr.
fn refused(db: &str) -> Result<String, Box<dyn std::error::Error>> {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args(["--listen", "127.0.0.1:0", "--db", db])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait()?.is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err("the relay kept running on a database it should have refused".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output()?;
    assert!(!out.status.success(), "the relay exits with an error");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("listening on"),
        "the relay never listens"
    );
    Ok(String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_relay_with_sslmode_require_and_the_test_ca_serves_over_tls() -> TestResult {
    let Some(url) = fresh_db() else {
        return Ok(());
    };
    let ca = test_ca();
    let tls_url = with_tls(&url, Some(&ca));
    let relay = common::spawn(&tls_url)?;
    let client = RelayClient::new(&relay.url);
    let d = new_doc(&client)?;
    let seq = client.append(&d.id, &d.writer, b"over tls")?;
    assert_eq!(entries(&client, &d)?.get(&seq), Some(&b"over tls".to_vec()));
    // Every connection the relay holds is encrypted (the pool's and the LISTEN one).
    let db = url.split('?').next().unwrap().rsplit('/').next().unwrap();
    let ssl = ssl_of_connections(&url, db)?;
    assert!(!ssl.is_empty(), "the relay holds connections");
    assert!(ssl.iter().all(|s| s == "t"), "pg_stat_ssl.ssl: {ssl:?}");
    drop(relay);
    Ok(())
}

#[test]
fn a_server_certificate_from_another_ca_is_refused_clearly() -> TestResult {
    let Some(url) = fresh_db() else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let other_ca = dir.path().join("other-ca.pem");
    let st = std::process::Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args(["-subj", "/CN=another CA", "-keyout"])
        .arg(dir.path().join("other-ca.key"))
        .arg("-out")
        .arg(&other_ca)
        .stderr(std::process::Stdio::null())
        .status()?;
    assert!(st.success(), "openssl made a CA");
    let bad = with_tls(
        &url.replacen('@', ":secretpw@", 1),
        Some(&other_ca.display().to_string()),
    );
    let err = refused(&bad)?;
    assert!(
        err.contains("the PostgreSQL server's certificate is not trusted"),
        "{err}"
    );
    assert!(!err.contains("secretpw"), "no password in errors: {err}");
    // The same refusal from `mosaic-relay migrate --to`.
    let sqlite = dir.path().join("relay.db");
    drop(common::spawn(&sqlite.display().to_string())?);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args(["migrate", "--from"])
        .arg(&sqlite)
        .arg("--to")
        .arg(&bad)
        .output()?;
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the PostgreSQL server's certificate is not trusted"),
        "{err}"
    );
    Ok(())
}

#[test]
fn sslmode_require_against_a_server_without_tls_fails_clearly() -> TestResult {
    if fresh_db().is_none() {
        return Ok(());
    }
    // A cluster of its own, started without --tls.
    let plain = OwnCluster::start()?;
    let url = plain.url.replacen('@', ":secretpw@", 1);
    let err = refused(&with_tls(&url, None))?;
    assert!(
        err.contains("does not offer TLS") && err.contains("sslmode=require"),
        "{err}"
    );
    assert!(!err.contains("secretpw"), "no password in errors: {err}");
    Ok(())
}
