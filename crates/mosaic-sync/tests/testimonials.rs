//! A consent to publish a story as a testimonial (issue 16, item 5) holds the key that signs
//! its withdrawal and names the organisation: it stays on the phone that published it. Her
//! tablet and her mentor never receive it, and the relay never holds it, so nobody but her
//! can sign a withdrawal (or a forged file) under that testimonial's key.

use mosaic_core::{Mosaic, Section};
use mosaic_sync::sim::{SimLink, SimRelay, share_and_join};
use mosaic_sync::{RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

#[test]
fn a_consent_and_its_key_reach_no_mentor_and_no_other_device() -> R {
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
    let story = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "My first Maltese lesson", "body": "Bonġu!", "visibility": "mentors"}),
    )?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    for (device, link, role) in [
        (&mut tablet, &mut lt, ShareRole::Device),
        (&mut mentor, &mut lm, ShareRole::Mentor),
    ] {
        share_and_join((&mut phone, &mut lp), URL, id, (device, link), role)?;
    }
    let (consent, file) = phone.publish_testimonial(id, story, "Migrant Hub", None, None)?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    for (device, link) in [(&mut tablet, &mut lt), (&mut mentor, &mut lm)] {
        mosaic_sync::sync_with(device, link, URL, id, p())?;
        assert_eq!(device.portfolio(id)?.stories.len(), 1, "the story did sync");
        assert!(device.consents(id)?.is_empty());
        assert!(device.withdraw_testimonial(id, consent.id).is_err());
    }
    // The phone still withdraws, and its notice verifies against the published file.
    let notice = phone.withdraw_testimonial(id, consent.id)?;
    mosaic_core::testimonial::verify_withdrawal(&notice, &file)?;
    assert!(!phone.consents(id)?[0].is_active());
    Ok(())
}
