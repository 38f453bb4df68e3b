//! The Automerge document of one portfolio, edited through narrow per-entry paths.
//!
//! Layout: `{ schema, id, profile: {...}, sections: { languages: { <id>: {...} }, ... } }`.
//! Entries live in maps keyed by id so that concurrent additions on two devices
//! never collide, and every section map is created with the document so that
//! two devices never race to create the same container.

use automerge::{
    ActorId, AutoCommit, ChangeHash, ObjId, ObjType, ROOT, ReadDoc, ScalarValue, TextEncoding,
    hydrate, transaction::CommitOptions, transaction::Transactable,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map as JsonMap, Value as Json};

use crate::error::{Error, Result};
use crate::model::{Entry, EntryId, Portfolio, PortfolioId, Profile, Section};

/// Version of the document layout; bumped with a migration when it changes.
pub const DOC_SCHEMA: u64 = 1;

/// Text fields stored as Automerge text, so that concurrent edits of a long
/// text merge character by character instead of one overwriting the other.
const MERGEABLE_TEXT_FIELDS: &[&str] = &["about", "body", "description", "note"];

/// What the user meant by one save; recorded in the commit so history can be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Intent {
    /// `create`, `add`, `update`, `remove`, `profile`, `import`, `confirm`...
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Section>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<EntryId>,
    /// Display name of who made the change.
    pub by: String,
}

/// One commit as history shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct HistoryEvent {
    /// Seconds since the Unix epoch.
    #[ts(type = "number")]
    pub time: i64,
    /// The device (Automerge actor) that made it, in hex.
    pub device: String,
    pub intent: Intent,
    pub hash: String,
}

pub struct PortfolioDoc {
    doc: AutoCommit,
}

impl PortfolioDoc {
    /// A new, empty portfolio with its containers in place.
    pub fn create(id: PortfolioId, actor: ActorId, by: &str, now: i64) -> Result<Self> {
        let mut doc = AutoCommit::new();
        doc.set_actor(actor);
        doc.put(ROOT, "schema", DOC_SCHEMA)?;
        doc.put(ROOT, "id", id.to_string())?;
        doc.put_object(ROOT, "profile", ObjType::Map)?;
        let sections = doc.put_object(ROOT, "sections", ObjType::Map)?;
        for section in Section::ALL.into_iter().filter(|s| !s.is_late()) {
            doc.put_object(&sections, section.key(), ObjType::Map)?;
        }
        let mut this = PortfolioDoc { doc };
        this.commit(
            &Intent {
                action: "create".into(),
                section: None,
                entry: None,
                by: by.into(),
            },
            now,
        );
        Ok(this)
    }

    /// Loads saved bytes (a full save, or a save followed by incremental changes).
    pub fn load(bytes: &[u8], actor: ActorId) -> Result<Self> {
        let mut doc = AutoCommit::load(bytes)
            .map_err(|e| Error::Corrupt(format!("portfolio document does not load: {e}")))?;
        doc.set_actor(actor);
        let this = PortfolioDoc { doc };
        this.check_layout()?;
        Ok(this)
    }

    /// Rejects documents that load but are not Mosaic portfolios.
    fn check_layout(&self) -> Result<()> {
        match self.doc.get(ROOT, "schema")? {
            Some((automerge::Value::Scalar(s), _)) => match s.as_ref() {
                ScalarValue::Uint(v) if *v <= DOC_SCHEMA => {}
                ScalarValue::Int(v) if *v >= 0 && (*v as u64) <= DOC_SCHEMA => {}
                other => {
                    return Err(Error::Corrupt(format!(
                        "portfolio document has schema {other}, this build reads up to {DOC_SCHEMA}"
                    )));
                }
            },
            _ => return Err(Error::Corrupt("not a Mosaic portfolio document".into())),
        }
        self.sections_obj()?;
        Ok(())
    }

    pub fn automerge(&mut self) -> &mut AutoCommit {
        &mut self.doc
    }

    pub fn automerge_ref(&self) -> &AutoCommit {
        &self.doc
    }

    pub fn id(&self) -> Result<PortfolioId> {
        match self.doc.get(ROOT, "id")? {
            Some((automerge::Value::Scalar(s), _)) => match s.as_ref() {
                ScalarValue::Str(s) => s
                    .parse()
                    .map_err(|_| Error::Corrupt("portfolio id is not a UUID".into())),
                _ => Err(Error::Corrupt("portfolio id is not text".into())),
            },
            _ => Err(Error::Corrupt("portfolio has no id".into())),
        }
    }

    fn sections_obj(&self) -> Result<ObjId> {
        self.child_map(&ROOT, "sections")
    }

    fn child_map(&self, parent: &ObjId, key: &str) -> Result<ObjId> {
        match self.doc.get(parent, key)? {
            Some((automerge::Value::Object(ObjType::Map), id)) => Ok(id),
            _ => Err(Error::Corrupt(format!("portfolio document lacks `{key}`"))),
        }
    }

    fn section_obj(&self, section: Section) -> Result<ObjId> {
        let sections = self.sections_obj()?;
        self.child_map(&sections, section.key())
    }

    /// Where an entry lives: its section's map and its id, or, for a section added
    /// later ([`Section::is_late`]), `sections` itself and `<key>:<id>`.
    fn slot(&self, section: Section, id: EntryId) -> Result<(ObjId, String)> {
        if section.is_late() {
            Ok((self.sections_obj()?, late_key(section, id)))
        } else {
            Ok((self.section_obj(section)?, id.to_string()))
        }
    }

    /// A section's entries as one JSON map keyed by entry id.
    fn section_json(&self, section: Section) -> Result<Json> {
        if !section.is_late() {
            let obj = self.section_obj(section)?;
            return Ok(to_json(&self.doc.hydrate(&obj, None)?));
        }
        let sections = self.sections_obj()?;
        let prefix = format!("{}:", section.key());
        let mut map = JsonMap::new();
        for key in self.doc.keys(&sections) {
            if let Some(id) = key.strip_prefix(&prefix)
                && let Some((automerge::Value::Object(ObjType::Map), obj)) =
                    self.doc.get(&sections, key.as_str())?
            {
                map.insert(id.to_string(), to_json(&self.doc.hydrate(&obj, None)?));
            }
        }
        Ok(Json::Object(map))
    }

    /// Writes one entry, touching only the fields that changed.
    pub fn put_entry<E: Entry>(&mut self, entry: &E) -> Result<()> {
        let value = to_hydrate(&serde_json::to_value(entry)?, None);
        let (section, key) = self.slot(E::SECTION, entry.id())?;
        match self.doc.get(&section, key.as_str())? {
            Some((automerge::Value::Object(ObjType::Map), obj)) => {
                self.doc
                    .update_object(&obj, &value)
                    .map_err(|e| Error::Corrupt(format!("cannot update entry {key}: {e}")))?;
            }
            _ => {
                self.doc
                    .batch_create_object(&section, key.as_str(), &value, false)?;
            }
        }
        Ok(())
    }

    pub fn has_entry(&self, section: Section, id: EntryId) -> Result<bool> {
        let (obj, key) = self.slot(section, id)?;
        Ok(self.doc.get(&obj, key.as_str())?.is_some())
    }

    /// Removes an entry; `false` when it was not there.
    pub fn remove_entry(&mut self, section: Section, id: EntryId) -> Result<bool> {
        let (obj, key) = self.slot(section, id)?;
        if self.doc.get(&obj, key.as_str())?.is_none() {
            return Ok(false);
        }
        self.doc.delete(&obj, key.as_str())?;
        Ok(true)
    }

    pub fn set_profile(&mut self, profile: &Profile) -> Result<()> {
        let obj = self.child_map(&ROOT, "profile")?;
        let value = to_hydrate(&serde_json::to_value(profile)?, None);
        self.doc
            .update_object(&obj, &value)
            .map_err(|e| Error::Corrupt(format!("cannot update profile: {e}")))?;
        Ok(())
    }

    pub fn get_entry<E: Entry>(&self, id: EntryId) -> Result<Option<E>> {
        let (obj, key) = self.slot(E::SECTION, id)?;
        match self.doc.get(&obj, key.as_str())? {
            Some((automerge::Value::Object(ObjType::Map), entry)) => {
                let mut json = to_json(&self.doc.hydrate(&entry, None)?);
                crate::legacy::migrate_entry(E::SECTION, &mut json);
                Ok(Some(decode_stored(json, E::SECTION.key())?))
            }
            _ => Ok(None),
        }
    }

    pub fn list<E: Entry>(&self) -> Result<Vec<E>> {
        entries_from_json(self.section_json(E::SECTION)?, E::SECTION.key())
    }

    pub fn profile(&self) -> Result<Profile> {
        let obj = self.child_map(&ROOT, "profile")?;
        decode_stored(to_json(&self.doc.hydrate(&obj, None)?), "profile")
    }

    /// The whole portfolio as typed values; entries in creation order (ids are UUID v7).
    pub fn read(&self) -> Result<Portfolio> {
        let mut root = match to_json(&self.doc.hydrate(ROOT, None)?) {
            Json::Object(m) => m,
            _ => return Err(Error::Corrupt("document root is not a map".into())),
        };
        let mut sections = match root.remove("sections") {
            Some(Json::Object(m)) => m,
            _ => return Err(Error::Corrupt("portfolio document lacks `sections`".into())),
        };
        let mut take = |s: Section| sections.remove(s.key()).unwrap_or(Json::Null);
        Ok(Portfolio {
            id: self.id()?,
            profile: decode_stored(root.remove("profile").unwrap_or(Json::Null), "profile")?,
            languages: entries_from_json(take(Section::Languages), "languages")?,
            certificates: entries_from_json(take(Section::Certificates), "certificates")?,
            programmes: entries_from_json(take(Section::Programmes), "programmes")?,
            activities: entries_from_json(take(Section::Activities), "activities")?,
            experience: entries_from_json(take(Section::Experience), "experience")?,
            education: entries_from_json(take(Section::Education), "education")?,
            skills: entries_from_json(take(Section::Skills), "skills")?,
            stories: entries_from_json(take(Section::Stories), "stories")?,
            goals: entries_from_json(self.section_json(Section::Goals)?, "goals")?,
            competences: entries_from_json(
                self.section_json(Section::Competences)?,
                "competences",
            )?,
            reflections: entries_from_json(
                self.section_json(Section::Reflections)?,
                "reflections",
            )?,
            consents: entries_from_json(self.section_json(Section::Consents)?, "consents")?,
        })
    }

    /// Closes the pending edits as one change carrying the intent and the time.
    /// Returns `None` when nothing changed (an unchanged save makes no commit).
    pub fn commit(&mut self, intent: &Intent, now: i64) -> Option<ChangeHash> {
        let message = serde_json::to_string(intent).unwrap_or_default();
        self.doc.commit_with(
            CommitOptions::default()
                .with_message(message)
                .with_time(now),
        )
    }

    /// The raw bytes of the last change this device made (what the store appends).
    pub fn last_local_change(&mut self) -> Option<Vec<u8>> {
        self.doc
            .get_last_local_change()
            .map(|c| c.raw_bytes().to_vec())
    }

    pub fn heads(&mut self) -> Vec<ChangeHash> {
        self.doc.get_heads()
    }

    /// Applies changes from elsewhere (another device, a backup); idempotent.
    pub fn apply_change_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        self.doc
            .load_incremental(bytes)
            .map_err(|e| Error::Corrupt(format!("change does not load: {e}")))?;
        Ok(())
    }

    pub fn save(&mut self) -> Vec<u8> {
        self.doc.save()
    }

    /// Commits touching `entry` (or all commits when `None`), oldest first.
    pub fn history(&mut self, entry: Option<EntryId>) -> Vec<HistoryEvent> {
        let events: Vec<HistoryEvent> = self
            .doc
            .get_changes_meta(&[])
            .into_iter()
            .filter_map(|meta| {
                let intent: Intent = serde_json::from_str(meta.message.as_deref()?).ok()?;
                if entry.is_some() && intent.entry != entry {
                    return None;
                }
                Some(HistoryEvent {
                    time: meta.timestamp,
                    device: meta.actor.to_hex_string(),
                    intent,
                    hash: meta.hash.to_string(),
                })
            })
            .collect();
        // Automerge returns changes in causal order, which is the order that matters.
        events
    }
}

fn late_key(section: Section, id: EntryId) -> String {
    format!("{}:{id}", section.key())
}

fn entries_from_json<E: serde::de::DeserializeOwned + Entry>(
    json: Json,
    key: &str,
) -> Result<Vec<E>> {
    let map = match json {
        Json::Object(m) => m,
        Json::Null => JsonMap::new(),
        _ => return Err(Error::Corrupt(format!("section `{key}` is not a map"))),
    };
    let mut entries = Vec::with_capacity(map.len());
    for (id, mut value) in map {
        crate::legacy::migrate_entry(E::SECTION, &mut value);
        entries.push(decode_stored::<E>(value, &format!("{key}.{id}"))?);
    }
    entries.sort_by_key(|e| e.id());
    Ok(entries)
}

fn decode_stored<T: serde::de::DeserializeOwned>(json: Json, path: &str) -> Result<T> {
    serde_path_to_error::deserialize(json).map_err(|e| {
        Error::Corrupt(format!(
            "stored value at {path}.{} does not decode: {}",
            e.path(),
            e.inner()
        ))
    })
}

/// JSON to Automerge values; strings under [`MERGEABLE_TEXT_FIELDS`] become text objects.
fn to_hydrate(json: &Json, key: Option<&str>) -> hydrate::Value {
    match json {
        Json::Null => hydrate::Value::scalar(ScalarValue::Null),
        Json::Bool(b) => hydrate::Value::scalar(*b),
        Json::Number(n) => {
            if let Some(i) = n.as_i64() {
                hydrate::Value::scalar(i)
            } else if let Some(u) = n.as_u64() {
                hydrate::Value::scalar(u)
            } else {
                hydrate::Value::scalar(n.as_f64().unwrap_or(0.0))
            }
        }
        Json::String(s) => {
            if key.is_some_and(|k| MERGEABLE_TEXT_FIELDS.contains(&k)) {
                hydrate::Value::text(TextEncoding::UnicodeCodePoint, s)
            } else {
                hydrate::Value::scalar(s.as_str())
            }
        }
        Json::Array(items) => {
            let list: Vec<hydrate::Value> = items.iter().map(|v| to_hydrate(v, None)).collect();
            hydrate::Value::from(list)
        }
        Json::Object(map) => {
            let m: std::collections::HashMap<String, hydrate::Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), to_hydrate(v, Some(k))))
                .collect();
            hydrate::Value::Map(m.into())
        }
    }
}

fn to_json(value: &hydrate::Value) -> Json {
    match value {
        hydrate::Value::Scalar(s) => match s {
            ScalarValue::Str(s) => Json::String(s.to_string()),
            ScalarValue::Int(i) => Json::from(*i),
            ScalarValue::Uint(u) => Json::from(*u),
            ScalarValue::F64(f) => {
                serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number)
            }
            ScalarValue::Boolean(b) => Json::Bool(*b),
            ScalarValue::Counter(c) => Json::from(i64::from(c)),
            ScalarValue::Timestamp(t) => Json::from(*t),
            _ => Json::Null,
        },
        hydrate::Value::Text(t) => Json::String(t.to_string()),
        hydrate::Value::List(list) => Json::Array(list.iter().map(|v| to_json(&v.value)).collect()),
        hydrate::Value::Map(map) => Json::Object(
            map.iter()
                .filter(|(_, v)| !matches!(v.value, hydrate::Value::Scalar(ScalarValue::Null)))
                .map(|(k, v)| (k.clone(), to_json(&v.value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Why a section added later keeps its entries under `sections` (`goals:<id>`) rather
    /// than in a map of its own: two devices that each create that map see only one after
    /// merging, and the other device's entries vanish from view.
    #[test]
    fn a_map_created_on_two_devices_at_once_hides_one_of_them() {
        let mut base = AutoCommit::new();
        let sections = base.put_object(ROOT, "sections", ObjType::Map).unwrap();
        let mut a = base.fork().with_actor(ActorId::random());
        let mut b = base.fork().with_actor(ActorId::random());
        for (doc, title) in [(&mut a, "from a"), (&mut b, "from b")] {
            let goals = doc.put_object(&sections, "goals", ObjType::Map).unwrap();
            doc.put(&goals, "g", title).unwrap();
            // The layout Mosaic uses: one key per entry in the existing map.
            doc.put(&sections, format!("goals:{title}"), title).unwrap();
        }
        a.merge(&mut b).unwrap();
        let Some((_, goals)) = a.get(&sections, "goals").unwrap() else {
            panic!("no goals map")
        };
        assert_eq!(
            a.keys(&goals).count(),
            1,
            "only one device's map is visible"
        );
        let flat = a
            .keys(&sections)
            .filter(|k| k.starts_with("goals:"))
            .count();
        assert_eq!(flat, 2, "both devices' entries are visible");
    }
}
