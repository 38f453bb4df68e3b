//! `mosaic-relay`: the blind relay server.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, ValueEnum};
use mosaic_relay::server::{self, Config};

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// Stores and forwards encrypted document logs, snapshots and blobs. Never sees plaintext.
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    /// SQLite database file (created if missing).
    #[arg(long, default_value = "mosaic-relay.db")]
    db: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 4 * 1024 * 1024)]
    max_body_bytes: usize,
    /// Sustained requests per second per client IP (0 disables the limit).
    #[arg(long, default_value_t = 20.0)]
    rate_per_sec: f64,
    /// Burst of requests per client IP.
    #[arg(long, default_value_t = 60.0)]
    rate_burst: f64,
    /// A reverse proxy in front of the relay (repeat for several): requests from it are
    /// rate limited by the client its X-Forwarded-For header names.
    #[arg(long = "trusted-proxy", value_name = "IP")]
    trusted_proxies: Vec<std::net::IpAddr>,
    /// Storage quota per document in bytes (log + snapshot + blobs).
    #[arg(long, default_value_t = 256 * 1024 * 1024)]
    doc_quota_bytes: u64,
    /// Most concurrent WebSocket subscriptions.
    #[arg(long, default_value_t = 20_000)]
    max_ws_connections: usize,
    /// Use SQLite synchronous=NORMAL (faster; an acknowledged write may be lost on power loss).
    #[arg(long)]
    no_fsync: bool,
    /// Log format on stderr.
    #[arg(long, value_enum, default_value = "text")]
    log_format: LogFormat,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("MOSAIC_RELAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let sub = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Json => sub.json().init(),
        LogFormat::Text => sub.init(),
    }
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("mosaic-relay: cannot start runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match rt.block_on(run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mosaic-relay: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), server::StartError> {
    let mut cfg = Config::new(&args.db);
    cfg.max_body_bytes = args.max_body_bytes;
    cfg.rate_per_sec = args.rate_per_sec;
    cfg.rate_burst = args.rate_burst;
    cfg.trusted_proxies = args.trusted_proxies;
    cfg.doc_quota_bytes = args.doc_quota_bytes;
    cfg.max_ws_connections = args.max_ws_connections;
    cfg.durable = !args.no_fsync;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let addr = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening on http://{addr}")?;
        out.flush()?;
    }
    tracing::info!(%addr, "relay started");
    server::serve(listener, cfg, shutdown_signal()).await?;
    tracing::info!("relay stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}
