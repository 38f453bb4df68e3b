#![allow(dead_code)]
//! Shared helpers: a relay on 127.0.0.1:0 with a temp database, and a ready document.
//!
//! The suite runs on SQLite, or on PostgreSQL when `MOSAIC_RELAY_TEST_BACKEND=postgres`:
//! each relay then gets a fresh database in the throwaway cluster `scripts/pg-cluster.sh`
//! started (`MOSAIC_TEST_POSTGRES`, `MOSAIC_PG_BIN`); `scripts/test.sh` runs it both ways.

use mosaic_relay::auth::WriterKey;
use mosaic_relay::client::RelayClient;
use mosaic_relay::server::store::Database;
use mosaic_relay::server::{BackgroundRelay, Config};
use mosaic_relay::wire::{DocId, ReadToken};

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

pub struct Harness {
    pub relay: BackgroundRelay,
    pub db: Database,
    pub client: RelayClient,
    pub dir: tempfile::TempDir,
}

/// `true` when the suite runs against PostgreSQL.
pub fn on_postgres() -> bool {
    std::env::var("MOSAIC_RELAY_TEST_BACKEND").is_ok_and(|b| b == "postgres")
}

/// The test cluster's base URL (`postgres://user@127.0.0.1:port`), if one is running.
pub fn postgres_cluster() -> Option<String> {
    std::env::var("MOSAIC_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A new, empty database in the test cluster; its URL.
pub fn fresh_postgres() -> Result<String, Box<dyn std::error::Error>> {
    let base = postgres_cluster().ok_or(
        "MOSAIC_TEST_POSTGRES is not set: start a cluster with scripts/pg-cluster.sh (scripts/test.sh does)",
    )?;
    let mut b = [0u8; 8];
    getrandom::fill(&mut b)?;
    let name = format!(
        "t_{}",
        b.iter().map(|x| format!("{x:02x}")).collect::<String>()
    );
    psql(
        &format!("{base}/postgres"),
        &format!("CREATE DATABASE {name}"),
    )?;
    // A cluster serving TLS (`pg-cluster.sh start --tls`): the relay verifies it against the
    // test CA (without one it would check the public roots and refuse the test certificate).
    match std::env::var("MOSAIC_TEST_PG_CA") {
        Ok(ca) if !ca.is_empty() => Ok(format!("{base}/{name}?sslrootcert={ca}")),
        _ => Ok(format!("{base}/{name}")),
    }
}

/// Where a test relay keeps its data: `dir/relay.db`, or a fresh PostgreSQL database.
pub fn database(dir: &tempfile::TempDir) -> Database {
    if on_postgres() {
        match fresh_postgres() {
            Ok(url) => return Database::Postgres(url),
            Err(e) => panic!("MOSAIC_RELAY_TEST_BACKEND=postgres but no database: {e}"),
        }
    }
    Database::Sqlite(dir.path().join("relay.db"))
}

/// The `--db` argument for a relay process.
pub fn db_arg(dir: &tempfile::TempDir) -> String {
    match database(dir) {
        Database::Sqlite(p) => p.display().to_string(),
        Database::Postgres(url) => url,
    }
}

/// Test config: rate limiting off unless a test turns it on; fsync off for speed.
pub fn config(dir: &tempfile::TempDir) -> Config {
    let mut c = Config::new(database(dir));
    c.rate_per_sec = 0.0;
    c.durable = false;
    c
}

pub fn start_with(f: impl FnOnce(&mut Config)) -> Result<Harness, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut cfg = config(&dir);
    f(&mut cfg);
    let db = cfg.db.clone();
    let relay = BackgroundRelay::start(cfg, "127.0.0.1:0".parse()?)?;
    let client = RelayClient::new(&relay.url());
    Ok(Harness {
        relay,
        db,
        client,
        dir,
    })
}

pub fn start() -> Result<Harness, Box<dyn std::error::Error>> {
    start_with(|_| {})
}

pub struct Doc {
    pub id: DocId,
    pub writer: WriterKey,
    pub token: ReadToken,
}

pub fn new_doc(client: &RelayClient) -> Result<Doc, Box<dyn std::error::Error>> {
    let doc = Doc {
        id: DocId::generate()?,
        writer: WriterKey::generate()?,
        token: ReadToken::generate()?,
    };
    let created = client.create_doc(&doc.id, &doc.writer, &doc.token.hash())?;
    assert!(created.created);
    Ok(doc)
}

/// A `mosaic-relay` process; killed when dropped.
pub struct Relay {
    pub child: std::process::Child,
    pub url: String,
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the real binary on a free port with `--db db`; returns once it is listening.
pub fn spawn(db: &str) -> Result<Relay, Box<dyn std::error::Error>> {
    spawn_with(db, &[])
}

/// [`spawn`] with extra arguments (`--listen` among them replaces the free port).
pub fn spawn_with(db: &str, extra: &[&str]) -> Result<Relay, Box<dyn std::error::Error>> {
    use std::io::BufRead;
    let listen: &[&str] = if extra.contains(&"--listen") {
        &[]
    } else {
        &["--listen", "127.0.0.1:0"]
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_mosaic-relay"))
        .args(listen)
        .args(["--log-format", "json", "--rate-per-sec", "0"])
        .args(extra)
        .arg("--db")
        .arg(db)
        .env("MOSAIC_RELAY_LOG", "debug")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut line = String::new();
    std::io::BufReader::new(stdout).read_line(&mut line)?;
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .ok_or_else(|| format!("unexpected first line {line:?}"))?
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    Ok(Relay { child, url })
}

/// Rows of `table` whose `doc_id` is `doc`, read straight from the relay's database.
pub fn rows_of(db: &Database, table: &str, doc: &DocId) -> Result<i64, Box<dyn std::error::Error>> {
    let sql = format!("SELECT count(*) FROM {table} WHERE doc_id = ");
    match db {
        Database::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path)?;
            Ok(conn.query_row(&format!("{sql}?1"), [&doc.0[..]], |r| r.get(0))?)
        }
        Database::Postgres(url) => {
            let out = psql(url, &format!("{sql}'\\x{}'", doc.to_hex()))?;
            Ok(out.trim().parse()?)
        }
    }
}

/// Runs one SQL statement with `psql` against `url`; its unaligned output.
pub fn psql(url: &str, sql: &str) -> Result<String, Box<dyn std::error::Error>> {
    let bin = std::env::var("MOSAIC_PG_BIN").unwrap_or_else(|_| "/usr/bin".into());
    let out = std::process::Command::new(format!("{bin}/psql"))
        .arg(url)
        .args(["-v", "ON_ERROR_STOP=1", "-qtAc", sql])
        .output()?;
    if !out.status.success() {
        return Err(format!("psql: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(String::from_utf8(out.stdout)?)
}

/// One number from a query (a count, a sum) run straight on the relay's database.
pub fn scalar(db: &Database, sql: &str) -> Result<i64, Box<dyn std::error::Error>> {
    match db {
        Database::Sqlite(path) => {
            let conn = rusqlite::Connection::open(path)?;
            Ok(conn.query_row(sql, [], |r| r.get(0))?)
        }
        Database::Postgres(url) => Ok(psql(url, sql)?.trim().parse()?),
    }
}

/// `doc` as a byte-string literal in `db`'s SQL dialect.
pub fn doc_literal(db: &Database, doc: &DocId) -> String {
    match db {
        Database::Sqlite(_) => format!("x'{}'", doc.to_hex()),
        Database::Postgres(_) => format!("'\\x{}'::bytea", doc.to_hex()),
    }
}
