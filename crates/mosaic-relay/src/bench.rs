//! Load benchmark hook (feature `server`): N simulated devices against an in-process relay on
//! loopback.
//!
//! Devices are paired two per document (a phone and a laptop, say). Each device holds one
//! WebSocket subscription and one keep-alive HTTP/1.1 connection, appends a small ciphertext
//! every `think_time`, and pulls whenever a push says the head moved past its cursor. The run is
//! bounded by `duration` and `max_appends`; every request goes to 127.0.0.1 only.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use futures_util::StreamExt;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use serde::Serialize;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::auth::{WriterKey, unix_now};
use crate::server::{BackgroundRelay, Config};
use crate::wire::{
    Appended, CreateDoc, DocId, HEADER_PROTOCOL, PROTOCOL_VERSION, PullResponse, PushMessage,
    ReadToken, WriteOp,
};

/// What to run.
#[derive(Debug, Clone)]
pub struct BenchConfig {
    /// Simulated devices (each: one WebSocket + one HTTP connection). Default 1000.
    pub devices: usize,
    /// Measured run time after all devices are connected. Default 10 s.
    pub duration: Duration,
    /// Pause between a device's appends. Default 500 ms.
    pub think_time: Duration,
    /// Size of each appended ciphertext. Default 512 bytes.
    pub payload_bytes: usize,
    /// Hard cap on appends in one run. Default 200 000.
    pub max_appends: u64,
    /// SQLite `synchronous=FULL` (fsync per commit) as in production. Default true.
    pub durable: bool,
    /// Where to put the database (a temporary directory if `None`).
    pub db_dir: Option<std::path::PathBuf>,
}

impl Default for BenchConfig {
    fn default() -> Self {
        BenchConfig {
            devices: 1000,
            duration: Duration::from_secs(10),
            think_time: Duration::from_millis(500),
            payload_bytes: 512,
            max_appends: 200_000,
            durable: true,
            db_dir: None,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// Devices requested.
    pub devices: usize,
    /// WebSocket subscriptions that were open when the measured run began.
    pub subscribers_connected: usize,
    /// Measured seconds.
    pub seconds: f64,
    /// Successful appends.
    pub appends: u64,
    /// Appends per second.
    pub appends_per_sec: f64,
    /// Median append round trip, milliseconds.
    pub append_p50_ms: f64,
    /// 99th percentile append round trip, milliseconds.
    pub append_p99_ms: f64,
    /// Push messages received by devices.
    pub pushes_received: u64,
    /// Pulls made in response to pushes.
    pub pulls: u64,
    /// Failed requests of any kind.
    pub errors: u64,
    /// VmRSS of this process before any device connected (relay started, idle), KiB.
    pub rss_idle_kib: u64,
    /// Peak VmRSS sampled while all devices were connected, KiB. The simulated devices live in
    /// the same process as the relay, so this is an upper bound for the relay alone.
    pub rss_loaded_kib: u64,
    /// Whether SQLite fsynced every commit.
    pub durable: bool,
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} devices ({} subscribed), {:.1} s: {} appends = {:.0}/s, p50 {:.2} ms, p99 {:.2} ms, \
             {} pushes, {} pulls, {} errors, RSS idle {} KiB / loaded {} KiB, durable={}",
            self.devices,
            self.subscribers_connected,
            self.seconds,
            self.appends,
            self.appends_per_sec,
            self.append_p50_ms,
            self.append_p99_ms,
            self.pushes_received,
            self.pulls,
            self.errors,
            self.rss_idle_kib,
            self.rss_loaded_kib,
            self.durable
        )
    }
}

/// Why a run could not complete.
#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    /// Setup failed.
    #[error("bench setup failed: {0}")]
    Setup(String),
}

fn setup_err(e: impl std::fmt::Display) -> BenchError {
    BenchError::Setup(e.to_string())
}

/// This process's resident set size in KiB, from `/proc/self/status` (0 where unavailable).
pub fn rss_kib() -> u64 {
    rss_kib_at("/proc/self/status")
}

/// Another process's resident set size in KiB (0 where unavailable).
pub fn rss_kib_of(pid: u32) -> u64 {
    rss_kib_at(&format!("/proc/{pid}/status"))
}

fn rss_kib_at(status: &str) -> u64 {
    std::fs::read_to_string(status)
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Runs the benchmark on its own runtimes (relay: 2 workers; devices: 2 workers).
pub fn run(cfg: BenchConfig) -> Result<BenchReport, BenchError> {
    let tmp;
    let dir = match &cfg.db_dir {
        Some(d) => d.clone(),
        None => {
            tmp = std::env::temp_dir().join(format!("mosaic-relay-bench-{}", std::process::id()));
            std::fs::create_dir_all(&tmp).map_err(setup_err)?;
            tmp
        }
    };
    let db = dir.join("bench.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let mut rc = Config::new(&db);
    rc.rate_per_sec = 0.0; // every device shares 127.0.0.1
    rc.durable = cfg.durable;
    let relay =
        BackgroundRelay::start(rc, SocketAddr::from(([127, 0, 0, 1], 0))).map_err(setup_err)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(setup_err)?;
    let out = rt.block_on(drive(cfg.clone(), relay.addr()));
    drop(rt);
    let _ = relay.stop();
    if cfg.db_dir.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    out
}

pub(crate) type HttpSender = SendRequest<Full<Bytes>>;

pub(crate) async fn http_connect(addr: SocketAddr) -> Result<HttpSender, String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| e.to_string())?;
    let _ = stream.set_nodelay(true);
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}

pub(crate) async fn http_send(
    sender: &mut HttpSender,
    req: hyper::Request<Full<Bytes>>,
) -> Result<(u16, Bytes), String> {
    sender.ready().await.map_err(|e| e.to_string())?;
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, body))
}

pub(crate) fn signed_request(
    method: &str,
    path: &str,
    audience: &str,
    op: WriteOp,
    doc: &DocId,
    writer: &WriterKey,
    body: Vec<u8>,
) -> Result<hyper::Request<Full<Bytes>>, String> {
    let sig = writer
        .sign(op, audience, doc, &body, unix_now())
        .map_err(|e| e.to_string())?;
    let mut b = hyper::Request::builder()
        .method(method)
        .uri(path)
        .header("host", "127.0.0.1")
        .header(HEADER_PROTOCOL, PROTOCOL_VERSION.to_string());
    for (k, v) in sig.headers() {
        b = b.header(k, v);
    }
    b.body(Full::new(Bytes::from(body)))
        .map_err(|e| e.to_string())
}

pub(crate) struct DocKeys {
    pub(crate) id: DocId,
    pub(crate) writer: WriterKey,
    pub(crate) token: ReadToken,
}

#[derive(Default)]
struct Counters {
    appends: AtomicU64,
    budget: AtomicU64,
    pushes: AtomicU64,
    pulls: AtomicU64,
    errors: AtomicU64,
}

async fn drive(cfg: BenchConfig, addr: SocketAddr) -> Result<BenchReport, BenchError> {
    let rss_idle = rss_kib();
    // The relay accepts signatures naming the address it is bound to.
    let audience: Arc<str> = crate::wire::audience(&format!("http://{addr}")).into();
    let n_docs = cfg.devices.div_ceil(2).max(1);
    // Register documents over one connection.
    let mut admin = http_connect(addr).await.map_err(setup_err)?;
    let mut docs = Vec::with_capacity(n_docs);
    for _ in 0..n_docs {
        let d = DocKeys {
            id: DocId::generate().map_err(setup_err)?,
            writer: WriterKey::generate().map_err(setup_err)?,
            token: ReadToken::generate().map_err(setup_err)?,
        };
        let body = serde_json::to_vec(&CreateDoc {
            write_key: d.writer.public(),
            read_token_hash: d.token.hash(),
        })
        .map_err(setup_err)?;
        let path = format!("/v1/docs/{}", d.id.to_hex());
        let req = signed_request(
            "PUT",
            &path,
            &audience,
            WriteOp::Create,
            &d.id,
            &d.writer,
            body,
        )
        .map_err(setup_err)?;
        let (status, _) = http_send(&mut admin, req).await.map_err(setup_err)?;
        if status != 201 {
            return Err(setup_err(format!("create answered {status}")));
        }
        docs.push(Arc::new(d));
    }
    drop(admin);

    // Connect every device: HTTP first, then the subscription (bounded setup time).
    let setup_deadline = Instant::now() + Duration::from_secs(120);
    let mut devices = Vec::with_capacity(cfg.devices);
    for i in 0..cfg.devices {
        if Instant::now() > setup_deadline {
            break;
        }
        let doc = docs[i % n_docs].clone();
        let Ok(http) = http_connect(addr).await else {
            break;
        };
        let mut req =
            match format!("ws://{addr}/v1/docs/{}/ws", doc.id.to_hex()).into_client_request() {
                Ok(r) => r,
                Err(e) => return Err(setup_err(e)),
            };
        let h = req.headers_mut();
        h.insert(
            HEADER_PROTOCOL,
            PROTOCOL_VERSION.to_string().parse().map_err(setup_err)?,
        );
        h.insert(
            "authorization",
            format!("Bearer {}", doc.token.to_hex())
                .parse()
                .map_err(setup_err)?,
        );
        let ws_cfg = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
            .read_buffer_size(4 * 1024)
            .write_buffer_size(0);
        match tokio_tungstenite::connect_async_with_config(req, Some(ws_cfg), true).await {
            Ok((ws, _)) => devices.push((doc, http, ws)),
            Err(_) => break,
        }
    }
    let connected = devices.len();

    let counters = Arc::new(Counters::default());
    counters.budget.store(cfg.max_appends, Ordering::SeqCst);
    let start = Instant::now();
    let deadline = tokio::time::Instant::now() + cfg.duration;
    let payload = Arc::new(vec![0xA5u8; cfg.payload_bytes]);
    let mut tasks = Vec::with_capacity(connected);
    for (i, (doc, mut http, mut ws)) in devices.into_iter().enumerate() {
        let counters = counters.clone();
        let payload = payload.clone();
        let audience = audience.clone();
        let think = cfg.think_time;
        // Spread the first appends over one think time.
        let offset = think.mul_f64(i as f64 / connected.max(1) as f64);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut cursor = 0u64;
            let mut next_append = tokio::time::Instant::now() + offset;
            let log_path = format!("/v1/docs/{}/log", doc.id.to_hex());
            loop {
                tokio::select! {
                    _ = tokio::time::sleep_until(deadline) => break,
                    msg = ws.next() => match msg {
                        Some(Ok(Message::Text(t))) => {
                            counters.pushes.fetch_add(1, Ordering::Relaxed);
                            let Ok(PushMessage::Head { seq } | PushMessage::Resync { seq }) = serde_json::from_str(t.as_str()) else {
                                continue;
                            };
                            if seq > cursor {
                                let req = hyper::Request::builder()
                                    .method("GET")
                                    .uri(format!("{log_path}?since={cursor}"))
                                    .header("host", "127.0.0.1")
                                    .header(HEADER_PROTOCOL, PROTOCOL_VERSION.to_string())
                                    .header("authorization", format!("Bearer {}", doc.token.to_hex()))
                                    .body(Full::new(Bytes::new()));
                                let ok = match req {
                                    Ok(req) => match http_send(&mut http, req).await {
                                        Ok((200, body)) => PullResponse::decode(&body)
                                            .map(|r| cursor = r.cursor(cursor))
                                            .is_ok(),
                                        _ => false,
                                    },
                                    Err(_) => false,
                                };
                                counters.pulls.fetch_add(1, Ordering::Relaxed);
                                if !ok {
                                    counters.errors.fetch_add(1, Ordering::Relaxed);
                                }
                            }
                        }
                        Some(Ok(_)) => {}
                        _ => {
                            counters.errors.fetch_add(1, Ordering::Relaxed);
                            break;
                        }
                    },
                    _ = tokio::time::sleep_until(next_append) => {
                        next_append = tokio::time::Instant::now() + think;
                        if counters.budget.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |b| b.checked_sub(1)).is_err() {
                            continue;
                        }
                        let Ok(req) = signed_request("POST", &log_path, &audience, WriteOp::Append, &doc.id, &doc.writer, payload.to_vec()) else {
                            counters.errors.fetch_add(1, Ordering::Relaxed);
                            continue;
                        };
                        let t0 = Instant::now();
                        match http_send(&mut http, req).await {
                            Ok((200, body)) => {
                                latencies.push(t0.elapsed());
                                counters.appends.fetch_add(1, Ordering::Relaxed);
                                if let Ok(a) = serde_json::from_slice::<Appended>(&body)
                                    && a.seq == cursor + 1
                                {
                                    cursor = a.seq;
                                }
                            }
                            _ => {
                                counters.errors.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                }
            }
            let _ = ws.close(None).await;
            latencies
        }));
    }
    // Sample RSS while every device is connected.
    let sampler = tokio::spawn(async move {
        let mut peak = 0;
        while tokio::time::Instant::now() < deadline {
            peak = peak.max(rss_kib());
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        peak
    });
    let mut latencies = Vec::new();
    for t in tasks {
        if let Ok(l) = t.await {
            latencies.extend(l);
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let rss_loaded = sampler.await.unwrap_or(0).max(rss_kib());
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let idx = ((latencies.len() as f64 - 1.0) * p).round() as usize;
        latencies[idx.min(latencies.len() - 1)].as_secs_f64() * 1000.0
    };
    let appends = counters.appends.load(Ordering::SeqCst);
    Ok(BenchReport {
        devices: cfg.devices,
        subscribers_connected: connected,
        seconds,
        appends,
        appends_per_sec: appends as f64 / seconds.max(1e-9),
        append_p50_ms: pct(0.50),
        append_p99_ms: pct(0.99),
        pushes_received: counters.pushes.load(Ordering::SeqCst),
        pulls: counters.pulls.load(Ordering::SeqCst),
        errors: counters.errors.load(Ordering::SeqCst),
        rss_idle_kib: rss_idle,
        rss_loaded_kib: rss_loaded,
        durable: cfg.durable,
    })
}
