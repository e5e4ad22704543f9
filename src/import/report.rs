//! The import report: plain data on what an import found and where it put it, and its
//! rendering as text (for the CLI and the editor) in Finnish, Swedish or English.

use super::decode::{Cleanup, Encoding};
use super::document::Format;
use super::headings::Target;
use crate::model::{Answer, Lang, Section, tr};
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
                tr(lang, "Rastittamaton Ei/Kyllä-valinta", "Omarkerat Nej/Ja-val", "Unticked No/Yes check list"),
                section.heading(lang),
                tr(lang, "ei vastausta.", "inget svar.", "no answer.")
            ),
            Note::BothTicked { section, .. } => format!(
                "{} ({}).",
                tr(lang, "Sekä Ei että Kyllä rastitettu", "Både Nej och Ja markerade", "Both No and Yes ticked"),
                section.heading(lang)
            ),
            Note::UnmarkedBases { count, .. } => match lang {
                Lang::Fi => format!(
                    "Luettelossa on {count} oikeusperustetta, joista yhtään ei ole merkitty: oikeusperusteeksi ei luettu mitään."
                ),
                Lang::Sv => format!("Listan har {count} rättsliga grunder utan markering: ingen grund lästes in."),
                Lang::En => format!("The list names {count} legal bases with none marked: no basis was read from it."),
            },
            Note::Unfinished { text, .. } => format!(
                "{}: \"{}\"",
                tr(
                    lang,
                    "Kesken jäänyt lause tai tyhjä luettelo",
                    "Ofullständig mening eller tom lista",
                    "Unfinished sentence or empty list"
                ),
                text
            ),
            Note::ArticleWithoutPoint { .. } => tr(
                lang,
                "Viittaus 6 artiklaan ilman alakohtaa (a-f): oikeusperustetta ei voi päätellä.",
                "Hänvisning till artikel 6 utan led (a-f): ingen rättslig grund kan läsas ut.",
                "Article 6 is cited without a point (a-f): no legal basis can be read from it.",
            )
            .to_owned(),
            Note::NotAnArticle6Basis { phrase, .. } => format!(
                "\"{phrase}\" {}",
                tr(
                    lang,
                    "ei ole 6 artiklan mukainen oikeusperuste.",
                    "är inte en rättslig grund enligt artikel 6.",
                    "is not a legal basis under Article 6."
                )
            ),
            Note::BasesWithoutPurpose { .. } => tr(
                lang,
                "Oikeusperuste löytyi, mutta käyttötarkoitusta ei: tehtiin tarkoitus ilman kuvausta.",
                "Rättslig grund hittades men inget ändamål: ett ändamål utan beskrivning skapades.",
                "A legal basis was found but no purpose: a purpose without a description was made.",
            )
            .to_owned(),
            Note::Date { text, role, in_section, .. } => {
                let field = match role {
                    DateRole::Created => tr(lang, "laadittu", "upprättad", "created"),
                    DateRole::Updated => tr(lang, "päivitetty", "uppdaterad", "updated"),
                };
                let place = if *in_section {
                    tr(
                        lang,
                        "; rivi on keskellä kohdan tekstiä ja jäi paikalleen (päiväys kuuluu otsaketietoihin)",
                        "; raden står mitt i texten och lämnades kvar (datum hör till huvudet)",
                        "; the line stands inside a section's text and was left there (dates belong in the header)",
                    )
                } else {
                    ""
                };
                format!("\"{text}\" → {field}{place}.")
            }
            Note::Answer { section, answer, .. } => format!(
                "{} ({}): {}.",
                tr(lang, "Vastaus luettu tekstistä", "Svar läst ur texten", "Answer read from the text"),
                section.heading(lang),
                answer.label(lang)
            ),
            Note::Contradiction { section, text, .. } => format!(
                "{} ({}): \"{}\"",
                tr(
                    lang,
                    "Teksti on ristiriidassa vastauksen kanssa",
                    "Texten motsäger svaret",
                    "The text contradicts the answer"
                ),
                section.heading(lang),
                text
            ),
            Note::NameFromTitle { .. } => tr(
                lang,
                "Rekisterin nimi otettiin otsikkorivistä.",
                "Registrets namn togs från rubrikraden.",
                "The register name was taken from the title line.",
            )
            .to_owned(),
            Note::ContactFromProse { section, .. } => format!(
                "{} ({}); {}",
                tr(
                    lang,
                    "Yhteystiedot luettu lauseista",
                    "Kontaktuppgifter lästa ur meningar",
                    "Contact details read from sentences"
                ),
                section.heading(lang),
                tr(
                    lang,
                    "lauseet säilytettiin tekstinä.",
                    "meningarna behölls som text.",
                    "the sentences were kept as text."
                )
            ),
            Note::Ambiguous { section, why, text, .. } => {
                let why = match why {
                    Ambiguity::NoAndYes => tr(
                        lang,
                        "teksti sanoo sekä ei että kyllä",
                        "texten säger både nej och ja",
                        "the text says both no and yes",
                    ),
                    Ambiguity::Conditional => tr(
                        lang,
                        "teksti on ehdollinen (jos ...)",
                        "texten är villkorlig (om ...)",
                        "the text is conditional (if ...)",
                    ),
                };
                format!(
                    "{} ({}): {why}: \"{text}\"",
                    tr(lang, "Vastaus jätettiin tyhjäksi", "Svaret lämnades tomt", "The answer was left unanswered"),
                    section.heading(lang)
                )
            }
            Note::FormerContact { .. } => tr(
                lang,
                "Entinen tai yliviivattu yhteyshenkilö: ei tuotu voimassa olevana, rivi säilytettiin tekstinä.",
                "Tidigare eller överstruken kontakt: inte importerad som aktuell, raden behölls som text.",
                "A former or struck-through contact: not imported as current, the line was kept as text.",
            )
            .to_owned(),
            Note::EmptySection { heading, .. } => format!(
                "\"{heading}\": {}",
                tr(lang, "otsikon alla ei ole tekstiä.", "ingen text under rubriken.", "no text under the heading.")
            ),
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
        let t = |fi: &'static str, sv: &'static str, en: &'static str| tr(lang, fi, sv, en);
        writeln!(out, "{}: {}", t("Tuotu", "Importerad", "Imported"), self.source).ok();
        if self.format != Format::Text {
            writeln!(out, "{}: {}", t("Muoto", "Format", "Format"), self.format.name()).ok();
        }
        let mut cleanup = Vec::new();
        let c = &self.cleanup;
        let counts = [
            (c.crlf + c.cr, t("rivinvaihtoa", "radslut", "line ends")),
            (c.special_spaces, t("sitovaa välilyöntiä", "hårda mellanslag", "non-breaking spaces")),
            (c.zero_width + c.soft_hyphens, t("näkymätöntä merkkiä", "osynliga tecken", "invisible characters")),
            (c.controls, t("ohjausmerkkiä", "styrtecken", "control characters")),
            (c.tabs, t("sarkainta", "tabbar", "tabs")),
            (c.composed, t("yhdistettyä kirjainta", "sammansatta bokstäver", "composed letters")),
            (c.ligatures, t("ligatuuria", "ligaturer", "ligatures")),
            (c.invalid, t("virheellistä merkkiä (�)", "ogiltiga tecken (�)", "invalid characters (�)")),
        ];
        for (n, what) in counts {
            if n > 0 {
                cleanup.push(format!("{n} {what}"));
            }
        }
        write!(
            out,
            "{}: {}; {}: {}; {}: {}",
            t("Merkistö", "Teckenkodning", "Encoding"),
            self.encoding.name(),
            t("kieli", "språk", "language"),
            match self.language {
                Lang::Fi => t("suomi", "finska", "Finnish"),
                Lang::Sv => t("ruotsi", "svenska", "Swedish"),
                Lang::En => t("englanti", "engelska", "English"),
            },
            t("rivejä", "rader", "lines"),
            self.lines
        )
        .ok();
        if !cleanup.is_empty() {
            write!(out, "; {}: {}", t("siivottu", "rensat", "cleaned"), cleanup.join(", ")).ok();
        }
        out.push('\n');

        writeln!(
            out,
            "\n{} ({}):",
            t("Tunnistetut kohdat", "Identifierade avsnitt", "Sections recognised"),
            self.sections.len()
        )
        .ok();
        for s in &self.sections {
            let heading = match (&s.heading, &s.how) {
                (Some(h), _) => format!("\"{h}\""),
                (None, How::Content { from: Some(f) }) => {
                    format!("{} \"{f}\"", t("tekstistä kohdassa", "ur texten under", "from the text under"))
                }
                (None, _) => t("tekstistä", "ur texten", "from the text").to_owned(),
            };
            let how = match s.how {
                How::SpellingVariant => t(" (kirjoitusasu poikkeaa)", " (avvikande stavning)", " (spelling variant)"),
                How::Label => t(" (rivin alussa)", " (i början av raden)", " (at the start of a line)"),
                How::Meaning => t(" (tekstin sisällöstä)", " (av textens innehåll)", " (by the meaning of its text)"),
                _ => "",
            };
            writeln!(out, "  {:>4}  {heading} → {} [{}]{how}", s.line, s.section.heading(lang), s.field).ok();
        }
        writeln!(
            out,
            "\n{} ({}):",
            t("Puuttuvat pakolliset kohdat", "Saknade obligatoriska avsnitt", "Required sections not found"),
            self.missing.len()
        )
        .ok();
        for m in &self.missing {
            writeln!(out, "  {} [{}]", m.label(lang), m.field()).ok();
        }
        writeln!(
            out,
            "\n{} ({}):",
            t("Muut tiedot -osioihin", "Till övriga avsnitt", "Into extra sections"),
            self.extra.len()
        )
        .ok();
        for e in &self.extra {
            let why = match &e.reason {
                ExtraReason::BeforeFirstHeading => {
                    t("teksti ennen ensimmäistä otsikkoa", "text före första rubriken", "text before the first heading")
                        .to_owned()
                }
                ExtraReason::UnknownHeading => t("tuntematon otsikko", "okänd rubrik", "unknown heading").to_owned(),
                ExtraReason::NoField => t(
                    "rekisterissä ei ole tälle kenttää",
                    "registret har inget fält för detta",
                    "the register has no field for this",
                )
                .to_owned(),
                ExtraReason::Leftover { section } => format!(
                    "{} {}",
                    t("ei sovi kohdan kenttiin:", "passar inga fält i avsnittet", "fits no field of"),
                    section.heading(lang)
                ),
                ExtraReason::Furniture => t(
                    "verkkosivun valikkotekstiä, todennäköisesti poistettava",
                    "text från webbsidans meny, troligen att tas bort",
                    "web page furniture, probably to be deleted",
                )
                .to_owned(),
            };
            writeln!(out, "  {:>4}  \"{}\": {why}", e.line, e.heading).ok();
        }
        writeln!(out, "\n{} ({}):", t("Huomiot", "Anmärkningar", "Notes"), self.notes.len()).ok();
        for n in &self.notes {
            writeln!(out, "  {:>4}  {}", n.line(), n.message(lang)).ok();
        }
        out
    }
}
