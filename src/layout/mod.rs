//! The layout engine: a [`Notice`] (or a [`Poster`]) in, pages of positioned text and
//! shapes out, as plain data that the PDF writer and the editor's preview both draw.
//!
//! Units are PostScript points (1/72 inch); the origin is the top-left corner of the page
//! and y grows downwards. A text run's `y` is its baseline. Text is measured with the real
//! advance widths of the embedded fonts ([`font`]), words wrap greedily, long Finnish words
//! hyphenate by syllable ([`hyphen`]), headings stay with what follows, and no paragraph
//! leaves a single line at the end or start of a page.
//!
//! Every run and figure carries its role in the document's structure ([`Role`],
//! [`TextRun::block`], [`Figure`]), links ([`TextRun::link`]) and language, so that the PDF
//! writer can tag it (PDF/UA) and tests can read the structure without parsing a PDF.

pub mod font;
pub mod hyphen;
pub mod links;

mod flow;
mod pages;
mod poster;

pub use flow::{Line, Piece, SOFT_HYPHEN, break_lines, break_lines_within};
pub use font::Face;
pub use links::{Link, find_links};
pub use pages::notice;
pub use poster::{MAX_POSTER_SIZE, MIN_POSTER_SIZE, PosterError, poster, poster_on};

use crate::model::Lang;

/// Millimetres to points.
pub const MM: f32 = 72.0 / 25.4;
/// A4 width in points.
pub const A4_WIDTH: f32 = 210.0 * MM;
/// A4 height in points.
pub const A4_HEIGHT: f32 = 297.0 * MM;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red, 0-255.
    pub r: u8,
    /// Green, 0-255.
    pub g: u8,
    /// Blue, 0-255.
    pub b: u8,
}

impl Color {
    /// Text.
    pub const BLACK: Color = Color { r: 0, g: 0, b: 0 };
    /// Paper.
    pub const WHITE: Color = Color { r: 255, g: 255, b: 255 };
    /// Header, footer and the document-type line.
    pub const GRAY: Color = Color { r: 90, g: 90, b: 90 };
    /// Rules.
    pub const LIGHT_GRAY: Color = Color { r: 170, g: 170, b: 170 };
    /// The missing mark.
    pub const RED: Color = Color { r: 190, g: 20, b: 20 };
    /// Headings: a dark blue that prints as near-black on a grey-scale printer.
    pub const HEADING: Color = Color { r: 16, g: 42, b: 84 };
}

/// What a text run is in the document's logical structure. The PDF writer tags it (PDF/UA,
/// ISO 14289-1), the preview and tests read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The document title: the register name of a notice, the title of a poster (H1).
    Title,
    /// A section heading of a notice, a block label of a poster (H2).
    Heading,
    /// A paragraph, a contact block or a line of the title block (P).
    Paragraph,
    /// The mark of a list item (Lbl); the number is the list's [`TextRun::block`].
    ListLabel(u32),
    /// The text of a list item (LBody); the number is the list's [`TextRun::block`].
    ListBody(u32),
    /// The running header (register name, from page 2): an artifact.
    Header,
    /// The footer (updated date, page number): an artifact.
    Footer,
}

impl Role {
    /// True for running headers and footers, which are not part of the content (artifacts).
    pub fn is_artifact(self) -> bool {
        matches!(self, Role::Header | Role::Footer)
    }
}

/// A run of text set in one face, size and colour.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// Left edge, points from the left of the page.
    pub x: f32,
    /// Baseline, points from the top of the page.
    pub y: f32,
    /// Regular or bold.
    pub face: Face,
    /// Font size in points.
    pub size: f32,
    /// Colour.
    pub color: Color,
    /// What the run is.
    pub role: Role,
    /// The structure element the run belongs to: runs with the same number, on one page or
    /// several, are one heading, paragraph or list item. Numbers grow in reading order and
    /// are shared with [`Figure::block`]; a list's number is below its items'. 0 for
    /// artifacts.
    pub block: u32,
    /// The address the run links to (`mailto:` for an e-mail address), if it is a link.
    pub link: Option<String>,
    /// The language of the run when it differs from the document's (a name kept in
    /// another language).
    pub lang: Option<Lang>,
    /// The text (may contain spaces; never a line break).
    pub text: String,
}

impl TextRun {
    /// A run with no link and the document's language.
    #[allow(clippy::too_many_arguments)]
    pub fn new(x: f32, y: f32, face: Face, size: f32, color: Color, role: Role, block: u32, text: String) -> TextRun {
        TextRun { x, y, face, size, color, role, block, link: None, lang: None, text }
    }
}

/// An image made of shapes (the QR code, the camera pictogram), with its text alternative.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its place in reading order, numbered like [`TextRun::block`].
    pub block: u32,
    /// What it shows, for readers who cannot see it (PDF/UA: Alt of a Figure).
    pub alt: String,
    /// The shapes it is drawn with: indices into [`Page::shapes`].
    pub shapes: std::ops::Range<usize>,
    /// Bounding box: left, top, width, height in points.
    pub bbox: (f32, f32, f32, f32),
    /// A raster image drawn to fill `bbox` (the organisation's logo); `shapes` is then empty.
    pub image: Option<crate::model::Logo>,
}

/// A vector shape: rules, the QR code, the camera symbol.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled axis-aligned rectangle (`x`, `y` its top-left corner).
    Rect {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
        /// Fill colour.
        color: Color,
    },
    /// A straight line.
    Line {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Colour.
        color: Color,
    },
    /// A closed polygon, filled, or stroked when `stroke` is set.
    Polygon {
        /// Corners in order.
        points: Vec<(f32, f32)>,
        /// Colour.
        color: Color,
        /// Stroke width; `None` fills.
        stroke: Option<f32>,
    },
    /// A circle, filled, or stroked when `stroke` is set.
    Circle {
        /// Centre.
        center: (f32, f32),
        /// Radius.
        radius: f32,
        /// Colour.
        color: Color,
        /// Stroke width; `None` fills.
        stroke: Option<f32>,
    },
}

/// One laid-out page.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// Shapes, drawn first (under the text). A shape in no [`Figure`] is decoration (rules):
    /// an artifact.
    pub shapes: Vec<Shape>,
    /// The shapes that are pictures, with their text alternatives.
    pub figures: Vec<Figure>,
    /// Text runs in reading order: body first, then header and footer.
    pub texts: Vec<TextRun>,
}

/// The paper a poster is printed on. A3 is A4 enlarged by √2 (ISO 216), so an A3 poster
/// is the A4 layout with every size multiplied by √2: a body of 14-20 pt becomes 19.8-28.3 pt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 297 × 420 mm.
    A3,
}

impl Paper {
    /// How much larger than A4 it is, as a linear factor.
    pub fn scale(self) -> f32 {
        match self {
            Paper::A4 => 1.0,
            Paper::A3 => std::f32::consts::SQRT_2,
        }
    }

    /// "A4" or "A3".
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
        }
    }
}

impl Page {
    /// The page enlarged by `k` about its top-left corner: its size, every position, text
    /// size, stroke and bounding box (an A4 page by √2 is an A3 page).
    pub fn scaled(mut self, k: f32) -> Page {
        let pt = |(x, y): (f32, f32)| (x * k, y * k);
        self.width *= k;
        self.height *= k;
        for s in &mut self.shapes {
            match s {
                Shape::Rect { x, y, w, h, .. } => {
                    (*x, *y, *w, *h) = (*x * k, *y * k, *w * k, *h * k);
                }
                Shape::Line { from, to, width, .. } => {
                    (*from, *to, *width) = (pt(*from), pt(*to), *width * k);
                }
                Shape::Polygon { points, stroke, .. } => {
                    points.iter_mut().for_each(|p| *p = pt(*p));
                    *stroke = stroke.map(|w| w * k);
                }
                Shape::Circle { center, radius, stroke, .. } => {
                    (*center, *radius) = (pt(*center), *radius * k);
                    *stroke = stroke.map(|w| w * k);
                }
            }
        }
        for f in &mut self.figures {
            f.bbox = (f.bbox.0 * k, f.bbox.1 * k, f.bbox.2 * k, f.bbox.3 * k);
        }
        for t in &mut self.texts {
            (t.x, t.y, t.size) = (t.x * k, t.y * k, t.size * k);
        }
        self
    }

    /// An empty A4 page.
    pub fn a4() -> Page {
        Page { width: A4_WIDTH, height: A4_HEIGHT, shapes: Vec::new(), figures: Vec::new(), texts: Vec::new() }
    }

    /// The text of the page, runs in order, one line per run.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for run in &self.texts {
            out.push_str(&run.text);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests;
