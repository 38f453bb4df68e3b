//! Organiser-side and attendee-key state in the store's SQLite file (`attest_*` tables):
//! the organiser's identity and signing key, events, the register, and each portfolio's
//! attendance key. None of it goes into a portfolio document.

use ed25519_dalek::SigningKey;
use mosaic_core::{ActivityKind, Date, PortfolioId};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::checkin::{self, EventFacts};
use crate::error::{Error, Result};
use crate::keys;
use crate::receipt::Receipt;
use crate::sessions::{self, Session};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS attest_organiser (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    organisation TEXT,
    secret BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS attest_events (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    hours REAL NOT NULL,
    place TEXT,
    programme TEXT,
    module TEXT,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS attest_register (
    event_id TEXT NOT NULL,
    attendee_key BLOB NOT NULL,
    attendee_name TEXT NOT NULL,
    checked_in_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    receipt TEXT NOT NULL,
    PRIMARY KEY (event_id, attendee_key)
);
CREATE TABLE IF NOT EXISTS attest_attendee_keys (
    portfolio_id TEXT PRIMARY KEY,
    secret BLOB NOT NULL
);
";

/// Creates the tables if they are missing (idempotent; safe with several processes).
pub fn init(conn: &Connection) -> Result<()> {
    conn.execute_batch(SCHEMA)?;
    Ok(())
}

/// This device's organiser identity.
pub struct Organiser {
    pub name: String,
    pub organisation: Option<String>,
    pub key: SigningKey,
}

/// What `organiser show` prints: never the secret.
#[derive(Debug, Clone, Serialize)]
pub struct OrganiserInfo {
    pub name: String,
    pub organisation: Option<String>,
    /// Hex of the Ed25519 public key.
    pub public_key: String,
    pub fingerprint: String,
}

impl Organiser {
    pub fn public(&self) -> [u8; 32] {
        self.key.verifying_key().to_bytes()
    }
    pub fn info(&self) -> OrganiserInfo {
        OrganiserInfo {
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            public_key: hex::encode(self.public()),
            fingerprint: keys::fingerprint(&self.public()),
        }
    }
}

fn secret32(v: Vec<u8>) -> Result<[u8; 32]> {
    v.try_into()
        .map_err(|_| Error::Invalid("a stored key has the wrong length".into()))
}

/// Creates the organiser identity. With `new_key`, replaces an existing one (a lost or
/// compromised key: codes already signed by the old key stay valid, new ones use the new key).
pub fn init_organiser(
    conn: &Connection,
    name: &str,
    organisation: Option<&str>,
    new_key: bool,
) -> Result<Organiser> {
    init(conn)?;
    let name = name.trim();
    if name.is_empty() || name.len() > 200 {
        return Err(Error::Invalid(
            "the organiser's name is required (at most 200 bytes)".into(),
        ));
    }
    if organiser(conn)?.is_some() && !new_key {
        return Err(Error::Invalid(
            "this device already has an organiser identity; `organiser show` prints it \
             (add --new-key to replace its key)"
                .into(),
        ));
    }
    let key = keys::generate()?;
    let organisation = organisation.map(str::trim).filter(|o| !o.is_empty());
    conn.execute(
        "INSERT OR REPLACE INTO attest_organiser(id, name, organisation, secret, created_at)
         VALUES (1, ?1, ?2, ?3, ?4)",
        params![
            name,
            organisation,
            key.to_bytes().to_vec(),
            crate::wire::now()
        ],
    )?;
    Ok(Organiser {
        name: name.to_string(),
        organisation: organisation.map(String::from),
        key,
    })
}

pub fn organiser(conn: &Connection) -> Result<Option<Organiser>> {
    init(conn)?;
    let row: Option<(String, Option<String>, Vec<u8>)> = conn
        .query_row(
            "SELECT name, organisation, secret FROM attest_organiser WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    row.map(|(name, organisation, secret)| {
        Ok(Organiser {
            name,
            organisation,
            key: SigningKey::from_bytes(&secret32(secret)?),
        })
    })
    .transpose()
}

/// The organiser identity, or an error telling how to create one.
pub fn require_organiser(conn: &Connection) -> Result<Organiser> {
    organiser(conn)?.ok_or_else(|| {
        Error::NotFound(
            "no organiser identity on this device; create one with \
             `mosaic organiser init --name \"...\"`"
                .into(),
        )
    })
}

/// An event an organiser runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: Uuid,
    pub title: String,
    pub kind: ActivityKind,
    pub date: Date,
    pub hours: f64,
    pub place: Option<String>,
    /// The programme template id this event is a session of, with `module`.
    pub programme: Option<String>,
    pub module: Option<String>,
}

impl Event {
    pub fn facts(&self) -> EventFacts {
        EventFacts {
            id: self.id,
            title: self.title.clone(),
            kind: self.kind,
            date: self.date,
            hours: self.hours,
        }
    }
}

/// What the organiser types to create an event.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NewEvent {
    pub title: String,
    pub kind: ActivityKind,
    pub date: Date,
    pub hours: f64,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub programme: Option<String>,
    #[serde(default)]
    pub module: Option<String>,
}

/// Checks and stores a new event (its id is made here).
pub fn create_event(conn: &Connection, new: NewEvent) -> Result<Event> {
    init(conn)?;
    let trim = |o: Option<String>| o.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let event = Event {
        id: Uuid::now_v7(),
        title: new.title.trim().to_string(),
        kind: new.kind,
        date: new.date,
        hours: new.hours,
        place: trim(new.place),
        programme: trim(new.programme),
        module: trim(new.module),
    };
    if event.title.is_empty() || event.title.len() > 300 {
        return Err(Error::Invalid(
            "an event needs a title (at most 300 bytes)".into(),
        ));
    }
    if !(event.hours > 0.0 && event.hours <= 24.0) {
        return Err(Error::Invalid(
            "hours must be more than 0 and at most 24".into(),
        ));
    }
    if event.programme.is_some() != event.module.is_some() {
        return Err(Error::Invalid(
            "give both --programme-template and --module, or neither".into(),
        ));
    }
    conn.execute(
        "INSERT INTO attest_events(id, title, kind, date, hours, place, programme, module, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            event.id.to_string(),
            event.title,
            kind_key(event.kind),
            event.date.to_string(),
            event.hours,
            event.place,
            event.programme,
            event.module,
            crate::wire::now()
        ],
    )?;
    Ok(event)
}

pub fn kind_key(kind: ActivityKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_else(|| "other".into())
}

type EventRow = (
    String,
    String,
    String,
    String,
    f64,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn event_from_row(row: EventRow) -> Result<Event> {
    let (id, title, kind, date, hours, place, programme, module) = row;
    let bad = |what: &str| Error::Invalid(format!("stored event has a bad {what}"));
    Ok(Event {
        id: id.parse().map_err(|_| bad("id"))?,
        title,
        kind: serde_json::from_value(serde_json::Value::String(kind)).map_err(|_| bad("kind"))?,
        date: date.parse().map_err(|_| bad("date"))?,
        hours,
        place,
        programme,
        module,
    })
}

const EVENT_COLUMNS: &str = "id, title, kind, date, hours, place, programme, module";

fn read_event(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

/// Every event, by date then creation.
pub fn events(conn: &Connection) -> Result<Vec<Event>> {
    init(conn)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {EVENT_COLUMNS} FROM attest_events ORDER BY date, id"
    ))?;
    let rows = stmt.query_map([], read_event)?;
    rows.map(|r| event_from_row(r?)).collect()
}

/// One event by its id or an unambiguous start of it (people type the first characters).
pub fn event(conn: &Connection, id: &str) -> Result<Event> {
    let id = id.trim().to_ascii_lowercase();
    let found: Vec<Event> = events(conn)?
        .into_iter()
        .filter(|e| !id.is_empty() && e.id.to_string().starts_with(&id))
        .collect();
    match found.len() {
        1 => Ok(found
            .into_iter()
            .next()
            .ok_or_else(|| Error::NotFound(id))?),
        0 => Err(Error::NotFound(format!(
            "no event {id}; `mosaic event list` shows them"
        ))),
        n => Err(Error::Invalid(format!(
            "{n} events start with {id}; give more of the id"
        ))),
    }
}

/// A fresh check-in code for an event, valid from `now` for `valid_secs`.
pub fn check_in_code(
    conn: &Connection,
    event_id: &str,
    now: i64,
    valid_secs: u16,
) -> Result<String> {
    let org = require_organiser(conn)?;
    let event = event(conn, event_id)?;
    Ok(checkin::issue(
        &org.key,
        &org.name,
        &event.facts(),
        now,
        valid_secs,
    ))
}

/// What importing a receipt did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum ReceiptOutcome {
    Added {
        attendee: String,
        fingerprint: String,
    },
    AlreadyListed {
        attendee: String,
        fingerprint: String,
    },
}

/// Adds a scanned receipt to an event's register. Refused: a bad signature, a receipt for
/// another event or answering another organiser's code. The same attendee twice is a no-op.
pub fn import_receipt(
    conn: &Connection,
    event_id: &str,
    text: &str,
    now: i64,
) -> Result<ReceiptOutcome> {
    let org = require_organiser(conn)?;
    let event = event(conn, event_id)?;
    let receipt = Receipt::verify(text)?;
    if receipt.event_id != event.id {
        return Err(Error::OtherEvent {
            what: "receipt",
            found: receipt.event_id.to_string(),
            expected: event.id.to_string(),
        });
    }
    if receipt.organiser_key != org.public() {
        return Err(Error::OtherOrganiser {
            found: keys::fingerprint(&receipt.organiser_key),
        });
    }
    let attendee = receipt.attendee_name.clone();
    let fingerprint = receipt.attendee_fingerprint();
    let added = conn.execute(
        "INSERT OR IGNORE INTO attest_register(event_id, attendee_key, attendee_name, checked_in_at, received_at, receipt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            event.id.to_string(),
            receipt.attendee_key.to_vec(),
            receipt.attendee_name,
            receipt.checked_in_at,
            now,
            text.trim()
        ],
    )?;
    Ok(if added == 1 {
        ReceiptOutcome::Added {
            attendee,
            fingerprint,
        }
    } else {
        ReceiptOutcome::AlreadyListed {
            attendee,
            fingerprint,
        }
    })
}

/// One line of an event's register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attendee {
    pub name: String,
    pub fingerprint: String,
    /// Unix seconds when the attendee's phone accepted the code.
    pub checked_in_at: i64,
}

/// Who came to an event, in check-in order.
pub fn register(conn: &Connection, event_id: &str) -> Result<Vec<Attendee>> {
    let event = event(conn, event_id)?;
    let mut stmt = conn.prepare(
        "SELECT attendee_name, attendee_key, checked_in_at FROM attest_register
         WHERE event_id = ?1 ORDER BY checked_in_at, attendee_name",
    )?;
    let rows = stmt.query_map([event.id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Vec<u8>>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    rows.map(|r| {
        let (name, key, checked_in_at) = r?;
        Ok(Attendee {
            name,
            fingerprint: keys::fingerprint(&secret32(key)?),
            checked_in_at,
        })
    })
    .collect()
}

/// The signed list of the sessions of one programme module held up to `today`.
pub fn session_list(
    conn: &Connection,
    programme: &str,
    module: &str,
    today: Date,
    now: i64,
) -> Result<String> {
    let org = require_organiser(conn)?;
    let held: Vec<Session> = events(conn)?
        .into_iter()
        .filter(|e| {
            e.programme.as_deref() == Some(programme)
                && e.module.as_deref() == Some(module)
                && e.date <= today
        })
        .map(|e| Session {
            event_id: e.id,
            date: e.date,
            hours: e.hours,
        })
        .collect();
    if held.is_empty() {
        return Err(Error::NotFound(format!(
            "no event of module \"{module}\" in programme {programme} has been held yet"
        )));
    }
    Ok(sessions::issue(
        &org.key, &org.name, programme, module, &held, now,
    ))
}

/// The portfolio's attendance key (made on first use): it signs receipts, so the organiser
/// sees one stable attendee per portfolio without learning anything else about it.
pub fn attendance_key(conn: &Connection, portfolio: PortfolioId) -> Result<SigningKey> {
    init(conn)?;
    let id = portfolio.to_string();
    let existing: Option<Vec<u8>> = conn
        .query_row(
            "SELECT secret FROM attest_attendee_keys WHERE portfolio_id = ?1",
            [&id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(secret) = existing {
        return Ok(SigningKey::from_bytes(&secret32(secret)?));
    }
    let key = keys::generate()?;
    conn.execute(
        "INSERT OR IGNORE INTO attest_attendee_keys(portfolio_id, secret) VALUES (?1, ?2)",
        params![id, key.to_bytes().to_vec()],
    )?;
    // Another process may have won the race: read back what is stored.
    let secret: Vec<u8> = conn.query_row(
        "SELECT secret FROM attest_attendee_keys WHERE portfolio_id = ?1",
        [&id],
        |r| r.get(0),
    )?;
    Ok(SigningKey::from_bytes(&secret32(secret)?))
}
