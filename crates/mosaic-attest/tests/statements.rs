//! Check-in codes, receipts and session lists: what verifies, and that any change to a
//! signed byte, a wrong key, or a code outside its window is refused.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_attest::checkin::{self, CheckInCode, EventFacts};
use mosaic_attest::{Error, Receipt, SessionList, keys, receipt, sessions, wire};
use mosaic_core::ActivityKind;
use proptest::prelude::*;

const NOW: i64 = 1_780_000_000;

fn facts() -> EventFacts {
    EventFacts {
        id: uuid::Uuid::now_v7(),
        title: "Language café Valletta".into(),
        kind: ActivityKind::LanguageCafe,
        date: "2026-11-29".parse().unwrap(),
        hours: 1.5,
    }
}

fn org() -> ed25519_dalek::SigningKey {
    keys::generate().unwrap()
}

#[test]
fn a_code_verifies_and_carries_what_was_signed() {
    let key = org();
    let f = facts();
    let text = checkin::issue(&key, "Migrant Women Association", &f, NOW, 120);
    let code = CheckInCode::verify(&text).unwrap();
    assert_eq!(code.event, f);
    assert_eq!(code.organiser_name, "Migrant Women Association");
    assert_eq!(code.organiser_key, key.verifying_key().to_bytes());
    assert_eq!(code.text(), text);
    code.check_time(NOW).unwrap();
    code.check_time(NOW + 120).unwrap();
    // Pasted with line breaks and in lower case still reads.
    let messy = format!(
        "  {}\n",
        text.to_ascii_lowercase().replace("mc1:", "mc1:\n")
    );
    assert_eq!(CheckInCode::verify(&messy).unwrap(), code);
}

#[test]
fn expired_and_future_dated_codes_are_refused() {
    let code = CheckInCode::verify(&checkin::issue(&org(), "O", &facts(), NOW, 120)).unwrap();
    assert!(matches!(
        code.check_time(NOW + 121),
        Err(Error::Expired { .. })
    ));
    assert!(matches!(
        code.check_time(NOW - checkin::CLOCK_SKEW_SECS - 1),
        Err(Error::FutureDated { .. })
    ));
    code.check_time(NOW - checkin::CLOCK_SKEW_SECS).unwrap();
}

#[test]
fn a_code_signed_by_another_key_than_it_names_is_forged() {
    // A forger copies the organiser's public key and name but signs with their own key.
    let real = org();
    let forger = org();
    let f = facts();
    let genuine = wire::from_text(
        checkin::PREFIX,
        &checkin::issue(&real, "O", &f, NOW, 120),
        "c",
    )
    .unwrap();
    let forged_text = checkin::issue(&forger, "O", &f, NOW, 120);
    let mut forged = wire::from_text(checkin::PREFIX, &forged_text, "c").unwrap();
    // Put the real organiser's key where the code names its signer (same offset in both).
    let key_at = 1 + 16 + 1 + 4 + 2 + 4 + 2;
    forged[key_at..key_at + 32].copy_from_slice(&genuine[key_at..key_at + 32]);
    let err = CheckInCode::from_bytes(&forged).unwrap_err();
    assert!(matches!(err, Error::BadSignature { .. }), "{err}");
}

#[test]
fn statements_of_one_kind_never_pass_for_another() {
    let key = org();
    let code = CheckInCode::verify(&checkin::issue(&key, "O", &facts(), NOW, 120)).unwrap();
    let r = receipt::issue(&key, "Amina", &code, NOW);
    assert!(CheckInCode::verify(&r).is_err());
    let swapped = r.replacen(receipt::PREFIX, checkin::PREFIX, 1);
    assert!(CheckInCode::verify(&swapped).is_err());
    assert!(Receipt::verify(&code.text()).is_err());
    assert!(SessionList::verify(&code.text()).is_err());
}

#[test]
fn a_receipt_quotes_the_code_and_the_attendee() {
    let org_key = org();
    let attendee = org();
    let code = CheckInCode::verify(&checkin::issue(&org_key, "O", &facts(), NOW, 120)).unwrap();
    let r = Receipt::verify(&receipt::issue(&attendee, "Amina Yusuf", &code, NOW + 5)).unwrap();
    assert_eq!(r.event_id, code.event.id);
    assert_eq!(r.code_digest, code.digest());
    assert_eq!(r.organiser_key, code.organiser_key);
    assert_eq!(r.attendee_key, attendee.verifying_key().to_bytes());
    assert_eq!(r.attendee_name, "Amina Yusuf");
    assert_eq!(r.checked_in_at, NOW + 5);
}

#[test]
fn a_session_list_round_trips() {
    let key = org();
    let list: Vec<sessions::Session> = (0..12)
        .map(|i| sessions::Session {
            event_id: uuid::Uuid::now_v7(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1 + i).unwrap(),
            hours: 2.0,
        })
        .collect();
    let text = sessions::issue(&key, "Integra", "i-belong-stage-1", "Maltese", &list, NOW);
    let back = SessionList::verify(&text).unwrap();
    assert_eq!(back.sessions, list);
    assert_eq!(back.programme, "i-belong-stage-1");
    assert_eq!(back.module, "Maltese");
    assert_eq!(
        back.fingerprint(),
        keys::fingerprint(&key.verifying_key().to_bytes())
    );
}

#[test]
fn long_names_are_cut_to_keep_the_code_small_and_still_verify() {
    let mut f = facts();
    f.title = "ملتقى اللغة ".repeat(30);
    let text = checkin::issue(&org(), &"Organisation ".repeat(30), &f, NOW, 120);
    let code = CheckInCode::verify(&text).unwrap();
    assert!(code.event.title.len() <= checkin::MAX_TEXT_BYTES);
    assert!(code.organiser_name.len() <= checkin::MAX_TEXT_BYTES);
    assert!(text.len() < 400, "{} characters", text.len());
}

#[test]
fn garbage_is_refused_without_panicking() {
    for bad in [
        "",
        "MC1:",
        "MC1:A",
        "MC1:!!!!",
        "hello",
        "MR1:AAAA",
        "MC1:AAAAAAAA",
    ] {
        assert!(CheckInCode::verify(bad).is_err(), "{bad}");
    }
}

#[test]
fn fingerprints_are_short_stable_and_differ_by_key() {
    let a = keys::fingerprint(&[1; 32]);
    assert_eq!(a, keys::fingerprint(&[1; 32]));
    assert_ne!(a, keys::fingerprint(&[2; 32]));
    assert_eq!(a.len(), 19);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Changing any one byte of a signed code (any bit pattern) makes it fail to verify.
    #[test]
    fn tampering_any_byte_of_a_code_is_refused(pos in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let text = checkin::issue(&org(), "Org", &facts(), NOW, 120);
        let mut bytes = wire::from_text(checkin::PREFIX, &text, "c").unwrap();
        let i = pos.index(bytes.len());
        bytes[i] ^= flip;
        prop_assert!(CheckInCode::from_bytes(&bytes).is_err());
        prop_assert!(CheckInCode::verify(&wire::to_text(checkin::PREFIX, &bytes)).is_err());
    }

    #[test]
    fn tampering_any_byte_of_a_receipt_is_refused(pos in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let code = CheckInCode::verify(&checkin::issue(&org(), "Org", &facts(), NOW, 120)).unwrap();
        let text = receipt::issue(&org(), "Amina", &code, NOW);
        let mut bytes = wire::from_text(receipt::PREFIX, &text, "r").unwrap();
        let i = pos.index(bytes.len());
        bytes[i] ^= flip;
        prop_assert!(Receipt::verify(&wire::to_text(receipt::PREFIX, &bytes)).is_err());
    }

    #[test]
    fn tampering_any_byte_of_a_session_list_is_refused(pos in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let list = [sessions::Session { event_id: uuid::Uuid::now_v7(), date: facts().date, hours: 2.0 }];
        let text = sessions::issue(&org(), "Org", "p", "m", &list, NOW);
        let mut bytes = wire::from_text(sessions::PREFIX, &text, "s").unwrap();
        let i = pos.index(bytes.len());
        bytes[i] ^= flip;
        prop_assert!(SessionList::verify(&wire::to_text(sessions::PREFIX, &bytes)).is_err());
    }

    /// Cutting a code short or adding bytes is refused too.
    #[test]
    fn truncated_or_extended_codes_are_refused(cut in 1usize..200, extra in prop::collection::vec(any::<u8>(), 1..8)) {
        let text = checkin::issue(&org(), "Org", &facts(), NOW, 120);
        let bytes = wire::from_text(checkin::PREFIX, &text, "c").unwrap();
        let short = &bytes[..bytes.len().saturating_sub(cut)];
        prop_assert!(CheckInCode::from_bytes(short).is_err());
        let mut long = bytes.clone();
        long.extend_from_slice(&extra);
        prop_assert!(CheckInCode::from_bytes(&long).is_err());
    }

    /// Arbitrary text never panics the decoder.
    #[test]
    fn arbitrary_text_never_panics(s in ".{0,400}") {
        let _ = CheckInCode::verify(&s);
        let _ = Receipt::verify(&s);
        let _ = SessionList::verify(&s);
        let _ = CheckInCode::verify(&format!("MC1:{s}"));
    }
}

/// A fixed key and facts give one exact code (Ed25519 is deterministic). The UI's mock
/// backend verifies this same text (ui/tests/unit/attest-mock.test.ts), so the two
/// implementations of the layout cannot drift apart unnoticed.
pub const VECTOR: &str = include_str!("../../../ui/tests/support/checkin-vector.txt");

#[test]
fn the_cross_language_vector_is_what_the_crate_makes() {
    let key = ed25519_dalek::SigningKey::from_bytes(&[7; 32]);
    let facts = EventFacts {
        id: uuid::Uuid::from_u128(0x0193_0000_0000_7000_8000_0000_0000_0001),
        title: "Language café".into(),
        kind: ActivityKind::LanguageCafe,
        date: "2026-11-29".parse().unwrap(),
        hours: 1.5,
    };
    let code = checkin::issue(&key, "Integra Foundation", &facts, 1_780_000_000, 120);
    assert_eq!(
        VECTOR.trim(),
        code,
        "update ui/tests/support/checkin-vector.txt"
    );
}
