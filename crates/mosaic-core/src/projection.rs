//! Projection tables: flat rows derived from documents so that dashboards over
//! many portfolios are plain SQL. Disposable: `rebuild` recreates them at will.

use rusqlite::{Connection, Transaction, params};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::model::*;

/// Rows of one entry; every type writes the generic row, some add their own.
pub trait Project: Entry {
    fn date(&self) -> Option<Date> {
        None
    }

    fn project_extra(&self, _tx: &Transaction<'_>, _pid: &str) -> Result<()> {
        Ok(())
    }
}

impl Project for Language {
    fn project_extra(&self, tx: &Transaction<'_>, pid: &str) -> Result<()> {
        let current = self.current_levels();
        let mut stmt = tx.prepare_cached(
            "INSERT INTO proj_language_levels(portfolio_id, entry_id, code, skill, level, level_rank)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for skill in Skill::ALL {
            if let Some(level) = current.get(skill) {
                stmt.execute(params![
                    pid,
                    self.id.to_string(),
                    self.code,
                    skill.as_str(),
                    level.as_str(),
                    level.rank()
                ])?;
            }
        }
        Ok(())
    }
}

impl Project for Certificate {
    fn date(&self) -> Option<Date> {
        self.issued_on
    }
}

impl Project for Programme {
    fn date(&self) -> Option<Date> {
        self.start
    }

    fn project_extra(&self, tx: &Transaction<'_>, pid: &str) -> Result<()> {
        // Prerequisites span entries: `summary` applies them when it reads the rows.
        let p = self.own_progress();
        tx.prepare_cached(
            "INSERT INTO proj_programmes(portfolio_id, entry_id, title, modules_total,
               modules_completed, hours_total, attendance_pct, requirements_met,
               stage, template_id, requires, progress)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?
        .execute(params![
            pid,
            self.id.to_string(),
            self.title,
            p.modules_total,
            p.modules_completed,
            p.hours_total,
            p.attendance_pct,
            p.requirements_met,
            self.stage,
            self.template_id,
            serde_json::to_string(&self.requires)?,
            serde_json::to_string(&p)?,
        ])?;
        Ok(())
    }
}

impl Project for Activity {
    fn date(&self) -> Option<Date> {
        Some(self.date)
    }

    fn project_extra(&self, tx: &Transaction<'_>, pid: &str) -> Result<()> {
        let kind = serde_json::to_value(self.kind)?;
        tx.prepare_cached(
            "INSERT INTO proj_activities(portfolio_id, entry_id, kind, date, hours, attended, confirmed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            pid,
            self.id.to_string(),
            kind.as_str().unwrap_or("other"),
            self.date.to_string(),
            self.hours,
            self.attended,
            // Carries a signed confirmation (verified where it is shown; the core cannot
            // verify signatures, so this is a count for the dashboard, not a verdict).
            !self.endorsements.is_empty()
        ])?;
        Ok(())
    }
}

impl Project for Competence {
    fn date(&self) -> Option<Date> {
        self.current().map(|a| a.date)
    }
}

impl Project for Consent {
    fn date(&self) -> Option<Date> {
        Some(self.given_at.date_naive())
    }
}

impl Project for Goal {
    fn date(&self) -> Option<Date> {
        self.due
    }
}

impl Project for Experience {
    fn date(&self) -> Option<Date> {
        self.start
    }
}

impl Project for Education {
    fn date(&self) -> Option<Date> {
        self.start
    }
}

impl Project for SkillEntry {}

impl Project for Story {
    fn date(&self) -> Option<Date> {
        self.date
    }
}

impl Project for Reflection {
    fn date(&self) -> Option<Date> {
        self.date
    }
}

/// Drops the rows of one entry (before re-projecting it, or after removing it).
pub fn clear_entry(tx: &Transaction<'_>, pid: &str, id: EntryId) -> Result<()> {
    let id = id.to_string();
    for table in [
        "proj_entries",
        "proj_language_levels",
        "proj_programmes",
        "proj_activities",
    ] {
        tx.prepare_cached(&format!(
            "DELETE FROM {table} WHERE portfolio_id = ?1 AND entry_id = ?2"
        ))?
        .execute(params![pid, id])?;
    }
    Ok(())
}

pub fn project_entry<E: Project>(tx: &Transaction<'_>, pid: &str, entry: &E) -> Result<()> {
    clear_entry(tx, pid, entry.id())?;
    tx.prepare_cached(
        "INSERT INTO proj_entries(portfolio_id, section, entry_id, label, date) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        pid,
        E::SECTION.key(),
        entry.id().to_string(),
        entry.label(),
        entry.date().map(|d| d.to_string())
    ])?;
    entry.project_extra(tx, pid)
}

pub fn project_profile(tx: &Transaction<'_>, pid: &str, profile: &Profile) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO proj_profile(portfolio_id, name_latin, name_own_script, city) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(portfolio_id) DO UPDATE SET name_latin = excluded.name_latin,
           name_own_script = excluded.name_own_script, city = excluded.city",
    )?
    .execute(params![pid, profile.name_latin, profile.name_own_script, profile.city])?;
    Ok(())
}

/// Recreates every projection row of one portfolio from its document.
pub fn rebuild(tx: &Transaction<'_>, pid: &str, portfolio: &Portfolio) -> Result<()> {
    for table in [
        "proj_entries",
        "proj_language_levels",
        "proj_programmes",
        "proj_activities",
        "proj_profile",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE portfolio_id = ?1"),
            [pid],
        )?;
    }
    project_profile(tx, pid, &portfolio.profile)?;
    fn all<E: Project>(tx: &Transaction<'_>, pid: &str, items: &[E]) -> Result<()> {
        items.iter().try_for_each(|e| project_entry(tx, pid, e))
    }
    all(tx, pid, &portfolio.languages)?;
    all(tx, pid, &portfolio.certificates)?;
    all(tx, pid, &portfolio.programmes)?;
    all(tx, pid, &portfolio.activities)?;
    all(tx, pid, &portfolio.experience)?;
    all(tx, pid, &portfolio.education)?;
    all(tx, pid, &portfolio.skills)?;
    all(tx, pid, &portfolio.stories)?;
    all(tx, pid, &portfolio.goals)?;
    all(tx, pid, &portfolio.competences)?;
    all(tx, pid, &portfolio.reflections)?;
    all(tx, pid, &portfolio.consents)
}

/// Progress at a glance, read from projections: what a mentor's list shows per mentee.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct PortfolioSummary {
    pub id: PortfolioId,
    pub role: String,
    pub name_latin: String,
    pub name_own_script: Option<String>,
    pub city: Option<String>,
    pub languages: Vec<LanguageSummary>,
    pub programmes: Vec<ProgrammeSummary>,
    pub activities_attended: u32,
    pub activity_hours: f64,
    /// Activities carrying a signed confirmation (counted, not verified: see `mosaic-attest`).
    pub activities_confirmed: u32,
    pub last_activity: Option<String>,
    pub entries: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct LanguageSummary {
    pub code: String,
    /// Current level per skill.
    pub levels: SkillLevels,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
pub struct ProgrammeSummary {
    pub id: EntryId,
    pub title: String,
    pub stage: Option<String>,
    pub template_id: Option<String>,
    pub modules_total: u32,
    pub modules_completed: u32,
    pub attendance_pct: Option<f64>,
    pub requirements_met: Option<bool>,
    /// Per module: status, thresholds, verdict and what is missing; prerequisites included.
    pub progress: ProgrammeProgress,
}

pub fn summary(conn: &Connection, id: PortfolioId, role: String) -> Result<PortfolioSummary> {
    let pid = id.to_string();
    let (name_latin, name_own_script, city) = conn
        .query_row(
            "SELECT name_latin, name_own_script, city FROM proj_profile WHERE portfolio_id = ?1",
            [&pid],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap_or_default();

    let mut languages: Vec<LanguageSummary> = vec![];
    let mut stmt = conn.prepare_cached(
        "SELECT code, skill, level FROM proj_language_levels WHERE portfolio_id = ?1 ORDER BY code",
    )?;
    let rows = stmt.query_map([&pid], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (code, skill, level) = row?;
        if languages.last().is_none_or(|l| l.code != code) {
            languages.push(LanguageSummary {
                code: code.clone(),
                levels: SkillLevels::default(),
            });
        }
        let skill = Skill::ALL.into_iter().find(|s| s.as_str() == skill);
        if let (Some(last), Some(skill), Ok(level)) = (languages.last_mut(), skill, level.parse()) {
            last.levels.set(skill, Some(level));
        }
    }

    let programmes = programme_summaries(conn, &pid)?;

    let (activities_attended, activity_hours, activities_confirmed, last_activity) = conn
        .query_row(
            "SELECT count(*), coalesce(sum(hours), 0), coalesce(sum(confirmed), 0), max(date)
             FROM proj_activities WHERE portfolio_id = ?1 AND attended = 1",
            [&pid],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
    let entries = conn.query_row(
        "SELECT count(*) FROM proj_entries WHERE portfolio_id = ?1",
        [&pid],
        |r| r.get(0),
    )?;
    Ok(PortfolioSummary {
        id,
        role,
        name_latin,
        name_own_script,
        city,
        languages,
        programmes,
        activities_attended,
        activity_hours,
        activities_confirmed,
        last_activity,
        entries,
    })
}

/// The programmes of one portfolio as their projection rows hold them, with each
/// programme's prerequisites judged against the others by [`unmet_prerequisites`],
/// the rule [`Programme::progress_among`] uses.
fn programme_summaries(conn: &Connection, pid: &str) -> Result<Vec<ProgrammeSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT entry_id, title, stage, template_id, requires, progress
         FROM proj_programmes WHERE portfolio_id = ?1 ORDER BY title, stage, entry_id",
    )?;
    let rows = stmt
        .query_map([pid], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut own = vec![];
    for (id, title, stage, template_id, requires, progress) in rows {
        let Some(progress) = progress else { continue };
        own.push((
            ProgrammeSummary {
                id: id
                    .parse()
                    .map_err(|_| crate::Error::Corrupt(format!("entry id {id}")))?,
                title,
                stage,
                template_id,
                modules_total: 0,
                modules_completed: 0,
                attendance_pct: None,
                requirements_met: None,
                progress: serde_json::from_str(&progress)?,
            },
            serde_json::from_str::<Vec<String>>(&requires)?,
        ));
    }
    let nodes: Vec<PrerequisiteNode<'_>> = own
        .iter()
        .map(|(s, requires)| PrerequisiteNode {
            template_id: s.template_id.as_deref(),
            title: &s.title,
            own_met: s.progress.verdict == Verdict::Met,
            requires,
        })
        .collect();
    let mut out = vec![];
    for (summary, requires) in &own {
        let mut s = summary.clone();
        for unmet in unmet_prerequisites(s.template_id.as_deref(), requires, &nodes) {
            s.progress.add_unmet(unmet);
        }
        s.modules_total = s.progress.modules_total;
        s.modules_completed = s.progress.modules_completed;
        s.attendance_pct = s.progress.attendance_pct;
        s.requirements_met = s.progress.requirements_met;
        out.push(s);
    }
    Ok(out)
}

/// Bumped when projection rows change meaning; stores with an older version are
/// rebuilt from their documents when opened.
pub const PROJECTION_VERSION: &str = "3";
