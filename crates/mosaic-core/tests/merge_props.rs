//! Random edit sequences on two forks merge to the same state in any order.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::automerge::AutoCommit;
use mosaic_core::sample::{Seq, entry_json, profile};
use mosaic_core::*;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Add(usize),
    Edit(usize, u8),
    Remove(usize),
    Profile(u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..Section::ALL.len()).prop_map(Op::Add),
        (0..64usize, any::<u8>()).prop_map(|(i, v)| Op::Edit(i, v)),
        (0..64usize).prop_map(Op::Remove),
        any::<u8>().prop_map(Op::Profile),
    ]
}

fn apply(m: &mut Mosaic, id: PortfolioId, ops: &[Op], seed: u64) {
    let mut rng = Seq::new(seed);
    for (n, op) in ops.iter().enumerate() {
        let entries: Vec<(Section, EntryId)> = {
            let p = m.portfolio(id).unwrap();
            p.skills
                .iter()
                .map(|e| (Section::Skills, e.id))
                .chain(p.stories.iter().map(|e| (Section::Stories, e.id)))
                .chain(p.activities.iter().map(|e| (Section::Activities, e.id)))
                .chain(p.goals.iter().map(|e| (Section::Goals, e.id)))
                .chain(p.competences.iter().map(|e| (Section::Competences, e.id)))
                .chain(p.reflections.iter().map(|e| (Section::Reflections, e.id)))
                .chain(p.consents.iter().map(|e| (Section::Consents, e.id)))
                .collect()
        };
        match op {
            Op::Add(s) => {
                let section = Section::ALL[*s];
                let mut v = entry_json(section, n as u64, &mut rng);
                v["id"] = uuid::Uuid::new_v4().to_string().into();
                m.add_json(id, section, v).unwrap();
            }
            Op::Edit(i, v) if !entries.is_empty() => {
                let (section, e) = entries[i % entries.len()];
                let patch = match section {
                    Section::Skills => serde_json::json!({"level": format!("{v}")}),
                    Section::Stories => serde_json::json!({"body": format!("story {v}")}),
                    Section::Competences => serde_json::json!({"history": [
                        {"date": "2026-01-01", "level": 1 + v % 4, "assessor": "self"}]}),
                    // Reflections: the words, or shared and made private again.
                    Section::Reflections => match v % 3 {
                        0 => serde_json::json!({"learned": format!("word {v}")}),
                        1 => serde_json::json!({"visibility": "private"}),
                        _ => {
                            serde_json::json!({"visibility": "mentors", "new_words": [format!("w{v}")]})
                        }
                    },
                    // Withdrawn on one device, or withdrawn at another time on the other.
                    Section::Consents => serde_json::json!({
                        "withdrawn_at": format!("2030-01-{:02}T12:00:00Z", 1 + v % 28)}),
                    Section::Goals => match v % 2 {
                        0 => serde_json::json!({"state": "done"}),
                        _ => {
                            serde_json::json!({"steps": [{"text": format!("step {v}"), "done": v % 4 == 1}]})
                        }
                    },
                    // Activities: hours, the person's role or the topic (issue 16's fields).
                    _ => match v % 3 {
                        0 => serde_json::json!({"hours": f64::from(*v) / 10.0}),
                        1 => {
                            let roles = ["participant", "volunteer", "speaker", "organiser"];
                            serde_json::json!({ "role": roles[usize::from(*v) % 4] })
                        }
                        _ => {
                            serde_json::json!({"topic": format!("topic {v}"), "kind": "cultural_festival"})
                        }
                    },
                };
                m.edit_json(id, section, e, patch).unwrap();
            }
            Op::Remove(i) if !entries.is_empty() => {
                let (section, e) = entries[i % entries.len()];
                m.remove(id, section, e).unwrap();
            }
            Op::Profile(v) => {
                let mut p = m.profile(id).unwrap();
                p.city = Some(format!("City {v}"));
                m.update_profile(id, p).unwrap();
            }
            _ => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn forks_merge_to_the_same_state_in_any_order(
        base in proptest::collection::vec(op(), 0..6),
        left in proptest::collection::vec(op(), 0..10),
        right in proptest::collection::vec(op(), 0..10),
    ) {
        let mut origin = Mosaic::open_in_memory().unwrap();
        let id = origin.create_portfolio(profile()).unwrap();
        apply(&mut origin, id, &base, 1);
        let shared = origin.save_document(id).unwrap();

        let mut a = Mosaic::open_in_memory().unwrap();
        let mut b = Mosaic::open_in_memory().unwrap();
        a.adopt_document(&shared, "owner").unwrap();
        b.adopt_document(&shared, "owner").unwrap();
        apply(&mut a, id, &left, 2);
        apply(&mut b, id, &right, 3);

        let from_a = a.changes_since(id, &[]).unwrap();
        let from_b = b.changes_since(id, &[]).unwrap();
        // a <- b, then b <- a (reversed order): both end identical.
        a.apply_changes(id, &from_b, |_| Ok(())).unwrap();
        let mut reversed = from_a.clone();
        reversed.reverse();
        b.apply_changes(id, &reversed, |_| Ok(())).unwrap();
        // What the documents hold converges; "only me" stories stay on their device.
        prop_assert_eq!(a.shared_portfolio(id).unwrap(), b.shared_portfolio(id).unwrap());
        let mut ha = a.heads(id).unwrap(); ha.sort();
        let mut hb = b.heads(id).unwrap(); hb.sort();
        prop_assert_eq!(&ha, &hb);
        // Applying the same changes twice changes nothing (duplicated messages).
        let before = a.portfolio(id).unwrap();
        a.apply_changes(id, &from_b, |_| Ok(())).unwrap();
        prop_assert_eq!(a.portfolio(id).unwrap(), before);
        for m in [&mut a, &mut b] {
            let shared = m.shared_portfolio(id).unwrap();
            prop_assert!(shared.stories.iter().all(|s| s.visibility != Visibility::Private),
                "no private story in a document");
        }
        // And the projections agree with the document on both sides.
        // The projections count what each side shows, its own "only me" stories included.
        for m in [&mut a, &mut b] {
            let shown = m.portfolio(id).unwrap().entry_count() as u32;
            prop_assert_eq!(m.summary(id).unwrap().entries, shown);
        }
        // A raw Automerge merge of the two saves agrees too.
        let mut raw = AutoCommit::load(&a.save_document(id).unwrap()).unwrap();
        let mut other = AutoCommit::load(&b.save_document(id).unwrap()).unwrap();
        raw.merge(&mut other).unwrap();
        prop_assert_eq!(raw.get_heads().len(), ha.len());
    }
}
