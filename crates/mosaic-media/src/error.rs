//! Errors returned by [`crate::import_attachment`].

use thiserror::Error;

/// Why an attachment could not be imported. Every message names the problem in plain words so
/// the UI can show it (after translation) without guessing.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaError {
    /// Zero bytes were given.
    #[error("the file is empty")]
    EmptyFile,
    /// The file is bigger than [`crate::Limits::max_file_bytes`].
    #[error("the file is too large ({size} bytes; the limit is {max} bytes)")]
    TooLarge { size: u64, max: u64 },
    /// The image header announces more pixels than [`crate::Limits::max_pixels`] (checked before
    /// any pixel is decoded, so decompression bombs are refused cheaply).
    #[error("the image is too large ({width} x {height} pixels; the limit is {max} pixels)")]
    TooManyPixels { width: u32, height: u32, max: u64 },
    /// Content is neither JPEG, PNG, WebP nor PDF. `found` names what the bytes look like.
    #[error("unsupported file type: {found} (use a JPEG, PNG or WebP photo, or a PDF)")]
    UnsupportedType { found: String },
    /// The file name says one kind (e.g. `.jpg`) but the bytes are another supported kind
    /// (e.g. a PDF).
    #[error("type mismatch: the name says {claimed} but the content is {found}")]
    TypeMismatch { claimed: String, found: String },
    /// A voice note whose content is no sound recording the app keeps.
    #[error(
        "this is not a sound recording: {found} (record in the app, or use WebM, Ogg, MP4, WAV or MP3)"
    )]
    NotAudio { found: String },
    /// HEIC/HEIF/AVIF (ISO-BMFF `ftyp` with an image brand).
    #[error("HEIC photos are not supported yet; share it as JPEG (found brand \"{brand}\")")]
    Heic { brand: String },
    /// Truncated or damaged file, or the decoder refused it.
    #[error("the file is damaged or incomplete: {detail}")]
    Corrupt { detail: String },
    /// The decoder would need more memory than allowed.
    #[error("the image needs too much memory to open: {detail}")]
    MemoryLimit { detail: String },
    /// Re-encoding failed (should not happen for valid input; reported rather than panicking).
    #[error("could not re-encode the image: {detail}")]
    Encode { detail: String },
}
