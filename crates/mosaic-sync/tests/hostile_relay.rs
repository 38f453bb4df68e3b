//! A hostile relay (issue 11, finding 6): it replays a genuine envelope at `seq = i64::MAX`
//! (which would freeze the device's cursor for good) or rolls its log back behind what a
//! device already saw. Both are reported as errors and the cursor does not move, so the next
//! pull from an honest relay still delivers everything. A relay that leaves one entry out of
//! the middle of the log is caught by the writer's hash chain.

use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{
    AccessChange, BlobHash, DocId, PullItem, PullResponse, ReadToken, TokenHash,
};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::transport::TResult;
use mosaic_sync::{Error, RetryPolicy, ShareRole, Transport};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

#[derive(Clone, Copy, PartialEq)]
enum Attack {
    None,
    /// Adds a copy of the last entry at `seq = i64::MAX`.
    ReplayAtMax,
    /// Answers with a head older than what the device already pulled, and no items.
    RollBack,
    /// Leaves the entry at this sequence number out of every answer (the rest is genuine).
    Hide(u64),
}

struct Hostile {
    link: SimLink,
    attack: Attack,
}

impl Transport for Hostile {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()> {
        self.link.create_doc(doc, writer, read)
    }
    fn update_access(&mut self, doc: &DocId, w: &WriterKey, c: &AccessChange) -> TResult<()> {
        self.link.update_access(doc, w, c)
    }
    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64> {
        self.link.append(doc, writer, data)
    }
    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse> {
        let mut r = self.link.pull(doc, token, since)?;
        match self.attack {
            Attack::None => {}
            Attack::ReplayAtMax => {
                let last = r.items.iter().rev().find_map(|i| match i {
                    PullItem::Entry { data, .. } => Some(data.clone()),
                    PullItem::Snapshot { .. } => None,
                });
                if let Some(data) = last {
                    r.items.push(PullItem::Entry {
                        seq: i64::MAX as u64,
                        data,
                    });
                }
            }
            Attack::RollBack => {
                r.items.clear();
                r.more = false;
                r.head_seq = since.saturating_sub(2);
            }
            Attack::Hide(hidden) => r
                .items
                .retain(|i| !matches!(i, PullItem::Entry { seq, .. } if *seq == hidden)),
        }
        Ok(r)
    }
    fn put_snapshot(&mut self, d: &DocId, w: &WriterKey, covers: u64, data: &[u8]) -> TResult<()> {
        self.link.put_snapshot(d, w, covers, data)
    }
    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash> {
        self.link.put_blob(doc, writer, data)
    }
    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>> {
        self.link.get_blob(doc, token, hash)
    }
    fn sleep(&mut self, _d: std::time::Duration) {}
}

struct Setup {
    owner: Mosaic,
    mentor: Mosaic,
    /// The owner's honest link, and the mentor's through the hostile relay.
    lo: SimLink,
    hm: Hostile,
    id: PortfolioId,
}

/// An owner's portfolio on the relay, shared with a mentor who reaches it through `hm`.
fn setup() -> Result<Setup, Box<dyn std::error::Error>> {
    let relay = SimRelay::new();
    let mut owner = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let mut lo = SimLink::new(&relay, 1);
    let mut hm = Hostile {
        link: SimLink::new(&relay, 2),
        attack: Attack::None,
    };
    let id = owner.create_portfolio(mosaic_core::sample::profile())?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, RetryPolicy::default())?;
    let code = mosaic_sync::device_code(&mut mentor)?;
    let share =
        mosaic_sync::share_code_with(&mut owner, &mut lo, URL, id, &code, ShareRole::Mentor)?;
    mosaic_sync::join_with(&mut mentor, &mut hm, &share)?;
    Ok(Setup {
        owner,
        mentor,
        lo,
        hm,
        id,
    })
}

fn skill(m: &mut Mosaic, id: PortfolioId, name: &str) -> R {
    m.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": name, "category": "trade"}),
    )?;
    Ok(())
}

fn names(m: &mut Mosaic, id: PortfolioId) -> Vec<String> {
    m.list_json(id, Section::Skills)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v["name"].as_str().map(str::to_string))
        .collect()
}

fn cursor(m: &mut Mosaic, id: PortfolioId) -> Result<u64, Box<dyn std::error::Error>> {
    Ok(mosaic_sync::store::load(m.connection(), &id.to_string())?
        .ok_or("state")?
        .cursor)
}

#[test]
fn replay_at_i64_max_and_rollback_are_refused_and_do_not_freeze_the_cursor() -> R {
    let p = RetryPolicy::default;
    let Setup {
        mut owner,
        mut mentor,
        mut lo,
        mut hm,
        id,
    } = setup()?;

    skill(&mut owner, id, "BEFORE-REPLAY")?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    let before = cursor(&mut mentor, id)?;
    hm.attack = Attack::ReplayAtMax;
    let r = mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p());
    assert!(
        matches!(&r, Err(Error::Tampered(m)) if m.contains("beyond")),
        "{r:?}"
    );
    assert_eq!(cursor(&mut mentor, id)?, before, "the cursor must not move");

    // The honest relay again: everything arrives, including what came after the attack.
    hm.attack = Attack::None;
    skill(&mut owner, id, "AFTER-REPLAY")?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p())?;
    let n = names(&mut mentor, id);
    assert!(n.contains(&"BEFORE-REPLAY".to_string()), "{n:?}");
    assert!(n.contains(&"AFTER-REPLAY".to_string()), "{n:?}");
    assert!(cursor(&mut mentor, id)? < i64::MAX as u64);

    // A relay that rolls its log back behind what this device saw is reported.
    let seen = cursor(&mut mentor, id)?;
    hm.attack = Attack::RollBack;
    let r = mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p());
    assert!(
        matches!(&r, Err(Error::Tampered(m)) if m.contains("behind")),
        "{r:?}"
    );
    assert_eq!(cursor(&mut mentor, id)?, seen);
    Ok(())
}

#[test]
fn an_entry_left_out_of_the_middle_of_the_log_is_reported() -> R {
    let p = RetryPolicy::default;
    let Setup {
        mut owner,
        mut mentor,
        mut lo,
        mut hm,
        id,
    } = setup()?;
    let clean = mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p())?;
    assert!(clean.warnings.is_empty(), "{:?}", clean.warnings);

    // Three edits, one log entry each; the relay hides the middle one from the mentor.
    let mut seqs = vec![];
    for name in ["FIRST", "HIDDEN", "THIRD"] {
        skill(&mut owner, id, name)?;
        mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
        // Where the edit landed in the log the mentor reads: their view's.
        seqs.push(owner.connection().query_row(
            "SELECT cursor FROM sync_docs WHERE kind = 'view'",
            [],
            |r| r.get::<_, i64>(0),
        )? as u64);
    }
    hm.attack = Attack::Hide(seqs[1]);
    let r = mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p())?;
    assert!(
        r.warnings.iter().any(|w| w.contains("left out 1 entry")),
        "a hidden entry must be reported: {:?}",
        r.warnings
    );
    let n = names(&mut mentor, id);
    assert!(
        n.contains(&"FIRST".to_string()) && !n.contains(&"HIDDEN".to_string()),
        "{n:?}"
    );

    // Nothing is reported when nothing is hidden, and a duplicate is not a fork.
    hm.attack = Attack::None;
    skill(&mut owner, id, "FOURTH")?;
    mosaic_sync::sync_with(&mut owner, &mut lo, URL, id, p())?;
    let r = mosaic_sync::sync_with(&mut mentor, &mut hm, URL, id, p())?;
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    Ok(())
}
