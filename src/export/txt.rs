//! The notice (or poster) as plain UTF-8 text: the same document the PDF shows, one
//! paragraph per line, blank lines between blocks, bullets as "• ", LF line ends.

use crate::notice::{Block, Notice, Poster, Span};

fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

/// A list item: continuation lines indented under the text.
fn item(out: &mut String, spans: &[Span]) {
    let text = spans_text(spans);
    for (i, line) in text.lines().enumerate() {
        out.push_str(if i == 0 { "• " } else { "  " });
        out.push_str(line);
        out.push('\n');
    }
}

/// The notice as text.
pub fn notice(n: &Notice) -> Vec<u8> {
    let mut out = String::new();
    out.push_str(&n.title.document);
    out.push_str("\n\n");
    out.push_str(&n.title.register);
    out.push('\n');
    if !n.title.controller.is_empty() {
        out.push_str(&n.title.controller);
        out.push('\n');
    }
    for s in &n.sections {
        out.push_str(&format!("\n\n{}\n", s.numbered_heading()));
        for block in &s.blocks {
            out.push('\n');
            match block {
                Block::Paragraph(spans) => {
                    out.push_str(&spans_text(spans));
                    out.push('\n');
                }
                Block::Bullets(items) => items.iter().for_each(|i| item(&mut out, i)),
                Block::Contact(lines) => {
                    for line in lines {
                        out.push_str(&spans_text(line));
                        out.push('\n');
                    }
                }
            }
        }
    }
    if !n.updated.is_empty() {
        out.push_str(&format!("\n\n{}\n", n.updated));
    }
    out.into_bytes()
}

/// The poster as text.
pub fn poster(p: &Poster) -> Vec<u8> {
    let mut out = String::new();
    // In the order the poster prints them: a sign has its big title first.
    let top = if p.camera { [&p.title, &p.kicker] } else { [&p.kicker, &p.title] };
    for line in top {
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    for b in &p.blocks {
        out.push_str(&format!("\n{}\n", b.label));
        for l in &b.lines {
            out.push_str(if b.bullets { "• " } else { "" });
            out.push_str(&l.text);
            out.push('\n');
        }
    }
    out.push_str(&format!("\n{}\n{}\n", p.url_label, if p.url.is_empty() { &p.no_url } else { &p.url }));
    if !p.updated.is_empty() {
        out.push_str(&format!("\n{}\n", p.updated));
    }
    out.into_bytes()
}
