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
use std::sync::OnceLock;

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

/// The number of classes (all fit in the 64 bits of a mask).
#[cfg(test)]
const NCLASS: usize = C::No as usize + 1;
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

/// Vendors established outside the EU/EEA whose use usually means a transfer.
pub(crate) const VENDORS: [&str; 22] = [
    "Facebook",
    "Instagram",
    "Google",
    "YouTube",
    "Microsoft",
    "Microsoft Azure",
    "Microsoft OneDrive",
    "Amazon",
    "Amazon Web Services",
    "Apple",
    "Zoom",
    "Salesforce",
    "HubSpot",
    "Mailchimp",
    "Dropbox",
    "Slack",
    "LinkedIn",
    "WhatsApp",
    "TikTok",
    "Twitter",
    "Meta",
    "Microsoft 365",
];

/// A keyword or phrase: its words (the last may be a prefix), what it means, and the
/// languages it belongs to (0: any).
struct Kw {
    words: &'static [&'static str],
    prefix: bool,
    class: C,
    vendor: u8,
    langs: u8,
}

const ANY: u8 = 0;
const FI: u8 = 1;
const SV: u8 = 2;
const EN: u8 = 4;

fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::Fi => FI,
        Lang::Sv => SV,
        Lang::En => EN,
    }
}

const fn w(words: &'static [&'static str], class: C) -> Kw {
    Kw { words, prefix: false, class, vendor: u8::MAX, langs: ANY }
}

const fn p(words: &'static [&'static str], class: C) -> Kw {
    Kw { words, prefix: true, class, vendor: u8::MAX, langs: ANY }
}

const fn v(words: &'static [&'static str], prefix: bool, vendor: u8) -> Kw {
    Kw { words, prefix, class: C::Vendor, vendor, langs: ANY }
}

/// A word that means `class` only in the languages `langs`.
const fn l(word: &'static [&'static str], class: C, langs: u8) -> Kw {
    Kw { words: word, prefix: false, class, vendor: u8::MAX, langs }
}

/// The keyword table, lowercase. Finnish inflects, so most Finnish entries are stems.
const KEYWORDS: &[Kw] = &[
    // Negation, per language ("en" is Finnish "I don't" but the Swedish article).
    l(&["ei"], C::Neg, FI),
    l(&["eikä"], C::Neg, FI),
    l(&["emme"], C::Neg, FI),
    l(&["eivät"], C::Neg, FI),
    l(&["en"], C::Neg, FI),
    l(&["et"], C::Neg, FI),
    l(&["ette"], C::Neg, FI),
    l(&["älä"], C::Neg, FI),
    l(&["inte"], C::Neg, SV),
    l(&["ej"], C::Neg, SV),
    l(&["icke"], C::Neg, SV),
    l(&["aldrig"], C::Neg, SV),
    l(&["ingen"], C::Neg, SV),
    l(&["inga"], C::Neg, SV),
    l(&["inget"], C::Neg, SV),
    l(&["not"], C::Neg, EN),
    l(&["no"], C::Neg, EN),
    l(&["never"], C::Neg, EN),
    l(&["none"], C::Neg, EN),
    l(&["neither"], C::Neg, EN),
    l(&["nor"], C::Neg, EN),
    l(&["without"], C::Neg, EN),
    // Check-box answers, per language.
    l(&["ei"], C::No, FI),
    l(&["kyllä"], C::Yes, FI),
    l(&["nej"], C::No, SV),
    l(&["ja"], C::Yes, SV),
    l(&["no"], C::No, EN),
    l(&["yes"], C::Yes, EN),
    // Labels of a date line.
    w(&["päivitetty"], C::DateLabel),
    w(&["laadittu"], C::DateLabel),
    w(&["päivätty"], C::DateLabel),
    w(&["uppdaterad"], C::DateLabel),
    w(&["upprättad"], C::DateLabel),
    w(&["updated"], C::DateLabel),
    // Placeholders.
    w(&["todo"], C::Placeholder),
    w(&["tbd"], C::Placeholder),
    w(&["fixme"], C::Placeholder),
    w(&["lorem"], C::Placeholder),
    w(&["täydennä"], C::Placeholder),
    w(&["täydennettävä"], C::Placeholder),
    w(&["placeholder"], C::Placeholder),
    w(&["kirjoita", "tähän"], C::Placeholder),
    w(&["skriv", "här"], C::Placeholder),
    // Profiling and targeting.
    p(&["profiloi"], C::Profiling),
    p(&["profiling"], C::Profiling),
    p(&["profiler"], C::Profiling),
    p(&["kohdenn"], C::Profiling),
    p(&["kohdenta"], C::Profiling),
    p(&["kohdistami"], C::Profiling),
    p(&["remarketing"], C::Profiling),
    p(&["retargeting"], C::Profiling),
    p(&["uudelleenmarkkinoin"], C::Profiling),
    p(&["ryhmittel"], C::Profiling),
    p(&["segmentoi"], C::Profiling),
    p(&["segmenter"], C::Profiling),
    p(&["segmentation"], C::Profiling),
    p(&["markkinointiautomaat"], C::Profiling),
    p(&["marknadsföringsautomat"], C::Profiling),
    w(&["marketing", "automation"], C::Profiling),
    w(&["targeted"], C::Profiling),
    w(&["targeting"], C::Profiling),
    w(&["riktad", "marknadsföring"], C::Profiling),
    w(&["riktade", "annonser"], C::Profiling),
    w(&["riktad", "reklam"], C::Profiling),
    // Disclosures.
    w(&["luovutetaan"], C::Disclose),
    w(&["luovutamme"], C::Disclose),
    w(&["voimme", "luovuttaa"], C::Disclose),
    w(&["voi", "luovuttaa"], C::Disclose),
    w(&["voidaan", "luovuttaa"], C::Disclose),
    w(&["saatamme", "luovuttaa"], C::Disclose),
    w(&["saattaa", "luovuttaa"], C::Disclose),
    w(&["saatetaan", "luovuttaa"], C::Disclose),
    w(&["lämnas", "ut"], C::Disclose),
    w(&["lämnar", "ut"], C::Disclose),
    w(&["lämna", "ut"], C::Disclose),
    w(&["disclose"], C::Disclose),
    w(&["disclosed"], C::Disclose),
    // Personal identity code.
    p(&["henkilötunnu"], C::Pid),
    p(&["hetu"], C::Pid),
    p(&["sosiaaliturvatunnu"], C::Pid),
    p(&["personbeteckning"], C::Pid),
    p(&["identity", "code"], C::Pid),
    w(&["social", "security", "number"], C::Pid),
    // Consent and its withdrawal.
    p(&["suostumu"], C::Consent),
    p(&["samtyck"], C::Consent),
    p(&["consent"], C::Consent),
    p(&["peruu"], C::Withdraw),
    p(&["perua"], C::Withdraw),
    p(&["återkall"], C::Withdraw),
    p(&["withdraw"], C::Withdraw),
    // The repealed Personal Data Act.
    p(&["henkilötietola"], C::ObsoleteLaw),
    p(&["personuppgiftslag"], C::ObsoleteLaw),
    w(&["523", "1999"], C::ObsoleteLaw),
    w(&["personal", "data", "act"], C::ObsoleteLaw),
    // Web page chrome.
    w(&["fbpx"], C::Chrome),
    w(&["paluu"], C::Paluu),
    p(&["etusivu"], C::Etusivu),
    w(&["siirry", "sisältöön"], C::Chrome),
    w(&["siirry", "pääsisältöön"], C::Chrome),
    w(&["skip", "to", "content"], C::Chrome),
    w(&["hoppa", "till", "innehållet"], C::Chrome),
    w(&["hyväksy", "kaikki", "evästeet"], C::Chrome),
    w(&["accept", "all", "cookies"], C::Chrome),
    // Vague retention.
    w(&["tarpeen", "mukaan"], C::Vague),
    w(&["toistaiseksi"], C::Vague),
    w(&["tarpeellisen", "ajan"], C::Vague),
    w(&["tarvittavan", "ajan"], C::Vague),
    w(&["kohtuullisen", "ajan"], C::Vague),
    w(&["vid", "behov"], C::Vague),
    w(&["tills", "vidare"], C::Vague),
    w(&["obestämd", "tid"], C::Vague),
    w(&["nödvändig", "tid"], C::Vague),
    w(&["as", "needed"], C::Vague),
    w(&["indefinitely"], C::Vague),
    w(&["reasonable", "period"], C::Vague),
    w(&["reasonable", "time"], C::Vague),
    w(&["kauan", "kuin"], C::AsLongAs),
    w(&["så", "länge"], C::AsLongAs),
    w(&["as", "long", "as"], C::AsLongAs),
    p(&["tarpee"], C::Need),
    p(&["tarvi"], C::Need),
    p(&["välttämät"], C::Need),
    p(&["behöv"], C::Need),
    p(&["nödvändig"], C::Need),
    p(&["erforderlig"], C::Need),
    w(&["necessary"], C::Need),
    w(&["needed"], C::Need),
    w(&["required"], C::Need),
    w(&["vähintään"], C::Minimum),
    w(&["minst"], C::Minimum),
    w(&["at", "least"], C::Minimum),
    w(&["enintään"], C::Maximum),
    w(&["korkeintaan"], C::Maximum),
    p(&["maksimi"], C::Maximum),
    w(&["högst"], C::Maximum),
    w(&["max"], C::Maximum),
    p(&["maximum"], C::Maximum),
    w(&["at", "most"], C::Maximum),
    w(&["no", "longer", "than"], C::Maximum),
    w(&["inte", "längre", "än"], C::Maximum),
    p(&["säilyt"], C::RetentionWord),
    p(&["säilö"], C::RetentionWord),
    p(&["lagras"], C::RetentionWord),
    p(&["lagring"], C::RetentionWord),
    w(&["sparas"], C::RetentionWord),
    p(&["bevara"], C::RetentionWord),
    w(&["retained"], C::RetentionWord),
    p(&["retention"], C::RetentionWord),
    w(&["kept", "for"], C::RetentionWord),
    w(&["stored", "for"], C::RetentionWord),
    // Sources.
    p(&["lähte"], C::SourceWord),
    p(&["lähde"], C::SourceWord),
    w(&["saadaan"], C::SourceWord),
    w(&["saamme"], C::SourceWord),
    p(&["itseltä"], C::SourceWord),
    p(&["rekisteröidyltä"], C::SourceWord),
    p(&["kerät"], C::SourceWord),
    p(&["kerää"], C::SourceWord),
    p(&["hankit"], C::SourceWord),
    p(&["käll"], C::SourceWord),
    w(&["fås"], C::SourceWord),
    p(&["samlas"], C::SourceWord),
    p(&["insaml"], C::SourceWord),
    p(&["source"], C::SourceWord),
    w(&["collected"], C::SourceWord),
    w(&["obtained"], C::SourceWord),
    w(&["received"], C::SourceWord),
    // Numbers in words (digits are recognised in code).
    w(&["yksi"], C::Number),
    w(&["yhden"], C::Number),
    w(&["kaksi"], C::Number),
    w(&["kahden"], C::Number),
    w(&["kolme"], C::Number),
    w(&["kolmen"], C::Number),
    w(&["neljä"], C::Number),
    w(&["neljän"], C::Number),
    w(&["viisi"], C::Number),
    w(&["viiden"], C::Number),
    w(&["kuusi"], C::Number),
    w(&["kuuden"], C::Number),
    w(&["seitsemän"], C::Number),
    w(&["kahdeksan"], C::Number),
    w(&["yhdeksän"], C::Number),
    w(&["kymmenen"], C::Number),
    w(&["kaksitoista"], C::Number),
    w(&["ett"], C::Number),
    w(&["en"], C::Number),
    w(&["två"], C::Number),
    w(&["tre"], C::Number),
    w(&["fyra"], C::Number),
    w(&["fem"], C::Number),
    w(&["sex"], C::Number),
    w(&["sju"], C::Number),
    w(&["åtta"], C::Number),
    w(&["nio"], C::Number),
    w(&["tio"], C::Number),
    w(&["tolv"], C::Number),
    w(&["one"], C::Number),
    w(&["two"], C::Number),
    w(&["three"], C::Number),
    w(&["four"], C::Number),
    w(&["five"], C::Number),
    w(&["six"], C::Number),
    w(&["seven"], C::Number),
    w(&["eight"], C::Number),
    w(&["nine"], C::Number),
    w(&["ten"], C::Number),
    w(&["twelve"], C::Number),
    // Units of time.
    p(&["päivä"], C::TimeUnit),
    w(&["vrk"], C::TimeUnit),
    p(&["vuorokau"], C::TimeUnit),
    p(&["viikk"], C::TimeUnit),
    p(&["viikon"], C::TimeUnit),
    p(&["kuukau"], C::TimeUnit),
    w(&["kk"], C::TimeUnit),
    w(&["vuosi"], C::TimeUnit),
    p(&["vuot"], C::TimeUnit),
    p(&["vuode"], C::TimeUnit),
    p(&["tunti"], C::TimeUnit),
    p(&["dag"], C::TimeUnit),
    p(&["dygn"], C::TimeUnit),
    p(&["veck"], C::TimeUnit),
    p(&["månad"], C::TimeUnit),
    w(&["år"], C::TimeUnit),
    w(&["året"], C::TimeUnit),
    w(&["åren"], C::TimeUnit),
    p(&["timm"], C::TimeUnit),
    p(&["day"], C::TimeUnit),
    p(&["week"], C::TimeUnit),
    p(&["month"], C::TimeUnit),
    p(&["year"], C::TimeUnit),
    p(&["hour"], C::TimeUnit),
    p(&["pysyvä"], C::Period),
    p(&["permanent"], C::Period),
    p(&["varaktig"], C::Period),
    w(&["stadigvarande"], C::Period),
    // Records management plan.
    p(&["tiedonohjaussuunnitelm"], C::RecordsPlan),
    p(&["arkistonmuodostussuunnitelm"], C::RecordsPlan),
    w(&["tos"], C::RecordsPlan),
    p(&["kansallisarkisto"], C::RecordsPlan),
    p(&["informationsstyrningsplan"], C::RecordsPlan),
    p(&["arkivbildningsplan"], C::RecordsPlan),
    p(&["riksarkiv"], C::RecordsPlan),
    w(&["records", "management", "plan"], C::RecordsPlan),
    w(&["national", "archives"], C::RecordsPlan),
    // Legal bases of the old law.
    w(&["asiallinen", "yhteys"], C::LegacyBasis),
    w(&["asiallisen", "yhteyden"], C::LegacyBasis),
    w(&["viranomaistoiminnan", "rekisteri"], C::LegacyBasis),
    w(&["tehtävän", "rekisteri"], C::LegacyBasis),
    // Open-ended purposes.
    w(&["muihin", "tarkoituksiin"], C::VaguePurpose),
    w(&["muihin", "käyttötarkoituksiin"], C::VaguePurpose),
    w(&["andra", "ändamål"], C::VaguePurpose),
    w(&["other", "purposes"], C::VaguePurpose),
    // The supervisory authority, and its old details.
    w(&["00521"], C::SaStale),
    p(&["ratapihantie"], C::SaStale),
    w(&["29", "56", "60700"], C::SaStale),
    p(&["tietosuojavaltuut"], C::Tietosuoja),
    p(&["dataombudsman"], C::Tietosuoja),
    w(&["data", "protection", "ombudsman"], C::Tietosuoja),
    // Vendors outside the EU/EEA.
    v(&["facebook"], true, 0),
    v(&["instagram"], true, 1),
    v(&["google"], true, 2),
    v(&["gmail"], true, 2),
    v(&["youtube"], true, 3),
    v(&["microsoft"], true, 4),
    v(&["azure"], true, 5),
    v(&["onedrive"], true, 6),
    v(&["amazon"], true, 7),
    v(&["aws"], false, 8),
    v(&["apple"], true, 9),
    v(&["icloud"], true, 9),
    v(&["zoom"], false, 10),
    v(&["salesforce"], true, 11),
    v(&["hubspot"], true, 12),
    v(&["mailchimp"], true, 13),
    v(&["dropbox"], true, 14),
    v(&["slack"], false, 15),
    v(&["linkedin"], true, 16),
    v(&["whatsapp"], true, 17),
    v(&["tiktok"], true, 18),
    v(&["twitter"], true, 19),
    v(&["meta"], false, 20),
    v(&["office", "365"], false, 21),
];

/// Number of buckets of the keyword index.
const BUCKETS: usize = 1024;

/// The bucket of a word (or keyword): a hash of its first two bytes. Every keyword's last
/// word has at least two bytes, so shorter words match nothing.
fn bucket_of(w: &[u8]) -> Option<usize> {
    match w {
        [a, b, ..] => Some((usize::from(*a) * 37 + usize::from(*b)) % BUCKETS),
        _ => None,
    }
}

/// Indices into [`KEYWORDS`] grouped by the bucket of the entry's last word, so a word
/// is compared with one or two entries at most.
struct Index {
    entries: Vec<Entry>,
    bucket: Vec<(u16, u16)>,
}

/// A keyword's last word, packed for a quick first comparison.
struct Entry {
    /// Its first eight bytes, little-endian, zero-padded.
    head: u64,
    /// The bytes of `head` that count.
    mask: u64,
    /// Its length in bytes.
    len: usize,
    /// Index into [`KEYWORDS`].
    kw: u16,
}

/// The first eight bytes of `w`, little-endian, zero-padded.
fn head(w: &[u8]) -> u64 {
    if let Some(first) = w.first_chunk::<8>() {
        return u64::from_le_bytes(*first);
    }
    w.iter().enumerate().fold(0, |x, (i, &c)| x | u64::from(c) << (8 * i))
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let key = |i: &u16| KEYWORDS[usize::from(*i)].words.last().and_then(|w| bucket_of(w.as_bytes())).unwrap_or(0);
        let mut order: Vec<u16> = (0..KEYWORDS.len()).filter_map(|i| u16::try_from(i).ok()).collect();
        order.sort_by_key(key);
        let mut bucket = vec![(0u16, 0u16); BUCKETS];
        let mut start = 0usize;
        while start < order.len() {
            let k = key(&order[start]);
            let end = start + order[start..].iter().take_while(|i| key(i) == k).count();
            bucket[k] = (u16::try_from(start).unwrap_or(0), u16::try_from(end).unwrap_or(0));
            start = end;
        }
        let entries = order
            .iter()
            .map(|&kw| {
                let last = KEYWORDS[usize::from(kw)].words.last().map_or(&b""[..], |w| w.as_bytes());
                let n = last.len().min(8);
                let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
                Entry { head: head(last), mask, len: last.len(), kw }
            })
            .collect();
        Index { entries, bucket }
    })
}

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

/// Every class in bit order.
#[cfg(test)]
const CLASSES: [C; NCLASS] = [
    C::Placeholder,
    C::Profiling,
    C::Disclose,
    C::Pid,
    C::Consent,
    C::Withdraw,
    C::ObsoleteLaw,
    C::Chrome,
    C::Vague,
    C::Minimum,
    C::RetentionWord,
    C::LegacyBasis,
    C::VaguePurpose,
    C::SaStale,
    C::Checkbox,
    C::Markup,
    C::Garbled,
    C::UnfinishedColon,
    C::UnfinishedDangling,
    C::UnfinishedQuestion,
    C::DateInBody,
    C::VagueRetention,
    C::MinimumRetention,
    C::Maximum,
    C::AsLongAs,
    C::Need,
    C::SourceWord,
    C::Number,
    C::TimeUnit,
    C::Period,
    C::RecordsPlan,
    C::Tietosuoja,
    C::Vendor,
    C::Paluu,
    C::Etusivu,
    C::Neg,
    C::DateLabel,
    C::Yes,
    C::No,
];

/// Scans one text version. `buf` is a reused buffer. `unfinished`: check for unfinished
/// text, `Some(true)` when the notice follows the text with a list (a colon is answered).
#[allow(clippy::too_many_lines)] // The single pass over a text; split, it would scan twice.
pub(crate) fn scan_str(s: &str, lang: Lang, unfinished: Option<bool>, buf: &mut Vec<u8>) -> Scan {
    // A lowercase copy with the same offsets: ASCII here, Ä Ö Å ... (two bytes) in the loop.
    buf.clear();
    buf.extend_from_slice(s.as_bytes());
    buf.make_ascii_lowercase();
    let mut st = State {
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
    };
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
        let next = b.get(i + len).copied();
        match ch {
            ' ' | '\t' | '\r' | '\u{A0}' => sep |= SPACE,
            '\n' => {
                sep |= NEWLINE;
                st.end_line(b, i);
            }
            '/' => sep |= SLASH,
            '-' | '–' | '—' => sep |= DASH,
            '.' | '!' | '?' => {
                sep |= DOT;
                if next.is_none_or(|x| x.is_ascii_whitespace()) {
                    st.end_sentence();
                }
                if ch == '?' && b.get(i..i + 3) == Some(b"???") {
                    st.commit(C::Placeholder, (i as u32, (i + 3) as u32));
                }
            }
            ':' => {
                sep |= COLON;
                st.end_clause();
            }
            ',' | ';' => {
                sep |= OTHER;
                st.l_commas += u32::from(ch == ',');
                st.end_clause();
            }
            '•' | '·' | '▪' | '◦' => sep |= BULLET,
            '☐' | '□' | '☑' | '☒' | '■' | '❏' => {
                sep |= BULLET;
                st.commit(C::Checkbox, (i as u32, (i + len) as u32));
            }
            '\u{FFFD}' => {
                sep |= OTHER;
                st.commit(C::Garbled, (i as u32, (i + len) as u32));
            }
            '*' | '_' if next == Some(c) => {
                sep |= OTHER;
                st.commit(C::Markup, (i as u32, (i + 2) as u32));
            }
            '&' => {
                sep |= OTHER;
                let rest = &b[i + 1..];
                const ENTITIES: [&[u8]; 6] = [b"nbsp;", b"amp;", b"quot;", b"lt;", b"gt;", b"#"];
                if ENTITIES.iter().any(|e| rest.starts_with(e)) {
                    st.commit(C::Markup, (i as u32, (i + 2).min(n) as u32));
                }
            }
            '<' | '[' => {
                sep |= OTHER;
                let rest = &b[i + 1..];
                const TAGS: [&[u8]; 8] = [b"br", b"p>", b"/", b"div", b"span", b"b>", b"i>", b"strong"];
                const HOLES: [&str; 12] =
                    ["täydennä", "lisää", "nimi", "fyll i", "namn", "fill in", "insert", "name", "...", "…", " ]", "]"];
                if ch == '<' && TAGS.iter().any(|t| rest.starts_with(t)) {
                    st.commit(C::Markup, (i as u32, (i + 2).min(n) as u32));
                } else if HOLES.iter().any(|h| rest.starts_with(h.as_bytes())) {
                    let end =
                        rest.iter().position(|x| matches!(x, b']' | b'>' | b'\n')).map_or(n, |p| i + 2 + p).min(n);
                    st.commit(C::Placeholder, (i as u32, end as u32));
                }
            }
            '#' if st.l_words == 0 && matches!(next, Some(b'#' | b' ')) => {
                sep |= OTHER;
                st.commit(C::Markup, (i as u32, (i + 1) as u32));
            }
            '\\' if next == Some(b'n') => {
                sep |= OTHER;
                st.commit(C::Markup, (i as u32, (i + 2) as u32));
            }
            _ => sep |= OTHER,
        }
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

// ---- Unfinished paragraphs -------------------------------------------------------------

fn list_marker(line: &str) -> bool {
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
fn is_prose(line: &str, words: u32, commas: u32) -> bool {
    line.ends_with(['.', '!', '?']) && words >= 5 && commas * 3 < words
}

/// A short line without punctuation, like a heading.
fn is_heading_like(line: &str, words: u32, commas: u32) -> bool {
    words <= 6 && commas == 0 && !line.ends_with(['.', ':', ';'])
}

/// The lead-in announces a list ("tietoja ovat:", "seuraavia tietoja:").
fn announces_list(line: &str) -> bool {
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
fn dangles(lang: Lang, w: &[u8]) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str, lang: Lang) -> Scan {
        let mut buf = Vec::new();
        scan_str(s, lang, Some(false), &mut buf)
    }

    fn fi(s: &str) -> Scan {
        scan(s, Lang::Fi)
    }

    #[test]
    fn lowercases_finnish_capitals_in_place() {
        let mut buf = Vec::new();
        scan_str("ÄÖÅ Éa ×", Lang::Fi, None, &mut buf);
        assert_eq!(std::str::from_utf8(&buf).unwrap(), "äöå éa ×");
        assert!(fi("SÄILYTETÄÄN TOISTAISEKSI").has(C::Vague));
    }

    #[test]
    fn negation_hides_disclosure_and_profiling() {
        assert!(!fi("Tietoja ei luovuteta kolmansille osapuolille.").has(C::Disclose));
        assert!(fi("Voimme luovuttaa ilmoittautumistietosi kumppaneille.").has(C::Disclose));
        assert!(fi("Tietoja luovutetaan vain viranomaisille.").has(C::Disclose));
        assert!(!fi("Automaattista päätöksentekoa tai profilointia ei suoriteta.").has(C::Profiling));
        assert!(fi("Tarjonnan kohdentamiseen ja analysointiin.").has(C::Profiling));
        assert!(fi("Tietoja ei luovuteta kolmansille, mutta voimme luovuttaa ne kumppaneille.").has(C::Disclose));
        assert!(scan("Uppgifterna lämnas ut till polisen.", Lang::Sv).has(C::Disclose));
        assert!(!scan("Uppgifterna lämnas inte ut.", Lang::Sv).has(C::Disclose));
    }

    #[test]
    fn vague_retention_phrases() {
        assert!(fi("Lomakkeet säilytetään tarpeen mukaan.").has(C::Vague));
        assert!(fi("Tiedot säilytetään niin kauan kuin on tarpeellista.").has(C::Vague));
        assert!(!fi("Tiedot säilytetään niin kauan kuin asiakassuhde on voimassa.").has(C::Vague));
        assert!(scan("Data are kept as long as necessary.", Lang::En).has(C::Vague));
        let s = fi("Henkilötiedot säilytetään vähintään asiakassuhteen keston ajan.");
        assert!(s.has(C::MinimumRetention) && !s.has(C::Maximum));
        assert!(fi("Tallenteet säilytetään 30 vuorokautta.").has(C::Period));
        assert!(fi("Tietoja säilytetään kolme vuotta sen jälkeen.").has(C::Period));
    }

    #[test]
    fn checkbox_residue_and_dates_in_body() {
        assert!(fi("- Ei\n Kyllä\n\nViestinnässä voidaan käyttää ostopalvelua.").has(C::Checkbox));
        assert!(fi("Ei / Kyllä").has(C::Checkbox));
        assert!(!fi("Ei. Kyllä, mutta vain osittain.").has(C::Checkbox));
        assert!(fi("☐ Kyllä").has(C::Checkbox));
        assert!(fi("- suostumus\n\nPäivitetty: 30.5.2024\n\n- sopimus").has(C::DateInBody));
        assert!(!fi("Laki tuli voimaan 1.1.2019.").has(C::DateInBody));
    }

    #[test]
    fn web_chrome() {
        assert!(fi("fbpx\n\nJämsä Tehdas etätyötilan logo").has(C::Chrome));
        assert!(fi("Tekstiä.\n\nPALUU TEHTAAN ETUSIVULLE").has(C::Chrome));
        assert!(fi("p. 029 566 6700, tietosuoja@om.fiSuosikit").has(C::Chrome));
        assert!(fi("Suosikit\n\nChat-palvelun tietosuojaseloste").has(C::Chrome));
        assert!(!fi("Kiinnostuksen kohteet, suosikit ja aihepainotukset").has(C::Chrome));
        assert!(!fi("Paluu työhön sovitaan erikseen.").has(C::Chrome));
    }

    #[test]
    fn placeholders_markup_and_garbage() {
        assert!(fi("Yhteyshenkilö: TODO").has(C::Placeholder));
        assert!(fi("Puhelin 040 xxx xxxx").has(C::Placeholder));
        assert!(fi("Tietoja ovat [täydennä].").has(C::Placeholder));
        assert!(!fi("Taksi ja Kelan korvaus.").has(C::Placeholder));
        assert!(fi("oikeusperusteet**Henkilötietojen käsittelyn tarkoitus:**").has(C::Markup));
        assert!(fi("Tiedot&nbsp;säilytetään").has(C::Markup));
        assert!(!fi("Nimi & osoite").has(C::Markup));
        assert!(fi("HenkilÃ¶tiedot").has(C::Garbled));
        assert!(!fi("Henkilötiedot").has(C::Garbled));
    }

    #[test]
    fn obsolete_law_and_stale_authority() {
        assert!(fi("Henkilötietolain 10 §:n mukainen rekisteriseloste").has(C::ObsoleteLaw));
        assert!(fi("henkilötietolaki (523/1999)").has(C::ObsoleteLaw));
        assert!(!fi("Tietosuojalaki (1050/2018)").has(C::ObsoleteLaw));
        let s = fi("Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, p. +358 29 56 60700");
        assert!(s.has(C::SaStale) && s.has(C::Tietosuoja));
        assert!(!fi("Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, puh. 029 566 6700").has(C::SaStale));
    }

    #[test]
    fn consent_and_withdrawal() {
        assert!(fi("Sijaintitiedot, mikäli olet antanut siihen nimenomaisen suostumuksesi.").has(C::Consent));
        assert!(!fi("Käsittely ei perustu suostumukseen.").has(C::Consent));
        assert!(fi("Voit peruuttaa suostumuksesi milloin tahansa.").has(C::Withdraw));
        assert!(!fi("Käsittely perustuu lakiin.").has(C::Withdraw));
    }

    #[test]
    fn vendors_and_identity_codes() {
        let s = fi("Saatat nähdä Facebook- tai Google-mainoksia.");
        assert_eq!(s.vendors, 0b101);
        assert_eq!(fi("Kameran zoomaus").vendors, 0);
        assert!(fi("Henkilötunnus tallennetaan vain silloin, kun asiakkaalla ei ole Y-tunnusta.").has(C::Pid));
        assert!(fi("Henkilötunnus tallennetaan laskutusta varten.").has(C::Pid));
        assert!(!fi("Henkilötunnusta ei kerätä.").has(C::Pid));
    }

    #[test]
    fn unfinished_texts() {
        assert!(
            fi("EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on ")
                .has(C::UnfinishedDangling)
        );
        assert!(fi("Rekisteriin tallennettavia tietoja ovat:").has(C::UnfinishedColon));
        assert!(fi("Rekisteriin tallennettavia tietoja ovat:\n\nHenkilötunnus tallennetaan vain silloin, kun asiakkaalla ei ole Y-tunnusta ja työntekijöiltä.").has(C::UnfinishedColon));
        assert!(fi("Evästeiden avulla voidaan kerätä muun muassa seuraavia tietoja:\n\nKolmannen osapuolen evästeet\n\nSivustollamme voi olla painikkeita.").has(C::UnfinishedColon));
        assert!(!fi("Tietoja ovat:\n- nimi\n- osoite").has(C::UnfinishedColon));
        assert!(!fi("Tietoja ovat:\n\nNimi, osoite, puhelinnumero, sähköpostiosoite.").has(C::UnfinishedColon));
        assert!(!fi("Lisätietoja:\n\nMatti Meikäläinen").has(C::UnfinishedColon));
        assert!(fi("- Ei\n- Kyllä\n\nMilloin toteutetaan?").has(C::UnfinishedQuestion));
        let ok = fi("Tiedot kerätään rekisteröidyltä itseltään. Tallenteet säilytetään 30 vuorokautta.");
        assert!(!ok.has(C::UnfinishedDangling) && !ok.has(C::UnfinishedColon) && !ok.has(C::UnfinishedQuestion));
    }

    #[test]
    fn quotes_are_short_and_marked_when_cut() {
        let s = "Alku, jossa kerrotaan kaikenlaista muuta aivan ensin ja pitkään. Lomakkeet säilytetään tarpeen mukaan. Google Analytics 1 vuorokausi-2 vuotta ja paljon muuta tekstiä tässä perässä.";
        let sc = fi(s);
        let q = quote(s, sc.span(C::Vague), false);
        assert!(q.contains("tarpeen mukaan"), "{q}");
        assert!(q.chars().count() <= 90, "{q}");
        assert!(q.starts_with('…') && q.ends_with('…'), "{q}");
    }

    proptest::proptest! {
        #[test]
        fn scanning_and_quoting_never_panic(
            s in "(\\PC|[\n:.,?*_&<>\\[\\]/–☐ÄÖÅäöåÃ¤â€])*",
        ) {
            for lang in Lang::ALL {
                let sc = scan(&s, lang);
                for c in CLASSES {
                    if sc.has(c) {
                        let q = quote(&s, sc.span(c), false);
                        let l = quote(&s, sc.span(c), true);
                        proptest::prop_assert!(q.chars().count() <= s.chars().count() + 2);
                        proptest::prop_assert!(l.chars().count() <= s.chars().count() + 2);
                    }
                }
            }
        }
    }

    #[test]
    fn every_class_is_in_bit_order() {
        for (i, c) in CLASSES.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
    }
}
