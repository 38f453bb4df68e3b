//! Median time to render the two-page benchmark CV to PDF/A-2u.
//! Typst's memo cache is evicted before each run, so this is the cold-cache cost.
//! `cargo run -p mosaic-cv --release --example render_median -- [runs]`

use std::time::Instant;

fn main() -> Result<(), mosaic_cv::CvError> {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let (portfolio, photo) = mosaic_cv::bench::two_page_portfolio();
    let options = mosaic_cv::bench::bench_options();
    let first = Instant::now();
    let pdf = mosaic_cv::render_pdf(&portfolio, Some(&photo), &options)?;
    println!(
        "first render (fonts, library): {:?}, {} bytes",
        first.elapsed(),
        pdf.len()
    );
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        // Drop Typst's memoisation cache so every run does the full work (cold median).
        typst::comemo::evict(0);
        let t = Instant::now();
        mosaic_cv::render_pdf(&portfolio, Some(&photo), &options)?;
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "median of {runs}: {:?} (min {:?}, max {:?})",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    Ok(())
}
