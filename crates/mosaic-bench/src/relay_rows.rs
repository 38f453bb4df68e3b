//! The relay under load: many simulated devices on loopback.

use crate::table::{Row, Value};

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let mut cfg = mosaic_relay::bench::BenchConfig::default();
    if quick {
        cfg.devices = 100;
        cfg.duration = std::time::Duration::from_secs(3);
    }
    let report = mosaic_relay::bench::run(cfg.clone()).map_err(|e| e.to_string())?;
    Ok(vec![
        Row {
            what: format!("relay: appends/s with {} connected devices", cfg.devices),
            ours: Value::Rate(report.appends_per_sec, "/s"),
            baseline_name: format!(
                "offered load ({} subscribed, {} errors)",
                report.subscribers_connected, report.errors
            ),
            baseline: Some(Value::Rate(
                cfg.devices as f64 / cfg.think_time.as_secs_f64().max(1e-3),
                "/s",
            )),
        },
        Row {
            what: "relay: append latency p50 / p99".into(),
            ours: Value::Text(format!(
                "{:.1} ms / {:.1} ms",
                report.append_p50_ms, report.append_p99_ms
            )),
            baseline_name: "-".into(),
            baseline: None,
        },
        Row {
            what: "relay: peak memory (relay + simulated devices)".into(),
            ours: Value::Bytes(report.rss_loaded_kib * 1024),
            baseline_name: "idle relay".into(),
            baseline: Some(Value::Bytes(report.rss_idle_kib * 1024)),
        },
    ])
}
