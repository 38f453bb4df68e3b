//! Cultural-orientation and course programmes: modules, hours, attendance, pass marks,
//! and the rules that decide whether a programme's requirements are met.
//!
//! The verdict is always derived, never stored: a programme is met only when every
//! required module is completed and meets its own thresholds (its own or the
//! programme's defaults), and every programme it requires is met. Anything less says
//! which module and which rule is missing or failed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Date, EntryId};

/// Percentages are compared with this slack so that 80 typed as 79.99999999 still meets 80.
const EPSILON: f64 = 1e-9;

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
    /// The module's key in the template the programme was started from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default)]
    pub status: ModuleStatus,
    /// An optional module never decides the programme's verdict.
    #[serde(default)]
    pub optional: bool,
    /// Qualification-framework level, e.g. "MQF 1" or "EQF 2".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// Percentage 0..=100 of sessions attended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance_pct: Option<f64>,
    /// Attendance needed to pass this module, percentage (overrides the programme's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_attendance_pct: Option<f64>,
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

impl Module {
    pub fn named(name: &str) -> Self {
        Module {
            name: name.to_string(),
            key: None,
            status: ModuleStatus::Planned,
            optional: false,
            level: None,
            hours: None,
            attendance_pct: None,
            min_attendance_pct: None,
            score_pct: None,
            pass_mark_pct: None,
            sessions: None,
        }
    }
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
    /// Qualification-framework level of the whole programme, e.g. "MQF 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The template this programme was started from (`mosaic programme start`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Template ids of programmes that must be met first (Stage 2 requires Stage 1).
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    #[serde(default)]
    pub modules: Vec<Module>,
    /// Default attendance each module needs, percentage (e.g. 80); a module may set its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_attendance_pct: Option<f64>,
    /// Default pass mark for modules that do not set their own (e.g. 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark_pct: Option<f64>,
}

/// Tri-state verdict: met, failed for good, or not decided yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    NotMet,
    Pending,
}

impl Verdict {
    /// `Some(true)` met, `Some(false)` failed, `None` pending: the projection's column.
    pub fn as_option(self) -> Option<bool> {
        match self {
            Verdict::Met => Some(true),
            Verdict::NotMet => Some(false),
            Verdict::Pending => None,
        }
    }
}

/// One rule of one module (or of the programme) that is not satisfied, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Unmet {
    /// The programme has no required module, so nothing can be judged.
    NoRequiredModules,
    /// The module is planned or in progress.
    NotCompleted { status: ModuleStatus },
    /// The module was failed.
    Failed,
    /// Attendance below the module's minimum.
    AttendanceBelow { attendance_pct: f64, min_pct: f64 },
    /// A minimum attendance applies but no figure was recorded.
    AttendanceMissing { min_pct: f64 },
    /// Score below the module's pass mark.
    ScoreBelow { score_pct: f64, pass_mark_pct: f64 },
    /// A pass mark applies but no score was recorded.
    ScoreMissing { pass_mark_pct: f64 },
    /// A required programme (by template id) is not met yet, or not in the portfolio.
    PrerequisiteNotMet {
        template_id: String,
        title: Option<String>,
    },
}

impl Unmet {
    /// A rule that can no longer be satisfied without changing recorded results.
    fn is_final(&self) -> bool {
        matches!(
            self,
            Unmet::Failed | Unmet::AttendanceBelow { .. } | Unmet::ScoreBelow { .. }
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct ModuleProgress {
    pub name: String,
    pub required: bool,
    pub status: ModuleStatus,
    /// The thresholds that apply to this module (its own, else the programme's).
    pub min_attendance_pct: Option<f64>,
    pub pass_mark_pct: Option<f64>,
    pub verdict: Verdict,
    /// Empty when met.
    pub unmet: Vec<Unmet>,
}

/// Derived figures; never stored, always computed from the modules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct ProgrammeProgress {
    pub modules_total: u32,
    pub modules_completed: u32,
    pub hours_total: f64,
    /// Attendance over all modules with a figure, weighted by hours when known.
    /// Shown for information only: each module is judged on its own attendance.
    pub attendance_pct: Option<f64>,
    pub modules: Vec<ModuleProgress>,
    /// Programme-level rules not satisfied (no required module, prerequisites).
    pub unmet: Vec<Unmet>,
    pub verdict: Verdict,
    /// `Some(true)` when every requirement is met, `Some(false)` when one has failed
    /// for good, `None` while something is still open.
    pub requirements_met: Option<bool>,
}

impl ProgrammeProgress {
    /// Adds a programme-level rule that is not satisfied and decides again.
    pub fn add_unmet(&mut self, unmet: Unmet) {
        self.unmet.push(unmet);
        self.decide();
    }

    /// Failed when a required module failed for good; met when every required module
    /// is met and no programme-level rule is open; pending otherwise.
    fn decide(&mut self) {
        let mut required = self.modules.iter().filter(|m| m.required);
        self.verdict = if required.clone().any(|m| m.verdict == Verdict::NotMet) {
            Verdict::NotMet
        } else if self.unmet.is_empty() && required.all(|m| m.verdict == Verdict::Met) {
            Verdict::Met
        } else {
            Verdict::Pending
        };
        self.requirements_met = self.verdict.as_option();
    }
}

impl Programme {
    /// Progress judged on this programme's own modules only; prerequisites are not
    /// looked at. What the projection stores, since it sees one entry at a time.
    pub fn own_progress(&self) -> ProgrammeProgress {
        self.progress_guarded(None, &mut vec![])
    }

    /// The full verdict: the modules and the programmes this one requires, looked
    /// up by template id among `others` (the portfolio's programmes).
    pub fn progress_among(&self, others: &[Programme]) -> ProgrammeProgress {
        self.progress_guarded(Some(others), &mut vec![])
    }

    fn progress_guarded(
        &self,
        others: Option<&[Programme]>,
        seen: &mut Vec<String>,
    ) -> ProgrammeProgress {
        let modules: Vec<ModuleProgress> = self.modules.iter().map(|m| self.judge(m)).collect();
        let modules_total = self.modules.len() as u32;
        let modules_completed = self
            .modules
            .iter()
            .filter(|m| m.status == ModuleStatus::Completed)
            .count() as u32;
        let hours_total = self.modules.iter().filter_map(|m| m.hours).sum();

        let mut unmet = vec![];
        if !modules.iter().any(|m| m.required) {
            unmet.push(Unmet::NoRequiredModules);
        }
        if let Some(own) = &self.template_id {
            seen.push(own.clone());
        }
        for wanted in others.map_or(&[][..], |_| &self.requires[..]) {
            let candidates = others
                .unwrap_or_default()
                .iter()
                .filter(|p| p.id != self.id && p.template_id.as_deref() == Some(wanted.as_str()));
            // A cycle of requirements can never be met; stop instead of recursing forever.
            let met = !seen.contains(wanted)
                && candidates
                    .clone()
                    .any(|p| p.progress_guarded(others, &mut seen.clone()).verdict == Verdict::Met);
            if !met {
                unmet.push(Unmet::PrerequisiteNotMet {
                    template_id: wanted.clone(),
                    title: candidates.map(|p| p.title.clone()).next(),
                });
            }
        }

        let mut progress = ProgrammeProgress {
            modules_total,
            modules_completed,
            hours_total,
            attendance_pct: self.weighted_attendance(),
            modules,
            unmet,
            verdict: Verdict::Pending,
            requirements_met: None,
        };
        progress.decide();
        progress
    }

    fn judge(&self, m: &Module) -> ModuleProgress {
        let min_attendance_pct = m.min_attendance_pct.or(self.min_attendance_pct);
        let pass_mark_pct = m.pass_mark_pct.or(self.pass_mark_pct);
        let mut unmet = vec![];
        match m.status {
            ModuleStatus::Completed => {}
            ModuleStatus::Failed => unmet.push(Unmet::Failed),
            status => unmet.push(Unmet::NotCompleted { status }),
        }
        if let Some(min_pct) = min_attendance_pct {
            match m.attendance_pct {
                None => unmet.push(Unmet::AttendanceMissing { min_pct }),
                Some(att) if att + EPSILON < min_pct => unmet.push(Unmet::AttendanceBelow {
                    attendance_pct: att,
                    min_pct,
                }),
                Some(_) => {}
            }
        }
        if let Some(mark) = pass_mark_pct {
            match m.score_pct {
                None => unmet.push(Unmet::ScoreMissing {
                    pass_mark_pct: mark,
                }),
                Some(score) if score + EPSILON < mark => unmet.push(Unmet::ScoreBelow {
                    score_pct: score,
                    pass_mark_pct: mark,
                }),
                Some(_) => {}
            }
        }
        // While a module runs, low attendance or a low mock score may still change:
        // only a failed or a completed module is judged for good.
        let finished = matches!(m.status, ModuleStatus::Completed | ModuleStatus::Failed);
        let verdict = if unmet.is_empty() {
            Verdict::Met
        } else if finished && unmet.iter().any(Unmet::is_final) {
            Verdict::NotMet
        } else {
            Verdict::Pending
        };
        ModuleProgress {
            name: m.name.clone(),
            required: !m.optional,
            status: m.status,
            min_attendance_pct,
            pass_mark_pct,
            verdict,
            unmet,
        }
    }

    fn weighted_attendance(&self) -> Option<f64> {
        let (mut weighted, mut weight) = (0.0, 0.0);
        for m in &self.modules {
            if let Some(att) = m.attendance_pct {
                let w = m.hours.filter(|h| *h > 0.0).unwrap_or(1.0);
                weighted += att * w;
                weight += w;
            }
        }
        (weight > 0.0).then(|| weighted / weight)
    }

    /// Finds a module by template key, exact name (ignoring case) or 1-based number.
    pub fn module_index(&self, which: &str) -> Option<usize> {
        let which = which.trim();
        if let Some(i) = self
            .modules
            .iter()
            .position(|m| m.key.as_deref() == Some(which))
        {
            return Some(i);
        }
        if let Some(i) = self
            .modules
            .iter()
            .position(|m| m.name.trim().eq_ignore_ascii_case(which) || m.name.trim() == which)
        {
            return Some(i);
        }
        which
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=self.modules.len()).contains(n))
            .map(|n| n - 1)
    }
}
