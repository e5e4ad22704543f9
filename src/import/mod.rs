//! Import: an existing notice (plain text, Markdown, a web page, a Word .docx, an
//! OpenDocument .odt or a PDF) to a register, with a report of what went where
//! (DESIGN.md section 5).
//!
//! Pure: bytes in, register and report out; the caller reads and writes files.
//! A pipeline with no way back (read → sections → regroup → fill), one module each:
//! - `read` (with `decode` for text: encoding and clean-up): bytes to a [`Document`] of
//!   blocks (headings with levels, paragraphs, list items, table rows, check boxes), page
//!   furniture and front matter set aside;
//! - `structure`: blocks to sections: headings (the lexicon through `headings`, and
//!   heading shape), heading levels, web-page furniture and date lines;
//! - `regroup`: text that belongs to a section without a heading of its own, or whose
//!   meaning the lexicon reads under a generic heading, moves there;
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
mod document;
mod fill;
mod headings;
mod lines;
mod meaning;
mod read;
mod record;
mod regroup;
mod regroup_contacts;
mod report;
mod structure;

pub use decode::{BinaryKind, Cleanup, DecodeError, Decoded, Encoding, decode};
pub use document::{Block, BlockKind, Document, Emphasis, Format, Pos, Removed, RemovedWhy};
pub use headings::Target;
pub use read::{MAX_INFLATED_BYTES, MAX_PDF_PAGES, MAX_ZIP_ENTRIES};
pub use record::{MAX_RECORD_BYTES, sha256_hex};
pub use report::{Ambiguity, DateRole, ExtraEntry, ExtraReason, FoundSection, How, ImportReport, Note};

use crate::i18n::DocText;
use crate::model::{Lang, Register};
use crate::review::Synonyms;
use std::path::Path;

/// Files larger than this are refused (a notice is a few tens of kilobytes, a PDF of one
/// a few hundred).
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// The file extensions the importer reads (lower case, without the dot).
pub const IMPORT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "odt", "pdf"];

/// True when `path` has an extension in [`IMPORT_EXTENSIONS`] (any case).
pub fn is_importable(path: &Path) -> bool {
    path.extension().is_some_and(|e| IMPORT_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

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
    #[error("{name}: the file is {size} bytes; files over {limit} bytes are not imported")]
    TooLarge {
        /// The source.
        name: String,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A file of a format we read that cannot be read: damaged, truncated, or not what its
    /// name says.
    #[error("{name}: cannot be read: {reason}")]
    Unreadable {
        /// The source.
        name: String,
        /// What is wrong, in a sentence.
        reason: String,
    },
    /// A ZIP archive (.docx, .odt) that inflates past the limit: a zip bomb, or far too large.
    #[error("{name}: unpacks to more than {limit} bytes (a zip bomb?); not imported")]
    Inflated {
        /// The source.
        name: String,
        /// The limit on inflated bytes.
        limit: u64,
    },
}

/// Imports the bytes of a notice in any format we read (see [`read_document`]).
/// `source_name` (a file name) names the source in the report and in error messages, its
/// extension helps tell the format, and its stem becomes the register's id.
///
/// The register carries an import record (source name, SHA-256 of `bytes`, each block and
/// the field it went to) for the review (issue 18), unless the record would exceed
/// [`MAX_RECORD_BYTES`].
pub fn import_bytes(bytes: &[u8], source_name: &str) -> Result<Imported, ImportError> {
    import_bytes_taught(bytes, source_name, &Synonyms::default())
}

/// [`import_bytes`] in a workspace that was taught heading synonyms (issue 18): a section
/// whose heading the workspace was taught goes to the taught field, before the lexicon.
pub fn import_bytes_taught(bytes: &[u8], source_name: &str, synonyms: &Synonyms) -> Result<Imported, ImportError> {
    let doc = read_document(bytes, source_name)?;
    let mut imported = import_document_taught(&doc, source_name, synonyms);
    imported.register.import = record::build(&doc, &imported.report, sha256_hex(bytes));
    Ok(imported)
}

/// Reads the bytes of a notice into blocks: the format by content (a ZIP archive's
/// declared type for .docx/.odt, `%PDF-`, HTML markers) and by `source_name`'s extension
/// (.md). Errors name `source_name`.
pub fn read_document(bytes: &[u8], source_name: &str) -> Result<Document, ImportError> {
    read::read(bytes, source_name)
}

/// The register and report for a document already read.
pub fn import_document(doc: &Document, source_name: &str) -> Imported {
    import_document_taught(doc, source_name, &Synonyms::default())
}

fn import_document_taught(doc: &Document, source_name: &str, synonyms: &Synonyms) -> Imported {
    let text = doc.plain_text();
    let lang = detect_language(&text);
    let mut report = ImportReport::new(source_name, doc.encoding, doc.cleanup.clone(), lang, doc.lines);
    report.format = doc.format;
    let mut sections = structure::structure_document(doc, synonyms);
    regroup::gather_by_content(&mut sections);
    regroup::regroup_by_meaning(&mut sections);
    regroup_contacts::gather_contact_prose(&mut sections);
    regroup::activities_as_purposes(&mut sections);
    let mut register = fill::fill(sections, lang, &mut report);
    if !doc.removed.is_empty() {
        let head = DocText::TakenOutText.get(lang);
        let mut notes = vec![format!("{head}:")];
        for r in &doc.removed {
            let page = r.pos.page.map(|p| format!("p. {p}, ")).unwrap_or_default();
            notes.push(format!(
                "{page}{} {} \"{}\" ({})",
                DocText::LineLower.get(lang),
                r.pos.line,
                r.text,
                r.why.describe()
            ));
        }
        if !register.notes.is_empty() {
            register.notes.push('\n');
        }
        register.notes.push_str(&notes.join("\n"));
    }
    register.id = id_from(source_name);
    Imported { register, report }
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
        let e = import_bytes(b"\x89PNG\r\n\x1a\n....", "kuva.png").unwrap_err();
        assert!(e.to_string().starts_with("kuva.png: not a text file: an image"), "{e}");
        assert!(matches!(import_bytes(b" \n \n", "x.txt"), Err(ImportError::NoText { .. })));
    }

    #[test]
    fn a_deeper_unknown_heading_stays_in_its_known_section() {
        // "### Kontouppgifter" under "## Uppgifter vi samlar in": the data, not an extra
        // section; a paragraph of purpose before the activities' sub-headings is a purpose.
        for (lang, notice, item, common) in [
            (
                Lang::Fi,
                "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Mitä tietoja keräämme\n\nKeräämme seuraavia tietoja:\n\n### Tilin tiedot\n\n- Koko nimi ja sähköpostiosoite\n- Salasana tiivisteenä\n\n### Laskutus\n\n- Laskutusosoite\n\n## Käsittelyn tarkoitus\n\nKäsittelemme vain niitä henkilötietoja, jotka ovat välttämättömiä palvelun tuottamiseksi asiakkaille.\n\n### Asiakassuhteen hoito\n\nKäsittelemme tietoja asiakassuhteen hoitamiseksi.\n\n### Laskutus ja kirjanpito\n\nKäsittelemme tietoja laskuttaaksemme palvelusta.\n\n## Säilytysaika\n\nTiedot poistetaan kahden vuoden kuluttua.\n",
                "Salasana tiivisteenä",
                "välttämättömiä palvelun tuottamiseksi",
            ),
            (
                Lang::Sv,
                "# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 22 Stockholm\n\n## Uppgifter vi samlar in\n\nVi samlar in följande uppgifter:\n\n### Kontouppgifter\n\n- Fullständigt namn och e-postadress\n- Lösenord i hashad form\n\n### Fakturering\n\n- Fakturaadress\n\n## Ändamål med behandlingen\n\nVi behandlar endast de personuppgifter som behövs för att kunna leverera tjänsten till kunderna.\n\n### Kundrelationen\n\nVi behandlar uppgifterna för att sköta kundrelationen.\n\n### Fakturering och bokföring\n\nVi behandlar uppgifterna för att fakturera tjänsten.\n\n## Lagringstid\n\nUppgifterna raderas efter två år.\n",
                "Lösenord i hashad form",
                "behövs för att kunna leverera tjänsten",
            ),
            (
                Lang::En,
                "# Privacy policy\n\n## Data controller\n\nExample Ltd, 1 High Street, London\n\n## Information we collect\n\nWe collect the following information:\n\n### Account details\n\n- Full name and email address\n- Password in hashed form\n\n### Billing\n\n- Billing address\n\n## Purposes of processing\n\nWe process only the personal data that we need to provide the service to our customers.\n\n### Customer relationship\n\nWe process the data to manage the customer relationship.\n\n### Billing and accounts\n\nWe process the data to bill for the service.\n\n## Retention\n\nThe data are deleted after two years.\n",
                "Password in hashed form",
                "need to provide the service",
            ),
        ] {
            let reg = import_str(notice, "notice.md").unwrap().register;
            let categories: Vec<&str> = reg.data.categories.iter().map(|c| c.name.get(lang)).collect();
            assert!(categories.contains(&item), "{lang:?}: {categories:?}");
            assert!(reg.extra.iter().all(|e| !e.body.get(lang).contains(item)), "{lang:?}: {:?}", reg.extra);
            assert!(reg.security.general.get(lang).is_empty(), "{lang:?}: {:?}", reg.security.general);
            let purposes: Vec<&str> = reg.purposes.iter().map(|p| p.description.get(lang)).collect();
            assert!(purposes.iter().any(|p| p.contains(common)), "{lang:?}: {purposes:?}");
            assert!(purposes.len() >= 3, "{lang:?}: {purposes:?}");
        }
    }

    #[test]
    fn an_activity_that_names_its_basis_under_the_purposes_is_a_purpose() {
        for (lang, notice, activity) in [
            (
                Lang::Fi,
                "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\n## Miten käytämme tietojasi\n\nKäsittelemme tietoja seuraaviin tarkoituksiin.\n\n### Palvelun tarjoaminen (sopimus — 6 art. 1 b)\n\n- Tilin hallinta\n\n### Palvelun vakaus (oikeutettu etu — 6 art. 1 f)\n\n- Virheiden seuranta\n\n## Säilytysaika\n\nKaksi vuotta.\n",
                "Virheiden seuranta",
            ),
            (
                Lang::Sv,
                "# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB\n\n## Hur vi använder dina uppgifter\n\nVi behandlar uppgifterna för följande ändamål.\n\n### Tillhandahållande av tjänsten (avtal — art. 6.1 b)\n\n- Hantera ditt konto\n\n### Plattformens stabilitet (berättigat intresse — art. 6.1 f)\n\n- Övervaka fel\n\n## Lagringstid\n\nTvå år.\n",
                "Övervaka fel",
            ),
            (
                Lang::En,
                "# Privacy policy\n\n## Controller\n\nExample Ltd\n\n## How we use your data\n\nWe process the data for the following purposes.\n\n### Providing the service (contract — Art. 6(1)(b))\n\n- Managing your account\n\n### Platform stability (legitimate interests — Art. 6(1)(f))\n\n- Monitoring errors\n\n## Retention\n\nTwo years.\n",
                "Monitoring errors",
            ),
        ] {
            let reg = import_str(notice, "notice.md").unwrap().register;
            let purposes: Vec<&str> = reg.purposes.iter().map(|p| p.description.get(lang)).collect();
            assert!(purposes.iter().any(|p| p.contains(activity)), "{lang:?}: {purposes:?}");
            assert!(!reg.legal_basis_text.get(lang).contains(activity), "{lang:?}: {:?}", reg.legal_basis_text);
        }
    }

    #[test]
    fn a_purpose_after_the_basis_in_one_paragraph_is_a_purpose() {
        for (lang, notice, purpose, basis) in [
            (
                Lang::Fi,
                "Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkkiseura ry\n\n2. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus\n\nHenkilötietojen käsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu. Jäsenrekisterin tarkoitus on ylläpitää seuran jäsenten yhteystietoja.\n\n3. Rekisterin tietosisältö\n\nNimi ja sähköpostiosoite.\n",
                "Jäsenrekisterin tarkoitus on ylläpitää",
                crate::model::LegalBasis::LegitimateInterests,
            ),
            (
                Lang::Sv,
                "Dataskyddsbeskrivning\n\n1. Personuppgiftsansvarig\n\nExempelföreningen rf\n\n2. Rättslig grund och ändamålet med behandlingen\n\nDen rättsliga grunden för behandlingen är föreningens berättigade intresse. Syftet med registret är att upprätthålla medlemmarnas kontaktuppgifter.\n\n3. Registrets datainnehåll\n\nNamn och e-postadress.\n",
                "Syftet med registret är att upprätthålla",
                crate::model::LegalBasis::LegitimateInterests,
            ),
            (
                Lang::En,
                "Privacy notice\n\n1. Controller\n\nExample Club\n\n2. Legal basis and purpose of the processing\n\nThe legal basis for the processing is the legitimate interests of the club. The purpose of the register is to keep the members' contact details.\n\n3. Data we collect\n\nName and email address.\n",
                "The purpose of the register is to keep",
                crate::model::LegalBasis::LegitimateInterests,
            ),
        ] {
            let reg = import_str(notice, "notice.txt").unwrap().register;
            assert!(
                reg.purposes.iter().any(|p| p.description.get(lang).contains(purpose)),
                "{lang:?}: {:?}",
                reg.purposes
            );
            assert!(!reg.legal_basis_text.get(lang).contains(purpose), "{lang:?}: {:?}", reg.legal_basis_text);
            assert!(reg.purposes.iter().any(|p| p.legal_bases.contains(&basis)), "{lang:?}: {:?}", reg.purposes);
        }
    }

    #[test]
    fn the_authoritys_contact_among_the_controllers_is_the_complaint() {
        for (lang, notice, authority) in [
            (
                Lang::Fi,
                "Tietosuojaseloste\n\nYhteystiedot\n\nEsimerkkiseurakunta, Kirkkokatu 1, 00100 Helsinki\n\nSähköposti: info@example.fi\n\nVoit ottaa yhteyttä myös tietosuojavaltuutetun toimistoon, puhelin 029 566 6700.\n\nSäilytysaika\n\nTiedot poistetaan vuoden kuluttua.\n",
                "tietosuojavaltuutetun toimistoon",
            ),
            (
                Lang::Sv,
                "Integritetspolicy\n\nKontaktuppgifter\n\nExempelförsamlingen, Kyrkgatan 1, 111 22 Stockholm\n\nE-post: info@example.se\n\nDu kan också kontakta Integritetsskyddsmyndigheten på telefon 08-657 61 00.\n\nLagringstid\n\nUppgifterna raderas efter ett år.\n",
                "Integritetsskyddsmyndigheten",
            ),
            (
                Lang::En,
                "Privacy notice\n\nContact details\n\nExample Parish, 1 Church Street, London W1 1AA\n\nEmail: info@example.org\n\nYou can contact the Information Commissioner's Office on 0303 123 1113.\n\nRetention\n\nRecords are deleted after a year.\n",
                "Information Commissioner",
            ),
        ] {
            let reg = import_str(notice, "notice.txt").unwrap().register;
            let complaint = reg.complaint.text.get(lang);
            assert!(complaint.contains(authority), "{lang:?}: {:?}", reg.complaint);
        }
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
