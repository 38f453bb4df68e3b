//! Issue 11's relay findings, each played by its adversary against the relay in-process:
//! a stolen device that planted a key before it was revoked, one address creating documents
//! without end, clients whose WebSocket upgrades fail, and a request replayed to another relay.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::{Doc, TestResult, new_doc, start, start_with};
use mosaic_relay::auth::{SignedWrite, WriterKey, unix_now};
use mosaic_relay::client::RelayClient;
use mosaic_relay::wire::{
    AccessChange, CreateDoc, DocId, PROTOCOL_VERSION, ReadToken, WriteOp, codes,
};

fn status<T: std::fmt::Debug>(r: Result<T, mosaic_relay::client::ClientError>) -> Option<u16> {
    r.err().and_then(|e| e.status())
}

/// Signs `body` for the relay `client` talks to.
fn sign_for(
    client: &RelayClient,
    w: &WriterKey,
    op: WriteOp,
    id: &DocId,
    body: &[u8],
) -> Result<SignedWrite, Box<dyn std::error::Error>> {
    Ok(w.sign(op, &client.audience(), id, body, unix_now())?)
}

/// The owner revokes the device that shares its write secret: the authority moves to `new`,
/// keeping the owner's own read token.
fn revoke_device(client: &RelayClient, d: &Doc, new: &WriterKey) -> TestResult {
    client.update_access(
        &d.id,
        &d.writer,
        &AccessChange {
            handover_to: Some(new.public()),
            keep_read_token_hashes: vec![d.token.hash()],
            ..Default::default()
        },
    )?;
    Ok(())
}

/// Finding 1, the exact scenario of the report: a linked device's write secret plants a second
/// key; the owner revokes the device; the planted key must be dead too.
#[test]
fn key_planted_by_a_revoked_device_is_revoked_with_it() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    // A linked device holds the same write secret as the owner's other devices.
    let stolen = WriterKey::from_secret_bytes(&d.writer.secret_bytes());
    let planted = WriterKey::generate()?;
    let spy = ReadToken::generate()?;
    h.client.update_access(
        &d.id,
        &stolen,
        &AccessChange {
            add_write_keys: vec![planted.public()],
            add_read_token_hashes: vec![spy.hash()],
            ..Default::default()
        },
    )?;
    let new_owner = WriterKey::generate()?;
    revoke_device(&h.client, &d, &new_owner)?;
    assert_eq!(status(h.client.append(&d.id, &stolen, b"x")), Some(404));
    // The planted key can neither add a third key, nor write, nor remove the owner's key.
    let third = WriterKey::generate()?;
    let r = h.client.update_access(
        &d.id,
        &planted,
        &AccessChange {
            add_write_keys: vec![third.public()],
            ..Default::default()
        },
    );
    assert_eq!(status(r), Some(404), "the planted key died with the device");
    assert_eq!(status(h.client.append(&d.id, &planted, b"junk")), Some(404));
    assert_eq!(status(h.client.append(&d.id, &third, b"junk")), Some(404));
    assert_eq!(
        status(h.client.pull(&d.id, &spy, 0)),
        Some(404),
        "planted token too"
    );
    // The owner sees exactly what is left, and still reads and writes.
    let list = h.client.list_access(&d.id, &new_owner)?;
    assert_eq!(list.owner, new_owner.public());
    assert_eq!(list.write_keys.len(), 1, "{list:?}");
    assert_eq!(list.read_tokens.len(), 1, "{list:?}");
    assert_eq!(list.read_tokens[0].hash, d.token.hash());
    assert_eq!(h.client.append(&d.id, &new_owner, b"ok")?, 1);
    assert_eq!(h.client.pull(&d.id, &d.token, 0)?.head_seq, 1);
    Ok(())
}

/// Only the owner key changes access: a delegated write key may write, never add, remove or
/// list keys; the owner key cannot be removed except by handing it over.
#[test]
fn only_the_owner_key_changes_or_lists_access() -> TestResult {
    let h = start()?;
    let d = new_doc(&h.client)?;
    let helper = WriterKey::generate()?;
    let mentor = ReadToken::generate()?;
    h.client.update_access(
        &d.id,
        &d.writer,
        &AccessChange {
            add_write_keys: vec![helper.public()],
            add_read_token_hashes: vec![mentor.hash()],
            ..Default::default()
        },
    )?;
    assert_eq!(h.client.append(&d.id, &helper, b"delegated write")?, 1);
    let grab = AccessChange {
        remove_write_keys: vec![d.writer.public()],
        ..Default::default()
    };
    let e = h.client.update_access(&d.id, &helper, &grab).err();
    assert_eq!(e.as_ref().and_then(|e| e.status()), Some(403), "{e:?}");
    assert_eq!(
        e.and_then(|e| e.code().map(str::to_string)),
        Some(codes::NOT_OWNER.into())
    );
    assert_eq!(status(h.client.list_access(&d.id, &helper)), Some(403));
    let e = h.client.update_access(&d.id, &d.writer, &grab).err();
    assert_eq!(
        e.and_then(|e| e.code().map(str::to_string)),
        Some(codes::BAD_ACCESS_CHANGE.into())
    );
    // Who added what is visible to the owner.
    let list = h.client.list_access(&d.id, &d.writer)?;
    let helper_row = list.write_keys.iter().find(|k| k.key == helper.public());
    assert_eq!(helper_row.and_then(|k| k.added_by), Some(d.writer.public()));
    // Removing the delegated key ends it; the mentor (added by the owner) stays.
    h.client.update_access(
        &d.id,
        &d.writer,
        &AccessChange {
            remove_write_keys: vec![helper.public()],
            ..Default::default()
        },
    )?;
    assert_eq!(status(h.client.append(&d.id, &helper, b"x")), Some(404));
    assert_eq!(h.client.pull(&d.id, &mentor, 0)?.head_seq, 1);
    Ok(())
}

fn create_from(
    client: &RelayClient,
    forwarded_for: &str,
) -> Result<(u16, Option<String>), Box<dyn std::error::Error>> {
    let id = DocId::generate()?;
    let w = WriterKey::generate()?;
    let body = serde_json::to_vec(&CreateDoc {
        write_key: w.public(),
        read_token_hash: ReadToken::generate()?.hash(),
    })?;
    let sig = sign_for(client, &w, WriteOp::Create, &id, &body)?;
    let mut headers: Vec<(&str, String)> = sig.headers().into_iter().collect();
    headers.push(("x-forwarded-for", forwarded_for.to_string()));
    let r = client.request(
        "PUT",
        &format!("/v1/docs/{}", id.to_hex()),
        &headers,
        Some(&body),
    )?;
    Ok((r.status, r.error().map(|e| e.error)))
}

/// Finding 4: one address (behind a trusted proxy, so the test can be several clients) cannot
/// create documents without end; another client is still served.
#[test]
fn one_client_address_has_a_document_budget() -> TestResult {
    let h = start_with(|c| c.trusted_proxies = vec![[127, 0, 0, 1].into()])?;
    for i in 0..1000 {
        let (st, _) = create_from(&h.client, "203.0.113.7")?;
        assert_eq!(st, 201, "document {i} within the default budget");
    }
    let (st, code) = create_from(&h.client, "203.0.113.7")?;
    assert_eq!(
        (st, code.as_deref()),
        (507, Some(codes::CLIENT_QUOTA_EXCEEDED))
    );
    let (st, _) = create_from(&h.client, "198.51.100.1")?;
    assert_eq!(st, 201, "another client is still served");
    Ok(())
}

/// Finding 4: IPv6 clients count per /64, and the total ceiling answers 507 `storage_full`
/// while reads keep working.
#[test]
fn ipv6_slash64_is_one_client_and_the_relay_has_a_ceiling() -> TestResult {
    let h = start_with(|c| {
        c.trusted_proxies = vec![[127, 0, 0, 1].into()];
        c.max_docs_per_client = 2;
        c.max_total_bytes = 10_000;
    })?;
    assert_eq!(create_from(&h.client, "2001:db8:7:8::1")?.0, 201);
    assert_eq!(create_from(&h.client, "2001:db8:7:8::2")?.0, 201);
    let (st, code) = create_from(&h.client, "2001:db8:7:8:ffff::3")?;
    assert_eq!(
        (st, code.as_deref()),
        (507, Some(codes::CLIENT_QUOTA_EXCEEDED))
    );
    assert_eq!(
        create_from(&h.client, "2001:db8:7:9::1")?.0,
        201,
        "next /64"
    );

    let d = new_doc(&h.client)?;
    h.client.append(&d.id, &d.writer, &[1; 6000])?;
    let e = h.client.append(&d.id, &d.writer, &[2; 6000]).err();
    assert_eq!(e.as_ref().and_then(|e| e.status()), Some(507));
    assert_eq!(
        e.as_ref().and_then(|e| e.code().map(str::to_string)),
        Some(codes::STORAGE_FULL.into())
    );
    assert!(e.is_some_and(|e| e.to_string().contains("storage is full")));
    assert_eq!(
        h.client.pull(&d.id, &d.token, 0)?.head_seq,
        1,
        "reads still work"
    );
    // Compaction frees space, so the document can go on.
    h.client.put_snapshot(&d.id, &d.writer, 1, &[3; 100])?;
    assert_eq!(h.client.append(&d.id, &d.writer, &[4; 6000])?, 2);
    Ok(())
}

/// Finding 9: upgrades that fail after the handler ran (the client announces a body, or hangs
/// up at once) used to keep their WebSocket slot for good.
#[test]
fn failed_websocket_upgrades_do_not_use_up_push_slots() -> TestResult {
    let h = start_with(|c| c.max_ws_connections = 3)?;
    let d = new_doc(&h.client)?;
    for i in 0..30 {
        let mut s = TcpStream::connect(h.relay.addr())?;
        s.set_read_timeout(Some(Duration::from_secs(2)))?;
        let body = if i % 2 == 0 {
            "content-length: 10\r\n"
        } else {
            ""
        };
        write!(
            s,
            "GET /v1/docs/{}/ws HTTP/1.1\r\nhost: x\r\nmosaic-protocol: {PROTOCOL_VERSION}\r\n\
             authorization: Bearer {}\r\nconnection: upgrade\r\nupgrade: websocket\r\n\
             sec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n\
             {body}\r\n",
            d.id.to_hex(),
            d.token.to_hex()
        )?;
        if i % 3 == 0 {
            std::thread::sleep(Duration::from_millis(5));
        } else {
            let mut buf = [0u8; 256];
            let _ = s.read(&mut buf);
        }
        drop(s);
    }
    std::thread::sleep(Duration::from_millis(500));
    // Every slot is free again: as many subscriptions as the limit allows all open.
    let mut subs = Vec::new();
    for i in 0..3 {
        match h.client.subscribe(&d.id, &d.token) {
            Ok(s) => subs.push(s),
            Err(e) => return Err(format!("subscription {i} refused: {e}").into()),
        }
    }
    Ok(())
}

/// Finding 10: a signed request captured on its way to relay A is refused by relay B.
#[test]
fn a_request_signed_for_one_relay_is_refused_by_another() -> TestResult {
    let a = start()?;
    let b = start()?;
    let id = DocId::generate()?;
    let w = WriterKey::generate()?;
    let body = serde_json::to_vec(&CreateDoc {
        write_key: w.public(),
        read_token_hash: ReadToken::generate()?.hash(),
    })?;
    let sig = sign_for(&a.client, &w, WriteOp::Create, &id, &body)?;
    let path = format!("/v1/docs/{}", id.to_hex());
    assert_eq!(a.client.send_signed("PUT", &path, &sig, &body)?.status, 201);
    let replayed = b.client.send_signed("PUT", &path, &sig, &body)?;
    assert_eq!(
        replayed.status, 401,
        "relay B refuses what was signed for A"
    );
    assert_eq!(
        replayed.error().map(|e| e.error),
        Some(codes::UNAUTHORIZED.into())
    );
    Ok(())
}
