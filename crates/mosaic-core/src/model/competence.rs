//! Personal, social and learning-to-learn competences, after the EU's LifeComp framework
//! (JRC, 2020): nine competences in three areas. Each is self-assessed (or assessed by a
//! mentor) over time like a CEFR level, and linked to the entries that show it.
//!
//! LifeComp names the competences but defines no proficiency levels, so the four steps here
//! are Mosaic's own, in plain words a person can judge herself by (see ARCHITECTURE.md).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Date, EntryId};

/// The nine LifeComp competences, in the framework's order (areas P, S, L).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CompetenceCode {
    SelfRegulation,
    Flexibility,
    Wellbeing,
    Empathy,
    Communication,
    Collaboration,
    GrowthMindset,
    CriticalThinking,
    ManagingLearning,
}

/// LifeComp's three areas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CompetenceArea {
    Personal,
    Social,
    LearningToLearn,
}

impl CompetenceCode {
    pub const ALL: [CompetenceCode; 9] = [
        CompetenceCode::SelfRegulation,
        CompetenceCode::Flexibility,
        CompetenceCode::Wellbeing,
        CompetenceCode::Empathy,
        CompetenceCode::Communication,
        CompetenceCode::Collaboration,
        CompetenceCode::GrowthMindset,
        CompetenceCode::CriticalThinking,
        CompetenceCode::ManagingLearning,
    ];

    pub fn area(self) -> CompetenceArea {
        use CompetenceCode::*;
        match self {
            SelfRegulation | Flexibility | Wellbeing => CompetenceArea::Personal,
            Empathy | Communication | Collaboration => CompetenceArea::Social,
            GrowthMindset | CriticalThinking | ManagingLearning => CompetenceArea::LearningToLearn,
        }
    }

    /// The name as in JSON (`self_regulation`), also the Fluent key's tail.
    pub fn key(self) -> &'static str {
        use CompetenceCode::*;
        match self {
            SelfRegulation => "self_regulation",
            Flexibility => "flexibility",
            Wellbeing => "wellbeing",
            Empathy => "empathy",
            Communication => "communication",
            Collaboration => "collaboration",
            GrowthMindset => "growth_mindset",
            CriticalThinking => "critical_thinking",
            ManagingLearning => "managing_learning",
        }
    }
}

/// Who judged a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum CompetenceAssessor {
    #[serde(rename = "self")]
    SelfAssessed,
    Mentor,
}

/// The lowest and highest step of the scale: 1 "just starting", 2 "sometimes",
/// 3 "often", 4 "confidently, and I can help others".
pub const COMPETENCE_LEVELS: std::ops::RangeInclusive<u8> = 1..=4;

/// One judgement at one moment; the history of these shows growth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct CompetenceAssessment {
    pub date: Date,
    /// 1 to 4 (see [`COMPETENCE_LEVELS`]).
    pub level: u8,
    pub assessor: CompetenceAssessor,
    /// The mentor's name, when a mentor judged it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Competence {
    pub id: EntryId,
    pub code: CompetenceCode,
    #[serde(default)]
    pub history: Vec<CompetenceAssessment>,
    /// Entries that show it: activities, stories, goals, work...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EntryId>,
}

impl Competence {
    /// The latest judgement (by date; the later one of a day wins).
    pub fn current(&self) -> Option<&CompetenceAssessment> {
        self.history
            .iter()
            .enumerate()
            .max_by_key(|(i, a)| (a.date, *i))
            .map(|(_, a)| a)
    }
}
