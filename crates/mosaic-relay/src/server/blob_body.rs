//! An upload's request body as the store consumes it: fixed-size chunks, counted against the
//! body limit and hashed as they arrive, so a blob is never held whole in memory.
//!
//! The stream yields [`BLOB_CHUNK`]-byte pieces (the last one shorter). It ends normally only
//! when the whole body arrived, stayed within the limit and hashes to the address in the
//! URL; otherwise its last item is the [`BodyFault`] and the store must discard what it
//! staged.

use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use super::store::{BLOB_CHUNK, BlobChunks, BodyFault};
use crate::wire::BlobHash;

/// Where the body stands between two polls.
struct Reader {
    frames: axum::body::BodyDataStream,
    expected: BlobHash,
    max_bytes: usize,
    received: usize,
    hasher: Sha256,
    pending: Vec<u8>,
    finished: bool,
}

impl Reader {
    /// The next full chunk, the short last one, or the fault that ends the upload.
    async fn next_chunk(&mut self) -> Option<Result<Vec<u8>, BodyFault>> {
        if self.finished {
            return None;
        }
        while self.pending.len() < BLOB_CHUNK {
            match self.frames.next().await {
                Some(Ok(frame)) => {
                    self.received = self.received.saturating_add(frame.len());
                    if self.received > self.max_bytes {
                        return self.fail(BodyFault::TooLarge);
                    }
                    self.hasher.update(&frame);
                    self.pending.extend_from_slice(&frame);
                }
                Some(Err(e)) => return self.fail(BodyFault::Interrupted(e.to_string())),
                None => return self.finish(),
            }
        }
        let rest = self.pending.split_off(BLOB_CHUNK);
        Some(Ok(std::mem::replace(&mut self.pending, rest)))
    }

    /// End of body: the short last chunk, or the mismatch once everything was hashed.
    fn finish(&mut self) -> Option<Result<Vec<u8>, BodyFault>> {
        let actual = BlobHash(std::mem::take(&mut self.hasher).finalize().into());
        if actual != self.expected {
            return self.fail(BodyFault::HashMismatch);
        }
        self.finished = true;
        if self.pending.is_empty() {
            None
        } else {
            Some(Ok(std::mem::take(&mut self.pending)))
        }
    }

    fn fail(&mut self, fault: BodyFault) -> Option<Result<Vec<u8>, BodyFault>> {
        self.finished = true;
        self.pending = Vec::new();
        Some(Err(fault))
    }
}

/// `body` as chunks for the store, refused past `max_bytes` or if its SHA-256 is not
/// `expected`.
pub fn blob_chunks(body: axum::body::Body, expected: BlobHash, max_bytes: usize) -> BlobChunks {
    let reader = Reader {
        frames: body.into_data_stream(),
        expected,
        max_bytes,
        received: 0,
        hasher: Sha256::new(),
        pending: Vec::with_capacity(BLOB_CHUNK),
        finished: false,
    };
    Box::pin(futures_util::stream::unfold(reader, |mut r| async move {
        r.next_chunk().await.map(|item| (item, r))
    }))
}

/// Reads `chunks` to its end without keeping anything: the fault it ends with, if any.
pub async fn drain(mut chunks: BlobChunks) -> Option<BodyFault> {
    while let Some(item) = chunks.next().await {
        if let Err(fault) = item {
            return Some(fault);
        }
    }
    None
}
