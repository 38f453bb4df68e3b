#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Signed confirmations: a good one is current; the owner can neither forge one nor move it
//! to another entry or portfolio; an entry edited afterwards shows as an earlier version.

use data_encoding::BASE32_NOPAD;
use mosaic_attest::endorse::{self, Claim, Kind, Role, Standing};
use mosaic_core::{Activity, ActivityKind, Section};
use uuid::Uuid;

fn activity() -> Activity {
    Activity {
        id: Uuid::now_v7(),
        kind: ActivityKind::Volunteering,
        title: Some("Food bank".into()),
        date: "2026-03-04".parse().unwrap(),
        place: Some("Valletta".into()),
        organiser: None,
        hours: Some(3.0),
        attended: true,
        note: None,
        proof: None,
        endorsements: vec![],
        topic: None,
        role: None,
        photos: vec![],
    }
}

fn signed(key: &ed25519_dalek::SigningKey, portfolio: Uuid, a: &Activity) -> String {
    let claim = Claim::of(
        portfolio,
        a.id,
        a,
        Kind::Attendance,
        "Rita Borg",
        Role::Mentor,
        1_770_000_000,
    )
    .unwrap();
    endorse::sign(key, &claim)
}

fn check(text: &str, portfolio: Uuid, a: &Activity) -> Standing {
    endorse::check(text, portfolio, Section::Activities, a.id, a)
}

#[test]
fn a_good_confirmation_is_current_and_names_its_signer() {
    let key = mosaic_attest::keys::generate().unwrap();
    let pid = Uuid::now_v7();
    let a = activity();
    let text = signed(&key, pid, &a);
    match check(&text, pid, &a) {
        Standing::Current { endorsement } => {
            assert_eq!(endorsement.signer, "Rita Borg");
            assert_eq!(endorsement.role, Role::Mentor);
            assert_eq!(endorsement.kind, Kind::Attendance);
            assert_eq!(
                endorsement.fingerprint,
                mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes())
            );
        }
        other => panic!("{other:?}"),
    }
    // The note and the statements themselves are not signed: adding them changes nothing.
    let mut kept = a.clone();
    kept.note = Some("lovely people".into());
    kept.endorsements.push(text.clone());
    assert!(check(&text, pid, &kept).is_current());
}

#[test]
fn an_entry_edited_after_confirmation_confirms_an_earlier_version() {
    let key = mosaic_attest::keys::generate().unwrap();
    let pid = Uuid::now_v7();
    let a = activity();
    let text = signed(&key, pid, &a);
    let mut edited = a.clone();
    edited.hours = Some(30.0);
    let s = check(&text, pid, &edited);
    assert!(matches!(s, Standing::EarlierVersion { .. }), "{s:?}");
    assert!(s.describe().contains("earlier version"));
}

#[test]
fn a_forged_or_altered_confirmation_is_invalid() {
    let key = mosaic_attest::keys::generate().unwrap();
    let pid = Uuid::now_v7();
    let a = activity();
    let text = signed(&key, pid, &a);
    let bytes = BASE32_NOPAD
        .decode(text.strip_prefix("ME1:").unwrap().as_bytes())
        .unwrap();
    // One changed byte anywhere (the name, the hash, the time, the signature) breaks it.
    for i in [1, 40, 90, 130, bytes.len() - 1] {
        let mut b = bytes.clone();
        b[i] ^= 0x01;
        let tampered = format!("ME1:{}", BASE32_NOPAD.encode(&b));
        let s = check(&tampered, pid, &a);
        assert!(matches!(s, Standing::Invalid { .. }), "byte {i}: {s:?}");
    }
    // The owner signing with her own key makes a valid statement, but by her own key:
    // it never carries the mentor's fingerprint.
    let own = mosaic_attest::keys::generate().unwrap();
    let hers = signed(&own, pid, &a);
    let e = check(&hers, pid, &a).endorsement().cloned().unwrap();
    assert_ne!(
        e.fingerprint,
        mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes())
    );
    assert!(matches!(
        check("ME1:AAAA", pid, &a),
        Standing::Invalid { .. }
    ));
}

#[test]
fn a_confirmation_moved_to_another_entry_or_portfolio_is_invalid() {
    let key = mosaic_attest::keys::generate().unwrap();
    let pid = Uuid::now_v7();
    let a = activity();
    let text = signed(&key, pid, &a);
    // Another portfolio.
    match check(&text, Uuid::now_v7(), &a) {
        Standing::Invalid { reason } => assert!(reason.contains("another portfolio")),
        other => panic!("{other:?}"),
    }
    // Another entry with the very same fields.
    let mut twin = a.clone();
    twin.id = Uuid::now_v7();
    match check(&text, pid, &twin) {
        Standing::Invalid { reason } => assert!(reason.contains("another entry")),
        other => panic!("{other:?}"),
    }
    // Another section.
    match endorse::check(&text, pid, Section::Experience, a.id, &a) {
        Standing::Invalid { reason } => assert!(reason.contains("another kind")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn kinds_read_old_names_and_refuse_unknown_ones() {
    assert_eq!(
        "certificate".parse::<Kind>().unwrap(),
        Kind::CertificateSeen
    );
    assert_eq!(
        "level_assessed".parse::<Kind>().unwrap(),
        Kind::LevelAssessed
    );
    assert!("anything".parse::<Kind>().is_err());
}
