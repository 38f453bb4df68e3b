//! Keys and the sealed envelope format. RustCrypto crates only; nothing home-made:
//!
//! - payloads: XChaCha20-Poly1305 (`chacha20poly1305`) under a per-(document, epoch) key, with
//!   associated data binding the relay document id, the envelope kind, the epoch and the sender
//!   device id;
//! - envelopes: Ed25519 (`ed25519-dalek`) signature by the document's write authority over every
//!   byte (header, key grants, ciphertext) and the document id;
//! - key wrapping to a device: libsodium-compatible sealed boxes (`crypto_box`, X25519 +
//!   XSalsa20-Poly1305) to the device's X25519 key (`x25519-dalek`);
//! - derived keys: HKDF-SHA-256 (`hkdf`).

use chacha20poly1305::aead::{Aead, KeyInit, OsRng, Payload, rand_core::RngCore};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use hkdf::Hkdf;
use mosaic_relay::wire::DocId;
use sha2::{Digest, Sha256};
use zeroize::Zeroize;

use crate::error::{Error, Result};

/// Envelope format version.
/// Version 2 pads every payload to a size bucket ([`padded_len`]); version 1 (older logs)
/// did not, and is still read.
pub const ENVELOPE_VERSION: u8 = 2;
const UNPADDED_VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const SIG_LEN: usize = 64;
/// Length of a device's sender id inside envelopes.
pub const SENDER_LEN: usize = 16;
/// Recipient tag of the grant that every owner device can open.
pub const OWNER_TAG: [u8; 8] = *b"owner\0\0\0";

/// 32 random bytes from the operating system.
pub fn random32() -> [u8; 32] {
    let mut b = [0u8; 32];
    OsRng.fill_bytes(&mut b);
    b
}

/// HKDF-SHA-256 of `ikm` for `info` (32 bytes).
pub fn derive(ikm: &[u8], info: &str) -> [u8; 32] {
    let hk = Hkdf::<Sha256>::new(Some(b"mosaic-sync/v1"), ikm);
    let mut out = [0u8; 32];
    // 32 bytes is always a valid HKDF-SHA-256 output length.
    if hk.expand(info.as_bytes(), &mut out).is_err() {
        out = Sha256::digest(ikm).into();
    }
    out
}

/// A symmetric document key for one epoch.
#[derive(Clone)]
pub struct DocKey {
    pub epoch: u32,
    key: [u8; 32],
}

impl Drop for DocKey {
    fn drop(&mut self) {
        self.key.zeroize();
    }
}

impl std::fmt::Debug for DocKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DocKey(epoch {})", self.epoch)
    }
}

impl DocKey {
    pub fn generate(epoch: u32) -> Self {
        DocKey {
            epoch,
            key: random32(),
        }
    }
    pub fn from_bytes(epoch: u32, key: [u8; 32]) -> Self {
        DocKey { epoch, key }
    }
    pub fn bytes(&self) -> &[u8; 32] {
        &self.key
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new((&self.key).into())
    }

    /// Encrypts with a fresh random 24-byte nonce; returns `nonce || ciphertext`.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let ct = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| Error::Crypto("encryption failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(out)
    }

    /// Opens what [`DocKey::seal`] produced with the same associated data.
    pub fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        if sealed.len() < NONCE_LEN + 16 {
            return Err(Error::Tampered("ciphertext too short".into()));
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        self.cipher()
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .map_err(|_| {
                Error::Tampered(
                    "decryption failed: wrong key, or the data or its context (document, epoch, \
                     sender) was altered"
                        .into(),
                )
            })
    }
}

/// Associated data of an envelope payload.
pub fn payload_aad(doc: &DocId, kind: u8, epoch: u32, sender: &[u8; SENDER_LEN]) -> Vec<u8> {
    let mut a = b"mosaic-sync/v1/payload\0".to_vec();
    a.extend_from_slice(&doc.0);
    a.push(kind);
    a.extend_from_slice(&epoch.to_be_bytes());
    a.extend_from_slice(sender);
    a
}

/// Associated data of an attachment blob.
pub fn blob_aad(doc: &DocId, epoch: u32, plain_sha256: &str) -> Vec<u8> {
    let mut a = b"mosaic-sync/v1/blob\0".to_vec();
    a.extend_from_slice(&doc.0);
    a.extend_from_slice(&epoch.to_be_bytes());
    a.extend_from_slice(plain_sha256.as_bytes());
    a
}

/// This device's long-term keys. On a phone the two secrets belong in the OS keystore
/// (Android Keystore / iOS Keychain, wrapping the SQLite row); here they live in `sync_device`.
pub struct DeviceKeys {
    x25519: [u8; 32],
    ed25519: [u8; 32],
}

impl Drop for DeviceKeys {
    fn drop(&mut self) {
        self.x25519.zeroize();
        self.ed25519.zeroize();
    }
}

impl DeviceKeys {
    pub fn generate() -> Self {
        DeviceKeys {
            x25519: random32(),
            ed25519: random32(),
        }
    }
    pub fn from_secrets(x25519: [u8; 32], ed25519: [u8; 32]) -> Self {
        DeviceKeys { x25519, ed25519 }
    }
    pub fn x25519_secret(&self) -> &[u8; 32] {
        &self.x25519
    }
    pub fn ed25519_secret(&self) -> &[u8; 32] {
        &self.ed25519
    }
    pub fn x25519_public(&self) -> [u8; 32] {
        x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(self.x25519)).to_bytes()
    }
    pub fn ed25519_public(&self) -> [u8; 32] {
        SigningKey::from_bytes(&self.ed25519)
            .verifying_key()
            .to_bytes()
    }
    /// The id written into envelopes this device sent before ids were per document (older
    /// logs still hold it).
    pub fn sender_id(&self) -> [u8; SENDER_LEN] {
        sender_id_of(&self.ed25519_public())
    }
    /// The id written into the envelopes this device sends to `doc`: different in every
    /// document, so the relay cannot tell that two documents are written by one device.
    pub fn sender_id_for(&self, doc: &DocId) -> [u8; SENDER_LEN] {
        let mut h = Sha256::new();
        h.update(b"mosaic-sync/v2/sender\0");
        h.update(doc.0);
        h.update(self.ed25519_public());
        let h = h.finalize();
        let mut id = [0u8; SENDER_LEN];
        id.copy_from_slice(&h[..SENDER_LEN]);
        id
    }
    /// Opens a sealed box addressed to this device.
    pub fn unseal(&self, sealed: &[u8]) -> Result<Vec<u8>> {
        crypto_box::SecretKey::from(self.x25519)
            .unseal(sealed)
            .map_err(|_| {
                Error::Crypto("this was not sealed for this device, or was altered".into())
            })
    }
}

pub fn sender_id_of(ed25519_public: &[u8; 32]) -> [u8; SENDER_LEN] {
    let h = Sha256::digest(ed25519_public);
    let mut id = [0u8; SENDER_LEN];
    id.copy_from_slice(&h[..SENDER_LEN]);
    id
}

/// Ed25519 signature of `msg` by `secret` (a device key or a write authority).
pub fn sign(secret: &[u8; 32], msg: &[u8]) -> [u8; SIG_LEN] {
    SigningKey::from_bytes(secret).sign(msg).to_bytes()
}

/// The Ed25519 public key of `secret`.
pub fn ed25519_public_of(secret: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(secret).verifying_key().to_bytes()
}

/// Checks an Ed25519 signature (strict: no malleable encodings).
pub fn verify(public: &[u8; 32], msg: &[u8], sig: &[u8; SIG_LEN]) -> bool {
    VerifyingKey::from_bytes(public)
        .and_then(|vk| vk.verify_strict(msg, &Signature::from_bytes(sig)))
        .is_ok()
}

/// Short tag naming a device's X25519 key (recipient of a grant or a share code).
pub fn x25519_tag(public: &[u8; 32]) -> [u8; 8] {
    let h = Sha256::digest(public);
    let mut t = [0u8; 8];
    t.copy_from_slice(&h[..8]);
    t
}

/// Tag naming a member's X25519 key in the grants of one document. It differs from one
/// document to the next, so the relay cannot see that two portfolios share a mentor.
pub fn grant_tag(doc: &DocId, public: &[u8; 32]) -> [u8; 8] {
    tag8(b"mosaic-sync/v2/grant\0", doc, public)
}

fn tag8(domain: &[u8], doc: &DocId, public: &[u8; 32]) -> [u8; 8] {
    let mut h = Sha256::new();
    h.update(domain);
    h.update(doc.0);
    h.update(public);
    let h = h.finalize();
    let mut t = [0u8; 8];
    t.copy_from_slice(&h[..8]);
    t
}

/// Seals `plaintext` to an X25519 public key (anonymous sender).
pub fn seal_to(public: &[u8; 32], plaintext: &[u8]) -> Result<Vec<u8>> {
    crypto_box::PublicKey::from(*public)
        .seal(&mut OsRng, plaintext)
        .map_err(|_| Error::Crypto("sealing failed".into()))
}

/// The key every owner device derives from the write authority to open owner grants.
pub fn owner_wrap_key(write_secret: &[u8; 32]) -> DocKey {
    DocKey::from_bytes(0, derive(write_secret, "owner-wrap"))
}

/// An epoch key wrapped for one recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    pub recipient: [u8; 8],
    pub sealed: Vec<u8>,
}

fn grant_plain(key: &DocKey) -> Vec<u8> {
    let mut p = key.epoch.to_be_bytes().to_vec();
    p.extend_from_slice(key.bytes());
    p
}

fn grant_aad(doc: &DocId) -> Vec<u8> {
    let mut a = b"mosaic-sync/v1/grant\0".to_vec();
    a.extend_from_slice(&doc.0);
    a
}

/// Wraps `key` for the owner's devices (via the write authority).
pub fn grant_owner(doc: &DocId, write_secret: &[u8; 32], key: &DocKey) -> Result<Grant> {
    Ok(Grant {
        recipient: OWNER_TAG,
        sealed: owner_wrap_key(write_secret).seal(&grant_plain(key), &grant_aad(doc))?,
    })
}

/// Wraps `key` for a device's X25519 key.
pub fn grant_device(doc: &DocId, x25519_public: &[u8; 32], key: &DocKey) -> Result<Grant> {
    let mut p = grant_plain(key);
    p.extend_from_slice(&doc.0);
    Ok(Grant {
        recipient: grant_tag(doc, x25519_public),
        sealed: seal_to(x25519_public, &p)?,
    })
}

fn parse_grant_plain(p: &[u8]) -> Result<DocKey> {
    if p.len() < 36 {
        return Err(Error::Tampered("key grant too short".into()));
    }
    let epoch = u32::from_be_bytes([p[0], p[1], p[2], p[3]]);
    let mut k = [0u8; 32];
    k.copy_from_slice(&p[4..36]);
    Ok(DocKey::from_bytes(epoch, k))
}

/// Recipient tag of a write-authority hand-over (`old public | new public | signature by the
/// old key`): lets a reader that knows an older signer verify envelopes signed by the new one.
pub const SIGNER_TAG: [u8; 8] = *b"signer\0\0";

fn handover_message(doc: &DocId, old: &[u8; 32], new: &[u8; 32]) -> Vec<u8> {
    let mut m = b"mosaic-sync/v1/signer\0".to_vec();
    m.extend_from_slice(&doc.0);
    m.extend_from_slice(old);
    m.extend_from_slice(new);
    m
}

/// The old write authority (`old_secret`) signs over to `new_public` (Ed25519).
pub fn signer_handover(doc: &DocId, old_secret: &[u8; 32], new_public: &[u8; 32]) -> Grant {
    let key = SigningKey::from_bytes(old_secret);
    let old = key.verifying_key().to_bytes();
    let sig = key.sign(&handover_message(doc, &old, new_public));
    let mut sealed = old.to_vec();
    sealed.extend_from_slice(new_public);
    sealed.extend_from_slice(&sig.to_bytes());
    Grant {
        recipient: SIGNER_TAG,
        sealed,
    }
}

/// The old and new keys a [`signer_handover`] grant names (its signature unchecked), or `None`
/// for any other grant. The one place that reads the hand-over's layout.
pub fn handover_keys(g: &Grant) -> Option<([u8; 32], [u8; 32])> {
    if g.recipient != SIGNER_TAG || g.sealed.len() != 32 + 32 + SIG_LEN {
        return None;
    }
    let old = g.sealed[..32].try_into().ok()?;
    let new = g.sealed[32..64].try_into().ok()?;
    Some((old, new))
}

/// Follows the hand-overs in `grants` (in order) from `signer`: each one whose old key is the
/// current signer must carry a valid signature by it. Returns the last signer reached.
pub fn follow_handovers(doc: &DocId, grants: &[Grant], signer: &[u8; 32]) -> Result<[u8; 32]> {
    let mut cur = *signer;
    for g in grants {
        let Some((old, new)) = handover_keys(g).filter(|(old, _)| *old == cur) else {
            continue;
        };
        let mut s = [0u8; SIG_LEN];
        s.copy_from_slice(&g.sealed[64..]);
        let vk = VerifyingKey::from_bytes(&cur)
            .map_err(|_| Error::Crypto("stored signer key is invalid".into()))?;
        vk.verify_strict(
            &handover_message(doc, &old, &new),
            &Signature::from_bytes(&s),
        )
        .map_err(|_| Error::Tampered("write authority hand-over does not verify".into()))?;
        cur = new;
    }
    Ok(cur)
}

/// Tag of a sealed hand-over in `doc` (see [`sealed_handover`]): the same in every envelope of
/// one document, different in every document.
fn sealed_signer_tag(doc: &DocId) -> [u8; 8] {
    tag8(b"mosaic-sync/v2/sealed-signer\0", doc, &[0; 32])
}

fn sealed_handover_aad(doc: &DocId) -> Vec<u8> {
    let mut aad = b"mosaic-sync/v2/sealed-signer\0".to_vec();
    aad.extend_from_slice(&doc.0);
    aad
}

/// A hand-over from `old_secret` to `new_public` like [`signer_handover`], but encrypted under
/// the document key, so the relay never sees the old key. A mentor writes each feedback
/// document with a key of its own and carries this in every envelope: readers who know the
/// mentor's device key follow it, and the relay cannot tell that two feedback documents come
/// from one mentor.
pub fn sealed_handover(
    doc: &DocId,
    key: &DocKey,
    old_secret: &[u8; 32],
    new_public: &[u8; 32],
) -> Result<Grant> {
    let plain = signer_handover(doc, old_secret, new_public).sealed;
    Ok(Grant {
        recipient: sealed_signer_tag(doc),
        sealed: key.seal(&plain, &sealed_handover_aad(doc))?,
    })
}

/// Opens an envelope written under a sealed hand-over from `signer_public` (see
/// [`sealed_handover`]), with the key of the envelope's epoch. Returns the envelope and the
/// key it was signed with.
pub fn open_envelope_sealed_handover(
    doc: &DocId,
    bytes: &[u8],
    signer_public: &[u8; 32],
    key_for_epoch: impl FnOnce(u32) -> Result<Option<DocKey>>,
) -> Result<(Envelope, [u8; 32])> {
    let env = parse_envelope(bytes)?;
    let key = key_for_epoch(env.epoch)?
        .ok_or_else(|| Error::Tampered("envelope signed by an unknown key".into()))?;
    let tag = sealed_signer_tag(doc);
    for g in env.grants.iter().filter(|g| g.recipient == tag) {
        let Ok(plain) = key.open(&g.sealed, &sealed_handover_aad(doc)) else {
            continue;
        };
        let opened = Grant {
            recipient: SIGNER_TAG,
            sealed: plain,
        };
        let signer = follow_handovers(doc, std::slice::from_ref(&opened), signer_public)?;
        if signer != *signer_public && verify_envelope(doc, bytes, &signer).is_ok() {
            return Ok((env, signer));
        }
    }
    Err(Error::Tampered(
        "envelope signature does not verify under the document's signer".into(),
    ))
}

/// Tag of the grant carrying the write authority to one of the owner's devices, in `doc`.
pub fn authority_tag(doc: &DocId, x25519_public: &[u8; 32]) -> [u8; 8] {
    tag8(b"mosaic-sync/v2/authority\0", doc, x25519_public)
}

/// The same tag as older versions wrote it: the same in every document.
fn legacy_authority_tag(x25519_public: &[u8; 32]) -> [u8; 8] {
    let mut h = Sha256::new();
    h.update(b"mosaic-sync/v1/authority\0");
    h.update(x25519_public);
    let h = h.finalize();
    let mut t = [0u8; 8];
    t.copy_from_slice(&h[..8]);
    t
}

/// Wraps the write authority (`write_secret`) for one owner device (sealed box to its X25519
/// key), bound to the document.
pub fn grant_authority(
    doc: &DocId,
    x25519_public: &[u8; 32],
    write_secret: &[u8; 32],
) -> Result<Grant> {
    let mut p = doc.0.to_vec();
    p.extend_from_slice(write_secret);
    Ok(Grant {
        recipient: authority_tag(doc, x25519_public),
        sealed: seal_to(x25519_public, &p)?,
    })
}

/// Opens the write-authority grant meant for this device, if any.
pub fn open_authority(
    doc: &DocId,
    grants: &[Grant],
    device: &DeviceKeys,
) -> Result<Option<[u8; 32]>> {
    let tags = [
        authority_tag(doc, &device.x25519_public()),
        legacy_authority_tag(&device.x25519_public()),
    ];
    let Some(g) = grants.iter().find(|g| tags.contains(&g.recipient)) else {
        return Ok(None);
    };
    let mut p = device.unseal(&g.sealed)?;
    if p.len() != 64 || p[..32] != doc.0 {
        p.zeroize();
        return Err(Error::Tampered(
            "authority grant for another document".into(),
        ));
    }
    let mut ws = [0u8; 32];
    ws.copy_from_slice(&p[32..]);
    p.zeroize();
    Ok(Some(ws))
}

/// Opens the grants meant for this device: the owner grant if `write_secret` is known, or the
/// one sealed to this device's X25519 key.
pub fn open_grants(
    doc: &DocId,
    grants: &[Grant],
    device: &DeviceKeys,
    write_secret: Option<&[u8; 32]>,
) -> Result<Option<DocKey>> {
    // Grants name this device by its per-document tag (older logs: by its key's tag).
    let my_tags = [
        grant_tag(doc, &device.x25519_public()),
        x25519_tag(&device.x25519_public()),
    ];
    for g in grants {
        if g.recipient == OWNER_TAG {
            if let Some(ws) = write_secret {
                let p = owner_wrap_key(ws).open(&g.sealed, &grant_aad(doc))?;
                return parse_grant_plain(&p).map(Some);
            }
        } else if my_tags.contains(&g.recipient) {
            let p = device.unseal(&g.sealed)?;
            if p.len() != 36 + 32 || p[36..] != doc.0 {
                return Err(Error::Tampered("key grant for another document".into()));
            }
            return parse_grant_plain(&p).map(Some);
        }
    }
    Ok(None)
}

/// Where an envelope sits in its sender's chain (inside the encrypted payload of version 2):
/// its number among the log entries that device sent to this document (from 1), and the
/// SHA-256 of the one before (zeros for the first). `counter` 0 marks an envelope outside the
/// chain (snapshots, which are not log entries, and a move notice left on the old relay).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ChainLink {
    pub counter: u64,
    pub prev: [u8; 32],
}

impl ChainLink {
    pub const NONE: ChainLink = ChainLink {
        counter: 0,
        prev: [0; 32],
    };
    /// Bytes a link adds to every payload.
    pub const LEN: usize = 40;

    fn encode(&self) -> [u8; Self::LEN] {
        let mut b = [0u8; Self::LEN];
        b[..8].copy_from_slice(&self.counter.to_be_bytes());
        b[8..].copy_from_slice(&self.prev);
        b
    }
}

/// SHA-256 of a whole envelope: what the next link of its sender's chain names.
pub fn envelope_hash(env: &[u8]) -> [u8; 32] {
    Sha256::digest(env).into()
}

/// What an envelope carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    /// A batch of raw Automerge changes.
    Changes = 1,
    /// A full `save()` of the document.
    Snapshot = 2,
    /// Plaintext-sha256 -> blob address map for attachments (JSON).
    BlobIndex = 3,
    /// Only key grants (a new epoch after a revocation).
    Rotation = 4,
    /// The mentor list, for the owner's other devices; sealed a second time under the
    /// owner-only key, so mentors (who hold the document key) cannot read it.
    Roster = 5,
    /// The document moved to another relay: the new address (UTF-8). Signed by the write
    /// authority like every envelope, so neither the relay nor a mentor can send members
    /// elsewhere.
    Moved = 6,
}

impl Kind {
    fn from_u8(b: u8) -> Result<Self> {
        Ok(match b {
            1 => Kind::Changes,
            2 => Kind::Snapshot,
            3 => Kind::BlobIndex,
            4 => Kind::Rotation,
            5 => Kind::Roster,
            6 => Kind::Moved,
            _ => return Err(Error::Tampered(format!("unknown envelope kind {b}"))),
        })
    }
}

/// A decoded, signature-checked envelope (payload still encrypted).
#[derive(Debug)]
pub struct Envelope {
    /// The payload is padded (version 2).
    pub padded: bool,
    pub kind: Kind,
    pub epoch: u32,
    pub sender: [u8; SENDER_LEN],
    pub grants: Vec<Grant>,
    pub sealed: Vec<u8>,
}

fn sig_message(doc: &DocId, body: &[u8]) -> Vec<u8> {
    let mut m = b"mosaic-sync/v1/envelope\0".to_vec();
    m.extend_from_slice(&doc.0);
    m.extend_from_slice(&Sha256::digest(body));
    m
}

/// Builds an envelope: `version u8 | kind u8 | epoch u32 | sender 16 | grant count u8 |
/// (tag 8 | len u16 | sealed)* | len u32 | nonce+ciphertext | Ed25519 signature 64`.
pub fn seal_envelope(
    doc: &DocId,
    kind: Kind,
    key: &DocKey,
    sender: &[u8; SENDER_LEN],
    grants: &[Grant],
    (link, plaintext): (ChainLink, &[u8]),
    signer_secret: &[u8; 32],
) -> Result<Vec<u8>> {
    let mut linked = Vec::with_capacity(ChainLink::LEN + plaintext.len());
    linked.extend_from_slice(&link.encode());
    linked.extend_from_slice(plaintext);
    let padded = pad(&linked)?;
    let head = (ENVELOPE_VERSION, kind, key, sender);
    seal_envelope_as(doc, head, grants, &padded, signer_secret)
}

type Head<'a> = (u8, Kind, &'a DocKey, &'a [u8; SENDER_LEN]);

fn seal_envelope_as(
    doc: &DocId,
    (version, kind, key, sender): Head<'_>,
    grants: &[Grant],
    payload: &[u8],
    signer_secret: &[u8; 32],
) -> Result<Vec<u8>> {
    let sealed = key.seal(payload, &payload_aad(doc, kind as u8, key.epoch, sender))?;
    let mut out = Vec::with_capacity(sealed.len() + 120);
    out.push(version);
    out.push(kind as u8);
    out.extend_from_slice(&key.epoch.to_be_bytes());
    out.extend_from_slice(sender);
    let n = u8::try_from(grants.len()).map_err(|_| Error::Crypto("too many grants".into()))?;
    out.push(n);
    for g in grants {
        out.extend_from_slice(&g.recipient);
        let len = u16::try_from(g.sealed.len()).map_err(|_| Error::Crypto("grant".into()))?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&g.sealed);
    }
    let len = u32::try_from(sealed.len()).map_err(|_| Error::Crypto("payload too large".into()))?;
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&sealed);
    let sig = SigningKey::from_bytes(signer_secret).sign(&sig_message(doc, &out));
    out.extend_from_slice(&sig.to_bytes());
    Ok(out)
}

const PAD_MIN: usize = 512;
const PAD_STEP: usize = 64 * 1024;
/// Beyond this a payload keeps its exact size, so padding never pushes an envelope over the
/// relay's 4 MiB body limit.
const PAD_MAX: usize = 3 * 1024 * 1024;

/// The size a payload of `n` bytes is padded to (with its 4-byte length): a power of two from
/// 512 B to 64 KiB, then a multiple of 64 KiB. A relay sees the bucket, not the edit.
pub fn padded_len(n: usize) -> usize {
    let n = n + 4;
    if n <= PAD_STEP {
        n.next_power_of_two().max(PAD_MIN)
    } else if n <= PAD_MAX {
        n.div_ceil(PAD_STEP) * PAD_STEP
    } else {
        n
    }
}

/// `len u32 | payload | zeros`, [`padded_len`] bytes in all.
pub(crate) fn pad(plain: &[u8]) -> Result<Vec<u8>> {
    let len = u32::try_from(plain.len()).map_err(|_| Error::Crypto("payload too large".into()))?;
    let mut out = Vec::with_capacity(padded_len(plain.len()));
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(plain);
    out.resize(padded_len(plain.len()), 0);
    Ok(out)
}

pub(crate) fn unpad(mut padded: Vec<u8>) -> Result<Vec<u8>> {
    let bad = || Error::Tampered("payload padding is malformed".into());
    let head: [u8; 4] = padded
        .get(..4)
        .and_then(|h| h.try_into().ok())
        .ok_or_else(bad)?;
    let len = u32::from_be_bytes(head) as usize;
    if padded.len() < 4 + len {
        return Err(bad());
    }
    padded.truncate(4 + len);
    padded.drain(..4);
    Ok(padded)
}

struct Reader<'a>(&'a [u8]);
impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.0.len() < n {
            return Err(Error::Tampered("envelope truncated".into()));
        }
        let (h, t) = self.0.split_at(n);
        self.0 = t;
        Ok(h)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }
}

fn verify_envelope(doc: &DocId, bytes: &[u8], signer_public: &[u8; 32]) -> Result<()> {
    if bytes.len() < SIG_LEN + 2 {
        return Err(Error::Tampered("envelope too short".into()));
    }
    let (body, sig) = bytes.split_at(bytes.len() - SIG_LEN);
    let vk = VerifyingKey::from_bytes(signer_public)
        .map_err(|_| Error::Crypto("stored signer key is invalid".into()))?;
    let mut s = [0u8; SIG_LEN];
    s.copy_from_slice(sig);
    vk.verify_strict(&sig_message(doc, body), &Signature::from_bytes(&s))
        .map_err(|_| {
            Error::Tampered(
                "signature does not verify: not written by this document's owner, or altered"
                    .into(),
            )
        })
}

/// Checks the signature against the document's signer key, then decodes the header.
pub fn open_envelope(doc: &DocId, bytes: &[u8], signer_public: &[u8; 32]) -> Result<Envelope> {
    verify_envelope(doc, bytes, signer_public)?;
    parse_envelope(bytes)
}

/// Like [`open_envelope`], but the envelope may be signed by a later write authority that
/// `signer_public` handed over to (hand-over grants carried in the envelope, see
/// [`signer_handover`]). Returns the envelope and the signer that verified it.
pub fn open_envelope_chain(
    doc: &DocId,
    bytes: &[u8],
    signer_public: &[u8; 32],
) -> Result<(Envelope, [u8; 32])> {
    if verify_envelope(doc, bytes, signer_public).is_ok() {
        return Ok((parse_envelope(bytes)?, *signer_public));
    }
    // Not the known signer: only hand-overs inside this (still unverified) envelope can make
    // it acceptable, and then its signature must verify under the key they lead to.
    let env = parse_envelope(bytes)?;
    let signer = follow_handovers(doc, &env.grants, signer_public)?;
    verify_envelope(doc, bytes, &signer)?;
    Ok((env, signer))
}

/// What the relay can read of an envelope without any key: its header (kind, epoch, sender,
/// grant tags) and sizes. Nothing here is verified; tests use it to check what leaks.
pub fn relay_view(bytes: &[u8]) -> Result<Envelope> {
    parse_envelope(bytes)
}

fn parse_envelope(bytes: &[u8]) -> Result<Envelope> {
    if bytes.len() < SIG_LEN + 2 {
        return Err(Error::Tampered("envelope too short".into()));
    }
    let (body, _) = bytes.split_at(bytes.len() - SIG_LEN);
    let mut r = Reader(body);
    let version = r.u8()?;
    if version != ENVELOPE_VERSION && version != UNPADDED_VERSION {
        return Err(Error::Tampered("unknown envelope version".into()));
    }
    let kind = Kind::from_u8(r.u8()?)?;
    let epoch = r.u32()?;
    let mut sender = [0u8; SENDER_LEN];
    sender.copy_from_slice(r.take(SENDER_LEN)?);
    let n = r.u8()?;
    let mut grants = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let mut recipient = [0u8; 8];
        recipient.copy_from_slice(r.take(8)?);
        let len = r.u16()? as usize;
        grants.push(Grant {
            recipient,
            sealed: r.take(len)?.to_vec(),
        });
    }
    let len = r.u32()? as usize;
    let sealed = r.take(len)?.to_vec();
    if !r.0.is_empty() {
        return Err(Error::Tampered("trailing bytes in envelope".into()));
    }
    Ok(Envelope {
        padded: version == ENVELOPE_VERSION,
        kind,
        epoch,
        sender,
        grants,
        sealed,
    })
}

impl Envelope {
    /// Decrypts the payload with the key of its epoch.
    pub fn decrypt(&self, doc: &DocId, key: &DocKey) -> Result<Vec<u8>> {
        self.open_linked(doc, key).map(|(_, payload)| payload)
    }

    /// The payload and its place in the sender's chain ([`ChainLink::NONE`] for version 1).
    pub fn open_linked(&self, doc: &DocId, key: &DocKey) -> Result<(ChainLink, Vec<u8>)> {
        let plain = self.open_raw(doc, key)?;
        if !self.padded {
            return Ok((ChainLink::NONE, plain));
        }
        if plain.len() < ChainLink::LEN {
            return Err(Error::Tampered(
                "payload too short for its chain link".into(),
            ));
        }
        let mut counter = [0u8; 8];
        counter.copy_from_slice(&plain[..8]);
        let mut prev = [0u8; 32];
        prev.copy_from_slice(&plain[8..ChainLink::LEN]);
        let link = ChainLink {
            counter: u64::from_be_bytes(counter),
            prev,
        };
        Ok((link, plain[ChainLink::LEN..].to_vec()))
    }

    fn open_raw(&self, doc: &DocId, key: &DocKey) -> Result<Vec<u8>> {
        if key.epoch != self.epoch {
            return Err(Error::Crypto(format!(
                "no key for epoch {} (have {})",
                self.epoch, key.epoch
            )));
        }
        let plain = key.open(
            &self.sealed,
            &payload_aad(doc, self.kind as u8, self.epoch, &self.sender),
        )?;
        if self.padded { unpad(plain) } else { Ok(plain) }
    }
}

/// Encodes a batch of raw changes: `count u32 | (len u32 | bytes)*`.
pub fn encode_changes(changes: &[Vec<u8>]) -> Vec<u8> {
    let mut out = (changes.len() as u32).to_be_bytes().to_vec();
    for c in changes {
        out.extend_from_slice(&(c.len() as u32).to_be_bytes());
        out.extend_from_slice(c);
    }
    out
}

pub fn decode_changes(bytes: &[u8]) -> Result<Vec<Vec<u8>>> {
    let mut r = Reader(bytes);
    let n = r.u32()? as usize;
    let mut out = Vec::with_capacity(n.min(4096));
    for _ in 0..n {
        let len = r.u32()? as usize;
        out.push(r.take(len)?.to_vec());
    }
    if !r.0.is_empty() {
        return Err(Error::Tampered("trailing bytes in change batch".into()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(b: u8) -> DocId {
        DocId([b; 32])
    }

    #[test]
    fn envelope_round_trip_and_rejections() -> Result<()> {
        let signer = random32();
        let signer_pub = SigningKey::from_bytes(&signer).verifying_key().to_bytes();
        let key = DocKey::generate(3);
        let sender = [7u8; SENDER_LEN];
        let d = doc(1);
        let env = seal_envelope(
            &d,
            Kind::Changes,
            &key,
            &sender,
            &[],
            (ChainLink::NONE, b"hello"),
            &signer,
        )?;
        let e = open_envelope(&d, &env, &signer_pub)?;
        assert_eq!(e.decrypt(&d, &key)?, b"hello");

        // Wrong key.
        let other = DocKey::generate(3);
        let err = e.decrypt(&d, &other).err().map(|e| e.to_string());
        assert!(err.is_some_and(|m| m.contains("decryption failed")));
        // Wrong epoch key.
        assert!(e.decrypt(&d, &DocKey::generate(4)).is_err());
        // Flipped bit anywhere: the signature catches it.
        for i in [0, 1, 5, 10, 30, env.len() - 70, env.len() - 1] {
            let mut bad = env.clone();
            bad[i] ^= 1;
            let err = open_envelope(&d, &bad, &signer_pub)
                .err()
                .map(|e| e.to_string());
            assert!(err.is_some_and(|m| m.contains("tampered") || m.contains("signature")));
        }
        // Another document: signature is bound to the doc id.
        assert!(open_envelope(&doc(2), &env, &signer_pub).is_err());
        // Wrong signer.
        let other_pub = SigningKey::from_bytes(&random32())
            .verifying_key()
            .to_bytes();
        assert!(open_envelope(&d, &env, &other_pub).is_err());
        Ok(())
    }

    #[test]
    fn aad_binds_doc_epoch_sender() -> Result<()> {
        let key = DocKey::generate(1);
        let s = [1u8; SENDER_LEN];
        let ct = key.seal(b"x", &payload_aad(&doc(1), 1, 1, &s))?;
        assert_eq!(key.open(&ct, &payload_aad(&doc(1), 1, 1, &s))?, b"x");
        for aad in [
            payload_aad(&doc(2), 1, 1, &s),
            payload_aad(&doc(1), 1, 2, &s),
            payload_aad(&doc(1), 1, 1, &[2u8; SENDER_LEN]),
            payload_aad(&doc(1), 2, 1, &s),
        ] {
            let err = key.open(&ct, &aad).err().map(|e| e.to_string());
            assert!(
                err.is_some_and(|m| m.contains("decryption failed")),
                "aad accepted"
            );
        }
        let mut flipped = ct.clone();
        flipped[30] ^= 0x10;
        assert!(key.open(&flipped, &payload_aad(&doc(1), 1, 1, &s)).is_err());
        Ok(())
    }

    #[test]
    fn grants_reach_only_their_recipient() -> Result<()> {
        let d = doc(9);
        let alice = DeviceKeys::generate();
        let bob = DeviceKeys::generate();
        let ws = random32();
        let key = DocKey::generate(5);
        let grants = vec![
            grant_owner(&d, &ws, &key)?,
            grant_device(&d, &alice.x25519_public(), &key)?,
        ];
        let a = open_grants(&d, &grants, &alice, None)?;
        assert_eq!(a.map(|k| *k.bytes()), Some(*key.bytes()));
        assert!(open_grants(&d, &grants, &bob, None)?.is_none());
        let o = open_grants(&d, &grants, &bob, Some(&ws))?;
        assert_eq!(o.map(|k| k.epoch), Some(5));
        assert!(open_grants(&d, &grants, &bob, Some(&random32())).is_err());
        Ok(())
    }

    #[test]
    fn a_sealed_handover_verifies_only_for_readers_with_the_key_and_the_old_signer() -> Result<()> {
        let d = doc(6);
        let (device, per_doc) = (random32(), random32());
        let public = |s: &[u8; 32]| SigningKey::from_bytes(s).verifying_key().to_bytes();
        let key = DocKey::generate(0);
        let seal = |grants: &[Grant], signer: &[u8; 32]| {
            seal_envelope(
                &d,
                Kind::Changes,
                &key,
                &[2u8; SENDER_LEN],
                grants,
                (ChainLink::NONE, b"comment"),
                signer,
            )
        };
        let handover = sealed_handover(&d, &key, &device, &public(&per_doc))?;
        let env = seal(std::slice::from_ref(&handover), &per_doc)?;
        let with_key = |_| Ok(Some(key.clone()));
        let (_, signer) = open_envelope_sealed_handover(&d, &env, &public(&device), with_key)?;
        assert_eq!(signer, public(&per_doc));
        // The relay's view holds neither key.
        let view = relay_view(&env)?;
        assert!(!env.windows(32).any(|w| w == public(&device)));
        assert_ne!(view.grants[0].recipient, SIGNER_TAG);
        // Not for a reader expecting another device, nor without the document key, nor with
        // a wrong one, nor for another document.
        let other = public(&random32());
        assert!(open_envelope_sealed_handover(&d, &env, &other, with_key).is_err());
        assert!(open_envelope_sealed_handover(&d, &env, &public(&device), |_| Ok(None)).is_err());
        let wrong = |_| Ok(Some(DocKey::generate(0)));
        assert!(open_envelope_sealed_handover(&d, &env, &public(&device), wrong).is_err());
        assert!(open_envelope_sealed_handover(&doc(7), &env, &public(&device), with_key).is_err());
        // An envelope signed by a third key under a genuine hand-over is refused; so is a
        // hand-over signed by anyone but the device (the owner knows the document key too).
        let stranger = random32();
        assert!(
            open_envelope_sealed_handover(
                &d,
                &seal(&[handover], &stranger)?,
                &public(&device),
                with_key
            )
            .is_err()
        );
        let mut claim = signer_handover(&d, &stranger, &public(&stranger)).sealed;
        claim[..32].copy_from_slice(&public(&device));
        let forged = Grant {
            recipient: sealed_signer_tag(&d),
            sealed: key.seal(&claim, &sealed_handover_aad(&d))?,
        };
        let env = seal(&[forged], &stranger)?;
        assert!(open_envelope_sealed_handover(&d, &env, &public(&device), with_key).is_err());
        Ok(())
    }

    #[test]
    fn handover_chain_and_authority_grants() -> Result<()> {
        let d = doc(4);
        let (s1, s2, s3) = (random32(), random32(), random32());
        let public = |s: &[u8; 32]| SigningKey::from_bytes(s).verifying_key().to_bytes();
        let chain = vec![
            signer_handover(&d, &s1, &public(&s2)),
            signer_handover(&d, &s2, &public(&s3)),
        ];
        let key = DocKey::generate(2);
        let sender = [1u8; SENDER_LEN];
        let env = seal_envelope(
            &d,
            Kind::Rotation,
            &key,
            &sender,
            &chain,
            (ChainLink::NONE, b""),
            &s3,
        )?;
        // A reader that knows only the first signer follows both hand-overs.
        let (_, signer) = open_envelope_chain(&d, &env, &public(&s1))?;
        assert_eq!(signer, public(&s3));
        let (_, signer) = open_envelope_chain(&d, &env, &public(&s3))?;
        assert_eq!(signer, public(&s3));
        // Not without them, nor from an unrelated signer, nor for another document.
        assert!(open_envelope(&d, &env, &public(&s1)).is_err());
        assert!(open_envelope_chain(&d, &env, &public(&random32())).is_err());
        assert!(open_envelope_chain(&doc(5), &env, &public(&s1)).is_err());
        // A hand-over not signed by the old key is rejected.
        let mut forged = signer_handover(&d, &random32(), &public(&s3));
        forged.sealed[..32].copy_from_slice(&public(&s1));
        let env = seal_envelope(
            &d,
            Kind::Rotation,
            &key,
            &sender,
            &[forged],
            (ChainLink::NONE, b""),
            &s3,
        )?;
        let err = open_envelope_chain(&d, &env, &public(&s1)).err();
        assert!(matches!(err, Some(Error::Tampered(_))), "{err:?}");

        // The write authority reaches only the device it is sealed to.
        let (tablet, lost) = (DeviceKeys::generate(), DeviceKeys::generate());
        let grants = vec![
            grant_owner(&d, &s3, &key)?,
            grant_authority(&d, &tablet.x25519_public(), &s3)?,
        ];
        assert_eq!(open_authority(&d, &grants, &tablet)?, Some(s3));
        assert_eq!(open_authority(&d, &grants, &lost)?, None);
        // Another document's grants do not even name the tablet.
        assert_eq!(open_authority(&doc(5), &grants, &tablet)?, None);
        // The old authority does not open the new owner grant.
        assert!(open_grants(&d, &grants, &lost, Some(&s1)).is_err());
        assert!(open_grants(&d, &grants, &lost, None)?.is_none());
        Ok(())
    }

    #[test]
    fn payloads_are_padded_to_buckets_and_older_envelopes_still_open() -> Result<()> {
        let d = doc(7);
        let key = DocKey::generate(0);
        let ws = random32();
        let signer = ed25519_public_of(&ws);
        let sender = [2u8; SENDER_LEN];
        let sizes: Vec<usize> = [1usize, 40, 300, 460]
            .iter()
            .map(|n| {
                seal_envelope(
                    &d,
                    Kind::Changes,
                    &key,
                    &sender,
                    &[],
                    (ChainLink::NONE, &vec![7; *n]),
                    &ws,
                )
            })
            .map(|e| e.map(|e| e.len()))
            .collect::<Result<_>>()?;
        assert!(sizes.iter().all(|s| *s == sizes[0]), "{sizes:?}");
        assert_eq!(padded_len(70_000), 128 * 1024);
        assert_eq!(padded_len(5 << 20), (5 << 20) + 4);
        for n in [0usize, 1, 508, 509, 100_000] {
            let plain = vec![9u8; n];
            let env = seal_envelope(
                &d,
                Kind::Changes,
                &key,
                &sender,
                &[],
                (ChainLink::NONE, &plain),
                &ws,
            )?;
            assert_eq!(open_envelope(&d, &env, &signer)?.decrypt(&d, &key)?, plain);
        }
        // What older versions wrote: no padding, tags the same in every document.
        let device = DeviceKeys::generate();
        let old_grant = Grant {
            recipient: x25519_tag(&device.x25519_public()),
            sealed: grant_device(&d, &device.x25519_public(), &key)?.sealed,
        };
        let head = (UNPADDED_VERSION, Kind::Rotation, &key, &sender);
        let v1 = seal_envelope_as(&d, head, &[old_grant], b"as before", &ws)?;
        let env = open_envelope(&d, &v1, &signer)?;
        assert_eq!(env.decrypt(&d, &key)?, b"as before");
        let opened = open_grants(&d, &env.grants, &device, None)?.map(|k| *k.bytes());
        assert_eq!(opened, Some(*key.bytes()));
        // A padded payload whose length field lies is refused, not read past its end.
        let head = (ENVELOPE_VERSION, Kind::Changes, &key, &sender);
        let liar = seal_envelope_as(&d, head, &[], &[0, 0, 9, 0, 1, 2], &ws)?;
        let err = open_envelope(&d, &liar, &signer)?.decrypt(&d, &key).err();
        assert!(matches!(err, Some(Error::Tampered(_))), "{err:?}");
        Ok(())
    }

    #[test]
    fn changes_codec() -> Result<()> {
        let c = vec![vec![1, 2], vec![], vec![3; 300]];
        assert_eq!(decode_changes(&encode_changes(&c))?, c);
        assert!(decode_changes(&[0, 0, 0, 5]).is_err());
        Ok(())
    }
}
