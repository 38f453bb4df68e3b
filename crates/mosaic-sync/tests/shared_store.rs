//! The app's sync (`sync_shared_with`): the store sits behind a mutex that the UI's edits
//! also take. A relay request must never be made with that lock held, or an edit would wait
//! for the network; edits made while a sync is under way are kept and sent by the next one.

use std::sync::Mutex;
use std::time::Duration;

use mosaic_core::{Mosaic, PortfolioId, Section};
use mosaic_relay::auth::WriterKey;
use mosaic_relay::wire::{AccessChange, BlobHash, DocId, PullResponse, ReadToken, TokenHash};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::transport::TResult;
use mosaic_sync::{RetryPolicy, ShareRole, Transport};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

/// A link to the simulated relay that, at every request, checks the store is free and
/// makes an edit through it, as the UI would while the request is on the network.
struct EditingDuringRequests<'a> {
    link: SimLink,
    store: &'a Mutex<Mosaic>,
    portfolio: PortfolioId,
    requests: u32,
    made_with_store_locked: u32,
    edits: Vec<String>,
}

impl EditingDuringRequests<'_> {
    fn on_request(&mut self) {
        self.requests += 1;
        match self.store.try_lock() {
            Ok(mut m) => {
                let name = format!("Edited during request {}", self.requests);
                let added = m.add_json(
                    self.portfolio,
                    Section::Skills,
                    serde_json::json!({"name": name, "category": "trade"}),
                );
                if added.is_ok() {
                    self.edits.push(name);
                }
            }
            Err(_) => self.made_with_store_locked += 1,
        }
    }
}

impl Transport for EditingDuringRequests<'_> {
    fn create_doc(&mut self, doc: &DocId, writer: &WriterKey, read: &TokenHash) -> TResult<()> {
        self.on_request();
        self.link.create_doc(doc, writer, read)
    }
    fn update_access(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        change: &AccessChange,
    ) -> TResult<()> {
        self.on_request();
        self.link.update_access(doc, writer, change)
    }
    fn append(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<u64> {
        self.on_request();
        self.link.append(doc, writer, data)
    }
    fn pull(&mut self, doc: &DocId, token: &ReadToken, since: u64) -> TResult<PullResponse> {
        self.on_request();
        self.link.pull(doc, token, since)
    }
    fn put_snapshot(
        &mut self,
        doc: &DocId,
        writer: &WriterKey,
        covers_seq: u64,
        data: &[u8],
    ) -> TResult<()> {
        self.on_request();
        self.link.put_snapshot(doc, writer, covers_seq, data)
    }
    fn put_blob(&mut self, doc: &DocId, writer: &WriterKey, data: &[u8]) -> TResult<BlobHash> {
        self.on_request();
        self.link.put_blob(doc, writer, data)
    }
    fn get_blob(&mut self, doc: &DocId, token: &ReadToken, hash: &BlobHash) -> TResult<Vec<u8>> {
        self.on_request();
        self.link.get_blob(doc, token, hash)
    }
    fn sleep(&mut self, _: Duration) {}
}

fn skill_names(m: &mut Mosaic, id: PortfolioId) -> Result<Vec<String>, mosaic_core::Error> {
    let list = m.list_json(id, Section::Skills)?;
    let mut names: Vec<String> = list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["name"].as_str().map(str::to_string))
        .collect();
    names.sort();
    Ok(names)
}

#[test]
fn sync_never_holds_the_store_during_a_request_and_keeps_edits_made_meanwhile() -> R {
    let relay = SimRelay::new();
    let mut phone = Mosaic::open_in_memory()?;
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    phone.add_json(
        id,
        Section::Skills,
        serde_json::json!({"name": "Made before the sync", "category": "trade"}),
    )?;
    let phone = Mutex::new(phone);
    let mut link = EditingDuringRequests {
        link: SimLink::new(&relay, 1),
        store: &phone,
        portfolio: id,
        requests: 0,
        made_with_store_locked: 0,
        edits: vec![],
    };

    // Two syncs: the second sends what was edited during the first one's requests.
    for _ in 0..2 {
        mosaic_sync::sync_shared_with(&phone, &mut link, URL, id, RetryPolicy::default())?;
    }
    assert!(link.requests >= 4, "only {} requests", link.requests);
    assert_eq!(
        link.made_with_store_locked, 0,
        "a relay request was made with the store locked"
    );
    assert_eq!(link.edits.len() as u32, link.requests);

    // A second device of the owner joins (the share syncs the phone once more, without
    // the editing link) and then has exactly what the phone has: nothing was lost.
    let mut laptop = Mosaic::open_in_memory()?;
    let mut laptop_link = SimLink::new(&relay, 2);
    let code = mosaic_sync::device_code(&mut laptop)?;
    let share = {
        let mut m = phone.lock().map_err(|_| "poisoned")?;
        let mut plain = SimLink::new(&relay, 3);
        mosaic_sync::share_code_with(&mut m, &mut plain, URL, id, &code, ShareRole::Device)?
    };
    mosaic_sync::join_with(&mut laptop, &mut laptop_link, &share)?;
    assert!(skill_names(&mut laptop, id)?.contains(&"Made before the sync".to_string()));
    let phone_skills = skill_names(&mut *phone.lock().map_err(|_| "poisoned")?, id)?;
    assert_eq!(skill_names(&mut laptop, id)?, phone_skills);
    for name in &link.edits {
        assert!(phone_skills.contains(name), "edit {name} was lost");
    }
    Ok(())
}
