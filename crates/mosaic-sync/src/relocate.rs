//! Moving a portfolio to another address of the same relay deployment (a new domain, a load
//! balancer in front of several instances, a relay moved from SQLite to PostgreSQL behind a
//! new name), without re-sharing: the documents, keys and tokens stay as they are; this
//! device only starts talking to the new address.
//!
//! The new address is checked first, for every document this device syncs through the old
//! one: it must serve the same log (this device's read token works and the head is not behind
//! what this device already read) and accept this device's signatures (a signed no-op
//! registration that the relay answers "already exists"). Only then are the addresses changed,
//! all in one transaction. A relay that does not hold the portfolio (a different deployment)
//! is refused and nothing changes.
//!
//! Moving to a **different relay** ([`move_to_new_relay`]) copies the portfolio there: an
//! owner device catches up with the old relay, registers the document on the new one under
//! the same write key with every current member's read token, switches to it and sends the
//! whole document and its attachments (encrypted under the current key, as always), then
//! appends a signed, encrypted `Moved` notice to the old relay's log. The owner's other devices
//! and the mentors read the notice on their next sync, check that the new relay serves them,
//! and follow (a mentor moves the feedback document it writes too, which the owner's devices
//! then follow the same way). Nobody shares again: ids, keys and tokens stay the same.

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, ReadToken, codes};
use serde::Serialize;

use crate::access::StoreAccess;
use crate::crypto::Kind;
use crate::engine::{self, Ctx, SyncReport};
use crate::entry::{connect_relay, local_id};
use crate::error::{Error, Result};
use crate::relay_url::check_relay_url;
use crate::router::{Connect, Router};
use crate::store;
use crate::transport::{RelayTransport, RetryPolicy, Transport, TransportError};

/// What a move did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoveReport {
    /// The old address.
    pub from: String,
    /// The new address.
    pub to: String,
    /// Documents (the portfolio and its feedback documents) now synced through `to`.
    pub documents: usize,
}

/// Moves every document this device syncs through `portfolio`'s relay address to `new_url`,
/// after checking that address serves them (see the module doc).
pub fn move_relay(m: &mut Mosaic, portfolio: PortfolioId, new_url: &str) -> Result<MoveReport> {
    let mut t = RelayTransport::new(new_url);
    move_relay_with(m, &mut t, portfolio, new_url)
}

/// [`move_relay`] over any transport (which must talk to `new_url`).
pub fn move_relay_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    portfolio: PortfolioId,
    new_url: &str,
) -> Result<MoveReport> {
    let new_url = new_url.trim().trim_end_matches('/').to_string();
    check_relay_url(&new_url)?;
    let Some(own) = store::load(m.connection(), &local_id(portfolio))? else {
        return Err(Error::Invalid(
            "this portfolio has not been synced yet: there is no relay to move from".into(),
        ));
    };
    let from = own.relay_url.clone();
    if from == new_url {
        return Ok(MoveReport {
            from,
            to: new_url,
            documents: 0,
        });
    }
    let docs = store::list(m.connection(), "relay_url = ?1", &from)?;
    for d in &docs {
        check_serves(t, d, &new_url)?;
    }
    let tx = m.connection().unchecked_transaction()?;
    let n = tx.execute(
        "UPDATE sync_docs SET relay_url = ?1 WHERE relay_url = ?2",
        rusqlite::params![new_url, from],
    )?;
    tx.commit()?;
    Ok(MoveReport {
        from,
        to: new_url,
        documents: n,
    })
}

/// The relay at `url` holds `d`'s log as this device knows it and accepts its signatures.
fn check_serves<T: Transport + ?Sized>(t: &mut T, d: &store::DocState, url: &str) -> Result<()> {
    let not_same = || {
        Error::Refused(format!(
            "the relay at {url} does not hold this portfolio: it is not another address of the \
             same relay (to copy the portfolio to a different relay, move it as a new relay); \
             nothing changed"
        ))
    };
    let token = ReadToken(d.read_token);
    let head = match t.pull(&d.relay_doc, &token, d.cursor) {
        Ok(r) => r.head_seq,
        Err(TransportError::NotFound) => return Err(not_same()),
        Err(TransportError::Transient(e)) => {
            return Err(Error::Unreachable(format!(
                "{url} could not be reached ({e}); nothing changed"
            )));
        }
        Err(TransportError::Refused { code, message }) => {
            return Err(Error::Refused(format!(
                "{url} refused: {code}: {message}; nothing changed"
            )));
        }
    };
    if head < d.cursor {
        return Err(Error::Refused(format!(
            "the relay at {url} holds an older copy of this portfolio (head {head}, this device \
             has read up to {}); nothing changed",
            d.cursor
        )));
    }
    if let (Some(secret), true) = (d.write_secret, d.registered) {
        let writer = WriterKey::from_secret_bytes(&secret);
        match t.create_doc(&d.relay_doc, &writer, &token.hash()) {
            Ok(()) => {}
            // The signature names the new address; a relay that does not list it among its
            // public URLs cannot verify it (older relays answer `unauthorized`).
            Err(TransportError::Refused { code, .. })
                if code == codes::WRONG_AUDIENCE || code == codes::UNAUTHORIZED =>
            {
                return Err(Error::Refused(format!(
                    "the relay at {url} serves this portfolio but does not accept requests \
                     addressed to {url}: its operator must add it with --public-url; nothing \
                     changed"
                )));
            }
            Err(TransportError::Refused { code, .. }) if code == codes::EXISTS => {
                return Err(not_same());
            }
            Err(e) => {
                return Err(Error::Refused(format!(
                    "{url} refused this device's signature ({e}); nothing changed"
                )));
            }
        }
    }
    Ok(())
}

/// Copies the portfolio to the relay at `new_url`, a different relay, and moves every member
/// there without re-sharing (see the module doc). Only the owner's devices can. The old relay
/// must be reachable: it carries the notice that tells the other devices and the mentors.
pub fn move_to_new_relay(
    m: &mut Mosaic,
    portfolio: PortfolioId,
    new_url: &str,
) -> Result<MoveReport> {
    let old = crate::entry::registered_relay_url(m, "", portfolio)?;
    let mut t = RelayTransport::new(&old);
    let mut connect = connect_relay;
    move_to_new_relay_with(m, &mut t, &mut connect, portfolio, new_url)
}

/// [`move_to_new_relay`] over any transport: `t` talks to the old relay, `connect` opens one
/// to another address.
pub fn move_to_new_relay_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    connect: Connect<'_>,
    portfolio: PortfolioId,
    new_url: &str,
) -> Result<MoveReport> {
    let new_url = new_url.trim().trim_end_matches('/').to_string();
    check_relay_url(&new_url)?;
    let lid = local_id(portfolio);
    let Some(st) = store::load(m.connection(), &lid)? else {
        return Err(Error::Invalid(
            "this portfolio has not been synced yet: there is no relay to move from".into(),
        ));
    };
    if st.kind != "portfolio" || st.write_secret.is_none() {
        return Err(Error::Invalid(
            "only the owner's devices can move a portfolio to another relay".into(),
        ));
    }
    let from = st.relay_url.clone();
    if from == new_url {
        return Ok(MoveReport {
            from,
            to: new_url,
            documents: 0,
        });
    }
    let dev = store::device(m)?;
    let mut router = Router::new(&from, t, Some(connect));
    let mut ctx = Ctx {
        store: StoreAccess::Borrowed(m),
        t: &mut router,
        dev: &dev,
        policy: RetryPolicy::default(),
    };
    // Catch up first, so the copy holds everything the old relay has.
    sync_one(&mut ctx, &lid).map_err(|e| match e {
        Error::Unreachable(why) => Error::Unreachable(format!(
            "the old relay {from} cannot be reached ({why}); moving needs it, to tell your \
             other devices and mentors where the portfolio went; nothing changed"
        )),
        e => e,
    })?;
    copy_to_relay(&mut ctx, &lid, &new_url)?;
    // The mentors' views go too; each leaves its own notice, which its mentor and the owner's
    // other devices follow.
    let views = store::list(
        ctx.store().connection(),
        "kind = 'view' AND portfolio_id = ?1",
        &lid,
    )?;
    let mut documents = 1;
    for v in views.iter().filter(|v| v.relay_url == from) {
        ctx.t.route(&from);
        sync_one(&mut ctx, &v.local_id)?;
        copy_to_relay(&mut ctx, &v.local_id, &new_url)?;
        documents += 1;
    }
    Ok(MoveReport {
        from,
        to: new_url,
        documents,
    })
}

/// One document's sync at the address it lives at, then the move work it has: the notice
/// this device still owes its old relay, or a notice just read to follow.
pub(crate) fn sync_one<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
) -> Result<SyncReport> {
    let url = load(ctx, lid)?.relay_url;
    ctx.t.route(&url);
    let mut rep = ctx.sync_doc(lid)?;
    if let Err(e) = send_move_notice(ctx, lid) {
        rep.warnings.push(format!(
            "the old relay has not been told of the move yet ({e}); the next sync tries again"
        ));
    }
    let moved = store::moved_to(ctx.store().connection(), lid)?;
    if let Some(new_url) = moved {
        follow(ctx, lid, &new_url, &mut rep)?;
    }
    Ok(rep)
}

fn load<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
) -> Result<store::DocState> {
    store::load(ctx.store().connection(), lid)?
        .ok_or_else(|| Error::Invalid(format!("{lid} is not set up for sync")))
}

/// Follows a signed notice that the document moved to `new_url`: once that relay serves it
/// to this device, switch and sync there. A mentor moves the feedback document it writes
/// beside the portfolio.
fn follow<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
    new_url: &str,
    rep: &mut SyncReport,
) -> Result<()> {
    let st = load(ctx, lid)?;
    let old = st.relay_url.clone();
    if !ctx.t.reaches(new_url) {
        rep.warnings.push(format!(
            "this portfolio moved to {new_url}; sync again to follow it"
        ));
        return Ok(());
    }
    ctx.t.route(new_url);
    let (doc, token) = (st.relay_doc, ReadToken(st.read_token));
    if let Err(e) = ctx.call(|t| t.pull(&doc, &token, 0)) {
        ctx.t.route(&old);
        rep.warnings.push(format!(
            "this document moved to {new_url}, which does not serve it to this device yet \
             ({e}); it stays on {old} until then"
        ));
        return Ok(());
    }
    store::switch_relay(ctx.store().connection(), lid, new_url, None)?;
    if st.kind == "portfolio" {
        let mine = store::list(
            ctx.store().connection(),
            "kind = 'feedback' AND portfolio_id = ?1",
            lid,
        )?;
        for fb in mine.iter().filter(|f| f.writer && f.relay_url == old) {
            ctx.t.route(&old);
            if let Err(e) = copy_to_relay(ctx, &fb.local_id, new_url) {
                rep.warnings
                    .push(format!("feedback document not moved yet: {e}"));
            }
        }
    }
    ctx.t.route(new_url);
    let after = ctx.sync_doc(lid)?;
    rep.add(&after);
    rep.cursor = after.cursor;
    rep.moved_to = Some(new_url.to_string());
    Ok(())
}

/// Copies a document this device writes (after a sync with its relay) to the relay at
/// `new_url` and moves it there: register under the same write key with every current
/// member's read token, switch, send everything, then tell the old relay.
fn copy_to_relay<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
    new_url: &str,
) -> Result<()> {
    let st = load(ctx, lid)?;
    let old = st.relay_url.clone();
    let secret = st
        .write_secret
        .ok_or_else(|| Error::Invalid("read-only access: this device cannot move it".into()))?;
    let writer = WriterKey::from_secret_bytes(&secret);
    let tokens = engine::current_read_tokens(&mut ctx.store(), &st)?;
    let doc = st.relay_doc;
    let own = ReadToken(st.read_token).hash();
    ctx.t.route(new_url);
    match ctx.call(|t| t.create_doc(&doc, &writer, &own)) {
        Ok(()) => {}
        Err(Error::Refused(m)) if m.starts_with(codes::EXISTS) => {
            ctx.t.route(&old);
            return Err(Error::Refused(format!(
                "the relay at {new_url} already holds a document with this id under another \
                 key; nothing changed"
            )));
        }
        Err(e) => {
            ctx.t.route(&old);
            return Err(match e {
                Error::Unreachable(why) => Error::Unreachable(format!(
                    "{new_url} could not be reached ({why}); nothing changed"
                )),
                e => e,
            });
        }
    }
    let others: Vec<_> = tokens.into_iter().filter(|h| *h != own).collect();
    if !others.is_empty() {
        let change = AccessChange {
            add_read_token_hashes: others,
            ..Default::default()
        };
        ctx.call(|t| t.update_access(&doc, &writer, &change))?;
    }
    store::switch_relay(ctx.store().connection(), lid, new_url, Some(&old))?;
    ctx.sync_doc(lid)?;
    send_move_notice(ctx, lid)
}

/// Appends the signed `Moved` notice to the old relay this device moved `lid` from, if it
/// still owes one.
fn send_move_notice<T: Transport + ?Sized>(
    ctx: &mut Ctx<'_, Router<'_, '_, T>>,
    lid: &str,
) -> Result<()> {
    let Some(old) = store::moved_from(ctx.store().connection(), lid)? else {
        return Ok(());
    };
    let st = load(ctx, lid)?;
    let secret = st
        .write_secret
        .ok_or_else(|| Error::Invalid("read-only access: this device cannot write".into()))?;
    let writer = WriterKey::from_secret_bytes(&secret);
    let env = ctx.seal(&st, Kind::Moved, &[], st.relay_url.as_bytes())?;
    let doc = st.relay_doc;
    ctx.t.route(&old);
    let sent = ctx.call(|t| t.append(&doc, &writer, &env));
    ctx.t.route(&st.relay_url);
    sent?;
    store::clear_moved_from(ctx.store().connection(), lid)
}
