//! "Only me" never leaves the device (issue 11, finding 8, in part): a mentor and even the
//! owner's other device never receive a story kept on this phone, nor its photo; the relay
//! never sees it either, encrypted or not.

use mosaic_core::{Mosaic, Section};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

#[test]
fn a_private_story_reaches_no_mentor_and_no_other_device() -> R {
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
    let secret = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "What happened at the border", "body": "PRIVATE-BODY", "visibility": "private"}),
    )?;
    let photo = mosaic_media::bench::synthetic_photo_jpeg(320, 240, 9);
    let a = phone.attach_photo(id, Section::Stories, secret, &photo, Some("border.jpg"))?;
    phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "My first Maltese lesson", "visibility": "mentors"}),
    )?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;

    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut tablet, &mut lt),
        ShareRole::Device,
    )?;
    share_and_join(
        (&mut phone, &mut lp),
        URL,
        id,
        (&mut mentor, &mut lm),
        ShareRole::Mentor,
    )?;
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut mentor, &mut lm, URL, id, p())?;

    let titles = |m: &mut Mosaic| -> Result<Vec<String>, mosaic_core::Error> {
        Ok(m.portfolio(id)?
            .stories
            .into_iter()
            .map(|s| s.title)
            .collect())
    };
    assert_eq!(titles(&mut phone)?.len(), 2);
    assert_eq!(titles(&mut tablet)?, ["My first Maltese lesson"]);
    assert_eq!(titles(&mut mentor)?, ["My first Maltese lesson"]);
    assert!(
        tablet.attachment(&a.sha256).is_err(),
        "the photo stays on the phone"
    );
    assert!(mentor.attachment(&a.sha256).is_err());
    // No stored payload is big enough to hold the photo: it was never uploaded.
    let largest = relay.stored_bytes().iter().map(Vec::len).max().unwrap_or(0);
    assert!(
        largest < a.size as usize,
        "{largest} bytes stored, photo {} bytes",
        a.size
    );
    Ok(())
}
