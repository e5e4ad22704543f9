//! Small text tools for reading notices: folding for matching, numbering and bullets,
//! sentences, dates.

use crate::model::Date;

/// One line of the input: its 1-based number and its text, trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SrcLine {
    /// 1-based line number in the decoded text.
    pub no: usize,
    /// The text, without leading and trailing white space.
    pub text: String,
}

pub(crate) use crate::lexicon::{compact, fold, folded_words};

/// How many words `s` has.
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// How a heading is numbered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Numbering {
    /// `5.`, `5`, `5.2.`, `§ 5`, `5 §`: the main sequence (the first number is kept).
    Arabic(Vec<u32>),
    /// `A.`, `b)`.
    Letter(char),
    /// `IV.`
    Roman,
    /// `1)` or `(1)`.
    Paren(u32),
}

impl Numbering {
    /// True for a single-level number (`5.`, `§ 5`): the top level of a numbered notice.
    pub fn is_top(&self) -> bool {
        matches!(self, Numbering::Arabic(v) if v.len() == 1)
    }
}

/// Splits a leading number off a heading: `"5. Rekisterin tietosisältö"` ->
/// `(Some(Arabic([5])), "Rekisterin tietosisältö")`.
pub(crate) fn strip_numbering(s: &str) -> (Option<Numbering>, &str) {
    let t = s.trim_start();
    // § 5 / §5.
    if let Some(rest) = t.strip_prefix('§') {
        let rest = rest.trim_start();
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let (false, Ok(n)) = (digits.is_empty(), digits.parse::<u32>()) {
            let after = rest[digits.len()..].trim_start_matches(['.', ':', ')']).trim_start();
            return (Some(Numbering::Arabic(vec![n])), after);
        }
    }
    // (1)
    if let Some(rest) = t.strip_prefix('(') {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && digits.len() <= 3 {
            if let Some(after) = rest[digits.len()..].strip_prefix(')') {
                if after.starts_with(' ') {
                    return (Some(Numbering::Paren(digits.parse().unwrap_or(0))), after.trim_start());
                }
            }
        }
    }
    // 5. / 5.2. / 5) / 5 § / 5 Otsikko
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() && digits.len() <= 3 {
        let mut numbers = vec![digits.parse::<u32>().unwrap_or(0)];
        let mut rest = &t[digits.len()..];
        if let Some(after) = rest.strip_prefix(')') {
            if after.starts_with(' ') || after.is_empty() {
                return (Some(Numbering::Paren(numbers[0])), after.trim_start());
            }
            return (None, t);
        }
        while let Some(after_dot) = rest.strip_prefix('.') {
            let more: String = after_dot.chars().take_while(char::is_ascii_digit).collect();
            if more.is_empty() || more.len() > 3 {
                rest = after_dot;
                if !rest.is_empty() && !rest.starts_with(' ') {
                    // "30.5.2024" or "2.kerros": not numbering.
                    return (None, t);
                }
                return (Some(Numbering::Arabic(numbers)), rest.trim_start());
            }
            numbers.push(more.parse().unwrap_or(0));
            rest = &after_dot[more.len()..];
        }
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix('§') {
            return (Some(Numbering::Arabic(numbers)), after.trim_start_matches(['.', ':']).trim_start());
        }
        // "5 Rekisterinpitäjä": a bare number before a capitalised word.
        if numbers.len() == 1
            && numbers[0] <= 40
            && rest.starts_with(' ')
            && trimmed.chars().next().is_some_and(char::is_uppercase)
        {
            return (Some(Numbering::Arabic(numbers)), trimmed);
        }
        return (None, t);
    }
    // A. / b) / IV.
    let mut chars = t.char_indices();
    if let (Some((_, c)), Some((i, p))) = (chars.next(), chars.next()) {
        let after = &t[i + p.len_utf8()..];
        if c.is_ascii_alphabetic() && (p == '.' || p == ')') && after.starts_with(' ') {
            let rest = after.trim_start();
            // "A. Sähköinen" but not "K. Virtanen" in a name line: require a capitalised word after "A."
            // and accept any word after "a)".
            if p == ')' || rest.chars().next().is_some_and(char::is_uppercase) {
                return (Some(Numbering::Letter(c.to_ascii_uppercase())), rest);
            }
        }
    }
    let roman: String = t.chars().take_while(|c| matches!(c, 'I' | 'V' | 'X')).collect();
    if !roman.is_empty() && roman.len() <= 4 {
        if let Some(after) = t[roman.len()..].strip_prefix(". ") {
            return (Some(Numbering::Roman), after.trim_start());
        }
    }
    (None, t)
}

/// A list item marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// `-`, `–`, `•`, `*` and the like.
    Bullet,
    /// `1)`, `a)`, `(1)`.
    Enumerated,
    /// A check box; `true` when ticked (`☒`, `[x]`).
    Checkbox(bool),
}

const BULLETS: &[char] =
    &['-', '–', '—', '•', '*', '·', '▪', '◦', '●', '■', '○', '►', '▶', '➢', '➤', '‣', '⁃', '∙', '◾', '□'];

/// Splits a list marker off a line: `"- Nimi"` -> `(Bullet, "Nimi")`. A check box after a
/// bullet counts as the marker (`"- [x] Kyllä"`).
pub(crate) fn list_marker(s: &str) -> Option<(Marker, &str)> {
    let t = s.trim_start();
    if let Some(found) = checkbox(t) {
        return Some(found);
    }
    let first = t.chars().next()?;
    if BULLETS.contains(&first) {
        let rest = &t[first.len_utf8()..];
        // "-5 %" or "**bold**" are not bullets; a dash needs a space (or a tab) after it.
        if rest.starts_with([' ', '\t']) || (first != '-' && first != '*' && !rest.is_empty()) {
            let rest = rest.trim_start();
            if let Some(found) = checkbox(rest) {
                return Some(found);
            }
            return Some((Marker::Bullet, rest));
        }
        return None;
    }
    // 1) a) (1) (a)
    let body = t.strip_prefix('(').unwrap_or(t);
    let token: String = body.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let enumerated = (!token.is_empty() && token.len() <= 3 && token.chars().all(|c| c.is_ascii_digit()))
        || (token.len() == 1 && token.chars().all(|c| c.is_ascii_lowercase()));
    if enumerated {
        if let Some(after) = body[token.len()..].strip_prefix(')') {
            if after.starts_with([' ', '\t']) {
                return Some((Marker::Enumerated, after.trim_start()));
            }
        }
    }
    None
}

fn checkbox(t: &str) -> Option<(Marker, &str)> {
    const BOXES: &[(&str, bool)] = &[
        ("☐", false),
        ("☒", true),
        ("☑", true),
        ("✓", true),
        ("✔", true),
        ("[ ]", false),
        ("[]", false),
        ("[x]", true),
        ("[X]", true),
        ("( )", false),
        ("(x)", true),
        ("(X)", true),
    ];
    BOXES.iter().find_map(|(b, ticked)| t.strip_prefix(b).map(|rest| (Marker::Checkbox(*ticked), rest.trim_start())))
}

const ABBREVIATIONS: &[&str] = &[
    "esim", "mm", "ns", "ko", "ao", "yms", "jne", "ym", "tms", "puh", "p", "s", "nro", "n", "ks", "vrt", "klo", "os",
    "tel", "etc", "eg", "ie", "inkl", "bl", "ex", "dvs", "ca", "art", "kpl", "yht", "lk", "vs", "ml", "mr", "mrs",
    "dr", "prof", "st", "no", "resp", "t", "av", "fig", "ed", "jur", "fil", "tri", "v",
];

/// Splits a paragraph into sentences (at `.`, `!` or `?` before a capital letter, a digit
/// or a quote), not after the usual abbreviations (*esim.*, *ns.*, *puh.*) or initials.
/// Returns byte ranges into `s`, trimmed, covering every non-space character.
pub(crate) fn sentence_spans(s: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            // Closing quotes and brackets stay with the sentence.
            while end < bytes.len() && matches!(bytes[end], b'"' | b')' | b'\'') {
                end += 1;
            }
            let rest = &s[end..];
            let after = rest.trim_start();
            let has_space = rest.len() != after.len();
            let next = after.chars().next();
            // A list item after the sentence ("... pilvipalveluita. - Googlen ...") starts
            // anew too.
            let item = after.chars().nth(1) == Some(' ') && next.is_some_and(|c| matches!(c, '-' | '•' | '*' | '–'));
            let boundary = has_space
                && (item
                    || next.is_some_and(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '”' | '“' | '(' | '»')
                    }));
            if boundary && (b != b'.' || !is_abbreviation(&s[start..i])) {
                push_span(s, start, end, &mut spans);
                start = end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_span(s, start, s.len(), &mut spans);
    spans
}

fn push_span(s: &str, start: usize, end: usize, spans: &mut Vec<(usize, usize)>) {
    let piece = &s[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        spans.push((start + lead, end - trail));
    }
}

/// The sentences of `s` (see [`sentence_spans`]).
pub(crate) fn sentences(s: &str) -> Vec<&str> {
    sentence_spans(s).into_iter().map(|(a, b)| &s[a..b]).collect()
}

/// True when the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word: String =
        before.chars().rev().take_while(|c| c.is_alphanumeric()).collect::<Vec<_>>().into_iter().rev().collect();
    if word.is_empty() {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // "13 §." or "1." inside a reference: a number before the period is not a sentence end
    // when the text before it is a single number ("1. kohta").
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// A line that only says when the notice was drawn up or updated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// *Laadittu*, *Upprättad*, *Drawn up*, *Created*.
    Created,
    /// *Päivitetty*, *Uppdaterad*, *Updated*, *Last updated*.
    Updated,
}

/// Recognises `"Päivitetty 28.3.2021 / PK"`, `"Laadittu: 22.5.2018"`, `"Last updated 2024-05-30"`.
pub(crate) fn date_line(s: &str) -> Option<(DateKind, Date)> {
    if word_count(s) > 8 {
        return None;
    }
    let f = fold(s);
    let label = f.trim_start_matches(|c: char| !c.is_alphanumeric());
    const UPDATED: &[&str] = &[
        "laatimis- tai muutos",
        "muutosajankohta",
        "muutospaivamaara",
        "paivitetty",
        "viimeksi paivitetty",
        "paivitys",
        "uppdaterad",
        "senast uppdaterad",
        "updated",
        "last updated",
        "revised",
        "muutettu",
        "versio",
        "version",
    ];
    const CREATED: &[&str] =
        &["laadittu", "laatimispaiva", "upprattad", "uppgjord", "drawn up", "created", "date", "pvm", "paivamaara"];
    let kind = if UPDATED.iter().any(|l| label.starts_with(l)) {
        DateKind::Updated
    } else if CREATED.iter().any(|l| label.starts_with(l)) {
        DateKind::Created
    } else {
        return None;
    };
    find_date(s).map(|d| (kind, d))
}

/// The first date (`30.5.2024`, `2024-05-30`) in `s`.
pub(crate) fn find_date(s: &str) -> Option<Date> {
    s.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '/'))
        .map(|w| w.trim_end_matches(['.', ':']))
        .find_map(|w| if w.len() >= 8 { w.parse::<Date>().ok() } else { None })
}

pub(crate) fn para_text(lines: &[SrcLine]) -> String {
    lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// Lines joined: consecutive lines with a line break, others with an empty line.
pub(crate) fn lines_text(lines: &[SrcLine]) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str(if l.no == lines[i - 1].no + 1 { "\n" } else { "\n\n" });
        }
        out.push_str(&l.text);
    }
    out
}

/// The first sentence of a paragraph, its lines joined ("" for none): what the paragraph
/// is about.
pub(crate) fn first_sentence(lines: &[SrcLine]) -> String {
    let flat = para_text(lines).replace('\n', " ");
    sentences(&flat).first().map(|s| (*s).to_owned()).unwrap_or_default()
}

/// The sentences of a paragraph's lines, each with the line it starts on. A line that
/// runs on into the next (no final period, the next line starting in lower case, with a
/// digit or a bracket, as a PDF copy wraps its lines) is joined with it, so that a sentence
/// or an article reference broken across lines is read whole. Each list item is its own
/// unit; an unticked check box's option is left out (it is not said).
pub(crate) fn flat_sentences(lines: &[SrcLine]) -> Vec<(usize, String)> {
    fn flush(run: &mut Vec<&SrcLine>, out: &mut Vec<(usize, String)>) {
        let Some(first) = run.first() else { return };
        let mut flat = String::new();
        let mut starts: Vec<(usize, usize)> = Vec::new();
        for l in run.iter() {
            if !flat.is_empty() {
                flat.push(' ');
            }
            starts.push((flat.len(), l.no));
            flat.push_str(&l.text);
        }
        for (a, b) in sentence_spans(&flat) {
            let no = starts.iter().rev().find(|(off, _)| *off <= a).map_or(first.no, |s| s.1);
            out.push((no, flat[a..b].to_owned()));
        }
        run.clear();
    }
    let mut out = Vec::new();
    let mut run: Vec<&SrcLine> = Vec::new();
    for l in lines {
        if let Some((marker, item)) = list_marker(&l.text) {
            flush(&mut run, &mut out);
            // An option left unticked ("☐ Tietoja ei siirretä") is not said.
            if marker == Marker::Checkbox(false) {
                continue;
            }
            out.extend(sentences(item).into_iter().map(|s| (l.no, s.to_owned())));
            continue;
        }
        let runs_on = run.last().is_some_and(|prev| {
            let t = prev.text.trim_end();
            let open =
                !t.ends_with(['.', '!', '?', ':', ';']) || (t.ends_with('.') && is_abbreviation(&t[..t.len() - 1]));
            open && l.text.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '(')
        });
        if !runs_on {
            flush(&mut run, &mut out);
        }
        run.push(l);
    }
    flush(&mut run, &mut out);
    out
}

/// True when a text has a phone number: a run of seven digits or more with only spaces,
/// dashes or a plus among them ("020 6177 00", "+358 40 123 4567"; not "(EU) 2018/1725").
pub(crate) fn phone_like(text: &str) -> bool {
    let mut run = 0usize;
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '+') {
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_is_split_off_headings() {
        assert_eq!(
            strip_numbering("5. Rekisterin tietosisältö"),
            (Some(Numbering::Arabic(vec![5])), "Rekisterin tietosisältö")
        );
        assert_eq!(strip_numbering("§ 3 Rekisterin nimi").0, Some(Numbering::Arabic(vec![3])));
        assert_eq!(strip_numbering("5.2. Lähteet"), (Some(Numbering::Arabic(vec![5, 2])), "Lähteet"));
        assert_eq!(strip_numbering("A. Sähköinen aineisto"), (Some(Numbering::Letter('A')), "Sähköinen aineisto"));
        assert_eq!(strip_numbering("IV. Rätt"), (Some(Numbering::Roman), "Rätt"));
        assert_eq!(strip_numbering("12 Rekisteröidyn oikeudet").0, Some(Numbering::Arabic(vec![12])));
        assert_eq!(strip_numbering("30.5.2024 päivitetty").0, None);
        assert_eq!(strip_numbering("2 vuotta").0, None);
        assert_eq!(strip_numbering("K. Virtanen").0, Some(Numbering::Letter('K')));
        assert_eq!(strip_numbering("Rekisterinpitäjä").0, None);
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker("- Nimi"), Some((Marker::Bullet, "Nimi")));
        assert_eq!(list_marker("– elinvoima"), Some((Marker::Bullet, "elinvoima")));
        assert_eq!(list_marker("•Nimi"), Some((Marker::Bullet, "Nimi")));
        assert_eq!(list_marker("1) viranomaisille"), Some((Marker::Enumerated, "viranomaisille")));
        assert_eq!(list_marker("a) viranomaisille"), Some((Marker::Enumerated, "viranomaisille")));
        assert_eq!(list_marker("☒ Kyllä"), Some((Marker::Checkbox(true), "Kyllä")));
        assert_eq!(list_marker("- [ ] Ei"), Some((Marker::Checkbox(false), "Ei")));
        assert_eq!(list_marker("**Lihavoitu**"), None);
        assert_eq!(list_marker("-5 astetta"), None);
        assert_eq!(list_marker("Nimi"), None);
        // A tab after the bullet, as Markdown allows.
        assert_eq!(list_marker("*\tNimi"), Some((Marker::Bullet, "Nimi")));
        assert_eq!(list_marker("1)\tNimi"), Some((Marker::Enumerated, "Nimi")));
        // A list item after a sentence starts a sentence of its own.
        assert_eq!(
            sentences("Käytämme pilvipalvelua. - Esimerkki Oy"),
            vec!["Käytämme pilvipalvelua.", "- Esimerkki Oy"]
        );
    }

    #[test]
    fn sentences_respect_abbreviations() {
        let s = "Tiedot saadaan esim. DVV:ltä. Osa tiedoista ks. liite. Puh. 040 123. Valmis!";
        assert_eq!(
            sentences(s),
            vec!["Tiedot saadaan esim. DVV:ltä.", "Osa tiedoista ks. liite.", "Puh. 040 123.", "Valmis!"]
        );
        assert_eq!(sentences("Ei."), vec!["Ei."]);
        assert_eq!(sentences("  "), Vec::<&str>::new());
    }

    #[test]
    fn date_lines() {
        let d = |s: &str| date_line(s).map(|(k, d)| (k, d.iso()));
        assert_eq!(d("Päivitetty 28.3.2021 / PK"), Some((DateKind::Updated, "2021-03-28".into())));
        assert_eq!(d("Päivitetty viimeksi 24.5.2018"), Some((DateKind::Updated, "2018-05-24".into())));
        assert_eq!(d("Laadittu 22.5.2018"), Some((DateKind::Created, "2018-05-22".into())));
        assert_eq!(d("Päivitetty: 30.5.2024"), Some((DateKind::Updated, "2024-05-30".into())));
        assert_eq!(d("Last updated: 2024-05-30"), Some((DateKind::Updated, "2024-05-30".into())));
        assert_eq!(d("Päivitetty tarpeen mukaan"), None);
        assert_eq!(d("Tietoja säilytetään 30.5.2024 asti"), None);
    }

    #[test]
    fn folding() {
        assert_eq!(compact("Rekisterin pitäjä:"), "rekisterinpitaja");
        assert_eq!(fold("ÅÄÖ é"), "aao e");
    }
}
