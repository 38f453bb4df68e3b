//! Making share codes: a device or mentor share sealed to the recipient's device code.

use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, ReadToken};
use rusqlite::params;

use crate::capability::{Bundle, Code, MemberRecord, ShareCode, ShareRole};
use crate::crypto;
use crate::engine;
use crate::entry::{local_id, registered_relay_url, sync_with};
use crate::error::{Error, Result};
use crate::members::{add_member, member_records, set_roster_dirty};
use crate::relay_url::check_relay_url;
use crate::store::{self, DocState};
use crate::transport::{RelayTransport, RetryPolicy, Transport, TransportError};
use crate::views;

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
    check_relay_url(&url)?;
    let mut t = RelayTransport::new(&url);
    share_code_with(m, &mut t, &url, portfolio, recipient_code, role)
}

/// A mentor's share code (see [`share_code`]) whose view shows only `sections`.
pub fn share_mentor_code(
    m: &mut Mosaic,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    sections: &[Section],
) -> Result<String> {
    let url = registered_relay_url(m, relay_url, portfolio)?;
    check_relay_url(&url)?;
    let mut t = RelayTransport::new(&url);
    share_mentor_code_with(m, &mut t, &url, portfolio, recipient_code, sections)
}

/// [`share_code`] over any transport. A mentor sees every section (see
/// [`share_mentor_code_with`] to choose).
pub fn share_code_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    role: ShareRole,
) -> Result<String> {
    let sections = mosaic_core::view::all_sections();
    make_code(m, t, relay_url, portfolio, recipient_code, role, sections)
}

/// A mentor's share code whose view shows only `sections` (changed later with
/// [`crate::set_shared_sections`]).
pub fn share_mentor_code_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    sections: &[Section],
) -> Result<String> {
    let bits = mosaic_core::view::section_bits(sections);
    make_code(
        m,
        t,
        relay_url,
        portfolio,
        recipient_code,
        ShareRole::Mentor,
        bits,
    )
}

fn make_code<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    recipient_code: &str,
    role: ShareRole,
    sections: u32,
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
                    ..Default::default()
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
            // The mentor reads a view of their own (see `views`), never the portfolio's
            // document: no token for it, no key of it.
            let seed = crypto::random32();
            let mentor = MemberRecord {
                view_seed: crypto::random32(),
                sections,
                ..rcpt.member([0; 32], seed, false)
            };
            add_member(m, &lid, &mentor, &st.relay_url)?;
            m.connection().execute(
                "UPDATE sync_members SET revoked_at = NULL, view_seed = ?3, sections = ?4,
                   feedback_seed = ?5, read_token_hash = ?6, view_gen = view_gen + 1
                 WHERE local_id = ?1 AND x25519_public = ?2 AND view_seed IS NOT ?3",
                params![
                    lid,
                    rcpt.x25519.to_vec(),
                    mentor.view_seed.to_vec(),
                    sections,
                    seed.to_vec(),
                    [0u8; 32].to_vec()
                ],
            )?;
            set_roster_dirty(m, &lid, true)?;
            // One more sync: the roster goes out (her other devices keep this view in step
            // too) and the view is registered and filled, so the mentor finds it on joining.
            let report = sync_with(m, t, relay_url, portfolio, RetryPolicy::default())?;
            let vlid = views::view_local_id(&views::view_params(&mentor.view_seed).doc);
            if store::load(m.connection(), &vlid)?.is_none_or(|v| !v.registered) {
                return Err(Error::Unreachable(format!(
                    "the mentor's view could not be made on the relay: {}",
                    report.warnings.join("; ")
                )));
            }
            let view = views::view_params(&mentor.view_seed);
            Bundle {
                role,
                portfolio: *portfolio.as_bytes(),
                relay_doc: view.doc.0,
                read_token: view.read_token,
                signer_public: view.signer_public(),
                write_secret: None,
                keys: vec![(view.key.epoch, *view.key.bytes())],
                feedback_seed: Some(seed),
                members: vec![],
                relay_url: st.relay_url.clone(),
                from_name: m.author().to_string(),
            }
        }
    };
    // Signed by this device and by the write authority: the recipient knows who made the
    // code, and a device that already has the portfolio accepts only its current authority.
    let maker = store::device(m)?;
    let sealed = bundle.seal_signed(&maker, &write_secret, &rcpt.x25519)?;
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
