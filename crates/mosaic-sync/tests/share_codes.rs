//! Share codes as an attacker sees them (issue 11, finding 2): a former mentor who knows the
//! portfolio and the owner's public device code forges a "device" share code; the owner's
//! device must refuse it and keep its members, and relay addresses are never taken from a
//! code for a portfolio the device already has, nor sent in clear to a non-local host.

use mosaic_core::Mosaic;
use mosaic_sync::capability::{Bundle, Code, MemberRecord, ShareCode};
use mosaic_sync::crypto::{self, DeviceKeys};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::{Error, RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn p() -> RetryPolicy {
    RetryPolicy::default()
}

/// What a former mentor builds from its own store and the owner's public device code: a
/// device share code naming the attacker's key as one of the owner's devices.
fn forged_device_code(
    mentor: &mut Mosaic,
    id: mosaic_core::PortfolioId,
    owner_device_code: &str,
    attacker: &DeviceKeys,
    relay_url: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let st = mosaic_sync::store::load(mentor.connection(), &id.to_string())?
        .ok_or("mentor has no sync state")?;
    let keys = mosaic_sync::store::all_keys(mentor.connection(), &id.to_string())?;
    let Code::Device(owner) = Code::decode(owner_device_code)? else {
        return Err("not a device code".into());
    };
    let evil = MemberRecord {
        x25519: attacker.x25519_public(),
        ed25519: attacker.ed25519_public(),
        name: "Amal new phone".into(),
        read_token_hash: [7; 32],
        feedback_seed: [0; 32],
        revoked: false,
        device: true,
        ..Default::default()
    };
    let bundle = Bundle {
        role: ShareRole::Device,
        portfolio: *id.as_bytes(),
        relay_doc: st.relay_doc.0,
        read_token: st.read_token,
        signer_public: st.signer_public,
        write_secret: None,
        keys,
        feedback_seed: None,
        members: vec![evil],
        relay_url: relay_url.into(),
        from_name: "Amal phone".into(),
    };
    // The attacker signs with the only keys it has: its own device key, and (for want of the
    // write authority) the same key again.
    let sealed = bundle.seal_signed(attacker, attacker.ed25519_secret(), &owner.x25519)?;
    Ok(Code::Share(ShareCode {
        recipient: crypto::x25519_tag(&owner.x25519),
        sealed,
    })
    .encode())
}

#[test]
fn forged_device_code_from_a_former_mentor_cannot_add_a_device() -> R {
    let relay = SimRelay::new();
    let mut owner = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    owner.set_author("Amal phone")?;
    mentor.set_author("Former mentor")?;
    let (mut lo, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = owner.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    let code_m = mosaic_sync::device_code(&mut mentor)?;
    let share =
        mosaic_sync::share_code_with(&mut owner, &mut lo, URL, id, &code_m, ShareRole::Mentor)?;
    mosaic_sync::join_with(&mut mentor, &mut lm, &share)?;
    mosaic_sync::revoke_with(&mut owner, &mut lo, id, "Former mentor")?;
    let before = mosaic_sync::members(&mut owner, id)?;

    let attacker = DeviceKeys::generate();
    let owner_code = mosaic_sync::device_code(&mut owner)?;
    let forged = forged_device_code(&mut mentor, id, &owner_code, &attacker, URL)?;
    let joined = mosaic_sync::join_with(&mut owner, &mut lo, &forged);
    let after = mosaic_sync::members(&mut owner, id)?;
    assert!(
        !after.iter().any(|m| m.name == "Amal new phone"),
        "the forged code added the attacker as a device: {after:?}"
    );
    assert_eq!(before.len(), after.len(), "members changed: {after:?}");
    let err = joined.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("not signed"), "forged code accepted: {err:?}");
    Ok(())
}

/// A genuine code cannot move a portfolio this device already has to another relay.
#[test]
fn a_code_cannot_change_the_relay_of_a_known_portfolio() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    phone.set_author("Amal phone")?;
    let (mut lp, mut lt) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    let code_t = mosaic_sync::device_code(&mut tablet)?;
    let share =
        mosaic_sync::share_code_with(&mut phone, &mut lp, URL, id, &code_t, ShareRole::Device)?;
    mosaic_sync::join_with(&mut tablet, &mut lt, &share)?;

    // The phone's own keys sign a second code that names another relay (what a stolen
    // phone, before revocation, or a bug could produce).
    let st = mosaic_sync::store::load(phone.connection(), &id.to_string())?.ok_or("no state")?;
    let ws = st.write_secret.ok_or("no write secret")?;
    let (x, e) = {
        let c = phone.connection();
        c.query_row(
            "SELECT x25519_secret, ed25519_secret FROM sync_device",
            [],
            |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?)),
        )?
    };
    let phone_keys = DeviceKeys::from_secrets(
        x.try_into().map_err(|_| "key")?,
        e.try_into().map_err(|_| "key")?,
    );
    let Code::Device(tab) = Code::decode(&code_t)? else {
        return Err("device code".into());
    };
    let bundle = Bundle {
        role: ShareRole::Device,
        portfolio: *id.as_bytes(),
        relay_doc: st.relay_doc.0,
        read_token: [9; 32],
        signer_public: st.signer_public,
        write_secret: Some(ws),
        keys: mosaic_sync::store::all_keys(phone.connection(), &id.to_string())?,
        feedback_seed: None,
        members: vec![],
        relay_url: "https://relay.attacker.example".into(),
        from_name: "Amal phone".into(),
    };
    let sealed = bundle.seal_signed(&phone_keys, &ws, &tab.x25519)?;
    let code = Code::Share(ShareCode {
        recipient: crypto::x25519_tag(&tab.x25519),
        sealed,
    })
    .encode();
    let r = mosaic_sync::join_with(&mut tablet, &mut lt, &code);
    let msg = r.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(msg.contains("another relay"), "{msg:?}");
    let st_t = mosaic_sync::store::load(tablet.connection(), &id.to_string())?.ok_or("state")?;
    assert_eq!(st_t.relay_url, URL);
    assert_ne!(st_t.read_token, [9; 32], "the code changed the read token");
    Ok(())
}

/// Plain `http://` is refused before any request unless the relay is on this machine.
#[test]
fn plain_http_relay_is_refused_unless_loopback() -> R {
    let mut m = Mosaic::open_in_memory()?;
    let id = m.create_portfolio(mosaic_core::sample::profile())?;
    let r = mosaic_sync::sync(&mut m, "http://relay.example.invalid", id);
    assert!(
        matches!(&r, Err(Error::Invalid(msg)) if msg.contains("https")),
        "{r:?}"
    );
    assert!(
        mosaic_sync::store::load(m.connection(), &id.to_string())?.is_none(),
        "nothing registered for a refused address"
    );
    for ok in [
        "https://relay.example.org",
        "http://127.0.0.1:8080",
        "http://localhost:9000/",
        "http://[::1]:80",
    ] {
        assert!(mosaic_sync::check_relay_url(ok).is_ok(), "{ok}");
    }
    for bad in [
        "http://relay.example.org",
        "http://127.0.0.1.evil.org",
        "http://localhost.evil.org",
        "ftp://x",
        "relay.example.org",
    ] {
        assert!(mosaic_sync::check_relay_url(bad).is_err(), "{bad}");
    }
    Ok(())
}
