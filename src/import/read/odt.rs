//! OpenDocument text .odt (ODF 1.2, ISO/IEC 26300, part 3 §5): `content.xml`.
//!
//! `text:h` with `text:outline-level` is a heading; `text:p` a paragraph; `text:list-item`
//! a list item (its level the lists' nesting, ordered when the list style numbers that
//! level); `table:table-row` a table row. Spaces (`text:s`), tabs and line breaks are
//! written out; notes, annotations and tracked deletions are left out. A paragraph whose
//! text style (automatic style) is bold is marked bold.

use super::super::ImportError;
use super::super::decode::{Cleanup, clean_text};
use super::super::document::{Block, BlockKind, Document, Format, Pos};
use super::xml::{Ev, walk};
use super::zipped::{Archive, unreadable};
use std::collections::{HashMap, HashSet};

/// Reads the content part of an open .odt.
pub(super) fn read(archive: &mut Archive<'_>) -> Result<Document, ImportError> {
    let name = archive.name.to_owned();
    let content = archive
        .text("content.xml")?
        .ok_or_else(|| unreadable(&name, "an OpenDocument file without its content part (content.xml)"))?;
    let mut r = Reader::default();
    walk(&content, &name, "content.xml", true, |ev| r.event(ev))?;
    let mut doc = Document::new(Format::Odt);
    let mut cleanup = Cleanup::default();
    for b in r.blocks {
        let text = clean_text(&b.text, &mut cleanup).trim().to_owned();
        let kind = match b.kind {
            BlockKind::TableRow { cells } => BlockKind::TableRow {
                cells: cells.iter().map(|c| clean_text(c, &mut cleanup).trim().to_owned()).collect(),
            },
            k => k,
        };
        if !text.is_empty() {
            doc.blocks.push(Block::new(kind, text, b.pos).bold(b.emphasis.bold).following(b.follows));
        }
    }
    doc.lines = r.paras;
    doc.cleanup = cleanup;
    Ok(doc)
}

#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    paras: usize,
    /// Bold automatic styles (paragraph or text).
    bold_styles: HashSet<String>,
    /// Numbered levels of list styles: style → levels that are numbered.
    numbered: HashMap<String, HashSet<u8>>,
    cur_style: Option<String>,
    cur_list_style: Option<String>,
    /// Open `text:p`/`text:h` (a frame's paragraphs nest in another's).
    depth: usize,
    text: String,
    heading: Option<u8>,
    para_bold: bool,
    span_bold: Vec<bool>,
    bold_chars: usize,
    chars: usize,
    /// Open lists: each list's style (inherited from the outer list when absent).
    lists: Vec<Option<String>>,
    /// Items already in the innermost list item (a second paragraph of an item is a paragraph).
    item_paras: Vec<usize>,
    skip: usize,
    /// Open tables: rows and the cell being read.
    tables: Vec<(Vec<String>, String, usize)>,
    gap: bool,
}

impl Reader {
    fn event(&mut self, ev: Ev<'_>) {
        match ev {
            Ev::Open(s) => {
                let name = s.name.as_str();
                let attr = |k: &str| s.attr(k).map(str::to_owned);
                if self.skip > 0 {
                    if matches!(name, "text:note" | "office:annotation" | "text:tracked-changes") {
                        self.skip += 1;
                    }
                    return;
                }
                match name {
                    "text:note" | "office:annotation" | "text:tracked-changes" => self.skip += 1,
                    "style:style" => self.cur_style = attr("style:name"),
                    "style:text-properties" => {
                        if let Some(st) = &self.cur_style {
                            if matches!(s.attr("fo:font-weight"), Some("bold" | "600" | "700" | "800" | "900")) {
                                self.bold_styles.insert(st.clone());
                            }
                        }
                    }
                    "text:list-style" => self.cur_list_style = attr("style:name"),
                    "text:list-level-style-number" => {
                        let level = s.attr("text:level").and_then(|v| v.parse::<u8>().ok()).unwrap_or(1);
                        let numbered = s.attr("style:num-format").is_some_and(|f| !f.is_empty());
                        if let (Some(ls), true) = (&self.cur_list_style, numbered) {
                            self.numbered.entry(ls.clone()).or_default().insert(level);
                        }
                    }
                    "text:list" => {
                        let style = attr("text:style-name").or_else(|| self.lists.last().cloned().flatten());
                        self.lists.push(style);
                    }
                    "text:list-item" | "text:list-header" => self.item_paras.push(0),
                    "text:p" | "text:h" => {
                        if self.depth == 0 {
                            self.paras += 1;
                            self.text.clear();
                            self.bold_chars = 0;
                            self.chars = 0;
                            self.heading = if name == "text:h" {
                                Some(
                                    s.attr("text:outline-level")
                                        .and_then(|v| v.parse::<u8>().ok())
                                        .unwrap_or(1)
                                        .clamp(1, 9),
                                )
                            } else {
                                None
                            };
                            self.para_bold = s.attr("text:style-name").is_some_and(|st| self.bold_styles.contains(st));
                        } else {
                            self.text.push('\n');
                        }
                        self.depth += 1;
                    }
                    "text:span" => {
                        let b = s.attr("text:style-name").is_some_and(|st| self.bold_styles.contains(st));
                        self.span_bold.push(b);
                    }
                    "text:s" if self.depth > 0 => {
                        let n = s.attr("text:c").and_then(|v| v.parse::<usize>().ok()).unwrap_or(1).min(64);
                        self.text.push_str(&" ".repeat(n));
                    }
                    "text:tab" if self.depth > 0 => self.text.push('\t'),
                    "text:line-break" if self.depth > 0 => self.text.push('\n'),
                    "table:table" => self.tables.push((Vec::new(), String::new(), self.paras + 1)),
                    "table:table-cell" | "table:covered-table-cell" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.1.clear();
                        }
                    }
                    _ => {}
                }
            }
            Ev::Close(name) => {
                if self.skip > 0 {
                    if matches!(name, "text:note" | "office:annotation" | "text:tracked-changes") {
                        self.skip -= 1;
                    }
                    return;
                }
                match name {
                    "style:style" => self.cur_style = None,
                    "text:list-style" => self.cur_list_style = None,
                    "text:list" => {
                        self.lists.pop();
                    }
                    "text:list-item" | "text:list-header" => {
                        self.item_paras.pop();
                    }
                    "text:span" => {
                        self.span_bold.pop();
                    }
                    "text:p" | "text:h" => {
                        self.depth = self.depth.saturating_sub(1);
                        if self.depth == 0 {
                            self.end_paragraph();
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        if let Some(t) = self.tables.last_mut() {
                            let cell = std::mem::take(&mut t.1);
                            t.0.push(cell.trim().to_owned());
                        }
                    }
                    "table:table-row" => self.end_row(),
                    "table:table" => {
                        self.tables.pop();
                        self.gap = true;
                    }
                    _ => {}
                }
            }
            Ev::Text(t) => {
                if self.skip == 0 && self.depth > 0 {
                    let n = t.chars().filter(|c| !c.is_whitespace()).count();
                    self.chars += n;
                    if self.span_bold.last().copied().unwrap_or(self.para_bold) {
                        self.bold_chars += n;
                    }
                    self.text.push_str(t);
                }
            }
        }
    }

    fn end_row(&mut self) {
        let n = self.tables.len();
        let Some(t) = self.tables.last_mut() else { return };
        let mut cells = std::mem::take(&mut t.0);
        let line = t.2;
        t.2 = self.paras + 1;
        while cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        if n > 1 {
            // A nested table's row goes into the outer cell.
            let joined = cells.join("\t");
            let outer = &mut self.tables[n - 2].1;
            if !outer.is_empty() {
                outer.push('\n');
            }
            outer.push_str(&joined);
            return;
        }
        let follows = !self.gap && matches!(self.blocks.last().map(|b| &b.kind), Some(BlockKind::TableRow { .. }));
        let text = cells.join("\t");
        self.blocks.push(Block::new(BlockKind::TableRow { cells }, text, Pos { page: None, line }).following(follows));
        self.gap = false;
    }

    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.text);
        let text = text.trim();
        if let Some(t) = self.tables.last_mut() {
            if !t.1.is_empty() {
                t.1.push('\n');
            }
            if !self.lists.is_empty() && !text.is_empty() {
                t.1.push_str("- ");
            }
            t.1.push_str(text);
            return;
        }
        if text.is_empty() {
            self.gap = true;
            return;
        }
        let pos = Pos { page: None, line: self.paras };
        let bold = self.chars > 0 && self.bold_chars * 10 >= self.chars * 9;
        let first_in_item = self.item_paras.last().is_some_and(|n| *n == 0);
        if let Some(n) = self.item_paras.last_mut() {
            *n += 1;
        }
        let prev = self.blocks.last().map(|b| b.kind.clone());
        let block = if let Some(level) = self.heading {
            Block::new(BlockKind::Heading { level }, text, pos)
        } else if !self.lists.is_empty() && first_in_item {
            let level = u8::try_from(self.lists.len() - 1).unwrap_or(u8::MAX).min(8);
            let style = self.lists.iter().rev().find_map(|s| s.clone());
            let ordered = style.and_then(|s| self.numbered.get(&s)).is_some_and(|l| l.contains(&(level + 1)));
            let follows = !self.gap && matches!(prev, Some(BlockKind::ListItem { .. } | BlockKind::Paragraph));
            Block::new(BlockKind::ListItem { level, ordered }, text, pos).following(follows)
        } else {
            Block::new(BlockKind::Paragraph, text, pos)
        };
        self.blocks.push(block.bold(bold));
        self.gap = false;
    }
}
