//! Goals agreed with a mentor (issue 16, item 1): a mentor's proposal reaches the owner
//! through the feedback document and changes nothing in her portfolio until she accepts it.

use mosaic_core::{Goal, GoalState, Mosaic};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::{Error, RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn p() -> RetryPolicy {
    RetryPolicy::default()
}

#[test]
fn a_proposed_goal_changes_nothing_until_the_owner_accepts_it() -> R {
    let relay = SimRelay::new();
    let mut owner = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    mentor.set_author("Teacher Rita")?;
    let (mut lo, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = owner.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    let code = mosaic_sync::device_code(&mut mentor)?;
    let share =
        mosaic_sync::share_code_with(&mut owner, &mut lo, URL, id, &code, ShareRole::Mentor)?;
    mosaic_sync::join_with(&mut mentor, &mut lm, &share)?;

    // A mentor may propose only a goal's title, area, dates and steps.
    let forged = mosaic_sync::propose_goal(
        &mut mentor,
        id,
        serde_json::json!({"title": "X", "area": "work", "proposed_by": {"name": "Director"}}),
    );
    assert!(matches!(forged, Err(Error::Invalid(m)) if m.contains("proposed_by")));
    assert!(
        mosaic_sync::propose_goal(
            &mut mentor,
            id,
            serde_json::json!({"title": "", "area": "work"})
        )
        .is_err()
    );
    let job = mosaic_sync::propose_goal(
        &mut mentor,
        id,
        serde_json::json!({"title": "A job in a kitchen", "area": "work", "due": "2027-03-01",
            "steps": [{"text": "Food safety course", "due": "2026-12-10"}, {"text": "Send three applications"}]}),
    )?;
    let licence = mosaic_sync::propose_goal(
        &mut mentor,
        id,
        serde_json::json!({"title": "Driving licence", "area": "everyday_life"}),
    )?;
    // The owner cannot propose into a mentor's feedback document.
    assert!(
        mosaic_sync::propose_goal(
            &mut owner,
            id,
            serde_json::json!({"title": "Y", "area": "work"})
        )
        .is_err()
    );
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;

    let heads_before = owner.heads(id)?;
    let portfolio_before = owner.portfolio(id)?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    assert_eq!(
        owner.portfolio(id)?,
        portfolio_before,
        "a proposal writes nothing into her portfolio"
    );
    assert_eq!(owner.heads(id)?, heads_before);
    let proposals = mosaic_sync::goal_proposals(&mut owner, id)?;
    assert_eq!(proposals.len(), 2, "{proposals:?}");
    let p_job = proposals
        .iter()
        .find(|x| x.id == job)
        .ok_or("job proposal")?;
    assert_eq!(p_job.by, "Teacher Rita");
    assert_eq!(p_job.state, "open");
    assert_eq!(p_job.goal.as_ref().map(|g| g.steps.len()), Some(2));

    // She accepts one: it becomes her goal and remembers who proposed it, by key.
    let goal_id = mosaic_sync::accept_goal(&mut owner, id, &job)?;
    let goal: Goal = owner.get(id, goal_id)?;
    assert_eq!(goal.title, "A job in a kitchen");
    assert_eq!(goal.state, GoalState::Open);
    let by = goal.proposed_by.clone().ok_or("proposed_by")?;
    assert_eq!(by.name, "Teacher Rita");
    assert_eq!(by.fingerprint, p_job.fingerprint);
    assert!(
        mosaic_sync::accept_goal(&mut owner, id, &job).is_err(),
        "accepted once"
    );
    // She declines the other: her portfolio does not change.
    let before = owner.portfolio(id)?;
    mosaic_sync::decline_goal(&mut owner, id, &licence)?;
    assert_eq!(owner.portfolio(id)?, before);
    let states: Vec<(String, String)> = mosaic_sync::goal_proposals(&mut owner, id)?
        .into_iter()
        .map(|x| (x.id, x.state))
        .collect();
    assert!(states.contains(&(job.clone(), "accepted".into())));
    assert!(states.contains(&(licence.clone(), "declined".into())));
    assert!(mosaic_sync::accept_goal(&mut owner, id, "no-such-proposal").is_err());

    // The mentor follows the agreed goal's progress.
    owner.edit_json(
        id,
        mosaic_core::Section::Goals,
        goal_id,
        serde_json::json!({"steps": [{"text": "Food safety course", "due": "2026-12-10", "done": true},
            {"text": "Send three applications"}]}),
    )?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    let seen: Goal = mentor.get(id, goal_id)?;
    assert_eq!(seen.progress(), (1, 2));
    assert_eq!(seen.proposed_by, goal.proposed_by);
    Ok(())
}
