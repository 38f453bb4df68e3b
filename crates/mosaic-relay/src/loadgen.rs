//! A load generator for relay processes (one or several instances of one deployment): it
//! runs in the caller's process, the relays in theirs, so neither's file descriptors or CPU
//! are counted for the other.
//!
//! Model: each simulated device holds one WebSocket push subscription (its one long-lived
//! connection, as over HTTP/2 or with requests sent on the push socket), devices come in pairs
//! per document, and appends go over a pool of keep-alive HTTP/1.1 connections in a closed
//! loop (each connection sends its next append as soon as the last one is answered). That
//! loop saturates the relay: the throughput is what it sustains, not an offered rate.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::auth::WriterKey;
use crate::bench::{DocKeys, http_connect, http_send, signed_request};
use crate::wire::{
    CreateDoc, DocId, HEADER_PROTOCOL, PROTOCOL_VERSION, PushMessage, ReadToken, WriteOp,
};

/// What to run.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// The relay instances (device `i` subscribes on `instances[i % n]`).
    pub instances: Vec<SocketAddr>,
    /// The public URL signatures name (every instance must accept it).
    pub public_url: String,
    /// Connected devices (one push subscription each).
    pub devices: usize,
    /// HTTP connections appending in a closed loop (spread over the instances).
    pub http_connections: usize,
    /// Measured time.
    pub duration: Duration,
    /// Ciphertext bytes per append.
    pub payload_bytes: usize,
}

/// What happened.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    /// Subscriptions open when the measured run began.
    pub subscribed: usize,
    /// Appends acknowledged in the measured time.
    pub appends: u64,
    /// Appends per second.
    pub appends_per_sec: f64,
    /// Median append round trip, ms.
    pub p50_ms: f64,
    /// 99th percentile append round trip, ms.
    pub p99_ms: f64,
    /// Failed requests or dropped subscriptions.
    pub errors: u64,
    /// Push messages received.
    pub pushes: u64,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

/// Registers `n` documents on `addr`.
async fn create_docs(
    addr: SocketAddr,
    audience: &str,
    n: usize,
) -> Result<Vec<Arc<DocKeys>>, String> {
    let mut admin = http_connect(addr).await?;
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        let d = DocKeys {
            id: DocId::generate().map_err(|e| e.to_string())?,
            writer: WriterKey::generate().map_err(|e| e.to_string())?,
            token: ReadToken::generate().map_err(|e| e.to_string())?,
        };
        let body = serde_json::to_vec(&CreateDoc {
            write_key: d.writer.public(),
            read_token_hash: d.token.hash(),
        })
        .map_err(|e| e.to_string())?;
        let path = format!("/v1/docs/{}", d.id.to_hex());
        let req = signed_request(
            "PUT",
            &path,
            audience,
            WriteOp::Create,
            &d.id,
            &d.writer,
            body,
        )?;
        let (status, _) = http_send(&mut admin, req).await?;
        if status != 201 {
            return Err(format!("create answered {status}"));
        }
        docs.push(Arc::new(d));
    }
    Ok(docs)
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

async fn subscribe(addr: SocketAddr, doc: &DocKeys) -> Result<Ws, String> {
    let mut req = format!("ws://{addr}/v1/docs/{}/ws", doc.id.to_hex())
        .into_client_request()
        .map_err(|e| e.to_string())?;
    let h = req.headers_mut();
    h.insert(HEADER_PROTOCOL, PROTOCOL_VERSION.into());
    h.insert(
        "authorization",
        format!("Bearer {}", doc.token.to_hex())
            .parse()
            .map_err(|e: axum::http::header::InvalidHeaderValue| e.to_string())?,
    );
    let cfg = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0);
    let (ws, _) = tokio_tungstenite::connect_async_with_config(req, Some(cfg), true)
        .await
        .map_err(|e| e.to_string())?;
    Ok(ws)
}

/// Runs the load on a runtime of its own (2 workers) and returns the report. `connected`
/// is called once every device is subscribed, before the measured run (the caller samples
/// the relays' memory there).
pub fn run(cfg: &LoadConfig, connected: impl FnOnce(usize)) -> Result<LoadReport, String> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    rt.block_on(drive(cfg, connected))
}

async fn drive(cfg: &LoadConfig, connected: impl FnOnce(usize)) -> Result<LoadReport, String> {
    let first = *cfg.instances.first().ok_or("no relay instance")?;
    let audience: Arc<str> = crate::wire::audience(&cfg.public_url).into();
    let docs = create_docs(first, &audience, cfg.devices.div_ceil(2).max(1)).await?;
    let counters = Arc::new((AtomicU64::new(0), AtomicU64::new(0))); // pushes, errors
    let stop = Arc::new(tokio::sync::Notify::new());
    let mut subscribers = Vec::with_capacity(cfg.devices);
    for i in 0..cfg.devices {
        let addr = cfg.instances[i % cfg.instances.len()];
        let Ok(mut ws) = subscribe(addr, &docs[i % docs.len()]).await else {
            break;
        };
        let (counters, stop) = (counters.clone(), stop.clone());
        subscribers.push(tokio::spawn(async move {
            loop {
                tokio::select! {
                    m = ws.next() => match m {
                        Some(Ok(Message::Text(_))) => { counters.0.fetch_add(1, Ordering::Relaxed); }
                        Some(Ok(_)) => {}
                        _ => { counters.1.fetch_add(1, Ordering::Relaxed); return; }
                    },
                    _ = stop.notified() => { let _ = ws.close(None).await; return; }
                }
            }
        }));
    }
    let subscribed = subscribers.len();
    connected(subscribed);

    let deadline = tokio::time::Instant::now() + cfg.duration;
    let payload = Arc::new(vec![0xA5u8; cfg.payload_bytes]);
    let started = Instant::now();
    let mut workers = Vec::new();
    for w in 0..cfg.http_connections.max(1) {
        let addr = cfg.instances[w % cfg.instances.len()];
        let mut http = http_connect(addr).await?;
        let (docs, payload, audience, counters) = (
            docs.clone(),
            payload.clone(),
            audience.clone(),
            counters.clone(),
        );
        let k = cfg.http_connections.max(1);
        workers.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut next = w % docs.len();
            while tokio::time::Instant::now() < deadline {
                let d = &docs[next];
                next = (next + k) % docs.len();
                let path = format!("/v1/docs/{}/log", d.id.to_hex());
                let Ok(req) = signed_request(
                    "POST",
                    &path,
                    &audience,
                    WriteOp::Append,
                    &d.id,
                    &d.writer,
                    payload.to_vec(),
                ) else {
                    counters.1.fetch_add(1, Ordering::Relaxed);
                    continue;
                };
                let t0 = Instant::now();
                match http_send(&mut http, req).await {
                    Ok((200, _)) => lat.push(t0.elapsed()),
                    Ok(_) => {
                        counters.1.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(_) => {
                        counters.1.fetch_add(1, Ordering::Relaxed);
                        match http_connect(addr).await {
                            Ok(h) => http = h,
                            Err(_) => break,
                        }
                    }
                }
            }
            lat
        }));
    }
    let mut lat = Vec::new();
    for w in workers {
        lat.extend(w.await.map_err(|e| e.to_string())?);
    }
    let seconds = started.elapsed().as_secs_f64();
    stop.notify_waiters();
    for s in subscribers {
        s.abort();
    }
    lat.sort_unstable();
    Ok(LoadReport {
        subscribed,
        appends: lat.len() as u64,
        appends_per_sec: lat.len() as f64 / seconds.max(1e-9),
        p50_ms: percentile(&lat, 0.50),
        p99_ms: percentile(&lat, 0.99),
        errors: counters.1.load(Ordering::Relaxed),
        pushes: counters.0.load(Ordering::Relaxed),
    })
}

/// Push latency across instances: a device subscribed on `to` is pushed each entry a device
/// appends through `from`; the time from sending the append to receiving the push, for
/// `samples` appends, sorted (ms).
pub fn push_latency(
    from: SocketAddr,
    to: SocketAddr,
    public_url: &str,
    samples: usize,
) -> Result<Vec<f64>, String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    rt.block_on(async {
        let audience = crate::wire::audience(public_url);
        let doc = create_docs(from, &audience, 1).await?.remove(0);
        let mut ws = subscribe(to, &doc).await?;
        let _first = ws.next().await; // the current head
        let mut http = http_connect(from).await?;
        let path = format!("/v1/docs/{}/log", doc.id.to_hex());
        let mut out = Vec::with_capacity(samples);
        for i in 1..=samples as u64 {
            let req = signed_request(
                "POST",
                &path,
                &audience,
                WriteOp::Append,
                &doc.id,
                &doc.writer,
                vec![1; 256],
            )?;
            let t0 = Instant::now();
            let (status, _) = http_send(&mut http, req).await?;
            if status != 200 {
                return Err(format!("append answered {status}"));
            }
            loop {
                let m = tokio::time::timeout(Duration::from_secs(10), ws.next())
                    .await
                    .map_err(|_| "no push within 10 s".to_string())?;
                if let Some(Ok(Message::Text(t))) = m
                    && let Ok(PushMessage::Head { seq } | PushMessage::Resync { seq }) =
                        serde_json::from_str(t.as_str())
                    && seq >= i
                {
                    out.push(t0.elapsed().as_secs_f64() * 1000.0);
                    break;
                }
            }
        }
        out.sort_by(f64::total_cmp);
        Ok(out)
    })
}
