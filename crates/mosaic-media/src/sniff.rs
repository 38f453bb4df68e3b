//! Content sniffing from magic bytes. The file name is never trusted.

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sniffed {
    Jpeg,
    Png,
    WebP,
    Pdf,
    /// ISO-BMFF with a HEIC/HEIF/AVIF brand; carries the brand that matched.
    Heic(String),
    /// Anything else, with a human name for it.
    Other(String),
}

impl Sniffed {
    /// A short human name, used in error messages.
    pub(crate) fn describe(&self) -> String {
        match self {
            Sniffed::Jpeg => "a JPEG image".into(),
            Sniffed::Png => "a PNG image".into(),
            Sniffed::WebP => "a WebP image".into(),
            Sniffed::Pdf => "a PDF document".into(),
            Sniffed::Heic(b) => format!("a HEIC/HEIF/AVIF image (brand {b})"),
            Sniffed::Other(s) => s.clone(),
        }
    }
}

const HEIF_BRANDS: &[&[u8; 4]] = &[
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"mif2",
    b"msf1", b"avif", b"avis", b"avio",
];

pub(crate) fn sniff(b: &[u8]) -> Sniffed {
    if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Sniffed::Jpeg;
    }
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Sniffed::Png;
    }
    if b.len() >= 12 && &b[0..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        return Sniffed::WebP;
    }
    if b.starts_with(b"%PDF-") {
        return Sniffed::Pdf;
    }
    if b.len() >= 12 && &b[4..8] == b"ftyp" {
        // Box size, then major brand, minor version, compatible brands.
        let box_len = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        let end = box_len.clamp(12, 256).min(b.len());
        let mut brands: Vec<&[u8]> = vec![&b[8..12]];
        let mut i = 16;
        while i + 4 <= end {
            brands.push(&b[i..i + 4]);
            i += 4;
        }
        for brand in &brands {
            if HEIF_BRANDS.iter().any(|h| &h[..] == *brand) {
                return Sniffed::Heic(String::from_utf8_lossy(brand).into_owned());
            }
        }
        let major = String::from_utf8_lossy(&b[8..12]).into_owned();
        return Sniffed::Other(format!("an MP4/QuickTime-style file (brand {major})"));
    }
    let other = if b.starts_with(b"PK\x03\x04") || b.starts_with(b"PK\x05\x06") {
        "a ZIP archive (or an Office document)"
    } else if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        "a GIF image"
    } else if b.starts_with(b"BM") && b.len() > 14 {
        "a BMP image"
    } else if b.starts_with(b"II*\0") || b.starts_with(b"MM\0*") {
        "a TIFF image"
    } else if b.starts_with(&[0x00, 0x00, 0x00, 0x0C, b'j', b'P'])
        || b.starts_with(&[0xFF, 0x4F, 0xFF, 0x51])
    {
        "a JPEG 2000 image"
    } else if b.starts_with(&[0xFF, 0x0A]) || b.starts_with(b"\0\0\0\x0cJXL ") {
        "a JPEG XL image"
    } else if b.starts_with(b"8BPS") {
        "a Photoshop document"
    } else if b.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        "an old Microsoft Office document"
    } else if b.starts_with(b"Rar!") {
        "a RAR archive"
    } else if b.starts_with(&[0x1F, 0x8B]) {
        "a gzip archive"
    } else if b.starts_with(b"7z\xBC\xAF") {
        "a 7-Zip archive"
    } else if b.starts_with(b"{\\rtf") {
        "an RTF document"
    } else if looks_like_svg(b) {
        "an SVG/XML file"
    } else if std::str::from_utf8(&b[..b.len().min(512)]).is_ok() {
        "a text file"
    } else {
        "an unrecognised binary file"
    };
    Sniffed::Other(other.into())
}

fn looks_like_svg(b: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&b[..b.len().min(512)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<?xml") || t.starts_with("<svg")
}

/// What the file name's extension claims, if it names a kind we know.
pub(crate) fn claimed_by_name(name: &str) -> Option<Sniffed> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "jpg" | "jpeg" | "jpe" | "jfif" => Sniffed::Jpeg,
        "png" => Sniffed::Png,
        "webp" => Sniffed::WebP,
        "pdf" => Sniffed::Pdf,
        "heic" | "heif" | "avif" => Sniffed::Heic(ext),
        _ => return None,
    })
}
