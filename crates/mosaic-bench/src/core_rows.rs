//! Store and document: open, one durable edit, size on disk.

use std::time::Instant;

use mosaic_core::{Mosaic, Section, SkillEntry};

use crate::table::{Row, Value, median, median_of};

fn bench_err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let runs = if quick { 5 } else { 21 };
    let dir = tempfile::tempdir().map_err(bench_err)?;
    let (id, entries) = {
        let mut m = Mosaic::open(dir.path()).map_err(bench_err)?;
        let id = mosaic_core::sample::realistic(&mut m, 2100).map_err(bench_err)?;
        let n = m.portfolio(id).map_err(bench_err)?.entry_count();
        (id, n)
    };
    let saved = {
        let mut m = Mosaic::open(dir.path()).map_err(bench_err)?;
        m.save_document(id).map_err(bench_err)?
    };

    let open = median(runs, || {
        let mut m = Mosaic::open(dir.path()).expect("store opens");
        m.portfolio(id).expect("portfolio reads")
    });
    let bare_load = median(runs, || {
        let doc = automerge::AutoCommit::load(&saved).expect("document loads");
        automerge::ReadDoc::hydrate(&doc, automerge::ROOT, None).expect("hydrates")
    });

    // One intent-level edit, durable (WAL, synchronous=FULL), versus a bare insert.
    let mut m = Mosaic::open(dir.path()).map_err(bench_err)?;
    let skill = m.list::<SkillEntry>(id).map_err(bench_err)?[0].id;
    let mut i = 0;
    let edit = median(runs * 3, || {
        i += 1;
        m.edit_json(
            id,
            Section::Skills,
            skill,
            serde_json::json!({"level": format!("level {i}")}),
        )
        .expect("edit commits")
    });
    let raw_dir = tempfile::tempdir().map_err(bench_err)?;
    let conn = rusqlite::Connection::open(raw_dir.path().join("raw.sqlite3")).map_err(bench_err)?;
    conn.execute_batch(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB);",
    )
    .map_err(bench_err)?;
    let mut raw = vec![];
    for n in 0..runs * 3 {
        let start = Instant::now();
        conn.execute(
            "INSERT INTO t(v) VALUES (?1)",
            [format!("level {n}").into_bytes()],
        )
        .map_err(bench_err)?;
        raw.push(start.elapsed());
    }

    // The store is encrypted: checkpoint through the open handle, which has the key.
    m.connection()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .map_err(bench_err)?;
    drop(m);
    let store_bytes = {
        std::fs::metadata(dir.path().join(mosaic_core::STORE_FILE))
            .map_err(bench_err)?
            .len()
    };
    let mut doc = automerge::AutoCommit::load(&saved).map_err(bench_err)?;
    let save_size = doc.save().len() as u64;

    // The same portfolio with as many entries again in goals, reflections and competences (issue 16):
    // opening should cost about twice as much, like Automerge's own load of the bytes.
    let (grown_entries, grown_open, grown_bare) = {
        let mut m = Mosaic::open(dir.path()).map_err(bench_err)?;
        mosaic_core::sample::grow(&mut m, id, entries).map_err(bench_err)?;
        let n = m.portfolio(id).map_err(bench_err)?.entry_count();
        let saved = m.save_document(id).map_err(bench_err)?;
        drop(m);
        let open = median(runs, || {
            let mut m = Mosaic::open(dir.path()).expect("store opens");
            m.portfolio(id).expect("portfolio reads")
        });
        let bare = median(runs, || {
            let doc = automerge::AutoCommit::load(&saved).expect("document loads");
            automerge::ReadDoc::hydrate(&doc, automerge::ROOT, None).expect("hydrates")
        });
        (n, open, bare)
    };

    Ok(vec![
        Row {
            what: format!(
                "open, {grown_entries} entries (goals, reflections, competences doubled it)"
            ),
            ours: Value::Time(grown_open),
            baseline_name: "AutoCommit::load + hydrate of same bytes".into(),
            baseline: Some(Value::Time(grown_bare)),
        },
        Row {
            what: format!("open store, portfolio ready ({entries} entries, 2100 edits)"),
            ours: Value::Time(open),
            baseline_name: "AutoCommit::load + hydrate of same bytes".into(),
            baseline: Some(Value::Time(bare_load)),
        },
        Row {
            what: "one edit committed durably".into(),
            ours: Value::Time(edit),
            baseline_name: "bare SQLite INSERT+commit (WAL, FULL)".into(),
            baseline: Some(Value::Time(median_of(raw))),
        },
        Row {
            what: "store size on disk (incl. projections)".into(),
            ours: Value::Bytes(store_bytes),
            baseline_name: "Automerge save()".into(),
            baseline: Some(Value::Bytes(save_size)),
        },
    ])
}
