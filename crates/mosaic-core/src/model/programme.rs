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
    /// Signed confirmations of the programme's results (`ME1:` statements of kind
    /// `programme_result`, by a teacher, mentor or organiser; `mosaic-attest` verifies them
    /// every time they are shown).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endorsements: Vec<String>,
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

/// One programme as the prerequisite rule sees it: which template it was started
/// from, whether its own modules meet their rules, and which templates it requires.
/// Built from `Programme`s (the model) or from projection rows (the store), so both
/// judge prerequisites by [`unmet_prerequisites`] alone.
pub struct PrerequisiteNode<'a> {
    pub template_id: Option<&'a str>,
    pub title: &'a str,
    pub own_met: bool,
    pub requires: &'a [String],
}

/// The prerequisites in `requires` that no programme among `all` meets. A template is
/// met when some programme started from it is met on its own modules and, in turn,
/// on its own prerequisites; a cycle of requirements (including `own_template`
/// requiring itself) can never be met.
pub fn unmet_prerequisites(
    own_template: Option<&str>,
    requires: &[String],
    all: &[PrerequisiteNode<'_>],
) -> Vec<Unmet> {
    requires
        .iter()
        .filter(|wanted| {
            let mut seen: Vec<String> = own_template.iter().map(|s| s.to_string()).collect();
            !template_met(all, wanted, &mut seen)
        })
        .map(|wanted| Unmet::PrerequisiteNotMet {
            template_id: wanted.clone(),
            title: all
                .iter()
                .find(|n| n.template_id == Some(wanted.as_str()))
                .map(|n| n.title.to_string()),
        })
        .collect()
}

fn template_met(all: &[PrerequisiteNode<'_>], template: &str, seen: &mut Vec<String>) -> bool {
    if seen.iter().any(|s| s == template) {
        return false;
    }
    seen.push(template.to_string());
    all.iter()
        .filter(|n| n.template_id == Some(template))
        .any(|n| {
            n.own_met
                && n.requires
                    .iter()
                    .all(|r| template_met(all, r, &mut seen.clone()))
        })
}

impl Programme {
    /// Progress judged on this programme's own modules only; prerequisites are not
    /// looked at. What the projection stores, since it sees one entry at a time.
    pub fn own_progress(&self) -> ProgrammeProgress {
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

    /// The full verdict: the modules and the programmes this one requires, looked
    /// up by template id among `others` (the portfolio's programmes).
    pub fn progress_among(&self, others: &[Programme]) -> ProgrammeProgress {
        let mut progress = self.own_progress();
        let others: Vec<&Programme> = others.iter().filter(|p| p.id != self.id).collect();
        let verdicts: Vec<Verdict> = others.iter().map(|p| p.own_progress().verdict).collect();
        let nodes: Vec<PrerequisiteNode<'_>> = others
            .iter()
            .zip(&verdicts)
            .map(|(p, v)| PrerequisiteNode {
                template_id: p.template_id.as_deref(),
                title: &p.title,
                own_met: *v == Verdict::Met,
                requires: &p.requires,
            })
            .collect();
        for unmet in unmet_prerequisites(self.template_id.as_deref(), &self.requires, &nodes) {
            progress.add_unmet(unmet);
        }
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
        // Names match in any letter case, in any script ("МАЛЬТІЙСЬКА" finds "Мальтійська").
        let wanted = which.to_lowercase();
        if let Some(i) = self
            .modules
            .iter()
            .position(|m| m.name.trim().to_lowercase() == wanted)
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
