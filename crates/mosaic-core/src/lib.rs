//! The portfolio core: model, Automerge document, SQLite store and the one API
//! (`Mosaic`) that every front end calls. No Tauri, no network.

pub mod api;
mod competences;
pub mod doc;
pub mod encrypt;
pub mod error;
pub mod fsutil;
pub mod interchange;
mod iso639;
pub mod keys;
pub mod keystore;
pub mod legacy;
mod local;
pub mod lockout;
mod media;
pub mod model;
pub mod numerals;
pub mod projection;
pub mod sample;
pub mod sealed;
pub mod store;
pub mod template;
pub mod testimonial;
pub mod validate;
pub mod view;

pub use api::{DoctorReport, Mosaic, NewAttachment, STORE_FILE, StoredAttachment};
pub use doc::{HistoryEvent, Intent};
pub use error::{Error, Result};
pub use model::*;
pub use projection::PortfolioSummary;
pub use template::ProgrammeTemplate;
pub use validate::{Validate, ValidationError};

/// Re-exported so other crates use the same Automerge types as the core.
pub use automerge;
