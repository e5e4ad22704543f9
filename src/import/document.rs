//! The document model every reader produces: the notice as a flat list of blocks
//! (headings with levels, paragraphs, list items, table rows, addresses), each with its
//! check box, its emphasis and its place in the source, before any section is recognised.
//!
//! The pipeline has no way back: `read` (bytes → [`Document`]) → `structure` (blocks →
//! sections) → `fields` (sections → register). Nothing here knows the GDPR.

use super::decode::{Cleanup, Encoding};
use super::lines::SrcLine;

/// The file format a notice was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (.txt or anything that decodes as text).
    Text,
    /// Markdown (.md): ATX headings, `**bold**` headings, lists, pipe tables, front matter.
    Markdown,
    /// An HTML page.
    Html,
    /// A Word document (Office Open XML, ISO/IEC 29500).
    Docx,
    /// An OpenDocument text (ODF 1.2, ISO/IEC 26300).
    Odt,
    /// A PDF's text layer (ISO 32000).
    Pdf,
}

impl Format {
    /// The usual short name ("docx", "pdf").
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
        }
    }
}

/// Where a block stands in its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// 1-based page, for paged formats (PDF); `None` otherwise.
    pub page: Option<u32>,
    /// 1-based line: the line of the decoded text for text formats (plain text, Markdown,
    /// HTML source), the running number of the paragraph for .docx and .odt, and the
    /// running line of the extracted text for PDF.
    pub line: usize,
}

/// What kind of block it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, level 1 (top) to 9, from the format's own structure (`#`, `<h2>`, an
    /// outline level, a built-in heading style).
    Heading {
        /// 1..=9.
        level: u8,
    },
    /// A paragraph. Its text may hold line breaks (a plain-text paragraph's lines, a
    /// Word manual line break).
    Paragraph,
    /// A list item.
    ListItem {
        /// Nesting level, 0 for the outermost list.
        level: u8,
        /// True for a numbered list (`1.`, `a)`, `<ol>`, a decimal numbering).
        ordered: bool,
    },
    /// One row of a table; the block's text is its cells joined by tabs.
    TableRow {
        /// The cells' texts (a cell's paragraphs joined by line breaks).
        cells: Vec<String>,
    },
    /// A postal address block (HTML `<address>`).
    Address,
}

/// Emphasis on a whole block: a cue that a short block is a heading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Emphasis {
    /// All of the text is bold (Markdown `**...**`, `<b>`/`<strong>`, Word bold runs).
    pub bold: bool,
    /// All letters are capitals (and there are at least two).
    pub upper: bool,
}

/// One block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its text, trimmed; check boxes in it are written ☐ (empty) and ☒ (ticked), whatever
    /// the source used (a content control, `[x]`, a form field).
    pub text: String,
    /// The state of a check box that opens the block (`☒ Kyllä`), if any.
    pub checkbox: Option<bool>,
    /// Emphasis of the whole block.
    pub emphasis: Emphasis,
    /// Where it stands in the source.
    pub pos: Pos,
    /// True when the block continues the paragraph of the block before it, with no
    /// paragraph break between them (a list item right under its lead-in line, the next
    /// row of a table, the next item of a list).
    pub follows: bool,
}

impl Block {
    /// A block of `kind` with `text` at `pos`; the check box and the upper-case cue are
    /// read from the text, bold is left off.
    pub fn new(kind: BlockKind, text: impl Into<String>, pos: Pos) -> Block {
        let text: String = text.into();
        let text = text.trim().to_owned();
        let checkbox = leading_checkbox(&text);
        let emphasis = Emphasis { bold: false, upper: is_upper(&text) };
        Block { kind, text, checkbox, emphasis, pos, follows: false }
    }

    /// The same block, continuing the paragraph before it (see [`Block::follows`]).
    pub fn following(mut self, follows: bool) -> Block {
        self.follows = follows;
        self
    }

    /// The same block marked bold.
    pub fn bold(mut self, bold: bool) -> Block {
        self.emphasis.bold = bold;
        self
    }

    /// Every check box in the text, with the words after it up to the next box:
    /// "Ei ☐ Kyllä ☒" gives nothing (the label comes before its box) — see [`Block::labelled_boxes`].
    pub fn boxes(&self) -> Vec<bool> {
        self.text
            .chars()
            .filter_map(|c| match c {
                '☐' => Some(false),
                '☒' => Some(true),
                _ => None,
            })
            .collect()
    }

    /// The check boxes with their labels: the words before a box when the text ends with a
    /// box ("Ei ☐ Kyllä ☒"), otherwise the words after it ("☐ Ei ☒ Kyllä").
    pub fn labelled_boxes(&self) -> Vec<(bool, String)> {
        let glyph = |c: char| matches!(c, '☐' | '☒');
        let trimmed = self.text.trim_end();
        let label_before = trimmed.ends_with(glyph) && !self.text.trim_start().starts_with(glyph);
        let mut out = Vec::new();
        let pieces: Vec<&str> = self.text.split(glyph).collect();
        let states: Vec<bool> = self.boxes();
        for (i, state) in states.into_iter().enumerate() {
            let label = if label_before { pieces.get(i) } else { pieces.get(i + 1) };
            out.push((state, label.map(|s| s.trim().to_owned()).unwrap_or_default()));
        }
        out
    }
}

/// Page furniture and other text taken out of the notice's flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed {
    /// Where it stood.
    pub pos: Pos,
    /// The text.
    pub text: String,
    /// Why it was taken out.
    pub why: RemovedWhy,
}

/// Why text was taken out of the flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemovedWhy {
    /// A page number ("2 (3)", "Sivu 2/3", "Page 2 of 3").
    PageNumber,
    /// A running header or footer: the same line on several pages.
    RunningHeader,
    /// Markdown front matter (between `---` lines at the top).
    FrontMatter,
    /// Web-page furniture: navigation, header, footer, scripts.
    Navigation,
}

impl RemovedWhy {
    /// A short description, in English.
    pub fn describe(self) -> &'static str {
        match self {
            RemovedWhy::PageNumber => "page number",
            RemovedWhy::RunningHeader => "running header or footer",
            RemovedWhy::FrontMatter => "front matter",
            RemovedWhy::Navigation => "web-page navigation",
        }
    }
}

/// A notice read into blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The format it was read from.
    pub format: Format,
    /// The encoding of its text (UTF-8 for the zipped and PDF formats).
    pub encoding: Encoding,
    /// What the clean-up changed.
    pub cleanup: Cleanup,
    /// The blocks in reading order.
    pub blocks: Vec<Block>,
    /// Text taken out of the flow (page furniture, front matter): kept for the register's
    /// notes, never read as content.
    pub removed: Vec<Removed>,
    /// How many lines the source has (text formats) or blocks (others).
    pub lines: usize,
}

impl Document {
    /// An empty document of `format`.
    pub fn new(format: Format) -> Document {
        Document {
            format,
            encoding: Encoding::Utf8,
            cleanup: Cleanup::default(),
            blocks: Vec::new(),
            removed: Vec::new(),
            lines: 0,
        }
    }

    /// All the text, a block a line, for language detection and word checks.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            out.push_str(&b.text);
            out.push('\n');
        }
        out
    }

    /// The blocks as numbered source lines for the section finder: a paragraph's lines
    /// one by one, list items with a bullet (or their check box), table rows with their
    /// cells tab-separated (a two-cell row whose first cell is a short label as a heading
    /// line and its text), and an empty line between blocks unless a block
    /// [follows](Block::follows) the one before it. Also returns the lines of the blocks
    /// that the format marks as headings.
    #[cfg(test)]
    pub(crate) fn src_lines(&self) -> (Vec<SrcLine>, Vec<usize>) {
        let (lines, headings, _) = self.src_lines_with_levels();
        (lines, headings)
    }

    /// [`src_lines`](Self::src_lines) with the level (1-6) of each line the format marks
    /// as a heading (h1-h6, `#`-`######`, Word's outline level).
    pub(crate) fn src_lines_with_levels(&self) -> (Vec<SrcLine>, Vec<usize>, Vec<(usize, u8)>) {
        let mut out: Vec<SrcLine> = Vec::new();
        let mut headings = Vec::new();
        let mut levels = Vec::new();
        let mut last_no = 0usize;
        // Lines get their block's number and count on from it; numbers never go backwards.
        let mut push = |out: &mut Vec<SrcLine>, no: usize, text: &str| {
            let no = no.max(last_no + 1);
            last_no = no;
            out.push(SrcLine { no, text: text.trim().to_owned() });
            no
        };
        let mut ordinal = 0usize;
        for (i, b) in self.blocks.iter().enumerate() {
            let split_row = two_cell_heading(&b.kind);
            if i > 0 && (!b.follows || split_row) {
                out.push(SrcLine { no: 0, text: String::new() });
            }
            match &b.kind {
                BlockKind::ListItem { ordered, .. } => {
                    ordinal = if b.follows { ordinal + 1 } else { 1 };
                    let text = if b.checkbox.is_some() {
                        b.text.clone()
                    } else if *ordered {
                        format!("{ordinal}) {}", b.text)
                    } else {
                        format!("- {}", b.text)
                    };
                    for (k, l) in text.split('\n').filter(|l| !l.trim().is_empty()).enumerate() {
                        push(&mut out, b.pos.line + k, l);
                    }
                }
                BlockKind::TableRow { cells } if split_row => {
                    let no = push(&mut out, b.pos.line, &cells[0]);
                    headings.push(no);
                    out.push(SrcLine { no: 0, text: String::new() });
                    for (k, l) in cells[1].split('\n').filter(|l| !l.trim().is_empty()).enumerate() {
                        push(&mut out, b.pos.line + 1 + k, l);
                    }
                }
                BlockKind::TableRow { cells } => {
                    let cells: Vec<String> =
                        cells.iter().map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
                    push(&mut out, b.pos.line, &cells.join("\t"));
                }
                kind => {
                    let lines: Vec<&str> = b.text.split('\n').filter(|l| !l.trim().is_empty()).collect();
                    // A heading written on the line after a paragraph, with no blank line
                    // between (a web page copied out): the blank line goes in before it.
                    let heading_last = matches!(kind, BlockKind::Paragraph)
                        && lines.len() >= 2
                        && trailing_heading(lines[lines.len() - 2], lines[lines.len() - 1]);
                    for (k, l) in lines.iter().enumerate() {
                        if heading_last && k == lines.len() - 1 {
                            out.push(SrcLine { no: 0, text: String::new() });
                        }
                        let no = push(&mut out, b.pos.line + k, l);
                        if let (0, BlockKind::Heading { level }) = (k, kind) {
                            headings.push(no);
                            levels.push((no, *level));
                        }
                    }
                }
            }
        }
        // An empty line takes the number after the line before it.
        let mut last = 0usize;
        for l in &mut out {
            if l.no == 0 {
                l.no = last + 1;
            } else {
                last = l.no;
            }
        }
        (out, headings, levels)
    }
}

/// A paragraph's last line that is a heading of what follows ("... kommer du att
/// informeras särskilt om detta.\nGoogle Analytics"): a sentence of five words or more ends
/// on the line before, and the line is short (six words at most), starts with a capital and
/// ends in no punctuation, or is a question of ten words at most ("Använder vi oss av
/// cookies?").
fn trailing_heading(before: &str, line: &str) -> bool {
    let (before, line) = (before.trim(), line.trim());
    let words = line.split_whitespace().count();
    let capital = line.chars().next().is_some_and(char::is_uppercase);
    let bare = !line.ends_with(|c: char| c.is_ascii_punctuation());
    let question = line.ends_with('?') && words <= 10;
    before.ends_with(['.', '!', '?'])
        && before.split_whitespace().count() >= 5
        && capital
        && ((bare && (1..=6).contains(&words)) || question)
}

/// A table row of a label cell and a text cell ("Rekisterinpitäjä | Kemin kaupunki ...").
fn two_cell_heading(kind: &BlockKind) -> bool {
    match kind {
        BlockKind::TableRow { cells } if cells.len() == 2 => {
            let label = cells[0].trim();
            let words = label.split_whitespace().count();
            (1..=12).contains(&words)
                && !label.contains('\n')
                && !label.ends_with('.')
                && !cells[1].trim().is_empty()
                && (cells[1].contains('\n') || cells[1].split_whitespace().count() > 8)
        }
        _ => false,
    }
}

/// The state of a check box that opens `text`.
fn leading_checkbox(text: &str) -> Option<bool> {
    let t = text.trim_start().trim_start_matches(['-', '*', '•']).trim_start();
    match t.chars().next() {
        Some('☐') => Some(false),
        Some('☒' | '☑') => Some(true),
        _ if t.starts_with("[ ]") => Some(false),
        _ if t.starts_with("[x]") || t.starts_with("[X]") => Some(true),
        _ => None,
    }
}

/// At least two letters, all of them capitals.
fn is_upper(text: &str) -> bool {
    let mut letters = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_read_with_their_labels() {
        let b = Block::new(BlockKind::Paragraph, "Ei ☐ Kyllä ☒", Pos::default());
        assert_eq!(b.boxes(), vec![false, true]);
        assert_eq!(b.labelled_boxes(), vec![(false, "Ei".to_owned()), (true, "Kyllä".to_owned())]);
        let b = Block::new(BlockKind::ListItem { level: 0, ordered: false }, "☒ Kyllä", Pos::default());
        assert_eq!(b.checkbox, Some(true));
        assert_eq!(b.labelled_boxes(), vec![(true, "Kyllä".to_owned())]);
        assert!(Block::new(BlockKind::Paragraph, "REKISTERINPITÄJÄ", Pos::default()).emphasis.upper);
        assert!(!Block::new(BlockKind::Paragraph, "EU:n alue", Pos::default()).emphasis.upper);
    }

    #[test]
    fn a_heading_on_the_line_after_a_paragraph_gets_its_blank_line() {
        let mut doc = Document::new(Format::Text);
        let p = |line| Pos { page: None, line };
        for (no, text) in [
            (1, "Tietoja ei luovuteta yhdistyksen ulkopuolelle ilman suostumusta.\nEvästeet"),
            (4, "Käytämme sivustolla vain välttämättömiä evästeitä tänä vuonna.\nMiten suojaamme tietosi?"),
            // A short sentence before, or none ending: one paragraph, as written.
            (7, "Jäsenrekisteri on lukitussa kaapissa.\nRekisteriä ylläpitää sihteeri"),
            (10, "Ystävällisin terveisin,\nHallitus"),
        ] {
            doc.blocks.push(Block::new(BlockKind::Paragraph, text, p(no)));
        }
        let (lines, _) = doc.src_lines();
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Tietoja ei luovuteta yhdistyksen ulkopuolelle ilman suostumusta.",
                "",
                "Evästeet",
                "",
                "Käytämme sivustolla vain välttämättömiä evästeitä tänä vuonna.",
                "",
                "Miten suojaamme tietosi?",
                "",
                "Jäsenrekisteri on lukitussa kaapissa.",
                "Rekisteriä ylläpitää sihteeri",
                "",
                "Ystävällisin terveisin,",
                "Hallitus",
            ]
        );
        assert_eq!(lines[2].no, 2);
    }

    #[test]
    fn blocks_become_numbered_lines() {
        let mut doc = Document::new(Format::Docx);
        let p = |line| Pos { page: None, line };
        doc.blocks.push(Block::new(BlockKind::Heading { level: 1 }, "Rekisterinpitäjä", p(1)));
        doc.blocks.push(Block::new(BlockKind::Paragraph, "Kemin kaupunki\nValtakatu 26", p(2)));
        doc.blocks.push(Block::new(BlockKind::ListItem { level: 0, ordered: false }, "nimi", p(3)));
        doc.blocks.push(Block::new(BlockKind::ListItem { level: 1, ordered: false }, "osoite", p(4)).following(true));
        doc.blocks.push(Block::new(BlockKind::TableRow { cells: vec!["a".into(), "b".into()] }, "a\tb", p(5)));
        let (lines, headings) = doc.src_lines();
        let texts: Vec<(usize, &str)> = lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (1, "Rekisterinpitäjä"),
                (2, ""),
                (2, "Kemin kaupunki"),
                (3, "Valtakatu 26"),
                (4, ""),
                (4, "- nimi"),
                (5, "- osoite"),
                (6, ""),
                (6, "a\tb"),
            ]
        );
        assert_eq!(headings, vec![1]);
    }
}
