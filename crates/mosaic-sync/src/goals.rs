//! Goals agreed with a mentor: the mentor proposes a goal (with its steps and dates) in the
//! feedback document; the owner sees the proposal and accepts or declines it. Nothing is
//! written into her portfolio until she accepts; the accepted goal then says who proposed
//! it, as her device knows the mentor's key (never a name typed into the proposal).

use mosaic_core::validate::Validate;
use mosaic_core::{EntryId, Goal, Mosaic, PortfolioId, ProposedBy};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store;

/// The fields of a goal a mentor may propose (the owner's device sets id, state, origin).
const PROPOSED_FIELDS: [&str; 4] = ["title", "area", "due", "steps"];

/// A mentor's proposal as the owner (or the mentor) sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalProposal {
    /// The proposal's id in the mentor's feedback document.
    pub id: String,
    /// The mentor's name as this device recorded it with the mentor's key.
    pub by: String,
    pub fingerprint: String,
    /// Unix seconds.
    pub time: i64,
    /// The goal as proposed, when it reads as a valid goal.
    pub goal: Option<Goal>,
    /// Why it does not (a proposal that is not a valid goal can never be accepted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// `open`, `accepted` (a goal of the portfolio came from it) or `declined` (on this device).
    pub state: String,
}

/// Mentor: proposes a goal to a mentee (sent with the next sync). `goal` is JSON with
/// `title`, `area`, and optionally `due` and `steps`; anything else is refused.
pub fn propose_goal(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    goal: serde_json::Value,
) -> Result<String> {
    let fields = goal
        .as_object()
        .ok_or_else(|| Error::Invalid("a proposed goal is a JSON object".into()))?;
    if let Some(extra) = fields
        .keys()
        .find(|k| !PROPOSED_FIELDS.contains(&k.as_str()))
    {
        return Err(Error::Invalid(format!(
            "a mentor proposes only {}; not `{extra}`",
            PROPOSED_FIELDS.join(", ")
        )));
    }
    let checked = read_goal(&goal.to_string())?;
    let text = proposal_fields(&checked).to_string();
    crate::feedback::write_feedback(
        m,
        portfolio,
        "goals",
        &[
            ("goal", text.into()),
            (
                "time",
                automerge::ScalarValue::Timestamp(store::now() * 1000),
            ),
        ],
    )
}

/// The proposals on `portfolio` this device can read, newest first.
pub fn goal_proposals(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<GoalProposal>> {
    store::init(m.connection())?;
    let accepted: Vec<String> = m
        .portfolio(portfolio)?
        .goals
        .iter()
        .filter_map(|g| g.proposed_by.as_ref().map(|p| p.proposal.clone()))
        .collect();
    let mut out = vec![];
    for md in crate::feedback::mentor_docs(m, portfolio)? {
        let (doc, by, fingerprint) = (&md.doc, &md.name, &md.fingerprint);
        let Ok(Some((automerge::Value::Object(_), parent))) =
            automerge::ReadDoc::get(doc, automerge::ROOT, "goals")
        else {
            continue;
        };
        for key in automerge::ReadDoc::keys(doc, &parent) {
            let Ok(Some((automerge::Value::Object(_), obj))) =
                automerge::ReadDoc::get(doc, &parent, key.as_str())
            else {
                continue;
            };
            let text = scalar_text(doc, &obj, "goal");
            let (goal, problem) = match read_goal(&text) {
                Ok(g) => (Some(g), None),
                Err(e) => (None, Some(e.to_string())),
            };
            let declined: Option<i64> = m
                .connection()
                .query_row(
                    "SELECT 1 FROM sync_goal_declined WHERE local_id = ?1 AND item = ?2",
                    params![md.local_id, key],
                    |r| r.get(0),
                )
                .optional()?;
            let state = if accepted.contains(&key) {
                "accepted"
            } else if declined.is_some() {
                "declined"
            } else {
                "open"
            };
            out.push(GoalProposal {
                id: key,
                by: by.clone(),
                fingerprint: fingerprint.clone(),
                time: timestamp(doc, &obj, "time"),
                goal,
                problem,
                state: state.into(),
            });
        }
    }
    out.sort_by(|a, b| b.time.cmp(&a.time).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Owner: makes an open proposal one of her goals. Only the proposed title, area, dates and
/// steps are taken; who proposed it comes from the mentor's key. A proposal is accepted once.
pub fn accept_goal(m: &mut Mosaic, portfolio: PortfolioId, proposal: &str) -> Result<EntryId> {
    let p = find(m, portfolio, proposal)?;
    if p.state == "accepted" {
        return Err(Error::Invalid(format!(
            "goal proposal {proposal} is already one of your goals"
        )));
    }
    let mut goal = p.goal.ok_or_else(|| {
        Error::Invalid(format!(
            "goal proposal {proposal} cannot be accepted: {}",
            p.problem.unwrap_or_default()
        ))
    })?;
    goal.id = uuid::Uuid::now_v7();
    goal.proposed_by = Some(ProposedBy {
        name: p.by,
        fingerprint: p.fingerprint,
        proposal: p.id,
    });
    Ok(m.add(portfolio, goal)?)
}

/// Owner: declines a proposal on this device; her portfolio does not change.
pub fn decline_goal(m: &mut Mosaic, portfolio: PortfolioId, proposal: &str) -> Result<()> {
    find(m, portfolio, proposal)?;
    for md in crate::feedback::mentor_docs(m, portfolio)? {
        m.connection().execute(
            "INSERT OR IGNORE INTO sync_goal_declined(local_id, item) VALUES (?1, ?2)",
            params![md.local_id, proposal],
        )?;
    }
    Ok(())
}

fn find(m: &mut Mosaic, portfolio: PortfolioId, proposal: &str) -> Result<GoalProposal> {
    goal_proposals(m, portfolio)?
        .into_iter()
        .find(|p| p.id == proposal)
        .ok_or_else(|| Error::Invalid(format!("no goal proposal {proposal} on this portfolio")))
}

/// A proposal's text as a goal that passes the core's checks (with a placeholder id).
fn read_goal(text: &str) -> Result<Goal> {
    let mut value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| Error::Invalid(format!("the proposed goal is not JSON: {e}")))?;
    let obj = value
        .as_object_mut()
        .ok_or_else(|| Error::Invalid("a proposed goal is a JSON object".into()))?;
    obj.retain(|k, _| PROPOSED_FIELDS.contains(&k.as_str()));
    obj.insert("id".into(), uuid::Uuid::nil().to_string().into());
    let goal: Goal =
        serde_json::from_value(value).map_err(|e| Error::Invalid(format!("proposed goal: {e}")))?;
    goal.validate()
        .map_err(|e| Error::Invalid(format!("proposed goal: {e}")))?;
    Ok(goal)
}

fn proposal_fields(goal: &Goal) -> serde_json::Value {
    let mut v = serde_json::to_value(goal).unwrap_or_default();
    if let Some(obj) = v.as_object_mut() {
        obj.retain(|k, _| PROPOSED_FIELDS.contains(&k.as_str()));
    }
    v
}

fn scalar_text(doc: &automerge::Automerge, obj: &automerge::ObjId, key: &str) -> String {
    match automerge::ReadDoc::get(doc, obj, key) {
        Ok(Some((v, _))) => v.as_str().map(str::to_string).unwrap_or_default(),
        _ => String::new(),
    }
}

fn timestamp(doc: &automerge::Automerge, obj: &automerge::ObjId, key: &str) -> i64 {
    match automerge::ReadDoc::get(doc, obj, key) {
        Ok(Some((automerge::Value::Scalar(sv), _))) => match sv.as_ref() {
            automerge::ScalarValue::Timestamp(t) => t / 1000,
            _ => 0,
        },
        _ => 0,
    }
}
