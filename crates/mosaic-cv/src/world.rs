//! A minimal, offline Typst world: one embedded template as `/main.typ`, the CV data as
//! `/data.json`, an optional `/photo`, and the fonts in `crates/mosaic-cv/fonts/`.

use std::sync::LazyLock;

use chrono::{Datelike, Timelike, Utc};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::{CvError, Template};

pub(crate) const EUROPASS_TYP: &str = include_str!("../templates/europass.typ");
pub(crate) const COMPACT_TYP: &str = include_str!("../templates/compact.typ");

/// The shipped fonts: (file name, bytes).
pub(crate) const FONT_FILES: &[(&str, &[u8])] = &[
    (
        "NotoSans-Regular.ttf",
        include_bytes!("../fonts/NotoSans-Regular.ttf"),
    ),
    (
        "NotoSans-Bold.ttf",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoNaskhArabic-Regular.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    ),
    (
        "NotoNaskhArabic-Bold.ttf",
        include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    ),
    (
        "NotoSansEthiopic-Regular.ttf",
        include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic-Bold.ttf",
        include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
    (
        "NotoSansBengali-Regular.ttf",
        include_bytes!("../fonts/NotoSansBengali-Regular.ttf"),
    ),
    (
        "NotoSansBengali-Bold.ttf",
        include_bytes!("../fonts/NotoSansBengali-Bold.ttf"),
    ),
];

/// The characters of `text` that no shipped font has a glyph for (they would print as
/// empty boxes). Spaces, controls and format characters (ZWNJ, bidi marks) need none.
pub fn missing_glyphs(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !is_format(*c))
        .filter(|c| {
            !SHARED
                .fonts
                .iter()
                .any(|f| f.info().coverage.contains(*c as u32))
        })
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Unicode "Cf" characters the CV may carry: joiners and bidi marks.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

pub(crate) fn template_source(template: Template) -> &'static str {
    match template {
        Template::Europass => EUROPASS_TYP,
        Template::Compact => COMPACT_TYP,
    }
}

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static SHARED: LazyLock<Shared> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|(_, data)| Font::iter(Bytes::new(*data)))
        .collect();
    Shared {
        library: LazyHash::new(Library::default()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

struct CvWorld {
    main: FileId,
    main_source: Source,
    data_id: Option<FileId>,
    data: Bytes,
    /// Read-only files the template may read: `/photo`, `/qr.svg`, the credential.
    files: Vec<(FileId, Bytes)>,
    today: chrono::NaiveDate,
}

impl World for CvWorld {
    fn library(&self) -> &LazyHash<Library> {
        &SHARED.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &SHARED.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.main_source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if Some(id) == self.data_id {
            return Ok(self.data.clone());
        }
        if let Some((_, bytes)) = self.files.iter().find(|(f, _)| *f == id) {
            return Ok(bytes.clone());
        }
        if id == self.main {
            return Ok(Bytes::from_string(self.main_source.text().to_owned()));
        }
        Err(FileError::AccessDenied)
    }

    fn font(&self, index: usize) -> Option<Font> {
        SHARED.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

fn diagnostics_text(diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            let mut s = format!("{:?}: {}", d.severity, d.message);
            for hint in &d.hints {
                s.push_str(&format!("\n  hint: {}", hint.v));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Compiles the CV. `files` are the virtual files the template reads (`/photo`, `/qr.svg`,
/// the attached credential); with an attachment the PDF is PDF/A-3u, which allows one
/// (PDF/A-2 does not), else PDF/A-2u.
pub(crate) fn compile_pdf(
    template: Template,
    data: Vec<u8>,
    files: Vec<(&str, Vec<u8>)>,
    attaches: bool,
) -> Result<Vec<u8>, CvError> {
    let main = file_id("/main.typ").ok_or_else(|| CvError::Typst("bad main path".into()))?;
    let world = CvWorld {
        main,
        main_source: Source::new(main, template_source(template).to_owned()),
        data_id: file_id("/data.json"),
        data: Bytes::new(data),
        files: files
            .into_iter()
            .filter_map(|(path, bytes)| Some((file_id(path)?, Bytes::new(bytes))))
            .collect(),
        today: Utc::now().date_naive(),
    };
    let warned = typst::compile::<PagedDocument>(&world);
    // Typst memoises across compilations; keep the cache from growing without bound in a
    // long-running app (the CLI's watch mode does the same).
    typst::comemo::evict(10);
    let document = warned
        .output
        .map_err(|errors| CvError::Typst(diagnostics_text(&errors)))?;

    let archival = if attaches {
        PdfStandard::A_3u
    } else {
        PdfStandard::A_2u
    };
    let standards =
        PdfStandards::new(&[archival]).map_err(|e| CvError::Pdf(e.message().to_string()))?;
    let now = Utc::now();
    let timestamp = Datetime::from_ymd_hms(
        now.year(),
        u8::try_from(now.month()).unwrap_or(1),
        u8::try_from(now.day()).unwrap_or(1),
        u8::try_from(now.hour()).unwrap_or(0),
        u8::try_from(now.minute()).unwrap_or(0),
        u8::try_from(now.second()).unwrap_or(0),
    )
    .map(Timestamp::new_utc);
    let options = PdfOptions {
        standards,
        tagged: true,
        timestamp,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| CvError::Pdf(diagnostics_text(&errors)))
}
