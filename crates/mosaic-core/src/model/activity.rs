//! Activities attended: language cafés, lunches, sessions, volunteering...

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Date, EntryId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    LanguageCafe,
    InternationalLunch,
    InformationSession,
    Workshop,
    /// A conference or a working group.
    Conference,
    Volunteering,
    EscapeGame,
    Other,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 8] = [
        ActivityKind::LanguageCafe,
        ActivityKind::InternationalLunch,
        ActivityKind::InformationSession,
        ActivityKind::Workshop,
        ActivityKind::Conference,
        ActivityKind::Volunteering,
        ActivityKind::EscapeGame,
        ActivityKind::Other,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Activity {
    pub id: EntryId,
    pub kind: ActivityKind,
    /// Optional title; the kind is enough for a quick log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    #[serde(default = "yes")]
    pub attended: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The organiser's signed check-in code, kept as received (opaque here; `mosaic-attest`
    /// verifies it). Whether an activity is verified is always computed from this
    /// signature, never stored, so editing the entry cannot make it read as verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
    /// Signed confirmations (`ME1:` statements, kept verbatim; `mosaic-attest` verifies them
    /// every time they are shown). Older versions had an owner-set `confirmed` field here:
    /// it now becomes a self-reported note on read (see `legacy`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endorsements: Vec<String>,
}

fn yes() -> bool {
    true
}
