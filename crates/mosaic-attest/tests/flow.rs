//! The whole loop on in-memory stores: an organiser makes an event and a code, a migrant
//! checks in (offline verification, an Activity with the proof), the organiser imports the
//! receipt. Every refusal leaves the portfolio and the register unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_attest::{Error, ReceiptOutcome, Source, check_in, source, store};
use mosaic_core::{Activity, ActivityKind, Mosaic, PortfolioId, Profile};

fn now() -> i64 {
    mosaic_attest::wire::now()
}

struct Organiser {
    m: Mosaic,
    event: store::Event,
}

fn organiser() -> Organiser {
    let mut m = Mosaic::open_in_memory().unwrap();
    store::init_organiser(m.connection(), "Integra Foundation", Some("Integra"), false).unwrap();
    let event = store::create_event(
        m.connection(),
        store::NewEvent {
            title: "Language café".into(),
            kind: ActivityKind::LanguageCafe,
            date: chrono::Utc::now().date_naive(),
            hours: 2.0,
            place: Some("Valletta".into()),
            programme: None,
            module: None,
        },
    )
    .unwrap();
    Organiser { m, event }
}

fn migrant(name: &str) -> (Mosaic, PortfolioId) {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m
        .create_portfolio(Profile {
            name_latin: name.into(),
            ..Default::default()
        })
        .unwrap();
    (m, id)
}

impl Organiser {
    fn code_at(&mut self, at: i64) -> String {
        store::check_in_code(self.m.connection(), &self.event.id.to_string(), at, 120).unwrap()
    }
}

#[test]
fn check_in_records_a_verified_activity_and_the_receipt_fills_the_register() {
    let mut org = organiser();
    let (mut m, id) = migrant("Amina Yusuf");
    let code = org.code_at(now());
    let done = check_in(&mut m, id, &code, Some(org.event.id), now()).unwrap();
    assert!(done.recorded);
    let acts = m.list::<Activity>(id).unwrap();
    assert_eq!(acts.len(), 1);
    let a = &acts[0];
    assert_eq!(a.title.as_deref(), Some("Language café"));
    assert_eq!(a.hours, Some(2.0));
    assert_eq!(a.organiser.as_deref(), Some("Integra Foundation"));
    let fp = store::require_organiser(org.m.connection())
        .unwrap()
        .info()
        .fingerprint;
    assert_eq!(
        source(a),
        Source::Verified {
            organiser: "Integra Foundation".into(),
            fingerprint: fp.clone(),
            event_id: org.event.id
        }
    );
    assert_eq!(
        source(a).describe(),
        format!("verified by Integra Foundation ({fp})")
    );

    let ev = org.event.id.to_string();
    let out = store::import_receipt(org.m.connection(), &ev, &done.receipt, now()).unwrap();
    assert!(matches!(out, ReceiptOutcome::Added { ref attendee, .. } if attendee == "Amina Yusuf"));
    let again = store::import_receipt(org.m.connection(), &ev, &done.receipt, now()).unwrap();
    assert!(matches!(again, ReceiptOutcome::AlreadyListed { .. }));
    let reg = store::register(org.m.connection(), &ev).unwrap();
    assert_eq!(reg.len(), 1);
    assert_eq!(reg[0].name, "Amina Yusuf");
}

#[test]
fn scanning_twice_is_a_no_op_that_says_so() {
    let mut org = organiser();
    let (mut m, id) = migrant("Amina");
    let first = check_in(&mut m, id, &org.code_at(now()), None, now()).unwrap();
    let heads = m.heads(id).unwrap();
    // The same code, and a newer code of the same event, even once expired.
    let second = check_in(&mut m, id, &org.code_at(now()), None, now()).unwrap();
    let later = check_in(&mut m, id, &org.code_at(now() - 600), None, now()).unwrap();
    for again in [&second, &later] {
        assert!(!again.recorded);
        assert_eq!(again.activity, first.activity);
    }
    assert_eq!(m.heads(id).unwrap(), heads, "nothing was written");
    assert_eq!(m.list::<Activity>(id).unwrap().len(), 1);
}

#[test]
fn refused_codes_store_nothing() {
    let mut org = organiser();
    let other = organiser();
    let (mut m, id) = migrant("Amina");
    let heads = m.heads(id).unwrap();
    let t = now();

    let expired = check_in(&mut m, id, &org.code_at(t - 121), None, t).unwrap_err();
    assert!(matches!(expired, Error::Expired { .. }), "{expired}");
    let future = check_in(&mut m, id, &org.code_at(t + 3600), None, t).unwrap_err();
    assert!(matches!(future, Error::FutureDated { .. }), "{future}");
    let wrong = check_in(&mut m, id, &org.code_at(t), Some(other.event.id), t).unwrap_err();
    assert!(matches!(wrong, Error::OtherEvent { .. }), "{wrong}");
    let mut altered = org.code_at(t);
    let last = altered.pop().unwrap();
    altered.push(if last == 'A' { 'B' } else { 'A' });
    assert!(check_in(&mut m, id, &altered, None, t).is_err());
    assert!(check_in(&mut m, id, "MC1:NOTACODE", None, t).is_err());

    assert_eq!(m.heads(id).unwrap(), heads);
    assert!(m.list::<Activity>(id).unwrap().is_empty());
}

#[test]
fn receipts_for_another_event_or_organiser_are_refused() {
    let mut org = organiser();
    let mut other = organiser();
    let (mut m, id) = migrant("Amina");
    let second_event = store::create_event(
        org.m.connection(),
        store::NewEvent {
            title: "International lunch".into(),
            kind: ActivityKind::InternationalLunch,
            date: org.event.date,
            hours: 1.0,
            place: None,
            programme: None,
            module: None,
        },
    )
    .unwrap();
    let done = check_in(&mut m, id, &org.code_at(now()), None, now()).unwrap();
    let wrong_event = store::import_receipt(
        org.m.connection(),
        &second_event.id.to_string(),
        &done.receipt,
        now(),
    )
    .unwrap_err();
    assert!(
        matches!(wrong_event, Error::OtherEvent { .. }),
        "{wrong_event}"
    );

    // Another organiser's device with an event of the same id cannot take it either.
    let other_code = other.code_at(now());
    let done_other = check_in(&mut m, id, &other_code, None, now()).unwrap();
    let err = store::import_receipt(
        org.m.connection(),
        &org.event.id.to_string(),
        &done_other.receipt,
        now(),
    )
    .unwrap_err();
    assert!(
        matches!(err, Error::OtherEvent { .. } | Error::OtherOrganiser { .. }),
        "{err}"
    );
    assert!(
        store::register(org.m.connection(), &org.event.id.to_string())
            .unwrap()
            .is_empty()
    );
    assert!(
        store::register(org.m.connection(), &second_event.id.to_string())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn editing_a_checked_in_activity_cannot_forge_verification() {
    let mut org = organiser();
    let (mut m, id) = migrant("Amina");
    check_in(&mut m, id, &org.code_at(now()), None, now()).unwrap();
    let mut a = m.list::<Activity>(id).unwrap().remove(0);

    // Moving the proof to another date, or typing a proof, does not read as verified.
    a.date = a.date.pred_opt().unwrap();
    assert!(matches!(source(&a), Source::InvalidProof { .. }));
    let mut typed = a.clone();
    typed.proof = Some("MC1:AAAAAAAAAAAAAAAA".into());
    assert!(matches!(source(&typed), Source::InvalidProof { .. }));
    typed.proof = None;
    assert_eq!(source(&typed), Source::SelfReported);
}

#[test]
fn a_new_organiser_key_keeps_old_check_ins_valid() {
    let mut org = organiser();
    let (mut m, id) = migrant("Amina");
    check_in(&mut m, id, &org.code_at(now()), None, now()).unwrap();
    let old = store::require_organiser(org.m.connection())
        .unwrap()
        .info()
        .fingerprint;
    assert!(store::init_organiser(org.m.connection(), "Integra Foundation", None, false).is_err());
    let new = store::init_organiser(org.m.connection(), "Integra Foundation", None, true)
        .unwrap()
        .info()
        .fingerprint;
    assert_ne!(old, new);
    let a = m.list::<Activity>(id).unwrap().remove(0);
    assert!(matches!(source(&a), Source::Verified { ref fingerprint, .. } if *fingerprint == old));
}

#[test]
fn the_attendance_key_is_stable_per_portfolio() {
    let (mut m, id) = migrant("Amina");
    let other = m
        .create_portfolio(Profile {
            name_latin: "Second".into(),
            ..Default::default()
        })
        .unwrap();
    let a = store::attendance_key(m.connection(), id).unwrap();
    let b = store::attendance_key(m.connection(), id).unwrap();
    let c = store::attendance_key(m.connection(), other).unwrap();
    assert_eq!(a.to_bytes(), b.to_bytes());
    assert_ne!(a.to_bytes(), c.to_bytes());
}

#[test]
fn module_attendance_is_verified_check_ins_over_signed_sessions() {
    use mosaic_attest::attendance;
    use mosaic_core::{Module, ModuleStatus, Programme};
    let mut org = organiser();
    let (mut m, id) = migrant("Amina");
    let mut held = vec![];
    for title in ["Maltese 1", "Maltese 2", "Maltese 3", "Maltese 4"] {
        held.push(
            store::create_event(
                org.m.connection(),
                store::NewEvent {
                    title: title.into(),
                    kind: ActivityKind::Workshop,
                    date: chrono::Utc::now().date_naive(),
                    hours: 2.0,
                    place: None,
                    programme: Some("i-belong-stage-1".into()),
                    module: Some("Maltese".into()),
                },
            )
            .unwrap(),
        );
    }
    let module = |name: &str, pct: f64| -> Module {
        serde_json::from_value(
            serde_json::json!({"name": name, "status": "in_progress", "attendance_pct": pct}),
        )
        .unwrap()
    };
    let prog: Programme = serde_json::from_value(serde_json::json!({
        "id": uuid::Uuid::now_v7(), "title": "I Belong", "modules": []
    }))
    .unwrap();
    let pid = m
        .add(
            id,
            Programme {
                modules: vec![module("Maltese", 100.0), module("English", 90.0)],
                ..prog
            },
        )
        .unwrap();
    // Three of four sessions, one of them scanned twice.
    for ev in &held[..3] {
        let code =
            store::check_in_code(org.m.connection(), &ev.id.to_string(), now(), 120).unwrap();
        check_in(&mut m, id, &code, None, now()).unwrap();
        check_in(&mut m, id, &code, None, now()).unwrap();
    }
    let today = chrono::Utc::now().date_naive();
    let list = store::session_list(
        org.m.connection(),
        "i-belong-stage-1",
        "Maltese",
        today,
        now(),
    )
    .unwrap();
    let linked = attendance::link_sessions(&mut m, id, &list, Some(pid)).unwrap();
    assert_eq!((linked.attendance.attended, linked.attendance.held), (3, 4));
    let p: Programme = m.get(id, pid).unwrap();
    assert_eq!(p.modules[0].attendance_pct, Some(75.0));
    assert_eq!(
        p.modules[1].attendance_pct,
        Some(90.0),
        "other modules untouched"
    );
    assert_eq!(p.modules[0].status, ModuleStatus::InProgress);
    let v = attendance::of_module(&p.modules[0], &m.list::<Activity>(id).unwrap()).unwrap();
    assert!(
        v.describe()
            .starts_with("75 % (3 of 4 sessions), verified by Integra Foundation (")
    );
    assert!(
        attendance::of_module(&p.modules[1], &[]).is_none(),
        "typed figure: self-reported"
    );

    // The fourth session, then a refresh: the module follows.
    let code =
        store::check_in_code(org.m.connection(), &held[3].id.to_string(), now(), 120).unwrap();
    check_in(&mut m, id, &code, None, now()).unwrap();
    assert_eq!(attendance::refresh(&mut m, id).unwrap(), 1);
    let p: Programme = m.get(id, pid).unwrap();
    assert_eq!(p.modules[0].attendance_pct, Some(100.0));

    // Typing the figure back does not survive the next refresh, and a check-in signed by
    // another organiser for a look-alike event does not count.
    let mut typed = p.clone();
    typed.modules[0].attendance_pct = Some(10.0);
    m.update(id, typed).unwrap();
    attendance::refresh(&mut m, id).unwrap();
    assert_eq!(
        m.get::<Programme>(id, pid).unwrap().modules[0].attendance_pct,
        Some(100.0)
    );
}
