//! Open Badges baked into PNG images (OB 2.0 `openbadges`, OB 3.0 `openbadgecredential` iTXt).
//!
//! What is verified offline:
//! * OB 3.0 with an embedded `DataIntegrityProof` using the `eddsa-rdfc-2022` ([`rdfc`], JSON-LD
//!   contexts bundled) or `eddsa-jcs-2022` cryptosuite and a `did:key` Ed25519 verification
//!   method that belongs to the issuer ([`proof`]).
//! * OB 3.0 as a VC-JWT signed with EdDSA by a `did:key` issuer.
//!
//! Everything else (OB 2.0 hosted or signed assertions, `did:web`/`https` keys, other
//! cryptosuites) is imported but reported as [`Verification::NotVerified`] with the reason.

pub mod proof;
pub mod rdfc;

use std::io::Cursor;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;
use serde_json::{Map, Value};
use thiserror::Error;

/// Largest baked badge image accepted (badge images are small; credentials are a few KiB).
pub const MAX_BADGE_PNG_BYTES: usize = 10 * 1024 * 1024;
/// Largest credential text accepted (also bounds decompression of compressed iTXt chunks).
pub const MAX_CREDENTIAL_BYTES: usize = 1024 * 1024;

/// Open Badges specification version of an imported badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BadgeVersion {
    /// Open Badges 2.0 (or 1.x) assertion.
    V2,
    /// Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential).
    V3,
}

/// Whether the credential's authenticity could be checked on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Verification {
    /// The signature was checked; `method` says how and by which key.
    Verified { method: String },
    /// Not checked or not valid; `reason` says why in plain words.
    NotVerified { reason: String },
}

impl Verification {
    pub fn is_verified(&self) -> bool {
        matches!(self, Verification::Verified { .. })
    }
}

/// A badge read from a baked PNG. Fields the credential does not carry offline (e.g. an OB 2.0
/// assertion that is only a URL) are `None`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedBadge {
    pub version: BadgeVersion,
    /// Achievement / badge class name.
    pub name: Option<String>,
    pub issuer_name: Option<String>,
    /// Issuer id: a URL or a DID.
    pub issuer_id: Option<String>,
    /// Issue date as written in the credential (`issuedOn`, `validFrom`, `issuanceDate`...).
    pub issued_on: Option<String>,
    pub description: Option<String>,
    /// The credential exactly as found in the PNG (JSON, compact JWS/JWT, or URL).
    pub credential_json: String,
    pub verification: Verification,
}

/// Why no badge could be read.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BadgeError {
    #[error("the file is empty")]
    EmptyFile,
    #[error("the badge file is too large ({size} bytes; the limit is {max} bytes)")]
    TooLarge { size: u64, max: u64 },
    #[error("not a PNG image; Open Badges are baked into PNG files")]
    NotPng,
    #[error("the PNG file is damaged: {detail}")]
    Corrupt { detail: String },
    #[error("this PNG has no Open Badge inside (no 'openbadges' or 'openbadgecredential' chunk)")]
    NoBadge,
    #[error("the badge data is not a valid Open Badge: {detail}")]
    InvalidCredential { detail: String },
}

/// Reads an Open Badge baked into a PNG (iTXt, or legacy tEXt, keyword `openbadgecredential`
/// for OB 3.0 or `openbadges` for OB 2.0) and verifies it as far as possible offline.
pub fn read_baked_badge(png: &[u8]) -> Result<ImportedBadge, BadgeError> {
    if png.is_empty() {
        return Err(BadgeError::EmptyFile);
    }
    if png.len() > MAX_BADGE_PNG_BYTES {
        return Err(BadgeError::TooLarge {
            size: png.len() as u64,
            max: MAX_BADGE_PNG_BYTES as u64,
        });
    }
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(BadgeError::NotPng);
    }
    let (keyword, text) = find_badge_text(png)?;
    let trimmed = text.trim().to_owned();
    let text_trimmed = trimmed.as_str();
    let by_keyword = if keyword == "openbadgecredential" {
        BadgeVersion::V3
    } else {
        BadgeVersion::V2
    };
    if text_trimmed.starts_with('{') {
        let value: Value =
            serde_json::from_str(text_trimmed).map_err(|e| BadgeError::InvalidCredential {
                detail: format!("invalid JSON: {e}"),
            })?;
        let Value::Object(obj) = &value else {
            return Err(BadgeError::InvalidCredential {
                detail: "the JSON is not an object".into(),
            });
        };
        let version = if by_keyword == BadgeVersion::V3 || looks_like_v3(obj) {
            BadgeVersion::V3
        } else {
            BadgeVersion::V2
        };
        let verification = match version {
            BadgeVersion::V3 => proof::verify_embedded_proofs(&value),
            BadgeVersion::V2 => v2_verification(obj),
        };
        Ok(badge_from_json(version, obj, text, verification))
    } else if is_url(text_trimmed) {
        Ok(ImportedBadge {
            version: by_keyword,
            name: None,
            issuer_name: None,
            issuer_id: None,
            issued_on: None,
            description: None,
            credential_json: text,
            verification: Verification::NotVerified {
                reason: format!(
                    "hosted badge: the assertion must be fetched online from {text_trimmed}"
                ),
            },
        })
    } else if let Some(jws) = CompactJws::parse(text_trimmed) {
        let Value::Object(payload) = &jws.payload else {
            return Err(BadgeError::InvalidCredential {
                detail: "the signed badge payload is not a JSON object".into(),
            });
        };
        // A VC-JWT may wrap the credential in a "vc" claim (VC Data Model 1.1 style).
        let inner = match payload.get("vc") {
            Some(Value::Object(vc)) => vc,
            _ => payload,
        };
        let version = if by_keyword == BadgeVersion::V3 || looks_like_v3(inner) {
            BadgeVersion::V3
        } else {
            BadgeVersion::V2
        };
        let verification = match version {
            BadgeVersion::V3 => proof::verify_vc_jwt(&jws, inner),
            BadgeVersion::V2 => Verification::NotVerified {
                reason: "signed OB 2.0 assertion: the issuer's public key must be fetched online"
                    .into(),
            },
        };
        Ok(badge_from_json(version, inner, text, verification))
    } else {
        Err(BadgeError::InvalidCredential {
            detail: "the badge chunk holds neither JSON, a signed token nor a URL".into(),
        })
    }
}

/// Returns (keyword, text) of the first badge chunk; OB 3.0 wins over OB 2.0 if both exist.
fn find_badge_text(png: &[u8]) -> Result<(&'static str, String), BadgeError> {
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(png),
        png::Limits {
            bytes: 16 * 1024 * 1024,
        },
    );
    decoder.set_ignore_text_chunk(false);
    let corrupt = |e: png::DecodingError| BadgeError::Corrupt {
        detail: e.to_string(),
    };
    let mut reader = decoder.read_info().map_err(corrupt)?;
    // Text chunks may also come after the image data: skip the pixels (not decoded) and read on.
    // A damaged tail is tolerated if a badge chunk was already found before the image data.
    let tail = reader.finish();
    let info = reader.info();
    for keyword in ["openbadgecredential", "openbadges"] {
        for chunk in &info.utf8_text {
            if chunk.keyword == keyword {
                let mut chunk = chunk.clone();
                chunk
                    .decompress_text_with_limit(MAX_CREDENTIAL_BYTES)
                    .map_err(|e| BadgeError::InvalidCredential {
                        detail: format!("cannot read the badge text: {e}"),
                    })?;
                let text = chunk
                    .get_text()
                    .map_err(|e| BadgeError::InvalidCredential {
                        detail: format!("cannot read the badge text: {e}"),
                    })?;
                return Ok((keyword, text));
            }
        }
        for chunk in &info.uncompressed_latin1_text {
            if chunk.keyword == keyword {
                return Ok((keyword, chunk.text.clone()));
            }
        }
    }
    tail.map_err(corrupt)?;
    Err(BadgeError::NoBadge)
}

fn is_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

fn looks_like_v3(obj: &Map<String, Value>) -> bool {
    let has = |v: Option<&Value>, needle: &str| match v {
        Some(Value::String(s)) => s.contains(needle),
        Some(Value::Array(a)) => a
            .iter()
            .any(|x| x.as_str().is_some_and(|s| s.contains(needle))),
        _ => false,
    };
    has(obj.get("type"), "OpenBadgeCredential")
        || has(obj.get("type"), "AchievementCredential")
        || has(obj.get("@context"), "/ob/v3p0")
}

fn str_at<'a>(v: Option<&'a Value>, key: &str) -> Option<&'a str> {
    v?.as_object()?.get(key)?.as_str()
}

fn owned(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned).filter(|s| !s.trim().is_empty())
}

/// Issuer may be a URL/DID string or an object with `id` and `name`.
fn issuer_fields(issuer: Option<&Value>) -> (Option<String>, Option<String>) {
    match issuer {
        Some(Value::String(id)) => (None, owned(Some(id))),
        Some(v @ Value::Object(_)) => {
            (owned(str_at(Some(v), "name")), owned(str_at(Some(v), "id")))
        }
        _ => (None, None),
    }
}

fn badge_from_json(
    version: BadgeVersion,
    obj: &Map<String, Value>,
    verbatim: String,
    verification: Verification,
) -> ImportedBadge {
    let (name, description, issuer, issued_on) = match version {
        BadgeVersion::V3 => {
            let achievement = obj
                .get("credentialSubject")
                .and_then(|s| match s {
                    Value::Array(a) => a.first(),
                    other => Some(other),
                })
                .and_then(|s| s.get("achievement"));
            let name = str_at(achievement, "name").or_else(|| obj.get("name")?.as_str());
            let description =
                str_at(achievement, "description").or_else(|| obj.get("description")?.as_str());
            let issued = ["validFrom", "issuanceDate", "awardedDate"]
                .iter()
                .find_map(|k| obj.get(*k)?.as_str());
            (name, description, obj.get("issuer"), issued)
        }
        BadgeVersion::V2 => {
            let badge = obj.get("badge");
            (
                str_at(badge, "name"),
                str_at(badge, "description"),
                badge.and_then(|b| b.get("issuer")),
                obj.get("issuedOn").and_then(Value::as_str),
            )
        }
    };
    let (issuer_name, issuer_id) = issuer_fields(issuer);
    ImportedBadge {
        version,
        name: owned(name),
        issuer_name,
        issuer_id,
        issued_on: owned(issued_on),
        description: owned(description),
        credential_json: verbatim,
        verification,
    }
}

fn v2_verification(obj: &Map<String, Value>) -> Verification {
    let kind = str_at(obj.get("verification"), "type")
        .or_else(|| str_at(obj.get("verify"), "type"))
        .unwrap_or("hosted")
        .to_ascii_lowercase();
    let reason = if kind.contains("signed") {
        "signed OB 2.0 assertion without its signature; the issuer's key must be fetched online"
            .to_string()
    } else {
        match obj.get("id").and_then(Value::as_str) {
            Some(id) if is_url(id) => {
                format!("hosted OB 2.0 badge: verification needs the network (fetch {id})")
            }
            _ => "hosted OB 2.0 badge: verification needs the network".to_string(),
        }
    };
    Verification::NotVerified { reason }
}

/// A compact JWS (`header.payload.signature`, base64url without padding).
pub(crate) struct CompactJws<'a> {
    pub header: Value,
    pub payload: Value,
    /// `header.payload` as found, i.e. the JWS signing input.
    pub signing_input: &'a str,
    pub signature: Vec<u8>,
}

impl<'a> CompactJws<'a> {
    pub(crate) fn parse(s: &'a str) -> Option<Self> {
        let mut parts = s.split('.');
        let (h, p, sig) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        let decode = |x: &str| URL_SAFE_NO_PAD.decode(x.trim_end_matches('=')).ok();
        let header = serde_json::from_slice(&decode(h)?).ok()?;
        let payload = serde_json::from_slice(&decode(p)?).ok()?;
        Some(CompactJws {
            header,
            payload,
            signing_input: &s[..h.len() + 1 + p.len()],
            signature: decode(sig)?,
        })
    }
}
