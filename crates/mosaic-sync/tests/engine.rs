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
    mosaic_sync::confirm(&mut mentor, id, e1, "attendance")?;
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
    mosaic_sync::mark_feedback_read(&mut a, id)?;
    assert!(mosaic_sync::feedback(&mut a, id)?.iter().all(|f| !f.unread));
    // Mentor's writes to the portfolio are impossible (read-only copy is not pushed).
    mosaic_sync::sync_with(&mut b, &mut lb, URL, id, p())?;
    assert_eq!(
        mosaic_sync::feedback(&mut b, id)?.len(),
        2,
        "linked device reads feedback too"
    );

    // Revoke the first mentor.
    let members = mosaic_sync::members(&mut a, id)?;
    assert_eq!(members.len(), 2);
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
