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

use mosaic_core::{Mosaic, PortfolioId};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{ReadToken, codes};
use serde::Serialize;

use crate::entry::local_id;
use crate::error::{Error, Result};
use crate::relay_url::check_relay_url;
use crate::store;
use crate::transport::{RelayTransport, Transport, TransportError};

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
             same relay (moving to a different relay is not supported yet); nothing changed"
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
