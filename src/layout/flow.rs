//! Line breaking: styled text in, lines of positioned pieces out.
//!
//! Greedy first fit, ragged right. Runs of spaces collapse to one; `\n` is a hard break.
//! A word that does not fit may break after a hyphen or slash that is already in it, or, in
//! Finnish, at a syllable boundary with a hyphen added; this is tried only when the line
//! would otherwise be left more than [`HYPHENATE_GAP`] empty, so hyphens stay rare. A word
//! wider than a whole line is broken wherever it must be, as a last resort.
//!
//! The added hyphen is the soft hyphen U+00AD: it draws like a hyphen, and text extraction
//! reports it as a soft hyphen, so the original word can be joined back.

use super::Color;
use super::font::Face;
use super::hyphen;
use crate::model::Lang;

/// Try hyphenation only when more than this share of the line would stay empty.
const HYPHENATE_GAP: f32 = 0.12;
/// Words shorter than this (in chars) are never hyphenated.
const MIN_HYPHENATE: usize = 7;
/// The hyphen added at a syllable break.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// A piece of a line: text in one face and colour, at an offset from the line's start.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Offset from the start of the line, in points.
    pub x: f32,
    /// Face.
    pub face: Face,
    /// Colour.
    pub color: Color,
    /// The text, spaces included.
    pub text: String,
}

/// A broken line.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Line {
    /// Its pieces, left to right.
    pub pieces: Vec<Piece>,
    /// Its width in points.
    pub width: f32,
}

impl Line {
    /// The text of the line.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// A segment of a word: characters in one face and colour.
#[derive(Clone, Debug)]
struct Seg {
    face: Face,
    color: Color,
    text: String,
}

enum Tok {
    Word(Vec<Seg>),
    Space(Face, Color),
    Newline,
}

/// Splits styled text into words, spaces and hard breaks.
fn tokenize(spans: &[(Face, Color, &str)]) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut word: Vec<Seg> = Vec::new();
    let flush = |word: &mut Vec<Seg>, toks: &mut Vec<Tok>| {
        if !word.is_empty() {
            toks.push(Tok::Word(std::mem::take(word)));
        }
    };
    for &(face, color, text) in spans {
        for c in text.chars() {
            match c {
                '\n' => {
                    flush(&mut word, &mut toks);
                    toks.push(Tok::Newline);
                }
                ' ' => {
                    flush(&mut word, &mut toks);
                    toks.push(Tok::Space(face, color));
                }
                c => match word.last_mut() {
                    Some(seg) if seg.face == face && seg.color == color => seg.text.push(c),
                    _ => word.push(Seg { face, color, text: c.to_string() }),
                },
            }
        }
    }
    flush(&mut word, &mut toks);
    glue_numbers(toks)
}

/// Joins a space into the words around it where a line must not break (Finnish and
/// Swedish typographic practice, Kielitoimiston ohjepankki "Sitova väli"):
/// - between numbers, so that phone numbers (`040 768 1336`) and section marks (`24 §`)
///   stay whole;
/// - after a short abbreviation or label before a number (`puh. 020 6177`, `tel. +358`,
///   `klo 9`, `nro 5`, `s. 12`), so that the label is not left at a line end.
fn glue_numbers(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut iter = toks.into_iter().peekable();
    while let Some(tok) = iter.next() {
        if let Tok::Space(face, color) = tok {
            let left_glues = matches!(out.last(), Some(Tok::Word(segs)) if glues_to_number(segs));
            let right_number = matches!(iter.peek(), Some(Tok::Word(segs)) if starts_number(segs));
            if left_glues && right_number {
                if let (Some(Tok::Word(left)), Some(Tok::Word(right))) = (out.pop(), iter.next()) {
                    let mut segs = left;
                    segs.push(Seg { face, color, text: " ".to_owned() });
                    segs.extend(right);
                    out.push(Tok::Word(segs));
                    continue;
                }
            }
        }
        out.push(tok);
    }
    out
}

/// Words written in front of a number without a dot ("klo 9", "nro 5", "tfn 08").
const NUMBER_LABELS: [&str; 8] = ["klo", "nro", "n:o", "nr", "no", "tfn", "tel", "puh"];

/// Whether a number after this word stays on its line: the word ends in a digit, or it is
/// a short abbreviation (at most four letters and a dot: "puh.", "p.", "tel.", "s.") or a
/// label of [`NUMBER_LABELS`].
fn glues_to_number(segs: &[Seg]) -> bool {
    let word: String = segs.iter().map(|s| s.text.as_str()).collect();
    if word.chars().last().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = word.to_lowercase();
    let bare = lower.trim_end_matches([':', '.']);
    let abbreviation = word.ends_with('.') && (1..=4).contains(&bare.chars().count());
    (abbreviation && bare.chars().all(char::is_alphabetic)) || NUMBER_LABELS.contains(&bare)
}

/// Whether the word starts a number: a digit, a section mark, or `+` and a digit.
fn starts_number(segs: &[Seg]) -> bool {
    let mut chars = segs.iter().flat_map(|s| s.text.chars());
    match chars.next() {
        Some(c) if c.is_ascii_digit() || c == '§' => true,
        Some('+') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// A word being placed, measured once: each char with its face and colour, the width of
/// every head, and where it may break. Placing a word that spans many lines walks it from
/// a start index, so layout stays linear in the word's length.
struct Word {
    chars: Vec<char>,
    style: Vec<(Face, Color)>,
    /// `heads[i]`: the width of the first `i` chars, in points (`chars.len() + 1` entries).
    heads: Vec<f32>,
    /// `(char index, add a hyphen)`, ascending (see [`break_points`]).
    breaks: Vec<(usize, bool)>,
}

impl Word {
    fn new(segs: &[Seg], size: f32, hyphenate: Option<Lang>) -> Word {
        let n: usize = segs.iter().map(|s| s.text.len()).sum();
        let mut chars = Vec::with_capacity(n);
        let mut style = Vec::with_capacity(n);
        let mut heads = Vec::with_capacity(n + 1);
        heads.push(0.0);
        let mut w = 0.0;
        for seg in segs {
            let m = seg.face.metrics();
            for c in seg.text.chars() {
                w += m.advance(c) * size;
                heads.push(w);
                chars.push(c);
                style.push((seg.face, seg.color));
            }
        }
        let breaks = break_points(&chars, hyphenate);
        Word { chars, style, heads, breaks }
    }

    /// The width of chars `from..to`.
    fn width(&self, from: usize, to: usize) -> f32 {
        self.heads[to] - self.heads[from]
    }
}

/// Where a word may break: `(char index, add a hyphen)`, ascending. Linear in its length.
fn break_points(chars: &[char], hyphenate: Option<Lang>) -> Vec<(usize, bool)> {
    let n = chars.len();
    let is_dash = |c: char| matches!(c, '-' | '‐' | '‑' | '–' | '—' | '/');
    let mut points: Vec<(usize, bool)> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        // After a hyphen, dash or slash that has something on both sides.
        if is_dash(*c) && i >= 2 && i + 2 < n && chars[i + 1] != *c {
            points.push((i + 1, false));
        }
    }
    // Addresses (e-mail, web, file names) are not hyphenated: a hyphen would change them.
    let address = chars.contains(&'@')
        || chars.windows(3).any(|w| w == [':', '/', '/'])
        || chars.windows(2).any(|w| w[0] == '.' && w[1].is_alphanumeric());
    if hyphenate == Some(Lang::Fi) && n >= MIN_HYPHENATE && !address {
        // letters_after[i]: how many letters chars[i..] has.
        let mut letters_after = vec![0usize; n + 1];
        for i in (0..n).rev() {
            letters_after[i] = letters_after[i + 1] + usize::from(chars[i].is_alphabetic());
        }
        let word: String = chars.iter().collect();
        for b in hyphen::finnish_breaks(&word) {
            // Never leave fewer than three letters for the next line ("rekisterinpitäjäl-tä.").
            if letters_after[b] < 3 {
                continue;
            }
            let near_dash = |j: usize| chars.get(j).is_some_and(|c| is_dash(*c));
            if !near_dash(b) && !near_dash(b.wrapping_sub(1)) {
                points.push((b, true));
            }
        }
    }
    points.sort_unstable();
    points.dedup_by_key(|p| p.0);
    points
}

struct Breaker {
    size: f32,
    width: f32,
    /// The most characters a line may hold (spaces and an added hyphen included).
    max_chars: usize,
    hyphenate: Option<Lang>,
    lines: Vec<Line>,
    cur: Line,
    /// Characters on the current line.
    cur_chars: usize,
    space: Option<(Face, Color)>,
}

impl Breaker {
    fn push_text(&mut self, face: Face, color: Color, text: &str) {
        let w = face.metrics().width(text, self.size);
        match self.cur.pieces.last_mut() {
            Some(p) if p.face == face && p.color == color => p.text.push_str(text),
            _ => self.cur.pieces.push(Piece { x: self.cur.width, face, color, text: text.to_owned() }),
        }
        self.cur.width += w;
        self.cur_chars += text.chars().count();
    }

    /// Whether `width` points and `chars` characters more (after the pending space) fit on
    /// the current line.
    fn fits(&self, width: f32, chars: usize) -> bool {
        let space = usize::from(self.space.is_some() && !self.cur.pieces.is_empty());
        self.cur.width + self.space_width() + width <= self.width + 0.01
            && self.cur_chars + space + chars <= self.max_chars
    }

    /// Characters left on the current line after the pending space.
    fn chars_left(&self) -> usize {
        let space = usize::from(self.space.is_some() && !self.cur.pieces.is_empty());
        self.max_chars.saturating_sub(self.cur_chars + space)
    }

    /// Puts chars `from..to` of the word on the current line, a piece per run of one style.
    fn push_chars(&mut self, word: &Word, from: usize, to: usize) {
        let mut i = from;
        while i < to {
            let style = word.style[i];
            let mut j = i;
            while j < to && word.style[j] == style {
                j += 1;
            }
            let text: String = word.chars[i..j].iter().collect();
            self.push_text(style.0, style.1, &text);
            i = j;
        }
    }

    fn finish_line(&mut self) {
        self.lines.push(std::mem::take(&mut self.cur));
        self.cur_chars = 0;
        self.space = None;
    }

    fn space_width(&self) -> f32 {
        match (self.space, self.cur.pieces.is_empty()) {
            (Some((face, _)), false) => face.metrics().width(" ", self.size),
            _ => 0.0,
        }
    }

    fn push_space(&mut self) {
        if let (Some((face, color)), false) = (self.space.take(), self.cur.pieces.is_empty()) {
            self.push_text(face, color, " ");
        }
    }

    /// The longest head of the word from `start` that fits in `room` and ends at a break
    /// point, as `(char index, hyphen)`. A break leaves at least two chars on the line
    /// (three before a break after a dash). Binary search: logarithmic per line.
    fn best_break(&self, word: &Word, start: usize, room: f32) -> Option<(usize, bool)> {
        let lo = word.breaks.partition_point(|&(at, _)| at <= start);
        let candidates = &word.breaks[lo..];
        let chars_left = self.chars_left();
        let fitting = candidates.partition_point(|&(at, _)| word.width(start, at) <= room);
        candidates[..fitting].iter().rev().copied().find(|&(at, hyphen)| {
            let min_head = if hyphen { 2 } else { 3 };
            let hyphen_w = if hyphen { word.style[at - 1].0.metrics().advance(SOFT_HYPHEN) * self.size } else { 0.0 };
            at - start >= min_head
                && at < word.chars.len()
                && word.width(start, at) + hyphen_w <= room
                && at - start + usize::from(hyphen) <= chars_left
        })
    }

    /// Puts chars `start..at` on the current line (with a hyphen if asked) and ends the line.
    fn place_head(&mut self, word: &Word, start: usize, at: usize, hyphen: bool) {
        self.push_space();
        self.push_chars(word, start, at);
        if hyphen {
            let (face, color) = word.style[at - 1];
            self.push_text(face, color, SOFT_HYPHEN.encode_utf8(&mut [0; 4]));
        }
        self.finish_line();
    }

    /// Puts whole segments on the current line, a piece per run of one style (as
    /// [`Breaker::push_chars`] over the whole word, without building a [`Word`]).
    fn push_segs(&mut self, segs: &[Seg]) {
        let mut i = 0;
        while let Some(first) = segs.get(i) {
            let same = segs[i..].iter().take_while(|s| s.face == first.face && s.color == first.color).count();
            if same == 1 {
                self.push_text(first.face, first.color, &first.text);
            } else {
                let text: String = segs[i..i + same].iter().map(|s| s.text.as_str()).collect();
                self.push_text(first.face, first.color, &text);
            }
            i += same;
        }
    }

    fn place_word(&mut self, segs: &[Seg]) {
        // Fast path, taken by nearly every word: the whole word fits on this line or on the
        // next, and no break inside it is looked for. Measured as `Word::new` measures it
        // (the same additions in the same order), so the result is the same to the bit;
        // the syllable breaks are only worked out when a break inside the word is wanted.
        let w = segs.iter().fold(0.0f32, |w, seg| {
            let m = seg.face.metrics();
            seg.text.chars().fold(w, |w, c| w + m.advance(c) * self.size)
        });
        let n: usize = segs.iter().map(|s| s.text.chars().count()).sum();
        loop {
            if self.fits(w, n) {
                self.push_space();
                self.push_segs(segs);
                return;
            }
            let room = self.width - self.cur.width - self.space_width();
            if self.cur.pieces.is_empty() || (room > self.width * HYPHENATE_GAP && self.chars_left() > 3) {
                break;
            }
            self.finish_line();
        }
        let word = Word::new(segs, self.size, self.hyphenate);
        let chars = word.chars.len();
        let mut start = 0;
        while start < chars {
            let w = word.width(start, chars);
            if self.fits(w, chars - start) {
                self.push_space();
                self.push_chars(&word, start, chars);
                return;
            }
            let room = self.width - self.cur.width - self.space_width();
            if !self.cur.pieces.is_empty() {
                // Hyphenate only when the line would otherwise be left clearly short.
                if room > self.width * HYPHENATE_GAP {
                    if let Some((at, hyphen)) = self.best_break(&word, start, room) {
                        self.place_head(&word, start, at, hyphen);
                        start = at;
                        continue;
                    }
                }
                self.finish_line();
                continue;
            }
            // At the start of a line and still too wide: break it somewhere.
            if let Some((at, hyphen)) = self.best_break(&word, start, room) {
                self.place_head(&word, start, at, hyphen);
                start = at;
                continue;
            }
            // Last resort: as many characters as fit (at least one).
            let fit = word.heads[start + 1..].partition_point(|h| h - word.heads[start] <= room);
            let at = start + fit.min(self.max_chars).max(1);
            if at >= chars {
                self.push_chars(&word, start, chars);
                return;
            }
            self.place_head(&word, start, at, false);
            start = at;
        }
    }
}

/// Breaks styled text into lines no wider than `width` points at `size` points.
/// `hyphenate` is the language to hyphenate by syllable (only Finnish has rules; `None`
/// for titles and headings, which break only between words). Empty text gives no lines;
/// each `\n` gives a line (an empty one for a blank line).
pub fn break_lines(spans: &[(Face, Color, &str)], size: f32, width: f32, hyphenate: Option<Lang>) -> Vec<Line> {
    break_lines_within(spans, size, width, usize::MAX, hyphenate)
}

/// [`break_lines`] with lines of at most `max_chars` characters as well (spaces and an added
/// hyphen counted; at least one character per line). A measure of at most 80 characters is
/// WCAG 2.1 success criterion 1.4.8 (Visual Presentation); 60-75 is typographic practice.
pub fn break_lines_within(
    spans: &[(Face, Color, &str)],
    size: f32,
    width: f32,
    max_chars: usize,
    hyphenate: Option<Lang>,
) -> Vec<Line> {
    let mut b = Breaker {
        size,
        width: width.max(size),
        max_chars: max_chars.max(1),
        hyphenate,
        lines: Vec::new(),
        cur: Line::default(),
        cur_chars: 0,
        space: None,
    };
    let toks = tokenize(spans);
    if toks.iter().all(|t| matches!(t, Tok::Space(..))) {
        return Vec::new();
    }
    for tok in toks {
        match tok {
            Tok::Newline => b.finish_line(),
            Tok::Space(face, color) => {
                if !b.cur.pieces.is_empty() {
                    b.space = Some((face, color));
                }
            }
            Tok::Word(segs) => b.place_word(&segs),
        }
    }
    if !b.cur.pieces.is_empty() {
        b.finish_line();
    }
    b.lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: f32, lang: Lang) -> Vec<String> {
        break_lines(&[(Face::Regular, Color::BLACK, text)], 10.0, width, Some(lang)).iter().map(Line::text).collect()
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "Rekisterinpitäjä käsittelee henkilötietoja vain siihen tarkoitukseen, jota varten ne on kerätty.";
        let out = break_lines(&[(Face::Regular, Color::BLACK, text)], 10.0, 200.0, Some(Lang::Sv));
        assert!(out.len() >= 3);
        for l in &out {
            assert!(l.width <= 200.01, "{l:?}");
            assert!((l.width - super::super::font::width(Face::Regular, &l.text(), 10.0)).abs() < 0.01);
        }
        let joined: Vec<String> = out.iter().map(Line::text).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn hard_breaks_and_collapsed_spaces() {
        assert_eq!(lines("Jukka  Vilén\n040 486 4101", 400.0, Lang::Fi), ["Jukka Vilén", "040 486 4101"]);
        assert_eq!(lines("a\n\nb", 400.0, Lang::Fi), ["a", "", "b"]);
        assert!(lines("   ", 400.0, Lang::Fi).is_empty());
    }

    #[test]
    fn finnish_words_hyphenate_when_the_line_would_be_short() {
        // "Tietosuojavaltuutetun" does not fit after "Henkilötiedot ovat"; the line takes a syllable head.
        let out = lines("Henkilötiedot ovat Tietosuojavaltuutetun toimiston valvonnassa", 170.0, Lang::Fi);
        assert!(out[0].ends_with('\u{ad}'), "{out:?}");
        let joined = out.join("\n").replace("\u{ad}\n", "").replace('\n', " ");
        assert_eq!(joined, "Henkilötiedot ovat Tietosuojavaltuutetun toimiston valvonnassa");
        // Swedish is not hyphenated by syllable.
        let sv = lines("Uppgifterna behandlas av personuppgiftsansvarige myndigheten", 170.0, Lang::Sv);
        assert!(sv.iter().all(|l| !l.contains('\u{ad}')), "{sv:?}");
    }

    #[test]
    fn breaks_after_an_existing_hyphen_or_slash() {
        let out = lines("Katso https://www.kemi.fi/tietosuoja/kameravalvonta/kaupungintalo", 150.0, Lang::En);
        assert!(out.len() >= 2);
        assert_eq!(out.concat().replace(' ', ""), "Katsohttps://www.kemi.fi/tietosuoja/kameravalvonta/kaupungintalo");
        for l in &out {
            assert!(super::super::font::width(Face::Regular, l, 10.0) <= 150.01, "{l}");
        }
    }

    #[test]
    fn a_label_stays_with_its_number_at_every_width() {
        let text = "Soita meille puh. 020 6177 tai tel. +358 20 6177 klo 9 ja katso s. 12 sekä 24 § ja nro 5.";
        for width in (140..400).step_by(3) {
            let out = lines(text, width as f32, Lang::Fi);
            for l in &out {
                for label in ["puh.", "tel.", "klo", "s.", "nro", "24"] {
                    assert!(!l.ends_with(label), "width {width}: line ends with {label:?}: {out:?}");
                }
                assert!(!l.starts_with('§') && !l.starts_with("+358"), "width {width}: {out:?}");
            }
            assert_eq!(out.join(" "), text, "width {width}");
        }
    }

    #[test]
    fn lines_hold_at_most_the_given_characters() {
        let text = "ii ll tt ii ll tt ".repeat(40) + "tietosuojavaltuutetuntoimistossa";
        for max in [10, 33, 80] {
            let out = break_lines_within(&[(Face::Regular, Color::BLACK, &text)], 10.0, 2000.0, max, Some(Lang::Fi));
            assert!(out.len() > 1, "{max}: {out:?}");
            for l in &out {
                assert!(l.text().chars().count() <= max, "{max}: {:?}", l.text());
            }
            let joined: String = out.iter().map(Line::text).collect::<Vec<_>>().join(" ").replace("\u{ad} ", "");
            assert_eq!(joined.split_whitespace().collect::<String>(), text.split_whitespace().collect::<String>());
        }
    }

    #[test]
    fn overlong_word_is_cut_as_a_last_resort() {
        let word = "x".repeat(200);
        let out = lines(&word, 100.0, Lang::En);
        assert!(out.len() > 1);
        assert_eq!(out.concat(), word);
    }

    #[test]
    fn a_word_of_many_lines_keeps_every_char_and_the_width() {
        // Hyphenatable Finnish, a word with dashes, and one with no break point at all.
        for (word, lang) in [
            ("tietosuojavaltuutetuntoimisto".repeat(400), Lang::Fi),
            ("rekisteri-".repeat(1000), Lang::En),
            ("x".repeat(20_000), Lang::Fi),
        ] {
            let out = break_lines(&[(Face::Regular, Color::BLACK, &word)], 10.0, 120.0, Some(lang));
            assert!(out.len() > 10);
            for l in &out {
                assert!(l.width <= 120.01, "{l:?}");
            }
            let joined: String = out.iter().map(Line::text).collect::<String>().replace(SOFT_HYPHEN, "");
            assert_eq!(joined, word);
        }
    }

    #[test]
    fn mixed_styles_keep_their_faces() {
        let spans = [(Face::Bold, Color::BLACK, "Oikeusperuste: "), (Face::Regular, Color::BLACK, "Suostumus")];
        let out = break_lines(&spans, 10.0, 400.0, Some(Lang::Fi));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].pieces.len(), 2);
        assert_eq!(out[0].pieces[0].face, Face::Bold);
        assert_eq!(out[0].pieces[0].text, "Oikeusperuste: ");
        let bold_w = super::super::font::width(Face::Bold, "Oikeusperuste:", 10.0);
        assert!(out[0].pieces[1].x > bold_w);
    }
}
