//! Commits edits in a loop and reports each one on stdout only after `add` has
//! returned (i.e. after the SQLite transaction committed). The crash test kills
//! it at random moments and checks that every reported edit survived.

use std::io::Write;

use mosaic_core::{Mosaic, Profile, Section};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: crash-writer DATA_DIR START")?;
    let start: u64 = args.next().ok_or("missing START")?.parse()?;
    let mut m = Mosaic::open(std::path::Path::new(&dir))?;
    let id = match m.portfolio_ids()?.first() {
        Some(id) => *id,
        None => m.create_portfolio(Profile {
            name_latin: "Crash Test".into(),
            ..Default::default()
        })?,
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready")?;
    out.flush()?;
    for n in start.. {
        let title = format!("edit {n}");
        m.add_json(
            id,
            Section::Activities,
            serde_json::json!({"kind": "language_cafe", "date": "2025-01-01", "title": title, "hours": 1.5}),
        )?;
        writeln!(out, "{n}")?;
        out.flush()?;
        // Every fifth intent also edits an existing entry, exercising update paths and compaction.
        if n % 5 == 0 {
            let mut p = m.profile(id)?;
            p.city = Some(format!("city {n}"));
            m.update_profile(id, p)?;
        }
    }
    Ok(())
}
