//! Readers: the bytes of a notice, in any format we take, into one [`Document`].
//!
//! The format is told by the content first (a ZIP archive is a .docx or an .odt by its
//! `[Content_Types].xml` or `mimetype` entry, `%PDF-` is a PDF, `<html`/`<!DOCTYPE html`
//! is a web page) and by the name's extension second (.md and .markdown are Markdown,
//! .html and .htm web pages). Every reader is bounded: the file by
//! [`MAX_IMPORT_BYTES`](super::MAX_IMPORT_BYTES), a ZIP archive's entries and inflated
//! bytes by [`MAX_ZIP_ENTRIES`] and [`MAX_INFLATED_BYTES`], a PDF by its pages and text;
//! none panics on bad input (the PDF extractor, a third-party parser, runs under
//! `catch_unwind` as a last line of defence).

mod docx;
mod html;
mod markdown;
mod odt;
mod pdf;
pub(crate) mod reflow;
mod text;
mod xml;
mod zipped;

use super::ImportError;
use super::decode::{self, BinaryKind, DecodeError};
use super::document::{Document, Format};

pub use pdf::MAX_PDF_PAGES;
pub use zipped::{MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES};

/// Reads `bytes` (named `name`, for messages and the extension) into a document.
///
/// Errors: [`ImportError`], each naming `name`: empty, too large, a format that is not
/// a notice (an image, an old .doc), a damaged or hostile file (a truncated PDF, a zip
/// bomb).
pub(crate) fn read(bytes: &[u8], name: &str) -> Result<Document, ImportError> {
    let doc = read_any(bytes, name)?;
    if doc.blocks.is_empty() {
        return Err(ImportError::NoText { name: name.to_owned() });
    }
    Ok(doc)
}

fn read_any(bytes: &[u8], name: &str) -> Result<Document, ImportError> {
    let owned = || name.to_owned();
    if bytes.len() > super::MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { name: owned(), size: bytes.len(), limit: super::MAX_IMPORT_BYTES });
    }
    if bytes.is_empty() {
        return Err(ImportError::Empty { name: owned() });
    }
    let ext = extension(name);
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return zipped::read_office(bytes, name);
    }
    if is_pdf(bytes) {
        return pdf::read(bytes, name);
    }
    // A name that promises a document the content is not.
    if matches!(ext.as_str(), "docx" | "odt" | "pdf") {
        let what = match decode::signature(bytes) {
            Some(kind) => kind.describe_short(),
            None => "text or something else",
        };
        let expected = match ext.as_str() {
            "docx" => "a Word document (a ZIP archive)",
            "odt" => "an OpenDocument text (a ZIP archive)",
            _ => "a PDF file",
        };
        return Err(ImportError::Unreadable {
            name: owned(),
            reason: format!("the name says .{ext}, which is {expected}, but the content is {what}"),
        });
    }
    let decoded = decode::decode(bytes).map_err(|e| match e {
        DecodeError::Empty => ImportError::Empty { name: owned() },
        DecodeError::NoText => ImportError::NoText { name: owned() },
        DecodeError::Binary(kind) => ImportError::NotText { name: owned(), kind },
    })?;
    let format = if matches!(ext.as_str(), "html" | "htm" | "xhtml") || html::looks_like_html(&decoded.text) {
        Format::Html
    } else if matches!(ext.as_str(), "md" | "markdown") {
        Format::Markdown
    } else {
        Format::Text
    };
    let mut doc = match format {
        Format::Html => html::read(&decoded.text),
        Format::Markdown => markdown::read(&decoded.text),
        _ => text::read(&decoded.text),
    };
    doc.encoding = decoded.encoding;
    let mut cleanup = decoded.cleanup;
    cleanup.ligatures += doc.cleanup.ligatures;
    doc.cleanup = cleanup;
    Ok(doc)
}

/// The file name's extension, lower case ("" when none).
fn extension(name: &str) -> String {
    std::path::Path::new(name).extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default()
}

/// `%PDF-` within the first kilobyte (ISO 32000-1, 7.5.2 lets junk precede the header).
fn is_pdf(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The signature kinds a reader can name in its errors.
impl BinaryKind {
    /// What the content is, in a few words ("a PNG image").
    pub fn describe_short(self) -> &'static str {
        match self {
            BinaryKind::Pdf => "a PDF file",
            BinaryKind::Zip => "a ZIP archive",
            BinaryKind::OldOffice => "an old Word or Excel file (.doc/.xls)",
            BinaryKind::Rtf => "an RTF file",
            BinaryKind::Image => "an image",
            BinaryKind::Other => "binary data",
        }
    }
}
