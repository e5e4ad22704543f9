//! Polarity: what a sentence says about an act (a transfer, a disclosure) clause by clause,
//! with its negations, exceptions ("paitsi", "edellä mainitun lisäksi"), hedges
//! ("pääsääntöisesti"), restrictions ("vain") and conditions ("jos").

use super::*;

/// What a sentence says about an act (a transfer, a disclosure), read clause by clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Polarity {
    /// It happens ("siirretään", "lämnas ut", "we share").
    Yes,
    /// It does not ("ei siirretä", "överförs inte", "are not transferred", "we do not share").
    No,
    /// It does, only in some cases ("luovutetaan vain ...", "ei luovuteta muutoin kuin
    /// lain nojalla", "except"): a yes with a restriction.
    Restricted,
    /// One clause says it does, another that it does not.
    Mixed,
    /// Only if ("jos", "mikäli", "om", "if"): no answer can be read.
    Conditional,
}

/// The clauses of a sentence: cut at commas, semicolons, colons, dashes and brackets, and
/// before the words that start a contrasting clause ("mutta", "men", "but", "however").
/// A colon inside a word is the Finnish case ending's ("EU:n", "Oy:n"), no cut.
pub(crate) fn clauses(s: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let cut: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let in_word = c == ':' && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
            if in_word { '\u{2060}' } else { c }
        })
        .collect();
    for piece in cut.split([',', ';', ':', '(', ')', '–', '—']) {
        let piece = piece.replace('\u{2060}', ":");
        let mut cur: Vec<String> = Vec::new();
        for w in folded_words(&piece) {
            if matches!(w.as_str(), "mutta" | "vaan" | "men" | "utan" | "but" | "however" | "whereas")
                && !cur.is_empty()
            {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(w);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

/// The words that open a condition.
pub(crate) const CONDITIONS: &[&str] =
    &["jos", "mikali", "mikaeli", "ifall", "om", "if", "should", "where", "whenever", "kun"];
/// The words that make a negated act an exception ("ei luovuteta paitsi ...", "not ...
/// except"): the act does happen, in some cases.
const EXCEPTIONS: &[&str] =
    &["paitsi", "lukuunottamatta", "ellei", "ellet", "elleivat", "utom", "forutom", "except", "unless", "excluding"];
/// The phrases that do the same.
const EXCEPTION_PHRASES: &[&str] = &[
    "muutoin kuin",
    "muuten kuin",
    "lukuun ottamatta",
    "mainitun lisaksi",
    "mainittujen lisaksi",
    "annat an",
    "utover det",
    "other than",
    "savida inte",
    "with the exception",
    "apart from the above",
    "in addition to the above",
];
/// Words that hedge a statement ("ei pääsääntöisesti siirrä": as a rule, not): a hedged
/// no is no plain no.
const HEDGES: &[&str] = &[
    "paasaantoisesti",
    "yleensa",
    "lahtokohtaisesti",
    "tavallisesti",
    "normaalisti",
    "periaatteessa",
    "huvudsakligen",
    "vanligtvis",
    "normalt",
    "generally",
    "normally",
    "usually",
    "typically",
    "principally",
];
/// Phrases that hedge likewise.
const HEDGE_PHRASES: &[&str] = &["i regel", "i princip", "as a rule", "in principle", "in general"];

/// True when a clause (folded words) is hedged.
fn hedged(clause: &[String]) -> bool {
    let spaced = format!(" {} ", clause.join(" "));
    clause.iter().any(|w| HEDGES.contains(&w.as_str()))
        || HEDGE_PHRASES.iter().any(|p| spaced.contains(&format!(" {p} ")))
}
/// The words that restrict an affirmed act ("luovutetaan vain viranomaisille").
const RESTRICTIONS: &[&str] = &["vain", "ainoastaan", "endast", "bara", "only", "solely"];

/// The polarity of a sentence about an act named by `verbs` (word stems), or `None` when
/// no clause names the act. A clause is negated when it has a word of negation; a negated
/// clause with an exception, or an affirmative one with "vain"/"only", is a restricted yes.
pub(crate) fn polarity(s: &str, verbs: &[&str]) -> Option<Polarity> {
    if is_question(s) || fragment(s) {
        return None;
    }
    let clauses = clauses(s);
    let all: Vec<&String> = clauses.iter().flatten().collect();
    let (mut yes, mut no, mut hedged_no) = (false, false, false);
    for c in &clauses {
        if !c.iter().any(|w| verbs.iter().any(|v| w.starts_with(v))) {
            continue;
        }
        if c.iter().any(|w| is_negation(w)) {
            // "ei yleensä luovuteta": as a rule not, so sometimes yes. Alone it answers
            // neither way; with a yes beside it, the yes is a restricted one.
            if hedged(c) {
                hedged_no = true;
            } else {
                no = true;
            }
        } else {
            yes = true;
        }
    }
    if !yes && !no && !hedged_no {
        return None;
    }
    if all.first().is_some_and(|w| CONDITIONS.contains(&w.as_str())) {
        return Some(Polarity::Conditional);
    }
    let spaced = format!(" {} ", all.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(" "));
    let exception = all.iter().any(|w| EXCEPTIONS.contains(&w.as_str()))
        || EXCEPTION_PHRASES.iter().any(|p| spaced.contains(&format!(" {p} ")));
    let restricted = all.iter().any(|w| RESTRICTIONS.contains(&w.as_str()));
    Some(match (yes || hedged_no, no) {
        (true, true) => Polarity::Mixed,
        (false, true) if exception => Polarity::Restricted,
        (false, true) => Polarity::No,
        (true, false) if !yes => Polarity::Conditional,
        (true, false) if restricted || exception || hedged_no => Polarity::Restricted,
        _ => Polarity::Yes,
    })
}

/// The stems of the verbs of transferring.
const TRANSFER_VERBS: &[&str] = &[
    "siirr", "siirt", "luovut", "overfor", "transfer", "utlamn", "lamnas", "lamna", "flytt", "delas", "dela", "jaet",
    "share", "sent", "send",
];
/// The stems of the verbs of where data are processed or kept ("voidaan käsitellä EU:n
/// ulkopuolella", "servrar befinner sig i USA", "stored outside the EEA"): a transfer only
/// with a place outside the EU/EEA, never with "EU" alone ("käsitellään EU:n alueella").
const LOCATION_VERBS: &[&str] = &[
    "kasitel", "kasittel", "sijait", "tallenn", "sailyt", "behandl", "lagr", "befinn", "finns", "process", "stored",
    "store", "located", "hosted", "kept",
];

/// True when the folded words of a clause name a place outside the EU/EEA: "outside" with
/// the EU, or a third country.
fn names_outside(clause: &[String]) -> bool {
    let spaced = format!(" {} ", clause.join(" "));
    (names_region(clause)
        && clause.iter().any(|w| w.starts_with("ulkopuol") || w == "outside" || w == "utanfor" || w == "beyond"))
        || [
            " kolmansi",
            " kolmanteen maahan",
            " kolmannen maan",
            " third countr",
            " tredje land",
            " tredjeland",
            " yhdysval",
            " united states",
            " usa ",
        ]
        .iter()
        .any(|p| spaced.contains(p))
}

/// A question ("Siirretäänkö tietoja ...?", "Are data transferred ...?"): it asks, it does
/// not say. Finnish marks a question with -ko/-kö on its first word.
pub(crate) fn is_question(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with('?') || folded_words(t).first().is_some_and(|w| w.chars().count() >= 7 && w.ends_with("ko"))
}

/// A heading-like fragment, not a sentence: a few words without a final stop ("10 Tietojen
/// siirto EU:n tai", a table cell broken over lines). It states nothing.
pub(crate) fn fragment(s: &str) -> bool {
    let t = s.trim_end();
    !t.ends_with(['.', '!', ';', ')', '"', '”']) && crate::import::lines::word_count(t) <= 8
}

/// True when the folded words of a clause name the region outside the EU/EEA, a third
/// country or a transfer safeguard.
fn names_region(clause: &[String]) -> bool {
    let spaced = format!(" {} ", clause.join(" "));
    clause.iter().any(|w| {
        ["eu", "eun", "eta", "etan", "eea", "ees", "eus", "etaalueen", "euta", "eussa", "eusta"].contains(&w.as_str())
    }) || [
        " euroopan talousalue",
        " kolmansiin maihin",
        " kolmanteen maahan",
        " kolmannen maan",
        " third countr",
        " tredje land",
        " tredjeland",
        " maiden valilla",
        " outside the eu",
        " outside the eea",
        " outside europe",
        " outside the european",
        " utanfor europa",
        " vakiosopimuslauseke",
        " standard contractual",
        " standardavtalsklausul",
        " yhdysval",
        " united states",
        " usa ",
        // Under a heading that names them: "Tietoja ei luovuteta ko. alueiden ulkopuolelle."
        " ko alueiden ulkopuol",
        " kyseisten alueiden ulkopuol",
        " naiden alueiden ulkopuol",
        " utanfor dessa omraden",
        " outside these areas",
    ]
    .iter()
    .any(|p| spaced.contains(p))
}

/// What a sentence about transfers outside the EU/EEA says, or `None` when it is not about
/// them. A clause counts when it names both an act of transferring and the region, a third
/// country or a safeguard ("...ennen kuin tietoja siirretään kolmannelle osapuolelle, ja
/// tietoja ei jaeta EU:n ulkopuolelle": only the second clause is about transfers).
/// Questions say nothing.
pub(crate) fn transfer_polarity(s: &str) -> Option<Polarity> {
    if is_question(s) || fragment(s) {
        return None;
    }
    let clauses = clauses(s);
    let relevant: Vec<&Vec<String>> = clauses
        .iter()
        .filter(|c| {
            (c.iter().any(|w| TRANSFER_VERBS.iter().any(|v| w.starts_with(v))) && names_region(c))
                || (c.iter().any(|w| LOCATION_VERBS.iter().any(|v| w.starts_with(v))) && names_outside(c))
        })
        .collect();
    if relevant.is_empty() {
        // The verb and the region in different clauses of one short sentence ("Tietoja ei
        // siirretä, eikä niitä säilytetä, EU:n ulkopuolelle") is rare; read nothing.
        return None;
    }
    // "ei pääsääntöisesti siirrä": as a rule not, so sometimes. Alone it answers neither
    // way (a note asks the DPO); beside a yes it does not contradict it.
    let no = relevant.iter().any(|c| c.iter().any(|w| is_negation(w)) && !hedged(c));
    let hedged_no = relevant.iter().any(|c| c.iter().any(|w| is_negation(w)) && hedged(c));
    let yes = relevant.iter().any(|c| !c.iter().any(|w| is_negation(w)));
    let first = clauses.first().and_then(|c| c.first());
    if first.is_some_and(|w| CONDITIONS.contains(&w.as_str())) {
        return Some(Polarity::Conditional);
    }
    let spaced = format!(" {} ", clauses.iter().flatten().map(String::as_str).collect::<Vec<_>>().join(" "));
    // A rule, not a practice: "Personal data shall not be transferred outside the EEA
    // unless that country ensures an adequate level of protection" (a data-protection
    // principle quoted in a notice) says when transfers may happen, not that they do.
    // Likewise "ei siirretä ... ilman asianmukaista suojamekanismia (esim. SCC)", "not
    // transferred without appropriate safeguards", "överförs inte utan lämpliga
    // skyddsåtgärder": a no with a safeguard that lifts it says when transfers happen.
    let without = no
        && [" ilman ", " without ", " utan "].iter().any(|w| spaced.contains(w))
        && [
            "suojamekanism",
            "suojatoim",
            "suojakeino",
            "asianmukai",
            "safeguard",
            "appropriate",
            "skyddsatgard",
            "skyddsmekanism",
            "lampliga",
            "vakiosopimus",
            "standard contractual",
            "standardavtalsklausul",
            " scc",
        ]
        .iter()
        .any(|a| spaced.contains(a));
    let rule = spaced.contains(" shall ")
        || without
        || (spaced.contains(" unless ") || spaced.contains(" ellei ") || spaced.contains(" utom om "))
            && ["adequa", "riittav", "tillracklig", "adekvat"].iter().any(|a| spaced.contains(a));
    if rule {
        return Some(Polarity::Conditional);
    }
    let exception = clauses.iter().flatten().any(|w| EXCEPTIONS.contains(&w.as_str()))
        || EXCEPTION_PHRASES.iter().any(|p| spaced.contains(&format!(" {p} ")));
    Some(match (yes, no) {
        (true, true) => Polarity::Mixed,
        (false, true) if exception => Polarity::Restricted,
        (false, true) => Polarity::No,
        (false, false) if hedged_no => Polarity::Conditional,
        _ if hedged_no => Polarity::Restricted,
        _ => Polarity::Yes,
    })
}

/// A sentence about transfers outside the EU/EEA: `Some(Yes)` or `Some(No)` when it says
/// so plainly (a restricted yes is a yes), `None` otherwise.
#[cfg(test)]
pub(crate) fn transfer_statement(s: &str) -> Option<Answer> {
    match transfer_polarity(s)? {
        Polarity::Yes | Polarity::Restricted => Some(Answer::Yes),
        Polarity::No => Some(Answer::No),
        Polarity::Mixed | Polarity::Conditional => None,
    }
}
