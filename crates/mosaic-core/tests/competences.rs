//! Intercultural and social competences (issue 16, item 3), after LifeComp: assessed over
//! time by herself or a mentor, each level with its source, linked to what shows it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::*;

fn judged(
    date: &str,
    level: u8,
    by: CompetenceAssessor,
    name: Option<&str>,
) -> CompetenceAssessment {
    CompetenceAssessment {
        date: date.parse().unwrap(),
        level,
        assessor: by,
        assessor_name: name.map(str::to_string),
        note: None,
    }
}

#[test]
fn a_competence_grows_over_time_and_says_who_judged_each_level() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let first = m
        .assess_competence(
            id,
            CompetenceCode::Empathy,
            judged("2026-01-10", 2, CompetenceAssessor::SelfAssessed, None),
        )
        .unwrap();
    let again = m
        .assess_competence(
            id,
            CompetenceCode::Empathy,
            judged(
                "2026-06-01",
                3,
                CompetenceAssessor::Mentor,
                Some("Rita Borg"),
            ),
        )
        .unwrap();
    assert_eq!(first, again, "one entry per competence");
    let c = m.competence(id, CompetenceCode::Empathy).unwrap().unwrap();
    assert_eq!(c.history.len(), 2);
    let now = c.current().unwrap();
    assert_eq!((now.level, now.assessor), (3, CompetenceAssessor::Mentor));
    assert_eq!(now.assessor_name.as_deref(), Some("Rita Borg"));
    assert_eq!(CompetenceCode::Empathy.area(), CompetenceArea::Social);

    // Evidence: an activity that shows it.
    let act = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "language_exchange", "date": "2026-05-01"}),
        )
        .unwrap();
    m.link_competence_evidence(id, CompetenceCode::Empathy, act)
        .unwrap();
    m.link_competence_evidence(id, CompetenceCode::Empathy, act)
        .unwrap();
    assert_eq!(
        m.competence(id, CompetenceCode::Empathy)
            .unwrap()
            .unwrap()
            .evidence,
        vec![act]
    );
    // Evidence must be an entry of this portfolio, for an assessed competence.
    assert!(
        m.link_competence_evidence(id, CompetenceCode::Empathy, uuid::Uuid::now_v7())
            .is_err()
    );
    let err = m
        .link_competence_evidence(id, CompetenceCode::Wellbeing, act)
        .unwrap_err();
    assert!(err.to_string().contains("assess it first"), "{err}");
}

#[test]
fn a_level_off_the_scale_is_refused_and_nothing_changes() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    for level in [0, 5] {
        let err = m
            .assess_competence(
                id,
                CompetenceCode::Flexibility,
                judged("2026-01-10", level, CompetenceAssessor::SelfAssessed, None),
            )
            .unwrap_err();
        assert!(err.to_string().contains("history[0].level"), "{err}");
    }
    assert!(m.portfolio(id).unwrap().competences.is_empty());
    let err = m
        .add_json(
            id,
            Section::Competences,
            serde_json::json!({"code": "telepathy"}),
        )
        .unwrap_err();
    assert!(err.to_string().contains("telepathy"), "{err}");
}
