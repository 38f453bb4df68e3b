//! Programme templates: how an organisation publishes a programme (modules, hours,
//! thresholds, prerequisites, qualification level) so that a migrant starts it with
//! the rules already right. `schemas/programme-template-v1.schema.json` is generated
//! from [`ProgrammeTemplate`]; the templates Mosaic ships live in `templates/`.
//!
//! Names carry a Fluent message id beside their English text: the app shows the
//! translation of the id where a locale has it, and the English text otherwise.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::model::{EntryId, Module, ModuleStatus, Programme};
use crate::validate::Validate;

pub const TEMPLATE_FORMAT: &str = "mosaic-programme-template";
pub const TEMPLATE_VERSION: u32 = 1;
/// A template is a small file; anything larger is not one.
const MAX_TEMPLATE_BYTES: usize = 256 * 1024;

/// A name as published, with the Fluent message id that translates it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct TemplateName {
    /// English text, used where no translation exists.
    pub text: String,
    /// Fluent message id (in `locales/<lang>/app.ftl`), e.g. `tpl-mt-ibelong-stage-1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fluent_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct TemplateModule {
    /// Stable key within the template (a module keeps it when its name is translated).
    pub key: String,
    pub name: TemplateName,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// Qualification-framework level, e.g. "MQF 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_attendance_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark_pct: Option<f64>,
    #[serde(default)]
    pub optional: bool,
}

/// One published programme. Versioned twice: `version` is the file format,
/// `revision` is the publisher's own edition of this programme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeTemplate {
    /// Always `mosaic-programme-template`.
    pub format: String,
    /// Version of this format; this build reads 1.
    pub version: u32,
    /// Globally unique id chosen by the publisher, e.g. `mt-ibelong-stage-1`.
    pub id: String,
    pub revision: u32,
    pub title: TemplateName,
    /// Who runs the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// ISO 3166-1 alpha-2 country where it runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Where the rules were published (the official course page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Ids of templates whose programmes must be met first.
    #[serde(default)]
    pub requires: Vec<String>,
    /// Defaults for modules that do not set their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_attendance_pct: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark_pct: Option<f64>,
    pub modules: Vec<TemplateModule>,
}

/// The templates Mosaic ships, as published by their organisations.
const BUILTIN: &[&str] = &[
    include_str!("../templates/mt-ibelong-stage-1.json"),
    include_str!("../templates/mt-ibelong-stage-2.json"),
];

fn template_error(message: impl Into<String>) -> Error {
    Error::Import {
        path: "template".into(),
        message: message.into(),
    }
}

impl ProgrammeTemplate {
    /// Parses and checks a template file; errors name the JSON path of the problem.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        if bytes.len() > MAX_TEMPLATE_BYTES {
            return Err(template_error(format!(
                "a programme template is at most {} KiB",
                MAX_TEMPLATE_BYTES / 1024
            )));
        }
        let de = &mut serde_json::Deserializer::from_slice(bytes);
        let t: ProgrammeTemplate =
            serde_path_to_error::deserialize(de).map_err(|e| Error::Import {
                path: e.path().to_string(),
                message: e.inner().to_string(),
            })?;
        t.check()?;
        Ok(t)
    }

    fn check(&self) -> Result<()> {
        if self.format != TEMPLATE_FORMAT {
            return Err(template_error(format!(
                "format is `{}`, expected `{TEMPLATE_FORMAT}`",
                self.format
            )));
        }
        if self.version != TEMPLATE_VERSION {
            return Err(template_error(format!(
                "format version {} is not supported (this build reads {TEMPLATE_VERSION})",
                self.version
            )));
        }
        let id_ok = |s: &str| {
            !s.is_empty()
                && s.len() <= 64
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        if !id_ok(&self.id) {
            return Err(template_error(
                "id must be 1-64 characters of a-z, 0-9 and `-`",
            ));
        }
        if let Some(bad) = self.requires.iter().find(|r| !id_ok(r) || **r == self.id) {
            return Err(template_error(format!(
                "requires names `{bad}`, which is not another template's id"
            )));
        }
        let mut keys = std::collections::HashSet::new();
        for m in &self.modules {
            if !id_ok(&m.key) || !keys.insert(m.key.as_str()) {
                return Err(template_error(format!(
                    "module key `{}` must be unique and use a-z, 0-9 and `-`",
                    m.key
                )));
            }
        }
        // The programme it starts must pass the same validation as one typed by hand.
        self.instantiate(EntryId::nil())
            .validate()
            .map_err(|e| template_error(e.to_string()))
    }

    /// The programme a person starts from this template: every rule in place, every
    /// module planned.
    pub fn instantiate(&self, id: EntryId) -> Programme {
        Programme {
            id,
            title: self.title.text.clone(),
            provider: self.provider.clone(),
            stage: self.stage.clone(),
            level: self.level.clone(),
            template_id: Some(self.id.clone()),
            requires: self.requires.clone(),
            start: None,
            end: None,
            modules: self
                .modules
                .iter()
                .map(|m| Module {
                    key: Some(m.key.clone()),
                    status: ModuleStatus::Planned,
                    optional: m.optional,
                    level: m.level.clone(),
                    hours: m.hours,
                    min_attendance_pct: m.min_attendance_pct,
                    pass_mark_pct: m.pass_mark_pct,
                    ..Module::named(&m.name.text)
                })
                .collect(),
            min_attendance_pct: self.min_attendance_pct,
            pass_mark_pct: self.pass_mark_pct,
            endorsements: vec![],
        }
    }

    /// Every template Mosaic ships.
    pub fn builtin() -> Vec<ProgrammeTemplate> {
        BUILTIN
            .iter()
            .filter_map(|src| ProgrammeTemplate::parse(src.as_bytes()).ok())
            .collect()
    }

    /// A shipped template by id.
    pub fn find_builtin(id: &str) -> Result<ProgrammeTemplate> {
        Self::builtin()
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(|| {
                let known: Vec<String> = Self::builtin().into_iter().map(|t| t.id).collect();
                template_error(format!(
                    "no programme template `{id}` (known: {})",
                    known.join(", ")
                ))
            })
    }
}

pub fn json_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ProgrammeTemplate)).unwrap_or_default()
}
