//! Benchmark and test-input helpers: a deterministic "phone photo" with EXIF orientation and GPS
//! tags, EXIF/XMP segment builders, and the ImageMagick baseline the benchmark compares against.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

use image::codecs::jpeg::JpegEncoder;
use image::{ImageBuffer, Rgb};

/// A deterministic photo-like JPEG (smooth gradients, soft shapes and sensor-like noise), encoded
/// at quality 92 and carrying an EXIF APP1 segment with orientation 6 ("rotate 90° clockwise",
/// what phones write for portrait shots), camera make/model, GPS latitude/longitude, plus an XMP
/// packet. A 4000x3000 call gives a 12 MP input comparable to a phone photo.
pub fn synthetic_photo_jpeg(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let jpeg = plain_photo_jpeg(width, height, seed, 92);
    insert_jpeg_segments(
        &jpeg,
        &[
            exif_app1_segment(Some(6), true),
            xmp_app1_segment(
                "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF \
                 xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description \
                 xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"35,53.9N\"/>\
                 </rdf:RDF></x:xmpmeta>",
            ),
        ],
    )
}

/// Photo-like pixels as a JPEG without any metadata segment.
pub fn plain_photo_jpeg(width: u32, height: u32, seed: u64, quality: u8) -> Vec<u8> {
    let mut state = seed ^ 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let (cx, cy) = (f64::from(width) * 0.6, f64::from(height) * 0.4);
    let r2 = (f64::from(width.min(height)) * 0.3).powi(2);
    let img: ImageBuffer<Rgb<u8>, Vec<u8>> = ImageBuffer::from_fn(width, height, |x, y| {
        let fx = f64::from(x) / f64::from(width.max(1));
        let fy = f64::from(y) / f64::from(height.max(1));
        let d2 = (f64::from(x) - cx).powi(2) + (f64::from(y) - cy).powi(2);
        let disc = if d2 < r2 { 60.0 } else { 0.0 };
        let wave = (fx * 40.0).sin() * (fy * 30.0).cos() * 20.0;
        let n = next();
        let noise = |shift: u32| f64::from(((n >> shift) & 0x0F) as u8) - 7.5;
        let c = |base: f64, shift: u32| (base + noise(shift)).clamp(0.0, 255.0) as u8;
        Rgb([
            c(90.0 + 120.0 * fx + disc + wave, 0),
            c(60.0 + 140.0 * fy + wave * 0.5, 8),
            c(180.0 - 100.0 * fx * fy + disc * 0.5, 16),
        ])
    });
    let mut out = Vec::new();
    // Encoding an in-memory RGB buffer into a Vec cannot fail for non-zero sizes; on zero sizes
    // return what was written (an empty or partial stream) rather than panicking.
    let _ = JpegEncoder::new_with_quality(&mut out, quality).encode_image(&img);
    out
}

enum Val<'a> {
    Byte(&'a [u8]),
    Ascii(&'a str),
    Short(u16),
    Long(u32),
    Rational(&'a [(u32, u32)]),
}

impl Val<'_> {
    fn type_count_bytes(&self) -> (u16, u32, Vec<u8>) {
        match self {
            Val::Byte(b) => (1, b.len() as u32, b.to_vec()),
            Val::Ascii(s) => {
                let mut v = s.as_bytes().to_vec();
                v.push(0);
                (2, v.len() as u32, v)
            }
            Val::Short(s) => (3, 1, s.to_le_bytes().to_vec()),
            Val::Long(l) => (4, 1, l.to_le_bytes().to_vec()),
            Val::Rational(r) => (
                5,
                r.len() as u32,
                r.iter()
                    .flat_map(|(n, d)| n.to_le_bytes().into_iter().chain(d.to_le_bytes()))
                    .collect(),
            ),
        }
    }
}

/// One little-endian TIFF IFD starting at `start` (offset from the TIFF header), with its
/// out-of-line values placed right after it. Entries must be sorted by tag.
fn ifd(entries: &[(u16, Val<'_>)], start: u32) -> Vec<u8> {
    let ifd_len = 2 + 12 * entries.len() as u32 + 4;
    let mut head = (entries.len() as u16).to_le_bytes().to_vec();
    let mut data = Vec::new();
    for (tag, val) in entries {
        let (ty, count, mut bytes) = val.type_count_bytes();
        head.extend(tag.to_le_bytes());
        head.extend(ty.to_le_bytes());
        head.extend(count.to_le_bytes());
        if bytes.len() <= 4 {
            bytes.resize(4, 0);
            head.extend(bytes);
        } else {
            head.extend((start + ifd_len + data.len() as u32).to_le_bytes());
            data.extend(bytes);
            if data.len() % 2 == 1 {
                data.push(0);
            }
        }
    }
    head.extend(0u32.to_le_bytes());
    head.extend(data);
    head
}

/// A JPEG APP1 "Exif" segment (marker included) with camera make/model, an optional
/// orientation (1..=8) and, if `gps`, a GPS IFD with latitude/longitude/altitude.
pub fn exif_app1_segment(orientation: Option<u16>, gps: bool) -> Vec<u8> {
    let mut ifd0: Vec<(u16, Val<'_>)> = vec![
        (0x010F, Val::Ascii("MosaicTestCam")),
        (0x0110, Val::Ascii("Model GPS-1")),
    ];
    if let Some(o) = orientation {
        ifd0.push((0x0112, Val::Short(o)));
    }
    let gps_entries = [
        (0x0000, Val::Byte(&[2, 3, 0, 0])),
        (0x0001, Val::Ascii("N")),
        (0x0002, Val::Rational(&[(35, 1), (53, 1), (5400, 100)])),
        (0x0003, Val::Ascii("E")),
        (0x0004, Val::Rational(&[(14, 1), (30, 1), (1200, 100)])),
        (0x0006, Val::Rational(&[(42, 1)])),
    ];
    if gps {
        ifd0.push((0x8825, Val::Long(0))); // patched below
    }
    let first = ifd(&ifd0, 8);
    let gps_offset = 8 + first.len() as u32;
    if gps {
        ifd0.pop();
        ifd0.push((0x8825, Val::Long(gps_offset)));
    }
    let mut tiff = b"II*\0".to_vec();
    tiff.extend(8u32.to_le_bytes());
    tiff.extend(ifd(&ifd0, 8));
    if gps {
        tiff.extend(ifd(&gps_entries, gps_offset));
    }
    app1(b"Exif\0\0", &tiff)
}

/// A JPEG APP1 XMP segment (marker included) holding `xml`.
pub fn xmp_app1_segment(xml: &str) -> Vec<u8> {
    app1(b"http://ns.adobe.com/xap/1.0/\0", xml.as_bytes())
}

fn app1(ident: &[u8], payload: &[u8]) -> Vec<u8> {
    let len = (2 + ident.len() + payload.len()).min(usize::from(u16::MAX)) as u16;
    let mut seg = vec![0xFF, 0xE1];
    seg.extend(len.to_be_bytes());
    seg.extend(ident);
    seg.extend(payload);
    seg
}

/// Inserts whole marker segments right after the SOI marker of `jpeg`.
pub fn insert_jpeg_segments(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    let split = jpeg.len().min(2);
    let mut out = jpeg[..split].to_vec();
    for s in segments {
        out.extend(s);
    }
    out.extend(&jpeg[split..]);
    out
}

/// The ImageMagick program to use for the baseline: `magick` (v7) or `convert` (v6).
pub fn imagemagick_program() -> Option<&'static str> {
    ["magick", "convert"].into_iter().find(|p| {
        Command::new(p)
            .arg("-version")
            .output()
            .map(|o| {
                o.status.success() && String::from_utf8_lossy(&o.stdout).contains("ImageMagick")
            })
            .unwrap_or(false)
    })
}

/// Runs the ImageMagick equivalent of the import on `jpeg`:
/// `convert in.jpg -auto-orient -resize {edge}x{edge}> -strip -quality {q} out.jpg`.
/// Returns `None` if ImageMagick is not installed, `Some(Err)` if it failed, and the output bytes
/// otherwise. Temporary files live in the system temp dir and are removed afterwards.
pub fn imagemagick_baseline(
    jpeg: &[u8],
    long_edge: u32,
    quality: u8,
) -> Option<Result<Vec<u8>, String>> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let program = imagemagick_program()?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir();
    let stem = format!("mosaic-media-im-{}-{n}", std::process::id());
    let input: PathBuf = dir.join(format!("{stem}-in.jpg"));
    let output: PathBuf = dir.join(format!("{stem}-out.jpg"));
    let run = || -> Result<Vec<u8>, String> {
        std::fs::write(&input, jpeg).map_err(|e| e.to_string())?;
        let status = Command::new(program)
            .arg(&input)
            .args(["-auto-orient", "-resize"])
            .arg(format!("{long_edge}x{long_edge}>"))
            .args(["-strip", "-quality"])
            .arg(quality.to_string())
            .arg(&output)
            .output()
            .map_err(|e| e.to_string())?;
        if !status.status.success() {
            return Err(String::from_utf8_lossy(&status.stderr).into_owned());
        }
        std::fs::read(&output).map_err(|e| e.to_string())
    };
    let result = run();
    let _ = std::fs::remove_file(&input);
    let _ = std::fs::remove_file(&output);
    Some(result)
}
