//! `DELETE /v1/docs/{id}` (issue 11, finding 3): the owner erasing a portfolio makes the
//! relay forget the document, its log, snapshot, blobs and tokens; only a write key may ask.

mod common;

use std::time::Duration;

use common::{TestResult, new_doc, start};

use mosaic_relay::auth::WriterKey;
use mosaic_relay::client::SubscriptionEvent;
use mosaic_relay::wire::WS_CLOSE_REVOKED;

#[test]
fn owner_signed_delete_forgets_log_snapshot_blobs_and_tokens() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    h.client.append(&d.id, &d.writer, b"ciphertext one")?;
    h.client
        .put_snapshot(&d.id, &d.writer, 1, b"snapshot bytes")?;
    h.client.append(&d.id, &d.writer, b"ciphertext two")?;
    let blob = h.client.put_blob(&d.id, &d.writer, b"blob bytes")?.hash;
    let mut sub = h.client.subscribe(&d.id, &d.token)?;
    sub.set_read_timeout(Some(Duration::from_secs(10)))?;
    let _head = sub.next_event()?;

    // A key that is not the document's cannot delete it.
    let stranger = WriterKey::generate()?;
    let e = h.client.delete_doc(&d.id, &stranger).err();
    assert_eq!(e.and_then(|e| e.status()), Some(404));
    assert_eq!(h.client.pull(&d.id, &d.token, 0)?.head_seq, 2);

    h.client.delete_doc(&d.id, &d.writer)?;
    let status =
        |r: Result<(), mosaic_relay::client::ClientError>| r.err().and_then(|e| e.status());
    assert_eq!(
        status(h.client.pull(&d.id, &d.token, 0).map(|_| ())),
        Some(404)
    );
    assert_eq!(
        status(h.client.get_blob(&d.id, &d.token, &blob).map(|_| ())),
        Some(404)
    );
    assert_eq!(
        status(h.client.append(&d.id, &d.writer, b"more").map(|_| ())),
        Some(404),
        "the old write key is forgotten too"
    );
    assert_eq!(status(h.client.delete_doc(&d.id, &d.writer)), Some(404));
    assert_eq!(
        sub.next_event()?,
        SubscriptionEvent::Closed(Some(WS_CLOSE_REVOKED))
    );
    // Nothing of it is left in the relay's tables.
    let mut tables = vec!["entries", "snapshots", "blobs", "read_tokens", "write_keys"];
    if common::on_postgres() {
        tables.push("blob_chunks");
    }
    for table in tables {
        assert_eq!(common::rows_of(&h.db, table, &d.id)?, 0, "{table}");
    }
    Ok(())
}

/// What a deleted document held is given back: a relay at its storage ceiling accepts new
/// writes again once a portfolio on it is erased.
#[test]
fn deleting_a_document_frees_its_bytes_for_the_relay_and_its_client() -> TestResult {
    let h = common::start_with(|c| {
        c.max_total_bytes = 20_000;
        c.client_quota_bytes = 20_000;
    })?;
    let full = new_doc(&h.client)?;
    h.client.append(&full.id, &full.writer, &[1; 15_000])?;
    let other = new_doc(&h.client)?;
    let refused = h
        .client
        .append(&other.id, &other.writer, &[2; 10_000])
        .err();
    assert_eq!(refused.and_then(|e| e.status()), Some(507));

    h.client.delete_doc(&full.id, &full.writer)?;
    assert_eq!(h.client.append(&other.id, &other.writer, &[2; 10_000])?, 1);
    Ok(())
}
