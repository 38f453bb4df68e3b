//! JSON Resume and Europass XML validate against their schemas.

use std::process::Command;

use mosaic_cv::bench::portfolio_with_entries;
use mosaic_cv::{CvOptions, CvSection, Template};

const JSON_RESUME_SCHEMA: &str = include_str!("../schemas/jsonresume-v1.0.0.schema.json");
const EUROPASS_XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/schemas/europass-cv-subset.xsd"
);

fn opts(lang: &str, sections: &[CvSection]) -> CvOptions {
    CvOptions {
        lang: lang.into(),
        template: Template::Europass,
        sections: sections.to_vec(),
        include_photo: false,
        verify_url: None,
    }
}

fn validate_json(value: &serde_json::Value) {
    let schema: serde_json::Value = serde_json::from_str(JSON_RESUME_SCHEMA).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "JSON Resume invalid: {errors:#?}\n{value:#}"
    );
}

#[test]
fn json_resume_validates_for_full_empty_and_partial_portfolios() {
    for lang in ["en", "de", "ar", "ti"] {
        validate_json(&mosaic_cv::json_resume(
            &portfolio_with_entries(5),
            &opts(lang, &[]),
        ));
    }
    validate_json(&mosaic_cv::json_resume(
        &mosaic_core::Portfolio::empty(mosaic_core::PortfolioId::nil()),
        &opts("en", &[]),
    ));
    let partial = mosaic_cv::json_resume(
        &portfolio_with_entries(3),
        &opts("fr", &[CvSection::Languages]),
    );
    validate_json(&partial);
    assert!(partial.get("work").is_none() && partial.get("education").is_none());
    let langs = partial["languages"].as_array().expect("languages");
    assert_eq!(langs[0]["language"], "arabe");
    assert_eq!(langs[0]["fluency"], "Langue(s) maternelle(s)");
    assert!(
        langs[1]["fluency"]
            .as_str()
            .unwrap_or_default()
            .contains("Écouter B1")
    );
}

#[test]
fn json_resume_schema_rejects_what_it_should() {
    // Guard against a schema that accepts anything.
    let mut bad = mosaic_cv::json_resume(&portfolio_with_entries(1), &opts("en", &[]));
    bad["work"][0]["startDate"] = "March 2024".into();
    let schema: serde_json::Value = serde_json::from_str(JSON_RESUME_SCHEMA).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    assert!(!validator.is_valid(&bad));
    let mut extra = mosaic_cv::json_resume(&portfolio_with_entries(1), &opts("en", &[]));
    extra["stories"] = serde_json::json!([]);
    assert!(!validator.is_valid(&extra));
}

fn xmllint(xml: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cv.xml");
    std::fs::write(&path, xml).expect("write xml");
    let out = Command::new("xmllint")
        .args(["--noout", "--schema", EUROPASS_XSD])
        .arg(&path)
        .output()
        .expect("xmllint not runnable (apt-get install libxml2-utils)");
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn europass_xml_validates_against_the_xsd_subset() {
    for lang in ["en", "mt", "el", "fa", "uk"] {
        let xml =
            mosaic_cv::europass_xml(&portfolio_with_entries(4), &opts(lang, &[])).expect("xml");
        if let Err(e) = xmllint(&xml) {
            panic!("{lang}: {e}\n{xml}");
        }
    }
    let empty = mosaic_core::Portfolio::empty(mosaic_core::PortfolioId::nil());
    let xml = mosaic_cv::europass_xml(&empty, &opts("en", &[])).expect("xml");
    xmllint(&xml).expect("empty portfolio validates");
}

#[test]
fn europass_xml_carries_the_cefr_grid() {
    let xml = mosaic_cv::europass_xml(&portfolio_with_entries(2), &opts("en", &[])).expect("xml");
    for needle in [
        "<Code>ar</Code>",
        "<Label>Arabic</Label>",
        "<Code>mt</Code>",
        "<Listening>B1</Listening>",
        "<Reading>B2</Reading>",
        "<SpokenInteraction>A2</SpokenInteraction>",
        "<SpokenProduction>A2</SpokenProduction>",
        "<Writing>B1</Writing>",
    ] {
        assert!(xml.contains(needle), "{needle} missing:\n{xml}");
    }
    // The XSD really checks CEFR values.
    assert!(xmllint(&xml.replace("<Reading>B2</Reading>", "<Reading>B7</Reading>")).is_err());
}

#[test]
fn unknown_cv_language_lists_the_supported_ones() {
    let err = mosaic_cv::europass_xml(&portfolio_with_entries(1), &opts("xx", &[]))
        .expect_err("xx is not a CV language");
    let msg = err.to_string();
    assert!(
        msg.contains("`xx`") && msg.contains("en, mt, sv, de"),
        "{msg}"
    );
    assert!(mosaic_cv::supported_languages().len() >= 15);
}

#[test]
fn options_parse_from_strings() {
    use std::str::FromStr;
    assert_eq!(Template::from_str("Compact").ok(), Some(Template::Compact));
    assert!(Template::from_str("fancy").is_err());
    assert_eq!(CvSection::from_str("work").ok(), Some(CvSection::Work));
    assert_eq!(
        CvSection::from_str("experience").ok(),
        Some(CvSection::Work)
    );
    assert!(CvSection::from_str("stories").is_err());
    let parsed: CvSection = serde_json::from_str("\"volunteering\"").expect("serde snake_case");
    assert_eq!(parsed, CvSection::Volunteering);
}

#[test]
fn typst_cli_equivalent_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let main = mosaic_cv::bench::write_typst_cli_equivalent(dir.path()).expect("written");
    assert!(main.ends_with("main.typ"));
    for f in [
        "data.json",
        "photo",
        "fonts/NotoSans-Regular.ttf",
        "fonts/NotoSansEthiopic-Bold.ttf",
    ] {
        assert!(dir.path().join(f).is_file(), "{f} missing");
    }
    let data: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("data.json")).expect("read"))
            .expect("json");
    assert_eq!(data["name_latin"], "Amina Haddad");
}
