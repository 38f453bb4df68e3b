//! Language levels on the CEFR grid with their assessment history.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Cefr, Date, EntryId};

/// The five skills of the Europass / CEFR self-assessment grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Skill {
    Listening,
    Reading,
    SpokenInteraction,
    SpokenProduction,
    Writing,
}

impl Skill {
    pub const ALL: [Skill; 5] = [
        Skill::Listening,
        Skill::Reading,
        Skill::SpokenInteraction,
        Skill::SpokenProduction,
        Skill::Writing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Skill::Listening => "listening",
            Skill::Reading => "reading",
            Skill::SpokenInteraction => "spoken_interaction",
            Skill::SpokenProduction => "spoken_production",
            Skill::Writing => "writing",
        }
    }
}

/// A level per skill; a skill not assessed is `None`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(default)]
pub struct SkillLevels {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listening: Option<Cefr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Cefr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spoken_interaction: Option<Cefr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spoken_production: Option<Cefr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub writing: Option<Cefr>,
}

impl SkillLevels {
    pub fn get(&self, skill: Skill) -> Option<Cefr> {
        match skill {
            Skill::Listening => self.listening,
            Skill::Reading => self.reading,
            Skill::SpokenInteraction => self.spoken_interaction,
            Skill::SpokenProduction => self.spoken_production,
            Skill::Writing => self.writing,
        }
    }

    pub fn set(&mut self, skill: Skill, level: Option<Cefr>) {
        let slot = match skill {
            Skill::Listening => &mut self.listening,
            Skill::Reading => &mut self.reading,
            Skill::SpokenInteraction => &mut self.spoken_interaction,
            Skill::SpokenProduction => &mut self.spoken_production,
            Skill::Writing => &mut self.writing,
        };
        *slot = level;
    }
}

/// Who judged the level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Assessor {
    #[serde(rename = "self")]
    SelfAssessed,
    Teacher,
    Exam,
    Mentor,
}

/// One assessment at one moment; the history of these shows progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Assessment {
    pub date: Date,
    pub assessor: Assessor,
    /// Teacher's or exam body's name, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessor_name: Option<String>,
    pub levels: SkillLevels,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Language {
    pub id: EntryId,
    /// BCP 47 language tag, e.g. `mt`, `en-GB`, `ckb`.
    pub code: String,
    /// Assessments, oldest first.
    #[serde(default)]
    pub history: Vec<Assessment>,
    /// Certificates that prove these levels.
    #[serde(default)]
    pub evidence: Vec<EntryId>,
    /// Signed confirmations of these levels (`ME1:`, by a teacher or mentor), kept verbatim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endorsements: Vec<String>,
}

impl Language {
    /// The latest known level of every skill (a later assessment that skips a skill
    /// does not erase the earlier level).
    pub fn current_levels(&self) -> SkillLevels {
        let mut sorted: Vec<&Assessment> = self.history.iter().collect();
        sorted.sort_by_key(|a| a.date);
        let mut current = SkillLevels::default();
        for assessment in sorted {
            for skill in Skill::ALL {
                if let Some(level) = assessment.levels.get(skill) {
                    current.set(skill, Some(level));
                }
            }
        }
        current
    }

    /// For each skill with a level, the assessment that set its current level (the latest
    /// one naming that skill): who judged it, per skill, for the CEFR grid's sources.
    pub fn current_assessments(&self) -> Vec<(Skill, Cefr, &Assessment)> {
        let mut sorted: Vec<&Assessment> = self.history.iter().collect();
        sorted.sort_by_key(|a| a.date);
        Skill::ALL
            .into_iter()
            .filter_map(|skill| {
                sorted
                    .iter()
                    .rev()
                    .find_map(|a| a.levels.get(skill).map(|level| (skill, level, *a)))
            })
            .collect()
    }
}
