//! Text hygiene over every string of the register (issue 12): control characters, HTML
//! entities left by a web page, and lengths beyond a field's bound. One finding per string
//! and rule (the first occurrence), so a damaged text cannot flood the list.
//!
//! Bounds, in characters (Unicode scalar values): [`LINE_LIMIT`] for a one-line field (a
//! name, an address, a number, a heading) and [`PROSE_LIMIT`] for prose. The longest
//! paragraph field of the sample registers is under 3,000 characters; a real notice section
//! past 10,000 is a pasted document, and a name past 500 is not a name.

use super::{Ctx, Detail, Out};
use crate::model::{FieldPath as P, StrKind, each_str};

/// The most characters a one-line field may hold.
pub const LINE_LIMIT: usize = 500;
/// The most characters a prose field may hold.
pub const PROSE_LIMIT: usize = 10_000;

/// The bound of a field of this kind.
pub fn limit(kind: StrKind) -> usize {
    match kind {
        StrKind::Line => LINE_LIMIT,
        StrKind::Prose => PROSE_LIMIT,
    }
}

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    each_str(ctx.reg, &mut |path, kind, s| {
        // The id is the file's name in the workspace, not text of the notice; the store
        // checks it.
        if path == P::Id {
            return;
        }
        if let Some((at, ch)) = control_character(s, kind) {
            out.add(path, Detail::ControlCharacter { ch, at });
        }
        if let Some((entity, meant)) = html_entity(s) {
            out.add(path, Detail::HtmlEntity { entity: entity.to_owned(), meant });
        }
        let bound = limit(kind);
        // `len()` is bytes, at least the characters: count only when it can be over.
        if s.len() > bound {
            let chars = s.chars().count();
            if chars > bound {
                out.add(path, Detail::TooLong { chars, limit: bound });
            }
        }
    });
}

/// The first control character (position from 1, and the character), if any. Tab and line
/// break are allowed in prose; bidirectional overrides count as control characters (they
/// reorder what a reader sees).
fn control_character(s: &str, kind: StrKind) -> Option<(usize, char)> {
    s.chars().enumerate().find_map(|(i, c)| {
        let allowed = kind == StrKind::Prose && (c == '\t' || c == '\n');
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        ((c.is_control() && !allowed) || bidi).then_some((i + 1, c))
    })
}

/// Named HTML entities that occur in Finnish and Swedish web text, with their characters.
const NAMED: &[(&str, char)] = &[
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("scaron", 'š'),
    ("Scaron", 'Š'),
    ("zcaron", 'ž'),
    ("Zcaron", 'Ž'),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("shy", '\u{ad}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("rdquo", '”'),
    ("ldquo", '“'),
    ("rsquo", '’'),
    ("lsquo", '‘'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("euro", '€'),
    ("copy", '©'),
    ("reg", '®'),
    ("sect", '§'),
    ("bull", '•'),
    ("middot", '·'),
    ("deg", '°'),
];

/// The first HTML entity in `s` (as written) and the character it stands for: a numeric
/// one (`&#228;`, `&#xE4;`) or a named one of [`NAMED`]. Other `&word;` (e.g. "R&D;") is
/// left alone.
fn html_entity(s: &str) -> Option<(&str, Option<char>)> {
    let mut from = 0;
    while let Some(i) = s.get(from..).and_then(|rest| rest.find('&')).map(|i| i + from) {
        from = i + 1;
        let rest = s.get(i + 1..).unwrap_or("");
        // The longest entity name is short; a `;` further away is not its end.
        let Some(end) = rest.char_indices().take(34).find(|(_, c)| *c == ';').map(|(j, _)| j) else { continue };
        let name = rest.get(..end).unwrap_or("");
        let whole = s.get(i..i + end + 2).unwrap_or("");
        if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()
                }
                None if !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) => num.parse().ok(),
                _ => continue,
            };
            return Some((whole, code.and_then(char::from_u32)));
        }
        if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == name) {
            return Some((whole, Some(*c)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::super::validate_at;
    use super::*;
    use crate::model::*;

    #[test]
    fn control_characters() {
        let mut r = complete();
        r.security.general = Text::new("Ensimmäinen kappale.\n\n\tToinen kappale.", "Första stycket.\n\nAndra.", "");
        assert!(!fires(&r, "text-control-character"), "tab and line break are normal in prose");
        r.name.fi = "Kamera\u{1b}[31mvalvonta".into();
        assert_eq!(one(&r, "text-control-character").1, "name.fi");
        r.name.fi = "Kameravalvonta".into();
        r.controller.contact.name.fi = "Järvelän\nkaupunki".into();
        assert_eq!(one(&r, "text-control-character").1, "controller.contact.name.fi", "no line break in a name");
        r.controller.contact.name.fi = "Järvelän kaupunki".into();
        r.processors.list.push(Processor { name: "Acme\u{202e}Oy".into(), ..Processor::default() });
        let f = validate_at(&r, None, today());
        let hit = f.iter().find(|f| f.rule.id == "text-control-character").unwrap();
        assert_eq!(hit.path.to_string(), "processors.list[1].name");
        assert!(hit.message(Lang::En).contains("U+202E") && hit.message(Lang::En).contains("character 5"));
    }

    #[test]
    fn html_entities() {
        let mut r = complete();
        r.security.general.fi.push_str(" Tutkimus- ja kehitystoiminta (R&D; T&K) on erikseen.");
        assert!(!fires(&r, "text-html-entity"), "a plain ampersand is text");
        r.security.general.fi.push_str(" S&auml;ilytys.");
        let f = validate_at(&r, None, today());
        let hit = f.iter().find(|f| f.rule.id == "text-html-entity").unwrap();
        assert_eq!(hit.path.to_string(), "security.general.fi");
        assert!(
            hit.message(Lang::Fi).contains("”&auml;”") && hit.message(Lang::Fi).contains("”ä”"),
            "{}",
            hit.message(Lang::Fi)
        );
        r.security.general.fi = "Tietoturva.".into();
        r.dpo.street.sv = "Torggatan 1 &#228; &#xE4;".into();
        let f = validate_at(&r, None, today());
        let hits: Vec<_> = f.iter().filter(|f| f.rule.id == "text-html-entity").collect();
        assert_eq!(hits.len(), 1, "one finding per text");
        assert!(hits[0].message(Lang::En).contains("&#228;"));
        assert_eq!(html_entity("a &#xE4; b"), Some(("&#xE4;", Some('ä'))));
        assert_eq!(html_entity("&#;"), None);
        assert_eq!(html_entity("& nbsp;"), None);
    }

    #[test]
    fn lengths_are_bounded() {
        let mut r = complete();
        r.security.general.fi = "ä".repeat(PROSE_LIMIT);
        r.name.fi = "ö".repeat(LINE_LIMIT);
        assert!(!fires(&r, "text-too-long"), "at the bound is fine, counted in characters");
        r.security.general.fi.push('ä');
        assert_eq!(one(&r, "text-too-long").1, "security.general.fi");
        r.security.general.fi.pop();
        r.name.fi.push('ö');
        let f = validate_at(&r, None, today());
        let hit = f.iter().find(|f| f.rule.id == "text-too-long").unwrap();
        assert_eq!(hit.path.to_string(), "name.fi");
        assert!(hit.message(Lang::En).contains("501 characters") && hit.message(Lang::En).contains("500"));
    }
}
