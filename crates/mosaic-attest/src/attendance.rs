//! Module attendance computed from verified check-ins over a signed session list: sessions
//! attended (a check-in code for that session, signed by the same organiser key, that still
//! verifies) over sessions held (the list). Never a typed figure, never a stored flag.

use std::collections::HashSet;

use mosaic_core::Activity;
use serde::Serialize;

use crate::attend::verified_codes;
use crate::error::Result;
use crate::sessions::SessionList;

/// Attendance of one module as the organiser's signatures show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerifiedAttendance {
    pub attended: u32,
    pub held: u32,
    /// attended / held × 100 (0 when no session was held).
    pub pct: f64,
    pub organiser: String,
    pub fingerprint: String,
}

impl VerifiedAttendance {
    /// "75 % (3 of 4 sessions), verified by NAME (FINGERPRINT)".
    pub fn describe(&self) -> String {
        format!(
            "{:.0} % ({} of {} sessions), verified by {} ({})",
            self.pct, self.attended, self.held, self.organiser, self.fingerprint
        )
    }
}

/// Verifies the session list and counts the sessions of it that `activities` prove.
pub fn verified(list_text: &str, activities: &[Activity]) -> Result<VerifiedAttendance> {
    let list = SessionList::verify(list_text)?;
    Ok(count(&list, activities))
}

/// Counts the sessions of a verified list that `activities` prove.
pub fn count(list: &SessionList, activities: &[Activity]) -> VerifiedAttendance {
    let held: HashSet<_> = list.sessions.iter().map(|s| s.event_id).collect();
    let attended: HashSet<_> = verified_codes(activities)
        .into_iter()
        .filter(|(_, c)| c.organiser_key == list.organiser_key && held.contains(&c.event.id))
        .map(|(_, c)| c.event.id)
        .collect();
    let (attended, held) = (attended.len() as u32, held.len() as u32);
    VerifiedAttendance {
        attended,
        held,
        pct: if held == 0 {
            0.0
        } else {
            attended as f64 * 100.0 / held as f64
        },
        organiser: list.organiser_name.clone(),
        fingerprint: list.fingerprint(),
    }
}
