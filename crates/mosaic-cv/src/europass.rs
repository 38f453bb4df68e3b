//! Europass CV XML export (the `SkillsPassport` format of the Europass XML schema V3.x,
//! namespace `http://europass.cedefop.europa.eu/Europass`).
//!
//! Honesty note: the official Europass V3 XSD is not vendored here (and Europass has since
//! moved to a new platform). `schemas/europass-cv-subset.xsd` is an XSD **we wrote** for exactly
//! the elements emitted below, following the element names, nesting and CEFR enumeration of the
//! official V3 schema as we understand it; the tests validate against that subset with
//! `xmllint --schema`. It is not proof of validity against the official schema.
//!
//! Mapping: paid and volunteer experience → `WorkExperienceList` (volunteering is marked in the
//! position label), education → `EducationList` (recognition in `Activities`), mother tongues
//! and the CEFR grid → `Skills/Linguistic` (`pre-A1` has no Europass value and is omitted),
//! skills → `Skills/Other`, certificates / completed programmes / activities →
//! `AchievementList` (codes `certifications`, `courses`, `conferences` / `seminars`).
//! `PersonName` puts the last word of the Latin-script name in `Surname` and the rest in
//! `FirstName`, since the portfolio keeps one name field.

use std::fmt::Write as _;

use mosaic_core::{ActivityKind, Cefr, Date, ExperienceKind, Portfolio, Skill};

use crate::data::{activity_kind_key, certificate_kind_key, recognition_key};
use crate::i18n::CvStrings;
use crate::{CvError, CvOptions, CvSection};

/// Escapes text for XML 1.0 and drops characters XML 1.0 cannot carry.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn cefr(level: Cefr) -> Option<&'static str> {
    match level {
        Cefr::PreA1 => None,
        other => Some(other.as_str()),
    }
}

struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    fn open(&mut self, tag: &str) {
        self.indent();
        let _ = writeln!(self.out, "<{tag}>");
        self.depth += 1;
    }
    fn close(&mut self, tag: &str) {
        self.depth = self.depth.saturating_sub(1);
        self.indent();
        let _ = writeln!(self.out, "</{tag}>");
    }
    fn leaf(&mut self, tag: &str, text: &str) {
        self.indent();
        let _ = writeln!(self.out, "<{tag}>{}</{tag}>", esc(text));
    }
    fn raw(&mut self, line: &str) {
        self.indent();
        let _ = writeln!(self.out, "{line}");
    }
    fn indent(&mut self) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
    fn label(&mut self, tag: &str, text: &str) {
        self.open(tag);
        self.leaf("Label", text);
        self.close(tag);
    }
    fn period(&mut self, start: Option<Date>, end: Option<Date>, current: bool) {
        if start.is_none() && end.is_none() {
            return;
        }
        self.open("Period");
        use chrono::Datelike;
        if let Some(d) = start {
            self.raw(&format!(
                r#"<From year="{:04}" month="--{:02}"/>"#,
                d.year(),
                d.month()
            ));
        }
        if let Some(d) = end {
            self.raw(&format!(
                r#"<To year="{:04}" month="--{:02}"/>"#,
                d.year(),
                d.month()
            ));
        }
        if end.is_none() && current {
            self.leaf("Current", "true");
        }
        self.close("Period");
    }
}

/// The portfolio as Europass CV XML (UTF-8), labels in the CV language.
pub fn europass_xml(portfolio: &Portfolio, options: &CvOptions) -> Result<String, CvError> {
    let t = CvStrings::load(&options.lang)?;
    let p = &portfolio.profile;
    let mut x = Xml {
        out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
        depth: 0,
    };
    x.raw(&format!(
        r#"<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="{}">"#,
        t.lang
    ));
    x.depth += 1;
    x.open("DocumentInfo");
    x.leaf("DocumentType", "ECV");
    // The export is made now, so it was created and last updated now; the official V3.4
    // schema requires both.
    let now = chrono::Utc::now()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string();
    x.leaf("CreationDate", &now);
    x.leaf("LastUpdateDate", &now);
    x.leaf("XSDVersion", "V3.4");
    x.leaf("Generator", "Mosaic");
    x.close("DocumentInfo");

    x.open("LearnerInfo");
    x.open("Identification");
    x.open("PersonName");
    let name = p.name_latin.trim();
    let (first, last) = match name.rsplit_once(char::is_whitespace) {
        Some((f, l)) => (f.trim(), l.trim()),
        None => ("", name),
    };
    if !first.is_empty() {
        x.leaf("FirstName", first);
    }
    x.leaf("Surname", last);
    x.close("PersonName");
    let has_address = opt(&p.city).is_some() || opt(&p.country).is_some();
    if has_address || opt(&p.email).is_some() || opt(&p.phone).is_some() {
        x.open("ContactInfo");
        if has_address {
            x.open("Address");
            x.open("Contact");
            if let Some(city) = opt(&p.city) {
                x.leaf("Municipality", city);
            }
            if let Some(country) = opt(&p.country) {
                x.label("Country", country);
            }
            x.close("Contact");
            x.close("Address");
        }
        if let Some(email) = opt(&p.email) {
            x.open("Email");
            x.leaf("Contact", email);
            x.close("Email");
        }
        if let Some(phone) = opt(&p.phone) {
            x.open("TelephoneList");
            x.open("Telephone");
            x.leaf("Contact", phone);
            x.close("Telephone");
            x.close("TelephoneList");
        }
        x.close("ContactInfo");
    }
    x.close("Identification");

    if options.includes(CvSection::About)
        && let Some(about) = opt(&p.about)
    {
        x.open("Headline");
        x.label("Type", &t.get("cv-section-about"));
        x.label("Description", about);
        x.close("Headline");
    }

    let experience: Vec<_> = portfolio
        .experience
        .iter()
        .filter(|e| match e.kind {
            ExperienceKind::Paid => options.includes(CvSection::Work),
            ExperienceKind::Volunteer => options.includes(CvSection::Volunteering),
        })
        .collect();
    if !experience.is_empty() {
        x.open("WorkExperienceList");
        for e in experience {
            x.open("WorkExperience");
            x.period(e.start, e.end, true);
            let position = match e.kind {
                ExperienceKind::Paid => e.role.trim().to_owned(),
                ExperienceKind::Volunteer => {
                    format!("{} ({})", e.role.trim(), t.get("cv-section-volunteering"))
                }
            };
            x.label("Position", &position);
            if let Some(d) = opt(&e.description) {
                x.leaf("Activities", d);
            }
            if opt(&e.employer).is_some() || opt(&e.place).is_some() {
                x.open("Employer");
                x.leaf("Name", opt(&e.employer).unwrap_or_default());
                if let Some(place) = opt(&e.place) {
                    x.open("ContactInfo");
                    x.open("Address");
                    x.open("Contact");
                    x.leaf("Municipality", place);
                    x.close("Contact");
                    x.close("Address");
                    x.close("ContactInfo");
                }
                x.close("Employer");
            }
            x.close("WorkExperience");
        }
        x.close("WorkExperienceList");
    }

    if options.includes(CvSection::Education) && !portfolio.education.is_empty() {
        x.open("EducationList");
        for e in &portfolio.education {
            x.open("Education");
            x.period(e.start, e.end, false);
            x.leaf("Title", &e.qualification);
            let mut activities = vec![];
            if let Some(k) = recognition_key(e.recognition) {
                activities.push(format!("{}: {}", t.get("cv-recognition"), t.get(k)));
            }
            activities.extend(opt(&e.description).map(str::to_owned));
            if !activities.is_empty() {
                x.leaf("Activities", &activities.join("\n"));
            }
            if opt(&e.institution).is_some() || opt(&e.country).is_some() {
                x.open("Organisation");
                x.leaf("Name", opt(&e.institution).unwrap_or_default());
                if let Some(country) = opt(&e.country) {
                    x.open("ContactInfo");
                    x.open("Address");
                    x.open("Contact");
                    x.label("Country", country);
                    x.close("Contact");
                    x.close("Address");
                    x.close("ContactInfo");
                }
                x.close("Organisation");
            }
            x.close("Education");
        }
        x.close("EducationList");
    }

    let mother: Vec<&String> = p
        .mother_tongues
        .iter()
        .filter(|m| !m.trim().is_empty())
        .collect();
    let mother_names: Vec<String> = mother.iter().map(|m| t.language_name(m)).collect();
    let foreign: Vec<_> = portfolio
        .languages
        .iter()
        .filter(|l| !mother_names.contains(&t.language_name(&l.code)))
        .collect();
    let langs =
        options.includes(CvSection::Languages) && (!mother.is_empty() || !foreign.is_empty());
    let skills = options.includes(CvSection::Skills) && !portfolio.skills.is_empty();
    if langs || skills {
        x.open("Skills");
        if langs {
            x.open("Linguistic");
            if !mother.is_empty() {
                x.open("MotherTongueList");
                for m in &mother {
                    x.open("MotherTongue");
                    x.open("Description");
                    if is_code(m) {
                        x.leaf("Code", &m.trim().to_ascii_lowercase());
                    }
                    x.leaf("Label", &t.language_name(m));
                    x.close("Description");
                    x.close("MotherTongue");
                }
                x.close("MotherTongueList");
            }
            if !foreign.is_empty() {
                x.open("ForeignLanguageList");
                for l in foreign {
                    x.open("ForeignLanguage");
                    x.open("Description");
                    if is_code(&l.code) {
                        x.leaf("Code", &l.code.trim().to_ascii_lowercase());
                    }
                    x.leaf("Label", &t.language_name(&l.code));
                    x.close("Description");
                    let levels = l.current_levels();
                    x.open("ProficiencyLevel");
                    for skill in Skill::ALL {
                        if let Some(level) = levels.get(skill).and_then(cefr) {
                            x.leaf(skill_tag(skill), level);
                        }
                    }
                    x.close("ProficiencyLevel");
                    x.close("ForeignLanguage");
                }
                x.close("ForeignLanguageList");
            }
            x.close("Linguistic");
        }
        if skills {
            let text: Vec<String> = portfolio
                .skills
                .iter()
                .map(|s| {
                    let extra: Vec<&str> = [opt(&s.level), opt(&s.description)]
                        .into_iter()
                        .flatten()
                        .collect();
                    if extra.is_empty() {
                        s.name.trim().to_owned()
                    } else {
                        format!("{} ({})", s.name.trim(), extra.join("; "))
                    }
                })
                .collect();
            x.open("Other");
            x.leaf("Description", &text.join("\n"));
            x.close("Other");
        }
        x.close("Skills");
    }

    let mut achievements: Vec<(&str, String, String)> = vec![];
    if options.includes(CvSection::Certificates) {
        for c in &portfolio.certificates {
            let mut parts = vec![
                c.title.trim().to_owned(),
                t.get(certificate_kind_key(c.kind)),
            ];
            parts.extend(opt(&c.issuer).map(str::to_owned));
            parts.extend(c.issued_on.map(|d| t.month_year(d)));
            parts.extend(opt(&c.level).map(|l| format!("{}: {l}", t.get("cv-level"))));
            achievements.push((
                "certifications",
                t.get("cv-section-certificates"),
                parts.join(", "),
            ));
        }
    }
    if options.includes(CvSection::Programmes) {
        for pr in portfolio
            .programmes
            .iter()
            .filter(|pr| pr.progress_among(&portfolio.programmes).requirements_met == Some(true))
        {
            let mut parts = vec![pr.title.trim().to_owned()];
            parts.extend(opt(&pr.provider).map(str::to_owned));
            parts.push(t.range(pr.start, pr.end, false));
            parts.push(t.get("cv-requirements-met"));
            parts.retain(|s| !s.is_empty());
            achievements.push(("courses", t.get("cv-section-programmes"), parts.join(", ")));
        }
    }
    if options.includes(CvSection::Activities) {
        for a in portfolio.activities.iter().filter(|a| a.attended) {
            let code = if a.kind == ActivityKind::Conference {
                "conferences"
            } else {
                "seminars"
            };
            let mut parts = vec![];
            parts.extend(opt(&a.title).map(str::to_owned));
            parts.push(t.get(activity_kind_key(a.kind)));
            parts.extend(opt(&a.organiser).map(str::to_owned));
            parts.push(t.month_year(a.date));
            achievements.push((code, t.get("cv-section-activities"), parts.join(", ")));
        }
    }
    if !achievements.is_empty() {
        x.open("AchievementList");
        for (code, label, description) in achievements {
            x.open("Achievement");
            x.open("Title");
            x.leaf("Code", code);
            x.leaf("Label", &label);
            x.close("Title");
            x.leaf("Description", &description);
            x.close("Achievement");
        }
        x.close("AchievementList");
    }

    x.close("LearnerInfo");
    x.depth = 0;
    x.raw("</SkillsPassport>");
    Ok(x.out)
}

fn is_code(s: &str) -> bool {
    let s = s.trim();
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic())
}

fn skill_tag(s: Skill) -> &'static str {
    match s {
        Skill::Listening => "Listening",
        Skill::Reading => "Reading",
        Skill::SpokenInteraction => "SpokenInteraction",
        Skill::SpokenProduction => "SpokenProduction",
        Skill::Writing => "Writing",
    }
}
