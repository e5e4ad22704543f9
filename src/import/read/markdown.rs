//! Markdown (CommonMark as notices use it): ATX (`## Otsikko`, with or without an empty
//! line after it) and setext headings, a line that is all `**bold**` as a heading, list
//! items (`-`, `*`, `+`, `1)`, task boxes `[x]`), pipe tables, block quotes; front matter
//! between `---` lines at the top is taken out of the notice and kept aside. Inline
//! markup goes: `**`, `__`, backticks, links become "text (address)", images their alt text.

use super::super::document::{Block, BlockKind, Document, Format, Pos, Removed, RemovedWhy};
use super::super::lines::{Marker, list_marker};
use super::reflow::Line;

/// Reads a decoded Markdown text.
pub(super) fn read(text: &str) -> Document {
    let mut doc = Document::new(Format::Markdown);
    let raw: Vec<&str> = text.split('\n').collect();
    doc.lines = raw.len();
    let mut start = 0usize;
    // Front matter: `---` ... `---` (YAML) or `+++` ... `+++` (TOML) at the very top.
    if let Some(fence) = raw.first().map(|l| l.trim()).filter(|l| *l == "---" || *l == "+++") {
        if let Some(end) = raw.iter().skip(1).position(|l| l.trim() == fence || (fence == "---" && l.trim() == "...")) {
            for (i, l) in raw.iter().enumerate().take(end + 2) {
                doc.removed.push(Removed {
                    pos: Pos { page: None, line: i + 1 },
                    text: l.trim().to_owned(),
                    why: RemovedWhy::FrontMatter,
                });
            }
            start = end + 2;
        }
    }
    // A Markdown file whose body is HTML blocks (a site generator's page written in HTML):
    // read as the web page it is, the front matter set aside as above.
    let body = raw[start.min(raw.len())..].join("\n");
    if super::html::looks_like_html(&body) {
        // Blank lines in place of the front matter keep the line numbers.
        let padded = format!("{}{body}", "\n".repeat(start));
        let mut html = super::html::read(&padded);
        html.format = Format::Markdown;
        html.lines = doc.lines;
        html.removed.splice(0..0, doc.removed);
        return html;
    }
    let mut para: Vec<Line> = Vec::new();
    let mut prev_kind_follows = false; // whether the next block is in the same run
    let mut in_fence = false;
    let flush = |para: &mut Vec<Line>, blocks: &mut Vec<Block>, follows: bool| {
        if let Some(first) = para.first() {
            let text = para.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
            // A paragraph of markup only ("<br>") stays as written: it is no text, but it
            // still stands between a heading and the next one.
            let inline = |t: &str| Some(inline(t)).filter(|s| !s.trim().is_empty()).unwrap_or_else(|| t.to_owned());
            let pos = Pos { page: None, line: first.no };
            let whole_bold = para.len() == 1 && is_bold_line(&first.text);
            let block = if whole_bold && heading_shaped(&inline(&text)) {
                Block::new(BlockKind::Heading { level: 2 }, inline(&text), pos).bold(true)
            } else {
                Block::new(BlockKind::Paragraph, inline(&text), pos).bold(whole_bold).following(follows)
            };
            blocks.push(block);
        }
        para.clear();
    };
    let mut i = start;
    while i < raw.len() {
        let no = i + 1;
        let line = raw[i].trim_end();
        let trimmed = line.trim();
        i += 1;
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            prev_kind_follows = false;
            continue;
        }
        if in_fence {
            if !trimmed.is_empty() {
                doc.blocks.push(Block::new(BlockKind::Paragraph, trimmed, Pos { page: None, line: no }));
            }
            continue;
        }
        if trimmed.is_empty() {
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            prev_kind_follows = false;
            continue;
        }
        let trimmed = trimmed.trim_start_matches('>').trim_start();
        if trimmed.is_empty() {
            continue;
        }
        // ATX heading.
        let hashes = trimmed.chars().take_while(|c| *c == '#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with([' ', '\t'])
            || (hashes > 0 && hashes == trimmed.len() && hashes <= 6)
        {
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            let text = trimmed[hashes..].trim().trim_end_matches('#').trim();
            if !text.is_empty() {
                let level = u8::try_from(hashes).unwrap_or(6);
                doc.blocks.push(Block::new(BlockKind::Heading { level }, inline(text), Pos { page: None, line: no }));
            }
            prev_kind_follows = false;
            continue;
        }
        // Setext underline under a one-line paragraph.
        if !para.is_empty() && para.len() == 1 && (is_rule(trimmed, '=') || is_rule(trimmed, '-')) {
            let level = if trimmed.starts_with('=') { 1 } else { 2 };
            let first = para.remove(0);
            doc.blocks.push(Block::new(
                BlockKind::Heading { level },
                inline(&first.text),
                Pos { page: None, line: first.no },
            ));
            prev_kind_follows = false;
            continue;
        }
        // Thematic break.
        if is_rule(trimmed, '-') || is_rule(trimmed, '*') || is_rule(trimmed, '_') {
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            prev_kind_follows = false;
            continue;
        }
        // Pipe table row.
        if trimmed.starts_with('|') {
            let had_para = !para.is_empty();
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            let follows = had_para || prev_kind_follows;
            let cells: Vec<String> = trimmed.trim_matches('|').split('|').map(|c| inline(c.trim())).collect();
            if cells.iter().all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
                continue;
            }
            let text = cells.join("\t");
            doc.blocks
                .push(Block::new(BlockKind::TableRow { cells }, text, Pos { page: None, line: no }).following(follows));
            prev_kind_follows = true;
            continue;
        }
        // List item.
        let indent = line.len() - line.trim_start().len();
        let plus = trimmed.strip_prefix("+ ").map(|r| (Marker::Bullet, r.trim_start()));
        if let Some((marker, rest)) = plus.or_else(|| list_marker(trimmed)) {
            let had_para = !para.is_empty();
            flush(&mut para, &mut doc.blocks, prev_kind_follows);
            let text = match marker {
                Marker::Checkbox(true) => format!("☒ {}", inline(rest)),
                Marker::Checkbox(false) => format!("☐ {}", inline(rest)),
                _ => inline(rest),
            };
            let level = u8::try_from(indent / 2).unwrap_or(u8::MAX).min(8);
            let kind = BlockKind::ListItem { level, ordered: marker == Marker::Enumerated };
            doc.blocks
                .push(Block::new(kind, text, Pos { page: None, line: no }).following(had_para || prev_kind_follows));
            prev_kind_follows = true;
            continue;
        }
        if para.is_empty() && prev_kind_follows && indent >= 2 && continue_item(&mut doc.blocks, trimmed) {
            continue;
        }
        if para.is_empty() && prev_kind_follows {
            // A line right after a list item or table row: a paragraph of its own that follows.
            para.push(Line::new(no, None, trimmed));
            continue;
        }
        para.push(Line::new(no, None, trimmed));
    }
    flush(&mut para, &mut doc.blocks, prev_kind_follows);
    doc
}

/// A line indented under the list item right before it ("- **Höjddata**: för importerade
/// cacher skickas koordinater till\n  OpenTopoData ..."): the item goes on. False when the
/// block before is no list item.
fn continue_item(blocks: &mut [Block], line: &str) -> bool {
    let Some(last) = blocks.last_mut().filter(|b| matches!(b.kind, BlockKind::ListItem { .. })) else {
        return false;
    };
    last.text.push(' ');
    last.text.push_str(&inline(line));
    true
}

/// `---`, `***`, `===`: three or more of `c` and nothing else but spaces.
fn is_rule(s: &str, c: char) -> bool {
    s.chars().filter(|x| *x == c).count() >= 3 && s.chars().all(|x| x == c || x == ' ')
}

/// A line that is bold from end to end: `**Rekisterinpitäjä**`, `__Tarkoitus__`, `**Tarkoitus:**`.
fn is_bold_line(s: &str) -> bool {
    let t = s.trim();
    let inner = t
        .strip_prefix("**")
        .and_then(|r| r.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|r| r.strip_suffix("__")));
    inner.is_some_and(|i| !i.trim().is_empty() && !i.contains("**"))
}

/// Short enough and not a sentence: a bold line that can head a section.
fn heading_shaped(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=14).contains(&words) && !s.ends_with(['.', ',', ';'])
}

/// Inline markup off: emphasis marks, code ticks, links as "text (address)", images as
/// their alt text, backslash escapes.
pub(super) fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '<' if inline_tag_len(&chars[i..]).is_some() => {
                let len = inline_tag_len(&chars[i..]).unwrap_or(1);
                let tag: String = chars[i + 1..i + len].iter().collect::<String>().to_ascii_lowercase();
                i += len;
                // A line break inside a line (not at its end, where the line ends anyway).
                if tag.starts_with("br") && chars.get(i).is_some_and(|c| *c != '\n') {
                    out.push('\n');
                }
            }
            '*' | '`' => i += 1,
            '_' if (i + 1 < chars.len() && chars[i + 1] == '_') => i += 2,
            '!' if chars.get(i + 1) == Some(&'[') => i += 1,
            '[' => {
                // [text](url)
                let close = chars[i..].iter().position(|c| *c == ']').map(|p| p + i);
                match close {
                    Some(end) if chars.get(end + 1) == Some(&'(') => {
                        let url_end = chars[end..].iter().position(|c| *c == ')').map(|p| p + end);
                        let text: String = chars[i + 1..end].iter().collect();
                        let url: String = match url_end {
                            Some(u) => chars[end + 2..u].iter().collect(),
                            None => String::new(),
                        };
                        out.push_str(&inline(&text));
                        let bare = url.trim_start_matches("mailto:");
                        if !bare.is_empty() && bare != text && !url.starts_with('#') {
                            out.push_str(&format!(" ({bare})"));
                        }
                        i = url_end.map_or(chars.len(), |u| u + 1);
                    }
                    _ => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").replace(" \n", "\n")
}

/// The length in chars of an inline HTML tag of text markup at the start of `chars`
/// (`<b>`, `</strong>`, `<br />`, `<span class="x">`): the tag is markup, its text stays.
fn inline_tag_len(chars: &[char]) -> Option<usize> {
    const TAGS: &[&str] = &["b", "strong", "i", "em", "u", "br", "span", "small", "sup", "sub", "mark", "font", "a"];
    if chars.first() != Some(&'<') {
        return None;
    }
    let close = chars.iter().take(200).position(|c| *c == '>')?;
    let inner: String = chars[1..close].iter().collect();
    let name: String = inner
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase();
    let after = inner.trim_start_matches('/')[name.len()..].chars().next();
    (TAGS.contains(&name.as_str()) && after.is_none_or(|c| c == ' ' || c == '/')).then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_html_markup_goes_and_its_text_stays() {
        assert_eq!(inline("<b>Yhdistys ry<br>\nKatu 1</b>"), "Yhdistys ry\nKatu 1");
        assert_eq!(inline("Nimi<br/>Osoite"), "Nimi\nOsoite");
        assert_eq!(inline("<i>Huom.</i> 2 < 3 ja <em>x</em>"), "Huom. 2 < 3 ja x");
        assert_eq!(inline("<table>"), "<table>");
    }

    fn kinds(doc: &Document) -> Vec<(BlockKind, &str)> {
        doc.blocks.iter().map(|b| (b.kind.clone(), b.text.as_str())).collect()
    }

    #[test]
    fn headings_lists_tables_and_front_matter() {
        let text = "---\ntitle: Seloste\nlayout: page\n---\n# Tietosuojaseloste\n## Tietojen siirto\nHenkilötietoja ei siirretä.\n\n**Rekisterinpitäjä**\n\nKunta, [kirjaamo@kunta.fi](mailto:kirjaamo@kunta.fi)\n\n- nimi\n  - osoite\n- [x] Kyllä\n\n| Tieto | Säilytys |\n|---|---|\n| Nimi | 2 vuotta |\n";
        let doc = read(text);
        assert_eq!(doc.removed.len(), 4);
        assert_eq!(
            kinds(&doc),
            vec![
                (BlockKind::Heading { level: 1 }, "Tietosuojaseloste"),
                (BlockKind::Heading { level: 2 }, "Tietojen siirto"),
                (BlockKind::Paragraph, "Henkilötietoja ei siirretä."),
                (BlockKind::Heading { level: 2 }, "Rekisterinpitäjä"),
                (BlockKind::Paragraph, "Kunta, kirjaamo@kunta.fi"),
                (BlockKind::ListItem { level: 0, ordered: false }, "nimi"),
                (BlockKind::ListItem { level: 1, ordered: false }, "osoite"),
                (BlockKind::ListItem { level: 0, ordered: false }, "☒ Kyllä"),
                (BlockKind::TableRow { cells: vec!["Tieto".into(), "Säilytys".into()] }, "Tieto\tSäilytys"),
                (BlockKind::TableRow { cells: vec!["Nimi".into(), "2 vuotta".into()] }, "Nimi\t2 vuotta"),
            ]
        );
        assert_eq!(doc.blocks[7].checkbox, Some(true));
        assert!(doc.blocks[6].follows && !doc.blocks[5].follows && doc.blocks[9].follows);
        assert_eq!(doc.blocks[2].pos.line, 7);
    }

    #[test]
    fn a_list_item_wrapped_onto_indented_lines_is_one_item() {
        for (first, wrapped, next) in [
            (
                "- **Korkeustiedot**: tuoduista kätköistä lähetetään koordinaatit",
                "  palveluun korkeuden selvittämiseksi.",
                "- Lempinimi",
            ),
            (
                "- **Höjddata**: för importerade cacher skickas koordinater till",
                "  tjänsten för att bestämma höjden.",
                "- Smeknamn",
            ),
            (
                "* **Elevation**: for imported caches the coordinates are sent",
                "  to the service to find the height.",
                "* Nickname",
            ),
        ] {
            let doc = read(&format!("{first}\n{wrapped}\n{next}\n\nSeuraava kappale.\n"));
            let got = kinds(&doc);
            assert_eq!(got.len(), 3, "{got:?}");
            assert!(matches!(got[0].0, BlockKind::ListItem { .. }) && got[0].1.ends_with(wrapped.trim()), "{got:?}");
            assert!(matches!(got[1].0, BlockKind::ListItem { .. }), "{got:?}");
            assert_eq!(got[2].0, BlockKind::Paragraph);
        }
    }
}
