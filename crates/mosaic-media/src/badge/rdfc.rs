//! The `eddsa-rdfc-2022` cryptosuite (W3C vc-di-eddsa), offline: a credential is turned into
//! RDF with JSON-LD contexts bundled in the app, canonicalized with RDFC-1.0, hashed and
//! checked (or signed) with Ed25519.
//!
//! Contexts are never fetched: the W3C ones come from the `ssi-contexts` crate, the Open Badges
//! 3.0 one from its npm package at build time (see `build.rs`). A credential naming any other
//! context is not verified, and says which one. Only VC 2.0 credentials are checked: their
//! context's `@vocab` maps every field to RDF, so no field can be changed without changing the
//! signed data (under VC 1.1 an undefined field is silently left out of it).

use ed25519_dalek::{Signer, SigningKey};
use oxjsonld::{JsonLdParser, JsonLdRemoteDocument};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

include!(concat!(env!("OUT_DIR"), "/contexts.rs"));

/// The VC 2.0 base context, which must come first.
pub const CREDENTIALS_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context a badge Mosaic issues names.
pub const OB3_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Bound on RDFC-1.0's hashing work, so a crafted credential cannot stall the app.
const CANONICALIZATION_CALL_LIMIT: usize = 4000;
/// The safe-mode check parses the credential once per field; real badges have a few dozen.
pub const MAX_CHECKED_FIELDS: usize = 400;

/// Whether this build holds the Open Badges 3.0 context (see `build.rs`).
pub fn has_ob3_context() -> bool {
    OB3_CONTEXTS.iter().any(|(url, _)| *url == OB3_CONTEXT)
}

fn bundled_context(url: &str) -> Option<&'static str> {
    match url {
        CREDENTIALS_V2 => Some(ssi_contexts::CREDENTIALS_V2),
        "https://w3id.org/security/data-integrity/v2" => Some(ssi_contexts::W3ID_DATA_INTEGRITY_V2),
        "https://w3id.org/security/multikey/v1" => Some(ssi_contexts::W3ID_MULTIKEY_V1),
        _ => OB3_CONTEXTS
            .iter()
            .find(|(known, _)| *known == url)
            .map(|(_, json)| *json),
    }
}

/// Every context URL `doc` names at its top level, in order.
fn top_contexts(doc: &Value) -> Vec<&str> {
    match doc.get("@context") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// Checks that `doc` is a VC 2.0 credential whose contexts are all bundled.
pub fn check_contexts(doc: &Value) -> Result<(), String> {
    let contexts = top_contexts(doc);
    if contexts.first() != Some(&CREDENTIALS_V2) {
        return Err(format!(
            "eddsa-rdfc-2022 is checked offline only on VC 2.0 credentials (the first @context \
             must be {CREDENTIALS_V2})"
        ));
    }
    for url in contexts {
        if bundled_context(url).is_none() {
            return Err(
                if url.starts_with("https://purl.imsglobal.org/") && !has_ob3_context() {
                    format!(
                        "this build of Mosaic lacks the Open Badges 3.0 JSON-LD context ({url}); \
                     it is bundled from ui/node_modules at build time"
                    )
                } else {
                    format!(
                        "the credential uses a JSON-LD context this app does not hold offline: {url}"
                    )
                },
            );
        }
    }
    Ok(())
}

fn subject(s: &oxrdf::NamedOrBlankNode) -> oxrdf02::Subject {
    match s {
        oxrdf::NamedOrBlankNode::NamedNode(n) => {
            oxrdf02::NamedNode::new_unchecked(n.as_str()).into()
        }
        oxrdf::NamedOrBlankNode::BlankNode(b) => {
            oxrdf02::BlankNode::new_unchecked(b.as_str()).into()
        }
    }
}

fn object(t: &oxrdf::Term) -> Result<oxrdf02::Term, String> {
    Ok(match t {
        oxrdf::Term::NamedNode(n) => oxrdf02::NamedNode::new_unchecked(n.as_str()).into(),
        oxrdf::Term::BlankNode(b) => oxrdf02::BlankNode::new_unchecked(b.as_str()).into(),
        oxrdf::Term::Literal(l) => match l.language() {
            Some(lang) => {
                oxrdf02::Literal::new_language_tagged_literal_unchecked(l.value(), lang).into()
            }
            None => oxrdf02::Literal::new_typed_literal(
                l.value(),
                oxrdf02::NamedNode::new_unchecked(l.datatype().as_str()),
            )
            .into(),
        },
        #[allow(unreachable_patterns)]
        _ => return Err("the credential holds an RDF term RDFC-1.0 cannot take".into()),
    })
}

fn graph(g: &oxrdf::GraphName) -> oxrdf02::GraphName {
    match g {
        oxrdf::GraphName::DefaultGraph => oxrdf02::GraphName::DefaultGraph,
        oxrdf::GraphName::NamedNode(n) => oxrdf02::NamedNode::new_unchecked(n.as_str()).into(),
        oxrdf::GraphName::BlankNode(b) => oxrdf02::BlankNode::new_unchecked(b.as_str()).into(),
    }
}

/// `doc`'s RDF quads (JSON-LD to RDF with the bundled contexts).
fn to_quads(doc: &Value) -> Result<Vec<oxrdf02::Quad>, String> {
    let bytes = serde_json::to_vec(doc).map_err(|e| format!("cannot serialize: {e}"))?;
    let parser = JsonLdParser::new()
        .for_slice(&bytes)
        .with_load_document_callback(|url, _options| {
            let document = bundled_context(url)
                .ok_or_else(|| format!("no bundled JSON-LD context for {url}"))?;
            Ok(JsonLdRemoteDocument {
                document: document.as_bytes().to_vec(),
                document_url: url.into(),
            })
        });
    let mut quads = Vec::new();
    for quad in parser {
        let q = quad.map_err(|e| format!("the credential is not valid JSON-LD: {e}"))?;
        quads.push(oxrdf02::Quad::new(
            subject(&q.subject),
            oxrdf02::NamedNode::new_unchecked(q.predicate.as_str()),
            object(&q.object)?,
            graph(&q.graph_name),
        ));
    }
    Ok(quads)
}

/// JSON-LD "safe mode": refuses a field no context defines. JSON-LD drops such a field from
/// the RDF, so it would sit outside the signature and could say anything. A field is dropped
/// when taking it out leaves as many quads as before (`id`, `@`-keywords and empty values
/// make no quads of their own and are skipped).
pub fn check_no_dropped_fields(doc: &Value) -> Result<(), String> {
    let mut paths = Vec::new();
    collect_paths(doc, String::new(), &mut paths);
    if paths.len() > MAX_CHECKED_FIELDS {
        return Err(format!(
            "the credential has {} fields; more than {MAX_CHECKED_FIELDS} are not checked offline",
            paths.len()
        ));
    }
    let total = to_quads(doc)?.len();
    for path in paths {
        let mut without = doc.clone();
        remove_at(&mut without, &path);
        if to_quads(&without)?.len() == total {
            return Err(format!(
                "the credential has a field no JSON-LD context defines ({path}), so it is not \
                 signed"
            ));
        }
    }
    Ok(())
}

fn collect_paths(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, child) in o {
                if k.starts_with('@') || k == "id" {
                    continue;
                }
                let path = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                let empty = child.is_null() || child.as_array().is_some_and(Vec::is_empty);
                if !empty {
                    out.push(path.clone());
                }
                collect_paths(child, path, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                collect_paths(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Removes the field at JSON pointer `path` (which ends in an object key).
fn remove_at(doc: &mut Value, path: &str) {
    let Some((parent, key)) = path.rsplit_once('/') else {
        return;
    };
    let key = key.replace("~1", "/").replace("~0", "~");
    if let Some(Value::Object(o)) = doc.pointer_mut(parent) {
        o.remove(&key);
    }
}

/// `doc` as canonical N-Quads (JSON-LD to RDF with the bundled contexts, then RDFC-1.0).
pub fn canonical_nquads(doc: &Value) -> Result<String, String> {
    let quads = to_quads(doc)?;
    let options = rdf_canon::CanonicalizationOptions {
        hndq_call_limit: Some(CANONICALIZATION_CALL_LIMIT),
    };
    rdf_canon::canonicalize_quads_with::<Sha256>(&quads, &options)
        .map_err(|e| format!("cannot canonicalize the credential's RDF: {e}"))
}

/// The eddsa-rdfc-2022 hash data: `sha256(canon(proofConfig)) || sha256(canon(document))`.
pub fn hash_data(proof_config: &Value, unsecured: &Value) -> Result<Vec<u8>, String> {
    let mut out = Sha256::digest(canonical_nquads(proof_config)?).to_vec();
    out.extend_from_slice(&Sha256::digest(canonical_nquads(unsecured)?));
    Ok(out)
}

/// The proof configuration: the proof without its value, under the document's `@context`.
pub fn proof_config(proof: &Map<String, Value>, unsecured: &Value) -> Value {
    let mut config = proof.clone();
    config.remove("proofValue");
    if let Some(ctx) = unsecured.get("@context") {
        config.insert("@context".into(), ctx.clone());
    }
    Value::Object(config)
}

/// Signs `credential` (which must not hold a proof) with an `eddsa-rdfc-2022`
/// `DataIntegrityProof` by `key`, whose verification method is `method`.
pub fn sign(
    credential: &Value,
    key: &SigningKey,
    method: &str,
    created: &str,
) -> Result<Value, String> {
    check_contexts(credential)?;
    check_no_dropped_fields(credential)?;
    let mut proof = Map::new();
    proof.insert("type".into(), "DataIntegrityProof".into());
    proof.insert("cryptosuite".into(), "eddsa-rdfc-2022".into());
    proof.insert("created".into(), created.into());
    proof.insert("verificationMethod".into(), method.into());
    proof.insert("proofPurpose".into(), "assertionMethod".into());
    let data = hash_data(&proof_config(&proof, credential), credential)?;
    let signature = key.sign(&data);
    proof.insert(
        "proofValue".into(),
        format!("z{}", bs58::encode(signature.to_bytes()).into_string()).into(),
    );
    let mut signed = credential.clone();
    if let Value::Object(o) = &mut signed {
        o.insert("proof".into(), Value::Object(proof));
    }
    Ok(signed)
}
