//! Two of the owner's devices revoke different mentors while apart (issue 11, finding 5).
//! Both pick the next key epoch with different keys; once they sync, every member must end on
//! one key, both mentors must be shut out of what is written afterwards, and nothing written
//! on either device may become unreadable to the others.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{RetryPolicy, ShareRole, revoke_with, sync_with};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn skill(m: &mut Mosaic, id: PortfolioId, name: &str) {
    m.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": name, "category": "trade"}),
    )
    .unwrap();
}

fn names(m: &mut Mosaic, id: PortfolioId) -> Vec<String> {
    m.portfolio(id)
        .unwrap()
        .skills
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

fn epoch(m: &mut Mosaic, id: PortfolioId) -> u32 {
    mosaic_sync::store::load(m.connection(), &id.to_string())
        .unwrap()
        .unwrap()
        .epoch
}

fn member_id(m: &mut Mosaic) -> String {
    let x = mosaic_sync::store::device(m).unwrap().x25519_public();
    hex::encode(mosaic_sync::crypto::x25519_tag(&x))
}

/// The phone creates a portfolio and shares it with each member in turn (the first is the
/// laptop, another of the owner's devices); then the phone and the laptop sync until both
/// hold everything.
fn share_with_all(
    (phone, lp): (&mut Mosaic, &mut SimLink),
    members: &mut [(&mut Mosaic, &mut SimLink, ShareRole)],
) -> Result<PortfolioId, Box<dyn std::error::Error>> {
    let p = RetryPolicy::default;
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    sync_with(phone, lp, URL, id, p())?;
    for (m, link, role) in members.iter_mut() {
        share_and_join(
            (&mut *phone, &mut *lp),
            URL,
            id,
            (&mut **m, &mut **link),
            *role,
        )?;
    }
    for _ in 0..2 {
        sync_with(phone, lp, URL, id, p())?;
        let (laptop, ll, _) = &mut members[0];
        sync_with(laptop, &mut **ll, URL, id, p())?;
    }
    Ok(id)
}

#[test]
fn two_devices_revoking_while_apart_end_on_one_key() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    let mut phone = Mosaic::open_in_memory()?;
    let mut laptop = Mosaic::open_in_memory()?;
    let (mut rita, mut omar, mut sara) = (
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
    );
    let mut lp = SimLink::new(&relay, 1);
    let mut ll = SimLink::new(&relay, 2);
    let (mut lr, mut lo, mut ls) = (
        SimLink::new(&relay, 3),
        SimLink::new(&relay, 4),
        SimLink::new(&relay, 5),
    );
    let id = share_with_all(
        (&mut phone, &mut lp),
        &mut [
            (&mut laptop, &mut ll, ShareRole::Device),
            (&mut rita, &mut lr, ShareRole::Mentor),
            (&mut omar, &mut lo, ShareRole::Mentor),
            (&mut sara, &mut ls, ShareRole::Mentor),
        ],
    )?;
    let (rita_id, omar_id) = (member_id(&mut rita), member_id(&mut omar));

    // Apart: the phone revokes Rita, the laptop (offline) revokes Omar, each writes something.
    revoke_with(&mut phone, &mut lp, id, &rita_id)?;
    skill(&mut phone, id, "FROM-PHONE-AFTER");
    sync_with(&mut phone, &mut lp, URL, id, p())?;
    ll.partitioned = true;
    let offline = revoke_with(&mut laptop, &mut ll, id, &omar_id)?;
    assert!(!offline.completed);
    skill(&mut laptop, id, "FROM-LAPTOP-AFTER");
    ll.partitioned = false;

    // Together again.
    for _ in 0..2 {
        sync_with(&mut laptop, &mut ll, URL, id, p())?;
        sync_with(&mut phone, &mut lp, URL, id, p())?;
        let _ = sync_with(&mut sara, &mut ls, URL, id, p())?;
    }
    assert_eq!(
        epoch(&mut phone, id),
        epoch(&mut laptop, id),
        "one key epoch"
    );
    for m in [&mut phone, &mut laptop, &mut sara] {
        let n = names(m, id);
        assert!(n.contains(&"FROM-PHONE-AFTER".to_string()), "{n:?}");
        assert!(n.contains(&"FROM-LAPTOP-AFTER".to_string()), "{n:?}");
    }
    // Written after both revocations: neither revoked mentor reads it.
    skill(&mut phone, id, "AFTER-BOTH");
    skill(&mut laptop, id, "LAPTOP-AFTER-BOTH");
    sync_with(&mut phone, &mut lp, URL, id, p())?;
    sync_with(&mut laptop, &mut ll, URL, id, p())?;
    sync_with(&mut sara, &mut ls, URL, id, p())?;
    assert!(names(&mut sara, id).contains(&"AFTER-BOTH".to_string()));
    assert!(names(&mut sara, id).contains(&"LAPTOP-AFTER-BOTH".to_string()));
    for (mentor, link) in [(&mut rita, &mut lr), (&mut omar, &mut lo)] {
        let _ = sync_with(mentor, link, URL, id, p());
        let n = names(mentor, id);
        assert!(!n.contains(&"AFTER-BOTH".to_string()), "{n:?}");
        assert!(!n.contains(&"LAPTOP-AFTER-BOTH".to_string()), "{n:?}");
    }
    sync_with(&mut phone, &mut lp, URL, id, p())?;
    assert_eq!(phone.portfolio(id)?, laptop.portfolio(id)?);
    Ok(())
}

fn key_at(m: &mut Mosaic, id: PortfolioId, epoch: u32) -> [u8; 32] {
    *mosaic_sync::store::key(m.connection(), &id.to_string(), epoch)
        .unwrap()
        .unwrap()
        .bytes()
}

/// The laptop revokes a mentor while offline, and meanwhile the phone revokes a lost device,
/// which replaces the write key the laptop holds. The laptop's first request with its old key
/// is refused; it catches up (the new key is sealed to it), finishes its revocation, and both
/// end on one key with the mentor and the lost device shut out.
#[test]
fn a_device_that_missed_a_device_revocation_catches_up_before_it_writes() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    let (mut phone, mut laptop, mut lost) = (
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
    );
    let (mut rita, mut sara) = (Mosaic::open_in_memory()?, Mosaic::open_in_memory()?);
    let (mut lp, mut ll, mut lx) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
    );
    let (mut lr, mut ls) = (SimLink::new(&relay, 4), SimLink::new(&relay, 5));
    let id = share_with_all(
        (&mut phone, &mut lp),
        &mut [
            (&mut laptop, &mut ll, ShareRole::Device),
            (&mut lost, &mut lx, ShareRole::Device),
            (&mut rita, &mut lr, ShareRole::Mentor),
            (&mut sara, &mut ls, ShareRole::Mentor),
        ],
    )?;
    let (lost_id, rita_id) = (member_id(&mut lost), member_id(&mut rita));
    revoke_with(&mut phone, &mut lp, id, &lost_id)?;
    ll.partitioned = true;
    revoke_with(&mut laptop, &mut ll, id, &rita_id)?;
    skill(&mut laptop, id, "WRITTEN-WHILE-APART");
    ll.partitioned = false;

    for _ in 0..2 {
        let r = sync_with(&mut laptop, &mut ll, URL, id, p())?;
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        sync_with(&mut phone, &mut lp, URL, id, p())?;
    }
    let e = epoch(&mut phone, id);
    assert_eq!(e, epoch(&mut laptop, id));
    assert_eq!(
        key_at(&mut phone, id, e),
        key_at(&mut laptop, id, e),
        "one key"
    );
    skill(&mut phone, id, "AFTER-BOTH");
    sync_with(&mut phone, &mut lp, URL, id, p())?;
    sync_with(&mut sara, &mut ls, URL, id, p())?;
    assert!(names(&mut sara, id).contains(&"AFTER-BOTH".to_string()));
    assert!(names(&mut sara, id).contains(&"WRITTEN-WHILE-APART".to_string()));
    assert!(names(&mut phone, id).contains(&"WRITTEN-WHILE-APART".to_string()));
    for (m, link) in [(&mut rita, &mut lr), (&mut lost, &mut lx)] {
        let _ = sync_with(m, link, URL, id, p());
        assert!(!names(m, id).contains(&"AFTER-BOTH".to_string()));
    }
    Ok(())
}

fn write_public(m: &mut Mosaic, id: PortfolioId) -> Option<[u8; 32]> {
    mosaic_sync::store::load(m.connection(), &id.to_string())
        .unwrap()
        .unwrap()
        .write_secret
        .map(|w| mosaic_sync::crypto::ed25519_public_of(&w))
}

/// The phone revokes a lost tablet while the laptop, offline, revokes a stolen one. Both
/// replace the write authority; the phone's hand-over reaches the relay first and seals its new
/// write key to every device it still trusts, the stolen tablet included. When the laptop
/// comes back it must not settle for that key: it hands the authority on to a fresh one that
/// neither tablet holds, so both end unable to write or read what follows, and the phone and
/// the laptop end on one write key and one document key.
#[test]
fn two_devices_revoking_devices_while_apart_leave_neither_revoked_device_a_key() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    let (mut phone, mut laptop, mut lost, mut stolen) = (
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
        Mosaic::open_in_memory()?,
    );
    let (mut lp, mut ll, mut lx, mut ls) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
        SimLink::new(&relay, 4),
    );
    let id = share_with_all(
        (&mut phone, &mut lp),
        &mut [
            (&mut laptop, &mut ll, ShareRole::Device),
            (&mut lost, &mut lx, ShareRole::Device),
            (&mut stolen, &mut ls, ShareRole::Device),
        ],
    )?;
    let (lost_id, stolen_id) = (member_id(&mut lost), member_id(&mut stolen));

    // Apart: the phone revokes the lost tablet (the relay takes its new write key), the
    // laptop, offline, revokes the stolen one.
    revoke_with(&mut phone, &mut lp, id, &lost_id)?;
    ll.partitioned = true;
    let offline = revoke_with(&mut laptop, &mut ll, id, &stolen_id)?;
    assert!(!offline.completed);
    skill(&mut laptop, id, "WRITTEN-WHILE-APART");
    ll.partitioned = false;
    // The stolen tablet syncs before the laptop is back: the phone's rotation hands it the
    // phone's new write key.
    let _ = sync_with(&mut stolen, &mut ls, URL, id, p());

    for _ in 0..2 {
        sync_with(&mut laptop, &mut ll, URL, id, p())?;
        sync_with(&mut phone, &mut lp, URL, id, p())?;
    }
    let e = epoch(&mut phone, id);
    assert_eq!(e, epoch(&mut laptop, id), "one key epoch");
    assert_eq!(
        key_at(&mut phone, id, e),
        key_at(&mut laptop, id, e),
        "one key"
    );
    let authority = write_public(&mut phone, id);
    assert_eq!(authority, write_public(&mut laptop, id), "one write key");
    let doc = mosaic_sync::store::load(phone.connection(), &id.to_string())?
        .unwrap()
        .relay_doc;
    assert_eq!(
        relay.write_keys(&doc),
        vec![authority.unwrap()],
        "the relay knows only the current write key"
    );

    // Neither revoked tablet can write any more, nor read what follows.
    for (name, m, link) in [
        ("lost", &mut lost, &mut lx),
        ("stolen", &mut stolen, &mut ls),
    ] {
        assert_ne!(
            write_public(m, id),
            authority,
            "the {name} tablet holds the write key"
        );
        skill(m, id, "FROM-A-REVOKED-TABLET");
        let _ = sync_with(m, link, URL, id, p());
    }
    skill(&mut phone, id, "AFTER-BOTH");
    sync_with(&mut phone, &mut lp, URL, id, p())?;
    sync_with(&mut laptop, &mut ll, URL, id, p())?;
    for m in [&mut phone, &mut laptop] {
        let n = names(m, id);
        assert!(n.contains(&"WRITTEN-WHILE-APART".to_string()), "{n:?}");
        assert!(!n.contains(&"FROM-A-REVOKED-TABLET".to_string()), "{n:?}");
    }
    for (m, link) in [(&mut lost, &mut lx), (&mut stolen, &mut ls)] {
        let _ = sync_with(m, link, URL, id, p());
        assert!(!names(m, id).contains(&"AFTER-BOTH".to_string()));
    }
    assert_eq!(phone.portfolio(id)?, laptop.portfolio(id)?);
    Ok(())
}
