//! The shapes of a line that the scan checks on the raw text: list markers, running prose,
//! headings, a line that announces a list, a paragraph left unfinished; and the short
//! quotation a message shows.

use super::Span;
use crate::model::Lang;

pub(super) fn list_marker(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '–' | '—' | '•' | '*' | '·' | '▪' | '◦' | '>') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with('.') || rest.starts_with(')')
        }
        Some(c) if c.is_alphabetic() => chars.next() == Some(')'),
        _ => false,
    }
}

/// A full sentence of running text (not an enumeration like "nimi, osoite, puhelin.").
pub(super) fn is_prose(line: &str, words: u32, commas: u32) -> bool {
    line.ends_with(['.', '!', '?']) && words >= 5 && commas * 3 < words
}

/// A short line without punctuation, like a heading.
pub(super) fn is_heading_like(line: &str, words: u32, commas: u32) -> bool {
    words <= 6 && commas == 0 && !line.ends_with(['.', ':', ';'])
}

/// The lead-in announces a list ("tietoja ovat:", "seuraavia tietoja:").
pub(super) fn announces_list(line: &str) -> bool {
    let l = line.to_lowercase();
    const CUES: [&str; 14] = [
        "seuraav",
        "ovat",
        "kuuluvat",
        "muun muassa",
        "mm.",
        "esim",
        "följande",
        "bland annat",
        "t.ex",
        "är:",
        "following",
        "include",
        "are:",
        "as follows",
    ];
    CUES.iter().any(|c| l.contains(c))
}

/// Words a sentence in `lang` cannot end with.
pub(super) fn dangles(lang: Lang, w: &[u8]) -> bool {
    match lang {
        Lang::Fi => matches!(
            w,
            b"on"
                | b"ovat"
                | b"ja"
                | b"tai"
                | b"sek\xC3\xA4"
                | b"eli"
                | b"ett\xC3\xA4"
                | b"kuten"
                | b"esim"
                | b"esimerkiksi"
                | b"seuraavasti"
                | b"seuraavat"
                | b"seuraavia"
                | b"mm"
        ),
        Lang::Sv => matches!(w, b"\xC3\xA4r" | b"och" | b"eller" | b"samt" | b"att" | b"f\xC3\xB6ljande" | b"som"),
        Lang::En => {
            matches!(w, b"is" | b"are" | b"the" | b"and" | b"or" | b"following" | b"include" | b"includes")
        }
    }
}

/// A short quotation of the text around `span` for a message: at most about 80 characters,
/// cut at word boundaries, with "…" where cut.
pub(crate) fn quote(s: &str, span: Span, whole_line: bool) -> String {
    let (a, b) = (span.0 as usize, span.1 as usize);
    let (a, b) = (a.min(s.len()), b.min(s.len()).max(a.min(s.len())));
    let floor = |mut i: usize| {
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while i < s.len() && !s.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let (a, b) = (floor(a), ceil(b));
    let line_start = s[..a].rfind('\n').map_or(0, |p| p + 1);
    let line_end = s[b..].find('\n').map_or(s.len(), |p| b + p);
    let (mut from, mut to) = if whole_line { (line_start, line_end) } else { (a, b) };
    const ROOM: usize = 80;
    if !whole_line {
        let extra = ROOM.saturating_sub(b - a) / 2;
        from = floor(a.saturating_sub(extra).max(line_start));
        to = ceil((b + extra).min(line_end));
        if from > line_start {
            from = s[from..a].find(' ').map_or(a, |p| from + p + 1);
        }
        if to < line_end {
            to = s[b..to].rfind(' ').map_or(b, |p| b + p);
        }
    } else if to - from > ROOM {
        from = floor(to - ROOM);
        from = s[from..to].find(' ').map_or(from, |p| from + p + 1);
    }
    let mut q = String::new();
    if from > line_start {
        q.push('…');
    }
    q.push_str(s[from..to].trim());
    if to < line_end {
        q.push('…');
    }
    q
}
