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

mod fields;
mod prose;

use super::lines::{SrcLine, fold, word_count};
use crate::model::{Contact, Lang};
use fields::*;
use prose::*;

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
    // A contact line set as a list item ("- Example Ltd, 1 Sample Street"): the bullet is
    // no part of the name.
    let lines: Vec<SrcLine> = lines
        .iter()
        .map(|l| match super::lines::list_marker(&l.text) {
            Some((super::lines::Marker::Bullet, rest)) => SrcLine { no: l.no, text: rest.to_owned() },
            _ => l.clone(),
        })
        .collect();
    let lines = lines.as_slice();
    let mut parsed = Parsed::default();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut prose_lines: Vec<usize> = Vec::new();
    let mut label_lines: Vec<usize> = Vec::new();
    let mut former_lines: Vec<usize> = Vec::new();
    let mut words_beside: Vec<SrcLine> = Vec::new();
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
        if is_prose(&line.text) || is_lead_in(&line.text) {
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
            // Words beside an address, a number or a link that no label accounts for
            // ("Yhteydenotot rekisteriä koskevissa asioissa: info@yhdistys.fi") are text.
            if matches!(kind, Kind::Email | Kind::Web | Kind::BusinessId) && value_text.contains(value.as_str()) {
                let beside = value_text.replacen(value.as_str(), " ", 1);
                let beside = beside.trim_matches(|c: char| !c.is_alphanumeric() && c != ')');
                if beside.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2 {
                    words_beside.push(SrcLine { no: line.no, text: beside.to_owned() });
                }
            }
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
        parsed.leftover.extend(words_beside.iter().filter(|w| w.no == line.no).cloned());
    }
    parsed
}

/// True when a line only names a form's field ("Nimi", "Osoite", "Yhteystiedot",
/// "Kontaktuppgifter", "Contact details").
pub(crate) fn is_form_label(line: &str) -> bool {
    fields::is_form_label(line)
}

/// The organisation a sentence starts with ("Esimerkki Oy toimii ...").
pub(crate) fn leading_organisation(sentence: &str) -> Option<String> {
    prose::leading_organisation(sentence)
}

/// The organisation a sentence names as running the service or holding the register
/// ("... is operated by the City of Helsinki", "Palvelusta vastaa Helsingin kaupunginkanslia",
/// "... är Erik Svensson personuppgiftsansvarig"): the controller of GDPR Art. 4(7).
pub(crate) fn operator_in_prose(sentence: &str) -> Option<String> {
    prose::operator_in_prose(sentence)
}

/// True when a paragraph gives a way to reach someone or names who holds a role: an e-mail
/// address (also "(at)" or a spelled-out "at"), a phone number, a postal code with its
/// city, or a name after "rekisterinpitäjänä toimii", "dataskyddsombud är", "the
/// controller is" and the like. A paragraph that only mentions a role ("Korjauspyynnöt
/// voidaan osoittaa rekisterin yhteyshenkilölle.") gives none.
pub(crate) fn gives_contact_details(text: &str) -> bool {
    find_email(text).is_some()
        || spelled_email(text).is_some()
        || super::lines::phone_like(text)
        || address_in_prose(text).is_some()
        || name_in_prose(text).is_some()
}

/// True when the lines are an organisation's address: a contact block whose name is no
/// person's ("Esimerkin kaupunginkirjasto", "Katu 1", "00100 Kaupunki").
pub(crate) fn names_organisation(lines: &[SrcLine]) -> bool {
    if !is_contact_block(lines) {
        return false;
    }
    let p = parse(lines, Lang::Fi, false);
    p.contacts.first().is_some_and(|c| {
        !c.name.fi.is_empty() && !person_like(&c.name.fi) && (!c.postal_code.is_empty() || !c.street.fi.is_empty())
    })
}

/// True when the lines are an organisation's contact block with its address in any form
/// (a Finnish, US or UK postal code, a street) and a phone number or e-mail address: the
/// name is no person's.
pub(crate) fn names_organisation_anywhere(lines: &[SrcLine]) -> bool {
    if !is_contact_block(lines) {
        return false;
    }
    // The block's first line names it.
    let first = lines.first().map(|l| split_pieces(&l.text)).and_then(|p| p.into_iter().next()).unwrap_or_default();
    let named = matches!(classify(&first, None).0, Kind::Other) && !person_like(&first);
    let p = parse(lines, Lang::En, false);
    named
        && p.contacts.first().is_some_and(|c| {
            (!c.postal_code.is_empty() || !c.street.en.is_empty()) && (!c.phone.is_empty() || !c.email.is_empty())
        })
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
        // A place before a code that has none after it ("Saint Louis, MO 63104") is the city.
        for w in group.windows(2) {
            let (place, code) = (&pieces[w[0]], &pieces[w[1]]);
            if code.kind == Kind::Postal
                && split_postal(&code.value).1.is_empty()
                && place.kind == Kind::Other
                && place.line == code.line
                && word_count(&place.value) <= 3
            {
                pieces[w[0]].kind = Kind::City;
            }
        }
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
        // A suite or floor line after a street ("Suite 120") continues that street.
        let mut units: Vec<(usize, usize)> = Vec::new();
        for &i in &group {
            match pieces[i].kind {
                Kind::Street if unit_line(&pieces[i].value) && matches!(addresses.last(), Some((Some(_), None, _))) => {
                    units.push((addresses.len() - 1, i));
                }
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
                let mut value = pieces[i].value.clone();
                for &(_, u) in units.iter().filter(|(a, _)| *a == k) {
                    pieces[u].used = true;
                    value = format!("{value}, {}", pieces[u].value);
                }
                *c.street.get_mut(lang) = value;
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

/// A short lead-in to the lines under it ("Sovelluksen julkaisija:", "Or in writing to:"):
/// no name or address of its own, kept as text.
fn is_lead_in(line: &str) -> bool {
    let t = line.trim();
    t.ends_with(':')
        && (1..=5).contains(&word_count(t))
        && !t.chars().any(|c| c.is_ascii_digit() || c == '@')
        && !is_form_label(t)
}

/// A sentence rather than a contact line.
fn is_prose(line: &str) -> bool {
    let t = line.trim();
    // Words in brackets are a note on a piece ("PL 68 (Koulukatu 5)"), not a sentence.
    let long_piece = split_pieces(t).iter().any(|p| word_count(&outside_brackets(p)) >= 6);
    long_piece || (t.ends_with(['.', '!', '?']) && word_count(t) >= 5)
}

/// The text of `s` outside round and square brackets.
fn outside_brackets(s: &str) -> String {
    let mut depth = 0i32;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth <= 0 => out.push(c),
            _ => {}
        }
    }
    out
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
    fn a_po_box_with_its_street_address_in_brackets() {
        let lines = lines("Esimerkkiopisto, Kielikeskus\nPL 12 (Esimerkin katu 3 B)\n00990 ESIMERKIN OPISTO");
        assert!(is_contact_block(&lines));
        let p = parse(&lines, Lang::Fi, false);
        let c = &p.contacts[0];
        assert_eq!(c.name.fi, "Esimerkkiopisto");
        assert_eq!((c.street.fi.as_str(), c.postal_code.as_str()), ("PL 12 (Esimerkin katu 3 B)", "00990"));
    }

    #[test]
    fn an_organisation_as_the_subject_of_a_sentence() {
        assert_eq!(leading_organisation("Esimerkki Oy toimii rekisterinpitäjänä.").as_deref(), Some("Esimerkki Oy"));
        for (sentence, name) in [
            ("The online service is provided by the City of Helsinki.", Some("City of Helsinki")),
            ("Kerrokantasi.hel.fi-palvelua ylläpitää Helsingin kaupunki.", Some("Helsingin kaupunki")),
            ("Palvelusta vastaa Helsingin kaupunginkanslia.", Some("Helsingin kaupunginkanslia")),
            ("Webbtjänsten tillhandahålls av Helsingfors stad.", Some("Helsingfors stad")),
            (
                "För de behandlingar som sker inom ArtNotiser är Erik Svensson personuppgiftsansvarig.",
                Some("Erik Svensson"),
            ),
            ("For the purposes of the law, the SaA is the data controller for this data.", Some("SaA")),
            ("For the accounts, SDS as part of the Sample Ministry are the data controller.", Some("SDS")),
            ("Sample Trust Ltd is the data controller.", Some("Sample Trust Ltd")),
            ("Organisations sending messages using Sample Notify are the data controllers.", None),
            ("Where we are the data controller, we say so.", None),
            // What the verb keeps is no organisation.
            ("Yhdistys ylläpitää jäsenrekisteriä.", None),
            ("Uppgifterna drivs av ett intresse för musik.", None),
            ("Den som är personuppgiftsansvarig ska informera.", None),
        ] {
            assert_eq!(operator_in_prose(sentence).as_deref(), name, "{sentence}");
        }
        assert_eq!(
            leading_organisation("Sample Buses Ltd (\"Sample\") runs coaches.").as_deref(),
            Some("Sample Buses Ltd")
        );
        assert_eq!(leading_organisation("2nd Sample Guides are a charity.").as_deref(), Some("2nd Sample Guides"));
        assert_eq!(leading_organisation("We are the data controller."), None);
        assert_eq!(leading_organisation("Tietoja käsitellään huolellisesti."), None);
    }

    #[test]
    fn an_address_spelled_with_at_in_a_sentence() {
        let mut c = Contact::default();
        from_prose("Palautetta voi lähettää sähköpostilla (palaute at esimerkki.fi).", Lang::Fi, &mut c);
        assert_eq!(c.email, "palaute@esimerkki.fi");
        assert_eq!(
            spelled_email("Förslag kan skickas till tjanst at exempel.se.").as_deref(),
            Some("tjanst@exempel.se")
        );
        assert_eq!(
            spelled_email("You can send ideas by e-mail to ideas at sample.org.").as_deref(),
            Some("ideas@sample.org")
        );
        // No e-mail: a web page, or no word of e-mail or sending.
        assert_eq!(spelled_email("Send us feedback; our notice can be found at www.sample.org."), None);
        assert_eq!(spelled_email("The office opens at nine and closes at five."), None);
        assert_eq!(spelled_email("We looked at example.org when building this."), None);
        assert!(gives_contact_details("Write to the office at office at sample.org."));
        assert!(gives_contact_details("Tietosuojavastaavana toimii Maija Esimerkki."));
        assert!(!gives_contact_details("Korjauspyynnöt voidaan osoittaa rekisterin yhteyshenkilölle."));
        assert!(!gives_contact_details("Då du fungerar som kontaktperson i en av våra grupper."));
    }

    #[test]
    fn english_addresses() {
        let p = parse(
            &lines("- Sample Widgets, 1120 North 3rd St., Suite 40, Springfield, IL 62701\n- 1-800-555-0199"),
            Lang::En,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!(c.name.en, "Sample Widgets");
        assert_eq!(c.city.en, "Springfield");
        assert_eq!(c.street.en, "1120 North 3rd St, Suite 40");
        assert_eq!(c.postal_code, "IL 62701");
        assert_eq!(c.phone, "1-800-555-0199");
        let p = parse(
            &lines("Sample Institute\nSample Campus, Sampleshire CB99 9ZZ United Kingdom\n+44 (0)1234 567 890"),
            Lang::En,
            false,
        );
        let c = &p.contacts[0];
        assert_eq!((c.postal_code.as_str(), c.city.en.as_str()), ("CB99 9ZZ", "Sampleshire, United Kingdom"));
        assert_eq!(c.phone, "+44 (0)1234 567 890");
        assert!(names_organisation(&lines("Sample Society\n12 Sample Road\nLeeds LS1 4AW")));
        // Not addresses: a period of time, a date, a Finnish postal code's rules unchanged.
        assert_eq!(foreign_postal("within 30 days"), None);
        assert!(!phone("2020-01-01"));
        assert!(!street("30 days"));
        assert_eq!(split_postal("94100 KEMI"), ("94100".to_owned(), "KEMI".to_owned()));
    }

    #[test]
    fn several_people() {
        let p = parse(&lines("Maija Meikäläinen\npuh. 040 123 4567\nMatti Virtanen\nmatti@kunta.fi"), Lang::Fi, true);
        assert_eq!(p.contacts.len(), 2);
        assert_eq!(p.contacts[1].email, "matti@kunta.fi");
    }
}
