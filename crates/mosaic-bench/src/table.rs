//! Rows and the printed table.

use std::time::{Duration, Instant};

pub enum Value {
    Time(Duration),
    Bytes(u64),
    Rate(f64, &'static str),
    Text(String),
}

pub struct Row {
    pub what: String,
    pub ours: Value,
    pub baseline_name: String,
    pub baseline: Option<Value>,
}

impl Value {
    fn show(&self) -> String {
        match self {
            Value::Time(d) => {
                let us = d.as_secs_f64() * 1e6;
                if us < 1000.0 {
                    format!("{us:.1} µs")
                } else if us < 1e6 {
                    format!("{:.2} ms", us / 1000.0)
                } else {
                    format!("{:.2} s", us / 1e6)
                }
            }
            Value::Bytes(b) => {
                if *b < 10_000 {
                    format!("{b} B")
                } else if *b < 10_000_000 {
                    format!("{:.1} KiB", *b as f64 / 1024.0)
                } else {
                    format!("{:.1} MiB", *b as f64 / 1048576.0)
                }
            }
            Value::Rate(v, unit) => format!("{v:.0} {unit}"),
            Value::Text(t) => t.clone(),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Value::Time(d) => Some(d.as_secs_f64()),
            Value::Bytes(b) => Some(*b as f64),
            Value::Rate(v, _) => Some(*v),
            Value::Text(_) => None,
        }
    }
}

pub fn render(rows: &[Row]) -> String {
    let mut lines = vec![
        "| measure | Mosaic | baseline (same run) | baseline | ratio |".to_string(),
        "|---|---:|---|---:|---:|".to_string(),
    ];
    for r in rows {
        let (base, ratio) = match &r.baseline {
            Some(b) => {
                let ratio = match (r.ours.number(), b.number()) {
                    (Some(o), Some(b)) if b > 0.0 => format!("{:.2}×", o / b),
                    _ => "-".into(),
                };
                (b.show(), ratio)
            }
            None => ("not available".into(), "-".into()),
        };
        lines.push(format!(
            "| {} | {} | {} | {} | {} |",
            r.what,
            r.ours.show(),
            r.baseline_name,
            base,
            ratio
        ));
    }
    lines.join("\n")
}

/// Median wall time of `runs` calls of `f` (after one warm-up call).
pub fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    std::hint::black_box(f());
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// Median of durations measured by the caller.
pub fn median_of(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}
