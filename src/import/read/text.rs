//! Plain text: a paragraph per run of lines, list lines as list items; text copied out of
//! a PDF also loses its page numbers and running headers and gets its hyphenated words
//! back (see `reflow`).

use super::super::document::{Document, Format};
use super::reflow::{Line, blocks_from_lines, drop_text_furniture, rejoin_hyphens};

/// Reads a decoded, cleaned text.
pub(super) fn read(text: &str) -> Document {
    let mut doc = Document::new(Format::Text);
    let mut lines: Vec<Line> = text.split('\n').enumerate().map(|(i, l)| Line::new(i + 1, None, l)).collect();
    doc.lines = lines.len();
    drop_text_furniture(&mut lines, &mut doc.removed);
    rejoin_hyphens(&mut lines);
    doc.blocks = blocks_from_lines(&lines);
    doc
}
