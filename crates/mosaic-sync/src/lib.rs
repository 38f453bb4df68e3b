//! End-to-end encrypted sync engine: keys, outbox, pull and apply, sharing capabilities.
//!
//! The CLI and the app call the functions at the crate root; each is one command:
//!
//! | command          | function                         |
//! |------------------|----------------------------------|
//! | `sync`           | [`sync`]                         |
//! | `device-code`    | [`device_code`]                  |
//! | `share`          | [`share_code`]                   |
//! | `join`           | [`join`]                         |
//! | `revoke`         | [`revoke`]                       |
//! | `members`        | [`members`]                      |
//! | `sections`       | [`set_shared_sections`]          |
//! | `mentees`        | [`mentees`]                      |
//! | `comment`/`confirm` (mentor) | [`comment`], [`confirm`] |
//! | `feedback` (owner) | [`feedback`], [`mark_feedback_read`], [`export_badge`] |
//! | `erase`          | [`erase_portfolio`], [`erase_everything`] |
//!
//! Every function has a `*_with` twin taking any [`Transport`] (the simulation in tests, a
//! byte-counting client in the benchmarks). See `DESIGN.md` beside `Cargo.toml`.

mod access;
pub mod bench;
pub mod capability;
mod chain;
mod confirmations;
pub mod crypto;
mod device;
pub mod engine;
mod entry;
mod erase;
pub mod error;
mod feedback;
mod goals;
mod joining;
mod members;
mod mentees;
mod relay_url;
mod relocate;
mod revocation;
mod router;
mod sharing;
pub mod sim;
pub mod store;
pub mod transport;
mod views;

pub use capability::ShareRole;
pub use device::device_code;
pub use engine::SyncReport;
pub use entry::{sync, sync_shared, sync_shared_with, sync_with, sync_with_relays};
pub use erase::{
    EraseReport, erase_everything, erase_everything_with, erase_portfolio, erase_portfolio_with,
};
pub use error::{Error, Result};
pub use feedback::{FeedbackItem, comment, confirm, export_badge, feedback, mark_feedback_read};
pub use goals::{GoalProposal, accept_goal, decline_goal, goal_proposals, propose_goal};
pub use joining::{JoinReport, join, join_with};
pub use members::{Member, members};
pub use mentees::{MenteeSummary, mentees};
pub use relay_url::check_relay_url;
pub use relocate::{
    MoveReport, move_relay, move_relay_with, move_to_new_relay, move_to_new_relay_with,
};
pub use revocation::{RevokeReport, revoke, revoke_with};
pub use router::Connect;
pub use sharing::{share_code, share_code_with, share_mentor_code, share_mentor_code_with};
pub use transport::{RelayTransport, RetryPolicy, Transport, TransportError, WireBytes};
pub use views::set_shared_sections;

// The engine reads and writes the roster through these.
pub(crate) use members::{apply_roster, roster_dirty, roster_plain, set_roster_dirty};
