//! `cargo run --release -p mosaic-bench`: prints the benchmark table, each Mosaic
//! figure beside a baseline measured in the same run, as a ratio. Medians.
//! `--quick` for fewer samples; `--only attest,sync` for some sections.

mod attest_rows;
mod core_rows;
mod cv_rows;
mod media_rows;
mod privacy_rows;
mod relay_rows;
mod sync_rows;
mod table;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    let only: Option<Vec<String>> = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1))
        .map(|list| list.split(',').map(str::to_string).collect());
    let mut rows = vec![];
    type Section = fn(bool) -> Result<Vec<table::Row>, String>;
    let sections: [(&str, Section); 7] = [
        ("core", core_rows::rows),
        ("media", media_rows::rows),
        ("privacy", privacy_rows::rows),
        ("cv", cv_rows::rows),
        ("sync", sync_rows::rows),
        ("relay", relay_rows::rows),
        ("attest", attest_rows::rows),
    ];
    for (name, f) in sections {
        if only.as_ref().is_some_and(|o| !o.iter().any(|n| n == name)) {
            continue;
        }
        eprintln!("measuring {name}...");
        match f(quick) {
            Ok(r) => rows.extend(r),
            Err(e) => eprintln!("{name}: could not measure: {e}"),
        }
    }
    println!("{}", table::render(&rows));
}
