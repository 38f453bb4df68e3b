//! `GET /metrics` in the Prometheus text format: requests by route template and status,
//! appends, bytes received, push subscribers, server errors, database reachability.
//!
//! Labels are route templates (`/v1/docs/{id}/log`), methods and status codes only: never a
//! document id, a key, a token or a payload size per document. A handful of counters does
//! not justify a metrics framework; the format is a few lines of text.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// What a stored write was.
#[derive(Debug, Clone, Copy)]
pub enum Stored {
    /// A log entry.
    Entry,
    /// A snapshot.
    Snapshot,
    /// A blob.
    Blob,
}

/// The relay's counters.
#[derive(Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, String, u16), u64>>,
    appends: AtomicU64,
    entry_bytes: AtomicU64,
    snapshot_bytes: AtomicU64,
    blob_bytes: AtomicU64,
    server_errors: AtomicU64,
}

impl Metrics {
    /// One answered request (`route` is the matched template, or `<unmatched>`).
    pub fn request(&self, method: &str, route: &str, status: u16) {
        if status >= 500 {
            self.server_errors.fetch_add(1, Ordering::Relaxed);
        }
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((method.to_string(), route.to_string(), status))
                .or_default() += 1;
        }
    }

    /// One stored write of `bytes` bytes.
    pub fn stored(&self, what: Stored, bytes: usize) {
        let counter = match what {
            Stored::Entry => {
                self.appends.fetch_add(1, Ordering::Relaxed);
                &self.entry_bytes
            }
            Stored::Snapshot => &self.snapshot_bytes,
            Stored::Blob => &self.blob_bytes,
        };
        counter.fetch_add(bytes as u64, Ordering::Relaxed);
    }

    /// The exposition text; `subscribers` and `database_up` are read at scrape time.
    pub fn render(&self, subscribers: usize, database_up: bool, backend: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP mosaic_relay_requests_total HTTP requests answered, by route template and status.\n# TYPE mosaic_relay_requests_total counter"
        );
        if let Ok(m) = self.requests.lock() {
            for ((method, route, status), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "mosaic_relay_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
                    escape(method),
                    escape(route)
                );
            }
        }
        let counter = |out: &mut String, name: &str, help: &str, v: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
            );
        };
        counter(
            &mut out,
            "mosaic_relay_appends_total",
            "Log entries stored.",
            self.appends.load(Ordering::Relaxed),
        );
        let _ = writeln!(
            out,
            "# HELP mosaic_relay_received_bytes_total Ciphertext bytes stored, by kind.\n# TYPE mosaic_relay_received_bytes_total counter"
        );
        for (kind, c) in [
            ("entry", &self.entry_bytes),
            ("snapshot", &self.snapshot_bytes),
            ("blob", &self.blob_bytes),
        ] {
            let _ = writeln!(
                out,
                "mosaic_relay_received_bytes_total{{kind=\"{kind}\"}} {}",
                c.load(Ordering::Relaxed)
            );
        }
        counter(
            &mut out,
            "mosaic_relay_server_errors_total",
            "Requests answered with a 5xx status.",
            self.server_errors.load(Ordering::Relaxed),
        );
        let _ = writeln!(
            out,
            "# HELP mosaic_relay_push_subscribers Open WebSocket push subscriptions (connected devices).\n# TYPE mosaic_relay_push_subscribers gauge\nmosaic_relay_push_subscribers {subscribers}"
        );
        let _ = writeln!(
            out,
            "# HELP mosaic_relay_database_up Whether the database answered the scrape's check.\n# TYPE mosaic_relay_database_up gauge\nmosaic_relay_database_up{{backend=\"{}\"}} {}",
            escape(backend),
            u8::from(database_up)
        );
        out
    }
}

/// Label values escape `\`, `"` and newlines.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_with_route_templates_only() {
        let m = Metrics::default();
        m.request("POST", "/v1/docs/{id}/log", 200);
        m.request("POST", "/v1/docs/{id}/log", 200);
        m.request("GET", "/v1/docs/{id}/log", 503);
        m.stored(Stored::Entry, 100);
        m.stored(Stored::Blob, 7);
        let text = m.render(3, true, "sqlite");
        assert!(text.contains(
            "mosaic_relay_requests_total{method=\"POST\",route=\"/v1/docs/{id}/log\",status=\"200\"} 2"
        ));
        assert!(text.contains("mosaic_relay_server_errors_total 1"));
        assert!(text.contains("mosaic_relay_appends_total 1"));
        assert!(text.contains("mosaic_relay_received_bytes_total{kind=\"entry\"} 100"));
        assert!(text.contains("mosaic_relay_received_bytes_total{kind=\"blob\"} 7"));
        assert!(text.contains("mosaic_relay_push_subscribers 3"));
        assert!(text.contains("mosaic_relay_database_up{backend=\"sqlite\"} 1"));
        assert_eq!(escape("a\"b\\c\n"), "a\\\"b\\\\c\\n");
    }
}
