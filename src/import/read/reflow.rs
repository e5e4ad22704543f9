//! Text as a PDF leaves it: words hyphenated at line ends, running headers and page
//! numbers between the lines of the notice. Used by the PDF reader and, for text copied
//! out of a PDF, by the plain-text reader.

use super::super::document::{Block, BlockKind, Pos, Removed, RemovedWhy};
use super::super::lines::{Marker, fold, list_marker, strip_numbering};
use std::collections::HashSet;

/// A line of the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// 1-based line number (in the page's text for PDF, running over pages).
    pub no: usize,
    /// 1-based page, for PDF.
    pub page: Option<u32>,
    /// The text, trimmed.
    pub text: String,
    /// False when the line is gone (page furniture, or a word fragment moved up): it
    /// neither shows nor breaks its paragraph.
    pub keep: bool,
}

impl Line {
    /// A kept line.
    pub fn new(no: usize, page: Option<u32>, text: &str) -> Line {
        Line { no, page, text: text.trim().to_owned(), keep: true }
    }
}

/// True for a line that is only a page number: "2 (3)", "2/3", "Sivu 2/3", "Sivu 2",
/// "Page 2 of 3", "Sida 2 av 3", "- 2 -". A bare "2" is one only when `bare` is true
/// (on a page's first or last line in a PDF).
pub(crate) fn is_page_number(s: &str, bare: bool) -> bool {
    let f = fold(s.trim());
    if f.len() > 30 {
        return false;
    }
    let dashed = f.starts_with(['-', '–']) && f.ends_with(['-', '–']) && f.len() > 2;
    let mut t = f.trim_matches(|c: char| matches!(c, '-' | '–' | ' ')).to_owned();
    let mut labelled = false;
    for label in ["sivu", "sida", "page", "pagina", "side", "s.", "p."] {
        if let Some(rest) = t.strip_prefix(label) {
            if rest.starts_with([' ', '.']) || rest.starts_with(|c: char| c.is_ascii_digit()) {
                t = rest.trim_start_matches('.').trim_start().to_owned();
                labelled = true;
                break;
            }
        }
    }
    #[derive(PartialEq)]
    enum Tok {
        Num(u32),
        Word(String),
        Sym(char),
    }
    let mut toks = Vec::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let mut n = 0u32;
            while i < chars.len() && chars[i].is_ascii_digit() {
                n = n.saturating_mul(10).saturating_add(chars[i].to_digit(10).unwrap_or(0));
                i += 1;
            }
            toks.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while i < chars.len() && chars[i].is_alphabetic() {
                w.push(chars[i]);
                i += 1;
            }
            toks.push(Tok::Word(w));
        } else {
            if !c.is_whitespace() {
                toks.push(Tok::Sym(c));
            }
            i += 1;
        }
    }
    let of = |a: u32, b: u32| a >= 1 && a <= b && b <= 5000;
    match toks.as_slice() {
        [Tok::Num(n)] => (labelled || dashed || bare) && *n >= 1 && *n <= 5000,
        [Tok::Num(a), Tok::Sym('/'), Tok::Num(b)] => of(*a, *b),
        [Tok::Num(a), Tok::Sym('('), Tok::Num(b), Tok::Sym(')')] => of(*a, *b),
        [Tok::Num(a), Tok::Word(w), Tok::Num(b)] => matches!(w.as_str(), "of" | "av" | "von" | "kautta") && of(*a, *b),
        _ => false,
    }
}

/// Words that follow a suspended compound's hyphen ("henkilö- ja asiakastiedot"): the
/// hyphen before them is real.
const CONJUNCTIONS: &[&str] =
    &["ja", "tai", "seka", "eli", "sekä", "och", "eller", "samt", "and", "or", "nor", "to", "sekä", "taikka"];

/// Decides whether `left-` at a line end and `right` at the start of the next line are
/// one word hyphenated by the line break ("perus-" + "tuu" → "perustuu") or a word with a
/// real hyphen ("tietosuoja-" + "asetus", "EU-" + "maat", "henkilö-" + "ja"). `words` are
/// the folded words of the whole text and `compounds` its hyphenated words: a form seen
/// elsewhere decides.
pub(crate) fn joins(left: &str, right: &str, words: &HashSet<String>, compounds: &HashSet<String>) -> bool {
    let Some(last) = left.chars().last() else { return false };
    let Some(first) = right.chars().next() else { return false };
    if !last.is_alphabetic() || !last.is_lowercase() || !first.is_alphabetic() || !first.is_lowercase() {
        return false;
    }
    let r = fold(right.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let l = fold(left);
    if CONJUNCTIONS.contains(&r.as_str()) {
        return false;
    }
    let joined = format!("{l}{r}");
    let hyphenated = format!("{l}-{r}");
    if compounds.contains(&hyphenated) {
        return false;
    }
    if words.contains(&joined) {
        return true;
    }
    // Finnish writes a hyphen where the same vowel meets in a compound (tietosuoja-asetus).
    let vowel = |c: char| "aeiouyäöå".contains(c);
    let l_last = l.chars().last().unwrap_or(' ');
    let r_first = r.chars().next().unwrap_or(' ');
    if l_last == r_first && vowel(l_last) {
        return false;
    }
    // A left part that is a whole acronym-like token ("e-" in "e-palvelu") stays.
    l.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The folded words and the hyphenated words of `lines`, for [`joins`].
pub(crate) fn vocabulary<'a>(lines: impl Iterator<Item = &'a str>) -> (HashSet<String>, HashSet<String>) {
    let mut words = HashSet::new();
    let mut compounds = HashSet::new();
    for line in lines {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        for (i, tok) in tokens.iter().enumerate() {
            let t = fold(tok.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
            let at_end = i + 1 == tokens.len();
            if t.contains('-') && !(at_end && t.ends_with('-')) {
                compounds.insert(t.trim_matches('-').to_owned());
            }
            for w in t.split('-').filter(|w| !w.is_empty()) {
                words.insert(w.to_owned());
            }
        }
    }
    (words, compounds)
}

/// Rejoins words hyphenated at line ends within a paragraph: the rest of the word moves up
/// to the line that has its start ("Käsittely perus-" / "tuu yleisen" → "Käsittely
/// perustuu" / "yleisen"). A line left empty is dropped.
pub(crate) fn rejoin_hyphens(lines: &mut [Line]) {
    let (words, compounds) = vocabulary(lines.iter().map(|l| l.text.as_str()));
    for i in 0..lines.len().saturating_sub(1) {
        if !lines[i].keep || lines[i].text.is_empty() {
            continue;
        }
        let Some(j) = (i + 1..lines.len()).find(|&j| lines[j].keep) else { continue };
        if lines[j].text.is_empty() || list_marker(&lines[j].text).is_some() {
            continue;
        }
        let Some(stem) = lines[i].text.strip_suffix('-') else { continue };
        let left = stem.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '-' || c == '/').next().unwrap_or("");
        let next = lines[j].text.clone();
        let (right, rest) = next.split_once(char::is_whitespace).unwrap_or((next.as_str(), ""));
        if !joins(left, right, &words, &compounds) {
            continue;
        }
        lines[i].text = format!("{stem}{right}");
        lines[j].text = rest.trim().to_owned();
        if lines[j].text.is_empty() {
            lines[j].keep = false;
        }
    }
}

/// Running headers and page numbers in text copied out of a PDF: each page-number line
/// goes, and so does a short line next to it (in the same paragraph) that names the
/// notice or repeats in the text, and every later copy of such a header. The first copy
/// of the title, at the top of the text, stays.
pub(crate) fn drop_text_furniture(lines: &mut [Line], removed: &mut Vec<Removed>) {
    let numbers: Vec<usize> = (0..lines.len()).filter(|&i| is_page_number(&lines[i].text, false)).collect();
    if numbers.is_empty() {
        return;
    }
    let mut counts = std::collections::HashMap::<&str, usize>::new();
    for l in lines.iter() {
        *counts.entry(l.text.as_str()).or_default() += 1;
    }
    let first_text = lines.iter().position(|l| !l.text.is_empty()).unwrap_or(0);
    let mut headers: HashSet<String> = HashSet::new();
    for &p in &numbers {
        for n in [p.wrapping_sub(2), p.wrapping_sub(1), p + 1, p + 2] {
            let Some(line) = lines.get(n) else { continue };
            // Only within the page number's own run of lines.
            let (lo, hi) = if n < p { (n, p) } else { (p, n) };
            if lines[lo..=hi].iter().any(|l| l.text.is_empty()) {
                continue;
            }
            let words = line.text.split_whitespace().count();
            let names = header_words(&line.text) || counts.get(line.text.as_str()).is_some_and(|c| *c >= 2);
            let plain = list_marker(&line.text).is_none() && strip_numbering(&line.text).0.is_none();
            if (1..=12).contains(&words) && !line.text.ends_with(['.', ':', ',', ';']) && names && plain {
                headers.insert(line.text.clone());
            }
        }
    }
    for (i, line) in lines.iter_mut().enumerate() {
        let why = if is_page_number(&line.text, false) {
            RemovedWhy::PageNumber
        } else if headers.contains(&line.text) && i != first_text {
            RemovedWhy::RunningHeader
        } else {
            continue;
        };
        removed.push(Removed { pos: Pos { page: line.page, line: line.no }, text: line.text.clone(), why });
        line.keep = false;
    }
}

/// Words a notice's running header has: the kind of document.
fn header_words(s: &str) -> bool {
    let f = fold(s);
    ["seloste", "tietosuoja", "privacy", "dataskydd", "integritet", "notice", "beskrivning"]
        .iter()
        .any(|w| f.contains(w))
}

/// Blocks from lines: a run of kept, non-empty lines is a paragraph, list lines in it
/// are list items (their bullet taken off, a check box kept as ☐/☒); a gone line does not
/// break a run but starts a new block that follows the one before it.
pub(crate) fn blocks_from_lines(lines: &[Line]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Vec<&Line> = Vec::new();
    let mut in_run = false;
    let flush = |para: &mut Vec<&Line>, blocks: &mut Vec<Block>, follows: bool| {
        if let Some(first) = para.first() {
            let text = para.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
            let pos = Pos { page: first.page, line: first.no };
            blocks.push(Block::new(BlockKind::Paragraph, text, pos).following(follows));
        }
        para.clear();
    };
    let mut started = false; // whether the current run has produced a block yet
    for line in lines {
        if !line.keep {
            if !para.is_empty() {
                flush(&mut para, &mut blocks, started);
                started = true;
            }
            continue;
        }
        if line.text.is_empty() {
            if !para.is_empty() {
                flush(&mut para, &mut blocks, started);
            }
            in_run = false;
            started = false;
            continue;
        }
        if !in_run {
            in_run = true;
            started = false;
        }
        if let Some((marker, rest)) = list_marker(&line.text) {
            if !para.is_empty() {
                flush(&mut para, &mut blocks, started);
                started = true;
            }
            let text = match marker {
                Marker::Checkbox(true) => format!("☒ {rest}"),
                Marker::Checkbox(false) => format!("☐ {rest}"),
                _ => rest.to_owned(),
            };
            let kind = BlockKind::ListItem { level: 0, ordered: marker == Marker::Enumerated };
            blocks.push(Block::new(kind, text, Pos { page: line.page, line: line.no }).following(started));
            started = true;
            continue;
        }
        para.push(line);
    }
    flush(&mut para, &mut blocks, started);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for s in ["2 (3)", "2(3)", "Sivu 2/3", "sivu 2 / 3", "Page 2 of 3", "Sida 2 av 3", "- 2 -", "Sivu 2", "12/14"] {
            assert!(is_page_number(s, false), "{s}");
        }
        for s in ["2", "30.5.2024", "4. Rekisterin tietosisältö", "6 (1) e", "1 000", "3 (2)", "Sivu"] {
            assert!(!is_page_number(s, false), "{s}");
        }
        assert!(is_page_number("2", true));
    }

    #[test]
    fn hyphens_join_only_when_the_word_was_broken() {
        let none = HashSet::new();
        assert!(joins("perus", "tuu", &none, &none));
        assert!(joins("artik", "lan", &none, &none));
        assert!(!joins("tietosuoja", "asetuksen", &none, &none));
        assert!(!joins("EU", "maihin", &none, &none));
        assert!(!joins("Y", "tunnus", &none, &none));
        assert!(!joins("henkilö", "ja", &none, &none));
        assert!(!joins("asiakas", "Rekisteri", &none, &none));
        let (words, compounds) = vocabulary(["Käytämme sähkö-postia ja kunta-alueen"].into_iter());
        assert!(!joins("sähkö", "postia", &words, &compounds));
        let (words, compounds) = vocabulary(["Käytämme sähköpostia"].into_iter());
        assert!(joins("sähkö", "postia.", &words, &compounds));
    }

    #[test]
    fn text_furniture_goes() {
        let text = "Kirjaston asiakasrekisteri\n\n4. Tarkoitus\nLainaustoiminnan hoitaminen.\nTietosuojaseloste – Esimerkin kunta\n2 (3)\n\n5. Tietosisältö\nNimi.";
        let mut lines: Vec<Line> = text.split('\n').enumerate().map(|(i, l)| Line::new(i + 1, None, l)).collect();
        let mut removed = Vec::new();
        drop_text_furniture(&mut lines, &mut removed);
        let gone: Vec<&str> = removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(gone, vec!["Tietosuojaseloste – Esimerkin kunta", "2 (3)"]);
        let blocks = blocks_from_lines(&lines);
        assert_eq!(blocks[1].text, "4. Tarkoitus\nLainaustoiminnan hoitaminen.");
    }
}
