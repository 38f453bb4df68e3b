//! The committed JSON Schema matches the Rust types, and exports validate against it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::sample::profile;
use mosaic_core::*;

fn schema_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas/portfolio-v1.schema.json")
}

#[test]
fn committed_schema_is_up_to_date() {
    let generated = serde_json::to_string_pretty(&interchange::json_schema()).unwrap() + "\n";
    let path = schema_path();
    if std::env::var_os("MOSAIC_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schemas/portfolio-v1.schema.json is stale: run MOSAIC_BLESS=1 cargo test -p mosaic-core --test schema"
    );
}

#[test]
fn an_export_validates_against_the_schema() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = mosaic_core::sample::realistic(&mut m, 320).unwrap();
    let mut p = m.profile(id).unwrap();
    p.about = Some(profile().about.unwrap());
    m.update_profile(id, p).unwrap();
    let export: serde_json::Value = serde_json::from_str(&m.export_json(id).unwrap()).unwrap();
    let schema = interchange::json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&export)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut bad = export.clone();
    bad["portfolio"]["activities"][0]["kind"] = "party".into();
    assert!(
        !validator.is_valid(&bad),
        "the schema rejects an unknown activity kind"
    );
}
