//! Convergence of the engine over a simulated network that drops, duplicates, delays and
//! reorders messages, truncates answers and partitions devices; devices also restart.
//!
//! Three owner devices edit through the real `Mosaic` API on temporary on-disk stores (skills,
//! and goals, shared reflections and competences). After
//! healing and final sync rounds, all three hold identical portfolios and no edit is lost.
//! `MOSAIC_SYNC_SCHEDULES=5000` for a long run (default 500); `MOSAIC_SYNC_SEED` to replay.

#![allow(clippy::result_large_err, clippy::needless_range_loop)]

use std::collections::BTreeSet;

use mosaic_core::sample::Seq;
use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_sync::sim::{Faults, SimLink, SimRelay};
use mosaic_sync::{RetryPolicy, ShareRole};

type R<T = ()> = Result<T, Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn policy() -> RetryPolicy {
    RetryPolicy {
        attempts: 2,
        ..RetryPolicy::default()
    }
}

fn skills(m: &mut Mosaic, id: PortfolioId) -> R<Vec<(String, String)>> {
    let v = m.list_json(id, Section::Skills)?;
    Ok(v.as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or_default().to_string(),
                s["name"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect())
}

fn chance(rng: &mut Seq, pct: u64) -> f64 {
    rng.below(pct + 1) as f64 / 100.0
}

fn schedule(seed: u64) -> R<u64> {
    let mut rng = Seq::new(seed);
    let relay = SimRelay::new();
    // tmpfs when available: the stores are real SQLite files, without waiting on fsync.
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        std::path::PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dirs: Vec<tempfile::TempDir> = (0..3)
        .map(|_| tempfile::tempdir_in(&base))
        .collect::<Result<_, _>>()?;
    let mut devs: Vec<Mosaic> = dirs
        .iter()
        .map(|d| Mosaic::open(d.path()))
        .collect::<Result<_, _>>()?;
    let mut links: Vec<SimLink> = (0..3).map(|i| SimLink::new(&relay, seed * 7 + i)).collect();
    let id = devs[0].create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut devs[0], &mut links[0], URL, id, policy())?;
    for i in 1..3 {
        let code = mosaic_sync::device_code(&mut devs[i])?;
        let (a, rest) = devs.split_at_mut(1);
        let (la, lrest) = links.split_at_mut(1);
        let share =
            mosaic_sync::share_code_with(&mut a[0], &mut la[0], URL, id, &code, ShareRole::Device)?;
        mosaic_sync::join_with(&mut rest[i - 1], &mut lrest[i - 1], &share)?;
    }
    for l in &mut links {
        l.faults = Faults {
            drop_request: chance(&mut rng, 30),
            drop_response: chance(&mut rng, 30),
            duplicate: chance(&mut rng, 20),
            delay: chance(&mut rng, 20),
            truncate: chance(&mut rng, 20),
            page: rng.below(4) as usize,
        };
    }
    let mut added: BTreeSet<String> = BTreeSet::new();
    let mut removed: BTreeSet<String> = BTreeSet::new();
    let mut acked: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 3];
    let mut pending: Vec<BTreeSet<String>> = vec![BTreeSet::new(); 3];
    let mut growth: BTreeSet<String> = BTreeSet::new();
    let steps = 10 + rng.below(20);
    let mut n = 0;
    for _ in 0..steps {
        let d = rng.below(3) as usize;
        match rng.below(10) {
            0..=3 if rng.below(4) == 0 => {
                // Issue 16's sections too: a goal, a shared reflection or a competence.
                n += 1;
                let section =
                    *rng.pick(&[Section::Goals, Section::Reflections, Section::Competences]);
                let entry = mosaic_core::sample::entry_json(section, n, &mut rng);
                let eid = devs[d].add_json(id, section, entry)?;
                growth.insert(eid.to_string());
            }
            0..=3 => {
                n += 1;
                let list = skills(&mut devs[d], id)?;
                if list.is_empty() || rng.below(3) == 0 {
                    let eid = devs[d].add_json(
                        id,
                        Section::Skills,
                        serde_json::json!({"name": format!("d{d}-{n}"), "category": "trade"}),
                    )?;
                    added.insert(eid.to_string());
                    pending[d].insert(eid.to_string());
                } else {
                    let (eid, _) = rng.pick(&list).clone();
                    let entry: mosaic_core::EntryId = eid.parse()?;
                    if rng.below(4) == 0 {
                        devs[d].remove(id, Section::Skills, entry)?;
                        removed.insert(eid);
                    } else {
                        devs[d].edit_json(
                            id,
                            Section::Skills,
                            entry,
                            serde_json::json!({"name": format!("d{d}-edit{n}")}),
                        )?;
                    }
                }
            }
            4..=6 => {
                if mosaic_sync::sync_with(&mut devs[d], &mut links[d], URL, id, policy()).is_ok() {
                    let p = std::mem::take(&mut pending[d]);
                    acked[d].extend(p);
                }
            }
            7 => links[d].partitioned = !links[d].partitioned,
            8 => relay.deliver_in_flight(|k| rng.below(k as u64) as usize),
            _ => {
                // Restart: drop the store and open it again from disk.
                devs[d] = Mosaic::open(dirs[d].path())?;
            }
        }
    }
    // Heal.
    for l in &mut links {
        l.faults = Faults::none();
        l.partitioned = false;
    }
    relay.deliver_in_flight(|k| rng.below(k as u64) as usize);
    for _ in 0..2 {
        for d in 0..3 {
            mosaic_sync::sync_with(&mut devs[d], &mut links[d], URL, id, policy())?;
        }
    }
    let p0 = devs[0].portfolio(id)?;
    for d in 1..3 {
        assert_eq!(
            devs[d].portfolio(id)?,
            p0,
            "seed {seed}: device {d} differs from device 0"
        );
    }
    let present: BTreeSet<String> = skills(&mut devs[0], id)?.into_iter().map(|s| s.0).collect();
    let grown: BTreeSet<String> = p0
        .goals
        .iter()
        .map(|g| g.id)
        .chain(p0.reflections.iter().map(|r| r.id))
        .chain(p0.competences.iter().map(|c| c.id))
        .map(|id| id.to_string())
        .collect();
    for e in &growth {
        assert!(
            grown.contains(e),
            "seed {seed}: goal, reflection or competence {e} lost"
        );
    }
    for e in added.difference(&removed) {
        assert!(present.contains(e), "seed {seed}: edit {e} lost");
    }
    for a in &acked {
        for e in a.difference(&removed) {
            assert!(
                present.contains(e),
                "seed {seed}: acknowledged edit {e} lost"
            );
        }
    }
    Ok(relay.snapshots_stored())
}

#[test]
fn converges_under_faults() -> R {
    mosaic_sync::engine::set_snapshot_min_tail_bytes(2048);
    let n: u64 = std::env::var("MOSAIC_SYNC_SCHEDULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    if let Some(seed) = std::env::var("MOSAIC_SYNC_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        schedule(seed)?;
        return Ok(());
    }
    let start = std::time::Instant::now();
    let mut snapshots = 0;
    for seed in 1..=n {
        snapshots += schedule(seed)?;
    }
    eprintln!(
        "{n} schedules in {:?}, {snapshots} snapshots",
        start.elapsed()
    );
    assert!(snapshots > 0, "compaction was never exercised");
    Ok(())
}
