//! Helpers shared by the cross-crate tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A binary of another workspace package (`mosaic`, `mosaic-relay`), in the same target
/// directory as the running test, built or brought up to date on each call, so a test never
/// runs a stale binary from an older build.
///
/// `scripts/test.sh` sets `MOSAIC_BINS_FRESH=1`: its `cargo test --workspace` has just built
/// every binary before running any test, and a `cargo build -p` of one package would resolve
/// features for that package alone and rebuild much of the tree (Typst included) a second
/// time, about eight minutes of CI.
pub fn workspace_bin(package: &str, bin: &str) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let exe = std::env::current_exe()?;
    // target/<profile>/deps/<test> → target/<profile>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("the test executable is not in a cargo target directory")?;
    let target = profile_dir
        .parent()
        .ok_or("the test executable is not in a cargo target directory")?;
    let path = profile_dir.join(bin);
    if std::env::var_os("MOSAIC_BINS_FRESH").is_some() && path.exists() {
        return Ok(path);
    }
    let status = Command::new(env!("CARGO"))
        .args(["build", "-p", package, "--bin", bin])
        .env("CARGO_TARGET_DIR", target)
        .status()?;
    if !status.success() || !path.exists() {
        return Err(format!("cannot build {bin} (package {package})").into());
    }
    Ok(path)
}
