//! Test helpers (feature `testkit`): baked Open Badge PNGs signed with a throw-away key.
//!
//! Nothing here is for production issuing: keys come from a caller-chosen seed.

use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Value, json};

use crate::badge::proof::{ed25519_did_key, eddsa_jcs_hash_data};

/// An Ed25519 issuer identified by a `did:key`.
pub struct TestIssuer {
    key: SigningKey,
}

impl TestIssuer {
    /// Deterministic key from a 32-byte seed.
    pub fn from_seed(seed: [u8; 32]) -> Self {
        TestIssuer {
            key: SigningKey::from_bytes(&seed),
        }
    }

    /// `did:key:z6Mk...`
    pub fn did(&self) -> String {
        ed25519_did_key(self.key.verifying_key().as_bytes())
    }

    /// `did:key:z6Mk...#z6Mk...`
    pub fn verification_method(&self) -> String {
        let did = self.did();
        let frag = did.trim_start_matches("did:key:").to_string();
        format!("{did}#{frag}")
    }

    /// Adds an `eddsa-jcs-2022` DataIntegrityProof to `credential` (per vc-di-eddsa: the proof
    /// carries the credential's `@context`).
    pub fn sign_eddsa_jcs_2022(&self, credential: &Value, created: &str) -> Value {
        let mut proof = json!({
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-jcs-2022",
            "created": created,
            "verificationMethod": self.verification_method(),
            "proofPurpose": "assertionMethod",
        });
        if let (Some(ctx), Some(p)) = (credential.get("@context"), proof.as_object_mut()) {
            p.insert("@context".into(), ctx.clone());
        }
        let mut unsecured = credential.clone();
        if let Some(o) = unsecured.as_object_mut() {
            o.remove("proof");
        }
        let data = eddsa_jcs_hash_data(&proof, &unsecured).unwrap_or_default();
        let sig = self.key.sign(&data);
        let value = format!("z{}", bs58::encode(sig.to_bytes()).into_string());
        if let Some(p) = proof.as_object_mut() {
            p.insert("proofValue".into(), Value::String(value));
        }
        let mut signed = unsecured;
        if let Some(o) = signed.as_object_mut() {
            o.insert("proof".into(), proof);
        }
        signed
    }

    /// Signs `credential` as an OB 3.0 VC-JWT (compact JWS, `alg` EdDSA, `kid` the did:key
    /// verification method).
    pub fn sign_vc_jwt(&self, credential: &Value) -> String {
        use base64::Engine as _;
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let header = json!({ "alg": "EdDSA", "typ": "JWT", "kid": self.verification_method() });
        let enc = |v: &Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap_or_default());
        let input = format!("{}.{}", enc(&header), enc(credential));
        let sig = self.key.sign(input.as_bytes());
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig.to_bytes()))
    }
}

/// An unsigned OB 3.0 `OpenBadgeCredential` issued by `issuer_did`.
pub fn ob3_credential(
    issuer_did: &str,
    issuer_name: &str,
    achievement_name: &str,
    description: &str,
    valid_from: &str,
) -> Value {
    json!({
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
        ],
        "id": "urn:uuid:2c3e8a0e-6a55-4d6e-9c1c-3d1f1b6f0a11",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": format!("{achievement_name} credential"),
        "issuer": {
            "id": issuer_did,
            "type": ["Profile"],
            "name": issuer_name
        },
        "validFrom": valid_from,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "identityHash": "sha256$0f3c7e1d7a7f5b2b3c2a9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e",
                "identityType": "emailAddress",
                "hashed": true,
                "salt": "mosaic"
            }],
            "achievement": {
                "id": "https://example.org/achievements/a2-maltese",
                "type": ["Achievement"],
                "name": achievement_name,
                "description": description,
                "criteria": { "narrative": "Attend 80% of sessions and pass the final test." }
            }
        }
    })
}

/// An OB 2.0 hosted assertion with embedded BadgeClass and Issuer profile.
pub fn ob2_assertion(
    badge_name: &str,
    issuer_name: &str,
    issuer_url: &str,
    issued_on: &str,
) -> Value {
    json!({
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://example.org/assertions/123",
        "recipient": { "type": "email", "hashed": false, "identity": "amina@example.org" },
        "issuedOn": issued_on,
        "verification": { "type": "hosted" },
        "badge": {
            "type": "BadgeClass",
            "id": "https://example.org/badges/language-cafe",
            "name": badge_name,
            "description": "Took part in ten language café evenings.",
            "image": "https://example.org/badges/language-cafe.png",
            "criteria": { "narrative": "Ten evenings." },
            "issuer": {
                "type": "Profile",
                "id": issuer_url,
                "name": issuer_name,
                "url": issuer_url
            }
        }
    })
}

/// A small valid PNG (48x48, opaque) with `text` stored in an iTXt chunk named `keyword`.
pub fn bake_png(keyword: &str, text: &str) -> Vec<u8> {
    bake_png_with(keyword, text, false)
}

/// Like [`bake_png`]; `compressed` stores the iTXt text zlib-compressed.
pub fn bake_png_with(keyword: &str, text: &str, compressed: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let (w, h) = (48u32, 48u32);
    let pixels: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let (x, y) = (i % w, i / w);
            [(x * 5) as u8, (y * 5) as u8, 160]
        })
        .collect();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut chunk = png::text_metadata::ITXtChunk::new(keyword, text);
    if compressed {
        let _ = chunk.compress_text();
    }
    // Written right after IHDR, before the image data, as badge bakers do.
    if let Ok(mut writer) = enc.write_header() {
        let _ = writer.write_text_chunk(&chunk);
        let _ = writer.write_image_data(&pixels);
        let _ = writer.finish();
    }
    out
}

/// A baked OB 3.0 PNG signed by `issuer` (keyword `openbadgecredential`). Returns the PNG and
/// the exact credential text baked into it.
pub fn baked_ob3_png(
    issuer: &TestIssuer,
    issuer_name: &str,
    name: &str,
    valid_from: &str,
) -> (Vec<u8>, String) {
    let cred = ob3_credential(
        &issuer.did(),
        issuer_name,
        name,
        "Can understand and use everyday Maltese expressions.",
        valid_from,
    );
    let signed = issuer.sign_eddsa_jcs_2022(&cred, "2025-03-01T10:00:00Z");
    let text = serde_json::to_string_pretty(&signed).unwrap_or_default();
    (bake_png("openbadgecredential", &text), text)
}
