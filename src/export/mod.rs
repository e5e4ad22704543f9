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

use crate::i18n::DocText;
use crate::layout::{self, Paper, PosterError};
use crate::model::{Date, Lang, Logo, Register};
use crate::notice;
use crate::validate::{self, Severity};

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
    /// The paper of a poster PDF (a notice is always A4).
    pub paper: Paper,
}

impl Options {
    /// The full notice in `lang` as `format`.
    pub fn notice(lang: Lang, format: Format) -> Options {
        Options { lang, poster: false, format, paper: Paper::A4 }
    }

    /// The A4 poster in `lang` as `format`.
    pub fn poster(lang: Lang, format: Format) -> Options {
        Options { lang, poster: true, format, paper: Paper::A4 }
    }
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
///
/// # Errors
/// [`ExportError`]: a poster that does not fit, a PDF that cannot be written.
pub fn export(register: &Register, options: &Options) -> Result<Output, ExportError> {
    export_with_logo(register, options, None)
}

/// [`export`], with the organisation's logo at the top of a poster.
///
/// # Errors
/// As [`export`].
pub fn export_with_logo(register: &Register, options: &Options, logo: Option<&Logo>) -> Result<Output, ExportError> {
    let lang = options.lang;
    if options.poster {
        let (poster, page, mut warnings) = fitted_poster(register, lang, logo);
        return match options.format {
            Format::Txt => Ok(Output { bytes: txt::poster(&poster), warnings }),
            Format::Html => Err(ExportError::PosterHtml),
            Format::Pdf => {
                // The A4 page laid out while fitting, enlarged for A3 (as layout::poster_on).
                let page = page?;
                let page = if options.paper == Paper::A4 { page } else { page.scaled(options.paper.scale()) };
                let mut out = pdf_output(&[page], &poster.info)?;
                warnings.append(&mut out.warnings);
                Ok(Output { bytes: out.bytes, warnings })
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

/// The poster of `register` in `lang` as it is printed, and what the DPO should know:
/// - a register with errors gives a draft ([`notice::Poster::mark_draft`]);
/// - when the content does not fit one page, the purposes printed from their whole
///   description are cut to their first sentence if that makes it fit
///   ([`notice::Poster::shorten_purposes`]); otherwise the poster is left whole, and laying
///   it out names the fields to shorten.
pub fn poster(register: &Register, lang: Lang, logo: Option<&Logo>) -> (notice::Poster, Vec<String>) {
    let (poster, _, warnings) = fitted_poster(register, lang, logo);
    (poster, warnings)
}

/// [`poster`], with its A4 page as laid out while fitting it (each layout is done once).
fn fitted_poster(
    register: &Register,
    lang: Lang,
    logo: Option<&Logo>,
) -> (notice::Poster, Result<layout::Page, PosterError>, Vec<String>) {
    let mut poster = notice::poster(register, lang).with_logo(logo);
    let mut warnings = Vec::new();
    let errors = poster_errors(register);
    if errors > 0 {
        poster.mark_draft(DocText::Draft.get(lang));
        warnings.push(draft_warning(errors, lang));
    }
    let mut page = layout::poster(&poster);
    if page.is_err() {
        // Two lines of poster text a purpose, then one, then half a line.
        for max in SHORT_PURPOSES {
            let mut short = poster.clone();
            let cut = short.shorten_purposes(max);
            if cut.is_empty() {
                continue;
            }
            if let Ok(fits) = layout::poster(&short) {
                (poster, page) = (short, Ok(fits));
                warnings.push(shortened_warning(cut.len(), lang));
                break;
            }
        }
    }
    (poster, page, warnings)
}

/// The lengths, in characters, [`poster`] tries in turn for a purpose cut to fit.
const SHORT_PURPOSES: [usize; 3] = [160, 90, 50];

/// How many errors the validator finds in `register`, judged as of the register's own date
/// (updated, else created), so that the same register always gives the same poster.
fn poster_errors(register: &Register) -> usize {
    let as_of = register.updated.or(register.created).or(Date::from_ymd(2000, 1, 1));
    let Some(as_of) = as_of else { return 0 };
    validate::validate_at(register, None, as_of).iter().filter(|f| f.severity == Severity::Error).count()
}

/// The warning that goes with a draft poster.
fn draft_warning(errors: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "Rekisterissä on {errors} virhettä: juliste tulostettiin LUONNOKSENA, ja puuttuvat kohdat jätettiin pois."
        ),
        Lang::Sv => {
            format!("Registret har {errors} fel: affischen skrevs ut som UTKAST och det som saknas lämnades bort.")
        }
        Lang::En => {
            format!("The register has {errors} errors: the poster is marked DRAFT and what is missing is left out.")
        }
    }
}

/// The warning that goes with a poster whose purposes were cut to their first sentence.
fn shortened_warning(purposes: usize, lang: Lang) -> String {
    match lang {
        Lang::Fi => format!(
            "Juliste ei mahtunut sivulle: {purposes} käyttötarkoituksesta tulostettiin vain ensimmäinen virke. \
             Kirjoita niille lyhyt julisteteksti, niin valitset sanat itse."
        ),
        Lang::Sv => format!(
            "Affischen rymdes inte på sidan: för {purposes} ändamål skrevs bara första meningen ut. \
             Skriv en kort text för affischen för att välja orden själv."
        ),
        Lang::En => format!(
            "The poster did not fit: {purposes} purposes show only their first sentence. \
             Give them a short poster text to choose the words yourself."
        ),
    }
}

fn pdf_output(pages: &[layout::Page], info: &notice::DocInfo) -> Result<Output, ExportError> {
    let pdf = pdf::write(pages, info)?;
    Ok(Output { bytes: pdf.bytes, warnings: pdf.missing.iter().map(ToString::to_string).collect() })
}
