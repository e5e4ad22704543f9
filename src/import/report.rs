//! The import report: plain data on what an import found and where it put it, and its
//! rendering as text (for the CLI and the editor) in Finnish, Swedish or English.

use super::decode::{Cleanup, Encoding};
use super::document::Format;
use super::headings::Target;
use crate::i18n::DocText;
use crate::model::{Answer, Lang, Section};
use std::fmt::Write as _;

/// How a section was recognised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum How {
    /// Its heading is in the dictionary.
    Dictionary,
    /// Its heading matched the dictionary with a letter wrong, missing or extra.
    SpellingVariant,
    /// A `Label: value` line ("Tietosuojavastaava: Maria Vaittinen").
    Label,
    /// An unknown or generic heading ("Muut tiedot", a service's name, a question the
    /// lexicon does not know) whose text the lexicon reads as this section.
    Meaning,
    /// By its content, with no heading of its own; `from` is the heading of the section
    /// it stood in, if any.
    Content {
        /// The section the text stood in.
        from: Option<String>,
    },
}

/// A section found in the text and the field it went to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundSection {
    /// Line of the heading (or of the text, for [`How::Content`]).
    pub line: usize,
    /// The heading as written; `None` when found by content.
    pub heading: Option<String>,
    /// The register section.
    pub section: Section,
    /// The field, e.g. `legal_basis_text`, `security.systems`.
    pub field: crate::model::FieldPath,
    /// How it was recognised.
    pub how: How,
}

/// Why text went to an extra section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExtraReason {
    /// Text before the first heading ("Johdanto").
    BeforeFirstHeading,
    /// A heading the dictionary does not know.
    UnknownHeading,
    /// A known heading with no field in the register (e.g. changes to the notice).
    NoField,
    /// Text under a known heading that fits none of its fields (e.g. prose in a contact block).
    Leftover {
        /// The section it stood in.
        section: Section,
    },
    /// Web-page furniture ("fbpx", "PALUU ... ETUSIVULLE"): probably to be deleted.
    Furniture,
}

/// An extra section the import made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraEntry {
    /// First line of its text (or of its heading).
    pub line: usize,
    /// Its heading.
    pub heading: String,
    /// Why.
    pub reason: ExtraReason,
}

/// Which date a date line gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRole {
    /// `created` (*laadittu*).
    Created,
    /// `updated` (*päivitetty*).
    Updated,
}

/// Why a yes/no answer was left unanswered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ambiguity {
    /// One sentence says no, another yes.
    NoAndYes,
    /// The sentence is a condition ("jos", "om", "if").
    Conditional,
}

/// Something the user should know about the text (most are defects of the original
/// that validation will also report).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// "Ei / Kyllä" with neither ticked: not an answer.
    UntickedChecklist {
        /// Line of the check list.
        line: usize,
        /// The question's section.
        section: Section,
    },
    /// "Ei" and "Kyllä" both ticked.
    BothTicked {
        /// Line of the check list.
        line: usize,
        /// The question's section.
        section: Section,
    },
    /// A list of the legal bases with none marked: a form left unfilled, not bases.
    UnmarkedBases {
        /// Line of the list.
        line: usize,
        /// How many bases it lists.
        count: usize,
    },
    /// A sentence that stops ("... oikeusperuste on") or a lead-in with nothing after it.
    Unfinished {
        /// Its line.
        line: usize,
        /// The sentence.
        text: String,
    },
    /// "6 artikla" with no point (a)-(f): no basis can be read from it.
    ArticleWithoutPoint {
        /// Its line.
        line: usize,
    },
    /// A wording that is not a basis of Art. 6(1) ("asiallinen yhteys", "viranomaistoiminnan rekisteri").
    NotAnArticle6Basis {
        /// Its line.
        line: usize,
        /// The wording.
        phrase: String,
    },
    /// Legal bases found, but no purpose to attach them to: a purpose without a description was made.
    BasesWithoutPurpose {
        /// Line of the basis.
        line: usize,
    },
    /// A date line, taken into the register's dates.
    Date {
        /// Its line.
        line: usize,
        /// The line.
        text: String,
        /// Created or updated.
        role: DateRole,
        /// True when it stands inside a section (kept there; dates belong in the header).
        in_section: bool,
    },
    /// A yes/no answer read from a sentence.
    Answer {
        /// Its line.
        line: usize,
        /// The question's section.
        section: Section,
        /// The answer.
        answer: Answer,
    },
    /// The text says no and then describes the opposite (e.g. "no disclosures" and "we may disclose").
    Contradiction {
        /// Line of the contradicting sentence.
        line: usize,
        /// The section.
        section: Section,
        /// The sentence.
        text: String,
    },
    /// The register name was taken from the title line.
    NameFromTitle {
        /// Its line.
        line: usize,
    },
    /// Contact details were read out of sentences; the sentences are kept as text too.
    ContactFromProse {
        /// Line of the sentence.
        line: usize,
        /// The section.
        section: Section,
    },
    /// The text could be read as yes and as no, or says "if": the answer was left
    /// unanswered (a wrong answer is worse than none).
    Ambiguous {
        /// Line of the sentence.
        line: usize,
        /// The question's section.
        section: Section,
        /// Why.
        why: Ambiguity,
        /// The sentence.
        text: String,
    },
    /// A contact marked as former ("ent.", "tidigare", "former") or struck through: not
    /// imported as current, its line kept as text.
    FormerContact {
        /// Its line.
        line: usize,
    },
    /// A heading with no text under it.
    EmptySection {
        /// Its line.
        line: usize,
        /// The heading.
        heading: String,
    },
}

impl Note {
    /// The line the note is about.
    pub fn line(&self) -> usize {
        match self {
            Note::UntickedChecklist { line, .. }
            | Note::BothTicked { line, .. }
            | Note::UnmarkedBases { line, .. }
            | Note::Unfinished { line, .. }
            | Note::ArticleWithoutPoint { line }
            | Note::NotAnArticle6Basis { line, .. }
            | Note::BasesWithoutPurpose { line }
            | Note::Date { line, .. }
            | Note::Answer { line, .. }
            | Note::Contradiction { line, .. }
            | Note::NameFromTitle { line }
            | Note::ContactFromProse { line, .. }
            | Note::Ambiguous { line, .. }
            | Note::FormerContact { line }
            | Note::EmptySection { line, .. } => *line,
        }
    }

    /// The note as a sentence.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Note::UntickedChecklist { section, .. } => format!(
                "{} ({}): {}",
                DocText::UntickedNoYesCheck.get(lang),
                section.heading(lang),
                DocText::NoAnswer.get(lang)
            ),
            Note::BothTicked { section, .. } => {
                format!("{} ({}).", DocText::BothNoYesTicked.get(lang), section.heading(lang))
            }
            Note::UnmarkedBases { count, .. } => match lang {
                Lang::Fi => format!(
                    "Luettelossa on {count} oikeusperustetta, joista yhtään ei ole merkitty: oikeusperusteeksi ei luettu mitään."
                ),
                Lang::Sv => format!("Listan har {count} rättsliga grunder utan markering: ingen grund lästes in."),
                Lang::En => format!("The list names {count} legal bases with none marked: no basis was read from it."),
            },
            Note::Unfinished { text, .. } => {
                format!("{}: \"{}\"", DocText::UnfinishedSentenceEmptyList.get(lang), text)
            }
            Note::ArticleWithoutPoint { .. } => DocText::Article6CitedWithout.get(lang).to_owned(),
            Note::NotAnArticle6Basis { phrase, .. } => {
                format!("\"{phrase}\" {}", DocText::NotLegalBasisUnder.get(lang))
            }
            Note::BasesWithoutPurpose { .. } => DocText::LegalBasisFoundBut.get(lang).to_owned(),
            Note::Date { text, role, in_section, .. } => {
                let field = match role {
                    DateRole::Created => DocText::Created.get(lang),
                    DateRole::Updated => DocText::UpdatedLower.get(lang),
                };
                let place = if *in_section { DocText::LineStandsInsideSections.get(lang) } else { "" };
                format!("\"{text}\" → {field}{place}.")
            }
            Note::Answer { section, answer, .. } => {
                format!("{} ({}): {}.", DocText::AnswerReadText.get(lang), section.heading(lang), answer.label(lang))
            }
            Note::Contradiction { section, text, .. } => {
                format!("{} ({}): \"{}\"", DocText::TextContradictsAnswer.get(lang), section.heading(lang), text)
            }
            Note::NameFromTitle { .. } => DocText::RegisterNameTakenTitle.get(lang).to_owned(),
            Note::ContactFromProse { section, .. } => format!(
                "{} ({}); {}",
                DocText::ContactDetailsReadSentences.get(lang),
                section.heading(lang),
                DocText::SentencesKeptText.get(lang)
            ),
            Note::Ambiguous { section, why, text, .. } => {
                let why = match why {
                    Ambiguity::NoAndYes => DocText::TextSaysBothNo.get(lang),
                    Ambiguity::Conditional => DocText::TextConditionalIf.get(lang),
                };
                format!("{} ({}): {why}: \"{text}\"", DocText::AnswerLeftUnanswered.get(lang), section.heading(lang))
            }
            Note::FormerContact { .. } => DocText::FormerStruckThroughContact.get(lang).to_owned(),
            Note::EmptySection { heading, .. } => format!("\"{heading}\": {}", DocText::NoTextUnderHeading.get(lang)),
        }
    }
}

/// What an import found and where it put it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// The name of what was imported (a file name).
    pub source: String,
    /// The format it was read from.
    pub format: Format,
    /// The encoding the text was read in.
    pub encoding: Encoding,
    /// What the clean-up of the text changed.
    pub cleanup: Cleanup,
    /// The language the notice is written in (its text went to that language).
    pub language: Lang,
    /// How many lines the text has.
    pub lines: usize,
    /// Sections recognised, in the order of the text.
    pub sections: Vec<FoundSection>,
    /// Required content the import did not find (DESIGN.md section 3).
    pub missing: Vec<Target>,
    /// Text that went to extra sections.
    pub extra: Vec<ExtraEntry>,
    /// Defects and decisions worth a look, in the order of the text.
    pub notes: Vec<Note>,
    /// Where the text of each source line went (line → field, `extra[i]`, or `notes`), and
    /// whether the line was read as a heading; for the import record (issue 18).
    pub placed: std::collections::BTreeMap<usize, (crate::model::FieldPath, bool)>,
}

impl ImportReport {
    /// An empty report for `source`.
    pub fn new(source: &str, encoding: Encoding, cleanup: Cleanup, language: Lang, lines: usize) -> Self {
        ImportReport {
            source: source.to_owned(),
            format: Format::Text,
            encoding,
            cleanup,
            language,
            lines,
            sections: Vec::new(),
            missing: Vec::new(),
            extra: Vec::new(),
            notes: Vec::new(),
            placed: std::collections::BTreeMap::new(),
        }
    }

    /// One line for a folder import: source, format, sections found, extra sections and
    /// required content missing ("a.docx: docx, 12 sections, 1 extra, 2 missing required (…)").
    pub fn summary_line(&self) -> String {
        let mut line = format!(
            "{}: {}, {} sections, {} extra, {} missing required",
            self.source,
            self.format.name(),
            self.sections.len(),
            self.extra.len(),
            self.missing.len()
        );
        if !self.missing.is_empty() {
            let names: Vec<String> = self.missing.iter().map(|t| t.field().to_string()).collect();
            line.push_str(&format!(" ({})", names.join(", ")));
        }
        line
    }

    /// The report as text, for the CLI and the editor.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        let t = |text: DocText| text.get(lang);
        writeln!(out, "{}: {}", t(DocText::Imported), self.source).ok();
        if self.format != Format::Text {
            writeln!(out, "{}: {}", t(DocText::Format), self.format.name()).ok();
        }
        let mut cleanup = Vec::new();
        let c = &self.cleanup;
        let counts = [
            (c.crlf + c.cr, t(DocText::LineEnds)),
            (c.special_spaces, t(DocText::NonBreakingSpaces)),
            (c.zero_width + c.soft_hyphens, t(DocText::InvisibleCharacters)),
            (c.controls, t(DocText::ControlCharacters)),
            (c.tabs, t(DocText::Tabs)),
            (c.composed, t(DocText::ComposedLetters)),
            (c.ligatures, t(DocText::Ligatures)),
            (c.invalid, t(DocText::InvalidCharacters)),
        ];
        for (n, what) in counts {
            if n > 0 {
                cleanup.push(format!("{n} {what}"));
            }
        }
        write!(
            out,
            "{}: {}; {}: {}; {}: {}",
            t(DocText::Encoding),
            self.encoding.name(),
            t(DocText::LanguageLower),
            match self.language {
                Lang::Fi => t(DocText::Finnish),
                Lang::Sv => t(DocText::Swedish),
                Lang::En => t(DocText::English),
            },
            t(DocText::Lines),
            self.lines
        )
        .ok();
        if !cleanup.is_empty() {
            write!(out, "; {}: {}", t(DocText::Cleaned), cleanup.join(", ")).ok();
        }
        out.push('\n');

        writeln!(out, "\n{} ({}):", t(DocText::SectionsRecognised), self.sections.len()).ok();
        for s in &self.sections {
            let heading = match (&s.heading, &s.how) {
                (Some(h), _) => format!("\"{h}\""),
                (None, How::Content { from: Some(f) }) => {
                    format!("{} \"{f}\"", t(DocText::TextUnder))
                }
                (None, _) => t(DocText::FromText).to_owned(),
            };
            let how = match s.how {
                How::SpellingVariant => t(DocText::SpellingVariant),
                How::Label => t(DocText::StartLine),
                How::Meaning => t(DocText::MeaningText),
                _ => "",
            };
            writeln!(out, "  {:>4}  {heading} → {} [{}]{how}", s.line, s.section.heading(lang), s.field).ok();
        }
        writeln!(out, "\n{} ({}):", t(DocText::RequiredSectionsNotFound), self.missing.len()).ok();
        for m in &self.missing {
            writeln!(out, "  {} [{}]", m.label(lang), m.field()).ok();
        }
        writeln!(out, "\n{} ({}):", t(DocText::IntoExtraSections), self.extra.len()).ok();
        for e in &self.extra {
            let why = match &e.reason {
                ExtraReason::BeforeFirstHeading => t(DocText::TextBeforeFirstHeading).to_owned(),
                ExtraReason::UnknownHeading => t(DocText::UnknownHeading).to_owned(),
                ExtraReason::NoField => t(DocText::RegisterNoField).to_owned(),
                ExtraReason::Leftover { section } => format!("{} {}", t(DocText::FitsNoField), section.heading(lang)),
                ExtraReason::Furniture => t(DocText::WebPageFurnitureProbably).to_owned(),
            };
            writeln!(out, "  {:>4}  \"{}\": {why}", e.line, e.heading).ok();
        }
        writeln!(out, "\n{} ({}):", t(DocText::Notes), self.notes.len()).ok();
        for n in &self.notes {
            writeln!(out, "  {:>4}  {}", n.line(), n.message(lang)).ok();
        }
        out
    }
}
