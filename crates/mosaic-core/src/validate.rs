//! Field validation. Every error names the field (as a JSON path) and the problem.

use crate::model::*;

/// Longest single-line text (names, titles, places).
pub const MAX_SHORT_TEXT: usize = 300;
/// Longest multi-line text (about, stories, descriptions), in characters.
pub const MAX_LONG_TEXT: usize = 20_000;
/// Longest signed proof kept in an entry (a check-in code or session list as text).
pub const MAX_PROOF: usize = 16_384;
/// Most entries of one list inside an entry (assessments, modules, attachments).
pub const MAX_NESTED_ITEMS: usize = 500;
/// Photos on one activity or story: a handful tells it; more is an album.
pub const MAX_PHOTOS: usize = 12;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ValidationError {
    /// Where, as a JSON path such as `$.languages[0].code`.
    pub path: String,
    pub message: String,
}

/// Whether `primary` (a BCP 47 primary language subtag) is an ISO 639 code, or one of the
/// private-use codes `qaa`..`qtz`. "English" is well-formed BCP 47 but names no language.
pub fn is_iso639(primary: &str) -> bool {
    let code = primary.to_ascii_lowercase();
    let b = code.as_bytes();
    let listed = |table: &[&str]| {
        table
            .iter()
            .any(|chunk| chunk.as_bytes().chunks(b.len()).any(|c| c == b))
    };
    match b.len() {
        2 => listed(crate::iso639::TWO),
        3 => (b"qaa".as_slice()..=b"qtz".as_slice()).contains(&b) || listed(crate::iso639::THREE),
        _ => false,
    }
}

/// Walks a value, keeping the JSON path of where it is.
pub struct Checker {
    path: String,
}

impl Checker {
    pub fn new(root: impl Into<String>) -> Self {
        Checker { path: root.into() }
    }

    fn at(&self, field: &str) -> String {
        format!("{}.{field}", self.path)
    }

    fn fail(&self, field: &str, message: impl Into<String>) -> ValidationError {
        ValidationError {
            path: self.at(field),
            message: message.into(),
        }
    }

    /// A child checker for a nested object (`field`) or list item (`field[i]`).
    pub fn child(&self, field: &str) -> Checker {
        Checker {
            path: self.at(field),
        }
    }

    pub fn required(&self, field: &str, value: &str) -> Result<(), ValidationError> {
        if value.trim().is_empty() {
            return Err(self.fail(field, "is required"));
        }
        self.short(field, value)
    }

    pub fn short(&self, field: &str, value: &str) -> Result<(), ValidationError> {
        self.text(field, value, MAX_SHORT_TEXT)?;
        if value.contains(['\n', '\r']) {
            return Err(self.fail(field, "must be a single line"));
        }
        Ok(())
    }

    pub fn opt_short(&self, field: &str, value: &Option<String>) -> Result<(), ValidationError> {
        value.as_deref().map_or(Ok(()), |v| self.short(field, v))
    }

    pub fn long(&self, field: &str, value: &str) -> Result<(), ValidationError> {
        self.text(field, value, MAX_LONG_TEXT)
    }

    pub fn opt_long(&self, field: &str, value: &Option<String>) -> Result<(), ValidationError> {
        value.as_deref().map_or(Ok(()), |v| self.long(field, v))
    }

    fn text(&self, field: &str, value: &str, max: usize) -> Result<(), ValidationError> {
        // Count bytes first so a 100 MB string is refused without walking it.
        if value.len() > max * 4 || value.chars().count() > max {
            return Err(self.fail(
                field,
                format!(
                    "is too long ({} bytes; at most {max} characters)",
                    value.len()
                ),
            ));
        }
        if value
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            return Err(self.fail(field, "contains control characters"));
        }
        Ok(())
    }

    pub fn language_tag(&self, field: &str, value: &str) -> Result<(), ValidationError> {
        self.short(field, value)?;
        match oxilangtag::LanguageTag::parse(value) {
            Ok(tag) if is_iso639(tag.primary_language()) => Ok(()),
            Ok(_) => Err(self.fail(
                field,
                format!("`{value}` is not a language code (ISO 639, such as `ar`, `ti` or `prs`)"),
            )),
            Err(e) => Err(self.fail(
                field,
                format!("`{value}` is not a BCP 47 language code ({e})"),
            )),
        }
    }

    pub fn date(&self, field: &str, value: &Date) -> Result<(), ValidationError> {
        use chrono::Datelike;
        let year = value.year();
        if !(1900..=2100).contains(&year) {
            return Err(self.fail(field, format!("year {year} is outside 1900..2100")));
        }
        Ok(())
    }

    pub fn opt_date(&self, field: &str, value: &Option<Date>) -> Result<(), ValidationError> {
        value.as_ref().map_or(Ok(()), |d| self.date(field, d))
    }

    /// `end` must not come before `start` when both are known.
    pub fn range(
        &self,
        start: &Option<Date>,
        end_field: &str,
        end: &Option<Date>,
    ) -> Result<(), ValidationError> {
        self.opt_date("start", start)?;
        self.opt_date(end_field, end)?;
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            return Err(self.fail(end_field, format!("{e} is before the start {s}")));
        }
        Ok(())
    }

    pub fn percent(&self, field: &str, value: Option<f64>) -> Result<(), ValidationError> {
        match value {
            Some(v) if !(0.0..=100.0).contains(&v) || v.is_nan() => {
                Err(self.fail(field, format!("{v} is not a percentage between 0 and 100")))
            }
            _ => Ok(()),
        }
    }

    pub fn hours(&self, field: &str, value: Option<f64>) -> Result<(), ValidationError> {
        match value {
            Some(v) if !(0.0..=10_000.0).contains(&v) || v.is_nan() => {
                Err(self.fail(field, format!("{v} hours is not plausible (0..10000)")))
            }
            _ => Ok(()),
        }
    }

    pub fn count(&self, field: &str, len: usize) -> Result<(), ValidationError> {
        if len > MAX_NESTED_ITEMS {
            return Err(self.fail(
                field,
                format!("has {len} items; at most {MAX_NESTED_ITEMS}"),
            ));
        }
        Ok(())
    }

    /// Photos of an activity or a story: images only, and not too many.
    pub fn photos(&self, field: &str, photos: &[AttachmentRef]) -> Result<(), ValidationError> {
        if photos.len() > MAX_PHOTOS {
            return Err(self.fail(
                field,
                format!("has {} photos; at most {MAX_PHOTOS}", photos.len()),
            ));
        }
        for (i, a) in photos.iter().enumerate() {
            let at = format!("{field}[{i}]");
            self.attachment(&at, a)?;
            if !a.mime.starts_with("image/") {
                return Err(self.child(&at).fail("mime", "must be an image"));
            }
        }
        Ok(())
    }

    pub fn attachment(&self, field: &str, a: &AttachmentRef) -> Result<(), ValidationError> {
        let c = self.child(field);
        if a.sha256.len() != 64 || !a.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(c.fail("sha256", "is not a hex SHA-256 digest"));
        }
        c.required("mime", &a.mime)?;
        c.opt_short("file_name", &a.file_name)
    }

    /// Opaque signed text (checked by `mosaic-attest`, not here): a bounded run of
    /// printable ASCII, so it survives copying and QR codes.
    pub fn proof(&self, field: &str, value: &str) -> Result<(), ValidationError> {
        if value.is_empty() || value.len() > MAX_PROOF {
            return Err(self.fail(
                field,
                format!("must be 1 to {MAX_PROOF} characters of signed text"),
            ));
        }
        if !value.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(self.fail(field, "must be printable ASCII without spaces"));
        }
        Ok(())
    }

    /// Signed confirmations: a bounded list of signed texts (verified where they are shown).
    pub fn endorsements(&self, field: &str, value: &[String]) -> Result<(), ValidationError> {
        self.count(field, value.len())?;
        for (i, e) in value.iter().enumerate() {
            self.proof(&format!("{field}[{i}]"), e)?;
        }
        Ok(())
    }
}

/// Implemented by every model type that users can edit.
pub trait Validate {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError>;

    fn validate(&self) -> Result<(), ValidationError> {
        self.validate_at(&Checker::new("$"))
    }
}

impl Validate for Profile {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.short("name_latin", &self.name_latin)?;
        c.opt_short("name_own_script", &self.name_own_script)?;
        if let Some(photo) = &self.photo {
            c.attachment("photo", photo)?;
        }
        c.opt_short("email", &self.email)?;
        if let Some(email) = &self.email
            && !email.is_empty()
            && !email.contains('@')
        {
            return Err(c.fail("email", "is not an e-mail address"));
        }
        c.opt_short("phone", &self.phone)?;
        c.opt_short("city", &self.city)?;
        c.opt_short("country", &self.country)?;
        c.count("mother_tongues", self.mother_tongues.len())?;
        for (i, code) in self.mother_tongues.iter().enumerate() {
            c.language_tag(&format!("mother_tongues[{i}]"), code)?;
        }
        c.opt_long("about", &self.about)
    }
}

impl Validate for Language {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.language_tag("code", &self.code)?;
        c.count("history", self.history.len())?;
        c.count("evidence", self.evidence.len())?;
        for (i, a) in self.history.iter().enumerate() {
            let h = c.child(&format!("history[{i}]"));
            h.date("date", &a.date)?;
            h.opt_short("assessor_name", &a.assessor_name)?;
            h.opt_long("note", &a.note)?;
        }
        c.endorsements("endorsements", &self.endorsements)
    }
}

impl Validate for Certificate {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("title", &self.title)?;
        c.opt_short("issuer", &self.issuer)?;
        c.opt_short("level", &self.level)?;
        c.range(&self.issued_on, "expires_on", &self.expires_on)
            .map_err(|e| ValidationError {
                path: e.path.replace(".start", ".issued_on"),
                message: e.message,
            })?;
        c.count("attachments", self.attachments.len())?;
        for (i, a) in self.attachments.iter().enumerate() {
            c.attachment(&format!("attachments[{i}]"), a)?;
        }
        c.endorsements("endorsements", &self.endorsements)?;
        c.opt_long("note", &self.note)?;
        if let Some(cred) = &self.credential
            && cred.len() > 1_000_000
        {
            return Err(c.fail("credential", "is larger than 1 MB"));
        }
        Ok(())
    }
}

impl Validate for Programme {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("title", &self.title)?;
        c.opt_short("provider", &self.provider)?;
        c.opt_short("stage", &self.stage)?;
        c.opt_short("level", &self.level)?;
        c.opt_short("template_id", &self.template_id)?;
        c.count("requires", self.requires.len())?;
        for (i, r) in self.requires.iter().enumerate() {
            c.required(&format!("requires[{i}]"), r)?;
        }
        c.range(&self.start, "end", &self.end)?;
        c.percent("min_attendance_pct", self.min_attendance_pct)?;
        c.percent("pass_mark_pct", self.pass_mark_pct)?;
        c.endorsements("endorsements", &self.endorsements)?;
        c.count("modules", self.modules.len())?;
        for (i, m) in self.modules.iter().enumerate() {
            let mc = c.child(&format!("modules[{i}]"));
            mc.required("name", &m.name)?;
            mc.hours("hours", m.hours)?;
            mc.opt_short("key", &m.key)?;
            mc.opt_short("level", &m.level)?;
            mc.percent("attendance_pct", m.attendance_pct)?;
            mc.percent("min_attendance_pct", m.min_attendance_pct)?;
            mc.percent("score_pct", m.score_pct)?;
            mc.percent("pass_mark_pct", m.pass_mark_pct)?;
            if let Some(list) = &m.sessions {
                mc.proof("sessions", list)?;
            }
        }
        Ok(())
    }
}

impl Validate for Activity {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.opt_short("title", &self.title)?;
        c.date("date", &self.date)?;
        c.opt_short("place", &self.place)?;
        c.opt_short("organiser", &self.organiser)?;
        c.opt_short("topic", &self.topic)?;
        c.hours("hours", self.hours)?;
        c.endorsements("endorsements", &self.endorsements)?;
        c.photos("photos", &self.photos)?;
        if let Some(proof) = &self.proof {
            c.proof("proof", proof)?;
        }
        c.opt_long("note", &self.note)
    }
}

impl Validate for Experience {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("role", &self.role)?;
        c.opt_short("employer", &self.employer)?;
        c.opt_short("place", &self.place)?;
        c.range(&self.start, "end", &self.end)?;
        c.endorsements("endorsements", &self.endorsements)?;
        c.opt_long("description", &self.description)
    }
}

impl Validate for Education {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("qualification", &self.qualification)?;
        c.opt_short("institution", &self.institution)?;
        c.opt_short("country", &self.country)?;
        c.range(&self.start, "end", &self.end)?;
        c.opt_long("description", &self.description)
    }
}

impl Validate for SkillEntry {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("name", &self.name)?;
        c.opt_short("category", &self.category)?;
        c.opt_short("level", &self.level)?;
        c.opt_long("description", &self.description)
    }
}

impl Validate for Story {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("title", &self.title)?;
        c.long("body", &self.body)?;
        c.photos("photos", &self.photos)?;
        c.opt_date("date", &self.date)
    }
}

impl Validate for Reflection {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        if self.is_empty() {
            return Err(c.fail(
                "did",
                "a reflection needs some words, a photo or a voice note",
            ));
        }
        c.opt_date("date", &self.date)?;
        c.long("did", &self.did)?;
        c.long("learned", &self.learned)?;
        c.long("met", &self.met)?;
        c.count("new_words", self.new_words.len())?;
        for (i, w) in self.new_words.iter().enumerate() {
            c.short(&format!("new_words[{i}]"), w)?;
        }
        c.photos("photos", &self.photos)?;
        if let Some(v) = &self.voice {
            c.attachment("voice", v)?;
            if !v.mime.starts_with("audio/") {
                return Err(c.child("voice").fail("mime", "must be a sound recording"));
            }
        }
        Ok(())
    }
}

impl Validate for Competence {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.count("history", self.history.len())?;
        for (i, a) in self.history.iter().enumerate() {
            let ac = c.child(&format!("history[{i}]"));
            ac.date("date", &a.date)?;
            if !COMPETENCE_LEVELS.contains(&a.level) {
                return Err(ac.fail(
                    "level",
                    format!(
                        "must be {} to {}",
                        COMPETENCE_LEVELS.start(),
                        COMPETENCE_LEVELS.end()
                    ),
                ));
            }
            ac.opt_short("assessor_name", &a.assessor_name)?;
            ac.opt_long("note", &a.note)?;
        }
        c.count("evidence", self.evidence.len())
    }
}

impl Validate for Consent {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("organisation", &self.organisation)?;
        c.required("title", &self.title)?;
        if let Some(name) = &self.first_name {
            c.required("first_name", name)?;
        }
        if let Some(sha) = &self.included_photo
            && (sha.len() != 64 || !sha.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(c.fail("included_photo", "is not a hex SHA-256 digest"));
        }
        match crate::testimonial::public_key_hex(&self.secret_key) {
            None => return Err(c.fail("secret_key", "is not a hex Ed25519 key seed")),
            Some(public) if !public.eq_ignore_ascii_case(&self.public_key) => {
                return Err(c.fail("public_key", "is not the public half of secret_key"));
            }
            Some(_) => {}
        }
        if let Some(w) = self.withdrawn_at
            && w < self.given_at
        {
            return Err(c.fail("withdrawn_at", "is before given_at"));
        }
        Ok(())
    }
}

impl Validate for Goal {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        c.required("title", &self.title)?;
        c.opt_date("due", &self.due)?;
        c.count("steps", self.steps.len())?;
        for (i, step) in self.steps.iter().enumerate() {
            let s = c.child(&format!("steps[{i}]"));
            s.required("text", &step.text)?;
            s.opt_date("due", &step.due)?;
        }
        if let Some(p) = &self.proposed_by {
            let pc = c.child("proposed_by");
            pc.required("name", &p.name)?;
            pc.required("fingerprint", &p.fingerprint)?;
            pc.required("proposal", &p.proposal)?;
        }
        c.opt_long("note", &self.note)
    }
}

impl Validate for Portfolio {
    fn validate_at(&self, c: &Checker) -> Result<(), ValidationError> {
        self.profile.validate_at(&c.child("profile"))?;
        fn each<T: Validate>(c: &Checker, key: &str, items: &[T]) -> Result<(), ValidationError> {
            for (i, item) in items.iter().enumerate() {
                item.validate_at(&c.child(&format!("{key}[{i}]")))?;
            }
            Ok(())
        }
        each(c, "languages", &self.languages)?;
        each(c, "certificates", &self.certificates)?;
        each(c, "programmes", &self.programmes)?;
        each(c, "activities", &self.activities)?;
        each(c, "experience", &self.experience)?;
        each(c, "education", &self.education)?;
        each(c, "skills", &self.skills)?;
        each(c, "stories", &self.stories)?;
        each(c, "goals", &self.goals)?;
        each(c, "competences", &self.competences)?;
        each(c, "reflections", &self.reflections)?;
        each(c, "consents", &self.consents)
    }
}
