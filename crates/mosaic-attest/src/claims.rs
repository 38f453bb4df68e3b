//! Where each claim of a portfolio comes from, in words the CLI prints (the CV and the app
//! localise the same facts): signed confirmations on an entry, and who judged each language
//! level on the CEFR grid.

use mosaic_core::{Assessment, Assessor, Entry, Language, PortfolioId};

use crate::endorse::{self, Standing};

/// Every signed confirmation on `entry`, checked against it now (a statement kept twice, as
/// two owner devices may both attach it, is checked once).
pub fn confirmations<E: Entry>(
    portfolio: PortfolioId,
    entry: &E,
    statements: &[String],
) -> Vec<Standing> {
    let mut seen = std::collections::HashSet::new();
    statements
        .iter()
        .filter(|s| seen.insert(s.as_str()))
        .map(|s| endorse::check(s, portfolio, E::SECTION, entry.id(), entry))
        .collect()
}

/// Only the confirmations that count: valid and about the entry as it reads now.
pub fn current<E: Entry>(
    portfolio: PortfolioId,
    entry: &E,
    statements: &[String],
) -> Vec<endorse::Endorsement> {
    confirmations(portfolio, entry, statements)
        .into_iter()
        .filter_map(|s| match s {
            Standing::Current { endorsement } => Some(endorsement),
            _ => None,
        })
        .collect()
}

/// Who set a level, as the owner entered it: "self-assessed", "assessed by a teacher (NAME)",
/// "exam or certificate (ISSUER)", "assessed by a mentor (NAME)". Typed by the owner, so the
/// names are her word; a signed `level_assessed` confirmation is what a reader can check.
pub fn assessor_source(a: &Assessment) -> String {
    let named = |what: &str| match a.assessor_name.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => format!("{what} ({n})"),
        _ => what.to_string(),
    };
    match a.assessor {
        Assessor::SelfAssessed => "self-assessed".into(),
        Assessor::Teacher => named("assessed by a teacher"),
        Assessor::Exam => named("exam or certificate"),
        Assessor::Mentor => named("assessed by a mentor"),
    }
}

/// Per skill of the grid, its current level and source, grouped: "listening B1, reading B1:
/// exam or certificate (CELI)"; then each signed confirmation of the levels.
pub fn language_sources(portfolio: PortfolioId, l: &Language) -> Vec<String> {
    let mut out = level_sources(l);
    out.extend(
        confirmations(portfolio, l, &l.endorsements)
            .iter()
            .map(Standing::describe),
    );
    out
}

/// Per skill of the grid, its current level and who set it, as the owner entered it.
pub fn level_sources(l: &Language) -> Vec<String> {
    let mut groups: Vec<(String, Vec<String>)> = vec![];
    for (skill, level, a) in l.current_assessments() {
        let source = assessor_source(a);
        let cell = format!("{} {}", skill.as_str().replace('_', " "), level.as_str());
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
