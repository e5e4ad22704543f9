//! PDF text layer (ISO 32000-1 §9), on `lopdf`: its parser, font encodings and ToUnicode
//! maps, with our own text positioning (§9.4: `Tm`, `Td`, `TD`, `T*`, `TL`, `cm`, `q`/`Q`)
//! so that lines, line gaps and font sizes are known. Then the structure a PDF loses is
//! rebuilt:
//! - lines repeated at the top or bottom of several pages (running headers and footers)
//!   and page numbers ("2 (3)", "Sivu 2/3", "Page 2 of 3", a bare number on a page's
//!   first or last line) are set aside;
//! - hard-wrapped lines are joined into paragraphs (a line that reaches the right margin
//!   continues; a short line ends a line of an address); a larger vertical gap, a list
//!   marker or a larger font starts a new block;
//! - words hyphenated at line ends are rejoined (`reflow::joins`);
//! - a line in a larger font than the body text is a heading, its level by size;
//! - ligatures are written out (`decode::clean_text`).
//!
//! Bounded: the file size, 2,000 pages, 64 MiB of inflated streams, 8 MiB of text;
//! lopdf runs under `catch_unwind` so that a panic on a hostile file is an error.

use super::super::ImportError;
use super::super::decode::{Cleanup, clean_text};
use super::super::document::{Block, BlockKind, Document, Format, Pos, Removed, RemovedWhy};
use super::super::lines::{Marker, list_marker};
use super::reflow::{is_page_number, joins, vocabulary};
use super::zipped::unreadable;
use lopdf::content::Content;
use lopdf::{Document as Pdf, Encoding, LoadOptions, Object};
use std::collections::{BTreeMap, HashMap};

/// At most this many pages are read.
pub const MAX_PDF_PAGES: usize = 2000;
/// At most this many bytes inflated from one stream.
const MAX_STREAM: usize = 64 * 1024 * 1024;
/// At most this much text, in bytes.
const MAX_TEXT: usize = 8 * 1024 * 1024;

/// A run of text shown at one place.
#[derive(Clone, Debug)]
struct Frag {
    x: f32,
    y: f32,
    size: f32,
    /// Width in user space, by the font's own glyph widths when it gives them.
    w: f32,
    bold: bool,
    text: String,
}

/// A font's glyph widths (ISO 32000-1 §9.6.2 /FirstChar and /Widths of a simple font,
/// §9.7.4.3 /W and /DW of a CIDFont), in thousandths of the font size.
#[derive(Default)]
struct Widths {
    /// Two-byte character codes (a Type0 font with an Identity encoding).
    two_byte: bool,
    first: u32,
    widths: Vec<f32>,
    /// Ranges of a CIDFont's /W: (first code, last code, width).
    ranges: Vec<(u32, u32, f32)>,
    default: f32,
    /// False when the font gives no widths: the width is then estimated.
    known: bool,
}

impl Widths {
    fn read(pdf: &Pdf, font: &lopdf::Dictionary) -> Widths {
        let deref = |o: &Object| -> Option<Object> { pdf.dereference(o).ok().map(|(_, o)| o.clone()) };
        let subtype = font.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        if subtype == b"Type0" {
            let mut w = Widths { two_byte: true, default: 1000.0, ..Widths::default() };
            let Some(desc) = font
                .get(b"DescendantFonts")
                .ok()
                .and_then(deref)
                .and_then(|a| a.as_array().ok().and_then(|a| a.first().cloned()))
                .and_then(|d| deref(&d))
            else {
                return w;
            };
            let Ok(desc) = desc.as_dict() else { return w };
            if let Ok(dw) = desc.get(b"DW") {
                w.default = num(dw);
            }
            w.known = true;
            let Some(Object::Array(items)) = desc.get(b"W").ok().and_then(deref) else { return w };
            let mut i = 0;
            while i + 1 < items.len() && w.ranges.len() < 65_536 {
                let first = num(&items[i]).max(0.0) as u32;
                match deref(&items[i + 1]) {
                    Some(Object::Array(ws)) => {
                        for (k, x) in ws.iter().enumerate().take(65_536) {
                            let code = first + k as u32;
                            w.ranges.push((code, code, num(x)));
                        }
                        i += 2;
                    }
                    Some(last) if i + 2 < items.len() => {
                        w.ranges.push((first, num(&last).max(0.0) as u32, num(&items[i + 2])));
                        i += 3;
                    }
                    _ => break,
                }
            }
            return w;
        }
        let mut w = Widths { default: 500.0, ..Widths::default() };
        if let Some(missing) = font
            .get(b"FontDescriptor")
            .ok()
            .and_then(deref)
            .and_then(|d| d.as_dict().ok().and_then(|d| d.get(b"MissingWidth").ok().map(num)))
        {
            w.default = missing;
        }
        if let (Ok(first), Some(Object::Array(ws))) = (font.get(b"FirstChar"), font.get(b"Widths").ok().and_then(deref))
        {
            w.first = num(first).max(0.0) as u32;
            w.widths = ws.iter().take(65_536).map(|x| deref(x).map_or(0.0, |x| num(&x))).collect();
            w.known = !w.widths.is_empty();
        }
        w
    }

    fn of(&self, code: u32) -> f32 {
        if self.two_byte {
            return self.ranges.iter().find(|(a, b, _)| (*a..=*b).contains(&code)).map_or(self.default, |r| r.2);
        }
        code.checked_sub(self.first)
            .and_then(|i| self.widths.get(i as usize))
            .copied()
            .filter(|w| *w > 0.0)
            .unwrap_or(self.default)
    }

    /// The advance of a shown string in text space (§9.4.4): glyph widths, character
    /// spacing `tc` and word spacing `tw` (single-byte code 32 only), at `size`.
    fn advance(&self, bytes: &[u8], size: f32, tc: f32, tw: f32) -> f32 {
        let mut total = 0.0;
        if self.two_byte {
            for pair in bytes.chunks(2) {
                let code = pair.iter().fold(0u32, |a, b| a << 8 | u32::from(*b));
                total += self.of(code) / 1000.0 * size + tc;
            }
        } else {
            for &b in bytes {
                total += self.of(u32::from(b)) / 1000.0 * size + tc + if b == 32 { tw } else { 0.0 };
            }
        }
        total
    }
}

/// A line of a page.
#[derive(Clone, Debug)]
pub(super) struct PdfLine {
    pub page: u32,
    pub y: f32,
    pub x0: f32,
    pub x1: f32,
    pub size: f32,
    pub bold: bool,
    pub text: String,
}

/// Reads a PDF's text layer into blocks.
pub(super) fn read(bytes: &[u8], name: &str) -> Result<Document, ImportError> {
    let pages = match std::panic::catch_unwind(|| extract_lines(bytes, name)) {
        Ok(r) => r?,
        Err(_) => return Err(unreadable(name, "a PDF the reader could not make sense of (it is damaged or unusual)")),
    };
    if pages.iter().all(|p| p.iter().all(|l| l.text.trim().is_empty())) {
        return Err(unreadable(
            name,
            "a PDF without a text layer (a scanned image?): run it through text recognition (OCR) first",
        ));
    }
    Ok(structure(pages))
}

/// The lines of each page, by lopdf.
pub(super) fn extract_lines(bytes: &[u8], name: &str) -> Result<Vec<Vec<PdfLine>>, ImportError> {
    let options = LoadOptions { max_decompressed_size: Some(MAX_STREAM), ..LoadOptions::default() };
    let pdf = Pdf::load_mem_with_options(bytes, options)
        .map_err(|e| unreadable(name, &format!("a damaged or truncated PDF ({e})")))?;
    if pdf.is_encrypted() && pdf.encryption_state.is_none() {
        return Err(unreadable(name, "an encrypted PDF (it needs a password to open)"));
    }
    let page_ids: Vec<(u32, (u32, u16))> = pdf.get_pages().into_iter().collect();
    if page_ids.len() > MAX_PDF_PAGES {
        return Err(unreadable(name, &format!("a PDF of {} pages (at most {MAX_PDF_PAGES} are read)", page_ids.len())));
    }
    let mut out = Vec::new();
    let mut total = 0usize;
    for (no, id) in page_ids {
        let frags = page_fragments(&pdf, id).unwrap_or_default();
        let lines = lines_of(no, frags);
        total += lines.iter().map(|l| l.text.len()).sum::<usize>();
        if total > MAX_TEXT {
            return Err(unreadable(name, &format!("a PDF with more than {MAX_TEXT} bytes of text")));
        }
        out.push(lines);
    }
    Ok(out)
}

type Matrix = [f32; 6];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn num(o: &Object) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => 0.0,
    }
}

/// The text runs of one page, with their positions in user space.
fn page_fragments(pdf: &Pdf, page: (u32, u16)) -> Result<Vec<Frag>, lopdf::Error> {
    let fonts = pdf.get_page_fonts(page)?;
    let mut encodings: BTreeMap<Vec<u8>, (Encoding<'_>, bool, Widths)> = BTreeMap::new();
    for (name, font) in &fonts {
        if let Ok(enc) = font.get_font_encoding_with_limit(pdf, MAX_STREAM) {
            let base = font
                .get(b"BaseFont")
                .and_then(Object::as_name)
                .map(|n| String::from_utf8_lossy(n).to_lowercase())
                .unwrap_or_default();
            let bold = base.contains("bold") || base.contains("black") || base.contains("heavy");
            encodings.insert(name.clone(), (enc, bold, Widths::read(pdf, font)));
        }
    }
    let data = pdf.get_page_content_with_limit(page, MAX_STREAM)?;
    let content = Content::decode(&data)?;
    let mut frags = Vec::new();
    let mut ctm = IDENTITY;
    let mut stack: Vec<Matrix> = Vec::new();
    let mut tm = IDENTITY;
    let mut tlm = IDENTITY;
    let mut leading = 0.0f32;
    let mut font: Option<&(Encoding<'_>, bool, Widths)> = None;
    let mut size = 10.0f32;
    let (mut tc, mut tw, mut tz) = (0.0f32, 0.0f32, 1.0f32);
    let show = |text: String, advance: f32, tm: &Matrix, ctm: &Matrix, size: f32, bold: bool, frags: &mut Vec<Frag>| {
        let m = mul(tm, ctm);
        let scale = (m[2] * m[2] + m[3] * m[3]).sqrt().max(0.01);
        let x_scale = (m[0] * m[0] + m[1] * m[1]).sqrt();
        frags.push(Frag { x: m[4], y: m[5], size: size * scale, w: advance * x_scale, bold, text });
    };
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "q" if stack.len() < 64 => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(IDENTITY),
            "cm" if args.len() == 6 => {
                let m = [num(&args[0]), num(&args[1]), num(&args[2]), num(&args[3]), num(&args[4]), num(&args[5])];
                ctm = mul(&m, &ctm);
            }
            "BT" => {
                tm = IDENTITY;
                tlm = IDENTITY;
            }
            "Tf" if args.len() == 2 => {
                font = args[0].as_name().ok().and_then(|n| encodings.get(n));
                size = num(&args[1]);
            }
            "TL" if !args.is_empty() => leading = num(&args[0]),
            "Tc" if !args.is_empty() => tc = num(&args[0]),
            "Tw" if !args.is_empty() => tw = num(&args[0]),
            "Tz" if !args.is_empty() => tz = num(&args[0]) / 100.0,
            "Td" | "TD" if args.len() == 2 => {
                let (tx, ty) = (num(&args[0]), num(&args[1]));
                if op.operator == "TD" {
                    leading = -ty;
                }
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                tm = tlm;
            }
            "Tm" if args.len() == 6 => {
                tlm = [num(&args[0]), num(&args[1]), num(&args[2]), num(&args[3]), num(&args[4]), num(&args[5])];
                tm = tlm;
            }
            "T*" => {
                tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if matches!(op.operator.as_str(), "'" | "\"") {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &tlm);
                    tm = tlm;
                }
                if op.operator == "\"" && args.len() == 3 {
                    tw = num(&args[0]);
                    tc = num(&args[1]);
                }
                let Some((enc, bold, widths)) = font else { continue };
                let mut text = String::new();
                let mut advance = 0.0f32;
                let operands: Vec<&Object> = match op.operator.as_str() {
                    "TJ" => {
                        args.first().and_then(|a| a.as_array().ok()).map(|a| a.iter().collect()).unwrap_or_default()
                    }
                    "\"" => args.get(2).into_iter().collect(),
                    _ => args.first().into_iter().collect(),
                };
                for o in operands {
                    match o {
                        Object::String(bytes, _) => {
                            if let Ok(s) = Pdf::decode_text(enc, bytes) {
                                advance += if widths.known {
                                    widths.advance(bytes, size, tc, tw) * tz
                                } else {
                                    estimate_width(&s, size)
                                };
                                text.push_str(&s);
                            }
                        }
                        // A large negative adjustment in a TJ array is a space between words.
                        other => {
                            if num(other) < -180.0 && !text.ends_with(' ') {
                                text.push(' ');
                            }
                            advance -= num(other) / 1000.0 * size * tz;
                        }
                    }
                }
                show(text, advance, &tm, &ctm, size, *bold, &mut frags);
                tm = mul(&[1.0, 0.0, 0.0, 1.0, advance, 0.0], &tm);
            }
            _ => {}
        }
    }
    Ok(frags)
}

/// A text's width in text space, estimated at half an em a character (the fonts' own
/// widths are not read: the estimate only decides spaces and line ends).
fn estimate_width(text: &str, size: f32) -> f32 {
    text.chars().count() as f32 * size * 0.5
}

/// Fragments into lines: a new line when the baseline moves by more than a third of the
/// font size; a space where the gap between two runs is wider than a fifth of it.
fn lines_of(page: u32, frags: Vec<Frag>) -> Vec<PdfLine> {
    let mut lines: Vec<PdfLine> = Vec::new();
    for f in frags {
        if f.text.is_empty() {
            continue;
        }
        let width = f.w;
        match lines.last_mut() {
            Some(l) if (l.y - f.y).abs() < f.size.max(l.size) * 0.35 && f.x >= l.x0 - 1.0 => {
                let gap = f.x - l.x1;
                if gap > f.size * 0.2 && !l.text.ends_with(' ') && !f.text.starts_with(' ') {
                    l.text.push(' ');
                }
                l.text.push_str(&f.text);
                l.x1 = l.x1.max(f.x + width);
                l.size = l.size.max(f.size);
                l.bold &= f.bold || f.text.trim().is_empty();
            }
            _ => {
                lines.push(PdfLine { page, y: f.y, x0: f.x, x1: f.x + width, size: f.size, bold: f.bold, text: f.text })
            }
        }
    }
    for l in &mut lines {
        l.text = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    lines.retain(|l| !l.text.is_empty());
    lines
}

/// The furniture key of a line: digits made `#`, so "Sivu 2/3" and "Sivu 3/3" match.
fn furniture_key(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect::<String>().to_lowercase()
}

/// Pages of lines into a document.
pub(super) fn structure(mut pages: Vec<Vec<PdfLine>>) -> Document {
    let mut doc = Document::new(Format::Pdf);
    let mut cleanup = Cleanup::default();
    for page in &mut pages {
        for l in page.iter_mut() {
            l.text = clean_text(&l.text, &mut cleanup);
        }
    }
    // Running headers and footers: the first or last two lines of a page whose key repeats
    // on at least two pages (and on a third of them when there are many).
    let n_pages = pages.len();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let mut keys: Vec<String> = edge_lines(page).map(|l| furniture_key(&l.text)).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let repeated = |k: &str| seen.get(k).is_some_and(|c| *c >= 2 && *c * 3 >= n_pages.min(9));
    let mut line_no = 0usize;
    let mut kept: Vec<(usize, PdfLine)> = Vec::new();
    for page in pages {
        let n = page.len();
        for (i, l) in page.into_iter().enumerate() {
            line_no += 1;
            let edge = i < 2 || i + 2 >= n;
            let why = if edge && is_page_number(&l.text, i == 0 || i + 1 == n) {
                Some(RemovedWhy::PageNumber)
            } else if edge && n_pages > 1 && repeated(&furniture_key(&l.text)) {
                Some(RemovedWhy::RunningHeader)
            } else {
                None
            };
            match why {
                Some(why) => {
                    doc.removed.push(Removed { pos: Pos { page: Some(l.page), line: line_no }, text: l.text, why })
                }
                None => kept.push((line_no, l)),
            }
        }
    }
    doc.lines = line_no;
    doc.blocks = paragraphs(&kept);
    doc.cleanup = cleanup;
    doc
}

fn edge_lines(page: &[PdfLine]) -> impl Iterator<Item = &PdfLine> {
    let n = page.len();
    page.iter().enumerate().filter(move |(i, _)| *i < 2 || i + 2 >= n).map(|(_, l)| l)
}

/// Lines into blocks.
fn paragraphs(lines: &[(usize, PdfLine)]) -> Vec<Block> {
    // The body size: the commonest font size, by characters.
    let mut by_size: HashMap<i32, usize> = HashMap::new();
    for (_, l) in lines {
        *by_size.entry((l.size * 2.0).round() as i32).or_default() += l.text.len();
    }
    let body = by_size.iter().max_by_key(|(s, n)| (**n, -**s)).map_or(10.0, |(s, _)| *s as f32 / 2.0);
    // Heading sizes, largest first: level 1, 2, 3...
    let mut sizes: Vec<i32> = by_size.keys().copied().filter(|s| (*s as f32 / 2.0) > body * 1.12).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    let level_of = |size: f32| -> Option<u8> {
        let key = (size * 2.0).round() as i32;
        sizes.iter().position(|s| *s == key).map(|p| u8::try_from(p + 1).unwrap_or(9).min(9))
    };
    // The right margin of full lines: the largest line end of body text.
    let right = lines.iter().filter(|(_, l)| level_of(l.size).is_none()).map(|(_, l)| l.x1).fold(0.0f32, f32::max);
    let (words, compounds) = vocabulary(lines.iter().map(|(_, l)| l.text.as_str()));
    let mut blocks: Vec<Block> = Vec::new();
    let mut cur: Option<(BlockKind, String, Pos, bool, f32)> = None; // kind, text, pos, bold, last y
    let mut prev: Option<&PdfLine> = None;
    for (no, l) in lines {
        let heading = level_of(l.size);
        let marker = list_marker(&l.text);
        let gap = prev.map_or(f32::MAX, |p| if p.page == l.page { p.y - l.y } else { f32::MAX });
        let new_block = match (&cur, prev) {
            (None, _) | (_, None) => true,
            (Some((kind, ..)), Some(p)) => {
                let spacing = p.size.max(l.size);
                let heading_changed = matches!(kind, BlockKind::Heading { .. }) != heading.is_some();
                // On a new page a paragraph goes on only after a full line.
                let big_gap = if p.page == l.page { gap > spacing * 1.6 || gap < -spacing } else { p.x1 < right * 0.8 };
                heading_changed || big_gap || marker.is_some() || (heading.is_some() && level_of(p.size) != heading)
            }
        };
        if new_block {
            if let Some((kind, text, pos, bold, _)) = cur.take() {
                blocks.push(Block::new(kind, text, pos).bold(bold));
            }
            let pos = Pos { page: Some(l.page), line: *no };
            let (kind, text) = match (heading, marker) {
                (Some(level), _) => (BlockKind::Heading { level }, l.text.clone()),
                (None, Some((m, rest))) => {
                    let text = match m {
                        Marker::Checkbox(true) => format!("☒ {rest}"),
                        Marker::Checkbox(false) => format!("☐ {rest}"),
                        _ => rest.to_owned(),
                    };
                    (BlockKind::ListItem { level: 0, ordered: m == Marker::Enumerated }, text)
                }
                (None, None) => (BlockKind::Paragraph, l.text.clone()),
            };
            cur = Some((kind, text, pos, l.bold, l.y));
        } else if let Some((_, text, _, bold, _)) = cur.as_mut() {
            let full = prev.is_some_and(|p| p.x1 >= right * 0.8);
            join_line(text, &l.text, full, &words, &compounds);
            *bold &= l.bold;
        }
        prev = Some(l);
    }
    if let Some((kind, text, pos, bold, _)) = cur.take() {
        blocks.push(Block::new(kind, text, pos).bold(bold));
    }
    for b in &mut blocks {
        if let Some(joined) = narrow_column(&b.text, &words) {
            b.text = joined;
        }
    }
    // A list item's continuation lines and the lead-in before a list stay together.
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let follows = matches!(b.kind, BlockKind::ListItem { .. })
            && matches!(out.last().map(|p: &Block| &p.kind), Some(BlockKind::ListItem { .. } | BlockKind::Paragraph));
        out.push(b.following(follows));
    }
    out
}

/// The text of a narrow table column (a Word form's left column printed to PDF: "4" /
/// "Henkilötietoje" / "n käsittelyn" / "tarkoitukset"), on one line: three or more lines
/// (two when the first is the section's number) of at most three short words each, no
/// digits or e-mail after the first, and starting with the number or running on in lower
/// case (an address or a list of short items is no column). A word broken without a hyphen is rejoined when the
/// whole word occurs elsewhere in the document ("Henkilötietoje" + "n"). `None` for any
/// other text.
fn narrow_column(text: &str, words: &std::collections::HashSet<String>) -> Option<String> {
    let lines: Vec<&str> = text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect();
    let narrow = |l: &&str| l.split_whitespace().count() <= 3 && l.chars().count() <= 20;
    if lines.len() < 2 {
        return None;
    }
    let numbered = lines[0].starts_with(|c: char| c.is_ascii_digit());
    // No address, phone or e-mail line; lines that run on in lower case, or a section number first.
    let plain = lines[1..].iter().all(|l| !l.contains(|c: char| c.is_ascii_digit() || c == '@'));
    let running = lines[1..].iter().filter(|l| l.starts_with(char::is_lowercase)).count() * 2 >= lines.len() - 1;
    if lines.len() < if numbered { 2 } else { 3 } || !lines.iter().all(narrow) || !plain || !(numbered || running) {
        return None;
    }
    let mut out = String::new();
    for l in lines {
        let last = out.rsplit(' ').next().unwrap_or("");
        let first = l.split_whitespace().next().unwrap_or("");
        let whole = super::super::lines::fold(&format!("{last}{first}"));
        let broken = !last.is_empty()
            && first.chars().next().is_some_and(char::is_lowercase)
            && words.contains(whole.trim_matches(|c: char| !c.is_alphanumeric()));
        if !out.is_empty() && !broken {
            out.push(' ');
        }
        out.push_str(l);
    }
    Some(out)
}

/// Appends `next` to a paragraph: after a full line with a space (or rejoining a word
/// hyphenated at the line end), after a short line on a line of its own.
fn join_line(
    text: &mut String,
    next: &str,
    full: bool,
    words: &std::collections::HashSet<String>,
    compounds: &std::collections::HashSet<String>,
) {
    if let Some(stem) = text.strip_suffix('-') {
        let left = stem.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '-' || c == '/').next().unwrap_or("");
        let right = next.split_whitespace().next().unwrap_or("");
        let conj = matches!(
            super::super::lines::fold(right).as_str(),
            "ja" | "tai" | "seka" | "eli" | "och" | "eller" | "samt" | "and" | "or"
        );
        if joins(left, right, words, compounds) {
            text.pop();
            text.push_str(next);
        } else if conj {
            text.push(' ');
            text.push_str(next);
        } else {
            text.push_str(next);
        }
        return;
    }
    text.push(if full { ' ' } else { '\n' });
    text.push_str(next);
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_narrow_table_column_is_one_line() {
        let (words, _) = vocabulary(["Henkilötietojen käsittelyn tarkoitus", "tietojärjestelmät"].into_iter());
        let cell = "4\nHenkilötietoje\nn käsittelyn\ntarkoitukset";
        assert_eq!(narrow_column(cell, &words).as_deref(), Some("4 Henkilötietojen käsittelyn tarkoitukset"));
        assert_eq!(narrow_column("2\nRekisterinpitäjä", &words).as_deref(), Some("2 Rekisterinpitäjä"));
        // An address block is no column: its lines are longer.
        assert_eq!(narrow_column("Kemin kaupunki\nValtakatu 26\n94100 Kemi", &words), None);
        assert_eq!(narrow_column("Sähköpostiosoite\nNimi", &words), None);
    }

    use super::*;

    fn line(page: u32, y: f32, x1: f32, text: &str) -> PdfLine {
        PdfLine { page, y, x0: 50.0, x1, size: 10.0, bold: false, text: text.to_owned() }
    }

    #[test]
    fn pages_are_rebuilt_into_paragraphs() {
        let p1 = vec![
            line(1, 800.0, 300.0, "Tietosuojaseloste – Esimerkin kunta"),
            PdfLine { size: 14.0, ..line(1, 760.0, 300.0, "4. Käsittelyn tarkoitus ja oikeusperuste") },
            line(1, 740.0, 500.0, "Käsittely perus-"),
            line(1, 728.0, 500.0, "tuu yleisen edun mukaisen tehtävän suorittamiseen (tietosuoja-"),
            line(1, 716.0, 200.0, "asetuksen 6 artiklan 1 kohdan e alakohta)."),
            line(1, 690.0, 200.0, "• lainaus"),
            line(1, 678.0, 200.0, "• varaukset"),
            line(1, 40.0, 200.0, "1 (2)"),
        ];
        let p2 = vec![
            line(2, 800.0, 300.0, "Tietosuojaseloste – Esimerkin kunta"),
            line(2, 760.0, 200.0, "Kemin kaupunki"),
            line(2, 748.0, 200.0, "Valtakatu 26"),
            line(2, 40.0, 200.0, "2 (2)"),
        ];
        let doc = structure(vec![p1, p2]);
        let got: Vec<(BlockKind, &str)> = doc.blocks.iter().map(|b| (b.kind.clone(), b.text.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading { level: 1 }, "4. Käsittelyn tarkoitus ja oikeusperuste"),
                (
                    BlockKind::Paragraph,
                    "Käsittely perustuu yleisen edun mukaisen tehtävän suorittamiseen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)."
                ),
                (BlockKind::ListItem { level: 0, ordered: false }, "lainaus"),
                (BlockKind::ListItem { level: 0, ordered: false }, "varaukset"),
                (BlockKind::Paragraph, "Kemin kaupunki\nValtakatu 26"),
            ]
        );
        let removed: Vec<(&str, RemovedWhy)> = doc.removed.iter().map(|r| (r.text.as_str(), r.why)).collect();
        assert_eq!(removed.len(), 4, "{removed:?}");
        assert_eq!(doc.blocks[4].pos.page, Some(2));
    }
}
