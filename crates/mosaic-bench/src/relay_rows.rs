//! The relay at saturation (issue 12): relay processes (the release `mosaic-relay` binary
//! beside this one) driven by a load generator in this process, on SQLite, on PostgreSQL,
//! and as two instances on one PostgreSQL; with the database's own figure beside each
//! (raw SQLite inserts; `pgbench` running the same insert).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mosaic_relay::loadgen::{LoadConfig, LoadReport};

use crate::table::{Row, Value};

/// A relay process, killed when dropped.
struct RelayProc {
    child: Child,
    addr: SocketAddr,
}

impl Drop for RelayProc {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn relay_binary() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let bin = exe.with_file_name("mosaic-relay");
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "{} not found: build it with `cargo build --release -p mosaic-relay` (scripts/bench.sh does)",
            bin.display()
        ))
    }
}

fn free_port() -> Result<u16, String> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// Starts one instance on `port`, accepting signatures for `public_url`, storing in `db`.
fn spawn_relay(bin: &Path, db: &str, port: u16, public_url: &str) -> Result<RelayProc, String> {
    let mut child = Command::new(bin)
        .args(["--db", db, "--listen", &format!("127.0.0.1:{port}")])
        .args(["--public-url", public_url, "--rate-per-sec", "0"])
        .args(["--max-docs-per-client", "100000000"])
        .env("MOSAIC_RELAY_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        use std::io::BufRead;
        let _ = std::io::BufReader::new(out).read_line(&mut line);
    }
    if !line.starts_with("listening on") {
        let _ = child.kill();
        return Err(format!("relay did not start ({})", line.trim()));
    }
    Ok(RelayProc {
        child,
        addr: SocketAddr::from(([127, 0, 0, 1], port)),
    })
}

/// A durable throwaway PostgreSQL cluster (`scripts/pg-cluster.sh start --durable`).
struct Pg {
    dir: String,
    base: String,
    bin: String,
}

impl Pg {
    fn start() -> Result<Pg, String> {
        let script = format!("{}/../../scripts/pg-cluster.sh", env!("CARGO_MANIFEST_DIR"));
        let out = Command::new("bash")
            .args([&script, "start", "--durable"])
            .output()
            .map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let var = |n: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("export {n}=")))
                .map(str::to_string)
                .ok_or(format!("pg-cluster.sh printed no {n}"))
        };
        Ok(Pg {
            dir: var("MOSAIC_PG_DIR")?,
            base: var("MOSAIC_TEST_POSTGRES")?,
            bin: var("MOSAIC_PG_BIN")?,
        })
    }
    fn psql(&self, db: &str, sql: &str) -> Result<(), String> {
        let st = Command::new(format!("{}/psql", self.bin))
            .arg(format!("{}/{db}", self.base))
            .args(["-q", "-v", "ON_ERROR_STOP=1", "-c", sql])
            .stdout(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        st.success()
            .then_some(())
            .ok_or(format!("psql failed: {sql}"))
    }
    fn fresh(&self, name: &str) -> Result<String, String> {
        self.psql("postgres", &format!("DROP DATABASE IF EXISTS {name}"))?;
        self.psql("postgres", &format!("CREATE DATABASE {name}"))?;
        Ok(format!("{}/{name}", self.base))
    }
    /// `pgbench` running the relay's append (one entry insert and the head update in one
    /// transaction) with `clients` connections for `secs`: transactions per second.
    fn pgbench_append(&self, clients: usize, secs: u64) -> Result<f64, String> {
        let db = "pgbench_append";
        self.fresh(db)?;
        self.psql(
            db,
            "CREATE TABLE docs (id BIGINT PRIMARY KEY, head_seq BIGINT NOT NULL DEFAULT 0);
             CREATE TABLE entries (doc_id BIGINT, seq BIGINT, data BYTEA, PRIMARY KEY (doc_id, seq));
             INSERT INTO docs (id) SELECT g FROM generate_series(1, 5000) g;",
        )?;
        let script =
            std::env::temp_dir().join(format!("mosaic-pgbench-{}.sql", std::process::id()));
        std::fs::write(
            &script,
            "\\set d random(1, 5000)\n\
             BEGIN;\n\
             UPDATE docs SET head_seq = head_seq + 1 WHERE id = :d;\n\
             INSERT INTO entries (doc_id, seq, data) SELECT :d, head_seq, decode(repeat('a5', 512), 'hex') FROM docs WHERE id = :d;\n\
             END;\n",
        )
        .map_err(|e| e.to_string())?;
        let out = Command::new(format!("{}/pgbench", self.bin))
            .args([
                "-n",
                "-c",
                &clients.to_string(),
                "-j",
                "2",
                "-T",
                &secs.to_string(),
                "-f",
            ])
            .arg(&script)
            .arg(format!("{}/{db}", self.base))
            .output()
            .map_err(|e| e.to_string())?;
        let _ = std::fs::remove_file(&script);
        let text = String::from_utf8_lossy(&out.stdout);
        text.lines()
            .find_map(|l| l.strip_prefix("tps = "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| format!("pgbench: {}", String::from_utf8_lossy(&out.stderr)))
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        let script = format!("{}/../../scripts/pg-cluster.sh", env!("CARGO_MANIFEST_DIR"));
        let _ = Command::new("bash")
            .args([&script, "stop", &self.dir])
            .status();
    }
}

/// Raw SQLite with the relay's durability (WAL, synchronous=FULL): the same insert and
/// head update, one transaction each, one writer, for `secs`: per second.
fn raw_sqlite_appends(secs: u64) -> Result<f64, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let c = rusqlite::Connection::open(dir.path().join("raw.db")).map_err(|e| e.to_string())?;
    c.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
         CREATE TABLE docs (id INTEGER PRIMARY KEY, head_seq INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE entries (doc_id INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (doc_id, seq));",
    )
    .map_err(|e| e.to_string())?;
    let data = vec![0xA5u8; 512];
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(secs) {
        let d = (n % 5000) as i64 + 1;
        let tx = c.unchecked_transaction().map_err(|e| e.to_string())?;
        tx.execute("INSERT OR IGNORE INTO docs (id) VALUES (?1)", [d])
            .map_err(|e| e.to_string())?;
        tx.execute("UPDATE docs SET head_seq = head_seq + 1 WHERE id = ?1", [d])
            .map_err(|e| e.to_string())?;
        tx.execute(
            "INSERT INTO entries (doc_id, seq, data) SELECT ?1, head_seq, ?2 FROM docs WHERE id = ?1",
            rusqlite::params![d, data],
        )
        .map_err(|e| e.to_string())?;
        tx.commit().map_err(|e| e.to_string())?;
        n += 1;
    }
    Ok(n as f64 / start.elapsed().as_secs_f64())
}

struct Setup {
    label: &'static str,
    relays: Vec<RelayProc>,
    public_url: String,
}

fn saturate(setup: &Setup, devices: usize, secs: u64) -> Result<(LoadReport, u64), String> {
    let cfg = LoadConfig {
        instances: setup.relays.iter().map(|r| r.addr).collect(),
        public_url: setup.public_url.clone(),
        devices,
        http_connections: 64,
        duration: Duration::from_secs(secs),
        payload_bytes: 512,
    };
    let pids: Vec<u32> = setup.relays.iter().map(|r| r.child.id()).collect();
    let idle: u64 = pids
        .iter()
        .map(|p| mosaic_relay::bench::rss_kib_of(*p))
        .sum();
    let mut loaded = 0;
    let report = mosaic_relay::loadgen::run(&cfg, |_| {
        loaded = pids
            .iter()
            .map(|p| mosaic_relay::bench::rss_kib_of(*p))
            .sum();
    })?;
    let per_device = loaded.saturating_sub(idle) * 1024 / report.subscribed.max(1) as u64;
    Ok((report, per_device))
}

/// Starts relay instances for one setup: `dbs[i]` for instance `i`, all accepting one public
/// URL (the first instance's address, as behind a load balancer).
fn setup(label: &'static str, bin: &Path, dbs: &[String]) -> Result<Setup, String> {
    let ports: Vec<u16> = dbs.iter().map(|_| free_port()).collect::<Result<_, _>>()?;
    let public_url = format!("http://127.0.0.1:{}", ports[0]);
    let relays = dbs
        .iter()
        .zip(&ports)
        .map(|(db, port)| spawn_relay(bin, db, *port, &public_url))
        .collect::<Result<_, _>>()?;
    Ok(Setup {
        label,
        relays,
        public_url,
    })
}

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let bin = relay_binary()?;
    let secs = if quick { 3 } else { 10 };
    let device_counts: &[usize] = if quick { &[100, 1000] } else { &[1000, 10_000] };
    let mut rows = Vec::new();
    let sqlite_raw = raw_sqlite_appends(secs)?;
    let pg = Pg::start()
        .map_err(|e| eprintln!("relay: no PostgreSQL rows: {e}"))
        .ok();
    let pgbench = pg.as_ref().and_then(|p| {
        p.pgbench_append(64, secs)
            .map_err(|e| eprintln!("relay: pgbench: {e}"))
            .ok()
    });
    for &devices in device_counts {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut setups = vec![setup(
            "SQLite, 1 instance",
            &bin,
            &[dir.path().join("relay.db").display().to_string()],
        )?];
        if let Some(pg) = &pg {
            let one = pg.fresh(&format!("bench_one_{devices}"))?;
            setups.push(setup("PostgreSQL, 1 instance", &bin, &[one])?);
            let two = pg.fresh(&format!("bench_two_{devices}"))?;
            setups.push(setup("PostgreSQL, 2 instances", &bin, &[two.clone(), two])?);
        }
        for s in &setups {
            eprintln!("  relay: {} with {devices} devices...", s.label);
            let (r, per_device) = saturate(s, devices, secs)?;
            let (base_name, base) = if s.label.starts_with("SQLite") {
                ("raw SQLite insert+commit (WAL, FULL), 1 writer", sqlite_raw)
            } else {
                ("pgbench, same insert, 64 clients", pgbench.unwrap_or(0.0))
            };
            rows.push(Row {
                what: format!("relay saturated, {}, {devices} devices: appends/s", s.label),
                ours: Value::Rate(r.appends_per_sec, "/s"),
                baseline_name: base_name.into(),
                baseline: (base > 0.0).then_some(Value::Rate(base, "/s")),
            });
            rows.push(Row {
                what: format!(
                    "  append p50 / p99 ({} subscribed, {} errors)",
                    r.subscribed, r.errors
                ),
                ours: Value::Text(format!("{:.1} ms / {:.1} ms", r.p50_ms, r.p99_ms)),
                baseline_name: "-".into(),
                baseline: None,
            });
            rows.push(Row {
                what: "  relay memory per connected device".into(),
                ours: Value::Bytes(per_device),
                baseline_name: "-".into(),
                baseline: None,
            });
        }
        if devices == *device_counts.last().unwrap_or(&0)
            && let Some(two) = setups.iter().find(|s| s.relays.len() == 2)
        {
            let lat = mosaic_relay::loadgen::push_latency(
                two.relays[0].addr,
                two.relays[1].addr,
                &two.public_url,
                if quick { 50 } else { 300 },
            )?;
            let at = |p: f64| lat[((lat.len() as f64 - 1.0) * p).round() as usize];
            let same = mosaic_relay::loadgen::push_latency(
                two.relays[0].addr,
                two.relays[0].addr,
                &two.public_url,
                if quick { 50 } else { 300 },
            )?;
            let same_at = |p: f64| same[((same.len() as f64 - 1.0) * p).round() as usize];
            rows.push(Row {
                what: "relay push latency across instances (append on A, push on B) p50 / p99"
                    .into(),
                ours: Value::Text(format!("{:.1} ms / {:.1} ms", at(0.5), at(0.99))),
                baseline_name: format!(
                    "same instance: {:.1} ms / {:.1} ms",
                    same_at(0.5),
                    same_at(0.99)
                ),
                baseline: None,
            });
        }
    }
    Ok(rows)
}
