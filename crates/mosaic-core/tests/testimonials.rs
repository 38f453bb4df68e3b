//! Stories as testimonials, with consent (issue 16, item 5): the file an organisation gets,
//! what tampering does to it, the consent record and its withdrawal notice.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::testimonial::{verify_testimonial, verify_withdrawal};
use mosaic_core::*;
use mosaic_media::bench::synthetic_photo_jpeg;

struct Setup {
    m: Mosaic,
    id: PortfolioId,
    story: EntryId,
    photo: AttachmentRef,
}

fn setup() -> Setup {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let story = m
        .add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": "My first harvest festival",
                "body": "We cooked injera. <script>alert(1)</script> ኣብ ማልታ", "visibility": "mentors"}),
        )
        .unwrap();
    let photo = m
        .attach_photo(
            id,
            Section::Stories,
            story,
            &synthetic_photo_jpeg(64, 48, 1),
            Some("f.jpg"),
        )
        .unwrap();
    Setup {
        m,
        id,
        story,
        photo,
    }
}

fn tamper(file: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut v: serde_json::Value = serde_json::from_slice(file).unwrap();
    f(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn err_of(r: Result<impl std::fmt::Debug>) -> String {
    r.unwrap_err().to_string()
}

#[test]
fn a_published_story_verifies_with_what_she_chose() {
    let mut s = setup();
    let (consent, file) =
        s.m.publish_testimonial(
            s.id,
            s.story,
            "Migrant Hub",
            Some(&s.photo.sha256),
            Some("Mariam"),
        )
        .unwrap();
    let t = verify_testimonial(&file).unwrap();
    assert_eq!(t.testimonial_id, consent.testimonial_id);
    assert_eq!(t.organisation, "Migrant Hub");
    assert_eq!(t.title, "My first harvest festival");
    assert!(t.body.contains("<script>"), "text is kept as data");
    assert_eq!(t.first_name.as_deref(), Some("Mariam"));
    assert_eq!(t.public_key, consent.public_key);
    assert_eq!(t.published_at, consent.given_at);
    let photo = t.photo.unwrap();
    assert_eq!(photo.bytes, s.m.attachment(&s.photo.sha256).unwrap().bytes);
    assert_eq!(photo.sha256, s.photo.sha256);
    assert_eq!(
        consent.included_photo.as_deref(),
        Some(s.photo.sha256.as_str())
    );
    // The consent is in the portfolio: what, to whom, when.
    let stored = s.m.consents(s.id).unwrap();
    assert_eq!(stored, vec![consent.clone()]);
    assert!(consent.is_active());

    // Without a photo and without a name, to another organisation, with another key.
    let (other, file) =
        s.m.publish_testimonial(s.id, s.story, "Integration Unit", None, None)
            .unwrap();
    let t = verify_testimonial(&file).unwrap();
    assert_eq!((t.first_name, t.photo), (None, None));
    assert_ne!(
        other.public_key, consent.public_key,
        "a fresh key each time"
    );
    assert_ne!(other.testimonial_id, consent.testimonial_id);
    assert!(!String::from_utf8(file).unwrap().contains("Mariam"));
}

#[test]
fn tampering_with_any_part_is_named() {
    let mut s = setup();
    let (_, file) =
        s.m.publish_testimonial(
            s.id,
            s.story,
            "Migrant Hub",
            Some(&s.photo.sha256),
            Some("Mariam"),
        )
        .unwrap();
    let (_, other) =
        s.m.publish_testimonial(s.id, s.story, "Integration Unit", None, None)
            .unwrap();
    let other_key = verify_testimonial(&other).unwrap().public_key;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "text (body)",
            tamper(&file, |v| v["body"] = "We cooked pasta.".into()),
        ),
        ("title", tamper(&file, |v| v["title"] = "Another".into())),
        (
            "first name",
            tamper(&file, |v| v["first_name"] = "Rita".into()),
        ),
        (
            "first name",
            tamper(&file, |v| v["first_name"] = serde_json::Value::Null),
        ),
        (
            "photo",
            tamper(&file, |v| {
                v["photo"]["data"] = base64_of(&synthetic_photo_jpeg(64, 48, 2)).into()
            }),
        ),
        (
            "photo",
            tamper(&file, |v| v["photo"] = serde_json::Value::Null),
        ),
        (
            "signature does not match the public key",
            tamper(&file, |v| v["public_key"] = other_key.clone().into()),
        ),
        (
            "signature does not match",
            tamper(&file, |v| v["organisation"] = "Someone else".into()),
        ),
        (
            "public key",
            tamper(&file, |v| v["public_key"] = "zz".into()),
        ),
        ("field `extra`", tamper(&file, |v| v["extra"] = 1.into())),
    ];
    for (named, bytes) in cases {
        let err = err_of(verify_testimonial(&bytes));
        assert!(err.contains(named), "expected `{named}` in: {err}");
    }
    // Whitespace is not content: a re-indented file still verifies.
    assert!(verify_testimonial(&tamper(&file, |_| {})).is_ok());
}

fn base64_of(bytes: &[u8]) -> String {
    // A tiny encoder for the test, so the test does not share the code it checks.
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn a_withdrawal_notice_verifies_against_its_testimonial_only() {
    let mut s = setup();
    let (consent, file) =
        s.m.publish_testimonial(s.id, s.story, "Migrant Hub", None, Some("Mariam"))
            .unwrap();
    let (_, other) =
        s.m.publish_testimonial(s.id, s.story, "Integration Unit", None, None)
            .unwrap();
    let notice = s.m.withdraw_testimonial(s.id, consent.id).unwrap();
    let w = verify_withdrawal(&notice, &file).unwrap();
    assert_eq!(w.testimonial_id, consent.testimonial_id);
    assert_eq!(w.organisation, "Migrant Hub");
    let stored: Consent = s.m.get(s.id, consent.id).unwrap();
    assert_eq!(stored.withdrawn_at, Some(w.withdrawn_at));
    assert!(!stored.is_active());

    let err = err_of(verify_withdrawal(&notice, &other));
    assert!(err.contains("not this one"), "{err}");
    // A notice naming the other testimonial but signed with this key is refused too.
    let other_id = verify_testimonial(&other).unwrap().testimonial_id;
    let forged = tamper(&notice, |v| {
        v["testimonial_id"] = other_id.to_string().into()
    });
    let err = err_of(verify_withdrawal(&forged, &other));
    assert!(err.contains("another key"), "{err}");
    let moved = tamper(&notice, |v| {
        v["withdrawn_at"] = "2020-01-01T00:00:00Z".into()
    });
    let err = err_of(verify_withdrawal(&moved, &file));
    assert!(err.contains("notice's signature"), "{err}");

    // Withdrawing again gives the same notice and keeps the date.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = s.m.withdraw_testimonial(s.id, consent.id).unwrap();
    assert_eq!(again, notice);
    let after: Consent = s.m.get(s.id, consent.id).unwrap();
    assert_eq!(after.withdrawn_at, stored.withdrawn_at);

    // Once withdrawn, the same story can go to the same organisation again.
    s.m.publish_testimonial(s.id, s.story, "migrant hub ", None, None)
        .unwrap();
}

#[test]
fn what_cannot_be_published_is_refused_and_nothing_is_recorded() {
    let mut s = setup();
    let err =
        err_of(s.m.publish_testimonial(s.id, s.story, "Migrant Hub", Some(&"ab".repeat(32)), None));
    assert!(err.contains("not one of this story's photos"), "{err}");
    // A photo of another entry is not the story's either.
    let act =
        s.m.add_json(
            s.id,
            Section::Activities,
            serde_json::json!({"kind": "workshop", "date": "2026-05-02"}),
        )
        .unwrap();
    let other =
        s.m.attach_photo(
            s.id,
            Section::Activities,
            act,
            &synthetic_photo_jpeg(32, 32, 9),
            None,
        )
        .unwrap();
    let err = err_of(s.m.publish_testimonial(s.id, s.story, "Hub", Some(&other.sha256), None));
    assert!(err.contains("not one of this story's photos"), "{err}");
    let err = err_of(s.m.publish_testimonial(s.id, s.story, "  ", None, None));
    assert!(err.contains("organisation"), "{err}");
    let err = err_of(s.m.publish_testimonial(s.id, s.story, "Hub", None, Some("a\nb")));
    assert!(err.contains("first_name"), "{err}");
    assert!(s.m.consents(s.id).unwrap().is_empty());

    s.m.publish_testimonial(s.id, s.story, "Hub", None, None)
        .unwrap();
    let err = err_of(s.m.publish_testimonial(s.id, s.story, "HUB", None, None));
    assert!(err.contains("already published"), "{err}");
    assert_eq!(s.m.consents(s.id).unwrap().len(), 1);
}

#[test]
fn garbage_and_oversized_input_are_errors() {
    let mut s = setup();
    let (_, file) =
        s.m.publish_testimonial(s.id, s.story, "Hub", None, None)
            .unwrap();
    for bad in [
        &b""[..],
        b"\xff\xfe\x00garbage",
        b"{}",
        b"[]",
        b"{\"format\":\"mosaic-portfolio\",\"version\":1}",
        b"{\"format\":\"mosaic-testimonial\",\"version\":2}",
        b"{\"format\":\"mosaic-testimonial\",\"version\":1}",
    ] {
        assert!(verify_testimonial(bad).is_err());
        assert!(verify_withdrawal(bad, &file).is_err());
        assert!(verify_withdrawal(&file, bad).is_err());
    }
    let huge = vec![b' '; testimonial::MAX_TESTIMONIAL_BYTES + 1];
    let err = err_of(verify_testimonial(&huge));
    assert!(err.contains("at most"), "{err}");
    let mut big_notice = file.clone();
    big_notice.resize(testimonial::MAX_WITHDRAWAL_BYTES + 1, b' ');
    let err = err_of(verify_withdrawal(&big_notice, &file));
    assert!(err.contains("at most"), "{err}");
    // A testimonial is not a withdrawal notice.
    let err = err_of(verify_withdrawal(&file, &file));
    assert!(err.contains("format"), "{err}");
    // Overlong text signed by anyone's key is still refused.
    let long = tamper(&file, |v| v["title"] = "x".repeat(400).into());
    assert!(verify_testimonial(&long).is_err());
}

#[test]
fn consents_travel_in_the_export_and_the_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = setup();
    let (kept, _) =
        s.m.publish_testimonial(s.id, s.story, "Hub", Some(&s.photo.sha256), Some("Mariam"))
            .unwrap();
    let (gone, _) =
        s.m.publish_testimonial(s.id, s.story, "Unit", None, None)
            .unwrap();
    let notice = s.m.withdraw_testimonial(s.id, gone.id).unwrap();
    let before = s.m.portfolio(s.id).unwrap();
    assert_eq!(before.consents.len(), 2);

    let json = s.m.export_json(s.id).unwrap();
    assert!(json.contains("\"consents\""));
    let mut imported = Mosaic::open_in_memory().unwrap();
    let iid = imported.import_json(json.as_bytes()).unwrap();
    assert_eq!(imported.portfolio(iid).unwrap().consents, before.consents);

    let file = dir.path().join("b.age");
    s.m.backup(s.id, &file, "correct horse battery").unwrap();
    let mut restored = Mosaic::open_in_memory().unwrap();
    let rid = restored
        .restore(&file, Some("correct horse battery"), false)
        .unwrap();
    assert_eq!(restored.portfolio(rid).unwrap().consents, before.consents);
    // The restored portfolio can still withdraw: the same notice, and the other one anew.
    assert_eq!(restored.withdraw_testimonial(rid, gone.id).unwrap(), notice);
    restored.withdraw_testimonial(rid, kept.id).unwrap();
}

#[test]
fn an_only_me_story_can_be_published_off_the_document_and_erasing_it_keeps_its_consent() {
    let mut s = setup();
    let private =
        s.m.add_json(
            s.id,
            Section::Stories,
            serde_json::json!({"title": "Just for me", "body": "…", "visibility": "private"}),
        )
        .unwrap();
    let (consent, file) =
        s.m.publish_testimonial(s.id, private, "Hub", None, None)
            .unwrap();
    assert_eq!(verify_testimonial(&file).unwrap().title, "Just for me");
    // Neither the story nor the consent (its key, the organisation) is in the document
    // that syncs and that mentors read; she sees the consent.
    let shared = s.m.shared_portfolio(s.id).unwrap();
    assert!(
        shared.consents.is_empty(),
        "the consent stays on this phone"
    );
    assert!(
        shared.stories.iter().all(|st| st.id != private),
        "the story does not sync"
    );
    assert_eq!(s.m.consents(s.id).unwrap(), vec![consent.clone()]);

    s.m.remove(s.id, Section::Stories, private).unwrap();
    s.m.remove(s.id, Section::Stories, s.story).unwrap();
    assert_eq!(s.m.consents(s.id).unwrap(), vec![consent.clone()]);
    let notice = s.m.withdraw_testimonial(s.id, consent.id).unwrap();
    verify_withdrawal(&notice, &file).unwrap();
}

#[test]
fn a_consent_whose_key_does_not_match_is_refused() {
    let mut s = setup();
    let (mut consent, _) =
        s.m.publish_testimonial(s.id, s.story, "Hub", None, None)
            .unwrap();
    consent.public_key = "00".repeat(32);
    let err = s.m.update(s.id, consent).unwrap_err().to_string();
    assert!(err.contains("public_key"), "{err}");
}
