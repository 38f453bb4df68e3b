//! Erase (issue 11, finding 3): after erasing a shared portfolio, nothing needed to read it is
//! left on the device (database, `-wal`, `-shm`, exports) and the relay forgets its copy.

use mosaic_core::{Mosaic, Section};
use mosaic_relay::wire::{DocId, ReadToken};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::transport::{Transport, TransportError};
use mosaic_sync::{RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay.erase-test.example";

fn blobs(m: &mut Mosaic, sql: &str) -> Result<Vec<Vec<u8>>, Box<dyn std::error::Error>> {
    let conn = m.connection();
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map([], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Every byte under `dir` (database, WAL, shared memory, exports).
fn folder_bytes(dir: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        if p.is_dir() {
            out.extend(folder_bytes(&p)?);
        } else {
            out.push((p.display().to_string(), std::fs::read(&p)?));
        }
    }
    Ok(out)
}

#[test]
fn erase_leaves_no_key_token_relay_address_or_text_and_the_relay_forgets() -> R {
    let relay = SimRelay::new();
    let dir = tempfile::tempdir()?;
    let mut owner = Mosaic::open(dir.path())?;
    let mut mentor = Mosaic::open_in_memory()?;
    mentor.set_author("Teacher Rita")?;
    let (mut lo, mut lm) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = owner.create_portfolio(mosaic_core::sample::profile())?;
    let entry = owner.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "Tailoring ERASE-ME-SKILL", "category": "trade"}),
    )?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, RetryPolicy::default())?;
    let code = mosaic_sync::device_code(&mut mentor)?;
    let share =
        mosaic_sync::share_code_with(&mut owner, &mut lo, URL, id, &code, ShareRole::Mentor)?;
    mosaic_sync::join_with(&mut mentor, &mut lm, &share)?;
    mosaic_sync::comment(&mut mentor, id, entry, "ERASE-ME-FEEDBACK well done")?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, RetryPolicy::default())?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, RetryPolicy::default())?;
    assert_eq!(mosaic_sync::feedback(&mut owner, id)?.len(), 1);
    // What the app's backup writes into <data dir>/exports.
    std::fs::create_dir_all(dir.path().join("exports"))?;
    std::fs::write(
        dir.path().join("exports").join(format!("mosaic-{id}.json")),
        owner.export_json(id)?,
    )?;

    // Every secret this device holds for the portfolio.
    let mut needles: Vec<Vec<u8>> = vec![
        b"ERASE-ME-SKILL".to_vec(),
        b"ERASE-ME-FEEDBACK".to_vec(),
        URL.as_bytes().to_vec(),
    ];
    for sql in [
        "SELECT x25519_secret FROM sync_device",
        "SELECT ed25519_secret FROM sync_device",
        "SELECT write_secret FROM sync_docs WHERE write_secret IS NOT NULL",
        "SELECT read_token FROM sync_docs",
        "SELECT key FROM sync_keys",
        "SELECT feedback_seed FROM sync_members WHERE device = 0",
    ] {
        let found = blobs(&mut owner, sql)?;
        assert!(!found.is_empty(), "{sql}");
        needles.extend(found);
    }
    let st = mosaic_sync::store::load(owner.connection(), &id.to_string())?.ok_or("state")?;
    let (relay_doc, mentor_token): (DocId, ReadToken) = {
        let ms = mosaic_sync::store::load(mentor.connection(), &id.to_string())?.ok_or("m")?;
        (st.relay_doc, ReadToken(ms.read_token))
    };

    mosaic_sync::erase_portfolio_with(&mut owner, &mut lo, id)?;

    for (path, bytes) in folder_bytes(dir.path())? {
        for n in &needles {
            assert!(
                !bytes.windows(n.len()).any(|w| w == n.as_slice()),
                "{path} still holds {:?}",
                String::from_utf8_lossy(n)
            );
        }
    }
    // The relay forgot the document: the mentor's token finds nothing.
    let r = lm.pull(&relay_doc, &mentor_token, 0);
    assert!(matches!(r, Err(TransportError::NotFound)), "{r:?}");
    assert_eq!(relay.log_len(&relay_doc), 0);
    Ok(())
}
