//! QR-ready codes: `MOSAIC1:` followed by RFC 4648 base32 (no padding) of
//! `type u8 || body || first 4 bytes of SHA-256(type || body)`.
//!
//! Upper-case base32 and the upper-case prefix fit the QR alphanumeric mode; reading accepts
//! any case, spaces and dashes (for codes typed by hand).
//!
//! - type 1, **device code**: `x25519 public 32 || ed25519 public 32 || name len u8 || name`.
//!   Public keys only: nothing secret is ever shown on screen.
//! - type 2, **share code**: `recipient tag 8 || sealed box` where the sealed box (X25519,
//!   to the device whose code was scanned) holds a [`Bundle`] and who made it: the maker's
//!   device Ed25519 key, the document's write authority, and a signature by each over the
//!   bundle and the recipient ([`Bundle::seal_signed`]). Only that device can open it, and it
//!   knows which device and which authority vouch for what is inside.

use data_encoding::BASE32_NOPAD;
use sha2::{Digest, Sha256};

use crate::crypto::{self, DeviceKeys};
use crate::error::{Error, Result};

/// The prefix of every code.
pub const PREFIX: &str = "MOSAIC1:";
const TYPE_DEVICE: u8 = 1;
const TYPE_SHARE: u8 = 2;

/// What a device shows so that someone can share with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceCode {
    pub x25519: [u8; 32],
    pub ed25519: [u8; 32],
    pub name: String,
}

impl DeviceCode {
    /// This device as a current (not revoked) member: one of the owner's devices
    /// (`device`, no feedback seed) or a mentor.
    pub fn member(
        &self,
        read_token_hash: [u8; 32],
        feedback_seed: [u8; 32],
        device: bool,
    ) -> MemberRecord {
        MemberRecord {
            x25519: self.x25519,
            ed25519: self.ed25519,
            name: self.name.clone(),
            read_token_hash,
            feedback_seed,
            revoked: false,
            device,
            ..Default::default()
        }
    }
}

/// A share code as read (still sealed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareCode {
    pub recipient: [u8; 8],
    pub sealed: Vec<u8>,
}

/// A decoded code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    Device(DeviceCode),
    Share(ShareCode),
}

fn wrap(ty: u8, body: &[u8]) -> String {
    let mut p = vec![ty];
    p.extend_from_slice(body);
    let sum = Sha256::digest(&p);
    p.extend_from_slice(&sum[..4]);
    format!("{PREFIX}{}", BASE32_NOPAD.encode(&p))
}

impl Code {
    /// The text to show or put in a QR code.
    pub fn encode(&self) -> String {
        match self {
            Code::Device(d) => {
                let mut b = d.x25519.to_vec();
                b.extend_from_slice(&d.ed25519);
                let name = truncate_utf8(&d.name, 255);
                b.push(name.len() as u8);
                b.extend_from_slice(name.as_bytes());
                wrap(TYPE_DEVICE, &b)
            }
            Code::Share(s) => {
                let mut b = s.recipient.to_vec();
                b.extend_from_slice(&s.sealed);
                wrap(TYPE_SHARE, &b)
            }
        }
    }

    /// Reads a code; every failure says what is wrong in plain words.
    pub fn decode(text: &str) -> Result<Code> {
        let cleaned: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_ascii_uppercase();
        let Some(body) = cleaned.strip_prefix(PREFIX) else {
            return Err(Error::Code(
                "this is not a Mosaic code (it should start with MOSAIC1:)".into(),
            ));
        };
        let bytes = BASE32_NOPAD.decode(body.as_bytes()).map_err(|_| {
            Error::Code("the code contains characters that do not belong; check for typos".into())
        })?;
        if bytes.len() < 5 {
            return Err(Error::Code("the code is too short; it was cut off".into()));
        }
        let (payload, sum) = bytes.split_at(bytes.len() - 4);
        if Sha256::digest(payload)[..4] != *sum {
            return Err(Error::Code(
                "the code is damaged (checksum mismatch); scan it again or check for typos".into(),
            ));
        }
        let (ty, b) = (payload[0], &payload[1..]);
        match ty {
            TYPE_DEVICE => {
                if b.len() < 65 || b.len() != 65 + b[64] as usize {
                    return Err(Error::Code("malformed device code".into()));
                }
                let mut x = [0u8; 32];
                let mut e = [0u8; 32];
                x.copy_from_slice(&b[..32]);
                e.copy_from_slice(&b[32..64]);
                let name = String::from_utf8(b[65..].to_vec())
                    .map_err(|_| Error::Code("malformed device name".into()))?;
                Ok(Code::Device(DeviceCode {
                    x25519: x,
                    ed25519: e,
                    name,
                }))
            }
            TYPE_SHARE => {
                if b.len() < 8 + 48 {
                    return Err(Error::Code("malformed share code".into()));
                }
                let mut r = [0u8; 8];
                r.copy_from_slice(&b[..8]);
                Ok(Code::Share(ShareCode {
                    recipient: r,
                    sealed: b[8..].to_vec(),
                }))
            }
            _ => Err(Error::Code(
                "unknown kind of code; this app may need an update".into(),
            )),
        }
    }
}

fn truncate_utf8(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Role granted by a share code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareRole {
    /// Another device of the owner: full read and write.
    Device,
    /// A mentor: read only, plus a feedback document the mentor owns.
    Mentor,
}

/// A mentor or one of the owner's devices, known to an owner device (copied to newly linked
/// devices and shared among them in the roster).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberRecord {
    pub x25519: [u8; 32],
    pub ed25519: [u8; 32],
    pub name: String,
    pub read_token_hash: [u8; 32],
    /// Mentors only (zero for a device).
    pub feedback_seed: [u8; 32],
    pub revoked: bool,
    /// One of the owner's own devices (holds the write authority), not a mentor.
    pub device: bool,
    /// Mentors shared with since views exist: the owner-only seed of the view document they
    /// read instead of the portfolio (zero for a device, or a mentor shared with before).
    pub view_seed: [u8; 32],
    /// The sections that mentor's view shows ([`mosaic_core::view::section_bits`]).
    pub sections: u32,
    /// How many times the view was replaced (a device revocation draws a new seed): of two
    /// rosters, the higher generation's seed wins.
    pub view_gen: u32,
}

impl MemberRecord {
    /// A mentor who reads a view of their own, not the portfolio's document.
    pub fn has_view(&self) -> bool {
        !self.device && self.view_seed != [0; 32]
    }
}

/// Everything a recipient needs, sealed inside a share code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub role: ShareRole,
    pub portfolio: [u8; 16],
    pub relay_doc: [u8; 32],
    pub read_token: [u8; 32],
    pub signer_public: [u8; 32],
    /// Only for [`ShareRole::Device`].
    pub write_secret: Option<[u8; 32]>,
    pub keys: Vec<(u32, [u8; 32])>,
    /// For [`ShareRole::Mentor`]: the seed of the mentor's feedback document.
    pub feedback_seed: Option<[u8; 32]>,
    /// For [`ShareRole::Device`]: the mentors (to read their feedback and re-key on revoke).
    pub members: Vec<MemberRecord>,
    pub relay_url: String,
    pub from_name: String,
}

struct R<'a>(&'a [u8]);
impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            return Err(Error::Code("share bundle truncated".into()));
        }
        let (h, t) = self.0.split_at(n);
        self.0 = t;
        Ok(h)
    }
    fn a32(&mut self) -> Result<[u8; 32]> {
        let mut a = [0u8; 32];
        a.copy_from_slice(self.take(32)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn string(&mut self) -> Result<String> {
        let n = self.u8()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| Error::Code("bad text".into()))
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    let s = truncate_utf8(s, 255);
    out.push(s.len() as u8);
    out.extend_from_slice(s.as_bytes());
}

fn put_members(o: &mut Vec<u8>, members: &[MemberRecord]) {
    o.push(members.len().min(255) as u8);
    for m in members.iter().take(255) {
        o.extend_from_slice(&m.x25519);
        o.extend_from_slice(&m.ed25519);
        o.extend_from_slice(&m.read_token_hash);
        o.extend_from_slice(&m.feedback_seed);
        // Flags: bit 0 revoked, bit 1 owner device.
        o.push(u8::from(m.revoked) | (u8::from(m.device) << 1));
        put_str(o, &m.name);
    }
}

fn take_members(r: &mut R<'_>) -> Result<Vec<MemberRecord>> {
    let n = r.u8()?;
    let mut members = vec![];
    for _ in 0..n {
        let (x25519, ed25519, read_token_hash, feedback_seed) =
            (r.a32()?, r.a32()?, r.a32()?, r.a32()?);
        let flags = r.u8()?;
        members.push(MemberRecord {
            x25519,
            ed25519,
            read_token_hash,
            feedback_seed,
            revoked: flags & 1 != 0,
            device: flags & 2 != 0,
            name: r.string()?,
            ..Default::default()
        });
    }
    Ok(members)
}

/// Marks the block of views that follows a member list (an older reader stops before it).
const VIEWS_TAG: u8 = b'V';

/// Each member's view seed, sections and generation, in the member list's order.
fn put_views(o: &mut Vec<u8>, members: &[MemberRecord]) {
    o.push(VIEWS_TAG);
    for m in members.iter().take(255) {
        o.extend_from_slice(&m.view_seed);
        o.extend_from_slice(&m.sections.to_be_bytes());
        o.extend_from_slice(&m.view_gen.to_be_bytes());
    }
}

/// Reads [`put_views`] into `members`; a list written before views exist has none.
fn take_views(r: &mut R<'_>, members: &mut [MemberRecord]) -> Result<()> {
    if r.0.is_empty() {
        return Ok(());
    }
    if r.u8()? != VIEWS_TAG {
        return Err(Error::Code("member list: unknown extension".into()));
    }
    let u32_at = |r: &mut R<'_>| -> Result<u32> {
        let b = r.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    for m in members.iter_mut() {
        m.view_seed = r.a32()?;
        m.sections = u32_at(r)?;
        m.view_gen = u32_at(r)?;
    }
    Ok(())
}

/// Encodes a member list (the roster that owner devices share through the log).
pub fn encode_members(members: &[MemberRecord]) -> Vec<u8> {
    let mut o = vec![];
    put_members(&mut o, members);
    put_views(&mut o, members);
    o
}

/// Decodes [`encode_members`].
pub fn decode_members(b: &[u8]) -> Result<Vec<MemberRecord>> {
    let mut r = R(b);
    let mut members = take_members(&mut r)?;
    take_views(&mut r, &mut members)?;
    Ok(members)
}

impl Bundle {
    pub fn encode(&self) -> Vec<u8> {
        let mut o = vec![BUNDLE_VERSION];
        o.push(match self.role {
            ShareRole::Device => 1,
            ShareRole::Mentor => 2,
        });
        o.extend_from_slice(&self.portfolio);
        o.extend_from_slice(&self.relay_doc);
        o.extend_from_slice(&self.read_token);
        o.extend_from_slice(&self.signer_public);
        let mut flags = 0u8;
        if self.write_secret.is_some() {
            flags |= 1;
        }
        if self.feedback_seed.is_some() {
            flags |= 2;
        }
        o.push(flags);
        if let Some(w) = &self.write_secret {
            o.extend_from_slice(w);
        }
        if let Some(s) = &self.feedback_seed {
            o.extend_from_slice(s);
        }
        o.push(self.keys.len().min(255) as u8);
        for (e, k) in self.keys.iter().take(255) {
            o.extend_from_slice(&e.to_be_bytes());
            o.extend_from_slice(k);
        }
        put_members(&mut o, &self.members);
        put_str(&mut o, &self.relay_url);
        put_str(&mut o, &self.from_name);
        put_views(&mut o, &self.members);
        o
    }

    pub fn decode(b: &[u8]) -> Result<Self> {
        let mut r = R(b);
        match r.u8()? {
            BUNDLE_VERSION => {}
            v if v < BUNDLE_VERSION => {
                return Err(Error::Code(
                    "this share code comes from an older app version and is not signed; ask \
                     for a new code"
                        .into(),
                ));
            }
            _ => return Err(Error::Code("share bundle from a newer app version".into())),
        }
        let role = match r.u8()? {
            1 => ShareRole::Device,
            2 => ShareRole::Mentor,
            _ => return Err(Error::Code("unknown share role".into())),
        };
        let mut portfolio = [0u8; 16];
        portfolio.copy_from_slice(r.take(16)?);
        let relay_doc = r.a32()?;
        let read_token = r.a32()?;
        let signer_public = r.a32()?;
        let flags = r.u8()?;
        let write_secret = if flags & 1 != 0 { Some(r.a32()?) } else { None };
        let feedback_seed = if flags & 2 != 0 { Some(r.a32()?) } else { None };
        let n = r.u8()?;
        let mut keys = vec![];
        for _ in 0..n {
            let e = r.take(4)?;
            let e = u32::from_be_bytes([e[0], e[1], e[2], e[3]]);
            keys.push((e, r.a32()?));
        }
        let mut members = take_members(&mut r)?;
        let relay_url = r.string()?;
        let from_name = r.string()?;
        take_views(&mut r, &mut members)?;
        Ok(Bundle {
            role,
            portfolio,
            relay_doc,
            read_token,
            signer_public,
            write_secret,
            keys,
            feedback_seed,
            members,
            relay_url,
            from_name,
        })
    }
}

/// Bundle format version. 2: signed by the maker's device and the write authority (version 1
/// codes were anonymous sealed boxes and are refused).
const BUNDLE_VERSION: u8 = 2;
const SIGNED_TAIL: usize = 32 + 32 + 64 + 64;

/// A bundle opened from a share code, with who vouched for it (both signatures checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBundle {
    pub bundle: Bundle,
    /// Ed25519 device key of the device that made the code.
    pub maker: [u8; 32],
    /// The document's write authority (public key) that signed the code: the owner's
    /// authority over the portfolio, which a mentor or a stranger does not hold.
    pub authority: [u8; 32],
}

fn share_message(
    recipient: &[u8; 32],
    maker: &[u8; 32],
    authority: &[u8; 32],
    b: &[u8],
) -> Vec<u8> {
    let mut m = b"mosaic-sync/v1/share\0".to_vec();
    m.extend_from_slice(recipient);
    m.extend_from_slice(maker);
    m.extend_from_slice(authority);
    m.extend_from_slice(&Sha256::digest(b));
    m
}

impl Bundle {
    /// Encodes, signs (by the maker's device key and by the write authority, over the bundle,
    /// both public keys and the recipient) and seals the bundle to `recipient_x25519`.
    pub fn seal_signed(
        &self,
        maker: &DeviceKeys,
        authority_secret: &[u8; 32],
        recipient_x25519: &[u8; 32],
    ) -> Result<Vec<u8>> {
        let mut plain = self.encode();
        let maker_pub = maker.ed25519_public();
        let authority = crypto::ed25519_public_of(authority_secret);
        let msg = share_message(recipient_x25519, &maker_pub, &authority, &plain);
        let dev_sig = crypto::sign(maker.ed25519_secret(), &msg);
        let auth_sig = crypto::sign(authority_secret, &msg);
        plain.extend_from_slice(&maker_pub);
        plain.extend_from_slice(&authority);
        plain.extend_from_slice(&dev_sig);
        plain.extend_from_slice(&auth_sig);
        crypto::seal_to(recipient_x25519, &plain)
    }

    /// Reads what [`Bundle::seal_signed`] sealed (already unsealed by the recipient) and checks
    /// both signatures. Whether the authority is the right one for a portfolio this device
    /// already has is for the caller to check.
    pub fn open_signed(plain: &[u8], recipient_x25519: &[u8; 32]) -> Result<SignedBundle> {
        if plain.first().is_some_and(|v| *v < BUNDLE_VERSION) {
            // An old anonymous code: let decode say so in plain words.
            Bundle::decode(plain)?;
        }
        if plain.len() < SIGNED_TAIL {
            return Err(Error::Code(
                "the share code is not signed; ask for a new code".into(),
            ));
        }
        let (body, tail) = plain.split_at(plain.len() - SIGNED_TAIL);
        let a32 = |b: &[u8]| -> [u8; 32] {
            let mut a = [0u8; 32];
            a.copy_from_slice(b);
            a
        };
        let a64 = |b: &[u8]| -> [u8; 64] {
            let mut a = [0u8; 64];
            a.copy_from_slice(b);
            a
        };
        let (maker, authority) = (a32(&tail[..32]), a32(&tail[32..64]));
        let msg = share_message(recipient_x25519, &maker, &authority, body);
        if !crypto::verify(&maker, &msg, &a64(&tail[64..128]))
            || !crypto::verify(&authority, &msg, &a64(&tail[128..]))
        {
            return Err(Error::Code(
                "the share code is not signed by the device and owner keys it names; it was \
                 refused"
                    .into(),
            ));
        }
        let bundle = Bundle::decode(body)?;
        if let Some(ws) = &bundle.write_secret
            && crypto::ed25519_public_of(ws) != authority
        {
            return Err(Error::Code(
                "the share code is not signed by the write authority it hands over; it was \
                 refused"
                    .into(),
            ));
        }
        Ok(SignedBundle {
            bundle,
            maker,
            authority,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_code_round_trip_and_corruption() -> Result<()> {
        let c = Code::Device(DeviceCode {
            x25519: [1; 32],
            ed25519: [2; 32],
            name: "Amal أمل".into(),
        });
        let s = c.encode();
        assert!(s.starts_with(PREFIX));
        assert!(
            s.chars()
                .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == ':'),
            "QR alphanumeric"
        );
        assert_eq!(Code::decode(&s)?, c);
        assert_eq!(Code::decode(&format!("  {} ", s.to_lowercase()))?, c);
        // One changed character is caught by the checksum.
        let mut chars: Vec<char> = s.chars().collect();
        let i = PREFIX.len() + 20;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let bad: String = chars.into_iter().collect();
        let msg = Code::decode(&bad)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(msg.contains("damaged"), "{msg}");
        // Cut off, wrong prefix, junk characters.
        assert!(Code::decode(&s[..s.len() - 10]).is_err());
        let msg = Code::decode("hello")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(msg.contains("not a Mosaic code"), "{msg}");
        let msg = Code::decode("MOSAIC1:!!!!")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(msg.contains("characters"), "{msg}");
        Ok(())
    }

    #[test]
    fn share_bundle_round_trip() -> Result<()> {
        let b = Bundle {
            role: ShareRole::Device,
            portfolio: [3; 16],
            relay_doc: [4; 32],
            read_token: [5; 32],
            signer_public: [6; 32],
            write_secret: Some([7; 32]),
            keys: vec![(0, [8; 32]), (1, [9; 32])],
            feedback_seed: None,
            members: vec![
                MemberRecord {
                    x25519: [1; 32],
                    ed25519: [2; 32],
                    name: "Teacher".into(),
                    read_token_hash: [3; 32],
                    feedback_seed: [4; 32],
                    revoked: false,
                    device: false,
                    view_seed: [8; 32],
                    sections: 0b101,
                    view_gen: 2,
                },
                MemberRecord {
                    x25519: [5; 32],
                    ed25519: [6; 32],
                    name: "Amal laptop".into(),
                    read_token_hash: [7; 32],
                    feedback_seed: [0; 32],
                    revoked: true,
                    device: true,
                    ..Default::default()
                },
            ],
            relay_url: "https://relay.example".into(),
            from_name: "Amal".into(),
        };
        assert_eq!(Bundle::decode(&b.encode())?, b);
        // The roster keeps each mentor's view; a list from before views reads with none.
        assert_eq!(decode_members(&encode_members(&b.members))?, b.members);
        let mut old = vec![];
        put_members(&mut old, &b.members);
        let read = decode_members(&old)?;
        assert_eq!(read[0].view_seed, [0; 32]);
        assert_eq!(read[0].name, "Teacher");
        let enc = b.encode();
        for cut in 0..enc.len() {
            let _ = Bundle::decode(&enc[..cut]);
        }
        let code = Code::Share(ShareCode {
            recipient: [1; 8],
            sealed: vec![9; 100],
        });
        assert_eq!(Code::decode(&code.encode())?, code);
        Ok(())
    }
}
