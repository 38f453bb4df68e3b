//! The verifiable part of a CV: the signed credential of the claims on it
//! ([`mosaic_attest::credential`]), attached to the PDF as a file and shown as a QR code.
//!
//! The QR code holds the whole credential when it fits version 25 at error-correction level
//! M: printed 4.2 cm wide its modules are then 0.36 mm, which a phone reads at a hand's
//! distance (version 40 would hold twice as much in 0.23 mm modules, too fine for print and
//! cheap cameras). Else it holds the signed digest of the attached file, which proves which
//! credential the CV was issued with.

use ed25519_dalek::SigningKey;
use mosaic_attest::credential::{self, Issued};
use mosaic_core::{ExperienceKind, Portfolio};
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use serde::Serialize;

use crate::i18n::CvStrings;
use crate::{CvError, CvOptions, CvSection};

/// The claims of `portfolio` that this CV shows, signed by `key` (the portfolio key).
/// Sections left off the CV are left out of the credential; stories never go in.
pub fn issue_credential(
    portfolio: &Portfolio,
    options: &CvOptions,
    key: &SigningKey,
    now: i64,
) -> Result<Issued, CvError> {
    let mut p = portfolio.clone();
    if !options.includes(CvSection::Languages) {
        p.languages.clear();
    }
    if !options.includes(CvSection::Certificates) {
        p.certificates.clear();
    }
    if !options.includes(CvSection::Programmes) {
        p.programmes.clear();
    }
    // The same activities as the CV shows: all of them in "activities", contributions
    // in "volunteering and community".
    let (activities, community) = (
        options.includes(CvSection::Activities),
        options.includes(CvSection::Volunteering),
    );
    p.activities
        .retain(|a| activities || (community && a.is_contribution()));
    p.experience.retain(|e| match e.kind {
        ExperienceKind::Paid => options.includes(CvSection::Work),
        ExperienceKind::Volunteer => options.includes(CvSection::Volunteering),
    });
    credential::issue(&p, key, now).map_err(|e| CvError::Credential(e.to_string()))
}

/// What the template prints beside the QR code.
#[derive(Debug, Serialize)]
pub(crate) struct VerifyBlock {
    pub heading: String,
    pub text: String,
    pub limits: String,
    pub key: String,
    pub qr_alt: String,
    pub attachment: String,
}

pub(crate) fn block(t: &CvStrings, key: &SigningKey) -> VerifyBlock {
    let mut args = fluent_templates::fluent_bundle::FluentArgs::new();
    args.set(
        "fingerprint",
        mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes()),
    );
    VerifyBlock {
        heading: t.get("cv-verify-heading"),
        text: t.get("cv-verify-text"),
        limits: t.get("cv-verify-limits"),
        key: t.get_args("cv-verify-key", Some(&args)),
        qr_alt: t.get("cv-verify-qr-alt"),
        attachment: t.get("cv-verify-attachment"),
    }
}

/// The largest QR version printed on a CV.
const MAX_QR_VERSION: u8 = 25;

/// The segments of a QR text: a link's address in byte mode, the credential after its `#`
/// in alphanumeric mode (5.5 bits a character instead of 8).
fn segments(text: &str) -> Vec<QrSegment> {
    match text.rfind('#') {
        Some(i) => {
            let (url, payload) = text.split_at(i + 1);
            let mut segs = vec![QrSegment::make_bytes(url.as_bytes())];
            segs.extend(QrSegment::make_segments(payload));
            segs
        }
        None => QrSegment::make_segments(text),
    }
}

fn encode(text: &str) -> Result<QrCode, CvError> {
    QrCode::encode_segments_advanced(
        &segments(text),
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(MAX_QR_VERSION),
        None,
        false,
    )
    .map_err(|e| CvError::Credential(format!("QR code: {e:?}")))
}

/// The credential text the QR code holds: the whole credential if it fits, else its
/// signed digest.
pub fn qr_text(issued: &Issued) -> &str {
    if encode(&issued.full).is_ok() {
        &issued.full
    } else {
        &issued.digest
    }
}

/// What the QR code holds: `verify_url#credential` (or `#digest` when the whole one does not
/// fit beside the address), or the bare text without a verification page.
pub fn qr_link(verify_url: Option<&str>, issued: &Issued) -> Result<String, CvError> {
    let Some(url) = verify_url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(qr_text(issued).to_string());
    };
    let local = ["http://localhost", "http://127.0.0.1"]
        .iter()
        .any(|p| url.starts_with(p));
    if !(url.starts_with("https://") || local)
        || url.contains('#')
        || url.len() > 200
        || url.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(CvError::VerifyUrl(url.to_string()));
    }
    let full = format!("{url}#{}", issued.full);
    if encode(&full).is_ok() {
        Ok(full)
    } else {
        Ok(format!("{url}#{}", issued.digest))
    }
}

/// The QR code of `text` as SVG: one path of black modules on white, with the four-module
/// quiet zone readers need.
pub(crate) fn qr_svg(text: &str) -> Result<String, CvError> {
    let qr = encode(text)?;
    let border = 4;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let dim = size + 2 * border;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {dim} {dim}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{dim}\" height=\"{dim}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}
