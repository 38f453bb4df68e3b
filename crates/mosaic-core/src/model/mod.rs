//! The portfolio model: every section of a migrant's portfolio as plain Rust types.
//!
//! These types are the vocabulary of the whole project: the document layer stores
//! them, the interchange format serialises them, the UI gets them as TypeScript
//! (ts-rs), and the CV renders them.

mod activity;
mod career;
mod certificate;
mod common;
mod competence;
mod consent;
mod goal;
mod language;
mod profile;
mod programme;
mod reflection;
mod story;

pub use activity::{Activity, ActivityKind, ActivityRole};
pub use career::{Education, Experience, ExperienceKind, Recognition, SkillEntry};
pub use certificate::{Certificate, CertificateKind, Verification};
pub use common::{AttachmentRef, Cefr, Date, EntryId, PortfolioId};
pub use competence::{
    COMPETENCE_LEVELS, Competence, CompetenceArea, CompetenceAssessment, CompetenceAssessor,
    CompetenceCode,
};
pub use consent::{Consent, ConsentView};
pub use goal::{DUE_SOON_DAYS, Goal, GoalArea, GoalState, GoalStep, ProposedBy, Urgency};
pub use language::{Assessment, Assessor, Language, Skill, SkillLevels};
pub use profile::Profile;
pub use programme::{
    Module, ModuleProgress, ModuleStatus, PrerequisiteNode, Programme, ProgrammeProgress, Unmet,
    Verdict, unmet_prerequisites,
};
pub use reflection::Reflection;
pub use story::{Story, Visibility};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use ts_rs::TS;

/// The whole portfolio as one value: what a read returns and what the interchange
/// format carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct Portfolio {
    pub id: PortfolioId,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub languages: Vec<Language>,
    #[serde(default)]
    pub certificates: Vec<Certificate>,
    #[serde(default)]
    pub programmes: Vec<Programme>,
    #[serde(default)]
    pub activities: Vec<Activity>,
    #[serde(default)]
    pub experience: Vec<Experience>,
    #[serde(default)]
    pub education: Vec<Education>,
    #[serde(default)]
    pub skills: Vec<SkillEntry>,
    #[serde(default)]
    pub stories: Vec<Story>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub competences: Vec<Competence>,
    #[serde(default)]
    pub reflections: Vec<Reflection>,
    /// Stories published as testimonials, with their consent and its withdrawal.
    #[serde(default)]
    pub consents: Vec<Consent>,
}

/// The list sections of a portfolio (the profile is a single record, not a section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Languages,
    Certificates,
    Programmes,
    Activities,
    Experience,
    Education,
    Skills,
    Stories,
    Goals,
    Competences,
    Reflections,
    Consents,
}

impl Section {
    pub const ALL: [Section; 12] = [
        Section::Languages,
        Section::Certificates,
        Section::Programmes,
        Section::Activities,
        Section::Experience,
        Section::Education,
        Section::Skills,
        Section::Stories,
        Section::Goals,
        Section::Competences,
        Section::Reflections,
        Section::Consents,
    ];

    /// A section added after the document format's first version. Its entries live
    /// directly in `sections` under `<key>:<id>`, never in a map of their own: two
    /// devices adding the first goal of an older document at the same time would each
    /// create that map, and Automerge would show only one of them, hiding the other
    /// device's entries.
    pub fn is_late(self) -> bool {
        matches!(
            self,
            Section::Goals | Section::Competences | Section::Reflections | Section::Consents
        )
    }

    /// This section's place in [`Section::ALL`].
    pub fn index(self) -> u32 {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) as u32
    }

    /// The key of this section in the document and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Section::Languages => "languages",
            Section::Certificates => "certificates",
            Section::Programmes => "programmes",
            Section::Activities => "activities",
            Section::Experience => "experience",
            Section::Education => "education",
            Section::Skills => "skills",
            Section::Stories => "stories",
            Section::Goals => "goals",
            Section::Competences => "competences",
            Section::Reflections => "reflections",
            Section::Consents => "consents",
        }
    }
}

impl std::str::FromStr for Section {
    type Err = String;
    /// Accepts the key and its singular ("language", "activity", "skill"...).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        Section::ALL
            .into_iter()
            .find(|sec| {
                let key = sec.key();
                s == key
                    || s == key.trim_end_matches('s')
                    || (key.ends_with("ies") && s == format!("{}y", &key[..key.len() - 3]))
            })
            .ok_or_else(|| {
                let names: Vec<_> = Section::ALL.iter().map(|s| s.key()).collect();
                format!(
                    "unknown section `{s}` (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

impl std::fmt::Display for Section {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// An entry of a list section: it knows its section and its id.
pub trait Entry: Serialize + DeserializeOwned + Clone + PartialEq {
    const SECTION: Section;
    fn id(&self) -> EntryId;
    /// A short human label for summaries and history.
    fn label(&self) -> String;
    fn list(portfolio: &Portfolio) -> &Vec<Self>;
    fn list_mut(portfolio: &mut Portfolio) -> &mut Vec<Self>;
}

macro_rules! entry {
    ($ty:ty, $section:ident, $field:ident, |$e:ident| $label:expr) => {
        impl Entry for $ty {
            const SECTION: Section = Section::$section;
            fn id(&self) -> EntryId {
                self.id
            }
            fn label(&self) -> String {
                let $e = self;
                $label
            }
            fn list(portfolio: &Portfolio) -> &Vec<Self> {
                &portfolio.$field
            }
            fn list_mut(portfolio: &mut Portfolio) -> &mut Vec<Self> {
                &mut portfolio.$field
            }
        }
    };
}

entry!(Language, Languages, languages, |e| e.code.clone());
entry!(Certificate, Certificates, certificates, |e| e.title.clone());
entry!(Programme, Programmes, programmes, |e| e.title.clone());
entry!(Activity, Activities, activities, |e| e
    .title
    .clone()
    .unwrap_or_else(|| format!("{:?}", e.kind)));
entry!(Experience, Experience, experience, |e| e.role.clone());
entry!(Education, Education, education, |e| e.qualification.clone());
entry!(SkillEntry, Skills, skills, |e| e.name.clone());
entry!(Story, Stories, stories, |e| e.title.clone());
entry!(Goal, Goals, goals, |e| e.title.clone());
entry!(Competence, Competences, competences, |e| e
    .code
    .key()
    .to_string());
entry!(Reflection, Reflections, reflections, |e| e.label());
entry!(Consent, Consents, consents, |e| format!(
    "{} → {}",
    e.title, e.organisation
));

/// Calls `$body` with `$T` bound to the entry type of a runtime `Section`, so code
/// that takes JSON (CLI, app) can reuse the typed paths.
#[macro_export]
macro_rules! with_entry_type {
    ($section:expr, $T:ident => $body:expr) => {{
        use $crate::model::*;
        match $section {
            Section::Languages => {
                type $T = Language;
                $body
            }
            Section::Certificates => {
                type $T = Certificate;
                $body
            }
            Section::Programmes => {
                type $T = Programme;
                $body
            }
            Section::Activities => {
                type $T = Activity;
                $body
            }
            Section::Experience => {
                type $T = Experience;
                $body
            }
            Section::Education => {
                type $T = Education;
                $body
            }
            Section::Skills => {
                type $T = SkillEntry;
                $body
            }
            Section::Stories => {
                type $T = Story;
                $body
            }
            Section::Goals => {
                type $T = Goal;
                $body
            }
            Section::Competences => {
                type $T = Competence;
                $body
            }
            Section::Reflections => {
                type $T = Reflection;
                $body
            }
            Section::Consents => {
                type $T = Consent;
                $body
            }
        }
    }};
}

impl Portfolio {
    pub fn empty(id: PortfolioId) -> Self {
        Portfolio {
            id,
            profile: Profile::default(),
            languages: vec![],
            certificates: vec![],
            programmes: vec![],
            activities: vec![],
            experience: vec![],
            education: vec![],
            skills: vec![],
            stories: vec![],
            goals: vec![],
            competences: vec![],
            reflections: vec![],
            consents: vec![],
        }
    }

    /// Total number of list entries over all sections.
    pub fn entry_count(&self) -> usize {
        self.languages.len()
            + self.certificates.len()
            + self.programmes.len()
            + self.activities.len()
            + self.experience.len()
            + self.education.len()
            + self.skills.len()
            + self.stories.len()
            + self.goals.len()
            + self.competences.len()
            + self.reflections.len()
            + self.consents.len()
    }

    /// Every attachment the portfolio references (profile photo included).
    pub fn attachment_refs(&self) -> Vec<&AttachmentRef> {
        self.profile
            .photo
            .iter()
            .chain(self.certificates.iter().flat_map(|c| c.attachments.iter()))
            .chain(self.activities.iter().flat_map(|a| a.photos.iter()))
            .chain(self.stories.iter().flat_map(|s| s.photos.iter()))
            .chain(
                self.reflections
                    .iter()
                    .flat_map(|r| r.photos.iter().chain(r.voice.iter())),
            )
            .collect()
    }
}
