//! Downscaling, thumbnails, output format choice and content hashing.

mod common;

use image::{DynamicImage, GenericImageView, Rgba, RgbaImage};
use mosaic_media::bench::plain_photo_jpeg;
use mosaic_media::{AttachmentKind, Limits, import_attachment};
use sha2::{Digest, Sha256};

#[test]
fn twelve_megapixel_photo_becomes_2000x1500_with_320x240_thumbnail() {
    let input = plain_photo_jpeg(4000, 3000, 42, 90);
    let out = import_attachment(&input, Some("IMG_2024.jpg"), &Limits::default()).expect("import");
    assert_eq!(out.kind, AttachmentKind::Image);
    assert_eq!(out.mime, "image/jpeg");
    assert_eq!((out.width, out.height), (Some(2000), Some(1500)));
    let stored = image::load_from_memory(&out.bytes).expect("decodes");
    assert_eq!(stored.dimensions(), (2000, 1500));
    let thumb = out.thumbnail.expect("thumbnail");
    assert_eq!((thumb.width, thumb.height), (320, 240));
    assert_eq!(thumb.mime, "image/jpeg");
    assert_eq!(
        image::load_from_memory(&thumb.bytes)
            .expect("thumb decodes")
            .dimensions(),
        (320, 240)
    );
    assert_eq!(out.sha256, hex::encode(Sha256::digest(&out.bytes)));
    assert_eq!(out.original_size, input.len() as u64);
    assert!(
        out.bytes.len() < input.len() / 2,
        "stored {} vs input {}",
        out.bytes.len(),
        input.len()
    );
}

#[test]
fn portrait_is_limited_on_its_long_edge() {
    let input = plain_photo_jpeg(1500, 2400, 5, 85);
    let out = import_attachment(&input, None, &Limits::default()).expect("import");
    assert_eq!((out.width, out.height), (Some(1250), Some(2000)));
    let t = out.thumbnail.expect("thumb");
    assert_eq!((t.width, t.height), (200, 320));
}

#[test]
fn small_images_are_never_upscaled() {
    let input = plain_photo_jpeg(800, 600, 9, 85);
    let out = import_attachment(&input, None, &Limits::default()).expect("import");
    assert_eq!((out.width, out.height), (Some(800), Some(600)));
    let tiny = plain_photo_jpeg(100, 50, 9, 85);
    let out = import_attachment(&tiny, None, &Limits::default()).expect("import");
    assert_eq!((out.width, out.height), (Some(100), Some(50)));
    let t = out.thumbnail.expect("thumb");
    assert_eq!((t.width, t.height), (100, 50));
}

#[test]
fn long_edge_is_configurable() {
    let input = plain_photo_jpeg(1200, 900, 9, 85);
    let limits = Limits {
        max_long_edge: 1024,
        thumb_long_edge: 160,
        ..Limits::default()
    };
    let out = import_attachment(&input, None, &limits).expect("import");
    assert_eq!((out.width, out.height), (Some(1024), Some(768)));
    let t = out.thumbnail.expect("thumb");
    assert_eq!((t.width, t.height), (160, 120));
}

#[test]
fn transparency_is_kept_as_png() {
    let img = RgbaImage::from_fn(300, 200, |x, _| {
        Rgba([200, 30, 30, if x < 150 { 0 } else { 255 }])
    });
    let png = common::encode_png(&DynamicImage::ImageRgba8(img));
    let out = import_attachment(&png, Some("logo.png"), &Limits::default()).expect("import");
    assert_eq!(out.mime, "image/png");
    let back = image::load_from_memory(&out.bytes)
        .expect("decodes")
        .to_rgba8();
    assert_eq!(back.get_pixel(10, 10).0[3], 0);
    assert_eq!(back.get_pixel(290, 10).0[3], 255);
    assert_eq!(out.thumbnail.expect("thumb").mime, "image/png");
}

#[test]
fn few_colour_scans_stay_png_and_photos_become_jpeg() {
    // A black-and-white "document" with an opaque alpha channel: PNG, alpha dropped.
    let doc = RgbaImage::from_fn(400, 300, |x, y| {
        let ink = (y / 10) % 3 == 0 && (x / 4) % 5 != 0;
        if ink {
            Rgba([0, 0, 0, 255])
        } else {
            Rgba([255, 255, 255, 255])
        }
    });
    let out = import_attachment(
        &common::encode_png(&DynamicImage::ImageRgba8(doc)),
        None,
        &Limits::default(),
    )
    .expect("import");
    assert_eq!(out.mime, "image/png");
    assert!(
        !image::load_from_memory(&out.bytes)
            .expect("decodes")
            .color()
            .has_alpha()
    );

    // A photo saved as PNG: re-encoded as JPEG.
    let photo = image::load_from_memory(&plain_photo_jpeg(400, 300, 3, 90)).expect("decodes");
    let out =
        import_attachment(&common::encode_png(&photo), None, &Limits::default()).expect("import");
    assert_eq!(out.mime, "image/jpeg");
}

#[test]
fn webp_input_is_imported() {
    let photo = image::load_from_memory(&plain_photo_jpeg(240, 180, 3, 90)).expect("decodes");
    let mut webp = Vec::new();
    photo
        .write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(&mut webp))
        .expect("webp");
    let out = import_attachment(&webp, Some("x.webp"), &Limits::default()).expect("import");
    assert_eq!((out.width, out.height), (Some(240), Some(180)));
}

#[test]
fn same_input_gives_same_hash() {
    let input = plain_photo_jpeg(640, 480, 1, 85);
    let a = import_attachment(&input, None, &Limits::default()).expect("a");
    let b = import_attachment(&input, Some("copy.jpg"), &Limits::default()).expect("b");
    assert_eq!(a.sha256, b.sha256);
    assert_eq!(a.sha256.len(), 64);
}
