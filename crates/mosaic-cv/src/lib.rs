//! PDF CV rendering with Typst as a library, plus JSON Resume and Europass XML exports.
//!
//! * [`render_pdf`] turns a [`Portfolio`] into a PDF/A-2u, tagged PDF. The portfolio never
//!   becomes Typst markup: it is serialised to a JSON file (`/data.json`) inside a virtual
//!   Typst world and read with `json()`, so `#`, `*`, `$`, `]` or `<script>` in any field
//!   print literally. Templates and fonts are embedded in the binary; nothing is fetched at
//!   runtime.
//! * Labels, language names and dates come from `locales/<lang>/cv.ftl` (embedded at
//!   compile time), in the language chosen for the CV, independent of the UI language.
//! * [`json_resume`] and [`europass_xml`] export the same selection of sections.
//!
//! Stories are never part of a CV.

mod data;
mod europass;
mod i18n;
mod json_resume;
mod verifiable;
mod world;

pub mod bench;

use std::fmt;
use std::str::FromStr;

use mosaic_core::Portfolio;
use serde::{Deserialize, Serialize};

pub use europass::europass_xml;
pub use i18n::{cv_language, supported_languages};
pub use json_resume::json_resume;
pub use verifiable::{issue_credential, qr_link, qr_text};
pub use world::missing_glyphs;

/// The layout of the PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// Europass-like: two columns of labels (dates, headings) and values.
    #[default]
    Europass,
    /// A dense single-column layout aimed at one page (not enforced: long portfolios flow on).
    Compact,
}

impl Template {
    pub const ALL: [Template; 2] = [Template::Europass, Template::Compact];

    pub fn as_str(self) -> &'static str {
        match self {
            Template::Europass => "europass",
            Template::Compact => "compact",
        }
    }
}

impl FromStr for Template {
    type Err = CvError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase();
        Template::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or(CvError::UnknownTemplate(s))
    }
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A section the person can choose to put in the CV (names and contact are always there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CvSection {
    /// The short "about me" text.
    About,
    /// Paid work experience.
    Work,
    /// Volunteer experience and contributions to community activities.
    Volunteering,
    /// Education, with recognition status in the host country.
    Education,
    /// Mother tongues and the CEFR grid of other languages.
    Languages,
    /// Certificates.
    Certificates,
    /// Programmes whose requirements are met.
    Programmes,
    /// Activities attended (language cafés, workshops...).
    Activities,
    /// Skills.
    Skills,
    /// Personal, social and learning-to-learn competences (LifeComp), with their sources.
    Competences,
}

impl CvSection {
    /// All sections, in the order they appear in the CV.
    pub const ALL: [CvSection; 10] = [
        CvSection::About,
        CvSection::Work,
        CvSection::Volunteering,
        CvSection::Education,
        CvSection::Languages,
        CvSection::Certificates,
        CvSection::Programmes,
        CvSection::Activities,
        CvSection::Skills,
        CvSection::Competences,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CvSection::About => "about",
            CvSection::Work => "work",
            CvSection::Volunteering => "volunteering",
            CvSection::Education => "education",
            CvSection::Languages => "languages",
            CvSection::Certificates => "certificates",
            CvSection::Programmes => "programmes",
            CvSection::Activities => "activities",
            CvSection::Skills => "skills",
            CvSection::Competences => "competences",
        }
    }

    /// The Fluent key of the section heading in `cv.ftl`.
    pub fn heading_key(self) -> &'static str {
        match self {
            CvSection::About => "cv-section-about",
            CvSection::Work => "cv-section-work",
            CvSection::Volunteering => "cv-section-volunteering",
            CvSection::Education => "cv-section-education",
            CvSection::Languages => "cv-section-languages",
            CvSection::Certificates => "cv-section-certificates",
            CvSection::Programmes => "cv-section-programmes",
            CvSection::Activities => "cv-section-activities",
            CvSection::Skills => "cv-section-skills",
            CvSection::Competences => "cv-section-competences",
        }
    }
}

impl FromStr for CvSection {
    type Err = CvError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        let alias = match s.as_str() {
            "experience" | "work_experience" => "work",
            "volunteer" => "volunteering",
            "language" => "languages",
            "certificate" => "certificates",
            "programme" | "program" | "programs" => "programmes",
            "activity" => "activities",
            "skill" => "skills",
            "competence" => "competences",
            other => other,
        };
        CvSection::ALL
            .into_iter()
            .find(|sec| sec.as_str() == alias)
            .ok_or(CvError::UnknownSection(s))
    }
}

impl fmt::Display for CvSection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What to render and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvOptions {
    /// The CV language (a code from [`supported_languages`]), independent of the UI language.
    pub lang: String,
    pub template: Template,
    /// The sections to include, in any order (the CV uses [`CvSection::ALL`]'s order).
    /// Empty means all.
    pub sections: Vec<CvSection>,
    /// Show the photo (if the caller passes one to [`render_pdf`]).
    pub include_photo: bool,
    /// Where the verification page is hosted (`https://…/verify.html`): the CV's QR code
    /// then holds a link an employer's phone opens, the credential in its `#` fragment
    /// (never sent to the host). None: the QR code holds the bare credential text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_url: Option<String>,
}

impl Default for CvOptions {
    fn default() -> Self {
        CvOptions {
            lang: "en".into(),
            template: Template::Europass,
            sections: vec![],
            include_photo: false,
            verify_url: None,
        }
    }
}

impl CvOptions {
    /// The chosen sections in CV order (all of them if none were chosen).
    pub fn chosen_sections(&self) -> Vec<CvSection> {
        CvSection::ALL
            .into_iter()
            .filter(|s| self.sections.is_empty() || self.sections.contains(s))
            .collect()
    }

    pub fn includes(&self, section: CvSection) -> bool {
        self.sections.is_empty() || self.sections.contains(&section)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CvError {
    #[error("unknown CV language `{lang}` (supported: {})", supported.join(", "))]
    UnknownLanguage {
        lang: String,
        supported: Vec<&'static str>,
    },
    #[error("unknown CV template `{0}` (expected one of: europass, compact)")]
    UnknownTemplate(String),
    #[error(
        "unknown CV section `{0}` (expected one of: about, work, volunteering, education, languages, certificates, programmes, activities, skills)"
    )]
    UnknownSection(String),
    #[error("the photo is not a JPEG, PNG, GIF or WebP image")]
    UnsupportedPhoto,
    #[error("CV translations for `{lang}` are broken: {message}")]
    Translation { lang: String, message: String },
    #[error("Typst could not lay out the CV:\n{0}")]
    Typst(String),
    #[error("PDF export failed:\n{0}")]
    Pdf(String),
    #[error(
        "`{0}` is not a verification page address: give an https:// address without a `#` (http:// only for localhost)"
    )]
    VerifyUrl(String),
    #[error("could not sign the CV's claims: {0}")]
    Credential(String),
    #[error("could not serialise CV data: {0}")]
    Json(#[from] serde_json::Error),
}

/// Renders the CV as a PDF/A-2u, tagged PDF.
///
/// `photo` is the raw image (JPEG, PNG, GIF or WebP); it is shown only when
/// `options.include_photo` is set.
pub fn render_pdf(
    portfolio: &Portfolio,
    photo: Option<&[u8]>,
    options: &CvOptions,
) -> Result<Vec<u8>, CvError> {
    let strings = i18n::CvStrings::load(&options.lang)?;
    let photo = shown_photo(photo, options)?;
    let cv = data::build(portfolio, options, &strings, photo.is_some());
    let json = serde_json::to_vec(&cv)?;
    let files = photo.map(|p| ("/photo", p.to_vec())).into_iter().collect();
    world::compile_pdf(options.template, json, files, false)
}

/// Renders the CV with its claims signed by `key` (the portfolio key): a QR code and an
/// attached credential file an employer checks with `mosaic verify` or the verification
/// page. The PDF is PDF/A-3u (PDF/A-2 does not allow an attached file).
pub fn render_verifiable_pdf(
    portfolio: &Portfolio,
    photo: Option<&[u8]>,
    options: &CvOptions,
    key: &ed25519_dalek::SigningKey,
) -> Result<Vec<u8>, CvError> {
    let strings = i18n::CvStrings::load(&options.lang)?;
    let photo = shown_photo(photo, options)?;
    let issued = issue_credential(portfolio, options, key, chrono::Utc::now().timestamp())?;
    let mut cv = data::build(portfolio, options, &strings, photo.is_some());
    cv.verify = Some(verifiable::block(&strings, key));
    let json = serde_json::to_vec(&cv)?;
    let link = verifiable::qr_link(options.verify_url.as_deref(), &issued)?;
    let mut files = vec![
        ("/qr.svg", verifiable::qr_svg(&link)?.into_bytes()),
        (CREDENTIAL_PATH, issued.full.into_bytes()),
    ];
    files.extend(photo.map(|p| ("/photo", p.to_vec())));
    world::compile_pdf(options.template, json, files, true)
}

/// The photo to show: only when chosen, and only an image the template can place.
fn shown_photo<'a>(
    photo: Option<&'a [u8]>,
    options: &CvOptions,
) -> Result<Option<&'a [u8]>, CvError> {
    match photo.filter(|_| options.include_photo) {
        Some(bytes) if data::is_supported_image(bytes) => Ok(Some(bytes)),
        Some(_) => Err(CvError::UnsupportedPhoto),
        None => Ok(None),
    }
}

/// Where the template finds the credential to attach (its file name in the PDF).
const CREDENTIAL_PATH: &str = "/mosaic-credential.txt";
