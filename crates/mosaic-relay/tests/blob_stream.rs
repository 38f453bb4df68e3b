#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Blob uploads are streamed into the database as they arrive: chunked request bodies near
//! the size limit round-trip byte for byte, and an upload that is refused or abandoned
//! leaves nothing behind (no blob, no staged chunk, no byte charged).

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Doc, Harness, TestResult, doc_literal, new_doc, rows_of, scalar, start, start_with};
use mosaic_relay::auth::unix_now;
use mosaic_relay::server::store::Database;
use mosaic_relay::wire::{BlobHash, HEADER_PROTOCOL, PROTOCOL_VERSION, WriteOp, codes};

/// Deterministic bytes that do not repeat at any chunk boundary.
fn pattern(len: usize) -> Vec<u8> {
    (0..len as u64)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8)
        .collect()
}

/// A signed `PUT` of a blob addressed `hash`, written by hand so the body can be sent in
/// pieces, or not at all.
struct RawUpload {
    stream: TcpStream,
}

impl RawUpload {
    /// Sends the request head; `framing` is `Transfer-Encoding: chunked` or a length.
    fn begin(h: &Harness, d: &Doc, hash: &BlobHash, framing: &str) -> std::io::Result<Self> {
        Self::begin_signed_for(h, d, hash, &h.client.audience(), framing)
    }

    /// [`RawUpload::begin`] with a signature made for relay `audience`.
    fn begin_signed_for(
        h: &Harness,
        d: &Doc,
        hash: &BlobHash,
        audience: &str,
        framing: &str,
    ) -> std::io::Result<Self> {
        let mut nonce = [0u8; 16];
        getrandom::fill(&mut nonce).expect("random nonce");
        let sig =
            d.writer
                .sign_with_nonce(WriteOp::Blob, audience, &d.id, &hash.0, unix_now(), nonce);
        let mut head = format!(
            "PUT /v1/docs/{}/blobs/{} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\
             {HEADER_PROTOCOL}: {PROTOCOL_VERSION}\r\ncontent-type: application/octet-stream\r\n{framing}",
            d.id.to_hex(),
            hash.to_hex(),
            h.relay.addr(),
        );
        for (name, value) in sig.headers() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let mut stream = TcpStream::connect(h.relay.addr())?;
        stream.set_read_timeout(Some(Duration::from_secs(20)))?;
        stream.write_all(head.as_bytes())?;
        Ok(RawUpload { stream })
    }

    /// `data` as HTTP/1.1 chunks of `piece` bytes each.
    fn send_chunked(&mut self, data: &[u8], piece: usize) -> std::io::Result<()> {
        for part in data.chunks(piece) {
            self.stream
                .write_all(format!("{:x}\r\n", part.len()).as_bytes())?;
            self.stream.write_all(part)?;
            self.stream.write_all(b"\r\n")?;
        }
        Ok(())
    }

    /// Ends a chunked body and reads the answer: status and body text.
    fn finish_chunked(mut self) -> Result<(u16, String), Box<dyn std::error::Error>> {
        self.stream.write_all(b"0\r\n\r\n")?;
        let mut out = Vec::new();
        self.stream.read_to_end(&mut out)?;
        let text = String::from_utf8_lossy(&out).into_owned();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("no status line in {text:?}"))?;
        let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
        Ok((status, body))
    }
}

/// Staged chunks, plus (PostgreSQL) uploads whose transaction is still staging: both must
/// be 0 once no upload is in flight.
fn upload_traces(db: &Database) -> Result<i64, Box<dyn std::error::Error>> {
    let staged = scalar(db, "SELECT count(*) FROM blob_staging")?;
    let open = match db {
        Database::Sqlite(_) => 0,
        Database::Postgres(_) => scalar(
            db,
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND xact_start IS NOT NULL
               AND query LIKE 'INSERT INTO blob_staging%'",
        )?,
    };
    Ok(staged + open)
}

/// Bytes charged to `doc` and to the whole relay.
fn charged(db: &Database, doc: &Doc) -> Result<(i64, i64), Box<dyn std::error::Error>> {
    let used = scalar(
        db,
        &format!(
            "SELECT used_bytes FROM docs WHERE id = {}",
            doc_literal(db, &doc.id)
        ),
    )?;
    let total = match db {
        Database::Sqlite(_) => scalar(db, "SELECT bytes FROM totals WHERE id = 0")?,
        Database::Postgres(_) => scalar(db, "SELECT sum(bytes)::bigint FROM total_usage")?,
    };
    Ok((used, total))
}

fn wait_until(
    what: &str,
    mut done: impl FnMut() -> Result<bool, Box<dyn std::error::Error>>,
) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done()? {
        if Instant::now() > deadline {
            return Err(format!("timed out waiting until {what}").into());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

#[test]
fn a_blob_near_the_body_limit_sent_in_small_pieces_reads_back_byte_for_byte() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let blob = pattern(4 * 1024 * 1024 - 1000);
    let hash = BlobHash::of(&blob);
    let mut up = RawUpload::begin(&h, &d, &hash, "Transfer-Encoding: chunked\r\n")?;
    up.send_chunked(&blob, 1000)?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 201, "{body}");
    assert!(body.contains("\"created\":true"), "{body}");
    assert_eq!(h.client.get_blob(&d.id, &d.token, &hash)?, blob);
    // Stored as 256 KiB chunks, charged once, nothing left staged.
    assert_eq!(rows_of(&h.db, "blob_chunks", &d.id)?, 16);
    assert_eq!(charged(&h.db, &d)?.0, blob.len() as i64);
    assert_eq!(upload_traces(&h.db)?, 0);
    // Sending it again is idempotent: 200, nothing charged twice.
    let mut again = RawUpload::begin(&h, &d, &hash, "Transfer-Encoding: chunked\r\n")?;
    again.send_chunked(&blob, 64 * 1024)?;
    let (status, body) = again.finish_chunked()?;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"created\":false"), "{body}");
    assert_eq!(charged(&h.db, &d)?.0, blob.len() as i64);
    assert_eq!(upload_traces(&h.db)?, 0);
    Ok(())
}

#[test]
fn a_body_that_does_not_match_its_address_leaves_no_trace() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    h.client.append(&d.id, &d.writer, b"something charged")?;
    let before = charged(&h.db, &d)?;
    let blob = pattern(1024 * 1024 + 123);
    let claimed = BlobHash::of(b"another blob");
    let mut up = RawUpload::begin(&h, &d, &claimed, "Transfer-Encoding: chunked\r\n")?;
    up.send_chunked(&blob, 4096)?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains(codes::HASH_MISMATCH), "{body}");
    let e = h.client.get_blob(&d.id, &d.token, &claimed).err();
    assert_eq!(e.and_then(|e| e.status()), Some(404));
    assert_eq!(charged(&h.db, &d)?, before);
    assert_eq!(rows_of(&h.db, "blob_chunks", &d.id)?, 0);
    assert_eq!(rows_of(&h.db, "blobs", &d.id)?, 0);
    wait_until("nothing is staged", || Ok(upload_traces(&h.db)? == 0))?;
    Ok(())
}

#[test]
fn a_chunked_body_over_the_limit_is_refused_with_413_and_leaves_no_trace() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let before = charged(&h.db, &d)?;
    let blob = pattern(4 * 1024 * 1024 + 1);
    let hash = BlobHash::of(&blob);
    let mut up = RawUpload::begin(&h, &d, &hash, "Transfer-Encoding: chunked\r\n")?;
    // The relay may answer and close before the end of the body: a failed write is fine.
    let _ = up.send_chunked(&blob, 64 * 1024);
    let (status, body) = up.finish_chunked().unwrap_or((0, String::new()));
    if status != 0 {
        assert_eq!(status, 413, "{body}");
        assert!(body.contains(codes::PAYLOAD_TOO_LARGE), "{body}");
    }
    let e = h.client.get_blob(&d.id, &d.token, &hash).err();
    assert_eq!(e.and_then(|e| e.status()), Some(404));
    assert_eq!(charged(&h.db, &d)?, before);
    wait_until("nothing is staged", || Ok(upload_traces(&h.db)? == 0))?;
    Ok(())
}

#[test]
fn a_client_gone_mid_upload_leaves_no_trace() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let before = charged(&h.db, &d)?;
    let blob = pattern(3 * 1024 * 1024);
    let hash = BlobHash::of(&blob);
    let framing = format!("Content-Length: {}\r\n", blob.len());
    let mut up = RawUpload::begin(&h, &d, &hash, &framing)?;
    up.stream.write_all(&blob[..blob.len() / 2])?;
    // The relay stores what arrived while the body is still coming: it is not buffering it.
    wait_until("the first half is being staged", || {
        Ok(upload_traces(&h.db)? > 0)
    })?;
    up.stream.shutdown(std::net::Shutdown::Both)?;
    drop(up);
    wait_until("the abandoned upload is cleared", || {
        Ok(upload_traces(&h.db)? == 0)
    })?;
    let e = h.client.get_blob(&d.id, &d.token, &hash).err();
    assert_eq!(e.and_then(|e| e.status()), Some(404));
    assert_eq!(charged(&h.db, &d)?, before);
    assert_eq!(rows_of(&h.db, "blob_chunks", &d.id)?, 0);
    // And the same blob uploads cleanly afterwards.
    assert!(h.client.put_blob(&d.id, &d.writer, &blob)?.created);
    assert_eq!(h.client.get_blob(&d.id, &d.token, &hash)?, blob);
    Ok(())
}

#[test]
fn an_upload_over_the_document_quota_leaves_no_trace() -> TestResult {
    let h = start_with(|c| c.doc_quota_bytes = 200 * 1024)?;
    let d = new_doc(&h.client)?;
    let before = charged(&h.db, &d)?;
    let blob = pattern(600 * 1024);
    let hash = BlobHash::of(&blob);
    let mut up = RawUpload::begin(&h, &d, &hash, "Transfer-Encoding: chunked\r\n")?;
    up.send_chunked(&blob, 8192)?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 507, "{body}");
    assert!(body.contains(codes::QUOTA_EXCEEDED), "{body}");
    let e = h.client.get_blob(&d.id, &d.token, &hash).err();
    assert_eq!(e.and_then(|e| e.status()), Some(404));
    assert_eq!(charged(&h.db, &d)?, before);
    assert_eq!(rows_of(&h.db, "blob_chunks", &d.id)?, 0);
    wait_until("nothing is staged", || Ok(upload_traces(&h.db)? == 0))?;
    Ok(())
}

#[test]
fn an_upload_signed_for_another_relay_is_refused_as_before_and_stores_nothing() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let elsewhere = mosaic_relay::wire::audience("https://other-relay.example");
    let blob = pattern(700 * 1024);
    let hash = BlobHash::of(&blob);
    let chunked = "Transfer-Encoding: chunked\r\n";
    let mut up = RawUpload::begin_signed_for(&h, &d, &hash, &elsewhere, chunked)?;
    up.send_chunked(&blob, 8192)?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 401, "{body}");
    assert!(body.contains(codes::UNAUTHORIZED), "{body}");
    // A body that is wrong as well is answered for the body first, as when it was buffered.
    let claimed = BlobHash::of(b"not this");
    let mut up = RawUpload::begin_signed_for(&h, &d, &claimed, &elsewhere, chunked)?;
    up.send_chunked(&blob, 8192)?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains(codes::HASH_MISMATCH), "{body}");
    assert_eq!(rows_of(&h.db, "blobs", &d.id)?, 0);
    assert_eq!(upload_traces(&h.db)?, 0);
    Ok(())
}

#[test]
fn an_empty_blob_round_trips() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let hash = BlobHash::of(b"");
    let up = RawUpload::begin(&h, &d, &hash, "Transfer-Encoding: chunked\r\n")?;
    let (status, body) = up.finish_chunked()?;
    assert_eq!(status, 201, "{body}");
    assert_eq!(h.client.get_blob(&d.id, &d.token, &hash)?, b"");
    Ok(())
}
