//! The bad-input corpus: each gives its specific, plain error and never panics.

mod common;

use common::{jpeg_bomb_header, minimal_pdf, png_bomb_header};
use mosaic_media::bench::plain_photo_jpeg;
use mosaic_media::{AttachmentKind, Limits, MediaError, import_attachment};
use sha2::{Digest, Sha256};

fn import(
    bytes: &[u8],
    name: Option<&str>,
) -> Result<mosaic_media::ImportedAttachment, MediaError> {
    import_attachment(bytes, name, &Limits::default())
}

#[test]
fn empty_file() {
    assert_eq!(
        import(&[], Some("a.jpg")).expect_err("must be refused"),
        MediaError::EmptyFile
    );
}

#[test]
fn truncated_jpeg_is_corrupt() {
    let jpeg = plain_photo_jpeg(320, 240, 3, 85);
    for cut in [jpeg.len() / 2, jpeg.len() - 2, 200, 3] {
        let err = import(&jpeg[..cut], Some("photo.jpg")).expect_err("must be refused");
        assert!(
            matches!(err, MediaError::Corrupt { .. }),
            "cut at {cut}: {err:?}"
        );
        assert!(err.to_string().contains("damaged or incomplete"), "{err}");
    }
}

#[test]
fn truncated_png_is_corrupt() {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(300, 200, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, ((x * y) % 256) as u8])
    }));
    let png = common::encode_png(&img);
    let err = import(&png[..png.len() / 2], Some("scan.png")).expect_err("must be refused");
    assert!(matches!(err, MediaError::Corrupt { .. }), "{err:?}");
}

#[test]
fn png_header_claiming_60000_by_60000_is_refused_before_decoding() {
    let err =
        import(&png_bomb_header(60_000, 60_000), Some("bomb.png")).expect_err("must be refused");
    assert_eq!(
        err,
        MediaError::TooManyPixels {
            width: 60_000,
            height: 60_000,
            max: 50_000_000
        }
    );
    assert!(err.to_string().contains("60000 x 60000"));
}

#[test]
fn jpeg_header_claiming_huge_size_is_refused() {
    let err =
        import(&jpeg_bomb_header(60_000, 60_000), Some("bomb.jpg")).expect_err("must be refused");
    assert!(
        matches!(
            err,
            MediaError::TooManyPixels {
                width: 60_000,
                height: 60_000,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn pixel_limit_is_configurable() {
    let jpeg = plain_photo_jpeg(400, 300, 1, 80);
    let limits = Limits {
        max_pixels: 100_000,
        ..Limits::default()
    };
    let err = import_attachment(&jpeg, None, &limits).expect_err("must be refused");
    assert_eq!(
        err,
        MediaError::TooManyPixels {
            width: 400,
            height: 300,
            max: 100_000
        }
    );
}

#[test]
fn pdf_named_jpg_is_a_type_mismatch() {
    let err = import(&minimal_pdf(), Some("certificate.jpg")).expect_err("must be refused");
    assert!(matches!(err, MediaError::TypeMismatch { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(
        msg.contains("type mismatch") && msg.contains("JPEG") && msg.contains("PDF"),
        "{msg}"
    );
}

#[test]
fn jpeg_named_pdf_is_a_type_mismatch() {
    let err =
        import(&plain_photo_jpeg(16, 16, 1, 80), Some("scan.PDF")).expect_err("must be refused");
    assert!(matches!(err, MediaError::TypeMismatch { .. }), "{err:?}");
}

#[test]
fn png_named_jpg_is_accepted_because_content_wins() {
    let png = common::encode_png(&image::DynamicImage::new_rgb8(10, 10));
    let out = import(&png, Some("photo.jpg")).expect("content decides");
    assert_eq!(out.kind, AttachmentKind::Image);
}

#[test]
fn zip_named_png_is_unsupported_and_says_zip() {
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00rest-of-a-zip-file".to_vec();
    let err = import(&zip, Some("diploma.png")).expect_err("must be refused");
    match &err {
        MediaError::UnsupportedType { found } => assert!(found.contains("ZIP"), "{found}"),
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("unsupported file type: a ZIP archive")
    );
}

#[test]
fn heic_and_avif_get_the_heic_message() {
    for brand in [&b"heic"[..], b"heix", b"mif1", b"avif"] {
        let mut f = vec![0, 0, 0, 0x18];
        f.extend(b"ftyp");
        f.extend(brand);
        f.extend([0, 0, 0, 0]);
        f.extend(b"mif1heic");
        f.extend([0u8; 64]);
        let err = import(&f, Some("IMG_1234.HEIC")).expect_err("must be refused");
        assert!(matches!(err, MediaError::Heic { .. }), "{err:?}");
        assert!(
            err.to_string()
                .contains("HEIC photos are not supported yet; share it as JPEG"),
            "{err}"
        );
    }
    // An MP4 video is not HEIC.
    let mut mp4 = vec![0, 0, 0, 0x14];
    mp4.extend(b"ftypisom\0\0\0\0isom");
    mp4.extend([0u8; 32]);
    assert!(matches!(
        import(&mp4, None).expect_err("must be refused"),
        MediaError::UnsupportedType { .. }
    ));
}

#[test]
fn random_bytes_are_unsupported() {
    let mut x = 0x1234_5678_9abc_def0u64;
    let bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let err = import(&bytes, Some("x.jpg")).expect_err("must be refused");
    assert!(matches!(err, MediaError::UnsupportedType { .. }), "{err:?}");
}

#[test]
fn oversized_files_are_refused_before_anything_else() {
    let limits = Limits {
        max_file_bytes: 1000,
        ..Limits::default()
    };
    let jpeg = plain_photo_jpeg(200, 200, 1, 90);
    assert!(jpeg.len() > 1000);
    let err = import_attachment(&jpeg, None, &limits).expect_err("must be refused");
    assert_eq!(
        err,
        MediaError::TooLarge {
            size: jpeg.len() as u64,
            max: 1000
        }
    );
    // Default limit: 25 MiB.
    let big = vec![0u8; 25 * 1024 * 1024 + 1];
    assert!(matches!(
        import(&big, None).expect_err("must be refused"),
        MediaError::TooLarge {
            max: 26_214_400,
            ..
        }
    ));
}

#[test]
fn pdf_is_kept_byte_for_byte() {
    let pdf = minimal_pdf();
    let out = import(&pdf, Some("diploma.pdf")).expect("pdf");
    assert_eq!(out.kind, AttachmentKind::Pdf);
    assert_eq!(out.mime, "application/pdf");
    assert_eq!(out.bytes, pdf);
    assert_eq!(out.sha256, hex::encode(Sha256::digest(&pdf)));
    assert_eq!(out.original_size, pdf.len() as u64);
    assert!(out.thumbnail.is_none() && out.width.is_none());
}

#[test]
fn truncated_pdf_is_corrupt() {
    let pdf = minimal_pdf();
    let err = import(&pdf[..pdf.len() - 8], Some("diploma.pdf")).expect_err("must be refused");
    assert!(matches!(err, MediaError::Corrupt { .. }), "{err:?}");
}

#[test]
fn other_formats_are_named() {
    for (bytes, word) in [
        (&b"GIF89a\x01\x00\x01\x00"[..], "GIF"),
        (b"II*\0\x08\0\0\0", "TIFF"),
        (b"<?xml version=\"1.0\"?><svg/>", "SVG"),
        (b"hello, this is a text file", "text"),
    ] {
        match import(bytes, None).expect_err("must be refused") {
            MediaError::UnsupportedType { found } => assert!(found.contains(word), "{found}"),
            other => panic!("{word}: {other:?}"),
        }
    }
}
