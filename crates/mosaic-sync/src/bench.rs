//! Benchmark hooks (called by `mosaic-bench`).
//!
//! - [`wire_bytes`]: request + response body bytes through this engine (in-memory relay model
//!   with the real wire formats: encrypted envelopes, the relay's binary pull format) for one
//!   edit and for a new device's first sync, beside Automerge's own sync protocol
//!   (`automerge::sync::SyncDoc`) between two in-memory documents holding the same data.
//! - [`latency`]: edit-to-visible latency between two devices through a real relay.

use std::time::Instant;

use automerge::Automerge;
use automerge::sync::{State as AmState, SyncDoc};
use mosaic_core::{Mosaic, PortfolioId, Section};

use crate::error::{Error, Result};
use crate::sim::{SimLink, SimRelay};
use crate::transport::{RelayTransport, RetryPolicy, Transport};
use crate::{ShareRole, device_code, join_with, share_code_with, sync_with};

/// Bytes on the wire, this engine beside Automerge's sync protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct WireComparison {
    /// One small edit: the writer's sync plus the reader's sync (bodies, both directions).
    pub engine_one_edit: u64,
    pub automerge_one_edit: u64,
    /// A new device's first sync of the whole portfolio.
    pub engine_first_sync: u64,
    pub automerge_first_sync: u64,
    /// Size of `save()` of the document, for scale.
    pub document_bytes: u64,
    /// Of `engine_one_edit`: the edit's payload, the hash-chain link it carries, and the
    /// length and zeros padding both to a size bucket (so the relay cannot tell edits apart).
    pub payload_one_edit: u64,
    pub chain_one_edit: u64,
    pub padding_one_edit: u64,
    /// A mentor joining: the bytes of their first sync (a view of the portfolio as it is, with
    /// no history), to compare with `automerge_first_sync` of the whole document.
    pub mentor_first_sync: u64,
    /// One small edit once a mentor is shared with: the owner's sync (the portfolio and the
    /// mentor's view) plus the mentor's sync.
    pub mentor_one_edit: u64,
}

fn one_edit(m: &mut Mosaic, id: PortfolioId, n: u64) -> Result<()> {
    m.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": format!("Bench skill {n}"), "category": "trade"}),
    )?;
    Ok(())
}

/// Runs Automerge's sync protocol between `a` and `b` until quiet; returns message bytes.
fn am_sync(
    a: &mut Automerge,
    sa: &mut AmState,
    b: &mut Automerge,
    sb: &mut AmState,
) -> Result<u64> {
    let mut bytes = 0u64;
    for _ in 0..100 {
        let mut quiet = true;
        if let Some(msg) = a.generate_sync_message(sa) {
            quiet = false;
            bytes += msg.clone().encode().len() as u64;
            b.receive_sync_message(sb, msg)?;
        }
        if let Some(msg) = b.generate_sync_message(sb) {
            quiet = false;
            bytes += msg.clone().encode().len() as u64;
            a.receive_sync_message(sa, msg)?;
        }
        if quiet {
            break;
        }
    }
    Ok(bytes)
}

/// Builds a portfolio with `make` on an in-memory store, syncs it, links a second device
/// (first sync measured), lets both settle, then makes one edit and syncs it across
/// (measured); the same documents go through Automerge's sync protocol for comparison.
pub fn wire_bytes(make: impl FnOnce(&mut Mosaic) -> Result<PortfolioId>) -> Result<WireComparison> {
    let relay = SimRelay::new();
    let mut a = Mosaic::open_in_memory()?;
    let mut b = Mosaic::open_in_memory()?;
    let id = make(&mut a)?;
    let mut la = SimLink::new(&relay, 1);
    let mut lb = SimLink::new(&relay, 2);
    let url = "sim://relay";
    let p = RetryPolicy::default();
    sync_with(&mut a, &mut la, url, id, p)?;
    let code = device_code(&mut b)?;
    let share = share_code_with(&mut a, &mut la, url, id, &code, ShareRole::Device)?;
    let before = lb.bytes;
    join_with(&mut b, &mut lb, &share)?;
    let engine_first_sync = lb.bytes.total() - before.total();

    let doc = a.save_document(id)?;
    let mut am_a = Automerge::load(&doc)?;
    let mut am_b = Automerge::new();
    let (mut sa, mut sb) = (AmState::new(), AmState::new());
    let automerge_first_sync = am_sync(&mut am_a, &mut sa, &mut am_b, &mut sb)?;

    // Sharing leaves the member roster to publish at the owner's next sync; settle that
    // first so the row measures an edit in steady state, not the one-off roster upload.
    sync_with(&mut a, &mut la, url, id, p)?;
    sync_with(&mut b, &mut lb, url, id, p)?;

    let heads = a.heads(id)?;
    one_edit(&mut a, id, 1)?;
    let (ba, bb) = (la.bytes.total(), lb.bytes.total());
    sync_with(&mut a, &mut la, url, id, p)?;
    sync_with(&mut b, &mut lb, url, id, p)?;
    let engine_one_edit = la.bytes.total() - ba + lb.bytes.total() - bb;
    let edit = a.changes_since(id, &heads)?;
    let payload = crate::crypto::encode_changes(&edit).len();
    let chain = crate::crypto::ChainLink::LEN;
    let padding = crate::crypto::padded_len(chain + payload) - chain - payload;
    let changes = edit
        .into_iter()
        .map(|c| automerge::Change::from_bytes(c).map_err(|e| Error::Automerge(e.to_string())))
        .collect::<Result<Vec<_>>>()?;
    am_a.apply_changes(changes)?;
    let automerge_one_edit = am_sync(&mut am_a, &mut sa, &mut am_b, &mut sb)?;

    // A mentor: their first sync, then one edit reaching their view.
    let mut mentor = Mosaic::open_in_memory()?;
    let mut lm = SimLink::new(&relay, 3);
    let code = device_code(&mut mentor)?;
    let share = share_code_with(&mut a, &mut la, url, id, &code, ShareRole::Mentor)?;
    join_with(&mut mentor, &mut lm, &share)?;
    let mentor_first_sync = lm.bytes.total();
    sync_with(&mut a, &mut la, url, id, p)?;
    sync_with(&mut mentor, &mut lm, url, id, p)?;
    one_edit(&mut a, id, 2)?;
    let (ba, bm) = (la.bytes.total(), lm.bytes.total());
    sync_with(&mut a, &mut la, url, id, p)?;
    sync_with(&mut mentor, &mut lm, url, id, p)?;
    let mentor_one_edit = la.bytes.total() - ba + lm.bytes.total() - bm;
    Ok(WireComparison {
        mentor_first_sync,
        mentor_one_edit,
        engine_one_edit,
        automerge_one_edit,
        engine_first_sync,
        automerge_first_sync,
        document_bytes: doc.len() as u64,
        payload_one_edit: payload as u64,
        chain_one_edit: chain as u64,
        padding_one_edit: padding as u64,
    })
}

/// Edit-to-visible latency percentiles, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Latency {
    pub edits: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

/// Two in-memory devices linked through the relay at `relay_url` (e.g. a local
/// `mosaic-relay` on loopback). For each of `n` edits: device A saves an entry and syncs;
/// device B syncs until the entry is visible. Measures edit start to visible on B.
pub fn latency(relay_url: &str, n: usize) -> Result<Latency> {
    let mut a = Mosaic::open_in_memory()?;
    let mut b = Mosaic::open_in_memory()?;
    let id = a.create_portfolio(mosaic_core::sample::profile())?;
    let mut ta = RelayTransport::new(relay_url);
    let mut tb = RelayTransport::new(relay_url);
    let p = RetryPolicy::default();
    sync_with(&mut a, &mut ta, relay_url, id, p)?;
    let code = device_code(&mut b)?;
    let share = share_code_with(&mut a, &mut ta, relay_url, id, &code, ShareRole::Device)?;
    join_with(&mut b, &mut tb, &share)?;
    let mut samples = Vec::with_capacity(n);
    for i in 0..n {
        let start = Instant::now();
        let before = b
            .list_json(id, Section::Skills)?
            .as_array()
            .map_or(0, Vec::len);
        one_edit(&mut a, id, i as u64)?;
        sync_with(&mut a, &mut ta, relay_url, id, p)?;
        loop {
            sync_with(&mut b, &mut tb, relay_url, id, p)?;
            let now = b
                .list_json(id, Section::Skills)?
                .as_array()
                .map_or(0, Vec::len);
            if now > before {
                break;
            }
            if start.elapsed().as_secs() > 30 {
                return Err(Error::Unreachable("edit not visible after 30 s".into()));
            }
        }
        samples.push(start.elapsed().as_secs_f64() * 1000.0);
        tb.sleep(std::time::Duration::from_millis(0));
    }
    samples.sort_by(f64::total_cmp);
    let pct = |q: f64| -> f64 {
        if samples.is_empty() {
            return 0.0;
        }
        let i = ((samples.len() as f64 - 1.0) * q).round() as usize;
        samples[i.min(samples.len() - 1)]
    };
    Ok(Latency {
        edits: n,
        p50_ms: pct(0.5),
        p99_ms: pct(0.99),
        max_ms: samples.last().copied().unwrap_or(0.0),
    })
}
