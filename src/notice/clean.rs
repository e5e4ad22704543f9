//! Cleaning of user text before it is printed: Unicode composition of the letters the font
//! has (text pasted from macOS or PDFs often arrives decomposed, `a` + U+0308), tabs to
//! spaces, and removal of invisible format characters that would otherwise be reported as
//! missing glyphs or break words apart in text extraction.

/// `(base, combining mark, composed)` for every precomposed letter the embedded font has.
/// Generated with Python's `unicodedata` from the font's cmap (see assets/fonts/README.md).
const COMPOSE: &[(char, char, char)] = &[
    ('A', '\u{300}', 'À'),
    ('A', '\u{301}', 'Á'),
    ('A', '\u{302}', 'Â'),
    ('A', '\u{303}', 'Ã'),
    ('A', '\u{308}', 'Ä'),
    ('A', '\u{30a}', 'Å'),
    ('C', '\u{327}', 'Ç'),
    ('E', '\u{300}', 'È'),
    ('E', '\u{301}', 'É'),
    ('E', '\u{302}', 'Ê'),
    ('E', '\u{308}', 'Ë'),
    ('I', '\u{300}', 'Ì'),
    ('I', '\u{301}', 'Í'),
    ('I', '\u{302}', 'Î'),
    ('I', '\u{308}', 'Ï'),
    ('N', '\u{303}', 'Ñ'),
    ('O', '\u{300}', 'Ò'),
    ('O', '\u{301}', 'Ó'),
    ('O', '\u{302}', 'Ô'),
    ('O', '\u{303}', 'Õ'),
    ('O', '\u{308}', 'Ö'),
    ('U', '\u{300}', 'Ù'),
    ('U', '\u{301}', 'Ú'),
    ('U', '\u{302}', 'Û'),
    ('U', '\u{308}', 'Ü'),
    ('Y', '\u{301}', 'Ý'),
    ('a', '\u{300}', 'à'),
    ('a', '\u{301}', 'á'),
    ('a', '\u{302}', 'â'),
    ('a', '\u{303}', 'ã'),
    ('a', '\u{308}', 'ä'),
    ('a', '\u{30a}', 'å'),
    ('c', '\u{327}', 'ç'),
    ('e', '\u{300}', 'è'),
    ('e', '\u{301}', 'é'),
    ('e', '\u{302}', 'ê'),
    ('e', '\u{308}', 'ë'),
    ('i', '\u{300}', 'ì'),
    ('i', '\u{301}', 'í'),
    ('i', '\u{302}', 'î'),
    ('i', '\u{308}', 'ï'),
    ('n', '\u{303}', 'ñ'),
    ('o', '\u{300}', 'ò'),
    ('o', '\u{301}', 'ó'),
    ('o', '\u{302}', 'ô'),
    ('o', '\u{303}', 'õ'),
    ('o', '\u{308}', 'ö'),
    ('u', '\u{300}', 'ù'),
    ('u', '\u{301}', 'ú'),
    ('u', '\u{302}', 'û'),
    ('u', '\u{308}', 'ü'),
    ('y', '\u{301}', 'ý'),
    ('y', '\u{308}', 'ÿ'),
    ('A', '\u{304}', 'Ā'),
    ('a', '\u{304}', 'ā'),
    ('A', '\u{306}', 'Ă'),
    ('a', '\u{306}', 'ă'),
    ('A', '\u{328}', 'Ą'),
    ('a', '\u{328}', 'ą'),
    ('C', '\u{301}', 'Ć'),
    ('c', '\u{301}', 'ć'),
    ('C', '\u{302}', 'Ĉ'),
    ('c', '\u{302}', 'ĉ'),
    ('C', '\u{307}', 'Ċ'),
    ('c', '\u{307}', 'ċ'),
    ('C', '\u{30c}', 'Č'),
    ('c', '\u{30c}', 'č'),
    ('D', '\u{30c}', 'Ď'),
    ('d', '\u{30c}', 'ď'),
    ('E', '\u{304}', 'Ē'),
    ('e', '\u{304}', 'ē'),
    ('E', '\u{306}', 'Ĕ'),
    ('e', '\u{306}', 'ĕ'),
    ('E', '\u{307}', 'Ė'),
    ('e', '\u{307}', 'ė'),
    ('E', '\u{328}', 'Ę'),
    ('e', '\u{328}', 'ę'),
    ('E', '\u{30c}', 'Ě'),
    ('e', '\u{30c}', 'ě'),
    ('G', '\u{302}', 'Ĝ'),
    ('g', '\u{302}', 'ĝ'),
    ('G', '\u{306}', 'Ğ'),
    ('g', '\u{306}', 'ğ'),
    ('G', '\u{307}', 'Ġ'),
    ('g', '\u{307}', 'ġ'),
    ('G', '\u{327}', 'Ģ'),
    ('g', '\u{327}', 'ģ'),
    ('H', '\u{302}', 'Ĥ'),
    ('h', '\u{302}', 'ĥ'),
    ('I', '\u{303}', 'Ĩ'),
    ('i', '\u{303}', 'ĩ'),
    ('I', '\u{304}', 'Ī'),
    ('i', '\u{304}', 'ī'),
    ('I', '\u{306}', 'Ĭ'),
    ('i', '\u{306}', 'ĭ'),
    ('I', '\u{328}', 'Į'),
    ('i', '\u{328}', 'į'),
    ('I', '\u{307}', 'İ'),
    ('J', '\u{302}', 'Ĵ'),
    ('j', '\u{302}', 'ĵ'),
    ('K', '\u{327}', 'Ķ'),
    ('k', '\u{327}', 'ķ'),
    ('L', '\u{301}', 'Ĺ'),
    ('l', '\u{301}', 'ĺ'),
    ('L', '\u{327}', 'Ļ'),
    ('l', '\u{327}', 'ļ'),
    ('L', '\u{30c}', 'Ľ'),
    ('l', '\u{30c}', 'ľ'),
    ('N', '\u{301}', 'Ń'),
    ('n', '\u{301}', 'ń'),
    ('N', '\u{327}', 'Ņ'),
    ('n', '\u{327}', 'ņ'),
    ('N', '\u{30c}', 'Ň'),
    ('n', '\u{30c}', 'ň'),
    ('O', '\u{304}', 'Ō'),
    ('o', '\u{304}', 'ō'),
    ('O', '\u{306}', 'Ŏ'),
    ('o', '\u{306}', 'ŏ'),
    ('O', '\u{30b}', 'Ő'),
    ('o', '\u{30b}', 'ő'),
    ('R', '\u{301}', 'Ŕ'),
    ('r', '\u{301}', 'ŕ'),
    ('R', '\u{327}', 'Ŗ'),
    ('r', '\u{327}', 'ŗ'),
    ('R', '\u{30c}', 'Ř'),
    ('r', '\u{30c}', 'ř'),
    ('S', '\u{301}', 'Ś'),
    ('s', '\u{301}', 'ś'),
    ('S', '\u{302}', 'Ŝ'),
    ('s', '\u{302}', 'ŝ'),
    ('S', '\u{327}', 'Ş'),
    ('s', '\u{327}', 'ş'),
    ('S', '\u{30c}', 'Š'),
    ('s', '\u{30c}', 'š'),
    ('T', '\u{327}', 'Ţ'),
    ('t', '\u{327}', 'ţ'),
    ('T', '\u{30c}', 'Ť'),
    ('t', '\u{30c}', 'ť'),
    ('U', '\u{303}', 'Ũ'),
    ('u', '\u{303}', 'ũ'),
    ('U', '\u{304}', 'Ū'),
    ('u', '\u{304}', 'ū'),
    ('U', '\u{306}', 'Ŭ'),
    ('u', '\u{306}', 'ŭ'),
    ('U', '\u{30a}', 'Ů'),
    ('u', '\u{30a}', 'ů'),
    ('U', '\u{30b}', 'Ű'),
    ('u', '\u{30b}', 'ű'),
    ('U', '\u{328}', 'Ų'),
    ('u', '\u{328}', 'ų'),
    ('W', '\u{302}', 'Ŵ'),
    ('w', '\u{302}', 'ŵ'),
    ('Y', '\u{302}', 'Ŷ'),
    ('y', '\u{302}', 'ŷ'),
    ('Y', '\u{308}', 'Ÿ'),
    ('Z', '\u{301}', 'Ź'),
    ('z', '\u{301}', 'ź'),
    ('Z', '\u{307}', 'Ż'),
    ('z', '\u{307}', 'ż'),
    ('Z', '\u{30c}', 'Ž'),
    ('z', '\u{30c}', 'ž'),
    ('G', '\u{30c}', 'Ǧ'),
    ('g', '\u{30c}', 'ǧ'),
    ('K', '\u{30c}', 'Ǩ'),
    ('k', '\u{30c}', 'ǩ'),
    ('O', '\u{328}', 'Ǫ'),
    ('o', '\u{328}', 'ǫ'),
    ('Ǫ', '\u{304}', 'Ǭ'),
    ('ǫ', '\u{304}', 'ǭ'),
    ('Ʒ', '\u{30c}', 'Ǯ'),
    ('ʒ', '\u{30c}', 'ǯ'),
];

fn compose_pair(base: char, mark: char) -> Option<char> {
    COMPOSE.iter().find(|(b, m, _)| *b == base && *m == mark).map(|(_, _, c)| *c)
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Invisible characters that carry no text: zero-width space and joiners, direction
/// marks, the byte-order mark, the word joiner, and the soft hyphen (the layout inserts
/// its own hyphenation points).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' | '\u{202a}'..='\u{202e}')
}

/// The text as the notice prints it: composed letters, `\r\n` and `\r` as `\n`, tabs and
/// other space characters as spaces, invisible and control characters removed, and
/// trailing spaces of lines trimmed. Everything visible is kept.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            }
            '\t' | '\u{2000}'..='\u{200a}' | '\u{205f}' | '\u{3000}' | '\u{b}' | '\u{c}' => ' ',
            '\u{2028}' | '\u{2029}' | '\u{85}' => '\n',
            c if is_invisible(c) => continue,
            c if c.is_control() && c != '\n' => continue,
            c => c,
        };
        if is_combining(c) {
            if let Some(prev) = out.pop() {
                match compose_pair(prev, c) {
                    Some(composed) => out.push(composed),
                    None => {
                        out.push(prev);
                        out.push(c);
                    }
                }
                continue;
            }
        }
        if c == '\n' {
            let kept = out.trim_end_matches(' ').len();
            out.truncate(kept);
        }
        out.push(c);
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_decomposed_nordic_letters() {
        assert_eq!(clean("Ja\u{308}mse\u{301}n A\u{30a}land"), "Jämsén Åland");
        // A chain: O + ogonek, then + macron.
        assert_eq!(clean("O\u{328}\u{304}"), "Ǭ");
        // A mark the font has no composed letter for stays as it is (and is reported later).
        assert_eq!(clean("q\u{308}"), "q\u{308}");
    }

    #[test]
    fn removes_invisible_and_normalises_space() {
        assert_eq!(clean("\u{feff}tieto\u{ad}suoja\u{200b}\tseloste\r\nrivi  \r\n"), "tietosuoja seloste\nrivi");
        assert_eq!(clean("a\u{7}b"), "ab");
    }
}
