//! Export from the editor: the same exporter as `seloste export`, written atomically next
//! to the register as `<stem>-fi.pdf` (or `<stem>-fi-poster.pdf`).

use crate::export::{self, Format, Options};
use crate::model::{Lang, Register};
use crate::store;
use std::path::{Path, PathBuf};

/// Writes the notice (or poster) PDF next to `register_path`; returns the file written and
/// any warnings (e.g. characters the font cannot draw).
pub fn export_pdf(
    register: &Register,
    register_path: &Path,
    lang: Lang,
    poster: bool,
) -> Result<(PathBuf, Vec<String>), String> {
    let stem =
        register_path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "rekisteri".to_owned());
    let suffix = if poster { "-poster" } else { "" };
    let out = register_path.with_file_name(format!("{stem}-{}{suffix}.pdf", lang.code()));
    let output =
        export::export(register, &Options { lang, poster, format: Format::Pdf, paper: crate::layout::Paper::A4 })
            .map_err(|e| format!("{}: {e}", register_path.display()))?;
    store::write_generated(&out, &output.bytes).map_err(|e| e.to_string())?;
    Ok((out, output.warnings))
}
