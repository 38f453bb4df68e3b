#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The verifiable CV credential: a good one verifies with every voucher; one changed byte, a
//! claim dropped or added, a level raised, a confirmation moved to another entry or brought
//! from another portfolio each fail, loudly. Also writes the cross-language vectors the
//! static verification page is tested with (`ui/tests/support/credential-vectors.json`).

use ed25519_dalek::SigningKey;
use mosaic_attest::credential::{self, ClaimInput, Verdict, Voucher};
use mosaic_attest::endorse::{self, Claim, Kind, Role};
use mosaic_attest::{checkin, keys};
use mosaic_core::{Language, Portfolio, Section};
use serde_json::json;
use uuid::Uuid;

const NOW: i64 = 1_780_000_000;

fn owner_key() -> SigningKey {
    SigningKey::from_bytes(&[11; 32])
}
fn teacher_key() -> SigningKey {
    SigningKey::from_bytes(&[12; 32])
}
fn organiser_key() -> SigningKey {
    SigningKey::from_bytes(&[13; 32])
}

fn endorse_entry<T: serde::Serialize>(
    portfolio: Uuid,
    id: Uuid,
    entry: &T,
    kind: Kind,
    who: &str,
    role: Role,
) -> String {
    let claim = Claim::of(portfolio, id, entry, kind, who, role, NOW - 86_400).unwrap();
    endorse::sign(&teacher_key(), &claim)
}

/// A portfolio with a teacher-confirmed language, a certificate seen by a mentor, a work
/// experience, a check-in-verified activity and a self-reported one. Fixed ids and keys,
/// so the credential is the same bytes every run.
fn portfolio(id: u128) -> Portfolio {
    let pid = Uuid::from_u128(id);
    let mut p: Portfolio = serde_json::from_value(json!({
        "id": pid,
        "profile": { "name_latin": "Selam Tesfaye", "name_own_script": "ሰላም ተስፋየ" },
        "languages": [{
            "id": Uuid::from_u128(id + 1),
            "code": "it",
            "history": [
                { "date": "2025-03-01", "assessor": "self",
                  "levels": { "listening": "A2", "reading": "A2", "spoken_interaction": "A2",
                              "spoken_production": "A2", "writing": "A1" } },
                { "date": "2026-06-10", "assessor": "teacher", "assessor_name": "Maria Rossi",
                  "levels": { "listening": "B1", "reading": "B1", "spoken_interaction": "B1",
                              "spoken_production": "A2", "writing": "A2" } }
            ]
        }],
        "certificates": [{
            "id": Uuid::from_u128(id + 2),
            "title": "Food hygiene level 2", "kind": "vocational", "issuer": "City College",
            "issued_on": "2026-02-14"
        }],
        "experience": [{
            "id": Uuid::from_u128(id + 3),
            "role": "Kitchen assistant", "kind": "paid", "employer": "Hotel Phoenicia",
            "start": "2025-09-01"
        }],
        "activities": [
            { "id": Uuid::from_u128(id + 4), "kind": "language_cafe", "title": "Language café",
              "date": "2026-11-29", "hours": 1.5, "attended": true },
            { "id": Uuid::from_u128(id + 5), "kind": "volunteering", "title": "Food bank",
              "date": "2026-10-03", "hours": 3.0, "attended": true }
        ]
    }))
    .unwrap();
    let lang = p.languages[0].clone();
    p.languages[0].endorsements = vec![endorse_entry(
        pid,
        lang.id,
        &lang,
        Kind::LevelAssessed,
        "Maria Rossi",
        Role::Teacher,
    )];
    let cert = p.certificates[0].clone();
    p.certificates[0].endorsements = vec![endorse_entry(
        pid,
        cert.id,
        &cert,
        Kind::CertificateSeen,
        "Rita Borg",
        Role::Mentor,
    )];
    let facts = checkin::EventFacts {
        id: Uuid::from_u128(id + 100),
        title: "Language café".into(),
        kind: mosaic_core::ActivityKind::LanguageCafe,
        date: "2026-11-29".parse().unwrap(),
        hours: 1.5,
    };
    p.activities[0].proof = Some(checkin::issue(
        &organiser_key(),
        "Integra Foundation",
        &facts,
        NOW - 3600,
        120,
    ));
    p
}

fn good() -> (Portfolio, credential::Issued) {
    let p = portfolio(0x0193_0000_0000_7000_8000_0000_0000_0100);
    let issued = credential::issue(&p, &owner_key(), NOW).unwrap();
    (p, issued)
}

fn resign(claims: &[ClaimInput], pid: Uuid) -> String {
    credential::sign_claims(pid, "Selam Tesfaye", claims, &owner_key(), NOW)
        .unwrap()
        .full
}

#[test]
fn a_good_credential_verifies_with_who_vouches_for_each_claim() {
    let (p, issued) = good();
    assert_eq!(issued.claims, 5);
    let v = credential::verify_full(&issued.full).unwrap();
    assert_eq!(v.portfolio, p.id);
    assert_eq!(v.holder, "Selam Tesfaye");
    assert_eq!(
        v.owner_fingerprint,
        keys::fingerprint(owner_key().verifying_key().as_bytes())
    );
    let by_section = |s: Section| v.claims.iter().find(|c| c.section == s).unwrap();
    let lang = by_section(Section::Languages);
    assert!(lang.summary.contains("listening B1"), "{}", lang.summary);
    assert!(
        lang.summary.contains("assessed by a teacher (Maria Rossi)"),
        "{}",
        lang.summary
    );
    match &lang.vouchers[..] {
        [Voucher::Confirmation(e)] => {
            assert_eq!(e.kind, Kind::LevelAssessed);
            assert_eq!(e.signer, "Maria Rossi");
        }
        other => panic!("{other:?}"),
    }
    let cert = by_section(Section::Certificates);
    assert_eq!(cert.vouchers.len(), 1);
    let work = by_section(Section::Experience);
    assert!(work.vouchers.is_empty(), "work is the owner's word");
    let activities: Vec<_> = v
        .claims
        .iter()
        .filter(|c| c.section == Section::Activities)
        .collect();
    assert!(matches!(
        &activities[0].vouchers[..],
        [Voucher::Attendance { organiser, hours, .. }] if organiser == "Integra Foundation" && *hours == 1.5
    ));
    assert!(activities[1].vouchers.is_empty());
    // The digest names the same credential.
    match credential::verify_text(&issued.digest).unwrap() {
        Verdict::Digest(d) => {
            assert_eq!(d.claims, 5);
            assert!(credential::digest_matches(&d, &issued.full).unwrap());
        }
        other => panic!("{other:?}"),
    }
    // A link whose fragment is the text reads the same.
    let link = format!("https://example.org/verify.html#{}", issued.full);
    assert!(matches!(
        credential::verify_text(&link).unwrap(),
        Verdict::Full(_)
    ));
}

#[test]
fn every_changed_byte_fails() {
    let (_, issued) = good();
    let bytes = raw(&issued.full);
    for i in 0..bytes.len() {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        let text = format!("MV1:{}", data_encoding::BASE32_NOPAD.encode(&b));
        assert!(
            credential::verify_full(&text).is_err(),
            "byte {i} changed and it still verified"
        );
    }
}

#[test]
fn a_claim_dropped_or_added_without_the_owner_key_fails() {
    let (p, issued) = good();
    let (pid, holder, at, claims) = credential::unpack(&issued.full).unwrap();
    assert_eq!((pid, holder.as_str(), at), (p.id, "Selam Tesfaye", NOW));
    // Someone else re-signs with their own key: it verifies, under another fingerprint.
    let stranger = SigningKey::from_bytes(&[99; 32]);
    let dropped = credential::sign_claims(pid, &holder, &claims[1..], &stranger, NOW)
        .unwrap()
        .full;
    let v = credential::verify_full(&dropped).unwrap();
    assert_ne!(
        v.owner_fingerprint,
        keys::fingerprint(owner_key().verifying_key().as_bytes())
    );
    // With the owner's signature kept, dropping or adding a claim breaks it.
    let own = tamper_keep_signature(&issued.full, |claims| {
        claims.remove(0);
    });
    let err = credential::verify_full(&own).unwrap_err().to_string();
    assert!(err.contains("signature does not verify"), "{err}");
    let added = tamper_keep_signature(&issued.full, |claims| {
        let extra = claims[1].clone();
        claims.push(extra);
    });
    assert!(credential::verify_full(&added).is_err());
}

/// Rewrites the claims but keeps the original signature bytes.
fn tamper_keep_signature(full: &str, change: impl FnOnce(&mut Vec<ClaimInput>)) -> String {
    let (pid, _, _, mut claims) = credential::unpack(full).unwrap();
    change(&mut claims);
    let original = raw(full);
    let resigned = raw(&resign(&claims, pid));
    let mut out = resigned[..resigned.len() - 64].to_vec();
    out.extend_from_slice(&original[original.len() - 64..]);
    format!("MV1:{}", data_encoding::BASE32_NOPAD.encode(&out))
}

fn raw(full: &str) -> Vec<u8> {
    data_encoding::BASE32_NOPAD
        .decode(full.trim_start_matches("MV1:").as_bytes())
        .unwrap()
}

#[test]
fn the_owner_cannot_raise_a_confirmed_level_even_with_her_own_key() {
    let (_, issued) = good();
    let (pid, _, _, mut claims) = credential::unpack(&issued.full).unwrap();
    let lang = &mut claims[0];
    assert_eq!(lang.section, Section::Languages);
    let mut l: Language = serde_json::from_str(&lang.json).unwrap();
    l.history[1].levels.writing = Some("C1".parse().unwrap());
    lang.json = endorse::canonical_fields(&l).unwrap();
    let err = credential::verify_full(&resign(&claims, pid))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("differs from what Maria Rossi (teacher"),
        "{err}"
    );
}

#[test]
fn a_confirmation_moved_to_another_entry_or_portfolio_fails() {
    let (_, issued) = good();
    let (pid, _, _, claims) = credential::unpack(&issued.full).unwrap();
    // The certificate's confirmation put on the work experience.
    let mut moved = claims.clone();
    let voucher = moved[1].vouchers[0].clone();
    moved[2].vouchers.push(voucher);
    let err = credential::verify_full(&resign(&moved, pid))
        .unwrap_err()
        .to_string();
    assert!(err.contains("signed for another entry"), "{err}");
    // Another person's confirmed certificate brought into this credential.
    let other = portfolio(0x0193_0000_0000_7000_8000_0000_0000_0900);
    let theirs = credential::issue(&other, &owner_key(), NOW).unwrap();
    let (_, _, _, their_claims) = credential::unpack(&theirs.full).unwrap();
    let mut borrowed = claims.clone();
    borrowed.push(their_claims[1].clone());
    let err = credential::verify_full(&resign(&borrowed, pid))
        .unwrap_err()
        .to_string();
    assert!(err.contains("another portfolio"), "{err}");
    // The check-in code of the café moved onto the food bank.
    let mut checkin_moved = claims.clone();
    let code = checkin_moved[3].vouchers[0].clone();
    checkin_moved[4].vouchers.push(code);
    let err = credential::verify_full(&resign(&checkin_moved, pid))
        .unwrap_err()
        .to_string();
    assert!(err.contains("for another event"), "{err}");
}

#[test]
fn an_entry_changed_after_its_confirmation_goes_out_unconfirmed() {
    let (mut p, _) = good();
    p.certificates[0].level = Some("Level 3".into());
    let issued = credential::issue(&p, &owner_key(), NOW).unwrap();
    let v = credential::verify_full(&issued.full).unwrap();
    let cert = v
        .claims
        .iter()
        .find(|c| c.section == Section::Certificates)
        .unwrap();
    assert!(cert.vouchers.is_empty());
}

#[test]
fn garbage_and_hostile_input_is_refused_with_a_reason() {
    for bad in ["", "MV1:", "MV1:!!!!", "MVD1:AAAA", "hello", "MV1:AAAAAAAA"] {
        let err = credential::verify_text(bad).unwrap_err().to_string();
        assert!(err.contains("CV credential"), "{bad:?}: {err}");
    }
    // A signed zlib bomb stops at the limit.
    let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 8 << 20], 9);
    let mut w = mosaic_attest::wire::Writer::new(0x05);
    w.bytes(owner_key().verifying_key().as_bytes()).bytes(&bomb);
    let signed = w.sign(b"mosaic-attest/credential/v1", &owner_key());
    let text = format!("MV1:{}", data_encoding::BASE32_NOPAD.encode(&signed));
    let err = credential::verify_full(&text).unwrap_err().to_string();
    assert!(err.contains("does not decompress"), "{err}");
    assert_eq!(credential::printable("a\u{1b}[31mb"), "a\u{FFFD}[31mb");
}

#[test]
fn hostile_text_in_a_claim_is_carried_as_text() {
    let mut p = good().0;
    p.activities[1].title = Some("<script>alert(1)</script> #set page(width: 1pt)".into());
    let issued = credential::issue(&p, &owner_key(), NOW).unwrap();
    let v = credential::verify_full(&issued.full).unwrap();
    assert!(v.claims[4].summary.contains("<script>alert(1)</script>"));
}

/// The vectors the verification page is tested with (ui/tests/unit and the browser test).
/// Ed25519 and the compressor are deterministic, so a change to the layout shows here.
const VECTORS: &str = include_str!("../../../ui/tests/support/credential-vectors.json");

fn vectors() -> serde_json::Value {
    let (p, issued) = good();
    let (pid, _, _, claims) = credential::unpack(&issued.full).unwrap();
    let mut raised = claims.clone();
    let mut l: Language = serde_json::from_str(&raised[0].json).unwrap();
    l.history[1].levels.writing = Some("C1".parse().unwrap());
    raised[0].json = endorse::canonical_fields(&l).unwrap();
    let mut moved = claims.clone();
    let voucher = moved[1].vouchers[0].clone();
    moved[2].vouchers.push(voucher);
    let mut flipped = issued.full.clone().into_bytes();
    let i = flipped.len() / 2;
    flipped[i] = if flipped[i] == b'A' { b'B' } else { b'A' };
    let summary: Vec<_> = credential::verify_full(&issued.full)
        .unwrap()
        .claims
        .iter()
        .map(|c| {
            json!({
                "section": c.section,
                "vouchers": c.vouchers.iter().map(Voucher::describe).collect::<Vec<_>>(),
            })
        })
        .collect();
    // A community activity (a kind added after the first eight) with its organiser's
    // check-in code: the page must read the kind byte as the Rust crate writes it.
    let mut community = p.clone();
    let festival = checkin::EventFacts {
        id: Uuid::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0999),
        title: "Harvest festival".into(),
        kind: mosaic_core::ActivityKind::CulturalFestival,
        date: "2026-11-28".parse().unwrap(),
        hours: 4.0,
    };
    community.activities[0].kind = festival.kind;
    community.activities[0].title = Some(festival.title.clone());
    community.activities[0].date = festival.date;
    community.activities[0].hours = Some(festival.hours);
    community.activities[0].role = Some(mosaic_core::ActivityRole::Volunteer);
    community.activities[0].topic = Some("Harvest".into());
    community.activities[0].proof = Some(checkin::issue(
        &organiser_key(),
        "Integra Foundation",
        &festival,
        NOW - 3600,
        120,
    ));
    community.activities[0].endorsements.clear();
    let community = credential::issue(&community, &owner_key(), NOW).unwrap();
    assert!(
        credential::verify_full(&community.full)
            .unwrap()
            .claims
            .iter()
            .any(|c| c
                .vouchers
                .iter()
                .any(|v| v.describe().contains("Harvest festival"))),
        "the festival's check-in verifies"
    );
    json!({
        "about": "Made by crates/mosaic-attest/tests/credential.rs (MOSAIC_BLESS=1 rewrites it).",
        "community": community.full,
        "good": issued.full,
        "digest": issued.digest,
        "holder": "Selam Tesfaye",
        "portfolio": p.id,
        "owner_fingerprint": keys::fingerprint(owner_key().verifying_key().as_bytes()),
        "claims": summary,
        "tampered": {
            "changed_character": String::from_utf8(flipped).unwrap(),
            "claim_dropped": tamper_keep_signature(&issued.full, |c| { c.remove(0); }),
            "level_raised": resign(&raised, pid),
            "confirmation_moved": resign(&moved, pid),
        }
    })
}

#[test]
fn the_cross_language_vectors_are_what_the_crate_makes() {
    let made = serde_json::to_string_pretty(&vectors()).unwrap() + "\n";
    if std::env::var_os("MOSAIC_BLESS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../ui/tests/support/credential-vectors.json"
        );
        std::fs::write(path, &made).unwrap();
        return;
    }
    assert_eq!(
        VECTORS, made,
        "run MOSAIC_BLESS=1 cargo test -p mosaic-attest --test credential"
    );
    let v: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
    for (name, text) in v["tampered"].as_object().unwrap() {
        assert!(
            credential::verify_text(text.as_str().unwrap()).is_err(),
            "{name} verified"
        );
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any text at all is answered with a verdict or an error naming the problem, never a
        /// panic: what a hostile QR code or PDF can put in front of the verifier.
        #[test]
        fn any_text_is_refused_or_verified_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let text = format!("MV1:{}", data_encoding::BASE32_NOPAD.encode(&bytes));
            let _ = credential::verify_text(&text);
            let digest = format!("MVD1:{}", data_encoding::BASE32_NOPAD.encode(&bytes));
            let _ = credential::verify_text(&digest);
            let _ = credential::extract_from_pdf(&bytes);
        }

        /// Whatever the entries say (any text, any hours), the owner's credential verifies and
        /// carries them as they are; changing any one byte of it is caught.
        #[test]
        fn any_portfolio_round_trips_and_any_flip_is_caught(
            title in "\\PC{0,60}",
            hours in 0.0f64..1000.0,
            flip in any::<prop::sample::Index>(),
        ) {
            let mut p = portfolio(0x0193_0000_0000_7000_8000_0000_0000_0500);
            p.activities[1].title = Some(title.clone());
            p.activities[1].hours = Some(hours);
            let issued = credential::issue(&p, &owner_key(), NOW).unwrap();
            let v = credential::verify_full(&issued.full).unwrap();
            prop_assert_eq!(v.claims.len(), 5);
            let food_bank: mosaic_core::Activity =
                serde_json::from_value(v.claims[4].fields.clone()).unwrap();
            prop_assert_eq!(food_bank.title.as_deref(), Some(title.as_str()));
            prop_assert_eq!(food_bank.hours, Some(hours));
            let mut bytes = raw(&issued.full);
            let i = flip.index(bytes.len());
            bytes[i] ^= 0x20;
            let changed = format!("MV1:{}", data_encoding::BASE32_NOPAD.encode(&bytes));
            prop_assert!(credential::verify_full(&changed).is_err());
        }
    }
}
