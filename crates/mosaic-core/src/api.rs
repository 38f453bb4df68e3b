//! `Mosaic`: the one API that the CLI, the app, the sync engine and the tests call.

use std::collections::HashMap;
use std::path::Path;

use automerge::ActorId;
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::doc::{HistoryEvent, Intent, PortfolioDoc};
use crate::error::{Error, Result};
use crate::keys::{self, StoreKey};
use crate::local;
use crate::model::*;
use crate::projection::{self, PortfolioSummary, Project};
use crate::store::{self, Store};
use crate::validate::{Validate, ValidationError};
use crate::with_entry_type;
use crate::{encrypt, fsutil, lockout};

/// File name of the store inside a data directory.
pub const STORE_FILE: &str = "mosaic.sqlite3";

struct Cached {
    doc: PortfolioDoc,
    /// Highest `doc_changes.seq` already applied to `doc`.
    last_seq: i64,
    /// Snapshot generation `doc` was loaded from; a change means another process compacted.
    generation: i64,
}

/// A new file to store, already processed (see `mosaic-media`).
pub struct NewAttachment {
    pub bytes: Vec<u8>,
    pub mime: String,
    pub file_name: Option<String>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub thumbnail: Option<(String, Vec<u8>)>,
}

/// A stored file as read back.
pub struct StoredAttachment {
    pub mime: String,
    pub bytes: Vec<u8>,
    pub thumbnail: Option<(String, Vec<u8>)>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct DoctorReport {
    pub integrity: String,
    pub portfolios_checked: u32,
    pub projections_rebuilt: u32,
    pub attachments_checked: u32,
    pub problems: Vec<String>,
}

pub struct Mosaic {
    store: Store,
    actor: ActorId,
    author: String,
    docs: HashMap<PortfolioId, Cached>,
    /// The data folder and the store's key (`None` for in-memory and plain stores).
    data_dir: Option<std::path::PathBuf>,
    key: Option<StoreKey>,
    /// The system keystore that keeps the key, when there is one (see [`crate::keystore`]).
    keystore: Option<std::sync::Arc<dyn crate::keystore::Keystore>>,
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// `meta` key set once every owned document has had its "only me" entries moved out.
const PRIVATE_MOVED: &str = "device_only_moved_v1";

impl Mosaic {
    /// Opens (creating if needed) the encrypted store in `data_dir`, with the key
    /// kept beside it (see [`crate::keys`]). A store protected by a PIN fails with
    /// [`Error::Locked`]: open it with [`Mosaic::open_with_pin`].
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_with(data_dir, None)
    }

    /// Opens the store in `data_dir` with its PIN. Wrong PINs back off (see
    /// [`crate::lockout`]); a new store gets its key wrapped under this PIN.
    pub fn open_with_pin(data_dir: &Path, pin: &str) -> Result<Self> {
        Self::open_with(data_dir, Some(pin))
    }

    /// Opens the store in `data_dir`; `pin` is needed when the folder's key is
    /// wrapped under one. A plain store from an older Mosaic is encrypted in
    /// place first (crash-safely, see [`crate::encrypt`]). With a wrong key
    /// nothing is written.
    pub fn open_with(data_dir: &Path, pin: Option<&str>) -> Result<Self> {
        Self::open_with_keystore(data_dir, pin, crate::keystore::system())
    }

    /// [`Mosaic::open_with`] with a given keystore (`None`: the key file) instead
    /// of the system's.
    pub fn open_with_keystore(
        data_dir: &Path,
        pin: Option<&str>,
        keystore: Option<std::sync::Arc<dyn crate::keystore::Keystore>>,
    ) -> Result<Self> {
        fsutil::private_dir(data_dir)?;
        let path = data_dir.join(STORE_FILE);
        let protection = keys::protection(data_dir)?;
        if protection == keys::KeyProtection::None && encrypt::is_encrypted(&path)? {
            return Err(Error::WrongKey(format!(
                "the store is encrypted but its key ({}, {} or {}) is missing from {}",
                keys::KEY_FILE,
                keys::PIN_KEY_FILE,
                keys::KEYRING_FILE,
                data_dir.display()
            )));
        }
        let key = match (protection, pin) {
            (keys::KeyProtection::Pin, Some(pin)) => lockout::try_pin(data_dir, pin)?,
            _ => keys::load_or_create(data_dir, pin, keystore.as_deref())?,
        };
        encrypt::migrate_if_plain(&path, &key)?;
        let mut m = Self::with_store(Store::open(&path, Some(&key))?)?;
        m.data_dir = Some(data_dir.to_path_buf());
        m.key = Some(key);
        m.keystore = keystore;
        // Documents written before device-only entries existed are cleaned once per store;
        // later ones never hold such entries (sync, import and restore keep them out).
        if m.store.meta(PRIVATE_MOVED)?.is_none() && m.keep_private_on_device()? {
            m.store.set_meta(PRIVATE_MOVED, b"1")?;
        }
        Ok(m)
    }

    /// Opens `data_dir`'s store without encryption. Only for the benchmarks'
    /// same-run baseline; a plain store is encrypted by the next [`Mosaic::open`].
    #[doc(hidden)]
    pub fn open_unencrypted(data_dir: &Path) -> Result<Self> {
        Self::with_store(Store::open(&data_dir.join(STORE_FILE), None)?)
    }

    pub fn open_in_memory() -> Result<Self> {
        Self::with_store(Store::open_in_memory()?)
    }

    /// How this store's key is kept (a PIN, the key file, or nothing in memory).
    pub fn key_protection(&self) -> Result<keys::KeyProtection> {
        match &self.data_dir {
            Some(dir) => keys::protection(dir),
            None => Ok(keys::KeyProtection::None),
        }
    }

    /// Sets, changes or (with `None`) removes the PIN. The store key stays the
    /// same; only how it is kept changes.
    pub fn set_pin(&mut self, pin: Option<&str>) -> Result<()> {
        match (&self.data_dir, &self.key) {
            (Some(dir), Some(key)) => {
                keys::set_pin(dir, key, pin, self.keystore.as_deref())?;
                lockout::reset(dir)
            }
            _ => Err(Error::Locked("an in-memory store has no PIN".into())),
        }
    }

    /// Checks `pin` against the stored wrapped key (Argon2id, in Rust), with the
    /// same back-off as opening. The app's lock screen calls this.
    pub fn check_pin(&self, pin: &str) -> Result<()> {
        match (&self.data_dir, &self.key) {
            (Some(dir), Some(key)) => {
                let unwrapped = lockout::try_pin(dir, pin)?;
                if unwrapped.bytes() == key.bytes() {
                    Ok(())
                } else {
                    Err(Error::WrongKey(
                        "the PIN file belongs to another store".into(),
                    ))
                }
            }
            _ => Err(Error::Locked("an in-memory store has no PIN".into())),
        }
    }

    /// The data folder this store lives in (`None` in memory).
    pub fn data_dir(&self) -> Option<&Path> {
        self.data_dir.as_deref()
    }

    fn with_store(store: Store) -> Result<Self> {
        // Each store is one device: one Automerge actor, kept across restarts.
        let actor = match store.meta("device_actor")? {
            Some(bytes) if !bytes.is_empty() => ActorId::from(bytes),
            _ => {
                let actor = ActorId::random();
                store.set_meta("device_actor", actor.to_bytes())?;
                actor
            }
        };
        let author = store
            .meta("author")?
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_else(|| "me".to_string());
        let mut mosaic = Mosaic {
            store,
            actor,
            author,
            docs: HashMap::new(),
            data_dir: None,
            key: None,
            keystore: None,
        };
        mosaic.refresh_stale_projections()?;
        Ok(mosaic)
    }

    /// Projections are disposable: when their meaning changed since this store was
    /// written, rebuild them from the documents (a document that fails to load is
    /// left to `doctor` to report).
    fn refresh_stale_projections(&mut self) -> Result<()> {
        let current = self.store.meta("projection_version")?;
        if current.as_deref() == Some(projection::PROJECTION_VERSION.as_bytes()) {
            return Ok(());
        }
        for id in self.portfolio_ids()? {
            if let Ok(p) = self.portfolio(id) {
                let tx = self.store.write()?;
                projection::rebuild(&tx, &id.to_string(), &p)?;
                tx.commit()?;
            }
        }
        self.store.set_meta(
            "projection_version",
            projection::PROJECTION_VERSION.as_bytes(),
        )
    }

    /// The display name written into every commit this device makes.
    pub fn set_author(&mut self, name: &str) -> Result<()> {
        self.store.set_meta("author", name.as_bytes())?;
        self.author = name.to_string();
        Ok(())
    }

    pub fn author(&self) -> &str {
        &self.author
    }

    pub fn device_id(&self) -> String {
        self.actor.to_hex_string()
    }

    /// The SQLite connection, for crates that keep their own tables in the same file (sync).
    pub fn connection(&mut self) -> &mut Connection {
        self.store.conn_mut()
    }

    // ----- portfolios -----

    pub fn create_portfolio(&mut self, profile: Profile) -> Result<PortfolioId> {
        profile.validate_at(&crate::validate::Checker::new("$.profile"))?;
        let id = uuid::Uuid::now_v7();
        let mut doc = PortfolioDoc::create(id, self.actor.clone(), &self.author, now())?;
        doc.set_profile(&profile)?;
        doc.commit(&self.intent("profile", None, None), now());
        let portfolio = Portfolio {
            profile,
            ..Portfolio::empty(id)
        };
        self.insert_document(id, doc, "owner", &portfolio)
    }

    pub fn portfolio_ids(&self) -> Result<Vec<PortfolioId>> {
        self.store
            .portfolio_ids()?
            .into_iter()
            .map(|(id, _)| parse_id(&id))
            .collect()
    }

    /// Every portfolio in the store with its progress summary (a mentor's dashboard).
    pub fn list_portfolios(&self) -> Result<Vec<PortfolioSummary>> {
        self.store
            .portfolio_ids()?
            .into_iter()
            .map(|(id, role)| projection::summary(self.store.conn(), parse_id(&id)?, role))
            .collect()
    }

    pub fn summary(&self, id: PortfolioId) -> Result<PortfolioSummary> {
        let role = self.role(id)?;
        projection::summary(self.store.conn(), id, role)
    }

    /// `owner` for the person's own portfolio, `mentee` for one shared with a mentor...
    pub fn role(&self, id: PortfolioId) -> Result<String> {
        self.store
            .conn()
            .query_row(
                "SELECT role FROM portfolios WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::NoSuchPortfolio(id.to_string()))
    }

    pub fn portfolio(&mut self, id: PortfolioId) -> Result<Portfolio> {
        let mut p = self.cached(id)?.doc.read()?;
        local::DeviceOnly::load(self.store.conn(), &id.to_string())?.merge_into(&mut p);
        Ok(p)
    }

    /// The portfolio as its document holds it: what sync, share codes and mentors get,
    /// without the entries kept on this device only.
    pub fn shared_portfolio(&mut self, id: PortfolioId) -> Result<Portfolio> {
        self.cached(id)?.doc.read()
    }

    /// Moves stories and reflections marked "only me" (and consents) out of the document of
    /// each portfolio this device owns: documents written before device-only entries existed.
    /// Their earlier versions stay in the document's history. `true` when every owned
    /// document was read (and so is clean now).
    pub(crate) fn keep_private_on_device(&mut self) -> Result<bool> {
        let mut all_read = true;
        for id in self.portfolio_ids()? {
            if self.role(id)? != "owner" {
                continue;
            }
            // A document that does not read is not a reason to refuse the whole store:
            // `portfolio` and `doctor` report it, and the move happens once it reads.
            let Ok(shared) = self.shared_portfolio(id) else {
                all_read = false;
                continue;
            };
            self.move_out(id, local::DeviceOnly::of(&shared, &Portfolio::empty(id)))?;
        }
        Ok(all_read)
    }

    /// Takes `private` (entries found in the document) out of it, onto this device.
    fn move_out(&mut self, id: PortfolioId, private: local::DeviceOnly) -> Result<()> {
        for story in private.stories {
            self.update(id, story)?;
        }
        for reflection in private.reflections {
            self.update(id, reflection)?;
        }
        for consent in private.consents {
            self.update(id, consent)?;
        }
        Ok(())
    }

    pub fn profile(&mut self, id: PortfolioId) -> Result<Profile> {
        self.cached(id)?.doc.profile()
    }

    pub fn update_profile(&mut self, id: PortfolioId, profile: Profile) -> Result<()> {
        profile.validate_at(&crate::validate::Checker::new("$.profile"))?;
        let intent = self.intent("profile", None, None);
        self.edit(id, intent, |doc, tx, pid| {
            doc.set_profile(&profile)?;
            projection::project_profile(tx, pid, &profile)
        })
    }

    // ----- entries -----

    /// Adds an entry; its id must be new (use `uuid::Uuid::now_v7()`).
    pub fn add<E: Project + Validate>(&mut self, id: PortfolioId, entry: E) -> Result<EntryId> {
        entry.validate()?;
        let entry_id = entry.id();
        if self.has_entry(id, E::SECTION, entry_id)? {
            return Err(Error::DuplicateEntry(entry_id.to_string()));
        }
        let device_only = local::is_device_only(&entry);
        let intent = self.intent("add", Some(E::SECTION), Some(entry_id));
        self.edit(id, intent, |doc, tx, pid| {
            if device_only {
                local::put(tx, pid, &entry)?;
            } else {
                doc.put_entry(&entry)?;
            }
            projection::project_entry(tx, pid, &entry)
        })?;
        Ok(entry_id)
    }

    /// Whether the entry is in the document or kept on this device only.
    fn has_entry(&mut self, id: PortfolioId, section: Section, entry_id: EntryId) -> Result<bool> {
        Ok(self.cached(id)?.doc.has_entry(section, entry_id)?
            || local::section_of(self.store.conn(), &id.to_string(), entry_id)? == Some(section))
    }

    /// Replaces an existing entry; only the fields that differ are written.
    pub fn update<E: Project + Validate>(&mut self, id: PortfolioId, entry: E) -> Result<()> {
        entry.validate()?;
        let entry_id = entry.id();
        let in_doc = self.cached(id)?.doc.has_entry(E::SECTION, entry_id)?;
        let in_local =
            local::section_of(self.store.conn(), &id.to_string(), entry_id)? == Some(E::SECTION);
        if !in_doc && !in_local {
            return Err(Error::NoSuchEntry {
                section: E::SECTION.key().into(),
                id: entry_id.to_string(),
            });
        }
        // A story made "only me" leaves the document (its earlier versions stay in the
        // document's history, which mentors who had it keep); one shared again goes back in.
        let device_only = local::is_device_only(&entry);
        let intent = self.intent("update", Some(E::SECTION), Some(entry_id));
        self.edit(id, intent, |doc, tx, pid| {
            if device_only {
                if in_doc {
                    doc.remove_entry(E::SECTION, entry_id)?;
                }
                local::put(tx, pid, &entry)?;
            } else {
                if in_local {
                    local::delete(tx, pid, entry_id)?;
                }
                doc.put_entry(&entry)?;
            }
            projection::project_entry(tx, pid, &entry)
        })
    }

    pub fn remove(&mut self, id: PortfolioId, section: Section, entry_id: EntryId) -> Result<()> {
        if !self.has_entry(id, section, entry_id)? {
            return Err(Error::NoSuchEntry {
                section: section.key().into(),
                id: entry_id.to_string(),
            });
        }
        let intent = self.intent("remove", Some(section), Some(entry_id));
        self.edit(id, intent, |doc, tx, pid| {
            if !local::delete(tx, pid, entry_id)? {
                doc.remove_entry(section, entry_id)?;
            }
            projection::clear_entry(tx, pid, entry_id)
        })
    }

    /// Which section holds `entry_id`.
    pub fn section_of(&mut self, id: PortfolioId, entry_id: EntryId) -> Result<Section> {
        if let Some(section) = local::section_of(self.store.conn(), &id.to_string(), entry_id)? {
            return Ok(section);
        }
        let doc = &self.cached(id)?.doc;
        for section in Section::ALL {
            if doc.has_entry(section, entry_id)? {
                return Ok(section);
            }
        }
        Err(Error::NoSuchEntry {
            section: "any".into(),
            id: entry_id.to_string(),
        })
    }

    pub fn get<E: Entry>(&mut self, id: PortfolioId, entry_id: EntryId) -> Result<E> {
        if let Some(e) = self.cached(id)?.doc.get_entry(entry_id)? {
            return Ok(e);
        }
        local::get(self.store.conn(), &id.to_string(), entry_id)?.ok_or_else(|| {
            Error::NoSuchEntry {
                section: E::SECTION.key().into(),
                id: entry_id.to_string(),
            }
        })
    }

    pub fn list<E: Entry>(&mut self, id: PortfolioId) -> Result<Vec<E>> {
        let mut list: Vec<E> = self.cached(id)?.doc.list()?;
        list.extend(local::list::<E>(self.store.conn(), &id.to_string())?);
        list.sort_by_key(|e| e.id());
        Ok(list)
    }

    /// Adds an entry given as JSON (from the CLI or the app); a missing `id` is generated.
    pub fn add_json(
        &mut self,
        id: PortfolioId,
        section: Section,
        mut value: serde_json::Value,
    ) -> Result<EntryId> {
        if let serde_json::Value::Object(map) = &mut value {
            map.entry("id")
                .or_insert_with(|| uuid::Uuid::now_v7().to_string().into());
        }
        with_entry_type!(section, T => {
            let entry: T = decode_entry(value)?;
            self.add(id, entry)
        })
    }

    /// Changes some fields of an entry: keys in `patch` replace, `null` clears.
    pub fn edit_json(
        &mut self,
        id: PortfolioId,
        section: Section,
        entry_id: EntryId,
        patch: serde_json::Value,
    ) -> Result<()> {
        let serde_json::Value::Object(patch) = patch else {
            return Err(invalid("$", "an edit must be a JSON object of fields"));
        };
        with_entry_type!(section, T => {
            let current: T = self.get(id, entry_id)?;
            let mut value = serde_json::to_value(&current)?;
            if let serde_json::Value::Object(map) = &mut value {
                for (k, v) in patch {
                    if k == "id" {
                        return Err(invalid("$.id", "cannot be changed"));
                    }
                    if v.is_null() { map.remove(&k); } else { map.insert(k, v); }
                }
            }
            let entry: T = decode_entry(value)?;
            self.update(id, entry)
        })
    }

    pub fn get_json(
        &mut self,
        id: PortfolioId,
        section: Section,
        entry_id: EntryId,
    ) -> Result<serde_json::Value> {
        with_entry_type!(section, T => Ok(serde_json::to_value(self.get::<T>(id, entry_id)?)?))
    }

    pub fn list_json(&mut self, id: PortfolioId, section: Section) -> Result<serde_json::Value> {
        with_entry_type!(section, T => Ok(serde_json::to_value(self.list::<T>(id)?)?))
    }

    /// Who changed what and when: for one entry, or for the whole portfolio.
    pub fn history(
        &mut self,
        id: PortfolioId,
        entry: Option<EntryId>,
    ) -> Result<Vec<HistoryEvent>> {
        Ok(self.cached(id)?.doc.history(entry))
    }

    // ----- attachments -----

    /// Stores a processed file once, whatever the number of entries that use it.
    pub fn put_attachment(&mut self, a: NewAttachment) -> Result<AttachmentRef> {
        insert_attachment(self.store.conn(), a)
    }

    pub fn attachment(&self, sha256: &str) -> Result<StoredAttachment> {
        self.store
            .conn()
            .query_row(
                "SELECT mime, data, thumbnail_mime, thumbnail FROM attachments WHERE sha256 = ?1",
                [sha256],
                |r| {
                    let thumb: Option<(String, Vec<u8>)> = match (
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<Vec<u8>>>(3)?,
                    ) {
                        (Some(m), Some(b)) => Some((m, b)),
                        _ => None,
                    };
                    Ok(StoredAttachment {
                        mime: r.get(0)?,
                        bytes: r.get(1)?,
                        thumbnail: thumb,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::NoSuchAttachment(sha256.to_string()))
    }

    /// Deletes stored files that no portfolio references any more.
    pub fn collect_garbage(&mut self) -> Result<u32> {
        let mut referenced = std::collections::HashSet::new();
        for id in self.portfolio_ids()? {
            for a in self.portfolio(id)?.attachment_refs() {
                referenced.insert(a.sha256.clone());
            }
        }
        let all: Vec<String> = {
            let mut stmt = self
                .store
                .conn()
                .prepare("SELECT sha256 FROM attachments")?;
            stmt.query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        let mut removed = 0;
        for sha in all.iter().filter(|s| !referenced.contains(*s)) {
            self.store
                .conn()
                .execute("DELETE FROM attachments WHERE sha256 = ?1", [sha])?;
            removed += 1;
        }
        Ok(removed)
    }

    // ----- erase, documents, sync hooks -----

    /// Erases a portfolio: its document, projections and the files only it used.
    pub fn erase_portfolio(&mut self, id: PortfolioId) -> Result<()> {
        self.role(id)?;
        self.store
            .conn()
            .execute("DELETE FROM portfolios WHERE id = ?1", [id.to_string()])?;
        self.docs.remove(&id);
        self.collect_garbage()?;
        Ok(())
    }

    /// Erases everything in the store, then reclaims the space.
    pub fn erase_everything(&mut self) -> Result<()> {
        for id in self.portfolio_ids()? {
            self.erase_portfolio(id)?;
        }
        self.store
            .conn()
            .execute_batch("DELETE FROM attachments; VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// The view of this portfolio a mentor gets: `previous` (their last view, or `None` when
    /// sharing) brought in line with the portfolio's `sections` (bits, see
    /// [`crate::view::section_bits`]). See [`crate::view`].
    pub fn mentor_view(
        &mut self,
        id: PortfolioId,
        sections: u32,
        previous: Option<&[u8]>,
    ) -> Result<Vec<u8>> {
        let (actor, by) = (self.actor.clone(), self.author.clone());
        let doc = &self.cached(id)?.doc;
        crate::view::refresh(doc, sections, previous, actor, &by, now())
    }

    /// The full Automerge save (history included).
    pub fn save_document(&mut self, id: PortfolioId) -> Result<Vec<u8>> {
        Ok(self.cached(id)?.doc.save())
    }

    pub fn heads(&mut self, id: PortfolioId) -> Result<Vec<automerge::ChangeHash>> {
        Ok(self.cached(id)?.doc.heads())
    }

    /// Raw changes this store has that a peer with `heads` lacks.
    pub fn changes_since(
        &mut self,
        id: PortfolioId,
        heads: &[automerge::ChangeHash],
    ) -> Result<Vec<Vec<u8>>> {
        Ok(self
            .cached(id)?
            .doc
            .automerge()
            .get_changes(heads)
            .into_iter()
            .map(|c| c.raw_bytes().to_vec())
            .collect())
    }

    /// Applies changes received from elsewhere in one transaction, together with
    /// `also` (e.g. the sync cursor), so that both are stored or neither is.
    pub fn apply_changes(
        &mut self,
        id: PortfolioId,
        changes: &[Vec<u8>],
        also: impl FnOnce(&Transaction<'_>) -> Result<()>,
    ) -> Result<()> {
        let intent = self.intent("sync", None, None);
        let mut arrived = local::DeviceOnly::default();
        self.edit_raw(id, intent, |doc, tx, pid| {
            for c in changes {
                doc.apply_change_bytes(c)?;
                store::append_change(tx, pid, c)?;
            }
            // The projections cover the whole portfolio, "only me" entries included.
            let mut portfolio = doc.read()?;
            arrived = local::DeviceOnly::of(&portfolio, &Portfolio::empty(id));
            local::DeviceOnly::load(tx, pid)?.merge_into(&mut portfolio);
            projection::rebuild(tx, pid, &portfolio)?;
            also(tx)
        })?;
        // An older app on another of her devices may still write "only me" entries into the
        // document: on her own portfolio they leave it as soon as they arrive.
        if !arrived.is_empty() && self.role(id)? == "owner" {
            self.move_out(id, arrived)?;
        }
        Ok(())
    }

    /// Stores a document received whole (a joined device, a mentee's shared portfolio).
    pub fn adopt_document(&mut self, bytes: &[u8], role: &str) -> Result<PortfolioId> {
        let doc = PortfolioDoc::load(bytes, self.actor.clone())?;
        let id = doc.id()?;
        let portfolio = doc.read()?;
        let pid = id.to_string();
        if self.store.has_portfolio(&pid)? {
            return Err(Error::PortfolioExists(pid));
        }
        self.insert_document(id, doc, role, &portfolio)
    }

    /// Stores a new document as its first snapshot, with its projections, in one transaction.
    fn insert_document(
        &mut self,
        id: PortfolioId,
        doc: PortfolioDoc,
        role: &str,
        portfolio: &Portfolio,
    ) -> Result<PortfolioId> {
        self.insert_document_with(id, doc, role, portfolio, &Default::default(), |_| Ok(()))
    }

    /// [`Self::insert_document`] with `before` run first in the same transaction
    /// (a restore drops the portfolio it replaces and stores its files there, so
    /// either all of it happens or none).
    pub(crate) fn insert_document_with(
        &mut self,
        id: PortfolioId,
        mut doc: PortfolioDoc,
        role: &str,
        portfolio: &Portfolio,
        device_only: &local::DeviceOnly,
        before: impl FnOnce(&Transaction<'_>) -> Result<()>,
    ) -> Result<PortfolioId> {
        let pid = id.to_string();
        let data = doc.save();
        let tx = self.store.write()?;
        before(&tx)?;
        tx.execute(
            "INSERT INTO portfolios(id, role, created_at) VALUES (?1, ?2, ?3)",
            params![pid, role, now()],
        )?;
        let generation = store::write_snapshot(&tx, &pid, &data, 0)?;
        device_only.put_all(&tx, &pid)?;
        let mut all = portfolio.clone();
        device_only.merge_into(&mut all);
        projection::rebuild(&tx, &pid, &all)?;
        tx.commit()?;
        self.docs.insert(
            id,
            Cached {
                doc,
                last_seq: 0,
                generation,
            },
        );
        Ok(id)
    }

    /// This device's Automerge actor (documents loaded for adoption write as it).
    pub(crate) fn actor(&self) -> ActorId {
        self.actor.clone()
    }

    /// Checks the database, every document and every file; rebuilds projections.
    pub fn doctor(&mut self) -> Result<DoctorReport> {
        let integrity: String = self
            .store
            .conn()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let mut problems = vec![];
        if integrity != "ok" {
            problems.push(format!("database integrity: {integrity}"));
        }
        let (mut checked, mut rebuilt) = (0, 0);
        for id in self.portfolio_ids()? {
            self.docs.remove(&id);
            checked += 1;
            match self.portfolio(id) {
                Ok(p) => {
                    let tx = self.store.write()?;
                    projection::rebuild(&tx, &id.to_string(), &p)?;
                    tx.commit()?;
                    rebuilt += 1;
                    if let Err(e) = p.validate() {
                        problems.push(format!("portfolio {id}: {e}"));
                    }
                }
                Err(e) => problems.push(format!("portfolio {id}: {e}")),
            }
        }
        let mut attachments_checked = 0;
        {
            use sha2::Digest;
            let mut stmt = self
                .store
                .conn()
                .prepare("SELECT sha256, data FROM attachments")?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let sha: String = row.get(0)?;
                let data: Vec<u8> = row.get(1)?;
                attachments_checked += 1;
                if hex::encode(sha2::Sha256::digest(&data)) != sha {
                    problems.push(format!("attachment {sha}: content does not match its hash"));
                }
            }
        }
        Ok(DoctorReport {
            integrity,
            portfolios_checked: checked,
            projections_rebuilt: rebuilt,
            attachments_checked,
            problems,
        })
    }

    // ----- internals -----

    pub(crate) fn intent(
        &self,
        action: &str,
        section: Option<Section>,
        entry: Option<EntryId>,
    ) -> Intent {
        Intent {
            action: action.into(),
            section,
            entry,
            by: self.author.clone(),
        }
    }

    /// The document, loaded once and brought up to date with what other processes wrote.
    fn cached(&mut self, id: PortfolioId) -> Result<&mut Cached> {
        let pid = id.to_string();
        let conn = self.store.conn();
        let stale = match self.docs.get(&id) {
            Some(c) => c.generation != self.store.generation(&pid)?,
            None => true,
        };
        if stale {
            if !self.store.has_portfolio(&pid)? {
                self.docs.remove(&id);
                return Err(Error::NoSuchPortfolio(pid));
            }
            let cached = load(&self.store, &pid, self.actor.clone())?;
            self.docs.insert(id, cached);
        }
        let cached = self
            .docs
            .get_mut(&id)
            .ok_or_else(|| Error::NoSuchPortfolio(pid.clone()))?;
        catch_up(conn, &pid, cached)?;
        Ok(cached)
    }

    /// One user intent: edit the document, commit once, append the change and update
    /// projections in one SQLite transaction. On any failure the cached document is
    /// dropped so memory never runs ahead of disk.
    fn edit(
        &mut self,
        id: PortfolioId,
        intent: Intent,
        f: impl FnOnce(&mut PortfolioDoc, &Transaction<'_>, &str) -> Result<()>,
    ) -> Result<()> {
        self.edit_raw(id, intent, |doc, tx, pid| {
            f(doc, tx, pid)?;
            Ok(())
        })
    }

    fn edit_raw(
        &mut self,
        id: PortfolioId,
        intent: Intent,
        f: impl FnOnce(&mut PortfolioDoc, &Transaction<'_>, &str) -> Result<()>,
    ) -> Result<()> {
        let pid = id.to_string();
        self.cached(id)?;
        let result = (|| {
            let Mosaic { store, docs, .. } = self;
            let tx = store.write()?;
            let cached = docs
                .get_mut(&id)
                .ok_or_else(|| Error::NoSuchPortfolio(pid.clone()))?;
            catch_up(&tx, &pid, cached)?;
            f(&mut cached.doc, &tx, &pid)?;
            let is_sync = intent.action == "sync";
            if !is_sync && cached.doc.commit(&intent, now()).is_some() {
                let change = cached
                    .doc
                    .last_local_change()
                    .ok_or_else(|| Error::Corrupt("commit produced no change".into()))?;
                cached.last_seq = store::append_change(&tx, &pid, &change)?;
            } else if is_sync {
                cached.last_seq = tx.query_row(
                    "SELECT coalesce(max(seq), 0) FROM doc_changes WHERE portfolio_id = ?1",
                    [&pid],
                    |r| r.get(0),
                )?;
            }
            if store::change_count(&tx, &pid)? > store::COMPACT_AFTER_CHANGES {
                let data = cached.doc.save();
                let covers: i64 = tx.query_row(
                    "SELECT coalesce(max(seq), 0) FROM doc_changes WHERE portfolio_id = ?1",
                    [&pid],
                    |r| r.get(0),
                )?;
                cached.generation = store::write_snapshot(&tx, &pid, &data, covers)?;
                cached.last_seq = covers;
            }
            tx.commit()?;
            Ok(())
        })();
        if result.is_err() {
            self.docs.remove(&id);
        }
        result
    }
}

/// Stores a processed file once (by the SHA-256 of its bytes) on `conn`, which may
/// be a transaction's.
pub(crate) fn insert_attachment(conn: &Connection, a: NewAttachment) -> Result<AttachmentRef> {
    use sha2::Digest;
    let sha256 = hex::encode(sha2::Sha256::digest(&a.bytes));
    let (thumb_mime, thumb) = a
        .thumbnail
        .map_or((None, None), |(m, b)| (Some(m), Some(b)));
    conn.execute(
        "INSERT OR IGNORE INTO attachments(sha256, mime, size, data, thumbnail, thumbnail_mime,
           width, height, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            sha256,
            a.mime,
            a.bytes.len() as i64,
            a.bytes,
            thumb,
            thumb_mime,
            a.width,
            a.height,
            now()
        ],
    )?;
    Ok(AttachmentRef {
        sha256,
        mime: a.mime,
        file_name: a.file_name,
        size: a.bytes.len() as u64,
    })
}

fn load(store: &Store, pid: &str, actor: ActorId) -> Result<Cached> {
    let stored = store.load_doc(pid)?;
    let snapshot = stored
        .snapshot
        .ok_or_else(|| Error::Corrupt(format!("portfolio {pid} has no stored document")))?;
    let mut doc = PortfolioDoc::load(&snapshot, actor)?;
    let mut last_seq = 0;
    for (seq, change) in &stored.changes {
        doc.apply_change_bytes(change)?;
        last_seq = *seq;
    }
    if last_seq == 0 {
        last_seq = store
            .conn()
            .query_row(
                "SELECT covers_seq FROM doc_snapshots WHERE portfolio_id = ?1",
                [pid],
                |r| r.get(0),
            )
            .unwrap_or(0);
    }
    Ok(Cached {
        doc,
        last_seq,
        generation: stored.generation,
    })
}

/// Applies rows appended by other processes since this one last looked.
fn catch_up(conn: &Connection, pid: &str, cached: &mut Cached) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, data FROM doc_changes WHERE portfolio_id = ?1 AND seq > ?2 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![pid, cached.last_seq], |r| {
        Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    for row in rows {
        let (seq, data) = row?;
        cached.doc.apply_change_bytes(&data)?;
        cached.last_seq = seq;
    }
    Ok(())
}

fn parse_id(s: &str) -> Result<PortfolioId> {
    s.parse()
        .map_err(|_| Error::Corrupt(format!("stored portfolio id `{s}` is not a UUID")))
}

fn invalid(path: &str, message: &str) -> Error {
    Error::Invalid(ValidationError {
        path: path.into(),
        message: message.into(),
    })
}

/// Decodes JSON into an entry, naming the JSON path of the first bad field. A number field
/// given as text in any digit set with a local decimal separator (`"٣٫٥"`, `"3,5"`) is read
/// as that number, so every front end accepts what people's keyboards type.
pub(crate) fn decode_entry<T: crate::model::Entry>(mut value: serde_json::Value) -> Result<T> {
    crate::legacy::migrate_entry(T::SECTION, &mut value);
    // Each retry turns one more such string into a number; entries have few number fields.
    for _ in 0..64 {
        let e = match serde_path_to_error::deserialize(value.clone()) {
            Ok(v) => return Ok(v),
            Err(e) => e,
        };
        let wants_number = e.inner().to_string().starts_with("invalid type: string");
        let fixed = wants_number
            && at_path(&mut value, e.path())
                .and_then(|slot| {
                    let n = slot.as_str().and_then(crate::numerals::parse_decimal)?;
                    *slot = serde_json::Value::from(n);
                    Some(())
                })
                .is_some();
        if !fixed {
            let path = e.path().to_string();
            let path = if path == "." {
                "$".to_string()
            } else {
                format!("$.{path}")
            };
            return Err(invalid(&path, &e.inner().to_string()));
        }
    }
    Err(invalid("$", "too many fields given as text"))
}

/// The value at a serde path inside `value`, if every step exists.
fn at_path<'a>(
    value: &'a mut serde_json::Value,
    path: &serde_path_to_error::Path,
) -> Option<&'a mut serde_json::Value> {
    use serde_path_to_error::Segment;
    let mut here = value;
    for segment in path.iter() {
        here = match segment {
            Segment::Seq { index } => here.get_mut(*index)?,
            Segment::Map { key } => here.get_mut(key.as_str())?,
            Segment::Enum { .. } | Segment::Unknown => return None,
        };
    }
    Some(here)
}
