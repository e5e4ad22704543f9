//! Contact blocks: lines of names, titles, addresses, phone numbers and e-mail
//! addresses, split into the fields of [`Contact`].
//!
//! A line is cut at commas (not inside brackets) and each piece is recognised by its
//! form: an e-mail address (also `nimi[at]kunta.fi`, `nimi(at)kunta.fi`, stored with
//! `@`), a phone number (`puh. 040 123 4567`, `+358 29 566 6700`), a postal code and
//! city (`94100 KEMI`), a street address or PO box (`Valtakatu 26`, `PL 800`), a web
//! address, a business ID (`1234567-8`); what is left is a name or a title. A line may
//! start with a label (`Käyntiosoite:`, `Sähköposti:`, `puh.`). When a block has two
//! addresses, the postal one is kept and the other goes back as text. Prose sentences
//! ("Rekisterinpitäjänä toimii Imatran kaupunki, osoitteessa Virastokatu 2, 55100
//! Imatra.") give up their e-mail, phone, address and name, and are kept as text too.

use super::lines::{SrcLine, fold, word_count};
use crate::model::{Contact, Lang};

/// What a block of contact lines gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Parsed {
    /// The contacts, in order (one unless several people were asked for).
    pub contacts: Vec<Contact>,
    /// Lines (or parts of lines) that fit no field, to be kept as text.
    pub leftover: Vec<SrcLine>,
    /// A business ID (Y-tunnus) if one was given.
    pub business_id: Option<String>,
    /// The first line whose details were read out of a sentence.
    pub from_prose: Option<usize>,
    /// Lines that only name a form's field ("Nimi", "Osoite", "Muut yhteystiedot (esim. ...)").
    pub labels: Vec<SrcLine>,
    /// Lines of a former contact ("ent.", "tidigare", "former", struck through), kept as
    /// text and not imported as current.
    pub former: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Email,
    Phone,
    Postal,
    Street,
    Web,
    BusinessId,
    /// A city given under its own label ("Postitoimipaikka: HELSINKI").
    City,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    Phone,
    Email,
    Address {
        postal: bool,
    },
    Web,
    Name,
    Title,
    BusinessId,
    /// "Postinumero", "Postnummer", "Postal code".
    PostalCode,
    /// "Postitoimipaikka", "Postanstalt", "City".
    City,
}

struct Piece {
    line: usize,
    text: String,
    value: String,
    kind: Kind,
    used: bool,
    postal_label: bool,
}

/// Parses contact lines. With `many`, a new person starts where a second name follows a
/// name that already has a phone or e-mail.
pub(crate) fn parse(lines: &[SrcLine], lang: Lang, many: bool) -> Parsed {
    let mut parsed = Parsed::default();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut prose_lines: Vec<usize> = Vec::new();
    let mut label_lines: Vec<usize> = Vec::new();
    let mut former_lines: Vec<usize> = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        if is_former(&line.text) {
            former_lines.push(li);
            parsed.former.push(line.no);
            continue;
        }
        if is_form_label(&line.text) {
            label_lines.push(li);
            parsed.labels.push(line.clone());
            continue;
        }
        if is_prose(&line.text) {
            prose_lines.push(li);
            continue;
        }
        let (line_label, rest) = strip_label(&line.text);
        let label_prefix = line.text.strip_suffix(rest).unwrap_or_default().to_owned();
        for (k, piece) in split_pieces(rest).into_iter().enumerate() {
            // A label applies to the first piece; an address label to the whole line.
            let (own, value_text) = strip_label(&piece);
            let label = own.or(match line_label {
                Some(Label::Address { .. }) => line_label,
                _ if k == 0 => line_label,
                _ => None,
            });
            let (kind, value) = classify(value_text, label);
            let postal_label = matches!(label, Some(Label::Address { postal: true }));
            // Unused pieces go back as text: the first keeps the line's label.
            let text = if k == 0 { format!("{label_prefix}{piece}") } else { piece.clone() };
            pieces.push(Piece { line: li, text, value, kind, used: false, postal_label });
        }
    }
    assemble(&mut pieces, lang, many, &mut parsed);
    // Prose: details out of the sentences, the sentences kept as they are.
    for &li in &prose_lines {
        let text = &lines[li].text;
        let before = parsed.contacts.clone();
        let contact = match parsed.contacts.first_mut() {
            Some(c) => c,
            None => {
                parsed.contacts.push(Contact::default());
                &mut parsed.contacts[0]
            }
        };
        from_prose(text, lang, contact);
        if parsed.contacts != before && parsed.from_prose.is_none() {
            parsed.from_prose = Some(lines[li].no);
        }
    }
    parsed.contacts.retain(|c| !c.is_empty());
    // Leftover: whole lines nothing was taken from, or the unused pieces of a line.
    for (li, line) in lines.iter().enumerate() {
        if label_lines.contains(&li) {
            continue;
        }
        if former_lines.contains(&li) {
            parsed.leftover.push(line.clone());
            continue;
        }
        if prose_lines.contains(&li) {
            parsed.leftover.push(line.clone());
            continue;
        }
        let mine: Vec<&Piece> = pieces.iter().filter(|p| p.line == li).collect();
        if mine.is_empty() {
            continue;
        }
        if mine.iter().all(|p| !p.used) {
            parsed.leftover.push(line.clone());
        } else {
            let rest: Vec<&str> = mine.iter().filter(|p| !p.used).map(|p| p.text.as_str()).collect();
            if !rest.is_empty() {
                parsed.leftover.push(SrcLine { no: line.no, text: rest.join(", ") });
            }
        }
    }
    parsed
}

/// True when the lines are a contact block: an address, phone or e-mail, and no sentences.
pub(crate) fn is_contact_block(lines: &[SrcLine]) -> bool {
    if lines.is_empty() || lines.iter().any(|l| is_prose(&l.text)) {
        return false;
    }
    let p = parse(lines, Lang::Fi, false);
    p.contacts.first().is_some_and(|c| !c.email.is_empty() || !c.phone.is_empty() || !c.postal_code.is_empty())
        && p.leftover.len() * 2 <= lines.len()
}

/// Builds the contacts from the classified pieces, marking what was used.
fn assemble(pieces: &mut [Piece], lang: Lang, many: bool, parsed: &mut Parsed) {
    // Split into people first: a person-like name after a name that has a channel.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
    let mut named = false;
    let mut channel = false;
    for (i, p) in pieces.iter().enumerate() {
        if many && p.kind == Kind::Other && named && channel && person_like(&p.value) {
            groups.push(Vec::new());
            named = false;
            channel = false;
        }
        match p.kind {
            Kind::Other => named = true,
            Kind::Email | Kind::Phone => channel = true,
            _ => {}
        }
        if let Some(g) = groups.last_mut() {
            g.push(i);
        }
    }
    for group in groups {
        let mut c = Contact::default();
        let pick_one = |kind: Kind, pieces: &mut [Piece]| -> Option<String> {
            let i = group.iter().copied().find(|&i| pieces[i].kind == kind)?;
            pieces[i].used = true;
            Some(pieces[i].value.clone())
        };
        c.email = pick_one(Kind::Email, pieces).unwrap_or_default();
        c.phone = pick_one(Kind::Phone, pieces).unwrap_or_default();
        c.web = pick_one(Kind::Web, pieces).unwrap_or_default();
        if let Some(id) = pick_one(Kind::BusinessId, pieces) {
            parsed.business_id.get_or_insert(id);
        }
        // Addresses: a street and the postal code after it; the postal one is preferred.
        let mut addresses: Vec<(Option<usize>, Option<usize>, bool)> = Vec::new();
        for &i in &group {
            match pieces[i].kind {
                Kind::Street => addresses.push((Some(i), None, pieces[i].postal_label || po_box(&pieces[i].value))),
                Kind::Postal => match addresses.last_mut() {
                    Some((_, postal @ None, pref)) => {
                        *postal = Some(i);
                        *pref |= pieces[i].postal_label;
                    }
                    _ => addresses.push((None, Some(i), pieces[i].postal_label)),
                },
                _ => {}
            }
        }
        let chosen = addresses.iter().position(|a| a.2).or(if addresses.is_empty() { None } else { Some(0) });
        if let Some(k) = chosen {
            let (street, postal, _) = addresses[k];
            if let Some(i) = street {
                pieces[i].used = true;
                *c.street.get_mut(lang) = pieces[i].value.clone();
            }
            if let Some(i) = postal {
                pieces[i].used = true;
                let (code, city) = split_postal(&pieces[i].value);
                c.postal_code = code;
                *c.city.get_mut(lang) = city;
            }
        }
        // A city under its own label completes the postal code.
        if let Some(i) = group.iter().copied().find(|&i| pieces[i].kind == Kind::City) {
            if c.city.is_empty_in(lang) {
                pieces[i].used = true;
                *c.city.get_mut(lang) = pieces[i].value.clone();
            }
        }
        // Names and titles: the first person-like name is the name, unless the block
        // names an organisation first; the other words are the title.
        let others: Vec<usize> = group.iter().copied().filter(|&i| pieces[i].kind == Kind::Other).collect();
        if let Some(&first) = others.first() {
            let name_at = others.iter().take(2).copied().find(|&i| person_like(&pieces[i].value)).unwrap_or(first);
            pieces[name_at].used = true;
            // "Projektipäällikkö Pekka Niemi": the title before the name.
            let (lead_title, name) = match split_title(&pieces[name_at].value) {
                Some((title, name)) => (Some(title), name),
                None => (None, pieces[name_at].value.clone()),
            };
            *c.name.get_mut(lang) = name;
            let titles: Vec<usize> = others.iter().copied().filter(|&i| i != name_at).collect();
            let same_line_or_single_word =
                |i: usize| pieces[i].line == pieces[name_at].line || word_count(&pieces[i].value) <= 2 || i < name_at;
            let person = lead_title.is_some() || person_like(&pieces[name_at].value);
            let used: Vec<usize> = titles.iter().copied().filter(|&i| !person || same_line_or_single_word(i)).collect();
            let title: Vec<String> =
                lead_title.into_iter().chain(used.iter().map(|&i| pieces[i].value.clone())).collect();
            for i in used {
                pieces[i].used = true;
            }
            *c.title.get_mut(lang) = title.join(", ");
        }
        parsed.contacts.push(c);
    }
}

fn po_box(s: &str) -> bool {
    let f = fold(s);
    f.starts_with("pl ")
        || f.starts_with("pb ")
        || f.starts_with("p.o")
        || f.starts_with("po box")
        || f.starts_with("postilokero")
}

/// A former contact ("ent. Olli Entinen", "Tidigare: ...", "Former DPO ...") or a line
/// struck through (Markdown `~~...~~`).
fn is_former(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with("~~") && t.trim_end_matches(['.', ',']).ends_with("~~") {
        return true;
    }
    let f = fold(t);
    [
        "ent. ",
        "ent ",
        "entinen ",
        "aiempi ",
        "aikaisempi ",
        "tidigare ",
        "tidigare:",
        "f.d. ",
        "fd. ",
        "former ",
        "previous ",
    ]
    .iter()
    .any(|p| f.starts_with(p))
}

/// A sentence rather than a contact line.
fn is_prose(line: &str) -> bool {
    let t = line.trim();
    let long_piece = split_pieces(t).iter().any(|p| word_count(p) >= 6);
    long_piece || (t.ends_with(['.', '!', '?']) && word_count(t) >= 5)
}

/// Cuts a line at commas that are not inside brackets.
fn split_pieces(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        if (c == ',' || c == ';') && depth <= 0 {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out.into_iter()
        .flat_map(|p| split_at_postal_code(p.trim()))
        .filter(|p| p.chars().any(char::is_alphanumeric))
        .collect()
}

/// "Gebhardinaukio 1 00510 HELSINKI" -> the street and the postal code with the city.
fn split_at_postal_code(piece: &str) -> Vec<String> {
    let words: Vec<&str> = piece.split_whitespace().collect();
    let at = (2..words.len().saturating_sub(1)).find(|&k| {
        words[k].len() == 5
            && words[k].chars().all(|c| c.is_ascii_digit())
            && words[k - 1].chars().next().is_some_and(|c| c.is_ascii_digit())
            && words[k + 1].chars().next().is_some_and(char::is_alphabetic)
    });
    match at {
        Some(k) => vec![words[..k].join(" "), words[k..].join(" ")],
        None => vec![piece.to_owned()],
    }
}

/// A line that only names a form's field: "Nimi", "Osoite:", "Muut yhteystiedot (esim.
/// puhelin virka-aikana, sähköpostiosoite)".
fn is_form_label(line: &str) -> bool {
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

const LABELS: &[(&str, Label)] = &[
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
const ICONS: &[(char, Label)] = &[
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
fn strip_label(line: &str) -> (Option<Label>, &str) {
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

fn classify(piece: &str, label: Option<Label>) -> (Kind, String) {
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

fn is_email(w: &str) -> bool {
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

fn business_id(s: &str) -> Option<String> {
    s.split(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .find(|w| {
            let b = w.as_bytes();
            b.len() == 9 && b[7] == b'-' && b[..7].iter().all(u8::is_ascii_digit) && b[8].is_ascii_digit()
        })
        .map(str::to_owned)
}

/// A phone number: digits with spaces, dashes, brackets or a leading `+`; 5 to 15 digits.
fn phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (5..=15).contains(&digits)
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')' | '/'))
        && (s.starts_with('0') || s.starts_with('+') || s.starts_with('('))
        && !postal(s)
}

/// `94100 KEMI`, `FI-00100 Helsinki`, `00100`.
fn postal(s: &str) -> bool {
    let t = s.strip_prefix("FI-").or_else(|| s.strip_prefix("SF-")).unwrap_or(s);
    let code: String = t.chars().take_while(char::is_ascii_digit).collect();
    if code.len() != 5 {
        return false;
    }
    let rest = &t[5..];
    rest.is_empty() || (rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_alphabetic()))
}

fn split_postal(s: &str) -> (String, String) {
    let t = s.strip_prefix("FI-").or_else(|| s.strip_prefix("SF-")).unwrap_or(s);
    (t[..5.min(t.len())].to_owned(), t.get(5..).unwrap_or("").trim().to_owned())
}

/// `Valtakatu 26`, `Koskentie 6 B 12`, `PL 800`, `PB 3 (Näätämöntie 10)`, `P.O. Box 800`.
fn street(s: &str) -> bool {
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
    first_alpha && matches!(number_at, Some(1..=3)) && !s.contains('@')
}

fn web(s: &str) -> bool {
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

const ORG_WORDS: &[&str] = &[
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
];

/// "Projektipäällikkö Pekka Niemi" -> ("Projektipäällikkö", "Pekka Niemi"): a job title
/// before a person's name.
fn split_title(s: &str) -> Option<(String, String)> {
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
        })
        && !words.iter().any(|w| ORG_WORDS.contains(&fold(w).trim_end_matches(['.', ',']).to_string().as_str()))
}

/// Details out of a sentence: e-mail, phone, street and postal code, and the name after
/// "rekisterinpitäjänä toimii" and similar phrases. Only empty fields are filled.
fn from_prose(text: &str, lang: Lang, c: &mut Contact) {
    if c.email.is_empty() {
        if let Some(e) = find_email(text) {
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

fn phone_in_prose(text: &str) -> Option<String> {
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

fn address_in_prose(text: &str) -> Option<(Option<String>, String, String)> {
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

fn name_in_prose(text: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<SrcLine> {
        text.lines().enumerate().map(|(i, l)| SrcLine { no: i + 1, text: l.trim().to_owned() }).collect()
    }

    #[test]
    fn a_municipal_controller_block() {
        let p = parse(
            &lines("Kemin Kaupunginhallitus\nValtakatu 26, 94100 KEMI\n016 259 111, kirjaamo@kemi.fi"),
            Lang::Fi,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!(c.name.fi, "Kemin Kaupunginhallitus");
        assert_eq!(
            (c.street.fi.as_str(), c.postal_code.as_str(), c.city.fi.as_str()),
            ("Valtakatu 26", "94100", "KEMI")
        );
        assert_eq!((c.phone.as_str(), c.email.as_str()), ("016 259 111", "kirjaamo@kemi.fi"));
        assert!(p.leftover.is_empty());
    }

    #[test]
    fn people_titles_and_obfuscated_addresses() {
        let p = parse(
            &lines(
                "Petteri Koskinen, yhteisömanageri, Jämsä Tehdas\npetteri.koskinen@jamsa.fi, 040 184 2276\nKoskentie 6, 42100 Jämsä",
            ),
            Lang::Fi,
            true,
        );
        let c = &p.contacts[0];
        assert_eq!((c.name.fi.as_str(), c.title.fi.as_str()), ("Petteri Koskinen", "yhteisömanageri, Jämsä Tehdas"));
        assert_eq!(c.street.fi, "Koskentie 6");
        let p = parse(&lines("Suunnittelija\nSami Hjelt\nsami.hjelt[at]lappeenranta.fi\n040 668 3861"), Lang::Fi, true);
        let c = &p.contacts[0];
        assert_eq!((c.name.fi.as_str(), c.title.fi.as_str()), ("Sami Hjelt", "Suunnittelija"));
        assert_eq!((c.email.as_str(), c.phone.as_str()), ("sami.hjelt@lappeenranta.fi", "040 668 3861"));
        assert_eq!(find_email("tietosuoja(at)om.fi").as_deref(), Some("tietosuoja@om.fi"));
        assert_eq!(
            find_email("osoitteesta tietohallinto[at]lappeenranta.fi.").as_deref(),
            Some("tietohallinto@lappeenranta.fi")
        );
    }

    #[test]
    fn two_addresses_keep_the_postal_one() {
        let p = parse(
            &lines(
                "Tietosuojavaltuutetun toimisto\nKäyntiosoite: Lintulahdenkuja 4, 00530 Helsinki\nPostiosoite: PL 800, 00531 Helsinki\nSähköposti: tietosuoja(at)om.fi",
            ),
            Lang::Fi,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!((c.street.fi.as_str(), c.postal_code.as_str()), ("PL 800", "00531"));
        assert_eq!(c.email, "tietosuoja@om.fi");
        assert_eq!(p.leftover.len(), 1);
        assert_eq!(p.leftover[0].text, "Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki");
        let p = parse(
            &lines("Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, p. +358 29 56 60700, tietosuoja@om.fi"),
            Lang::Fi,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!(
            (c.phone.as_str(), c.postal_code.as_str(), c.street.fi.as_str()),
            ("+358 29 56 60700", "00521", "PL 800")
        );
    }

    #[test]
    fn details_out_of_prose() {
        let p = parse(
            &lines(
                "Henkilötietojesi rekisterinpitäjänä toimii Imatran kaupunki, osoitteessa Virastokatu 2, 55100 Imatra.\nVoit myös soittaa numeroon 020 6177.",
            ),
            Lang::Fi,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!(c.name.fi, "Imatran kaupunki");
        assert_eq!(
            (c.street.fi.as_str(), c.postal_code.as_str(), c.city.fi.as_str()),
            ("Virastokatu 2", "55100", "Imatra")
        );
        assert_eq!(c.phone, "020 6177");
        assert_eq!(p.leftover.len(), 2);
        assert_eq!(p.from_prose, Some(1));
    }

    #[test]
    fn several_people() {
        let p = parse(&lines("Maija Meikäläinen\npuh. 040 123 4567\nMatti Virtanen\nmatti@kunta.fi"), Lang::Fi, true);
        assert_eq!(p.contacts.len(), 2);
        assert_eq!(p.contacts[1].email, "matti@kunta.fi");
    }
}
