//! The readable summary printed by `mosaic show`.

use std::fmt::Write;

use mosaic_core::*;

fn levels(l: &SkillLevels) -> String {
    Skill::ALL
        .iter()
        .map(|s| {
            let short = match s {
                Skill::Listening => "L",
                Skill::Reading => "R",
                Skill::SpokenInteraction => "SI",
                Skill::SpokenProduction => "SP",
                Skill::Writing => "W",
            };
            format!("{short} {}", l.get(*s).map_or("-", |c| c.as_str()))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn pct(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{v:.0}%"))
}

pub fn render(p: &Portfolio) -> String {
    let mut out = String::new();
    let pr = &p.profile;
    let _ = writeln!(out, "{}", pr.name_latin);
    if let Some(own) = &pr.name_own_script {
        let _ = writeln!(out, "{own}");
    }
    let place: Vec<&str> = [pr.city.as_deref(), pr.country.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        let _ = writeln!(out, "{}", place.join(", "));
    }
    if !pr.mother_tongues.is_empty() {
        let _ = writeln!(out, "Mother tongues: {}", pr.mother_tongues.join(", "));
    }
    let _ = writeln!(out, "Portfolio {}", p.id);

    let _ = writeln!(out, "\nLanguages ({})", p.languages.len());
    for l in &p.languages {
        let _ = writeln!(
            out,
            "  {:<6} {}  ({} assessments)  {}",
            l.code,
            levels(&l.current_levels()),
            l.history.len(),
            l.id
        );
        // Who judged each level, and the signed confirmations of them.
        for line in mosaic_attest::claims::language_sources(p.id, l) {
            let _ = writeln!(out, "         {line}");
        }
    }
    let _ = writeln!(out, "\nProgrammes ({})", p.programmes.len());
    for prog in &p.programmes {
        let g = prog.progress_among(&p.programmes);
        let _ = writeln!(
            out,
            "  {} {}: {}/{} modules, {:.0} h, attendance {}, {}  {}",
            prog.title,
            prog.stage.as_deref().unwrap_or(""),
            g.modules_completed,
            g.modules_total,
            g.hours_total,
            pct(g.attendance_pct),
            crate::programme::verdict(g.verdict),
            prog.id
        );
        for u in &g.unmet {
            let _ = writeln!(out, "    ! {}", crate::programme::unmet_text(u));
        }
        for mp in g
            .modules
            .iter()
            .filter(|mp| !mp.unmet.is_empty() && mp.required)
        {
            let reasons: Vec<String> = mp.unmet.iter().map(crate::programme::unmet_text).collect();
            let _ = writeln!(out, "    {}: {}", mp.name, reasons.join("; "));
        }
        // Per module: attendance from the organiser's signatures, or the typed figure.
        for md in &prog.modules {
            let source = match mosaic_attest::attendance::of_module(md, &p.activities) {
                Some(v) => format!("attendance {}", v.describe()),
                None if md.attendance_pct.is_some() => {
                    format!("attendance {}, self-reported", pct(md.attendance_pct))
                }
                None => continue,
            };
            let _ = writeln!(out, "    {}: {source}", md.name);
        }
    }
    let hours: f64 = p
        .activities
        .iter()
        .filter(|a| a.attended)
        .filter_map(|a| a.hours)
        // Not `.sum()`: an empty f64 sum is -0.0, which prints as "-0".
        .fold(0.0, |total, h| total + h);
    let _ = writeln!(out, "\nActivities ({}, {hours:.0} h)", p.activities.len());
    let mut recent: Vec<&Activity> = p.activities.iter().collect();
    recent.sort_by_key(|a| std::cmp::Reverse(a.date));
    for a in recent.iter().take(5) {
        let kind = json_name(a.kind);
        // Verified only when a signature verifies; what the owner typed is self-reported.
        let signed = signed_lines(p.id, *a, &a.endorsements);
        let source = match mosaic_attest::source(a) {
            mosaic_attest::Source::SelfReported if !signed.is_empty() => String::new(),
            source => format!(" ({})", source.describe()),
        };
        let _ = writeln!(
            out,
            "  {} {kind} {}{source}  {}",
            a.date,
            a.title.as_deref().unwrap_or(""),
            a.id
        );
        let mut more = vec![];
        if let Some(role) = a
            .role
            .filter(|r| *r != mosaic_core::ActivityRole::Participant)
        {
            more.push(format!("as {}", json_name(role)));
        }
        if let Some(topic) = a.topic.as_deref() {
            more.push(format!("topic: {topic}"));
        }
        if !a.photos.is_empty() {
            more.push(format!("{} photo(s)", a.photos.len()));
        }
        if !more.is_empty() {
            let _ = writeln!(out, "    {}", more.join("; "));
        }
        for line in signed {
            let _ = writeln!(out, "    {line}");
        }
    }
    let _ = writeln!(out, "\nCertificates ({})", p.certificates.len());
    for c in &p.certificates {
        let source = match &c.verification {
            Verification::Credential { method } => format!("verified credential ({method})"),
            Verification::CredentialNotVerified { reason } => {
                format!("credential not verified: {reason}")
            }
            Verification::Unverified => match c.issuer.as_deref() {
                Some(issuer) => format!("certificate from {issuer}, self-reported"),
                None => "self-reported".into(),
            },
        };
        let _ = writeln!(out, "  {} ({source})  {}", c.title, c.id);
        for line in signed_lines(p.id, c, &c.endorsements) {
            let _ = writeln!(out, "    {line}");
        }
    }
    let _ = writeln!(out, "\nWork experience ({})", p.experience.len());
    for e in &p.experience {
        let signed = signed_lines(p.id, e, &e.endorsements);
        let _ = writeln!(
            out,
            "  {}{}{}  {}",
            e.role,
            e.employer
                .as_deref()
                .map(|x| format!(", {x}"))
                .unwrap_or_default(),
            if signed.is_empty() {
                " (self-reported)"
            } else {
                ""
            },
            e.id
        );
        for line in signed {
            let _ = writeln!(out, "    {line}");
        }
    }
    let counts = [
        ("Education", p.education.len()),
        ("Skills", p.skills.len()),
        ("Stories", p.stories.len()),
    ];
    let _ = writeln!(out);
    for (name, n) in counts {
        let _ = writeln!(out, "{name}: {n}");
    }
    out
}

/// Each signed confirmation on an entry, checked now: current, earlier version, or invalid.
fn signed_lines<E: Entry>(portfolio: PortfolioId, entry: &E, statements: &[String]) -> Vec<String> {
    mosaic_attest::claims::confirmations(portfolio, entry, statements)
        .iter()
        .map(mosaic_attest::Standing::describe)
        .collect()
}

/// A unit enum's name as in JSON (`cultural_festival`).
fn json_name(value: impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}
