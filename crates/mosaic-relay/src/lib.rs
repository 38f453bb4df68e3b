//! The blind relay: stores and forwards encrypted change logs, snapshots and blobs.
//!
//! It never sees plaintext and knows documents only by an opaque 32-byte id.
//!
//! - [`wire`] and [`auth`]: the protocol types and request signing, always compiled (the sync
//!   engine uses them with `default-features = false`).
//! - [`server`] (feature `server`, default): the axum relay (SQLite or PostgreSQL), [`bench`]
//!   (devices in the relay's process) and [`loadgen`] (devices against relay processes).
//! - [`client`] (feature `client`): a blocking client for every endpoint.
//!
//! The protocol is described in `PROTOCOL.md`.

pub mod auth;
pub mod wire;

#[cfg(feature = "server")]
pub mod server;

#[cfg(feature = "server")]
pub mod bench;

#[cfg(feature = "server")]
pub mod loadgen;

#[cfg(feature = "client")]
pub mod client;
