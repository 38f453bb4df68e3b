//! Sync entry points: one portfolio and its feedback documents, with the store borrowed
//! (CLI, tests) or shared behind a mutex (the app); registering an owner's portfolio on its
//! first sync.

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::DocId;
use std::sync::Mutex;

use crate::access::StoreAccess;
use crate::crypto::{self, DocKey};
use crate::engine::{self, SyncReport};
use crate::error::{Error, Result};
use crate::feedback::{feedback_local_id, feedback_params};
use crate::relay_url::check_relay_url;
use crate::relocate;
use crate::router::{Connect, Router};
use crate::store::{self, DocState};
use crate::transport::{RelayTransport, RetryPolicy, Transport};

pub(crate) fn local_id(p: PortfolioId) -> String {
    p.to_string()
}

/// Syncs one portfolio with the relay at `relay_url`, and the feedback documents attached to
/// it (the mentors' feedback on an owner device; this mentor's feedback on a mentor device).
///
/// The first sync of an owner's portfolio registers it on the relay (a random relay document
/// id, a fresh write key and read token, epoch-0 key). Afterwards the URL stored at
/// registration is used. Transport errors are retried with exponential backoff and jitter;
/// if the relay stays unreachable the error is [`Error::Unreachable`] and nothing is lost.
pub fn sync(m: &mut Mosaic, relay_url: &str, portfolio: PortfolioId) -> Result<SyncReport> {
    let url = registered_relay_url(m, relay_url, portfolio)?;
    sync_through_relays(StoreAccess::Borrowed(m), &url, portfolio)
}

/// A sync with real relay clients: `url` first, any other address a document lives at on
/// demand. The report counts the bytes exchanged with `url`.
fn sync_through_relays(
    access: StoreAccess<'_>,
    url: &str,
    portfolio: PortfolioId,
) -> Result<SyncReport> {
    let mut t = RelayTransport::new(url);
    let mut connect = connect_relay;
    let mut r = sync_access(
        access,
        &mut t,
        url,
        portfolio,
        RetryPolicy::default(),
        Some(&mut connect),
    )?;
    r.set_bytes(t.bytes);
    Ok(r)
}

/// A real relay client for another address (a document that moved, or is moving).
pub(crate) fn connect_relay(url: &str) -> Box<dyn Transport> {
    Box::new(RelayTransport::new(url))
}

/// The relay a portfolio was registered on, or `relay_url` before its first sync.
pub(crate) fn registered_relay_url(
    m: &mut Mosaic,
    relay_url: &str,
    portfolio: PortfolioId,
) -> Result<String> {
    let url = match store::load(m.connection(), &local_id(portfolio))? {
        Some(st) => st.relay_url,
        None => relay_url.to_string(),
    };
    check_relay_url(&url)?;
    Ok(url)
}

/// [`sync`] over any transport.
pub fn sync_with<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
) -> Result<SyncReport> {
    sync_access(
        StoreAccess::Borrowed(m),
        t,
        relay_url,
        portfolio,
        policy,
        None,
    )
}

/// [`sync_with`], reaching documents that live at other addresses (after a move to another
/// relay) through `connect`.
pub fn sync_with_relays<T: Transport + ?Sized>(
    m: &mut Mosaic,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
    connect: Connect<'_>,
) -> Result<SyncReport> {
    sync_access(
        StoreAccess::Borrowed(m),
        t,
        relay_url,
        portfolio,
        policy,
        Some(connect),
    )
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
    sync_through_relays(StoreAccess::Shared(store), &url, portfolio)
}

/// [`sync_shared`] over any transport.
pub fn sync_shared_with<T: Transport + ?Sized>(
    store: &Mutex<Mosaic>,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
) -> Result<SyncReport> {
    sync_access(
        StoreAccess::Shared(store),
        t,
        relay_url,
        portfolio,
        policy,
        None,
    )
}

fn sync_access<T: Transport + ?Sized>(
    mut access: StoreAccess<'_>,
    t: &mut T,
    relay_url: &str,
    portfolio: PortfolioId,
    policy: RetryPolicy,
    connect: Option<Connect<'_>>,
) -> Result<SyncReport> {
    let lid = local_id(portfolio);
    let dev = {
        let mut m = access.lock();
        if store::load(m.connection(), &lid)?.is_none() {
            register_owner(&mut m, relay_url, portfolio)?;
        }
        store::device(&mut m)?
    };
    let mut router = Router::new(relay_url, t, connect);
    let mut ctx = engine::Ctx {
        store: access,
        t: &mut router,
        dev: &dev,
        policy,
    };
    let mut report = relocate::sync_one(&mut ctx, &lid)?;
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
        match relocate::sync_one(&mut ctx, &fb.local_id) {
            Ok(r) => {
                report.add(&r);
                report.feedback_docs += 1;
            }
            Err(e @ (Error::Tampered(_) | Error::Crypto(_))) => return Err(e),
            Err(e) => report.warnings.push(format!("feedback: {e}")),
        }
    }
    crate::views::sync_views(&mut ctx, &lid, &mut report)?;
    Ok(report)
}

fn register_owner(m: &mut Mosaic, relay_url: &str, portfolio: PortfolioId) -> Result<()> {
    if m.role(portfolio)? != "owner" {
        return Err(Error::Invalid(
            "this portfolio was shared with you read-only; join it with a share code".into(),
        ));
    }
    check_relay_url(relay_url)?;
    let dev = store::device(m)?;
    let writer = crypto::random32();
    let signer_public = WriterKey::from_secret_bytes(&writer).public().0;
    let st = DocState::fresh(
        local_id(portfolio),
        "portfolio",
        portfolio.to_string(),
        (relay_url, DocId(crypto::random32())),
        crypto::random32(),
        Some(writer),
        signer_public,
    );
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
