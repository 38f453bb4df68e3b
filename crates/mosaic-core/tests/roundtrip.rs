//! Every section survives create, save, reopen, export to JSON and import into a fresh store.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::sample::{Seq, entry_json, profile};
use mosaic_core::*;

fn filled(m: &mut Mosaic) -> PortfolioId {
    let id = m.create_portfolio(profile()).unwrap();
    let mut rng = Seq::new(7);
    let mut n = 0;
    for section in Section::ALL {
        for _ in 0..3 {
            n += 1;
            m.add_json(id, section, entry_json(section, n, &mut rng))
                .unwrap();
        }
    }
    id
}

#[test]
fn every_section_survives_reopen_export_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let (id, before) = {
        let mut m = Mosaic::open(dir.path()).unwrap();
        let id = filled(&mut m);
        (id, m.portfolio(id).unwrap())
    };
    for section in Section::ALL {
        let n = serde_json::to_value(&before).unwrap()[section.key()]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(n, 3, "{section} has its three entries");
    }

    let mut reopened = Mosaic::open(dir.path()).unwrap();
    let after = reopened.portfolio(id).unwrap();
    assert_eq!(before, after, "reopening the store changes nothing");

    let json = reopened.export_json(id).unwrap();
    let fresh_dir = tempfile::tempdir().unwrap();
    let mut fresh = Mosaic::open(fresh_dir.path()).unwrap();
    let imported = fresh.import_json(json.as_bytes()).unwrap();
    assert_eq!(imported, id);
    assert_eq!(
        fresh.portfolio(id).unwrap(),
        before,
        "import reproduces the export"
    );
}

#[test]
fn backup_and_restore_keep_history_and_attachments() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = filled(&mut m);
    let attachment = m
        .put_attachment(NewAttachment {
            bytes: b"%PDF-1.7 certificate".to_vec(),
            mime: "application/pdf".into(),
            file_name: Some("cert.pdf".into()),
            width: None,
            height: None,
            thumbnail: None,
        })
        .unwrap();
    let cert = m.list::<Certificate>(id).unwrap()[0].clone();
    let mut with_file = cert.clone();
    with_file.attachments.push(attachment.clone());
    m.update(id, with_file).unwrap();
    let history_before = m.history(id, None).unwrap();
    let before = m.portfolio(id).unwrap();

    let zip = dir.path().join("backup.zip");
    m.backup(id, &zip, "correct horse").unwrap();

    let other = tempfile::tempdir().unwrap();
    let mut restored = Mosaic::open(other.path()).unwrap();
    assert_eq!(
        restored
            .restore(&zip, Some("correct horse"), false)
            .unwrap(),
        id
    );
    assert_eq!(restored.portfolio(id).unwrap(), before);
    assert_eq!(
        restored.history(id, None).unwrap(),
        history_before,
        "history survives"
    );
    assert_eq!(
        restored.attachment(&attachment.sha256).unwrap().bytes,
        b"%PDF-1.7 certificate"
    );
    // Restoring again without --replace is refused, with it the portfolio is replaced.
    assert!(matches!(
        restored.restore(&zip, Some("correct horse"), false),
        Err(Error::PortfolioExists(_))
    ));
    assert_eq!(
        restored.restore(&zip, Some("correct horse"), true).unwrap(),
        id
    );
}

/// The app's Undo keeps a removed entry's JSON and adds it back with its id: in every
/// section it comes back identical, and a second add of the same id is refused.
#[test]
fn a_removed_entry_comes_back_with_its_id() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = filled(&mut m);
    let before = m.portfolio(id).unwrap();
    for section in Section::ALL {
        let first = m.list_json(id, section).unwrap()[0].clone();
        let entry_id: EntryId = first["id"].as_str().unwrap().parse().unwrap();
        m.remove(id, section, entry_id).unwrap();
        assert!(m.get_json(id, section, entry_id).is_err());
        assert_eq!(m.add_json(id, section, first.clone()).unwrap(), entry_id);
        assert_eq!(m.get_json(id, section, entry_id).unwrap(), first);
        assert!(matches!(
            m.add_json(id, section, first),
            Err(Error::DuplicateEntry(_))
        ));
    }
    let after = m.portfolio(id).unwrap();
    // Lists come in id order (UUID v7), so a restored entry takes its old place.
    assert_eq!(
        serde_json::to_value(&after).unwrap(),
        serde_json::to_value(&before).unwrap()
    );
}

#[test]
fn history_names_who_changed_what_and_when() {
    let mut m = Mosaic::open_in_memory().unwrap();
    m.set_author("Mariam").unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let entry = m
        .add_json(id, Section::Skills, serde_json::json!({"name": "Sewing"}))
        .unwrap();
    m.set_author("Joseph (mentor)").unwrap();
    m.edit_json(
        id,
        Section::Skills,
        entry,
        serde_json::json!({"level": "expert"}),
    )
    .unwrap();
    let history = m.history(id, Some(entry)).unwrap();
    let actions: Vec<_> = history
        .iter()
        .map(|h| (h.intent.action.as_str(), h.intent.by.as_str()))
        .collect();
    assert_eq!(actions, [("add", "Mariam"), ("update", "Joseph (mentor)")]);
    assert!(history.iter().all(|h| h.time > 1_700_000_000));
}

#[test]
fn an_unchanged_save_makes_no_commit_and_edits_touch_only_changed_fields() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let entry = m
        .add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": "Day one", "body": "Hello"}),
        )
        .unwrap();
    let before = m.history(id, None).unwrap().len();
    let story: Story = m.get(id, entry).unwrap();
    m.update(id, story).unwrap();
    assert_eq!(
        m.history(id, None).unwrap().len(),
        before,
        "no-op save adds no change"
    );
    let doc_before = m.save_document(id).unwrap().len();
    m.edit_json(
        id,
        Section::Stories,
        entry,
        serde_json::json!({"body": "Hello world"}),
    )
    .unwrap();
    let grown = m.save_document(id).unwrap().len() - doc_before;
    assert!(
        grown < 200,
        "a 6-character edit grows the document by {grown} bytes"
    );
}

#[test]
fn programme_requirements_follow_i_belong_stage_two() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let p = m
        .add_json(
            id,
            Section::Programmes,
            serde_json::json!({
                "title": "I Belong", "stage": "Stage 2", "min_attendance_pct": 80.0,
                "modules": [
                    {"name": "Maltese", "status": "completed", "hours": 100.0, "attendance_pct": 82.0, "score_pct": 66.0, "pass_mark_pct": 65.0},
                    {"name": "Cultural orientation", "status": "completed", "hours": 50.0, "attendance_pct": 90.0, "score_pct": 74.0, "pass_mark_pct": 75.0}
                ]
            }),
        )
        .unwrap();
    let prog: Programme = m.get(id, p).unwrap();
    assert_eq!(
        prog.own_progress().requirements_met,
        Some(false),
        "74% < 75% pass mark"
    );
    m.edit_json(
        id,
        Section::Programmes,
        p,
        serde_json::json!({"modules": [
            {"name": "Maltese", "status": "completed", "hours": 100.0, "attendance_pct": 82.0, "score_pct": 66.0, "pass_mark_pct": 65.0},
            {"name": "Cultural orientation", "status": "completed", "hours": 50.0, "attendance_pct": 90.0, "score_pct": 80.0, "pass_mark_pct": 75.0}
        ]}),
    )
    .unwrap();
    let summary = m.summary(id).unwrap();
    assert_eq!(summary.programmes[0].requirements_met, Some(true));
    let att = summary.programmes[0].attendance_pct.unwrap();
    assert!(
        (att - 84.666).abs() < 0.01,
        "hours-weighted attendance, got {att}"
    );
}

#[test]
fn projections_feed_the_mentor_dashboard_and_rebuild_identically() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let a = filled(&mut m);
    let b = m
        .create_portfolio(Profile {
            name_latin: "Olena Kovalenko".into(),
            name_own_script: Some("Олена Коваленко".into()),
            ..Default::default()
        })
        .unwrap();
    let list = m.list_portfolios().unwrap();
    assert_eq!(list.len(), 2);
    let sa = list.iter().find(|s| s.id == a).unwrap().clone();
    assert_eq!(sa.entries, 33);
    assert_eq!(sa.activities_attended, 3);
    assert!(!sa.languages.is_empty());
    assert_eq!(
        list.iter()
            .find(|s| s.id == b)
            .unwrap()
            .name_own_script
            .as_deref(),
        Some("Олена Коваленко")
    );
    let report = m.doctor().unwrap();
    assert_eq!(report.integrity, "ok");
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(
        m.summary(a).unwrap(),
        sa,
        "rebuilt projections equal incremental ones"
    );
}

#[test]
fn erase_removes_the_portfolio_and_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let photo = m
        .put_attachment(NewAttachment {
            bytes: vec![7; 1000],
            mime: "image/jpeg".into(),
            file_name: None,
            width: None,
            height: None,
            thumbnail: None,
        })
        .unwrap();
    let mut p = m.profile(id).unwrap();
    p.photo = Some(photo.clone());
    m.update_profile(id, p).unwrap();
    m.erase_everything().unwrap();
    assert!(m.portfolio_ids().unwrap().is_empty());
    assert!(matches!(
        m.attachment(&photo.sha256),
        Err(Error::NoSuchAttachment(_))
    ));
    drop(m);
    let raw = std::fs::read(dir.path().join(STORE_FILE)).unwrap();
    let needle = "Mariam Haile".as_bytes();
    assert!(
        !raw.windows(needle.len()).any(|w| w == needle),
        "erased text is not left in the file"
    );
}

#[test]
fn compaction_keeps_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let entry = m
        .add_json(id, Section::Skills, serde_json::json!({"name": "Sewing"}))
        .unwrap();
    for i in 0..600 {
        m.edit_json(
            id,
            Section::Skills,
            entry,
            serde_json::json!({"level": format!("{i}")}),
        )
        .unwrap();
    }
    let count: i64 = m
        .connection()
        .query_row("SELECT count(*) FROM doc_changes", [], |r| r.get(0))
        .unwrap();
    assert!(
        count <= mosaic_core::store::COMPACT_AFTER_CHANGES,
        "compacted: {count} rows"
    );
    drop(m);
    let mut m = Mosaic::open(dir.path()).unwrap();
    let skill: SkillEntry = m.get(id, entry).unwrap();
    assert_eq!(skill.level.as_deref(), Some("599"));
    assert_eq!(m.history(id, Some(entry)).unwrap().len(), 601);
}

#[test]
fn two_handles_on_one_store_see_each_others_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = Mosaic::open(dir.path()).unwrap();
    let mut b = Mosaic::open(dir.path()).unwrap();
    let id = a.create_portfolio(profile()).unwrap();
    b.add_json(id, Section::Skills, serde_json::json!({"name": "Driving"}))
        .unwrap();
    a.add_json(id, Section::Skills, serde_json::json!({"name": "Cooking"}))
        .unwrap();
    assert_eq!(a.list::<SkillEntry>(id).unwrap().len(), 2);
    assert_eq!(b.portfolio(id).unwrap(), a.portfolio(id).unwrap());
}
