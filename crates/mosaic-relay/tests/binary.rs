//! The real `mosaic-relay` binary: start on port 0, use it, SIGTERM, clean exit, logs clean;
//! and issue 11's relay findings played against the real process (a revoked device's planted
//! key, per-client budgets and the storage ceiling, a slowloris client).

mod common;

use std::io::{Read, Write};
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Relay, TestResult, db_arg, new_doc, spawn, spawn_with};
use mosaic_relay::auth::{WriterKey, unix_now};
use mosaic_relay::client::{RelayClient, SubscriptionEvent};
use mosaic_relay::wire::{AccessChange, CreateDoc, DocId, ReadToken, WriteOp, codes};

fn sigterm_and_wait(
    relay: &mut Relay,
) -> Result<std::process::ExitStatus, Box<dyn std::error::Error>> {
    let pid = relay.child.id().to_string();
    let status = Command::new("kill").args(["-TERM", &pid]).status()?;
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(st) = relay.child.try_wait()? {
            return Ok(st);
        }
        if started.elapsed() > Duration::from_secs(15) {
            return Err("relay did not exit after SIGTERM".into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn binary_serves_shuts_down_on_sigterm_and_keeps_data() -> TestResult {
    let dir = tempfile::tempdir()?;
    let db = db_arg(&dir);
    let mut relay = spawn(&db)?;
    let client = RelayClient::new(&relay.url);
    assert!(client.health()?.ok);
    let d = new_doc(&client)?;
    let payload = b"CIPHERTEXT-MARKER-never-in-logs";
    assert_eq!(client.append(&d.id, &d.writer, payload)?, 1);
    let mut sub = client.subscribe(&d.id, &d.token)?;
    sub.set_read_timeout(Some(Duration::from_secs(10)))?;
    assert!(matches!(sub.next_event()?, SubscriptionEvent::Push(_)));

    let status = sigterm_and_wait(&mut relay)?;
    assert!(status.success(), "exit status {status:?}");
    // Subscribers are told the relay is going away. A push of the head may still come first:
    // on PostgreSQL the append's notice can reach the relay after the subscription started.
    let closed = loop {
        match sub.next_event() {
            Ok(SubscriptionEvent::Push(_)) => continue,
            other => break other,
        }
    };
    assert!(
        matches!(
            closed,
            Ok(SubscriptionEvent::Closed(Some(1001) | None)) | Err(_)
        ),
        "{closed:?}"
    );

    // Logs are JSON lines and contain neither payloads, tokens, keys nor full doc ids.
    let mut logs = String::new();
    relay
        .child
        .stderr
        .take()
        .ok_or("no stderr")?
        .read_to_string(&mut logs)?;
    assert!(logs.lines().count() >= 3, "{logs}");
    for line in logs.lines() {
        assert!(
            serde_json::from_str::<serde_json::Value>(line).is_ok(),
            "not JSON: {line}"
        );
    }
    for secret in [
        d.token.to_hex(),
        d.token.hash().to_hex(),
        d.id.to_hex(),
        d.writer.public().to_hex(),
        String::from_utf8_lossy(payload).into_owned(),
    ] {
        assert!(!logs.contains(&secret), "log leaks {secret}");
    }
    assert!(
        logs.contains(&d.id.log_tag()),
        "requests are logged with a doc tag"
    );

    // Same database, new process: the data is still there.
    let relay = spawn(&db)?;
    let client = RelayClient::new(&relay.url);
    let r = client.pull(&d.id, &d.token, 0)?;
    assert_eq!(r.head_seq, 1);
    assert_eq!(r.items.len(), 1);
    Ok(())
}

fn status<T>(r: Result<T, mosaic_relay::client::ClientError>) -> Option<u16> {
    r.err().and_then(|e| e.status())
}

/// Finding 1 against the real process: "a linked device's write secret signed an access change
/// adding a second key; the owner revoked that device and synced; the old key then got 404,
/// but the planted key still added a third one with 200". Now the planted key is dead too.
#[test]
fn binary_planted_key_cannot_add_a_third_after_the_device_is_revoked() -> TestResult {
    let dir = tempfile::tempdir()?;
    let relay = spawn(&db_arg(&dir))?;
    let client = RelayClient::new(&relay.url);
    let d = new_doc(&client)?;
    let stolen = WriterKey::from_secret_bytes(&d.writer.secret_bytes());
    let planted = WriterKey::generate()?;
    client.update_access(
        &d.id,
        &stolen,
        &AccessChange {
            add_write_keys: vec![planted.public()],
            ..Default::default()
        },
    )?;
    let new_owner = WriterKey::generate()?;
    client.update_access(
        &d.id,
        &d.writer,
        &AccessChange {
            handover_to: Some(new_owner.public()),
            keep_read_token_hashes: vec![d.token.hash()],
            ..Default::default()
        },
    )?;
    assert_eq!(status(client.append(&d.id, &stolen, b"x")), Some(404));
    let third = WriterKey::generate()?;
    let r = client.update_access(
        &d.id,
        &planted,
        &AccessChange {
            add_write_keys: vec![third.public()],
            ..Default::default()
        },
    );
    assert_eq!(status(r), Some(404), "the planted key died with the device");
    assert_eq!(status(client.append(&d.id, &planted, b"junk")), Some(404));
    let list = client.list_access(&d.id, &new_owner)?;
    assert_eq!(list.write_keys.len(), 1, "{list:?}");
    assert_eq!(client.append(&d.id, &new_owner, b"owner goes on")?, 1);
    Ok(())
}

fn create_from(
    client: &RelayClient,
    forwarded_for: &str,
) -> Result<(u16, String), Box<dyn std::error::Error>> {
    let id = DocId::generate()?;
    let w = WriterKey::generate()?;
    let body = serde_json::to_vec(&CreateDoc {
        write_key: w.public(),
        read_token_hash: ReadToken::generate()?.hash(),
    })?;
    let sig = w.sign(WriteOp::Create, &client.audience(), &id, &body, unix_now())?;
    let mut headers: Vec<(&str, String)> = sig.headers().into_iter().collect();
    headers.push(("x-forwarded-for", forwarded_for.to_string()));
    let r = client.request(
        "PUT",
        &format!("/v1/docs/{}", id.to_hex()),
        &headers,
        Some(&body),
    )?;
    Ok((r.status, r.error().map(|e| e.error).unwrap_or_default()))
}

/// Finding 4 against the real process: per-client document budgets (IPv6 by /64), the total
/// ceiling with its 507, and other clients (and reads) still served.
#[test]
fn binary_client_budgets_and_storage_ceiling() -> TestResult {
    let dir = tempfile::tempdir()?;
    let relay = spawn_with(
        &db_arg(&dir),
        &[
            "--trusted-proxy",
            "127.0.0.1",
            "--max-docs-per-client",
            "2",
            "--max-total-bytes",
            "20000",
        ],
    )?;
    let client = RelayClient::new(&relay.url);
    for _ in 0..2 {
        assert_eq!(create_from(&client, "2001:db8:1:2::1")?.0, 201);
    }
    let (st, code) = create_from(&client, "2001:db8:1:2:aaaa::9")?;
    assert_eq!((st, code.as_str()), (507, codes::CLIENT_QUOTA_EXCEEDED));
    assert_eq!(
        create_from(&client, "192.0.2.10")?.0,
        201,
        "other clients go on"
    );

    let d = new_doc(&client)?;
    client.append(&d.id, &d.writer, &[7; 15000])?;
    let e = client.append(&d.id, &d.writer, &[8; 15000]).err();
    assert_eq!(e.as_ref().and_then(|e| e.status()), Some(507));
    assert_eq!(
        e.as_ref().and_then(|e| e.code().map(str::to_string)),
        Some(codes::STORAGE_FULL.into())
    );
    assert_eq!(client.pull(&d.id, &d.token, 0)?.head_seq, 1, "reads go on");
    assert!(client.health()?.ok);
    Ok(())
}

/// Finding 9 against the real process: a client that sends half a request head and waits is
/// dropped after the header timeout, and an idle keep-alive connection too; others are served.
#[test]
fn binary_drops_a_slowloris_client_after_the_header_timeout() -> TestResult {
    let dir = tempfile::tempdir()?;
    let relay = spawn_with(&db_arg(&dir), &["--header-timeout-secs", "2"])?;
    let addr = relay.url.trim_start_matches("http://").to_string();
    let started = Instant::now();
    let mut slow = std::net::TcpStream::connect(&addr)?;
    slow.write_all(b"GET /health HTTP/1.1\r\nhost: x\r\nx-slow: ")?;
    slow.set_read_timeout(Some(Duration::from_secs(15)))?;
    let mut idle = std::net::TcpStream::connect(&addr)?;
    idle.set_read_timeout(Some(Duration::from_secs(15)))?;
    // Meanwhile the relay serves others.
    assert!(RelayClient::new(&relay.url).health()?.ok);
    let mut buf = [0u8; 64];
    let n = slow.read(&mut buf);
    let waited = started.elapsed();
    assert!(
        matches!(n, Ok(0))
            || n.as_ref()
                .is_err_and(|e| e.kind() == std::io::ErrorKind::ConnectionReset),
        "connection closed, not {n:?}"
    );
    assert!(waited < Duration::from_secs(8), "closed after {waited:?}");
    assert!(
        matches!(idle.read(&mut buf), Ok(0) | Err(_)),
        "idle connection closed"
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    Ok(())
}
