//! An in-memory model of the relay and of a faulty network, implementing the same
//! [`Transport`] trait as the real client. Used by the convergence property test and the
//! benchmarks; deterministic for a given seed.
//!
//! The model follows `mosaic-relay`'s semantics: per-document append-only log with
//! relay-assigned sequence numbers, write-key and read-token checks, snapshots that drop the
//! entries they cover, content-addressed blobs, and pulls cut into pages (`more`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard};

use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{
    AccessChange, BlobHash, DocId, PullItem, PullResponse, ReadToken, TokenHash,
};

use crate::transport::{TResult, Transport, TransportError, WireBytes};

#[derive(Default)]
struct SimDoc {
    /// The only key that may change access (the relay's rule, see its PROTOCOL.md).
    owner: [u8; 32],
    write_keys: HashSet<[u8; 32]>,
    tokens: HashSet<[u8; 32]>,
    log: Vec<(u64, Vec<u8>)>,
    head: u64,
    snapshot: Option<(u64, Vec<u8>)>,
    blobs: HashMap<[u8; 32], Vec<u8>>,
}

#[derive(Default)]
struct State {
    docs: HashMap<DocId, SimDoc>,
    /// Appends sent but not yet delivered (a slow network): delivered later, out of order.
    in_flight: Vec<(DocId, [u8; 32], Vec<u8>)>,
    snapshots: u64,
}

/// The shared relay model.
#[derive(Clone, Default)]
pub struct SimRelay {
    state: Arc<Mutex<State>>,
}

impl SimRelay {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// Delivers delayed appends, in the order given by `pick` (an index into what remains).
    pub fn deliver_in_flight(&self, mut pick: impl FnMut(usize) -> usize) {
        let mut s = self.lock();
        while !s.in_flight.is_empty() {
            let n = s.in_flight.len();
            let i = pick(n) % n;
            let (doc, key, data) = s.in_flight.swap_remove(i);
            let _ = append_locked(&mut s, &doc, &key, data);
        }
    }

    /// Every stored byte (log entries, snapshots, blobs), for plaintext scans.
    pub fn stored_bytes(&self) -> Vec<Vec<u8>> {
        let s = self.lock();
        let mut out = vec![];
        for d in s.docs.values() {
            out.extend(d.log.iter().map(|e| e.1.clone()));
            out.extend(d.snapshot.iter().map(|e| e.1.clone()));
            out.extend(d.blobs.values().cloned());
        }
        out
    }

    /// Snapshots accepted so far.
    pub fn snapshots_stored(&self) -> u64 {
        self.lock().snapshots
    }

    /// The log entries stored for `doc` (after compaction), as the relay holds them.
    pub fn entries(&self, doc: &DocId) -> Vec<Vec<u8>> {
        self.lock()
            .docs
            .get(doc)
            .map_or_else(Vec::new, |d| d.log.iter().map(|e| e.1.clone()).collect())
    }

    /// The write keys registered for `doc`, as the relay holds them.
    pub fn write_keys(&self, doc: &DocId) -> Vec<[u8; 32]> {
        self.lock()
            .docs
            .get(doc)
            .map_or_else(Vec::new, |d| d.write_keys.iter().copied().collect())
    }

    /// The sizes of the blobs stored for `doc`, smallest first.
    pub fn blob_sizes(&self, doc: &DocId) -> Vec<usize> {
        let mut sizes: Vec<usize> = self
            .lock()
            .docs
            .get(doc)
            .map_or_else(Vec::new, |d| d.blobs.values().map(Vec::len).collect());
        sizes.sort_unstable();
        sizes
    }

    /// Number of log entries currently stored for `doc` (after compaction).
    pub fn log_len(&self, doc: &DocId) -> usize {
        self.lock().docs.get(doc).map_or(0, |d| d.log.len())
    }
}

fn append_locked(s: &mut State, doc: &DocId, key: &[u8; 32], data: Vec<u8>) -> TResult<u64> {
    let d = s.docs.get_mut(doc).ok_or(TransportError::NotFound)?;
    if !d.write_keys.contains(key) {
        return Err(TransportError::NotFound);
    }
    d.head += 1;
    let seq = d.head;
    d.log.push((seq, data));
    Ok(seq)
}

/// Fault probabilities, each in `[0, 1]`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Faults {
    /// The request never reaches the relay.
    pub drop_request: f64,
    /// The relay acts, the answer is lost (the client sees an error).
    pub drop_response: f64,
    /// An append is stored twice.
    pub duplicate: f64,
    /// An append is held in flight and delivered later, after others (reordering).
    pub delay: f64,
    /// A pull answer arrives truncated (the decoder fails: a transient error).
    pub truncate: f64,
    /// Largest number of items per pull page (0: no limit).
    pub page: usize,
}

impl Faults {
    pub fn none() -> Self {
        Faults::default()
    }
}

/// One device's view of the network.
pub struct SimLink {
    relay: SimRelay,
    rng: u64,
    pub faults: Faults,
    /// Every request fails while set.
    pub partitioned: bool,
    pub bytes: WireBytes,
}

impl SimLink {
    pub fn new(relay: &SimRelay, seed: u64) -> Self {
        SimLink {
            relay: relay.clone(),
            rng: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            faults: Faults::none(),
            partitioned: false,
            bytes: WireBytes::default(),
        }
    }

    fn next(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    fn chance(&mut self, p: f64) -> bool {
        p > 0.0 && ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    fn before(&mut self, sent: usize) -> TResult<()> {
        if self.partitioned {
            return Err(TransportError::Transient(
                "network unreachable (partition)".into(),
            ));
        }
        if self.chance(self.faults.drop_request) {
            return Err(TransportError::Transient("request lost".into()));
        }
        self.bytes.sent += sent as u64;
        self.bytes.requests += 1;
        Ok(())
    }

    fn after<T>(&mut self, r: TResult<T>, received: usize) -> TResult<T> {
        if self.chance(self.faults.drop_response) {
            return Err(TransportError::Transient("response lost".into()));
        }
        self.bytes.received += received as u64;
        r
    }
}

/// The relay's access rules: only the owner key changes access; a hand-over ends every other
/// write key and every read token not kept.
fn sim_access(d: &mut SimDoc, signer: [u8; 32], change: &AccessChange) -> TResult<()> {
    let refuse = |code: &str, message: &str| {
        Err(TransportError::Refused {
            code: code.into(),
            message: message.into(),
        })
    };
    if signer != d.owner {
        return refuse(
            "not_owner",
            "only the document's owner key may change access",
        );
    }
    if change.remove_write_keys.iter().any(|k| k.0 == d.owner) {
        return refuse("bad_access_change", "the owner key cannot be removed");
    }
    d.write_keys
        .extend(change.add_write_keys.iter().map(|k| k.0));
    d.tokens
        .extend(change.add_read_token_hashes.iter().map(|k| k.0));
    for k in &change.remove_write_keys {
        d.write_keys.remove(&k.0);
    }
    for k in &change.remove_read_token_hashes {
        d.tokens.remove(&k.0);
    }
    if let Some(new) = change.handover_to.filter(|n| n.0 != d.owner) {
        let keep: HashSet<[u8; 32]> = change
            .keep_read_token_hashes
            .iter()
            .chain(&change.add_read_token_hashes)
            .map(|h| h.0)
            .filter(|h| !change.remove_read_token_hashes.iter().any(|r| r.0 == *h))
            .collect();
        d.owner = new.0;
        d.write_keys = HashSet::from([new.0]);
        d.tokens.retain(|t| keep.contains(t));
    }
    Ok(())
}

impl Transport for SimLink {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()> {
        self.before(130)?;
        let r = {
            let mut s = self.relay.lock();
            let d = s.docs.entry(*doc).or_default();
            if d.write_keys.is_empty() {
                d.owner = writer.public().0;
                d.write_keys.insert(writer.public().0);
                d.tokens.insert(read.0);
                Ok(())
            } else if d.write_keys.contains(&writer.public().0) {
                Ok(())
            } else {
                Err(TransportError::Refused {
                    code: "exists".into(),
                    message: "document exists".into(),
                })
            }
        };
        self.after(r, 16)
    }

    fn update_access(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> TResult<()> {
        self.before(100)?;
        let r = {
            let mut s = self.relay.lock();
            match s.docs.get_mut(doc) {
                Some(d) if d.write_keys.contains(&writer.public().0) => {
                    sim_access(d, writer.public().0, change)
                }
                _ => Err(TransportError::NotFound),
            }
        };
        self.after(r, 30)
    }

    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64> {
        self.before(data.len())?;
        let key = writer.public().0;
        if self.chance(self.faults.delay) {
            self.relay.lock().in_flight.push((*doc, key, data.to_vec()));
            return Err(TransportError::Transient("timeout (delayed)".into()));
        }
        let dup = self.chance(self.faults.duplicate);
        let r = {
            let mut s = self.relay.lock();
            let r = append_locked(&mut s, doc, &key, data.to_vec());
            if dup && r.is_ok() {
                let _ = append_locked(&mut s, doc, &key, data.to_vec());
            }
            r
        };
        self.after(r, 10)
    }

    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse> {
        self.before(0)?;
        let page = self.faults.page;
        let r = {
            let s = self.relay.lock();
            match s.docs.get(doc) {
                Some(d) if d.tokens.contains(&token.hash().0) => {
                    let mut items = vec![];
                    let mut from = since;
                    if let Some((covers, data)) = &d.snapshot
                        && (since == 0 || since < *covers)
                    {
                        items.push(PullItem::Snapshot {
                            covers_seq: *covers,
                            data: data.clone(),
                        });
                        from = *covers;
                    }
                    let mut more = false;
                    for (seq, data) in d.log.iter().filter(|(s, _)| *s > from) {
                        if page > 0 && items.len() >= page {
                            more = true;
                            break;
                        }
                        items.push(PullItem::Entry {
                            seq: *seq,
                            data: data.clone(),
                        });
                    }
                    Ok(PullResponse {
                        head_seq: d.head,
                        more,
                        items,
                    })
                }
                _ => Err(TransportError::NotFound),
            }
        };
        let size = r.as_ref().map_or(40, |p| p.encode().len());
        if r.is_ok() && self.chance(self.faults.truncate) {
            self.bytes.received += size as u64 / 2;
            return Err(TransportError::Transient(
                "malformed pull response: truncated".into(),
            ));
        }
        self.after(r, size)
    }

    fn put_snapshot(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        data: &[u8],
    ) -> TResult<()> {
        self.before(data.len())?;
        let r = {
            let mut s = self.relay.lock();
            let r = match s.docs.get_mut(doc) {
                Some(d) if d.write_keys.contains(&writer.public().0) => {
                    let old = d.snapshot.as_ref().map_or(0, |x| x.0);
                    if covers_seq > d.head || covers_seq < old {
                        Err(TransportError::Refused {
                            code: "bad_snapshot".into(),
                            message: "covers_seq out of range".into(),
                        })
                    } else {
                        d.snapshot = Some((covers_seq, data.to_vec()));
                        d.log.retain(|(s, _)| *s > covers_seq);
                        Ok(())
                    }
                }
                _ => Err(TransportError::NotFound),
            };
            if r.is_ok() {
                s.snapshots += 1;
            }
            r
        };
        self.after(r, 40)
    }

    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash> {
        self.before(data.len())?;
        let hash = BlobHash::of(data);
        let r = {
            let mut s = self.relay.lock();
            match s.docs.get_mut(doc) {
                Some(d) if d.write_keys.contains(&writer.public().0) => {
                    d.blobs.insert(hash.0, data.to_vec());
                    Ok(hash)
                }
                _ => Err(TransportError::NotFound),
            }
        };
        self.after(r, 90)
    }

    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>> {
        self.before(0)?;
        let r = {
            let s = self.relay.lock();
            match s.docs.get(doc) {
                Some(d) if d.tokens.contains(&token.hash().0) => d
                    .blobs
                    .get(&hash.0)
                    .cloned()
                    .ok_or(TransportError::NotFound),
                _ => Err(TransportError::NotFound),
            }
        };
        let n = r.as_ref().map_or(0, Vec::len);
        self.after(r, n)
    }

    fn delete_doc(&mut self, doc: &DocId, writer: &WriterKey) -> TResult<()> {
        self.before(0)?;
        let r = {
            let mut s = self.relay.lock();
            match s.docs.get(doc) {
                Some(d) if d.write_keys.contains(&writer.public().0) => {
                    s.docs.remove(doc);
                    Ok(())
                }
                _ => Err(TransportError::NotFound),
            }
        };
        self.after(r, 0)
    }

    fn sleep(&mut self, _d: std::time::Duration) {}
}

/// Shares `owner`'s portfolio `id` with `member` through the relay at `url`, as the two people
/// would: the member's device code, the owner's share code, the member joins. Tests set up
/// their owner, devices and mentors with it.
pub fn share_and_join(
    owner: (&mut mosaic_core::Mosaic, &mut SimLink),
    url: &str,
    id: mosaic_core::PortfolioId,
    member: (&mut mosaic_core::Mosaic, &mut SimLink),
    role: crate::ShareRole,
) -> crate::Result<crate::JoinReport> {
    let code = crate::device_code(member.0)?;
    let share = crate::share_code_with(owner.0, owner.1, url, id, &code, role)?;
    crate::join_with(member.0, member.1, &share)
}
