//! Errors of the sync engine. Every message is meant to be shown to a person.

/// What can go wrong while syncing or sharing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The local store failed.
    #[error(transparent)]
    Core(Box<mosaic_core::Error>),
    /// The local database failed.
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    /// Data from the relay or a peer failed verification (signature, AEAD, format).
    #[error("rejected tampered or corrupt data: {0}")]
    Tampered(String),
    /// A key operation failed (missing key, sealed for someone else...).
    #[error("keys: {0}")]
    Crypto(String),
    /// A share code or device code could not be read.
    #[error("invalid code: {0}")]
    Code(String),
    /// The relay could not be reached (after retries). Nothing was lost; sync again later.
    #[error("relay unreachable, try again later: {0}")]
    Unreachable(String),
    /// The relay refused a request.
    #[error("relay refused: {0}")]
    Refused(String),
    /// Access to this document was revoked (or it does not exist on the relay).
    #[error("no access to this document on the relay (revoked or never shared)")]
    NoAccess,
    /// The operation does not apply to this portfolio or member.
    #[error("{0}")]
    Invalid(String),
    /// Automerge rejected a document or change.
    #[error("document: {0}")]
    Automerge(String),
}

impl From<mosaic_core::Error> for Error {
    fn from(e: mosaic_core::Error) -> Self {
        Error::Core(Box::new(e))
    }
}

impl From<automerge::AutomergeError> for Error {
    fn from(e: automerge::AutomergeError) -> Self {
        Error::Automerge(e.to_string())
    }
}

/// Result of this crate.
pub type Result<T> = std::result::Result<T, Error>;
