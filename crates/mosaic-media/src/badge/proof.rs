//! Offline verification of Data Integrity `eddsa-jcs-2022` and `eddsa-rdfc-2022` proofs (W3C
//! vc-di-eddsa) and EdDSA VC-JWTs, with `did:key` Ed25519 keys.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::{CompactJws, Verification, rdfc};

/// Multicodec prefix of an Ed25519 public key (`ed-pub`, varint 0xed).
const ED25519_MULTICODEC: [u8; 2] = [0xED, 0x01];

/// Decodes the Ed25519 key of a `did:key:z6Mk...` (optionally with a `#fragment`).
pub fn did_key_to_ed25519(did_url: &str) -> Result<(String, VerifyingKey), String> {
    let rest = did_url
        .strip_prefix("did:key:")
        .ok_or_else(|| format!("{did_url} is not a did:key"))?;
    let mb = rest.split('#').next().unwrap_or(rest);
    let b58 = mb
        .strip_prefix('z')
        .ok_or_else(|| "the did:key is not base58btc multibase".to_string())?;
    let bytes = bs58::decode(b58)
        .into_vec()
        .map_err(|e| format!("the did:key is not valid base58: {e}"))?;
    let key: [u8; 32] = match bytes.split_first_chunk::<2>() {
        Some((prefix, key)) if *prefix == ED25519_MULTICODEC => key
            .try_into()
            .map_err(|_| "the did:key Ed25519 key has the wrong length".to_string())?,
        _ => return Err("the did:key is not an Ed25519 key".into()),
    };
    let vk = VerifyingKey::from_bytes(&key)
        .map_err(|_| "the did:key is not a valid Ed25519 public key".to_string())?;
    Ok((format!("did:key:{mb}"), vk))
}

/// `did:key:z6Mk...` for an Ed25519 public key.
pub fn ed25519_did_key(public_key: &[u8; 32]) -> String {
    let mut bytes = ED25519_MULTICODEC.to_vec();
    bytes.extend_from_slice(public_key);
    format!("did:key:z{}", bs58::encode(bytes).into_string())
}

fn jcs(v: &Value) -> Result<Vec<u8>, String> {
    serde_json_canonicalizer::to_vec(v).map_err(|e| format!("cannot canonicalize: {e}"))
}

/// The eddsa-jcs-2022 hash data: `sha256(JCS(proofConfig)) || sha256(JCS(unsecuredDocument))`.
pub fn eddsa_jcs_hash_data(proof_config: &Value, unsecured: &Value) -> Result<Vec<u8>, String> {
    let mut out = Sha256::digest(jcs(proof_config)?).to_vec();
    out.extend_from_slice(&Sha256::digest(jcs(unsecured)?));
    Ok(out)
}

fn issuer_id(doc: &Value) -> Option<&str> {
    match doc.get("issuer")? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id")?.as_str(),
        _ => None,
    }
}

fn check_key_belongs_to_issuer(doc: &Value, did: &str) -> Result<(), String> {
    match issuer_id(doc) {
        Some(issuer) if issuer == did => Ok(()),
        Some(issuer) => Err(format!(
            "signed with a key that does not belong to the issuer (issuer {issuer}, key {did})"
        )),
        None => Err("the credential names no issuer".into()),
    }
}

/// Verifies the embedded `proof` (object or array) of an OB 3.0 credential.
pub fn verify_embedded_proofs(doc: &Value) -> Verification {
    let proofs: Vec<&Value> = match doc.get("proof") {
        None => {
            return Verification::NotVerified {
                reason: "the credential has no embedded proof".into(),
            };
        }
        Some(Value::Array(a)) => a.iter().collect(),
        Some(p) => vec![p],
    };
    let mut reasons = Vec::new();
    for p in proofs {
        match verify_one(doc, p) {
            Ok(method) => return Verification::Verified { method },
            Err(reason) => reasons.push(reason),
        }
    }
    Verification::NotVerified {
        reason: if reasons.is_empty() {
            "the credential has no embedded proof".into()
        } else {
            reasons.join("; ")
        },
    }
}

fn verify_one(doc: &Value, proof: &Value) -> Result<String, String> {
    let Value::Object(proof) = proof else {
        return Err("the proof is not a JSON object".into());
    };
    let get = |k: &str| proof.get(k).and_then(Value::as_str);
    let ptype = get("type").unwrap_or("(none)");
    if ptype != "DataIntegrityProof" {
        return Err(format!(
            "unsupported proof type {ptype} (only DataIntegrityProof with eddsa-rdfc-2022 or \
             eddsa-jcs-2022 can be checked offline)"
        ));
    }
    let suite = get("cryptosuite").unwrap_or("(none)");
    if suite != "eddsa-jcs-2022" && suite != "eddsa-rdfc-2022" {
        return Err(format!("unsupported cryptosuite {suite}"));
    }
    let method = get("verificationMethod").ok_or("the proof has no verificationMethod")?;
    if !method.starts_with("did:key:") {
        return Err(format!(
            "the issuer's key must be fetched online ({method}); only did:key can be checked \
             offline"
        ));
    }
    let (did, key) = did_key_to_ed25519(method)?;
    check_key_belongs_to_issuer(doc, &did)?;
    match get("proofPurpose") {
        Some("assertionMethod") => {}
        other => {
            return Err(format!(
                "proof purpose {} is not assertionMethod",
                other.unwrap_or("(none)")
            ));
        }
    }
    let sig_bytes = get("proofValue")
        .and_then(|v| v.strip_prefix('z'))
        .and_then(|v| bs58::decode(v).into_vec().ok())
        .and_then(|v| <[u8; 64]>::try_from(v).ok())
        .ok_or("the proofValue is not a base58btc Ed25519 signature")?;
    let signature = Signature::from_bytes(&sig_bytes);

    let Value::Object(doc_obj) = doc else {
        return Err("the credential is not a JSON object".into());
    };
    let mut unsecured: Map<String, Value> = doc_obj.clone();
    unsecured.remove("proof");
    if let Some(Value::Array(proof_ctx)) = proof.get("@context") {
        let doc_ctx: Vec<Value> = match doc_obj.get("@context") {
            Some(Value::Array(a)) => a.clone(),
            Some(v) => vec![v.clone()],
            None => Vec::new(),
        };
        if !doc_ctx.starts_with(proof_ctx) {
            return Err("the proof's @context does not match the credential's".into());
        }
    }
    let verified = |data: &[u8]| key.verify_strict(data, &signature).is_ok();
    if suite == "eddsa-rdfc-2022" {
        let unsecured = Value::Object(unsecured);
        rdfc::check_contexts(&unsecured)?;
        rdfc::check_no_dropped_fields(&unsecured)?;
        let data = rdfc::hash_data(&rdfc::proof_config(proof, &unsecured), &unsecured)?;
        if verified(&data) {
            return Ok(format!("eddsa-rdfc-2022 Data Integrity proof, key {did}"));
        }
        return Err(TAMPERED.into());
    }
    let mut options: Map<String, Value> = proof.clone();
    options.remove("proofValue");
    if let Some(ctx) = options.get("@context") {
        unsecured.insert("@context".into(), ctx.clone());
    }
    let unsecured = Value::Object(unsecured);
    // vc-di-eddsa (Recommendation): the proof configuration carries the document's @context.
    let mut config = options.clone();
    if let Some(ctx) = unsecured.get("@context") {
        config.insert("@context".into(), ctx.clone());
    }
    let mut candidates = vec![Value::Object(config)];
    // Earlier drafts signed the proof options without @context; accept those too.
    if !options.contains_key("@context") {
        candidates.push(Value::Object(options));
    }
    for config in &candidates {
        if verified(&eddsa_jcs_hash_data(config, &unsecured)?) {
            return Ok(format!("eddsa-jcs-2022 Data Integrity proof, key {did}"));
        }
    }
    Err(TAMPERED.into())
}

/// Why a well-formed proof does not verify.
pub const TAMPERED: &str = "signature does not match: the credential was changed after signing, \
                            or signed with another key";

/// Verifies an OB 3.0 VC-JWT (compact JWS) signed with EdDSA by a `did:key` issuer.
pub(crate) fn verify_vc_jwt(jws: &CompactJws<'_>, credential: &Map<String, Value>) -> Verification {
    let not = |reason: String| Verification::NotVerified { reason };
    let alg = jws
        .header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or("(none)");
    if alg != "EdDSA" {
        return not(format!(
            "unsupported JWT algorithm {alg} (only EdDSA with did:key offline)"
        ));
    }
    let Some(kid) = jws.header.get("kid").and_then(Value::as_str) else {
        return not("the JWT names no key (kid)".into());
    };
    if !kid.starts_with("did:key:") {
        return not(format!("the issuer's key must be fetched online ({kid})"));
    }
    let (did, key) = match did_key_to_ed25519(kid) {
        Ok(k) => k,
        Err(e) => return not(e),
    };
    if let Err(e) = check_key_belongs_to_issuer(&Value::Object(credential.clone()), &did) {
        return not(e);
    }
    let Ok(sig) = <[u8; 64]>::try_from(jws.signature.as_slice()) else {
        return not("the JWT signature is not an Ed25519 signature".into());
    };
    match key.verify(jws.signing_input.as_bytes(), &Signature::from_bytes(&sig)) {
        Ok(()) => Verification::Verified {
            method: format!("VC-JWT (EdDSA), key {did}"),
        },
        Err(_) => not("signature does not match: the credential was changed after signing".into()),
    }
}
