//! E-mail addresses and web addresses in laid-out text become links: [`find_links`] finds
//! them in a string, [`mark_links`] splits the runs of laid-out pages so that each address
//! (or each line of an address broken across lines) is a run of its own with
//! [`TextRun::link`] set. The PDF writer makes each such run a link annotation with a URI
//! action (PDF/UA, ISO 14289-1, 7.18.5), the HTML page an `<a href>`.

use super::{Page, Role, SOFT_HYPHEN, TextRun};
use std::ops::Range;

/// An address found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Where it is in the text, in bytes.
    pub range: Range<usize>,
    /// The URI it opens: `mailto:` and the address for an e-mail address, `https://` in
    /// front of an address written without a scheme (`www.kemi.fi`, `tietosuoja.fi/sv`).
    pub uri: String,
}

/// Top-level domains taken as a web address when written without `http` or `www`
/// (`tietosuoja.fi`); other dotted words (`esim.`, `13.5.2024`, file names) are not links.
const BARE_TLDS: [&str; 14] =
    ["fi", "ax", "se", "no", "dk", "is", "ee", "eu", "com", "org", "net", "info", "io", "gov"];

fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '"' | ',' | ';' | '«' | '»' | '“' | '”' | '[' | ']')
}

/// Characters cut from the end of a candidate: sentence punctuation and dashes.
fn is_trailing(c: char) -> bool {
    matches!(c, '.' | ':' | '!' | '?' | '\'' | '’' | '-' | '–' | '—' | '/' | SOFT_HYPHEN)
}

fn is_host(host: &str, tlds: Option<&[&str]>) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-')) {
        return false;
    }
    if !labels.iter().all(|l| l.chars().all(|c| c.is_alphanumeric() || c == '-')) {
        return false;
    }
    let tld = labels[labels.len() - 1].to_lowercase();
    let tld_ok = tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic());
    // A guess from a bare top-level domain needs a name before it, not a number (`1.2.fi`
    // is a section number followed by a word).
    let named = labels[labels.len() - 2].chars().any(char::is_alphabetic);
    tld_ok && tlds.is_none_or(|list| named && list.contains(&tld.as_str()))
}

fn classify(token: &str) -> Option<String> {
    let lower = token.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let rest = &token[token.find("://")? + 3..];
        let host = rest.split(['/', '?', '#', ':']).next()?;
        return is_host(host, None).then(|| token.to_owned());
    }
    if let Some((local, domain)) = token.split_once('@') {
        let local_ok = !local.is_empty()
            && local.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
            && !local.starts_with('.');
        return (local_ok && is_host(domain, None)).then(|| format!("mailto:{token}"));
    }
    let host = token.split(['/', '?', '#']).next()?;
    if lower.starts_with("www.") {
        return is_host(host, None).then(|| format!("https://{token}"));
    }
    is_host(host, Some(&BARE_TLDS)).then(|| format!("https://{token}"))
}

/// The e-mail addresses and web addresses in `text`, in order.
pub fn find_links(text: &str) -> Vec<Link> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let check = |from: usize, to: usize, out: &mut Vec<Link>| {
        let token = &text[from..to];
        // Leading punctuation (an opening quote, a bullet) is not part of the address.
        let lead = token.find(|c: char| c.is_alphanumeric()).unwrap_or(token.len());
        let token = &token[lead..];
        let token = token.trim_end_matches(is_trailing);
        if token.contains('.')
            && let Some(uri) = classify(token)
        {
            let begin = from + lead;
            out.push(Link { range: begin..begin + token.len(), uri });
        }
    };
    for (i, c) in text.char_indices() {
        if is_delimiter(c) {
            if let Some(s) = start.take() {
                check(s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        check(s, text.len(), &mut out);
    }
    out
}

/// Where a byte of a block's joined text comes from: page, run, byte in the run.
type Origin = (usize, usize, usize);

/// Splits the runs of `pages` so that every address is a run of its own with its link set.
/// The text of each paragraph, heading or list item is joined across lines (and pages):
/// a line that ends with a soft hyphen, hyphen, dash or slash continues without a space, so
/// an address broken after a slash is found whole and each of its pieces links to all of it.
pub fn mark_links(pages: &mut [Page]) {
    // The runs of each block, in order.
    let mut blocks: Vec<(u32, Vec<(usize, usize)>)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        for (r, run) in page.texts.iter().enumerate() {
            if run.role.is_artifact() || matches!(run.role, Role::ListLabel(_)) {
                continue;
            }
            match blocks.iter_mut().rev().find(|(b, _)| *b == run.block) {
                Some((_, runs)) => runs.push((p, r)),
                None => blocks.push((run.block, vec![(p, r)])),
            }
        }
    }
    // Byte ranges of each run to make links: (page, run) -> [(range, uri)].
    let mut cuts: Vec<((usize, usize), Range<usize>, String)> = Vec::new();
    for (_, runs) in &blocks {
        let mut joined = String::new();
        let mut origin: Vec<Option<Origin>> = Vec::new();
        let mut prev: Option<(usize, f32)> = None;
        for &(p, r) in runs {
            let run = &pages[p].texts[r];
            if prev.is_some_and(|before| before != (p, run.y)) {
                let last = joined.chars().last();
                if last == Some(SOFT_HYPHEN) {
                    let cut = joined.len() - SOFT_HYPHEN.len_utf8();
                    joined.truncate(cut);
                    origin.truncate(cut);
                } else if !last.is_some_and(|c| matches!(c, '-' | '–' | '—' | '/')) {
                    joined.push(' ');
                    origin.push(None);
                }
            }
            for (i, c) in run.text.char_indices() {
                joined.push(c);
                origin.extend(std::iter::repeat_n(Some((p, r, i)), c.len_utf8()));
            }
            prev = Some((p, run.y));
        }
        for link in find_links(&joined) {
            // The link's bytes, grouped by the run they come from.
            let mut at = link.range.start;
            while at < link.range.end {
                let Some(Some((p, r, i))) = origin.get(at).copied() else {
                    at += 1;
                    continue;
                };
                let mut end = at;
                let mut last = i;
                while end < link.range.end {
                    match origin.get(end) {
                        Some(Some((p2, r2, j))) if (*p2, *r2) == (p, r) => last = *j,
                        _ => break,
                    }
                    end += 1;
                }
                let text = &pages[p].texts[r].text;
                let stop = text[last..].chars().next().map_or(text.len(), |c| last + c.len_utf8());
                cuts.push(((p, r), i..stop, link.uri.clone()));
                at = end;
            }
        }
    }
    if cuts.is_empty() {
        return;
    }
    for (p, page) in pages.iter_mut().enumerate() {
        let old = std::mem::take(&mut page.texts);
        for (r, run) in old.into_iter().enumerate() {
            let mut mine: Vec<(Range<usize>, String)> = cuts
                .iter()
                .filter(|(at, _, _)| *at == (p, r))
                .map(|(_, range, uri)| (range.clone(), uri.clone()))
                .collect();
            if mine.is_empty() {
                page.texts.push(run);
                continue;
            }
            mine.sort_by_key(|(range, _)| range.start);
            let metrics = run.face.metrics();
            let mut pos = 0;
            let piece = |from: usize, to: usize, link: Option<String>, texts: &mut Vec<TextRun>| {
                if from < to {
                    let x = run.x + metrics.width(&run.text[..from], run.size);
                    texts.push(TextRun { x, link, text: run.text[from..to].to_owned(), ..run.clone() });
                }
            };
            for (range, uri) in mine {
                if range.start < pos {
                    continue;
                }
                piece(pos, range.start, None, &mut page.texts);
                piece(range.start, range.end, Some(uri), &mut page.texts);
                pos = range.end;
            }
            piece(pos, run.text.len(), None, &mut page.texts);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uris(text: &str) -> Vec<(&str, String)> {
        find_links(text).into_iter().map(|l| (&text[l.range], l.uri)).collect()
    }

    #[test]
    fn finds_e_mail_and_web_addresses() {
        assert_eq!(
            uris("Sähköposti: kirjaamo@kemi.fi, tai https://www.kemi.fi/tietosuoja."),
            [
                ("kirjaamo@kemi.fi", "mailto:kirjaamo@kemi.fi".to_owned()),
                ("https://www.kemi.fi/tietosuoja", "https://www.kemi.fi/tietosuoja".to_owned())
            ]
        );
        assert_eq!(uris("(tietosuoja.fi/sv)"), [("tietosuoja.fi/sv", "https://tietosuoja.fi/sv".to_owned())]);
        assert_eq!(
            uris("sivulla lappeenranta.fi-, lprteatteri.fi"),
            [
                ("lappeenranta.fi", "https://lappeenranta.fi".to_owned()),
                ("lprteatteri.fi", "https://lprteatteri.fi".to_owned())
            ]
        );
        assert_eq!(uris("www.jämsä.fi"), [("www.jämsä.fi", "https://www.jämsä.fi".to_owned())]);
        assert_eq!(
            uris("anna-liisa.juurinen@jamsa.fi."),
            [("anna-liisa.juurinen@jamsa.fi", "mailto:anna-liisa.juurinen@jamsa.fi".to_owned())]
        );
    }

    #[test]
    fn ordinary_dotted_words_are_not_links() {
        for text in ["13.5.2024", "esim. näin", "EU:n 2016/679", "tiedosto.txt", "@kemi", "a@b", "Oy Ab.", "1.2.fi"] {
            assert!(find_links(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_address_broken_across_lines_links_every_piece_to_all_of_it() {
        let run = |y: f32, text: &str| {
            TextRun::new(
                50.0,
                y,
                super::super::Face::Regular,
                10.0,
                super::super::Color::BLACK,
                Role::Paragraph,
                3,
                text.to_owned(),
            )
        };
        let mut page = Page::a4();
        page.texts = vec![run(100.0, "Katso https://www.kemi.fi/tietosuoja/"), run(114.0, "kameravalvonta tai")];
        let mut pages = vec![page];
        mark_links(&mut pages);
        let texts: Vec<(&str, Option<&str>)> =
            pages[0].texts.iter().map(|t| (t.text.as_str(), t.link.as_deref())).collect();
        let uri = Some("https://www.kemi.fi/tietosuoja/kameravalvonta");
        assert_eq!(
            texts,
            [("Katso ", None), ("https://www.kemi.fi/tietosuoja/", uri), ("kameravalvonta", uri), (" tai", None)]
        );
        let w = super::super::font::width(super::super::Face::Regular, "Katso ", 10.0);
        assert!((pages[0].texts[1].x - (50.0 + w)).abs() < 0.01);
    }
}
