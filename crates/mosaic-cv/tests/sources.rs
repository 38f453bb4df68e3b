#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What an employer reads about where each claim comes from: an owner-set "confirmed" never
//! reads as a confirmation; a signed one names its signer and key; language levels say who
//! judged them.

mod common;

use common::{options, render, squash};
use mosaic_core::Mosaic;
use mosaic_cv::Template;

/// An export as older versions wrote it, with the owner's own "confirmations".
fn old_export(pid: uuid::Uuid) -> serde_json::Value {
    serde_json::json!({
        "format": "mosaic-portfolio", "version": 1, "exported_at": "2026-01-03T00:00:00Z",
        "portfolio": {
            "id": pid,
            "profile": {"name_latin": "Amina Haddad"},
            "activities": [{
                "id": uuid::Uuid::now_v7(), "kind": "workshop", "title": "CV workshop",
                "date": "2026-01-02", "attended": true,
                "confirmed": {"by": "Rita Borg", "role": "mentor", "on": "2026-01-02"}
            }],
            "certificates": [{
                "id": uuid::Uuid::now_v7(), "title": "Food hygiene", "kind": "vocational",
                "issuer": "Malta Health", "issued_on": "2025-06-01",
                "verification": {"state": "mentor_confirmed",
                    "confirmation": {"by": "Rita Borg", "role": "mentor", "on": "2026-01-02"}}
            }]
        }
    })
}

#[test]
fn an_owner_set_confirmation_never_reads_as_confirmed_on_the_cv() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m
        .import_json(old_export(uuid::Uuid::now_v7()).to_string().as_bytes())
        .unwrap();
    let p = m.portfolio(id).unwrap();
    for template in [Template::Europass, Template::Compact] {
        let text = squash(&render(&p, None, &options("en", template, &[])).text());
        assert!(text.contains("Food hygiene"), "{text}");
        assert!(!text.contains("Confirmed by"), "{template}: {text}");
    }
}

#[test]
fn a_signed_confirmation_names_its_signer_and_key_until_the_entry_changes() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let cert = m
        .add_json(
            id,
            mosaic_core::Section::Certificates,
            serde_json::json!({"title": "Food hygiene", "kind": "vocational", "issuer": "Malta Health"}),
        )
        .unwrap();
    let entry: mosaic_core::Certificate = m.get(id, cert).unwrap();
    let key = mosaic_attest::keys::generate().unwrap();
    let claim = mosaic_attest::endorse::Claim::of(
        id,
        cert,
        &entry,
        mosaic_attest::endorse::Kind::CertificateSeen,
        "Rita Borg",
        mosaic_attest::endorse::Role::Mentor,
        1_770_000_000,
    )
    .unwrap();
    let statement = mosaic_attest::endorse::sign(&key, &claim);
    m.edit_json(
        id,
        mosaic_core::Section::Certificates,
        cert,
        serde_json::json!({"endorsements": [statement]}),
    )
    .unwrap();
    let fp = mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes());
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(
        text.contains(&format!("Confirmed by Rita Borg (mentor, key {fp})")),
        "{text}"
    );
    // Edited afterwards: the CV no longer claims the confirmation.
    m.edit_json(
        id,
        mosaic_core::Section::Certificates,
        cert,
        serde_json::json!({"level": "EQF 5"}),
    )
    .unwrap();
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(!text.contains("Confirmed by"), "{text}");
}

#[test]
fn each_language_level_says_who_judged_it() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    m.add_json(
        id,
        mosaic_core::Section::Languages,
        serde_json::json!({"code": "it", "history": [
            {"date": "2025-01-01", "assessor": "self", "levels": {"listening": "A2", "writing": "A2"}},
            {"date": "2025-06-01", "assessor": "exam", "assessor_name": "CELI Perugia",
             "levels": {"listening": "B1", "reading": "B1"}}
        ]}),
    )
    .unwrap();
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(
        text.contains("Listening B1, Reading B1: exam or certificate (CELI Perugia)"),
        "{text}"
    );
    assert!(text.contains("Writing A2: self-assessed"), "{text}");
}
