//! From lines to sections: paragraphs, headings (by the dictionary and by shape),
//! heading levels, and the web-page furniture and date lines that are not content.
//!
//! Levels. A notice is either numbered (`1. Rekisterinpitäjä`, `2. ...`: most headings
//! the dictionary knows carry a number) or not. In a numbered notice the numbered
//! headings are the sections and an unnumbered or lettered heading inside one is a
//! sub-heading; in an unnumbered notice it is the other way round (seed 000 numbers the
//! sub-headings under its question headings). A sub-heading the dictionary knows opens
//! its own field ("Tietosuojavastaava" under "3. Rekisterin yhteyshenkilö", "4.
//! Kansainväliset tietojen siirrot" under "Luovutammeko henkilötietoja?"); any other
//! sub-heading stays with its section, whose text continues after it.

use super::headings::{Match, Target, lookup};
use super::lines::{
    DateKind, Numbering, SrcLine, date_line, find_date, fold, list_marker, strip_numbering, word_count,
};
use super::meaning::rights_in;
use crate::model::Date;
use crate::review::Synonyms;

/// A heading found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Heading {
    /// Its line.
    pub no: usize,
    /// The line as written (trimmed).
    pub text: String,
    /// Without numbering, markdown and a final colon.
    pub clean: String,
    /// Its numbering, if any.
    pub numbering: Option<Numbering>,
    /// What the dictionary says, if it knows the heading.
    pub matched: Option<Match>,
    /// True for a `Label: value` line split into a heading and its text.
    pub label: bool,
}

/// A piece of a section's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// A paragraph: consecutive non-empty lines.
    Para(Vec<SrcLine>),
    /// A sub-heading that stays in its section.
    Sub(Heading),
}

/// A section of the notice: a heading and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Chunk {
    /// The heading; `None` for text gathered by its content.
    pub heading: Option<Heading>,
    /// Where it goes; `None` for an extra section.
    pub target: Option<Target>,
    /// The body.
    pub parts: Vec<Part>,
    /// Line of the text gathered by content (when `heading` is `None`).
    pub content_line: usize,
    /// The section it was moved out of, for text gathered by content.
    pub moved_from: Option<String>,
    /// True when an unknown or generic heading was given its target by the meaning of its text.
    pub by_meaning: bool,
}

/// A date line ("Päivitetty 28.3.2021 / PK").
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The line.
    pub line: SrcLine,
    /// Drawn up or updated.
    pub kind: DateKind,
    /// The date.
    pub date: Date,
    /// True when it stands inside a section (and stays there), false in the header.
    pub in_section: bool,
}

/// The notice as sections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Document {
    /// The text before the first heading, without furniture and header dates.
    pub preamble: Vec<Part>,
    /// The sections in order.
    pub chunks: Vec<Chunk>,
    /// Web-page furniture ("fbpx", "PALUU ... ETUSIVULLE", "Suosikit").
    pub chrome: Vec<SrcLine>,
    /// Page furniture of a PDF or Word copy: page numbers ("2 (3)", "Sivu 2/3") and the
    /// running header or footer printed beside them. Kept in the notes, never as content.
    pub page_furniture: Vec<SrcLine>,
    /// Date lines.
    pub dates: Vec<DateLine>,
}

enum Item {
    Heading(Heading),
    Para(Vec<SrcLine>),
}

/// Splits a document read from any format into sections. The lines its format marks as
/// headings (a Word heading style, `<h2>`, `## ...`) are headings whatever their shape.
///
/// A heading the workspace was taught (`taught`, issue 18) is known like the lexicon's.
pub(crate) fn structure_document(source: &super::document::Document, taught: &Synonyms) -> Document {
    let (lines, headings) = source.src_lines();
    structure_lines(lines, &headings, taught)
}

/// Splits a decoded plain text into sections.
#[cfg(test)]
pub(crate) fn structure(text: &str) -> Document {
    let lines = text.split('\n').enumerate().map(|(i, l)| SrcLine { no: i + 1, text: l.trim().to_owned() }).collect();
    structure_lines(lines, &[], &Synonyms::default())
}

fn structure_lines(lines: Vec<SrcLine>, format_headings: &[usize], taught: &Synonyms) -> Document {
    let mut doc = Document::default();
    let mut lines: Vec<SrcLine> = lines.into_iter().map(|l| SrcLine { no: l.no, text: tidy_tabs(&l.text) }).collect();
    take_page_furniture(&mut lines, &mut doc.page_furniture, taught);
    dehyphenate(&mut lines);
    let lines = run_in_headings(lines, taught);
    let blocks = blocks(&lines, &mut doc.chrome);
    let items = items(blocks, format_headings, taught);
    let numbered = numbered_style(&items);
    build(items, numbered, &mut doc);
    take_header_dates(&mut doc);
    doc
}

/// Table cells copied from Word come tab-separated ("Rekisterinpitäjä<TAB>Kemin kaupunki"):
/// a tab after a short first cell reads as `label: value`, any other tab as a space.
fn tidy_tabs(line: &str) -> String {
    let Some((left, right)) = line.split_once('\t') else { return line.to_owned() };
    let (left, right) = (left.trim(), right.trim_matches(|c: char| c.is_whitespace()));
    // A bullet glyph and a tab ("•<TAB>palautekysely", Word's list copied as text) is a list item.
    if !left.is_empty() && !left.chars().any(char::is_alphanumeric) {
        return format!("{left} {}", right.replace('\t', " "));
    }
    let label = word_count(left) <= 5 && !left.ends_with(['.', ':', ',', ';']) && list_marker(left).is_none();
    if label && !left.is_empty() && !right.is_empty() {
        format!("{left}: {}", right.replace('\t', " "))
    } else {
        line.replace('\t', " ")
    }
}

/// A page number printed by a PDF or a word processor: "2 (3)", "2/3", "Sivu 2/3",
/// "sivu 2 / 3", "Page 2 of 3", "Sida 2 av 3", "s. 2", "- 2 -".
pub(crate) fn is_page_number(line: &str) -> bool {
    let f = fold(line);
    let words: Vec<&str> = f
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '/' | '-' | '.' | '–'))
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    match words.as_slice() {
        [n] => number(n) && (f.contains('-') || f.contains('–')) && f.trim().starts_with(['-', '–']),
        [a, b] if number(a) && number(b) => f.contains('(') || f.contains('/'),
        [label, n] => matches!(*label, "sivu" | "sida" | "page" | "s" | "p") && number(n),
        [label, a, b] => matches!(*label, "sivu" | "sida" | "page" | "s") && number(a) && number(b),
        [label, a, of, b] => {
            matches!(*label, "sivu" | "sida" | "page")
                && number(a)
                && matches!(*of, "of" | "av" | "kautta")
                && number(b)
        }
        _ => false,
    }
}

/// Takes the page furniture out of the lines: every page number, and the line printed
/// right above or below it when that line is a short running header or footer (no
/// sentence, a few words, not a heading the lexicon knows), e.g. "Tietosuojaseloste –
/// Esimerkin kunta" above "2 (3)". The lines go, so that a paragraph broken by a page
/// break is one paragraph again.
fn take_page_furniture(lines: &mut Vec<SrcLine>, out: &mut Vec<SrcLine>, taught: &Synonyms) {
    let numbers: Vec<usize> = (0..lines.len()).filter(|&i| is_page_number(&lines[i].text)).collect();
    for &i in &numbers {
        let running = |l: &SrcLine| {
            let t = l.text.trim();
            let (numbering, rest) = strip_numbering(t);
            !t.is_empty()
                && word_count(t) <= 10
                && !t.ends_with(['.', ':', ',', ';', '!', '?'])
                && numbering.is_none()
                && known(&clean_heading(rest), taught).is_none()
                && list_marker(t).is_none()
        };
        out.push(lines[i].clone());
        if i > 0 && running(&lines[i - 1]) && !out.iter().any(|l| l.no == lines[i - 1].no) {
            out.push(lines[i - 1].clone());
        }
    }
    out.sort_by_key(|l| l.no);
    lines.retain(|l| !out.iter().any(|o| o.no == l.no));
}

/// A numbered heading that ends with a period or runs into its paragraph ("2. Types of
/// Data We Collect.", "4. Disclosure of Your Personal Information. We disclose ..."): the
/// heading, without its period, on a line of its own, when the lexicon knows it.
fn run_in_headings(lines: Vec<SrcLine>, taught: &Synonyms) -> Vec<SrcLine> {
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        let (numbering, rest) = strip_numbering(&l.text);
        let split = numbering.filter(Numbering::is_top).and_then(|_| {
            let cut = match rest.find(". ") {
                Some(i) => i,
                None if rest.ends_with('.') => rest.len() - 1,
                None => return None,
            };
            let head = &rest[..cut];
            let known = !head.contains(':')
                && (1..=8).contains(&word_count(head))
                && known(&clean_heading(head), taught).is_some_and(|m| !m.fuzzy);
            known.then(|| {
                let prefix_len = l.text.len() - rest.len();
                (l.text[..prefix_len + cut].to_owned(), rest[cut..].trim_start_matches('.').trim().to_owned())
            })
        });
        match split {
            Some((head, body)) if rest_is_sentence_or_empty(&body) => {
                out.push(SrcLine { no: l.no, text: head });
                if !body.is_empty() {
                    out.push(SrcLine { no: l.no, text: body });
                }
            }
            _ => out.push(l),
        }
    }
    out
}

fn rest_is_sentence_or_empty(s: &str) -> bool {
    s.is_empty() || s.chars().next().is_some_and(|c| c.is_uppercase() || c == '(')
}

/// Rejoins words hyphenated at line ends in a PDF copy ("perus-" + "tuu" -> "perustuu").
/// The hyphen stays where Finnish spelling keeps it: between two equal vowels of a
/// compound ("tietosuoja-" + "asetus"), after a capital or digit ("EU-" + "alueella"), and
/// before a conjunction ("henkilö- ja" is left as it is).
fn dehyphenate(lines: &mut [SrcLine]) {
    for i in 0..lines.len().saturating_sub(1) {
        let (head, tail) = lines.split_at_mut(i + 1);
        let (cur, next) = (&mut head[i], &mut tail[0]);
        let Some(stem) = cur.text.strip_suffix('-') else { continue };
        let mut back = stem.chars().rev();
        let (Some(last), Some(before)) = (back.next(), back.next()) else { continue };
        if !last.is_alphabetic() || !last.is_lowercase() || !before.is_alphabetic() || list_marker(&cur.text).is_some()
        {
            continue;
        }
        let word: String = next.text.chars().take_while(|c| !c.is_whitespace()).collect();
        let Some(first) = word.chars().next() else { continue };
        if !first.is_lowercase() {
            continue;
        }
        let bare = fold(word.trim_end_matches(|c: char| !c.is_alphanumeric()));
        if ["ja", "tai", "seka", "eika", "och", "eller", "samt", "and", "or", "nor"].contains(&bare.as_str()) {
            continue;
        }
        let vowel = |c: char| "aeiouyäöå".contains(c);
        let keep_hyphen = last == first && vowel(last);
        let joined = if keep_hyphen { format!("{}{word}", cur.text) } else { format!("{stem}{word}") };
        cur.text = joined;
        next.text = next.text[word.len()..].trim_start().to_owned();
    }
}

/// Paragraphs: runs of non-empty lines. A text with almost no empty lines (a web page
/// copied line by line) has a paragraph per line. Furniture lines are taken out.
fn blocks(lines: &[SrcLine], chrome: &mut Vec<SrcLine>) -> Vec<Vec<SrcLine>> {
    let non_empty = lines.iter().filter(|l| !l.text.is_empty()).count();
    let empty = lines.len() - non_empty;
    let dense = non_empty > 15 && empty * 8 < non_empty;
    let mut blocks: Vec<Vec<SrcLine>> = Vec::new();
    let mut current: Vec<SrcLine> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.text.is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        let alone = dense
            || (i == 0 || lines[i - 1].text.is_empty()) && lines.get(i + 1).is_none_or(|next| next.text.is_empty());
        if alone && is_chrome(&line.text) {
            chrome.push(line.clone());
            continue;
        }
        current.push(line.clone());
        if dense {
            blocks.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    join_split_labels(blocks)
}

/// Joins a line that only labels the next one: a section number on a line of its own
/// ("1" above "Rekisterin nimi", as forms copied out of Word have it) and a date label
/// above its date ("Viimeksi päivitetty" above "11.4.2023").
fn join_split_labels(blocks: Vec<Vec<SrcLine>>) -> Vec<Vec<SrcLine>> {
    let mut out: Vec<Vec<SrcLine>> = Vec::with_capacity(blocks.len());
    let mut pending: Option<SrcLine> = None;
    for block in blocks {
        if let Some(label) = pending.take() {
            if let [next] = block.as_slice() {
                let number = label.text.trim_end_matches(['.', ')']).chars().all(|c| c.is_ascii_digit());
                let fits = if number {
                    next.text.chars().next().is_some_and(char::is_uppercase)
                } else {
                    find_date(&next.text).is_some() && word_count(&next.text) <= 2
                };
                if fits {
                    let no = if number { next.no } else { label.no };
                    out.push(vec![SrcLine { no, text: format!("{} {}", label.text, next.text) }]);
                    continue;
                }
            }
            out.push(vec![label]);
        }
        match block.as_slice() {
            [only] if is_lone_number(&only.text) || is_date_label(&only.text) => pending = Some(only.clone()),
            _ => out.push(block),
        }
    }
    if let Some(label) = pending {
        out.push(vec![label]);
    }
    out
}

fn is_lone_number(s: &str) -> bool {
    let t = s.trim_end_matches(['.', ')']);
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

fn is_date_label(s: &str) -> bool {
    date_line(&format!("{s} 1.1.2000")).is_some() && find_date(s).is_none() && word_count(s) <= 4
}

/// Web-page furniture: menus, "back" links, logos' alt texts, tracking pixels.
pub(crate) fn is_chrome(line: &str) -> bool {
    let f = fold(line);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    const EXACT: &[&str] = &[
        "fbpx",
        "suosikit",
        "tulosta",
        "jaa",
        "jaa sivu",
        "share",
        "print",
        "takaisin ylos",
        "takaisin alkuun",
        "sivun alkuun",
        "back to top",
        "siirry sisaltoon",
        "siirry paasisaltoon",
        "hyppaa sisaltoon",
        "skip to content",
        "skip to main content",
        "hoppa till innehallet",
        "valikko",
        "avaa valikko",
        "sulje valikko",
        "menu",
        "meny",
        "etusivu",
        "haku",
        "search",
        "sok",
        "kirjaudu",
        "kirjaudu sisaan",
        "login",
        "log in",
        "lue lisaa",
        "read more",
        "las mer",
        "hyvaksy evasteet",
        "hyvaksy kaikki evasteet",
        "accept cookies",
        "accept all cookies",
        "evasteasetukset",
        "cookie settings",
        "skriv ut",
        "dela",
    ];
    if f.is_empty() || EXACT.contains(&f) {
        return !f.is_empty();
    }
    let words: Vec<&str> = f.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let n = words.len();
    const SOCIAL: &[&str] = &["facebook", "twitter", "x", "instagram", "linkedin", "youtube", "tiktok", "threads"];
    (n <= 6 && (words.first() == Some(&"paluu") || words.first() == Some(&"takaisin") && words.contains(&"etusivulle")))
        || (n <= 6 && words.last() == Some(&"logo"))
        || (n >= 2 && words.iter().all(|w| SOCIAL.contains(w)))
}

/// Markdown and a final colon off, for matching and for extra-section headings.
fn clean_heading(s: &str) -> String {
    let s = s.trim_start_matches('#').replace("**", " ").replace("__", " ");
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    while out.ends_with(':') {
        out.pop();
    }
    out.trim().to_owned()
}

/// The last words a heading cannot end with: a sentence that stops (seed 003's "...
/// käsittelylle on") is not a heading.
const DANGLING: &[&str] = &[
    "on",
    "ovat",
    "oli",
    "ja",
    "tai",
    "seka",
    "kuten",
    "seuraavasti",
    "is",
    "are",
    "and",
    "or",
    "ar",
    "och",
    "eller",
    "som",
];
/// The words a question heading starts with (folded), fi/sv/en.
const QUESTION_WORDS: &[&str] = &[
    "mita", "miten", "mika", "mitka", "kuka", "ketka", "kenen", "keille", "kenelle", "mista", "mihin", "miksi",
    "milloin", "kuinka", "vad", "hur", "vem", "vilka", "vilken", "vilket", "varfor", "varifran", "what", "how", "who",
    "whom", "whose", "which", "where", "why", "when",
];
const COPULAS: &[&str] = &["on", "ovat", "oli", "olivat", "ei", "is", "are", "was", "ar", "var"];

fn digits_in(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

/// A heading the workspace was taught, else the lexicon's [`lookup`].
fn known(clean: &str, taught: &Synonyms) -> Option<Match> {
    taught.lookup(clean).map(|target| Match { target, fuzzy: false }).or_else(|| lookup(clean))
}

/// A line that may be a heading: not a list item, not a sentence, no e-mail address or
/// phone number. Returns the heading with its dictionary match.
fn candidate(line: &SrcLine, taught: &Synonyms) -> Option<Heading> {
    let text = line.text.as_str();
    if list_marker(text).is_some()
        || text.len() > 200
        || text.contains('@')
        || text.contains("http")
        || text.contains("www.")
    {
        return None;
    }
    if fold(text).contains("[at]") || fold(text).contains("(at)") {
        return None;
    }
    let (numbering, rest) = strip_numbering(text);
    let clean = clean_heading(rest);
    if !clean.chars().any(char::is_alphabetic) || word_count(&clean) > 20 {
        return None;
    }
    let last = rest.trim_end().trim_end_matches(['*', '_', '"', '”', '\'']).chars().last()?;
    if matches!(last, '.' | ',' | ';' | '!') {
        return None;
    }
    if last == ':' && numbering.is_none() && word_count(&clean) > 6 {
        return None;
    }
    if digits_in(&clean) > 12 || clean.matches(',').count() > 3 || phone_like(&clean) || address_like(&clean) {
        return None;
    }
    let words: Vec<String> =
        fold(&clean).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect();
    if words.last().is_some_and(|w| DANGLING.contains(&w.as_str())) {
        return None;
    }
    let mut matched = known(&clean, taught);
    // An unnumbered statement ("Rekisterinpitäjä on Kemin kaupunki") is text, not a heading.
    // A question without its question mark ("What are your rights") is still a heading.
    let asks = words.first().is_some_and(|w| QUESTION_WORDS.contains(&w.as_str()));
    if matched.is_some()
        && numbering.is_none()
        && last != '?'
        && !asks
        && words.iter().any(|w| COPULAS.contains(&w.as_str()))
    {
        matched = None;
    }
    Some(Heading { no: line.no, text: text.to_owned(), clean, numbering, matched, label: false })
}

/// A postal code before a place name ("00531 Helsingfors") or a PO box: a contact line.
fn address_like(s: &str) -> bool {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    words.windows(2).any(|w| {
        let code = w[0].strip_prefix("FI-").unwrap_or(w[0]);
        code.len() == 5
            && code.chars().all(|c| c.is_ascii_digit())
            && w[1].chars().next().is_some_and(char::is_uppercase)
    }) || words.windows(2).any(|w| matches!(w[0], "PL" | "PB") && w[1].chars().all(|c| c.is_ascii_digit()))
}

/// A run of 7 or more digits with only spaces or dashes between them.
fn phone_like(s: &str) -> bool {
    let mut run = 0usize;
    for c in s.chars() {
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

/// True when a heading candidate also has the shape of a heading without the
/// dictionary: short, capitalised, no colon, at most one comma.
fn shape(h: &Heading) -> bool {
    let question = h.clean.ends_with('?');
    let words = word_count(&h.clean);
    let first = h.clean.chars().next();
    words <= if question { 16 } else { 12 }
        && h.clean.chars().count() <= 120
        && !h.text.trim_end_matches(['*', '_']).ends_with(':')
        && !h.clean.contains(':')
        && h.clean.matches(',').count() <= 1
        && first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && date_line(&h.text).is_none()
        // "Kyllä" on a line of its own is a check box's answer, not a heading.
        && !matches!(fold(&h.clean).trim_end_matches(['.', '!']), "ei" | "kylla" | "nej" | "ja" | "no" | "yes")
}

/// A line of running text (not a name or an address line under a heading).
fn sentence_like(t: &str) -> bool {
    let words = word_count(t);
    list_marker(t).is_none()
        && !t.contains('@')
        && !phone_like(t)
        && (words >= 8 || (words >= 4 && t.ends_with(['.', ':', ';'])))
}

/// True when a paragraph reads as body text (so that the line before it can be its heading).
fn body_like(lines: &[SrcLine]) -> bool {
    if lines.iter().all(|l| date_line(&l.text).is_some()) {
        return false;
    }
    if lines.len() >= 2 {
        return true;
    }
    let Some(line) = lines.first() else { return false };
    let t = line.text.trim_end_matches(['*', '_']);
    t.ends_with(['.', '!', '?', ':', ';', '"', '”']) || word_count(t) >= 10 || list_marker(t).is_some()
}

/// The label of a `Label: value` line when the label is a heading the dictionary knows
/// ("Tietosuojavastaava: Maria Vaittinen, puh. ...", "Rekisterin nimi: Asiakasrekisteri").
fn label_line(line: &SrcLine, taught: &Synonyms) -> Option<(Heading, SrcLine)> {
    if list_marker(&line.text).is_some() {
        return None;
    }
    // "Label: value" needs the space: "EU:n" is a word, not a label.
    let (label, value) = line.text.split_once(": ")?;
    let value = value.trim();
    if !value.chars().any(char::is_alphanumeric) || word_count(label) > 5 || label.contains('@') {
        return None;
    }
    let (numbering, rest) = strip_numbering(label);
    let clean = clean_heading(rest);
    let m = known(&clean, taught)?;
    let words: Vec<String> = fold(&clean).split(|c: char| !c.is_alphanumeric()).map(str::to_owned).collect();
    if m.fuzzy || words.iter().any(|w| COPULAS.contains(&w.as_str())) {
        return None;
    }
    let heading =
        Heading { no: line.no, text: label.trim().to_owned(), clean, numbering, matched: Some(m), label: true };
    Some((heading, SrcLine { no: line.no, text: value.to_owned() }))
}

/// Headings and paragraphs, in order.
fn items(blocks: Vec<Vec<SrcLine>>, format_headings: &[usize], taught: &Synonyms) -> Vec<Item> {
    // Split blocks at labelled lines and at a numbered dictionary heading that starts a block.
    // (heading, body, whether the body came with its heading in one block and stays body)
    let mut pieces: Vec<(Option<Heading>, Vec<SrcLine>, bool)> = Vec::new();
    for block in blocks {
        let mut body: Vec<SrcLine> = Vec::new();
        for (i, line) in block.iter().enumerate() {
            if let Some((heading, value)) = label_line(line, taught) {
                if !body.is_empty() {
                    pieces.push((None, std::mem::take(&mut body), false));
                }
                pieces.push((Some(heading), Vec::new(), false));
                body.push(value);
                continue;
            }
            if i == 0 && block.len() > 1 {
                if let Some(h) = candidate(line, taught) {
                    // A heading with its text on the very next line: numbered and known, a
                    // Markdown heading ("## ..."), a line in bold, or a known heading of a
                    // heading's shape.
                    let known = h.matched.is_some_and(|m| !m.fuzzy);
                    let marked = line.text.starts_with('#')
                        || (line.text.starts_with("**") && line.text.trim_end_matches(':').ends_with("**"));
                    let strong = (h.numbering.as_ref().is_some_and(Numbering::is_top) && known)
                        || marked
                        || (known
                            && shape(&h)
                            && word_count(&h.clean) <= 10
                            && block.get(1).is_some_and(|l| sentence_like(&l.text)));
                    if strong {
                        pieces.push((Some(h), Vec::new(), false));
                        continue;
                    }
                }
            }
            body.push(line.clone());
        }
        if !body.is_empty() {
            let split = pieces.last().is_some_and(|(h, b, _)| h.is_some() && b.is_empty());
            pieces.push((None, body, split));
        }
    }
    // Single-line paragraphs may be headings: by the dictionary, or by shape when body text follows.
    let candidates: Vec<Option<Heading>> = pieces
        .iter()
        .map(|(h, body, body_only)| match (h, body.as_slice(), body_only) {
            (None, [line], false) => candidate(line, taught),
            _ => None,
        })
        .collect();
    let is_dict = |i: usize| -> bool {
        pieces.get(i).is_some_and(|(h, _, _)| h.is_some())
            || candidates.get(i).is_some_and(|c| c.as_ref().is_some_and(|h| h.matched.is_some()))
    };
    let mut items = Vec::new();
    let mut seen_content = false;
    for (i, (heading, body, _)) in pieces.iter().enumerate() {
        if let Some(h) = heading {
            items.push(Item::Heading(h.clone()));
            seen_content = true;
            if !body.is_empty() {
                items.push(Item::Para(body.clone()));
            }
            continue;
        }
        if let Some(h) = &candidates[i] {
            let next_body =
                pieces.get(i + 1).is_some_and(|(nh, nb, _)| nh.is_none() && !is_dict(i + 1) && body_like(nb));
            let by_dict = h.matched.is_some();
            // The first line of the notice is its title, not a section heading.
            let by_shape = seen_content && shape(h) && next_body;
            let by_format = seen_content && format_headings.contains(&h.no);
            if by_dict || by_shape || by_format {
                items.push(Item::Heading(h.clone()));
                seen_content = true;
                continue;
            }
        }
        items.push(Item::Para(body.clone()));
        seen_content = true;
    }
    items
}

/// True when most headings the dictionary knows are numbered.
fn numbered_style(items: &[Item]) -> bool {
    let (mut numbered, mut plain) = (0usize, 0usize);
    for item in items {
        if let Item::Heading(h) = item {
            if h.matched.is_some() && !h.label {
                if h.numbering.as_ref().is_some_and(Numbering::is_top) {
                    numbered += 1;
                } else if h.numbering.is_none() {
                    plain += 1;
                }
            }
        }
    }
    numbered >= 2 && numbered > plain
}

fn is_top_level(h: &Heading, numbered: bool) -> bool {
    if numbered { h.numbering.as_ref().is_some_and(Numbering::is_top) } else { h.numbering.is_none() && !h.label }
}

/// Resolves levels into sections.
fn build(items: Vec<Item>, numbered: bool, doc: &mut Document) {
    // Index of the current top-level section, and of the section text goes to now.
    let mut top: Option<usize> = None;
    let mut current: Option<usize> = None;
    for item in items {
        match item {
            Item::Para(lines) => match current {
                Some(c) => doc.chunks[c].parts.push(Part::Para(lines)),
                None => doc.preamble.push(Part::Para(lines)),
            },
            Item::Heading(h) => {
                let target = h.matched.map(|m| m.target);
                let top_target = top.and_then(|t| doc.chunks[t].target);
                let mut level_one = is_top_level(&h, numbered) || top.is_none();
                // A right's name under the rights heading is a sub-heading however it is numbered.
                if level_one
                    && target.is_none()
                    && top_target == Some(Target::Rights)
                    && !rights_in(&h.clean).is_empty()
                {
                    level_one = false;
                }
                if level_one {
                    doc.chunks.push(Chunk {
                        heading: Some(h),
                        target,
                        parts: Vec::new(),
                        content_line: 0,
                        moved_from: None,
                        by_meaning: false,
                    });
                    top = Some(doc.chunks.len() - 1);
                    current = top;
                } else if target.is_some() && target != top_target {
                    doc.chunks.push(Chunk {
                        heading: Some(h),
                        target,
                        parts: Vec::new(),
                        content_line: 0,
                        moved_from: None,
                        by_meaning: false,
                    });
                    current = Some(doc.chunks.len() - 1);
                } else if let Some(t) = top {
                    doc.chunks[t].parts.push(Part::Sub(h));
                    current = top;
                }
            }
        }
    }
}

/// Date lines: recorded everywhere; those in the header (before the first heading) leave the text.
fn take_header_dates(doc: &mut Document) {
    for part in &mut doc.preamble {
        if let Part::Para(lines) = part {
            lines.retain(|l| match date_line(&l.text) {
                Some((kind, date)) => {
                    doc.dates.push(DateLine { line: l.clone(), kind, date, in_section: false });
                    false
                }
                None => true,
            });
        }
    }
    doc.preamble.retain(|p| !matches!(p, Part::Para(lines) if lines.is_empty()));
    for chunk in &doc.chunks {
        for part in &chunk.parts {
            if let Part::Para(lines) = part {
                for l in lines {
                    if let Some((kind, date)) = date_line(&l.text) {
                        doc.dates.push(DateLine { line: l.clone(), kind, date, in_section: true });
                    }
                }
            }
        }
    }
    doc.dates.sort_by_key(|d| d.line.no);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings(doc: &Document) -> Vec<(usize, Option<Target>)> {
        doc.chunks.iter().filter_map(|c| c.heading.as_ref().map(|h| (h.no, c.target))).collect()
    }

    #[test]
    fn numbered_notice_with_sub_headings() {
        let text = "Otsikko\n\n1. Rekisterinpitäjä\n\nKunta\nKatu 1, 00100 Helsinki\n\nTietosuojavastaava\n\nMaija\n\n2. Rekisterin nimi\n\nAsiakasrekisteri\n\nLisäselitys\n\nTämä on selitys, joka kuuluu nimen kohtaan.\n";
        let doc = structure(text);
        assert_eq!(
            headings(&doc),
            vec![(3, Some(Target::Controller)), (8, Some(Target::Dpo)), (12, Some(Target::Name))]
        );
        assert!(matches!(&doc.chunks[2].parts[1], Part::Sub(h) if h.text == "Lisäselitys"));
        assert!(matches!(&doc.preamble[0], Part::Para(l) if l[0].text == "Otsikko"));
    }

    #[test]
    fn unnumbered_notice_with_numbered_sub_headings() {
        let text = "Otsikko\n\nLuovutammeko henkilötietoja?\n\nVoimme luovuttaa.\n\n1. Suostumuksesi\n\nSuostumuksella.\n\n2. Kansainväliset tietojen siirrot\n\nEi siirretä.\n\n3. Tutkimus\n\nAnonyymisti.\n\nMiten huolehdimme asioista?\n\nHyvin.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::Recipients)), (11, Some(Target::Transfers)), (19, None)]);
        // "3. Tutkimus" returns to the recipients section.
        assert!(doc.chunks[0].parts.iter().any(|p| matches!(p, Part::Sub(h) if h.text == "3. Tutkimus")));
    }

    #[test]
    fn furniture_labels_and_dates() {
        let text = "fbpx\n\nSivun logo\n\nOtsikko\n\nPäivitetty 1.2.2020\n\nRekisterinpitäjä\n\nKunta\nTietosuojavastaava: Maija Meikäläinen\n\nPALUU ETUSIVULLE\n";
        let doc = structure(text);
        assert_eq!(doc.chrome.iter().map(|l| l.no).collect::<Vec<_>>(), vec![1, 3, 14]);
        assert_eq!(headings(&doc), vec![(9, Some(Target::Controller)), (12, Some(Target::Dpo))]);
        assert_eq!(doc.dates.len(), 1);
        assert!(!doc.dates[0].in_section);
        assert_eq!(doc.preamble.len(), 1);
    }

    #[test]
    fn sentences_are_not_headings() {
        let text = "Otsikko\n\n4. Oikeusperuste\n\nEU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on\n\nMuuta tekstiä.\n";
        let doc = structure(text);
        assert_eq!(headings(&doc), vec![(3, Some(Target::LegalBasis))]);
        assert_eq!(doc.chunks[0].parts.len(), 2);
    }
}
