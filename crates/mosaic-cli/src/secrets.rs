//! PINs and backup passphrases: from the environment for scripts
//! (`MOSAIC_PIN`, `MOSAIC_NEW_PIN`, `MOSAIC_BACKUP_PASSPHRASE`), otherwise asked
//! for on the terminal without echo. Never taken from a command-line argument,
//! where other users could read it in the process list.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result, bail};
use mosaic_core::{Error, Mosaic};
use zeroize::Zeroizing;

fn from_env(name: &str) -> Option<Zeroizing<String>> {
    std::env::var(name).ok().map(Zeroizing::new)
}

fn ask(prompt: &str) -> Result<Zeroizing<String>> {
    if !std::io::stdin().is_terminal() {
        bail!("{prompt} is needed and there is no terminal to ask on");
    }
    Ok(Zeroizing::new(
        rpassword::prompt_password(format!("{prompt}: "))
            .context("cannot read from the terminal")?,
    ))
}

/// Opens the store: with `MOSAIC_PIN` if set, else asking for the PIN when the
/// store has one.
pub fn open_store(dir: &Path) -> Result<Mosaic> {
    let pin = from_env("MOSAIC_PIN");
    match Mosaic::open_with(dir, pin.as_deref().map(String::as_str)) {
        Err(Error::Locked(_)) if pin.is_none() && std::io::stdin().is_terminal() => {
            let pin = ask("PIN")?;
            Ok(Mosaic::open_with_pin(dir, &pin)?)
        }
        other => Ok(other?),
    }
}

/// A new PIN, typed twice on a terminal.
pub fn new_pin() -> Result<Zeroizing<String>> {
    if let Some(pin) = from_env("MOSAIC_NEW_PIN") {
        return Ok(pin);
    }
    let pin = ask("New PIN")?;
    if *ask("The same PIN again")? != *pin {
        bail!("the two PINs differ; nothing changed");
    }
    Ok(pin)
}

/// The backup passphrase; a new one (`confirm`) is typed twice.
pub fn backup_passphrase(confirm: bool) -> Result<Zeroizing<String>> {
    if let Some(p) = from_env("MOSAIC_BACKUP_PASSPHRASE") {
        return Ok(p);
    }
    let p = ask("Backup passphrase")?;
    if confirm && *ask("The same passphrase again")? != *p {
        bail!("the two passphrases differ; no backup written");
    }
    Ok(p)
}
