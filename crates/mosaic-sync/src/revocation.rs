//! Revoking a mentor or one of the owner's devices: a new key epoch and, for a device, a new
//! write authority.

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::auth::WriterKey;
use rusqlite::params;
use serde::Serialize;

use crate::capability::MemberRecord;
use crate::crypto::{self, DocKey};
use crate::engine::{self, SyncReport};
use crate::entry::{local_id, sync_with};
use crate::error::{Error, Result};
use crate::members::member_records;
use crate::relay_url::check_relay_url;
use crate::store;
use crate::transport::{RelayTransport, RetryPolicy, Transport};

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
    check_relay_url(&url)?;
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
    let target = crate::members::find_current(&records, member)?;
    if target.x25519 == me {
        return Err(Error::Invalid(
            "this is this device; revoke it from another of your devices".into(),
        ));
    }
    if target.has_view() {
        return revoke_view_mentor(m, t, portfolio, &st, target);
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
    let others: Vec<&MemberRecord> = records
        .iter()
        .filter(|r| r.x25519 != target.x25519)
        .collect();
    let grants = grants_for(&st.relay_doc, &others, me, &new_ws, &key)?;
    let others_owned: Vec<MemberRecord> = others.iter().map(|r| (*r).clone()).collect();
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
        if target.device {
            // It knows every mentor's view: each mentor moves to a new one.
            crate::views::replace_all(&tx, &lid, &others_owned)?;
        }
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

/// A mentor with a view of their own never held the portfolio's keys or a token for it: their
/// access ends when the view is deleted at the relay, which the sync that follows does (or,
/// offline, the next one, from any of the owner's devices, since the roster says so). No new
/// key epoch is needed.
fn revoke_view_mentor<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    portfolio: PortfolioId,
    st: &store::DocState,
    target: MemberRecord,
) -> Result<RevokeReport> {
    {
        // A mentor moved to a view from the portfolio's document still has a token for it.
        if target.read_token_hash != [0; 32] {
            let mut st = st.clone();
            if !st.pending_remove.contains(&target.read_token_hash) {
                st.pending_remove.push(target.read_token_hash);
                store::save_progress(m.connection(), &st)?;
            }
        }
        let tx = m.connection().transaction()?;
        tx.execute(
            "UPDATE sync_members SET revoked_at = ?3 WHERE local_id = ?1 AND x25519_public = ?2",
            params![st.local_id, target.x25519.to_vec(), store::now()],
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO sync_roster_dirty(local_id) VALUES (?1)",
            [&st.local_id],
        )?;
        tx.commit()?;
    }
    let url = st.relay_url.clone();
    let (completed, sync) = match sync_with(m, t, &url, portfolio, RetryPolicy::default()) {
        Ok(r) => {
            let view = crate::views::view_params(&target.view_seed).doc;
            let gone = store::load(m.connection(), &crate::views::view_local_id(&view))?.is_none();
            (gone, Some(r))
        }
        Err(Error::Unreachable(_)) => (false, None),
        Err(e) => return Err(e),
    };
    Ok(RevokeReport {
        revoked: target.name,
        role: "mentor".into(),
        epoch: st.epoch,
        completed,
        sync,
    })
}

/// The grants of a new epoch's `key`: the owner grant (under the write authority `ws`), and
/// one per current member but this device (`me`); the owner's other devices get the write
/// authority too, so a device that missed a device revocation still gets it from a later
/// snapshot.
fn grants_for(
    doc: &mosaic_relay::wire::DocId,
    records: &[&MemberRecord],
    me: [u8; 32],
    ws: &[u8; 32],
    key: &DocKey,
) -> Result<Vec<crypto::Grant>> {
    let mut grants = vec![crypto::grant_owner(doc, ws, key)?];
    // A mentor with a view of their own never gets the portfolio's keys.
    for r in records
        .iter()
        .filter(|r| !r.revoked && r.x25519 != me && !r.has_view())
    {
        grants.push(crypto::grant_device(doc, &r.x25519, key)?);
        if r.device {
            grants.push(crypto::grant_authority(doc, &r.x25519, ws)?);
        }
    }
    Ok(grants)
}

/// [`grants_for`] the members this device knows now (a rotation moved to a later epoch).
pub(crate) fn member_grants(
    m: &mut Mosaic,
    st: &store::DocState,
    ws: &[u8; 32],
    key: &DocKey,
) -> Result<Vec<crypto::Grant>> {
    let me = store::device(m)?.x25519_public();
    let records = member_records(m, &st.local_id)?;
    let all: Vec<&MemberRecord> = records.iter().collect();
    grants_for(&st.relay_doc, &all, me, ws, key)
}
