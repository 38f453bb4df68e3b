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

/// What importing a session list changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Linked {
    pub programme: mosaic_core::EntryId,
    pub programme_title: String,
    pub module: String,
    pub attendance: VerifiedAttendance,
}

/// Links a signed session list to the module it names (by module name, in `programme` or
/// else in the one programme started from the list's template), keeps the list in the
/// module as the proof, and sets the module's attendance from verified check-ins.
pub fn link_sessions(
    m: &mut mosaic_core::Mosaic,
    portfolio: mosaic_core::PortfolioId,
    list_text: &str,
    programme: Option<mosaic_core::EntryId>,
) -> Result<Linked> {
    use mosaic_core::Programme;
    let list = SessionList::verify(list_text)?;
    let programmes = m.list::<Programme>(portfolio)?;
    let candidates: Vec<&Programme> = programmes
        .iter()
        .filter(|p| match programme {
            Some(id) => p.id == id,
            None => programme_matches(p, &list.programme),
        })
        .filter(|p| p.modules.iter().any(|md| same_name(&md.name, &list.module)))
        .collect();
    let target = match candidates.as_slice() {
        [one] => (*one).clone(),
        [] => {
            return Err(crate::Error::NotFound(format!(
                "no programme here has a module \"{}\" of {}; start it first or name it with --programme",
                list.module, list.programme
            )));
        }
        _ => {
            return Err(crate::Error::Invalid(
                "several programmes have this module; name one with --programme".into(),
            ));
        }
    };
    let activities = m.list::<Activity>(portfolio)?;
    let attendance = count(&list, &activities);
    let mut updated = target.clone();
    for md in updated.modules.iter_mut() {
        if same_name(&md.name, &list.module) {
            md.sessions = Some(list_text.split_whitespace().collect());
            md.attendance_pct = Some(round1(attendance.pct));
        }
    }
    if updated != target {
        m.update(portfolio, updated)?;
    }
    Ok(Linked {
        programme: target.id,
        programme_title: target.title.clone(),
        module: list.module.clone(),
        attendance,
    })
}

/// After a check-in: recomputes the attendance of every module holding a session list,
/// so the figure follows the verified sessions. Returns how many modules changed.
pub fn refresh(m: &mut mosaic_core::Mosaic, portfolio: mosaic_core::PortfolioId) -> Result<usize> {
    use mosaic_core::Programme;
    let activities = m.list::<Activity>(portfolio)?;
    let mut changed = 0;
    for p in m.list::<Programme>(portfolio)? {
        let mut updated = p.clone();
        for md in updated.modules.iter_mut() {
            let Some(text) = &md.sessions else { continue };
            let Ok(v) = verified(text, &activities) else {
                continue;
            };
            md.attendance_pct = Some(round1(v.pct));
        }
        if updated != p {
            changed += 1;
            m.update(portfolio, updated)?;
        }
    }
    Ok(changed)
}

/// The verified attendance of a module, when it holds a session list that verifies.
pub fn of_module(
    module: &mosaic_core::Module,
    activities: &[Activity],
) -> Option<VerifiedAttendance> {
    verified(module.sessions.as_deref()?, activities).ok()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

fn programme_matches(p: &mosaic_core::Programme, template: &str) -> bool {
    // Until programmes record the template they were started from, match its id or title.
    same_name(&p.title, template) || p.id.to_string() == template
}
