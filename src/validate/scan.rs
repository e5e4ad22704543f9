//! One pass over every language version of every text: the words and phrases the text rules
//! look for, found without regular expressions and without a lowercase copy per rule.
//!
//! A version is copied once into a reused byte buffer and lowercased in place (ASCII and the
//! Latin-1 letters Ä Ö Å É ...), then cut into words. Each word is looked up in a keyword
//! table bucketed by its first byte, and matched with the one or two words before it for
//! phrases. Matches are collected per sentence, so that a negated sentence ("tietoja ei
//! luovuteta") does not count for the classes where negation matters, and per line (web
//! page chrome such as "PALUU ... ETUSIVULLE"). A few shapes are checked on the raw text:
//! markup, garbled characters, check boxes, unfinished paragraphs.

use super::{Kind, TextField};
use crate::model::Lang;

/// What a scan can find. The order is the bit order of [`Scan::mask`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum C {
    /// TODO, xxx, [täydennä], ...
    Placeholder,
    /// Profiling, targeting, remarketing (in a sentence that is not negated).
    Profiling,
    /// "luovutetaan", "voimme luovuttaa", "lämnas ut" (not negated).
    Disclose,
    /// The personal identity code (not negated).
    Pid,
    /// Consent ("suostumuksellasi", "samtycke", "consent"; not negated).
    Consent,
    /// Withdrawing consent ("peruuttaa", "återkalla", "withdraw").
    Withdraw,
    /// The repealed Henkilötietolaki (523/1999).
    ObsoleteLaw,
    /// Web page furniture: fbpx, PALUU ... ETUSIVULLE, Suosikit, a logo's alt text.
    Chrome,
    /// A vague retention phrase ("tarpeen mukaan", "toistaiseksi", "as long as necessary").
    Vague,
    /// "vähintään", "at least".
    Minimum,
    /// Words about keeping data: "säilytetään", "retained".
    RetentionWord,
    /// "asiallinen yhteys", "viranomaistoiminnan rekisteri": not Art. 6 bases.
    LegacyBasis,
    /// "ja muihin tarkoituksiin".
    VaguePurpose,
    /// The old supervisory authority details: 00521, Ratapihantie, +358 29 56 60700.
    SaStale,
    /// Unticked check boxes: "Ei / Kyllä", ☐.
    Checkbox,
    /// Markup: `**`, `__`, HTML entities and tags.
    Markup,
    /// Garbled characters: U+FFFD, "Ã¤".
    Garbled,
    /// A paragraph ends in a colon with no list after it.
    UnfinishedColon,
    /// A paragraph stops at "on", "ovat", "seuraavasti", "ja", ...
    UnfinishedDangling,
    /// The text ends with a question left unanswered.
    UnfinishedQuestion,
    /// "Päivitetty: 30.5.2024" inside a body text.
    DateInBody,
    /// A vague retention phrase in a sentence about keeping data.
    VagueRetention,
    /// "vähintään" in a sentence about keeping data.
    MinimumRetention,
    /// "enintään", "at most".
    Maximum,
    /// "niin kauan kuin", "as long as" (vague only with a word of need in the sentence).
    AsLongAs,
    /// "tarpeen", "necessary".
    Need,
    /// Words about where data come from: "lähteet", "saadaan", "collected".
    SourceWord,
    /// A number, in digits or words.
    Number,
    /// A unit of time: päivä, viikko, vuosi, month ...
    TimeUnit,
    /// A number with a unit of time in one sentence, or "pysyvästi" (a concrete period).
    Period,
    /// A reference to the records management plan or the National Archives.
    RecordsPlan,
    /// The supervisory authority named.
    Tietosuoja,
    /// A known vendor outside the EU/EEA (see [`VENDORS`]).
    Vendor,
    /// "paluu" (line-level helper).
    Paluu,
    /// "etusivulle" (line-level helper).
    Etusivu,
    /// A word of negation (clause-level helper).
    Neg,
    /// "päivitetty", "updated" (marks the word for [`C::DateInBody`]).
    DateLabel,
    /// "kyllä", "ja", "yes" (marks the word for [`C::Checkbox`]).
    Yes,
    /// "ei", "nej", "no" (marks the word for [`C::Checkbox`]).
    No,
}

/// The classes up to here are quoted in messages, so their first place is kept.
const NSPAN: usize = C::MinimumRetention as usize + 1;

impl C {
    fn bit(self) -> u64 {
        1 << (self as u8)
    }
}

/// The slot of a class that does not count in a negated clause.
fn negatable_slot(c: C) -> Option<usize> {
    match c {
        C::Profiling => Some(0),
        C::Disclose => Some(1),
        C::Pid => Some(2),
        C::Consent => Some(3),
        _ => None,
    }
}

/// The slot of a class whose span a sentence-level combination reports.
fn combined_slot(c: C) -> Option<usize> {
    match c {
        C::AsLongAs => Some(0),
        C::Vague => Some(1),
        C::Minimum => Some(2),
        C::TimeUnit => Some(3),
        _ => None,
    }
}

mod keywords;
pub(crate) use keywords::VENDORS;
use keywords::{ANY, Index, KEYWORDS, bucket_of, head, index, lang_bit};

/// A byte range of the text.
pub(crate) type Span = (u32, u32);

/// What one language version of one text contains.
#[derive(Clone, Debug)]
pub(crate) struct Scan {
    /// Index into the context's texts.
    pub(crate) text: usize,
    /// The language version scanned.
    pub(crate) lang: Lang,
    mask: u64,
    /// Bit `i` set: [`VENDORS`]`[i]` is named.
    pub(crate) vendors: u32,
    spans: [Span; NSPAN],
}

impl Scan {
    /// True when the text contains something of class `c`.
    pub(crate) fn has(&self, c: C) -> bool {
        self.mask & c.bit() != 0
    }

    /// Where the first occurrence of `c` is.
    pub(crate) fn span(&self, c: C) -> Span {
        self.spans.get(c as usize).copied().unwrap_or((0, 0))
    }
}

// Separator flags: what lies between two words.
const SPACE: u16 = 1;
const NEWLINE: u16 = 2;
const SLASH: u16 = 4;
const DASH: u16 = 8;
const DOT: u16 = 16;
const COLON: u16 = 32;
const BULLET: u16 = 64;
const OTHER: u16 = 128;
/// Separators a phrase may span: "tarpeen mukaan", "523/1999", "+358-29-56-60700".
const PHRASE_OK: u16 = SPACE | SLASH | DASH;

fn phrase_sep(sep: u16) -> bool {
    sep != 0 && sep & !PHRASE_OK == 0
}

/// A word already seen: its span, the separators before it, and what it is (bits of
/// [`C::DateLabel`], [`C::Yes`], [`C::No`]).
#[derive(Clone, Copy, Default)]
struct Prev {
    start: u32,
    end: u32,
    sep: u16,
    marks: u8,
}

/// [`Prev::marks`]: what a word is.
const MARK_DATE: u8 = 1;
const MARK_YES: u8 = 2;
const MARK_NO: u8 = 4;

/// Scans every non-empty language version of every text.
pub(crate) fn scan_all(texts: &[TextField<'_>]) -> Vec<Scan> {
    let mut buf = Vec::new();
    let mut out = Vec::with_capacity(texts.len() * 2);
    for (i, t) in texts.iter().enumerate() {
        for (lang, s) in t.text.versions() {
            let unfinished = match t.kind {
                Kind::Prose => Some(false),
                Kind::Lead => Some(true),
                Kind::Heading | Kind::Name => None,
            };
            let mut scan = scan_str(s, lang, unfinished, &mut buf);
            scan.text = i;
            out.push(scan);
        }
    }
    out
}

/// The char starting at byte `i` of `b` (valid UTF-8) and its length.
fn char_at(b: &[u8], i: usize) -> (char, usize) {
    let len = match b[i] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let c = b.get(i..i + len).and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.chars().next());
    (c.unwrap_or('\u{FFFD}'), len.min(b.len() - i))
}

/// A letter or digit; the Latin-1 letters (ä, ö, å, é, ...) without the Unicode tables.
fn is_letter(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Bytes that are ASCII letters or digits.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

fn digits(w: &[u8], min: usize, max: usize) -> bool {
    (min..=max).contains(&w.len()) && w.iter().all(u8::is_ascii_digit)
}

/// A non-empty line, kept until the next one is known (for the unfinished-text checks).
#[derive(Clone, Copy)]
struct Line {
    /// Byte range without surrounding white space.
    start: usize,
    end: usize,
    words: u32,
    commas: u32,
    /// The last word.
    last: Prev,
}

/// The scanner's running state over one text version.
struct State<'b> {
    /// The text as written (for spans, case and the unfinished-text checks).
    s: &'b str,
    lang: Lang,
    /// [`lang_bit`] of `lang`.
    lang_bit: u8,
    index: &'static Index,
    /// Check unfinished text: `Some(lead)` for prose, `lead` when a list follows the text.
    unfinished: Option<bool>,
    mask: u64,
    vendors: u32,
    spans: [Span; NSPAN],
    // Clause: the negatable matches wait here until the clause proves not negated.
    c_mask: u64,
    c_spans: [Span; 4],
    c_neg: bool,
    // Sentence: the classes combined per sentence ("niin kauan kuin" + "tarpeen").
    s_mask: u64,
    s_spans: [Span; 4],
    // Line.
    l_begin: usize,
    l_words: u32,
    l_commas: u32,
    l_first: Prev,
    l_last: Prev,
    l_mask: u64,
    l_spans: [Span; 2],
    /// The previous non-empty line, and whether a blank line followed it.
    pending: Option<Line>,
    blank_since: bool,
    // The last words, a ring: `back(0)` is the most recent.
    prev: [Prev; 4],
    pos: usize,
    nprev: usize,
}

fn word(b: &[u8], p: Prev) -> &[u8] {
    b.get(p.start as usize..p.end as usize).unwrap_or(&[])
}

impl State<'_> {
    /// The `j`th word before the current one (0: the one just before).
    fn back(&self, j: usize) -> Prev {
        self.prev[self.pos.wrapping_sub(j) & 3]
    }

    /// Records a match: negatable classes wait for the end of their clause.
    fn hit(&mut self, c: C, span: Span) {
        if c == C::Neg {
            self.c_neg = true;
        } else if let Some(k) = negatable_slot(c) {
            if self.c_mask & c.bit() == 0 {
                self.c_spans[k] = span;
            }
            self.c_mask |= c.bit();
        } else {
            self.count(c, span);
        }
    }

    /// A match that counts: for the text, and for the sentence's combinations.
    fn count(&mut self, c: C, span: Span) {
        match combined_slot(c) {
            Some(k) if self.s_mask & c.bit() == 0 => self.s_spans[k] = span,
            _ => {}
        }
        self.s_mask |= c.bit();
        self.commit(c, span);
    }

    /// Ends a clause: its negatable matches count unless a negation was in it.
    fn end_clause(&mut self) {
        if !self.c_neg && self.c_mask != 0 {
            for (k, c) in [C::Profiling, C::Disclose, C::Pid, C::Consent].into_iter().enumerate() {
                if self.c_mask & c.bit() != 0 {
                    self.count(c, self.c_spans[k]);
                }
            }
        }
        self.c_mask = 0;
        self.c_neg = false;
    }

    fn commit(&mut self, c: C, span: Span) {
        if self.mask & c.bit() == 0 {
            if let Some(slot) = self.spans.get_mut(c as usize) {
                *slot = span;
            }
        }
        self.mask |= c.bit();
    }

    fn s_has(&self, c: C) -> bool {
        self.s_mask & c.bit() != 0
    }

    fn end_sentence(&mut self) {
        self.end_clause();
        if self.s_mask == 0 {
            return;
        }
        if self.s_has(C::AsLongAs) && self.s_has(C::Need) {
            self.count(C::Vague, self.s_spans[0]);
        }
        if self.s_has(C::Vague) && self.s_has(C::RetentionWord) {
            self.count(C::VagueRetention, self.s_spans[1]);
        }
        if self.s_has(C::Minimum) && self.s_has(C::RetentionWord) {
            self.count(C::MinimumRetention, self.s_spans[2]);
        }
        if self.s_has(C::Number) && self.s_has(C::TimeUnit) {
            self.count(C::Period, self.s_spans[3]);
        }
        self.s_mask = 0;
    }

    /// Ends the line that ends at byte `end` (a newline or the end of the text).
    fn end_line(&mut self, b: &[u8], end: usize) {
        self.end_sentence();
        if self.l_mask & C::Paluu.bit() != 0 && self.l_mask & C::Etusivu.bit() != 0 {
            self.commit(C::Chrome, (self.l_spans[0].0, self.l_spans[1].1));
        }
        if self.l_words == 1 && word(b, self.l_last) == b"suosikit" {
            self.commit(C::Chrome, (self.l_last.start, self.l_last.end));
        }
        if (2..=6).contains(&self.l_words) && word(b, self.l_last) == b"logo" {
            self.commit(C::Chrome, (self.l_first.start, self.l_last.end));
        }
        if let Some(lead) = self.unfinished {
            let raw = self.s.get(self.l_begin..end).unwrap_or("");
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                self.blank_since = true;
            } else {
                let start = self.l_begin + (trimmed.as_ptr() as usize - raw.as_ptr() as usize);
                let line = Line {
                    start,
                    end: start + trimmed.len(),
                    words: self.l_words,
                    commas: self.l_commas,
                    last: self.l_last,
                };
                if let Some(p) = self.pending {
                    self.check_line(b, p, Some(line), self.blank_since, lead);
                }
                self.pending = Some(line);
                self.blank_since = false;
            }
        }
        self.l_begin = end + 1;
        self.l_words = 0;
        self.l_commas = 0;
        self.l_mask = 0;
    }

    /// The unfinished-text checks of one line, knowing the next non-empty line: a colon with
    /// no list after it, a question left at the end, a paragraph stopping at "on".
    fn check_line(&mut self, b: &[u8], l: Line, next: Option<Line>, paragraph_end: bool, lead: bool) {
        let text = |l: &Line| self.s.get(l.start..l.end).unwrap_or("");
        let line = text(&l);
        let c = if line.ends_with(':') {
            let bad = match next {
                None => true,
                Some(n) => {
                    let nt = text(&n);
                    !list_marker(nt)
                        && (is_prose(nt, n.words, n.commas)
                            || (announces_list(line) && is_heading_like(nt, n.words, n.commas)))
                }
            };
            (bad && !lead).then_some(C::UnfinishedColon)
        } else if next.is_none() && line.ends_with('?') {
            Some(C::UnfinishedQuestion)
        } else if paragraph_end
            && !line.ends_with(|c: char| ".!?:;)\"”’»".contains(c))
            && l.words >= 2
            && dangles(self.lang, word(b, l.last))
        {
            Some(C::UnfinishedDangling)
        } else {
            None
        };
        if let Some(c) = c {
            self.commit(c, (l.start as u32, l.end as u32));
        }
    }

    /// Handles one word `b[start..end]` preceded by separators `sep`.
    #[inline]
    fn on_word(&mut self, b: &[u8], start: usize, end: usize, sep: u16) {
        let (s32, e32) = (start as u32, end as u32);
        let mut cur = Prev { start: s32, end: e32, sep, marks: 0 };
        let w = &b[start..end];
        let first = w.first().copied().unwrap_or(0);
        let p0 = self.back(0);
        if first.is_ascii_digit() && w.iter().all(u8::is_ascii_digit) {
            self.hit(C::Number, (s32, e32));
            // "Päivitetty: 30.5.2024" (or 2024-05-30) ends at this word.
            if self.nprev >= 3 {
                let (p1, p2) = (self.back(1), self.back(2));
                let finnish = digits(w, 4, 4)
                    && sep == DOT
                    && digits(word(b, p0), 1, 2)
                    && p0.sep == DOT
                    && digits(word(b, p1), 1, 2);
                let iso = digits(w, 1, 2)
                    && sep == DASH
                    && digits(word(b, p0), 1, 2)
                    && p0.sep == DASH
                    && digits(word(b, p1), 4, 4);
                if (finnish || iso) && p2.marks & MARK_DATE != 0 && p1.sep & (NEWLINE | DOT) == 0 {
                    self.commit(C::DateInBody, (p2.start, e32));
                }
            }
        } else if first == b'x' && w.len() >= 3 && w.iter().all(|c| *c == b'x') {
            self.hit(C::Placeholder, (s32, e32));
        }
        // "tietosuoja@om.fiSuosikit": page chrome glued to the text before it.
        if w.len() > 8 && w.ends_with(b"suosikit") && self.s.as_bytes().get(end - 8) == Some(&b'S') {
            self.hit(C::Chrome, (e32 - 8, e32));
        }
        cur.marks = self.lookup(b, cur);
        // "- Ei\n- Kyllä", "Nej / Ja": both answers offered, neither chosen.
        let yes_no = MARK_YES | MARK_NO;
        if cur.marks & yes_no != 0
            && p0.marks & yes_no != 0
            && (cur.marks ^ p0.marks) & yes_no != 0
            && self.nprev >= 1
            && sep & (NEWLINE | SLASH | DASH | BULLET) != 0
            && sep & (DOT | COLON) == 0
        {
            self.commit(C::Checkbox, (p0.start, e32));
        }
        self.l_words += 1;
        if self.l_words == 1 {
            self.l_first = cur;
        }
        self.l_last = cur;
        self.pos = (self.pos + 1) & 3;
        self.prev[self.pos] = cur;
        self.nprev = (self.nprev + 1).min(3);
    }

    /// Looks the word up in the keyword table; returns its marks (date label, yes, no).
    fn lookup(&mut self, b: &[u8], cur: Prev) -> u8 {
        let w = word(b, cur);
        let Some(key) = bucket_of(w) else { return 0 };
        let idx = self.index;
        let (from, to) = idx.bucket[key];
        let mut marks = 0;
        let wh = head(w);
        for e in &idx.entries[usize::from(from)..usize::from(to)] {
            if wh & e.mask != e.head {
                continue;
            }
            let kw = &KEYWORDS[usize::from(e.kw)];
            let length_ok = if kw.prefix { w.len() >= e.len } else { w.len() == e.len };
            if !length_ok || (kw.langs != ANY && kw.langs & self.lang_bit == 0) {
                continue;
            }
            let Some((last, before)) = kw.words.split_last() else { continue };
            if e.len > 8 && w.get(8..e.len) != last.as_bytes().get(8..) {
                continue;
            }
            if before.len() > self.nprev {
                continue;
            }
            // Earlier words, nearest first, each joined to the next by a phrase separator.
            let mut start = cur.start;
            let mut sep = cur.sep;
            let mut matched = true;
            for (j, want) in before.iter().rev().enumerate() {
                let pw = self.back(j);
                if !phrase_sep(sep) || word(b, pw) != want.as_bytes() {
                    matched = false;
                    break;
                }
                start = pw.start;
                sep = pw.sep;
            }
            if !matched {
                continue;
            }
            let span = (start, cur.end);
            match kw.class {
                C::Vendor => self.vendors |= 1u32 << kw.vendor.min(31),
                C::DateLabel => marks |= MARK_DATE,
                C::Yes => marks |= MARK_YES,
                C::No => marks |= MARK_NO,
                C::Paluu => {
                    self.l_mask |= C::Paluu.bit();
                    self.l_spans[0] = span;
                }
                C::Etusivu => {
                    self.l_mask |= C::Etusivu.bit();
                    self.l_spans[1] = span;
                }
                c => self.hit(c, span),
            }
        }
        marks
    }
}

/// Scans one text version. `buf` is a reused buffer. `unfinished`: check for unfinished
/// text, `Some(true)` when the notice follows the text with a list (a colon is answered).
pub(crate) fn scan_str(s: &str, lang: Lang, unfinished: Option<bool>, buf: &mut Vec<u8>) -> Scan {
    // A lowercase copy with the same offsets: ASCII here, Ä Ö Å ... (two bytes) in the loop.
    buf.clear();
    buf.extend_from_slice(s.as_bytes());
    buf.make_ascii_lowercase();
    let mut st = State::new(s, lang, unfinished);
    let n = buf.len();
    let mut i = 0;
    let mut sep: u16 = 0;
    let mut word_start: Option<usize> = None;
    while i < n {
        let c = buf[i];
        if ASCII_WORD[usize::from(c)] {
            if word_start.is_none() {
                word_start = Some(i);
            }
            i += 1;
            while i < n && ASCII_WORD[usize::from(buf[i])] {
                i += 1;
            }
            continue;
        }
        let (ch, len) = match (c, buf.get(i + 1).copied()) {
            (0..=0x7F, _) => (char::from(c), 1),
            // ä ö å é ... and their capitals, which are lowercased here.
            (0xC3, Some(d @ 0x80..=0xBF)) => {
                let d = if d <= 0x9E && d != 0x97 { d + 0x20 } else { d };
                buf[i + 1] = d;
                (char::from_u32(0xC0 | u32::from(d & 0x3F)).unwrap_or('\u{FFFD}'), 2)
            }
            _ => char_at(buf, i),
        };
        let b: &[u8] = buf;
        if c >= 0x80 && is_letter(ch) {
            if word_start.is_none() {
                word_start = Some(i);
            }
            if ch == 'ã' && b.get(i + 2).is_some_and(|x| *x == 0xC2) {
                st.commit(C::Garbled, (i as u32, (i + 4).min(n) as u32));
            }
            if ch == 'â' && b.get(i + 2..i + 5) == Some("€".as_bytes()) {
                st.commit(C::Garbled, (i as u32, (i + 5).min(n) as u32));
            }
            i += len;
            continue;
        }
        if let Some(ws) = word_start.take() {
            st.on_word(b, ws, i, sep);
            sep = 0;
        }
        if c == b' ' {
            sep |= SPACE;
            i += 1;
            continue;
        }
        sep |= st.on_mark(b, i, ch, len);
        i += len;
    }
    let b: &[u8] = buf;
    if let Some(ws) = word_start {
        st.on_word(b, ws, n, sep);
    }
    st.end_line(b, n);
    if let (Some(lead), Some(p)) = (st.unfinished, st.pending) {
        st.check_line(b, p, None, true, lead);
    }
    Scan { text: 0, lang, mask: st.mask, vendors: st.vendors, spans: st.spans }
}

impl<'s> State<'s> {
    /// A state at the start of `s`.
    fn new(s: &'s str, lang: Lang, unfinished: Option<bool>) -> Self {
        State {
            s,
            lang,
            lang_bit: lang_bit(lang),
            index: index(),
            unfinished,
            mask: 0,
            vendors: 0,
            spans: [(0, 0); NSPAN],
            c_mask: 0,
            c_spans: [(0, 0); 4],
            c_neg: false,
            s_mask: 0,
            s_spans: [(0, 0); 4],
            l_begin: 0,
            l_words: 0,
            l_commas: 0,
            l_first: Prev::default(),
            l_last: Prev::default(),
            l_mask: 0,
            l_spans: [(0, 0); 2],
            pending: None,
            blank_since: false,
            prev: [Prev::default(); 4],
            pos: 0,
            nprev: 0,
        }
    }

    /// Handles the punctuation or symbol `ch` (`len` bytes at `i` of the lowercased text
    /// `b`): ends a line, sentence or clause, records markup, placeholders, check boxes and
    /// garbled characters, and returns the separator flags it stands for.
    fn on_mark(&mut self, b: &[u8], i: usize, ch: char, len: usize) -> u16 {
        let n = b.len();
        let next = b.get(i + len).copied();
        let mut sep = 0;
        match ch {
            ' ' | '\t' | '\r' | '\u{A0}' => sep |= SPACE,
            '\n' => {
                sep |= NEWLINE;
                self.end_line(b, i);
            }
            '/' => sep |= SLASH,
            '-' | '–' | '—' => sep |= DASH,
            '.' | '!' | '?' => {
                sep |= DOT;
                if next.is_none_or(|x| x.is_ascii_whitespace()) {
                    self.end_sentence();
                }
                if ch == '?' && b.get(i..i + 3) == Some(b"???") {
                    self.commit(C::Placeholder, (i as u32, (i + 3) as u32));
                }
            }
            ':' => {
                sep |= COLON;
                self.end_clause();
            }
            ',' | ';' => {
                sep |= OTHER;
                self.l_commas += u32::from(ch == ',');
                self.end_clause();
            }
            '•' | '·' | '▪' | '◦' => sep |= BULLET,
            '☐' | '□' | '☑' | '☒' | '■' | '❏' => {
                sep |= BULLET;
                self.commit(C::Checkbox, (i as u32, (i + len) as u32));
            }
            '\u{FFFD}' => {
                sep |= OTHER;
                self.commit(C::Garbled, (i as u32, (i + len) as u32));
            }
            '*' | '_' if next == b.get(i).copied() => {
                sep |= OTHER;
                self.commit(C::Markup, (i as u32, (i + 2) as u32));
            }
            '&' => {
                sep |= OTHER;
                let rest = &b[i + 1..];
                const ENTITIES: [&[u8]; 6] = [b"nbsp;", b"amp;", b"quot;", b"lt;", b"gt;", b"#"];
                if ENTITIES.iter().any(|e| rest.starts_with(e)) {
                    self.commit(C::Markup, (i as u32, (i + 2).min(n) as u32));
                }
            }
            '<' | '[' => {
                sep |= OTHER;
                let rest = &b[i + 1..];
                const TAGS: [&[u8]; 8] = [b"br", b"p>", b"/", b"div", b"span", b"b>", b"i>", b"strong"];
                const HOLES: [&str; 12] =
                    ["täydennä", "lisää", "nimi", "fyll i", "namn", "fill in", "insert", "name", "...", "…", " ]", "]"];
                if ch == '<' && TAGS.iter().any(|t| rest.starts_with(t)) {
                    self.commit(C::Markup, (i as u32, (i + 2).min(n) as u32));
                } else if HOLES.iter().any(|h| rest.starts_with(h.as_bytes())) {
                    let end =
                        rest.iter().position(|x| matches!(x, b']' | b'>' | b'\n')).map_or(n, |p| i + 2 + p).min(n);
                    self.commit(C::Placeholder, (i as u32, end as u32));
                }
            }
            '#' if self.l_words == 0 && matches!(next, Some(b'#' | b' ')) => {
                sep |= OTHER;
                self.commit(C::Markup, (i as u32, (i + 1) as u32));
            }
            '\\' if next == Some(b'n') => {
                sep |= OTHER;
                self.commit(C::Markup, (i as u32, (i + 2) as u32));
            }
            _ => sep |= OTHER,
        }
        sep
    }
}

mod lines;
pub(crate) use lines::quote;
use lines::{announces_list, dangles, is_heading_like, is_prose, list_marker};

#[cfg(test)]
mod tests;
