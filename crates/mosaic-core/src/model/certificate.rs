//! Certificates and documents, with their attachments and verification state.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AttachmentRef, Date, EntryId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CertificateKind {
    Language,
    Vocational,
    Education,
    Orientation,
    /// Recognition of a foreign qualification.
    Recognition,
    Other,
}

/// How far a certificate can be trusted.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Verification {
    #[default]
    Unverified,
    // A mentor's word that they saw the original is a signed statement in `endorsements`,
    // never a state the owner can set; older `mentor_confirmed` data becomes a note on read.
    /// An embedded verifiable credential (e.g. an Open Badge) whose proof checked out.
    Credential { method: String },
    /// An embedded credential that could not be verified, with the reason.
    CredentialNotVerified { reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Certificate {
    pub id: EntryId,
    pub title: String,
    pub kind: CertificateKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<Date>,
    /// Free-form level, e.g. "B1", "EQF 4", "Stage 2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default)]
    pub attachments: Vec<AttachmentRef>,
    #[serde(default)]
    pub verification: Verification,
    /// An embedded credential (Open Badge JSON), kept verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Signed confirmations (`ME1:`, e.g. a mentor saw the original), kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endorsements: Vec<String>,
}
