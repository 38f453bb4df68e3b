//! Check-in codes: their size and QR version (what a cheap camera must read at arm's
//! length), and the time to verify one beside a bare Ed25519 verify.

use ed25519_dalek::{Signer, Verifier};
use mosaic_attest::checkin::{self, CheckInCode, EventFacts};
use qrcodegen::{QrCode, QrCodeEcc};

use crate::table::{Row, Value, median};

fn facts(title: &str) -> EventFacts {
    EventFacts {
        id: uuid::Uuid::now_v7(),
        title: title.into(),
        kind: mosaic_core::ActivityKind::LanguageCafe,
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default(),
        hours: 2.0,
    }
}

/// The smallest QR version holding `text` at error correction M (what the app draws).
fn qr_version(text: &str) -> Result<u8, String> {
    QrCode::encode_text(text, QrCodeEcc::Medium)
        .map(|q| q.version().value())
        .map_err(|e| format!("QR: {e:?}"))
}

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let key = mosaic_attest::keys::generate().map_err(|e| e.to_string())?;
    let now = mosaic_attest::wire::now();
    let typical = checkin::issue(
        &key,
        "Integra Foundation",
        &facts("Language café Valletta"),
        now,
        120,
    );
    let longest = checkin::issue(&key, &"O".repeat(200), &facts(&"T".repeat(200)), now, 120);
    // The same facts as signed JSON (what a naive design would put in the QR code).
    let json = serde_json::json!({
        "event": uuid::Uuid::now_v7(), "title": "Language café Valletta", "kind": "language_cafe",
        "date": "2026-11-29", "hours": 2.0, "issued_at": now, "valid_secs": 120,
        "organiser": "Integra Foundation",
        "key": data_encoding::BASE64URL_NOPAD.encode(key.verifying_key().as_bytes()),
    });
    let sig = key.sign(json.to_string().as_bytes());
    let json_text = format!(
        "{}.{}",
        json,
        data_encoding::BASE64URL_NOPAD.encode(&sig.to_bytes())
    );

    CheckInCode::verify(&typical).map_err(|e| e.to_string())?;
    let batch = if quick { 200 } else { 2000 };
    let ours = median(7, || {
        for _ in 0..batch {
            std::hint::black_box(CheckInCode::verify(std::hint::black_box(&typical)).ok());
        }
    }) / batch;
    let msg = b"mosaic-attest/check-in/v1\0a message as long as a code body, about 110 bytes or so....................";
    let bare_sig = key.sign(msg);
    let public = key.verifying_key();
    let bare = median(7, || {
        for _ in 0..batch {
            std::hint::black_box(public.verify(std::hint::black_box(msg), &bare_sig).is_ok());
        }
    }) / batch;

    Ok(vec![
        Row {
            what: "check-in code, typical (22-char title, 18-char organiser): text bytes".into(),
            ours: Value::Bytes(typical.len() as u64),
            baseline_name: "same facts as signed JSON text".into(),
            baseline: Some(Value::Bytes(json_text.len() as u64)),
        },
        Row {
            what: "QR version of that code (ECC M; aim <= 10)".into(),
            ours: Value::Text(format!("v{}", qr_version(&typical)?)),
            baseline_name: "QR version of the signed JSON".into(),
            baseline: Some(Value::Text(format!("v{}", qr_version(&json_text)?))),
        },
        Row {
            what: "QR version of the longest code (title and name cut to 48 bytes)".into(),
            ours: Value::Text(format!("v{} ({} B)", qr_version(&longest)?, longest.len())),
            baseline_name: "-".into(),
            baseline: None,
        },
        Row {
            what: "verify one check-in code (decode base32 + parse + Ed25519)".into(),
            ours: Value::Time(ours),
            baseline_name: "bare Ed25519 verify (ed25519-dalek)".into(),
            baseline: Some(Value::Time(bare)),
        },
    ])
}
