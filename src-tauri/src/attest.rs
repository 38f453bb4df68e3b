//! Organiser mode and check-in commands: thin calls onto `mosaic-attest`.

use std::collections::BTreeMap;

use mosaic_attest::{
    Attendee, CheckIn, Event, NewEvent, OrganiserInfo, ReceiptOutcome, Source, store,
};
use mosaic_core::PortfolioId;
use tauri::State;

use crate::AppState;
use crate::commands::ApiError;

type Res<T> = Result<T, ApiError>;

impl From<mosaic_attest::Error> for ApiError {
    fn from(e: mosaic_attest::Error) -> Self {
        use mosaic_attest::Error as E;
        let kind = match &e {
            E::Malformed { .. } | E::BadSignature { .. } => "code",
            E::Expired { .. } => "expired",
            E::FutureDated { .. } => "future",
            E::OtherEvent { .. } | E::OtherOrganiser { .. } => "other_event",
            E::NotFound(_) => "not_found",
            E::Invalid(_) => "invalid",
            E::Core(c) => return ApiError::from_core(c),
            E::Sql(_) => "storage",
        };
        ApiError {
            kind,
            message: e.to_string(),
        }
    }
}

fn with<T>(
    state: &State<'_, AppState>,
    f: impl FnOnce(&mut mosaic_core::Mosaic) -> Result<T, mosaic_attest::Error>,
) -> Res<T> {
    let mut guard = crate::commands::unlocked_store(state)?;
    Ok(f(&mut guard)?)
}

/// This device's organiser identity, if it has one.
#[tauri::command(async)]
pub fn organiser_info(state: State<'_, AppState>) -> Res<Option<OrganiserInfo>> {
    with(&state, |m| {
        Ok(store::organiser(m.connection())?.map(|o| o.info()))
    })
}

#[tauri::command(async)]
pub fn organiser_init(
    state: State<'_, AppState>,
    name: String,
    organisation: Option<String>,
) -> Res<OrganiserInfo> {
    with(&state, |m| {
        Ok(store::init_organiser(m.connection(), &name, organisation.as_deref(), false)?.info())
    })
}

#[tauri::command(async)]
pub fn events(state: State<'_, AppState>) -> Res<Vec<Event>> {
    with(&state, |m| store::events(m.connection()))
}

#[tauri::command(async)]
pub fn create_event(state: State<'_, AppState>, event: NewEvent) -> Res<Event> {
    with(&state, |m| {
        store::require_organiser(m.connection())?;
        store::create_event(m.connection(), event)
    })
}

/// A fresh check-in code (the UI asks again every 30 s).
#[tauri::command(async)]
pub fn event_code(state: State<'_, AppState>, event: String) -> Res<String> {
    with(&state, |m| {
        store::check_in_code(
            m.connection(),
            &event,
            mosaic_attest::wire::now(),
            mosaic_attest::checkin::DEFAULT_VALID_SECS,
        )
    })
}

#[tauri::command(async)]
pub fn event_receipt(
    state: State<'_, AppState>,
    event: String,
    receipt: String,
) -> Res<ReceiptOutcome> {
    with(&state, |m| {
        store::import_receipt(m.connection(), &event, &receipt, mosaic_attest::wire::now())
    })
}

#[tauri::command(async)]
pub fn event_register(state: State<'_, AppState>, event: String) -> Res<Vec<Attendee>> {
    with(&state, |m| store::register(m.connection(), &event))
}

/// Verifies a pasted or scanned check-in code offline and records the attendance.
#[tauri::command(async)]
pub fn check_in(state: State<'_, AppState>, id: PortfolioId, code: String) -> Res<CheckIn> {
    with(&state, |m| {
        mosaic_attest::check_in(m, id, &code, None, mosaic_attest::wire::now())
    })
}

/// Who vouches for each activity of a portfolio (the owner's or a mentee's), keyed by entry
/// id: verified now from its signed proof, never read from a stored flag, so an edited
/// entry or a copied proof shows as not verified.
#[tauri::command(async)]
pub fn attendance_sources(
    state: State<'_, AppState>,
    id: PortfolioId,
) -> Res<BTreeMap<String, Source>> {
    with(&state, |m| {
        let portfolio = m.portfolio(id)?;
        Ok(portfolio
            .activities
            .iter()
            .map(|a| (a.id.to_string(), mosaic_attest::source(a)))
            .collect())
    })
}

/// Every signed confirmation on the entries of a portfolio (activities, certificates, work
/// experience, languages), keyed by entry id: each checked now against the entry as it reads,
/// so an edited entry shows as confirmed in an earlier version and a copied or altered
/// statement as not verified. Entries without any are left out.
#[tauri::command(async)]
pub fn entry_confirmations(
    state: State<'_, AppState>,
    id: PortfolioId,
) -> Res<BTreeMap<String, Vec<mosaic_attest::Standing>>> {
    use mosaic_attest::claims::confirmations;
    with(&state, |m| {
        let p = m.portfolio(id)?;
        let mut out = BTreeMap::new();
        let mut put = |entry: mosaic_core::EntryId, list: Vec<mosaic_attest::Standing>| {
            if !list.is_empty() {
                out.insert(entry.to_string(), list);
            }
        };
        for e in &p.activities {
            put(e.id, confirmations(id, e, &e.endorsements));
        }
        for e in &p.certificates {
            put(e.id, confirmations(id, e, &e.endorsements));
        }
        for e in &p.experience {
            put(e.id, confirmations(id, e, &e.endorsements));
        }
        for e in &p.languages {
            put(e.id, confirmations(id, e, &e.endorsements));
        }
        Ok(out)
    })
}
