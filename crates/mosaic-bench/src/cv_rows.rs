//! CV export beside the Typst command-line compiler on the same template and data.

use std::process::Command;
use std::time::Instant;

use crate::table::{Row, Value, median, median_of};

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let runs = if quick { 3 } else { 9 };
    let (portfolio, photo) = mosaic_cv::bench::two_page_portfolio();
    let options = mosaic_cv::bench::bench_options();
    let mut pdf_size = 0;
    let ours = median(runs, || {
        let pdf = mosaic_cv::render_pdf(&portfolio, Some(&photo), &options).expect("CV renders");
        pdf_size = pdf.len();
        pdf
    });
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let main = mosaic_cv::bench::write_typst_cli_equivalent(dir.path())
        .ok_or("cannot write Typst files")?;
    let out = dir.path().join("out.pdf");
    let compile = || {
        Command::new("typst")
            .arg("compile")
            .arg(&main)
            .arg(&out)
            .args([
                "--font-path",
                "fonts",
                "--ignore-system-fonts",
                "--pdf-standard",
                "a-2u",
            ])
            .current_dir(dir.path())
            .output()
    };
    let baseline = match compile() {
        Ok(o) if o.status.success() => {
            let times = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    let _ = compile();
                    start.elapsed()
                })
                .collect();
            Some(Value::Time(median_of(times)))
        }
        _ => None,
    };
    let cli_size = std::fs::metadata(&out).map(|m| m.len()).ok();
    Ok(vec![
        Row {
            what: "CV export, two pages with photo, PDF/A-2u (warm)".into(),
            ours: Value::Time(ours),
            baseline_name: "typst compile (CLI), same template and data".into(),
            baseline,
        },
        Row {
            what: "CV PDF size (fonts subset)".into(),
            ours: Value::Bytes(pdf_size as u64),
            baseline_name: "typst CLI output".into(),
            baseline: cli_size.map(Value::Bytes),
        },
    ])
}
