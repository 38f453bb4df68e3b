//! Programme rules: a programme is met only when every required module is completed
//! and meets its own thresholds, and every programme it requires is met. Worked cases
//! for the I Belong templates sit on the line between pass and fail.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::*;
use proptest::prelude::*;

fn stage(n: u8) -> ProgrammeTemplate {
    ProgrammeTemplate::find_builtin(&format!("mt-ibelong-stage-{n}")).unwrap()
}

fn set(p: &mut Programme, key: &str, status: ModuleStatus, att: Option<f64>, score: Option<f64>) {
    let i = p.module_index(key).unwrap();
    p.modules[i].status = status;
    p.modules[i].attendance_pct = att;
    p.modules[i].score_pct = score;
}

fn stage1_all(att: f64, score: f64) -> Programme {
    let mut p = stage(1).instantiate(uuid::Uuid::now_v7());
    for key in ["maltese", "english", "cultural-orientation"] {
        set(&mut p, key, ModuleStatus::Completed, Some(att), Some(score));
    }
    p
}

#[test]
fn i_belong_stage_1_is_three_20_hour_mqf1_courses_at_80_percent_and_50_percent() {
    let t = stage(1);
    assert_eq!(t.modules.len(), 3);
    for m in &t.modules {
        assert_eq!(m.hours, Some(20.0), "{}", m.key);
        assert_eq!(m.level.as_deref(), Some("MQF 1"));
        assert_eq!(m.min_attendance_pct, Some(80.0));
        assert_eq!(m.pass_mark_pct, Some(50.0));
        assert!(!m.optional);
    }
    assert!(t.requires.is_empty());
    let p = t.instantiate(uuid::Uuid::now_v7());
    assert_eq!(p.own_progress().hours_total, 60.0);
    assert_eq!(p.own_progress().verdict, Verdict::Pending, "all planned");
}

#[test]
fn i_belong_stage_2_is_maltese_and_orientation_at_mqf2_and_requires_stage_1() {
    let t = stage(2);
    let maltese = t.modules.iter().find(|m| m.key == "maltese").unwrap();
    assert_eq!(
        (maltese.hours, maltese.pass_mark_pct),
        (Some(50.0), Some(65.0))
    );
    assert_eq!(maltese.min_attendance_pct, None);
    let co = t
        .modules
        .iter()
        .find(|m| m.key == "cultural-orientation")
        .unwrap();
    assert_eq!(
        (co.hours, co.min_attendance_pct, co.pass_mark_pct),
        (Some(120.0), Some(80.0), Some(75.0))
    );
    assert!(
        t.modules
            .iter()
            .all(|m| m.level.as_deref() == Some("MQF 2"))
    );
    assert_eq!(t.requires, vec!["mt-ibelong-stage-1".to_string()]);
}

#[test]
fn stage_1_on_the_line_80_percent_and_50_percent_is_met() {
    assert_eq!(stage1_all(80.0, 50.0).own_progress().verdict, Verdict::Met);
}

#[test]
fn stage_1_just_below_either_line_fails_and_names_module_and_rule() {
    let mut p = stage1_all(80.0, 50.0);
    set(
        &mut p,
        "maltese",
        ModuleStatus::Completed,
        Some(79.9),
        Some(90.0),
    );
    let g = p.own_progress();
    assert_eq!(g.verdict, Verdict::NotMet);
    let maltese = g.modules.iter().find(|m| m.name == "Maltese").unwrap();
    assert_eq!(
        maltese.unmet,
        vec![Unmet::AttendanceBelow {
            attendance_pct: 79.9,
            min_pct: 80.0
        }]
    );

    let mut p = stage1_all(80.0, 50.0);
    set(
        &mut p,
        "english",
        ModuleStatus::Completed,
        Some(100.0),
        Some(49.5),
    );
    let g = p.own_progress();
    assert_eq!(g.verdict, Verdict::NotMet);
    assert!(g.modules[1].unmet.contains(&Unmet::ScoreBelow {
        score_pct: 49.5,
        pass_mark_pct: 50.0
    }));
}

#[test]
fn attendance_is_not_averaged_across_modules() {
    // Maltese 60 %, English 100 %, orientation 90 %: the average is 83 %, but the
    // Maltese course fails its own 80 % rule.
    let mut p = stage1_all(100.0, 70.0);
    set(
        &mut p,
        "maltese",
        ModuleStatus::Completed,
        Some(60.0),
        Some(70.0),
    );
    set(
        &mut p,
        "cultural-orientation",
        ModuleStatus::Completed,
        Some(90.0),
        Some(70.0),
    );
    let g = p.own_progress();
    assert!(
        g.attendance_pct.unwrap() > 80.0,
        "the average alone would pass"
    );
    assert_eq!(g.verdict, Verdict::NotMet);
    assert_eq!(g.requirements_met, Some(false));
}

#[test]
fn planned_or_failed_modules_without_thresholds_are_not_met() {
    let mut p = Programme {
        id: uuid::Uuid::now_v7(),
        title: "Course".into(),
        provider: None,
        stage: None,
        level: None,
        template_id: None,
        requires: vec![],
        start: None,
        end: None,
        modules: vec![Module::named("A"), Module::named("B")],
        min_attendance_pct: None,
        pass_mark_pct: None,
        endorsements: vec![],
    };
    assert_eq!(p.own_progress().verdict, Verdict::Pending);
    p.modules[0].status = ModuleStatus::Failed;
    p.modules[1].status = ModuleStatus::Failed;
    assert_eq!(p.own_progress().verdict, Verdict::NotMet);
    p.modules = vec![];
    let g = p.own_progress();
    assert_eq!(g.verdict, Verdict::Pending);
    assert_eq!(g.unmet, vec![Unmet::NoRequiredModules]);
}

#[test]
fn a_completed_module_without_its_score_is_pending_not_met() {
    let mut p = stage1_all(90.0, 90.0);
    set(&mut p, "english", ModuleStatus::Completed, Some(90.0), None);
    let g = p.own_progress();
    assert_eq!(g.verdict, Verdict::Pending);
    assert!(g.modules[1].unmet.contains(&Unmet::ScoreMissing {
        pass_mark_pct: 50.0
    }));
}

#[test]
fn an_optional_module_never_decides() {
    let mut p = stage1_all(90.0, 90.0);
    let mut extra = Module::named("Extra");
    extra.optional = true;
    extra.status = ModuleStatus::Failed;
    p.modules.push(extra);
    assert_eq!(p.own_progress().verdict, Verdict::Met);
}

#[test]
fn stage_2_says_so_while_stage_1_is_not_met() {
    let mut s2 = stage(2).instantiate(uuid::Uuid::now_v7());
    set(
        &mut s2,
        "maltese",
        ModuleStatus::Completed,
        None,
        Some(65.0),
    );
    set(
        &mut s2,
        "cultural-orientation",
        ModuleStatus::Completed,
        Some(80.0),
        Some(75.0),
    );
    assert_eq!(
        s2.own_progress().verdict,
        Verdict::Met,
        "own rules met on the line"
    );

    let g = s2.progress_among(&[]);
    assert_eq!(g.verdict, Verdict::Pending);
    assert!(
        matches!(&g.unmet[..], [Unmet::PrerequisiteNotMet { template_id, title: None }]
        if template_id == "mt-ibelong-stage-1")
    );

    let mut s1 = stage1_all(80.0, 50.0);
    set(
        &mut s1,
        "english",
        ModuleStatus::InProgress,
        Some(85.0),
        None,
    );
    let all = vec![s1.clone(), s2.clone()];
    let g = s2.progress_among(&all);
    assert_eq!(g.verdict, Verdict::Pending);
    assert!(
        matches!(&g.unmet[..], [Unmet::PrerequisiteNotMet { title: Some(t), .. }]
        if t == "I Belong, Stage 1")
    );

    set(
        &mut s1,
        "english",
        ModuleStatus::Completed,
        Some(85.0),
        Some(50.0),
    );
    let all = vec![s1, s2.clone()];
    assert_eq!(s2.progress_among(&all).verdict, Verdict::Met);
}

#[test]
fn the_store_tells_stage_1_and_stage_2_apart_and_applies_prerequisites() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(Profile::default()).unwrap();
    let mut s1 = stage1_all(80.0, 50.0);
    s1.title = "I Belong".into();
    let mut s2 = stage(2).instantiate(uuid::Uuid::now_v7());
    s2.title = "I Belong".into();
    set(&mut s2, "maltese", ModuleStatus::InProgress, None, None);
    m.add(id, s2.clone()).unwrap();
    set(
        &mut s1,
        "english",
        ModuleStatus::InProgress,
        Some(80.0),
        None,
    );
    m.add(id, s1.clone()).unwrap();

    let summary = m.summary(id).unwrap();
    assert_eq!(summary.programmes.len(), 2);
    let by_id = |id| summary.programmes.iter().find(|p| p.id == id).unwrap();
    assert_eq!(by_id(s1.id).stage.as_deref(), Some("Stage 1"));
    assert_eq!(by_id(s2.id).stage.as_deref(), Some("Stage 2"));
    assert_eq!(by_id(s1.id).modules_completed, 2);
    assert_eq!(by_id(s2.id).modules_completed, 0);

    // Stage 2 met on its own modules, Stage 1 not: Stage 2 waits for Stage 1.
    set(
        &mut s2,
        "maltese",
        ModuleStatus::Completed,
        None,
        Some(70.0),
    );
    set(
        &mut s2,
        "cultural-orientation",
        ModuleStatus::Completed,
        Some(95.0),
        Some(80.0),
    );
    m.update(id, s2.clone()).unwrap();
    let summary = m.summary(id).unwrap();
    let s2_row = summary.programmes.iter().find(|p| p.id == s2.id).unwrap();
    assert_eq!(s2_row.requirements_met, None);
    assert!(
        s2_row
            .progress
            .unmet
            .iter()
            .any(|u| matches!(u, Unmet::PrerequisiteNotMet { .. }))
    );

    set(
        &mut s1,
        "english",
        ModuleStatus::Completed,
        Some(80.0),
        Some(50.0),
    );
    m.update(id, s1).unwrap();
    let summary = m.summary(id).unwrap();
    assert!(
        summary
            .programmes
            .iter()
            .all(|p| p.requirements_met == Some(true))
    );
}

#[test]
fn a_template_with_bad_rules_is_refused_with_the_path() {
    let good = include_str!("../templates/mt-ibelong-stage-1.json");
    let bad = good.replacen("\"pass_mark_pct\": 50", "\"pass_mark_pct\": 150", 1);
    let err = ProgrammeTemplate::parse(bad.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(err.contains("pass_mark_pct"), "{err}");
    let err = ProgrammeTemplate::parse(b"{\"format\": 3}")
        .unwrap_err()
        .to_string();
    assert!(err.contains("format"), "{err}");
    let self_req = good.replace("\"requires\": []", "\"requires\": [\"mt-ibelong-stage-1\"]");
    assert!(ProgrammeTemplate::parse(self_req.as_bytes()).is_err());
    assert!(ProgrammeTemplate::parse(&vec![b' '; 300 * 1024]).is_err());
}

#[test]
fn committed_template_schema_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas/programme-template-v1.schema.json");
    let generated = serde_json::to_string_pretty(&template::json_schema()).unwrap() + "\n";
    if std::env::var_os("MOSAIC_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schemas/programme-template-v1.schema.json is stale: run MOSAIC_BLESS=1 cargo test -p mosaic-core --test programme_rules"
    );
    // The shipped templates validate against it.
    let schema: serde_json::Value = serde_json::from_str(&generated).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for src in [
        include_str!("../templates/mt-ibelong-stage-1.json"),
        include_str!("../templates/mt-ibelong-stage-2.json"),
    ] {
        let v: serde_json::Value = serde_json::from_str(src).unwrap();
        assert!(validator.is_valid(&v));
    }
}

fn arb_status() -> impl Strategy<Value = ModuleStatus> {
    prop_oneof![
        Just(ModuleStatus::Planned),
        Just(ModuleStatus::InProgress),
        Just(ModuleStatus::Completed),
        Just(ModuleStatus::Failed),
    ]
}

fn arb_pct() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (0u32..=100).prop_map(|v| Some(v as f64)),
        (0.0f64..=100.0).prop_map(Some)
    ]
}

fn arb_module() -> impl Strategy<Value = Module> {
    (
        arb_status(),
        any::<bool>(),
        arb_pct(),
        arb_pct(),
        arb_pct(),
        arb_pct(),
    )
        .prop_map(|(status, optional, att, min_att, score, mark)| Module {
            status,
            optional,
            attendance_pct: att,
            min_attendance_pct: min_att,
            score_pct: score,
            pass_mark_pct: mark,
            ..Module::named("m")
        })
}

fn arb_programme() -> impl Strategy<Value = Programme> {
    (
        prop::collection::vec(arb_module(), 0..6),
        arb_pct(),
        arb_pct(),
    )
        .prop_map(|(modules, min_att, mark)| Programme {
            id: uuid::Uuid::nil(),
            title: "P".into(),
            provider: None,
            stage: None,
            level: None,
            template_id: None,
            requires: vec![],
            start: None,
            end: None,
            modules,
            min_attendance_pct: min_att,
            pass_mark_pct: mark,
            endorsements: vec![],
        })
}

/// What a module needs, written out independently of the implementation.
fn module_passes(p: &Programme, m: &Module) -> bool {
    let ok = |value: Option<f64>, min: Option<f64>| match (min, value) {
        (None, _) => true,
        (Some(_), None) => false,
        (Some(min), Some(v)) => v + 1e-9 >= min,
    };
    m.status == ModuleStatus::Completed
        && ok(
            m.attendance_pct,
            m.min_attendance_pct.or(p.min_attendance_pct),
        )
        && ok(m.score_pct, m.pass_mark_pct.or(p.pass_mark_pct))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn met_exactly_when_every_required_module_is_completed_and_passes(p in arb_programme()) {
        let required: Vec<&Module> = p.modules.iter().filter(|m| !m.optional).collect();
        let expected = !required.is_empty() && required.iter().all(|m| module_passes(&p, m));
        prop_assert_eq!(p.own_progress().verdict == Verdict::Met, expected);
    }

    #[test]
    fn a_failing_required_module_always_makes_it_not_met(p in arb_programme()) {
        let g = p.own_progress();
        for (m, mp) in p.modules.iter().zip(&g.modules) {
            if !m.optional && m.status == ModuleStatus::Failed {
                prop_assert_eq!(g.verdict, Verdict::NotMet);
            }
            if !m.optional && mp.verdict == Verdict::NotMet {
                prop_assert_eq!(g.verdict, Verdict::NotMet);
            }
        }
    }

    #[test]
    fn never_met_while_a_required_module_is_planned_or_in_progress(p in arb_programme()) {
        let open = p.modules.iter().any(|m| {
            !m.optional && matches!(m.status, ModuleStatus::Planned | ModuleStatus::InProgress)
        });
        if open {
            prop_assert_ne!(p.own_progress().verdict, Verdict::Met);
            prop_assert_ne!(p.own_progress().requirements_met, Some(true));
        }
    }

    #[test]
    fn every_unmet_module_says_why(p in arb_programme()) {
        for mp in p.own_progress().modules {
            prop_assert_eq!(mp.verdict == Verdict::Met, mp.unmet.is_empty());
        }
    }
}

#[test]
fn a_module_is_found_by_its_name_in_any_letter_case_and_script() {
    let mut p = stage1_all(90.0, 60.0);
    p.modules[0].name = "Мальтійська".into();
    p.modules[1].name = "English".into();
    assert_eq!(p.module_index("МАЛЬТІЙСЬКА"), Some(0));
    assert_eq!(p.module_index("  english "), Some(1));
    assert_eq!(p.module_index("3"), Some(2));
    assert_eq!(p.module_index("4"), None);
    assert_eq!(p.module_index("Engl"), None);
}
