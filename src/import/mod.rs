//! Import: the plain text of an existing notice (copied out of Word, a PDF or a web page)
//! to a register, with a report of what went where (DESIGN.md section 5).
//!
//! Pure: bytes in, register and report out; the caller reads and writes files.
//! The steps, one module each, a pipeline with no way back (decode → sections → regroup → fill):
//! - `decode` ([`decode()`]): encoding (UTF-8, UTF-16, Windows-1252/Latin-1) and clean-up
//!   (line ends, non-breaking spaces, invisible characters);
//! - `structure`: paragraphs, headings (the lexicon through `headings`, and heading
//!   shape), heading levels, web-page furniture and date lines;
//! - `regroup`: text that belongs to a section without a heading of its own moves there;
//! - `fill`: each section's text into its fields (`contact` splits contact blocks,
//!   `meaning` reads negations, answers, legal bases and rights);
//! - `report`: the [`ImportReport`] and its text.
//!
//! Nothing is lost: text that fits no field goes to an extra section under its own
//! heading ("Johdanto" for text before the first heading), the original headings and the
//! header's date lines are kept in the register's internal notes, and every word of the
//! input can be found in the register. Structure is not kept as words: list markers,
//! contact labels such as "puh." or "Sähköposti:" (the field says it), the "(at)" of an
//! obfuscated e-mail address (stored with "@") and a bare "Ei."/"Kyllä." answer (stored as
//! the answer).

mod contact;
mod decode;
mod fill;
mod headings;
mod lines;
mod meaning;
mod regroup;
mod report;
mod structure;

pub use decode::{BinaryKind, Cleanup, DecodeError, Decoded, Encoding, decode};
pub use headings::Target;
pub use report::{Ambiguity, DateRole, ExtraEntry, ExtraReason, FoundSection, How, ImportReport, Note};

use crate::model::{Lang, Register};
use std::path::Path;

/// Texts larger than this are refused (a notice is a few tens of kilobytes).
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// The result of an import: a new, unsaved register and the report on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The register, in draft status, its text in the notice's language.
    pub register: Register,
    /// What was found and where it went.
    pub report: ImportReport,
}

/// Why a text could not be imported. Every message starts with the name of the source.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// No bytes at all.
    #[error("{name}: the file is empty")]
    Empty {
        /// The source.
        name: String,
    },
    /// Only white space or invisible characters.
    #[error("{name}: the file has no text, only white space or invisible characters")]
    NoText {
        /// The source.
        name: String,
    },
    /// Not a text file.
    #[error("{name}: not a text file: {}", kind.describe())]
    NotText {
        /// The source.
        name: String,
        /// What it looks like.
        kind: BinaryKind,
    },
    /// Larger than [`MAX_IMPORT_BYTES`].
    #[error("{name}: the file is {size} bytes; texts over {limit} bytes are not imported")]
    TooLarge {
        /// The source.
        name: String,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

/// Imports the bytes of a plain-text notice. `source_name` (a file name) names the source
/// in the report and in error messages, and its stem becomes the register's id.
pub fn import_bytes(bytes: &[u8], source_name: &str) -> Result<Imported, ImportError> {
    let name = source_name.to_owned();
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { name, size: bytes.len(), limit: MAX_IMPORT_BYTES });
    }
    let decoded = decode::decode(bytes).map_err(|e| match e {
        decode::DecodeError::Empty => ImportError::Empty { name: name.clone() },
        decode::DecodeError::NoText => ImportError::NoText { name: name.clone() },
        decode::DecodeError::Binary(kind) => ImportError::NotText { name: name.clone(), kind },
    })?;
    let lang = detect_language(&decoded.text);
    let mut report =
        ImportReport::new(source_name, decoded.encoding, decoded.cleanup, lang, decoded.text.lines().count());
    let mut doc = structure::structure(&decoded.text);
    regroup::gather_by_content(&mut doc);
    regroup::regroup_by_meaning(&mut doc);
    let mut register = fill::fill(doc, lang, &mut report);
    register.id = id_from(source_name);
    Ok(Imported { register, report })
}

/// Imports a notice that is already text.
pub fn import_str(text: &str, source_name: &str) -> Result<Imported, ImportError> {
    import_bytes(text.as_bytes(), source_name)
}

/// The register id for a source: its file stem, in lower case, with spaces as dashes.
fn id_from(source_name: &str) -> String {
    let stem = Path::new(source_name).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    stem.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join("-")
}

/// Finnish, Swedish or English, by the commonest short words; Finnish when unsure.
fn detect_language(text: &str) -> Lang {
    const FI: &[&str] = &[
        "ja",
        "on",
        "tai",
        "sekä",
        "ei",
        "että",
        "tiedot",
        "tietoja",
        "henkilötietojen",
        "voidaan",
        "rekisterin",
        "kanssa",
        "myös",
    ];
    const SV: &[&str] =
        &["och", "att", "för", "som", "är", "av", "till", "med", "på", "inte", "eller", "uppgifter", "den", "det"];
    const EN: &[&str] =
        &["the", "and", "of", "to", "is", "are", "for", "with", "data", "personal", "your", "we", "or", "this"];
    let (mut fi, mut sv, mut en) = (0usize, 0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphanumeric()).take(20_000) {
        let w = w.to_lowercase();
        fi += usize::from(FI.contains(&w.as_str()));
        sv += usize::from(SV.contains(&w.as_str()));
        en += usize::from(EN.contains(&w.as_str()));
    }
    if sv > fi && sv >= en {
        Lang::Sv
    } else if en > fi && en > sv {
        Lang::En
    } else {
        Lang::Fi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_source() {
        let e = import_bytes(b"", "tyhja.txt").unwrap_err();
        assert_eq!(e.to_string(), "tyhja.txt: the file is empty");
        let e = import_bytes(b"%PDF-1.4 ...", "seloste.pdf").unwrap_err();
        assert!(e.to_string().starts_with("seloste.pdf: not a text file: a PDF file"));
        assert!(matches!(import_bytes(b" \n \n", "x.txt"), Err(ImportError::NoText { .. })));
    }

    #[test]
    fn language_and_id() {
        assert_eq!(
            detect_language("Personuppgifter som behandlas och den registrerades rätt att få information"),
            Lang::Sv
        );
        assert_eq!(detect_language("The personal data we process and the rights of the data subject"), Lang::En);
        assert_eq!(detect_language("Rekisterin tiedot ja henkilötietojen käsittely"), Lang::Fi);
        assert_eq!(id_from("/tmp/Kemi Viestintä.txt"), "kemi-viestintä");
    }
}
