//! Shared helpers: render a CV, run poppler's tools on it.
#![allow(dead_code)]

use std::io::Write;
use std::process::Command;

use mosaic_core::Portfolio;
use mosaic_cv::{CvOptions, CvSection, Template};

pub fn options(lang: &str, template: Template, sections: &[CvSection]) -> CvOptions {
    CvOptions {
        lang: lang.into(),
        template,
        sections: sections.to_vec(),
        include_photo: false,
        verify_url: None,
    }
}

pub struct Pdf {
    pub file: tempfile::NamedTempFile,
    pub bytes: Vec<u8>,
}

pub fn render(p: &Portfolio, photo: Option<&[u8]>, o: &CvOptions) -> Pdf {
    match mosaic_cv::render_pdf(p, photo, o) {
        Ok(b) => Pdf::from_bytes(b),
        Err(e) => panic!("render_pdf failed: {e}"),
    }
}

impl Pdf {
    pub fn from_bytes(bytes: Vec<u8>) -> Pdf {
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        let mut file = tempfile::Builder::new()
            .suffix(".pdf")
            .tempfile()
            .expect("temp file");
        file.write_all(&bytes).expect("write pdf");
        Pdf { file, bytes }
    }
}

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} not runnable (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Pdf {
    fn path(&self) -> &str {
        self.file.path().to_str().expect("utf-8 temp path")
    }
    /// Text in logical reading order, as an employer's copy-paste or an ATS would get it.
    /// pdftotext wraps right-to-left runs in embedding marks (U+202A..U+202E); they are
    /// pdftotext's, not the PDF's, so they are removed.
    pub fn text(&self) -> String {
        strip_bidi_marks(&run("pdftotext", &["-enc", "UTF-8", self.path(), "-"]))
    }
    /// Same, but with the raw content stream order (no layout reconstruction).
    pub fn raw_text(&self) -> String {
        strip_bidi_marks(&run(
            "pdftotext",
            &["-raw", "-enc", "UTF-8", self.path(), "-"],
        ))
    }
    pub fn fonts(&self) -> String {
        run("pdffonts", &[self.path()])
    }
    pub fn info(&self) -> String {
        run("pdfinfo", &[self.path()])
    }
    pub fn xmp(&self) -> String {
        run("pdfinfo", &["-meta", self.path()])
    }
    /// The QR codes on page `page` (1-based), decoded by zbar from a 300 dpi rendering:
    /// what an employer's phone would read.
    pub fn qr_codes(&self, page: usize) -> Vec<String> {
        let dir = tempfile::tempdir().expect("temp dir");
        let prefix = dir.path().join("page");
        let prefix = prefix.to_str().expect("utf-8 temp path");
        let n = page.to_string();
        run(
            "pdftoppm",
            &[
                "-r",
                "300",
                "-gray",
                "-png",
                "-f",
                &n,
                "-l",
                &n,
                "-singlefile",
                self.path(),
                prefix,
            ],
        );
        let image = format!("{prefix}.png");
        let out = Command::new("zbarimg")
            .args(["--raw", "-q", "-Sdisable", "-Sqrcode.enable", &image])
            .output()
            .unwrap_or_else(|e| panic!("zbarimg not runnable (apt-get install zbar-tools): {e}"));
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
    pub fn pages(&self) -> usize {
        self.info()
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo reports pages")
    }
}

/// pdftotext breaks lines and may justify; compare on whitespace-collapsed text.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn strip_bidi_marks(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{202A}'..='\u{202E}').contains(c))
        .collect()
}
