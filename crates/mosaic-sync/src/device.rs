//! This device's public code (what an owner scans to share with it).

use mosaic_core::Mosaic;

use crate::capability::{Code, DeviceCode};
use crate::error::Result;
use crate::store;

/// This device's code, to show as a QR code (or text) when linking it to an owner's
/// portfolio or when a mentor receives a share. It holds public keys only (X25519 for key
/// wrapping, Ed25519 for signatures) and the author name; nothing secret.
pub fn device_code(m: &mut Mosaic) -> Result<String> {
    let k = store::device(m)?;
    Ok(Code::Device(DeviceCode {
        x25519: k.x25519_public(),
        ed25519: k.ed25519_public(),
        name: m.author().to_string(),
    })
    .encode())
}
