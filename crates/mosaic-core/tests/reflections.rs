//! Reflections on activities (issue 16, item 2): what she did, learned, the new words and
//! who she met, by text, photos or a voice note; private by default, shared per item.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::*;

const PRIVATE_WORDS: &str = "I was afraid to speak at first";

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The first bytes of a WebM file as MediaRecorder writes them, then filler.
fn webm(len: usize) -> Vec<u8> {
    let mut v = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01];
    v.extend_from_slice(b"webm");
    v.resize(len, 0x42);
    v
}

fn with_activity() -> (Mosaic, PortfolioId, EntryId) {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let activity = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "cooking_class", "title": "Cooking with neighbours",
                "date": "2026-11-20", "attended": true}),
        )
        .unwrap();
    (m, id, activity)
}

fn reflect(m: &mut Mosaic, id: PortfolioId, activity: EntryId, visibility: &str) -> EntryId {
    m.add_json(
        id,
        Section::Reflections,
        serde_json::json!({"activity": activity, "date": "2026-11-20", "did": PRIVATE_WORDS,
            "learned": "Fenkata is rabbit stew.", "new_words": ["fenek", "tewm"],
            "met": "Rita from the parish", "visibility": visibility}),
    )
    .unwrap()
}

#[test]
fn a_reflection_is_private_by_default_and_kept_off_the_document() {
    let (mut m, id, activity) = with_activity();
    let r = m
        .add_json(
            id,
            Section::Reflections,
            serde_json::json!({"activity": activity, "did": PRIVATE_WORDS}),
        )
        .unwrap();
    let mine: Reflection = m.get(id, r).unwrap();
    assert_eq!(mine.visibility, Visibility::Private);
    assert_eq!(mine.activity, Some(activity));
    assert_eq!(m.portfolio(id).unwrap().reflections.len(), 1);
    assert!(m.shared_portfolio(id).unwrap().reflections.is_empty());
    assert!(!contains(&m.save_document(id).unwrap(), PRIVATE_WORDS));

    // Shared: into the document, where her devices and mentors get it.
    m.edit_json(
        id,
        Section::Reflections,
        r,
        serde_json::json!({"visibility": "mentors"}),
    )
    .unwrap();
    let in_doc = m.shared_portfolio(id).unwrap().reflections;
    assert_eq!(in_doc.len(), 1);
    assert_eq!(in_doc[0].did, PRIVATE_WORDS);
}

#[test]
fn an_empty_or_bad_reflection_is_refused_by_field() {
    let (mut m, id, _) = with_activity();
    for (bad, field) in [
        (serde_json::json!({"did": "  "}), "did"),
        (
            serde_json::json!({"did": "x", "new_words": ["a".repeat(400)]}),
            "new_words[0]",
        ),
        (
            serde_json::json!({"did": "x", "date": "2026-13-01"}),
            "date",
        ),
        (
            serde_json::json!({"did": "x", "voice": {"sha256": "a".repeat(64),
                "mime": "image/png", "size": 3}}),
            "voice.mime",
        ),
    ] {
        let err = m.add_json(id, Section::Reflections, bad).unwrap_err();
        assert!(err.to_string().contains(field), "{field}: {err}");
    }
    assert!(m.portfolio(id).unwrap().reflections.is_empty());
}

#[test]
fn a_voice_note_is_stored_and_read_back_and_a_50_mb_file_is_refused() {
    let (mut m, id, activity) = with_activity();
    let r = reflect(&mut m, id, activity, "private");
    let recording = webm(40_000);
    let voice = m.attach_voice_note(id, r, &recording).unwrap();
    assert_eq!(voice.mime, "audio/webm");
    assert_eq!(m.attachment(&voice.sha256).unwrap().bytes, recording);
    assert_eq!(m.get::<Reflection>(id, r).unwrap().voice, Some(voice));

    let before = m.portfolio(id).unwrap();
    let err = m
        .attach_voice_note(id, r, &webm(50 * 1024 * 1024))
        .unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
    let err = m
        .attach_voice_note(id, r, &mosaic_media::bench::synthetic_photo_jpeg(64, 48, 1))
        .unwrap_err();
    assert!(err.to_string().contains("not a sound recording"), "{err}");
    assert_eq!(m.portfolio(id).unwrap(), before, "nothing changed");

    // A photo goes with a reflection too.
    let photo = m
        .attach_photo(
            id,
            Section::Reflections,
            r,
            &mosaic_media::bench::synthetic_photo_jpeg(64, 48, 1),
            None,
        )
        .unwrap();
    assert_eq!(m.get::<Reflection>(id, r).unwrap().photos, vec![photo]);
}

#[test]
fn reflections_and_their_voice_notes_travel_in_the_backup_and_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let (mut m, id, activity) = with_activity();
    let private = reflect(&mut m, id, activity, "private");
    let shared = reflect(&mut m, id, activity, "mentors");
    let voice = m.attach_voice_note(id, private, &webm(9_000)).unwrap();
    m.attach_voice_note(id, shared, &webm(7_000)).unwrap();
    let before = m.portfolio(id).unwrap();
    assert_eq!(before.reflections.len(), 2);

    let file = dir.path().join("b.age");
    m.backup(id, &file, "correct horse battery").unwrap();
    let mut other = Mosaic::open_in_memory().unwrap();
    let restored = other
        .restore(&file, Some("correct horse battery"), false)
        .unwrap();
    assert_eq!(
        other.portfolio(restored).unwrap().reflections,
        before.reflections
    );
    assert_eq!(other.attachment(&voice.sha256).unwrap().bytes, webm(9_000));
    // The private one is still off the restored document.
    assert!(
        !other
            .shared_portfolio(restored)
            .unwrap()
            .reflections
            .iter()
            .any(|r| r.id == private)
    );

    let json = m.export_json(id).unwrap();
    let mut third = Mosaic::open_in_memory().unwrap();
    let imported = third.import_json(json.as_bytes()).unwrap();
    assert_eq!(
        third.portfolio(imported).unwrap().reflections,
        before.reflections
    );
    assert_eq!(
        third.shared_portfolio(imported).unwrap().reflections.len(),
        1
    );
}

#[test]
fn a_shared_reflection_reaches_her_other_device_with_the_words() {
    let (mut phone, id, activity) = with_activity();
    let mut tablet = Mosaic::open_in_memory().unwrap();
    tablet
        .adopt_document(&phone.save_document(id).unwrap(), "owner")
        .unwrap();
    reflect(&mut phone, id, activity, "mentors");
    reflect(&mut phone, id, activity, "private");
    let changes = phone.changes_since(id, &tablet.heads(id).unwrap()).unwrap();
    tablet.apply_changes(id, &changes, |_| Ok(())).unwrap();
    let got = tablet.portfolio(id).unwrap().reflections;
    assert_eq!(got.len(), 1, "only the shared one");
    assert_eq!(got[0].new_words, ["fenek", "tewm"]);
}
