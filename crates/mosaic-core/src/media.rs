//! Photos, scans and Open Badges into the store, through `mosaic-media`
//! (orientation applied, metadata stripped, size bounded, de-duplicated by hash).

use crate::api::{Mosaic, NewAttachment};
use crate::error::{Error, Result};
use crate::model::*;

impl Mosaic {
    /// Processes a user's file (photo, scan, PDF) and stores it once.
    pub fn import_attachment(
        &mut self,
        bytes: &[u8],
        file_name: Option<&str>,
    ) -> Result<AttachmentRef> {
        let imported =
            mosaic_media::import_attachment(bytes, file_name, &mosaic_media::Limits::default())
                .map_err(|e| Error::Attachment(e.to_string()))?;
        self.put_attachment(NewAttachment {
            bytes: imported.bytes,
            mime: imported.mime.to_string(),
            file_name: file_name.map(|n| n.chars().take(200).collect()),
            width: imported.width,
            height: imported.height,
            thumbnail: imported.thumbnail.map(|t| (t.mime.to_string(), t.bytes)),
        })
    }

    /// Adds a photo to an activity or a story in one intent. Only images: a PDF or
    /// anything else is refused before it is stored.
    pub fn attach_photo(
        &mut self,
        id: PortfolioId,
        section: Section,
        entry: EntryId,
        bytes: &[u8],
        file_name: Option<&str>,
    ) -> Result<AttachmentRef> {
        match section {
            Section::Activities => {
                self.add_photo::<Activity>(id, entry, bytes, file_name, |a| &mut a.photos)
            }
            Section::Stories => {
                self.add_photo::<Story>(id, entry, bytes, file_name, |s| &mut s.photos)
            }
            Section::Reflections => {
                self.add_photo::<Reflection>(id, entry, bytes, file_name, |r| &mut r.photos)
            }
            other => Err(Error::Attachment(format!(
                "photos go with activities, stories and reflections, not with {}",
                other.key()
            ))),
        }
    }

    /// Sets the voice note of a reflection (replacing an earlier one) in one intent.
    pub fn attach_voice_note(
        &mut self,
        id: PortfolioId,
        reflection: EntryId,
        bytes: &[u8],
    ) -> Result<AttachmentRef> {
        let mut r: Reflection = self.get(id, reflection)?;
        let voice = self.store_voice_note(bytes)?;
        if r.voice.as_ref().map(|v| &v.sha256) != Some(&voice.sha256) {
            r.voice = Some(voice.clone());
            self.update(id, r)?;
        }
        Ok(voice)
    }

    /// Stores a voice note on its own, for a reflection about to be written with it
    /// (one that is only a recording). Only a sound recording of at most
    /// [`mosaic_media::MAX_VOICE_NOTE_BYTES`] is kept; files no entry uses are collected.
    pub fn store_voice_note(&mut self, bytes: &[u8]) -> Result<AttachmentRef> {
        let audio = mosaic_media::import_voice_note(bytes)
            .map_err(|e| Error::Attachment(format!("voice note: {e}")))?;
        self.put_attachment(NewAttachment {
            bytes: audio.bytes,
            mime: audio.mime.to_string(),
            file_name: None,
            width: None,
            height: None,
            thumbnail: None,
        })
    }

    /// Stores the photo and adds it to the entry's `photos`, once.
    fn add_photo<E>(
        &mut self,
        id: PortfolioId,
        entry: EntryId,
        bytes: &[u8],
        file_name: Option<&str>,
        photos: impl Fn(&mut E) -> &mut Vec<AttachmentRef>,
    ) -> Result<AttachmentRef>
    where
        E: crate::projection::Project + crate::validate::Validate,
    {
        let mut e: E = self.get(id, entry)?;
        let photo = self.import_photo(bytes, file_name, photos(&mut e))?;
        if !photos(&mut e).iter().any(|p| p.sha256 == photo.sha256) {
            photos(&mut e).push(photo.clone());
            self.update(id, e)?;
        }
        Ok(photo)
    }

    fn import_photo(
        &mut self,
        bytes: &[u8],
        file_name: Option<&str>,
        already: &[AttachmentRef],
    ) -> Result<AttachmentRef> {
        if already.len() >= crate::validate::MAX_PHOTOS {
            return Err(Error::Attachment(format!(
                "at most {} photos per entry",
                crate::validate::MAX_PHOTOS
            )));
        }
        let imported =
            mosaic_media::import_attachment(bytes, file_name, &mosaic_media::Limits::default())
                .map_err(|e| Error::Attachment(e.to_string()))?;
        if !imported.mime.starts_with("image/") {
            return Err(Error::Attachment(format!(
                "only a photo can go here; this file is {}",
                imported.mime
            )));
        }
        self.put_attachment(NewAttachment {
            bytes: imported.bytes,
            mime: imported.mime.to_string(),
            file_name: file_name.map(|n| n.chars().take(200).collect()),
            width: imported.width,
            height: imported.height,
            thumbnail: imported.thumbnail.map(|t| (t.mime.to_string(), t.bytes)),
        })
    }

    /// Attaches a file to a certificate in one intent.
    pub fn attach_to_certificate(
        &mut self,
        id: PortfolioId,
        certificate: EntryId,
        bytes: &[u8],
        file_name: Option<&str>,
    ) -> Result<AttachmentRef> {
        let mut cert: Certificate = self.get(id, certificate)?;
        let attachment = self.import_attachment(bytes, file_name)?;
        if !cert
            .attachments
            .iter()
            .any(|a| a.sha256 == attachment.sha256)
        {
            cert.attachments.push(attachment.clone());
            self.update(id, cert)?;
        }
        Ok(attachment)
    }

    /// Imports a baked Open Badge PNG as a certificate, keeping the credential
    /// verbatim and recording whether its proof could be checked offline.
    pub fn import_badge(&mut self, id: PortfolioId, png: &[u8]) -> Result<EntryId> {
        let badge =
            mosaic_media::read_baked_badge(png).map_err(|e| Error::Attachment(e.to_string()))?;
        let verification = match &badge.verification {
            mosaic_media::Verification::Verified { method } => Verification::Credential {
                method: method.clone(),
            },
            mosaic_media::Verification::NotVerified { reason } => {
                Verification::CredentialNotVerified {
                    reason: reason.clone(),
                }
            }
        };
        let issued_on = badge
            .issued_on
            .as_deref()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse::<Date>().ok());
        let image = self.import_attachment(png, Some("badge.png")).ok();
        let cert = Certificate {
            id: uuid::Uuid::now_v7(),
            title: badge.name.clone().unwrap_or_else(|| "Open Badge".into()),
            kind: CertificateKind::Other,
            issuer: badge.issuer_name.clone().or(badge.issuer_id.clone()),
            issued_on,
            expires_on: None,
            level: None,
            attachments: image.into_iter().collect(),
            verification,
            credential: Some(badge.credential_json),
            note: None,
            endorsements: vec![],
        };
        self.add(id, cert)
    }
}
