//! The real `mosaic-relay` binary: start on port 0, use it, SIGTERM, clean exit, logs clean.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestResult, new_doc};
use mosaic_relay::client::{RelayClient, SubscriptionEvent};

struct Relay {
    child: Child,
    url: String,
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn spawn(db: &std::path::Path) -> Result<Relay, Box<dyn std::error::Error>> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--log-format",
            "json",
            "--rate-per-sec",
            "0",
        ])
        .arg("--db")
        .arg(db)
        .env("MOSAIC_RELAY_LOG", "debug")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .ok_or_else(|| format!("unexpected first line {line:?}"))?
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    Ok(Relay { child, url })
}

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
    let db = dir.path().join("relay.db");
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
    // Subscribers are told the relay is going away.
    assert!(matches!(
        sub.next_event(),
        Ok(SubscriptionEvent::Closed(Some(1001) | None)) | Err(_)
    ));

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
