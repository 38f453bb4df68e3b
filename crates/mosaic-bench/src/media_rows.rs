//! Certificate photo import beside ImageMagick doing the same work.

use std::time::Instant;

use crate::table::{Row, Value, median, median_of};

pub fn rows(quick: bool) -> Result<Vec<Row>, String> {
    let runs = if quick { 3 } else { 7 };
    let photo = mosaic_media::bench::synthetic_photo_jpeg(4000, 3000, 12);
    let limits = mosaic_media::Limits::default();
    let mut stored = 0;
    let ours = median(runs, || {
        let out = mosaic_media::import_attachment(&photo, Some("certificate.jpg"), &limits)
            .expect("imports");
        stored = out.bytes.len();
        out
    });
    let mut magick_size = None;
    let baseline = match mosaic_media::bench::imagemagick_program() {
        Some(_) => {
            let mut times = vec![];
            for _ in 0..runs {
                let start = Instant::now();
                let out = mosaic_media::bench::imagemagick_baseline(&photo, 2000, 82);
                times.push(start.elapsed());
                if let Some(Ok(bytes)) = out {
                    magick_size = Some(bytes.len() as u64);
                }
            }
            Some(Value::Time(median_of(times)))
        }
        None => None,
    };
    Ok(vec![
        Row {
            what: format!(
                "import 12 MP JPEG (orient, strip, 2000 px, q82, thumb), {:.1} MB in",
                photo.len() as f64 / 1e6
            ),
            ours: Value::Time(ours),
            baseline_name: "ImageMagick convert -auto-orient -resize -strip -quality 82".into(),
            baseline,
        },
        Row {
            what: "stored size of that photo".into(),
            ours: Value::Bytes(stored as u64),
            baseline_name: "ImageMagick output".into(),
            baseline: magick_size.map(Value::Bytes),
        },
    ])
}
