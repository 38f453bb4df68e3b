//! Reflections with voice notes through sync (issue 16, item 2): a shared reflection and
//! its recording reach her tablet and her mentor, byte for byte; a private one, recording
//! included, reaches neither, and the relay never holds it.

use mosaic_core::{Mosaic, Reflection, Section};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

/// A WebM header as MediaRecorder writes it, then varied bytes (so it does not compress).
fn recording(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    let mut v = vec![0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01];
    v.extend((0..len).map(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as u8
    }));
    v
}

#[test]
fn a_shared_voice_note_reaches_her_tablet_and_mentor_and_a_private_one_stays() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    let mut phone = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let mut mentor = Mosaic::open_in_memory()?;
    let (mut lp, mut lt, mut lm) = (
        SimLink::new(&relay, 1),
        SimLink::new(&relay, 2),
        SimLink::new(&relay, 3),
    );
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let activity = phone.add_json(
        id,
        Section::Activities,
        serde_json::json!({"kind": "language_exchange", "date": "2026-11-27", "attended": true}),
    )?;
    let shared = phone.add_json(
        id,
        Section::Reflections,
        serde_json::json!({"activity": activity, "learned": "How to order at the market",
            "new_words": ["ħobż"], "visibility": "mentors"}),
    )?;
    let private = phone.add_json(
        id,
        Section::Reflections,
        serde_json::json!({"activity": activity, "did": "PRIVATE-WORDS"}),
    )?;
    let spoken = recording(7, 60_000);
    let voice = phone.attach_voice_note(id, shared, &spoken)?;
    let kept = phone.attach_voice_note(id, private, &recording(9, 80_000))?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;

    for (device, link, role) in [
        (&mut tablet, &mut lt, ShareRole::Device),
        (&mut mentor, &mut lm, ShareRole::Mentor),
    ] {
        share_and_join((&mut phone, &mut lp), URL, id, (device, link), role)?;
        mosaic_sync::sync_with(device, link, URL, id, p())?;
        let got: Vec<Reflection> = device.portfolio(id)?.reflections;
        assert_eq!(got.len(), 1, "only the shared reflection");
        assert_eq!(got[0].id, shared);
        assert_eq!(got[0].new_words, ["ħobż"]);
        assert_eq!(got[0].voice.as_ref(), Some(&voice));
        assert_eq!(device.attachment(&voice.sha256)?.bytes, spoken);
        assert_eq!(device.attachment(&voice.sha256)?.mime, "audio/webm");
        assert!(device.attachment(&kept.sha256).is_err());
    }
    assert_eq!(phone.portfolio(id)?.reflections.len(), 2);
    // Nothing stored is as large as the private recording: it was never uploaded.
    let largest = relay.stored_bytes().iter().map(Vec::len).max().unwrap_or(0);
    assert!(largest < 80_000, "{largest} bytes stored");
    Ok(())
}
