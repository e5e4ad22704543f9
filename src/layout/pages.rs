//! The notice on A4 pages: title block, numbered sections, running header and footer.
//!
//! The document becomes a list of chunks (the title block, a heading, a paragraph, a list
//! item, a contact block), each a list of lines; pagination then places chunks:
//! - a heading (and the title block) goes to the next page unless the first two lines of
//!   what follows fit under it, so a heading never ends a page;
//! - a paragraph breaks across pages only leaving at least two lines on each side (no
//!   orphan or widow); a paragraph of two or three lines moves whole;
//! - a contact block moves whole.

use super::flow::{Line, break_lines_within};
use super::{A4_HEIGHT, A4_WIDTH, Color, Face, MM, Page, Role, Shape, TextRun};
use crate::model::Lang;
use crate::notice::{Block, Notice, Span, Style};

const MARGIN_X: f32 = 20.0 * MM;
const TOP: f32 = 20.0 * MM;
const BOTTOM: f32 = A4_HEIGHT - 20.0 * MM;
/// The full text width: the title block, the running header and the footer.
const WIDTH: f32 = A4_WIDTH - 2.0 * MARGIN_X;
/// The column left of the text that holds the section numbers (hanging numbers).
const NUMBER_COLUMN: f32 = 10.0 * MM;
/// The width of the section text: about 70 characters of Finnish at [`BODY`] size, so that
/// lines stay within the 60-75 of typographic practice.
const TEXT_WIDTH: f32 = 142.0 * MM;
/// No line of text holds more (WCAG 2.1 SC 1.4.8: at most 80 characters per line).
const MAX_CHARS: usize = 80;

const BODY: f32 = 10.5;
const BODY_LEADING: f32 = 14.5;
const HEADING: f32 = 12.0;
const HEADING_LEADING: f32 = 16.0;
const HEADING_SPACE: f32 = 13.0;
const PARA_SPACE: f32 = 5.0;
const ITEM_SPACE: f32 = 2.5;
const BULLET_INDENT: f32 = 13.0;
const SMALL: f32 = 8.5;

/// How pagination treats a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Title block and headings: kept with the start of the next chunk.
    Heading,
    /// A paragraph or list item: breaks with at least two lines on each side.
    Text,
    /// A contact block: kept together.
    Keep,
}

/// A line ready to be placed: its height, where its baseline is, and its runs.
#[derive(Clone, Debug)]
struct PLine {
    height: f32,
    baseline: f32,
    size: f32,
    role: Role,
    /// `(x from the left margin, face, colour, text)`.
    runs: Vec<(f32, Face, Color, String)>,
    /// The first run is the mark of a list item (its role is the list label's).
    label: bool,
    /// The structure element the line belongs to ([`TextRun::block`]).
    block: u32,
    /// The language of the line when it is not the document's.
    lang: Option<Lang>,
    /// Draw a rule across the text width at the middle of the line.
    rule: bool,
}

struct Chunk {
    kind: Kind,
    space_before: f32,
    lines: Vec<PLine>,
}

impl Chunk {
    fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.height).sum()
    }
}

fn face_color(style: Style, bold: bool, color: Color) -> (Face, Color) {
    match style {
        Style::Regular if bold => (Face::Bold, color),
        Style::Regular => (Face::Regular, color),
        Style::Bold => (Face::Bold, color),
        Style::Missing => (Face::Bold, Color::RED),
    }
}

/// Breaks spans into placed lines.
#[allow(clippy::too_many_arguments)]
fn lines_of(
    spans: &[Span],
    size: f32,
    leading: f32,
    width: f32,
    indent: f32,
    role: Role,
    color: Color,
    bold: bool,
    lang: Lang,
) -> Vec<PLine> {
    let styled: Vec<(Face, Color, &str)> = spans
        .iter()
        .map(|s| {
            let (f, c) = face_color(s.style, bold, color);
            (f, c, s.text.as_str())
        })
        .collect();
    let metrics = Face::Regular.metrics();
    let baseline = (leading - size * (metrics.ascender - metrics.descender)) / 2.0 + size * metrics.ascender;
    // Titles and headings break between words only.
    let hyphenate = matches!(role, Role::Paragraph | Role::ListBody(_)).then_some(lang);
    break_lines_within(&styled, size, width, MAX_CHARS, hyphenate)
        .into_iter()
        .map(|line: Line| PLine {
            height: leading,
            baseline,
            size,
            role,
            runs: line.pieces.into_iter().map(|p| (indent + p.x, p.face, p.color, p.text)).collect(),
            rule: false,
            label: false,
            block: 0,
            lang: None,
        })
        .collect()
}

fn rule(height: f32) -> PLine {
    PLine {
        height,
        baseline: 0.0,
        size: 0.0,
        role: Role::Paragraph,
        runs: Vec::new(),
        rule: true,
        label: false,
        block: 0,
        lang: None,
    }
}

/// Numbers structure elements in reading order ([`TextRun::block`]).
struct Blocks(u32);

impl Blocks {
    fn next(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }

    /// Gives `lines` a new block number; and the span language when every span has the same
    /// one and it is not the document's.
    fn tag(&mut self, mut lines: Vec<PLine>, spans: &[Span], doc: Lang) -> Vec<PLine> {
        let block = self.next();
        let lang = spans.first().and_then(|s| s.lang).filter(|l| *l != doc && spans.iter().all(|s| s.lang == Some(*l)));
        for l in &mut lines {
            l.block = block;
            l.lang = lang;
        }
        lines
    }
}

/// Turns the notice into chunks.
fn chunks(n: &Notice) -> Vec<Chunk> {
    let lang = n.lang;
    let mut blocks = Blocks(0);
    let mut out = Vec::new();
    let t = &n.title;
    let mut title = Vec::new();
    let document = [Span::regular(&t.document)];
    let lines = lines_of(&document, 9.0, 12.0, WIDTH, 0.0, Role::Paragraph, Color::GRAY, false, lang);
    title.extend(blocks.tag(lines, &document, lang));
    let mut gap = rule(6.0);
    gap.rule = false;
    title.push(gap);
    let register = [Span::bold(&t.register).in_lang(t.register_lang)];
    let lines = lines_of(&register, 19.0, 23.0, WIDTH, 0.0, Role::Title, Color::BLACK, true, lang);
    title.extend(blocks.tag(lines, &register, lang));
    if !t.controller.is_empty() {
        let controller = [Span::regular(&t.controller).in_lang(t.controller_lang)];
        let lines = lines_of(&controller, 12.5, 17.0, WIDTH, 0.0, Role::Paragraph, Color::BLACK, false, lang);
        title.extend(blocks.tag(lines, &controller, lang));
    }
    title.push(rule(14.0));
    out.push(Chunk { kind: Kind::Heading, space_before: 0.0, lines: title });

    for section in &n.sections {
        // The number hangs in the column left of the text; the heading wraps in the text column.
        let heading = [Span::bold(&section.heading)];
        let text_x = NUMBER_COLUMN;
        let lines =
            lines_of(&heading, HEADING, HEADING_LEADING, TEXT_WIDTH, text_x, Role::Heading, Color::HEADING, true, lang);
        let mut lines = blocks.tag(lines, &heading, lang);
        if let (Some(first), Some(number)) = (lines.first_mut(), section.number) {
            first.runs.insert(0, (0.0, Face::Bold, Color::HEADING, format!("{number}. ")));
        }
        out.push(Chunk { kind: Kind::Heading, space_before: HEADING_SPACE, lines });
        // Body text in the text column: a paragraph, a contact line or (indented) a list item.
        let body = |spans: &[Span], indent: f32, role: Role| {
            let width = TEXT_WIDTH - indent;
            lines_of(spans, BODY, BODY_LEADING, width, NUMBER_COLUMN + indent, role, Color::BLACK, false, lang)
        };
        let mut first = true;
        for block in &section.blocks {
            let space = if first { 2.0 } else { PARA_SPACE };
            first = false;
            match block {
                Block::Paragraph(spans) => {
                    let lines = blocks.tag(body(spans, 0.0, Role::Paragraph), spans, lang);
                    // A lead-in that ends with a colon stays with what it introduces.
                    let lead_in = lines.len() <= 4 && spans.last().is_some_and(|s| s.text.trim_end().ends_with(':'));
                    out.push(Chunk {
                        kind: if lead_in { Kind::Heading } else { Kind::Text },
                        space_before: space,
                        lines,
                    });
                }
                Block::Bullets(items) => {
                    let list = blocks.next();
                    for (i, item) in items.iter().enumerate() {
                        let mut lines = blocks.tag(body(item, BULLET_INDENT, Role::ListBody(list)), item, lang);
                        if let Some(first) = lines.first_mut() {
                            first.runs.insert(0, (NUMBER_COLUMN + 3.0, Face::Regular, Color::BLACK, "•".to_owned()));
                            first.label = true;
                        }
                        let space_before = if i == 0 { space } else { ITEM_SPACE };
                        out.push(Chunk { kind: Kind::Text, space_before, lines });
                    }
                }
                Block::Contact(lines) => {
                    // One paragraph; a line kept in another language says so.
                    let block = blocks.next();
                    let mut placed = Vec::new();
                    for spans in lines {
                        let mut lines = blocks.tag(body(spans, 0.0, Role::Paragraph), spans, lang);
                        lines.iter_mut().for_each(|l| l.block = block);
                        placed.extend(lines);
                    }
                    out.push(Chunk { kind: Kind::Keep, space_before: space, lines: placed });
                }
            }
        }
    }
    out.retain(|c| !c.lines.is_empty());
    out
}

/// Height a chunk needs at the bottom of a page so that a heading before it may stay:
/// its first two lines (all of it if it cannot split), plus what a heading needs after it.
fn min_start(chunks: &[Chunk]) -> f32 {
    let Some(c) = chunks.first() else { return 0.0 };
    match c.kind {
        Kind::Heading => c.space_before + c.height() + min_start(&chunks[1..]),
        Kind::Keep => c.space_before + c.height(),
        // A paragraph of fewer than four lines never splits, so it must fit whole.
        Kind::Text if c.lines.len() < 4 => c.space_before + c.height(),
        Kind::Text => c.space_before + c.lines.iter().take(2).map(|l| l.height).sum::<f32>(),
    }
}

struct Paginator {
    pages: Vec<Vec<(f32, PLine)>>,
    y: f32,
}

impl Paginator {
    fn at_top(&self) -> bool {
        self.y <= TOP + 0.01
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    fn place(&mut self, line: PLine) {
        let h = line.height;
        if let Some(page) = self.pages.last_mut() {
            page.push((self.y, line));
        }
        self.y += h;
    }

    fn space(&mut self, space: f32) {
        if !self.at_top() {
            self.y += space;
        }
    }

    fn fits(&self, h: f32) -> bool {
        self.y + h <= BOTTOM + 0.01
    }

    /// How many of `lines` fit from the current position.
    fn fitting(&self, lines: &[PLine]) -> usize {
        let mut y = self.y;
        lines
            .iter()
            .take_while(|l| {
                y += l.height;
                y <= BOTTOM + 0.01
            })
            .count()
    }
}

fn paginate(chunks: Vec<Chunk>) -> Vec<Vec<(f32, PLine)>> {
    let mut p = Paginator { pages: vec![Vec::new()], y: TOP };
    let mut rest: &[Chunk] = &chunks;
    while let Some((chunk, next)) = rest.split_first() {
        rest = next;
        let space = if p.at_top() { 0.0 } else { chunk.space_before };
        match chunk.kind {
            // A heading (or title) taller than a page is split like text below.
            Kind::Heading if chunk.height() <= BOTTOM - TOP => {
                if !p.at_top() && !p.fits(space + chunk.height() + min_start(next)) {
                    p.new_page();
                }
                p.space(chunk.space_before);
                chunk.lines.iter().cloned().for_each(|l| p.place(l));
            }
            Kind::Keep if chunk.height() <= BOTTOM - TOP => {
                if !p.at_top() && !p.fits(space + chunk.height()) {
                    p.new_page();
                }
                p.space(chunk.space_before);
                chunk.lines.iter().cloned().for_each(|l| p.place(l));
            }
            Kind::Heading | Kind::Keep | Kind::Text => {
                p.space(chunk.space_before);
                let mut lines: Vec<PLine> = chunk.lines.clone();
                loop {
                    let n = lines.len();
                    let fit = p.fitting(&lines);
                    if fit >= n {
                        lines.into_iter().for_each(|l| p.place(l));
                        break;
                    }
                    // Leave at least two lines here and two on the next page.
                    let mut take = if n < 4 { 0 } else { fit.min(n - 2) };
                    if take < 2 {
                        take = 0;
                    }
                    if take == 0 && p.at_top() {
                        // Longer than a page from its top: split anyway, keeping two for later.
                        take = fit.min(n.saturating_sub(2)).max(1);
                    }
                    let tail = lines.split_off(take);
                    lines.into_iter().for_each(|l| p.place(l));
                    p.new_page();
                    lines = tail;
                }
            }
        }
    }
    p.pages.retain(|page| !page.is_empty());
    p.pages
}

/// Lays out a notice on A4 pages.
pub fn notice(n: &Notice) -> Vec<Page> {
    let placed = paginate(chunks(n));
    let total = placed.len();
    let mut pages = Vec::with_capacity(total);
    for (i, lines) in placed.into_iter().enumerate() {
        let mut page = Page::a4();
        for (top, line) in lines {
            if line.rule {
                let y = top + line.height / 2.0;
                page.shapes.push(Shape::Line {
                    from: (MARGIN_X, y),
                    to: (MARGIN_X + WIDTH, y),
                    width: 0.8,
                    color: Color::LIGHT_GRAY,
                });
                continue;
            }
            for (k, (x, face, color, text)) in line.runs.into_iter().enumerate() {
                let role = match line.role {
                    Role::ListBody(list) if line.label && k == 0 => Role::ListLabel(list),
                    role => role,
                };
                let mut run =
                    TextRun::new(MARGIN_X + x, top + line.baseline, face, line.size, color, role, line.block, text);
                run.lang = line.lang;
                page.texts.push(run);
            }
        }
        decorate(&mut page, n, i + 1, total);
        pages.push(page);
    }
    super::links::mark_links(&mut pages);
    pages
}

/// Adds the running header (from page 2) and the footer.
fn decorate(page: &mut Page, n: &Notice, number: usize, total: usize) {
    let small =
        |x: f32, y: f32, text: String, role: Role| TextRun::new(x, y, Face::Regular, SMALL, Color::GRAY, role, 0, text);
    if number > 1 && !n.header.is_empty() {
        let header = fit_one_line(&n.header, WIDTH);
        page.texts.push(small(MARGIN_X, 12.0 * MM, header, Role::Header));
        page.shapes.push(Shape::Line {
            from: (MARGIN_X, 14.0 * MM),
            to: (MARGIN_X + WIDTH, 14.0 * MM),
            width: 0.5,
            color: Color::LIGHT_GRAY,
        });
    }
    let footer_y = A4_HEIGHT - 11.0 * MM;
    page.shapes.push(Shape::Line {
        from: (MARGIN_X, A4_HEIGHT - 15.5 * MM),
        to: (MARGIN_X + WIDTH, A4_HEIGHT - 15.5 * MM),
        width: 0.5,
        color: Color::LIGHT_GRAY,
    });
    if !n.updated.is_empty() {
        page.texts.push(small(MARGIN_X, footer_y, n.updated.clone(), Role::Footer));
    }
    let label = format!("{} {number} / {total}", n.page_word);
    let w = Face::Regular.metrics().width(&label, SMALL);
    page.texts.push(small(MARGIN_X + WIDTH - w, footer_y, label, Role::Footer));
}

/// The text shortened with an ellipsis to fit one line of the running header. The header
/// repeats the title, which is printed in full on page 1.
fn fit_one_line(text: &str, width: f32) -> String {
    let text = text.replace('\n', " ");
    let m = Face::Regular.metrics();
    if m.width(&text, SMALL) <= width {
        return text;
    }
    let mut out = String::new();
    for c in text.chars() {
        if m.width(&out, SMALL) + m.width(&format!("{c}…"), SMALL) > width {
            break;
        }
        out.push(c);
    }
    out.trim_end().to_owned() + "…"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: Kind, tag: &str, n: usize) -> Chunk {
        let line = |i: usize| PLine {
            height: BODY_LEADING,
            baseline: 10.0,
            size: BODY,
            role: Role::Paragraph,
            runs: vec![(0.0, Face::Regular, Color::BLACK, format!("{tag}{i}"))],
            rule: false,
            label: false,
            block: 0,
            lang: None,
        };
        Chunk { kind, space_before: PARA_SPACE, lines: (0..n).map(line).collect() }
    }

    /// Lines of chunk `tag` on each page.
    fn per_page(pages: &[Vec<(f32, PLine)>], tag: &str) -> Vec<usize> {
        pages
            .iter()
            .map(|p| p.iter().filter(|(_, l)| l.runs.iter().any(|r| r.3.starts_with(tag))).count())
            .filter(|n| *n > 0)
            .collect()
    }

    #[test]
    fn no_widows_or_orphans_at_any_position() {
        for filler in 0..60 {
            for n in 1..14 {
                let mut chunks: Vec<Chunk> = (0..filler).map(|i| chunk(Kind::Text, &format!("f{i}-"), 1)).collect();
                chunks.push(chunk(Kind::Text, "P", n));
                chunks.push(chunk(Kind::Text, "after", 3));
                let counts = per_page(&paginate(chunks), "P");
                assert_eq!(counts.iter().sum::<usize>(), n);
                if n < 4 {
                    assert_eq!(counts.len(), 1, "filler {filler}, {n} lines split: {counts:?}");
                } else {
                    assert!(counts.iter().all(|c| *c >= 2), "filler {filler}, {n} lines: {counts:?}");
                }
            }
        }
    }

    #[test]
    fn heading_moves_with_its_paragraph() {
        for filler in 0..60 {
            let mut chunks: Vec<Chunk> = (0..filler).map(|i| chunk(Kind::Text, &format!("f{i}-"), 1)).collect();
            chunks.push(chunk(Kind::Heading, "H", 1));
            chunks.push(chunk(Kind::Text, "P", 6));
            let pages = paginate(chunks);
            let heading_page = pages.iter().position(|p| p.iter().any(|(_, l)| l.runs[0].3 == "H0"));
            let first_line_page = pages.iter().position(|p| p.iter().any(|(_, l)| l.runs[0].3 == "P0"));
            let second_line_page = pages.iter().position(|p| p.iter().any(|(_, l)| l.runs[0].3 == "P1"));
            assert_eq!(heading_page, first_line_page, "filler {filler}");
            assert_eq!(heading_page, second_line_page, "filler {filler}");
        }
    }

    #[test]
    fn contact_blocks_stay_together() {
        for filler in 0..60 {
            let mut chunks: Vec<Chunk> = (0..filler).map(|i| chunk(Kind::Text, &format!("f{i}-"), 1)).collect();
            chunks.push(chunk(Kind::Keep, "C", 6));
            assert_eq!(per_page(&paginate(chunks), "C"), vec![6], "filler {filler}");
        }
    }
}
