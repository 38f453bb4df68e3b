//! Bytes on the wire and edit-to-visible latency through a relay on loopback.

use crate::table::{Row, Value};

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let edits = if quick { 400 } else { 2100 };
    let wire = mosaic_sync::bench::wire_bytes(|m| {
        mosaic_core::sample::realistic(m, edits).map_err(mosaic_sync::Error::from)
    })
    .map_err(|e| e.to_string())?;
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    // Both simulated devices share 127.0.0.1, so the per-client rate limit (meant for one
    // device each) would be what this row measures; lift it to measure the sync itself.
    let mut config = mosaic_relay::server::Config::new(dir.path().join("relay.sqlite3"));
    config.rate_per_sec = 1e6;
    config.rate_burst = 1e6;
    let relay = mosaic_relay::server::BackgroundRelay::start(
        config,
        "127.0.0.1:0".parse().map_err(|e| format!("{e}"))?,
    )
    .map_err(|e| e.to_string())?;
    let latency = mosaic_sync::bench::latency(&relay.url(), if quick { 20 } else { 100 })
        .map_err(|e| e.to_string())?;
    Ok(vec![
        Row {
            what: "sync: bytes on the wire for one edit (send + receive)".into(),
            ours: Value::Bytes(wire.engine_one_edit),
            baseline_name: "Automerge sync protocol, same edit".into(),
            baseline: Some(Value::Bytes(wire.automerge_one_edit)),
        },
        Row {
            what: format!(
                "sync: hash chain ({} B) + padding ({} B) in that edit's envelope (payload {} B)",
                wire.chain_one_edit, wire.padding_one_edit, wire.payload_one_edit
            ),
            ours: Value::Bytes(wire.chain_one_edit + wire.padding_one_edit),
            baseline_name: "Automerge sync protocol, same edit".into(),
            baseline: Some(Value::Bytes(wire.automerge_one_edit)),
        },
        Row {
            what: format!(
                "sync: new device's first sync ({edits} edits, save() = {} B)",
                wire.document_bytes
            ),
            ours: Value::Bytes(wire.engine_first_sync),
            baseline_name: "Automerge sync protocol, same document".into(),
            baseline: Some(Value::Bytes(wire.automerge_first_sync)),
        },
        Row {
            what: "sync: a mentor's first sync (their view: the portfolio as it is, no history)"
                .into(),
            ours: Value::Bytes(wire.mentor_first_sync),
            baseline_name: "Automerge sync protocol, whole document".into(),
            baseline: Some(Value::Bytes(wire.automerge_first_sync)),
        },
        Row {
            what: "sync: one edit with a mentor shared (portfolio + mentor's view, send + receive)"
                .into(),
            ours: Value::Bytes(wire.mentor_one_edit),
            baseline_name: "Automerge sync protocol, same edit".into(),
            baseline: Some(Value::Bytes(wire.automerge_one_edit)),
        },
        Row {
            what: format!(
                "sync: edit-to-visible via relay on loopback, p50 / p99 ({} edits, rate limit lifted)",
                latency.edits
            ),
            ours: Value::Text(format!(
                "{:.1} ms / {:.1} ms",
                latency.p50_ms, latency.p99_ms
            )),
            baseline_name: "-".into(),
            baseline: None,
        },
    ])
}
