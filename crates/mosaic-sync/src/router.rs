//! One sync may reach more than one relay: after a portfolio moved to a new relay, the
//! mentors' feedback documents stay on the old one until each mentor's device follows, and the
//! notice of a move is written to the old relay. The [`Router`] sends each call to the
//! transport of the address the current document lives at.

use std::collections::HashMap;

use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, BlobHash, DocId, PullResponse, ReadToken, TokenHash};

use crate::transport::{TResult, Transport, TransportError};

/// Opens a transport to a relay address (the real client, or a simulated relay in tests).
pub type Connect<'a> = &'a mut dyn FnMut(&str) -> Box<dyn Transport>;

/// The primary transport (the address the caller synced through) and, on demand, one more per
/// other address.
pub(crate) struct Router<'a, 'c, T: Transport + ?Sized> {
    primary_url: String,
    primary: &'a mut T,
    connect: Option<Connect<'c>>,
    others: HashMap<String, Box<dyn Transport>>,
    current: String,
}

impl<'a, 'c, T: Transport + ?Sized> Router<'a, 'c, T> {
    pub fn new(primary_url: &str, primary: &'a mut T, connect: Option<Connect<'c>>) -> Self {
        let url = normalise(primary_url);
        Router {
            primary_url: url.clone(),
            primary,
            connect,
            others: HashMap::new(),
            current: url,
        }
    }

    /// Sends the next calls to `url`.
    pub fn route(&mut self, url: &str) {
        self.current = normalise(url);
    }

    /// Whether a call to `url` can be made (the primary address, or a connector is set).
    pub fn reaches(&self, url: &str) -> bool {
        normalise(url) == self.primary_url || self.connect.is_some()
    }

    fn other(&mut self) -> TResult<&mut Box<dyn Transport>> {
        if !self.others.contains_key(&self.current) {
            let Some(connect) = self.connect.as_mut() else {
                return Err(TransportError::Transient(format!(
                    "no connection to {} in this sync",
                    self.current
                )));
            };
            let t = connect(&self.current);
            self.others.insert(self.current.clone(), t);
        }
        self.others
            .get_mut(&self.current)
            .ok_or_else(|| TransportError::Transient("no transport".into()))
    }
}

fn normalise(url: &str) -> String {
    url.trim().trim_end_matches('/').to_string()
}

/// Calls `$call` on the transport of the current address.
macro_rules! routed {
    ($self:ident, |$t:ident| $call:expr) => {
        if $self.current == $self.primary_url || $self.current.is_empty() {
            let $t = &mut *$self.primary;
            $call
        } else {
            let $t = $self.other()?;
            $call
        }
    };
}

impl<T: Transport + ?Sized> Transport for Router<'_, '_, T> {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()> {
        routed!(self, |t| t.create_doc(doc, writer, read))
    }
    fn update_access(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> TResult<()> {
        routed!(self, |t| t.update_access(doc, writer, change))
    }
    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64> {
        routed!(self, |t| t.append(doc, writer, data))
    }
    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse> {
        routed!(self, |t| t.pull(doc, token, since))
    }
    fn put_snapshot(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        data: &[u8],
    ) -> TResult<()> {
        routed!(self, |t| t.put_snapshot(doc, writer, covers_seq, data))
    }
    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash> {
        routed!(self, |t| t.put_blob(doc, writer, data))
    }
    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>> {
        routed!(self, |t| t.get_blob(doc, token, hash))
    }
    fn delete_doc(&mut self, doc: &DocId, writer: &WriterKey) -> TResult<()> {
        routed!(self, |t| t.delete_doc(doc, writer))
    }
    fn sleep(&mut self, d: std::time::Duration) {
        self.primary.sleep(d);
    }
}
