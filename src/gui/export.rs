//! Export from the editor: the same exporter as `seloste export`, written atomically next
//! to the register as `<stem>-fi.pdf` (or `<stem>-fi-poster.pdf`).

use super::message::Message;
use crate::export::{self, Format, Options};
use crate::layout::{Paper, PosterError};
use crate::model::{Lang, Register};
use crate::store;
use std::path::{Path, PathBuf};

/// Writes the notice (or the poster on `poster` paper, with the workspace's logo) PDF next
/// to `register_path`; returns the file written and any warnings (e.g. characters the font
/// cannot draw, a draft poster, a logo that cannot be read).
pub fn export_pdf(
    register: &Register,
    register_path: &Path,
    lang: Lang,
    poster: Option<Paper>,
) -> Result<(PathBuf, Vec<String>), Message> {
    let stem =
        register_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "rekisteri".to_owned());
    let suffix = match poster {
        None => "",
        Some(Paper::A4) => "-poster",
        Some(Paper::A3) => "-poster-a3",
    };
    let out = register_path.with_file_name(format!("{stem}-{}{suffix}.pdf", lang.code()));
    let mut warnings = Vec::new();
    let logo = match (poster, register_path.parent()) {
        (Some(_), Some(dir)) => store::load_logo(dir).unwrap_or_else(|e| {
            warnings.push(e.to_string());
            None
        }),
        _ => None,
    };
    let options = Options { lang, poster: poster.is_some(), format: Format::Pdf, paper: poster.unwrap_or_default() };
    let output = export::export_with_logo(register, &options, logo.as_ref()).map_err(|e| match e {
        // The fields to shorten, named in the UI language, each a button to it.
        export::ExportError::Poster(PosterError::DoesNotFit { fields, .. }) => {
            Message::poster_too_long(fields.into_iter().map(|(f, _)| f).collect())
        }
        e => Message::error(format!("{}: {e}", register_path.display())),
    })?;
    store::write_generated(&out, &output.bytes).map_err(|e| Message::error(e.to_string()))?;
    warnings.extend(output.warnings);
    Ok((out, warnings))
}
