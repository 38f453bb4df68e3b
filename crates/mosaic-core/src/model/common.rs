//! Small value types shared by several sections.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// Identifies one entry inside a section. Random (v4) so that two devices adding
/// entries offline never collide.
pub type EntryId = Uuid;

/// Identifies one portfolio (one Automerge document).
pub type PortfolioId = Uuid;

/// A calendar date without time zone, written `YYYY-MM-DD`.
pub type Date = NaiveDate;

/// A level on the Common European Framework of Reference, ordered from lowest to highest.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[ts(export)]
pub enum Cefr {
    #[serde(rename = "pre-A1")]
    PreA1,
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: [Cefr; 7] = [
        Cefr::PreA1,
        Cefr::A1,
        Cefr::A2,
        Cefr::B1,
        Cefr::B2,
        Cefr::C1,
        Cefr::C2,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::PreA1 => "pre-A1",
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }

    /// 0 for pre-A1 up to 6 for C2; used by projections and charts.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

impl std::str::FromStr for Cefr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Cefr::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| format!("`{s}` is not a CEFR level (pre-A1, A1, A2, B1, B2, C1, C2)"))
    }
}

/// A stored file (photo, scan, PDF) referenced by the SHA-256 of its stored bytes.
/// The bytes live in the store's attachment table, never in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct AttachmentRef {
    /// Lower-case hex SHA-256 of the stored bytes.
    pub sha256: String,
    pub mime: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    pub size: u64,
}
