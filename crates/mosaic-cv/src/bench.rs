//! Deterministic inputs for benchmarks and tests.

use std::path::{Path, PathBuf};

use mosaic_core::{
    Activity, ActivityKind, Assessment, Assessor, Cefr, Certificate, CertificateKind, Date,
    Education, Experience, ExperienceKind, Language, Module, ModuleStatus, Portfolio, Profile,
    Programme, Recognition, SkillEntry, SkillLevels, Verification,
};
use uuid::Uuid;

use crate::{CvOptions, Template};

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0x6d6f_7361_6963_0000_0000_0000_0000_0000 + n)
}

fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    Date::from_ymd_opt(y, m, d)
}

fn levels(l: Cefr, r: Cefr, si: Cefr, sp: Cefr, w: Cefr) -> SkillLevels {
    SkillLevels {
        listening: Some(l),
        reading: Some(r),
        spoken_interaction: Some(si),
        spoken_production: Some(sp),
        writing: Some(w),
    }
}

/// A portfolio with `n` entries in each CV section (plus a full profile), deterministic.
pub fn portfolio_with_entries(n: usize) -> Portfolio {
    let mut p = Portfolio::empty(id(0));
    p.profile = Profile {
        name_latin: "Amina Haddad".into(),
        name_own_script: Some("أمينة حداد".into()),
        photo: None,
        email: Some("amina.haddad@example.org".into()),
        phone: Some("+356 7900 0000".into()),
        city: Some("Valletta".into()),
        country: Some("Malta".into()),
        mother_tongues: vec!["ar".into()],
        about: Some(
            "Experienced cook and kitchen supervisor, now working in catering in Malta. \
             I enjoy teamwork, organising food for large events and learning languages."
                .into(),
        ),
    };
    let codes = ["mt", "en", "fr", "it", "de", "tr"];
    let n128 = n as u128;
    for i in 0..n {
        let k = i as u128;
        let year = 2024 - (i as i32 % 20);
        p.experience.push(Experience {
            id: id(100 + k),
            role: format!("Kitchen supervisor {}", i + 1),
            kind: if i % 3 == 2 {
                ExperienceKind::Volunteer
            } else {
                ExperienceKind::Paid
            },
            employer: Some(format!("Harbour Catering Ltd {}", i + 1)),
            place: Some("Valletta".into()),
            start: date(year - 2, 3, 1),
            end: if i == 0 { None } else { date(year, 6, 30) },
            description: Some(
                "Planned menus for 200 guests a day, trained new staff and kept HACCP records."
                    .into(),
            ),
            endorsements: vec![],
        });
        p.education.push(Education {
            id: id(100 + n128 + k),
            qualification: format!("Diploma in culinary arts {}", i + 1),
            institution: Some("Aleppo Technical Institute".into()),
            country: Some("Syria".into()),
            start: date(year - 4, 9, 1),
            end: date(year - 2, 6, 30),
            recognition: match i % 3 {
                0 => Recognition::Recognised,
                1 => Recognition::Pending,
                _ => Recognition::PartiallyRecognised,
            },
            description: None,
        });
        if i < codes.len() || n > codes.len() {
            p.languages.push(Language {
                id: id(100 + 2 * n128 + k),
                code: codes[i % codes.len()].into(),
                history: vec![
                    Assessment {
                        date: date(2023, 1, 10).unwrap_or_default(),
                        assessor: Assessor::SelfAssessed,
                        assessor_name: None,
                        levels: levels(Cefr::A1, Cefr::A1, Cefr::PreA1, Cefr::A1, Cefr::A1),
                        note: None,
                    },
                    Assessment {
                        date: date(2024, 6, 20).unwrap_or_default(),
                        assessor: Assessor::Teacher,
                        assessor_name: Some("Ms Camilleri".into()),
                        levels: levels(Cefr::B1, Cefr::B2, Cefr::A2, Cefr::A2, Cefr::B1),
                        note: None,
                    },
                ],
                evidence: vec![],
                endorsements: vec![],
            });
        }
        p.certificates.push(Certificate {
            id: id(100 + 3 * n128 + k),
            title: format!("Food safety level {}", i % 3 + 1),
            kind: if i % 2 == 0 {
                CertificateKind::Vocational
            } else {
                CertificateKind::Language
            },
            issuer: Some("Institute of Tourism Studies".into()),
            issued_on: date(year, 5, 15),
            expires_on: None,
            level: Some("MQF 3".into()),
            attachments: vec![],
            verification: Verification::Unverified,
            credential: None,
            note: None,
            endorsements: vec![],
        });
        // A mentor saw the original: a signed statement, as `mosaic confirm` makes it.
        if let Some(c) = p.certificates.last_mut() {
            let claim = mosaic_attest::endorse::Claim::of(
                p.id,
                c.id,
                &*c,
                mosaic_attest::endorse::Kind::CertificateSeen,
                "Joseph Borg",
                mosaic_attest::endorse::Role::Mentor,
                1_750_000_000,
            );
            if let Ok(claim) = claim {
                c.endorsements
                    .push(mosaic_attest::endorse::sign(&mentor_key(), &claim));
            }
        }
        p.programmes.push(Programme {
            id: id(100 + 4 * n128 + k),
            title: format!("I Belong, stage {}", i % 2 + 1),
            provider: Some("Human Rights and Integration Directorate".into()),
            stage: None,
            level: None,
            template_id: None,
            requires: vec![],
            start: date(year - 1, 10, 1),
            end: date(year, 3, 31),
            modules: vec![
                Module {
                    status: ModuleStatus::Completed,
                    hours: Some(100.0),
                    attendance_pct: Some(90.0),
                    score_pct: Some(70.0),
                    pass_mark_pct: Some(65.0),
                    ..Module::named("Maltese")
                },
                Module {
                    status: ModuleStatus::Completed,
                    hours: Some(50.0),
                    attendance_pct: Some(85.0),
                    score_pct: Some(80.0),
                    pass_mark_pct: Some(75.0),
                    ..Module::named("Cultural orientation")
                },
            ],
            min_attendance_pct: Some(80.0),
            pass_mark_pct: None,
            endorsements: vec![],
        });
        p.activities.push(Activity {
            id: id(100 + 5 * n128 + k),
            kind: ActivityKind::ALL[i % ActivityKind::ALL.len()],
            title: if i % 2 == 0 {
                Some(format!("Language café Valletta #{}", i + 1))
            } else {
                None
            },
            date: date(year, (i % 12) as u32 + 1, 10).unwrap_or_default(),
            place: Some("Valletta".into()),
            organiser: Some("Migrant Women Association".into()),
            topic: None,
            role: None,
            hours: Some(2.0),
            attended: true,
            note: None,
            proof: None,
            endorsements: vec![],
            photos: vec![],
        });
        p.skills.push(SkillEntry {
            id: id(100 + 6 * n128 + k),
            name: format!("Menu planning {}", i + 1),
            category: Some("Catering".into()),
            level: Some("advanced".into()),
            description: None,
        });
    }
    p
}

/// A portfolio that renders to about two pages with the Europass template, and a JPEG photo.
pub fn two_page_portfolio() -> (Portfolio, Vec<u8>) {
    (portfolio_with_entries(6), sample_jpeg())
}

/// A deterministic 240×300 JPEG (a soft gradient), encoded with the `image` crate.
pub fn sample_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_fn(240, 300, |x, y| {
        image::Rgb([(x % 256) as u8, (y * 255 / 300) as u8, 160])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    match img.write_with_encoder(encoder) {
        Ok(()) => out.into_inner(),
        Err(_) => Vec::new(),
    }
}

/// The options the benchmark renders with: English, Europass template, all sections, photo.
pub fn bench_options() -> CvOptions {
    CvOptions {
        lang: "en".into(),
        template: Template::Europass,
        sections: vec![],
        include_photo: true,
        verify_url: None,
    }
}

/// Writes `main.typ` (the Europass template), `data.json` (the two-page portfolio, as
/// [`crate::render_pdf`] would see it), `photo` and `fonts/*.ttf` into `dir`, so the same CV can
/// be compiled by the Typst CLI:
/// `typst compile main.typ out.pdf --font-path fonts --ignore-system-fonts --pdf-standard a-2u`.
/// Returns the path of `main.typ`, or `None` if something could not be written.
pub fn write_typst_cli_equivalent(dir: &Path) -> Option<PathBuf> {
    let (portfolio, photo) = two_page_portfolio();
    let options = bench_options();
    let strings = crate::i18n::CvStrings::load(&options.lang).ok()?;
    let data = crate::data::build(&portfolio, &options, &strings, true);
    let json = serde_json::to_vec_pretty(&data).ok()?;
    std::fs::create_dir_all(dir.join("fonts")).ok()?;
    let main = dir.join("main.typ");
    std::fs::write(&main, crate::world::template_source(options.template)).ok()?;
    std::fs::write(dir.join("data.json"), json).ok()?;
    std::fs::write(dir.join("photo"), photo).ok()?;
    for (name, bytes) in crate::world::FONT_FILES {
        std::fs::write(dir.join("fonts").join(name), bytes).ok()?;
    }
    Some(main)
}

/// A fixed mentor key for the sample data (the same fingerprint in every run).
fn mentor_key() -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[7; 32])
}
