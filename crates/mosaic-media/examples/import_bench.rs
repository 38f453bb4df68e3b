//! Quick timing: `cargo run --release -p mosaic-media --example import_bench [runs]`.
//! Imports the synthetic 12 MP phone photo and runs the ImageMagick baseline on the same bytes.

use std::time::{Duration, Instant};

use mosaic_media::bench::{imagemagick_baseline, imagemagick_program, synthetic_photo_jpeg};
use mosaic_media::{Limits, import_attachment};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    let input = synthetic_photo_jpeg(4000, 3000, 1);
    let limits = Limits::default();
    println!("input: 4000x3000 JPEG, {} bytes", input.len());
    let mut ours = Vec::new();
    let mut out_len = 0;
    for _ in 0..runs {
        let t = Instant::now();
        match import_attachment(&input, Some("photo.jpg"), &limits) {
            Ok(a) => out_len = a.bytes.len(),
            Err(e) => {
                eprintln!("import failed: {e}");
                return;
            }
        }
        ours.push(t.elapsed());
    }
    println!(
        "mosaic-media import_attachment: median {:?} over {runs} runs (stored image {out_len} bytes)",
        median(ours)
    );
    let Some(program) = imagemagick_program() else {
        println!("ImageMagick not installed: no baseline");
        return;
    };
    let mut im = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        match imagemagick_baseline(&input, limits.max_long_edge, limits.jpeg_quality) {
            Some(Ok(b)) => out_len = b.len(),
            Some(Err(e)) => {
                eprintln!("ImageMagick failed: {e}");
                return;
            }
            None => return,
        }
        im.push(t.elapsed());
    }
    println!(
        "ImageMagick `{program} in.jpg -auto-orient -resize 2000x2000> -strip -quality 82 out.jpg`: median {:?} over {runs} runs (output {out_len} bytes)",
        median(im)
    );
}
