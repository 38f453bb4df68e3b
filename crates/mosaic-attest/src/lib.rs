//! Signed statements by organisers and their offline verification.
//!
//! An organiser (an NGO, a college, a municipality) has an Ed25519 identity key on a device.
//! At an event, the device shows a **check-in code** ([`checkin`]) that binds the event, a
//! short validity window and the organiser's key and name. The migrant's phone verifies it
//! with no network and records the attendance as an Activity carrying the code as its proof
//! ([`attend`]); it answers with a **receipt** ([`receipt`]) signed by the portfolio's
//! attendance key, which the organiser scans back into the event's register ([`store`]).
//! A **session list** ([`sessions`]) says which sessions of a programme module were held, so
//! a module's attendance is computed from verified check-ins ([`attendance`]).
//!
//! A **signed confirmation** ([`endorse`]) is a mentor's, organiser's or teacher's word on
//! one entry of one portfolio, kept on the entry and checked against it every time.
//!
//! A **CV credential** ([`credential`]) carries the claims a person put on her CV with the
//! statements that vouch for them, signed as a whole by her portfolio key.
//!
//! Binary layout and text form: [`wire`]. No network, no Tauri; the CLI and the app call it.
//! What a signature proves and what it does not: `DESIGN.md`.

pub mod attend;
pub mod attendance;
pub mod checkin;
pub mod claims;
pub mod credential;
pub mod endorse;
mod error;
pub mod keys;
pub mod ob3;
pub mod receipt;
pub mod sessions;
pub mod store;
pub mod wire;

pub use attend::{CheckIn, Source, check_in, source};
pub use checkin::{CheckInCode, EventFacts};
pub use endorse::{Endorsement, Standing};
pub use error::{Error, Result};
pub use receipt::Receipt;
pub use sessions::{Session, SessionList};
pub use store::{Attendee, Event, NewEvent, Organiser, OrganiserInfo, ReceiptOutcome};
