//! The fields of a contact line: labels and icons, and the forms of e-mail addresses,
//! phone numbers, postal codes, streets, web addresses, business IDs, names and titles.

use super::*;

/// A line that only names a form's field: "Nimi", "Osoite:", "Muut yhteystiedot (esim.
/// puhelin virka-aikana, sähköpostiosoite)".
pub(super) fn is_form_label(line: &str) -> bool {
    let f = fold(line);
    let bare = match f.find('(') {
        Some(i) if f.trim_end().ends_with(')') => &f[..i],
        _ => f.as_str(),
    };
    let bare = bare.trim().trim_end_matches(':').trim();
    const FORM_LABELS: &[&str] = &[
        "nimi",
        "osoite",
        "postiosoite",
        "kayntiosoite",
        "yhteystiedot",
        "muut yhteystiedot",
        "tehtavanimike",
        "nimike",
        "titteli",
        "puhelin",
        "sahkoposti",
        "namn",
        "adress",
        "kontaktuppgifter",
        "ovriga kontaktuppgifter",
        "befattning",
        "name",
        "address",
        "contact details",
        "other contact details",
        "title",
    ];
    FORM_LABELS.contains(&bare)
}

pub(super) const LABELS: &[(&str, Label)] = &[
    ("postinumero ja -toimipaikka", Label::Address { postal: false }),
    ("postinumero ja postitoimipaikka", Label::Address { postal: false }),
    ("postinumero ja toimipaikka", Label::Address { postal: false }),
    ("postnummer och postanstalt", Label::Address { postal: false }),
    ("postnummer och -anstalt", Label::Address { postal: false }),
    ("postnummer och ort", Label::Address { postal: false }),
    ("postal code and city", Label::Address { postal: false }),
    ("postinumero", Label::PostalCode),
    ("postinro", Label::PostalCode),
    ("postnummer", Label::PostalCode),
    ("postal code", Label::PostalCode),
    ("postcode", Label::PostalCode),
    ("post code", Label::PostalCode),
    ("zip code", Label::PostalCode),
    ("postitoimipaikka", Label::City),
    ("toimipaikka", Label::City),
    ("postanstalt", Label::City),
    ("postort", Label::City),
    ("kotikunta", Label::City),
    ("city", Label::City),
    ("town", Label::City),
    ("ort", Label::City),
    ("puhelinnumero", Label::Phone),
    ("puhelin", Label::Phone),
    ("puh.nro", Label::Phone),
    ("puh", Label::Phone),
    ("matkapuhelin", Label::Phone),
    ("vaihde", Label::Phone),
    ("gsm", Label::Phone),
    ("tel", Label::Phone),
    ("tfn", Label::Phone),
    ("telefon", Label::Phone),
    ("phone", Label::Phone),
    ("mobile", Label::Phone),
    ("vaxel", Label::Phone),
    ("switchboard", Label::Phone),
    ("p", Label::Phone),
    ("sahkopostiosoite", Label::Email),
    ("s-postiosoite", Label::Email),
    ("sahkoposti", Label::Email),
    ("s-posti", Label::Email),
    ("sposti", Label::Email),
    ("e-mail", Label::Email),
    ("email", Label::Email),
    ("e-post", Label::Email),
    ("epost", Label::Email),
    ("mail", Label::Email),
    ("postiosoite", Label::Address { postal: true }),
    ("postadress", Label::Address { postal: true }),
    ("postal address", Label::Address { postal: true }),
    ("kayntiosoite", Label::Address { postal: false }),
    ("katuosoite", Label::Address { postal: false }),
    ("besoksadress", Label::Address { postal: false }),
    ("visiting address", Label::Address { postal: false }),
    ("street address", Label::Address { postal: false }),
    ("osoite", Label::Address { postal: false }),
    ("adress", Label::Address { postal: false }),
    ("address", Label::Address { postal: false }),
    ("verkkosivut", Label::Web),
    ("verkkosivu", Label::Web),
    ("kotisivut", Label::Web),
    ("kotisivu", Label::Web),
    ("webbplats", Label::Web),
    ("website", Label::Web),
    ("www", Label::Web),
    ("web", Label::Web),
    ("nimi", Label::Name),
    ("namn", Label::Name),
    ("name", Label::Name),
    ("tehtavanimike", Label::Title),
    ("nimike", Label::Title),
    ("titteli", Label::Title),
    ("tehtava", Label::Title),
    ("befattning", Label::Title),
    ("title", Label::Title),
    ("y-tunnus", Label::BusinessId),
    ("ytunnus", Label::BusinessId),
    ("fo-nummer", Label::BusinessId),
    ("business id", Label::BusinessId),
];

/// Icons used as labels: 📞 040 ..., ✉ nimi@kunta.fi.
pub(super) const ICONS: &[(char, Label)] = &[
    ('📞', Label::Phone),
    ('☎', Label::Phone),
    ('☏', Label::Phone),
    ('📱', Label::Phone),
    ('✆', Label::Phone),
    ('✉', Label::Email),
    ('📧', Label::Email),
    ('📨', Label::Email),
    ('🖂', Label::Email),
    ('🏠', Label::Address { postal: false }),
    ('📍', Label::Address { postal: false }),
    ('🌐', Label::Web),
];

/// Splits a leading label ("Sähköposti:", "puh.", "p.", an icon such as 📞) off a line.
pub(super) fn strip_label(line: &str) -> (Option<Label>, &str) {
    let trimmed = line.trim_start();
    if let Some((icon, kind)) = ICONS.iter().find(|(icon, _)| trimmed.starts_with(*icon)) {
        let rest = trimmed[icon.len_utf8()..].trim_start_matches(['\u{FE0F}', ':', ' ', '\t']);
        return (Some(*kind), rest);
    }
    let folded = fold(line);
    for (label, kind) in LABELS {
        if let Some(rest) = folded.strip_prefix(label) {
            // The label must end there: with a colon, or for a phone label ("puh. 040") also
            // with a period or a space.
            let sep = rest.chars().next();
            let phone_label = matches!(kind, Label::Phone);
            if !(sep == Some(':') || phone_label && matches!(sep, Some('.' | ' '))) {
                continue;
            }
            let after = rest.trim_start_matches([':', '.', ' ']);
            // A bare "p" needs a period ("p. 040 ..."), and what follows must be a number.
            if *label == "p" && !(rest.starts_with('.') && after.starts_with(|c: char| c.is_ascii_digit() || c == '+'))
            {
                continue;
            }
            if matches!(kind, Label::Phone) && !after.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
            {
                continue;
            }
            // The label and its separator fold one char to one char: cut the original there.
            let prefix_chars = folded[..folded.len() - after.len()].chars().count();
            let cut: usize = line.char_indices().nth(prefix_chars).map_or(line.len(), |(i, _)| i);
            return (Some(*kind), line[cut..].trim());
        }
    }
    (None, line)
}

pub(super) fn classify(piece: &str, label: Option<Label>) -> (Kind, String) {
    let p = piece.trim().trim_end_matches(['.', ',']).trim();
    if let Some(email) = find_email(p) {
        return (Kind::Email, email);
    }
    if let Some(id) = business_id(p) {
        if matches!(label, Some(Label::BusinessId)) || word_count(p) <= 3 {
            return (Kind::BusinessId, id);
        }
    }
    if phone(p) || (matches!(label, Some(Label::Phone)) && p.chars().filter(char::is_ascii_digit).count() >= 5) {
        return (Kind::Phone, p.to_owned());
    }
    if postal(p) {
        return (Kind::Postal, p.to_owned());
    }
    if street(p) || (matches!(label, Some(Label::Address { .. })) && p.chars().any(|c| c.is_ascii_digit())) {
        return (Kind::Street, p.to_owned());
    }
    if web(p) || matches!(label, Some(Label::Web)) {
        return (Kind::Web, p.to_owned());
    }
    if matches!(label, Some(Label::City)) && p.chars().any(char::is_alphabetic) && word_count(p) <= 3 {
        return (Kind::City, p.to_owned());
    }
    (Kind::Other, p.to_owned())
}

/// `nimi@kunta.fi`, `nimi[at]kunta.fi`, `nimi(at)kunta.fi`, `nimi (at) kunta.fi`: the
/// first e-mail address in `s`, with `@`.
pub(crate) fn find_email(s: &str) -> Option<String> {
    let mut t = s.to_owned();
    for (from, to) in [
        (" (at) ", "@"),
        (" [at] ", "@"),
        ("(at)", "@"),
        ("[at]", "@"),
        ("{at}", "@"),
        ("(AT)", "@"),
        ("[AT]", "@"),
        ("(ät)", "@"),
        ("(a)", "@"),
        ("[a]", "@"),
        ("[ät]", "@"),
        ("(dot)", "."),
        ("[dot]", "."),
        ("(piste)", "."),
        ("[piste]", "."),
    ] {
        if t.contains(from) {
            t = t.replace(from, to);
        }
    }
    t.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>' | '(' | ')' | '"' | '”' | '\''))
        .map(|w| w.trim_end_matches(['.', ':']).trim_start_matches(['.', ':']))
        .find(|w| is_email(w))
        .map(str::to_owned)
}

pub(super) fn is_email(w: &str) -> bool {
    let Some((local, domain)) = w.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
        && local.chars().all(|c| c.is_alphanumeric() || "._%+-'".contains(c))
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

pub(super) fn business_id(s: &str) -> Option<String> {
    s.split(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .find(|w| {
            let b = w.as_bytes();
            b.len() == 9 && b[7] == b'-' && b[..7].iter().all(u8::is_ascii_digit) && b[8].is_ascii_digit()
        })
        .map(str::to_owned)
}

/// A phone number: digits with spaces, dashes, brackets or a leading `+`; 5 to 15 digits.
pub(super) fn phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    // A North American number in groups ("1-844-483-9835", "314.555.0123").
    let grouped = (10..=11).contains(&digits)
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '.'))
        && s.chars().filter(|c| matches!(c, '-' | '.')).count() >= 2;
    grouped
        || (5..=15).contains(&digits)
            && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')' | '/'))
            && (s.starts_with('0') || s.starts_with('+') || s.starts_with('('))
            && !postal(s)
}

/// A postal code of another country's form with its place: a US state and ZIP code
/// ("MO 63104", "Saint Louis MO 63104-1234") or a UK postcode ("Cambridgeshire CB10 1SD",
/// "Leeds LS1 4AW"), a country name after it kept with the place ("... CB10 1SD United
/// Kingdom"). Returns the code and the place.
pub(super) fn foreign_postal(s: &str) -> Option<(String, String)> {
    const COUNTRIES: &[&str] =
        &["United Kingdom", "UK", "USA", "United States", "U.S.A.", "England", "Scotland", "Wales"];
    let mut t = s.trim();
    let mut country = "";
    for c in COUNTRIES {
        if let Some(rest) = t.strip_suffix(c) {
            if rest.ends_with([' ', ',']) {
                country = c;
                t = rest.trim_end_matches([' ', ',']);
                break;
            }
        }
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let n = words.len();
    if n < 2 {
        return None;
    }
    let (a, b) = (words[n - 2], words[n - 1]);
    let state = a.len() == 2 && a.chars().all(|c| c.is_ascii_uppercase());
    let zip = {
        let (five, four) = b.split_once('-').unwrap_or((b, ""));
        five.len() == 5
            && five.chars().all(|c| c.is_ascii_digit())
            && (four.is_empty() || (four.len() == 4 && four.chars().all(|c| c.is_ascii_digit())))
    };
    // Outward code: one or two letters, a digit, and a letter or digit; inward: a digit and two letters.
    let outward = {
        let letters = a.chars().take_while(char::is_ascii_uppercase).count();
        let rest: Vec<char> = a.chars().skip(letters).collect();
        (1..=2).contains(&letters)
            && !rest.is_empty()
            && rest.len() <= 2
            && rest[0].is_ascii_digit()
            && rest.iter().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
    };
    let inward = b.len() == 3 && {
        let c: Vec<char> = b.chars().collect();
        c[0].is_ascii_digit() && c[1].is_ascii_uppercase() && c[2].is_ascii_uppercase()
    };
    if !((state && zip) || (outward && inward)) {
        return None;
    }
    let place = words[..n - 2].join(" ");
    let place = match (place.is_empty(), country.is_empty()) {
        (_, true) => place,
        (true, false) => country.to_owned(),
        (false, false) => format!("{place}, {country}"),
    };
    Some((format!("{a} {b}"), place))
}

/// `94100 KEMI`, `FI-00100 Helsinki`, `00100`; and the forms of [`foreign_postal`].
pub(super) fn postal(s: &str) -> bool {
    if foreign_postal(s).is_some() {
        return true;
    }
    let t = s.strip_prefix("FI-").or_else(|| s.strip_prefix("SF-")).unwrap_or(s);
    let code: String = t.chars().take_while(char::is_ascii_digit).collect();
    if code.len() != 5 {
        return false;
    }
    let rest = &t[5..];
    rest.is_empty() || (rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_alphabetic()))
}

pub(super) fn split_postal(s: &str) -> (String, String) {
    if let Some(found) = foreign_postal(s) {
        return found;
    }
    let t = s.strip_prefix("FI-").or_else(|| s.strip_prefix("SF-")).unwrap_or(s);
    (t[..5.min(t.len())].to_owned(), t.get(5..).unwrap_or("").trim().to_owned())
}

/// `Valtakatu 26`, `Koskentie 6 B 12`, `PL 800`, `PB 3 (Näätämöntie 10)`, `P.O. Box 800`.
pub(super) fn street(s: &str) -> bool {
    if po_box(s) && s.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 || words.len() > 6 {
        return false;
    }
    let first_alpha =
        words[0].chars().next().is_some_and(char::is_alphabetic) && !words[0].chars().any(|c| c.is_ascii_digit());
    // The house number comes right after the street name or after a second name word.
    let number_at = words.iter().position(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
    first_alpha && matches!(number_at, Some(1..=3)) && !s.contains('@') || street_number_first(&words)
}

/// A suite, floor, unit or room line ("Suite 120", "Floor 3").
pub(super) fn unit_line(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.len() == 2 && street_number_first(&words) && !words[0].starts_with(|c: char| c.is_ascii_digit())
}

/// An address line with the house number first ("1120 South 6th St.", "12 Sample Road",
/// "7 Wellington Place"), as English addresses are written, or a suite, floor or unit
/// line ("Suite 120").
fn street_number_first(words: &[&str]) -> bool {
    const TYPES: &[&str] = &[
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "place",
        "way",
        "drive",
        "dr",
        "boulevard",
        "blvd",
        "court",
        "ct",
        "square",
        "sq",
        "close",
        "crescent",
        "terrace",
        "row",
        "parade",
        "hill",
        "gardens",
        "walk",
        "highway",
        "hwy",
        "parkway",
        "pkwy",
    ];
    const UNITS: &[&str] = &["suite", "floor", "unit", "room", "ste"];
    let number = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && w.len() <= 6
            && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let last = words.last().map(|w| fold(w.trim_end_matches(['.', ',']))).unwrap_or_default();
    let first = words.first().map(|w| fold(w.trim_end_matches(['.', ',']))).unwrap_or_default();
    (words.len() >= 2 && number(words[0]) && TYPES.contains(&last.as_str()))
        || (words.len() == 2 && UNITS.contains(&first.as_str()) && number(words[1]))
}

pub(super) fn web(s: &str) -> bool {
    let f = fold(s);
    if f.starts_with("http://") || f.starts_with("https://") || f.starts_with("www.") {
        return true;
    }
    !f.contains(' ')
        && !f.contains('@')
        && f.contains('.')
        && f.rsplit('.')
            .next()
            .is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && f.split('.').all(|part| !part.is_empty())
}

pub(super) const ORG_WORDS: &[&str] = &[
    "kaupunki",
    "kaupungin",
    "kunta",
    "kunnan",
    "hallitus",
    "lautakunta",
    "toimisto",
    "palvelu",
    "palvelut",
    "oy",
    "oyj",
    "ab",
    "ry",
    "yhtyma",
    "kuntayhtyma",
    "virasto",
    "keskus",
    "yksikko",
    "tehdas",
    "stad",
    "kommun",
    "city",
    "office",
    "ltd",
    "inc",
    "tietosuojavaltuutetun",
    "asiakaspalvelu",
    "kirjaamo",
    "kaupunginhallitus",
    "kunnanhallitus",
    "hyvinvointialue",
    "sairaanhoitopiiri",
    "yhdistys",
    "saatio",
    "osasto",
    "toimiala",
    "yliopisto",
    "forening",
    "foreningen",
    "universitet",
    "society",
    "council",
    "university",
    "school",
    "trust",
    "association",
    "club",
    "llc",
    "plc",
    "limited",
    "company",
    "foundation",
    "institute",
    "department",
    "team",
    "services",
    "centre",
    "center",
    "ministry",
    "agency",
    "laboratory",
    "campus",
];

/// "Projektipäällikkö Pekka Niemi" -> ("Projektipäällikkö", "Pekka Niemi"): a job title
/// before a person's name.
pub(super) fn split_title(s: &str) -> Option<(String, String)> {
    const TITLES: &[&str] = &[
        "paallikko",
        "johtaja",
        "asiantuntija",
        "suunnittelija",
        "sihteeri",
        "vastaava",
        "koordinaattori",
        "neuvoja",
        "esimies",
        "insinoori",
        "tarkastaja",
        "lakimies",
        "juristi",
        "manageri",
        "ohjaaja",
        "kasittelija",
        "assistentti",
        "chef",
        "handlaggare",
        "radgivare",
        "samordnare",
        "manager",
        "officer",
        "director",
        "specialist",
        "coordinator",
        "planner",
        "advisor",
        "controller",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 3 {
        return None;
    }
    let (title, name) = words.split_at(words.len() - 2);
    let is_title = title.iter().any(|w| TITLES.iter().any(|t| fold(w).ends_with(t)));
    let name = name.join(" ");
    (is_title && person_like(&name)).then(|| (title.join(" "), name))
}

/// Looks like a person's name: two to four capitalised words of letters.
pub(crate) fn person_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                && !(w.chars().count() > 1 && w.chars().all(char::is_uppercase))
                // An acronym ("EMBL-EBI") names an organisation.
                && (w.chars().filter(|c| c.is_uppercase()).count() <= 1 || w.chars().any(char::is_lowercase))
        })
        && !words.iter().any(|w| ORG_WORDS.contains(&fold(w).trim_end_matches(['.', ',']).to_string().as_str()))
}
