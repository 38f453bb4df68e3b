//! The data the Typst templates read from `/data.json`: already localised, already filtered.
//! Every value is a plain string; templates only ever place strings as text, never as markup.

use std::cmp::Reverse;

use mosaic_core::{
    Activity, ActivityKind, ActivityRole, Assessor, CertificateKind, CompetenceAssessor,
    CompetenceCode, Entry, ExperienceKind, Portfolio, PortfolioId, Recognition, Skill,
    Verification,
};
use serde::Serialize;

use crate::i18n::CvStrings;
use crate::{CvOptions, CvSection};

#[derive(Debug, Serialize)]
pub(crate) struct CvData {
    /// Typst's `lang` (the primary subtag: "fa") and `region` ("AF" for Dari, else none).
    pub lang: String,
    pub region: Option<String>,
    pub rtl: bool,
    pub title: String,
    pub name_latin: String,
    pub name_own: Option<String>,
    pub photo: bool,
    pub photo_alt: String,
    pub personal: String,
    pub contact: Vec<Field>,
    pub sections: Vec<Section>,
    /// The QR code and its explanation, on a verifiable CV.
    pub verify: Option<crate::verifiable::VerifyBlock>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Field {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct Section {
    pub key: &'static str,
    pub heading: String,
    pub text: Option<String>,
    pub items: Vec<Item>,
    pub languages: Option<LanguageGrid>,
}

#[derive(Debug, Serialize)]
pub(crate) struct Item {
    pub when: String,
    pub title: String,
    pub org: String,
    pub details: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct LanguageGrid {
    pub mother_label: String,
    pub mother: String,
    pub other_label: String,
    pub understanding: String,
    pub speaking: String,
    pub writing: String,
    /// Language, then the five skills.
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Per language, who judged each level: "Italian — Listening B1, Reading B1: exam or
    /// certificate (CELI); Writing A2: self-assessed", then its signed confirmations.
    pub sources: Vec<String>,
    pub note: String,
}

pub(crate) fn is_supported_image(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || bytes.starts_with(b"GIF8")
        || (bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn join(parts: &[Option<&str>]) -> String {
    parts
        .iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

fn hours(t: &CvStrings, h: Option<f64>) -> Option<String> {
    let h = h.filter(|h| h.is_finite() && *h > 0.0)?;
    let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
    let shown = if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        format!("{h:.1}")
    };
    args.set("hours", shown);
    Some(t.get_args("cv-hours", Some(&args)))
}

pub(crate) fn build(p: &Portfolio, options: &CvOptions, t: &CvStrings, photo: bool) -> CvData {
    let profile = &p.profile;
    let mut contact = vec![];
    let mut push = |key: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            contact.push(Field {
                label: t.get(key),
                value: v,
            });
        }
    };
    push("cv-email", non_empty(&profile.email).map(str::to_owned));
    push("cv-phone", non_empty(&profile.phone).map(str::to_owned));
    let address = join(&[non_empty(&profile.city), non_empty(&profile.country)]);
    push("cv-address", Some(address));

    let mut sections = vec![];
    for section in options.chosen_sections() {
        let mut s = Section {
            key: section.as_str(),
            heading: t.get(section.heading_key()),
            text: None,
            items: vec![],
            languages: None,
        };
        match section {
            CvSection::About => s.text = non_empty(&profile.about).map(str::to_owned),
            CvSection::Work | CvSection::Volunteering => {
                let kind = if section == CvSection::Work {
                    ExperienceKind::Paid
                } else {
                    ExperienceKind::Volunteer
                };
                let mut list: Vec<_> = p.experience.iter().filter(|e| e.kind == kind).collect();
                list.sort_by_key(|e| Reverse((e.end.is_none(), e.end, e.start)));
                s.items = list
                    .into_iter()
                    .map(|e| Item {
                        when: t.range(e.start, e.end, true),
                        title: e.role.clone(),
                        org: join(&[non_empty(&e.employer), non_empty(&e.place)]),
                        details: non_empty(&e.description)
                            .map(str::to_owned)
                            .into_iter()
                            .chain(confirmed(t, p.id, e, &e.endorsements))
                            .collect(),
                    })
                    .collect();
                // Volunteering and community: what she gave at activities, each with its source.
                if section == CvSection::Volunteering {
                    s.items.extend(
                        attended(p, |a| a.is_contribution())
                            .into_iter()
                            .map(|a| activity_item(t, p.id, a)),
                    );
                }
            }
            CvSection::Education => {
                let mut list: Vec<_> = p.education.iter().collect();
                list.sort_by_key(|e| Reverse((e.end, e.start)));
                s.items = list
                    .into_iter()
                    .map(|e| {
                        let mut details = vec![];
                        if let Some(key) = recognition_key(e.recognition) {
                            details.push(format!("{}: {}", t.get("cv-recognition"), t.get(key)));
                        }
                        details.extend(non_empty(&e.description).map(str::to_owned));
                        Item {
                            when: t.range(e.start, e.end, false),
                            title: e.qualification.clone(),
                            org: join(&[non_empty(&e.institution), non_empty(&e.country)]),
                            details,
                        }
                    })
                    .collect();
            }
            CvSection::Languages => s.languages = language_grid(p, t),
            CvSection::Certificates => {
                let mut list: Vec<_> = p.certificates.iter().collect();
                list.sort_by_key(|c| Reverse(c.issued_on));
                s.items = list
                    .into_iter()
                    .map(|c| {
                        let mut details = vec![t.get(certificate_kind_key(c.kind))];
                        if let Some(level) = non_empty(&c.level) {
                            details.push(format!("{}: {level}", t.get("cv-level")));
                        }
                        if let Some(exp) = c.expires_on {
                            details.push(format!(
                                "{}: {}",
                                t.get("cv-valid-until"),
                                t.month_year(exp)
                            ));
                        }
                        if let Verification::Credential { .. } = &c.verification {
                            details.push(t.get("cv-verified-credential"));
                        }
                        // Only a mentor's signed statement about this very certificate, as it
                        // reads now; nothing the owner can type reads as "confirmed".
                        details.extend(confirmed(t, p.id, c, &c.endorsements));
                        Item {
                            when: c.issued_on.map(|d| t.month_year(d)).unwrap_or_default(),
                            title: c.title.clone(),
                            org: non_empty(&c.issuer).unwrap_or_default().to_owned(),
                            details,
                        }
                    })
                    .collect();
            }
            CvSection::Programmes => {
                let mut list: Vec<_> = p
                    .programmes
                    .iter()
                    .filter(|pr| pr.progress_among(&p.programmes).requirements_met == Some(true))
                    .collect();
                list.sort_by_key(|pr| Reverse((pr.end, pr.start)));
                s.items = list
                    .into_iter()
                    .map(|pr| {
                        let progress = pr.progress_among(&p.programmes);
                        let mut details = vec![t.get("cv-requirements-met")];
                        details.extend(hours(t, Some(progress.hours_total)));
                        let modules: Vec<&str> =
                            pr.modules.iter().map(|m| m.name.as_str()).collect();
                        if !modules.is_empty() {
                            details.push(format!(
                                "{}: {}",
                                t.get("cv-modules"),
                                modules.join(", ")
                            ));
                        }
                        // Attendance an organiser signed for (sessions held, check-ins).
                        for m in &pr.modules {
                            if let Some(v) = mosaic_attest::attendance::of_module(m, &p.activities)
                            {
                                let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
                                args.set("module", m.name.clone());
                                args.set("pct", format!("{:.0}", v.pct));
                                args.set("attended", v.attended.to_string());
                                args.set("held", v.held.to_string());
                                args.set("name", v.organiser);
                                args.set("fingerprint", v.fingerprint);
                                details
                                    .push(t.get_args("cv-module-attendance-verified", Some(&args)));
                            }
                        }
                        // A teacher's, mentor's or organiser's signed word on these results.
                        details.extend(confirmed(t, p.id, pr, &pr.endorsements));
                        Item {
                            when: t.range(pr.start, pr.end, false),
                            title: join(&[Some(pr.title.as_str()), non_empty(&pr.stage)]),
                            org: non_empty(&pr.provider).unwrap_or_default().to_owned(),
                            details,
                        }
                    })
                    .collect();
            }
            CvSection::Activities => {
                // Contributions are listed under volunteering and community when that is shown.
                let community = options.includes(CvSection::Volunteering);
                s.items = attended(p, |a| !(community && a.is_contribution()))
                    .into_iter()
                    .map(|a| activity_item(t, p.id, a))
                    .collect();
            }
            CvSection::Competences => {
                if p.competences.iter().any(|c| c.current().is_some()) {
                    s.text = Some(t.get("cv-competences-about"));
                }
                s.items = CompetenceCode::ALL
                    .into_iter()
                    .filter_map(|code| {
                        // The first entry of a competence is the one (see Mosaic::competence).
                        let c = p
                            .competences
                            .iter()
                            .filter(|c| c.code == code)
                            .min_by_key(|c| c.id)?;
                        let now = c.current()?;
                        let level = t.get(&format!("cv-competence-level-{}", now.level));
                        let mut source = t.get(match now.assessor {
                            CompetenceAssessor::SelfAssessed => "cv-source-self",
                            CompetenceAssessor::Mentor => "cv-source-mentor",
                        });
                        if let Some(n) = now.assessor_name.as_deref().map(str::trim)
                            && !n.is_empty()
                            && now.assessor == CompetenceAssessor::Mentor
                        {
                            source = format!("{source} ({n})");
                        }
                        Some(Item {
                            when: t.month_year(now.date),
                            title: t.get(&format!("cv-competence-{}", code.key())),
                            org: String::new(),
                            details: vec![format!("{level}, {source}")],
                        })
                    })
                    .collect();
            }
            CvSection::Skills => {
                s.items = p
                    .skills
                    .iter()
                    .map(|sk| Item {
                        when: non_empty(&sk.category).unwrap_or_default().to_owned(),
                        title: sk.name.clone(),
                        org: non_empty(&sk.level).unwrap_or_default().to_owned(),
                        details: non_empty(&sk.description)
                            .map(str::to_owned)
                            .into_iter()
                            .collect(),
                    })
                    .collect();
            }
        }
        let empty = s.text.is_none() && s.items.is_empty() && s.languages.is_none();
        if !empty {
            sections.push(s);
        }
    }

    let name_latin = profile.name_latin.trim().to_owned();
    let mut title_args = fluent_templates::fluent_bundle::FluentArgs::new();
    title_args.set("name", name_latin.clone());
    CvData {
        lang: t.lang.split('-').next().unwrap_or(t.lang).to_owned(),
        region: t.lang.split_once('-').map(|(_, region)| region.to_owned()),
        rtl: t.rtl(),
        title: t.get_args("cv-document-title", Some(&title_args)),
        name_own: non_empty(&profile.name_own_script)
            .filter(|n| *n != name_latin)
            .map(str::to_owned),
        photo_alt: t.get("cv-photo"),
        name_latin,
        photo,
        personal: t.get("cv-personal-information"),
        contact,
        sections,
        verify: None,
    }
}

fn language_grid(p: &Portfolio, t: &CvStrings) -> Option<LanguageGrid> {
    let mother: Vec<String> = p
        .profile
        .mother_tongues
        .iter()
        .filter(|m| !m.trim().is_empty())
        .map(|m| t.language_name(m))
        .collect();
    let is_mother = |code: &str| {
        let name = t.language_name(code);
        mother.contains(&name)
    };
    let rows: Vec<Vec<String>> = p
        .languages
        .iter()
        .filter(|l| !is_mother(&l.code))
        .map(|l| {
            let levels = l.current_levels();
            std::iter::once(t.language_name(&l.code))
                .chain(Skill::ALL.into_iter().map(|s| {
                    levels
                        .get(s)
                        .map(|c| c.as_str().to_owned())
                        .unwrap_or_else(|| "–".to_owned())
                }))
                .collect()
        })
        .collect();
    let sources: Vec<String> = p
        .languages
        .iter()
        .filter(|l| !is_mother(&l.code))
        .filter_map(|l| {
            let mut parts = level_sources(t, l);
            parts.extend(confirmed(t, p.id, l, &l.endorsements));
            (!parts.is_empty())
                .then(|| format!("{} — {}", t.language_name(&l.code), parts.join("; ")))
        })
        .collect();
    if mother.is_empty() && rows.is_empty() {
        return None;
    }
    Some(LanguageGrid {
        mother_label: t.get("cv-mother-tongues"),
        mother: mother.join(", "),
        other_label: t.get("cv-other-languages"),
        understanding: t.get("cv-understanding"),
        speaking: t.get("cv-speaking"),
        writing: t.get("cv-writing"),
        header: vec![
            t.get("cv-language"),
            t.get("cv-skill-listening"),
            t.get("cv-skill-reading"),
            t.get("cv-skill-spoken-interaction"),
            t.get("cv-skill-spoken-production"),
            t.get("cv-skill-writing"),
        ],
        rows,
        sources,
        note: t.get("cv-cefr-note"),
    })
}

/// The current signed confirmations of an entry, as CV lines: "Confirmed by NAME (role, key
/// FINGERPRINT)". Ones about an earlier version of the entry, or that do not verify, are left
/// out: the CV states only what a reader could check.
fn confirmed<E: Entry>(
    t: &CvStrings,
    portfolio: PortfolioId,
    entry: &E,
    statements: &[String],
) -> Vec<String> {
    mosaic_attest::claims::current(portfolio, entry, statements)
        .into_iter()
        .map(|e| {
            let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
            args.set("name", e.signer.clone());
            args.set("role", t.get(&format!("cv-role-{}", e.role.as_str())));
            args.set("fingerprint", e.fingerprint.clone());
            t.get_args("cv-confirmed-signed", Some(&args))
        })
        .collect()
}

/// Who judged each current level, grouped by source, in the CV language.
fn level_sources(t: &CvStrings, l: &mosaic_core::Language) -> Vec<String> {
    let mut groups: Vec<(String, Vec<String>)> = vec![];
    for (skill, level, a) in l.current_assessments() {
        let what = t.get(match a.assessor {
            Assessor::SelfAssessed => "cv-source-self",
            Assessor::Teacher => "cv-source-teacher",
            Assessor::Exam => "cv-source-exam",
            Assessor::Mentor => "cv-source-mentor",
        });
        let source = match a.assessor_name.as_deref().map(str::trim) {
            Some(n) if !n.is_empty() && a.assessor != Assessor::SelfAssessed => {
                format!("{what} ({n})")
            }
            _ => what,
        };
        let cell = format!("{} {}", t.get(skill_key(skill)), level.as_str());
        match groups.iter_mut().find(|(s, _)| *s == source) {
            Some((_, cells)) => cells.push(cell),
            None => groups.push((source, vec![cell])),
        }
    }
    groups
        .into_iter()
        .map(|(source, cells)| format!("{}: {source}", cells.join(", ")))
        .collect()
}

fn skill_key(s: Skill) -> &'static str {
    match s {
        Skill::Listening => "cv-skill-listening",
        Skill::Reading => "cv-skill-reading",
        Skill::SpokenInteraction => "cv-skill-spoken-interaction",
        Skill::SpokenProduction => "cv-skill-spoken-production",
        Skill::Writing => "cv-skill-writing",
    }
}

pub(crate) fn recognition_key(r: Recognition) -> Option<&'static str> {
    match r {
        Recognition::NotRequested => None,
        Recognition::Pending => Some("cv-recognition-pending"),
        Recognition::Recognised => Some("cv-recognition-recognised"),
        Recognition::PartiallyRecognised => Some("cv-recognition-partial"),
        Recognition::NotRecognised => Some("cv-recognition-not-recognised"),
        Recognition::NotNeeded => Some("cv-recognition-not-needed"),
    }
}

pub(crate) fn certificate_kind_key(k: CertificateKind) -> &'static str {
    match k {
        CertificateKind::Language => "cv-certificate-language",
        CertificateKind::Vocational => "cv-certificate-vocational",
        CertificateKind::Education => "cv-certificate-education",
        CertificateKind::Orientation => "cv-certificate-orientation",
        CertificateKind::Recognition => "cv-certificate-recognition",
        CertificateKind::Other => "cv-certificate-other",
    }
}

/// Attended activities that `keep` keeps, newest first.
fn attended(p: &Portfolio, keep: impl Fn(&Activity) -> bool) -> Vec<&Activity> {
    let mut list: Vec<_> = p
        .activities
        .iter()
        .filter(|a| a.attended && keep(a))
        .collect();
    list.sort_by_key(|a| Reverse(a.date));
    list
}

/// One activity on the CV: kind, role, topic, hours, and who vouches for it.
fn activity_item(t: &CvStrings, portfolio: PortfolioId, a: &Activity) -> Item {
    let kind = t.get(activity_kind_key(a.kind));
    let mut details = vec![];
    details.extend(a.role.and_then(activity_role_key).map(|k| t.get(k)));
    if let Some(topic) = non_empty(&a.topic) {
        let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
        args.set("topic", topic);
        details.push(t.get_args("cv-activity-topic", Some(&args)));
    }
    details.extend(hours(t, a.hours));
    // Only a signature that verifies reads as verified or confirmed; what
    // the owner typed reads as self-reported.
    let signed = confirmed(t, portfolio, a, &a.endorsements);
    match mosaic_attest::source(a) {
        mosaic_attest::Source::Verified {
            organiser,
            fingerprint,
            ..
        } => {
            let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
            args.set("name", organiser);
            args.set("fingerprint", fingerprint);
            details.push(t.get_args("cv-attendance-verified", Some(&args)));
        }
        _ if signed.is_empty() => details.push(t.get("cv-self-reported")),
        _ => {}
    }
    details.extend(signed);
    details.extend(non_empty(&a.note).map(str::to_owned));
    let (title, details) = match non_empty(&a.title) {
        Some(title) => {
            details.insert(0, kind);
            (title.to_owned(), details)
        }
        None => (kind, details),
    };
    Item {
        when: t.month_year(a.date),
        title,
        org: join(&[non_empty(&a.organiser), non_empty(&a.place)]),
        details,
    }
}

/// A contributing role's phrase; a participant needs none.
pub(crate) fn activity_role_key(r: ActivityRole) -> Option<&'static str> {
    match r {
        ActivityRole::Participant => None,
        ActivityRole::Volunteer => Some("cv-activity-role-volunteer"),
        ActivityRole::Speaker => Some("cv-activity-role-speaker"),
        ActivityRole::Organiser => Some("cv-activity-role-organiser"),
    }
}

pub(crate) fn activity_kind_key(k: ActivityKind) -> &'static str {
    match k {
        ActivityKind::LanguageCafe => "cv-activity-language-cafe",
        ActivityKind::InternationalLunch => "cv-activity-international-lunch",
        ActivityKind::InformationSession => "cv-activity-information-session",
        ActivityKind::Workshop => "cv-activity-workshop",
        ActivityKind::Conference => "cv-activity-conference",
        ActivityKind::Volunteering => "cv-activity-volunteering",
        ActivityKind::EscapeGame => "cv-activity-escape-game",
        ActivityKind::Other => "cv-activity-other",
        ActivityKind::CookingClass => "cv-activity-cooking-class",
        ActivityKind::CulturalFestival => "cv-activity-cultural-festival",
        ActivityKind::Crafts => "cv-activity-crafts",
        ActivityKind::Celebration => "cv-activity-celebration",
        ActivityKind::LanguageExchange => "cv-activity-language-exchange",
        ActivityKind::CommunityProject => "cv-activity-community-project",
    }
}
