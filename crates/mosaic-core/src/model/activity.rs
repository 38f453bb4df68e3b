//! Activities attended: language cafés, lunches, sessions, volunteering...

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AttachmentRef, Date, EntryId};

/// What kind of activity. New kinds go at the end: signed check-in codes carry a
/// kind as its place in [`ActivityKind::ALL`].
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
    // Reciprocal learning with the host community, as the seed projects name it.
    CookingClass,
    CulturalFestival,
    Crafts,
    Celebration,
    /// A tandem or exchange: each teaches the other their language.
    LanguageExchange,
    CommunityProject,
}

impl ActivityKind {
    /// Every kind, in the order of the wire format (never reorder, only append).
    pub const ALL: [ActivityKind; 14] = [
        ActivityKind::LanguageCafe,
        ActivityKind::InternationalLunch,
        ActivityKind::InformationSession,
        ActivityKind::Workshop,
        ActivityKind::Conference,
        ActivityKind::Volunteering,
        ActivityKind::EscapeGame,
        ActivityKind::Other,
        ActivityKind::CookingClass,
        ActivityKind::CulturalFestival,
        ActivityKind::Crafts,
        ActivityKind::Celebration,
        ActivityKind::LanguageExchange,
        ActivityKind::CommunityProject,
    ];

    /// Kinds that are about the community more than about learning: with a
    /// contributing role they go in the CV's "volunteering and community" section.
    pub fn is_community(self) -> bool {
        matches!(
            self,
            ActivityKind::Volunteering
                | ActivityKind::CommunityProject
                | ActivityKind::CulturalFestival
                | ActivityKind::Celebration
        )
    }
}

/// What the person did at the activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ActivityRole {
    Participant,
    Volunteer,
    Speaker,
    Organiser,
}

impl ActivityRole {
    pub const ALL: [ActivityRole; 4] = [
        ActivityRole::Participant,
        ActivityRole::Volunteer,
        ActivityRole::Speaker,
        ActivityRole::Organiser,
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
    /// What it was about, e.g. an information session's subject ("Renting a flat").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Participant when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<ActivityRole>,
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
    /// Photos of the activity (metadata removed on import, like every attachment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<AttachmentRef>,
}

impl Activity {
    /// Whether the person gave to the community here (the CV's volunteering and
    /// community section): volunteering as such, or a contributing role at a
    /// community kind of activity.
    pub fn is_contribution(&self) -> bool {
        let role = self.role.unwrap_or(ActivityRole::Participant);
        self.kind == ActivityKind::Volunteering
            || self.kind == ActivityKind::CommunityProject
            || (self.kind.is_community() && role != ActivityRole::Participant)
            || role == ActivityRole::Volunteer
    }
}

fn yes() -> bool {
    true
}
