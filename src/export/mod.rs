//! Exporters: pure functions from a register (through the notice builder and the layout
//! engine) to the bytes of a file. The caller decides where the bytes go.
//! - [`pdf`]: laid-out pages to PDF (the only module that names printpdf);
//! - [`txt`]: the notice or poster as plain text.

pub mod pdf;
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
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Txt => "txt",
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
    /// PDF or text.
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
}

/// Exports `register` as `options` say.
pub fn export(register: &Register, options: &Options) -> Result<Output, ExportError> {
    let lang = options.lang;
    if options.poster {
        let poster = notice::poster(register, lang);
        return match options.format {
            Format::Txt => Ok(Output { bytes: txt::poster(&poster), warnings: Vec::new() }),
            Format::Pdf => {
                let page = layout::poster(&poster)?;
                pdf_output(&[page], &poster.info)
            }
        };
    }
    let n = notice::build(register, lang);
    match options.format {
        Format::Txt => Ok(Output { bytes: txt::notice(&n), warnings: Vec::new() }),
        Format::Pdf => pdf_output(&layout::notice(&n), &n.info),
    }
}

fn pdf_output(pages: &[layout::Page], info: &notice::DocInfo) -> Result<Output, ExportError> {
    let pdf = pdf::write(pages, info)?;
    Ok(Output { bytes: pdf.bytes, warnings: pdf.missing.iter().map(ToString::to_string).collect() })
}
