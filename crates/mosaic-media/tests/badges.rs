//! Open Badges baked in PNGs: OB 2.0 and 3.0 import, offline verification, tampering.

use mosaic_media::badge::proof::verify_embedded_proofs;
use mosaic_media::testkit::{
    TestIssuer, bake_png, bake_png_with, baked_ob3_png, ob2_assertion, ob3_credential,
};
use mosaic_media::{BadgeError, BadgeVersion, Verification, read_baked_badge};
use serde_json::{Value, json};

fn issuer() -> TestIssuer {
    TestIssuer::from_seed([7u8; 32])
}

fn reason(v: &Verification) -> &str {
    match v {
        Verification::NotVerified { reason } => reason,
        Verification::Verified { method } => panic!("unexpectedly verified: {method}"),
    }
}

#[test]
fn ob3_signed_badge_imports_and_verifies() {
    let issuer = issuer();
    let (png, text) = baked_ob3_png(
        &issuer,
        "Malta Language Centre",
        "Maltese A2",
        "2025-02-28T00:00:00Z",
    );
    let badge = read_baked_badge(&png).expect("badge");
    assert_eq!(badge.version, BadgeVersion::V3);
    assert_eq!(badge.name.as_deref(), Some("Maltese A2"));
    assert_eq!(badge.issuer_name.as_deref(), Some("Malta Language Centre"));
    assert_eq!(badge.issuer_id, Some(issuer.did()));
    assert!(issuer.did().starts_with("did:key:z6Mk"));
    assert_eq!(badge.issued_on.as_deref(), Some("2025-02-28T00:00:00Z"));
    assert!(
        badge
            .description
            .as_deref()
            .is_some_and(|d| d.contains("Maltese"))
    );
    assert_eq!(badge.credential_json, text, "credential kept verbatim");
    match &badge.verification {
        Verification::Verified { method } => {
            assert!(
                method.contains("eddsa-jcs-2022") && method.contains(&issuer.did()),
                "{method}"
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tampered_ob3_badge_is_not_verified() {
    let (_, text) = baked_ob3_png(
        &issuer(),
        "Malta Language Centre",
        "Maltese A2",
        "2025-02-28T00:00:00Z",
    );
    let tampered = text.replace("Maltese A2", "Maltese C2");
    assert_ne!(tampered, text);
    let badge =
        read_baked_badge(&bake_png("openbadgecredential", &tampered)).expect("still readable");
    assert_eq!(badge.name.as_deref(), Some("Maltese C2"));
    assert!(
        reason(&badge.verification).contains("signature does not match"),
        "{:?}",
        badge.verification
    );

    // Re-formatting the JSON (whitespace, key order) does not break the signature: JCS.
    let v: Value = serde_json::from_str(&text).expect("json");
    let compact = serde_json::to_string(&v).expect("json");
    let badge = read_baked_badge(&bake_png("openbadgecredential", &compact)).expect("badge");
    assert!(badge.verification.is_verified(), "{:?}", badge.verification);
}

#[test]
fn w3c_vc_di_eddsa_jcs_test_vector_verifies() {
    // The eddsa-jcs-2022 test vector of the W3C vc-di-eddsa specification.
    let signed = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
        "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "name": "Alumni Credential",
        "description": "A minimum viable example of an Alumni Credential.",
        "issuer": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
        "validFrom": "2023-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
        "proof": {
            "type": "DataIntegrityProof",
            "created": "2023-02-24T23:36:38Z",
            "verificationMethod": "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
            "cryptosuite": "eddsa-jcs-2022",
            "proofPurpose": "assertionMethod",
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
            "proofValue": "z5EhYRJkfPLkoT92FPXN8KK6M9rsBhq3xs19GBSsA6VdNYH4QMKSyNuA2Gfznz9QthVD7Rz3HTAfqxxay23htUpTg"
        }
    });
    assert!(
        verify_embedded_proofs(&signed).is_verified(),
        "{:?}",
        verify_embedded_proofs(&signed)
    );
    let mut changed = signed.clone();
    changed["credentialSubject"]["alumniOf"] = json!("Another School");
    assert!(reason(&verify_embedded_proofs(&changed)).contains("signature does not match"));
}

fn signed_ob3_with(edit_proof: impl Fn(&mut Value), issuer_id: Option<&str>) -> Verification {
    let issuer = issuer();
    let cred = ob3_credential(
        issuer_id.unwrap_or(&issuer.did()),
        "Org",
        "Badge",
        "Desc",
        "2025-01-01T00:00:00Z",
    );
    let mut signed = issuer.sign_eddsa_jcs_2022(&cred, "2025-01-01T00:00:00Z");
    edit_proof(&mut signed["proof"]);
    let text = serde_json::to_string(&signed).expect("json");
    read_baked_badge(&bake_png("openbadgecredential", &text))
        .expect("badge")
        .verification
}

#[test]
fn online_keys_and_other_suites_are_not_verified_with_a_reason() {
    let v = signed_ob3_with(
        |p| p["verificationMethod"] = json!("did:web:example.org#key-1"),
        None,
    );
    assert!(reason(&v).contains("must be fetched online"), "{v:?}");
    let v = signed_ob3_with(
        |p| p["verificationMethod"] = json!("https://example.org/keys/1"),
        None,
    );
    assert!(reason(&v).contains("must be fetched online"), "{v:?}");
    let v = signed_ob3_with(|p| p["cryptosuite"] = json!("ecdsa-rdfc-2019"), None);
    assert!(
        reason(&v).contains("unsupported cryptosuite ecdsa-rdfc-2019"),
        "{v:?}"
    );
    let v = signed_ob3_with(|p| p["type"] = json!("Ed25519Signature2020"), None);
    assert!(
        reason(&v).contains("unsupported proof type Ed25519Signature2020"),
        "{v:?}"
    );
    let v = signed_ob3_with(|p| p["proofValue"] = json!("zz"), None);
    assert!(reason(&v).contains("proofValue"), "{v:?}");
    let v = signed_ob3_with(|p| *p = Value::Null, None);
    assert!(!v.is_verified());
}

#[test]
fn a_did_key_that_is_not_the_issuer_is_not_trusted() {
    // Validly signed by our key, but the credential claims a different issuer.
    let v = signed_ob3_with(|_| {}, Some("https://university.example/issuer"));
    assert!(
        reason(&v).contains("does not belong to the issuer"),
        "{v:?}"
    );
}

#[test]
fn ob3_without_proof_is_not_verified() {
    let cred = ob3_credential(
        "did:key:z6MkabcNotReal",
        "Org",
        "Badge",
        "Desc",
        "2025-01-01",
    );
    let text = serde_json::to_string(&cred).expect("json");
    let badge = read_baked_badge(&bake_png("openbadgecredential", &text)).expect("badge");
    assert_eq!(badge.name.as_deref(), Some("Badge"));
    assert!(reason(&badge.verification).contains("no embedded proof"));
}

#[test]
fn ob3_vc_jwt_with_did_key_verifies() {
    let issuer = issuer();
    let cred = ob3_credential(
        &issuer.did(),
        "Org",
        "Kitchen hygiene",
        "Desc",
        "2024-11-05T00:00:00Z",
    );
    let jwt = issuer.sign_vc_jwt(&cred);
    let badge = read_baked_badge(&bake_png("openbadgecredential", &jwt)).expect("badge");
    assert_eq!(badge.version, BadgeVersion::V3);
    assert_eq!(badge.name.as_deref(), Some("Kitchen hygiene"));
    assert_eq!(badge.credential_json, jwt);
    assert!(badge.verification.is_verified(), "{:?}", badge.verification);
    // Flip one character of the signature.
    let mut broken = jwt.clone();
    let last = broken.pop().expect("non-empty");
    broken.push(if last == 'A' { 'B' } else { 'A' });
    let badge = read_baked_badge(&bake_png("openbadgecredential", &broken)).expect("badge");
    assert!(!badge.verification.is_verified());
}

#[test]
fn ob2_assertion_imports_but_hosted_verification_needs_network() {
    let assertion = ob2_assertion(
        "Language Café regular",
        "Caritas Malta",
        "https://caritas.example/",
        "2024-06-01T18:00:00Z",
    );
    let text = serde_json::to_string_pretty(&assertion).expect("json");
    for compressed in [false, true] {
        let badge =
            read_baked_badge(&bake_png_with("openbadges", &text, compressed)).expect("badge");
        assert_eq!(badge.version, BadgeVersion::V2);
        assert_eq!(badge.name.as_deref(), Some("Language Café regular"));
        assert_eq!(badge.issuer_name.as_deref(), Some("Caritas Malta"));
        assert_eq!(badge.issuer_id.as_deref(), Some("https://caritas.example/"));
        assert_eq!(badge.issued_on.as_deref(), Some("2024-06-01T18:00:00Z"));
        assert_eq!(badge.credential_json, text);
        assert!(
            reason(&badge.verification).contains("network"),
            "{:?}",
            badge.verification
        );
    }
}

#[test]
fn ob2_url_only_badge_is_not_verified_offline() {
    let url = "https://badges.example/assertions/abc123";
    let badge = read_baked_badge(&bake_png("openbadges", url)).expect("badge");
    assert_eq!(badge.version, BadgeVersion::V2);
    assert_eq!(badge.name, None);
    assert_eq!(badge.credential_json, url);
    let r = reason(&badge.verification);
    assert!(r.contains("fetched online") && r.contains(url), "{r}");
}

#[test]
fn png_without_badge_and_non_png_give_clear_errors() {
    let plain = {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, 4, 4);
        enc.set_color(png::ColorType::Grayscale);
        let mut w = enc.write_header().expect("header");
        w.write_image_data(&[0u8; 16]).expect("data");
        drop(w);
        out
    };
    let err = read_baked_badge(&plain).expect_err("must be refused");
    assert_eq!(err, BadgeError::NoBadge);
    assert!(err.to_string().contains("no Open Badge"));
    assert_eq!(
        read_baked_badge(b"\xFF\xD8\xFF\xE0 not a png").expect_err("must be refused"),
        BadgeError::NotPng
    );
    assert_eq!(
        read_baked_badge(&[]).expect_err("must be refused"),
        BadgeError::EmptyFile
    );
    let bad_json =
        read_baked_badge(&bake_png("openbadges", "{not json")).expect_err("must be refused");
    assert!(
        matches!(bad_json, BadgeError::InvalidCredential { .. }),
        "{bad_json:?}"
    );
}

#[test]
fn importing_a_badge_png_as_an_attachment_strips_the_credential() {
    let (png, _) = baked_ob3_png(&issuer(), "Org", "Badge", "2025-01-01T00:00:00Z");
    let out =
        mosaic_media::import_attachment(&png, Some("badge.png"), &mosaic_media::Limits::default())
            .expect("image");
    assert!(read_baked_badge(&out.bytes).is_err());
}
