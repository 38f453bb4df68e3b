//! PDF CV rendering with Typst as a library, plus JSON Resume and Europass XML exports.
