//! Deterministic sample portfolios for tests, benchmarks and demos: a migrant's
//! three years, in several scripts, built through the public API.

use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::api::Mosaic;
use crate::error::Result;
use crate::model::*;

/// Small deterministic generator (xorshift); data variety, not security.
pub struct Seq(u64);

impl Seq {
    pub fn new(seed: u64) -> Self {
        Seq(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    /// A UUID v7-shaped id whose order follows generation order (stable across runs).
    pub fn id(&mut self, counter: u64) -> Uuid {
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&(0x0190_0000_0000_0000u64 + counter).to_be_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_be_bytes());
        uuid::Builder::from_custom_bytes(bytes).into_uuid()
    }
}

const PLACES: &[&str] = &["Valletta", "Msida", "Birkirkara", "Ħamrun", "Gżira"];
const NAMES: &[&str] = &[
    "Language café",
    "Kafè tal-lingwi",
    "مقهى اللغة",
    "کافه زبان",
    "Мовне кафе",
    "ቤት ቋንቋ",
];

fn day(start: NaiveDate, offset: u64) -> NaiveDate {
    start.checked_add_days(Days::new(offset)).unwrap_or(start)
}

pub fn profile() -> Profile {
    Profile {
        name_latin: "Mariam Haile".into(),
        name_own_script: Some("ማርያም ሃይለ".into()),
        photo: None,
        email: Some("mariam@example.org".into()),
        phone: Some("+356 2000 0000".into()),
        city: Some("Msida".into()),
        country: Some("Malta".into()),
        mother_tongues: vec!["ti".into(), "ar".into()],
        about: Some("I worked as a seamstress in Asmara and I want to work in textiles here. ኣብ ማልታ ክሰርሕ እደሊ።".into()),
    }
}

/// One entry of the given section, varied by `n`.
pub fn entry_json(section: Section, n: u64, rng: &mut Seq) -> serde_json::Value {
    let start = NaiveDate::from_ymd_opt(2023, 1, 9).unwrap_or_default();
    let date = day(start, rng.below(1000));
    let levels = ["pre-A1", "A1", "A2", "B1", "B2"];
    let id = rng.id(n).to_string();
    match section {
        Section::Languages => serde_json::json!({
            "id": id, "code": *rng.pick(&["mt", "en", "it", "fr", "de"]),
            "history": [{"date": date.to_string(), "assessor": "self", "levels": {
                "listening": rng.pick(&levels), "reading": rng.pick(&levels),
                "spoken_interaction": rng.pick(&levels), "spoken_production": rng.pick(&levels),
                "writing": rng.pick(&levels)}}]
        }),
        Section::Certificates => serde_json::json!({
            "id": id, "title": format!("Certificate {n}"), "kind": "language",
            "issuer": "MEAE", "issued_on": date.to_string(), "level": rng.pick(&levels)
        }),
        Section::Programmes => serde_json::json!({
            "id": id, "title": format!("I Belong — Stage {}", 1 + n % 2), "provider": "Integration Unit",
            "stage": format!("Stage {}", 1 + n % 2), "min_attendance_pct": 80.0, "pass_mark_pct": 50.0,
            "modules": [
                {"name": "Maltese", "status": "completed", "hours": 40.0, "attendance_pct": 85.0, "score_pct": 70.0, "pass_mark_pct": 65.0},
                {"name": "English", "status": "in_progress", "hours": 40.0, "attendance_pct": 90.0},
                {"name": "Cultural orientation", "status": "planned", "hours": 20.0, "pass_mark_pct": 75.0}
            ]
        }),
        Section::Activities => serde_json::json!({
            "id": id, "kind": *rng.pick(&["language_cafe", "international_lunch", "information_session", "workshop", "volunteering"]),
            "title": rng.pick(NAMES), "date": date.to_string(), "place": rng.pick(PLACES),
            "organiser": "Migrant Hub", "hours": 2.0, "attended": true
        }),
        Section::Experience => serde_json::json!({
            "id": id, "role": format!("Seamstress {n}"), "kind": if n.is_multiple_of(3) { "volunteer" } else { "paid" },
            "employer": "Atelier", "start": date.to_string(), "description": "Cutting, sewing and alterations."
        }),
        Section::Education => serde_json::json!({
            "id": id, "qualification": format!("Diploma {n}"), "institution": "Asmara Technical School",
            "country": "Eritrea", "recognition": "pending"
        }),
        Section::Skills => serde_json::json!({
            "id": id, "name": format!("Skill {n}"), "category": "trade"
        }),
        Section::Stories => serde_json::json!({
            "id": id, "title": format!("Week {n}"), "body": "Today I spoke Maltese at the market.",
            "date": date.to_string()
        }),
        Section::Goals => serde_json::json!({
            "id": id, "title": format!("Goal {n}"),
            "area": *rng.pick(&["education", "work", "volunteering", "language", "everyday_life"]),
            "due": date.to_string(),
            "steps": [{"text": "Ask at the job centre", "done": true}, {"text": "Send three applications", "due": date.to_string()}]
        }),
        Section::Competences => serde_json::json!({
            "id": id,
            "code": *rng.pick(&["empathy", "communication", "collaboration", "flexibility", "growth_mindset"]),
            "history": [{"date": date.to_string(), "level": 1 + rng.below(4), "assessor": "self"}]
        }),
        Section::Reflections => serde_json::json!({
            "id": id, "date": date.to_string(), "visibility": "mentors",
            "did": *rng.pick(&["We cooked injera together.", "I helped at the festival stall.", "تحدثت مع الجيران في المقهى."]),
            "learned": "How to ask for the bus times.", "new_words": ["kemm", "grazzi", "l-ikla"],
            "met": "Two volunteers from the parish."
        }),
        Section::Consents => {
            // A deterministic key (sample data only; a real testimonial's key is random).
            let seed: String = (0..4).map(|_| format!("{:016x}", rng.next_u64())).collect();
            let public = crate::testimonial::public_key_hex(&seed).unwrap_or_default();
            let mut consent = serde_json::json!({
                "id": id, "story": rng.id(n + 1).to_string(),
                "organisation": *rng.pick(&["Migrant Hub", "Integration Unit", "Kafè tal-lingwi"]),
                "testimonial_id": rng.id(n + 2).to_string(),
                "title": format!("Week {n}"),
                "given_at": format!("{date}T10:00:00Z"),
                "public_key": public, "secret_key": seed
            });
            if n.is_multiple_of(2) {
                consent["first_name"] = "Mariam".into();
            }
            if n.is_multiple_of(3) {
                consent["withdrawn_at"] = format!("{date}T18:30:00Z").into();
            }
            consent
        }
    }
}

/// Adds `count` entries of goals, reflections and competence judgements to `id` (for the
/// benchmark that doubles a portfolio): the nine competences judged again and again, then
/// goals with steps and shared reflections, one of each in turn.
pub fn grow(mosaic: &mut Mosaic, id: PortfolioId, count: usize) -> Result<()> {
    let mut rng = Seq::new(2026);
    // The nine competences, each judged three times; goals for the rest.
    for (i, code) in CompetenceCode::ALL.into_iter().enumerate().take(count) {
        for month in [1u32, 5, 9] {
            mosaic.assess_competence(
                id,
                code,
                CompetenceAssessment {
                    date: NaiveDate::from_ymd_opt(2026, month, 1).unwrap_or_default(),
                    level: 1 + ((i + month as usize) % 4) as u8,
                    assessor: CompetenceAssessor::SelfAssessed,
                    assessor_name: None,
                    note: None,
                },
            )?;
        }
    }
    for n in CompetenceCode::ALL.len()..count {
        let section = if n % 2 == 0 {
            Section::Goals
        } else {
            Section::Reflections
        };
        mosaic.add_json(id, section, entry_json(section, n as u64, &mut rng))?;
    }
    Ok(())
}

/// About 300 entries and `edits` intent-level saves in all, as three years of use.
pub fn realistic(mosaic: &mut Mosaic, edits: usize) -> Result<PortfolioId> {
    let mut rng = Seq::new(2023);
    let id = mosaic.create_portfolio(profile())?;
    let plan = [
        (Section::Languages, 5),
        (Section::Certificates, 25),
        (Section::Programmes, 4),
        (Section::Activities, 180),
        (Section::Experience, 12),
        (Section::Education, 4),
        (Section::Skills, 30),
        (Section::Stories, 40),
    ];
    let mut added: Vec<(Section, EntryId)> = vec![];
    let mut n = 0;
    for (section, count) in plan {
        for _ in 0..count {
            n += 1;
            let entry_id = mosaic.add_json(id, section, entry_json(section, n, &mut rng))?;
            added.push((section, entry_id));
        }
    }
    let mut done = 1 + added.len();
    while done < edits {
        let (section, entry_id) = *rng.pick(&added);
        let patch = match section {
            Section::Activities => {
                serde_json::json!({"hours": 1.0 + rng.below(4) as f64, "note": format!("edit {done}")})
            }
            Section::Stories => {
                serde_json::json!({"body": format!("Today I spoke Maltese at the market. Update {done}.")})
            }
            Section::Skills => serde_json::json!({"level": format!("level {}", rng.below(5))}),
            Section::Certificates => serde_json::json!({"level": *rng.pick(&["A2", "B1", "B2"])}),
            _ => serde_json::json!({}),
        };
        if patch.as_object().is_some_and(|m| !m.is_empty()) {
            mosaic.edit_json(id, section, entry_id, patch)?;
        } else {
            let mut p = mosaic.profile(id)?;
            p.city = Some(rng.pick(PLACES).to_string());
            mosaic.update_profile(id, p)?;
        }
        done += 1;
    }
    Ok(id)
}
