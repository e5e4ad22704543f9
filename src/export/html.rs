//! The notice as one self-contained, accessible HTML page for a website: the same document
//! the PDF and the text show (never the register itself), with the language in `<html lang>`,
//! an `h1` title and `h2` sections, lists as `<ul>`, contact blocks as `<address>`, the
//! missing marks visible, inline CSS with A4 print rules, and no scripts. Every text is
//! escaped: nothing a user types can become markup.

use crate::notice::{Block, Notice, Span, Style, texts};

/// The style sheet: readable on screen (a narrow column, system fonts, high contrast),
/// printed on A4 with page-break rules that keep headings with what follows.
pub(crate) const CSS: &str = "\
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;padding:2rem 1rem;background:#fff;color:#1a1a1a;\
font-family:\"Segoe UI\",\"Noto Sans\",\"DejaVu Sans\",Arial,sans-serif;font-size:1.0625rem;line-height:1.55}
main{max-width:46rem;margin:0 auto}
header{border-bottom:2px solid #1a1a1a;margin-bottom:1.5rem;padding-bottom:.75rem}
.document{margin:0 0 .5rem;font-size:.95rem;color:#333}
h1{margin:0 0 .25rem;font-size:1.9rem;line-height:1.2}
.controller{margin:0;font-size:1.1rem;font-weight:600}
h2{margin:2rem 0 .5rem;font-size:1.3rem;line-height:1.3}
p,ul,address{margin:0 0 .75rem}
ul{padding-left:1.5rem}
li{margin-bottom:.25rem}
address{font-style:normal;border-left:3px solid #767676;padding-left:.75rem}
.missing{color:#b00020;font-weight:700}
footer{margin-top:2.5rem;border-top:1px solid #767676;padding-top:.5rem;font-size:.95rem;color:#333}
@page{size:A4;margin:20mm 18mm 20mm 20mm}
@media print{body{padding:0;font-size:11pt;line-height:1.4}main{max-width:none}\
h1{font-size:20pt}h2{font-size:14pt;break-after:avoid;page-break-after:avoid}\
address,li{break-inside:avoid;page-break-inside:avoid}p{orphans:3;widows:3}\
.missing{color:#000;text-decoration:underline}}
";

/// `s` with `& < > " '` replaced by character references: safe in text and in attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped text with each hard line break (`\n`) as `<br>`.
pub(crate) fn text_with_breaks(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>\n");
        }
        out.push_str(&escape(line));
    }
}

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        let (open, close) = match s.style {
            Style::Regular => ("", ""),
            Style::Bold => ("<strong>", "</strong>"),
            Style::Missing => ("<strong class=\"missing\">", "</strong>"),
        };
        out.push_str(open);
        text_with_breaks(out, &s.text);
        out.push_str(close);
    }
}

fn block(out: &mut String, b: &Block) {
    match b {
        Block::Paragraph(s) => {
            out.push_str("<p>");
            spans(out, s);
            out.push_str("</p>\n");
        }
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            for item in items {
                out.push_str("<li>");
                spans(out, item);
                out.push_str("</li>\n");
            }
            out.push_str("</ul>\n");
        }
        Block::Contact(lines) => {
            out.push_str("<address>");
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    out.push_str("<br>\n");
                }
                spans(out, line);
            }
            out.push_str("</address>\n");
        }
    }
}

/// The start of a page: doctype, `<html lang>`, the charset and viewport, the title, the
/// author and description when given, the style sheet ([`CSS`] followed by `extra_css`), any
/// `extra_head` markup (already escaped by the caller), and the opening `<body>`.
pub(crate) fn page_start(
    out: &mut String,
    lang: &str,
    title: &str,
    author: &str,
    description: &str,
    extra_css: &str,
    extra_head: &str,
) {
    out.push_str(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    if !author.is_empty() {
        out.push_str(&format!("<meta name=\"author\" content=\"{}\">\n", escape(author)));
    }
    out.push_str(&format!("<meta name=\"description\" content=\"{}\">\n", escape(description)));
    out.push_str("<meta name=\"generator\" content=\"Seloste\">\n");
    out.push_str(extra_head);
    out.push_str(&format!("<style>\n{CSS}{extra_css}</style>\n</head>\n<body>\n"));
}

/// The notice's title block as a `<header>`: the document type, the register name as the
/// page's `h1` (marked when missing) and the controller.
pub(crate) fn notice_header(out: &mut String, n: &Notice) {
    // The builder puts the missing mark in place of an empty name: show it as one.
    let missing = n.title.register == texts::missing(n.lang);
    notice_header_parts(out, &n.title.document, &n.title.register, missing, &n.title.controller);
}

/// A title block: a `<header>` with the document line, the `h1` (in the missing style when
/// `missing`) and the controller line when it is not empty. Every text is escaped.
pub(crate) fn notice_header_parts(out: &mut String, document: &str, title: &str, missing: bool, controller: &str) {
    out.push_str("<header>\n");
    out.push_str(&format!("<p class=\"document\">{}</p>\n", escape(document)));
    out.push_str(if missing { "<h1 class=\"missing\">" } else { "<h1>" });
    text_with_breaks(out, title);
    out.push_str("</h1>\n");
    if !controller.is_empty() {
        out.push_str("<p class=\"controller\">");
        text_with_breaks(out, controller);
        out.push_str("</p>\n");
    }
    out.push_str("</header>\n");
}

/// The numbered sections of the notice, each a `<section>` labelled by its `h2` (`id="sN"`).
pub(crate) fn notice_sections(out: &mut String, n: &Notice) {
    for (i, s) in n.sections.iter().enumerate() {
        let id = match s.number {
            Some(number) => format!("s{number}"),
            None => format!("intro{}", i + 1),
        };
        let number = s.number.map(|n| format!("{n}. ")).unwrap_or_default();
        out.push_str(&format!("<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{number}"));
        text_with_breaks(out, &s.heading);
        out.push_str("</h2>\n");
        for b in &s.blocks {
            block(out, b);
        }
        out.push_str("</section>\n");
    }
}

/// The notice as a complete UTF-8 HTML document.
pub fn notice(n: &Notice) -> Vec<u8> {
    let mut out = String::new();
    page_start(&mut out, n.lang.code(), &n.info.title, &n.info.author, &n.info.subject, "", "");
    out.push_str("<main>\n");
    notice_header(&mut out, n);
    notice_sections(&mut out, n);
    out.push_str("</main>\n");
    if !n.updated.is_empty() {
        out.push_str(&format!("<footer>\n<p>{}</p>\n</footer>\n", escape(&n.updated)));
    }
    out.push_str("</body>\n</html>\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(escape("Jämsä å ä ö"), "Jämsä å ä ö");
    }
}
