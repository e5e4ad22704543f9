//! Word .docx (Office Open XML, ISO/IEC 29500-1 §17): `word/document.xml` with
//! `word/styles.xml` and `word/numbering.xml`.
//!
//! - Headings by outline level (`w:outlineLvl` on the paragraph or along its style's
//!   `w:basedOn` chain) or by the built-in heading styles (style id `Heading1`..`Heading9`,
//!   or the built-in name `heading 1`..`heading 9`, which Word writes in English whatever
//!   the language); a localized display name ("Otsikko 1") is never matched. `Title` is a
//!   level-1 heading.
//! - List items from numbering (`w:numPr`, on the paragraph or its style): the level is
//!   `w:ilvl`, ordered unless the level's `w:numFmt` is `bullet` or `none`.
//! - Tables (`w:tbl`): a block per row, a cell's paragraphs joined by line breaks; nested
//!   tables read into their cell.
//! - Check boxes: content controls (`w14:checkbox` with `w14:checked`), legacy form fields
//!   (`w:checkBox` with `w:default`/`w:checked`) and Wingdings symbols (`w:sym`) become ☐/☒;
//!   ☐/☒ typed as text stay.
//! - Bold: a paragraph all of whose text is bold (run or style) is marked bold.
//! - Left out: deleted revisions, field codes, headers and footers (page furniture).

use super::super::ImportError;
use super::super::decode::{Cleanup, clean_text};
use super::super::document::{Block, BlockKind, Document, Format, Pos};
use super::xml::{Ev, walk};
use super::zipped::{Archive, unreadable};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    outline: Option<u8>,
    heading: Option<u8>,
    num: Option<(String, u8)>,
    bold: Option<bool>,
}

/// Styles by id.
fn styles(xml: &str, name: &str) -> Result<HashMap<String, Style>, ImportError> {
    let mut out: HashMap<String, Style> = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    let mut in_ppr = false;
    let mut in_rpr = false;
    walk(xml, name, "word/styles.xml", false, |ev| match ev {
        Ev::Open(s) => match s.name.as_str() {
            "style" => {
                let id = s.attr("styleId").unwrap_or_default().to_owned();
                let heading = builtin_heading(&id);
                current = Some((id, Style { heading, ..Style::default() }));
            }
            "name" => {
                if let (Some((_, st)), Some(v)) = (current.as_mut(), s.attr("val")) {
                    if let Some(level) = builtin_heading_name(v) {
                        st.heading = Some(level);
                    }
                }
            }
            "basedOn" => {
                if let (Some((_, st)), Some(v)) = (current.as_mut(), s.attr("val")) {
                    st.based_on = Some(v.to_owned());
                }
            }
            "pPr" => in_ppr = true,
            "rPr" => in_rpr = true,
            "outlineLvl" if in_ppr => {
                if let (Some((_, st)), Some(v)) = (current.as_mut(), s.attr("val")) {
                    st.outline = v.parse::<u8>().ok().filter(|l| *l < 9);
                }
            }
            "numId" if in_ppr => {
                if let (Some((_, st)), Some(v)) = (current.as_mut(), s.attr("val")) {
                    let level = st.num.as_ref().map_or(0, |n| n.1);
                    st.num = Some((v.to_owned(), level));
                }
            }
            "ilvl" if in_ppr => {
                if let (Some((_, st)), Some(v)) = (current.as_mut(), s.attr("val")) {
                    let id = st.num.as_ref().map(|n| n.0.clone()).unwrap_or_default();
                    st.num = Some((id, v.parse().unwrap_or(0)));
                }
            }
            "b" if in_rpr => {
                if let Some((_, st)) = current.as_mut() {
                    st.bold = Some(on(s.attr("val")));
                }
            }
            _ => {}
        },
        Ev::Close(n) => match n {
            "style" => {
                if let Some((id, st)) = current.take() {
                    out.insert(id, st);
                }
            }
            "pPr" => in_ppr = false,
            "rPr" => in_rpr = false,
            _ => {}
        },
        Ev::Text(_) => {}
    })?;
    Ok(out)
}

/// `Heading1`..`Heading9` (the built-in style ids), `Title`.
fn builtin_heading(id: &str) -> Option<u8> {
    if id == "Title" {
        return Some(1);
    }
    let n = id.strip_prefix("Heading")?;
    n.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}

/// The built-in style names `heading 1`..`heading 9` and `Title` (language-independent in
/// the file).
fn builtin_heading_name(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase();
    if lower == "title" {
        return Some(1);
    }
    let n = lower.strip_prefix("heading ")?;
    n.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}

/// A `w:val` that switches a property on (absent, `1`, `true`, `on`).
fn on(v: Option<&str>) -> bool {
    !matches!(v, Some("0" | "false" | "off" | "none"))
}

/// Ordered-ness of list levels: numId → (ilvl → ordered).
fn numbering(xml: &str, name: &str) -> Result<HashMap<String, HashMap<u8, bool>>, ImportError> {
    let mut abstract_levels: HashMap<String, HashMap<u8, bool>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let mut cur_abstract: Option<String> = None;
    let mut cur_level: Option<u8> = None;
    let mut cur_num: Option<String> = None;
    walk(xml, name, "word/numbering.xml", false, |ev| match ev {
        Ev::Open(s) => match s.name.as_str() {
            "abstractNum" => cur_abstract = s.attr("abstractNumId").map(str::to_owned),
            "lvl" => cur_level = s.attr("ilvl").and_then(|v| v.parse().ok()),
            "numFmt" => {
                if let (Some(a), Some(l)) = (&cur_abstract, cur_level) {
                    let ordered = !matches!(s.attr("val"), Some("bullet" | "none"));
                    abstract_levels.entry(a.clone()).or_default().insert(l, ordered);
                }
            }
            "num" => cur_num = s.attr("numId").map(str::to_owned),
            "abstractNumId" => {
                if let (Some(n), Some(v)) = (&cur_num, s.attr("val")) {
                    nums.insert(n.clone(), v.to_owned());
                }
            }
            _ => {}
        },
        Ev::Close(n) => match n {
            "abstractNum" => cur_abstract = None,
            "lvl" => cur_level = None,
            "num" => cur_num = None,
            _ => {}
        },
        Ev::Text(_) => {}
    })?;
    Ok(nums.into_iter().filter_map(|(n, a)| abstract_levels.get(&a).map(|l| (n, l.clone()))).collect())
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
    num: Option<(String, u8)>,
    /// Characters of text in bold and in all.
    bold_chars: usize,
    chars: usize,
}

/// A table being read.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    row: Vec<String>,
    cell: String,
    first_line: usize,
}

/// Reads the document part of an open .docx.
pub(super) fn read(archive: &mut Archive<'_>) -> Result<Document, ImportError> {
    let name = archive_name(archive);
    let body = archive
        .text("word/document.xml")?
        .ok_or_else(|| unreadable(&name, "a Word file without its document part (word/document.xml)"))?;
    let styles = match archive.text("word/styles.xml")? {
        Some(x) => styles(&x, &name)?,
        None => HashMap::new(),
    };
    let lists = match archive.text("word/numbering.xml")? {
        Some(x) => numbering(&x, &name)?,
        None => HashMap::new(),
    };
    let mut doc = Document::new(Format::Docx);
    let mut cleanup = Cleanup::default();
    let mut r = Reader { styles, lists, ..Reader::default() };
    walk(&body, &name, "word/document.xml", false, |ev| r.event(ev))?;
    for mut b in r.blocks {
        b.text = clean_text(&b.text, &mut cleanup).trim().to_owned();
        if let BlockKind::TableRow { cells } = &mut b.kind {
            for c in cells.iter_mut() {
                *c = clean_text(c, &mut cleanup).trim().to_owned();
            }
        }
        if !b.text.is_empty() {
            let rebuilt = Block::new(b.kind, b.text, b.pos).bold(b.emphasis.bold).following(b.follows);
            doc.blocks.push(rebuilt);
        }
    }
    doc.lines = r.paras;
    doc.cleanup = cleanup;
    Ok(doc)
}

fn archive_name(archive: &Archive<'_>) -> String {
    archive.name.to_owned()
}

#[derive(Default)]
struct Reader {
    styles: HashMap<String, Style>,
    lists: HashMap<String, HashMap<u8, bool>>,
    blocks: Vec<Block>,
    /// Paragraphs seen (the position of a block).
    paras: usize,
    /// Open paragraphs (a text box's paragraphs sit inside a run of another).
    depth: usize,
    para: Para,
    in_ppr: bool,
    in_rpr: bool,
    run_bold: Option<bool>,
    in_del: usize,
    in_instr: bool,
    /// Inside a check-box content control: its state, and whether its content is skipped.
    sdt_box: Vec<Option<bool>>,
    sdt_pending: Option<bool>,
    in_sdt_pr: bool,
    in_checkbox: bool,
    /// A legacy check box form field's state.
    ff_box: Option<bool>,
    tables: Vec<Table>,
    /// An empty paragraph (or other break) since the last block.
    gap: bool,
    /// Inside `w:t`.
    reading_t: bool,
    /// A check box met between paragraphs, for the next paragraph.
    pending_glyph: Option<&'static str>,
    /// A paragraph between two tables' rows.
    row_gap: bool,
}

impl Reader {
    fn style_chain(&self, id: Option<&str>) -> Vec<&Style> {
        let mut out = Vec::new();
        let mut cur = id.map(str::to_owned);
        while let Some(i) = cur {
            if out.len() > 16 {
                break;
            }
            match self.styles.get(&i) {
                Some(s) => {
                    out.push(s);
                    cur = s.based_on.clone();
                }
                None => break,
            }
        }
        out
    }

    fn event(&mut self, ev: Ev<'_>) {
        match ev {
            Ev::Open(s) => self.open(&s.name, |k| s.attr(k).map(str::to_owned)),
            Ev::Close(n) => self.close(n),
            Ev::Text(t) => {
                // A check box content control's own glyph is replaced by ☐/☒.
                let glyph_only = t.trim().chars().all(|c| !c.is_alphanumeric());
                if self.depth > 0
                    && self.in_del == 0
                    && !self.in_instr
                    && self.reading_t
                    && !(self.skipping() && glyph_only)
                {
                    self.push_text(t);
                }
            }
        }
    }

    fn skipping(&self) -> bool {
        self.sdt_box.iter().any(|b| b.is_some())
    }

    fn push_text(&mut self, t: &str) {
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        self.para.chars += n;
        if self.bold_now() {
            self.para.bold_chars += n;
        }
        self.para.text.push_str(t);
    }

    fn bold_now(&self) -> bool {
        if let Some(b) = self.run_bold {
            return b;
        }
        self.style_chain(self.para.style.as_deref()).iter().find_map(|s| s.bold).unwrap_or(false)
    }

    fn open(&mut self, name: &str, attr: impl Fn(&str) -> Option<String>) {
        match name {
            "p" => {
                if self.depth == 0 {
                    self.paras += 1;
                    self.para = Para::default();
                } else {
                    self.para.text.push('\n');
                }
                self.depth += 1;
            }
            "pPr" => self.in_ppr = true,
            "pStyle" if self.in_ppr && self.depth == 1 => self.para.style = attr("val"),
            "outlineLvl" if self.in_ppr && self.depth == 1 => {
                self.para.outline = attr("val").and_then(|v| v.parse::<u8>().ok()).filter(|l| *l < 9);
            }
            "numId" if self.in_ppr && self.depth == 1 => {
                let level = self.para.num.as_ref().map_or(0, |n| n.1);
                self.para.num = attr("val").map(|v| (v, level));
            }
            "ilvl" if self.in_ppr && self.depth == 1 => {
                let id = self.para.num.as_ref().map(|n| n.0.clone()).unwrap_or_default();
                self.para.num = Some((id, attr("val").and_then(|v| v.parse().ok()).unwrap_or(0)));
            }
            "r" => self.run_bold = None,
            "rPr" => self.in_rpr = true,
            "b" if self.in_rpr && !self.in_ppr => self.run_bold = Some(on(attr("val").as_deref())),
            "t" => self.reading_t = true,
            "delText" | "del" | "moveFrom" => self.in_del += 1,
            "instrText" => self.in_instr = true,
            "tab" if self.depth > 0 && !self.in_ppr => self.para.text.push('\t'),
            "br" | "cr" if self.depth > 0 && attr("type").as_deref() != Some("page") => self.para.text.push('\n'),
            "noBreakHyphen" if self.depth > 0 => self.para.text.push('-'),
            "sym" if self.depth > 0 && !self.skipping() => {
                let ch = attr("char").unwrap_or_default().to_ascii_uppercase();
                let code = ch.trim_start_matches("F0");
                match code {
                    "FE" | "78" | "FD" => self.push_text("☒"),
                    "A8" | "6F" | "71" | "A1" => self.push_text("☐"),
                    _ => {}
                }
            }
            "sdt" => self.sdt_box.push(None),
            "sdtPr" => self.in_sdt_pr = true,
            "checkbox" | "checkBox" => {
                self.in_checkbox = true;
                if self.in_sdt_pr {
                    self.sdt_pending = Some(false);
                } else {
                    self.ff_box = Some(false);
                }
            }
            "checked" if self.in_checkbox => {
                let v = on(attr("val").as_deref());
                if self.in_sdt_pr {
                    self.sdt_pending = Some(v);
                } else {
                    self.ff_box = Some(v);
                }
            }
            "default" if self.in_checkbox && !self.in_sdt_pr && self.ff_box == Some(false) => {
                self.ff_box = Some(on(attr("val").as_deref()));
            }
            "sdtContent" => {
                if let Some(state) = self.sdt_pending.take() {
                    let glyph = if state { "☒" } else { "☐" };
                    if self.depth > 0 {
                        self.push_text(glyph);
                    } else {
                        self.pending_glyph = Some(glyph);
                    }
                    if let Some(last) = self.sdt_box.last_mut() {
                        *last = Some(state);
                    }
                }
            }
            "fldChar" if attr("fldCharType").as_deref() == Some("end") => {
                if let Some(state) = self.ff_box.take() {
                    self.push_text(if state { "☒" } else { "☐" });
                }
            }
            "tbl" => {
                self.row_gap = self.row_gap || self.gap;
                self.tables.push(Table { first_line: self.paras + 1, ..Table::default() });
            }
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell.clear();
                }
            }
            _ => {}
        }
        if name == "p" && self.depth == 1 {
            if let Some(g) = self.pending_glyph.take() {
                self.push_text(g);
            }
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "p" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth == 0 {
                    self.end_paragraph();
                }
            }
            "pPr" => self.in_ppr = false,
            "rPr" => self.in_rpr = false,
            "t" => self.reading_t = false,
            "delText" | "del" | "moveFrom" => self.in_del = self.in_del.saturating_sub(1),
            "instrText" => self.in_instr = false,
            "sdt" => {
                self.sdt_box.pop();
            }
            "sdtPr" => self.in_sdt_pr = false,
            "checkbox" | "checkBox" => self.in_checkbox = false,
            "tc" => {
                if let Some(t) = self.tables.last_mut() {
                    let cell = std::mem::take(&mut t.cell);
                    t.row.push(cell.trim().to_owned());
                }
            }
            "tr" => {
                if self.tables.len() == 1 {
                    if let Some(t) = self.tables.last_mut() {
                        let row = std::mem::take(&mut t.row);
                        t.rows.push(row);
                    }
                    self.emit_row();
                } else if let Some(t) = self.tables.last_mut() {
                    // A nested table's row: its cells into the outer cell, tab-separated.
                    let row = std::mem::take(&mut t.row);
                    let line = row.join("\t");
                    let n = self.tables.len();
                    if n >= 2 {
                        let outer = &mut self.tables[n - 2];
                        if !outer.cell.is_empty() {
                            outer.cell.push('\n');
                        }
                        outer.cell.push_str(&line);
                    }
                }
            }
            "tbl" => {
                self.tables.pop();
                self.gap = true;
            }
            _ => {}
        }
    }

    fn emit_row(&mut self) {
        let Some(t) = self.tables.last_mut() else { return };
        let Some(cells) = t.rows.pop() else { return };
        let line = t.first_line;
        t.first_line = self.paras + 1;
        // Merged cells repeat nothing; drop empty trailing cells.
        let mut cells: Vec<String> = cells;
        while cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let follows = matches!(self.blocks.last().map(|b| &b.kind), Some(BlockKind::TableRow { .. })) && !self.row_gap;
        self.row_gap = false;
        let text = cells.join("\t");
        self.blocks.push(Block::new(BlockKind::TableRow { cells }, text, Pos { page: None, line }).following(follows));
        self.gap = false;
    }

    fn end_paragraph(&mut self) {
        let para = std::mem::take(&mut self.para);
        if let Some(t) = self.tables.last_mut() {
            if !t.cell.is_empty() {
                t.cell.push('\n');
            }
            // A list item in a cell keeps a bullet so that the cell reads as a list.
            let text = para.text.trim();
            if para.num.as_ref().is_some_and(|(id, _)| id != "0") && !text.is_empty() {
                t.cell.push_str("- ");
            }
            t.cell.push_str(text);
            return;
        }
        let text = para.text.trim().to_owned();
        if text.is_empty() {
            self.gap = true;
            return;
        }
        let chain = self.style_chain(para.style.as_deref());
        let outline = para.outline.or_else(|| chain.iter().find_map(|s| s.outline));
        let builtin = chain.iter().find_map(|s| s.heading);
        let num = para.num.clone().or_else(|| chain.iter().find_map(|s| s.num.clone())).filter(|(id, _)| id != "0");
        let pos = Pos { page: None, line: self.paras };
        let bold = para.chars > 0 && para.bold_chars * 10 >= para.chars * 9;
        let prev = self.blocks.last().map(|b| b.kind.clone());
        let block = if let Some(level) = outline.map(|l| l + 1).or(builtin) {
            Block::new(BlockKind::Heading { level }, text, pos)
        } else if let Some((id, level)) = num {
            let ordered = self.lists.get(&id).and_then(|l| l.get(&level)).copied().unwrap_or(false);
            let follows = !self.gap && matches!(prev, Some(BlockKind::ListItem { .. } | BlockKind::Paragraph));
            Block::new(BlockKind::ListItem { level, ordered }, text, pos).following(follows)
        } else {
            Block::new(BlockKind::Paragraph, text, pos)
        };
        self.blocks.push(block.bold(bold));
        self.gap = false;
    }
}
