//! The one error type of the core API; each variant says plainly what went wrong.

use crate::validate::ValidationError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid {0}")]
    Invalid(#[from] ValidationError),
    #[error("no portfolio with id {0}")]
    NoSuchPortfolio(String),
    #[error("no {section} entry with id {id}")]
    NoSuchEntry { section: String, id: String },
    #[error("an entry with id {0} already exists")]
    DuplicateEntry(String),
    #[error("portfolio {0} already exists in this store")]
    PortfolioExists(String),
    #[error("no attachment with hash {0}")]
    NoSuchAttachment(String),
    #[error("import failed at {path}: {message}")]
    Import { path: String, message: String },
    #[error("attachment rejected: {0}")]
    Attachment(String),
    #[error("the store is locked: {0}")]
    Locked(String),
    #[error("wrong PIN")]
    WrongPin,
    #[error("too many wrong PINs: try again in {wait_secs} s")]
    TooManyAttempts { wait_secs: u64 },
    #[error("cannot open the encrypted store: {0}")]
    WrongKey(String),
    #[error("system keyring: {0}")]
    Keystore(String),
    #[error("backup passphrase: {0}")]
    Passphrase(String),
    /// Publishing, withdrawing or verifying a testimonial (see `crate::testimonial`).
    #[error("testimonial: {0}")]
    Testimonial(String),
    #[error("corrupt data: {0}")]
    Corrupt(String),
    #[error("storage error: {0}")]
    Storage(Box<rusqlite::Error>),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("document error: {0}")]
    Automerge(Box<automerge::AutomergeError>),
    #[error("encoding error: {0}")]
    Json(#[from] serde_json::Error),
    #[error("archive error: {0}")]
    Zip(Box<zip::result::ZipError>),
}

// Large source errors are boxed so that `Result<T, Error>` stays small on the happy path.
macro_rules! boxed_from {
    ($source:ty => $variant:ident) => {
        impl From<$source> for Error {
            fn from(e: $source) -> Self {
                Error::$variant(Box::new(e))
            }
        }
    };
}
boxed_from!(rusqlite::Error => Storage);
boxed_from!(automerge::AutomergeError => Automerge);
boxed_from!(zip::result::ZipError => Zip);
