//! Helpers shared by the cross-crate tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A binary of another workspace package (`mosaic`, `mosaic-relay`), in the same target
/// directory as the running test, built or brought up to date on each call: cargo is a
/// no-op when it is fresh, and a test never runs a stale binary from an older build.
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
    let status = Command::new(env!("CARGO"))
        .args(["build", "-p", package, "--bin", bin])
        .env("CARGO_TARGET_DIR", target)
        .status()?;
    if !status.success() || !path.exists() {
        return Err(format!("cannot build {bin} (package {package})").into());
    }
    Ok(path)
}
