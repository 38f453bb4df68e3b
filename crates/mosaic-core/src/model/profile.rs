//! Who the portfolio belongs to.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AttachmentRef;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(default)]
pub struct Profile {
    /// Full name in Latin script, as on official host-country documents.
    pub name_latin: String,
    /// Full name as the person writes it in their own script (Arabic, Ge'ez, Cyrillic...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_own_script: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub photo: Option<AttachmentRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// BCP 47 codes of the person's mother tongues, e.g. `ti`, `fa-AF`.
    pub mother_tongues: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}
