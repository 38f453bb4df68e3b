//! What a relay learns from envelopes it cannot decrypt (issue 11, finding 7). It must not be
//! able to link documents through identifiers that are the same in each (a device's sender
//! id, a mentor's grant tag or feedback key), nor tell a short edit from a longer one, or one
//! photo from another, by its exact size.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use mosaic_core::{Mosaic, NewAttachment, PortfolioId, Section};
use mosaic_relay::wire::DocId;
use mosaic_sync::crypto::{OWNER_TAG, SIGNER_TAG, relay_view, x25519_tag};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{RetryPolicy, ShareRole, revoke_with};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn relay_doc(m: &mut Mosaic, id: PortfolioId) -> DocId {
    mosaic_sync::store::load(m.connection(), &id.to_string())
        .unwrap()
        .unwrap()
        .relay_doc
}

/// Recipient tags of grants sealed to a member (not the fixed owner and signer tags).
fn member_tags(relay: &SimRelay, doc: &DocId) -> Vec<[u8; 8]> {
    relay
        .entries(doc)
        .iter()
        .flat_map(|e| relay_view(e).unwrap().grants)
        .map(|g| g.recipient)
        .filter(|t| *t != OWNER_TAG && *t != SIGNER_TAG)
        .collect()
}

#[test]
fn the_relay_cannot_link_two_portfolios_or_read_edit_sizes() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    // One phone holds two portfolios (a person's own and, say, her child's); both are shared
    // with the same mentor, and each revokes another mentor so that grants name the first.
    let mut phone = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let mut other = Mosaic::open_in_memory()?;
    let mut lp = SimLink::new(&relay, 1);
    let mut ids = vec![];
    for n in 0..2 {
        let id = phone.create_portfolio(mosaic_core::sample::profile())?;
        mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
        let mut lm = SimLink::new(&relay, 10 + n);
        share_and_join(
            (&mut phone, &mut lp),
            URL,
            id,
            (&mut mentor, &mut lm),
            ShareRole::Mentor,
        )?;
        let mut lo = SimLink::new(&relay, 20 + n);
        share_and_join(
            (&mut phone, &mut lp),
            URL,
            id,
            (&mut other, &mut lo),
            ShareRole::Mentor,
        )?;
        let gone = mosaic_sync::store::device(&mut other)?.x25519_public();
        revoke_with(&mut phone, &mut lp, id, &hex::encode(x25519_tag(&gone)))?;
        ids.push(id);
    }
    let docs: Vec<DocId> = ids.iter().map(|id| relay_doc(&mut phone, *id)).collect();

    // 1. The phone's sender id differs from one document to the other.
    let senders: Vec<[u8; 16]> = docs
        .iter()
        .map(|d| relay_view(&relay.entries(d)[0]).unwrap().sender)
        .collect();
    assert_ne!(
        senders[0], senders[1],
        "one sender id in both documents links them"
    );

    // 2. No grant in either portfolio's log is for a mentor (mentors read views of their own,
    //    so no grant tag can say the two share one), and the mentor's two views have write
    //    keys of their own.
    let (a, b) = (member_tags(&relay, &docs[0]), member_tags(&relay, &docs[1]));
    assert!(
        a.is_empty() && b.is_empty(),
        "a portfolio's log carries grants for mentors: {a:?} {b:?}"
    );
    let views =
        mosaic_sync::store::list(mentor.connection(), "kind = ?1 AND writer = 0", "portfolio")?;
    assert_eq!(views.len(), 2);
    let view_keys: Vec<_> = views
        .iter()
        .flat_map(|v| relay.write_keys(&v.relay_doc))
        .collect();
    assert_eq!(view_keys.len(), 2, "{view_keys:?}");
    assert_ne!(
        view_keys[0], view_keys[1],
        "one write key on both views links them"
    );
    for d in &docs {
        assert!(
            relay.write_keys(d).iter().all(|k| !view_keys.contains(k)),
            "a view is written with its portfolio's key"
        );
    }

    // 3. A one-word edit and a paragraph travel in envelopes of the same size.
    let id = ids[0];
    let mut sizes = vec![];
    for text in ["Sewing", &"A longer note about tailoring work. ".repeat(4)] {
        let before = relay.entries(&docs[0]).len();
        phone.add_json(
            id,
            Section::Skills,
            serde_json::json!({"name": text, "category": "trade"}),
        )?;
        mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
        let entries = relay.entries(&docs[0]);
        assert_eq!(entries.len(), before + 1);
        sizes.push(entries[before].len());
    }
    assert_eq!(sizes[0], sizes[1], "edit sizes show through: {sizes:?}");

    // 4. Two photos of different sizes are stored as blobs of one size.
    for n in [3_000usize, 3_900] {
        let photo = phone.put_attachment(NewAttachment {
            bytes: (0..n).map(|i| (i * 7 + n) as u8).collect(),
            mime: "image/png".into(),
            file_name: None,
            width: Some(1),
            height: Some(1),
            thumbnail: None,
        })?;
        phone.add_json(
            id,
            Section::Certificates,
            serde_json::json!({"title": format!("Scan {n}"), "kind": "vocational",
                "attachments": [photo]}),
        )?;
    }
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    let blobs = relay.blob_sizes(&docs[0]);
    assert_eq!(blobs.len(), 2, "{blobs:?}");
    assert_eq!(blobs[0], blobs[1], "photo sizes show through: {blobs:?}");

    // 5. The mentor's two feedback documents are registered and signed with keys that are
    //    neither the same nor its device key, and its device key is nowhere on the relay.
    let device = mosaic_sync::store::device(&mut mentor)?.ed25519_public();
    let mut writer_keys = vec![];
    for id in &ids {
        let lid = id.to_string();
        let fb = mosaic_sync::store::list(
            mentor.connection(),
            "kind = 'feedback' AND writer = 1 AND portfolio_id = ?1",
            &lid,
        )?;
        assert_eq!(fb.len(), 1, "one feedback document per mentee");
        let entry = phone.add_json(*id, Section::Skills, serde_json::json!({"name": "Baking"}))?;
        mosaic_sync::sync_with(&mut phone, &mut lp, URL, *id, p())?;
        let mut lm = SimLink::new(&relay, 30);
        mosaic_sync::sync_with(&mut mentor, &mut lm, URL, *id, p())?;
        mosaic_sync::comment(&mut mentor, *id, entry, "Well done")?;
        mosaic_sync::sync_with(&mut mentor, &mut lm, URL, *id, p())?;
        writer_keys.extend(relay.write_keys(&fb[0].relay_doc));
    }
    assert_eq!(writer_keys.len(), 2, "{writer_keys:?}");
    assert_ne!(
        writer_keys[0], writer_keys[1],
        "one write key on both feedback documents counts a mentor's caseload"
    );
    assert!(
        !writer_keys.contains(&device),
        "the mentor's device key is the write key"
    );
    assert!(
        relay
            .stored_bytes()
            .iter()
            .all(|b| !b.windows(32).any(|w| w == device)),
        "the mentor's device key is stored on the relay"
    );

    // The owner still reads each comment as the mentor's, under the mentor's device key.
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, ids[1], p())?;
    let items = mosaic_sync::feedback(&mut phone, ids[1])?;
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0].text, "Well done");
    assert_eq!(
        items[0].fingerprint,
        mosaic_attest::keys::fingerprint(&device)
    );
    Ok(())
}
