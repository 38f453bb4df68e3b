//! Receipts: the migrant's answer to a check-in code, shown as a QR code that the organiser
//! scans back so the register knows who came, with no network on either side. Signed by
//! the portfolio's attendance key; quoting the code it answers (event, organiser, digest).

use ed25519_dalek::SigningKey;
use uuid::Uuid;

use crate::checkin::CheckInCode;
use crate::error::Result;
use crate::keys;
use crate::wire::{self, Reader, Writer};

const TAG: u8 = 0x02;
const DOMAIN: &[u8] = b"mosaic-attest/receipt/v1";
pub const PREFIX: &str = "MR1:";
const WHAT: &str = "receipt";

/// A receipt whose signature verified (by the attendee key it carries).
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    pub event_id: Uuid,
    /// Which code was scanned ([`CheckInCode::digest`]).
    pub code_digest: [u8; 16],
    pub organiser_key: [u8; 32],
    /// The migrant's per-portfolio attendance key: the same person checking in twice
    /// shows the same key.
    pub attendee_key: [u8; 32],
    pub attendee_name: String,
    /// Unix seconds when the phone accepted the code.
    pub checked_in_at: i64,
}

/// Signs a receipt for `code` with the attendance key.
pub fn issue(
    attendee: &SigningKey,
    attendee_name: &str,
    code: &CheckInCode,
    checked_in_at: i64,
) -> String {
    let mut w = Writer::new(TAG);
    w.bytes(code.event.id.as_bytes())
        .bytes(&code.digest())
        .bytes(&code.organiser_key)
        .bytes(attendee.verifying_key().as_bytes())
        .u32(checked_in_at.clamp(0, u32::MAX as i64) as u32)
        .str(wire::clip(attendee_name, crate::checkin::MAX_TEXT_BYTES));
    wire::to_text(PREFIX, &w.sign(DOMAIN, attendee))
}

impl Receipt {
    /// Decodes and verifies the signature by the attendee key inside.
    pub fn verify(text: &str) -> Result<Self> {
        let bytes = wire::from_text(PREFIX, text, WHAT)?;
        let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
        let mut r = Reader::new(&bytes[..body_len], TAG, WHAT)?;
        let event_id = Uuid::from_bytes(r.array()?);
        let code_digest = r.array()?;
        let organiser_key = r.array()?;
        let attendee_key: [u8; 32] = r.array()?;
        let checked_in_at = r.u32()? as i64;
        let attendee_name = r.str()?;
        r.finish()?;
        wire::verify(
            &bytes,
            DOMAIN,
            &keys::public_key(&attendee_key, WHAT)?,
            WHAT,
        )?;
        Ok(Receipt {
            event_id,
            code_digest,
            organiser_key,
            attendee_key,
            attendee_name,
            checked_in_at,
        })
    }

    pub fn attendee_fingerprint(&self) -> String {
        keys::fingerprint(&self.attendee_key)
    }
}
