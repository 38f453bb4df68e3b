//! The one error type of this crate: every rejection says plainly what was wrong.

/// Why a code, receipt or session list was refused, or a store step failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not a Mosaic code of the expected kind, or cut short, or with bytes to spare.
    #[error("not a valid {what}: {why}")]
    Malformed { what: &'static str, why: String },
    /// The signature does not match the contents: forged, or altered after signing.
    #[error("the {what}'s signature does not verify: it was forged or altered")]
    BadSignature { what: &'static str },
    /// The check-in code's validity window is over.
    #[error("this check-in code expired {ago} ago; ask the organiser to show the current one")]
    Expired { ago: String },
    /// Issued later than now (beyond the allowed clock difference).
    #[error(
        "this check-in code is dated {ahead} in the future; check this device's clock and scan again"
    )]
    FutureDated { ahead: String },
    /// For another event than the one expected.
    #[error("this {what} is for another event ({found}), not {expected}")]
    OtherEvent {
        what: &'static str,
        found: String,
        expected: String,
    },
    /// A receipt answering another organiser's code.
    #[error("this receipt answers a code from another organiser ({found}), not yours")]
    OtherOrganiser { found: String },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("store: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error(transparent)]
    Core(#[from] mosaic_core::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// "3 min 20 s", "45 s": for messages about time windows.
pub(crate) fn span(secs: i64) -> String {
    let secs = secs.unsigned_abs();
    match secs {
        0..60 => format!("{secs} s"),
        60..3600 => format!("{} min {} s", secs / 60, secs % 60),
        3600..86_400 => format!("{} h {} min", secs / 3600, (secs % 3600) / 60),
        _ => format!("{} days", secs / 86_400),
    }
}
