//! Open Badges 3.0 with `eddsa-rdfc-2022`, against an independent implementation: Digital
//! Bazaar's VC library (`tests/interop/ob3.mjs`, npm packages pinned in its lockfile) signs
//! badges Mosaic must verify, and verifies the badges Mosaic issues.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use ed25519_dalek::SigningKey;
use mosaic_attest::endorse::{self, Claim, Kind, Role};
use mosaic_core::Mosaic;
use mosaic_media::badge::{Verification, proof::verify_embedded_proofs, rdfc};
use serde_json::{Value, json};

fn interop_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("interop")
}

/// Runs the independent implementation; `None` (and a printed reason) only outside CI when its
/// packages are not installed (`scripts/test.sh` installs them).
fn node(mode: &str, input: &Value) -> Option<Value> {
    if !interop_dir().join("node_modules").exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tests/interop/node_modules is missing: run `npm ci` there (scripts/test.sh does)"
        );
        eprintln!("skipped: tests/interop/node_modules is missing (npm ci in tests/interop)");
        return None;
    }
    let mut child = Command::new("node")
        .arg(interop_dir().join("ob3.mjs"))
        .arg(mode)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "ob3.mjs {mode} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("ob3.mjs prints JSON"))
}

fn unsigned_badge() -> Value {
    json!({
        "@context": [rdfc::CREDENTIALS_V2, rdfc::OB3_CONTEXT],
        "id": "urn:uuid:7d5e1c7a-52b5-4a7e-9d59-0c3b9f1f6a01",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:key:replaced-by-the-signer", "type": ["Profile"],
                   "name": "Volkshochschule Nord"},
        "validFrom": "2026-05-04T10:00:00Z",
        "name": "Deutsch B1 – Sprechen",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:0f3c8e36-1b1e-4c55-9f0a-8b7d0d2e4c21",
                "type": ["Achievement"],
                "name": "Deutsch B1 – Sprechen",
                "description": "Mündliche Prüfung auf Niveau B1 bestanden. <script>x</script>",
                "criteria": {"narrative": "Prüfung nach GER B1; #set page(width: 1pt)"}
            }
        }
    })
}

fn reason(v: &Verification) -> String {
    match v {
        Verification::Verified { method } => format!("VERIFIED ({method})"),
        Verification::NotVerified { reason } => reason.clone(),
    }
}

#[test]
fn the_open_badges_context_is_bundled_in_this_build() {
    // Without it every eddsa-rdfc-2022 badge would read "not verified"; CI must not build so.
    if std::env::var_os("CI").is_some() {
        assert!(
            rdfc::has_ob3_context(),
            "build.rs found no OB 3.0 context in ui/node_modules"
        );
    }
}

#[test]
fn a_badge_signed_by_an_independent_issuer_verifies_and_any_change_reads_as_tampered() {
    let Some(signed) = node("sign", &unsigned_badge()) else {
        return;
    };
    assert_eq!(signed["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    let v = verify_embedded_proofs(&signed);
    assert!(
        matches!(&v, Verification::Verified { method } if method.starts_with("eddsa-rdfc-2022")),
        "{}",
        reason(&v)
    );

    // Baked into a PNG and imported into a portfolio, as a migrant would.
    let text = serde_json::to_string_pretty(&signed).unwrap();
    let png = mosaic_media::testkit::bake_png("openbadgecredential", &text);
    let read = mosaic_media::read_baked_badge(&png).unwrap();
    assert!(read.verification.is_verified(), "{:?}", read.verification);
    let dir = tempfile::tempdir().unwrap();
    let mut m = Mosaic::open(dir.path()).unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let entry = m.import_badge(id, &png).unwrap();
    let cert = m
        .portfolio(id)
        .unwrap()
        .certificates
        .into_iter()
        .find(|c| c.id == entry)
        .unwrap();
    assert_eq!(cert.title, "Deutsch B1 – Sprechen");
    assert!(
        serde_json::to_string(&cert.verification)
            .unwrap()
            .contains("eddsa-rdfc-2022"),
        "{:?}",
        cert.verification
    );

    // One changed field anywhere, as a forger would: tampered, never "unsupported".
    let changes: [(&str, Value); 5] = [
        ("/name", json!("Deutsch C2 – Sprechen")),
        ("/credentialSubject/achievement/name", json!("Deutsch C2")),
        ("/issuer/name", json!("Goethe-Institut")),
        ("/validFrom", json!("2020-05-04T10:00:00Z")),
        (
            "/credentialSubject/achievement/description",
            json!("Mit Auszeichnung bestanden."),
        ),
    ];
    for (pointer, value) in changes {
        let mut forged = signed.clone();
        *forged.pointer_mut(pointer).unwrap() = value;
        let v = verify_embedded_proofs(&forged);
        assert_eq!(
            reason(&v),
            mosaic_media::badge::proof::TAMPERED,
            "{pointer}"
        );
        assert_eq!(
            node("verify", &forged).unwrap()["verified"],
            false,
            "{pointer}"
        );
        let png = mosaic_media::testkit::bake_png("openbadgecredential", &forged.to_string());
        assert!(
            !mosaic_media::read_baked_badge(&png)
                .unwrap()
                .verification
                .is_verified()
        );
    }
    // A field no context defines, added: JSON-LD would leave it out of the signed data, so it
    // is refused by name (the independent verifier's "safe mode" refuses it too).
    let mut added = signed.clone();
    added["credentialSubject"]["achievement"]["grade"] = json!("sehr gut");
    let why = reason(&verify_embedded_proofs(&added));
    assert!(
        why.contains("/credentialSubject/achievement/grade"),
        "{why}"
    );
    assert_eq!(node("verify", &added).unwrap()["verified"], false);
    // A context this app does not hold offline is named, not fetched.
    let mut other = signed.clone();
    other["@context"][1] = json!("https://example.org/unknown-context.json");
    assert!(reason(&verify_embedded_proofs(&other)).contains("does not hold offline"));
}

fn confirmation_statement(key: &SigningKey) -> String {
    let claim = Claim {
        portfolio: uuid::Uuid::new_v4(),
        entry: uuid::Uuid::new_v4(),
        kind: Kind::Attendance,
        fields_hash: [7; 32],
        signer_name: "Rita Camilleri".into(),
        role: Role::Mentor,
        signed_at: 1_780_000_000,
    };
    endorse::sign(key, &claim)
}

#[test]
fn a_badge_mosaic_issues_verifies_in_the_independent_implementation() {
    let key = SigningKey::from_bytes(&[42; 32]);
    let statement = confirmation_statement(&key);
    let badge =
        mosaic_attest::ob3::confirmation_badge(&key, &statement, "Language café (12 sessions)")
            .unwrap();
    assert_eq!(badge["proof"]["cryptosuite"], "eddsa-rdfc-2022");
    assert!(verify_embedded_proofs(&badge).is_verified());
    mosaic_attest::ob3::check_confirmation_badge(&badge, &statement).unwrap();
    let Some(verdict) = node("verify", &badge) else {
        return;
    };
    assert_eq!(verdict["verified"], true, "{verdict}");

    let mut raised = badge.clone();
    raised["credentialSubject"]["achievement"]["name"] = json!("Language café (120 sessions)");
    assert_eq!(node("verify", &raised).unwrap()["verified"], false);
    assert!(!verify_embedded_proofs(&raised).is_verified());

    // Moved onto another confirmation: refused, though its proof is genuine.
    let other = confirmation_statement(&key);
    let err = mosaic_attest::ob3::check_confirmation_badge(&badge, &other).unwrap_err();
    assert!(err.to_string().contains("another confirmation"), "{err}");
    // Only the confirmation's signer can issue its badge.
    let stranger = SigningKey::from_bytes(&[9; 32]);
    assert!(mosaic_attest::ob3::confirmation_badge(&stranger, &statement, "x").is_err());
}
