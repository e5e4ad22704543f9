//! Web pages: a small tolerant tag scanner (HTML as saved from a browser or a CMS is
//! rarely well-formed XML, and a notice needs only its block structure).
//!
//! `h1`..`h6` are headings; `p`, `div` and the like paragraphs; `li` list items (level
//! by the open `ul`/`ol`, ordered in an `ol`); `tr` table rows of their `td`/`th` cells;
//! `address` an address; `br` a line break; `<input type=checkbox checked>` ☒ (☐ when not
//! checked). Left out of the notice and kept aside: `nav`, and `header`/`footer` outside
//! `main`/`article`. Dropped: `script`, `style`, `noscript`, `template`, `head`, `svg`,
//! comments. Named (the common ones) and numeric character references are decoded.
//!
//! Why not a crate: `scraper`/`html5ever` would add some twenty crates (html5ever,
//! markup5ever, string_cache, cssparser, selectors, ...) to a two-core build for what
//! is, here, a flat list of blocks; `tl` is small but unmaintained since 2022.

use super::super::decode::{Cleanup, clean_text};
use super::super::document::{Block, BlockKind, Document, Format, Pos, Removed, RemovedWhy};

/// True when a decoded text is an HTML page rather than text.
pub(super) fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(2048).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && ["</p>", "</div>", "</h1>", "</h2>", "<body"].iter().any(|t| head.contains(t)))
}

/// Elements whose content is never text of the notice.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button", "canvas", "math",
];
/// Elements whose content is page navigation, kept aside.
const FURNITURE: &[&str] = &["nav", "header", "footer"];
/// Elements that end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "address",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "html",
    "figure",
    "figcaption",
    "form",
    "fieldset",
    "legend",
    "hr",
    "details",
    "summary",
    "center",
];
/// Elements with no end tag.
const VOID: &[&str] =
    &["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"];

struct Tag {
    name: String,
    end: bool,
    attrs: String,
    self_closing: bool,
}

/// Reads a decoded HTML page.
pub(super) fn read(text: &str) -> Document {
    let mut doc = Document::new(Format::Html);
    doc.lines = text.lines().count();
    let mut st = State::default();
    let bytes = text.as_bytes();
    let mut i = 0usize;
    let mut line = 1usize;
    let mut text_start = 0usize;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        // Text before the tag.
        if text_start < i {
            let l = line_at(text, text_start, &mut line, &mut st.line_pos);
            st.text(&text[text_start..i], l);
        }
        let rest = &text[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |e| e + 3);
            text_start = i;
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i += rest.find('>').map_or(rest.len(), |e| e + 1);
            text_start = i;
            continue;
        }
        let Some((tag, len)) = parse_tag(rest) else {
            // A lone "<" is text.
            text_start = i;
            i += 1;
            continue;
        };
        let tag_line = line_at(text, i, &mut line, &mut st.line_pos);
        i += len;
        text_start = i;
        if !tag.end && DROPPED.contains(&tag.name.as_str()) && !tag.self_closing {
            // Skip to the matching end tag (raw text for script/style).
            let close = format!("</{}", tag.name);
            let lower_rest = text[i..].to_ascii_lowercase();
            let end = lower_rest.find(&close).map_or(text.len(), |e| i + e);
            i = end + text[end..].find('>').map_or(text.len() - end, |e| e + 1);
            text_start = i;
            continue;
        }
        st.tag(&tag, tag_line);
    }
    if text_start < bytes.len() {
        let l = line_at(text, text_start, &mut line, &mut st.line_pos);
        st.text(&text[text_start..], l);
    }
    st.flush();
    let mut cleanup = Cleanup::default();
    for b in st.blocks {
        let text = clean_text(&b.text, &mut cleanup);
        let text: String = text
            .split('\n')
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if text.is_empty() {
            continue;
        }
        let (kind, text) = match b.kind {
            BlockKind::TableRow { cells } => {
                let cells: Vec<String> = cells
                    .iter()
                    .map(|c| {
                        let c = clean_text(c, &mut cleanup);
                        c.split('\n')
                            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                            .filter(|l| !l.is_empty())
                            .collect::<Vec<_>>()
                            .join("\n")
                    })
                    .collect();
                let text = cells.iter().map(|c| c.replace('\n', " ")).collect::<Vec<_>>().join("\t");
                (BlockKind::TableRow { cells }, text)
            }
            k => (k, text),
        };
        doc.blocks.push(Block::new(kind, text, b.pos).bold(b.emphasis.bold).following(b.follows));
    }
    for r in st.removed {
        let text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            doc.removed.push(Removed { text: clean_text(&text, &mut cleanup), ..r });
        }
    }
    doc.cleanup = cleanup;
    doc
}

/// The 1-based line of byte `at`, counting on from the last position asked.
fn line_at(text: &str, at: usize, line: &mut usize, pos: &mut usize) -> usize {
    if at > *pos {
        *line += text.as_bytes()[*pos..at].iter().filter(|b| **b == b'\n').count();
        *pos = at;
    }
    *line
}

/// Parses the tag at the start of `s` ("<p class=x>"): the tag and its length in bytes.
fn parse_tag(s: &str) -> Option<(Tag, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let end = b.get(i) == Some(&b'/');
    if end {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b':') {
        i += 1;
    }
    if i == name_start || !b[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let attrs_start = i;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        match (quote, b[i]) {
            (None, b'"' | b'\'') => quote = Some(b[i]),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => break,
            _ => {}
        }
        i += 1;
    }
    let attrs = s[attrs_start..i.min(s.len())].to_owned();
    let self_closing = attrs.trim_end().ends_with('/');
    Some((Tag { name, end, attrs, self_closing }, (i + 1).min(s.len())))
}

/// The value of attribute `key` in a tag's attribute text, lower case.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(key) {
        let at = from + p;
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let after = lower[at + key.len()..].trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let val = if let Some(q) = v.strip_prefix(['"', '\'']) {
                    q.split(['"', '\'']).next().unwrap_or("")
                } else {
                    v.split(|c: char| c.is_whitespace() || c == '>' || c == '/').next().unwrap_or("")
                };
                return Some(val.to_owned());
            }
            if after.is_empty()
                || after.starts_with(|c: char| c.is_ascii_whitespace() || c == '/' || c.is_ascii_alphabetic())
            {
                return Some(String::new());
            }
        }
        from = at + key.len();
    }
    None
}

#[derive(Default)]
struct State {
    blocks: Vec<Block>,
    removed: Vec<Removed>,
    /// Open elements.
    open: Vec<String>,
    buf: String,
    buf_line: usize,
    bold_chars: usize,
    chars: usize,
    /// Inside furniture: depth of the furniture element in `open`, and its text.
    furniture: Option<(usize, String, usize)>,
    /// Table rows: the cells of the open row, the cell being read.
    cells: Option<Vec<String>>,
    cell: Option<String>,
    row_line: usize,
    /// Whether the last block ended a list or table that the next item continues.
    line_pos: usize,
    pre: usize,
    /// For each open `li`: how many blocks there were when it opened.
    items: Vec<usize>,
    /// Inside a link to a place on the page itself (`<a href="#parter">`).
    in_page_link: bool,
    /// Of `chars`, those inside such links.
    link_chars: usize,
}

impl State {
    fn in_el(&self, name: &str) -> bool {
        self.open.iter().any(|o| o == name)
    }

    fn text(&mut self, raw: &str, line: usize) {
        let decoded = entities(raw);
        if let Some((_, t, _)) = &mut self.furniture {
            t.push(' ');
            t.push_str(&decoded);
            return;
        }
        // A heading's link to itself shows a glyph ("<a href="#parter">🔗</a>Parter ..."):
        // page furniture, not words of the notice.
        if self.in_page_link && !decoded.chars().any(char::is_alphanumeric) {
            return;
        }
        let piece = if self.pre > 0 { decoded } else { decoded.replace(['\n', '\r', '\t'], " ") };
        if piece.trim().is_empty() && self.buf.is_empty() && self.cell.as_ref().is_none_or(String::is_empty) {
            return;
        }
        if let Some(cell) = &mut self.cell {
            cell.push_str(&piece);
            return;
        }
        if self.buf.trim().is_empty() {
            self.buf_line = line;
        }
        let n = piece.chars().filter(|c| !c.is_whitespace()).count();
        self.chars += n;
        if self.in_page_link {
            self.link_chars += n;
        }
        if self.in_el("b") || self.in_el("strong") {
            self.bold_chars += n;
        }
        self.buf.push_str(&piece);
    }

    fn tag(&mut self, tag: &Tag, line: usize) {
        let name = tag.name.as_str();
        if let Some((depth, _, _)) = &self.furniture {
            let depth = *depth;
            if tag.end {
                if let Some(p) = self.open.iter().rposition(|o| o == name) {
                    self.open.truncate(p);
                }
                if self.open.len() < depth {
                    if let Some((_, text, l)) = self.furniture.take() {
                        self.removed.push(Removed {
                            pos: Pos { page: None, line: l },
                            text,
                            why: RemovedWhy::Navigation,
                        });
                    }
                }
            } else if !VOID.contains(&name) && !tag.self_closing {
                self.open.push(name.to_owned());
            }
            return;
        }
        if tag.end {
            if BLOCKS.contains(&name) || name == "br" {
                self.end_block(name, line);
            }
            if name == "li" {
                self.end_item();
            }
            if name == "a" {
                self.in_page_link = false;
            }
            if let Some(p) = self.open.iter().rposition(|o| o == name) {
                self.open.truncate(p);
            }
            if name == "pre" {
                self.pre = self.pre.saturating_sub(1);
            }
            return;
        }
        match name {
            "a" => self.in_page_link = attr(&tag.attrs, "href").is_some_and(|h| h.starts_with('#')),
            "br" => {
                if let Some(cell) = &mut self.cell {
                    cell.push('\n');
                } else {
                    self.buf.push('\n');
                }
                return;
            }
            "input" => {
                let ty = attr(&tag.attrs, "type").unwrap_or_default();
                if ty == "checkbox" || ty == "radio" {
                    let glyph = if attr(&tag.attrs, "checked").is_some() { " ☒ " } else { " ☐ " };
                    self.text(glyph, line);
                }
                return;
            }
            "img" => {
                if let Some(alt) = attr_raw(&tag.attrs, "alt").filter(|a| !a.trim().is_empty()) {
                    self.text(&format!(" {alt} "), line);
                }
                return;
            }
            _ => {}
        }
        let furniture = FURNITURE.contains(&name) && !(self.in_el("main") || self.in_el("article"))
            || attr(&tag.attrs, "role").is_some_and(|r| r == "navigation" || r == "banner" || r == "contentinfo");
        if furniture && !VOID.contains(&name) && !tag.self_closing {
            self.end_block(name, line);
            self.open.push(name.to_owned());
            self.furniture = Some((self.open.len(), String::new(), line));
            return;
        }
        if BLOCKS.contains(&name) {
            self.end_block(name, line);
        }
        match name {
            "li" => self.items.push(self.blocks.len()),
            "tr" => {
                self.cells = Some(Vec::new());
                self.row_line = line;
            }
            "td" | "th" => self.cell = Some(String::new()),
            "pre" => self.pre += 1,
            _ => {}
        }
        if !VOID.contains(&name) && !tag.self_closing {
            self.open.push(name.to_owned());
        }
    }

    /// A block boundary at element `name`: the text so far becomes a block.
    fn end_block(&mut self, name: &str, line: usize) {
        // Inside a table cell, blocks only break lines within the cell.
        if let Some(cell) = &mut self.cell {
            match name {
                "td" | "th" => {
                    let c = self.cell.take().unwrap_or_default();
                    if let Some(cells) = &mut self.cells {
                        cells.push(c.trim().to_owned());
                    }
                }
                "tr" | "table" | "tbody" | "thead" | "tfoot" => {
                    let c = self.cell.take().unwrap_or_default();
                    if let Some(cells) = &mut self.cells {
                        cells.push(c.trim().to_owned());
                    }
                    self.end_row();
                }
                "li" => {
                    if !cell.trim().is_empty() {
                        cell.push('\n');
                    }
                    cell.push_str("- ");
                }
                _ => {
                    if !cell.trim().is_empty() && !cell.ends_with('\n') {
                        cell.push('\n');
                    }
                }
            }
            return;
        }
        if matches!(name, "tr" | "table" | "tbody" | "thead" | "tfoot") {
            self.flush();
            self.end_row();
            return;
        }
        let _ = line;
        self.flush();
    }

    /// The end of an `li`. A CMS wraps a list item's text in a paragraph ("<li><p><span>
    /// Licenshantering</span></p></li>"): an item of that one paragraph is still a list
    /// item, never a heading on its own. An item of several paragraphs keeps them.
    fn end_item(&mut self) {
        let Some(start) = self.items.pop() else { return };
        if self.blocks.len() != start + 1 || self.blocks[start].kind != BlockKind::Paragraph {
            return;
        }
        let lists = self.open.iter().filter(|o| matches!(o.as_str(), "ul" | "ol")).count();
        let ordered = self.open.iter().rev().find(|o| matches!(o.as_str(), "ul" | "ol")).is_some_and(|o| o == "ol");
        let follows =
            start > 0 && matches!(self.blocks[start - 1].kind, BlockKind::ListItem { .. } | BlockKind::Paragraph);
        let b = &mut self.blocks[start];
        b.kind = BlockKind::ListItem { level: u8::try_from(lists.saturating_sub(1)).unwrap_or(8).min(8), ordered };
        b.follows = follows;
    }

    fn end_row(&mut self) {
        let Some(mut cells) = self.cells.take() else { return };
        while cells.last().is_some_and(|c| c.is_empty()) {
            cells.pop();
        }
        if cells.iter().all(|c| c.trim().is_empty()) {
            return;
        }
        let follows = matches!(self.blocks.last().map(|b| &b.kind), Some(BlockKind::TableRow { .. }));
        let text =
            cells.iter().map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join("\t");
        self.blocks.push(
            Block::new(BlockKind::TableRow { cells }, text, Pos { page: None, line: self.row_line }).following(follows),
        );
    }

    /// The text gathered so far becomes a block of the kind its innermost element says.
    fn flush(&mut self) {
        let text = std::mem::take(&mut self.buf);
        let (bold, chars) = (std::mem::take(&mut self.bold_chars), std::mem::take(&mut self.chars));
        let link_chars = std::mem::take(&mut self.link_chars);
        if text.trim().is_empty() {
            return;
        }
        let pos = Pos { page: None, line: self.buf_line.max(1) };
        let innermost = self.open.iter().rev().find(|o| {
            BLOCKS.contains(&o.as_str())
                && !matches!(o.as_str(), "body" | "html" | "div" | "section" | "article" | "main")
        });
        let lists = self.open.iter().filter(|o| matches!(o.as_str(), "ul" | "ol")).count();
        let kind = match innermost.map(String::as_str) {
            Some(h @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6")) => {
                BlockKind::Heading { level: h[1..].parse().unwrap_or(1) }
            }
            Some("li") => {
                let ordered =
                    self.open.iter().rev().find(|o| matches!(o.as_str(), "ul" | "ol")).is_some_and(|o| o == "ol");
                BlockKind::ListItem { level: u8::try_from(lists.saturating_sub(1)).unwrap_or(8).min(8), ordered }
            }
            Some("address") => BlockKind::Address,
            _ => BlockKind::Paragraph,
        };
        // A table of contents: a line that is nothing but a link to a place on the page
        // ("<div><a href="#varfor">Varför behandlar vi dina personuppgifter?</a></div>")
        // repeats a heading below; it is navigation, kept aside.
        if chars > 0 && link_chars == chars && !matches!(kind, BlockKind::Heading { .. }) {
            self.removed.push(Removed { pos, text: text.trim().to_owned(), why: RemovedWhy::Navigation });
            return;
        }
        let follows = matches!(kind, BlockKind::ListItem { .. })
            && matches!(self.blocks.last().map(|b| &b.kind), Some(BlockKind::ListItem { .. } | BlockKind::Paragraph));
        let is_bold = chars > 0 && bold * 10 >= chars * 9;
        self.blocks.push(Block::new(kind, text, pos).bold(is_bold).following(follows));
    }
}

/// Attribute value with its case kept (for alt texts).
fn attr_raw(attrs: &str, key: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let at = lower.find(&format!("{key}="))?;
    let v = &attrs[at + key.len() + 1..];
    let val = if let Some(q) = v.strip_prefix(['"', '\'']) {
        q.split(['"', '\'']).next()?
    } else {
        v.split_whitespace().next()?
    };
    Some(entities(val))
}

/// Decodes character references: numeric (`&#228;`, `&#xE4;`) and the named ones web
/// pages use in Nordic and English text.
pub(super) fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        let end = after.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = if let Some(num) = name.strip_prefix('#') {
                let n = if let Some(hex) = num.strip_prefix(['x', 'X']) {
                    u32::from_str_radix(hex, 16).ok()
                } else {
                    num.parse().ok()
                };
                n.and_then(char::from_u32).map(|c| c.to_string())
            } else {
                named(name).map(str::to_owned)
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push_str(&c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{A0}",
        "shy" => "\u{AD}",
        "auml" => "ä",
        "Auml" => "Ä",
        "ouml" => "ö",
        "Ouml" => "Ö",
        "aring" => "å",
        "Aring" => "Å",
        "uuml" => "ü",
        "Uuml" => "Ü",
        "eacute" => "é",
        "Eacute" => "É",
        "egrave" => "è",
        "aacute" => "á",
        "oslash" => "ø",
        "Oslash" => "Ø",
        "aelig" => "æ",
        "AElig" => "Æ",
        "szlig" => "ß",
        "scaron" => "š",
        "Scaron" => "Š",
        "zcaron" => "ž",
        "Zcaron" => "Ž",
        "ndash" => "–",
        "mdash" => "—",
        "hellip" => "…",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "laquo" => "«",
        "raquo" => "»",
        "bull" => "•",
        "middot" => "·",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "euro" => "€",
        "sect" => "§",
        "para" => "¶",
        "deg" => "°",
        "times" => "×",
        "larr" => "←",
        "rarr" => "→",
        "check" => "✓",
        "ensp" | "emsp" | "thinsp" => " ",
        "zwnj" | "zwj" | "lrm" | "rlm" => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_of_a_page() {
        let page = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>\n<nav><a href=/>Etusivu</a></nav>\n<main><h1>Tietosuojaseloste</h1>\n<h2>1. Rekisterinpit&auml;j&auml;</h2><p>Kemin kaupunki<br>Valtakatu 26</p>\n<ul><li>nimi</li><li>osoite<ul><li>katu</li></ul></li></ul>\n<table><tr><th>Tieto</th><td>S&#228;ilytys</td></tr><tr><td>Nimi</td><td><p>2 vuotta</p></td></tr></table>\n<address>PL 8, 94101 Kemi</address><p><input type=\"checkbox\" checked> Kyll&auml; <input type=checkbox> Ei</p><script>var a = '<p>no</p>';</script></main><footer>© Kemi</footer></body></html>";
        let doc = read(page);
        let got: Vec<(BlockKind, &str)> = doc.blocks.iter().map(|b| (b.kind.clone(), b.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading { level: 1 }, "Tietosuojaseloste"),
                (BlockKind::Heading { level: 2 }, "1. Rekisterinpitäjä"),
                (BlockKind::Paragraph, "Kemin kaupunki\nValtakatu 26"),
                (BlockKind::ListItem { level: 0, ordered: false }, "nimi"),
                (BlockKind::ListItem { level: 0, ordered: false }, "osoite"),
                (BlockKind::ListItem { level: 1, ordered: false }, "katu"),
                (BlockKind::TableRow { cells: vec!["Tieto".into(), "Säilytys".into()] }, "Tieto\tSäilytys"),
                (BlockKind::TableRow { cells: vec!["Nimi".into(), "2 vuotta".into()] }, "Nimi\t2 vuotta"),
                (BlockKind::Address, "PL 8, 94101 Kemi"),
                (BlockKind::Paragraph, "☒ Kyllä ☐ Ei"),
            ]
        );
        // A heading's link to itself is a glyph, not a word; a link's words stay.
        let anchors = "<html><body><h2><a id=\"p\" href=\"#p\" class=\"anchor-link\">🔗</a>Rekisterinpitäjä</h2><h2>Lagringstid<a href=\"#l\">¶</a></h2><p>Se <a href=\"#l\">lagringstiden</a> ovan.</p></body></html>";
        let anchor_doc = read(anchors);
        let texts: Vec<&str> = anchor_doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Rekisterinpitäjä", "Lagringstid", "Se lagringstiden ovan."]);
        // A table of contents (lines that only link to places on the page) is navigation.
        let toc = "<html><body><div class=\"toc\"><div><a href=\"#a\">Varför behandlar vi dina personuppgifter?</a></div><ul><li><a href=\"#b\">Hur länge sparar vi dina uppgifter?</a></li></ul></div><h2 id=\"a\">Varför behandlar vi dina personuppgifter?</h2><p>För medlemskapet.</p></body></html>";
        let toc_doc = read(toc);
        let texts: Vec<&str> = toc_doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Varför behandlar vi dina personuppgifter?", "För medlemskapet."]);
        assert_eq!(toc_doc.removed.len(), 2);
        assert!(toc_doc.removed.iter().all(|r| r.why == RemovedWhy::Navigation));
        // A list item's text wrapped in a paragraph, as a CMS writes it, is a list item.
        let cms = "<html><body><h2>Varför behandlar vi dina personuppgifter?</h2><ul><li><p><span>Kontakt med medlem</span></p></li><li><p>Licenshantering</p></li></ul><p>Efter listan.</p></body></html>";
        let cms_doc = read(cms);
        let kinds: Vec<(BlockKind, &str)> = cms_doc.blocks.iter().map(|b| (b.kind.clone(), b.text.as_str())).collect();
        assert_eq!(
            kinds[1..],
            [
                (BlockKind::ListItem { level: 0, ordered: false }, "Kontakt med medlem"),
                (BlockKind::ListItem { level: 0, ordered: false }, "Licenshantering"),
                (BlockKind::Paragraph, "Efter listan."),
            ]
        );
        let removed: Vec<&str> = doc.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(removed, vec!["Etusivu", "© Kemi"]);
        assert_eq!(doc.blocks[1].pos.line, 4);
        assert!(looks_like_html(page));
        assert!(!looks_like_html("Rekisterinpitäjä <kirjaamo@kemi.fi>"));
    }
}
