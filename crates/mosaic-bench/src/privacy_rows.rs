//! The encrypted store beside the same work on a plain SQLite store in the same run,
//! and the PIN unlock (Argon2id) with the parameters the app uses.

use std::time::Duration;

use mosaic_core::{Mosaic, Section, SkillEntry};

use crate::table::{Row, Value, median};

fn bench_err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// The same measures on one store: open + read, one durable edit, one 12 MP import.
struct Measures {
    open: Duration,
    edit: Duration,
    photo: Duration,
}

fn measure(
    runs: usize,
    open: &dyn Fn(&std::path::Path) -> mosaic_core::Result<Mosaic>,
    photos: &[Vec<u8>],
) -> Result<Measures, String> {
    let dir = tempfile::tempdir().map_err(bench_err)?;
    let id = {
        let mut m = open(dir.path()).map_err(bench_err)?;
        mosaic_core::sample::realistic(&mut m, 2100).map_err(bench_err)?
    };
    let open_time = median(runs, || {
        let mut m = open(dir.path()).expect("store opens");
        m.portfolio(id).expect("portfolio reads")
    });
    let mut m = open(dir.path()).map_err(bench_err)?;
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
    // A different photo each time, so the store really writes each one.
    let mut n = 0;
    let photo_time = median(photos.len() - 1, || {
        n += 1;
        m.import_attachment(&photos[n - 1], Some("certificate.jpg"))
            .expect("imports")
    });
    Ok(Measures {
        open: open_time,
        edit,
        photo: photo_time,
    })
}

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let runs = if quick { 3 } else { 11 };
    let photos: Vec<Vec<u8>> = (0..if quick { 3 } else { 6 })
        .map(|seed| mosaic_media::bench::synthetic_photo_jpeg(4000, 3000, 100 + seed))
        .collect();
    let encrypted = measure(runs, &Mosaic::open, &photos)?;
    let plain = measure(runs, &Mosaic::open_unencrypted, &photos)?;

    let pin_dir = tempfile::tempdir().map_err(bench_err)?;
    drop(Mosaic::open_with_pin(pin_dir.path(), "2468-bench").map_err(bench_err)?);
    let unlock = median(if quick { 3 } else { 7 }, || {
        mosaic_core::keys::unwrap_with_pin(pin_dir.path(), "2468-bench").expect("unwraps")
    });

    Ok(vec![
        Row {
            what: "encrypted store: open, portfolio ready (2100 edits)".into(),
            ours: Value::Time(encrypted.open),
            baseline_name: "same on a plain SQLite store".into(),
            baseline: Some(Value::Time(plain.open)),
        },
        Row {
            what: "encrypted store: one edit committed durably".into(),
            ours: Value::Time(encrypted.edit),
            baseline_name: "same on a plain SQLite store".into(),
            baseline: Some(Value::Time(plain.edit)),
        },
        Row {
            what: "encrypted store: import a 12 MP photo".into(),
            ours: Value::Time(encrypted.photo),
            baseline_name: "same on a plain SQLite store".into(),
            baseline: Some(Value::Time(plain.photo)),
        },
        Row {
            what: format!(
                "PIN unlock: Argon2id {} MiB, {} passes, {} lane",
                mosaic_core::keys::ARGON2_MEMORY_KIB / 1024,
                mosaic_core::keys::ARGON2_PASSES,
                mosaic_core::keys::ARGON2_LANES
            ),
            ours: Value::Time(unlock),
            baseline_name: "aim: 0.3 to 1 s".into(),
            baseline: Some(Value::Time(Duration::from_millis(300))),
        },
    ])
}
