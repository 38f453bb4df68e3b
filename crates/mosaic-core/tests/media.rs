//! Photos and badges through the core API: stripped, de-duplicated, verified.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::sample::profile;
use mosaic_core::*;

#[test]
fn a_photo_is_stored_once_without_metadata_and_attached() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let cert = m
        .add_json(
            id,
            Section::Certificates,
            serde_json::json!({"title": "Maltese A2", "kind": "language"}),
        )
        .unwrap();
    let photo = mosaic_media::bench::synthetic_photo_jpeg(1200, 900, 3);
    assert!(
        photo.windows(4).any(|w| w == b"Exif"),
        "the fixture carries EXIF"
    );
    let a = m
        .attach_to_certificate(id, cert, &photo, Some("scan.jpg"))
        .unwrap();
    let b = m
        .attach_to_certificate(id, cert, &photo, Some("scan.jpg"))
        .unwrap();
    assert_eq!(a.sha256, b.sha256);
    let stored = m.attachment(&a.sha256).unwrap();
    assert!(
        !stored.bytes.windows(4).any(|w| w == b"Exif"),
        "EXIF stripped"
    );
    assert!(stored.thumbnail.is_some());
    let c: Certificate = m.get(id, cert).unwrap();
    assert_eq!(
        c.attachments.len(),
        1,
        "the same photo twice is one attachment"
    );
}

#[test]
fn bad_files_are_refused_and_nothing_is_stored() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let cert = m
        .add_json(
            id,
            Section::Certificates,
            serde_json::json!({"title": "X", "kind": "other"}),
        )
        .unwrap();
    for (bytes, name, words) in [
        (b"".to_vec(), "empty.jpg", "empty"),
        (b"%PDF-1.7 hello".to_vec(), "fake.jpg", "PDF"),
        (b"PK\x03\x04zipzipzip".to_vec(), "fake.png", "ZIP"),
    ] {
        let err = m
            .attach_to_certificate(id, cert, &bytes, Some(name))
            .unwrap_err()
            .to_string();
        assert!(
            err.to_lowercase().contains(&words.to_lowercase()),
            "{name}: {err}"
        );
    }
    let c: Certificate = m.get(id, cert).unwrap();
    assert!(c.attachments.is_empty());
    assert_eq!(m.history(id, Some(cert)).unwrap().len(), 1, "only the add");
}

#[test]
fn a_signed_open_badge_3_imports_as_a_verified_certificate() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(profile()).unwrap();
    let issuer = mosaic_media::testkit::TestIssuer::from_seed([9; 32]);
    let (png, text) = mosaic_media::testkit::baked_ob3_png(
        &issuer,
        "Migrant Hub",
        "Maltese A2",
        "2025-03-01T00:00:00Z",
    );
    let entry = m.import_badge(id, &png).unwrap();
    let c: Certificate = m.get(id, entry).unwrap();
    assert!(
        matches!(c.verification, Verification::Credential { .. }),
        "{:?}",
        c.verification
    );
    assert_eq!(c.title, "Maltese A2");
    assert_eq!(c.issuer.as_deref(), Some("Migrant Hub"));
    assert_eq!(
        c.issued_on.map(|d| d.to_string()).as_deref(),
        Some("2025-03-01")
    );
    assert_eq!(
        c.credential.as_deref(),
        Some(text.as_str()),
        "kept verbatim"
    );
    // A tampered badge imports but is marked not verified, with the reason.
    let tampered = mosaic_media::testkit::bake_png(
        "openbadgecredential",
        &text.replace("Maltese A2", "Maltese C2"),
    );
    let entry = m.import_badge(id, &tampered).unwrap();
    let c: Certificate = m.get(id, entry).unwrap();
    assert!(
        matches!(c.verification, Verification::CredentialNotVerified { .. }),
        "{:?}",
        c.verification
    );
}
