//! Moving a portfolio to a different relay without re-sharing (issue 12, item 5): the phone
//! copies it to the new relay and leaves a signed notice on the old one; her tablet and her
//! mentor follow on their next sync (the mentor takes its feedback document along), photos
//! and comments included, and everyone keeps syncing once the old relay is gone.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use mosaic_core::{Mosaic, NewAttachment, Section};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::transport::Transport;
use mosaic_sync::{Error, RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const OLD: &str = "sim://old-relay";
const NEW: &str = "sim://new-relay";

/// Opens a link to whichever simulated relay an address names.
fn connector(old: &SimRelay, new: &SimRelay) -> impl FnMut(&str) -> Box<dyn Transport> {
    let (old, new) = (old.clone(), new.clone());
    move |url| {
        let relay = if url == NEW { &new } else { &old };
        Box::new(SimLink::new(relay, 99))
    }
}

fn skill_names(m: &mut Mosaic, id: mosaic_core::PortfolioId) -> Vec<String> {
    m.portfolio(id)
        .unwrap()
        .skills
        .iter()
        .map(|s| s.name.clone())
        .collect()
}

fn skill(m: &mut Mosaic, id: mosaic_core::PortfolioId, name: &str) -> mosaic_core::EntryId {
    m.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": name, "category": "trade"}),
    )
    .unwrap()
}

#[test]
fn a_portfolio_moved_to_another_relay_is_followed_by_her_devices_and_mentor() -> R {
    let (old, new) = (SimRelay::new(), SimRelay::new());
    let p = RetryPolicy::default;
    let mut phone = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    mentor.set_author("Teacher Rita")?;
    let (mut lp, mut lt, mut lm) = (
        SimLink::new(&old, 1),
        SimLink::new(&old, 2),
        SimLink::new(&old, 3),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let first = skill(&mut phone, id, "Tailoring");
    mosaic_sync::sync_with(&mut phone, &mut lp, OLD, id, p())?;
    for (device, link, role) in [
        (&mut tablet, &mut lt, ShareRole::Device),
        (&mut mentor, &mut lm, ShareRole::Mentor),
    ] {
        share_and_join((&mut phone, &mut lp), OLD, id, (device, link), role)?;
        mosaic_sync::sync_with(device, link, OLD, id, p())?;
    }
    mosaic_sync::comment(&mut mentor, id, first, "Before the move")?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, OLD, id, p())?;

    // A photo the others have not fetched yet, and an edit the tablet has not seen.
    let photo = phone.put_attachment(NewAttachment {
        bytes: b"\x89PNG\r\n\x1a\nNOT-REALLY-A-PNG-BUT-BYTES".to_vec(),
        mime: "image/png".into(),
        file_name: Some("cert.png".into()),
        width: Some(1),
        height: Some(1),
        thumbnail: None,
    })?;
    let cert = phone.add_json(
        id,
        Section::Certificates,
        serde_json::json!({"title": "Food safety", "kind": "vocational",
            "attachments": [photo]}),
    )?;
    skill(&mut phone, id, "Cooking before the move");

    // The move. The old relay is reachable; the new one does not know the portfolio.
    let mut connect = connector(&old, &new);
    let moved = mosaic_sync::move_to_new_relay_with(&mut phone, &mut lp, &mut connect, id, NEW)?;
    assert_eq!((moved.from.as_str(), moved.to.as_str()), (OLD, NEW));
    let stored = |m: &mut Mosaic| -> String {
        mosaic_sync::store::load(m.connection(), &id.to_string())
            .unwrap()
            .unwrap()
            .relay_url
    };
    assert_eq!(stored(&mut phone), NEW);

    // The tablet and the mentor, still on the old relay, read the notice and follow.
    for (device, link) in [(&mut tablet, &mut lt), (&mut mentor, &mut lm)] {
        let mut connect = connector(&old, &new);
        let r = mosaic_sync::sync_with_relays(device, link, OLD, id, p(), &mut connect)?;
        assert_eq!(r.moved_to.as_deref(), Some(NEW), "{r:?}");
        assert_eq!(stored(device), NEW);
        let names = skill_names(device, id);
        assert!(
            names.contains(&"Cooking before the move".to_string()),
            "{names:?}"
        );
        let got = device.portfolio(id)?;
        let c = got.certificates.iter().find(|c| c.id == cert).unwrap();
        assert_eq!(
            device.attachment(&c.attachments[0].sha256)?.bytes,
            b"\x89PNG\r\n\x1a\nNOT-REALLY-A-PNG-BUT-BYTES"
        );
    }

    // The old relay is gone. Everything goes through the new one: an edit from the tablet, a
    // comment from the mentor (its feedback document moved with it), old and new comments on
    // the phone.
    let mut gone = |_: &str| -> Box<dyn Transport> {
        let mut l = SimLink::new(&SimRelay::new(), 5);
        l.partitioned = true;
        Box::new(l)
    };
    let (mut np, mut nt, mut nm) = (
        SimLink::new(&new, 11),
        SimLink::new(&new, 12),
        SimLink::new(&new, 13),
    );
    skill(&mut tablet, id, "Sewing from the tablet");
    mosaic_sync::sync_with_relays(&mut tablet, &mut nt, NEW, id, p(), &mut gone)?;
    mosaic_sync::comment(&mut mentor, id, first, "After the move")?;
    mosaic_sync::sync_with_relays(&mut mentor, &mut nm, NEW, id, p(), &mut gone)?;
    let mut connect = connector(&old, &new);
    // The phone reads the mentor's notice on the old relay and follows its feedback document.
    mosaic_sync::sync_with_relays(&mut phone, &mut np, NEW, id, p(), &mut connect)?;
    let r = mosaic_sync::sync_with_relays(&mut phone, &mut np, NEW, id, p(), &mut gone)?;
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert!(skill_names(&mut phone, id).contains(&"Sewing from the tablet".to_string()));
    let texts: Vec<String> = mosaic_sync::feedback(&mut phone, id)?
        .into_iter()
        .map(|f| f.text)
        .collect();
    assert!(texts.contains(&"Before the move".to_string()), "{texts:?}");
    assert!(texts.contains(&"After the move".to_string()), "{texts:?}");
    mosaic_sync::sync_with_relays(&mut tablet, &mut nt, NEW, id, p(), &mut gone)?;
    mosaic_sync::sync_with_relays(&mut mentor, &mut nm, NEW, id, p(), &mut gone)?;
    assert_eq!(tablet.portfolio(id)?, phone.portfolio(id)?);
    assert_eq!(mentor.portfolio(id)?, phone.portfolio(id)?);
    Ok(())
}

#[test]
fn a_move_is_refused_cleanly_when_a_relay_cannot_take_part() -> R {
    let (old, new) = (SimRelay::new(), SimRelay::new());
    let p = RetryPolicy::default;
    let mut phone = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lm) = (SimLink::new(&old, 1), SimLink::new(&old, 3));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, OLD, id, p())?;
    share_and_join(
        (&mut phone, &mut lp),
        OLD,
        id,
        (&mut mentor, &mut lm),
        ShareRole::Mentor,
    )?;
    // A mentor cannot move her portfolio.
    let mut connect = connector(&old, &new);
    let e = mosaic_sync::move_to_new_relay_with(&mut mentor, &mut lm, &mut connect, id, NEW);
    assert!(
        matches!(&e, Err(Error::Invalid(m)) if m.contains("owner")),
        "{e:?}"
    );

    // The new relay cannot be reached: nothing changes.
    let mut down = |_: &str| -> Box<dyn Transport> {
        let mut l = SimLink::new(&new, 5);
        l.partitioned = true;
        Box::new(l)
    };
    let e = mosaic_sync::move_to_new_relay_with(&mut phone, &mut lp, &mut down, id, NEW);
    assert!(
        matches!(&e, Err(Error::Unreachable(m)) if m.contains("nothing changed")),
        "{e:?}"
    );

    // The old relay cannot be reached: refused, it has to carry the notice.
    lp.partitioned = true;
    let mut connect = connector(&old, &new);
    let e = mosaic_sync::move_to_new_relay_with(&mut phone, &mut lp, &mut connect, id, NEW);
    assert!(
        matches!(&e, Err(Error::Unreachable(m)) if m.contains("old relay")),
        "{e:?}"
    );
    lp.partitioned = false;

    // Plain http to a remote host is refused before anything is sent.
    let e = mosaic_sync::move_to_new_relay_with(
        &mut phone,
        &mut lp,
        &mut connect,
        id,
        "http://relay.example.org",
    );
    assert!(e.is_err(), "{e:?}");
    let st = mosaic_sync::store::load(phone.connection(), &id.to_string())?.unwrap();
    assert_eq!(st.relay_url, OLD);
    // The mentor still syncs with the old relay as before.
    mosaic_sync::sync_with(&mut mentor, &mut lm, OLD, id, p())?;
    Ok(())
}
