//! The compact binary layout of every signed statement and its text form for QR codes.
//!
//! A statement is `tag byte || fields || 64-byte Ed25519 signature`. The signature covers a
//! domain label (so a receipt can never pass for a check-in code) followed by every byte
//! before it. Text form: a short prefix naming the kind (`MC1:` a check-in code, `MR1:` a
//! receipt, `MS1:` a session list) and RFC 4648 base32 without padding. Base32 fits the QR
//! code's alphanumeric mode (5.5 bits a character), has no spaces or shell characters to
//! mangle when pasted, and reads back case-insensitively; base45 packs 6 % tighter but its
//! alphabet holds a space and `$%*`, which pasting and shells break.

use data_encoding::BASE32_NOPAD;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

use crate::error::{Error, Result};

/// Ed25519 signature length.
pub const SIG_LEN: usize = 64;

/// Appends fields in a fixed order; every variable field is length-prefixed.
#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn new(tag: u8) -> Self {
        Writer { buf: vec![tag] }
    }
    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.buf.push(v);
        self
    }
    pub fn u16(&mut self, v: u16) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn u32(&mut self, v: u32) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn i32(&mut self, v: i32) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn i64(&mut self, v: i64) -> &mut Self {
        self.buf.extend_from_slice(&v.to_be_bytes());
        self
    }
    pub fn bytes(&mut self, v: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(v);
        self
    }
    /// A string of at most 255 bytes (callers cut longer text with [`clip`]).
    pub fn str(&mut self, v: &str) -> &mut Self {
        let v = clip(v, 255);
        self.buf.push(v.len() as u8);
        self.buf.extend_from_slice(v.as_bytes());
        self
    }
    /// The bytes written so far, unsigned (a part that a signed statement carries).
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
    /// Signs everything written so far under `domain` and returns the whole statement.
    pub fn sign(mut self, domain: &[u8], key: &SigningKey) -> Vec<u8> {
        let sig = key.sign(&signed_message(domain, &self.buf));
        self.buf.extend_from_slice(&sig.to_bytes());
        self.buf
    }
}

/// `text` cut to at most `max` bytes on a character boundary.
pub fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn signed_message(domain: &[u8], body: &[u8]) -> Vec<u8> {
    let mut msg = Vec::with_capacity(domain.len() + 1 + body.len());
    msg.extend_from_slice(domain);
    msg.push(0);
    msg.extend_from_slice(body);
    msg
}

/// Splits a statement into its body and signature, and checks the signature by `key`.
pub fn verify<'a>(
    bytes: &'a [u8],
    domain: &[u8],
    key: &VerifyingKey,
    what: &'static str,
) -> Result<&'a [u8]> {
    let (body, sig) = split_sig(bytes, what)?;
    key.verify(&signed_message(domain, body), &Signature::from_bytes(&sig))
        .map_err(|_| Error::BadSignature { what })?;
    Ok(body)
}

fn split_sig<'a>(bytes: &'a [u8], what: &'static str) -> Result<(&'a [u8], [u8; SIG_LEN])> {
    if bytes.len() < SIG_LEN + 1 {
        return Err(malformed(what, "too short"));
    }
    let (body, sig) = bytes.split_at(bytes.len() - SIG_LEN);
    let sig: [u8; SIG_LEN] = sig
        .try_into()
        .map_err(|_| malformed(what, "no signature"))?;
    Ok((body, sig))
}

pub fn malformed(what: &'static str, why: impl Into<String>) -> Error {
    Error::Malformed {
        what,
        why: why.into(),
    }
}

/// Reads fields back in the order a [`Writer`] wrote them; never panics on short input.
pub struct Reader<'a> {
    rest: &'a [u8],
    what: &'static str,
}

impl<'a> Reader<'a> {
    /// Starts after checking the tag byte.
    pub fn new(body: &'a [u8], tag: u8, what: &'static str) -> Result<Self> {
        match body.split_first() {
            Some((t, rest)) if *t == tag => Ok(Reader { rest, what }),
            Some(_) => Err(malformed(what, "wrong kind or version")),
            None => Err(malformed(what, "empty")),
        }
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.rest.len() < n {
            return Err(malformed(self.what, "cut short"));
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let what = self.what;
        self.take(N)?
            .try_into()
            .map_err(|_| malformed(what, "cut short"))
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }
    pub fn i32(&mut self) -> Result<i32> {
        Ok(i32::from_be_bytes(self.array()?))
    }
    pub fn i64(&mut self) -> Result<i64> {
        Ok(i64::from_be_bytes(self.array()?))
    }
    pub fn str(&mut self) -> Result<String> {
        let len = self.u8()? as usize;
        let what = self.what;
        String::from_utf8(self.take(len)?.to_vec())
            .map_err(|_| malformed(what, "text is not UTF-8"))
    }
    /// Every byte must have been read: trailing bytes would be unsigned-looking noise.
    pub fn finish(self) -> Result<()> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(malformed(self.what, "unexpected bytes at the end"))
        }
    }
}

/// `prefix` + base32 of `bytes`.
pub fn to_text(prefix: &str, bytes: &[u8]) -> String {
    format!("{prefix}{}", BASE32_NOPAD.encode(bytes))
}

/// The bytes of a text form, after checking its prefix. Whitespace (line breaks from
/// pasting) is ignored and lower case accepted.
pub fn from_text(prefix: &str, text: &str, what: &'static str) -> Result<Vec<u8>> {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let Some(data) = clean.strip_prefix(prefix) else {
        return Err(malformed(
            what,
            format!("it should start with {prefix}; was the whole code copied?"),
        ));
    };
    BASE32_NOPAD
        .decode(data.as_bytes())
        .map_err(|_| malformed(what, "damaged text (a character is wrong or missing)"))
}

/// Unix seconds now.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Days since 1970-01-01 for a date, and back.
pub fn date_to_days(date: chrono::NaiveDate) -> i32 {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    (date - epoch).num_days() as i32
}

pub fn days_to_date(days: i32, what: &'static str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_signed(chrono::TimeDelta::days(days as i64)))
        .ok_or_else(|| malformed(what, "date out of range"))
}

/// Hours as whole minutes (what a code carries), and back.
pub fn hours_to_minutes(hours: f64) -> u16 {
    (hours * 60.0).round().clamp(0.0, u16::MAX as f64) as u16
}

pub fn minutes_to_hours(minutes: u16) -> f64 {
    minutes as f64 / 60.0
}
