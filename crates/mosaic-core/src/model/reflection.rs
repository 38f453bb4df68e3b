//! Reflections: what she did at an activity, what she learned, the new words, who she
//! met, told in writing, with photos or as a voice note.
//!
//! Private by default, like stories: a private reflection is kept on this phone only
//! (never in the synced document, so no mentor, relay or other device gets it); one she
//! chooses to share goes into the document, to her other devices and her mentors.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AttachmentRef, Date, EntryId, Visibility};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Reflection {
    pub id: EntryId,
    /// The activity this reflects on; a reflection may also stand alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<EntryId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// What I did.
    #[serde(default)]
    pub did: String,
    /// What I learned.
    #[serde(default)]
    pub learned: String,
    /// New words, each as she wrote it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_words: Vec<String>,
    /// Who I met.
    #[serde(default)]
    pub met: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<AttachmentRef>,
    /// A voice note recorded in the app (an audio attachment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<AttachmentRef>,
    #[serde(default)]
    pub visibility: Visibility,
}

impl Reflection {
    /// Whether anything was said at all: text, a word, a photo or a voice note.
    pub fn is_empty(&self) -> bool {
        [&self.did, &self.learned, &self.met]
            .iter()
            .all(|t| t.trim().is_empty())
            && self.new_words.iter().all(|w| w.trim().is_empty())
            && self.photos.is_empty()
            && self.voice.is_none()
    }

    /// A one-line label for lists and history: the first thing she said.
    pub fn label(&self) -> String {
        [&self.did, &self.learned, &self.met]
            .into_iter()
            .map(|t| t.trim())
            .find(|t| !t.is_empty())
            .map(|t| t.chars().take(80).collect())
            .unwrap_or_else(|| {
                if self.voice.is_some() {
                    "voice note".into()
                } else {
                    "reflection".into()
                }
            })
    }
}
