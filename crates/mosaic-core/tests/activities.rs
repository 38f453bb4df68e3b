//! Richer activities (issue 16, item 4): the community kinds, a topic, the person's role,
//! and photos on activities and stories; all of it survives export, import and backup.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::{Activity, ActivityKind, ActivityRole, Error, Mosaic, Section, Story, sample};
use mosaic_media::bench::synthetic_photo_jpeg;

fn portfolio() -> (Mosaic, uuid::Uuid) {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    (m, id)
}

#[test]
fn every_new_kind_with_a_topic_and_a_role_round_trips_through_json_export_and_import() {
    let (mut m, id) = portfolio();
    let new_kinds = [
        "cooking_class",
        "cultural_festival",
        "crafts",
        "celebration",
        "language_exchange",
        "community_project",
    ];
    for (i, kind) in new_kinds.iter().enumerate() {
        let role = ["participant", "volunteer", "speaker", "organiser"][i % 4];
        m.add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": kind, "date": "2026-05-0".to_string() + &(i + 1).to_string(),
                "topic": format!("Topic {i}: <b>bold</b> #set text(red)"), "role": role, "hours": 2}),
        )
        .unwrap();
    }
    let before = m.portfolio(id).unwrap();
    assert_eq!(before.activities.len(), 6);
    let json = m.export_json(id).unwrap();

    let mut other = Mosaic::open_in_memory().unwrap();
    let copy = other.import_json(json.as_bytes()).unwrap();
    let after = other.portfolio(copy).unwrap();
    let kinds: Vec<ActivityKind> = after.activities.iter().map(|a| a.kind).collect();
    for k in [
        ActivityKind::CookingClass,
        ActivityKind::CulturalFestival,
        ActivityKind::Crafts,
        ActivityKind::Celebration,
        ActivityKind::LanguageExchange,
        ActivityKind::CommunityProject,
    ] {
        assert!(kinds.contains(&k), "{k:?} lost in {kinds:?}");
    }
    let speaker = after
        .activities
        .iter()
        .find(|a| a.role == Some(ActivityRole::Speaker))
        .unwrap();
    assert!(speaker.topic.as_deref().unwrap().contains("<b>bold</b>"));
    assert_eq!(before.activities, after.activities);
}

#[test]
fn an_unknown_kind_or_role_is_refused_by_name_and_nothing_is_added() {
    let (mut m, id) = portfolio();
    let err = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "karaoke", "date": "2026-05-01"}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("karaoke"), "{err}");
    let err = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "crafts", "date": "2026-05-01", "role": "boss"}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("boss"), "{err}");
    let err = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "crafts", "date": "2026-05-01", "topic": "x".repeat(301)}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("topic"), "{err}");
    assert!(m.portfolio(id).unwrap().activities.is_empty());
}

#[test]
fn photos_go_with_activities_and_stories_and_travel_in_the_backup() {
    let (mut m, id) = portfolio();
    let act = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "cooking_class", "date": "2026-05-02", "role": "volunteer"}),
        )
        .unwrap();
    let story = m
        .add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": "My first harvest festival", "body": "We cooked injera."}),
        )
        .unwrap();
    let photo = synthetic_photo_jpeg(640, 480, 1);
    assert!(
        photo.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );
    let a = m
        .attach_photo(id, Section::Activities, act, &photo, Some("kitchen.jpg"))
        .unwrap();
    assert!(a.mime.starts_with("image/"));
    // The location and every other EXIF field are gone from the stored copy.
    let stored = m.attachment(&a.sha256).unwrap().bytes;
    assert!(!stored.windows(4).any(|w| w == b"Exif"));
    let s = m
        .attach_photo(
            id,
            Section::Stories,
            story,
            &synthetic_photo_jpeg(300, 200, 2),
            Some("harvest.jpg"),
        )
        .unwrap();
    // The same photo twice is kept once.
    m.attach_photo(id, Section::Activities, act, &photo, Some("kitchen.jpg"))
        .unwrap();
    let p = m.portfolio(id).unwrap();
    let activity: &Activity = p.activities.iter().find(|x| x.id == act).unwrap();
    let st: &Story = p.stories.iter().find(|x| x.id == story).unwrap();
    assert_eq!(activity.photos.len(), 1);
    assert_eq!(st.photos.len(), 1);
    let refs: Vec<&str> = p
        .attachment_refs()
        .iter()
        .map(|r| r.sha256.as_str())
        .collect();
    assert!(refs.contains(&a.sha256.as_str()) && refs.contains(&s.sha256.as_str()));

    // A backup carries both photos; restored elsewhere they are readable.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.age");
    m.backup(id, &file, "correct horse battery").unwrap();
    let mut other = Mosaic::open_in_memory().unwrap();
    let restored = other
        .restore(&file, Some("correct horse battery"), false)
        .unwrap();
    let q = other.portfolio(restored).unwrap();
    assert_eq!(q.activities[0].photos, activity.photos);
    assert_eq!(q.stories[0].photos, st.photos);
    assert!(other.attachment(&a.sha256).is_ok());
    assert!(other.attachment(&s.sha256).is_ok());
    // Garbage collection keeps what activities and stories still show.
    assert_eq!(m.collect_garbage().unwrap(), 0);
}

#[test]
fn a_pdf_or_garbage_as_an_activity_photo_is_refused_and_nothing_is_stored() {
    let (mut m, id) = portfolio();
    let act = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "crafts", "date": "2026-05-03"}),
        )
        .unwrap();
    let before = m.portfolio(id).unwrap();
    let stored_before = m.doctor().unwrap().attachments_checked;
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let err = m
        .attach_photo(id, Section::Activities, act, pdf, Some("flyer.pdf"))
        .unwrap_err();
    assert!(matches!(err, Error::Attachment(_)), "{err}");
    assert!(err.to_string().contains("photo"), "{err}");
    let err = m
        .attach_photo(id, Section::Activities, act, b"not an image", Some("x.jpg"))
        .unwrap_err();
    assert!(matches!(err, Error::Attachment(_)), "{err}");
    // Photos are for activities, stories and reflections, not skills.
    let skill = m
        .add_json(id, Section::Skills, serde_json::json!({"name": "Baking"}))
        .unwrap();
    let err = m
        .attach_photo(
            id,
            Section::Skills,
            skill,
            &synthetic_photo_jpeg(64, 48, 3),
            None,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("activities, stories and reflections, not with skills"),
        "{err}"
    );
    let after = m.portfolio(id).unwrap();
    assert_eq!(before.activities, after.activities);
    assert_eq!(m.doctor().unwrap().attachments_checked, stored_before);
}

#[test]
fn a_document_written_before_these_fields_reads_as_a_participant_without_photos() {
    let (mut m, id) = portfolio();
    let act = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "language_cafe", "date": "2025-01-01"}),
        )
        .unwrap();
    let a: Activity = m.get(id, act).unwrap();
    assert_eq!(a.role, None);
    assert!(a.topic.is_none() && a.photos.is_empty());
    // Nothing new is written for an entry that does not use the new fields.
    let json = serde_json::to_value(&a).unwrap();
    for key in ["topic", "role", "photos"] {
        assert!(json.get(key).is_none(), "{key} written for an old entry");
    }
}

#[test]
fn contributions_are_volunteering_or_a_contributing_role_at_a_community_activity() {
    let a = |kind: &str, role: Option<&str>| -> Activity {
        serde_json::from_value(serde_json::json!({
            "id": uuid::Uuid::now_v7(), "kind": kind, "date": "2026-01-01", "role": role,
        }))
        .unwrap()
    };
    assert!(a("volunteering", None).is_contribution());
    assert!(a("community_project", None).is_contribution());
    assert!(a("cultural_festival", Some("organiser")).is_contribution());
    assert!(a("language_cafe", Some("volunteer")).is_contribution());
    assert!(!a("cultural_festival", None).is_contribution());
    assert!(!a("cooking_class", Some("participant")).is_contribution());
    assert!(!a("information_session", Some("speaker")).is_contribution());
}
