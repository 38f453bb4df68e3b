//! Photo / scan / PDF import: sniff, check limits, decode, orient, strip, downscale, re-encode.

use std::collections::HashSet;
use std::io::Cursor;

use fast_image_resize::{FilterType as FirFilter, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType as PngFilter, PngEncoder};
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::MediaError;
use crate::sniff::{Sniffed, claimed_by_name, sniff};

/// Resource and output limits for [`import_attachment`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted input file, in bytes (default 25 MiB).
    pub max_file_bytes: u64,
    /// Largest accepted image, in pixels, read from the header before decoding (default 50 MP).
    pub max_pixels: u64,
    /// Stored images are downscaled so their long edge is at most this (default 2000). Never
    /// upscaled.
    pub max_long_edge: u32,
    /// Thumbnail long edge (default 320).
    pub thumb_long_edge: u32,
    /// JPEG quality for stored photos and thumbnails, 1..=100 (default 82).
    pub jpeg_quality: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 25 * 1024 * 1024,
            max_pixels: 50_000_000,
            max_long_edge: 2000,
            thumb_long_edge: 320,
            jpeg_quality: 82,
        }
    }
}

/// What kind of attachment was stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum AttachmentKind {
    Image,
    Pdf,
}

/// A small preview of an image attachment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Thumbnail {
    /// `image/jpeg` or `image/png`.
    pub mime: &'static str,
    #[serde(skip)]
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// The stored form of an attachment. The caller stores `bytes` under `sha256` and de-duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedAttachment {
    pub kind: AttachmentKind,
    /// `image/jpeg`, `image/png` or `application/pdf` (of the stored bytes, not the input).
    pub mime: &'static str,
    /// Stored bytes: a re-encoded, metadata-free image, or the PDF exactly as given.
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// Lower-case hex SHA-256 of `bytes`.
    pub sha256: String,
    /// Pixel size of the stored image (upright); `None` for PDFs.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Present for images; `None` for PDFs (no PDF rendering in this crate).
    pub thumbnail: Option<Thumbnail>,
    /// Size of the input in bytes.
    pub original_size: u64,
}

/// Turns user-supplied bytes into what Mosaic stores.
///
/// * The real type is sniffed from the content; `file_name` is only used to report a
///   [`MediaError::TypeMismatch`] when it claims an image but the content is a PDF or the other
///   way round (a PNG named `.jpg` is accepted: the content wins and it is re-encoded anyway).
/// * JPEG, PNG and WebP are decoded with bounded memory (header dimensions are checked against
///   [`Limits::max_pixels`] before any pixel is decoded), turned upright according to their EXIF
///   orientation, downscaled to [`Limits::max_long_edge`] (Lanczos3 via `fast_image_resize`) and
///   re-encoded from pixels,
///   which drops *all* metadata (EXIF incl. GPS, XMP, IPTC, ICC profiles, PNG text chunks).
///   ICC profiles are dropped without colour conversion, so wide-gamut photos look slightly less
///   saturated.
/// * Output format: PNG when the image has real transparency, or when a non-JPEG source has at
///   most 256 distinct colours (screenshots, line-art, black-and-white scans: PNG is smaller and
///   has no ringing around text); JPEG at [`Limits::jpeg_quality`] otherwise (photos). Greyscale
///   stays greyscale.
/// * PDFs are kept byte-for-byte after checking the `%PDF-` header, the `%%EOF` trailer and the
///   size limit. Their metadata is **not** touched (no PDF rewriting here) and no thumbnail is
///   made.
/// * HEIC/HEIF/AVIF are refused with [`MediaError::Heic`].
pub fn import_attachment(
    bytes: &[u8],
    file_name: Option<&str>,
    limits: &Limits,
) -> Result<ImportedAttachment, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::EmptyFile);
    }
    let size = bytes.len() as u64;
    if size > limits.max_file_bytes {
        return Err(MediaError::TooLarge {
            size,
            max: limits.max_file_bytes,
        });
    }
    let found = sniff(bytes);
    let claimed = file_name.and_then(claimed_by_name);
    match &found {
        Sniffed::Heic(brand) => {
            return Err(MediaError::Heic {
                brand: brand.clone(),
            });
        }
        Sniffed::Other(what) => {
            return Err(MediaError::UnsupportedType {
                found: what.clone(),
            });
        }
        _ => {}
    }
    if let Some(claimed) = &claimed {
        let claims_pdf = *claimed == Sniffed::Pdf;
        let is_pdf = found == Sniffed::Pdf;
        if claims_pdf != is_pdf {
            return Err(MediaError::TypeMismatch {
                claimed: claimed.describe(),
                found: found.describe(),
            });
        }
    }
    match found {
        Sniffed::Pdf => import_pdf(bytes),
        Sniffed::Jpeg => {
            check_jpeg_complete(bytes).map_err(|detail| MediaError::Corrupt { detail })?;
            import_image(bytes, ImageFormat::Jpeg, limits)
        }
        Sniffed::Png => import_image(bytes, ImageFormat::Png, limits),
        Sniffed::WebP => import_image(bytes, ImageFormat::WebP, limits),
        // Handled above.
        Sniffed::Heic(_) | Sniffed::Other(_) => Err(MediaError::UnsupportedType {
            found: found.describe(),
        }),
    }
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

fn import_pdf(bytes: &[u8]) -> Result<ImportedAttachment, MediaError> {
    // Incremental updates may append after the first %%EOF and some writers add trailing
    // whitespace or NULs, so look in the last 64 KiB only for the marker.
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(MediaError::Corrupt {
            detail: "the PDF is cut off (no %%EOF end marker)".into(),
        });
    }
    Ok(ImportedAttachment {
        kind: AttachmentKind::Pdf,
        mime: "application/pdf",
        bytes: bytes.to_vec(),
        sha256: sha256_hex(bytes),
        width: None,
        height: None,
        thumbnail: None,
        original_size: bytes.len() as u64,
    })
}

/// Walks the JPEG marker segments up to the first scan and checks that an end-of-image marker
/// follows it. Entropy-coded data never contains `FF D9`, so a missing one means the file was
/// cut off (zune-jpeg would otherwise silently fill the missing part with grey).
fn check_jpeg_complete(b: &[u8]) -> Result<(), String> {
    let cut = || "the JPEG file is cut off".to_string();
    let mut i = 2usize;
    loop {
        match b.get(i) {
            None => return Err(cut()),
            Some(0xFF) => {}
            Some(_) => return Err(format!("the JPEG structure is broken at byte {i}")),
        }
        while b.get(i) == Some(&0xFF) {
            i += 1;
        }
        let marker = *b.get(i).ok_or_else(cut)?;
        i += 1;
        match marker {
            0x01 | 0xD0..=0xD8 => continue,
            0xD9 => return Err("the JPEG file has no image data".into()),
            _ => {}
        }
        let len = match (b.get(i), b.get(i + 1)) {
            (Some(&hi), Some(&lo)) => usize::from(u16::from_be_bytes([hi, lo])),
            _ => return Err(cut()),
        };
        if len < 2 {
            return Err(format!("the JPEG structure is broken at byte {i}"));
        }
        let next = i + len;
        if next > b.len() {
            return Err(cut());
        }
        if marker == 0xDA {
            return if b[next..].windows(2).any(|w| w == [0xFF, 0xD9]) {
                Ok(())
            } else {
                Err(cut())
            };
        }
        i = next;
    }
}

fn map_image_error(e: ImageError) -> MediaError {
    match e {
        ImageError::Limits(l) => MediaError::MemoryLimit {
            detail: l.to_string(),
        },
        ImageError::Unsupported(u) => MediaError::UnsupportedType {
            found: format!("an image variant this app cannot read ({u})"),
        },
        ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            MediaError::Corrupt {
                detail: "the file is cut off".into(),
            }
        }
        other => MediaError::Corrupt {
            detail: other.to_string(),
        },
    }
}

/// Decodes with bounded memory; returns the pixels as stored and the EXIF orientation.
fn decode_bounded(
    bytes: &[u8],
    format: ImageFormat,
    limits: &Limits,
) -> Result<(DynamicImage, Orientation), MediaError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    // Output buffer (at most 8 bytes per pixel: RGBA 16-bit) plus decoder working memory.
    let alloc = limits.max_pixels.saturating_mul(8).saturating_add(64 << 20);
    let mut il = image::Limits::default();
    il.max_alloc = Some(alloc);
    reader.limits(il.clone());
    let mut decoder = reader.into_decoder().map_err(map_image_error)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > limits.max_pixels {
        return Err(MediaError::TooManyPixels {
            width,
            height,
            max: limits.max_pixels,
        });
    }
    if width == 0 || height == 0 {
        return Err(MediaError::Corrupt {
            detail: "the image has no pixels".into(),
        });
    }
    il.reserve(decoder.total_bytes()).map_err(map_image_error)?;
    // A broken EXIF block should not make a good photo unreadable: treat it as "no rotation".
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let img = DynamicImage::from_decoder(decoder).map_err(map_image_error)?;
    Ok((img, orientation))
}

fn has_transparency(img: &DynamicImage) -> bool {
    match img {
        DynamicImage::ImageLumaA8(i) => i.pixels().any(|p| p.0[1] < u8::MAX),
        DynamicImage::ImageRgba8(i) => i.pixels().any(|p| p.0[3] < u8::MAX),
        DynamicImage::ImageLumaA16(i) => i.pixels().any(|p| p.0[1] < u16::MAX),
        DynamicImage::ImageRgba16(i) => i.pixels().any(|p| p.0[3] < u16::MAX),
        other if other.color().has_alpha() => other.to_rgba8().pixels().any(|p| p.0[3] < u8::MAX),
        _ => false,
    }
}

/// True when the image has at most `max` distinct colours (stops counting early).
fn few_colours(img: &DynamicImage, max: usize) -> bool {
    let mut seen: HashSet<[u8; 3]> = HashSet::with_capacity(max + 1);
    let mut check = |c: [u8; 3]| {
        seen.insert(c);
        seen.len() <= max
    };
    match img {
        DynamicImage::ImageLuma8(i) => i.pixels().all(|p| check([p.0[0]; 3])),
        DynamicImage::ImageRgb8(i) => i.pixels().all(|p| check(p.0)),
        DynamicImage::ImageRgba8(i) => i.pixels().all(|p| check([p.0[0], p.0[1], p.0[2]])),
        other => other.to_rgb8().pixels().all(|p| check(p.0)),
    }
}

/// Size that fits `long_edge` keeping the aspect ratio; never larger than the input.
fn fit(width: u32, height: u32, long_edge: u32) -> (u32, u32) {
    let long = width.max(height);
    let long_edge = long_edge.max(1);
    if long <= long_edge {
        return (width, height);
    }
    let scale = |v: u32| -> u32 {
        let scaled = (u64::from(v) * u64::from(long_edge) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
    };
    if width >= height {
        (long_edge, scale(height))
    } else {
        (scale(width), long_edge)
    }
}

pub(crate) fn resize_to_fit(img: &DynamicImage, long_edge: u32) -> Option<DynamicImage> {
    let (w, h) = (img.width(), img.height());
    let (nw, nh) = fit(w, h, long_edge);
    if (nw, nh) == (w, h) {
        return None;
    }
    // fast_image_resize (SIMD convolution, alpha-aware) is ~10x faster than image's resize on a
    // 12 MP photo; fall back to image's Lanczos3 if it refuses the pixel layout.
    let mut dst = DynamicImage::new(nw, nh, img.color());
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FirFilter::Lanczos3));
    match Resizer::new().resize(img, &mut dst, &options) {
        Ok(()) => Some(dst),
        Err(_) => Some(img.resize_exact(nw, nh, FilterType::Lanczos3)),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum OutFormat {
    Jpeg,
    Png,
}

/// Normalises to 8-bit and drops a fully opaque alpha channel.
fn normalise(img: DynamicImage, keep_alpha: bool) -> DynamicImage {
    let grey = !img.color().has_color();
    match (grey, keep_alpha) {
        (true, false) => DynamicImage::ImageLuma8(img.into_luma8()),
        (true, true) => DynamicImage::ImageLumaA8(img.into_luma_alpha8()),
        (false, false) => DynamicImage::ImageRgb8(img.into_rgb8()),
        (false, true) => DynamicImage::ImageRgba8(img.into_rgba8()),
    }
}

fn encode(img: &DynamicImage, format: OutFormat, quality: u8) -> Result<Vec<u8>, MediaError> {
    let mut out = Vec::new();
    let res = match format {
        OutFormat::Jpeg => {
            let enc = JpegEncoder::new_with_quality(&mut out, quality.clamp(1, 100));
            img.write_with_encoder(enc)
        }
        OutFormat::Png => {
            let enc = PngEncoder::new_with_quality(
                &mut out,
                CompressionType::Default,
                PngFilter::Adaptive,
            );
            img.write_with_encoder(enc)
        }
    };
    res.map_err(|e| MediaError::Encode {
        detail: e.to_string(),
    })?;
    Ok(out)
}

fn import_image(
    bytes: &[u8],
    format: ImageFormat,
    limits: &Limits,
) -> Result<ImportedAttachment, MediaError> {
    let (img, orientation) = decode_bounded(bytes, format, limits)?;
    let transparent = has_transparency(&img);
    let out_format = if transparent || (format != ImageFormat::Jpeg && few_colours(&img, 256)) {
        OutFormat::Png
    } else {
        OutFormat::Jpeg
    };
    let img = normalise(img, transparent);
    // Downscale first, then turn upright: the long-edge fit is the same either way and rotating
    // the small image is cheaper.
    let mut stored = resize_to_fit(&img, limits.max_long_edge).unwrap_or(img);
    stored.apply_orientation(orientation);
    let stored_bytes = encode(&stored, out_format, limits.jpeg_quality)?;
    let thumb = resize_to_fit(&stored, limits.thumb_long_edge);
    let thumb = thumb.as_ref().unwrap_or(&stored);
    let mime = match out_format {
        OutFormat::Jpeg => "image/jpeg",
        OutFormat::Png => "image/png",
    };
    let thumbnail = Thumbnail {
        mime,
        bytes: encode(thumb, out_format, limits.jpeg_quality)?,
        width: thumb.width(),
        height: thumb.height(),
    };
    Ok(ImportedAttachment {
        kind: AttachmentKind::Image,
        mime,
        sha256: sha256_hex(&stored_bytes),
        bytes: stored_bytes,
        width: Some(stored.width()),
        height: Some(stored.height()),
        thumbnail: Some(thumbnail),
        original_size: bytes.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_never_upscales_and_keeps_aspect() {
        assert_eq!(fit(4000, 3000, 2000), (2000, 1500));
        assert_eq!(fit(3000, 4000, 2000), (1500, 2000));
        assert_eq!(fit(800, 600, 2000), (800, 600));
        assert_eq!(fit(2000, 1500, 320), (320, 240));
        assert_eq!(fit(50_000, 1, 2000), (2000, 1));
    }

    #[test]
    fn jpeg_completeness_check() {
        assert!(check_jpeg_complete(&[0xFF, 0xD8]).is_err());
        assert!(
            check_jpeg_complete(&[0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 1, 2, 0xFF, 0xD9]).is_ok()
        );
        assert!(check_jpeg_complete(&[0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 1, 2]).is_err());
        assert!(check_jpeg_complete(&[0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF]).is_err());
    }
}
