//! The relay's accept loop: a cap on open connections, hyper's header read timeout (which also
//! closes idle keep-alive connections: the timer runs whenever the next request head is
//! awaited), HTTP/1.1 with upgrades for WebSocket push, and a graceful drain on shutdown.
//!
//! `axum::serve` offers none of these knobs; without them one client holding sockets open with
//! half a header could use up the relay's file descriptors.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::{Semaphore, watch};
use tower_service::Service;

/// Connection limits for [`accept_loop`].
#[derive(Debug, Clone, Copy)]
pub(super) struct Limits {
    /// Most open (not yet upgraded) connections; more wait in the kernel's listen backlog.
    pub max_connections: usize,
    /// Time allowed for a complete request head, from connect or from the previous response.
    pub header_timeout: Duration,
}

/// How long shutdown waits for open requests to finish.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `shutdown` completes, then stops accepting, lets open
/// requests finish (bounded) and returns.
pub(super) async fn accept_loop(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let max = limits.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let permits = Arc::new(Semaphore::new(max));
    let (drain_tx, drain_rx) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = permits.clone().acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(x) => x,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        tokio::spawn(serve_connection(
            stream,
            peer,
            app.clone(),
            limits.header_timeout,
            drain_rx.clone(),
            permit,
        ));
    }
    drop(listener);
    let _ = drain_tx.send(true);
    // Every connection holds a permit until it ends: having them all back means drained.
    let all = u32::try_from(max).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, permits.acquire_many(all)).await;
    Ok(())
}

async fn serve_connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    app: Router,
    header_timeout: Duration,
    mut drain: watch::Receiver<bool>,
    _permit: tokio::sync::OwnedSemaphorePermit,
) {
    let svc = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        req.extensions_mut().insert(ConnectInfo(peer));
        let mut app = app.clone();
        // A Router is always ready; `call` needs no `poll_ready` first.
        async move { app.call(req).await }
    });
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .keep_alive(true);
    let conn = builder
        .serve_connection(TokioIo::new(stream), svc)
        .with_upgrades();
    let mut conn = std::pin::pin!(conn);
    tokio::select! {
        r = conn.as_mut() => {
            if let Err(e) = r {
                tracing::debug!(error = %e, "connection ended");
            }
        }
        // `is_ok()` drops the watch guard before the await below (it is not `Send`).
        true = async { drain.wait_for(|d| *d).await.is_ok() } => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}
