//! `mosaic-relay`: the blind relay server.

use clap::{Parser, Subcommand, ValueEnum};
use mosaic_relay::server::store::{self, Database};
use mosaic_relay::server::{self, Config};
use std::io::Write;
use std::net::SocketAddr;

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

/// Stores and forwards encrypted document logs, snapshots and blobs. Never sees plaintext.
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Where to keep the data: an SQLite file (created if missing), or a PostgreSQL URL
    /// (`postgres://user@host/db`) that several relay instances share.
    #[arg(long, default_value = "mosaic-relay.db")]
    db: String,
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
    /// Documents one client (IPv4 address, or IPv6 /64) may create.
    #[arg(long, default_value_t = 1000)]
    max_docs_per_client: u64,
    /// Bytes stored in all documents one client created.
    #[arg(long, default_value_t = 4 * 1024 * 1024 * 1024)]
    client_quota_bytes: u64,
    /// Bytes stored by the whole relay; beyond it writes get 507 storage_full (keep it below
    /// the free disk space).
    #[arg(long, default_value_t = 32 * 1024 * 1024 * 1024)]
    max_total_bytes: u64,
    /// The relay's public URL as clients address it (repeat for several). Signed requests
    /// must name it. Default: http://<listen address>. Set it behind a TLS proxy.
    #[arg(long = "public-url", value_name = "URL")]
    public_urls: Vec<String>,
    /// Most concurrent WebSocket subscriptions.
    #[arg(long, default_value_t = 20_000)]
    max_ws_connections: usize,
    /// Most open HTTP connections (others wait); keep it, plus max-ws-connections, under
    /// the process's file descriptor limit (ulimit -n).
    #[arg(long, default_value_t = 25_000)]
    max_connections: usize,
    /// Seconds a connection may take to send a complete request head (also the idle time
    /// after which a keep-alive connection is closed).
    #[arg(long, default_value_t = 20)]
    header_timeout_secs: u64,
    /// Seconds to receive a request body and answer it.
    #[arg(long, default_value_t = 60)]
    request_timeout_secs: u64,
    /// Use SQLite synchronous=NORMAL (faster; an acknowledged write may be lost on power loss).
    #[arg(long)]
    no_fsync: bool,
    /// Log format on stderr.
    #[arg(long, value_enum, default_value = "text")]
    log_format: LogFormat,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Copies everything from an SQLite relay database into an empty PostgreSQL one
    /// (documents, logs, snapshots, blobs, keys, tokens, usage); devices keep syncing with
    /// no re-share. Stop the relay that uses FILE first.
    Migrate {
        /// The SQLite database file.
        #[arg(long)]
        from: std::path::PathBuf,
        /// The PostgreSQL URL.
        #[arg(long)]
        to: String,
    },
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let mut filter = tracing_subscriber::EnvFilter::try_from_env("MOSAIC_RELAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // The PostgreSQL client logs every statement with its parameters at debug level:
    // document ids, key hashes and ciphertext must never reach a log, whatever the level.
    for quiet in ["tokio_postgres=info", "deadpool=info"] {
        if let Ok(d) = quiet.parse() {
            filter = filter.add_directive(d);
        }
    }
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
    let outcome = match args.command {
        Some(Command::Migrate { ref from, ref to }) => rt
            .block_on(store::migrate::sqlite_to_postgres(from, to))
            .map(|report| println!("{report}"))
            .map_err(|e| e.to_string()),
        None => rt.block_on(run(args)).map_err(|e| e.to_string()),
    };
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mosaic-relay: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), server::StartError> {
    let mut cfg = Config::new(Database::parse(&args.db));
    cfg.max_body_bytes = args.max_body_bytes;
    cfg.rate_per_sec = args.rate_per_sec;
    cfg.rate_burst = args.rate_burst;
    cfg.trusted_proxies = args.trusted_proxies;
    cfg.doc_quota_bytes = args.doc_quota_bytes;
    cfg.max_ws_connections = args.max_ws_connections;
    cfg.max_docs_per_client = args.max_docs_per_client;
    cfg.client_quota_bytes = args.client_quota_bytes;
    cfg.max_total_bytes = args.max_total_bytes;
    cfg.public_urls = args.public_urls;
    cfg.max_connections = args.max_connections;
    cfg.header_timeout = std::time::Duration::from_secs(args.header_timeout_secs.max(1));
    cfg.request_timeout = std::time::Duration::from_secs(args.request_timeout_secs.max(1));
    cfg.durable = !args.no_fsync;
    // The database first: a relay that cannot reach it does not claim to be listening.
    let db = store::open(&cfg.db, cfg.durable).await?;
    tracing::info!(backend = db.kind(), db = %cfg.db.display(), "database ready");
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let addr = listener.local_addr()?;
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "listening on http://{addr}")?;
        out.flush()?;
    }
    if cfg.public_urls.is_empty() {
        tracing::warn!(%addr, "no --public-url: accepting requests signed for http://{addr} only");
    }
    tracing::info!(%addr, "relay started");
    server::serve_with(listener, cfg, db, shutdown_signal()).await?;
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
