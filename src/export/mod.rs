//! Exporters: pure functions from a register (through the notice builder and the layout
//! engine) to the bytes of a file. The caller decides where the bytes go.
//! - [`pdf`]: laid-out pages to a tagged PDF/UA-1 and PDF/A-2a file (the only module that names
//!   the PDF library, krilla);
//! - [`txt`]: the notice or poster as plain text;
//! - [`html`]: the notice as an accessible, self-contained web page;
//! - [`record`]: the Art. 30 record of a whole workspace as CSV or an Excel workbook;
//! - [`description`]: the Tiedonhallintalaki §28 description of a workspace's registers;
//! - [`site`]: a whole workspace as a static web site (index, layered notices, PDFs, sitemap).

pub mod description;
pub mod html;
pub mod pdf;
pub mod record;
pub mod site;
pub mod txt;

use crate::layout::{self, PosterError};
use crate::model::{Lang, Register};
use crate::notice;

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// PDF.
    Pdf,
    /// Plain UTF-8 text.
    Txt,
    /// One self-contained HTML page (the full notice only).
    Html,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Txt => "txt",
            Format::Html => "html",
        }
    }
}

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The notice language.
    pub lang: Lang,
    /// The one-page poster instead of the full notice.
    pub poster: bool,
    /// PDF, text or HTML.
    pub format: Format,
}

/// An exported file.
#[derive(Clone, Debug)]
pub struct Output {
    /// The bytes to write.
    pub bytes: Vec<u8>,
    /// Things the user should know, e.g. characters the font cannot draw.
    pub warnings: Vec<String>,
}

/// Why an export failed.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ExportError {
    /// The poster does not fit on one page.
    #[error(transparent)]
    Poster(#[from] PosterError),
    /// The PDF could not be written.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    /// The poster is a printed sign: it has no HTML form.
    #[error("the poster is made as PDF or text, not HTML; export the full notice as HTML")]
    PosterHtml,
}

/// Exports `register` as `options` say.
pub fn export(register: &Register, options: &Options) -> Result<Output, ExportError> {
    let lang = options.lang;
    if options.poster {
        let poster = notice::poster(register, lang);
        return match options.format {
            Format::Txt => Ok(Output { bytes: txt::poster(&poster), warnings: Vec::new() }),
            Format::Html => Err(ExportError::PosterHtml),
            Format::Pdf => {
                let page = layout::poster(&poster)?;
                pdf_output(&[page], &poster.info)
            }
        };
    }
    let n = notice::build(register, lang);
    match options.format {
        Format::Txt => Ok(Output { bytes: txt::notice(&n), warnings: Vec::new() }),
        Format::Html => Ok(Output { bytes: html::notice(&n), warnings: Vec::new() }),
        Format::Pdf => pdf_output(&layout::notice(&n), &n.info),
    }
}

fn pdf_output(pages: &[layout::Page], info: &notice::DocInfo) -> Result<Output, ExportError> {
    let pdf = pdf::write(pages, info)?;
    Ok(Output { bytes: pdf.bytes, warnings: pdf.missing.iter().map(ToString::to_string).collect() })
}
