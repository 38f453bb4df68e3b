//! Owner-only files and folders: every folder Mosaic makes is 0700 and every file
//! 0600 on unix, created that way rather than tightened afterwards, so there is no
//! moment when another user could open them. Writes that must survive a crash go
//! through a synced temporary file and a rename.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;

use crate::error::Result;

/// Creates `dir` (and its parents) if needed and makes it owner-only.
pub fn private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    Ok(())
}

/// Opens `path` for writing, creating it owner-only (and truncating it).
pub fn create_private(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    restrict(path)?;
    Ok(file)
}

/// Makes an existing file owner-only (files made by older versions, or by SQLite).
pub fn restrict(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes `bytes` to `path` owner-only and crash-safely: a synced temporary file,
/// then a rename, then a sync of the folder.
pub fn write_private_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp-write");
    {
        let mut file = create_private(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    sync_parent(path)
}

/// Removes `path` and syncs its folder, so the removal survives a power cut.
pub fn remove_synced(path: &Path) -> Result<()> {
    std::fs::remove_file(path)?;
    sync_parent(path)
}

/// Syncs the folder holding `path` (a rename or removal is durable only then).
pub fn sync_parent(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
