//! Signed confirmations ("endorsements"): a mentor, organiser or teacher vouches for one
//! entry of one portfolio, as it reads at the moment of signing.
//!
//! The statement signs the portfolio id, the entry id, the kind of confirmation, a SHA-256
//! of the entry's confirmed fields ([`fields_hash`]), the signer's public key, name and role,
//! and the time. It is kept verbatim on the entry (`endorsements`), so the owner can carry it
//! but never forge it (signature) nor move it to another entry or portfolio (both ids are
//! signed). Whether an entry is confirmed is always recomputed by [`check`], never stored.
//!
//! What a signature proves: the holder of this key signed these facts. It does not prove
//! that the key belongs to the named person; people compare the fingerprint.

use ed25519_dalek::SigningKey;
use mosaic_core::{EntryId, PortfolioId, Section};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::Result;
use crate::keys;
use crate::wire::{self, Reader, Writer};

const TAG: u8 = 0x04;
const DOMAIN: &[u8] = b"mosaic-attest/endorsement/v1";
pub const PREFIX: &str = "ME1:";
const WHAT: &str = "signed confirmation";
/// Signer names are cut to this many bytes.
pub const MAX_NAME_BYTES: usize = 64;

/// What is confirmed; each kind belongs to one section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The person attended this activity.
    Attendance,
    /// The signer saw the original certificate.
    CertificateSeen,
    /// The signer assessed these language levels.
    LevelAssessed,
    /// The person did this work.
    WorkExperience,
    /// The programme's results (modules, hours, attendance, marks) are as recorded.
    ProgrammeResult,
}

impl Kind {
    /// In wire order: a statement carries the kind's index, so new kinds only go at the end.
    pub const ALL: [Kind; 5] = [
        Kind::Attendance,
        Kind::CertificateSeen,
        Kind::LevelAssessed,
        Kind::WorkExperience,
        Kind::ProgrammeResult,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Attendance => "attendance",
            Kind::CertificateSeen => "certificate_seen",
            Kind::LevelAssessed => "level_assessed",
            Kind::WorkExperience => "work_experience",
            Kind::ProgrammeResult => "programme_result",
        }
    }

    /// The section whose entries this kind confirms.
    pub fn section(self) -> Section {
        match self {
            Kind::Attendance => Section::Activities,
            Kind::CertificateSeen => Section::Certificates,
            Kind::LevelAssessed => Section::Languages,
            Kind::WorkExperience => Section::Experience,
            Kind::ProgrammeResult => Section::Programmes,
        }
    }

    /// The kind that fits an entry of `section`, if entries there can be confirmed.
    pub fn for_section(section: Section) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.section() == section)
    }

    fn byte(self) -> u8 {
        Kind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u8
    }
}

impl std::str::FromStr for Kind {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        // Older mentor builds wrote `certificate` and `level`.
        let s = s.trim();
        let found = match s {
            "certificate" => Some(Kind::CertificateSeen),
            "level" => Some(Kind::LevelAssessed),
            "work" => Some(Kind::WorkExperience),
            "programme" => Some(Kind::ProgrammeResult),
            _ => Kind::ALL.into_iter().find(|k| k.as_str() == s),
        };
        found.ok_or_else(|| {
            crate::Error::Invalid(format!(
                "`{s}` is not a kind of confirmation (attendance, certificate_seen, level_assessed, work_experience, programme_result)"
            ))
        })
    }
}

/// In which capacity the signer confirms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mentor,
    Organiser,
    Teacher,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Mentor, Role::Organiser, Role::Teacher];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Mentor => "mentor",
            Role::Organiser => "organiser",
            Role::Teacher => "teacher",
        }
    }
}

/// The fields of an entry that a confirmation covers: everything but the entry's signed
/// statements and free notes, which change without changing the facts. Concretely the entry's
/// JSON minus `endorsements` (other confirmations), `proof` (the organiser's check-in code)
/// and `note`; for an activity that is kind, title, date, place, organiser, hours, attended;
/// for a certificate title, kind, issuer, dates, level, attachments, verification,
/// credential; for a language code, history (every assessment, notes included) and
/// evidence; for work experience role, kind, employer, place, dates and description.
/// Photos of an activity or a story are not signed either: adding one later does
/// not make a confirmation of the activity out of date.
pub const UNSIGNED_FIELDS: [&str; 4] = ["endorsements", "proof", "note", "photos"];

/// SHA-256 of the canonical JSON (object keys sorted, no spaces) of `entry` without
/// [`UNSIGNED_FIELDS`].
pub fn fields_hash<T: Serialize>(entry: &T) -> Result<[u8; 32]> {
    Ok(Sha256::digest(canonical_fields(entry)?.as_bytes()).into())
}

/// The canonical JSON of `entry` without [`UNSIGNED_FIELDS`]: the text [`fields_hash`]
/// hashes, and what a CV credential carries as the claim.
pub fn canonical_fields<T: Serialize>(entry: &T) -> Result<String> {
    let mut value = serde_json::to_value(entry)
        .map_err(|e| crate::Error::Invalid(format!("entry does not serialise: {e}")))?;
    if let Some(obj) = value.as_object_mut() {
        for f in UNSIGNED_FIELDS {
            obj.remove(f);
        }
    }
    let mut text = String::new();
    canonical(&value, &mut text);
    Ok(text)
}

/// Object keys sorted, no spaces; numbers and strings as serde_json writes them.
pub(crate) fn canonical(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                if let Some(x) = map.get(k) {
                    canonical(x, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(x, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The facts a confirmation states, before signing.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub portfolio: PortfolioId,
    pub entry: EntryId,
    pub kind: Kind,
    pub fields_hash: [u8; 32],
    pub signer_name: String,
    pub role: Role,
    /// Unix seconds.
    pub signed_at: i64,
}

impl Claim {
    /// The claim for `entry` as it reads now.
    pub fn of<T: Serialize>(
        portfolio: PortfolioId,
        entry_id: EntryId,
        entry: &T,
        kind: Kind,
        signer_name: &str,
        role: Role,
        signed_at: i64,
    ) -> Result<Self> {
        Ok(Claim {
            portfolio,
            entry: entry_id,
            kind,
            fields_hash: fields_hash(entry)?,
            signer_name: signer_name.to_string(),
            role,
            signed_at,
        })
    }
}

/// Signs a claim; the text form is what an entry's `endorsements` keep.
pub fn sign(key: &SigningKey, claim: &Claim) -> String {
    let mut w = Writer::new(TAG);
    w.bytes(claim.portfolio.as_bytes())
        .bytes(claim.entry.as_bytes())
        .u8(claim.kind.byte())
        .bytes(&claim.fields_hash)
        .bytes(key.verifying_key().as_bytes())
        .u8(Role::ALL.iter().position(|r| *r == claim.role).unwrap_or(0) as u8)
        .i64(claim.signed_at)
        .str(wire::clip(&claim.signer_name, MAX_NAME_BYTES));
    wire::to_text(PREFIX, &w.sign(DOMAIN, key))
}

/// A confirmation whose signature verified by the key it carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Endorsement {
    pub portfolio: PortfolioId,
    pub entry: EntryId,
    pub kind: Kind,
    #[serde(skip)]
    pub fields_hash: [u8; 32],
    #[serde(skip)]
    pub signer_key: [u8; 32],
    pub signer: String,
    pub role: Role,
    pub fingerprint: String,
    /// Unix seconds.
    pub signed_at: i64,
}

impl Endorsement {
    /// Decodes the text form and verifies the signature by the key it names. This proves
    /// only that the holder of that key signed these facts; [`check`] matches them to an entry.
    pub fn verify(text: &str) -> Result<Self> {
        let bytes = wire::from_text(PREFIX, text, WHAT)?;
        let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
        let mut r = Reader::new(&bytes[..body_len], TAG, WHAT)?;
        let portfolio = Uuid::from_bytes(r.array()?);
        let entry = Uuid::from_bytes(r.array()?);
        let kind = *Kind::ALL
            .get(r.u8()? as usize)
            .ok_or_else(|| wire::malformed(WHAT, "unknown kind"))?;
        let fields_hash: [u8; 32] = r.array()?;
        let signer_key: [u8; 32] = r.array()?;
        let role = *Role::ALL
            .get(r.u8()? as usize)
            .ok_or_else(|| wire::malformed(WHAT, "unknown role"))?;
        let signed_at = r.i64()?;
        let signer = r.str()?;
        r.finish()?;
        wire::verify(&bytes, DOMAIN, &keys::public_key(&signer_key, WHAT)?, WHAT)?;
        Ok(Endorsement {
            portfolio,
            entry,
            kind,
            fields_hash,
            signer_key,
            signer,
            role,
            fingerprint: keys::fingerprint(&signer_key),
            signed_at,
        })
    }

    /// "NAME (role, FINGERPRINT)": how the signer is shown everywhere.
    pub fn signer_label(&self) -> String {
        format!(
            "{} ({}, {})",
            self.signer,
            self.role.as_str(),
            self.fingerprint
        )
    }
}

/// Where a confirmation stands against the entry it sits on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum Standing {
    /// Valid, and the entry still reads as signed.
    Current { endorsement: Endorsement },
    /// Valid, but the entry changed since: it confirms an earlier version.
    EarlierVersion { endorsement: Endorsement },
    /// Does not verify, or is not about this entry: it never counts.
    Invalid { reason: String },
}

impl Standing {
    pub fn is_current(&self) -> bool {
        matches!(self, Standing::Current { .. })
    }

    /// The verified statement, current or earlier.
    pub fn endorsement(&self) -> Option<&Endorsement> {
        match self {
            Standing::Current { endorsement } | Standing::EarlierVersion { endorsement } => {
                Some(endorsement)
            }
            Standing::Invalid { .. } => None,
        }
    }

    /// The words the CLI and the CV use.
    pub fn describe(&self) -> String {
        match self {
            Standing::Current { endorsement: e } => {
                format!("confirmed by {}", e.signer_label())
            }
            Standing::EarlierVersion { endorsement: e } => format!(
                "confirmed an earlier version by {} (changed since)",
                e.signer_label()
            ),
            Standing::Invalid { reason } => format!("confirmation does not verify: {reason}"),
        }
    }
}

/// Verifies `text` and matches it to the entry `entry_id` of `portfolio` in `section`, whose
/// current content is `entry`. A statement for another portfolio, entry or section is
/// invalid; one whose fields hash differs confirms an earlier version.
pub fn check<T: Serialize>(
    text: &str,
    portfolio: PortfolioId,
    section: Section,
    entry_id: EntryId,
    entry: &T,
) -> Standing {
    let e = match Endorsement::verify(text) {
        Ok(e) => e,
        Err(err) => {
            return Standing::Invalid {
                reason: err.to_string(),
            };
        }
    };
    let reason = if e.portfolio != portfolio {
        Some("it was signed for another portfolio")
    } else if e.entry != entry_id {
        Some("it was signed for another entry")
    } else if e.kind.section() != section {
        Some("it confirms another kind of entry")
    } else {
        None
    };
    if let Some(reason) = reason {
        return Standing::Invalid {
            reason: reason.into(),
        };
    }
    match fields_hash(entry) {
        Ok(h) if h == e.fields_hash => Standing::Current { endorsement: e },
        Ok(_) => Standing::EarlierVersion { endorsement: e },
        Err(err) => Standing::Invalid {
            reason: err.to_string(),
        },
    }
}
