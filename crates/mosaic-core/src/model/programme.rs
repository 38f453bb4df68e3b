//! Cultural-orientation and course programmes: modules, hours, attendance, pass marks.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Date, EntryId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ModuleStatus {
    #[default]
    Planned,
    InProgress,
    Completed,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Module {
    pub name: String,
    #[serde(default)]
    pub status: ModuleStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// Percentage 0..=100 of sessions attended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_pct: Option<f64>,
    /// Score obtained, percentage 0..=100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_pct: Option<f64>,
    /// Score needed to pass this module, percentage 0..=100 (overrides the programme's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark_pct: Option<f64>,
    /// The organiser's signed list of the sessions held (opaque here; `mosaic-attest`
    /// verifies it and computes `attendance_pct` from the verified check-ins it covers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Programme {
    pub id: EntryId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// E.g. "Stage 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    #[serde(default)]
    pub modules: Vec<Module>,
    /// Attendance needed over the whole stage, percentage (e.g. 80).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_attendance_pct: Option<f64>,
    /// Default pass mark for modules that do not set their own (e.g. 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark_pct: Option<f64>,
}

/// Derived figures; never stored, always computed from the modules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct ProgrammeProgress {
    pub modules_total: u32,
    pub modules_completed: u32,
    pub hours_total: f64,
    /// Attendance over all modules with a figure, weighted by hours when known.
    pub attendance_pct: Option<f64>,
    pub attendance_met: Option<bool>,
    pub scores_met: Option<bool>,
    /// `Some(true)` when every requirement is known and met, `Some(false)` when one
    /// is known to fail, `None` while figures are missing.
    pub requirements_met: Option<bool>,
}

impl Programme {
    pub fn progress(&self) -> ProgrammeProgress {
        let modules_total = self.modules.len() as u32;
        let modules_completed = self
            .modules
            .iter()
            .filter(|m| m.status == ModuleStatus::Completed)
            .count() as u32;
        let hours_total = self.modules.iter().filter_map(|m| m.hours).sum();

        let (mut weighted, mut weight) = (0.0, 0.0);
        for m in &self.modules {
            if let Some(att) = m.attendance_pct {
                let w = m.hours.filter(|h| *h > 0.0).unwrap_or(1.0);
                weighted += att * w;
                weight += w;
            }
        }
        let attendance_pct = (weight > 0.0).then(|| weighted / weight);
        let attendance_met = match (self.min_attendance_pct, attendance_pct) {
            (None, _) => Some(true),
            (Some(_), None) => None,
            (Some(min), Some(att)) => Some(att + 1e-9 >= min),
        };

        let mut scores_met = Some(true);
        for m in &self.modules {
            let Some(mark) = m.pass_mark_pct.or(self.pass_mark_pct) else {
                continue;
            };
            match m.score_pct {
                None => {
                    if scores_met == Some(true) {
                        scores_met = None;
                    }
                }
                Some(score) if score + 1e-9 < mark => scores_met = Some(false),
                Some(_) => {}
            }
        }
        let requirements_met = match (attendance_met, scores_met) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) if modules_total > 0 => Some(true),
            _ => None,
        };
        ProgrammeProgress {
            modules_total,
            modules_completed,
            hours_total,
            attendance_pct,
            attendance_met,
            scores_met,
            requirements_met,
        }
    }
}
