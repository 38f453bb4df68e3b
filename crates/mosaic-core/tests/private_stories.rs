//! A story marked "only me" never leaves this device (issue 11, finding 8, in part): it is
//! kept beside the document, never in it, so nothing that syncs or shares the document
//! can carry it; the owner still sees, edits, exports and backs it up as before.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use mosaic_core::automerge;
use mosaic_core::*;

const SECRET: &str = "My brother's address in Tripoli";

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

fn with_private_story() -> (Mosaic, PortfolioId, EntryId) {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(sample::profile()).unwrap();
    let story = m
        .add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": SECRET, "body": "Only for me.", "visibility": "private"}),
        )
        .unwrap();
    (m, id, story)
}

#[test]
fn a_private_story_is_never_in_the_document_but_the_owner_sees_it() {
    let (mut m, id, story) = with_private_story();
    assert!(!contains(&m.save_document(id).unwrap(), SECRET));
    assert!(m.shared_portfolio(id).unwrap().stories.is_empty());
    let p = m.portfolio(id).unwrap();
    assert_eq!(p.stories.len(), 1);
    assert_eq!(p.stories[0].title, SECRET);
    assert_eq!(m.list::<Story>(id).unwrap().len(), 1);
    assert_eq!(m.section_of(id, story).unwrap(), Section::Stories);

    // Edited: still private, still not in the document.
    m.edit_json(
        id,
        Section::Stories,
        story,
        serde_json::json!({"body": "Changed, still mine."}),
    )
    .unwrap();
    assert_eq!(
        m.get::<Story>(id, story).unwrap().body,
        "Changed, still mine."
    );
    assert!(!contains(&m.save_document(id).unwrap(), "still mine"));

    // Shared with mentors: into the document. Made private again: out of its current state.
    m.edit_json(
        id,
        Section::Stories,
        story,
        serde_json::json!({"visibility": "mentors"}),
    )
    .unwrap();
    assert_eq!(m.shared_portfolio(id).unwrap().stories.len(), 1);
    m.edit_json(
        id,
        Section::Stories,
        story,
        serde_json::json!({"visibility": "private"}),
    )
    .unwrap();
    assert!(m.shared_portfolio(id).unwrap().stories.is_empty());
    assert_eq!(m.portfolio(id).unwrap().stories.len(), 1);

    // Removed, and a second removal is a clear error.
    m.remove(id, Section::Stories, story).unwrap();
    assert!(m.portfolio(id).unwrap().stories.is_empty());
    assert!(m.remove(id, Section::Stories, story).is_err());
}

#[test]
fn a_private_story_survives_backup_and_export_and_stays_out_of_the_document() {
    let (mut m, id, _) = with_private_story();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.age");
    m.backup(id, &file, "correct horse battery").unwrap();
    let json = m.export_json(id).unwrap();
    assert!(json.contains(SECRET), "her own export has it");

    let mut restored = Mosaic::open_in_memory().unwrap();
    let rid = restored
        .restore(&file, Some("correct horse battery"), false)
        .unwrap();
    assert_eq!(restored.portfolio(rid).unwrap().stories[0].title, SECRET);
    assert!(!contains(&restored.save_document(rid).unwrap(), SECRET));

    let mut imported = Mosaic::open_in_memory().unwrap();
    let iid = imported.import_json(json.as_bytes()).unwrap();
    assert_eq!(imported.portfolio(iid).unwrap().stories[0].title, SECRET);
    assert!(!contains(&imported.save_document(iid).unwrap(), SECRET));
}

#[test]
/// An older app on another of her devices writes an "only me" story into the document: it
/// leaves the document as soon as the change arrives here, not at the next start.
fn a_private_story_an_older_version_put_in_the_document_is_moved_out_when_it_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let mut m = Mosaic::open(dir.path()).unwrap();
        let id = m.create_portfolio(sample::profile()).unwrap();
        // As an older app stored it: in the document.
        m.add_json(
            id,
            Section::Stories,
            serde_json::json!({"title": "Old and private", "visibility": "mentors"}),
        )
        .unwrap();
        let story = m.list::<Story>(id).unwrap()[0].clone();
        // Flip it to private inside the document itself, bypassing the API.
        let changes = private_in_document(&mut m, id, story.id);
        m.apply_changes(id, &changes, |_| Ok(())).unwrap();
        assert!(m.shared_portfolio(id).unwrap().stories.is_empty());
        assert_eq!(m.portfolio(id).unwrap().stories[0].title, "Old and private");
        id
    };
    let mut m = Mosaic::open(dir.path()).unwrap();
    assert!(m.shared_portfolio(id).unwrap().stories.is_empty());
    assert_eq!(m.portfolio(id).unwrap().stories[0].title, "Old and private");
}

/// A change, made by another actor on a copy of the document, that sets a story's
/// visibility to private in place (what an older app version wrote).
fn private_in_document(m: &mut Mosaic, id: PortfolioId, story: EntryId) -> Vec<Vec<u8>> {
    use automerge::ReadDoc;
    use automerge::transaction::Transactable;
    let heads = m.heads(id).unwrap();
    let mut doc = automerge::AutoCommit::load(&m.save_document(id).unwrap())
        .unwrap()
        .with_actor(automerge::ActorId::random());
    let (_, sections) = doc.get(automerge::ROOT, "sections").unwrap().unwrap();
    let (_, stories) = doc.get(&sections, "stories").unwrap().unwrap();
    let (_, entry) = doc.get(&stories, story.to_string()).unwrap().unwrap();
    doc.put(&entry, "visibility", "private").unwrap();
    doc.get_changes(&heads)
        .into_iter()
        .map(|c| c.raw_bytes().to_vec())
        .collect()
}
