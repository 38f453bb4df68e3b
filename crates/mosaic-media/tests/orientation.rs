//! All eight EXIF orientations come out upright with the right dimensions.

use image::{DynamicImage, ImageBuffer, Rgb, RgbImage, codecs::jpeg::JpegEncoder, imageops};
use mosaic_media::bench::{exif_app1_segment, insert_jpeg_segments};
use mosaic_media::{AttachmentKind, Limits, import_attachment};

const W: u32 = 96;
const H: u32 = 64;
const RED: Rgb<u8> = Rgb([255, 0, 0]);
const BLUE: Rgb<u8> = Rgb([0, 0, 255]);
const WHITE: Rgb<u8> = Rgb([255, 255, 255]);

/// The upright picture: red block top-left, blue block top-right, white elsewhere. All eight
/// flips/rotations of it are distinguishable.
fn upright() -> RgbImage {
    ImageBuffer::from_fn(W, H, |x, y| match (x, y) {
        (0..24, 0..24) => RED,
        (72..96, 0..24) => BLUE,
        _ => WHITE,
    })
}

fn transpose(img: &RgbImage) -> RgbImage {
    ImageBuffer::from_fn(img.height(), img.width(), |x, y| *img.get_pixel(y, x))
}

/// Stored pixels that a viewer honouring orientation `n` displays as `upright()`.
fn stored_for(n: u16) -> RgbImage {
    let u = upright();
    match n {
        1 => u,
        2 => imageops::flip_horizontal(&u),
        3 => imageops::rotate180(&u),
        4 => imageops::flip_vertical(&u),
        5 => transpose(&u),                       // transpose is its own inverse
        6 => imageops::rotate270(&u),             // shown rotated 90° clockwise
        7 => imageops::rotate180(&transpose(&u)), // transverse, its own inverse
        8 => imageops::rotate90(&u),              // shown rotated 270° clockwise
        _ => unreachable!(),
    }
}

fn jpeg_with_orientation(n: u16) -> Vec<u8> {
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 95)
        .encode_image(&DynamicImage::ImageRgb8(stored_for(n)))
        .expect("encode test image");
    insert_jpeg_segments(&jpeg, &[exif_app1_segment(Some(n), false)])
}

fn close(p: Rgb<u8>, want: Rgb<u8>) -> bool {
    p.0.iter().zip(want.0).all(|(a, b)| a.abs_diff(b) < 60)
}

#[test]
fn all_eight_exif_orientations_come_out_upright() {
    for n in 1..=8u16 {
        let input = jpeg_with_orientation(n);
        let stored = stored_for(n);
        if n >= 5 {
            assert_eq!(
                (stored.width(), stored.height()),
                (H, W),
                "input {n} is sideways"
            );
        }
        let out = import_attachment(&input, Some("IMG_0001.JPG"), &Limits::default())
            .unwrap_or_else(|e| panic!("orientation {n}: {e}"));
        assert_eq!(out.kind, AttachmentKind::Image);
        assert_eq!(out.mime, "image/jpeg");
        assert_eq!(
            (out.width, out.height),
            (Some(W), Some(H)),
            "orientation {n}: size"
        );
        let img = image::load_from_memory(&out.bytes)
            .expect("stored JPEG decodes")
            .to_rgb8();
        assert_eq!(img.dimensions(), (W, H));
        let at = |x, y| *img.get_pixel(x, y);
        assert!(
            close(at(12, 12), RED),
            "orientation {n}: top-left is {:?}",
            at(12, 12)
        );
        assert!(
            close(at(84, 12), BLUE),
            "orientation {n}: top-right is {:?}",
            at(84, 12)
        );
        assert!(
            close(at(12, 52), WHITE),
            "orientation {n}: bottom-left is {:?}",
            at(12, 52)
        );
        assert!(
            close(at(84, 52), WHITE),
            "orientation {n}: bottom-right is {:?}",
            at(84, 52)
        );
        // The thumbnail is upright too (the image is already small, so same size).
        let thumb = out.thumbnail.expect("images get a thumbnail");
        assert_eq!((thumb.width, thumb.height), (W, H));
        let t = image::load_from_memory(&thumb.bytes)
            .expect("thumbnail decodes")
            .to_rgb8();
        assert!(
            close(*t.get_pixel(12, 12), RED),
            "orientation {n}: thumbnail not upright"
        );
    }
}

#[test]
fn broken_exif_block_does_not_lose_the_photo() {
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&DynamicImage::ImageRgb8(upright()))
        .expect("encode");
    // An APP1 "Exif" segment whose TIFF header is garbage.
    let bad = [
        0xFF, 0xE1, 0x00, 0x0E, b'E', b'x', b'i', b'f', 0, 0, b'X', b'X', 1, 2, 3, 4,
    ];
    let input = insert_jpeg_segments(&jpeg, &[bad.to_vec()]);
    let out = import_attachment(&input, None, &Limits::default()).expect("imports");
    assert_eq!((out.width, out.height), (Some(W), Some(H)));
}
