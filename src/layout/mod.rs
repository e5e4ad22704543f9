//! The layout engine: a [`Notice`] (or a [`Poster`]) in, pages of positioned text and
//! shapes out, as plain data that the PDF writer and the editor's preview both draw.
//!
//! Units are PostScript points (1/72 inch); the origin is the top-left corner of the page
//! and y grows downwards. A text run's `y` is its baseline. Text is measured with the real
//! advance widths of the embedded fonts ([`font`]), words wrap greedily, long Finnish words
//! hyphenate by syllable ([`hyphen`]), headings stay with what follows, and no paragraph
//! leaves a single line at the end or start of a page.

pub mod font;
pub mod hyphen;

mod flow;
mod pages;
mod poster;

pub use flow::{Line, Piece, SOFT_HYPHEN, break_lines};
pub use font::Face;
pub use pages::notice;
pub use poster::{MIN_POSTER_SIZE, PosterError, poster};

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

/// What a text run is, for the preview (click to jump) and for tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The title block.
    Title,
    /// A section heading.
    Heading,
    /// Body text, list items, contact blocks, bullet marks.
    Body,
    /// The running header (register name, from page 2).
    Header,
    /// The footer (updated date, page number).
    Footer,
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
    /// The text (may contain spaces; never a line break).
    pub text: String,
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
    /// Shapes, drawn first (under the text).
    pub shapes: Vec<Shape>,
    /// Text runs in reading order: body first, then header and footer.
    pub texts: Vec<TextRun>,
}

impl Page {
    /// An empty A4 page.
    pub fn a4() -> Page {
        Page { width: A4_WIDTH, height: A4_HEIGHT, shapes: Vec::new(), texts: Vec::new() }
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
