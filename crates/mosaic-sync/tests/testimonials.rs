//! A consent to publish a story as a testimonial (issue 16, item 5) lives in the portfolio:
//! made on her phone, it reaches her tablet, which can withdraw it with the same key.

use mosaic_core::testimonial::verify_withdrawal;
use mosaic_core::{Mosaic, Section};
use mosaic_sync::sim::{SimLink, SimRelay};
use mosaic_sync::{RetryPolicy, ShareRole};

type R = Result<(), Box<dyn std::error::Error>>;
const URL: &str = "sim://relay";

#[test]
fn a_consent_made_on_the_phone_is_withdrawn_from_the_tablet() -> R {
    let relay = SimRelay::new();
    let p = RetryPolicy::default;
    let mut phone = Mosaic::open_in_memory()?;
    let mut tablet = Mosaic::open_in_memory()?;
    let (mut lp, mut lt) = (SimLink::new(&relay, 1), SimLink::new(&relay, 2));
    let id = phone.create_portfolio(mosaic_core::sample::profile())?;
    let story = phone.add_json(
        id,
        Section::Stories,
        serde_json::json!({"title": "My first Maltese lesson", "body": "Bonġu!", "visibility": "mentors"}),
    )?;
    let (consent, file) = phone.publish_testimonial(id, story, "Migrant Hub", None, None)?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    let code = mosaic_sync::device_code(&mut tablet)?;
    let share =
        mosaic_sync::share_code_with(&mut phone, &mut lp, URL, id, &code, ShareRole::Device)?;
    mosaic_sync::join_with(&mut tablet, &mut lt, &share)?;
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    assert_eq!(tablet.consents(id)?, vec![consent.clone()]);

    let notice = tablet.withdraw_testimonial(id, consent.id)?;
    verify_withdrawal(&notice, &file)?;
    mosaic_sync::sync_with(&mut tablet, &mut lt, URL, id, p())?;
    mosaic_sync::sync_with(&mut phone, &mut lp, URL, id, p())?;
    assert_eq!(phone.consents(id)?, tablet.consents(id)?);
    assert!(!phone.consents(id)?[0].is_active());
    // The phone gives the very notice the tablet made.
    assert_eq!(phone.withdraw_testimonial(id, consent.id)?, notice);
    Ok(())
}
