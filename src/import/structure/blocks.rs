//! From lines to blocks: tabs of table cells, page furniture, headings run into their
//! paragraph, words hyphenated at line ends, paragraphs, web-page chrome and labels on a
//! line of their own.

use super::*;

/// Table cells copied from Word come tab-separated ("Rekisterinpitäjä<TAB>Kemin kaupunki"):
/// a tab after a short first cell reads as `label: value`, any other tab as a space.
pub(super) fn tidy_tabs(line: &str) -> String {
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
pub(super) fn take_page_furniture(lines: &mut Vec<SrcLine>, out: &mut Vec<SrcLine>, taught: &Synonyms) {
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
pub(super) fn run_in_headings(lines: Vec<SrcLine>, taught: &Synonyms) -> Vec<SrcLine> {
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

pub(super) fn rest_is_sentence_or_empty(s: &str) -> bool {
    s.is_empty() || s.chars().next().is_some_and(|c| c.is_uppercase() || c == '(')
}

/// Rejoins words hyphenated at line ends in a PDF copy ("perus-" + "tuu" -> "perustuu").
/// The hyphen stays where Finnish spelling keeps it: between two equal vowels of a
/// compound ("tietosuoja-" + "asetus"), after a capital or digit ("EU-" + "alueella"), and
/// before a conjunction ("henkilö- ja" is left as it is).
pub(super) fn dehyphenate(lines: &mut [SrcLine]) {
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
pub(super) fn blocks(lines: &[SrcLine], chrome: &mut Vec<SrcLine>) -> Vec<Vec<SrcLine>> {
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
pub(super) fn join_split_labels(blocks: Vec<Vec<SrcLine>>) -> Vec<Vec<SrcLine>> {
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

pub(super) fn is_lone_number(s: &str) -> bool {
    let t = s.trim_end_matches(['.', ')']);
    !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
}

pub(super) fn is_date_label(s: &str) -> bool {
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
