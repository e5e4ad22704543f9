//! Heading candidates: a line's shape (numbering, length, final punctuation, no contact
//! details), the dictionary's and the workspace's match, and `Label: value` lines.

use super::*;

/// Markdown and a final colon off, for matching and for extra-section headings.
pub(super) fn clean_heading(s: &str) -> String {
    let s = s.trim_start_matches('#').replace("**", " ").replace("__", " ");
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    while out.ends_with(':') {
        out.pop();
    }
    out.trim().to_owned()
}

/// The last words a heading cannot end with: a sentence that stops (seed 003's "...
/// käsittelylle on") is not a heading.
pub(super) const DANGLING: &[&str] = &[
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
    // A lead-in that stops at a conjunction or an article ("Henkilötietoja käsitellään,
    // koska", "Vi behandlar personuppgifter eftersom", "We process data because") goes on
    // in what follows.
    "koska",
    "etta",
    "jotta",
    "kun",
    "jos",
    "mutta",
    "kuin",
    "eli",
    "esimerkiksi",
    "eftersom",
    // "..., nämligen", "namely", "nimittäin", "such as": the list follows.
    "namligen",
    "nimittain",
    "namely",
    "sasom",
    "att",
    "samt",
    "nar",
    "because",
    "that",
    "if",
    "when",
    "whether",
    "including",
    // "Detta innefattar", "Tähän kuuluvat", "This includes": a verb waiting for its list.
    "innefattar",
    "omfattar",
    "inkluderar",
    "includes",
    "include",
    "sisaltaa",
    "sisaltavat",
    "kuuluvat",
    "kuuluu",
    "the",
    "a",
    "an",
    "of",
];
/// The words a question heading starts with (folded), fi/sv/en.
pub(super) const QUESTION_WORDS: &[&str] = &[
    "mita", "miten", "mika", "mitka", "kuka", "ketka", "kenen", "keille", "kenelle", "mista", "mihin", "miksi",
    "milloin", "kuinka", "vad", "hur", "vem", "vilka", "vilken", "vilket", "varfor", "varifran", "what", "how", "who",
    "whom", "whose", "which", "where", "why", "when",
];
pub(super) const COPULAS: &[&str] = &["on", "ovat", "oli", "olivat", "ei", "is", "are", "was", "ar", "var"];

pub(super) fn digits_in(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

/// A heading the workspace was taught, else the lexicon's [`lookup`].
pub(super) fn known(clean: &str, taught: &Synonyms) -> Option<Match> {
    taught.lookup(clean).map(|target| Match { target, fuzzy: false }).or_else(|| lookup(clean))
}

/// A line that may be a heading: not a list item, not a sentence, no e-mail address or
/// phone number. Returns the heading with its dictionary match.
pub(super) fn candidate(line: &SrcLine, taught: &Synonyms) -> Option<Heading> {
    let text = line.text.as_str();
    // " | " joins the cells of a grid table's row (see `grid_rows`): data, no heading.
    if list_marker(text).is_some()
        || text.contains(" | ")
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
    // A whole sentence and more ("Osa palveluntarjoajista säilyttää tietoja EU:n
    // ulkopuolella. Käytämme seuraavia palveluita: Google") is text, however the line ends.
    if ends_a_sentence_inside(&clean) {
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
    // "Mitä oikeuksia rekisteröidyllä on?" asks; only a statement that stops dangles. A
    // heading that opens with a question word ("Who we are", "Vilka vi är") asks too.
    let opens_question = words.first().is_some_and(|w| QUESTION_WORDS.contains(&w.as_str()));
    if last != '?' && !opens_question && words.last().is_some_and(|w| DANGLING.contains(&w.as_str())) {
        return None;
    }
    let mut matched = known(&clean, taught);
    // An organisation's name set on a line of its own ("Linode, LLC", "Esimerkki Oy") begins
    // a contact block, not a section.
    const LEGAL_FORMS: &[&str] = &["oy", "oyj", "ab", "abp", "ry", "rf", "llc", "ltd", "inc", "gmbh", "plc", "limited"];
    if matched.is_none()
        && numbering.is_none()
        && words.len() >= 2
        && words.last().is_some_and(|w| LEGAL_FORMS.contains(&w.as_str()))
    {
        return None;
    }
    // The notice's own title ("Privacy notice: how we use your data", "Tietosuojaseloste –
    // Jäsenrekisteri") names the notice, not one of its sections.
    if notice_title(&clean) {
        matched = None;
    }
    // A line of text that lost its full stop names an element somewhere in it ("Ett konto
    // avslutas genom att som användare välja att radera det eller genom en administratör"):
    // an unnumbered heading of more than twelve words is a question or no heading by the
    // dictionary. A label with its value ("Aktivitetsdata: Tid för skapande och ändring av
    // profil") is matched by its label, never by a spelling variant in the value.
    if numbering.is_none() && last != '?' && words.len() > 12 {
        matched = None;
    }
    if clean.contains(": ") && matched.is_some_and(|m| m.fuzzy) {
        matched = None;
    }
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

/// True when a line holds a sentence of four words or more and then goes on: a paragraph
/// whose last sentence lacks its full stop, not a heading.
pub(super) fn ends_a_sentence_inside(clean: &str) -> bool {
    let sentences = crate::import::lines::sentences(clean);
    sentences.len() >= 2 && sentences.first().is_some_and(|s| s.ends_with('.') && word_count(s) >= 4)
}

/// True when a line stops at a word that needs the next line to finish it ("...
/// oikeusperuste on", "We process your data because"): what follows goes on with it.
pub(super) fn dangles(text: &str) -> bool {
    let t = text.trim_end_matches(['*', '_', ' ']);
    !t.ends_with(['.', ',', ';', '!', '?', ':'])
        && fold(t).split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).is_some_and(|w| DANGLING.contains(&w))
}

/// A heading that starts with the name of the document type and goes on after a colon or a
/// dash: the title of the whole notice.
pub(super) fn notice_title(clean: &str) -> bool {
    const KINDS: &[&str] = &[
        "privacy notice",
        "privacy policy",
        "privacy statement",
        "data protection notice",
        "tietosuojaseloste",
        "tietosuojailmoitus",
        "rekisteriseloste",
        "tietosuojaselvitys",
        "dataskyddsbeskrivning",
        "dataskyddsmeddelande",
        "integritetspolicy",
        "integritetsmeddelande",
        "registerbeskrivning",
    ];
    let f = fold(clean);
    KINDS.iter().any(|k| {
        f.strip_prefix(k).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with([':', '-', '–', '—', '|'])
        })
    })
}

/// A postal code before a place name ("00531 Helsingfors") or a PO box: a contact line.
pub(super) fn address_like(s: &str) -> bool {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    words.windows(2).any(|w| {
        let code = w[0].strip_prefix("FI-").unwrap_or(w[0]);
        code.len() == 5
            && code.chars().all(|c| c.is_ascii_digit())
            && w[1].chars().next().is_some_and(char::is_uppercase)
    }) || words.windows(2).any(|w| matches!(w[0], "PL" | "PB") && w[1].chars().all(|c| c.is_ascii_digit()))
}

/// True when a heading candidate also has the shape of a heading without the
/// dictionary: short, capitalised, no colon, at most one comma.
pub(super) fn shape(h: &Heading) -> bool {
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
pub(super) fn sentence_like(t: &str) -> bool {
    let words = word_count(t);
    list_marker(t).is_none()
        && !t.contains('@')
        && !phone_like(t)
        && (words >= 8 || (words >= 4 && t.ends_with(['.', ':', ';'])))
}

/// True when a paragraph reads as body text (so that the line before it can be its heading).
pub(super) fn body_like(lines: &[SrcLine]) -> bool {
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
pub(super) fn label_line(line: &SrcLine, taught: &Synonyms) -> Option<(Heading, SrcLine)> {
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
    let m = known(&clean, taught).or_else(|| organisation_label(&clean, value))?;
    let words: Vec<String> = fold(&clean).split(|c: char| !c.is_alphanumeric()).map(str::to_owned).collect();
    if m.fuzzy || words.iter().any(|w| COPULAS.contains(&w.as_str())) {
        return None;
    }
    let heading =
        Heading { no: line.no, text: label.trim().to_owned(), clean, numbering, matched: Some(m), label: true };
    Some((heading, SrcLine { no: line.no, text: value.to_owned() }))
}

/// "Yritys: Esimerkki Oy, 1234567-8, Katu 1, 00100 Kaupunki": the organisation as a form's
/// label, before an organisation's contact details (a business ID, a postal code, a
/// street), is the controller.
fn organisation_label(clean: &str, value: &str) -> Option<Match> {
    const ORGANISATION: &[&str] = &[
        "yritys",
        "organisaatio",
        "yhteiso",
        "yhdistys",
        "foretag",
        "organisation",
        "forening",
        "company",
        "organization",
    ];
    let details = value.split(',').count() >= 2 && (digits_in(value) >= 4 || address_like(value));
    (ORGANISATION.contains(&fold(clean).as_str()) && details)
        .then_some(Match { target: Target::Controller, fuzzy: false })
}
