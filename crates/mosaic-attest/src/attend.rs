//! The migrant's side: checking in with a scanned or pasted code (verified offline, recorded
//! as an Activity carrying the code as its proof), and telling verified attendance from
//! self-reported, always by verifying the signature again, never from a stored flag.

use mosaic_core::{Activity, EntryId, Mosaic, PortfolioId};
use serde::Serialize;
use uuid::Uuid;

use crate::checkin::CheckInCode;
use crate::error::{Error, Result};
use crate::{receipt, store};

/// What a check-in did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckIn {
    /// The activity entry holding the proof.
    pub activity: EntryId,
    /// False when this event was already checked in: nothing was stored the second time.
    pub recorded: bool,
    pub event_id: Uuid,
    pub title: String,
    pub date: mosaic_core::Date,
    pub hours: f64,
    pub organiser: String,
    pub fingerprint: String,
    /// The receipt text to show as a QR code for the organiser's register.
    pub receipt: String,
}

/// Who vouches for an activity, computed from its proof.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "source")]
pub enum Source {
    /// The proof verifies: this organiser key signed a check-in code for this event.
    Verified {
        organiser: String,
        fingerprint: String,
        event_id: Uuid,
    },
    /// No proof: what the migrant typed.
    SelfReported,
    /// A proof is there but does not verify (damaged or edited).
    InvalidProof { reason: String },
}

impl Source {
    /// "verified by NAME (FINGERPRINT)" or "self-reported": the words the CLI and CV use.
    pub fn describe(&self) -> String {
        match self {
            Source::Verified {
                organiser,
                fingerprint,
                ..
            } => format!("verified by {organiser} ({fingerprint})"),
            Source::SelfReported => "self-reported".into(),
            Source::InvalidProof { .. } => "self-reported (its proof does not verify)".into(),
        }
    }
}

/// Verifies an activity's proof. The signed facts must also still match the entry's date:
/// a proof moved onto another activity does not vouch for it.
pub fn source(activity: &Activity) -> Source {
    let Some(proof) = &activity.proof else {
        return Source::SelfReported;
    };
    match CheckInCode::verify(proof) {
        Ok(code) if code.event.date == activity.date && activity.attended => Source::Verified {
            organiser: code.organiser_name.clone(),
            fingerprint: code.fingerprint(),
            event_id: code.event.id,
        },
        Ok(_) => Source::InvalidProof {
            reason: "the entry no longer matches the signed event".into(),
        },
        Err(e) => Source::InvalidProof {
            reason: e.to_string(),
        },
    }
}

/// The verified check-in codes of a portfolio's activities.
pub fn verified_codes(activities: &[Activity]) -> Vec<(EntryId, CheckInCode)> {
    activities
        .iter()
        .filter(|a| matches!(source(a), Source::Verified { .. }))
        .filter_map(|a| {
            let code = CheckInCode::verify(a.proof.as_deref()?).ok()?;
            Some((a.id, code))
        })
        .collect()
}

/// Verifies `text` offline and records the attendance. Refused with nothing stored: a
/// malformed, forged or altered code, an expired or future-dated one, or (with
/// `expected_event`) a code for another event. The same event twice is a no-op.
pub fn check_in(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    text: &str,
    expected_event: Option<Uuid>,
    now: i64,
) -> Result<CheckIn> {
    let code = CheckInCode::verify(text)?;
    if let Some(expected) = expected_event
        && expected != code.event.id
    {
        return Err(Error::OtherEvent {
            what: "check-in code",
            found: format!("{} {}", code.event.title, code.event.id),
            expected: expected.to_string(),
        });
    }
    let activities = m.list::<Activity>(portfolio)?;
    let already = verified_codes(&activities)
        .into_iter()
        .find(|(_, c)| c.event.id == code.event.id && c.organiser_key == code.organiser_key);
    // A second scan is a no-op even after the window closed: say "already", not "expired".
    if already.is_none() {
        code.check_time(now)?;
    }
    let (activity, recorded) = match already {
        Some((id, _)) => (id, false),
        None => {
            let entry = Activity {
                id: Uuid::now_v7(),
                kind: code.event.kind,
                title: Some(code.event.title.clone()),
                date: code.event.date,
                place: None,
                organiser: Some(code.organiser_name.clone()),
                topic: None,
                role: None,
                hours: Some(code.event.hours),
                attended: true,
                note: None,
                proof: Some(code.text()),
                endorsements: vec![],
                photos: vec![],
            };
            (m.add(portfolio, entry)?, true)
        }
    };
    let name = m.profile(portfolio)?.name_latin;
    let key = store::attendance_key(m.connection(), portfolio)?;
    Ok(CheckIn {
        activity,
        recorded,
        event_id: code.event.id,
        title: code.event.title.clone(),
        date: code.event.date,
        hours: code.event.hours,
        organiser: code.organiser_name.clone(),
        fingerprint: code.fingerprint(),
        receipt: receipt::issue(&key, &name, &code, now),
    })
}
