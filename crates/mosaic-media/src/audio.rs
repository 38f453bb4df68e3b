//! Voice notes: a short recording the app made (WebM/Opus, Ogg, MP4/AAC) or a sound file
//! she picked (WAV, MP3). Sniffed from the content, bounded in size, kept as recorded.
//!
//! Audio is not re-encoded (no codec here), so what can carry a place is removed in place:
//! an MP3's ID3 tags are dropped, and an MP4's `©xyz` location atom is blanked. Recordings
//! made in the app carry neither.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::MediaError;

/// Largest voice note kept, in bytes: several minutes of speech as phones record it, and
/// small enough to go through the relay in one encrypted upload.
pub const MAX_VOICE_NOTE_BYTES: u64 = 3 * 1024 * 1024;

/// A voice note in its stored form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportedAudio {
    /// `audio/webm`, `audio/ogg`, `audio/mp4`, `audio/wav` or `audio/mpeg`.
    pub mime: &'static str,
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// Lower-case hex SHA-256 of `bytes`.
    pub sha256: String,
}

/// Checks and cleans a voice note. Anything that is not a sound recording is refused with
/// what it looks like; so is a file over [`MAX_VOICE_NOTE_BYTES`].
pub fn import_voice_note(bytes: &[u8]) -> Result<ImportedAudio, MediaError> {
    if bytes.is_empty() {
        return Err(MediaError::EmptyFile);
    }
    let size = bytes.len() as u64;
    if size > MAX_VOICE_NOTE_BYTES {
        return Err(MediaError::TooLarge {
            size,
            max: MAX_VOICE_NOTE_BYTES,
        });
    }
    let mime = sniff_audio(bytes).ok_or_else(|| MediaError::NotAudio {
        found: crate::sniff::sniff(bytes).describe(),
    })?;
    let cleaned = match mime {
        "audio/mpeg" => strip_id3(bytes)?,
        "audio/mp4" => blank_mp4_location(bytes),
        _ => bytes.to_vec(),
    };
    Ok(ImportedAudio {
        mime,
        sha256: hex::encode(Sha256::digest(&cleaned)),
        bytes: cleaned,
    })
}

/// The audio type the bytes start with, if any.
fn sniff_audio(b: &[u8]) -> Option<&'static str> {
    if b.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        // EBML: Matroska or WebM; MediaRecorder writes WebM.
        return Some("audio/webm");
    }
    if b.starts_with(b"OggS") {
        return Some("audio/ogg");
    }
    if b.len() >= 12 && &b[0..4] == b"RIFF" && &b[8..12] == b"WAVE" {
        return Some("audio/wav");
    }
    if b.len() >= 12 && &b[4..8] == b"ftyp" {
        const AUDIO_BRANDS: [&[u8; 4]; 8] = [
            b"M4A ", b"M4B ", b"mp42", b"mp41", b"isom", b"iso5", b"iso6", b"dash",
        ];
        return AUDIO_BRANDS
            .iter()
            .any(|brand| &b[8..12] == *brand)
            .then_some("audio/mp4");
    }
    if b.starts_with(b"ID3") || (b.len() >= 2 && b[0] == 0xFF && b[1] & 0xE0 == 0xE0) {
        return Some("audio/mpeg");
    }
    None
}

/// An MP3 without its ID3v2 header tag and ID3v1 trailer.
fn strip_id3(b: &[u8]) -> Result<Vec<u8>, MediaError> {
    let mut body = b;
    if body.starts_with(b"ID3") {
        if body.len() < 10 {
            return Err(MediaError::Corrupt {
                detail: "the MP3's tag header is cut short".into(),
            });
        }
        // A "synchsafe" size: four 7-bit bytes; plus 10 for the header, 10 more with a footer.
        let size = body[6..10]
            .iter()
            .fold(0usize, |n, &byte| (n << 7) | usize::from(byte & 0x7F));
        let footer = if body[5] & 0x10 != 0 { 10 } else { 0 };
        let skip = 10 + size + footer;
        if skip >= body.len() {
            return Err(MediaError::Corrupt {
                detail: "the MP3 holds a tag and no sound".into(),
            });
        }
        body = &body[skip..];
    }
    if body.len() >= 128 && &body[body.len() - 128..body.len() - 125] == b"TAG" {
        body = &body[..body.len() - 128];
    }
    Ok(body.to_vec())
}

/// An MP4 with the payload of every `©xyz` (ISO 6709 location) atom overwritten, so the
/// file keeps its structure and loses the place.
fn blank_mp4_location(b: &[u8]) -> Vec<u8> {
    const LOCATION: [u8; 4] = [0xA9, b'x', b'y', b'z'];
    let mut out = b.to_vec();
    let mut i = 4;
    while i + 4 <= out.len() {
        if out[i..i + 4] == LOCATION {
            let size = u32::from_be_bytes([out[i - 4], out[i - 3], out[i - 2], out[i - 1]]);
            let end = (i - 4).saturating_add(size as usize).min(out.len());
            for byte in out.iter_mut().take(end).skip(i + 4) {
                *byte = 0;
            }
            i = end.max(i + 4);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_webm_recording_is_kept_as_it_is() {
        let webm = [
            &[0x1A, 0x45, 0xDF, 0xA3][..],
            b"\x9f\x42\x86\x81\x01webm",
            &[7; 100],
        ]
        .concat();
        let a = import_voice_note(&webm).unwrap();
        assert_eq!(a.mime, "audio/webm");
        assert_eq!(a.bytes, webm);
    }

    #[test]
    fn an_mp3_loses_its_tags() {
        let frames = [&[0xFF, 0xFB, 0x90, 0x64][..], &[1; 400]].concat();
        let mut v2 = b"ID3\x04\x00\x00\x00\x00\x00\x05".to_vec();
        v2.extend_from_slice(b"GPSxy");
        let mut v1 = b"TAG".to_vec();
        v1.resize(128, b'x');
        let mp3 = [v2, frames.clone(), v1].concat();
        let a = import_voice_note(&mp3).unwrap();
        assert_eq!(a.mime, "audio/mpeg");
        assert_eq!(a.bytes, frames);
    }

    #[test]
    fn an_mp4_location_atom_is_blanked() {
        let mut m4a = b"\0\0\0\x14ftypM4A \0\0\0\0M4A ".to_vec();
        m4a.extend_from_slice(b"\0\0\0\x1c\xa9xyz\0\x10\x15\xc7+35.8989+014.5146/");
        m4a.extend_from_slice(&[3; 50]);
        let a = import_voice_note(&m4a).unwrap();
        assert_eq!(a.mime, "audio/mp4");
        assert_eq!(a.bytes.len(), m4a.len());
        assert!(!String::from_utf8_lossy(&a.bytes).contains("35.89"));
    }

    #[test]
    fn a_photo_or_text_is_not_a_voice_note() {
        let err = import_voice_note(b"\x89PNG\r\n\x1a\n0000").unwrap_err();
        assert!(err.to_string().contains("a PNG image"), "{err}");
        assert!(import_voice_note(b"hello").is_err());
        assert_eq!(import_voice_note(b"").unwrap_err(), MediaError::EmptyFile);
    }

    #[test]
    fn a_recording_over_the_limit_is_refused_before_reading_it() {
        let mut big = b"OggS".to_vec();
        big.resize(MAX_VOICE_NOTE_BYTES as usize + 1, 0);
        assert!(matches!(
            import_voice_note(&big),
            Err(MediaError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_truncated_or_tag_only_mp3_is_refused() {
        assert!(import_voice_note(b"ID3\x04").is_err());
        assert!(import_voice_note(b"ID3\x04\x00\x00\x00\x00\x7f\x7f").is_err());
    }
}
