//! Contact details out of prose sentences ("Rekisterinpitäjänä toimii ..., osoitteessa ...").

use super::*;

/// Details out of a sentence: e-mail, phone, street and postal code, and the name after
/// "rekisterinpitäjänä toimii" and similar phrases. Only empty fields are filled.
pub(super) fn from_prose(text: &str, lang: Lang, c: &mut Contact) {
    if c.email.is_empty() {
        if let Some(e) = find_email(text).or_else(|| spelled_email(text)) {
            c.email = e;
        }
    }
    if c.phone.is_empty() {
        if let Some(p) = phone_in_prose(text) {
            c.phone = p;
        }
    }
    if c.postal_code.is_empty() {
        if let Some((street, code, city)) = address_in_prose(text) {
            if c.street.is_empty_in(lang) {
                if let Some(s) = street {
                    *c.street.get_mut(lang) = s;
                }
            }
            c.postal_code = code;
            if c.city.is_empty_in(lang) {
                *c.city.get_mut(lang) = city;
            }
        }
    }
    if c.name.is_empty_in(lang) {
        if let Some(n) = name_in_prose(text) {
            *c.name.get_mut(lang) = n;
        }
    }
}

/// An e-mail address spelled out with a plain "at" in a sentence that speaks of e-mail or
/// of sending ("... by e-mail (kerrokantasi at example.fi)", "... voi lähettää
/// osoitteeseen palaute at kunta.fi", "... kan skickas till info at example.se"), stored
/// with "@". The domain is a host name with no path and no "www."; the part before "at" is
/// one word of an address's letters, so "found at www.example.fi/privacy" is no address.
pub(super) fn spelled_email(text: &str) -> Option<String> {
    const CUES: &[&str] = &[
        "e-mail",
        "email",
        "sahkopost",
        "e-post",
        "epost",
        "mejl",
        "send",
        "sent",
        "lahet",
        "skicka",
        "write",
        "kirjoit",
    ];
    let f = fold(text);
    if !CUES.iter().any(|c| f.contains(c)) {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).find_map(|w| {
        if w[1] != "at" {
            return None;
        }
        let local = w[0].trim_start_matches(['(', '[', '"', '“', '”']);
        let domain = w[2].trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '”']);
        let local_ok = !local.is_empty()
            && local.chars().all(|c| c.is_alphanumeric() || "._-".contains(c))
            && local.chars().next().is_some_and(char::is_alphanumeric);
        let address = format!("{local}@{domain}");
        (local_ok && !fold(domain).starts_with("www.") && is_email(&address)).then_some(address)
    })
}

pub(super) fn phone_in_prose(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let word_start = i == 0 || !chars[i - 1].1.is_alphanumeric();
        if word_start && (c == '0' || c == '+') {
            let mut j = i;
            let mut end = start;
            let mut digits = 0;
            while j < chars.len() && (chars[j].1.is_ascii_digit() || matches!(chars[j].1, ' ' | '-' | '+')) {
                if chars[j].1.is_ascii_digit() {
                    digits += 1;
                    end = chars[j].0 + 1;
                }
                j += 1;
            }
            let candidate = text[start..end].trim();
            if (6..=15).contains(&digits) && !postal(candidate) {
                return Some(candidate.to_owned());
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

pub(super) fn address_in_prose(text: &str) -> Option<(Option<String>, String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (k, w) in words.iter().enumerate() {
        let code = w.trim_end_matches(',');
        if code.len() == 5 && code.chars().all(|c| c.is_ascii_digit()) {
            let city = words.get(k + 1)?.trim_end_matches(['.', ',', ';']);
            if !city.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            // "Virastokatu 2, 55100 Imatra": the street is the word and number before the comma.
            let street = if k >= 2 && words[k - 1].ends_with(',') {
                let number = words[k - 1].trim_end_matches(',');
                let name = words[k - 2];
                (number.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && name.chars().next().is_some_and(char::is_uppercase))
                .then(|| format!("{name} {number}"))
            } else {
                None
            };
            return Some((street, code.to_owned(), city.to_owned()));
        }
    }
    None
}

pub(super) fn name_in_prose(text: &str) -> Option<String> {
    let f = fold(text);
    const PHRASES: &[&str] = &[
        "rekisterinpitajana toimii ",
        "rekisterinpitaja on ",
        "rekisterinpitajana on ",
        "personuppgiftsansvarig ar ",
        "the controller is ",
        "controller is ",
        "tietosuojavastaavana toimii ",
        "tietosuojavastaavana on ",
        "tietosuojavastaava on ",
        "tietosuojavastaavamme on ",
        "dataskyddsombud ar ",
        "dataskyddsombudet ar ",
        "dataskyddsombud fungerar ",
        "som dataskyddsombud fungerar ",
        "som dataskyddsombud verkar ",
        "data protection officer is ",
        "our dpo is ",
        "the dpo is ",
    ];
    for phrase in PHRASES {
        if let Some(at) = f.find(phrase) {
            // fold() keeps char counts for these letters: map the char offset back.
            let start_chars = f[..at + phrase.len()].chars().count();
            let start = text.char_indices().nth(start_chars).map(|(i, _)| i)?;
            let rest = &text[start..];
            let end = rest.find([',', '.', ';', '(']).unwrap_or(rest.len());
            let name = rest[..end].trim();
            if (1..=6).contains(&word_count(name)) {
                return Some(name.to_owned());
            }
        }
    }
    None
}

/// The organisation a sentence starts with: two or more capitalised words (or one with a
/// legal form: "Oy", "Ltd") before its first lower-case word or bracket, not a pronoun or
/// an article ("Esimerkki Oy toimii ...", "Example Buses Ltd (\"Example\") provides ...",
/// "1st Sample Scouts are ...").
pub(crate) fn leading_organisation(sentence: &str) -> Option<String> {
    const STARTERS: &[&str] = &[
        "the", "this", "these", "that", "we", "our", "you", "your", "if", "when", "in", "for", "as", "all", "any",
        "tama", "nama", "me", "meidan", "jos", "kun", "vi", "var", "den", "det", "denna", "detta", "om", "nar", "i",
        "a", "an", "contact", "please",
    ];
    const FORMS: &[&str] = &["oy", "oyj", "ab", "abp", "ry", "rf", "ltd", "llc", "inc", "plc", "gmbh", "limited", "sr"];
    let mut name: Vec<&str> = Vec::new();
    for raw in sentence.split_whitespace() {
        if raw.starts_with(['(', '"', '“', '”', '[']) {
            break;
        }
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capital {
            break;
        }
        name.push(w);
        if raw.ends_with([',', ':', ';', '.']) {
            break;
        }
    }
    let first = name.first()?;
    if STARTERS.contains(&fold(first).as_str()) || name.len() > 6 {
        return None;
    }
    (name.len() >= 2 || name.iter().any(|w| FORMS.contains(&fold(w).as_str()))).then(|| name.join(" "))
}

/// The subject of "... is the data controller" after a leading clause ("For the purposes
/// of the law, the Sample Agency (SA) is the data controller ...", "For the credentials,
/// GDS as part of the Ministry are the data controller."): the capitalised words that
/// start the clause, two or more of them, or one with two capitals ("DfE", "GDS") or a
/// legal form. "Organisations sending notifications are the data controllers" names none.
fn subject_of_controller(sentence: &str, f: &str) -> Option<String> {
    const IS: &[&str] = &[
        " is the data controller",
        " are the data controller",
        " is the controller",
        " are the controller",
        " is an independent data controller",
        " is the joint controller",
    ];
    let at = IS.iter().filter_map(|p| f.find(p)).min()?;
    let before =
        sentence.get(..sentence.char_indices().nth(f[..at].chars().count()).map_or(sentence.len(), |(i, _)| i))?;
    let clause = match before.split_once(", ") {
        Some((_, rest)) => rest,
        None => before,
    };
    let clause = clause.trim();
    let clause = clause.strip_prefix("the ").or_else(|| clause.strip_prefix("The ")).unwrap_or(clause);
    let mut name: Vec<&str> = Vec::new();
    for raw in clause.split_whitespace() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.chars().next().is_some_and(char::is_uppercase) || raw.starts_with('(') {
            break;
        }
        name.push(w);
    }
    let capitals = |w: &str| w.chars().filter(|c| c.is_uppercase()).count() >= 2;
    const FORMS: &[&str] = &["ltd", "llc", "inc", "plc", "limited", "oy", "ab"];
    let named = name.len() >= 2 || name.iter().any(|w| capitals(w) || FORMS.contains(&fold(w).as_str()));
    (named && name.len() <= 6).then(|| name.join(" "))
}

/// See [`super::operator_in_prose`]. The name is the capitalised words after a phrase that
/// says who runs the service, or between "är" and "personuppgiftsansvarig"; a lower-case
/// word after the phrase ("ylläpitää jäsenrekisteriä") names no organisation.
pub(super) fn operator_in_prose(sentence: &str) -> Option<String> {
    const AFTER: &[&str] = &[
        "is operated by ",
        "is provided by ",
        "is maintained by ",
        "is run by ",
        "drivs av ",
        "tillhandahalls av ",
        "upprathalls av ",
        "palvelusta vastaa ",
        "palvelua yllapitaa ",
        "yllapitaa ",
        "palvelun tarjoaa ",
        "verkkopalvelun tarjoaa ",
    ];
    let f = fold(sentence);
    let at_char = |byte: usize| sentence.char_indices().nth(f[..byte].chars().count()).map(|(i, _)| i);
    for phrase in AFTER {
        let Some(at) = f.find(phrase) else { continue };
        let rest = &sentence[at_char(at + phrase.len())?..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let end = rest.find([',', '.', ';', '(', ':']).unwrap_or(rest.len());
        let name = rest[..end].trim();
        let capital = name.chars().next().is_some_and(char::is_uppercase);
        if capital && (1..=6).contains(&word_count(name)) {
            return Some(name.to_owned());
        }
    }
    if let Some(name) = subject_of_controller(sentence, &f) {
        return Some(name);
    }
    // "För de behandlingar som sker inom X är Erik Svensson personuppgiftsansvarig."
    let end = f.find(" personuppgiftsansvarig")?;
    let start = f[..end].rfind(" ar ")? + 4;
    let name = sentence[at_char(start)?..at_char(end)?].trim();
    let capital = name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (capital && (1..=6).contains(&word_count(name))).then(|| name.to_owned())
}
