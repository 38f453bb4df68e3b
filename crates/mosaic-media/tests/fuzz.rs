//! Property tests: arbitrary and mutated inputs never panic.

mod common;

use mosaic_media::bench::plain_photo_jpeg;
use mosaic_media::{Limits, import_attachment, read_baked_badge};
use proptest::prelude::*;

fn small_limits() -> Limits {
    Limits {
        max_pixels: 4_000_000,
        ..Limits::default()
    }
}

fn seeds() -> Vec<Vec<u8>> {
    let jpeg = plain_photo_jpeg(48, 32, 1, 80);
    let with_exif = mosaic_media::bench::synthetic_photo_jpeg(40, 30, 2);
    let png = common::encode_png(&image::load_from_memory(&jpeg).expect("decodes"));
    let badge = mosaic_media::testkit::bake_png("openbadges", "{\"badge\":{\"name\":\"x\"}}");
    vec![jpeg, with_exif, png, badge]
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Overwrite(usize, u32),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..16)
        )
            .prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), any::<u32>()).prop_map(|(i, v)| Mutation::Overwrite(i, v)),
    ]
}

fn apply(mut b: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        if b.is_empty() {
            break;
        }
        let len = b.len();
        match m {
            Mutation::Flip(i, x) => b[i % len] ^= x | 1,
            Mutation::Truncate(i) => b.truncate(i % len),
            Mutation::Insert(i, v) => {
                let at = i % len;
                b.splice(at..at, v.iter().copied());
            }
            Mutation::Overwrite(i, v) => {
                let at = i % len;
                for (k, byte) in v.to_be_bytes().iter().enumerate() {
                    if let Some(slot) = b.get_mut(at + k) {
                        *slot = *byte;
                    }
                }
            }
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048), name in "[a-z]{1,8}\\.(jpg|png|pdf|heic|txt)") {
        let _ = import_attachment(&bytes, Some(&name), &small_limits());
        let _ = read_baked_badge(&bytes);
    }

    #[test]
    fn random_bytes_with_real_magic_never_panic(
        magic in prop_oneof![
            Just(b"\xFF\xD8\xFF".to_vec()),
            Just(b"\x89PNG\r\n\x1a\n".to_vec()),
            Just(b"RIFF\0\0\0\0WEBPVP8 ".to_vec()),
            Just(b"%PDF-".to_vec()),
        ],
        tail in proptest::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut bytes = magic;
        bytes.extend(tail);
        let _ = import_attachment(&bytes, None, &small_limits());
        let _ = read_baked_badge(&bytes);
    }

    #[test]
    fn mutated_valid_files_never_panic(which in 0usize..4, muts in proptest::collection::vec(mutation(), 1..6)) {
        let seeds = seeds();
        let input = apply(seeds[which].clone(), &muts);
        match import_attachment(&input, None, &small_limits()) {
            Ok(a) => {
                prop_assert!(!a.bytes.is_empty());
                prop_assert_eq!(a.sha256.len(), 64);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        let _ = read_baked_badge(&input);
    }
}
