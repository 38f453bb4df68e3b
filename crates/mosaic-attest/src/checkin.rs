//! Check-in codes: what an organiser's device shows at an event. Signed by the organiser,
//! they bind the event (id, title, kind, date, hours), a short validity window and the
//! organiser's public key and name. Verified offline by the migrant's phone.

use ed25519_dalek::SigningKey;
use mosaic_core::{ActivityKind, Date};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{Error, Result, span};
use crate::keys;
use crate::wire::{self, Reader, Writer};

const TAG: u8 = 0x01;
const DOMAIN: &[u8] = b"mosaic-attest/check-in/v1";
pub const PREFIX: &str = "MC1:";
const WHAT: &str = "check-in code";

/// How long a code is accepted after it is issued; the app shows a new one every 30 s, so a
/// photo forwarded later does not work.
pub const DEFAULT_VALID_SECS: u16 = 120;
/// Clocks of two cheap phones differ: a code up to this far "in the future" still counts.
pub const CLOCK_SKEW_SECS: i64 = 90;
/// Titles and names are cut to this many bytes in a code, to keep the QR code small.
pub const MAX_TEXT_BYTES: usize = 48;

/// The facts about an event that a code (and a session list) carries.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFacts {
    pub id: Uuid,
    pub title: String,
    pub kind: ActivityKind,
    pub date: Date,
    pub hours: f64,
}

/// A check-in code whose signature verified (by the key it names).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInCode {
    pub event: EventFacts,
    /// Unix seconds when the organiser's device made the code.
    pub issued_at: i64,
    pub valid_secs: u16,
    pub organiser_key: [u8; 32],
    pub organiser_name: String,
    /// The signed bytes, as received.
    pub bytes: Vec<u8>,
}

/// A kind's place in [`ActivityKind::ALL`] (which only ever grows at the end).
pub(crate) fn kind_byte(kind: ActivityKind) -> u8 {
    let other = ActivityKind::ALL
        .iter()
        .position(|k| *k == ActivityKind::Other)
        .unwrap_or(0);
    ActivityKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(other) as u8
}

pub(crate) fn kind_from_byte(b: u8, what: &'static str) -> Result<ActivityKind> {
    ActivityKind::ALL
        .get(b as usize)
        .copied()
        .ok_or_else(|| wire::malformed(what, "unknown activity kind"))
}

/// Makes the text of a check-in code (what the QR code holds).
pub fn issue(
    key: &SigningKey,
    organiser_name: &str,
    event: &EventFacts,
    issued_at: i64,
    valid_secs: u16,
) -> String {
    let mut w = Writer::new(TAG);
    w.bytes(event.id.as_bytes())
        .u8(kind_byte(event.kind))
        .i32(wire::date_to_days(event.date))
        .u16(wire::hours_to_minutes(event.hours))
        .u32(issued_at.clamp(0, u32::MAX as i64) as u32)
        .u16(valid_secs)
        .bytes(key.verifying_key().as_bytes())
        .str(wire::clip(organiser_name, MAX_TEXT_BYTES))
        .str(wire::clip(&event.title, MAX_TEXT_BYTES));
    wire::to_text(PREFIX, &w.sign(DOMAIN, key))
}

impl CheckInCode {
    /// Decodes a code and verifies its signature by the key it carries. This proves only
    /// that the holder of that key signed these facts; time is checked by [`Self::check_time`].
    pub fn verify(text: &str) -> Result<Self> {
        Self::from_bytes(&wire::from_text(PREFIX, text, WHAT)?)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        // Read the key first (it sits at a fixed offset), then verify, then trust the rest.
        let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
        let mut r = Reader::new(&bytes[..body_len], TAG, WHAT)?;
        let id = Uuid::from_bytes(r.array()?);
        let kind = kind_from_byte(r.u8()?, WHAT)?;
        let date = wire::days_to_date(r.i32()?, WHAT)?;
        let hours = wire::minutes_to_hours(r.u16()?);
        let issued_at = r.u32()? as i64;
        let valid_secs = r.u16()?;
        let organiser_key: [u8; 32] = r.array()?;
        let organiser_name = r.str()?;
        let title = r.str()?;
        r.finish()?;
        let key = keys::public_key(&organiser_key, WHAT)?;
        wire::verify(bytes, DOMAIN, &key, WHAT)?;
        Ok(CheckInCode {
            event: EventFacts {
                id,
                title,
                kind,
                date,
                hours,
            },
            issued_at,
            valid_secs,
            organiser_key,
            organiser_name,
            bytes: bytes.to_vec(),
        })
    }

    /// Refuses a code outside its window: expired, or issued in the future.
    pub fn check_time(&self, now: i64) -> Result<()> {
        let ends = self.issued_at + self.valid_secs as i64;
        if now > ends {
            return Err(Error::Expired {
                ago: span(now - ends),
            });
        }
        if self.issued_at > now + CLOCK_SKEW_SECS {
            return Err(Error::FutureDated {
                ahead: span(self.issued_at - now),
            });
        }
        Ok(())
    }

    /// The text form again (what is stored as the proof).
    pub fn text(&self) -> String {
        wire::to_text(PREFIX, &self.bytes)
    }

    /// The organiser's key fingerprint.
    pub fn fingerprint(&self) -> String {
        keys::fingerprint(&self.organiser_key)
    }

    /// 16 bytes naming this very code, which a receipt quotes.
    pub fn digest(&self) -> [u8; 16] {
        let d = Sha256::digest(&self.bytes);
        let mut out = [0u8; 16];
        out.copy_from_slice(&d[..16]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_bytes_never_move_and_new_kinds_come_after_the_first_eight() {
        // Codes printed by older organiser devices carry these bytes.
        let first = [
            ActivityKind::LanguageCafe,
            ActivityKind::InternationalLunch,
            ActivityKind::InformationSession,
            ActivityKind::Workshop,
            ActivityKind::Conference,
            ActivityKind::Volunteering,
            ActivityKind::EscapeGame,
            ActivityKind::Other,
        ];
        for (byte, kind) in first.into_iter().enumerate() {
            assert_eq!(usize::from(kind_byte(kind)), byte, "{kind:?}");
        }
        for kind in ActivityKind::ALL {
            let byte = kind_byte(kind);
            assert!(matches!(kind_from_byte(byte, "test"), Ok(k) if k == kind));
        }
        assert!(usize::from(kind_byte(ActivityKind::CommunityProject)) >= first.len());
        assert!(kind_from_byte(ActivityKind::ALL.len() as u8, "test").is_err());
    }
}
