//! Mentor views (issue 11, finding 8): each mentor reads a document of their own, written by
//! the owner's devices, that holds only the sections shared with that mentor, from the share
//! onward (see `mosaic_core::view`). The mentor never receives the portfolio's document, its
//! history or any of its keys.
//!
//! Everything about a view derives from a seed that only the owner's devices hold (in the
//! roster): its relay document, read token, key and write key. The mentor's share code carries
//! the document, token, key and the write key's public half, never the seed.

use mosaic_core::Mosaic;
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::DocId;
use rusqlite::{OptionalExtension, params};
use zeroize::Zeroizing;

use crate::capability::MemberRecord;
use crate::crypto::{self, DocKey};
use crate::engine::{Ctx, SyncReport};
use crate::error::{Error, Result};
use crate::members::member_records;
use crate::router::Router;
use crate::store::{self, DocState};
use crate::transport::Transport;

/// A view's relay document, read token (the owner's devices and the mentor share it), key and
/// write secret, from its seed.
pub(crate) struct ViewParams {
    pub doc: DocId,
    pub read_token: [u8; 32],
    pub key: DocKey,
    pub write_secret: Zeroizing<[u8; 32]>,
}

pub(crate) fn view_params(seed: &[u8; 32]) -> ViewParams {
    ViewParams {
        doc: DocId(crypto::derive(seed, "view-doc")),
        read_token: crypto::derive(seed, "view-read"),
        key: DocKey::from_bytes(0, crypto::derive(seed, "view-key")),
        write_secret: Zeroizing::new(crypto::derive(seed, "view-writer")),
    }
}

impl ViewParams {
    pub fn signer_public(&self) -> [u8; 32] {
        WriterKey::from_secret_bytes(&self.write_secret).public().0
    }
}

pub(crate) fn view_local_id(doc: &DocId) -> String {
    format!("view:{}", doc.to_hex())
}

/// This owner device's sync state for `mentor`'s view of the portfolio `lid`, created on first
/// use (the document itself comes from the relay, or from the first refresh on the device that
/// shared).
pub(crate) fn ensure(
    m: &mut Mosaic,
    lid: &str,
    relay_url: &str,
    mentor: &MemberRecord,
) -> Result<String> {
    let p = view_params(&mentor.view_seed);
    let vlid = view_local_id(&p.doc);
    if store::load(m.connection(), &vlid)?.is_none() {
        let st = DocState::fresh(
            vlid.clone(),
            "view",
            lid.to_string(),
            (relay_url, p.doc),
            p.read_token,
            Some(*p.write_secret),
            p.signer_public(),
        );
        let conn = m.connection();
        let tx = conn.transaction()?;
        store::insert(&tx, &st)?;
        store::put_key(&tx, &vlid, &p.key)?;
        tx.commit()?;
    }
    Ok(vlid)
}

/// The mentor whose view `st` is, as this device records them.
fn mentor_of(m: &mut Mosaic, st: &DocState) -> Result<Option<MemberRecord>> {
    Ok(member_records(m, &st.portfolio_id)?
        .into_iter()
        .find(|r| r.has_view() && view_params(&r.view_seed).doc == st.relay_doc))
}

/// Writes into the view what changed in the portfolio (and in the sections chosen) since the
/// last refresh. Called by the engine before it pushes a view.
pub(crate) fn refresh(m: &mut Mosaic, st: &DocState) -> Result<()> {
    let Some(mentor) = mentor_of(m, st)? else {
        return Ok(());
    };
    if mentor.revoked {
        return Ok(());
    }
    let portfolio = st
        .portfolio_id
        .parse()
        .map_err(|_| Error::Invalid(format!("bad portfolio id {}", st.portfolio_id)))?;
    let previous = store::doc_data(m.connection(), &st.local_id)?;
    let view = m.mentor_view(portfolio, mentor.sections, previous.as_deref())?;
    store::set_doc_data(m.connection(), &st.local_id, &view)?;
    Ok(())
}

/// The attachments a view refers to.
pub(crate) fn attachment_refs(m: &mut Mosaic, st: &DocState) -> Result<Vec<String>> {
    match store::doc_data(m.connection(), &st.local_id)? {
        Some(v) => Ok(mosaic_core::view::attachment_refs(&v)?),
        None => Ok(vec![]),
    }
}

/// Marks a notice (in an old view) that names the mentor's new view.
const VIEW_NOTICE: &[u8] = b"mosaic-sync/v1/new-view\0";

pub(crate) fn is_view_notice(plain: &[u8]) -> bool {
    plain.starts_with(VIEW_NOTICE)
}

/// What a mentor needs of a new view (never its seed): document, read token, key, and the
/// public key that signs it.
pub(crate) struct NewView {
    doc: DocId,
    read_token: [u8; 32],
    key: DocKey,
    signer_public: [u8; 32],
}

/// The notice, sealed to the mentor's device: the devices that know the old view (a revoked
/// one among them) cannot read where the new one is.
fn notice_for(mentor_x25519: &[u8; 32], seed: &[u8; 32]) -> Result<Vec<u8>> {
    let p = view_params(seed);
    let mut plain = p.doc.0.to_vec();
    plain.extend_from_slice(&p.read_token);
    plain.extend_from_slice(p.key.bytes());
    plain.extend_from_slice(&p.signer_public());
    let mut out = VIEW_NOTICE.to_vec();
    out.extend(crypto::seal_to(mentor_x25519, &plain)?);
    Ok(out)
}

pub(crate) fn open_notice(dev: &crypto::DeviceKeys, notice: &[u8]) -> Result<NewView> {
    let sealed = notice
        .strip_prefix(VIEW_NOTICE)
        .ok_or_else(|| Error::Tampered("not a view notice".into()))?;
    let plain = dev.unseal(sealed)?;
    let part = |i: usize| -> Result<[u8; 32]> {
        plain
            .get(i * 32..(i + 1) * 32)
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| Error::Tampered("view notice truncated".into()))
    };
    Ok(NewView {
        doc: DocId(part(0)?),
        read_token: part(1)?,
        key: DocKey::from_bytes(0, part(2)?),
        signer_public: part(3)?,
    })
}

/// Mentor: switches to the new view `new` names; its first pull replaces the copy here (the
/// new view is a new document with a history of its own).
pub(crate) fn switch_to(m: &mut Mosaic, st: &mut DocState, new: &NewView) -> Result<()> {
    // The copy here stays until the new view's first pull replaces it (the engine does), so a
    // mentor whose new view is gone already (revoked meanwhile) keeps what they had.
    st.relay_doc = new.doc;
    st.read_token = new.read_token;
    st.signer_public = new.signer_public;
    st.signer_chain = vec![];
    st.epoch = new.key.epoch;
    st.cursor = 0;
    st.acked = vec![];
    st.tail_bytes = 0;
    st.snapshot_bytes = 0;
    st.snapshot_seq = 0;
    st.rotation_grants = None;
    let tx = m.connection().transaction()?;
    tx.execute(
        "UPDATE sync_docs SET relay_doc = ?2, read_token = ?3 WHERE local_id = ?1",
        params![st.local_id, st.relay_doc.0.to_vec(), st.read_token.to_vec()],
    )?;
    for table in ["sync_keys", "sync_blobs", "sync_chain", "sync_unacked"] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE local_id = ?1"),
            [&st.local_id],
        )?;
    }
    store::put_key(&tx, &st.local_id, &new.key)?;
    store::save_progress(&tx, st)?;
    store::set_replace_copy(&tx, &st.local_id, true)?;
    tx.commit()?;
    Ok(())
}

/// Owner, revoking one of her devices: that device knows every current view's seed, so each
/// mentor gets a new view (a new seed, in the roster it can no longer open), and the old one a
/// notice, sealed to the mentor, of where the new one is ([`send_notices`]). Nothing more is
/// written to the old views.
pub(crate) fn replace_all(
    tx: &rusqlite::Transaction<'_>,
    lid: &str,
    records: &[MemberRecord],
) -> Result<()> {
    for r in records.iter().filter(|r| r.has_view() && !r.revoked) {
        let old = view_local_id(&view_params(&r.view_seed).doc);
        let seed = crypto::random32();
        tx.execute(
            "INSERT OR REPLACE INTO sync_view_moves(old_local_id, portfolio_id, mentor_x25519,
               new_seed) VALUES (?1, ?2, ?3, ?4)",
            params![old, lid, r.x25519.to_vec(), seed.to_vec()],
        )?;
        tx.execute(
            "UPDATE sync_members SET view_seed = ?3, view_gen = view_gen + 1
             WHERE local_id = ?1 AND x25519_public = ?2",
            params![lid, r.x25519.to_vec(), seed.to_vec()],
        )?;
    }
    Ok(())
}

/// Takes a mentor's view from another device's roster when it is newer than the one recorded
/// here (a higher generation; at the same one, the higher seed, so every device picks the same).
/// A view this device was keeping then gets a notice to the one that won, so its mentor is
/// never left on a view nobody writes.
pub(crate) fn take_roster_view(m: &mut Mosaic, lid: &str, r: &MemberRecord) -> Result<()> {
    let here: Option<(Option<Vec<u8>>, u32)> = m
        .connection()
        .query_row(
            "SELECT view_seed, view_gen FROM sync_members
             WHERE local_id = ?1 AND x25519_public = ?2",
            params![lid, r.x25519.to_vec()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((seed, gen_here)) = here else {
        return Ok(());
    };
    let seed: Option<[u8; 32]> = seed.and_then(|s| <[u8; 32]>::try_from(s).ok());
    let newer = match seed {
        None => true,
        Some(s) => (r.view_gen, r.view_seed) > (gen_here, s),
    };
    if !newer {
        return Ok(());
    }
    let tx = m.connection().transaction()?;
    tx.execute(
        "UPDATE sync_members SET view_seed = ?3, view_gen = ?4
         WHERE local_id = ?1 AND x25519_public = ?2",
        params![lid, r.x25519.to_vec(), r.view_seed.to_vec(), r.view_gen],
    )?;
    if let Some(old) = seed {
        let old_lid = view_local_id(&view_params(&old).doc);
        if store::load(&tx, &old_lid)?.is_some() {
            tx.execute(
                "INSERT OR REPLACE INTO sync_view_moves(old_local_id, portfolio_id, mentor_x25519,
                   new_seed) VALUES (?1, ?2, ?3, ?4)",
                params![old_lid, lid, r.x25519.to_vec(), r.view_seed.to_vec()],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Leaves in each replaced view the notice its mentor follows, then forgets it here.
fn send_notices<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
    report: &mut SyncReport,
) -> Result<()> {
    let moves: Vec<(String, Vec<u8>, Vec<u8>)> = {
        let mut m = ctx.store();
        let conn = m.connection();
        let mut stmt = conn.prepare(
            "SELECT old_local_id, mentor_x25519, new_seed FROM sync_view_moves
             WHERE portfolio_id = ?1",
        )?;
        stmt.query_map([lid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for (old, mentor, seed) in moves {
        let (Ok(mentor), Ok(seed)) = (<[u8; 32]>::try_from(mentor), <[u8; 32]>::try_from(seed))
        else {
            continue;
        };
        let old_state = store::load(ctx.store().connection(), &old)?;
        if let Some(mut st) = old_state {
            ctx.t.route(&st.relay_url);
            let notice = notice_for(&mentor, &seed)?;
            let env = ctx.seal(&st, crate::crypto::Kind::Moved, &[], &notice)?;
            if let Err(e) = ctx.append(&mut st, &env) {
                report
                    .warnings
                    .push(format!("a mentor's new view is not announced yet: {e}"));
                continue;
            }
            crate::erase::forget_doc(ctx.store().connection(), &old)?;
        }
        ctx.store().connection().execute(
            "DELETE FROM sync_view_moves WHERE old_local_id = ?1",
            [&old],
        )?;
    }
    Ok(())
}

/// Forgets views of `lid` that no current mentor reads any more (replaced, seen in the roster
/// from another device).
fn forget_stale(m: &mut Mosaic, lid: &str, current: &[String]) -> Result<()> {
    let pending: Vec<String> = {
        let conn = m.connection();
        let mut stmt =
            conn.prepare("SELECT old_local_id FROM sync_view_moves WHERE portfolio_id = ?1")?;
        stmt.query_map([lid], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    for v in store::list(m.connection(), "kind = 'view' AND portfolio_id = ?1", lid)? {
        if !current.contains(&v.local_id) && !pending.contains(&v.local_id) {
            crate::erase::forget_doc(m.connection(), &v.local_id)?;
        }
    }
    Ok(())
}

/// Mentors shared with before views existed read the portfolio's own document: each gets a view
/// (every section, as before), a notice in the portfolio's log sealed to them that moves them to
/// it ([`send_upgrade_notices`]), and then a key epoch they are not granted. What they received before stays with them; nothing new reaches them but their
/// view. Another owner device may do the same at once; the roster settles on one view, and the
/// other's gets a notice to it.
fn upgrade_legacy_mentors(m: &mut Mosaic, lid: &str, mentors: &[MemberRecord]) -> Result<()> {
    let tx = m.connection().transaction()?;
    for r in mentors
        .iter()
        .filter(|r| !r.device && !r.revoked && !r.has_view())
    {
        tx.execute(
            "UPDATE sync_members SET view_seed = ?3, view_gen = 1, sections = ?4
             WHERE local_id = ?1 AND x25519_public = ?2",
            params![
                lid,
                r.x25519.to_vec(),
                crypto::random32().to_vec(),
                mosaic_core::view::all_sections()
            ],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_view_upgrades(portfolio_id, mentor_x25519) VALUES (?1, ?2)",
            params![lid, r.x25519.to_vec()],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)",
            [lid],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Sends each owed upgrade notice in the portfolio's log (under the key the mentor holds), then
/// schedules the key epoch that leaves those mentors out; `true` if one went out.
fn send_upgrade_notices<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
    report: &mut SyncReport,
) -> Result<bool> {
    let owed: Vec<Vec<u8>> = {
        let mut m = ctx.store();
        let conn = m.connection();
        let mut stmt =
            conn.prepare("SELECT mentor_x25519 FROM sync_view_upgrades WHERE portfolio_id = ?1")?;
        stmt.query_map([lid], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut sent = false;
    for x in owed {
        let records = member_records(&mut ctx.store(), lid)?;
        let Some(r) = records.iter().find(|r| r.x25519.as_slice() == x.as_slice()) else {
            continue;
        };
        let loaded = store::load(ctx.store().connection(), lid)?;
        let Some(mut st) = loaded else {
            return Ok(sent);
        };
        if r.has_view() && !r.revoked {
            ctx.t.route(&st.relay_url);
            let notice = notice_for(&r.x25519, &r.view_seed)?;
            let env = ctx.seal(&st, crate::crypto::Kind::Moved, &[], &notice)?;
            if let Err(e) = ctx.append(&mut st, &env) {
                report
                    .warnings
                    .push(format!("{} is not moved to a view yet: {e}", r.name));
                continue;
            }
            // A fresh key epoch for the members that remain (mentors with a view are never
            // granted one). Their read token stays until they are revoked: they need it to
            // read this notice, and it opens nothing written after it.
            st.rotation_pending = true;
            st.rotation_rebase = true;
            store::save_progress(ctx.store().connection(), &st)?;
            sent = true;
        }
        ctx.store().connection().execute(
            "DELETE FROM sync_view_upgrades WHERE portfolio_id = ?1 AND mentor_x25519 = ?2",
            params![lid, x],
        )?;
    }
    Ok(sent)
}

/// Syncs the views of the portfolio `lid` for its current mentors and retires those of
/// revoked mentors: deleted at the relay (the mentor's copy stops there), then forgotten here.
pub(crate) fn sync_views<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
    report: &mut SyncReport,
) -> Result<()> {
    let (relay_url, mentors) = {
        let mut m = ctx.store();
        let Some(st) = store::load(m.connection(), lid)? else {
            return Ok(());
        };
        if !st.writer || st.kind != "portfolio" {
            return Ok(());
        }
        let records = member_records(&mut m, lid)?;
        upgrade_legacy_mentors(&mut m, lid, &records)?;
        let mentors: Vec<MemberRecord> = member_records(&mut m, lid)?
            .into_iter()
            .filter(MemberRecord::has_view)
            .collect();
        (st.relay_url, mentors)
    };
    send_notices(ctx, lid, report)?;
    // A revoked mentor's view stays known until `retire` has deleted it at the relay.
    let current: Vec<String> = mentors
        .iter()
        .map(|r| view_local_id(&view_params(&r.view_seed).doc))
        .collect();
    forget_stale(&mut ctx.store(), lid, &current)?;
    for mentor in mentors {
        let p = view_params(&mentor.view_seed);
        let vlid = view_local_id(&p.doc);
        if mentor.revoked {
            if let Err(e) = retire(ctx, &vlid, &p) {
                report
                    .warnings
                    .push(format!("a revoked mentor's view: {e}"));
            }
            continue;
        }
        ensure(&mut ctx.store(), lid, &relay_url, &mentor)?;
        match crate::relocate::sync_one(ctx, &vlid) {
            Ok(r) => report.add(&r),
            Err(e @ (Error::Tampered(_) | Error::Crypto(_))) => return Err(e),
            Err(e) => report
                .warnings
                .push(format!("view for {}: {e}", mentor.name)),
        }
    }
    // Mentors moved off the portfolio's document: the key epoch without them goes out now.
    if send_upgrade_notices(ctx, lid, report)? {
        let r = crate::relocate::sync_one(ctx, lid)?;
        report.add(&r);
    }
    Ok(())
}

/// Deletes a revoked mentor's view at its relay and forgets it here. Idempotent: another of
/// the owner's devices may have deleted it already.
fn retire<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    vlid: &str,
    p: &ViewParams,
) -> Result<()> {
    let st = store::load(ctx.store().connection(), vlid)?;
    let url = match &st {
        Some(st) => st.relay_url.clone(),
        None => {
            // Never synced here; it may still be on the relay of the portfolio.
            return Ok(());
        }
    };
    ctx.t.route(&url);
    let w = WriterKey::from_secret_bytes(&p.write_secret);
    let doc = p.doc;
    match ctx.call(|t| t.delete_doc(&doc, &w)) {
        Ok(()) | Err(Error::NoAccess) => {}
        Err(e) => return Err(e),
    }
    crate::erase::forget_doc(ctx.store().connection(), vlid)?;
    Ok(())
}

/// Changes the sections a mentor's view shows; the next sync writes the difference into the
/// view (a section taken away disappears from the mentor's copy; what the mentor already
/// received before stays with them).
pub fn set_shared_sections(
    m: &mut Mosaic,
    portfolio: mosaic_core::PortfolioId,
    member: &str,
    sections: &[mosaic_core::Section],
) -> Result<()> {
    let lid = crate::entry::local_id(portfolio);
    let st = store::load(m.connection(), &lid)?
        .ok_or_else(|| Error::Invalid("portfolio is not shared".into()))?;
    if st.write_secret.is_none() || st.kind != "portfolio" {
        return Err(Error::Invalid(
            "only the owner's devices choose what a mentor sees".into(),
        ));
    }
    let records = member_records(m, &lid)?;
    let target = crate::members::find_current(&records, member)?;
    if !target.has_view() {
        return Err(Error::Invalid(format!(
            "{} was shared with by an older version and sees the whole portfolio until your next \
             sync gives them a view of their own; sync, then choose",
            target.name
        )));
    }
    let bits = mosaic_core::view::section_bits(sections);
    let tx = m.connection().transaction()?;
    tx.execute(
        "UPDATE sync_members SET sections = ?3 WHERE local_id = ?1 AND x25519_public = ?2",
        params![lid, target.x25519.to_vec(), bits],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)",
        [&lid],
    )?;
    tx.commit()?;
    Ok(())
}
