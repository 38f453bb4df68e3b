//! CV strings from `locales/<lang>/cv.ftl`, embedded at compile time.
//!
//! The CV language is chosen per CV, independently of the UI language. Bundles are built with
//! Unicode isolation turned off, and any FSI/PDI marks (U+2068/U+2069) that still appear are
//! stripped, so they never leak into the PDF text layer.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::Datelike;
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use mosaic_core::Date;

use crate::CvError;

macro_rules! locales {
    ($($lang:literal),* $(,)?) => {
        const LOCALES: &[(&str, &str)] = &[
            $(($lang, include_str!(concat!("../../../locales/", $lang, "/cv.ftl")))),*
        ];
        const LANGS: &[&str] = &[$($lang),*];
    };
}

locales!(
    "en", "mt", "sv", "de", "it", "el", "fr", "nl", "tr", "ar", "fa", "ps", "ti", "so", "uk",
    "ckb", "kmr", "fa-AF", "am", "ur", "ru", "es", "bn", "sq", "om", "sw",
);

/// The CV languages (BCP 47 tags: a primary language subtag, or `fa-AF` for Dari) that
/// have a `cv.ftl`.
pub fn supported_languages() -> &'static [&'static str] {
    LANGS
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<&'static str, Result<Bundle, String>>> = LazyLock::new(|| {
    LOCALES
        .iter()
        .map(|(lang, source)| (*lang, build_bundle(lang, source)))
        .collect()
});

fn build_bundle(lang: &str, source: &str) -> Result<Bundle, String> {
    let langid: LanguageIdentifier = lang.parse().map_err(|e| format!("{e}"))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errs)| format!("cv.ftl does not parse: {errs:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errs| format!("cv.ftl has duplicate messages: {errs:?}"))?;
    Ok(bundle)
}

/// Normalises a requested CV language ("de-AT", "DE", "de_CH") to a supported one.
/// Anything that is not a BCP 47 tag (after `_` becomes `-`) is refused, so a
/// code such as `de-/../..` never reaches a file name or a template.
pub(crate) fn resolve_lang(lang: &str) -> Option<&'static str> {
    let lower = lang.trim().to_ascii_lowercase().replace('_', "-");
    mosaic_core::validate::Checker::new("lang")
        .language_tag("code", &lower)
        .ok()?;
    let primary = lower.split('-').next().unwrap_or_default();
    // Dari has its own CV strings (Afghan usage), whether asked as fa-AF or prs.
    if primary == "prs" || lower.starts_with("fa-af") {
        return Some("fa-AF");
    }
    LANGS.iter().copied().find(|l| *l == primary)
}

/// The supported CV language code (`de` for `de-AT`) for a requested tag, or an
/// error naming it. Callers put only this static code into file names.
pub fn cv_language(lang: &str) -> Result<&'static str, CvError> {
    resolve_lang(lang).ok_or_else(|| CvError::UnknownLanguage {
        lang: lang.to_owned(),
        supported: LANGS.to_vec(),
    })
}

pub(crate) struct CvStrings {
    pub lang: &'static str,
    bundle: &'static Bundle,
    fallback: Option<&'static Bundle>,
}

impl CvStrings {
    pub fn load(lang: &str) -> Result<CvStrings, CvError> {
        let resolved = resolve_lang(lang).ok_or_else(|| CvError::UnknownLanguage {
            lang: lang.to_owned(),
            supported: LANGS.to_vec(),
        })?;
        let bundle = match BUNDLES.get(resolved) {
            Some(Ok(b)) => b,
            Some(Err(message)) => {
                return Err(CvError::Translation {
                    lang: resolved.to_owned(),
                    message: message.clone(),
                });
            }
            None => {
                return Err(CvError::UnknownLanguage {
                    lang: lang.to_owned(),
                    supported: LANGS.to_vec(),
                });
            }
        };
        let fallback = match BUNDLES.get("en") {
            Some(Ok(b)) if resolved != "en" => Some(b),
            _ => None,
        };
        Ok(CvStrings {
            lang: resolved,
            bundle,
            fallback,
        })
    }

    /// Whether the text of this language runs right to left.
    pub fn rtl(&self) -> bool {
        matches!(self.lang, "ar" | "fa" | "fa-AF" | "ps" | "ckb" | "ur")
    }

    fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let msg = bundle.get_message(key)?;
        let pattern = msg.value()?;
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(strip_isolation(&text))
    }

    /// The message `key`, falling back to English, then to the key itself.
    pub fn get(&self, key: &str) -> String {
        self.get_args(key, None)
    }

    pub fn get_args(&self, key: &str, args: Option<&FluentArgs>) -> String {
        Self::format_in(self.bundle, key, args)
            .or_else(|| self.fallback.and_then(|b| Self::format_in(b, key, args)))
            .unwrap_or_else(|| key.to_owned())
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// "March 2024" in the CV language.
    pub fn month_year(&self, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set(
            "month",
            FluentValue::from(self.get(&format!("cv-month-{}", date.month()))),
        );
        args.set("year", FluentValue::from(date.year().to_string()));
        self.get_args("cv-date-month-year", Some(&args))
    }

    /// "March 2024 – present", "2019 – June 2021", or "" when no date is known.
    pub fn range(&self, start: Option<Date>, end: Option<Date>, ongoing: bool) -> String {
        let start = start.map(|d| self.month_year(d));
        let end = match end {
            Some(d) => Some(self.month_year(d)),
            None if ongoing && start.is_some() => Some(self.get("cv-date-present")),
            None => None,
        };
        match (start, end) {
            (Some(s), Some(e)) => {
                let mut args = FluentArgs::new();
                args.set("start", FluentValue::from(s));
                args.set("end", FluentValue::from(e));
                self.get_args("cv-date-range", Some(&args))
            }
            (Some(s), None) => s,
            (None, Some(e)) => e,
            (None, None) => String::new(),
        }
    }

    /// A language code ("ar", "fa-AF", "TI") or name ("Arabic") in the CV language.
    /// Unknown codes and free-text names are returned unchanged.
    pub fn language_name(&self, code_or_name: &str) -> String {
        let lower = code_or_name.trim().to_ascii_lowercase().replace('_', "-");
        let primary = lower.split('-').next().unwrap_or_default();
        if !primary.is_empty()
            && primary.len() <= 3
            && primary.chars().all(|c| c.is_ascii_alphabetic())
        {
            let key = format!("cv-lang-{primary}");
            if self.has(&key) || self.fallback.is_some_and(|b| b.has_message(&key)) {
                return self.get(&key);
            }
        }
        code_or_name.trim().to_owned()
    }
}

/// Removes Unicode isolation marks (FSI U+2068, PDI U+2069) that Fluent adds around placeables.
pub(crate) fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_builds_and_has_every_english_key() {
        let en = LOCALES
            .iter()
            .find(|(l, _)| *l == "en")
            .map(|(_, s)| keys(s))
            .unwrap_or_default();
        assert!(en.len() > 50);
        for (lang, source) in LOCALES {
            assert!(
                matches!(BUNDLES.get(lang), Some(Ok(_))),
                "{lang}: {:?}",
                BUNDLES.get(lang).map(|r| r.as_ref().err())
            );
            assert_eq!(keys(source), en, "{lang}/cv.ftl keys differ from en");
        }
    }

    fn keys(source: &str) -> Vec<String> {
        let mut k: Vec<String> = source
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
            .collect();
        k.sort();
        k
    }

    #[test]
    fn dates_and_languages_are_localised_without_isolation_marks() {
        let de = CvStrings::load("de-AT").ok();
        let de = de.as_ref().map(|s| {
            (
                s.month_year(Date::from_ymd_opt(2024, 3, 1).unwrap_or_default()),
                s.language_name("ar"),
            )
        });
        assert_eq!(de, Some(("März 2024".to_owned(), "Arabisch".to_owned())));
        let fr = CvStrings::load("fr").ok();
        let r = fr
            .map(|s| s.range(Date::from_ymd_opt(2020, 1, 1), None, true))
            .unwrap_or_default();
        assert!(!r.contains('\u{2068}') && r.contains("2020"), "{r}");
        assert!(matches!(
            CvStrings::load("xx"),
            Err(CvError::UnknownLanguage { .. })
        ));
    }

    #[test]
    fn dari_kurdish_and_urdu_cvs_resolve_and_run_right_to_left() {
        assert_eq!(resolve_lang("fa-AF"), Some("fa-AF"));
        assert_eq!(resolve_lang("prs"), Some("fa-AF"));
        assert_eq!(resolve_lang("fa-IR"), Some("fa"));
        assert_eq!(resolve_lang("CKB"), Some("ckb"));
        assert_eq!(resolve_lang("kmr"), Some("kmr"));
        for (lang, rtl) in [
            ("fa-AF", true),
            ("ckb", true),
            ("ur", true),
            ("kmr", false),
            ("bn", false),
        ] {
            let s = CvStrings::load(lang).ok();
            assert_eq!(s.map(|s| s.rtl()), Some(rtl), "{lang}");
        }
    }

    #[test]
    fn a_cv_language_that_is_not_a_bcp47_tag_is_refused() {
        for bad in ["de-/../..", "de/..", "en-\n", "de-AT-", "../de", ""] {
            assert!(
                matches!(cv_language(bad), Err(CvError::UnknownLanguage { .. })),
                "{bad:?} was accepted as {:?}",
                cv_language(bad).ok()
            );
            assert!(CvStrings::load(bad).is_err(), "{bad:?} loads strings");
        }
        assert_eq!(cv_language("de_CH").ok(), Some("de"));
        assert_eq!(cv_language("prs-AF").ok(), Some("fa-AF"));
    }
}
