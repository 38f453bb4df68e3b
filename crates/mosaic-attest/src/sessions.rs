//! Session lists: the organiser's signed statement "these are the sessions held so far of
//! this module of this programme". With it, the migrant's phone computes attendance as
//! verified check-ins over sessions held, instead of a typed percentage.

use ed25519_dalek::SigningKey;
use mosaic_core::Date;
use uuid::Uuid;

use crate::error::Result;
use crate::keys;
use crate::wire::{self, Reader, Writer};

const TAG: u8 = 0x03;
const DOMAIN: &[u8] = b"mosaic-attest/sessions/v1";
pub const PREFIX: &str = "MS1:";
const WHAT: &str = "session list";
/// More sessions than any module has; keeps a hostile list from costing much.
pub const MAX_SESSIONS: usize = 1000;

/// One session held.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub event_id: Uuid,
    pub date: Date,
    pub hours: f64,
}

/// A session list whose signature verified (by the organiser key it carries).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionList {
    pub organiser_key: [u8; 32],
    pub organiser_name: String,
    /// The programme template id the sessions belong to (e.g. `i-belong-stage-1`).
    pub programme: String,
    /// The module's name in that template.
    pub module: String,
    pub issued_at: i64,
    pub sessions: Vec<Session>,
}

/// Signs a session list.
pub fn issue(
    key: &SigningKey,
    organiser_name: &str,
    programme: &str,
    module: &str,
    sessions: &[Session],
    issued_at: i64,
) -> String {
    let mut w = Writer::new(TAG);
    w.bytes(key.verifying_key().as_bytes())
        .str(organiser_name)
        .str(programme)
        .str(module)
        .u32(issued_at.clamp(0, u32::MAX as i64) as u32)
        .u16(sessions.len().min(MAX_SESSIONS) as u16);
    for s in sessions.iter().take(MAX_SESSIONS) {
        w.bytes(s.event_id.as_bytes())
            .i32(wire::date_to_days(s.date))
            .u16(wire::hours_to_minutes(s.hours));
    }
    wire::to_text(PREFIX, &w.sign(DOMAIN, key))
}

impl SessionList {
    /// Decodes and verifies the signature by the organiser key inside.
    pub fn verify(text: &str) -> Result<Self> {
        let bytes = wire::from_text(PREFIX, text, WHAT)?;
        let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
        let mut r = Reader::new(&bytes[..body_len], TAG, WHAT)?;
        let organiser_key: [u8; 32] = r.array()?;
        let organiser_name = r.str()?;
        let programme = r.str()?;
        let module = r.str()?;
        let issued_at = r.u32()? as i64;
        let count = r.u16()? as usize;
        if count > MAX_SESSIONS {
            return Err(wire::malformed(WHAT, "too many sessions"));
        }
        let mut sessions = Vec::with_capacity(count);
        for _ in 0..count {
            sessions.push(Session {
                event_id: Uuid::from_bytes(r.array()?),
                date: wire::days_to_date(r.i32()?, WHAT)?,
                hours: wire::minutes_to_hours(r.u16()?),
            });
        }
        r.finish()?;
        wire::verify(
            &bytes,
            DOMAIN,
            &keys::public_key(&organiser_key, WHAT)?,
            WHAT,
        )?;
        Ok(SessionList {
            organiser_key,
            organiser_name,
            programme,
            module,
            issued_at,
            sessions,
        })
    }

    pub fn fingerprint(&self) -> String {
        keys::fingerprint(&self.organiser_key)
    }
}
