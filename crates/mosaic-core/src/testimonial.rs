//! Stories as testimonials, with consent (issue 16, item 5).
//!
//! The owner publishes one story to an organisation's collection of best practices as a
//! file: the story's title and text, optionally one of its photos, her first name or none.
//! A [`Consent`] record in the portfolio remembers what went to whom and when; withdrawing
//! gives a signed notice for the organisation.
//!
//! Each testimonial has its own Ed25519 key, made when it is published (see [`Consent`] for
//! why never the portfolio's or the device's key). The signature proves that the file is
//! unchanged since it was signed and that a withdrawal notice comes from whoever holds that
//! testimonial's key, which only the publisher has. It does not prove who she is, that the
//! story is true, or that the first name is hers: anyone can make a key and sign a file.
//!
//! # File formats (version 1)
//!
//! A testimonial is JSON: `format` (`mosaic-testimonial`), `version`, `testimonial_id`,
//! `organisation`, `title`, `body`, `first_name` (or `null`), `photo` (`{mime, data}`, data in
//! standard base64, or `null`), `published_at` (RFC 3339), `digests`, `public_key` (hex) and
//! `signature` (standard base64).
//!
//! The signature is Ed25519 over `"mosaic-testimonial/v1\n"` followed by the compact
//! `serde_json` encoding of [`SignedTestimonial`]: `format`, `version`, `testimonial_id`,
//! `organisation`, `published_at`, `public_key`, `digests` in that order, strings exactly as
//! in the file. `digests` holds the SHA-256 (hex) of the title, the body, the first name
//! (`null` without one) and the photo's bytes with its MIME type: signing digests rather than
//! the content lets a verifier say *which* part was changed.
//!
//! A withdrawal notice: `format` (`mosaic-testimonial-withdrawal`), `version`,
//! `testimonial_id`, `organisation`, `withdrawn_at`, `public_key`, `signature`: Ed25519 with the
//! testimonial's key over `"mosaic-testimonial-withdrawal/v1\n"` and the compact encoding of
//! [`SignedWithdrawal`] (every field but the signature, in that order).
//!
//! Title, body and first name are free text from the owner (or, for an organisation, from
//! anyone): they are kept as data, bounded like portfolio entries, never rendered as markup.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::api::Mosaic;
use crate::error::{Error, Result};
use crate::model::{Consent, EntryId, PortfolioId, Story};
use crate::validate::{Checker, Validate};

pub const FORMAT: &str = "mosaic-testimonial";
pub const WITHDRAWAL_FORMAT: &str = "mosaic-testimonial-withdrawal";
pub const VERSION: u32 = 1;
/// Largest testimonial file read (a story and one stored photo are far smaller); larger
/// input is refused before it is parsed.
pub const MAX_TESTIMONIAL_BYTES: usize = 20 * 1024 * 1024;
/// Largest withdrawal notice read.
pub const MAX_WITHDRAWAL_BYTES: usize = 64 * 1024;

const TESTIMONIAL_CONTEXT: &[u8] = b"mosaic-testimonial/v1\n";
const WITHDRAWAL_CONTEXT: &[u8] = b"mosaic-testimonial-withdrawal/v1\n";

fn fail(message: impl Into<String>) -> Error {
    Error::Testimonial(message.into())
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The public key (hex) of a hex secret seed; `None` when it is not 32 bytes of hex.
pub fn public_key_hex(secret_hex: &str) -> Option<String> {
    let key = signing_key(secret_hex)?;
    Some(hex::encode(key.verifying_key().to_bytes()))
}

fn signing_key(secret_hex: &str) -> Option<SigningKey> {
    let bytes: [u8; 32] = hex::decode(secret_hex).ok()?.try_into().ok()?;
    Some(SigningKey::from_bytes(&bytes))
}

fn time_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A photo inside a testimonial file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoFile {
    pub mime: String,
    /// The bytes in standard base64.
    pub data: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhotoDigest {
    pub mime: String,
    pub sha256: String,
}

/// SHA-256 (hex) of each part of the content, signed in place of the content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digests {
    pub title: String,
    pub body: String,
    pub first_name: Option<String>,
    pub photo: Option<PhotoDigest>,
}

/// A testimonial file as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestimonialFile {
    pub format: String,
    pub version: u32,
    pub testimonial_id: String,
    pub organisation: String,
    pub title: String,
    pub body: String,
    pub first_name: Option<String>,
    pub photo: Option<PhotoFile>,
    pub published_at: String,
    pub digests: Digests,
    pub public_key: String,
    pub signature: String,
}

/// What the testimonial's signature covers, in this field order.
#[derive(Serialize)]
pub struct SignedTestimonial<'a> {
    pub format: &'a str,
    pub version: u32,
    pub testimonial_id: &'a str,
    pub organisation: &'a str,
    pub published_at: &'a str,
    pub public_key: &'a str,
    pub digests: &'a Digests,
}

impl TestimonialFile {
    fn signed_message(&self) -> Result<Vec<u8>> {
        let mut msg = TESTIMONIAL_CONTEXT.to_vec();
        msg.extend(serde_json::to_vec(&SignedTestimonial {
            format: &self.format,
            version: self.version,
            testimonial_id: &self.testimonial_id,
            organisation: &self.organisation,
            published_at: &self.published_at,
            public_key: &self.public_key,
            digests: &self.digests,
        })?);
        Ok(msg)
    }
}

/// A withdrawal notice as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithdrawalFile {
    pub format: String,
    pub version: u32,
    pub testimonial_id: String,
    pub organisation: String,
    pub withdrawn_at: String,
    pub public_key: String,
    pub signature: String,
}

/// What the notice's signature covers, in this field order.
#[derive(Serialize)]
pub struct SignedWithdrawal<'a> {
    pub format: &'a str,
    pub version: u32,
    pub testimonial_id: &'a str,
    pub organisation: &'a str,
    pub withdrawn_at: &'a str,
    pub public_key: &'a str,
}

impl WithdrawalFile {
    fn signed_message(&self) -> Result<Vec<u8>> {
        let mut msg = WITHDRAWAL_CONTEXT.to_vec();
        msg.extend(serde_json::to_vec(&SignedWithdrawal {
            format: &self.format,
            version: self.version,
            testimonial_id: &self.testimonial_id,
            organisation: &self.organisation,
            withdrawn_at: &self.withdrawn_at,
            public_key: &self.public_key,
        })?);
        Ok(msg)
    }
}

/// A photo as the organisation received it.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedPhoto {
    pub mime: String,
    pub bytes: Vec<u8>,
    pub sha256: String,
}

/// A testimonial whose signature and content check out.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedTestimonial {
    pub testimonial_id: Uuid,
    pub organisation: String,
    pub title: String,
    pub body: String,
    pub first_name: Option<String>,
    pub photo: Option<VerifiedPhoto>,
    pub published_at: DateTime<Utc>,
    /// Hex; the key a withdrawal notice must be signed with.
    pub public_key: String,
}

/// A withdrawal notice that checks out against its testimonial.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedWithdrawal {
    pub testimonial_id: Uuid,
    pub organisation: String,
    pub withdrawn_at: DateTime<Utc>,
}

fn verifying_key(hex_key: &str, whose: &str) -> Result<VerifyingKey> {
    let bytes: [u8; 32] = hex::decode(hex_key)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| fail(format!("{whose} public key is not a hex Ed25519 key")))?;
    VerifyingKey::from_bytes(&bytes)
        .map_err(|_| fail(format!("{whose} public key is not a valid Ed25519 key")))
}

fn signature(b64: &str, whose: &str) -> Result<Signature> {
    let bytes: [u8; 64] = B64
        .decode(b64)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            fail(format!(
                "{whose} signature is not a base64 Ed25519 signature"
            ))
        })?;
    Ok(Signature::from_bytes(&bytes))
}

fn parse_time(text: &str, field: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| fail(format!("{field} `{text}` is not an RFC 3339 time")))
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str, format: &str) -> Result<T> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| fail(format!("not a {what} (not valid JSON: {e})")))?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(f) if f == format => {}
        Some(other) => return Err(fail(format!("not a {what} (format is `{other}`)"))),
        None => return Err(fail(format!("not a {what} (no `format`)"))),
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(fail(format!(
                "{what} version {v} is not supported (this build reads version {VERSION})"
            )));
        }
        None => return Err(fail(format!("{what} has no version"))),
    }
    serde_path_to_error::deserialize(value)
        .map_err(|e| fail(format!("{what} field `{}`: {}", e.path(), e.inner())))
}

/// Checks a testimonial file: size, format, signature, then each part against its signed
/// digest. Every failure says what is wrong; nothing here panics on any input.
pub fn verify_testimonial(bytes: &[u8]) -> Result<VerifiedTestimonial> {
    if bytes.len() > MAX_TESTIMONIAL_BYTES {
        return Err(fail(format!(
            "the file is {} bytes; a testimonial is at most {MAX_TESTIMONIAL_BYTES}",
            bytes.len()
        )));
    }
    let file: TestimonialFile = parse_json(bytes, "Mosaic testimonial", FORMAT)?;
    let key = verifying_key(&file.public_key, "the testimonial's")?;
    let sig = signature(&file.signature, "the testimonial's")?;
    key.verify_strict(&file.signed_message()?, &sig)
        .map_err(|_| {
            fail(
                "the signature does not match the public key: the file was not signed with this \
             key, or its id, organisation, date, digests or key were changed",
            )
        })?;
    // The signature holds: each part must be what was signed.
    if sha256_hex(file.title.as_bytes()) != file.digests.title {
        return Err(fail("the title was changed after signing"));
    }
    if sha256_hex(file.body.as_bytes()) != file.digests.body {
        return Err(fail("the text (body) was changed after signing"));
    }
    if file.first_name.as_deref().map(|n| sha256_hex(n.as_bytes())) != file.digests.first_name {
        return Err(fail("the first name was changed after signing"));
    }
    let photo = match (&file.photo, &file.digests.photo) {
        (None, None) => None,
        (Some(p), Some(d)) => {
            let bytes = B64
                .decode(&p.data)
                .map_err(|_| fail("the photo was changed after signing (not base64)"))?;
            let sha256 = sha256_hex(&bytes);
            if sha256 != d.sha256 || p.mime != d.mime {
                return Err(fail("the photo was changed after signing"));
            }
            if !p.mime.starts_with("image/") {
                return Err(fail(format!(
                    "the photo's type `{}` is not an image",
                    p.mime
                )));
            }
            Some(VerifiedPhoto {
                mime: p.mime.clone(),
                bytes,
                sha256,
            })
        }
        _ => return Err(fail("the photo was added or removed after signing")),
    };
    let testimonial_id = file
        .testimonial_id
        .parse()
        .map_err(|_| fail("the testimonial id is not a UUID"))?;
    let published_at = parse_time(&file.published_at, "published_at")?;
    // Signed, but by anyone's key: the text is still bounded like the portfolio's own.
    let c = Checker::new("$");
    (|| {
        c.required("organisation", &file.organisation)?;
        c.required("title", &file.title)?;
        c.long("body", &file.body)?;
        c.opt_short("first_name", &file.first_name)
    })()
    .map_err(|e| fail(e.to_string()))?;
    Ok(VerifiedTestimonial {
        testimonial_id,
        organisation: file.organisation,
        title: file.title,
        body: file.body,
        first_name: file.first_name,
        photo,
        published_at,
        public_key: file.public_key.to_ascii_lowercase(),
    })
}

/// Checks a withdrawal notice against the testimonial it withdraws: the notice must name
/// that testimonial and be signed with its key.
pub fn verify_withdrawal(notice: &[u8], testimonial: &[u8]) -> Result<VerifiedWithdrawal> {
    let t = verify_testimonial(testimonial)?;
    if notice.len() > MAX_WITHDRAWAL_BYTES {
        return Err(fail(format!(
            "the notice is {} bytes; a withdrawal notice is at most {MAX_WITHDRAWAL_BYTES}",
            notice.len()
        )));
    }
    let file: WithdrawalFile = parse_json(notice, "Mosaic withdrawal notice", WITHDRAWAL_FORMAT)?;
    let testimonial_id: Uuid = file
        .testimonial_id
        .parse()
        .map_err(|_| fail("the notice's testimonial id is not a UUID"))?;
    if testimonial_id != t.testimonial_id {
        return Err(fail(format!(
            "the notice withdraws testimonial {testimonial_id}, not this one ({})",
            t.testimonial_id
        )));
    }
    if !file.public_key.eq_ignore_ascii_case(&t.public_key) {
        return Err(fail(
            "the notice is signed with another key than the testimonial's",
        ));
    }
    let key = verifying_key(&file.public_key, "the notice's")?;
    let sig = signature(&file.signature, "the notice's")?;
    key.verify_strict(&file.signed_message()?, &sig)
        .map_err(|_| {
            fail("the notice's signature does not match the testimonial's key: it was changed or forged")
        })?;
    if file.organisation != t.organisation {
        return Err(fail(format!(
            "the notice is addressed to `{}`, the testimonial to `{}`",
            file.organisation, t.organisation
        )));
    }
    Ok(VerifiedWithdrawal {
        testimonial_id,
        organisation: file.organisation,
        withdrawn_at: parse_time(&file.withdrawn_at, "withdrawn_at")?,
    })
}

/// The withdrawal notice of a withdrawn consent; the same bytes every time (Ed25519
/// signatures are deterministic), so she can send it again.
pub fn withdrawal_notice(consent: &Consent) -> Result<Vec<u8>> {
    let withdrawn_at = consent
        .withdrawn_at
        .ok_or_else(|| fail("this consent has not been withdrawn"))?;
    let key = signing_key(&consent.secret_key)
        .ok_or_else(|| Error::Corrupt("the consent's testimonial key is not valid".into()))?;
    let mut file = WithdrawalFile {
        format: WITHDRAWAL_FORMAT.into(),
        version: VERSION,
        testimonial_id: consent.testimonial_id.to_string(),
        organisation: consent.organisation.clone(),
        withdrawn_at: time_text(withdrawn_at),
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: String::new(),
    };
    file.signature = B64.encode(key.sign(&file.signed_message()?).to_bytes());
    Ok(serde_json::to_vec_pretty(&file)?)
}

fn same_organisation(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Mosaic {
    /// Publishes story `story` of portfolio `id` to `organisation` as a signed testimonial
    /// file, and records the consent in the portfolio (in one intent). `photo` must be the
    /// SHA-256 of one of the story's photos (stored photos carry no metadata); `first_name`
    /// `None` publishes without a name. Works for "only me" stories too: publishing is the
    /// explicit consent. A story already published to the same organisation, and not
    /// withdrawn, is refused.
    pub fn publish_testimonial(
        &mut self,
        id: PortfolioId,
        story: EntryId,
        organisation: &str,
        photo: Option<&str>,
        first_name: Option<&str>,
    ) -> Result<(Consent, Vec<u8>)> {
        let s: Story = self.get(id, story)?;
        let organisation = organisation.trim().to_string();
        let first_name = first_name.map(|n| n.trim().to_string());
        if let Some(active) = self.list::<Consent>(id)?.into_iter().find(|c| {
            c.story == story && c.is_active() && same_organisation(&c.organisation, &organisation)
        }) {
            return Err(fail(format!(
                "this story is already published to {} (consent {}); withdraw it first to publish it there again",
                active.organisation, active.id
            )));
        }
        let photo = match photo {
            None => None,
            Some(sha) => {
                let sha = sha.trim().to_ascii_lowercase();
                if !s.photos.iter().any(|p| p.sha256 == sha) {
                    return Err(fail(format!(
                        "photo {sha} is not one of this story's photos"
                    )));
                }
                let stored = self.attachment(&sha)?;
                Some((sha, stored))
            }
        };
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|e| fail(format!("no randomness: {e}")))?;
        let key = SigningKey::from_bytes(&seed);
        let public_key = hex::encode(key.verifying_key().to_bytes());
        let given_at = Utc::now().trunc_subsecs(0);
        let consent = Consent {
            id: Uuid::now_v7(),
            story,
            organisation: organisation.clone(),
            testimonial_id: Uuid::new_v4(),
            title: s.title.clone(),
            included_photo: photo.as_ref().map(|(sha, _)| sha.clone()),
            first_name: first_name.clone(),
            given_at,
            withdrawn_at: None,
            public_key: public_key.clone(),
            secret_key: hex::encode(seed),
        };
        consent.validate()?;
        let mut file = TestimonialFile {
            format: FORMAT.into(),
            version: VERSION,
            testimonial_id: consent.testimonial_id.to_string(),
            organisation,
            title: s.title.clone(),
            body: s.body.clone(),
            first_name: first_name.clone(),
            photo: photo.as_ref().map(|(_, p)| PhotoFile {
                mime: p.mime.clone(),
                data: B64.encode(&p.bytes),
            }),
            published_at: time_text(given_at),
            digests: Digests {
                title: sha256_hex(s.title.as_bytes()),
                body: sha256_hex(s.body.as_bytes()),
                first_name: first_name.as_deref().map(|n| sha256_hex(n.as_bytes())),
                photo: photo.as_ref().map(|(sha, p)| PhotoDigest {
                    mime: p.mime.clone(),
                    sha256: sha.clone(),
                }),
            },
            public_key,
            signature: String::new(),
        };
        file.signature = B64.encode(key.sign(&file.signed_message()?).to_bytes());
        let bytes = serde_json::to_vec_pretty(&file)?;
        if bytes.len() > MAX_TESTIMONIAL_BYTES {
            return Err(fail(
                "the story and its photo are larger than a testimonial may be",
            ));
        }
        self.add(id, consent.clone())?;
        Ok((consent, bytes))
    }

    /// Withdraws a consent: records when, and gives the signed notice for the organisation.
    /// Withdrawing again changes nothing and gives the same notice (to send it again).
    pub fn withdraw_testimonial(&mut self, id: PortfolioId, consent: EntryId) -> Result<Vec<u8>> {
        let mut c: Consent = self.get(id, consent)?;
        if c.withdrawn_at.is_none() {
            c.withdrawn_at = Some(Utc::now().trunc_subsecs(0).max(c.given_at));
            self.update(id, c.clone())?;
        }
        withdrawal_notice(&c)
    }

    /// The consents of a portfolio, oldest first.
    pub fn consents(&mut self, id: PortfolioId) -> Result<Vec<Consent>> {
        self.list(id)
    }
}
