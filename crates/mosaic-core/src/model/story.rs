//! Stories and reflections: private unless the person chooses otherwise.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AttachmentRef, Date, EntryId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Only on this person's devices.
    #[default]
    Private,
    /// Also visible to mentors the portfolio is shared with.
    Mentors,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Story {
    pub id: EntryId,
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default)]
    pub visibility: Visibility,
    /// Photos that go with the story.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<AttachmentRef>,
}
