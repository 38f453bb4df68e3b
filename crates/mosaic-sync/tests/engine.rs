//! The engine end to end over the in-memory relay: link, share, feedback, revoke, blobs.

use mosaic_core::{Mosaic, NewAttachment, Section};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::{Error, RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn p() -> RetryPolicy {
    RetryPolicy::default()
}

#[test]
fn link_share_feedback_revoke() -> R {
    let relay = SimRelay::new();
    let mut a = Mosaic::open_in_memory()?;
    let mut b = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let mut other_mentor = Mosaic::open_in_memory()?;
    mentor.set_author("Teacher Rita")?;
    let (mut la, mut lb, mut lm, mut lo) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
        SimLink::new(&relay, 4),
    );
    let id = a.create_portfolio(mosaic_core::sample::profile())?;
    let e1 = a.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "Sewing SECRET-ALPHA", "category": "trade"}),
    )?;
    let photo = a.put_attachment(NewAttachment {
        bytes: b"PHOTO-BYTES-SECRET".to_vec(),
        mime: "image/jpeg".into(),
        file_name: None,
        width: None,
        height: None,
        thumbnail: None,
    })?;
    let mut profile = a.profile(id)?;
    profile.photo = Some(photo.clone());
    a.update_profile(id, profile)?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;

    // Link device B.
    let code_b = mosaic_sync::device_code(&mut b)?;
    let share_b =
        mosaic_sync::share_code_with(&mut a, &mut la, URL, id, &code_b, ShareRole::Device)?;
    // A code made for B is useless to the mentor.
    let err = mosaic_sync::join_with(&mut mentor, &mut lm, &share_b)
        .err()
        .map(|e| e.to_string());
    assert!(err.is_some_and(|m| m.contains("another device")));
    let jr = mosaic_sync::join_with(&mut b, &mut lb, &share_b)?;
    assert_eq!(jr.role, "owner");
    assert_eq!(b.portfolio(id)?, a.portfolio(id)?);
    assert_eq!(b.attachment(&photo.sha256)?.bytes, b"PHOTO-BYTES-SECRET");

    // B edits, A sees it.
    b.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "Cutting", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut b, &mut lb, URL, id, p())?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    assert_eq!(b.portfolio(id)?, a.portfolio(id)?);

    // Share with two mentors.
    let code_m = mosaic_sync::device_code(&mut mentor)?;
    let share_m =
        mosaic_sync::share_code_with(&mut a, &mut la, URL, id, &code_m, ShareRole::Mentor)?;
    let jm = mosaic_sync::join_with(&mut mentor, &mut lm, &share_m)?;
    assert_eq!(jm.role, "mentee");
    let code_o = mosaic_sync::device_code(&mut other_mentor)?;
    let share_o =
        mosaic_sync::share_code_with(&mut a, &mut la, URL, id, &code_o, ShareRole::Mentor)?;
    mosaic_sync::join_with(&mut other_mentor, &mut lo, &share_o)?;
    assert_eq!(mentor.portfolio(id)?, a.portfolio(id)?);
    let dash = mosaic_sync::mentees(&mut mentor)?;
    assert_eq!(dash.len(), 1);

    // Mentor feedback reaches the owner; the owner cannot write it.
    mosaic_sync::comment(&mut mentor, id, e1, "Great work")?;
    // A confirmation must fit its entry: a skill is not an activity.
    assert!(mosaic_sync::confirm(&mut mentor, id, e1, "attendance").is_err());
    let act = a.add_json(
        id,
        Section::Activities,
        serde_json::json!({"kind": "volunteering", "date": "2026-03-04", "hours": 3}),
    )?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    mosaic_sync::confirm(&mut mentor, id, act, "attendance")?;
    assert!(matches!(
        mosaic_sync::comment(&mut a, id, e1, "forged"),
        Err(Error::Invalid(_))
    ));
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    let fb = mosaic_sync::feedback(&mut a, id)?;
    assert_eq!(fb.len(), 2, "{fb:?}");
    assert!(
        fb.iter()
            .any(|f| f.text == "Great work" && f.by == "Teacher Rita" && f.unread)
    );
    // The confirmation verifies against the mentor's key and now sits on the entry.
    let mentor_code = mosaic_sync::capability::Code::decode(&code_m)?;
    let mosaic_sync::capability::Code::Device(dc) = mentor_code else {
        panic!("not a device code")
    };
    let fp = mosaic_attest::keys::fingerprint(&dc.ed25519);
    let conf = fb
        .iter()
        .find(|f| f.kind == "confirmation")
        .expect("confirmation");
    assert_eq!(
        (
            conf.status.as_str(),
            conf.by.as_str(),
            conf.fingerprint.as_str()
        ),
        ("current", "Teacher Rita", fp.as_str()),
        "{conf:?}"
    );
    let entry: mosaic_core::Activity = a.get(id, act)?;
    assert_eq!(entry.endorsements.len(), 1);
    let standing =
        mosaic_attest::endorse::check(&entry.endorsements[0], id, Section::Activities, act, &entry);
    assert!(standing.is_current(), "{standing:?}");
    // The owner exports it as an Open Badges 3.0 credential the mentor's key signed.
    let badge: serde_json::Value =
        serde_json::from_str(&mosaic_sync::export_badge(&mut a, id, act)?)?;
    assert_eq!(
        badge["issuer"]["id"],
        mosaic_media::badge::proof::ed25519_did_key(&dc.ed25519)
    );
    assert_eq!(badge["issuer"]["name"], "Teacher Rita");
    assert!(
        mosaic_media::badge::proof::verify_embedded_proofs(&badge).is_verified(),
        "{badge}"
    );
    assert!(
        mosaic_sync::export_badge(&mut a, id, e1).is_err(),
        "nothing confirmed"
    );
    // A completed programme's results, confirmed by the mentor, make a badge too.
    let prog = a.add_json(
        id,
        Section::Programmes,
        serde_json::json!({"title": "Orientation <b>Stage 1</b>", "provider": "Council",
            "modules": [{"name": "Rights", "status": "completed", "hours": 10}]}),
    )?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    mosaic_sync::confirm(&mut mentor, id, prog, "programme_result")?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    assert_eq!(mosaic_sync::feedback(&mut a, id)?.len(), 3);
    let programme: mosaic_core::Programme = a.get(id, prog)?;
    assert_eq!(programme.endorsements.len(), 1, "attached to the programme");
    let badge: serde_json::Value =
        serde_json::from_str(&mosaic_sync::export_badge(&mut a, id, prog)?)?;
    assert_eq!(
        badge["name"], "Orientation <b>Stage 1</b>",
        "text stays text"
    );
    assert!(mosaic_media::badge::proof::verify_embedded_proofs(&badge).is_verified());
    // Edited afterwards: it confirms an earlier version, on the entry and in the feedback.
    a.edit_json(
        id,
        Section::Activities,
        act,
        serde_json::json!({"hours": 30}),
    )?;
    let entry: mosaic_core::Activity = a.get(id, act)?;
    assert_eq!(entry.endorsements.len(), 1, "not attached twice");
    assert!(matches!(
        mosaic_attest::endorse::check(&entry.endorsements[0], id, Section::Activities, act, &entry),
        mosaic_attest::Standing::EarlierVersion { .. }
    ));
    let fb = mosaic_sync::feedback(&mut a, id)?;
    assert!(fb.iter().any(|f| f.status == "earlier_version"), "{fb:?}");
    let refused = mosaic_sync::export_badge(&mut a, id, act)
        .expect_err("an edited entry has no current badge");
    assert!(refused.to_string().contains("earlier version"), "{refused}");
    // Copied onto another entry by the owner, it does not count there.
    let other = a.add_json(
        id,
        Section::Activities,
        serde_json::json!({"kind": "volunteering", "date": "2026-03-04", "hours": 30}),
    )?;
    a.edit_json(
        id,
        Section::Activities,
        other,
        serde_json::json!({"endorsements": entry.endorsements}),
    )?;
    let copy: mosaic_core::Activity = a.get(id, other)?;
    assert!(matches!(
        mosaic_attest::endorse::check(&copy.endorsements[0], id, Section::Activities, other, &copy),
        mosaic_attest::Standing::Invalid { .. }
    ));
    mosaic_sync::mark_feedback_read(&mut a, id)?;
    assert!(mosaic_sync::feedback(&mut a, id)?.iter().all(|f| !f.unread));
    // Mentor's writes to the portfolio are impossible (read-only copy is not pushed).
    mosaic_sync::sync_with(&mut b, &mut lb, URL, id, p())?;
    assert_eq!(
        mosaic_sync::feedback(&mut b, id)?.len(),
        3,
        "linked device reads feedback too"
    );

    // Revoke the first mentor.
    let members = mosaic_sync::members(&mut a, id)?;
    assert_eq!(members.iter().filter(|m| m.role == "mentor").count(), 2);
    assert_eq!(
        members.iter().filter(|m| m.role == "device").count(),
        1,
        "device B"
    );
    let rep = mosaic_sync::revoke_with(&mut a, &mut la, id, "Teacher Rita")?;
    assert!(rep.completed);
    a.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-REVOKE", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut a, &mut la, URL, id, p())?;
    // The revoked mentor gets no access; the other mentor and device B keep up.
    let r = mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p());
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    mosaic_sync::sync_with(&mut other_mentor, &mut lo, URL, id, p())?;
    mosaic_sync::sync_with(&mut b, &mut lb, URL, id, p())?;
    assert_eq!(other_mentor.portfolio(id)?, a.portfolio(id)?);
    assert_eq!(b.portfolio(id)?, a.portfolio(id)?);
    let names = |m: &mut Mosaic| -> Vec<String> {
        m.list_json(id, Section::Skills)
            .ok()
            .and_then(|v| v.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|v| v["name"].as_str().map(str::to_string))
            .collect()
    };
    assert!(names(&mut b).contains(&"AFTER-REVOKE".to_string()));
    assert!(!names(&mut mentor).contains(&"AFTER-REVOKE".to_string()));
    // B, a linked device, also writes at the new epoch and the other mentor reads it.
    b.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "FROM-B-EPOCH1", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut b, &mut lb, URL, id, p())?;
    mosaic_sync::sync_with(&mut other_mentor, &mut lo, URL, id, p())?;
    assert!(names(&mut other_mentor).contains(&"FROM-B-EPOCH1".to_string()));

    // Nothing stored on the relay contains plaintext.
    for blob in relay.stored_bytes() {
        for needle in [
            &b"SECRET-ALPHA"[..],
            b"PHOTO-BYTES-SECRET",
            b"Mariam",
            b"Great work",
            b"AFTER-REVOKE",
        ] {
            assert!(!blob.windows(needle.len()).any(|w| w == needle));
        }
    }
    Ok(())
}

fn skill_names(m: &mut Mosaic, id: mosaic_core::PortfolioId) -> Vec<String> {
    m.list_json(id, Section::Skills)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v["name"].as_str().map(str::to_string))
        .collect()
}

fn link(
    owner: &mut Mosaic,
    lo: &mut SimLink,
    other: &mut Mosaic,
    lx: &mut SimLink,
    id: mosaic_core::PortfolioId,
    role: ShareRole,
) -> R {
    let code = mosaic_sync::device_code(other)?;
    let share = mosaic_sync::share_code_with(owner, lo, URL, id, &code, role)?;
    mosaic_sync::join_with(other, lx, &share)?;
    Ok(())
}

/// A lost device is revoked: new epoch key and new write authority for the remaining devices;
/// the lost one reads and writes nothing more, a mentor follows the hand-over. Also: a device
/// that was offline during the revocation, and a device linked after it, join in.
#[test]
fn revoked_device_loses_read_and_write_authority() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut lost = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    phone.set_author("Amal phone")?;
    lost.set_author("Amal old phone")?;
    tablet.set_author("Amal tablet")?;
    mentor.set_author("Teacher Rita")?;
    let (mut lp, mut ll, mut lt, mut lm) = (
        SimLink::new(&relay, 11),
        SimLink::new(&relay, 12),
        SimLink::new(&relay, 13),
        SimLink::new(&relay, 14),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    link(
        &mut phone,
        &mut lp,
        &mut lost,
        &mut ll,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut tablet,
        &mut lt,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut mentor,
        &mut lm,
        id,
        ShareRole::Mentor,
    )?;
    for (m, l) in [(&mut lost, &mut ll), (&mut tablet, &mut lt)] {
        mosaic_sync::sync_with(m, l, URL, id, p())?;
    }
    // Every owner device knows the others (the roster), so any of them can revoke.
    let on_tablet = mosaic_sync::members(&mut tablet, id)?;
    assert!(
        on_tablet
            .iter()
            .any(|m| m.name == "Amal old phone" && m.role == "device"),
        "{on_tablet:?}"
    );
    assert!(on_tablet.iter().any(|m| m.name == "Amal phone"));
    // Unknown names and this device itself are refused with plain words.
    let err = mosaic_sync::revoke_with(&mut phone, &mut lp, id, "Nobody")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("no current mentor or device `Nobody`"),
        "{err}"
    );

    // The tablet is offline while the phone revokes the lost device.
    let rep = mosaic_sync::revoke_with(&mut phone, &mut lp, id, "Amal old phone")?;
    assert!(
        rep.completed && rep.role == "device" && rep.epoch == 1,
        "{rep:?}"
    );
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-DEVICE-REVOKE", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;

    // The lost device: no read access, and its writes are refused.
    lost.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "FROM-LOST", "category": "trade"}),
    )?;
    let before = lost.portfolio(id)?;
    let r = mosaic_sync::sync_with(&mut lost, &mut ll, URL, id, p());
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    assert_eq!(lost.portfolio(id)?, before, "nothing lost locally");
    assert!(!skill_names(&mut lost, id).contains(&"AFTER-DEVICE-REVOKE".to_string()));

    // The tablet and the mentor pick up the new key (and the tablet the new authority).
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(skill_names(&mut tablet, id).contains(&"AFTER-DEVICE-REVOKE".to_string()));
    assert!(skill_names(&mut mentor, id).contains(&"AFTER-DEVICE-REVOKE".to_string()));
    tablet.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "FROM-TABLET", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(skill_names(&mut phone, id).contains(&"FROM-TABLET".to_string()));
    assert!(skill_names(&mut mentor, id).contains(&"FROM-TABLET".to_string()));
    assert!(!skill_names(&mut phone, id).contains(&"FROM-LOST".to_string()));
    let revoked = mosaic_sync::members(&mut tablet, id)?;
    assert!(
        revoked
            .iter()
            .any(|m| m.name == "Amal old phone" && m.revoked),
        "the roster tells the tablet: {revoked:?}"
    );

    // A device linked after the revocation verifies the whole log (old and new signer).
    let mut laptop = Mosaic::open_in_memory()?;
    let mut lx = SimLink::new(&relay, 15);
    link(
        &mut tablet,
        &mut lt,
        &mut laptop,
        &mut lx,
        id,
        ShareRole::Device,
    )?;
    assert_eq!(laptop.portfolio(id)?, tablet.portfolio(id)?);
    laptop.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "FROM-NEW-LAPTOP", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut laptop, &mut lx, URL, id, p())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    assert!(skill_names(&mut phone, id).contains(&"FROM-NEW-LAPTOP".to_string()));
    Ok(())
}

/// The revoking device is offline, and the relay's answer to the key swap is lost; the other
/// devices lag behind a snapshot that covers the rotation; then a device that was not the
/// first one revokes the first one.
#[test]
fn device_revocation_resumes_and_reaches_lagging_devices() -> R {
    use mosaic_relay::auth::WriterKey;
    use mosaic_relay::wire::{AccessChange, DocId};
    use mosaic_sync::Transport;

    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut lost = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    phone.set_author("Amal phone")?;
    lost.set_author("Amal old phone")?;
    tablet.set_author("Amal tablet")?;
    let (mut lp, mut ll, mut lt, mut lm) = (
        SimLink::new(&relay, 21),
        SimLink::new(&relay, 22),
        SimLink::new(&relay, 23),
        SimLink::new(&relay, 24),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    link(
        &mut phone,
        &mut lp,
        &mut lost,
        &mut ll,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut tablet,
        &mut lt,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut mentor,
        &mut lm,
        id,
        ShareRole::Mentor,
    )?;
    let row = |m: &mut Mosaic, col: &str| -> Result<Vec<u8>, Box<dyn std::error::Error>> {
        Ok(m.connection().query_row(
            &format!("SELECT {col} FROM sync_docs WHERE local_id = ?1"),
            [id.to_string()],
            |r| r.get(0),
        )?)
    };
    let a32 = |v: Vec<u8>| <[u8; 32]>::try_from(v).map_err(|_| "32 bytes");
    let doc = DocId(a32(row(&mut phone, "relay_doc")?)?);
    let old = WriterKey::from_secret_bytes(&a32(row(&mut phone, "write_secret")?)?);

    // Offline: the revocation is local only.
    lp.partitioned = true;
    let rep = mosaic_sync::revoke_with(&mut phone, &mut lp, id, "Amal old phone")?;
    assert!(!rep.completed, "{rep:?}");
    lp.partitioned = false;
    // The key swap reaches the relay but its answer is lost (done here by hand).
    let new = WriterKey::from_secret_bytes(&a32(row(&mut phone, "write_secret")?)?);
    let mut keep = vec![mosaic_relay::wire::TokenHash(a32(row(
        &mut phone,
        "read_token",
    )?)?)];
    keep[0] = mosaic_relay::wire::ReadToken(keep[0].0).hash();
    let members: Vec<Vec<u8>> = phone
        .connection()
        .prepare(
            "SELECT read_token_hash FROM sync_members WHERE local_id = ?1 AND revoked_at IS NULL",
        )?
        .query_map([id.to_string()], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for h in members {
        keep.push(mosaic_relay::wire::TokenHash(a32(h)?));
    }
    let swap = AccessChange {
        handover_to: Some(new.public()),
        keep_read_token_hashes: keep,
        ..Default::default()
    };
    lp.update_access(&doc, &old, &swap)
        .map_err(|e| format!("{e:?}"))?;
    // The next sync finishes the job with the new key.
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    let r = mosaic_sync::sync_with(&mut lost, &mut ll, URL, id, p());
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");

    // Enough edits for a snapshot that covers (and drops) the rotation entry.
    let mut snapshot = false;
    for i in 0..150 {
        phone.add_json(
            id,
            Section::Skills,
            serde_json::json!({"name": format!("bulk skill number {i} with some words"), "category": "trade"}),
        )?;
        if i % 50 == 49 {
            snapshot |=
                mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?.snapshot_uploaded;
        }
    }
    assert!(snapshot, "a snapshot was uploaded");
    // The tablet and the mentor, who missed the rotation entry, catch up from the snapshot.
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert_eq!(tablet.portfolio(id)?, phone.portfolio(id)?);
    assert_eq!(mentor.portfolio(id)?, phone.portfolio(id)?);
    tablet.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "FROM-TABLET", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    assert!(skill_names(&mut phone, id).contains(&"FROM-TABLET".to_string()));

    // The tablet (linked by the phone) revokes the phone: it keeps writing, the mentor reads.
    let rep = mosaic_sync::revoke_with(&mut tablet, &mut lt, id, "Amal phone")?;
    assert!(rep.completed && rep.role == "device", "{rep:?}");
    tablet.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-PHONE-REVOKED", "category": "trade"}),
    )?;
    assert!(mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?.pushed_changes > 0);
    let r = mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p());
    assert!(matches!(r, Err(Error::NoAccess)), "{r:?}");
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(skill_names(&mut mentor, id).contains(&"AFTER-PHONE-REVOKED".to_string()));
    assert!(!skill_names(&mut phone, id).contains(&"AFTER-PHONE-REVOKED".to_string()));
    Ok(())
}

/// Finding 1: a device's write secret (stolen, or its planted key before revocation) appends
/// junk that no reader can verify. Honest devices and the mentor skip it, say so in the
/// report, and keep syncing what comes after it, instead of failing with `Tampered` forever.
#[test]
fn an_entry_that_does_not_verify_is_skipped_and_reported() -> R {
    use mosaic_relay::auth::WriterKey;
    use mosaic_relay::wire::DocId;
    use mosaic_sync::Transport;

    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut thief = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lt, mut lm) = (
        SimLink::new(&relay, 31),
        SimLink::new(&relay, 32),
        SimLink::new(&relay, 33),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    link(
        &mut phone,
        &mut lp,
        &mut thief,
        &mut lt,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut mentor,
        &mut lm,
        id,
        ShareRole::Mentor,
    )?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    let (doc, secret): (Vec<u8>, Vec<u8>) = thief.connection().query_row(
        "SELECT relay_doc, write_secret FROM sync_docs WHERE local_id = ?1",
        [id.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let doc = DocId(doc.try_into().map_err(|_| "doc id")?);
    let w = WriterKey::from_secret_bytes(&secret.try_into().map_err(|_| "secret")?);
    lt.append(&doc, &w, b"junk that is no envelope at all")
        .map_err(|e| format!("{e:?}"))?;

    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-THE-JUNK", "category": "trade"}),
    )?;
    let rep = mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    assert!(
        rep.warnings.iter().any(|w| w.contains("skipped log entry")),
        "{rep:?}"
    );
    // The mentor reads a view of their own, which the owner's devices write: junk appended
    // there (by a device that holds its seed) is skipped the same way.
    let (view_doc, view_secret): (Vec<u8>, Vec<u8>) = phone.connection().query_row(
        "SELECT relay_doc, write_secret FROM sync_docs WHERE kind = 'view'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let view_doc = DocId(view_doc.try_into().map_err(|_| "doc id")?);
    let vw = WriterKey::from_secret_bytes(&view_secret.try_into().map_err(|_| "secret")?);
    lt.append(&view_doc, &vw, b"junk in the view")
        .map_err(|e| format!("{e:?}"))?;
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-THE-VIEW-JUNK", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    let rep = mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(
        rep.warnings.iter().any(|w| w.contains("skipped log entry")),
        "{rep:?}"
    );
    assert!(skill_names(&mut mentor, id).contains(&"AFTER-THE-JUNK".to_string()));
    assert!(skill_names(&mut mentor, id).contains(&"AFTER-THE-VIEW-JUNK".to_string()));
    assert_eq!(mentor.portfolio(id)?, phone.portfolio(id)?);
    // And again: the skipped entry is behind the cursor, nothing is reported twice.
    let rep = mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(rep.warnings.is_empty(), "{rep:?}");
    Ok(())
}

/// Finding 1 through the engine on the simulated relay: the linked device plants a second
/// write key and a read token before it is revoked; the owner's revocation (`revoke` + sync)
/// ends both, while the owner and the mentor go on.
#[test]
fn revoking_a_device_ends_the_key_and_token_it_planted() -> R {
    use mosaic_relay::auth::WriterKey;
    use mosaic_relay::wire::{AccessChange, DocId, ReadToken};
    use mosaic_sync::Transport;
    use mosaic_sync::transport::TransportError;

    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut thief = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    thief.set_author("Stolen phone")?;
    let (mut lp, mut lt, mut lm) = (
        SimLink::new(&relay, 41),
        SimLink::new(&relay, 42),
        SimLink::new(&relay, 43),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    link(
        &mut phone,
        &mut lp,
        &mut thief,
        &mut lt,
        id,
        ShareRole::Device,
    )?;
    link(
        &mut phone,
        &mut lp,
        &mut mentor,
        &mut lm,
        id,
        ShareRole::Mentor,
    )?;
    let (doc, secret): (Vec<u8>, Vec<u8>) = thief.connection().query_row(
        "SELECT relay_doc, write_secret FROM sync_docs WHERE local_id = ?1",
        [id.to_string()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let doc = DocId(doc.try_into().map_err(|_| "doc id")?);
    let stolen = WriterKey::from_secret_bytes(&secret.try_into().map_err(|_| "secret")?);
    let planted = WriterKey::generate()?;
    let spy = ReadToken::generate()?;
    lt.update_access(
        &doc,
        &stolen,
        &AccessChange {
            add_write_keys: vec![planted.public()],
            add_read_token_hashes: vec![spy.hash()],
            ..Default::default()
        },
    )
    .map_err(|e| format!("{e:?}"))?;

    let rep = mosaic_sync::revoke_with(&mut phone, &mut lp, id, "Stolen phone")?;
    assert!(rep.completed, "{rep:?}");
    let third = WriterKey::generate()?;
    let r = lt.update_access(
        &doc,
        &planted,
        &AccessChange {
            add_write_keys: vec![third.public()],
            ..Default::default()
        },
    );
    assert!(matches!(r, Err(TransportError::NotFound)), "{r:?}");
    let r = lt.append(&doc, &planted, b"junk");
    assert!(matches!(r, Err(TransportError::NotFound)), "{r:?}");
    let r = lt.pull(&doc, &spy, 0);
    assert!(matches!(r, Err(TransportError::NotFound)), "{r:?}");
    // The owner and the mentor go on.
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-REVOKE", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;
    assert!(skill_names(&mut mentor, id).contains(&"AFTER-REVOKE".to_string()));
    Ok(())
}
