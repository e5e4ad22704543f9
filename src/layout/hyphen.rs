//! Finnish hyphenation by the syllable rules of Kielitoimisto (the Institute for the
//! Languages of Finland), with a short list of common compound seams.
//!
//! Why not the `hyphenation` crate: its Finnish patterns encode the same syllable rules (a
//! few hundred patterns), but the crate only ships them embedded together with every other
//! language, which added 3.0 MB to a release binary (456 KB -> 3.5 MB for a test program),
//! and its Swedish and English patterns gave poor breaks (`an-sva-rig`,
//! `re-spons-ib-il-it-ies`). Finnish words are the long ones in our notices; Swedish and
//! English text breaks only at hyphens and slashes that are already there.
//!
//! The rules, on a word of letters:
//! 1. Consonant rule: a break goes before a consonant that is followed by a vowel, when some
//!    vowel comes before it (`ta-lo`, `kirk-ko`, `stra-te-gi-a`, never `s-trategia`).
//! 2. Vowel rule: two vowels that are neither a long vowel nor a diphthong are split
//!    (`ko-e`, `hi-o-a`); after a long vowel or diphthong a third vowel starts a new syllable.
//! 3. Compound seams the rules get wrong: a first part ending in `n` or `s` before a second
//!    part starting with a vowel (`kansan|edustaja`, `viran|omainen`, `tiedon|ohjaus`) breaks
//!    after the consonant, for the common second parts listed in [`VOWEL_PARTS`].
//!
//! No break leaves fewer than two letters on either side, and no break falls one letter into
//! the second part of a compound found by rule 3 (`kansan-e-dustaja`).

/// Second parts of compounds that start with a vowel, after which rule 3 applies.
/// Taken from the exceptions in the TeX Finnish patterns (`2n1e2dus`, `2s1ohje`, ...) and
/// from words common in privacy notices.
const VOWEL_PARTS: &[&str] = &[
    "aika", "aine", "ajan", "ajatu", "ajo", "alen", "aloi", "alue", "anno", "anto", "apu", "arvi", "ase", "asia",
    "edus", "ehdo", "eläke", "esity", "idea", "ilmoi", "ohja", "ohje", "oike", "omai", "opet", "opisk", "opist", "osa",
    "osoit", "otto", "oton", "ulko", "yhti", "ylit", "yrit",
];

const MIN_BEFORE: usize = 2;
const MIN_AFTER: usize = 2;

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'å')
}

fn is_diphthong(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('a' | 'e' | 'o' | 'u' | 'y' | 'ä' | 'ö', 'i')
            | ('a' | 'e' | 'i' | 'o', 'u')
            | ('e' | 'i' | 'ä' | 'ö', 'y')
            | ('i', 'e')
            | ('u', 'o')
            | ('y', 'ö')
    )
}

/// The places where `word` may be hyphenated, as char indices: a break at `i` puts chars
/// `..i` (and a hyphen) on one line and `i..` on the next. Only runs of letters are
/// hyphenated; a word with digits or other marks is hyphenated inside its letter runs.
pub fn finnish_breaks(word: &str) -> Vec<usize> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        if !chars[start].is_alphabetic() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < chars.len() && chars[end].is_alphabetic() {
            end += 1;
        }
        let lower: Vec<char> = chars[start..end].iter().map(|c| c.to_lowercase().next().unwrap_or(*c)).collect();
        out.extend(run_breaks(&lower).into_iter().map(|i| i + start));
        start = end;
    }
    out
}

/// Breaks inside one run of lowercase letters.
fn run_breaks(w: &[char]) -> Vec<usize> {
    let n = w.len();
    let mut breaks = Vec::new();
    if n < MIN_BEFORE + MIN_AFTER || !w.iter().all(|c| c.is_alphabetic()) {
        return breaks;
    }
    let mut seen_vowel = false;
    let mut seams: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < n {
        if is_vowel(w[i]) {
            // A run of vowels: group long vowels and diphthongs, split the rest.
            let mut j = i;
            let mut k = i;
            while k < n && is_vowel(w[k]) {
                k += 1;
            }
            while j < k {
                let two = j + 1 < k && (w[j] == w[j + 1] || is_diphthong(w[j], w[j + 1]));
                j += if two { 2 } else { 1 };
                if j < k {
                    breaks.push(j);
                }
            }
            seen_vowel = true;
            i = k;
        } else {
            // Consonant rule: break before the last consonant before a vowel.
            if seen_vowel && i + 1 < n && is_vowel(w[i + 1]) {
                let seam = matches!(w[i], 'n' | 's') && VOWEL_PARTS.iter().any(|p| starts_with(&w[i + 1..], p));
                if seam {
                    seams.push(i + 1);
                }
                breaks.push(if seam { i + 1 } else { i });
            }
            i += 1;
        }
    }
    // `seams` is ascending: a binary search keeps this linear in the word's length.
    breaks.retain(|&b| b >= MIN_BEFORE && n - b >= MIN_AFTER && seams.binary_search(&(b - 1)).is_err());
    breaks.dedup();
    breaks
}

fn starts_with(w: &[char], prefix: &str) -> bool {
    let mut it = w.iter();
    prefix.chars().all(|p| it.next() == Some(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenate(word: &str) -> String {
        let breaks = finnish_breaks(word);
        let mut out = String::new();
        for (i, c) in word.chars().enumerate() {
            if breaks.contains(&i) {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn syllables_of_notice_words() {
        for (word, expected) in [
            ("henkilötietojen", "hen-ki-lö-tie-to-jen"),
            ("rekisterinpitäjä", "re-kis-te-rin-pi-tä-jä"),
            ("tietosuojaseloste", "tie-to-suo-ja-se-los-te"),
            ("kaupunginhallitus", "kau-pun-gin-hal-li-tus"),
            ("säilytysaika", "säi-ly-tys-ai-ka"),
            ("kameravalvonta", "ka-me-ra-val-von-ta"),
            ("Tietosuojavaltuutetun", "Tie-to-suo-ja-val-tuu-te-tun"),
            ("kirkko", "kirk-ko"),
            ("strategia", "stra-te-gia"),
            ("hioa", "hi-oa"),
        ] {
            assert_eq!(hyphenate(word), expected, "{word}");
        }
    }

    #[test]
    fn compound_seams_before_a_vowel() {
        assert_eq!(hyphenate("kansanedustaja"), "kan-san-edus-ta-ja");
        assert_eq!(hyphenate("valvontaviranomainen"), "val-von-ta-vi-ran-omai-nen");
        assert_eq!(hyphenate("tiedonohjaussuunnitelma"), "tie-don-oh-jaus-suun-ni-tel-ma");
    }

    #[test]
    fn keeps_short_ends_and_non_letters() {
        assert_eq!(hyphenate("talo"), "ta-lo");
        assert_eq!(hyphenate("ikä"), "ikä");
        assert_eq!(hyphenate("kaupunki"), "kau-pun-ki");
        assert_eq!(hyphenate("EU:n"), "EU:n");
        assert_eq!(hyphenate("tietosuoja-asetus"), "tie-to-suo-ja-ase-tus");
        assert_eq!(hyphenate("621/1999"), "621/1999");
    }
}
