//! End-to-end encrypted sync engine: keys, outbox, pull and apply, sharing capabilities.
//!
//! The CLI and the app call the functions at the crate root; each is one command:
//!
//! | command          | function                         |
//! |------------------|----------------------------------|
//! | `sync`           | [`sync`]                         |
//! | `device-code`    | [`device_code`]                  |
//! | `share`          | [`share_code`]                   |
//! | `join`           | [`join`]                         |
//! | `revoke`         | [`revoke`]                       |
//! | `members`        | [`members`]                      |
//! | `mentees`        | [`mentees`]                      |
//! | `comment`/`confirm` (mentor) | [`comment`], [`confirm`] |
//! | `feedback` (owner) | [`feedback`], [`mark_feedback_read`] |
//!
//! Every function has a `*_with` twin taking any [`Transport`] (the simulation in tests, a
//! byte-counting client in the benchmarks). See `DESIGN.md` beside `Cargo.toml`.

mod access;
pub mod bench;
pub mod capability;
pub mod crypto;
pub mod engine;
pub mod error;
pub mod sim;
pub mod store;
pub mod transport;

use automerge::{ReadDoc, transaction::Transactable};
use mosaic_core::{EntryId, Mosaic, PortfolioId, PortfolioSummary};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, DocId, ReadToken};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use std::sync::Mutex;

pub use capability::ShareRole;
pub use engine::SyncReport;
pub use error::{Error, Result};
pub use transport::{RelayTransport, RetryPolicy, Transport, TransportError, WireBytes};

use access::StoreAccess;
use capability::{Bundle, Code, DeviceCode, MemberRecord, ShareCode};
use crypto::DocKey;
use store::DocState;

fn local_id(p: PortfolioId) -> String {
    p.to_string()
}

fn feedback_local_id(doc: &DocId) -> String {
    format!("fb:{}", doc.to_hex())
}

/// The relay document, read token and epoch-0 key of a mentor's feedback document, all
/// derived from the seed the owner put in the share code (so the owner can read it without
/// another exchange). The mentor signs it with its own device key, which the owner learnt
/// from the mentor's device code: the owner can read the feedback but never forge it.
fn feedback_params(seed: &[u8; 32]) -> (DocId, [u8; 32], DocKey) {
    (
        DocId(crypto::derive(seed, "feedback-doc")),
        crypto::derive(seed, "feedback-read"),
        DocKey::from_bytes(0, crypto::derive(seed, "feedback-key")),
    )
}

// ----- device -----

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

// ----- sync -----

/// Syncs one portfolio with the relay at `relay_url`, and the feedback documents attached to
/// it (the mentors' feedback on an owner device; this mentor's feedback on a mentor device).
///
/// The first sync of an owner's portfolio registers it on the relay (a random relay document
/// id, a fresh write key and read token, epoch-0 key). Afterwards the URL stored at
/// registration is used. Transport errors are retried with exponential backoff and jitter;
/// if the relay stays unreachable the error is [`Error::Unreachable`] and nothing is lost.
pub fn sync(m: &mut Mosaic, relay_url: &str, portfolio: PortfolioId) -> Result<SyncReport> {
    let url = registered_relay_url(m, relay_url, portfolio)?;
    let mut t = RelayTransport::new(&url);
    let mut r = sync_with(m, &mut t, &url, portfolio, RetryPolicy::default())?;
    r.set_bytes(t.bytes);
    Ok(r)
}

/// The relay a portfolio was registered on, or `relay_url` before its first sync.
fn registered_relay_url(m: &mut Mosaic, relay_url: &str, portfolio: PortfolioId) -> Result<String> {
    Ok(match store::load(m.connection(), &local_id(portfolio))? {
        Some(st) => st.relay_url,
        None => relay_url.to_string(),
    })
}

/// [`sync`] over any transport.
pub fn sync_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
) -> Result<SyncReport> {
    sync_access(StoreAccess::Borrowed(m), t, relay_url, portfolio, policy)
}

/// [`sync`] for a store shared behind a mutex (the app): the lock is taken for each store
/// step and released around every request to the relay, so edits made meanwhile wait for
/// at most one SQLite step, never for the network. They are sent by the next sync.
///
/// Callers must not run two syncs, shares, joins or revocations at once (they keep
/// progress in memory between steps); the app serialises them with a lock of its own.
pub fn sync_shared(
    store: &Mutex<Mosaic>,
    relay_url: &str,
    portfolio: PortfolioId,
) -> Result<SyncReport> {
    let url = registered_relay_url(
        &mut store.lock().unwrap_or_else(|p| p.into_inner()),
        relay_url,
        portfolio,
    )?;
    let mut t = RelayTransport::new(&url);
    let mut r = sync_shared_with(store, &mut t, &url, portfolio, RetryPolicy::default())?;
    r.set_bytes(t.bytes);
    Ok(r)
}

/// [`sync_shared`] over any transport.
pub fn sync_shared_with<T: Transport + ?Sized>(
    store: &Mutex<Mosaic>,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
) -> Result<SyncReport> {
    sync_access(StoreAccess::Shared(store), t, relay_url, portfolio, policy)
}

fn sync_access<T: Transport + ?Sized>(
    mut access: StoreAccess<'_>,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
) -> Result<SyncReport> {
    let lid = local_id(portfolio);
    let dev = {
        let mut m = access.lock();
        if store::load(m.connection(), &lid)?.is_none() {
            register_owner(&mut m, relay_url, portfolio)?;
        }
        store::device(&mut m)?
    };
    let mut ctx = engine::Ctx {
        store: access,
        t,
        dev: &dev,
        policy,
    };
    let mut report = ctx.sync_doc(&lid)?;
    let (revoked, feedback) = {
        let mut m = ctx.store();
        let revoked = revoked_feedback_docs(&mut m, &lid)?;
        let feedback = store::list(
            m.connection(),
            "kind = 'feedback' AND portfolio_id = ?1",
            &lid,
        )?;
        (revoked, feedback)
    };
    for fb in feedback {
        if revoked.contains(&fb.local_id) {
            continue;
        }
        match ctx.sync_doc(&fb.local_id) {
            Ok(r) => {
                report.add(&r);
                report.feedback_docs += 1;
            }
            Err(e @ (Error::Tampered(_) | Error::Crypto(_))) => return Err(e),
            Err(e) => report.warnings.push(format!("feedback: {e}")),
        }
    }
    Ok(report)
}

fn register_owner(m: &mut Mosaic, relay_url: &str, portfolio: PortfolioId) -> Result<()> {
    if m.role(portfolio)? != "owner" {
        return Err(Error::Invalid(
            "this portfolio was shared with you read-only; join it with a share code".into(),
        ));
    }
    let dev = store::device(m)?;
    let writer = crypto::random32();
    let signer_public = WriterKey::from_secret_bytes(&writer).public().0;
    let st = DocState {
        local_id: local_id(portfolio),
        kind: "portfolio".into(),
        portfolio_id: portfolio.to_string(),
        writer: true,
        relay_url: relay_url.to_string(),
        relay_doc: DocId(crypto::random32()),
        read_token: crypto::random32(),
        write_secret: Some(writer),
        signer_public,
        epoch: 0,
        cursor: 0,
        acked: vec![],
        registered: false,
        tail_bytes: 0,
        snapshot_bytes: 0,
        snapshot_seq: 0,
        rotation_grants: None,
        rotation_pending: false,
        pending_remove: vec![],
        signer_chain: vec![],
        old_write_secret: None,
    };
    drop(dev);
    let conn = m.connection();
    let tx = conn.transaction()?;
    store::insert(&tx, &st)?;
    store::put_key(&tx, &st.local_id, &DocKey::generate(0))?;
    tx.commit()?;
    Ok(())
}

fn revoked_feedback_docs(m: &mut Mosaic, lid: &str) -> Result<Vec<String>> {
    let conn = m.connection();
    let mut stmt = conn.prepare(
        "SELECT feedback_seed FROM sync_members WHERE local_id = ?1 AND revoked_at IS NOT NULL",
    )?;
    let seeds = stmt
        .query_map([lid], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(seeds
        .into_iter()
        .filter_map(|s| <[u8; 32]>::try_from(s).ok())
        .map(|s| feedback_local_id(&feedback_params(&s).0))
        .collect())
}

// ----- roster: the mentor list shared among the owner's devices -----

fn roster_aad(st: &DocState) -> Vec<u8> {
    let mut a = b"mosaic-sync/v1/roster\0".to_vec();
    a.extend_from_slice(&st.relay_doc.0);
    a
}

/// The mentor list, sealed under the owner-only key (mentors hold the document key but not
/// the write authority this key derives from).
pub(crate) fn roster_plain(m: &mut Mosaic, st: &DocState, ws: &[u8; 32]) -> Result<Vec<u8>> {
    let records = member_records(m, &st.local_id)?;
    crypto::owner_wrap_key(ws).seal(&capability::encode_members(&records), &roster_aad(st))
}

pub(crate) fn apply_roster(
    m: &mut Mosaic,
    st: &DocState,
    ws: &[u8; 32],
    sealed: &[u8],
) -> Result<()> {
    let plain = crypto::owner_wrap_key(ws).open(sealed, &roster_aad(st))?;
    for r in capability::decode_members(&plain)? {
        add_member(m, &st.local_id, &r, &st.relay_url)?;
        if r.revoked {
            m.connection().execute(
                "UPDATE sync_members SET revoked_at = ?3
                 WHERE local_id = ?1 AND x25519_public = ?2 AND revoked_at IS NULL",
                params![st.local_id, r.x25519.to_vec(), store::now()],
            )?;
        }
    }
    Ok(())
}

pub(crate) fn roster_dirty(m: &mut Mosaic, lid: &str) -> Result<bool> {
    Ok(m.connection()
        .query_row(
            "SELECT 1 FROM sync_roster_dirty WHERE local_id = ?1",
            [lid],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        .is_some())
}

pub(crate) fn set_roster_dirty(m: &mut Mosaic, lid: &str, dirty: bool) -> Result<()> {
    let sql = if dirty {
        "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)"
    } else {
        "DELETE FROM sync_roster_dirty WHERE local_id = ?1"
    };
    m.connection().execute(sql, [lid])?;
    Ok(())
}

// ----- sharing -----

/// Makes a share code for the device whose [`device_code`] is `recipient_code`:
/// [`ShareRole::Device`] links another device of the owner (read and write);
/// [`ShareRole::Mentor`] gives a mentor read-only access and a feedback document of their own.
///
/// The code is sealed to the recipient's X25519 key: it can be shown, sent by message or
/// photographed; only that device can open it. Syncs first (the recipient needs data), and
/// for a mentor registers a new read token at the relay, so the relay must be reachable.
pub fn share_code(
    m: &mut Mosaic,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    role: ShareRole,
) -> Result<String> {
    let url = registered_relay_url(m, relay_url, portfolio)?;
    let mut t = RelayTransport::new(&url);
    share_code_with(m, &mut t, &url, portfolio, recipient_code, role)
}

/// [`share_code`] over any transport.
pub fn share_code_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    role: ShareRole,
) -> Result<String> {
    let Code::Device(rcpt) = Code::decode(recipient_code)? else {
        return Err(Error::Code(
            "this is a share code; scan the other device's device code instead".into(),
        ));
    };
    sync_with(m, t, relay_url, portfolio, RetryPolicy::default())?;
    let lid = local_id(portfolio);
    let st = store::load(m.connection(), &lid)?
        .ok_or_else(|| Error::Invalid("portfolio is not set up for sync".into()))?;
    let Some(write_secret) = st.write_secret.filter(|_| st.kind == "portfolio") else {
        return Err(Error::Invalid("only the owner's devices can share".into()));
    };
    let keys = store::all_keys(m.connection(), &lid)?;
    // Readers start from the document's first signer and follow the hand-overs in the log.
    let signer_public = chain_root(&st);
    let bundle = match role {
        ShareRole::Device => {
            // Each device gets its own read token, so that one can be revoked alone.
            let (token, hash) = register_read_token(t, &st, &write_secret)?;
            let me = store::device(m)?;
            // This device joins the roster too: the others must be able to revoke it, or to
            // hand it a new write authority when they revoke another device.
            add_member(
                m,
                &lid,
                &MemberRecord {
                    x25519: me.x25519_public(),
                    ed25519: me.ed25519_public(),
                    name: m.author().to_string(),
                    read_token_hash: ReadToken(st.read_token).hash().0,
                    feedback_seed: [0; 32],
                    revoked: false,
                    device: true,
                },
                &st.relay_url,
            )?;
            add_member(m, &lid, &rcpt.member(hash.0, [0; 32], true), &st.relay_url)?;
            // Linking a device again (e.g. after revoking it) makes it current again.
            m.connection().execute(
                "UPDATE sync_members SET read_token_hash = ?3, revoked_at = NULL, device = 1
                 WHERE local_id = ?1 AND x25519_public = ?2",
                params![lid, rcpt.x25519.to_vec(), hash.0.to_vec()],
            )?;
            set_roster_dirty(m, &lid, true)?;
            Bundle {
                role,
                portfolio: *portfolio.as_bytes(),
                relay_doc: st.relay_doc.0,
                read_token: token,
                signer_public,
                write_secret: Some(write_secret),
                keys,
                feedback_seed: None,
                members: member_records(m, &lid)?,
                relay_url: st.relay_url.clone(),
                from_name: m.author().to_string(),
            }
        }
        ShareRole::Mentor => {
            let seed = crypto::random32();
            let (token, hash) = register_read_token(t, &st, &write_secret)?;
            add_member(m, &lid, &rcpt.member(hash.0, seed, false), &st.relay_url)?;
            set_roster_dirty(m, &lid, true)?;
            Bundle {
                role,
                portfolio: *portfolio.as_bytes(),
                relay_doc: st.relay_doc.0,
                read_token: token,
                signer_public,
                write_secret: None,
                keys,
                feedback_seed: Some(seed),
                members: vec![],
                relay_url: st.relay_url.clone(),
                from_name: m.author().to_string(),
            }
        }
    };
    let sealed = crypto::seal_to(&rcpt.x25519, &bundle.encode())?;
    Ok(Code::Share(ShareCode {
        recipient: crypto::x25519_tag(&rcpt.x25519),
        sealed,
    })
    .encode())
}

/// A fresh read token for a new member, registered (as its hash) at the relay.
fn register_read_token<T: Transport + ?Sized>(
    t: &mut T,
    st: &DocState,
    write_secret: &[u8; 32],
) -> Result<([u8; 32], mosaic_relay::wire::TokenHash)> {
    let token = crypto::random32();
    let hash = ReadToken(token).hash();
    let w = WriterKey::from_secret_bytes(write_secret);
    let change = AccessChange {
        add_read_token_hashes: vec![hash],
        ..Default::default()
    };
    RetryPolicy::default()
        .run(t, |t| t.update_access(&st.relay_doc, &w, &change))
        .map_err(|e| match e {
            TransportError::Transient(m) => Error::Unreachable(m),
            TransportError::NotFound => Error::NoAccess,
            TransportError::Refused { code, message } => {
                Error::Refused(format!("{code}: {message}"))
            }
        })?;
    Ok((token, hash))
}

/// The document's first write authority: where the hand-over chain starts.
fn chain_root(st: &DocState) -> [u8; 32] {
    engine::decode_grants(&st.signer_chain)
        .iter()
        .find(|g| g.recipient == crypto::SIGNER_TAG && g.sealed.len() >= 32)
        .and_then(|g| <[u8; 32]>::try_from(&g.sealed[..32]).ok())
        .unwrap_or(st.signer_public)
}

fn member_records(m: &mut Mosaic, lid: &str) -> Result<Vec<MemberRecord>> {
    let conn = m.connection();
    let mut stmt = conn.prepare(
        "SELECT x25519_public, ed25519_public, name, read_token_hash, feedback_seed,
                revoked_at IS NOT NULL, device FROM sync_members WHERE local_id = ?1
         ORDER BY added_at",
    )?;
    let rows = stmt
        .query_map([lid], |r| {
            Ok((
                r.get::<_, Vec<u8>>(0)?,
                r.get::<_, Vec<u8>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Vec<u8>>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, bool>(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let a = |v: Vec<u8>| <[u8; 32]>::try_from(v).map_err(|_| Error::Crypto("stored key".into()));
    rows.into_iter()
        .map(|(x, e, name, h, s, revoked, device)| {
            Ok(MemberRecord {
                x25519: a(x)?,
                ed25519: a(e)?,
                name,
                read_token_hash: a(h)?,
                feedback_seed: a(s)?,
                revoked,
                device,
            })
        })
        .collect()
}

/// Records a mentor and the (read-only) feedback document they will write, or one of the
/// owner's devices.
fn add_member(m: &mut Mosaic, lid: &str, r: &MemberRecord, relay_url: &str) -> Result<()> {
    let (fb_doc, fb_token, fb_key) = feedback_params(&r.feedback_seed);
    let conn = m.connection();
    store::init(conn)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT OR IGNORE INTO sync_members(local_id, x25519_public, ed25519_public, name,
           read_token_hash, feedback_seed, added_at, revoked_at, device)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            lid,
            r.x25519.to_vec(),
            r.ed25519.to_vec(),
            r.name,
            r.read_token_hash.to_vec(),
            r.feedback_seed.to_vec(),
            store::now(),
            r.revoked.then(store::now),
            r.device,
        ],
    )?;
    if r.device {
        tx.commit()?;
        return Ok(());
    }
    let fst = DocState {
        local_id: feedback_local_id(&fb_doc),
        kind: "feedback".into(),
        portfolio_id: lid.to_string(),
        writer: false,
        relay_url: relay_url.to_string(),
        relay_doc: fb_doc,
        read_token: fb_token,
        write_secret: None,
        signer_public: r.ed25519,
        epoch: 0,
        cursor: 0,
        acked: vec![],
        registered: true,
        tail_bytes: 0,
        snapshot_bytes: 0,
        snapshot_seq: 0,
        rotation_grants: None,
        rotation_pending: false,
        pending_remove: vec![],
        signer_chain: vec![],
        old_write_secret: None,
    };
    store::insert(&tx, &fst)?;
    store::put_key(&tx, &fst.local_id, &fb_key)?;
    tx.commit()?;
    Ok(())
}

/// What [`join`] did.
#[derive(Debug, Clone, Serialize)]
pub struct JoinReport {
    pub portfolio: PortfolioId,
    /// `owner` (linked device) or `mentee` (a mentor's read-only copy).
    pub role: String,
    /// Who shared it.
    pub from: String,
    pub sync: SyncReport,
}

/// Joins a portfolio with a share code made for this device by [`share_code`], then syncs
/// it. A linked device becomes a full owner device; a mentor gets a read-only copy (role
/// `mentee`) and a feedback document of their own, shared back to the owner.
pub fn join(m: &mut Mosaic, code: &str) -> Result<JoinReport> {
    let url = open_share(m, code)?.relay_url;
    let mut t = RelayTransport::new(&url);
    let mut r = join_with(m, &mut t, code)?;
    r.sync.set_bytes(t.bytes);
    Ok(r)
}

fn open_share(m: &mut Mosaic, code: &str) -> Result<Bundle> {
    let Code::Share(share) = Code::decode(code)? else {
        return Err(Error::Code(
            "this is a device code; show it to the owner, who will give you a share code".into(),
        ));
    };
    let dev = store::device(m)?;
    if share.recipient != crypto::x25519_tag(&dev.x25519_public()) {
        return Err(Error::Code(
            "this share code was made for another device; show this device's code to the owner"
                .into(),
        ));
    }
    Bundle::decode(&dev.unseal(&share.sealed)?)
}

/// [`join`] over any transport.
pub fn join_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    code: &str,
) -> Result<JoinReport> {
    let b = open_share(m, code)?;
    let dev = store::device(m)?;
    let portfolio = PortfolioId::from_bytes(b.portfolio);
    let lid = local_id(portfolio);
    let writer = b.role == ShareRole::Device;
    let st = DocState {
        local_id: lid.clone(),
        kind: "portfolio".into(),
        portfolio_id: lid.clone(),
        writer,
        relay_url: b.relay_url.clone(),
        relay_doc: DocId(b.relay_doc),
        read_token: b.read_token,
        write_secret: b.write_secret,
        signer_public: b.signer_public,
        epoch: b.keys.iter().map(|k| k.0).max().unwrap_or(0),
        cursor: 0,
        acked: vec![],
        registered: true,
        tail_bytes: 0,
        snapshot_bytes: 0,
        snapshot_seq: 0,
        rotation_grants: None,
        rotation_pending: false,
        pending_remove: vec![],
        signer_chain: vec![],
        old_write_secret: None,
    };
    {
        let conn = m.connection();
        store::init(conn)?;
        let tx = conn.transaction()?;
        store::insert(&tx, &st)?;
        for (e, k) in &b.keys {
            store::put_key(&tx, &lid, &DocKey::from_bytes(*e, *k))?;
        }
        tx.commit()?;
    }
    for r in &b.members {
        add_member(m, &lid, r, &b.relay_url)?;
    }
    if let Some(seed) = b.feedback_seed {
        // Mentor: create the feedback document this device writes.
        let (fb_doc, fb_token, fb_key) = feedback_params(&seed);
        let fst = DocState {
            local_id: feedback_local_id(&fb_doc),
            kind: "feedback".into(),
            portfolio_id: lid.clone(),
            writer: true,
            relay_url: b.relay_url.clone(),
            relay_doc: fb_doc,
            read_token: fb_token,
            write_secret: Some(*dev.ed25519_secret()),
            signer_public: dev.ed25519_public(),
            epoch: 0,
            cursor: 0,
            acked: vec![],
            registered: false,
            tail_bytes: 0,
            snapshot_bytes: 0,
            snapshot_seq: 0,
            rotation_grants: None,
            rotation_pending: false,
            pending_remove: vec![],
            signer_chain: vec![],
            old_write_secret: None,
        };
        let data = engine::new_feedback_doc(&lid)?;
        let conn = m.connection();
        let tx = conn.transaction()?;
        store::insert(&tx, &fst)?;
        store::put_key(&tx, &fst.local_id, &fb_key)?;
        if store::doc_data(&tx, &fst.local_id)?.is_none() {
            store::set_doc_data(&tx, &fst.local_id, &data)?;
        }
        tx.commit()?;
    }
    let relay_url = b.relay_url.clone();
    let report = sync_with(m, t, &relay_url, portfolio, RetryPolicy::default())?;
    Ok(JoinReport {
        portfolio,
        role: if writer { "owner" } else { "mentee" }.into(),
        from: b.from_name,
        sync: report,
    })
}

/// A mentor, or another of the owner's devices, as an owner device sees it.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub name: String,
    /// Short id (hex of the X25519 key tag) to pass to [`revoke`].
    pub id: String,
    pub revoked: bool,
    /// `mentor`, or `device` (another device of the owner, linked with a device share code).
    pub role: String,
}

/// The mentors this portfolio was shared with and the owner's other linked devices (known to
/// this device; this device itself is not listed).
pub fn members(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<Member>> {
    store::init(m.connection())?;
    let me = store::device(m)?.x25519_public();
    Ok(member_records(m, &local_id(portfolio))?
        .into_iter()
        .filter(|r| r.x25519 != me)
        .map(|r| Member {
            name: r.name,
            id: hex::encode(crypto::x25519_tag(&r.x25519)),
            revoked: r.revoked,
            role: if r.device { "device" } else { "mentor" }.into(),
        })
        .collect())
}

/// What [`revoke`] did.
#[derive(Debug, Clone, Serialize)]
pub struct RevokeReport {
    pub revoked: String,
    /// `mentor` or `device`.
    pub role: String,
    /// The new key epoch.
    pub epoch: u32,
    /// `true` if the relay already removed the read token (and, for a device, swapped the write
    /// key) and has the new keys; otherwise the next [`sync`] finishes the job (nothing new is
    /// readable by the revoked member meanwhile, since new changes are encrypted under the new
    /// epoch key).
    pub completed: bool,
    pub sync: Option<SyncReport>,
}

/// Revokes a mentor or one of the owner's own devices (a lost or stolen phone), by
/// [`Member::id`] or exact name: a new key epoch (new document key), the member's read token
/// removed at the relay, the new key wrapped for the owner's other devices and the remaining
/// mentors. For a device, the write authority is replaced too: a new write key is registered at
/// the relay and the old one removed, and the new one is sealed to the remaining devices only.
/// The revoked member can decrypt nothing written afterwards; a revoked device can no longer
/// write.
pub fn revoke(m: &mut Mosaic, portfolio: PortfolioId, member: &str) -> Result<RevokeReport> {
    let url = store::load(m.connection(), &local_id(portfolio))?
        .map(|s| s.relay_url)
        .ok_or_else(|| Error::Invalid("portfolio is not shared".into()))?;
    let mut t = RelayTransport::new(&url);
    revoke_with(m, &mut t, portfolio, member)
}

/// [`revoke`] over any transport.
pub fn revoke_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    portfolio: PortfolioId,
    member: &str,
) -> Result<RevokeReport> {
    let lid = local_id(portfolio);
    let first = store::load(m.connection(), &lid)?
        .ok_or_else(|| Error::Invalid("portfolio is not shared".into()))?;
    if first.write_secret.is_none() || first.kind != "portfolio" {
        return Err(Error::Invalid("only the owner's devices can revoke".into()));
    }
    // Catch up first (the latest roster, keys and signer). Revoking must work offline too: the
    // relay side is then finished by the next sync.
    // A failed catch-up must not stop the revocation of a lost device; the sync after it
    // reports any lasting problem.
    let _ = sync_with(m, t, &first.relay_url, portfolio, RetryPolicy::default());
    let mut st = store::load(m.connection(), &lid)?
        .ok_or_else(|| Error::Invalid("portfolio is not shared".into()))?;
    let Some(ws) = st.write_secret else {
        return Err(Error::Invalid("only the owner's devices can revoke".into()));
    };
    let me = store::device(m)?.x25519_public();
    let records = member_records(m, &lid)?;
    let matches: Vec<&MemberRecord> = records
        .iter()
        .filter(|r| {
            !r.revoked && (hex::encode(crypto::x25519_tag(&r.x25519)) == member || r.name == member)
        })
        .collect();
    let target = match matches.as_slice() {
        [] => {
            return Err(Error::Invalid(format!(
                "no current mentor or device `{member}`"
            )));
        }
        [one] => (*one).clone(),
        _ => {
            return Err(Error::Invalid(format!(
                "several members are called `{member}`; give the id instead (see members)"
            )));
        }
    };
    if target.x25519 == me {
        return Err(Error::Invalid(
            "this is this device; revoke it from another of your devices".into(),
        ));
    }
    let epoch = st.epoch + 1;
    let key = DocKey::generate(epoch);
    // A revoked device held the write authority: replace it. The old key signs the hand-over
    // (so that every reader can verify what the new one signs) and, until the relay has
    // swapped them, authorises that swap.
    let new_ws = if target.device {
        let new_ws = crypto::random32();
        let new_public = WriterKey::from_secret_bytes(&new_ws).public().0;
        let handover = crypto::signer_handover(&st.relay_doc, &ws, &new_public);
        let mut chain = engine::decode_grants(&st.signer_chain);
        chain.push(handover);
        st.signer_chain = engine::store_grants(&chain);
        if st.old_write_secret.is_none() {
            st.old_write_secret = Some(ws);
        }
        st.write_secret = Some(new_ws);
        new_ws
    } else {
        ws
    };
    let mut grants = vec![crypto::grant_owner(&st.relay_doc, &new_ws, &key)?];
    for r in records
        .iter()
        .filter(|r| !r.revoked && r.x25519 != target.x25519 && r.x25519 != me)
    {
        grants.push(crypto::grant_device(&st.relay_doc, &r.x25519, &key)?);
        if r.device {
            // Every rotation carries the current write authority to the remaining devices, so
            // a device that missed a device revocation still gets it from a later snapshot.
            grants.push(crypto::grant_authority(&st.relay_doc, &r.x25519, &new_ws)?);
        }
    }
    st.epoch = epoch;
    st.rotation_grants = Some(engine::store_grants(&grants));
    st.rotation_pending = true;
    st.pending_remove.push(target.read_token_hash);
    {
        let conn = m.connection();
        let tx = conn.transaction()?;
        store::put_key(&tx, &lid, &key)?;
        store::save_progress(&tx, &st)?;
        tx.execute(
            "UPDATE sync_members SET revoked_at = ?3 WHERE local_id = ?1 AND x25519_public = ?2",
            params![lid, target.x25519.to_vec(), store::now()],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)",
            [&lid],
        )?;
        tx.commit()?;
    }
    let url = st.relay_url.clone();
    let (completed, sync) = match sync_with(m, t, &url, portfolio, RetryPolicy::default()) {
        Ok(r) => (true, Some(r)),
        Err(Error::Unreachable(_)) => (false, None),
        Err(e) => return Err(e),
    };
    Ok(RevokeReport {
        revoked: target.name,
        role: if target.device { "device" } else { "mentor" }.into(),
        epoch,
        completed,
        sync,
    })
}

// ----- feedback -----

/// One comment or confirmation from a mentor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedbackItem {
    pub id: String,
    /// `comment` or `confirmation`.
    pub kind: String,
    pub entry_id: String,
    /// Comment text, or the confirmation kind (e.g. `attendance`, `certificate`, `level`).
    pub text: String,
    pub by: String,
    /// Unix seconds.
    pub time: i64,
    pub unread: bool,
}

fn my_feedback_doc(m: &mut Mosaic, portfolio: PortfolioId) -> Result<String> {
    store::list(
        m.connection(),
        "kind = 'feedback' AND writer = 1 AND portfolio_id = ?1",
        &local_id(portfolio),
    )?
    .into_iter()
    .next()
    .map(|s| s.local_id)
    .ok_or_else(|| Error::Invalid("you are not a mentor of this portfolio".into()))
}

fn write_feedback(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    section: &str,
    fields: &[(&str, automerge::ScalarValue)],
) -> Result<String> {
    let lid = my_feedback_doc(m, portfolio)?;
    let conn = m.connection();
    let tx = conn.transaction()?;
    let data = store::doc_data(&tx, &lid)?
        .ok_or_else(|| Error::Invalid("feedback document missing".into()))?;
    let mut doc = automerge::AutoCommit::load(&data)?;
    let parent = match doc.get(automerge::ROOT, section)? {
        Some((automerge::Value::Object(_), id)) => id,
        _ => doc.put_object(automerge::ROOT, section, automerge::ObjType::Map)?,
    };
    let id = uuid::Uuid::now_v7().to_string();
    let obj = doc.put_object(&parent, id.as_str(), automerge::ObjType::Map)?;
    for (k, v) in fields {
        doc.put(&obj, *k, v.clone())?;
    }
    store::set_doc_data(&tx, &lid, &doc.save())?;
    tx.commit()?;
    Ok(id)
}

/// Mentor: comments on an entry of a mentee's portfolio (stored in the mentor's feedback
/// document; sent with the next [`sync`]).
pub fn comment(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    entry: EntryId,
    text: &str,
) -> Result<String> {
    let by = m.author().to_string();
    write_feedback(
        m,
        portfolio,
        "comments",
        &[
            ("entry_id", entry.to_string().into()),
            ("text", text.into()),
            ("by", by.into()),
            (
                "time",
                automerge::ScalarValue::Timestamp(store::now() * 1000),
            ),
        ],
    )
}

/// Mentor: confirms evidence on an entry (`kind`: e.g. `attendance`, `certificate`, `level`).
pub fn confirm(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    entry: EntryId,
    kind: &str,
) -> Result<String> {
    let by = m.author().to_string();
    write_feedback(
        m,
        portfolio,
        "confirmations",
        &[
            ("entry_id", entry.to_string().into()),
            ("kind", kind.into()),
            ("by", by.into()),
            ("on", automerge::ScalarValue::Timestamp(store::now() * 1000)),
        ],
    )
}

fn read_feedback_doc(m: &mut Mosaic, lid: &str) -> Result<Vec<FeedbackItem>> {
    let Some(data) = store::doc_data(m.connection(), lid)? else {
        return Ok(vec![]);
    };
    let doc = automerge::Automerge::load(&data)?;
    let mut out = vec![];
    let s = |doc: &automerge::Automerge, o: &automerge::ObjId, k: &str| -> String {
        match doc.get(o, k) {
            Ok(Some((v, _))) => v
                .as_str()
                .map(str::to_string)
                .or_else(|| v.as_scalar().map(|s| s.to_string()))
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    let ts = |doc: &automerge::Automerge, o: &automerge::ObjId, k: &str| -> i64 {
        match doc.get(o, k) {
            Ok(Some((automerge::Value::Scalar(sv), _))) => match sv.as_ref() {
                automerge::ScalarValue::Timestamp(t) => t / 1000,
                automerge::ScalarValue::Int(t) => *t,
                _ => 0,
            },
            _ => 0,
        }
    };
    for (section, kind, text_key, time_key) in [
        ("comments", "comment", "text", "time"),
        ("confirmations", "confirmation", "kind", "on"),
    ] {
        let Ok(Some((automerge::Value::Object(_), parent))) = doc.get(automerge::ROOT, section)
        else {
            continue;
        };
        for key in doc.keys(&parent) {
            let Ok(Some((automerge::Value::Object(_), obj))) = doc.get(&parent, key.as_str())
            else {
                continue;
            };
            out.push(FeedbackItem {
                id: key.clone(),
                kind: kind.into(),
                entry_id: s(&doc, &obj, "entry_id"),
                text: s(&doc, &obj, text_key),
                by: s(&doc, &obj, "by"),
                time: ts(&doc, &obj, time_key),
                unread: false,
            });
        }
    }
    let conn = m.connection();
    for it in &mut out {
        let seen: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM sync_feedback_seen WHERE local_id = ?1 AND item = ?2",
                params![lid, it.id],
                |r| r.get(0),
            )
            .optional()?;
        it.unread = seen.is_none();
    }
    Ok(out)
}

/// All mentor feedback on a portfolio known to this device (the owner reads the mentors'
/// feedback documents; a mentor reads their own), newest first.
pub fn feedback(m: &mut Mosaic, portfolio: PortfolioId) -> Result<Vec<FeedbackItem>> {
    store::init(m.connection())?;
    let docs = store::list(
        m.connection(),
        "kind = 'feedback' AND portfolio_id = ?1",
        &local_id(portfolio),
    )?;
    let mut out = vec![];
    for d in docs {
        out.extend(read_feedback_doc(m, &d.local_id)?);
    }
    out.sort_by(|a, b| b.time.cmp(&a.time).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// Marks every feedback item on `portfolio` as read on this device.
pub fn mark_feedback_read(m: &mut Mosaic, portfolio: PortfolioId) -> Result<()> {
    store::init(m.connection())?;
    let docs = store::list(
        m.connection(),
        "kind = 'feedback' AND portfolio_id = ?1",
        &local_id(portfolio),
    )?;
    for d in docs {
        for it in read_feedback_doc(m, &d.local_id)? {
            m.connection().execute(
                "INSERT OR IGNORE INTO sync_feedback_seen(local_id, item) VALUES (?1, ?2)",
                params![d.local_id, it.id],
            )?;
        }
    }
    Ok(())
}

/// One mentee on a mentor's dashboard.
#[derive(Debug, Clone, Serialize)]
pub struct MenteeSummary {
    /// Progress summary from the projection tables.
    pub summary: PortfolioSummary,
    /// Comments and confirmations this mentor gave.
    pub comments: u32,
    pub confirmations: u32,
    /// Feedback items on this portfolio not yet marked read on this device.
    pub unread_feedback: u32,
    /// Relay cursor of the last sync (0: never synced).
    pub cursor: u64,
}

/// The mentor's dashboard: every portfolio shared with this device, with its progress summary
/// and feedback counts.
pub fn mentees(m: &mut Mosaic) -> Result<Vec<MenteeSummary>> {
    store::init(m.connection())?;
    let mut out = vec![];
    for s in m.list_portfolios()? {
        if s.role != "mentee" {
            continue;
        }
        let items = feedback(m, s.id)?;
        let cursor = store::load(m.connection(), &local_id(s.id))?.map_or(0, |st| st.cursor);
        out.push(MenteeSummary {
            comments: items.iter().filter(|i| i.kind == "comment").count() as u32,
            confirmations: items.iter().filter(|i| i.kind == "confirmation").count() as u32,
            unread_feedback: items.iter().filter(|i| i.unread).count() as u32,
            summary: s,
            cursor,
        });
    }
    Ok(out)
}
