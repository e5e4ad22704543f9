//! Laid-out pages to a tagged, archival PDF. The only file that names the PDF library
//! (krilla, the library behind typst's PDF export).
//!
//! The file conforms to PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2); krilla checks
//! the rules it can check and refuses to write a file that breaks them. What makes it so:
//! - a structure tree in reading order, built from the roles the layout gives every run and
//!   figure ([`crate::layout::Role`]): Document, H1 for the title, H2 per section (or poster
//!   block), P, L/LI/Lbl/LBody for lists, Link over every e-mail and web address with a URI
//!   action, Figure with alternative text for the QR code and the camera pictogram;
//! - running headers, footers, page numbers and rules marked as artifacts;
//! - `/Lang` on the document and on every run kept in another language;
//! - XMP metadata with the title, author, the PDF/UA and PDF/A identifiers; the viewer shows
//!   the title (DisplayDocTitle); an outline entry (bookmark) per section.
//!
//! The embedded fonts (see `assets/fonts/README.md`) are subset to the glyphs used. A
//! character the fonts lack is drawn as U+FFFD and reported ([`MissingGlyph`]). Output is
//! deterministic: the same pages give the same bytes.

use crate::layout::{Color, Face, Page, Role, Shape, TextRun};
use crate::notice::DocInfo;
use krilla::Data;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, BBox, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use std::num::NonZeroU16;
use std::sync::OnceLock;

/// What is drawn in place of a character the font lacks.
const REPLACEMENT: char = '\u{fffd}';

/// A character the font cannot draw, with the word it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    /// The character.
    pub ch: char,
    /// The word (or run) it first appears in.
    pub context: String,
}

impl std::fmt::Display for MissingGlyph {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the font has no glyph for {:?} (U+{:04X}) in {:?}; the PDF shows the replacement character \u{fffd} (U+FFFD) in its place",
            self.ch,
            u32::from(self.ch),
            self.context
        )
    }
}

/// A written PDF and what it could not draw.
#[derive(Clone, Debug)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Characters the embedded font lacks (drawn as U+FFFD). Callers report these.
    pub missing: Vec<MissingGlyph>,
}

/// Why no PDF could be written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// An embedded font did not parse (a build defect).
    #[error("embedded font {0} could not be read")]
    Font(&'static str),
    /// The PDF library refused the document (a PDF/UA or PDF/A rule it checks, a limit).
    #[error("PDF writer: {0}")]
    Writer(String),
}

/// A face as the PDF library and as the glyph mapper see it.
struct EmbeddedFace {
    font: Font,
    /// Glyph ids of U+0000..U+024F; 0 where the font has none.
    table: Vec<u16>,
    others: std::collections::HashMap<char, u16>,
    replacement: u16,
}

impl EmbeddedFace {
    fn load(face: Face) -> Option<EmbeddedFace> {
        let font = Font::new(face.ttf().into(), 0)?;
        let parsed = ttf_parser::Face::parse(face.ttf(), 0).ok()?;
        let mut table = vec![0u16; 0x250];
        let mut others = std::collections::HashMap::new();
        let cmap = parsed.tables().cmap?;
        for sub in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
            sub.codepoints(|cp| {
                let (Some(c), Some(gid)) = (char::from_u32(cp), sub.glyph_index(cp)) else { return };
                match table.get_mut(cp as usize) {
                    Some(slot) => *slot = gid.0,
                    None => {
                        others.insert(c, gid.0);
                    }
                }
            });
        }
        let replacement = parsed.glyph_index(REPLACEMENT)?.0;
        Some(EmbeddedFace { font, table, others, replacement })
    }

    fn glyph(&self, c: char) -> Option<u16> {
        match self.table.get(c as usize) {
            Some(0) => None,
            Some(&g) => Some(g),
            None => self.others.get(&c).copied(),
        }
    }
}

struct Fonts {
    regular: EmbeddedFace,
    bold: EmbeddedFace,
}

impl Fonts {
    fn get(&self, face: Face) -> &EmbeddedFace {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

fn fonts() -> Result<&'static Fonts, PdfError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Some(Fonts { regular: EmbeddedFace::load(Face::Regular)?, bold: EmbeddedFace::load(Face::Bold)? })
        })
        .as_ref()
        .ok_or(PdfError::Font("DejaVu Sans"))
}

fn rgb(c: Color) -> rgb::Color {
    rgb::Color::new(c.r, c.g, c.b)
}

fn fill(c: Color) -> Fill {
    Fill { paint: rgb(c).into(), rule: FillRule::NonZero, ..Fill::default() }
}

/// Settings: PDF/UA-1, PDF 1.7; and PDF/A-2a when the document has a date (PDF/A requires
/// a creation date, and a made-up one would make the output differ from run to run).
fn settings(archival: bool) -> Result<SerializeSettings, PdfError> {
    let mut builder = ConfigurationBuilder::new().with_accessibility_validator(Accessibility::UA1);
    if archival {
        builder = builder.with_archival_validator(Archival::A2_A);
    }
    let configuration =
        builder.with_version(PdfVersion::Pdf17).finish().map_err(|e| PdfError::Writer(format!("{e:?}")))?;
    Ok(SerializeSettings { configuration, ..SerializeSettings::default() })
}

/// A piece of tagged content, in the order drawn.
enum Item {
    /// A text run (or a link's piece) and what it links to.
    Text { block: u32, role: Role, id: Identifier, link: Option<(String, Identifier)> },
    /// A figure.
    Figure { block: u32, alt: String, id: Identifier, bbox: Option<BBox> },
}

impl Item {
    fn block(&self) -> u32 {
        match self {
            Item::Text { block, .. } | Item::Figure { block, .. } => *block,
        }
    }
}

/// Writes `pages` as a PDF with the metadata of `info`.
pub fn write(pages: &[Page], info: &DocInfo) -> Result<Pdf, PdfError> {
    let fonts = fonts()?;
    let mut doc = Document::new_with(settings(info.date.is_some())?);
    let mut missing: Vec<MissingGlyph> = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut outline = Outline::new();
    for (index, page) in pages.iter().enumerate() {
        let size = PageSettings::from_wh(page.width, page.height)
            .ok_or_else(|| PdfError::Writer(format!("page size {} x {}", page.width, page.height)))?;
        let mut pdf_page = doc.start_page_with(size);
        let mut links: Vec<(usize, Rect, String)> = Vec::new();
        {
            let mut surface = pdf_page.surface();
            draw_shapes(&mut surface, page, index, &mut items);
            draw_images(&mut surface, page, index, &mut items)?;
            for run in &page.texts {
                let id = draw_run(&mut surface, run, fonts, &mut missing);
                if run.role.is_artifact() {
                    continue;
                }
                if let (Some(uri), Some(rect)) = (&run.link, run_rect(run)) {
                    links.push((items.len(), rect, uri.clone()));
                }
                items.push(Item::Text { block: run.block, role: run.role, id, link: None });
                if run.role == Role::Heading && is_first_of_block(page, run) {
                    let top = run.y - run.size * Face::Regular.metrics().ascender;
                    let dest = XyzDestination::new(index, Point::from_xy(0.0, top.max(0.0)));
                    outline.push_child(OutlineNode::new(block_text(pages, run.block), dest));
                }
            }
            surface.finish();
        }
        for (at, rect, uri) in links {
            let action = Target::Action(Action::Link(LinkAction::new(uri.clone())));
            let alt = uri.strip_prefix("mailto:").unwrap_or(&uri).to_owned();
            let annotation =
                pdf_page.add_tagged_annotation(Annotation::new_link(LinkAnnotation::new(rect, action), Some(alt)));
            if let Some(Item::Text { link, .. }) = items.get_mut(at) {
                *link = Some((uri, annotation));
            }
        }
        pdf_page.finish();
    }
    // Headings carry their text as the title attribute (/T) too.
    let mut titles = std::collections::HashMap::new();
    for run in pages.iter().flat_map(|p| &p.texts).filter(|t| matches!(t.role, Role::Title | Role::Heading)) {
        titles.entry(run.block).or_insert_with(|| block_text(pages, run.block));
    }
    doc.set_tag_tree(tag_tree(items, info.lang.code(), &titles));
    doc.set_outline(outline);
    doc.set_metadata(metadata(info));
    let bytes = doc.finish().map_err(|e| PdfError::Writer(format!("{e:?}")))?;
    Ok(Pdf { bytes, missing })
}

fn is_first_of_block(page: &Page, run: &TextRun) -> bool {
    page.texts.iter().find(|t| t.block == run.block).is_some_and(|t| std::ptr::eq(t, run))
}

/// The text of block `block` on every page, lines joined with a space.
fn block_text(pages: &[Page], block: u32) -> String {
    let mut out = String::new();
    let mut last_y = None;
    for run in pages.iter().flat_map(|p| &p.texts).filter(|t| t.block == block && !t.role.is_artifact()) {
        if last_y.is_some_and(|y| y != run.y) && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(&run.text);
        last_y = Some(run.y);
    }
    out.replace(crate::layout::SOFT_HYPHEN, "").trim().to_owned()
}

/// The box a run covers, from the font's ascender to its descender.
fn run_rect(run: &TextRun) -> Option<Rect> {
    let m = run.face.metrics();
    let w = m.width(&run.text, run.size);
    Rect::from_xywh(run.x, run.y - m.ascender * run.size, w, (m.ascender - m.descender) * run.size)
}

fn draw_run(surface: &mut Surface, run: &TextRun, fonts: &Fonts, missing: &mut Vec<MissingGlyph>) -> Identifier {
    let face = fonts.get(run.face);
    let metrics = run.face.metrics();
    let mut text = String::with_capacity(run.text.len());
    let mut glyphs = Vec::with_capacity(run.text.len());
    for c in run.text.chars() {
        let (c, gid) = match face.glyph(c) {
            Some(g) => (c, g),
            None => {
                if !missing.iter().any(|m| m.ch == c) {
                    let context = run.text.split(' ').find(|w| w.contains(c)).unwrap_or(&run.text).to_owned();
                    missing.push(MissingGlyph { ch: c, context });
                }
                (REPLACEMENT, face.replacement)
            }
        };
        let start = text.len();
        text.push(c);
        glyphs.push(KrillaGlyph {
            glyph_id: GlyphId::new(u32::from(gid)),
            text_range: start..text.len(),
            x_advance: metrics.advance(c),
            x_offset: 0.0,
            y_offset: 0.0,
            y_advance: 0.0,
            location: None,
        });
    }
    let lang = run.lang.map(|l| l.code());
    let tag = match run.role {
        Role::Header => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Header)),
        Role::Footer => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)),
        _ => ContentTag::Span(SpanTag::empty().with_lang(lang)),
    };
    let id = surface.start_tagged(tag);
    surface.set_fill(Some(fill(run.color)));
    surface.draw_glyphs(Point::from_xy(run.x, run.y), &glyphs, face.font.clone(), &text, run.size, false);
    surface.end_tagged();
    id
}

/// Draws the page's shapes: those of a figure tagged as it, the others (rules) as artifacts.
fn draw_shapes(surface: &mut Surface, page: &Page, index: usize, items: &mut Vec<Item>) {
    let mut at = 0;
    while at < page.shapes.len() {
        if let Some(figure) = page.figures.iter().find(|f| f.shapes.start == at && !f.shapes.is_empty()) {
            let id = surface.start_tagged(ContentTag::Other);
            page.shapes[figure.shapes.clone()].iter().for_each(|s| draw_shape(surface, s));
            surface.end_tagged();
            let (x, y, w, h) = figure.bbox;
            let bbox = Rect::from_xywh(x, y, w, h).map(|r| BBox::new(index, r));
            items.push(Item::Figure { block: figure.block, alt: figure.alt.clone(), id, bbox });
            at = figure.shapes.end;
            continue;
        }
        let end = page.figures.iter().map(|f| f.shapes.start).filter(|s| *s > at).min().unwrap_or(page.shapes.len());
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout)));
        page.shapes[at..end].iter().for_each(|s| draw_shape(surface, s));
        surface.end_tagged();
        at = end;
    }
}

/// Draws the page's images (the logo), each tagged as a figure with its text alternative.
///
/// # Errors
/// [`PdfError::Writer`] when the image cannot be decoded.
fn draw_images(surface: &mut Surface, page: &Page, index: usize, items: &mut Vec<Item>) -> Result<(), PdfError> {
    for figure in &page.figures {
        let Some(logo) = &figure.image else { continue };
        let (x, y, w, h) = figure.bbox;
        // No interpolation: PDF/A forbids it (ISO 19005-2, 6.2.8).
        let image = Image::from_png(Data::from(logo.png.to_vec()), false)
            .map_err(|e| PdfError::Writer(format!("the logo cannot be read: {e}")))?;
        let Some(size) = Size::from_wh(w, h) else { continue };
        let id = surface.start_tagged(ContentTag::Other);
        surface.push_transform(&Transform::from_translate(x, y));
        surface.draw_image(image, size);
        surface.pop();
        surface.end_tagged();
        let bbox = Rect::from_xywh(x, y, w, h).map(|r| BBox::new(index, r));
        items.push(Item::Figure { block: figure.block, alt: figure.alt.clone(), id, bbox });
    }
    Ok(())
}

fn draw_shape(surface: &mut Surface, shape: &Shape) {
    let mut pb = PathBuilder::new();
    let (color, stroke) = match shape {
        Shape::Rect { x, y, w, h, color } => {
            if let Some(r) = Rect::from_xywh(*x, *y, *w, *h) {
                pb.push_rect(r);
            }
            (*color, None)
        }
        Shape::Line { from, to, width, color } => {
            pb.move_to(from.0, from.1);
            pb.line_to(to.0, to.1);
            (*color, Some(*width))
        }
        Shape::Polygon { points, color, stroke } => {
            for (i, &(x, y)) in points.iter().enumerate() {
                if i == 0 { pb.move_to(x, y) } else { pb.line_to(x, y) }
            }
            pb.close();
            (*color, *stroke)
        }
        Shape::Circle { center, radius, color, stroke } => {
            const K: f32 = 0.552_284_8;
            let ((cx, cy), r) = (*center, *radius);
            let k = r * K;
            pb.move_to(cx + r, cy);
            pb.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            pb.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            pb.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            pb.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            pb.close();
            (*color, *stroke)
        }
    };
    let Some(path) = pb.finish() else { return };
    match stroke {
        Some(width) => {
            surface.set_fill(None);
            surface.set_stroke(Some(Stroke { paint: rgb(color).into(), width, ..Stroke::default() }));
        }
        None => {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(color)));
        }
    }
    surface.draw_path(&path);
    surface.set_stroke(None);
}

/// The content of one block (its runs and links) as nodes.
fn content_nodes<'a>(items: impl Iterator<Item = &'a Item>) -> Vec<Node> {
    let mut nodes: Vec<Node> = Vec::new();
    // A link broken across lines is one Link element over all its pieces.
    let mut open_link: Option<(String, TagGroup)> = None;
    for item in items {
        let Item::Text { id, link, .. } = item else { continue };
        match link {
            Some((uri, annot)) => {
                if open_link.as_ref().is_some_and(|(u, _)| u != uri)
                    && let Some((_, group)) = open_link.take()
                {
                    nodes.push(group.into());
                }
                let (_, group) = open_link.get_or_insert_with(|| (uri.clone(), TagGroup::new(Tag::Link)));
                group.push(*id);
                group.push(*annot);
            }
            None => {
                if let Some((_, group)) = open_link.take() {
                    nodes.push(group.into());
                }
                nodes.push((*id).into());
            }
        }
    }
    if let Some((_, group)) = open_link.take() {
        nodes.push(group.into());
    }
    nodes
}

/// The structure tree: items grouped by block, in block order.
fn tag_tree(mut items: Vec<Item>, lang: &str, titles: &std::collections::HashMap<u32, String>) -> TagTree {
    items.sort_by_key(Item::block);
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    let mut list: Option<(u32, TagGroup)> = None;
    let mut rest: &[Item] = &items;
    while let Some(first) = rest.first() {
        let n = rest.iter().take_while(|i| i.block() == first.block()).count();
        let (block, tail) = rest.split_at(n);
        rest = tail;
        let list_of = |item: &Item| match item {
            Item::Text { role: Role::ListLabel(l) | Role::ListBody(l), .. } => Some(*l),
            _ => None,
        };
        let this_list = list_of(first);
        if list.as_ref().map(|(l, _)| *l) != this_list {
            if let Some((_, group)) = list.take() {
                tree.push(group);
            }
            if let Some(l) = this_list {
                list = Some((l, TagGroup::new(Tag::L(ListNumbering::Disc))));
            }
        }
        let group = match first {
            Item::Figure { alt, id, bbox, .. } => {
                let mut tag = Tag::Figure(Some(alt.clone()));
                tag.set_bbox(*bbox);
                let mut group = TagGroup::new(tag);
                group.push(*id);
                group
            }
            Item::Text { role, .. } => match role {
                Role::ListLabel(_) | Role::ListBody(_) => {
                    let labels = block.iter().filter(|i| matches!(i, Item::Text { role: Role::ListLabel(_), .. }));
                    let bodies = block.iter().filter(|i| matches!(i, Item::Text { role: Role::ListBody(_), .. }));
                    let mut item = TagGroup::new(Tag::LI);
                    let label = content_nodes(labels);
                    if !label.is_empty() {
                        item.push(TagGroup::with_children(Tag::Lbl, label));
                    }
                    item.push(TagGroup::with_children(Tag::LBody, content_nodes(bodies)));
                    if let Some((_, l)) = &mut list {
                        l.push(item);
                    }
                    continue;
                }
                Role::Title | Role::Heading => {
                    let n = if *role == Role::Title { 1 } else { 2 };
                    let title = titles.get(&first.block()).cloned();
                    TagGroup::with_children(Tag::Hn(level(n), title), content_nodes(block.iter()))
                }
                Role::Paragraph | Role::Header | Role::Footer => {
                    TagGroup::with_children(Tag::P, content_nodes(block.iter()))
                }
            },
        };
        tree.push(group);
    }
    if let Some((_, group)) = list.take() {
        tree.push(group);
    }
    tree
}

fn level(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap_or(NonZeroU16::MIN)
}

fn metadata(info: &DocInfo) -> Metadata {
    let mut m = Metadata::new()
        .title(info.title.clone())
        .description(info.subject.clone())
        .language(info.lang.code().to_owned())
        .creator("Seloste".to_owned())
        .producer("Seloste (krilla 0.8)".to_owned());
    if !info.author.is_empty() {
        m = m.authors(vec![info.author.clone()]);
    }
    if let Some(date) = info.date {
        let (y, mo, d) = date.ymd();
        if let Ok(year) = u16::try_from(y) {
            m = m.creation_date(DateTime::new(year).month(mo).day(d));
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::font;

    #[test]
    fn every_embedded_glyph_maps_back() {
        let f = fonts().expect("fonts load");
        for face in [Face::Regular, Face::Bold] {
            for c in "Sääʹmteʹǧǧ ŊŦŧ ǯʒ • ◦ ▪ – — ✓ ☐ ☒ → € § №".chars() {
                assert!(f.get(face).glyph(c).is_some() && font::width(face, &c.to_string(), 10.0) >= 0.0, "{c}");
            }
        }
    }
}
