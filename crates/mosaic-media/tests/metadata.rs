//! After import no EXIF, GPS, XMP or text metadata remains, checked by independent parsers.

use std::io::Cursor;
use std::process::Command;

use mosaic_media::bench::synthetic_photo_jpeg;
use mosaic_media::{Limits, import_attachment};

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn exif_fields(bytes: &[u8]) -> Result<Vec<String>, exif::Error> {
    let exif = exif::Reader::new().read_from_container(&mut Cursor::new(bytes))?;
    Ok(exif.fields().map(|f| f.tag.to_string()).collect())
}

/// Metadata tags exiftool reports, minus file-system and pure image-structure groups.
fn exiftool_metadata(bytes: &[u8]) -> Option<Vec<String>> {
    if Command::new("exiftool").arg("-ver").output().is_err() {
        eprintln!("NOTE: exiftool not installed; skipping the exiftool check");
        return None;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("out.img");
    std::fs::write(&path, bytes).expect("write");
    let out = Command::new("exiftool")
        .args(["-j", "-a", "-G1", "-u"])
        .arg(&path)
        .output()
        .expect("run exiftool");
    assert!(
        out.status.success(),
        "exiftool failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("exiftool JSON");
    let obj = v[0].as_object().expect("one file").clone();
    Some(
        obj.keys()
            .filter(|k| {
                let group = k.split(':').next().unwrap_or("");
                !matches!(
                    group,
                    "SourceFile" | "ExifTool" | "System" | "File" | "JFIF" | "Composite" | "PNG"
                ) && *k != "SourceFile"
            })
            .cloned()
            .collect(),
    )
}

#[test]
fn gps_exif_and_xmp_are_gone_after_import() {
    let input = synthetic_photo_jpeg(640, 480, 7);
    // Sanity: the input really carries what we claim to strip.
    let before = exif_fields(&input).expect("input has EXIF");
    assert!(
        before.iter().any(|t| t == "GPSLatitude"),
        "input tags: {before:?}"
    );
    assert!(before.iter().any(|t| t == "Orientation"));
    assert!(contains(&input, b"http://ns.adobe.com/xap"));
    if let Some(tags) = exiftool_metadata(&input) {
        assert!(
            tags.iter().any(|t| t.contains("GPSLatitude")),
            "exiftool on input: {tags:?}"
        );
        assert!(
            tags.iter().any(|t| t.starts_with("XMP")),
            "exiftool on input: {tags:?}"
        );
    }

    let out = import_attachment(&input, Some("photo.jpg"), &Limits::default()).expect("import");
    // Orientation 6 was applied: 640x480 stored sideways is 480x640 upright.
    assert_eq!((out.width, out.height), (Some(480), Some(640)));
    let thumb = out.thumbnail.clone().expect("thumbnail");
    for (what, bytes) in [("stored", &out.bytes), ("thumbnail", &thumb.bytes)] {
        match exif_fields(bytes) {
            Err(exif::Error::NotFound(_)) => {}
            other => panic!("{what}: kamadak-exif still finds EXIF: {other:?}"),
        }
        for needle in [
            &b"Exif"[..],
            b"GPS",
            b"http://ns.adobe.com/xap",
            b"MosaicTestCam",
            b"ICC_PROFILE",
        ] {
            assert!(
                !contains(bytes, needle),
                "{what} still contains {:?}",
                String::from_utf8_lossy(needle)
            );
        }
        if let Some(tags) = exiftool_metadata(bytes) {
            assert!(
                tags.is_empty(),
                "{what}: exiftool still reports metadata: {tags:?}"
            );
        }
    }
}

#[test]
fn png_text_chunks_and_exif_are_gone_after_import() {
    // A PNG photo with tEXt, iTXt (XMP) and eXIf chunks.
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 64, 64);
        enc.set_color(png::ColorType::Rgb);
        enc.add_text_chunk("Comment".into(), "GPS 35.9N 14.5E home".into())
            .expect("tEXt");
        enc.add_itxt_chunk(
            "XML:com.adobe.xmp".into(),
            "<x:xmpmeta xmlns:x='adobe:ns:meta/' about='http://ns.adobe.com/xap/1.0/'/>".into(),
        )
        .expect("iTXt");
        let mut w = enc.write_header().expect("header");
        let exif_tiff = &mosaic_media::bench::exif_app1_segment(Some(1), true)[10..];
        w.write_chunk(png::chunk::ChunkType(*b"eXIf"), exif_tiff)
            .expect("eXIf");
        let pixels: Vec<u8> = (0..64 * 64 * 3).map(|i| (i * 7 % 251) as u8).collect();
        w.write_image_data(&pixels).expect("data");
    }
    assert!(exif_fields(&png).is_ok(), "input PNG has EXIF");
    let out = import_attachment(&png, Some("scan.png"), &Limits::default()).expect("import");
    for needle in [
        &b"tEXt"[..],
        b"iTXt",
        b"zTXt",
        b"eXIf",
        b"GPS",
        b"adobe",
        b"iCCP",
    ] {
        assert!(
            !contains(&out.bytes, needle),
            "still contains {}",
            String::from_utf8_lossy(needle)
        );
    }
    assert!(exif_fields(&out.bytes).is_err());
    if let Some(tags) = exiftool_metadata(&out.bytes) {
        assert!(tags.is_empty(), "exiftool still reports metadata: {tags:?}");
    }
}
