//! The keyword table of the text scan: the fi/sv/en words and phrases each class stands for,
//! the vendors that mean a transfer, and the index that finds a word's entries by its first
//! two bytes.

use super::C;
use crate::model::Lang;
use std::sync::OnceLock;

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
pub(super) struct Kw {
    pub(super) words: &'static [&'static str],
    pub(super) prefix: bool,
    pub(super) class: C,
    pub(super) vendor: u8,
    pub(super) langs: u8,
}

pub(super) const ANY: u8 = 0;
pub(super) const FI: u8 = 1;
pub(super) const SV: u8 = 2;
pub(super) const EN: u8 = 4;

pub(super) fn lang_bit(lang: Lang) -> u8 {
    match lang {
        Lang::Fi => FI,
        Lang::Sv => SV,
        Lang::En => EN,
    }
}

pub(super) const fn w(words: &'static [&'static str], class: C) -> Kw {
    Kw { words, prefix: false, class, vendor: u8::MAX, langs: ANY }
}

pub(super) const fn p(words: &'static [&'static str], class: C) -> Kw {
    Kw { words, prefix: true, class, vendor: u8::MAX, langs: ANY }
}

pub(super) const fn v(words: &'static [&'static str], prefix: bool, vendor: u8) -> Kw {
    Kw { words, prefix, class: C::Vendor, vendor, langs: ANY }
}

/// A word that means `class` only in the languages `langs`.
pub(super) const fn l(word: &'static [&'static str], class: C, langs: u8) -> Kw {
    Kw { words: word, prefix: false, class, vendor: u8::MAX, langs }
}

/// The keyword table, lowercase. Finnish inflects, so most Finnish entries are stems.
pub(super) const KEYWORDS: &[Kw] = &[
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
pub(super) const BUCKETS: usize = 1024;

/// The bucket of a word (or keyword): a hash of its first two bytes. Every keyword's last
/// word has at least two bytes, so shorter words match nothing.
pub(super) fn bucket_of(w: &[u8]) -> Option<usize> {
    match w {
        [a, b, ..] => Some((usize::from(*a) * 37 + usize::from(*b)) % BUCKETS),
        _ => None,
    }
}

/// Indices into [`KEYWORDS`] grouped by the bucket of the entry's last word, so a word
/// is compared with one or two entries at most.
pub(super) struct Index {
    pub(super) entries: Vec<Entry>,
    pub(super) bucket: Vec<(u16, u16)>,
}

/// A keyword's last word, packed for a quick first comparison.
pub(super) struct Entry {
    /// Its first eight bytes, little-endian, zero-padded.
    pub(super) head: u64,
    /// The bytes of `head` that count.
    pub(super) mask: u64,
    /// Its length in bytes.
    pub(super) len: usize,
    /// Index into [`KEYWORDS`].
    pub(super) kw: u16,
}

/// The first eight bytes of `w`, little-endian, zero-padded.
pub(super) fn head(w: &[u8]) -> u64 {
    if let Some(first) = w.first_chunk::<8>() {
        return u64::from_le_bytes(*first);
    }
    w.iter().enumerate().fold(0, |x, (i, &c)| x | u64::from(c) << (8 * i))
}

pub(super) fn index() -> &'static Index {
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
