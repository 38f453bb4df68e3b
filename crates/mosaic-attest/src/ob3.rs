//! A signed confirmation as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0),
//! which wallets and verifiers outside Mosaic accept.
//!
//! The mentor's or organiser's device issues it when it signs the confirmation, with the same
//! key, as a `did:key`, and an `eddsa-rdfc-2022` Data Integrity proof. The owner carries it and
//! exports it (`mosaic_sync::feedback::export_badge` picks one that still matches the entry) but cannot
//! forge or alter it. The confirmation's own statement (`ME1:`) rides along as evidence, so a
//! Mosaic verifier can also match it to the entry. Like every signature here, the proof shows
//! that the holder of this key signed; that the key is the named person's is for people to
//! check (the fingerprint).

use chrono::{DateTime, SecondsFormat, Utc};
use ed25519_dalek::SigningKey;
use mosaic_media::badge::proof::{did_key_to_ed25519, ed25519_did_key, verify_embedded_proofs};
use mosaic_media::badge::{Verification, rdfc};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::endorse::{Endorsement, Kind};
use crate::error::{Error, Result};

/// Evidence `name` that marks the embedded Mosaic statement.
const STATEMENT_EVIDENCE: &str = "Mosaic signed confirmation";

fn description(kind: Kind, signer: &str) -> String {
    match kind {
        Kind::Attendance => format!("Attendance confirmed by {signer}."),
        Kind::CertificateSeen => format!("The original certificate was seen by {signer}."),
        Kind::LevelAssessed => format!("Language level assessed by {signer}."),
        Kind::WorkExperience => format!("Work experience confirmed by {signer}."),
        Kind::ProgrammeResult => format!("Programme results confirmed by {signer}."),
    }
}

fn rfc3339(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0)
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The credential for the confirmation `statement` (signed by `key`) of the entry named
/// `title`, signed by `key` with an `eddsa-rdfc-2022` proof. The text is English: a badge is
/// read by wallets and employers abroad, and OB 3.0 carries one language per credential.
pub fn confirmation_badge(key: &SigningKey, statement: &str, title: &str) -> Result<Value> {
    let e = Endorsement::verify(statement)?;
    if e.signer_key != key.verifying_key().to_bytes() {
        return Err(Error::Invalid(
            "a badge is issued only with the key that signed the confirmation".into(),
        ));
    }
    let did = ed25519_did_key(&e.signer_key);
    let method = format!("{did}#{}", did.trim_start_matches("did:key:"));
    let signer = e.signer_label();
    let credential = json!({
        "@context": [rdfc::CREDENTIALS_V2, rdfc::OB3_CONTEXT],
        "id": format!("urn:uuid:{}", Uuid::new_v4()),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": did, "type": ["Profile"], "name": e.signer},
        "validFrom": rfc3339(e.signed_at),
        "name": title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": format!("urn:uuid:{}", e.entry),
                "type": ["Achievement"],
                "name": title,
                "description": description(e.kind, &signer),
                "criteria": {"narrative": description(e.kind, &signer)},
                "inLanguage": "en"
            }
        },
        "evidence": [{
            "type": ["Evidence"],
            "name": STATEMENT_EVIDENCE,
            "description": statement
        }]
    });
    rdfc::sign(&credential, key, &method, &rfc3339(e.signed_at)).map_err(Error::Invalid)
}

/// Checks a badge issued by [`confirmation_badge`]: its proof verifies, and it was issued by the
/// key that signed `statement`, which it carries. Returns the issuer's `did:key`.
pub fn check_confirmation_badge(badge: &Value, statement: &str) -> Result<String> {
    if let Verification::NotVerified { reason } = verify_embedded_proofs(badge) {
        return Err(Error::Invalid(format!(
            "the badge does not verify: {reason}"
        )));
    }
    let e = Endorsement::verify(statement)?;
    let issuer = badge
        .pointer("/issuer/id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let (did, key) = did_key_to_ed25519(issuer).map_err(Error::Invalid)?;
    if key.to_bytes() != e.signer_key {
        return Err(Error::Invalid(
            "the badge was issued by another key than the confirmation's".into(),
        ));
    }
    let carries = badge
        .get("evidence")
        .and_then(Value::as_array)
        .is_some_and(|ev| {
            ev.iter().any(|x| {
                x.get("name").and_then(Value::as_str) == Some(STATEMENT_EVIDENCE)
                    && x.get("description").and_then(Value::as_str) == Some(statement)
            })
        });
    if !carries {
        return Err(Error::Invalid(
            "the badge belongs to another confirmation".into(),
        ));
    }
    Ok(did)
}
