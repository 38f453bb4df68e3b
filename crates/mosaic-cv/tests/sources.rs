#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What an employer reads about where each claim comes from: an owner-set "confirmed" never
//! reads as a confirmation; a signed one names its signer and key; language levels say who
//! judged them.

mod common;

use common::{options, render, squash};
use mosaic_core::Mosaic;
use mosaic_cv::Template;

/// An export as older versions wrote it, with the owner's own "confirmations".
fn old_export(pid: uuid::Uuid) -> serde_json::Value {
    serde_json::json!({
        "format": "mosaic-portfolio", "version": 1, "exported_at": "2026-01-03T00:00:00Z",
        "portfolio": {
            "id": pid,
            "profile": {"name_latin": "Amina Haddad"},
            "activities": [{
                "id": uuid::Uuid::now_v7(), "kind": "workshop", "title": "CV workshop",
                "date": "2026-01-02", "attended": true,
                "confirmed": {"by": "Rita Borg", "role": "mentor", "on": "2026-01-02"}
            }],
            "certificates": [{
                "id": uuid::Uuid::now_v7(), "title": "Food hygiene", "kind": "vocational",
                "issuer": "Malta Health", "issued_on": "2025-06-01",
                "verification": {"state": "mentor_confirmed",
                    "confirmation": {"by": "Rita Borg", "role": "mentor", "on": "2026-01-02"}}
            }]
        }
    })
}

#[test]
fn an_owner_set_confirmation_never_reads_as_confirmed_on_the_cv() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m
        .import_json(old_export(uuid::Uuid::now_v7()).to_string().as_bytes())
        .unwrap();
    let p = m.portfolio(id).unwrap();
    for template in [Template::Europass, Template::Compact] {
        let text = squash(&render(&p, None, &options("en", template, &[])).text());
        assert!(text.contains("Food hygiene"), "{text}");
        assert!(!text.contains("Confirmed by"), "{template}: {text}");
    }
}

/// A certificate titled `title` in portfolio `id`, confirmed ("certificate seen") by a
/// mentor's new key; returns its id and that key's fingerprint.
fn mentor_confirmed_certificate(
    m: &mut Mosaic,
    id: uuid::Uuid,
    title: &str,
) -> (uuid::Uuid, String) {
    let cert = m
        .add_json(
            id,
            mosaic_core::Section::Certificates,
            serde_json::json!({"title": title, "kind": "vocational", "issuer": "Malta Health"}),
        )
        .unwrap();
    let entry: mosaic_core::Certificate = m.get(id, cert).unwrap();
    let key = mosaic_attest::keys::generate().unwrap();
    let claim = mosaic_attest::endorse::Claim::of(
        id,
        cert,
        &entry,
        mosaic_attest::endorse::Kind::CertificateSeen,
        "Rita Borg",
        mosaic_attest::endorse::Role::Mentor,
        1_770_000_000,
    )
    .unwrap();
    let statement = mosaic_attest::endorse::sign(&key, &claim);
    m.edit_json(
        id,
        mosaic_core::Section::Certificates,
        cert,
        serde_json::json!({"endorsements": [statement]}),
    )
    .unwrap();
    (
        cert,
        mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes()),
    )
}

#[test]
fn a_signed_confirmation_names_its_signer_and_key_until_the_entry_changes() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let (cert, fp) = mentor_confirmed_certificate(&mut m, id, "Food hygiene");
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(
        text.contains(&format!("Confirmed by Rita Borg (mentor, key {fp})")),
        "{text}"
    );
    // Edited afterwards: the CV no longer claims the confirmation.
    m.edit_json(
        id,
        mosaic_core::Section::Certificates,
        cert,
        serde_json::json!({"level": "EQF 5"}),
    )
    .unwrap();
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(!text.contains("Confirmed by"), "{text}");
}

#[test]
fn a_programme_confirmed_by_its_teacher_says_so_on_the_cv() {
    // Only a programme whose requirements are met is on the CV; its signed confirmation is
    // printed with the signer and key, like a certificate's.
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let prog = m
        .add_json(
            id,
            mosaic_core::Section::Programmes,
            serde_json::json!({"title": "Orientation Stage 1", "provider": "Council",
                "modules": [{"name": "Rights", "status": "completed", "hours": 10}]}),
        )
        .unwrap();
    let entry: mosaic_core::Programme = m.get(id, prog).unwrap();
    let key = mosaic_attest::keys::generate().unwrap();
    let claim = mosaic_attest::endorse::Claim::of(
        id,
        prog,
        &entry,
        mosaic_attest::endorse::Kind::ProgrammeResult,
        "Joseph Vella",
        mosaic_attest::endorse::Role::Teacher,
        1_770_000_000,
    )
    .unwrap();
    let statement = mosaic_attest::endorse::sign(&key, &claim);
    m.edit_json(
        id,
        mosaic_core::Section::Programmes,
        prog,
        serde_json::json!({"endorsements": [statement]}),
    )
    .unwrap();
    let fp = mosaic_attest::keys::fingerprint(key.verifying_key().as_bytes());
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(text.contains("Orientation Stage 1"), "{text}");
    assert!(
        text.contains(&format!("Confirmed by Joseph Vella (teacher, key {fp})")),
        "{text}"
    );
}

#[test]
fn each_language_level_says_who_judged_it() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    m.add_json(
        id,
        mosaic_core::Section::Languages,
        serde_json::json!({"code": "it", "history": [
            {"date": "2025-01-01", "assessor": "self", "levels": {"listening": "A2", "writing": "A2"}},
            {"date": "2025-06-01", "assessor": "exam", "assessor_name": "CELI Perugia",
             "levels": {"listening": "B1", "reading": "B1"}}
        ]}),
    )
    .unwrap();
    let text = squash(
        &render(
            &m.portfolio(id).unwrap(),
            None,
            &options("en", Template::Europass, &[]),
        )
        .text(),
    );
    assert!(
        text.contains("Listening B1, Reading B1: exam or certificate (CELI Perugia)"),
        "{text}"
    );
    assert!(text.contains("Writing A2: self-assessed"), "{text}");
}

/// A portfolio with a mentor-signed certificate and a self-assessed language.
fn signed_portfolio(m: &mut Mosaic) -> (uuid::Uuid, String) {
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let (_, fp) = mentor_confirmed_certificate(m, id, "Food hygiene <b>#set</b>");
    m.add_json(
        id,
        mosaic_core::Section::Languages,
        serde_json::json!({"code": "it", "history": [{"date": "2026-05-01", "assessor": "self",
            "levels": {"listening": "B1", "reading": "B1", "writing": "A2"}}]}),
    )
    .unwrap();
    (id, fp)
}

#[test]
fn a_verifiable_cv_carries_its_signed_claims_in_the_attachment_and_the_qr_code() {
    use mosaic_attest::credential::{self, Verdict, Voucher};
    let mut m = Mosaic::open_in_memory().unwrap();
    let (id, mentor_fp) = signed_portfolio(&mut m);
    let p = m.portfolio(id).unwrap();
    let owner = mosaic_attest::keys::generate().unwrap();
    let owner_fp = mosaic_attest::keys::fingerprint(owner.verifying_key().as_bytes());
    for (lang, template) in [("en", Template::Europass), ("ar", Template::Compact)] {
        let o = options(lang, template, &[]);
        let pdf = common::Pdf::from_bytes(
            mosaic_cv::render_verifiable_pdf(&p, None, &o, &owner).unwrap(),
        );
        // PDF/A-3u, which allows the attached file.
        let xmp = pdf.xmp();
        assert!(xmp.contains("<pdfaid:part>3</pdfaid:part>"), "{xmp}");
        // The attached credential verifies and says who vouches for the certificate.
        let text = credential::extract_from_pdf(&pdf.bytes).expect("credential attached");
        let v = credential::verify_full(&text).unwrap();
        assert_eq!(v.owner_fingerprint, owner_fp);
        let cert = v
            .claims
            .iter()
            .find(|c| c.section == mosaic_core::Section::Certificates)
            .unwrap();
        assert!(cert.summary.contains("Food hygiene <b>#set</b>"));
        assert!(
            matches!(&cert.vouchers[..], [Voucher::Confirmation(e)] if e.fingerprint == mentor_fp)
        );
        // The page says what the QR code is and shows the portfolio key.
        let page_text = squash(&pdf.text());
        if lang == "en" {
            assert!(page_text.contains("Check this CV"), "{page_text}");
        }
        // pdftotext may reorder digit-only groups inside right-to-left text: each group is there.
        for group in owner_fp.split('-') {
            assert!(page_text.contains(group), "{owner_fp}: {page_text}");
        }
        // A real decoder reads the QR code to the same credential.
        let codes = pdf.qr_codes(pdf.pages());
        assert_eq!(codes.len(), 1, "{lang}: {codes:?}");
        assert_eq!(
            codes[0], text,
            "{lang}: the QR code holds the attached credential"
        );
        assert!(matches!(
            credential::verify_text(&codes[0]).unwrap(),
            Verdict::Full(_)
        ));
    }
    // Only the sections on the CV are in the credential.
    let o = options("en", Template::Europass, &[mosaic_cv::CvSection::Languages]);
    let issued = mosaic_cv::issue_credential(&p, &o, &owner, 1_780_000_000).unwrap();
    let v = credential::verify_full(&issued.full).unwrap();
    assert_eq!(v.claims.len(), 1);
    assert_eq!(v.claims[0].section, mosaic_core::Section::Languages);
}

#[test]
fn a_cv_too_big_for_one_qr_code_carries_the_signed_digest_instead() {
    use mosaic_attest::credential::{self, Verdict};
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = mosaic_core::sample::realistic(&mut m, 0).unwrap();
    let p = m.portfolio(id).unwrap();
    let owner = mosaic_attest::keys::generate().unwrap();
    let o = options("en", Template::Europass, &[]);
    let issued = mosaic_cv::issue_credential(&p, &o, &owner, 1_780_000_000).unwrap();
    let full_fits = mosaic_cv::qr_text(&issued) == issued.full;
    let pdf =
        common::Pdf::from_bytes(mosaic_cv::render_verifiable_pdf(&p, None, &o, &owner).unwrap());
    let attached = credential::extract_from_pdf(&pdf.bytes).unwrap();
    let codes = pdf.qr_codes(pdf.pages());
    assert_eq!(codes.len(), 1, "{codes:?}");
    match credential::verify_text(&codes[0]).unwrap() {
        Verdict::Digest(d) => {
            assert!(!full_fits);
            assert!(credential::digest_matches(&d, &attached).unwrap());
        }
        Verdict::Full(_) => assert!(full_fits),
    }
    eprintln!(
        "realistic portfolio: {} claims, credential {} characters, QR holds the {}",
        issued.claims,
        issued.full.len(),
        if full_fits {
            "whole credential"
        } else {
            "digest"
        }
    );
}

#[test]
fn with_a_verification_page_the_qr_code_is_a_link_holding_the_credential_after_the_hash() {
    use mosaic_attest::credential::{self, Verdict};
    let mut m = Mosaic::open_in_memory().unwrap();
    let (id, _) = signed_portfolio(&mut m);
    let p = m.portfolio(id).unwrap();
    let owner = mosaic_attest::keys::generate().unwrap();
    let mut o = options("en", Template::Europass, &[]);
    o.verify_url = Some("https://ngo.example.org/cv/verify.html".into());
    let pdf =
        common::Pdf::from_bytes(mosaic_cv::render_verifiable_pdf(&p, None, &o, &owner).unwrap());
    let codes = pdf.qr_codes(pdf.pages());
    assert_eq!(codes.len(), 1, "{codes:?}");
    let (url, rest) = codes[0].split_once('#').expect(&codes[0][..60]);
    assert_eq!(url, "https://ngo.example.org/cv/verify.html");
    assert_eq!(rest, credential::extract_from_pdf(&pdf.bytes).unwrap());
    assert!(matches!(
        credential::verify_text(&codes[0]).unwrap(),
        Verdict::Full(_)
    ));
    // An address a network could tamper with (plain http), or that is not a web page, is refused.
    for bad in [
        "http://ngo.example.org/verify.html",
        "https://x.org/v.html#old",
        "javascript:alert(1)",
        "https://x.org/a b",
    ] {
        o.verify_url = Some(bad.into());
        let err = mosaic_cv::render_verifiable_pdf(&p, None, &o, &owner)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not a verification page address"),
            "{bad}: {err}"
        );
    }
}

#[test]
fn contributions_go_under_volunteering_and_community_once_with_role_topic_and_source() {
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    for entry in [
        serde_json::json!({"kind": "cultural_festival", "date": "2026-06-20", "role": "organiser",
            "topic": "Harvest <b>#set</b>", "hours": 6}),
        serde_json::json!({"kind": "cooking_class", "date": "2026-05-02", "title": "Eritrean cooking"}),
    ] {
        m.add_json(id, mosaic_core::Section::Activities, entry)
            .unwrap();
    }
    let p = m.portfolio(id).unwrap();
    let text = squash(&render(&p, None, &options("en", Template::Compact, &[])).text());
    let community = text
        .split("Volunteering and community")
        .nth(1)
        .expect("the section is there");
    let community = community.split("Activities").next().unwrap();
    assert!(
        community.contains("Cultural festival")
            && community.contains("as an organiser")
            && community.contains("Topic: Harvest <b>#set</b>")
            && community.contains("Self-reported"),
        "{community}"
    );
    assert!(!community.contains("Eritrean cooking"), "{community}");
    assert_eq!(
        text.matches("Topic: Harvest").count(),
        1,
        "listed once: {text}"
    );
    assert!(text.contains("Eritrean cooking"), "{text}");

    // Without that section the contribution stays among the activities.
    let only = squash(
        &render(
            &p,
            None,
            &options(
                "en",
                Template::Europass,
                &[mosaic_cv::CvSection::Activities],
            ),
        )
        .text(),
    );
    assert!(!only.contains("Volunteering and community"), "{only}");
    assert!(
        only.contains("Topic: Harvest") && only.contains("as an organiser"),
        "{only}"
    );
}

#[test]
fn each_competence_says_its_level_and_who_judged_it() {
    use mosaic_core::{CompetenceAssessment, CompetenceAssessor, CompetenceCode};
    let mut m = Mosaic::open_in_memory().unwrap();
    let id = m.create_portfolio(mosaic_core::sample::profile()).unwrap();
    let judged =
        |date: &str, level: u8, by: CompetenceAssessor, name: Option<&str>| CompetenceAssessment {
            date: date.parse().unwrap(),
            level,
            assessor: by,
            assessor_name: name.map(str::to_string),
            note: None,
        };
    m.assess_competence(
        id,
        CompetenceCode::Empathy,
        judged("2026-01-10", 2, CompetenceAssessor::SelfAssessed, None),
    )
    .unwrap();
    m.assess_competence(
        id,
        CompetenceCode::Empathy,
        judged(
            "2026-06-01",
            3,
            CompetenceAssessor::Mentor,
            Some("Rita <b>Borg</b>"),
        ),
    )
    .unwrap();
    m.assess_competence(
        id,
        CompetenceCode::ManagingLearning,
        judged("2026-06-02", 4, CompetenceAssessor::SelfAssessed, None),
    )
    .unwrap();
    let p = m.portfolio(id).unwrap();
    let text = squash(&render(&p, None, &options("en", Template::Compact, &[])).text());
    assert!(text.contains("Personal and social competences"), "{text}");
    assert!(text.contains("LifeComp"), "{text}");
    assert!(
        text.contains("Empathy (June 2026). often, assessed by a mentor (Rita <b>Borg</b>)"),
        "the latest level with its judge: {text}"
    );
    assert!(
        text.contains("confidently, and I help others, self-assessed"),
        "{text}"
    );
    assert!(
        !text.contains("sometimes"),
        "an older level is not shown as current: {text}"
    );
    // Left off the CV when she does not choose the section.
    let without = squash(
        &render(
            &p,
            None,
            &options("en", Template::Compact, &[mosaic_cv::CvSection::Skills]),
        )
        .text(),
    );
    assert!(!without.contains("Empathy"), "{without}");
}
