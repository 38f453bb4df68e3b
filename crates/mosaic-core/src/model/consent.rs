//! Consent to publish a story as a testimonial: what she gave, to which organisation, when,
//! and whether she has withdrawn it. The record stays in the portfolio for as long as she
//! keeps it, also after the story itself is erased: she still needs it to send the
//! withdrawal notice. It is kept on the device that published (and in her backups), never
//! in the synced document: mentors read that document, and the record holds the key that
//! signs the withdrawal and names the organisation. See [`crate::testimonial`].

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::EntryId;

/// One story published to one organisation.
///
/// Each testimonial is signed with its own Ed25519 key, made fresh when it is published,
/// never with the portfolio's, the device's or another testimonial's key: a key is an
/// identifier, and one shared key would let organisations (or anyone they pass files to)
/// link her testimonials to each other and to her portfolio. A fresh key proves only what it
/// needs to: that the withdrawal notice comes from whoever published that testimonial.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Consent {
    pub id: EntryId,
    /// The story published (it may have been erased since; the consent stays).
    pub story: EntryId,
    /// Who received it.
    pub organisation: String,
    /// The id written in the testimonial file and in its withdrawal notice.
    pub testimonial_id: Uuid,
    /// The title as published (the text sent is the story's body at that moment).
    pub title: String,
    /// The SHA-256 of the photo sent with it (one of the story's photos), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub included_photo: Option<String>,
    /// The first name sent with it; `None`: published without a name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// When she published it (the file's `published_at`), to the second.
    pub given_at: DateTime<Utc>,
    /// When she withdrew it (the notice's `withdrawn_at`); `None` while it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// The testimonial key's public half, hex (what the organisation holds).
    pub public_key: String,
    /// The testimonial key's secret seed, hex: needed to sign the withdrawal notice. Kept on
    /// this device only (the store is encrypted at rest), never in the synced document.
    pub secret_key: String,
}

impl Consent {
    /// Published and not withdrawn.
    pub fn is_active(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

/// A consent as the app shows it: everything in [`Consent`] but the testimonial key's secret
/// seed, which never leaves the core and the shell (the UI gets this, never a [`Consent`]).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ConsentView {
    pub id: EntryId,
    /// The story published (it may have been erased since; the consent stays).
    pub story: EntryId,
    /// Who received it.
    pub organisation: String,
    /// The id written in the testimonial file and in its withdrawal notice.
    pub testimonial_id: Uuid,
    /// The title as published.
    pub title: String,
    /// The SHA-256 of the photo sent with it, if any.
    pub included_photo: Option<String>,
    /// The first name sent with it; `None`: published without a name.
    pub first_name: Option<String>,
    /// When she published it, to the second.
    pub given_at: DateTime<Utc>,
    /// When she withdrew it; `None` while it stands.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// The testimonial key's public half, hex (what the organisation holds).
    pub public_key: String,
}

impl From<&Consent> for ConsentView {
    fn from(c: &Consent) -> Self {
        ConsentView {
            id: c.id,
            story: c.story,
            organisation: c.organisation.clone(),
            testimonial_id: c.testimonial_id,
            title: c.title.clone(),
            included_photo: c.included_photo.clone(),
            first_name: c.first_name.clone(),
            given_at: c.given_at,
            withdrawn_at: c.withdrawn_at,
            public_key: c.public_key.clone(),
        }
    }
}
