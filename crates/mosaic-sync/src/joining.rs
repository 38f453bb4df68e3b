//! Joining a portfolio with a share code made for this device.

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::wire::DocId;
use rusqlite::params;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::capability::{Bundle, Code, ShareRole, SignedBundle};
use crate::crypto::{self, DocKey};
use crate::engine::{self, SyncReport};
use crate::entry::{local_id, sync_with};
use crate::error::{Error, Result};
use crate::feedback::{feedback_local_id, feedback_params};
use crate::members::add_member;
use crate::relay_url::check_relay_url;
use crate::store::{self, DocState};
use crate::transport::{RelayTransport, RetryPolicy, Transport};

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
    let url = open_share(m, code)?.bundle.relay_url;
    check_relay_url(&url)?;
    let mut t = RelayTransport::new(&url);
    let mut r = join_with(m, &mut t, code)?;
    r.sync.set_bytes(t.bytes);
    Ok(r)
}

fn open_share(m: &mut Mosaic, code: &str) -> Result<SignedBundle> {
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
    Bundle::open_signed(&dev.unseal(&share.sealed)?, &dev.x25519_public())
}

/// [`join`] over any transport.
pub fn join_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    code: &str,
) -> Result<JoinReport> {
    let signed = open_share(m, code)?;
    let b = &signed.bundle;
    check_relay_url(&b.relay_url)?;
    let dev = store::device(m)?;
    let portfolio = PortfolioId::from_bytes(b.portfolio);
    let lid = local_id(portfolio);
    let writer = b.role == ShareRole::Device;
    if store::load(m.connection(), &lid)?.is_some() {
        return rejoin(m, t, &signed);
    }
    if m.role(portfolio).is_ok() {
        return Err(Error::Invalid(
            "this portfolio is already on this device (not shared yet); a share code cannot \
             replace it"
                .into(),
        ));
    }
    let st = DocState {
        // The role decides, not whether the code carried a write secret.
        writer,
        epoch: b.keys.iter().map(|k| k.0).max().unwrap_or(0),
        registered: true,
        ..DocState::fresh(
            lid.clone(),
            "portfolio",
            lid.clone(),
            (&b.relay_url, DocId(b.relay_doc)),
            b.read_token,
            b.write_secret,
            b.signer_public,
        )
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
        add_feedback_doc(m, &lid, &b.relay_url, &seed, &dev)?;
    }
    let relay_url = b.relay_url.clone();
    let report = sync_with(m, t, &relay_url, portfolio, RetryPolicy::default())?;
    Ok(JoinReport {
        portfolio,
        role: if writer { "owner" } else { "mentee" }.into(),
        from: b.from_name.clone(),
        sync: report,
    })
}

/// A code for a portfolio this device already syncs: only its current write authority may
/// vouch for it, and it refreshes this device's read token and keys (and, for a mentor, adds
/// the feedback document). It never changes the members (those come from the owner devices'
/// signed roster in the log) nor the relay.
fn rejoin<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    signed: &SignedBundle,
) -> Result<JoinReport> {
    let b = &signed.bundle;
    let portfolio = PortfolioId::from_bytes(b.portfolio);
    let lid = local_id(portfolio);
    let mut cur = store::load(m.connection(), &lid)?
        .ok_or_else(|| Error::Invalid("portfolio is not set up for sync".into()))?;
    if signed.authority != cur.signer_public {
        // This device may lag behind a hand-over: catch up, then compare again.
        let url = cur.relay_url.clone();
        let _ = sync_with(m, t, &url, portfolio, RetryPolicy::default());
        cur = store::load(m.connection(), &lid)?
            .ok_or_else(|| Error::Invalid("portfolio is not set up for sync".into()))?;
    }
    if signed.authority != cur.signer_public {
        return Err(Error::Code(
            "this share code is for a portfolio already on this device, but it is not signed \
             by that portfolio's owner keys; it was refused and nothing changed"
                .into(),
        ));
    }
    if b.relay_url != cur.relay_url || b.relay_doc != cur.relay_doc.0 {
        return Err(Error::Code(
            "this share code names another relay than the one this portfolio syncs with; it \
             was refused and nothing changed"
                .into(),
        ));
    }
    let writer = b.role == ShareRole::Device;
    if writer != cur.writer {
        return Err(Error::Invalid(format!(
            "this portfolio is already on this device as {}",
            if cur.writer { "yours" } else { "a mentee's" }
        )));
    }
    {
        let conn = m.connection();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE sync_docs SET read_token = ?2 WHERE local_id = ?1",
            params![lid, b.read_token.to_vec()],
        )?;
        for (e, k) in &b.keys {
            store::put_key(&tx, &lid, &DocKey::from_bytes(*e, *k))?;
        }
        if let Some(ws) = b.write_secret {
            cur.write_secret = Some(ws);
            store::save_progress(&tx, &cur)?;
        }
        tx.commit()?;
    }
    if let Some(seed) = b.feedback_seed {
        let dev = store::device(m)?;
        add_feedback_doc(m, &lid, &cur.relay_url, &seed, &dev)?;
    }
    let url = cur.relay_url.clone();
    let report = sync_with(m, t, &url, portfolio, RetryPolicy::default())?;
    Ok(JoinReport {
        portfolio,
        role: if writer { "owner" } else { "mentee" }.into(),
        from: b.from_name.clone(),
        sync: report,
    })
}

/// The key a mentor's device writes one feedback document with: derived from its device key
/// and the document, so joining again gives the same one.
fn feedback_writer_secret(dev: &crypto::DeviceKeys, fb_doc: &DocId) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(crypto::derive(
        dev.ed25519_secret(),
        &format!("feedback-writer/{}", fb_doc.to_hex()),
    ))
}

/// Mentor: creates the feedback document this device writes for the portfolio `lid`.
fn add_feedback_doc(
    m: &mut Mosaic,
    lid: &str,
    relay_url: &str,
    seed: &[u8; 32],
    dev: &crypto::DeviceKeys,
) -> Result<()> {
    {
        let (fb_doc, fb_token, fb_key) = feedback_params(seed);
        // Registered and signed with a key of its own, so the relay cannot count a mentor's
        // caseload; every envelope carries the device key's sealed hand-over to it.
        let writer = feedback_writer_secret(dev, &fb_doc);
        let fst = DocState::fresh(
            feedback_local_id(&fb_doc),
            "feedback",
            lid.to_string(),
            (relay_url, fb_doc),
            fb_token,
            Some(*writer),
            crypto::ed25519_public_of(&writer),
        );
        let data = engine::new_feedback_doc(lid)?;
        let conn = m.connection();
        let tx = conn.transaction()?;
        store::insert(&tx, &fst)?;
        store::put_key(&tx, &fst.local_id, &fb_key)?;
        if store::doc_data(&tx, &fst.local_id)?.is_none() {
            store::set_doc_data(&tx, &fst.local_id, &data)?;
        }
        tx.commit()?;
    }
    Ok(())
}
