#![allow(dead_code)]
//! Shared helpers: a relay on 127.0.0.1:0 with a temp database, and a ready document.

use mosaic_relay::auth::WriterKey;
use mosaic_relay::client::RelayClient;
use mosaic_relay::server::{BackgroundRelay, Config};
use mosaic_relay::wire::{DocId, ReadToken};

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

pub struct Harness {
    pub relay: BackgroundRelay,
    pub client: RelayClient,
    pub dir: tempfile::TempDir,
}

/// Test config: rate limiting off unless a test turns it on; fsync off for speed.
pub fn config(dir: &tempfile::TempDir) -> Config {
    let mut c = Config::new(dir.path().join("relay.db"));
    c.rate_per_sec = 0.0;
    c.durable = false;
    c
}

pub fn start_with(f: impl FnOnce(&mut Config)) -> Result<Harness, Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut cfg = config(&dir);
    f(&mut cfg);
    let relay = BackgroundRelay::start(cfg, "127.0.0.1:0".parse()?)?;
    let client = RelayClient::new(&relay.url());
    Ok(Harness { relay, client, dir })
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
