#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Owner-set "confirmations" from older versions (`activity.confirmed`, a certificate's
//! `mentor_confirmed` state) still load, from old exports and old documents, and become a
//! self-reported note: they never read as a confirmation again.

use automerge::{ObjType, ReadDoc, transaction::Transactable};
use mosaic_core::doc::PortfolioDoc;
use mosaic_core::{Activity, ActivityKind, Certificate, Mosaic, Section, Verification};

const NOTE: &str = "marked confirmed by Rita (mentor) on 2026-01-02 (self-reported)";

#[test]
fn old_export_with_owner_set_confirmations_imports_as_notes() {
    let pid = uuid::Uuid::now_v7();
    let json = serde_json::json!({
        "format": "mosaic-portfolio", "version": 1, "exported_at": "2026-01-03T00:00:00Z",
        "portfolio": {
            "id": pid,
            "activities": [{
                "id": uuid::Uuid::now_v7(), "kind": "language_cafe", "date": "2026-01-02",
                "attended": true, "note": "Nice evening",
                "confirmed": {"by": "Rita", "role": "mentor", "on": "2026-01-02"}
            }],
            "certificates": [{
                "id": uuid::Uuid::now_v7(), "title": "Food hygiene", "kind": "vocational",
                "verification": {"state": "mentor_confirmed",
                    "confirmation": {"by": "Rita", "role": "mentor", "on": "2026-01-02"}}
            }]
        }
    });
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.import_json(json.to_string().as_bytes()).unwrap();
    let p = m.portfolio(id).unwrap();
    let a = &p.activities[0];
    assert_eq!(
        a.note.as_deref(),
        Some(format!("Nice evening\n{NOTE}").as_str())
    );
    assert!(a.endorsements.is_empty());
    let c = &p.certificates[0];
    assert_eq!(c.verification, Verification::Unverified);
    assert_eq!(c.note.as_deref(), Some(NOTE));
    // Nothing of the old field survives an export.
    let out = m.export_json(id).unwrap();
    assert!(!out.contains("\"confirmed\""), "{out}");
    assert!(!out.contains("mentor_confirmed"), "{out}");
}

#[test]
fn old_document_with_confirmed_field_loads_with_a_note() {
    let pid = uuid::Uuid::now_v7();
    let mut doc = PortfolioDoc::create(pid, automerge::ActorId::random(), "t", 0).unwrap();
    let a = Activity {
        id: uuid::Uuid::now_v7(),
        kind: ActivityKind::Workshop,
        title: Some("CV workshop".into()),
        date: "2026-01-02".parse().unwrap(),
        place: None,
        organiser: None,
        hours: Some(2.0),
        attended: true,
        note: None,
        proof: None,
        endorsements: vec![],
        topic: None,
        role: None,
        photos: vec![],
    };
    doc.put_entry(&a).unwrap();
    // Write the field as an older build did.
    let am = doc.automerge();
    let (_, sections) = am.get(automerge::ROOT, "sections").unwrap().unwrap();
    let (_, acts) = am.get(&sections, "activities").unwrap().unwrap();
    let (_, entry) = am.get(&acts, a.id.to_string().as_str()).unwrap().unwrap();
    let conf = am.put_object(&entry, "confirmed", ObjType::Map).unwrap();
    am.put(&conf, "by", "Rita").unwrap();
    am.put(&conf, "role", "mentor").unwrap();
    am.put(&conf, "on", "2026-01-02").unwrap();
    let bytes = doc.save();
    let loaded = PortfolioDoc::load(&bytes, automerge::ActorId::random()).unwrap();
    let read: Activity = loaded.get_entry(a.id).unwrap().unwrap();
    assert_eq!(read.note.as_deref(), Some(NOTE));
    assert_eq!(loaded.read().unwrap().activities[0], read);
}

#[test]
fn typing_confirmed_today_only_adds_a_self_reported_note() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let e = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "workshop", "date": "2026-01-02"}),
        )
        .unwrap();
    m.edit_json(
        id,
        Section::Activities,
        e,
        serde_json::json!({"confirmed": {"by": "Rita", "role": "mentor", "on": "2026-01-02"}}),
    )
    .unwrap();
    let a: Activity = m.get(id, e).unwrap();
    assert_eq!(a.note.as_deref(), Some(NOTE));
    assert!(a.endorsements.is_empty());
    let _: Vec<Certificate> = m.list(id).unwrap();
}
