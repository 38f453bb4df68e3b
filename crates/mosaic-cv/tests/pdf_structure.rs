//! Fonts embedded and subset, PDF/A-2u identification, tagging, sane sizes.

mod common;

use common::{options, render, squash};
use mosaic_cv::Template;
use mosaic_cv::bench::portfolio_with_entries;

fn mixed_script_portfolio() -> mosaic_core::Portfolio {
    let mut p = portfolio_with_entries(3);
    p.profile.name_own_script = Some("أمينة حداد".into());
    p.profile.about = Some("ዮናስ — Олена — می‌خواهم — Ελένη".into());
    // A contribution: it goes in "volunteering and community", with its role and source.
    p.activities.push(mosaic_core::Activity {
        id: uuid::Uuid::now_v7(),
        kind: mosaic_core::ActivityKind::CulturalFestival,
        title: None,
        date: "2026-06-20".parse().expect("date"),
        place: None,
        organiser: None,
        topic: Some("Harvest".into()),
        role: Some(mosaic_core::ActivityRole::Organiser),
        hours: Some(6.0),
        attended: true,
        note: None,
        proof: None,
        endorsements: vec![],
        photos: vec![],
    });
    p.competences.push(mosaic_core::Competence {
        id: uuid::Uuid::now_v7(),
        code: mosaic_core::CompetenceCode::Empathy,
        history: vec![mosaic_core::CompetenceAssessment {
            date: "2026-06-01".parse().expect("date"),
            level: 3,
            assessor: mosaic_core::CompetenceAssessor::SelfAssessed,
            assessor_name: None,
            note: None,
        }],
        evidence: vec![],
    });
    p
}

#[test]
fn every_font_is_embedded_and_subset() {
    for template in [Template::Europass, Template::Compact] {
        let pdf = render(
            &mixed_script_portfolio(),
            None,
            &options("en", template, &[]),
        );
        let fonts = pdf.fonts();
        let rows: Vec<&str> = fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(
            rows.len() >= 3,
            "expected Latin, Arabic and Ethiopic fonts: {fonts}"
        );
        for family in ["NotoSans-", "NotoNaskhArabic", "NotoSansEthiopic"] {
            assert!(fonts.contains(family), "{family} not used: {fonts}");
        }
        for row in rows {
            // Columns: name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert!(n >= 7, "{row}");
            assert_eq!(cols[n - 5], "yes", "not embedded: {row}");
            assert_eq!(cols[n - 4], "yes", "not subset: {row}");
            assert_eq!(cols[n - 3], "yes", "no ToUnicode map: {row}");
        }
    }
}

#[test]
fn pdf_a_2u_identification_and_output_intent_are_present() {
    let pdf = render(
        &mixed_script_portfolio(),
        None,
        &options("en", Template::Europass, &[]),
    );
    let xmp = pdf.xmp();
    let compact = xmp.replace(['\n', ' '], "");
    assert!(
        compact.contains("<pdfaid:part>2</pdfaid:part>") || compact.contains("pdfaid:part=\"2\""),
        "no pdfaid:part 2 in XMP: {xmp}"
    );
    assert!(
        compact.contains("<pdfaid:conformance>U</pdfaid:conformance>")
            || compact.contains("pdfaid:conformance=\"U\""),
        "no pdfaid:conformance U in XMP: {xmp}"
    );
    let raw = String::from_utf8_lossy(&pdf.bytes);
    assert!(
        raw.contains("/OutputIntents"),
        "no OutputIntents in the catalog"
    );
    assert!(raw.contains("/GTS_PDFA1"), "no PDF/A output intent subtype");
    assert!(
        raw.contains("/DestOutputProfile"),
        "no ICC profile in the output intent"
    );
    // Tagged PDF: structure tree and MarkInfo.
    assert!(raw.contains("/StructTreeRoot"), "not tagged");
    assert!(raw.contains("/Marked true"), "MarkInfo missing");
    let info = pdf.info();
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Amina Haddad"),
        "title metadata missing: {info}"
    );
}

#[test]
fn empty_portfolio_gives_a_one_page_cv_with_the_name() {
    let mut p = mosaic_core::Portfolio::empty(uuid_nil());
    p.profile.name_latin = "Nobody Yet".into();
    for template in [Template::Europass, Template::Compact] {
        let pdf = render(&p, None, &options("en", template, &[]));
        assert_eq!(pdf.pages(), 1);
        let text = squash(&pdf.text());
        assert!(text.contains("Nobody Yet"), "{text}");
        assert!(
            !text.contains("Work experience"),
            "empty sections must not print headings"
        );
    }
    // Not even a name.
    let blank = mosaic_core::Portfolio::empty(uuid_nil());
    let pdf = render(&blank, None, &options("ti", Template::Europass, &[]));
    assert_eq!(pdf.pages(), 1);
}

#[test]
fn two_hundred_entries_flow_over_several_pages() {
    let p = portfolio_with_entries(200);
    for template in [Template::Europass, Template::Compact] {
        let pdf = render(&p, None, &options("en", template, &[]));
        let pages = pdf.pages();
        assert!(pages >= 2, "{template}: {pages} pages");
        let text = pdf.text();
        assert!(
            text.contains("Menu planning 200"),
            "{template}: last skill missing"
        );
        assert!(
            text.contains("Kitchen supervisor 200"),
            "{template}: last job missing"
        );
    }
}

#[test]
fn two_page_bench_portfolio_is_about_two_pages() {
    let (p, photo) = mosaic_cv::bench::two_page_portfolio();
    let pdf = render(&p, Some(&photo), &mosaic_cv::bench::bench_options());
    let pages = pdf.pages();
    assert!((2..=3).contains(&pages), "{pages} pages");
}

fn uuid_nil() -> mosaic_core::PortfolioId {
    mosaic_core::PortfolioId::nil()
}

/// The text of a `cv.ftl` without its placeholders, selectors and comments: what the CV
/// can print in that language.
fn printable_text(ftl: &str) -> String {
    ftl.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| l.split_once(" = ").map_or(l, |(_, value)| value))
        .collect::<Vec<_>>()
        .join(" ")
        .split('{')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once('}').map_or("", |(_, rest)| rest)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_cv_language_prints_with_every_glyph_and_every_font_embedded() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
    // The check can fail: Malayalam and Khmer have no font in the CV.
    assert_eq!(mosaic_cv::missing_glyphs("a അ ក ‌"), vec!['അ', 'ក']);
    assert_eq!(mosaic_cv::supported_languages().len(), 26);
    for lang in mosaic_cv::supported_languages() {
        // No character of the language's CV strings lacks a glyph in the shipped fonts
        // (a missing one would print as .notdef, an empty box).
        let ftl = std::fs::read_to_string(format!("{root}/{lang}/cv.ftl")).expect("cv.ftl");
        let missing = mosaic_cv::missing_glyphs(&printable_text(&ftl));
        assert!(missing.is_empty(), "{lang}: no glyph for {missing:?}");

        // The CV in that language: its heading in the text layer, every font embedded.
        let pdf = render(
            &mixed_script_portfolio(),
            None,
            &options(lang, Template::Europass, &[]),
        );
        let heading = ftl
            .lines()
            .find_map(|l| l.strip_prefix("cv-section-languages = "))
            .expect("cv-section-languages");
        // Joiners move between glyphs in pdftotext's output (see pdf_text.rs); compare
        // letters only.
        // pdftotext also moves combining marks (Arabic harakat, Bengali vowel signs) off
        // their letters: compare base letters.
        let letters = |s: &str| -> String {
            s.chars()
                .filter(|c| {
                    !c.is_whitespace()
                        && !matches!(c,
                            '\u{200b}'..='\u{200f}'
                            | '\u{0300}'..='\u{036f}'
                            | '\u{0610}'..='\u{061a}'
                            | '\u{064b}'..='\u{065f}'
                            | '\u{0670}'
                            | '\u{06d6}'..='\u{06ed}'
                            | '\u{0981}'..='\u{0983}'
                            | '\u{09bc}'..='\u{09d7}'
                            | '\u{135d}'..='\u{135f}')
                })
                .collect()
        };
        let text = pdf.text();
        assert!(
            letters(&text).contains(&letters(heading)),
            "{lang}: heading {heading:?} not in the text layer: {}",
            squash(&text)
        );
        // The volunteering and community section, the role and the source of a contribution.
        for key in [
            "cv-section-volunteering",
            "cv-activity-cultural-festival",
            "cv-activity-role-organiser",
            "cv-self-reported",
            "cv-section-competences",
            "cv-competence-empathy",
            "cv-competence-level-3",
            "cv-source-self",
        ] {
            let value = ftl
                .lines()
                .find_map(|l| l.strip_prefix(&format!("{key} = ")))
                .unwrap_or_else(|| panic!("{lang}: {key} missing"));
            assert!(
                appears(&letters(&text), &letters(value)),
                "{lang}: {key} {value:?} not in the text layer: {}",
                squash(&text)
            );
        }
        for row in pdf.fonts().lines().skip(2).filter(|l| !l.trim().is_empty()) {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(cols[n - 5], "yes", "{lang}: not embedded: {row}");
        }
    }
}

/// `needle` in `hay`, letter by letter, within a short window: pdftotext splits and
/// repeats pieces of clusters with marks (Arabic shadda + kasra), so an exact match
/// fails on text that is right on the page.
fn appears(hay: &str, needle: &str) -> bool {
    let hay: Vec<char> = hay.chars().collect();
    let needle: Vec<char> = needle.chars().collect();
    let Some(&first) = needle.first() else {
        return true;
    };
    let window = needle.len() * 2;
    (0..hay.len()).filter(|&i| hay[i] == first).any(|i| {
        let mut want = needle.iter().peekable();
        for c in hay.iter().skip(i).take(window) {
            if want.peek() == Some(&c) {
                want.next();
            }
        }
        want.peek().is_none()
    })
}
