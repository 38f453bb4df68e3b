//! The sync engine: register, publish pending re-keying, pull and apply, push the outbox,
//! attachments, snapshot. Every step commits its progress to SQLite before the next one, so
//! an interruption anywhere (crash, network loss, relay restart) resumes where it stopped.

use automerge::{AutoCommit, Automerge, Change, ChangeHash, ReadDoc};
use mosaic_core::{Mosaic, NewAttachment, PortfolioId};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, BlobHash, PullItem, ReadToken, TokenHash};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use crate::access::{StoreAccess, StoreGuard};
use crate::crypto::{self, DeviceKeys, DocKey, Grant, Kind};
use crate::error::{Error, Result};
use crate::store::{self, DocState};
use crate::transport::{RetryPolicy, Transport, TransportError, WireBytes};

/// A snapshot is uploaded once the log entries since the last one weigh more than the last
/// snapshot and at least this much.
pub const SNAPSHOT_MIN_TAIL_BYTES: u64 = 16 * 1024;

static SNAPSHOT_MIN: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(SNAPSHOT_MIN_TAIL_BYTES);

/// Overrides [`SNAPSHOT_MIN_TAIL_BYTES`] process-wide (tests use a tiny value so that
/// snapshots and compaction happen often).
pub fn set_snapshot_min_tail_bytes(n: u64) {
    SNAPSHOT_MIN.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Log entries (and snapshots) received and verified.
    pub pulled_entries: u32,
    /// Changes from other devices applied locally.
    pub applied_changes: u32,
    /// Local changes sent to the relay.
    pub pushed_changes: u32,
    /// A snapshot was uploaded.
    pub snapshot_uploaded: bool,
    pub blobs_uploaded: u32,
    pub blobs_downloaded: u32,
    /// Feedback documents synced alongside the portfolio.
    pub feedback_docs: u32,
    /// The portfolio's relay cursor after the sync.
    pub cursor: u64,
    /// Request and response body bytes.
    pub bytes_sent: u64,
    pub bytes_received: u64,
    /// Problems that did not stop the sync (e.g. a feedback document not created yet).
    pub warnings: Vec<String>,
    /// The portfolio moved to this relay (a signed notice from its owner), followed in this
    /// sync.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moved_to: Option<String>,
    /// Mentor: the owner gave this mentor a new view (after revoking one of her devices); the
    /// copy here was replaced by it in this sync.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub view_replaced: bool,
}

impl SyncReport {
    pub(crate) fn add(&mut self, o: &SyncReport) {
        self.pulled_entries += o.pulled_entries;
        self.applied_changes += o.applied_changes;
        self.pushed_changes += o.pushed_changes;
        self.snapshot_uploaded |= o.snapshot_uploaded;
        self.blobs_uploaded += o.blobs_uploaded;
        self.blobs_downloaded += o.blobs_downloaded;
        self.view_replaced |= o.view_replaced;
        self.warnings.extend(o.warnings.iter().cloned());
    }
    pub(crate) fn set_bytes(&mut self, b: WireBytes) {
        self.bytes_sent = b.sent;
        self.bytes_received = b.received;
    }
}

/// Which local document a [`DocState`] stands for.
enum Target {
    Portfolio(PortfolioId),
    /// Kept by this crate in `sync_docs.doc_data`: a mentor's feedback, or (owner side) a
    /// mentor's view of the portfolio.
    Feedback(String),
}

fn target(st: &DocState) -> Result<Target> {
    if st.kind == "feedback" || st.kind == "view" {
        Ok(Target::Feedback(st.local_id.clone()))
    } else {
        Ok(Target::Portfolio(st.portfolio_id.parse().map_err(
            |_| Error::Invalid(format!("bad portfolio id {}", st.portfolio_id)),
        )?))
    }
}

fn transport_err(e: TransportError) -> Error {
    match e {
        TransportError::Transient(m) => Error::Unreachable(m),
        TransportError::NotFound => Error::NoAccess,
        TransportError::Refused { code, message } => Error::Refused(format!("{code}: {message}")),
    }
}

fn portfolio_exists(m: &Mosaic, id: PortfolioId) -> bool {
    m.role(id).is_ok()
}

pub(crate) fn load_automerge(data: Option<Vec<u8>>) -> Result<Automerge> {
    match data {
        Some(d) => Ok(Automerge::load(&d)?),
        None => Ok(Automerge::new()),
    }
}

fn heads(m: &mut Mosaic, t: &Target) -> Result<Vec<ChangeHash>> {
    match t {
        Target::Portfolio(id) => Ok(m.heads(*id)?),
        Target::Feedback(l) => Ok(load_automerge(store::doc_data(m.connection(), l)?)?.get_heads()),
    }
}

fn changes_since(m: &mut Mosaic, t: &Target, have: &[ChangeHash]) -> Result<Vec<Vec<u8>>> {
    match t {
        Target::Portfolio(id) => Ok(m.changes_since(*id, have)?),
        Target::Feedback(l) => Ok(load_automerge(store::doc_data(m.connection(), l)?)?
            .get_changes(have)
            .into_iter()
            .map(|c| c.raw_bytes().to_vec())
            .collect()),
    }
}

fn save_doc(m: &mut Mosaic, t: &Target) -> Result<Vec<u8>> {
    match t {
        Target::Portfolio(id) => Ok(m.save_document(*id)?),
        Target::Feedback(l) => Ok(load_automerge(store::doc_data(m.connection(), l)?)?.save()),
    }
}

fn parse_changes(raw: &[Vec<u8>]) -> Result<Vec<Change>> {
    raw.iter()
        .map(|c| {
            Change::from_bytes(c.clone())
                .map_err(|e| Error::Tampered(format!("invalid change: {e}")))
        })
        .collect()
}

/// Applies `changes` and stores `st` (cursor, acked heads...) in the same SQLite transaction.
// The closure's error type is `mosaic_core::Error`, fixed by `Mosaic::apply_changes`.
#[allow(clippy::result_large_err)]
fn apply(m: &mut Mosaic, t: &Target, changes: &[Vec<u8>], st: &DocState) -> Result<()> {
    if changes.is_empty() {
        return store::save_progress(m.connection(), st);
    }
    match t {
        Target::Portfolio(id) => {
            let st2 = st.clone();
            m.apply_changes(*id, changes, move |tx| {
                store::save_progress(tx, &st2).map_err(|e| match e {
                    Error::Db(d) => mosaic_core::Error::from(d),
                    other => mosaic_core::Error::Corrupt(other.to_string()),
                })
            })?;
        }
        Target::Feedback(l) => {
            let conn = m.connection();
            let tx = conn.transaction()?;
            let mut doc = load_automerge(store::doc_data(&tx, l)?)?;
            doc.apply_changes(parse_changes(changes)?)?;
            store::set_doc_data(&tx, l, &doc.save())?;
            store::save_progress(&tx, st)?;
            tx.commit()?;
        }
    }
    Ok(())
}

/// What a pulled snapshot decrypts to: the document and the attachment index.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct BlobRef {
    /// Plaintext SHA-256 (hex): the attachment's id in the portfolio.
    pub sha256: String,
    /// Address on the relay: SHA-256 of the ciphertext (hex).
    pub blob: String,
    pub epoch: u32,
}

/// Snapshot plaintext: `len u32 | save() | len u32 | blob index JSON | roster (rest)`.
/// Reports a log entry the pull skipped because it failed verification.
fn skipped(rep: &mut SyncReport, seq: u64, e: &Error) {
    tracing::warn!(seq, error = %e, "skipping a log entry that does not verify");
    rep.warnings.push(format!("skipped log entry {seq}: {e}"));
}

/// The read tokens that stay valid when this device hands the write authority over: its own
/// and those of every member not revoked (pending removals excluded).
pub(crate) fn current_read_tokens(m: &mut Mosaic, st: &DocState) -> Result<Vec<TokenHash>> {
    let mut stmt = m.connection().prepare(
        "SELECT read_token_hash FROM sync_members WHERE local_id = ?1 AND revoked_at IS NULL",
    )?;
    let mut out = vec![ReadToken(st.read_token).hash()];
    for h in stmt.query_map([&st.local_id], |r| r.get::<_, Vec<u8>>(0))? {
        // A mentor with a view holds no token for the portfolio (recorded as zero).
        if let Ok(h) = <[u8; 32]>::try_from(h?)
            && h != [0; 32]
            && !st.pending_remove.contains(&h)
            && !out.contains(&TokenHash(h))
        {
            out.push(TokenHash(h));
        }
    }
    Ok(out)
}

fn encode_snapshot(doc: &[u8], index: &[BlobRef], roster: &[u8]) -> Vec<u8> {
    let idx = serde_json::to_vec(index).unwrap_or_else(|_| b"[]".to_vec());
    let mut o = (doc.len() as u32).to_be_bytes().to_vec();
    o.extend_from_slice(doc);
    o.extend_from_slice(&(idx.len() as u32).to_be_bytes());
    o.extend_from_slice(&idx);
    o.extend_from_slice(roster);
    o
}

type Snapshot = (Vec<u8>, Vec<BlobRef>, Vec<u8>);

fn decode_snapshot(b: &[u8]) -> Result<Snapshot> {
    let bad = || Error::Tampered("snapshot truncated".into());
    let take = |b: &mut &[u8]| -> Result<Vec<u8>> {
        if b.len() < 4 {
            return Err(bad());
        }
        let n = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        if b.len() < 4 + n {
            return Err(bad());
        }
        let v = b[4..4 + n].to_vec();
        *b = &b[4 + n..];
        Ok(v)
    };
    let mut rest = b;
    let doc = take(&mut rest)?;
    let index = serde_json::from_slice(&take(&mut rest)?)
        .map_err(|e| Error::Tampered(format!("snapshot index: {e}")))?;
    Ok((doc, index, rest.to_vec()))
}

fn encode_grants(g: &[Grant]) -> Vec<u8> {
    let mut o = vec![];
    for x in g {
        o.extend_from_slice(&x.recipient);
        o.extend_from_slice(&(x.sealed.len() as u16).to_be_bytes());
        o.extend_from_slice(&x.sealed);
    }
    o
}

pub(crate) fn decode_grants(mut b: &[u8]) -> Vec<Grant> {
    let mut out = vec![];
    while b.len() >= 10 {
        let mut r = [0u8; 8];
        r.copy_from_slice(&b[..8]);
        let n = u16::from_be_bytes([b[8], b[9]]) as usize;
        if b.len() < 10 + n {
            break;
        }
        out.push(Grant {
            recipient: r,
            sealed: b[10..10 + n].to_vec(),
        });
        b = &b[10 + n..];
    }
    out
}

pub(crate) fn store_grants(g: &[Grant]) -> Vec<u8> {
    encode_grants(g)
}

/// The grants a rotation or snapshot carries: the current epoch's (if any) and every
/// write-authority hand-over since the document's first signer.
fn published_grants(st: &DocState) -> Vec<Grant> {
    let mut g = decode_grants(st.rotation_grants.as_deref().unwrap_or_default());
    for h in decode_grants(&st.signer_chain) {
        if !g.contains(&h) {
            g.push(h);
        }
    }
    g
}

/// The public key of a write secret.
fn public_of(ws: &[u8; 32]) -> [u8; 32] {
    WriterKey::from_secret_bytes(ws).public().0
}

/// Engine context for one document.
pub(crate) struct Ctx<'a, T: Transport + ?Sized> {
    pub store: StoreAccess<'a>,
    pub t: &'a mut T,
    pub dev: &'a DeviceKeys,
    pub policy: RetryPolicy,
}

impl<T: Transport + ?Sized> Ctx<'_, T> {
    /// The store for one step; never held across [`Self::call`].
    pub fn store(&mut self) -> StoreGuard<'_> {
        self.store.lock()
    }

    pub(crate) fn call<R>(
        &mut self,
        f: impl FnMut(&mut T) -> std::result::Result<R, TransportError>,
    ) -> Result<R> {
        self.policy.run(self.t, f).map_err(transport_err)
    }

    fn writer(&self, st: &DocState) -> Result<WriterKey> {
        st.write_secret
            .map(|w| WriterKey::from_secret_bytes(&w))
            .ok_or_else(|| Error::Invalid("read-only access: this device cannot write".into()))
    }

    fn current_key(&mut self, st: &DocState) -> Result<DocKey> {
        store::key(self.store().connection(), &st.local_id, st.epoch)?
            .ok_or_else(|| Error::Crypto(format!("no key for epoch {}", st.epoch)))
    }

    pub(crate) fn seal(
        &mut self,
        st: &DocState,
        kind: Kind,
        grants: &[Grant],
        plain: &[u8],
    ) -> Result<Vec<u8>> {
        let key = self.current_key(st)?;
        let ws = st
            .write_secret
            .ok_or_else(|| Error::Invalid("read-only access: this device cannot write".into()))?;
        let me = self.dev.sender_id_for(&st.relay_doc);
        // Log entries join this device's chain; a snapshot (not a log entry) and a move notice
        // (left on a relay the chain has moved away from) stay outside it.
        let chained = !matches!(kind, Kind::Snapshot | Kind::Moved);
        let link = if chained {
            crate::chain::next_link(self.store().connection(), &st.local_id, &me)?
        } else {
            crypto::ChainLink::NONE
        };
        let with_handover;
        let grants = match self.feedback_handover(st, &key, &ws)? {
            Some(h) => {
                with_handover = [grants, &[h]].concat();
                &with_handover[..]
            }
            None => grants,
        };
        let env =
            crypto::seal_envelope(&st.relay_doc, kind, &key, &me, grants, (link, plain), &ws)?;
        if chained {
            crate::chain::sending(self.store().connection(), &st.local_id, &me, &link, &env)?;
        }
        Ok(env)
    }

    /// A feedback document this device writes with a key of its own (not its device key)
    /// carries, in every envelope, the device key's hand-over to that key, sealed under the
    /// document key: the owner verifies it, the relay sees neither key linked to the other.
    fn feedback_handover(
        &self,
        st: &DocState,
        key: &DocKey,
        write_secret: &[u8; 32],
    ) -> Result<Option<Grant>> {
        let device = self.dev.ed25519_public();
        if st.kind != "feedback" || public_of(write_secret) == device {
            return Ok(None);
        }
        crypto::sealed_handover(
            &st.relay_doc,
            key,
            self.dev.ed25519_secret(),
            &public_of(write_secret),
        )
        .map(Some)
    }

    /// Appends one envelope; advances the cursor if it lands right after it.
    pub(crate) fn append(&mut self, st: &mut DocState, env: &[u8]) -> Result<u64> {
        let w = self.writer(st)?;
        let doc = st.relay_doc;
        let seq = self.call(|t| t.append(&doc, &w, env))?;
        crate::chain::acknowledged(self.store().connection(), &st.local_id)?;
        if seq == st.cursor + 1 {
            st.cursor = seq;
        }
        st.tail_bytes += env.len() as u64;
        Ok(seq)
    }

    /// Removes revoked read tokens at the relay and, after a device revocation, hands the
    /// relay's owner role to the new write key.
    fn finish_access_change(&mut self, st: &mut DocState) -> Result<()> {
        let doc = st.relay_doc;
        if st.writer && (!st.pending_remove.is_empty() || st.old_write_secret.is_some()) {
            let w = self.writer(st)?;
            let mut change = AccessChange {
                remove_read_token_hashes: st.pending_remove.iter().map(|h| TokenHash(*h)).collect(),
                ..Default::default()
            };
            let old = st
                .old_write_secret
                .map(|o| WriterKey::from_secret_bytes(&o));
            if old.is_some() {
                // The relay ends everything the old key minted (a thief may hold it); only
                // the read tokens of current members carry over.
                change.handover_to = Some(w.public());
                change.keep_read_token_hashes = current_read_tokens(&mut self.store(), st)?;
            }
            let signer = old.as_ref().unwrap_or(&w);
            match self.call(|t| t.update_access(&doc, signer, &change)) {
                Ok(()) => {}
                // The answer to an earlier attempt was lost: the old key is gone already and the
                // new one is registered; it finishes the (idempotent) change.
                Err(Error::NoAccess) if st.old_write_secret.is_some() => {
                    self.call(|t| t.update_access(&doc, &w, &change))?;
                }
                Err(e) => return Err(e),
            }
            st.pending_remove.clear();
            st.old_write_secret = None;
            store::save_progress(self.store().connection(), st)?;
        }
        Ok(())
    }

    /// Appends a pending rotation (its grants) and a changed roster.
    fn publish_rotation_and_roster(&mut self, st: &mut DocState) -> Result<()> {
        if st.writer && st.rotation_pending && st.rotation_rebase {
            self.rebase_rotation(st)?;
        }
        if st.writer && st.rotation_pending {
            let grants = published_grants(st);
            let env = self.seal(st, Kind::Rotation, &grants, &[])?;
            let seq = self.append(st, &env)?;
            if st.cursor == seq
                && let Some(ws) = st.write_secret
            {
                // Our own hand-over will not be pulled: take the new signer now.
                st.signer_public = public_of(&ws);
            }
            st.rotation_pending = false;
            store::save_progress(self.store().connection(), st)?;
        }

        if st.writer
            && st.kind == "portfolio"
            && crate::roster_dirty(&mut self.store(), &st.local_id)?
            && let Some(ws) = st.write_secret
        {
            let plain = crate::roster_plain(&mut self.store(), st, &ws)?;
            let env = self.seal(st, Kind::Roster, &[], &plain)?;
            self.append(st, &env)?;
            store::save_progress(self.store().connection(), st)?;
            crate::set_roster_dirty(&mut self.store(), &st.local_id, false)?;
        }

        Ok(())
    }

    /// One full sync of one document.
    pub fn sync_doc(&mut self, local_id: &str) -> Result<SyncReport> {
        let mut rep = SyncReport::default();
        let mut st = store::load(self.store().connection(), local_id)?
            .ok_or_else(|| Error::Invalid(format!("{local_id} is not set up for sync")))?;
        let tgt = target(&st)?;
        let doc = st.relay_doc;
        let token = ReadToken(st.read_token);

        // 1. Register the document (idempotent for the same write key).
        if st.writer && !st.registered {
            let w = self.writer(&st)?;
            let th: TokenHash = token.hash();
            self.call(|t| t.create_doc(&doc, &w, &th))?;
            st.registered = true;
            store::save_progress(self.store().connection(), &st)?;
        }
        // 2. Finish a revocation at the relay: remove read tokens (and, after revoking a device,
        // swap the old write key for the new one). A device that missed another device's
        // revocation holds a write key the relay no longer knows: it catches up (pull) first,
        // which brings it the new one, and tries again after.
        let own_handover_pending = st.old_write_secret.is_some();
        let access_deferred = match self.finish_access_change(&mut st) {
            Err(Error::NoAccess) => true,
            r => {
                r?;
                false
            }
        };
        // An entry whose acknowledgement was lost goes again first, byte for byte (a new one
        // under its number would look like a fork to readers; see `chain`).
        let unacked = if st.writer {
            crate::chain::unacknowledged(self.store().connection(), &st.local_id)?
        } else {
            None
        };
        if let Some(env) = unacked {
            match self.append(&mut st, &env) {
                Ok(_) => store::save_progress(self.store().connection(), &st)?,
                Err(Error::NoAccess | Error::Refused(_)) => {
                    let me = self.dev.sender_id_for(&st.relay_doc);
                    crate::chain::abandon(self.store().connection(), &st.local_id, &me)?;
                }
                Err(e) => return Err(e),
            }
        }
        // 3. Pull and apply.
        match self.pull(&mut st, &tgt, &mut rep) {
            Err(Error::NoAccess) if st.kind == "feedback" && !st.writer => {
                rep.warnings
                    .push("feedback document not on the relay yet (mentor has not synced)".into());
                return Ok(rep);
            }
            r => r?,
        }
        // A mentor moved to a new view: sync that one instead, from its start.
        if rep.view_replaced {
            let again = self.sync_doc(local_id)?;
            rep.add(&again);
            rep.cursor = again.cursor;
            return Ok(rep);
        }
        // The document moved to another relay: nothing more goes to this one (the caller
        // follows the notice and syncs again there).
        if rep.moved_to.is_some() {
            rep.cursor = st.cursor;
            return Ok(rep);
        }
        if access_deferred {
            if own_handover_pending {
                self.rebase_handover(&mut st)?;
            }
            self.finish_access_change(&mut st)?;
        }
        // A new key epoch and the roster go out after the pull: another of the owner's devices
        // may have rotated meanwhile, and then ours moves to the epoch after (see `pull`).
        self.publish_rotation_and_roster(&mut st)?;
        let exists = match &tgt {
            Target::Portfolio(id) => portfolio_exists(&self.store(), *id),
            Target::Feedback(_) => true,
        };
        if !exists {
            return Err(Error::Invalid(
                "nothing on the relay yet: the owner must sync this portfolio first".into(),
            ));
        }

        // 4. Push the outbox: every local change not known to be on the relay. A mentor's view
        // first takes in what changed in the portfolio.
        if st.writer && st.kind == "view" {
            crate::views::refresh(&mut self.store(), &st)?;
        }
        if st.writer {
            let now_heads = heads(&mut self.store(), &tgt)?;
            let outbox = changes_since(&mut self.store(), &tgt, &st.acked)?;
            if !outbox.is_empty() {
                let plain = crypto::encode_changes(&outbox);
                let env = self.seal(&st, Kind::Changes, &[], &plain)?;
                self.append(&mut st, &env)?;
                rep.pushed_changes += outbox.len() as u32;
            }
            st.acked = now_heads;
            store::save_progress(self.store().connection(), &st)?;
        }

        // 5. Attachments: what the document shares (photos of stories kept on this device stay
        // here), or what a view shows its mentor.
        let refs = match tgt {
            Target::Portfolio(id) => Some(
                self.store()
                    .shared_portfolio(id)?
                    .attachment_refs()
                    .into_iter()
                    .map(|a| a.sha256.clone())
                    .collect(),
            ),
            Target::Feedback(_) if st.kind == "view" => {
                Some(crate::views::attachment_refs(&mut self.store(), &st)?)
            }
            Target::Feedback(_) => None,
        };
        if let Some(refs) = refs {
            self.sync_blobs(&mut st, &refs, &mut rep)?;
        }

        // 6. Snapshot when the log tail outgrows the last one.
        if st.writer
            && st.cursor > st.snapshot_seq
            && st.tail_bytes
                > st.snapshot_bytes
                    .max(SNAPSHOT_MIN.load(std::sync::atomic::Ordering::Relaxed))
        {
            let saved = save_doc(&mut self.store(), &tgt)?;
            let index = self.blob_index(&st)?;
            let grants = published_grants(&st);
            let roster = match (&tgt, st.write_secret) {
                (Target::Portfolio(_), Some(ws)) => {
                    crate::roster_plain(&mut self.store(), &st, &ws)?
                }
                _ => vec![],
            };
            let plain = encode_snapshot(&saved, &index, &roster);
            let env = self.seal(&st, Kind::Snapshot, &grants, &plain)?;
            let w = self.writer(&st)?;
            let covers = st.cursor;
            match self.call(|t| t.put_snapshot(&doc, &w, covers, &env)) {
                Ok(()) => rep.snapshot_uploaded = true,
                Err(Error::Refused(m)) => rep.warnings.push(format!("snapshot refused: {m}")),
                Err(e) => return Err(e),
            }
            st.snapshot_seq = covers;
            st.snapshot_bytes = env.len() as u64;
            st.tail_bytes = 0;
            store::save_progress(self.store().connection(), &st)?;
        }
        rep.cursor = st.cursor;
        Ok(rep)
    }

    fn blob_index(&mut self, st: &DocState) -> Result<Vec<BlobRef>> {
        let mut store = self.store();
        let conn = store.connection();
        let mut stmt =
            conn.prepare("SELECT sha256, blob, epoch FROM sync_blobs WHERE local_id = ?1")?;
        let rows = stmt
            .query_map([&st.local_id], |r| {
                Ok(BlobRef {
                    sha256: r.get(0)?,
                    blob: r.get(1)?,
                    epoch: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    fn pull(&mut self, st: &mut DocState, tgt: &Target, rep: &mut SyncReport) -> Result<()> {
        let doc = st.relay_doc;
        let token = ReadToken(st.read_token);
        // This device's entries (under its per-document id, or the id older versions used).
        let me = [self.dev.sender_id_for(&doc), self.dev.sender_id()];
        loop {
            let since = st.cursor;
            let resp = self.call(|t| t.pull(&doc, &token, since))?;
            check_against_head(&resp, since)?;
            let mut changes: Vec<Vec<u8>> = vec![];
            let mut snapshot: Option<Vec<u8>> = None;
            let mut cursor = st.cursor;
            for item in &resp.items {
                let (data, is_snap) = match item {
                    PullItem::Snapshot { covers_seq, data } => {
                        // Only useful when it covers something we have not applied yet.
                        if covers_seq <= &cursor {
                            continue;
                        }
                        (data, true)
                    }
                    PullItem::Entry { seq, data } => {
                        if seq <= &cursor {
                            continue; // duplicate
                        }
                        (data, false)
                    }
                };
                let opened = crypto::open_envelope_chain(&doc, data, &st.signer_public);
                let opened = match opened {
                    Err(Error::Tampered(_)) if st.kind == "feedback" && !st.writer => {
                        // A mentor's feedback document, written with a key of its own.
                        let mut conn = self.store();
                        let key_for = |epoch| store::key(conn.connection(), &st.local_id, epoch);
                        crypto::open_envelope_sealed_handover(
                            &doc,
                            data,
                            &st.signer_public,
                            key_for,
                        )
                        .map(|(env, _)| (env, st.signer_public))
                    }
                    other => other,
                };
                let (env, signer) = match opened {
                    Ok(v) => v,
                    // One entry that does not verify (written with a planted or revoked key,
                    // or damaged) must not stop every later one: skip it and report it. A
                    // snapshot is never skipped: it stands for everything before it.
                    Err(e @ Error::Tampered(_)) if !is_snap => {
                        skipped(rep, item.cursor(), &e);
                        cursor = item.cursor();
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                self.follow_authority(st, &env, signer)?;
                // The write secret this device holds opens owner-only parts only while it is
                // the current authority (a revoked device keeps an old one).
                let ws_ok = st.write_secret.filter(|w| public_of(w) == st.signer_public);
                if !env.grants.is_empty()
                    && let Some(k) =
                        crypto::open_grants(&doc, &env.grants, self.dev, ws_ok.as_ref())?
                {
                    self.take_key(st, &k, &env.grants, rep)?;
                }
                let key = store::key(self.store().connection(), &st.local_id, env.epoch)?.ok_or_else(
                    || {
                        Error::Crypto(format!(
                            "no key for epoch {}: access was revoked, or ask the owner to share again",
                            env.epoch
                        ))
                    },
                )?;
                // Decrypted once: its chain link here, its payload below.
                let opened = env.open_linked(&doc, &key);
                // Where this entry sits in its sender's chain: a gap or a fork is reported.
                if !is_snap
                    && !me.contains(&env.sender)
                    && let Ok((link, _)) = &opened
                {
                    let verdict = crate::chain::check(
                        self.store().connection(),
                        &st.local_id,
                        &env.sender,
                        link,
                        data,
                    )?;
                    if let Some(w) = crate::chain::describe(&verdict) {
                        rep.warnings
                            .push(format!("log entry {}: {w}", item.cursor()));
                    }
                }
                match env.kind {
                    Kind::Changes => {
                        let decoded = opened.and_then(|(_, plain)| {
                            let raw = crypto::decode_changes(&plain)?;
                            parse_changes(&raw)?;
                            Ok(raw)
                        });
                        match decoded {
                            Ok(raw) if !me.contains(&env.sender) => changes.extend(raw),
                            Ok(_) => {}
                            // Signed by the authority but unreadable: skip, like above.
                            Err(e @ (Error::Tampered(_) | Error::Automerge(_))) => {
                                skipped(rep, item.cursor(), &e);
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    Kind::Snapshot => {
                        let (_, plain) = opened?;
                        let (saved, index, roster) = decode_snapshot(&plain)?;
                        self.record_index(st, &index)?;
                        if let (Some(ws), false) = (ws_ok, roster.is_empty()) {
                            crate::apply_roster(&mut self.store(), st, &ws, &roster)?;
                        }
                        snapshot = Some(saved);
                        changes.clear(); // the snapshot comes first and covers everything before
                    }
                    Kind::BlobIndex => {
                        let (_, plain) = opened?;
                        let index: Vec<BlobRef> = serde_json::from_slice(&plain)
                            .map_err(|e| Error::Tampered(format!("blob index: {e}")))?;
                        self.record_index(st, &index)?;
                    }
                    Kind::Roster => {
                        let (_, plain) = opened?;
                        if let Some(ws) = ws_ok {
                            crate::apply_roster(&mut self.store(), st, &ws, &plain)?;
                        }
                    }
                    Kind::Rotation => {}
                    Kind::Moved
                        if !st.writer && st.kind == "portfolio" && {
                            matches!(&opened, Ok((_, p)) if crate::views::is_view_notice(p))
                        } =>
                    {
                        let (_, plain) = opened?;
                        // The owner moved this mentor to a new view (she revoked a device that
                        // knew this one): switch to it; the next pull starts there.
                        match crate::views::open_notice(self.dev, &plain) {
                            Ok(new) => {
                                crate::views::switch_to(&mut self.store(), st, &new)?;
                                rep.view_replaced = true;
                                return Ok(());
                            }
                            Err(e) => rep.warnings.push(format!("view notice ignored: {e}")),
                        }
                    }
                    Kind::Moved => {
                        let (_, plain) = opened?;
                        if crate::views::is_view_notice(&plain) {
                            // An owner device reading the notice it (or another) sent.
                            rep.pulled_entries += 1;
                            cursor = item.cursor();
                            continue;
                        }
                        let url = String::from_utf8(plain)
                            .map_err(|_| Error::Tampered("move notice: not an address".into()))?;
                        match crate::check_relay_url(&url) {
                            Ok(()) => {
                                store::set_moved_to(
                                    self.store().connection(),
                                    &st.local_id,
                                    Some(&url),
                                )?;
                                rep.moved_to = Some(url);
                            }
                            Err(e) => rep.warnings.push(format!("move notice ignored: {e}")),
                        }
                    }
                }
                rep.pulled_entries += 1;
                if is_snap {
                    st.snapshot_seq = item.cursor();
                    st.snapshot_bytes = data.len() as u64;
                    st.tail_bytes = 0;
                } else {
                    st.tail_bytes += data.len() as u64;
                }
                cursor = item.cursor();
            }
            let progressed = cursor > st.cursor;
            st.cursor = cursor;
            self.apply_pulled(st, tgt, snapshot, changes, rep)?;
            if !resp.more || !progressed {
                return Ok(());
            }
        }
    }

    /// Keeps a key a rotation granted. Two of the owner's devices that revoked while apart
    /// both made the epoch after theirs, with different keys: the one whose rotation has not
    /// gone out yet takes the published key for that epoch, and its own rotation moves to the
    /// epoch after it ([`Self::rebase_rotation`], once the pull is done and the roster known),
    /// so every member ends on one key. Nothing was sealed under the unpublished key.
    fn take_key(
        &mut self,
        st: &mut DocState,
        k: &DocKey,
        grants: &[Grant],
        rep: &mut SyncReport,
    ) -> Result<()> {
        let held = store::key(self.store().connection(), &st.local_id, k.epoch)?;
        match held {
            Some(h) if h.bytes() != k.bytes() => {
                if st.rotation_pending && k.epoch >= st.epoch {
                    store::replace_key(self.store().connection(), &st.local_id, k)?;
                    st.rotation_rebase = true;
                } else {
                    rep.warnings.push(format!(
                        "two different keys for epoch {}: kept the first",
                        k.epoch
                    ));
                }
            }
            _ => store::put_key(self.store().connection(), &st.local_id, k)?,
        }
        if k.epoch > st.epoch {
            st.epoch = k.epoch;
            st.rotation_grants = Some(encode_grants(grants));
        }
        Ok(())
    }

    /// Moves this device's unpublished rotation to a fresh key at the epoch after the newest
    /// one known, wrapped for the members current now (revocations made elsewhere included).
    fn rebase_rotation(&mut self, st: &mut DocState) -> Result<()> {
        let Some(ws) = st.write_secret else {
            return Ok(());
        };
        let epoch = st.epoch + 1;
        let key = DocKey::generate(epoch);
        let grants = crate::revocation::member_grants(&mut self.store(), st, &ws, &key)?;
        st.epoch = epoch;
        st.rotation_grants = Some(encode_grants(&grants));
        st.rotation_rebase = false;
        let mut store = self.store();
        let conn = store.connection();
        let tx = conn.transaction()?;
        store::put_key(&tx, &st.local_id, &key)?;
        store::save_progress(&tx, st)?;
        tx.commit()?;
        Ok(())
    }

    /// This device revoked one of the owner's devices while another device, apart, revoked a
    /// different one: the other's hand-over reached the relay first, and the pull just brought
    /// its write key, sealed to every device *it* still trusted (the one revoked here
    /// included). Settling for that key would leave the revoked device able to write, so this
    /// device hands the authority on again, from that key to a fresh one, and drops its own
    /// hand-over that lost (readers follow one chain). The fresh key goes out with a new key
    /// epoch, sealed only to the devices both revocations left; `finish_access_change` then
    /// swaps it in at the relay.
    fn rebase_handover(&mut self, st: &mut DocState) -> Result<()> {
        let (Some(winner), Some(lost_from)) = (st.write_secret, st.old_write_secret) else {
            return Ok(());
        };
        if public_of(&winner) != st.signer_public {
            // No other hand-over came in: this device's own is still the one to finish.
            return Ok(());
        }
        let from = public_of(&lost_from);
        let mut chain = decode_grants(&st.signer_chain);
        // Drop this device's losing hand-over (from its old key to anything but the winner).
        chain.retain(|g| {
            crypto::handover_keys(g).is_none_or(|(old, new)| old != from || new == st.signer_public)
        });
        let fresh = crypto::random32();
        chain.push(crypto::signer_handover(
            &st.relay_doc,
            &winner,
            &public_of(&fresh),
        ));
        st.signer_chain = encode_grants(&chain);
        st.old_write_secret = Some(winner);
        st.write_secret = Some(fresh);
        st.rotation_pending = true;
        st.rotation_rebase = true;
        store::save_progress(self.store().connection(), st)?;
        Ok(())
    }

    /// After an envelope verified under `signer`: remember the hand-overs it carries, move to
    /// the new signer, and take a new write authority sealed to this device (an owner device
    /// that was not revoked).
    fn follow_authority(
        &mut self,
        st: &mut DocState,
        env: &crypto::Envelope,
        signer: [u8; 32],
    ) -> Result<()> {
        let mut chain = decode_grants(&st.signer_chain);
        let before = chain.len();
        for g in env
            .grants
            .iter()
            .filter(|g| g.recipient == crypto::SIGNER_TAG)
        {
            if !chain.contains(g) {
                chain.push(g.clone());
            }
        }
        if chain.len() != before {
            st.signer_chain = encode_grants(&chain);
        }
        st.signer_public = signer;
        if st.writer
            && let Some(ws) = crypto::open_authority(&st.relay_doc, &env.grants, self.dev)?
            && public_of(&ws) == signer
            && st.write_secret != Some(ws)
        {
            st.write_secret = Some(ws);
        }
        Ok(())
    }

    fn record_index(&mut self, st: &DocState, index: &[BlobRef]) -> Result<()> {
        let mut store = self.store();
        let conn = store.connection();
        for b in index {
            conn.execute(
                "INSERT OR IGNORE INTO sync_blobs(local_id, sha256, blob, epoch, mine, announced)
                 VALUES (?1, ?2, ?3, ?4, 0, 1)",
                params![st.local_id, b.sha256, b.blob, b.epoch],
            )?;
        }
        Ok(())
    }

    fn apply_pulled(
        &mut self,
        st: &mut DocState,
        tgt: &Target,
        snapshot: Option<Vec<u8>>,
        mut changes: Vec<Vec<u8>>,
        rep: &mut SyncReport,
    ) -> Result<()> {
        let pulled_hashes: Vec<ChangeHash> = changes
            .iter()
            .filter_map(|c| Change::from_bytes(c.clone()).ok().map(|c| c.hash()))
            .collect();
        if let Target::Portfolio(id) = tgt
            && (!portfolio_exists(&self.store(), *id)
                || store::replace_copy(self.store().connection(), &st.local_id)?)
        {
            // First sync on a joined device (or of a mentor's new view): adopt the document,
            // then apply the rest.
            let mut doc = load_automerge(snapshot)?;
            doc.apply_changes(parse_changes(&changes)?)?;
            if doc.get_heads().is_empty() {
                store::save_progress(self.store().connection(), st)?;
                return Ok(());
            }
            if portfolio_exists(&self.store(), *id) {
                self.store().erase_portfolio(*id)?;
            }
            store::set_replace_copy(self.store().connection(), &st.local_id, false)?;
            let role = if st.writer { "owner" } else { "mentee" };
            let adopted = self.store().adopt_document(&doc.save(), role)?;
            if adopted != *id {
                return Err(Error::Tampered(
                    "the relay document holds another portfolio".into(),
                ));
            }
            rep.applied_changes += doc.get_changes(&[]).len() as u32;
            // Changes whose dependencies are missing are kept (queued) by the store.
            st.acked = doc.get_heads();
            apply(&mut self.store(), tgt, &changes, st)?;
            return Ok(());
        }
        if let Some(saved) = snapshot {
            let snap = Automerge::load(&saved)?;
            let mine: Vec<ChangeHash> = heads(&mut self.store(), tgt)?
                .into_iter()
                .filter(|h| snap.get_change_by_hash(h).is_some())
                .collect();
            let mut missing: Vec<Vec<u8>> = snap
                .get_changes(&mine)
                .into_iter()
                .map(|c| c.raw_bytes().to_vec())
                .collect();
            if st.writer {
                st.acked.extend(snap.get_heads());
            }
            missing.append(&mut changes);
            changes = missing;
        }
        if st.writer {
            st.acked.extend(pulled_hashes);
            st.acked.sort();
            st.acked.dedup();
        }
        rep.applied_changes += changes.len() as u32;
        apply(&mut self.store(), tgt, &changes, st)
    }

    fn sync_blobs(
        &mut self,
        st: &mut DocState,
        refs: &[String],
        rep: &mut SyncReport,
    ) -> Result<()> {
        let known: std::collections::HashMap<String, (String, u32)> = self
            .blob_index(st)?
            .into_iter()
            .map(|b| (b.sha256, (b.blob, b.epoch)))
            .collect();
        let doc = st.relay_doc;
        if st.writer {
            let w = self.writer(st)?;
            for sha in refs.iter().filter(|s| !known.contains_key(*s)) {
                let Ok(a) = self.store().attachment(sha) else {
                    continue;
                };
                let key = self.current_key(st)?;
                let plain = encode_attachment(&a.mime, &a.bytes, a.thumbnail.as_ref())?;
                let ct = key.seal(&plain, &crypto::blob_aad(&doc, key.epoch, sha))?;
                let hash = self.call(|t| t.put_blob(&doc, &w, &ct))?;
                self.store().connection().execute(
                    "INSERT OR IGNORE INTO sync_blobs(local_id, sha256, blob, epoch, mine, announced)
                     VALUES (?1, ?2, ?3, ?4, 1, 0)",
                    params![st.local_id, sha, hash.to_hex(), key.epoch],
                )?;
                rep.blobs_uploaded += 1;
            }
            let pending = unannounced(self.store().connection(), &st.local_id)?;
            if !pending.is_empty() {
                let plain = serde_json::to_vec(&pending)
                    .map_err(|e| Error::Invalid(format!("blob index: {e}")))?;
                let env = self.seal(st, Kind::BlobIndex, &[], &plain)?;
                self.append(st, &env)?;
                self.store().connection().execute(
                    "UPDATE sync_blobs SET announced = 1 WHERE local_id = ?1",
                    [&st.local_id],
                )?;
                store::save_progress(self.store().connection(), st)?;
            }
        }
        // Fetch the attachments this device lacks.
        let token = ReadToken(st.read_token);
        for sha in refs {
            if self.store().attachment(sha).is_ok() {
                continue;
            }
            let Some((blob, epoch)) = known.get(sha).cloned().or_else(|| {
                self.blob_index(st)
                    .ok()?
                    .into_iter()
                    .find(|b| &b.sha256 == sha)
                    .map(|b| (b.blob, b.epoch))
            }) else {
                continue;
            };
            let Ok(hash) = BlobHash::from_hex(&blob) else {
                rep.warnings.push(format!("bad blob address for {sha}"));
                continue;
            };
            let ct = self.call(|t| t.get_blob(&doc, &token, &hash))?;
            let key = store::key(self.store().connection(), &st.local_id, epoch)?
                .ok_or_else(|| Error::Crypto(format!("no key for epoch {epoch}")))?;
            let plain = key.open(&ct, &crypto::blob_aad(&doc, epoch, sha))?;
            let (mime, bytes, thumbnail) = decode_attachment(&plain)?;
            let stored = self.store().put_attachment(NewAttachment {
                bytes,
                mime,
                file_name: None,
                width: None,
                height: None,
                thumbnail,
            })?;
            if &stored.sha256 != sha {
                return Err(Error::Tampered(format!(
                    "attachment {sha} does not match its hash"
                )));
            }
            rep.blobs_downloaded += 1;
        }
        Ok(())
    }
}

/// A relay whose head is behind what this device already pulled rolled its log back (or shows
/// this device a fork); one that sends an item beyond its own head invents or replays sequence
/// numbers (a replayed entry at `i64::MAX` would freeze the cursor for good). Both are
/// refused before anything is applied, so the cursor does not move.
fn check_against_head(resp: &mosaic_relay::wire::PullResponse, since: u64) -> Result<()> {
    if resp.head_seq < since {
        return Err(Error::Tampered(format!(
            "the relay's log is behind this device (head {} < {since} already seen): rolled \
             back or forked; not accepted",
            resp.head_seq
        )));
    }
    if let Some(bad) = resp.items.iter().find(|i| i.cursor() > resp.head_seq) {
        return Err(Error::Tampered(format!(
            "the relay sent entry {} beyond its head {}; not accepted",
            bad.cursor(),
            resp.head_seq
        )));
    }
    Ok(())
}

fn unannounced(conn: &Connection, local_id: &str) -> Result<Vec<BlobRef>> {
    let mut stmt = conn.prepare(
        "SELECT sha256, blob, epoch FROM sync_blobs WHERE local_id = ?1 AND announced = 0",
    )?;
    let rows = stmt
        .query_map([local_id], |r| {
            Ok(BlobRef {
                sha256: r.get(0)?,
                blob: r.get(1)?,
                epoch: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// An attachment as it is encrypted: version 2 is version 1 (`1 | mime | bytes | thumbnail`)
/// padded to the buckets envelopes use, so the relay sees a photo's bucket, not its size.
fn encode_attachment(
    mime: &str,
    bytes: &[u8],
    thumb: Option<&(String, Vec<u8>)>,
) -> Result<Vec<u8>> {
    let mut padded = vec![2u8];
    padded.extend(crypto::pad(&encode_attachment_v1(mime, bytes, thumb))?);
    Ok(padded)
}

fn encode_attachment_v1(mime: &str, bytes: &[u8], thumb: Option<&(String, Vec<u8>)>) -> Vec<u8> {
    let mut o = vec![1u8];
    let put = |o: &mut Vec<u8>, b: &[u8]| {
        o.extend_from_slice(&(b.len() as u32).to_be_bytes());
        o.extend_from_slice(b);
    };
    put(&mut o, mime.as_bytes());
    put(&mut o, bytes);
    if let Some((m, b)) = thumb {
        put(&mut o, m.as_bytes());
        put(&mut o, b);
    }
    o
}

type DecodedAttachment = (String, Vec<u8>, Option<(String, Vec<u8>)>);

fn decode_attachment(b: &[u8]) -> Result<DecodedAttachment> {
    match b.split_first() {
        Some((2, padded)) => decode_attachment_v1(&crypto::unpad(padded.to_vec())?),
        _ => decode_attachment_v1(b),
    }
}

fn decode_attachment_v1(mut b: &[u8]) -> Result<DecodedAttachment> {
    let bad = || Error::Tampered("malformed attachment".into());
    if b.first() != Some(&1) {
        return Err(bad());
    }
    b = &b[1..];
    let take = |b: &mut &[u8]| -> Result<Vec<u8>> {
        if b.len() < 4 {
            return Err(bad());
        }
        let n = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        if b.len() < 4 + n {
            return Err(bad());
        }
        let v = b[4..4 + n].to_vec();
        *b = &b[4 + n..];
        Ok(v)
    };
    let mime = String::from_utf8(take(&mut b)?).map_err(|_| bad())?;
    let bytes = take(&mut b)?;
    let thumb = if b.is_empty() {
        None
    } else {
        let m = String::from_utf8(take(&mut b)?).map_err(|_| bad())?;
        Some((m, take(&mut b)?))
    };
    Ok((mime, bytes, thumb))
}

/// A fresh feedback document (mentor side).
pub(crate) fn new_feedback_doc(mentee: &str) -> Result<Vec<u8>> {
    use automerge::transaction::Transactable;
    let mut d = AutoCommit::new();
    d.put(automerge::ROOT, "mentee", mentee)?;
    d.put_object(automerge::ROOT, "comments", automerge::ObjType::Map)?;
    d.put_object(automerge::ROOT, "confirmations", automerge::ObjType::Map)?;
    Ok(d.save())
}
