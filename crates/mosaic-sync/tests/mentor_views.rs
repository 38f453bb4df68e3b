//! A mentor sees the portfolio from the share onward, and only what the owner chose for them
//! (issue 11, finding 8): the mentor reads a view of their own, never the portfolio's document,
//! its history or its keys.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use mosaic_core::automerge::{AutoCommit, ROOT, ReadDoc};
use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_relay::wire::ReadToken;
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{Error, RetryPolicy, ShareRole, Transport, TransportError};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

fn sync(
    m: &mut Mosaic,
    l: &mut SimLink,
    id: PortfolioId,
) -> mosaic_sync::Result<mosaic_sync::SyncReport> {
    mosaic_sync::sync_with(m, l, URL, id, RetryPolicy::default())
}

/// Everything the mentor's copy ever held: its state after each change it has, as text.
fn every_state_of(m: &mut Mosaic, id: PortfolioId) -> Result<String, Box<dyn std::error::Error>> {
    let mut doc = AutoCommit::load(&m.save_document(id)?)?;
    let hashes: Vec<_> = doc.get_changes(&[]).iter().map(|c| c.hash()).collect();
    let mut all = String::new();
    for h in hashes {
        let at = doc.fork_at(&[h])?;
        all.push_str(&format!("{:?}\n", at.hydrate(ROOT, None)?));
    }
    // And every value the document stores, deleted or not.
    all.push_str(&String::from_utf8_lossy(&doc.save_nocompress()));
    Ok(all)
}

fn titles(m: &mut Mosaic, id: PortfolioId) -> Result<Vec<String>, mosaic_core::Error> {
    let p = m.portfolio(id)?;
    let mut t: Vec<String> = p.certificates.iter().map(|c| c.title.clone()).collect();
    t.extend(p.stories.iter().map(|s| s.title.clone()));
    t.extend(p.languages.iter().map(|l| l.code.clone()));
    Ok(t)
}

#[test]
fn a_mentor_never_reads_what_was_deleted_before_the_share_nor_holds_the_portfolios_keys() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let story = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "Arrival", "body": "WRITTEN-THEN-DELETED about my husband", "visibility": "mentors"}),
    )?;
    let cert = phone.add_json(
        id,
        Section::Certificates,
        serde_json::json!({"title": "REMOVED-CERTIFICATE", "issuer": "Court", "kind": "other"}),
    )?;
    sync(&mut phone, &mut lp, id)?;
    // Before she shares: the text goes, and so does the certificate.
    phone.edit_json(
        id,
        Section::Stories,
        story,
        serde_json::json!({"body": "I came in spring."}),
    )?;
    phone.remove(id, Section::Certificates, cert)?;
    sync(&mut phone, &mut lp, id)?;

    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut mentor, &mut lm),
        ShareRole::Mentor,
    )?;
    sync(&mut mentor, &mut lm, id)?;
    let seen = mentor.portfolio(id)?;
    assert_eq!(seen.stories.len(), 1);
    assert_eq!(seen.stories[0].body, "I came in spring.");
    assert!(seen.certificates.is_empty());

    let history = every_state_of(&mut mentor, id)?;
    assert!(
        history.contains("I came in spring."),
        "the check reads the document"
    );
    for gone in ["WRITTEN-THEN-DELETED", "REMOVED-CERTIFICATE"] {
        assert!(
            !history.contains(gone),
            "the mentor's copy still holds `{gone}` from before the share"
        );
    }

    // The mentor holds no key of the portfolio's document and cannot read it at the relay.
    let own = mosaic_sync::store::load(phone.connection(), &id.to_string())?.expect("synced");
    let theirs = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.expect("joined");
    assert_ne!(
        theirs.relay_doc, own.relay_doc,
        "the mentor reads another document"
    );
    let mentor_keys: Vec<[u8; 32]> = (0..=own.epoch)
        .filter_map(|e| {
            mosaic_sync::store::key(mentor.connection(), &id.to_string(), e)
                .ok()
                .flatten()
        })
        .map(|k| *k.bytes())
        .collect();
    for e in 0..=own.epoch {
        if let Some(k) = mosaic_sync::store::key(phone.connection(), &id.to_string(), e)? {
            assert!(
                !mentor_keys.contains(k.bytes()),
                "the mentor holds the portfolio key of epoch {e}"
            );
        }
    }
    let pulled = lm.pull(&own.relay_doc, &ReadToken(theirs.read_token), 0);
    assert!(
        matches!(pulled, Err(TransportError::NotFound)),
        "{pulled:?}"
    );

    // From the share onward the view keeps up: a new edit reaches the mentor.
    phone.add_json(id, Section::Languages, serde_json::json!({"code": "mt"}))?;
    sync(&mut phone, &mut lp, id)?;
    sync(&mut mentor, &mut lm, id)?;
    assert_eq!(mentor.portfolio(id)?.languages.len(), 1);
    Ok(())
}

#[test]
fn each_mentor_sees_only_the_sections_chosen_for_them_kept_in_step_by_every_owner_device() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let mut teacher = Mosaic::open_in_memory()?;
    let mut caseworker = Mosaic::open_in_memory()?;
    let (mut lp, mut lt, mut la, mut lc) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
        SimLink::new(&relay, 4),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let lang = phone.add_json(id, Section::Languages, serde_json::json!({"code": "mt"}))?;
    let photo = mosaic_media::bench::synthetic_photo_jpeg(320, 240, 5);
    let cert = phone.add_json(
        id,
        Section::Certificates,
        serde_json::json!({"title": "Food hygiene", "issuer": "MCAST", "kind": "vocational"}),
    )?;
    let family = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "My family", "body": "…", "visibility": "mentors"}),
    )?;
    let sha = phone.attach_photo(id, Section::Stories, family, &photo, Some("family.jpg"))?;
    sync(&mut phone, &mut lp, id)?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut tablet, &mut lt),
        ShareRole::Device,
    )?;

    // The language teacher sees languages only; the caseworker everything.
    let code = mosaic_sync::device_code(&mut teacher)?;
    let share = mosaic_sync::share_mentor_code_with(
        &mut phone,
        &mut lp,
        URL,
        id,
        &code,
        &[Section::Languages],
    )?;
    mosaic_sync::join_with(&mut teacher, &mut la, &share)?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut caseworker, &mut lc),
        ShareRole::Mentor,
    )?;
    sync(&mut teacher, &mut la, id)?;
    sync(&mut caseworker, &mut lc, id)?;
    assert_eq!(titles(&mut teacher, id)?, vec!["mt".to_string()]);
    assert_eq!(
        titles(&mut caseworker, id)?,
        vec!["Food hygiene".to_string(), "My family".into(), "mt".into()]
    );
    assert!(
        teacher.attachment(&sha.sha256).is_err(),
        "an unshared story's photo stays"
    );
    assert!(
        caseworker.attachment(&sha.sha256).is_ok(),
        "a shared story's photo arrives"
    );
    let members = mosaic_sync::members(&mut phone, id)?;
    let t = members.iter().find(|m| {
        m.role == "mentor" && m.sections.as_deref() == Some(&["languages".to_string()][..])
    });
    let teacher_id = t.expect("the teacher, with her sections").id.clone();

    // The tablet learns of both mentors and keeps their views in step: its edit reaches both.
    sync(&mut tablet, &mut lt, id)?;
    tablet.edit_json(
        id,
        Section::Languages,
        lang,
        serde_json::json!({"code": "mt-MT"}),
    )?;
    sync(&mut tablet, &mut lt, id)?;
    sync(&mut teacher, &mut la, id)?;
    sync(&mut caseworker, &mut lc, id)?;
    for m in [&mut teacher, &mut caseworker] {
        assert_eq!(m.portfolio(id)?.languages[0].code, "mt-MT");
    }

    // She now shows the teacher her certificates too, and no longer her languages.
    mosaic_sync::set_shared_sections(&mut phone, id, &teacher_id, &[Section::Certificates])?;
    sync(&mut phone, &mut lp, id)?;
    sync(&mut teacher, &mut la, id)?;
    assert_eq!(titles(&mut teacher, id)?, vec!["Food hygiene".to_string()]);
    // The tablet keeps to her choice (it came in the roster), and a mentor cannot choose.
    sync(&mut tablet, &mut lt, id)?;
    tablet.add_json(
        id,
        Section::Certificates,
        serde_json::json!({"title": "First aid", "issuer": "Red Cross", "kind": "other"}),
    )?;
    tablet.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "Second story", "visibility": "mentors"}),
    )?;
    sync(&mut tablet, &mut lt, id)?;
    sync(&mut teacher, &mut la, id)?;
    assert_eq!(
        titles(&mut teacher, id)?,
        vec!["Food hygiene".to_string(), "First aid".into()]
    );
    assert!(matches!(
        mosaic_sync::set_shared_sections(&mut teacher, id, &teacher_id, &[Section::Stories]),
        Err(Error::Invalid(_))
    ));

    // A confirmation made on the view is one on her entry.
    mosaic_sync::confirm(&mut teacher, id, cert, "certificate_seen")?;
    sync(&mut teacher, &mut la, id)?;
    sync(&mut phone, &mut lp, id)?;
    let fb = mosaic_sync::feedback(&mut phone, id)?;
    assert!(
        fb.iter()
            .any(|f| f.kind == "confirmation" && f.status == "current"),
        "{fb:?}"
    );
    Ok(())
}

#[test]
fn revoking_a_mentor_deletes_their_view_at_the_relay() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    sync(&mut phone, &mut lp, id)?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut mentor, &mut lm),
        ShareRole::Mentor,
    )?;
    let view = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.expect("joined");
    let before = mosaic_sync::store::load(phone.connection(), &id.to_string())?.expect("synced");
    let member = mosaic_sync::members(&mut phone, id)?.remove(0);
    let rep = mosaic_sync::revoke_with(&mut phone, &mut lp, id, &member.id)?;
    assert!(rep.completed, "{rep:?}");
    assert_eq!(
        rep.epoch, before.epoch,
        "the portfolio's key did not have to change"
    );
    let gone = lm.pull(&view.relay_doc, &ReadToken(view.read_token), 0);
    assert!(matches!(gone, Err(TransportError::NotFound)), "{gone:?}");
    assert!(matches!(
        sync(&mut mentor, &mut lm, id),
        Err(Error::NoAccess)
    ));
    // Her later syncs do not bring it back.
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "Welding", "category": "trade"}),
    )?;
    sync(&mut phone, &mut lp, id)?;
    let still = lm.pull(&view.relay_doc, &ReadToken(view.read_token), 0);
    assert!(matches!(still, Err(TransportError::NotFound)), "{still:?}");
    assert!(mosaic_sync::members(&mut phone, id)?[0].revoked);
    Ok(())
}

/// A revoked device of hers knew every mentor's view; revoking it moves each mentor to a new
/// view it cannot find or read, so her later edits never reach it that way either.
#[test]
fn revoking_a_device_moves_each_mentor_to_a_view_the_device_cannot_read() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut stolen = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut ls, mut lm) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    sync(&mut phone, &mut lp, id)?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut stolen, &mut ls),
        ShareRole::Device,
    )?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut mentor, &mut lm),
        ShareRole::Mentor,
    )?;
    sync(&mut stolen, &mut ls, id)?;
    let known = mosaic_sync::store::list(stolen.connection(), "kind = ?1", "view")?;
    assert_eq!(
        known.len(),
        1,
        "the linked device keeps the mentor's view in step"
    );
    let old_view = known[0].relay_doc;

    let device = mosaic_sync::members(&mut phone, id)?
        .into_iter()
        .find(|m| m.role == "device")
        .expect("the linked device");
    mosaic_sync::revoke_with(&mut phone, &mut lp, id, &device.id)?;
    let old_log = relay.entries(&old_view).len();
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-THE-THEFT", "category": "trade"}),
    )?;
    sync(&mut phone, &mut lp, id)?;

    // The mentor follows the notice to the new view and reads on.
    let r = sync(&mut mentor, &mut lm, id)?;
    assert!(r.view_replaced, "{r:?}");
    let skills: Vec<String> = mentor
        .portfolio(id)?
        .skills
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert!(
        skills.contains(&"AFTER-THE-THEFT".to_string()),
        "{skills:?}"
    );
    let now = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.expect("joined");
    assert_ne!(now.relay_doc, old_view);

    // Nothing more was written to the view the stolen device knows, and the new one is
    // nowhere in its store (the roster that names it is sealed under the new authority).
    assert_eq!(
        relay.entries(&old_view).len(),
        old_log,
        "the old view was written to again"
    );
    let _ = sync(&mut stolen, &mut ls, id);
    let views = mosaic_sync::store::list(stolen.connection(), "kind = ?1", "view")?;
    assert!(
        views.iter().all(|v| v.relay_doc != now.relay_doc),
        "the stolen device found the new view"
    );

    // Feedback goes on: a comment on the new view reaches her.
    let skill = phone.portfolio(id)?.skills[0].id;
    mosaic_sync::comment(&mut mentor, id, skill, "Well done")?;
    sync(&mut mentor, &mut lm, id)?;
    sync(&mut phone, &mut lp, id)?;
    assert!(
        mosaic_sync::feedback(&mut phone, id)?
            .iter()
            .any(|f| f.text == "Well done")
    );
    Ok(())
}

/// A mentor shared with the way versions before views did: the portfolio's own document, all
/// its keys, and a read token of their own at the relay.
fn legacy_share(
    (phone, lp): (&mut Mosaic, &mut SimLink),
    (mentor, lm): (&mut Mosaic, &mut SimLink),
    id: PortfolioId,
) -> R {
    use mosaic_relay::auth::WriterKey;
    use mosaic_relay::wire::AccessChange;
    use mosaic_sync::capability::{Bundle, Code, ShareCode};
    use mosaic_sync::crypto;

    let lid = id.to_string();
    let st = mosaic_sync::store::load(phone.connection(), &lid)?.expect("synced");
    let ws = st.write_secret.expect("owner");
    let token = crypto::random32();
    let change = AccessChange {
        add_read_token_hashes: vec![ReadToken(token).hash()],
        ..Default::default()
    };
    lp.update_access(&st.relay_doc, &WriterKey::from_secret_bytes(&ws), &change)
        .map_err(|e| format!("{e:?}"))?;
    let Code::Device(rcpt) = Code::decode(&mosaic_sync::device_code(mentor)?)? else {
        return Err("not a device code".into());
    };
    let seed = crypto::random32();
    phone.connection().execute(
        "INSERT INTO sync_members(local_id, x25519_public, ed25519_public, name, read_token_hash,
           feedback_seed, added_at, device) VALUES (?1, ?2, ?3, 'Old mentor', ?4, ?5, 0, 0)",
        rusqlite::params![
            lid,
            rcpt.x25519.to_vec(),
            rcpt.ed25519.to_vec(),
            ReadToken(token).hash().0.to_vec(),
            seed.to_vec()
        ],
    )?;
    let bundle = Bundle {
        role: ShareRole::Mentor,
        portfolio: *id.as_bytes(),
        relay_doc: st.relay_doc.0,
        read_token: token,
        signer_public: st.signer_public,
        write_secret: None,
        keys: mosaic_sync::store::all_keys(phone.connection(), &lid)?,
        feedback_seed: Some(seed),
        members: vec![],
        relay_url: URL.into(),
        from_name: "Amal".into(),
    };
    let maker = mosaic_sync::store::device(phone)?;
    let sealed = bundle.seal_signed(&maker, &ws, &rcpt.x25519)?;
    let code = Code::Share(ShareCode {
        recipient: crypto::x25519_tag(&rcpt.x25519),
        sealed,
    })
    .encode();
    mosaic_sync::join_with(mentor, lm, &code)?;
    Ok(())
}

/// A mentor shared with before views (who reads the portfolio's own document, keys and all) is
/// moved to a view of their own at her next sync, and from then on gets no key, token or change
/// of the portfolio's document.
#[test]
fn a_mentor_shared_with_by_an_earlier_version_is_moved_to_a_view() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let story = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "Arrival", "body": "WRITTEN-THEN-DELETED", "visibility": "mentors"}),
    )?;
    sync(&mut phone, &mut lp, id)?;
    phone.edit_json(
        id,
        Section::Stories,
        story,
        serde_json::json!({"body": "Spring."}),
    )?;
    sync(&mut phone, &mut lp, id)?;
    legacy_share((&mut phone, &mut lp), (&mut mentor, &mut lm), id)?;
    sync(&mut mentor, &mut lm, id)?;
    assert!(
        every_state_of(&mut mentor, id)?.contains("WRITTEN-THEN-DELETED"),
        "the earlier way: the whole history"
    );
    let legacy = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.expect("joined");
    assert!(
        mosaic_sync::members(&mut phone, id)?[0].sections.is_none(),
        "listed as seeing everything"
    );

    // Her next sync moves the mentor.
    let epoch_before = mosaic_sync::store::load(phone.connection(), &id.to_string())?
        .expect("synced")
        .epoch;
    sync(&mut phone, &mut lp, id)?;
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "AFTER-THE-MOVE", "category": "trade"}),
    )?;
    sync(&mut phone, &mut lp, id)?;
    let own = mosaic_sync::store::load(phone.connection(), &id.to_string())?.expect("synced");
    assert!(
        own.epoch > epoch_before,
        "a key epoch the mentor is not given"
    );
    let members = mosaic_sync::members(&mut phone, id)?;
    assert_eq!(
        members[0].sections.as_ref().map(Vec::len),
        Some(11),
        "{members:?}"
    );

    let r = sync(&mut mentor, &mut lm, id)?;
    assert!(r.view_replaced, "{r:?}");
    let skills: Vec<String> = mentor
        .portfolio(id)?
        .skills
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(skills, vec!["AFTER-THE-MOVE".to_string()]);
    assert_eq!(mentor.portfolio(id)?.stories[0].body, "Spring.");
    // The copy now is the view: the text deleted before is not in it.
    assert!(!every_state_of(&mut mentor, id)?.contains("WRITTEN-THEN-DELETED"));
    let now = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.expect("joined");
    assert_ne!(now.relay_doc, own.relay_doc);
    // The new key never reached the mentor: their old token still fetches the portfolio's
    // ciphertext (it had to, for them to read the notice), but nothing written since opens.
    let newest = mosaic_sync::store::key(phone.connection(), &id.to_string(), own.epoch)?
        .expect("current key");
    let held = mosaic_sync::store::all_keys(mentor.connection(), &id.to_string())?;
    assert!(held.iter().all(|(_, k)| k != newest.bytes()));
    // Revoking them later ends that token and the view.
    let who = mosaic_sync::members(&mut phone, id)?.remove(0).id;
    assert!(mosaic_sync::revoke_with(&mut phone, &mut lp, id, &who)?.completed);
    let old = lm.pull(&own.relay_doc, &ReadToken(legacy.read_token), 0);
    assert!(matches!(old, Err(TransportError::NotFound)), "{old:?}");
    let view = lm.pull(&now.relay_doc, &ReadToken(now.read_token), 0);
    assert!(matches!(view, Err(TransportError::NotFound)), "{view:?}");
    Ok(())
}
