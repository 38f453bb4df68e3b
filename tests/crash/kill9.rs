//! Crash safety: a writer killed with SIGKILL at random moments loses no edit it
//! reported as committed, and the database stays intact.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use mosaic_core::{Activity, Mosaic};

fn kills() -> u32 {
    std::env::var("MOSAIC_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
}

#[test]
fn every_committed_edit_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let writer = env!("CARGO_BIN_EXE_crash-writer");
    let mut reported: HashSet<String> = HashSet::new();
    let mut next = 0u64;
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for round in 0..kills() {
        let mut child = Command::new(writer)
            .arg(dir.path())
            .arg(next.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Wait for the writer to be ready, then let it run a random 5..150 ms.
        let ready = rx.recv_timeout(Duration::from_secs(30)).unwrap();
        assert_eq!(ready, "ready", "round {round}: writer did not start");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let run_for = Duration::from_millis(5 + seed % 145);
        let start = Instant::now();
        while start.elapsed() < run_for {
            std::thread::sleep(Duration::from_millis(1));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        for line in rx.try_iter() {
            next = next.max(line.parse::<u64>().unwrap() + 1);
            reported.insert(format!("edit {line}"));
        }

        let mut m = Mosaic::open(dir.path()).unwrap();
        let integrity: String = m
            .connection()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "round {round}");
        let id = m.portfolio_ids().unwrap()[0];
        let stored: HashSet<String> = m
            .list::<Activity>(id)
            .unwrap()
            .into_iter()
            .filter_map(|a| a.title)
            .collect();
        let lost: Vec<_> = reported.difference(&stored).collect();
        assert!(
            lost.is_empty(),
            "round {round}: lost committed edits {lost:?}"
        );
        assert!(m.doctor().unwrap().problems.is_empty(), "round {round}");
    }
    assert!(
        reported.len() > kills() as usize,
        "the writer made progress: {}",
        reported.len()
    );
    eprintln!(
        "{} kills, {} committed edits checked",
        kills(),
        reported.len()
    );
}
