//! Backups sealed with a passphrase in the age format (scrypt recipient), so the
//! `age` command-line tool (`age -d backup.age`) opens them too. The zip inside
//! is written and read as a stream: no plain copy ever touches the disk.

use std::fs::File;
use std::io::{BufReader, Read, Seek, SeekFrom};

use age::secrecy::SecretString;

use crate::error::{Error, Result};

/// The first bytes of every binary age file.
const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether `file` is an age file (it is rewound after looking).
pub fn is_sealed(file: &mut File) -> Result<bool> {
    let mut head = [0u8; AGE_MAGIC.len()];
    let n = file.read(&mut head)?;
    file.seek(SeekFrom::Start(0))?;
    Ok(n == head.len() && head == AGE_MAGIC)
}

/// Refuses an empty passphrase (checked before any file is created).
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.trim().is_empty() {
        return Err(Error::Passphrase("a backup needs a passphrase".into()));
    }
    Ok(())
}

/// A writer that encrypts everything written to `file` under `passphrase`;
/// call `finish` on it to write the last chunk.
pub fn seal(file: File, passphrase: &str) -> Result<age::stream::StreamWriter<File>> {
    check_passphrase(passphrase)?;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(SCRYPT_LOG_N);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| Error::Passphrase(format!("cannot seal the backup: {e}")))?;
    Ok(encryptor.wrap_output(file)?)
}

/// The scrypt cost of a sealed backup: N = 2^18 (256 MiB, about a second on a laptop). It
/// is fixed rather than timed on this device (age's default): a backup made on a fast,
/// idle laptop must still open on a slow or busy phone, which times itself lower and
/// refuses a file that asks for more than 16 times its own target.
pub const SCRYPT_LOG_N: u8 = 18;

/// The most a backup may ask for when opened: N = 2^20 (1 GiB), enough for files sealed by
/// the `age` tool on a fast desktop, and a bound on what a hostile file can make a phone do.
pub const SCRYPT_MAX_LOG_N: u8 = 20;

/// A reader (with seeking, which a zip needs) over the plaintext of `file`.
pub fn open(file: File, passphrase: &str) -> Result<age::stream::StreamReader<BufReader<File>>> {
    let decryptor = age::Decryptor::new_buffered(BufReader::new(file)).map_err(describe)?;
    if !decryptor.is_scrypt() {
        return Err(Error::Passphrase(
            "this age file is encrypted to a key, not a passphrase".into(),
        ));
    }
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(SCRYPT_MAX_LOG_N);
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(describe)
}

fn describe(e: age::DecryptError) -> Error {
    use age::DecryptError as E;
    Error::Passphrase(match e {
        E::NoMatchingKeys | E::DecryptionFailed | E::KeyDecryptionFailed | E::InvalidMac => {
            "wrong passphrase (or the backup is damaged)".into()
        }
        E::ExcessiveWork { .. } => {
            "the backup asks for too much work to open on this device".into()
        }
        other => format!("not a readable encrypted backup: {other}"),
    })
}
