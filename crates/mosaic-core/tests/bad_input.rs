//! Bad input gets a clear error naming the problem, never a panic, and changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::sample::profile;
use mosaic_core::*;

fn store_with_one() -> (tempfile::TempDir, Mosaic, PortfolioId) {
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    m.add_json(id, Section::Skills, serde_json::json!({"name": "Sewing"}))
        .unwrap();
    (dir, m, id)
}

fn export_of(m: &mut Mosaic, id: PortfolioId) -> serde_json::Value {
    serde_json::from_str(&m.export_json(id).unwrap()).unwrap()
}

fn assert_import_fails(bytes: &[u8], expect_path: &str, expect_words: &str) {
    let (_dir, mut m, id) = store_with_one();
    let before = m.portfolio(id).unwrap();
    let err = m.import_json(bytes).unwrap_err().to_string();
    assert!(
        err.contains(expect_path),
        "error `{err}` names {expect_path}"
    );
    assert!(
        err.contains(expect_words),
        "error `{err}` says {expect_words}"
    );
    assert_eq!(m.portfolio_ids().unwrap(), vec![id], "nothing new stored");
    assert_eq!(m.portfolio(id).unwrap(), before, "existing data untouched");
}

#[test]
fn malformed_json_is_refused() {
    assert_import_fails(
        b"{\"format\": \"mosaic-portfolio\", ",
        "$",
        "not valid JSON",
    );
}

#[test]
fn unknown_version_is_refused_naming_the_field() {
    let (_d, mut m, id) = store_with_one();
    let mut v = export_of(&mut m, id);
    v["version"] = 7.into();
    v["portfolio"]["id"] = uuid::Uuid::now_v7().to_string().into();
    assert_import_fails(
        v.to_string().as_bytes(),
        "$.version",
        "version 7 is not supported",
    );
}

#[test]
fn wrong_types_name_the_json_path() {
    let (_d, mut m, id) = store_with_one();
    let mut v = export_of(&mut m, id);
    v["portfolio"]["id"] = uuid::Uuid::now_v7().to_string().into();
    v["portfolio"]["skills"][0]["name"] = 42.into();
    assert_import_fails(
        v.to_string().as_bytes(),
        "$.portfolio.skills[0].name",
        "expected a string",
    );
}

#[test]
fn impossible_dates_and_bad_levels_are_refused() {
    let (_d, mut m, id) = store_with_one();
    let mut v = export_of(&mut m, id);
    v["portfolio"]["id"] = uuid::Uuid::now_v7().to_string().into();
    v["portfolio"]["activities"] = serde_json::json!([{"id": uuid::Uuid::now_v7(), "kind": "language_cafe", "date": "2025-02-30"}]);
    assert_import_fails(
        v.to_string().as_bytes(),
        "$.portfolio.activities[0].date",
        "input is out of range",
    );
    v["portfolio"]["activities"] = serde_json::json!([]);
    v["portfolio"]["languages"] = serde_json::json!([{"id": uuid::Uuid::now_v7(), "code": "mt", "history": [{"date": "2025-01-01", "assessor": "self", "levels": {"reading": "D9"}}]}]);
    assert_import_fails(
        v.to_string().as_bytes(),
        "$.portfolio.languages[0].history[0].levels.reading",
        "unknown variant",
    );
    v["portfolio"]["languages"] =
        serde_json::json!([{"id": uuid::Uuid::now_v7(), "code": "not a language!"}]);
    assert_import_fails(
        v.to_string().as_bytes(),
        "$.portfolio.languages[0].code",
        "BCP 47",
    );
}

#[test]
fn a_100_mb_string_is_refused_without_storing_anything() {
    let (_d, mut m, id) = store_with_one();
    let huge = "a".repeat(100 * 1024 * 1024);
    let err = m
        .add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": "x", "body": huge}),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("$.body") && err.contains("too long"), "{err}");
    assert!(m.list::<Story>(id).unwrap().is_empty());
    let mut v = export_of(&mut m, id);
    v["portfolio"]["id"] = uuid::Uuid::now_v7().to_string().into();
    v["portfolio"]["profile"]["about"] = huge.into();
    assert_import_fails(v.to_string().as_bytes(), "$", "the limit is");
}

#[test]
fn direct_edits_validate_fields() {
    let (_d, mut m, id) = store_with_one();
    let before = m.portfolio(id).unwrap();
    let cases = [
        (
            Section::Activities,
            serde_json::json!({"kind": "language_cafe", "date": "1850-01-01"}),
            "$.date",
        ),
        (
            Section::Programmes,
            serde_json::json!({"title": "X", "min_attendance_pct": 180.0}),
            "$.min_attendance_pct",
        ),
        (
            Section::Experience,
            serde_json::json!({"role": "Cook", "start": "2024-05-01", "end": "2023-01-01"}),
            "$.end",
        ),
        (Section::Skills, serde_json::json!({"name": ""}), "$.name"),
        (
            Section::Skills,
            serde_json::json!({"name": "two\nlines"}),
            "$.name",
        ),
        (
            Section::Activities,
            serde_json::json!({"kind": "party", "date": "2024-01-01"}),
            "$.kind",
        ),
    ];
    for (section, value, path) in cases {
        let err = m.add_json(id, section, value).unwrap_err().to_string();
        assert!(err.contains(path), "`{err}` names {path}");
    }
    assert_eq!(m.portfolio(id).unwrap(), before);
}

#[test]
fn a_corrupt_store_file_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(STORE_FILE);
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Mosaic::open(dir.path())
        .err()
        .expect("must fail")
        .to_string();
    // Without its key file, garbage and an encrypted store look alike.
    assert!(err.contains("cannot open the encrypted store"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        garbage,
        "the file is left as it was"
    );
}

#[test]
fn a_truncated_document_gives_a_clear_error() {
    let (dir, mut m, id) = store_with_one();
    let doc = m.save_document(id).unwrap();
    drop(m);
    let mut other = Mosaic::open(tempfile::tempdir().unwrap().path()).unwrap();
    let err = other
        .adopt_document(&doc[..doc.len() / 2], "owner")
        .unwrap_err()
        .to_string();
    assert!(err.contains("does not load"), "{err}");
    assert!(other.portfolio_ids().unwrap().is_empty());
    // And a truncated snapshot inside the store is reported, not a panic.
    let mut tamper = Mosaic::open(dir.path()).unwrap();
    tamper
        .connection()
        .execute("UPDATE doc_snapshots SET data = substr(data, 1, 40)", [])
        .unwrap();
    drop(tamper);
    let mut m = Mosaic::open(dir.path()).unwrap();
    let err = m.portfolio(id).unwrap_err().to_string();
    assert!(err.contains("corrupt"), "{err}");
    let report = m.doctor().unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
}

#[test]
fn a_backup_that_is_not_a_zip_is_refused() {
    let (dir, mut m, id) = store_with_one();
    let path = dir.path().join("fake.zip");
    std::fs::write(&path, b"PK\x03\x04 this is not really a zip").unwrap();
    let err = m.restore(&path, None, true).unwrap_err().to_string();
    assert!(err.contains("not a Mosaic backup"), "{err}");
    assert_eq!(m.portfolio_ids().unwrap(), vec![id]);
}

/// Writes a zip holding `entries` (name, bytes), as a tampered backup would.
fn write_zip(path: &std::path::Path, entries: &[(&str, &[u8])]) {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

#[test]
fn restore_replace_keeps_the_old_portfolio_when_the_backup_is_bad() {
    let (dir, mut m, id) = store_with_one();
    let before = m.portfolio(id).unwrap();
    // The right portfolio.json, but a document of another portfolio.
    let json = m.export_json(id).unwrap();
    let mut other = Mosaic::open(tempfile::tempdir().unwrap().path()).unwrap();
    let stranger = other.create_portfolio(profile()).unwrap();
    let foreign_doc = other.save_document(stranger).unwrap();
    let path = dir.path().join("tampered.zip");
    write_zip(
        &path,
        &[
            ("portfolio.json", json.as_bytes()),
            ("document.automerge", &foreign_doc),
        ],
    );
    let err = m.restore(&path, None, true).unwrap_err().to_string();
    assert!(err.contains("another portfolio"), "{err}");
    assert_eq!(m.portfolio_ids().unwrap(), vec![id], "the old one is kept");
    assert_eq!(m.portfolio(id).unwrap(), before, "and unchanged");
    // A fresh handle reads the same from disk.
    let mut reopened = Mosaic::open(dir.path()).unwrap();
    assert_eq!(reopened.portfolio(id).unwrap(), before);
}

#[test]
fn a_language_name_is_not_a_language_code() {
    let (_d, mut m, id) = store_with_one();
    for name in ["English", "english", "Arabic", "العربية", "zz", "xyz"] {
        let err = m
            .add_json(id, Section::Languages, serde_json::json!({"code": name}))
            .unwrap_err()
            .to_string();
        assert!(err.contains("$.code"), "{name}: `{err}` names the field");
        assert!(err.contains("language code"), "{name}: `{err}`");
    }
    for code in [
        "en", "ar", "ti", "prs", "ckb", "kmr", "fa-AF", "en-GB", "sr-Latn", "qaa",
    ] {
        m.add_json(id, Section::Languages, serde_json::json!({"code": code}))
            .unwrap_or_else(|e| panic!("{code}: {e}"));
    }
}

#[test]
fn hours_typed_in_arabic_or_persian_digits_are_numbers() {
    let (_d, mut m, id) = store_with_one();
    for typed in ["٣٫٥", "۳٫۵", "3,5"] {
        let entry = m
            .add_json(
                id,
                Section::Activities,
                serde_json::json!({"kind": "language_cafe", "date": "2025-03-01", "hours": typed}),
            )
            .unwrap_or_else(|e| panic!("{typed}: {e}"));
        let p = m.portfolio(id).unwrap();
        let a = p.activities.iter().find(|a| a.id == entry).unwrap();
        assert_eq!(a.hours, Some(3.5), "{typed}");
    }
    // Text that is no number still fails, naming the field.
    let err = m
        .add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "language_cafe", "date": "2025-03-01", "hours": "three"}),
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("$.hours"), "{err}");
}
