//! Photo, scan and Open Badge import: orientation, metadata stripping, limits, thumbnails.
//!
//! * [`import_attachment`] turns user-supplied bytes (JPEG, PNG, WebP photos and scans, PDFs) into
//!   the stored form: upright, metadata-free, downscaled, re-encoded, with a thumbnail and a
//!   SHA-256 for content addressing. The caller stores and de-duplicates.
//! * [`read_baked_badge`] reads an Open Badge (2.0 or 3.0) baked into a PNG and verifies what can
//!   be verified offline.
//!
//! Pure Rust, no network, no panics on untrusted input.

mod attachment;
mod audio;
pub mod badge;
pub mod bench;
mod error;
mod sniff;
#[cfg(feature = "testkit")]
pub mod testkit;

pub use attachment::{AttachmentKind, ImportedAttachment, Limits, Thumbnail, import_attachment};
pub use audio::{ImportedAudio, MAX_VOICE_NOTE_BYTES, import_voice_note};
pub use badge::{BadgeError, BadgeVersion, ImportedBadge, Verification, read_baked_badge};
pub use error::MediaError;
