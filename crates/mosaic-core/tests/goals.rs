//! Goals and action plans (issue 16, item 1): steps, dates, state, progress, what is due
//! soon or overdue; they survive backup and restore and merge from two devices.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::*;

fn day(s: &str) -> Date {
    s.parse().unwrap()
}

fn goal(m: &mut Mosaic, id: PortfolioId, title: &str, due: &str) -> EntryId {
    m.add_json(
        id,
        Section::Goals,
        serde_json::json!({"title": title, "area": "work", "due": due, "steps": [
            {"text": "Ask the job centre about kitchen jobs", "done": true},
            {"text": "Food safety course", "due": "2026-12-10"},
            {"text": "Send three applications"}
        ]}),
    )
    .unwrap()
}

#[test]
fn a_goal_knows_its_progress_and_what_is_due_soon_or_overdue() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let g = goal(&mut m, id, "A job in a kitchen", "2027-03-01");
    let g: Goal = m.get(id, g).unwrap();
    assert_eq!(g.state, GoalState::Open);
    assert_eq!(g.progress(), (1, 3));
    // The open step due on 10 December decides.
    assert_eq!(g.urgency(day("2026-11-01")), Urgency::None);
    assert_eq!(g.urgency(day("2026-11-30")), Urgency::DueSoon);
    assert_eq!(g.urgency(day("2026-12-11")), Urgency::Overdue);
    // A done step no longer counts; a done goal is never pressing.
    let mut done = g.clone();
    done.steps[1].done = true;
    assert_eq!(done.urgency(day("2026-12-11")), Urgency::None);
    assert_eq!(done.urgency(day("2027-02-20")), Urgency::DueSoon);
    done.state = GoalState::Done;
    assert_eq!(done.urgency(day("2027-04-01")), Urgency::None);
}

#[test]
fn a_bad_goal_is_refused_by_field_and_nothing_is_added() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    for (bad, field) in [
        (serde_json::json!({"title": "", "area": "work"}), "title"),
        (serde_json::json!({"title": "X", "area": "fame"}), "fame"),
        (
            serde_json::json!({"title": "X", "area": "work", "steps": [{"text": ""}]}),
            "steps[0].text",
        ),
        (
            serde_json::json!({"title": "X", "area": "work", "due": "2026-02-30"}),
            "due",
        ),
    ] {
        let err = m.add_json(id, Section::Goals, bad).unwrap_err();
        assert!(err.to_string().contains(field), "{field}: {err}");
    }
    assert!(m.portfolio(id).unwrap().goals.is_empty());
}

#[test]
fn goals_travel_in_the_backup_and_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let g = goal(&mut m, id, "B1 in Maltese", "2027-06-30");
    m.edit_json(id, Section::Goals, g, serde_json::json!({"state": "done"}))
        .unwrap();
    let before = m.portfolio(id).unwrap();
    let file = dir.path().join("b.age");
    m.backup(id, &file, "correct horse battery").unwrap();
    let mut other = Mosaic::open_in_memory().unwrap();
    let restored = other
        .restore(&file, Some("correct horse battery"), false)
        .unwrap();
    assert_eq!(other.portfolio(restored).unwrap().goals, before.goals);
    let json = m.export_json(id).unwrap();
    assert!(json.contains("\"goals\""));
    let mut third = Mosaic::open_in_memory().unwrap();
    let imported = third.import_json(json.as_bytes()).unwrap();
    assert_eq!(third.portfolio(imported).unwrap().goals, before.goals);
}

#[test]
fn two_devices_adding_their_first_goals_at_once_keep_both() {
    // Goals came after the document format's first version: a document made before has no
    // goals map. If each device created one, Automerge would show only one device's goals.
    let mut origin = Mosaic::open_in_memory().unwrap();
    let id = origin.create_portfolio(sample::profile()).unwrap();
    let shared = origin.save_document(id).unwrap();
    let mut a = Mosaic::open_in_memory().unwrap();
    let mut b = Mosaic::open_in_memory().unwrap();
    a.adopt_document(&shared, "phone").unwrap();
    b.adopt_document(&shared, "tablet").unwrap();
    goal(&mut a, id, "A job in a kitchen", "2027-03-01");
    goal(&mut b, id, "Driving licence", "2027-09-01");
    let from_a = a.changes_since(id, &[]).unwrap();
    let from_b = b.changes_since(id, &[]).unwrap();
    a.apply_changes(id, &from_b, |_| Ok(())).unwrap();
    b.apply_changes(id, &from_a, |_| Ok(())).unwrap();
    let titles = |m: &mut Mosaic| {
        let mut t: Vec<String> = m
            .portfolio(id)
            .unwrap()
            .goals
            .into_iter()
            .map(|g| g.title)
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles(&mut a), ["A job in a kitchen", "Driving licence"]);
    assert_eq!(titles(&mut a), titles(&mut b));
}
