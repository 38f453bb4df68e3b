//! The verifiable CV: the claims a person chose to put on her CV, each with the signed
//! statements that vouch for it, the whole set signed by her portfolio's key.
//!
//! A claim is one entry (a language with its CEFR history, a certificate, a work experience,
//! an activity, a programme) as the exact canonical JSON its confirmations hash
//! ([`endorse::fields_hash`]), so a reader recomputes the hash and knows the confirmation is
//! about these very facts. Its vouchers are the statements, verbatim: a mentor's or teacher's
//! signed confirmation (`ME1:`), an organiser's check-in code (`MC1:`). The portfolio key
//! (the one that signs attendance receipts) signs the list, so no claim can be dropped,
//! added or changed after issuing.
//!
//! Text forms (base32, the QR code's alphanumeric mode):
//! * `MV1:` the whole credential: the portfolio key, the claims zlib-compressed, and the
//!   key's signature over both (so one changed byte anywhere fails, and nothing is inflated
//!   before its signature checked). The PDF carries it as an attached file; the QR code
//!   carries it when it fits.
//! * `MVD1:` a digest: the portfolio key's signature over the SHA-256 of the whole credential,
//!   for a CV whose claims do not fit a QR code. It proves which credential the CV was issued
//!   with; the claims themselves are read from the PDF's attached file.
//!
//! What a signature proves: the holder of that key signed these bytes. It does not prove the
//! key belongs to the named person or organisation: readers compare fingerprints.

use ed25519_dalek::SigningKey;
use mosaic_core::{
    Activity, Certificate, Entry, EntryId, Experience, Language, Portfolio, PortfolioId, Programme,
    Section,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::checkin::CheckInCode;
use crate::endorse::{self, Endorsement, Standing};
use crate::error::{Error, Result};
use crate::wire::{self, Reader, Writer};
use crate::{attend, keys};

const TAG: u8 = 0x05;
/// The compressed part's own first byte, so it can never be read as another statement.
const INNER_TAG: u8 = 0x07;
const DIGEST_TAG: u8 = 0x06;
const DOMAIN: &[u8] = b"mosaic-attest/credential/v1";
const DIGEST_DOMAIN: &[u8] = b"mosaic-attest/credential-digest/v1";
pub const PREFIX: &str = "MV1:";
pub const DIGEST_PREFIX: &str = "MVD1:";
const WHAT: &str = "CV credential";
const DIGEST_WHAT: &str = "CV credential digest";
/// A credential never inflates past this: a hostile file cannot exhaust memory.
pub const MAX_INFLATED: usize = 1 << 20;
/// The file name the PDF attaches the credential under.
pub const ATTACHMENT_NAME: &str = "mosaic-credential.txt";

/// The sections whose entries become claims, in credential order.
const CLAIM_SECTIONS: [Section; 5] = [
    Section::Languages,
    Section::Certificates,
    Section::Programmes,
    Section::Experience,
    Section::Activities,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VoucherKind {
    Confirmation = 1,
    CheckIn = 2,
}

/// The signed credential in its two text forms.
#[derive(Debug, Clone, PartialEq)]
pub struct Issued {
    /// `MV1:…`: every claim.
    pub full: String,
    /// `MVD1:…`: the signed digest of `full`.
    pub digest: String,
    pub claims: usize,
}

/// One claim as carried: the entry's canonical JSON and its vouchers' signed bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimInput {
    pub section: Section,
    pub entry: EntryId,
    pub json: String,
    /// (1: a signed confirmation, 2: a check-in code; the statement's bytes).
    pub vouchers: Vec<(u8, Vec<u8>)>,
}

/// Builds and signs the credential for the entries of `portfolio` in the claim sections
/// (the caller removes what the person left off her CV). Only confirmations that are valid
/// and current, and check-in codes that verify for their activity, are carried.
pub fn issue(portfolio: &Portfolio, key: &SigningKey, now: i64) -> Result<Issued> {
    let id = portfolio.id;
    let mut claims = vec![];
    for e in &portfolio.languages {
        claims.push(claim(id, e, &e.endorsements, None)?);
    }
    for e in &portfolio.certificates {
        claims.push(claim(id, e, &e.endorsements, None)?);
    }
    for e in &portfolio.programmes {
        claims.push(claim(id, e, &e.endorsements, None)?);
    }
    for e in &portfolio.experience {
        claims.push(claim(id, e, &e.endorsements, None)?);
    }
    for e in &portfolio.activities {
        let code = match attend::source(e) {
            attend::Source::Verified { .. } => e.proof.as_deref(),
            _ => None,
        };
        claims.push(claim(id, e, &e.endorsements, code)?);
    }
    sign_claims(id, &portfolio.profile.name_latin, &claims, key, now)
}

/// Signs `claims` as given. Nothing is checked here; [`verify_full`] checks everything.
pub fn sign_claims(
    portfolio: PortfolioId,
    holder: &str,
    claims: &[ClaimInput],
    key: &SigningKey,
    now: i64,
) -> Result<Issued> {
    let count = u16::try_from(claims.len())
        .map_err(|_| Error::Invalid("too many entries for one CV credential".into()))?;
    let mut inner = Writer::new(INNER_TAG);
    inner
        .bytes(portfolio.as_bytes())
        .i64(now)
        .str(holder)
        .u16(count);
    for c in claims {
        inner.bytes(&encode_claim(c)?);
    }
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&inner.into_bytes(), 9);
    // The signature covers the compressed bytes as sent: one changed byte anywhere fails,
    // and nothing is inflated before its signature checked.
    let mut w = Writer::new(TAG);
    w.bytes(key.verifying_key().as_bytes()).bytes(&compressed);
    let statement = w.sign(DOMAIN, key);
    let full = wire::to_text(PREFIX, &statement);

    let mut d = Writer::new(DIGEST_TAG);
    d.bytes(portfolio.as_bytes())
        .bytes(key.verifying_key().as_bytes())
        .i64(now)
        .u16(count)
        .bytes(&Sha256::digest(&statement));
    let digest = wire::to_text(DIGEST_PREFIX, &d.sign(DIGEST_DOMAIN, key));
    Ok(Issued {
        full,
        digest,
        claims: claims.len(),
    })
}

fn encode_claim(c: &ClaimInput) -> Result<Vec<u8>> {
    let mut out = vec![section_byte(c.section)];
    out.extend_from_slice(c.entry.as_bytes());
    push_len16(&mut out, c.json.as_bytes())?;
    let n = u8::try_from(c.vouchers.len())
        .map_err(|_| Error::Invalid("too many confirmations on one entry".into()))?;
    out.push(n);
    for (kind, bytes) in &c.vouchers {
        out.push(*kind);
        push_len16(&mut out, bytes)?;
    }
    Ok(out)
}

fn claim<E: Entry>(
    portfolio: PortfolioId,
    entry: &E,
    statements: &[String],
    checkin: Option<&str>,
) -> Result<ClaimInput> {
    let mut vouchers = vec![];
    for s in crate::claims::confirmations(portfolio, entry, statements) {
        if let Standing::Current { .. } = s
            && let Some(text) = statements.iter().find(|t| same_statement(t, &s))
            && let Ok(bytes) = wire::from_text(endorse::PREFIX, text, "signed confirmation")
        {
            vouchers.push((VoucherKind::Confirmation as u8, bytes));
        }
    }
    if let Some(code) = checkin.and_then(|c| CheckInCode::verify(c).ok()) {
        vouchers.push((VoucherKind::CheckIn as u8, code.bytes));
    }
    Ok(ClaimInput {
        section: E::SECTION,
        entry: entry.id(),
        json: endorse::canonical_fields(entry)?,
        vouchers,
    })
}

/// The parts of a `MV1:` text, read without checking any signature (for tools and tests
/// that build altered copies; [`verify_full`] is what tells the truth).
pub fn unpack(text: &str) -> Result<(PortfolioId, String, i64, Vec<ClaimInput>)> {
    let (_, inner) = open(text, false)?;
    let (portfolio, holder, issued_at, raw) = read_inner(&inner)?;
    let claims = raw
        .into_iter()
        .map(|c| {
            Ok(ClaimInput {
                section: c.section,
                entry: c.entry,
                json: String::from_utf8(c.json).map_err(|_| invalid("not UTF-8".into()))?,
                vouchers: c.vouchers,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((portfolio, holder, issued_at, claims))
}

/// The owner key and the inflated claims of a `MV1:` text; the signature is checked first
/// when `verify` is set.
fn open(text: &str, verify: bool) -> Result<([u8; 32], Vec<u8>)> {
    let bytes = wire::from_text(PREFIX, text, WHAT)?;
    let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
    let mut r = Reader::new(&bytes[..body_len], TAG, WHAT)?;
    let owner_key: [u8; 32] = r.array()?;
    let compressed = r.take(body_len.saturating_sub(1 + 32))?;
    r.finish()?;
    if verify {
        wire::verify(&bytes, DOMAIN, &keys::public_key(&owner_key, WHAT)?, WHAT)?;
    }
    let inner = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(compressed, MAX_INFLATED)
        .map_err(|_| wire::malformed(WHAT, "damaged (it does not decompress)"))?;
    Ok((owner_key, inner))
}

type Inner = (PortfolioId, String, i64, Vec<RawClaim>);

fn read_inner(inner: &[u8]) -> Result<Inner> {
    let mut r = Reader::new(inner, INNER_TAG, WHAT)?;
    let portfolio = Uuid::from_bytes(r.array()?);
    let issued_at = r.i64()?;
    let holder = r.str()?;
    let count = r.u16()?;
    let mut raw = vec![];
    for _ in 0..count {
        raw.push(read_claim(&mut r)?);
    }
    r.finish()?;
    Ok((portfolio, holder, issued_at, raw))
}

fn same_statement(text: &str, standing: &Standing) -> bool {
    match (Endorsement::verify(text), standing.endorsement()) {
        (Ok(a), Some(b)) => &a == b,
        _ => false,
    }
}

fn push_len16(out: &mut Vec<u8>, bytes: &[u8]) -> Result<()> {
    let len = u16::try_from(bytes.len())
        .map_err(|_| Error::Invalid("an entry is too long for the CV credential".into()))?;
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(bytes);
    Ok(())
}

fn section_byte(s: Section) -> u8 {
    CLAIM_SECTIONS.iter().position(|x| *x == s).unwrap_or(0) as u8
}

/// Who vouches for a claim, after every signature and match was checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum Voucher {
    /// A signed confirmation of exactly these facts.
    Confirmation(Endorsement),
    /// An organiser's check-in code for this activity's event and date.
    Attendance {
        organiser: String,
        fingerprint: String,
        event: String,
        date: mosaic_core::Date,
        hours: f64,
    },
}

impl Voucher {
    pub fn describe(&self) -> String {
        match self {
            Voucher::Confirmation(e) => format!(
                "{} confirmed by {}",
                e.kind.as_str().replace('_', " "),
                e.signer_label()
            ),
            Voucher::Attendance {
                organiser,
                fingerprint,
                event,
                date,
                hours,
            } => format!(
                "attendance verified by {organiser} ({fingerprint}): {event}, {date}, {hours} h"
            ),
        }
    }
}

/// One verified claim: the facts and who vouches for them (none: the owner's word).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerifiedClaim {
    pub section: Section,
    pub entry: EntryId,
    /// The entry's facts as signed (canonical JSON).
    pub fields: serde_json::Value,
    pub summary: String,
    pub vouchers: Vec<Voucher>,
}

/// A credential whose every signature verified and whose every voucher matches its claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verified {
    pub portfolio: PortfolioId,
    pub holder: String,
    pub owner_fingerprint: String,
    /// Unix seconds.
    pub issued_at: i64,
    pub claims: Vec<VerifiedClaim>,
}

/// A digest whose signature verified: which credential the CV was issued with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerifiedDigest {
    pub portfolio: PortfolioId,
    pub owner_fingerprint: String,
    pub issued_at: i64,
    pub claims: u16,
    pub sha256: String,
}

/// What a scanned or extracted text proved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "form")]
pub enum Verdict {
    Full(Verified),
    Digest(VerifiedDigest),
}

/// Verifies a `MV1:` or `MVD1:` text (a scanned QR code may hold a link whose fragment is
/// the text: anything up to the last `#` is ignored).
pub fn verify_text(text: &str) -> Result<Verdict> {
    let text = text.rsplit('#').next().unwrap_or(text).trim();
    let upper = text.get(..DIGEST_PREFIX.len()).map(str::to_ascii_uppercase);
    if upper.as_deref() == Some(DIGEST_PREFIX) {
        verify_digest(text).map(Verdict::Digest)
    } else {
        verify_full(text).map(Verdict::Full)
    }
}

/// Verifies a `MV1:` credential: the portfolio key's signature over the claims, then each
/// voucher's own signature and that it is about this portfolio, this entry and these facts.
/// Any failure is an error naming it: nothing is shown as verified from a changed file.
pub fn verify_full(text: &str) -> Result<Verified> {
    let (owner_key, inner) = open(text, true)?;
    let (portfolio, holder, issued_at, raw) = read_inner(&inner)?;
    let claims = raw
        .into_iter()
        .map(|c| check_claim(portfolio, c))
        .collect::<Result<Vec<_>>>()?;
    Ok(Verified {
        portfolio,
        holder,
        owner_fingerprint: keys::fingerprint(&owner_key),
        issued_at,
        claims,
    })
}

/// Verifies a `MVD1:` digest: which credential (by the SHA-256 of its bytes) the CV was
/// issued with; [`digest_matches`] compares it to a full credential.
pub fn verify_digest(text: &str) -> Result<VerifiedDigest> {
    let bytes = wire::from_text(DIGEST_PREFIX, text, DIGEST_WHAT)?;
    let body_len = bytes.len().saturating_sub(wire::SIG_LEN);
    let mut r = Reader::new(&bytes[..body_len], DIGEST_TAG, DIGEST_WHAT)?;
    let portfolio = Uuid::from_bytes(r.array()?);
    let owner_key: [u8; 32] = r.array()?;
    let issued_at = r.i64()?;
    let claims = r.u16()?;
    let sha: [u8; 32] = r.array()?;
    r.finish()?;
    wire::verify(
        &bytes,
        DIGEST_DOMAIN,
        &keys::public_key(&owner_key, DIGEST_WHAT)?,
        DIGEST_WHAT,
    )?;
    Ok(VerifiedDigest {
        portfolio,
        owner_fingerprint: keys::fingerprint(&owner_key),
        issued_at,
        claims,
        sha256: hex::encode(sha),
    })
}

/// True when `digest` was signed for exactly the credential `full` (same key, same bytes).
pub fn digest_matches(digest: &VerifiedDigest, full: &str) -> Result<bool> {
    let statement = wire::from_text(PREFIX, full, WHAT)?;
    Ok(hex::encode(Sha256::digest(&statement)) == digest.sha256)
}

struct RawClaim {
    section: Section,
    entry: EntryId,
    json: Vec<u8>,
    vouchers: Vec<(u8, Vec<u8>)>,
}

fn read_claim(r: &mut Reader<'_>) -> Result<RawClaim> {
    let section = *CLAIM_SECTIONS
        .get(r.u8()? as usize)
        .ok_or_else(|| wire::malformed(WHAT, "unknown section"))?;
    let entry = Uuid::from_bytes(r.array()?);
    let len = r.u16()? as usize;
    let json = r.take(len)?.to_vec();
    let n = r.u8()?;
    let mut vouchers = vec![];
    for _ in 0..n {
        let kind = r.u8()?;
        let len = r.u16()? as usize;
        vouchers.push((kind, r.take(len)?.to_vec()));
    }
    Ok(RawClaim {
        section,
        entry,
        json,
        vouchers,
    })
}

fn invalid(why: String) -> Error {
    wire::malformed(WHAT, why)
}

fn check_claim(portfolio: PortfolioId, c: RawClaim) -> Result<VerifiedClaim> {
    let text = String::from_utf8(c.json).map_err(|_| invalid("a claim is not UTF-8".into()))?;
    let fields: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| invalid(format!("a claim is not valid JSON: {e}")))?;
    // The JSON must be in canonical form, so the hash a confirmation signed is the one shown.
    let mut canonical = String::new();
    endorse::canonical(&fields, &mut canonical);
    if canonical != text {
        return Err(invalid("a claim is not in canonical form".into()));
    }
    let hash: [u8; 32] = Sha256::digest(text.as_bytes()).into();
    let summary = summarise(c.section, &fields)?;
    let mut vouchers = vec![];
    for (kind, bytes) in c.vouchers {
        let v = if kind == VoucherKind::Confirmation as u8 {
            let statement = wire::to_text(endorse::PREFIX, &bytes);
            let e = Endorsement::verify(&statement)?;
            if e.portfolio != portfolio {
                return Err(invalid(format!(
                    "a confirmation of `{summary}` was signed for another portfolio"
                )));
            }
            if e.entry != c.entry || e.kind.section() != c.section {
                return Err(invalid(format!(
                    "a confirmation of `{summary}` was signed for another entry"
                )));
            }
            if e.fields_hash != hash {
                return Err(invalid(format!(
                    "`{summary}` differs from what {} confirmed",
                    e.signer_label()
                )));
            }
            Voucher::Confirmation(e)
        } else if kind == VoucherKind::CheckIn as u8 {
            let code = CheckInCode::verify(&wire::to_text("MC1:", &bytes))?;
            let activity: Activity = serde_json::from_value(fields.clone())
                .map_err(|e| invalid(format!("a claim with a check-in code: {e}")))?;
            if c.section != Section::Activities
                || activity.date != code.event.date
                || !activity.attended
            {
                return Err(invalid(format!(
                    "the check-in code on `{summary}` is for another event"
                )));
            }
            Voucher::Attendance {
                organiser: code.organiser_name.clone(),
                fingerprint: code.fingerprint(),
                event: code.event.title.clone(),
                date: code.event.date,
                hours: code.event.hours,
            }
        } else {
            return Err(invalid("a voucher of an unknown kind".into()));
        };
        vouchers.push(v);
    }
    Ok(VerifiedClaim {
        section: c.section,
        entry: c.entry,
        fields,
        summary,
        vouchers,
    })
}

fn parse<T: serde::de::DeserializeOwned>(fields: &serde_json::Value) -> Result<T> {
    serde_json::from_value(fields.clone()).map_err(|e| invalid(format!("a claim: {e}")))
}

/// One line a reader can take in: "Italian (it): listening B1, reading B1: exam or
/// certificate (CELI); writing A2: self-assessed".
fn summarise(section: Section, fields: &serde_json::Value) -> Result<String> {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    Ok(match section {
        Section::Languages => {
            let l: Language = parse(fields)?;
            let levels = crate::claims::level_sources(&l).join("; ");
            format!("language {}: {levels}", l.code)
        }
        Section::Certificates => {
            let c: Certificate = parse(fields)?;
            let mut s = format!("certificate: {}", c.title);
            if let Some(i) = &c.issuer {
                s.push_str(&format!(", issued by {i}"));
            }
            if let Some(l) = &c.level {
                s.push_str(&format!(", level {l}"));
            }
            if let Some(d) = c.issued_on {
                s.push_str(&format!(", {d}"));
            }
            s
        }
        Section::Programmes => {
            let p: Programme = parse(fields)?;
            format!("programme: {} {}", p.title, opt(&p.provider))
                .trim()
                .to_string()
        }
        Section::Experience => {
            let e: Experience = parse(fields)?;
            let when = match (e.start, e.end) {
                (Some(s), Some(t)) => format!(", {s} to {t}"),
                (Some(s), None) => format!(", since {s}"),
                _ => String::new(),
            };
            format!("work: {} at {}{when}", e.role, opt(&e.employer))
        }
        _ => {
            let a: Activity = parse(fields)?;
            let hours = a.hours.map(|h| format!(", {h} h")).unwrap_or_default();
            format!(
                "activity: {} {}, {}{hours}",
                fields
                    .get("kind")
                    .and_then(|k| k.as_str())
                    .unwrap_or("other")
                    .replace('_', " "),
                opt(&a.title),
                a.date
            )
        }
    })
}

/// Finds the credential in a PDF: the attached file's stream, zlib-compressed by the PDF
/// writer, or stored plainly. Streams whose dictionary says `/EmbeddedFile` are tried first
/// (fonts and pages are never inflated then); every stream that inflates to a `MV1:` text is
/// a candidate. Finding it proves nothing: [`verify_full`] does.
pub fn extract_from_pdf(pdf: &[u8]) -> Option<String> {
    let streams = streams(pdf);
    let embedded = streams
        .iter()
        .filter(|(dict, _)| find(dict, b"/EmbeddedFile").is_some());
    let others = streams
        .iter()
        .filter(|(dict, _)| find(dict, b"/EmbeddedFile").is_none());
    embedded.chain(others).find_map(|(_, data)| {
        let text = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(data, MAX_INFLATED)
            .ok()
            .unwrap_or_else(|| data.to_vec());
        let text = String::from_utf8_lossy(&text);
        let text = text.trim();
        text.starts_with(PREFIX).then(|| text.to_string())
    })
}

/// Each stream of a PDF with up to 256 bytes of what precedes it (its dictionary).
fn streams(pdf: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut out = vec![];
    let mut at = 0;
    while let Some(pos) = find(&pdf[at..], b"stream") {
        let keyword = at + pos;
        let start = keyword + b"stream".len();
        at = start;
        let data_start = match pdf.get(start..start + 2) {
            Some(b"\r\n") => start + 2,
            Some([b'\n', _]) => start + 1,
            _ => continue,
        };
        let Some(len) = find(&pdf[data_start..], b"endstream") else {
            break;
        };
        let dict = &pdf[keyword.saturating_sub(256)..keyword];
        out.push((dict, &pdf[data_start..data_start + len]));
        at = data_start + len + b"endstream".len();
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Control characters (terminal escapes) in any field are shown as U+FFFD when printed.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}
