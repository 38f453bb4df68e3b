//! JSON Resume (<https://jsonresume.org/schema>, schema v1.0.0) export.
//!
//! Mapping: paid work → `work`, volunteer experience → `volunteer`, education → `education`
//! (the host-country recognition goes into the extra property `recognition`, which the schema
//! allows), certificates and completed programmes → `certificates`, activities → `projects`,
//! skills → `skills`, mother tongues and the CEFR grid → `languages` (`fluency` is
//! "Mother tongue" or the five levels). Texts (language names, fluency) are in the CV language.
//! The photo is not exported (JSON Resume expects a URL). Stories are never exported.

use mosaic_core::{ExperienceKind, Portfolio, Skill};
use serde_json::{Map, Value, json};

use crate::data::{activity_kind_key, recognition_key};
use crate::i18n::CvStrings;
use crate::{CvOptions, CvSection};

pub const JSON_RESUME_SCHEMA_URL: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

fn put(obj: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) {
        obj.insert(key.to_owned(), Value::String(v.to_owned()));
    }
}

fn put_date(obj: &mut Map<String, Value>, key: &str, date: Option<mosaic_core::Date>) {
    if let Some(d) = date {
        obj.insert(
            key.to_owned(),
            Value::String(d.format("%Y-%m-%d").to_string()),
        );
    }
}

/// The portfolio as a JSON Resume document. An unknown `options.lang` falls back to English.
pub fn json_resume(portfolio: &Portfolio, options: &CvOptions) -> Value {
    let t = CvStrings::load(&options.lang).or_else(|_| CvStrings::load("en"));
    let Ok(t) = t else {
        return json!({ "$schema": JSON_RESUME_SCHEMA_URL });
    };
    let p = &portfolio.profile;
    let mut root = Map::new();
    root.insert("$schema".into(), JSON_RESUME_SCHEMA_URL.into());

    let mut basics = Map::new();
    put(&mut basics, "name", Some(&p.name_latin));
    // The schema declares `format: email`; free text that is not an address is left out.
    let email = p.email.as_deref().map(str::trim).filter(|e| {
        e.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            && !e.chars().any(char::is_whitespace)
    });
    put(&mut basics, "email", email);
    put(&mut basics, "phone", p.phone.as_deref());
    if options.includes(CvSection::About) {
        put(&mut basics, "summary", p.about.as_deref());
    }
    let mut location = Map::new();
    put(&mut location, "city", p.city.as_deref());
    if let Some(c) = p.country.as_deref().map(str::trim) {
        if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            put(&mut location, "countryCode", Some(&c.to_ascii_uppercase()));
        } else {
            put(&mut location, "region", Some(c));
        }
    }
    if !location.is_empty() {
        basics.insert("location".into(), Value::Object(location));
    }
    root.insert("basics".into(), Value::Object(basics));

    for (section, kind, key, org_key) in [
        (CvSection::Work, ExperienceKind::Paid, "work", "name"),
        (
            CvSection::Volunteering,
            ExperienceKind::Volunteer,
            "volunteer",
            "organization",
        ),
    ] {
        if !options.includes(section) {
            continue;
        }
        let items: Vec<Value> = portfolio
            .experience
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| {
                let mut o = Map::new();
                put(&mut o, org_key, e.employer.as_deref());
                put(&mut o, "position", Some(&e.role));
                if key == "work" {
                    put(&mut o, "location", e.place.as_deref());
                }
                put_date(&mut o, "startDate", e.start);
                put_date(&mut o, "endDate", e.end);
                put(&mut o, "summary", e.description.as_deref());
                Value::Object(o)
            })
            .collect();
        if !items.is_empty() {
            root.insert(key.into(), Value::Array(items));
        }
    }

    if options.includes(CvSection::Education) && !portfolio.education.is_empty() {
        let items = portfolio
            .education
            .iter()
            .map(|e| {
                let mut o = Map::new();
                put(&mut o, "institution", e.institution.as_deref());
                put(&mut o, "area", Some(&e.qualification));
                put_date(&mut o, "startDate", e.start);
                put_date(&mut o, "endDate", e.end);
                if let Some(k) = recognition_key(e.recognition) {
                    put(&mut o, "recognition", Some(&t.get(k)));
                }
                Value::Object(o)
            })
            .collect();
        root.insert("education".into(), Value::Array(items));
    }

    let mut certificates = vec![];
    if options.includes(CvSection::Certificates) {
        certificates.extend(portfolio.certificates.iter().map(|c| {
            let mut o = Map::new();
            put(&mut o, "name", Some(&c.title));
            put_date(&mut o, "date", c.issued_on);
            put(&mut o, "issuer", c.issuer.as_deref());
            Value::Object(o)
        }));
    }
    if options.includes(CvSection::Programmes) {
        certificates.extend(
            portfolio
                .programmes
                .iter()
                .filter(|pr| {
                    pr.progress_among(&portfolio.programmes).requirements_met == Some(true)
                })
                .map(|pr| {
                    let mut o = Map::new();
                    put(&mut o, "name", Some(&pr.title));
                    put_date(&mut o, "date", pr.end);
                    put(&mut o, "issuer", pr.provider.as_deref());
                    Value::Object(o)
                }),
        );
    }
    if !certificates.is_empty() {
        root.insert("certificates".into(), Value::Array(certificates));
    }

    if options.includes(CvSection::Skills) && !portfolio.skills.is_empty() {
        let items = portfolio
            .skills
            .iter()
            .map(|s| {
                let mut o = Map::new();
                put(&mut o, "name", Some(&s.name));
                put(&mut o, "level", s.level.as_deref());
                if let Some(c) = s.category.as_deref().filter(|c| !c.trim().is_empty()) {
                    o.insert("keywords".into(), json!([c.trim()]));
                }
                Value::Object(o)
            })
            .collect();
        root.insert("skills".into(), Value::Array(items));
    }

    if options.includes(CvSection::Languages) {
        let mother = t.get("cv-mother-tongues");
        let mut items: Vec<Value> = p
            .mother_tongues
            .iter()
            .filter(|m| !m.trim().is_empty())
            .map(|m| json!({ "language": t.language_name(m), "fluency": mother }))
            .collect();
        let mother_names: Vec<String> = p
            .mother_tongues
            .iter()
            .map(|m| t.language_name(m))
            .collect();
        for l in &portfolio.languages {
            let name = t.language_name(&l.code);
            if mother_names.contains(&name) {
                continue;
            }
            let levels = l.current_levels();
            let fluency: Vec<String> = Skill::ALL
                .into_iter()
                .filter_map(|s| {
                    let level = levels.get(s)?;
                    Some(format!("{} {}", t.get(skill_key(s)), level.as_str()))
                })
                .collect();
            let mut o = Map::new();
            put(&mut o, "language", Some(&name));
            put(&mut o, "fluency", Some(&fluency.join(", ")));
            items.push(Value::Object(o));
        }
        if !items.is_empty() {
            root.insert("languages".into(), Value::Array(items));
        }
    }

    if options.includes(CvSection::Activities) {
        let items: Vec<Value> = portfolio
            .activities
            .iter()
            .filter(|a| a.attended)
            .map(|a| {
                let kind = t.get(activity_kind_key(a.kind));
                let mut o = Map::new();
                put(&mut o, "name", Some(a.title.as_deref().unwrap_or(&kind)));
                put(&mut o, "type", Some(&kind));
                put(&mut o, "entity", a.organiser.as_deref());
                put(&mut o, "description", a.note.as_deref());
                put_date(&mut o, "startDate", Some(a.date));
                put_date(&mut o, "endDate", Some(a.date));
                Value::Object(o)
            })
            .collect();
        if !items.is_empty() {
            root.insert("projects".into(), Value::Array(items));
        }
    }

    root.insert(
        "meta".into(),
        json!({ "version": "v1.0.0", "language": t.lang }),
    );
    Value::Object(root)
}

pub(crate) fn skill_key(s: Skill) -> &'static str {
    match s {
        Skill::Listening => "cv-skill-listening",
        Skill::Reading => "cv-skill-reading",
        Skill::SpokenInteraction => "cv-skill-spoken-interaction",
        Skill::SpokenProduction => "cv-skill-spoken-production",
        Skill::Writing => "cv-skill-writing",
    }
}
