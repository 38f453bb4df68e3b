//! Goals and their action plans: what she wants to reach (a course, a job, volunteering,
//! a language level, everyday life), the steps, the dates, and how far she is.
//!
//! A mentor can propose a goal through the feedback document; it becomes a goal here only
//! when the owner accepts it, and then remembers who proposed it (see `mosaic-sync`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Date, EntryId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum GoalArea {
    Education,
    Work,
    Volunteering,
    Language,
    /// Housing, health, papers, getting around: the everyday life of a newcomer.
    EverydayLife,
}

impl GoalArea {
    pub const ALL: [GoalArea; 5] = [
        GoalArea::Education,
        GoalArea::Work,
        GoalArea::Volunteering,
        GoalArea::Language,
        GoalArea::EverydayLife,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum GoalState {
    #[default]
    Open,
    Done,
    /// Given up or no longer wanted; kept, because changing one's mind is part of a plan.
    Dropped,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct GoalStep {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub done: bool,
}

/// Who proposed an accepted goal, as the owner's device knew the mentor: the name it
/// recorded with the mentor's key and that key's fingerprint, never text from the proposal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct ProposedBy {
    pub name: String,
    pub fingerprint: String,
    /// The proposal's id in the mentor's feedback document (so it is not offered twice).
    pub proposal: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Goal {
    pub id: EntryId,
    pub title: String,
    pub area: GoalArea,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<GoalStep>,
    /// When she wants to have reached it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub state: GoalState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<ProposedBy>,
}

/// How pressing an open goal is on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Nothing due within [`DUE_SOON_DAYS`].
    None,
    /// The goal or an open step is due within [`DUE_SOON_DAYS`].
    DueSoon,
    /// The goal or an open step was due before today.
    Overdue,
}

/// "Due soon" means within two weeks: long enough to act on, short enough to matter.
pub const DUE_SOON_DAYS: i64 = 14;

impl Goal {
    /// Steps done and steps in all.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.steps.iter().filter(|s| s.done).count(),
            self.steps.len(),
        )
    }

    /// Whether the goal or one of its open steps is overdue or due soon on `today`. A goal
    /// that is done or dropped is never pressing.
    pub fn urgency(&self, today: Date) -> Urgency {
        if self.state != GoalState::Open {
            return Urgency::None;
        }
        let dates = self
            .due
            .into_iter()
            .chain(self.steps.iter().filter(|s| !s.done).filter_map(|s| s.due));
        let mut urgency = Urgency::None;
        for due in dates {
            let days = (due - today).num_days();
            if days < 0 {
                return Urgency::Overdue;
            }
            if days <= DUE_SOON_DAYS {
                urgency = Urgency::DueSoon;
            }
        }
        urgency
    }
}
