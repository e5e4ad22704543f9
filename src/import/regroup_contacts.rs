//! Regrouping the contact text a notice writes as prose in other sections: a paragraph
//! that invites the reader to contact the controller ("If you wish to exercise your rights,
//! please contact us at ...", "Sovellukseen liittyviä kysymyksiä voi osoittaa ...", "Om du
//! har frågor kan du kontakta ...") goes to the contact persons, and one that speaks of the
//! DPO ("The Data Protection Officer provides independent advice ...", "you can make a
//! complaint to the Data Protection Officer at:") goes to the DPO, each with the address
//! block right after it. Runs after `regroup`; reads only the sections' text.

use super::headings::Target;
use super::lines::{SrcLine, fold, para_text, sentences};
use super::structure::{Chunk, Document, Part};
use crate::model::ContactRole;

/// Moves contact and DPO paragraphs out of the sections that are not theirs: the rights,
/// the complaint, the controller (whose field says who, not how to reach them), the
/// introduction and sections of no element; and a sentence about the DPO out of the
/// contact persons.
pub(crate) fn gather_contact_prose(doc: &mut Document) {
    let mut moved: Vec<Chunk> = Vec::new();
    further_information_without_details(doc);
    prose_out_of_contact_sections(doc, &mut moved);
    split_role_blocks(doc, &mut moved);
    let mut has_controller = doc.chunks.iter().any(|c| c.target == Some(Target::Controller));
    gather_from(&mut doc.preamble, None, None, false, &mut has_controller, &mut moved);
    for chunk in &mut doc.chunks {
        let from_target = chunk.target;
        let movable = matches!(
            from_target,
            None | Some(
                Target::Intro
                    | Target::Rights
                    | Target::OtherRights
                    | Target::Complaint
                    | Target::Controller
                    | Target::Contacts(_)
            )
        );
        if !movable {
            continue;
        }
        let from = chunk.heading.as_ref().map(|h| h.text.clone()).or_else(|| chunk.moved_from.clone());
        // A paragraph `regroup` moved by its meaning is no section of its own to keep.
        let moved_alone = chunk.by_meaning && chunk.heading.is_none();
        gather_from(&mut chunk.parts, from_target, from, moved_alone, &mut has_controller, &mut moved);
    }
    // A moved paragraph that moved on leaves no section behind.
    doc.chunks.retain(|c| !(c.by_meaning && c.heading.is_none() && c.parts.is_empty()));
    if !has_controller {
        controller_from_introduction(doc, &mut moved);
    }
    blocks_after_lead_ins(doc, &mut moved);
    controller_block_elsewhere(doc);
    subtitle_as_name(doc);
    name_from_sentence(doc);
    doc.chunks.extend(moved);
}

/// True when text read by its meaning may move to `target`: any text to a section of no
/// contact, and to the contact persons or the DPO only text that gives contact details or
/// names who holds the role, or a lead-in to the block under it ("... at:"). A sentence
/// that only mentions the contact person ("Korjauspyynnöt voidaan osoittaa rekisterin
/// yhteyshenkilölle.", "Då du fungerar som kontaktperson ...") stays where it is about.
pub(crate) fn may_move_to(target: Target, text: &str) -> bool {
    if !matches!(target, Target::Contacts(_) | Target::Dpo) {
        return true;
    }
    let lead_in = text.lines().last().is_some_and(|l| l.trim_end().ends_with(':'));
    lead_in || super::contact::gives_contact_details(text)
}

/// A section under a generic heading that the dictionary reads as the contact persons
/// ("Lisätietoja", "Mer information", "Further information") but under which nothing gives
/// a way to reach anyone (a pointer to a register, a button to press) is no contact
/// section: it becomes an extra section under its own heading.
fn further_information_without_details(doc: &mut Document) {
    const GENERIC: &[&str] = &[
        "lisatietoja",
        "lisatiedot",
        "merinformation",
        "ytterligareinformation",
        "furtherinformation",
        "moreinformation",
        "additionalinformation",
    ];
    for chunk in doc.chunks.iter_mut().filter(|c| matches!(c.target, Some(Target::Contacts(_)))) {
        let Some(h) = &chunk.heading else { continue };
        let c = super::lines::compact(&h.clean);
        if !GENERIC.iter().any(|g| c == *g || (c.starts_with(g) && super::lines::word_count(&h.clean) <= 4)) {
            continue;
        }
        let body: Vec<String> = chunk
            .parts
            .iter()
            .map(|p| match p {
                Part::Para(l) => para_text(l),
                Part::Sub(h) => h.text.clone(),
            })
            .collect();
        let details = body.iter().any(|t| super::contact::gives_contact_details(t))
            || chunk.parts.iter().any(|p| matches!(p, Part::Para(l) if super::contact::is_contact_block(l)));
        if !body.is_empty() && !details {
            chunk.target = Some(Target::Intro);
        }
    }
}

/// Prose in a contact section that is about something else moves out: a paragraph that
/// states the data subject's rights ("Du har rätt att få information om ...",
/// "Rekisteröidyn oikeuksien käyttämistä koskevissa pyynnöissä noudatetaan ...") to the
/// rights (the complaint when it names only that right), and a pointer to a public register
/// of processing operations ("Komission tietosuojavastaava pitää julkista rekisteriä ...",
/// "see the Information Commissioner's Data Protection Public Register") to an extra
/// section. A paragraph that invites the reader to contact someone, or whose first sentence
/// gives contact details, stays.
fn prose_out_of_contact_sections(doc: &mut Document, moved: &mut Vec<Chunk>) {
    for chunk in &mut doc.chunks {
        let contact = matches!(chunk.target, Some(Target::Controller | Target::Contacts(_) | Target::Dpo));
        // The text after the contacts of the complaint's authority may point to a register too.
        if !contact && !matches!(chunk.target, Some(Target::Complaint)) {
            continue;
        }
        let from = chunk.heading.as_ref().map(|h| h.text.clone());
        let mut k = 0;
        while k < chunk.parts.len() {
            let to = match &chunk.parts[k] {
                Part::Para(lines) => {
                    let text = para_text(lines).replace('\n', " ");
                    let first = sentences(&text).first().map(|s| s.to_string()).unwrap_or_default();
                    let prose = super::lines::word_count(&first) >= 6
                        && !super::contact::gives_contact_details(&first)
                        && !invites_contact(&text);
                    let paras = chunk.parts.iter().filter(|p| matches!(p, Part::Para(_))).count();
                    let controller = chunk.target == Some(Target::Controller);
                    if !prose {
                        None
                    } else if points_to_public_register(&first)
                        || (controller && paras >= 2 && describes_a_service(&first))
                    {
                        Some(Target::Intro)
                    } else if contact && super::meaning::names_a_right(&first) && of_the_data_subject(&first) {
                        let rights = super::meaning::rights_in(&first);
                        Some(if rights == [crate::model::Right::Complaint] {
                            Target::Complaint
                        } else {
                            Target::Rights
                        })
                    } else {
                        None
                    }
                }
                Part::Sub(_) => None,
            };
            let Some(to) = to else {
                k += 1;
                continue;
            };
            moved.push(super::regroup::moved(chunk.parts.remove(k), to, &from));
        }
    }
}

/// True when a sentence that names a right is about the data subject's rights: it names
/// one of them (access, rectification, ...) or speaks of the data subject or the reader
/// ("Rekisteröidyn oikeuksien ...", "Du har rätt att ..."), not of a right of the
/// controller ("Rekisterinpitäjällä on oikeus muuttaa tätä selostetta.").
fn of_the_data_subject(sentence: &str) -> bool {
    let f = fold(sentence);
    !super::meaning::rights_in(sentence).is_empty()
        || [
            "rekisteroi",
            "sinulla on",
            "oikeutesi",
            "registrerad",
            "du har",
            "dina rattigheter",
            "data subject",
            "you have",
            "your rights",
        ]
        .iter()
        .any(|w| f.contains(w))
}

/// True when a sentence says what a service is ("Example Notify is a service that lets
/// ...", "Esimerkki on verkkopalvelu, jolla ...", "Exempel är en tjänst där ..."): under
/// "Who we are" it describes the service, not the controller, unless it speaks of the
/// controller too.
fn describes_a_service(sentence: &str) -> bool {
    const IS_A: &[&str] = &[
        " is a service",
        " is an online service",
        " is a web service",
        " is a digital service",
        " is an app",
        " is an application",
        " is a tool",
        " is a platform",
        " is a website",
        " is a system",
        " on palvelu",
        " on verkkopalvelu",
        " on sahkoinen palvelu",
        " on sovellus",
        " on tyokalu",
        " on jarjestelma",
        " ar en tjanst",
        " ar en webbtjanst",
        " ar en e-tjanst",
        " ar ett verktyg",
        " ar en app",
        " ar en applikation",
        " ar ett system",
    ];
    let f = fold(sentence);
    let lead: String = f.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
    let role = ["controller", "rekisterinpit", "personuppgiftsansvar"].iter().any(|w| f.contains(w));
    !role && IS_A.iter().any(|p| lead.contains(p.trim_start()) && f.contains(p))
}

/// True when a sentence points to a public register of processing operations or of
/// controllers ("Tietosuojavastaava pitää julkista rekisteriä ...", "Dataskyddsombudet för
/// ett register över all verksamhet ...", "see the ICO's Data Protection Public Register"):
/// where the processing is recorded, not how to reach anyone.
fn points_to_public_register(sentence: &str) -> bool {
    let f = fold(sentence);
    let register = f.contains("rekister") || f.contains("register");
    let public = ["julki", "offentlig", "public", "over all ", "of all "].iter().any(|w| f.contains(w));
    let of_processing = [
        "kasittelytoim",
        "kasittelyt",
        "behandl",
        "verksamhet",
        "processing",
        "controller",
        "commissioner",
        "tietosuojavastaa",
        "dataskyddsombud",
        "data protection",
    ]
    .iter()
    .any(|w| f.contains(w));
    register && public && of_processing
}

/// A lead-in moved to a contact section on its own ("Personuppgiftsansvarig för tjänsten
/// är:") takes the contact lines right after it, wherever they stayed (each line may be a
/// paragraph of its own, as in a code block).
fn blocks_after_lead_ins(doc: &mut Document, moved: &mut [Chunk]) {
    for chunk in moved.iter_mut() {
        let contact = matches!(chunk.target, Some(Target::Controller | Target::Dpo | Target::Contacts(_)));
        let lead_in = match chunk.parts.as_slice() {
            [Part::Para(lines)] => lines.last().filter(|l| l.text.trim_end().ends_with(':')).map(|l| l.no),
            _ => None,
        };
        let (true, Some(after)) = (contact, lead_in) else { continue };
        if let Some(lines) = take_block_after(doc, after) {
            chunk.parts.push(Part::Para(lines));
        }
    }
    // Lead-ins moved by `regroup` before this step.
    let count = doc.chunks.len();
    for i in 0..count {
        let c = &doc.chunks[i];
        let contact = matches!(c.target, Some(Target::Controller | Target::Dpo | Target::Contacts(_)));
        let lead_in = match c.parts.as_slice() {
            [Part::Para(lines)] if c.heading.is_none() => {
                lines.last().filter(|l| l.text.trim_end().ends_with(':')).map(|l| l.no)
            }
            _ => None,
        };
        let (true, Some(after)) = (contact, lead_in) else { continue };
        if let Some(lines) = take_block_after(doc, after) {
            doc.chunks[i].parts.push(Part::Para(lines));
        }
    }
}

/// A controller section whose only text leads to contact details it does not give ("The
/// controller's contact details are:"), as a filled form printed with its values apart
/// from their labels: the first organisation's address block after it, standing alone in
/// a section of no contact (not the DPO's, not a supervisory authority's), is the
/// controller's.
fn controller_block_elsewhere(doc: &mut Document) {
    let Some(ci) = doc.chunks.iter().position(|c| c.target == Some(Target::Controller)) else { return };
    let controller = &doc.chunks[ci];
    let texts: Vec<&Vec<SrcLine>> =
        controller.parts.iter().filter_map(|p| if let Part::Para(l) = p { Some(l) } else { None }).collect();
    let Some(lead_in) = texts.last().and_then(|l| l.last()).filter(|l| l.text.trim_end().ends_with(':')) else {
        return;
    };
    let after = lead_in.no;
    let given = texts
        .iter()
        .any(|l| super::contact::is_contact_block(l) || super::contact::gives_contact_details(&para_text(l)));
    if given || doc.chunks.iter().filter(|c| c.target == Some(Target::Controller)).count() > 1 {
        return;
    }
    let found = doc.chunks.iter().enumerate().find_map(|(i, c)| {
        let elsewhere = !matches!(
            c.target,
            Some(
                Target::Controller
                    | Target::Contacts(_)
                    | Target::Dpo
                    | Target::Complaint
                    | Target::Rights
                    | Target::OtherRights
            )
        );
        if !elsewhere {
            return None;
        }
        c.parts
            .iter()
            .position(|p| match p {
                Part::Para(l) => {
                    let text = para_text(l);
                    l.first().is_some_and(|f| f.no > after)
                        && super::contact::names_organisation_anywhere(l)
                        && !names_authority(&fold(&text))
                        && !names_dpo(&text)
                }
                Part::Sub(_) => false,
            })
            .map(|k| (i, k))
    });
    if let Some((i, k)) = found {
        let part = doc.chunks[i].parts.remove(k);
        doc.chunks[ci].parts.push(part);
    }
}

/// Takes the paragraphs of one-line contact details that start within two lines after
/// line `after` (a name, a street, a postal address, an e-mail address), when together
/// they are a contact block.
fn take_block_after(doc: &mut Document, after: usize) -> Option<Vec<SrcLine>> {
    let mut found: Option<(Option<usize>, usize)> = None;
    let places = std::iter::once(None).chain((0..doc.chunks.len()).map(Some)).collect::<Vec<_>>();
    for place in &places {
        let parts = match place {
            None => &doc.preamble,
            Some(i) => &doc.chunks[*i].parts,
        };
        if let Some(k) = parts
            .iter()
            .position(|p| matches!(p, Part::Para(l) if l.first().is_some_and(|f| f.no > after && f.no <= after + 3)))
        {
            found = Some((*place, k));
            break;
        }
    }
    let (place, k) = found?;
    let parts = match place {
        None => &mut doc.preamble,
        Some(i) => &mut doc.chunks[i].parts,
    };
    // Consecutive short paragraphs, up to six lines in all.
    let mut end = k;
    let mut lines: Vec<SrcLine> = Vec::new();
    while let Some(Part::Para(l)) = parts.get(end) {
        let short = l.iter().all(|x| super::lines::word_count(&x.text) <= 8 && !x.text.trim_end().ends_with('.'));
        let next_to = lines.last().is_none_or(|last: &SrcLine| l.first().is_some_and(|f| f.no <= last.no + 2));
        if !short || !next_to || lines.len() + l.len() > 6 {
            break;
        }
        lines.extend(l.iter().cloned());
        end += 1;
    }
    if lines.is_empty() || !super::contact::is_contact_block(&lines) {
        return None;
    }
    parts.drain(k..end);
    Some(lines)
}

/// A notice with no section for the register's name whose title is followed by a
/// subtitle with no text of its own ("Tietosuojailmoitus" and then "Asiakaspalvelussa
/// käsiteltävät henkilötiedot", "Personuppgifter som behandlas i tjänsten X"): the
/// subtitle names the register. Only headings before the first text count, and not one
/// that says what the document is ("tietosuojaseloste", "privacy notice").
fn subtitle_as_name(doc: &mut Document) {
    let named = doc.chunks.iter().any(|c| c.target == Some(Target::Name) && !c.parts.is_empty());
    if named {
        return;
    }
    const DOCUMENT_TYPES: &[&str] = &[
        "tietosuojaseloste",
        "tietosuojailmoitus",
        "tietosuojaselvitys",
        "rekisteriseloste",
        "informointi",
        "dataskyddsbeskrivning",
        "dataskyddsmeddelande",
        "integritetspolicy",
        "registerbeskrivning",
        "privacynotice",
        "privacypolicy",
        "privacystatement",
        "dataprotectionnotice",
    ];
    for i in 0..doc.chunks.len() {
        let c = &doc.chunks[i];
        if !c.parts.is_empty() {
            return;
        }
        let Some(h) = &c.heading else { return };
        let compact = super::lines::compact(&h.clean);
        let words = super::lines::word_count(&h.clean);
        let next_is_heading = doc.chunks.get(i + 1).is_some_and(|n| n.heading.is_some());
        // The subtitle speaks of the data, a register or a service; a law reference
        // ("Tietosuoja-asetus 2016/679 (13 ja 14 artikla)") names no register.
        let of_register =
            ["henkilotie", "personuppgift", "personaldata", "rekister", "register", "palvelu", "tjanst", "service"]
                .iter()
                .any(|t| compact.contains(t));
        if DOCUMENT_TYPES.iter().any(|t| compact.contains(t))
            || !of_register
            || h.clean.chars().any(|c| c.is_ascii_digit())
            || h.numbering.is_some()
            || h.clean.ends_with('?')
            || !(3..=16).contains(&words)
            || !next_is_heading
        {
            continue;
        }
        let line = SrcLine { no: h.no, text: h.clean.clone() };
        let chunk = &mut doc.chunks[i];
        chunk.target = Some(Target::Name);
        chunk.by_meaning = true;
        chunk.parts.push(Part::Para(vec![line]));
        return;
    }
}

/// A notice with no section for the register's name that names it in a sentence of its
/// introduction ("Tutkimuksen nimi on X.", "Registrets namn är X.", "The name of the
/// register is X."): that sentence is the name section; the rest of its paragraph stays.
fn name_from_sentence(doc: &mut Document) {
    let named = doc.chunks.iter().any(|c| c.target == Some(Target::Name) && !c.parts.is_empty());
    if named {
        return;
    }
    let names = |s: &str| {
        let f = fold(s);
        let words: Vec<&str> = f.split_whitespace().collect();
        let fi = words.len() > 3 && words[1] == "nimi" && words[2] == "on";
        let sv = words.len() > 3 && (words[1] == "namn" || words[0].ends_with("namn")) && words.contains(&"ar");
        let en = f.starts_with("the name of the ") && f.contains(" is ");
        (fi || (sv && words.iter().position(|w| *w == "ar").is_some_and(|p| p <= 3)) || en)
            && super::lines::word_count(s) <= 25
    };
    let mut places: Vec<Option<usize>> = vec![None];
    places.extend(
        doc.chunks
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.target, None | Some(Target::Intro)))
            .map(|(i, _)| Some(i)),
    );
    for place in places {
        let parts = match place {
            None => &mut doc.preamble,
            Some(i) => &mut doc.chunks[i].parts,
        };
        let Some(k) = parts.iter().position(|p| matches!(p, Part::Para(l) if sentences(&para_text(l).replace('\n', " ")).first().is_some_and(|s| names(s))))
        else {
            continue;
        };
        let Part::Para(lines) = &parts[k] else { return };
        let no = lines.first().map_or(0, |l| l.no);
        let flat = para_text(lines).replace('\n', " ");
        let first = sentences(&flat).first().map(|s| s.trim().to_owned()).unwrap_or_default();
        let rest = flat.get(flat.find(&first).map_or(0, |p| p + first.len())..).unwrap_or_default().trim().to_owned();
        if rest.is_empty() {
            parts.remove(k);
        } else {
            parts[k] = Part::Para(vec![SrcLine { no, text: rest }]);
        }
        doc.chunks.push(Chunk {
            heading: None,
            target: Some(Target::Name),
            parts: vec![Part::Para(vec![SrcLine { no, text: first }])],
            content_line: no,
            moved_from: None,
            by_meaning: true,
        });
        return;
    }
}

/// A notice with no controller section that names the controller in its introduction
/// ("Esimerkki Oy toimii ... rekisterinpitäjänä.", "Example Ltd provides ... . We are the
/// data controller ...", "The Example Society is committed to protecting your privacy ..."):
/// the first such paragraph before the first heading or under a heading of no element is
/// the controller's, with the organisation's address block right after it.
fn controller_from_introduction(doc: &mut Document, moved: &mut Vec<Chunk>) {
    let mut places: Vec<(Option<usize>, Option<String>)> = vec![(None, None)];
    for (i, c) in doc.chunks.iter().enumerate() {
        if matches!(c.target, None | Some(Target::Intro)) {
            places.push((Some(i), c.heading.as_ref().map(|h| h.text.clone())));
        }
    }
    for (place, from) in places {
        let parts = match place {
            None => &mut doc.preamble,
            Some(i) => &mut doc.chunks[i].parts,
        };
        let found = parts.iter().position(|p| match p {
            Part::Para(lines) => names_the_controller(&para_text(lines).replace('\n', " ")),
            Part::Sub(_) => false,
        });
        let Some(k) = found else { continue };
        let first = parts.remove(k);
        let line = match &first {
            Part::Para(lines) => lines.first().map_or(0, |l| l.no),
            Part::Sub(h) => h.no,
        };
        let mut taken = vec![first];
        if let Some(Part::Para(next)) = parts.get(k) {
            if super::contact::names_organisation(next) {
                taken.push(parts.remove(k));
            }
        }
        moved.push(Chunk {
            heading: None,
            target: Some(Target::Controller),
            parts: taken,
            content_line: line,
            moved_from: from,
            by_meaning: true,
        });
        return;
    }
}

/// True when a paragraph names the controller: one of its first two sentences says who
/// the controller is, or its first sentence has an organisation as its subject and speaks
/// of privacy or personal data.
fn names_the_controller(text: &str) -> bool {
    if super::lines::word_count(text) < 8 {
        return false;
    }
    let said = sentences(text);
    let states = said.iter().take(2).any(|s| {
        let f = fold(s);
        (f.contains("rekisterinpitajana") && (f.contains("toimii") || f.contains(" on ")))
            || f.contains("rekisterinpitaja on ")
            || (f.contains("personuppgiftsansvarig") && (f.contains(" ar ") || f.contains("fungerar")))
            || ["is the data controller", "is the controller", "are the data controller", "are the controller"]
                .iter()
                .any(|p| f.contains(p))
            || f.contains("acts as the controller")
            || f.contains("acts as data controller")
    });
    let first = said.first().copied().unwrap_or_default();
    let f = fold(first);
    let about_privacy = [
        "privacy",
        "personal data",
        "personal information",
        "your information",
        "henkilotie",
        "tietosuoj",
        "personuppgift",
        "integritet",
    ]
    .iter()
    .any(|p| f.contains(p));
    states || (about_privacy && organisation_subject(first))
}

/// True when a sentence starts with an organisation's name (see
/// [`super::contact::leading_organisation`]).
fn organisation_subject(sentence: &str) -> bool {
    super::contact::leading_organisation(sentence).is_some()
}

/// A controller section that lists the people of the register too, each block under a
/// lead-in naming their role ("Rekisterinpitäjän vastuuhenkilö:", "Rekisterin
/// yhteyshenkilön yhteystiedot:", "Kontaktperson:", "Contact person:"): each such block
/// becomes a contact of that role.
fn split_role_blocks(doc: &mut Document, moved: &mut Vec<Chunk>) {
    for chunk in doc.chunks.iter_mut().filter(|c| c.target == Some(Target::Controller)) {
        let from = chunk.heading.as_ref().map(|h| h.text.clone());
        let mut k = 0;
        while k < chunk.parts.len() {
            let role = match &chunk.parts[k] {
                Part::Para(lines) if lines.len() >= 2 => lines.first().and_then(|l| role_lead_in(&l.text)),
                _ => None,
            };
            let Some(role) = role else {
                k += 1;
                continue;
            };
            moved.push(super::regroup::moved(chunk.parts.remove(k), Target::Contacts(role), &from));
        }
    }
}

/// The contact role a short lead-in line names ("Rekisterin yhteyshenkilö:", "Rekisterin
/// sisällöstä vastaava henkilö:", "Ansvarsperson:", "Contact person:"); not the controller
/// or the DPO themselves.
fn role_lead_in(line: &str) -> Option<ContactRole> {
    let t = line.trim();
    if !t.ends_with(':') || super::lines::word_count(t) > 6 {
        return None;
    }
    let c = super::lines::compact(t);
    if ["yhteyshenkil", "kontaktperson", "contactperson"].iter().any(|s| c.contains(s)) {
        Some(ContactRole::Contact)
    } else if [
        "vastuuhenkil",
        "vastaavahenkil",
        "ansvarsperson",
        "ansvarigperson",
        "responsibleperson",
        "personresponsible",
    ]
    .iter()
    .any(|s| c.contains(s))
    {
        Some(ContactRole::Responsible)
    } else {
        None
    }
}

/// Moves the contact and DPO paragraphs of one section (or the text before the first
/// heading) into `moved`. The address block after a paragraph goes with it; when it is an
/// organisation's and the notice names no controller otherwise, it is the controller.
fn gather_from(
    parts_of: &mut Vec<Part>,
    from_target: Option<Target>,
    from: Option<String>,
    moved_alone: bool,
    has_controller: &mut bool,
    moved: &mut Vec<Chunk>,
) {
    {
        let chunk = parts_of;
        let mut k = 0;
        while k < chunk.len() {
            let Part::Para(lines) = &chunk[k] else {
                k += 1;
                continue;
            };
            let text = para_text(lines).replace('\n', " ");
            // How to reach the supervisory authority ("You can contact the Information
            // Commissioner's Office on 0303 ...", "Voit ottaa yhteyttä
            // tietosuojavaltuutettuun") among the controller's or contacts' text: the complaint.
            if contacts_authority(&text)
                && matches!(from_target, None | Some(Target::Intro | Target::Controller | Target::Contacts(_)))
                && chunk.iter().filter(|p| matches!(p, Part::Para(_))).count() >= 2
            {
                moved.push(Chunk {
                    heading: None,
                    target: Some(Target::Complaint),
                    content_line: lines.first().map_or(0, |l| l.no),
                    parts: vec![chunk.remove(k)],
                    moved_from: from.clone(),
                    by_meaning: true,
                });
                continue;
            }
            // From the contact persons, only a sentence that leads to the DPO's address
            // ("... a complaint to the Data Protection Officer at:") or is about the DPO.
            let about_dpo = text.trim_end().ends_with(':') || dpo_first(&text);
            if matches!(from_target, Some(Target::Contacts(_))) && (lines.len() > 1 || !about_dpo) {
                k += 1;
                continue;
            }
            let target = if names_dpo(&text) {
                Target::Dpo
            } else if (invites_contact(&text)
                || lines.first().is_some_and(|l| lines.len() > 1 && invites_contact(&l.text)))
                && !matches!(from_target, Some(Target::Contacts(_)))
            {
                Target::Contacts(ContactRole::Contact)
            } else {
                k += 1;
                continue;
            };
            // A section of an element keeps its only text, the rights keep a paragraph that
            // also states a right, and every paragraph keeps its section's own target.
            let paras = chunk.iter().filter(|p| matches!(p, Part::Para(_))).count();
            // The controller keeps the sentences that give its address ("... voit ottaa
            // yhteyttä sähköpostitse osoitteessa kirjaamo@kunta.fi"): they fill its fields.
            let rights = matches!(from_target, Some(Target::Rights | Target::OtherRights));
            let details = text.contains('@')
                || fold(&text).contains("(at)")
                || super::lines::phone_like(&text)
                || super::lines::word_count(&text) < 4;
            if Some(target) == from_target
                || (from_target.is_some_and(|t| t != Target::Intro) && paras < 2 && !moved_alone)
                || (rights && states_a_right(&text))
                || (from_target == Some(Target::Controller) && details)
            {
                k += 1;
                continue;
            }
            let line = lines.first().map_or(0, |l| l.no);
            let mut parts = vec![chunk.remove(k)];
            // An organisation's address in the paragraph's own lines, under the invitation
            // ("... please contact us at:", "- Example Ltd, 1 Sample Street, ..."), is the
            // controller's when the notice names no controller otherwise.
            if !*has_controller && target != Target::Dpo {
                if let Some(Part::Para(own)) = parts.first_mut() {
                    let at = (1..own.len()).find(|&j| super::contact::names_organisation(&own[j..]));
                    if let Some(j) = at {
                        let block = own.split_off(j);
                        *has_controller = true;
                        moved.push(Chunk {
                            heading: None,
                            target: Some(Target::Controller),
                            content_line: block.first().map_or(line, |l| l.no),
                            parts: vec![Part::Para(block)],
                            moved_from: from.clone(),
                            by_meaning: true,
                        });
                    }
                }
            }
            // The address block the paragraph leads to ("... at:" and the address under it).
            if let Some(Part::Para(next)) = chunk.get(k) {
                let next_line = next.first().map_or(0, |l| l.no);
                let dpo_address = target == Target::Dpo || names_dpo(&para_text(next));
                if !*has_controller && !dpo_address && super::contact::names_organisation(next) {
                    *has_controller = true;
                    moved.push(Chunk {
                        heading: None,
                        target: Some(Target::Controller),
                        parts: vec![chunk.remove(k)],
                        content_line: next_line,
                        moved_from: from.clone(),
                        by_meaning: true,
                    });
                } else if super::contact::is_contact_block(next) || is_address_lines(next) {
                    parts.push(chunk.remove(k));
                }
            }
            moved.push(Chunk {
                heading: None,
                target: Some(target),
                parts,
                content_line: line,
                moved_from: from.clone(),
                by_meaning: true,
            });
        }
    }
}

/// Lines of an address with no sentence among them ("Data Protection Officer",
/// "Department (B2.28)", "7 Wellington Place", "Leeds", "LS1 4AW"): short lines, one
/// with a digit.
fn is_address_lines(lines: &[SrcLine]) -> bool {
    lines.len() >= 2
        && lines.iter().all(|l| super::lines::word_count(&l.text) <= 6 && !l.text.trim_end().ends_with('.'))
        && lines.iter().any(|l| l.text.chars().any(|c| c.is_ascii_digit()))
}

/// True when a text states a right of the data subject ("you have the right to", "on
/// oikeus", "har rätt att").
fn states_a_right(text: &str) -> bool {
    let f = fold(text);
    ["right to ", "rights to ", "ratt att ", "ratt till ", "oikeus ", "oikeutta "].iter().any(|s| f.contains(s))
}

/// The paragraph's first sentence, folded.
fn first_sentence(text: &str) -> String {
    sentences(text).into_iter().next().map(fold).unwrap_or_default()
}

/// A supervisory authority: the party a complaint goes to, not a contact of the controller.
fn names_authority(folded: &str) -> bool {
    [
        "supervisory authorit",
        "information commissioner",
        "=ico",
        "data protection supervisor",
        "tietosuojavaltuutet",
        "valvontaviranomai",
        "tillsynsmyndighet",
        "integritetsskyddsmyndighet",
        "datainspektion",
        "dataombudsman",
        "dataskyddsombudsman",
        "datatillsyn",
        "ombudsman",
    ]
    .iter()
    .any(|s| match s.strip_prefix('=') {
        Some(word) => folded.split(|c: char| !c.is_alphanumeric()).any(|w| w == word),
        None => folded.contains(s),
    })
}

/// True when the paragraph's first sentence tells how to contact or complain to a
/// supervisory authority, not that the controller is entered in its register.
fn contacts_authority(text: &str) -> bool {
    let first = first_sentence(text);
    names_authority(&first)
        && !points_to_public_register(&first)
        && !first.contains("registered with")
        && ["contact", "complain", "yhteytta", "valit", "kontakt", "klag"].iter().any(|w| first.contains(w))
}

/// True when the paragraph's first sentence speaks of the data protection officer (its
/// duties, or how to reach them), not of a supervisory authority.
fn names_dpo(text: &str) -> bool {
    let first = first_sentence(text);
    let dpo = ["data protection officer", "data protection compliance officer", "tietosuojavastaa", "dataskyddsombud"]
        .iter()
        .any(|s| first.contains(s))
        || first.split(|c: char| !c.is_alphanumeric()).any(|w| w == "dpo" || w == "dpco");
    dpo && !names_authority(&first) && !points_to_public_register(&first)
}

/// True when the DPO is named among the first four words ("The Data Protection Officer
/// provides ...", "Tietosuojavastaavamme on ...").
fn dpo_first(text: &str) -> bool {
    let lead: String = first_sentence(text).split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    names_dpo(&lead) || lead.starts_with("data protection officer") || lead.contains(" data protection")
}

/// True when the paragraph's first sentence invites the reader to contact the controller
/// (with questions, to exercise the rights), not a supervisory authority.
fn invites_contact(text: &str) -> bool {
    let first = first_sentence(text);
    const INVITATIONS: &[&str] = &[
        // en
        "contact us",
        "please contact",
        "you can contact",
        "you may contact",
        "you can reach",
        "contact the",
        "get in touch",
        "write to us",
        "email us",
        "e-mail us",
        // fi
        "ota yhteytta",
        "ottaa yhteytta",
        "otathan yhteytta",
        "voi osoittaa",
        "voit osoittaa",
        "voi lahettaa",
        "voit lahettaa",
        // sv
        "kontakta",
        "ta kontakt",
        "vand dig till",
        "kan skickas till",
        "hor av dig",
    ];
    // A paragraph that leads to the address under it ("... please contact us at the
    // following address:") invites in its last sentence.
    let last = if text.trim_end().ends_with(':') {
        sentences(text).last().map(|s| fold(s)).unwrap_or_default()
    } else {
        String::new()
    };
    // "Vi kan kontakta dig via dessa uppgifter", "We may contact you by e-mail": the
    // controller contacting the data subject is a use of the data, no invitation.
    const CONTACTING_YOU: &[&str] = &["kontakta dig", "kontakta er", "contact you"];
    [first, last].iter().any(|s| {
        INVITATIONS.iter().any(|i| has_phrase(s, i))
            && !CONTACTING_YOU.iter().any(|c| has_phrase(s, c))
            && !names_authority(s)
    })
}

/// True when the folded text has the phrase as whole words: "kontakta" is not in
/// "kontaktar" or "kontaktade" (a report of contact, not an invitation).
fn has_phrase(folded: &str, phrase: &str) -> bool {
    folded.match_indices(phrase).any(|(at, _)| {
        let before = folded[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = folded[at + phrase.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitations_to_contact_and_the_dpo() {
        assert!(invites_contact("If you want to use your rights, please contact us at info@example.com."));
        assert!(invites_contact("Palautetta palvelusta voi osoittaa kunnan asiakaspalveluun."));
        assert!(invites_contact("Har du frågor om behandlingen kan du kontakta föreningens styrelse."));
        assert!(!invites_contact("You can also contact the supervisory authority if you are unhappy."));
        assert!(!invites_contact("Voit tehdä valituksen tietosuojavaltuutetulle, ota yhteyttä toimistoon."));
        assert!(!invites_contact("We keep the contact details of our members for five years."));
        // A report of contact is no invitation.
        assert!(!invites_contact("Vi sparar uppgifter då du kontaktar oss eller vill bli kontaktad av oss."));
        assert!(invites_contact("Kontakta oss om du har frågor."));
        assert!(names_dpo("Our Data Protection Officer monitors how we use personal data."));
        // The same role under a longer name.
        assert!(names_dpo("We have appointed a data protection compliance officer (\"DPCO\") who is responsible."));
        assert!(names_dpo("Contact our DPCO with any questions about this notice."));
        assert!(names_dpo("Tietosuojavastaavamme neuvoo tietosuojaa koskevissa kysymyksissä."));
        assert!(!names_dpo("Kontakta Dataombudsmannens byrå om du vill klaga."));
        assert!(!names_dpo("We collect your name and address."));
        assert!(crate::import::lines::phone_like("Soita numeroon 040 123 4567."));
        assert!(!crate::import::lines::phone_like("Asetuksen (EU) 2018/1725 mukaisesti."));
        assert!(states_a_right("Kontakta oss. Du har rätt att få dina uppgifter rättade."));
    }

    #[test]
    fn a_sentence_that_only_mentions_the_contact_person_stays() {
        for text in [
            "Otsikko\n\nRekisteröidyn oikeudet\n\nRekisteröidyllä on oikeus tarkastaa tietonsa.\n\nVirheellisten tietojen korjauspyynnöt voidaan osoittaa rekisterin yhteyshenkilölle. Korjaukset tehdään viipymättä.\n",
            "Otsikko\n\nNär samlar vi uppgifter?\n\nVi samlar in uppgifter i dessa fall:\n- då du kontaktar oss\n- då du fungerar som kontaktperson för en förening\n- då du vill bli kontaktad av oss\n\nUppgifterna kommer också från offentliga register.\n",
        ] {
            let mut doc = crate::import::structure::structure(text);
            crate::import::regroup::regroup_by_meaning(&mut doc);
            gather_contact_prose(&mut doc);
            assert!(!doc.chunks.iter().any(|c| matches!(c.target, Some(Target::Contacts(_)))), "{doc:?}");
        }
        // With a way to reach the person, it moves.
        assert!(may_move_to(
            Target::Contacts(ContactRole::Contact),
            "Korjauspyynnöt: yhteyshenkilö, puh. 040 123 4567."
        ));
        assert!(!may_move_to(Target::Dpo, "Tietosuojavastaava neuvoo henkilöstöä."));
    }

    fn targets_after(text: &str) -> Vec<Option<Target>> {
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        doc.chunks.iter().map(|c| c.target).collect()
    }

    #[test]
    fn further_information_with_no_way_to_reach_anyone_is_extra() {
        let text = "Otsikko\n\nRekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00990 Esimerkkilä\n\nLisätietoja\n\nTietosuojavastaava pitää julkista rekisteriä kaikista käsittelytoimista. Rekisteriin voi tutustua verkossa.\n\nPaina alla olevaa Hyväksyn-painiketta, kun olet lukenut selosteen.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Controller), Some(Target::Intro)]);
        // With an address to write to, it is a contact section.
        let text = "Otsikko\n\nLisätietoja\n\nLisätietoja antaa kirjaamo, kirjaamo@esimerkki.fi.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Contacts(ContactRole::Contact))]);
    }

    #[test]
    fn rights_and_register_pointers_leave_the_contact_sections() {
        let text = "Otsikko\n\nKontakt till dataskyddsombud\n\ndso@exempel.se\n\nDu har rätt att få information om dina personuppgifter och att få felaktiga uppgifter rättade.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Dpo), Some(Target::Rights)]);
        let text = "Otsikko\n\nYhteystiedot\n\nKunnan kirjaamo\nKatu 1, 00990 Esimerkkilä\n\nRekisteröidyn oikeuksien käyttämistä koskevissa pyynnöissä noudatetaan kunnan tietopyyntöprosessia.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Contacts(ContactRole::Contact)), Some(Target::Rights)]);
        let text = "Title\n\nWho we are\n\nSample Council is the data controller for the library service.\n\nFor more information see the Information Commissioner's Data Protection Public Register. Our registration number is Z1234567.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Controller), Some(Target::Intro)]);
        // An invitation to use the rights by contacting someone stays a contact.
        let text = "Otsikko\n\nYhteyshenkilö\n\nMaija Esimerkki, puh. 040 123 4567\n\nJos haluat käyttää oikeuksiasi, ota yhteyttä yhteyshenkilöön.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Contacts(ContactRole::Contact))]);
        assert!(points_to_public_register(
            "Dataskyddsombudet för ett register över all verksamhet där man behandlar personuppgifter."
        ));
        assert!(!points_to_public_register("Rekisterin tietoja ei luovuteta julkisuuteen."));
        // A right of the controller is no right of the data subject.
        let text = "Otsikko\n\nRekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00990 Esimerkkilä\n\nRekisterinpitäjällä on oikeus muuttaa tätä selostetta ilmoittamalla siitä verkkosivuilla.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Controller)]);
        // Under "Who we are", what the service is moves out; who the controller is stays.
        let text = "Title\n\nWho we are\n\nSample Notify is a service that lets schools send messages to parents.\n\nSample Council is the data controller for the messages sent.\n";
        assert_eq!(targets_after(text), vec![Some(Target::Controller), Some(Target::Intro)]);
        assert!(describes_a_service("Esimerkki on verkkopalvelu, jolla kuntalaiset voivat varata tiloja."));
        assert!(describes_a_service("Exempeltjänsten är en tjänst där du kan boka lokaler."));
        assert!(!describes_a_service("Sample Buses Ltd provides coach services in the north of the county."));
        assert!(!describes_a_service("Sample Notify is a service run by the council, which is the data controller."));
        assert!(!names_dpo("Tietosuojavastaava pitää julkista rekisteriä kaikista käsittelytoimista."));
    }

    #[test]
    fn an_invitation_that_names_the_complaint_is_a_contact() {
        // `regroup` moves it to the complaint by the right it names; it invites contact.
        let text = "Title\n\nYour rights\n\nYou have the right to access and correct your data.\n\nTo exercise your rights or to make a complaint, please contact our privacy team using the details above.\n";
        let mut doc = crate::import::structure::structure(text);
        crate::import::regroup::regroup_by_meaning(&mut doc);
        gather_contact_prose(&mut doc);
        let targets: Vec<Option<Target>> = doc.chunks.iter().map(|c| c.target).collect();
        assert_eq!(targets, vec![Some(Target::Rights), Some(Target::Contacts(ContactRole::Contact))], "{doc:?}");
    }

    #[test]
    fn a_controller_block_printed_apart_from_its_lead_in() {
        let text = "Title\n\n1. Rekisterinpitäjä\n\nThe data controller's contact details are:\n\n2. Personal data\n\nThe following data may be processed:\n\nSAMPLE-LAB Campus\nSample Park, Sampleshire CB99 9ZZ United Kingdom\n+44 (0)1234 567 890\ninfo@sample.org\n\n3. Purposes\n\nWe answer your questions.\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let controller = doc.chunks.iter().find(|c| c.target == Some(Target::Controller));
        assert!(controller.is_some_and(|c| c.parts.len() == 2), "{doc:?}");
        let block: Vec<SrcLine> =
            ["SAMPLE-LAB Hinxton", "Sample Campus Hinxton, Sampleshire CB99 9ZZ", "info@sample.org"]
                .iter()
                .enumerate()
                .map(|(i, t)| SrcLine { no: i + 1, text: (*t).to_owned() })
                .collect();
        let parsed = crate::import::contact::parse(&block, crate::model::Lang::En, false);
        assert_eq!(parsed.contacts[0].name.en, "SAMPLE-LAB Hinxton", "an acronym names the organisation");
        // A controller section that gives its details keeps to them.
        let text = "Title\n\nRekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00990 Esimerkkilä\n\nRekisterin tiedot\n\nTietoja käsitellään:\n\nToinen Oy\nKatu 2\n00990 Esimerkkilä\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let controller = doc.chunks.iter().find(|c| c.target == Some(Target::Controller));
        assert!(controller.is_some_and(|c| c.parts.len() == 1), "{doc:?}");
    }

    #[test]
    fn an_organisation_after_a_contact_sentence_is_the_controller() {
        let text = "Esimerkkisovellus\n\nSovellus tallentaa tiedot vain käyttäjän omaan laitteeseen.\n\nKysymyksiä sovelluksesta voi lähettää kirjastolle.\n\nSovelluksen julkaisija:\nEsimerkkilän kaupunginkirjasto\nKirjastokatu 1\n00990 Esimerkkilä\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let targets: Vec<Option<Target>> = doc.chunks.iter().map(|c| c.target).collect();
        assert_eq!(targets, vec![Some(Target::Controller), Some(Target::Contacts(ContactRole::Contact))], "{doc:?}");
    }

    #[test]
    fn people_listed_under_the_controller_become_contacts() {
        let text = "Otsikko\n\n2. Rekisterinpitäjä\n\nEsimerkki Oy\nKatu 1, 00990 Esimerkkilä\n\nRekisterin vastuuhenkilö:\nNimi: Maija Esimerkki\nTehtävä: toimitusjohtaja\n\nRekisterin yhteyshenkilö:\nNimi: Matti Esimerkki\nSähköposti: matti@example.fi\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let targets: Vec<Option<Target>> = doc.chunks.iter().map(|c| c.target).collect();
        assert_eq!(
            targets,
            vec![
                Some(Target::Controller),
                Some(Target::Contacts(ContactRole::Responsible)),
                Some(Target::Contacts(ContactRole::Contact))
            ],
            "{doc:?}"
        );
        assert_eq!(role_lead_in("Rekisterinpitäjä:"), None);
    }

    #[test]
    fn the_controller_named_in_the_introduction() {
        assert!(names_the_controller(
            "Esimerkki Oy toimii asiakkaidensa henkilötiedoista koostuvan rekisterin rekisterinpitäjänä."
        ));
        assert!(names_the_controller(
            "Example Buses Ltd runs coaches in the north. We are the data controller for passenger data."
        ));
        assert!(names_the_controller(
            "Sample Valley Choir is committed to protecting the privacy of its members at all times."
        ));
        assert!(!names_the_controller("We are committed to protecting the privacy of our members at all times."));
        assert!(!names_the_controller("Google Analytics is used on the site to count visits to each page."));
        let text = "Tietosuojaseloste\n\nYleistä\n\nPalvelussa käsitellään henkilötietoja huolellisesti ja lain mukaan.\n\nEsimerkki Oy toimii palvelun käyttäjien henkilötiedoista koostuvan rekisterin rekisterinpitäjänä.\n\nEsimerkki Oy, Katu 1, 00990 Esimerkkilä\n\nKäsittelyn tarkoitus\n\nTietoja käytetään palvelun tarjoamiseen.\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let controller = doc.chunks.iter().find(|c| c.target == Some(Target::Controller)).map(|c| c.parts.len());
        assert_eq!(controller, Some(2), "{doc:?}");
    }

    #[test]
    fn a_sentence_leading_to_the_dpo_leaves_the_contact_persons() {
        let text = "Otsikko\n\nYhteystiedot\n\nVoit ottaa meihin yhteyttä lomakkeella tai kirjeitse osoitteeseen.\n\nJos olet huolissasi tietojesi käytöstä, voit kääntyä tietosuojavastaavamme puoleen osoitteessa:\n\nTietosuojavastaava\nEsimerkkikatu 1\n00990 Esimerkkilä\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let targets: Vec<Option<Target>> = doc.chunks.iter().map(|c| c.target).collect();
        assert_eq!(targets, vec![Some(Target::Contacts(ContactRole::Contact)), Some(Target::Dpo)], "{doc:?}");
        assert_eq!(doc.chunks[1].parts.len(), 2, "the address goes along");
    }

    #[test]
    fn a_subtitle_under_the_title_names_the_register() {
        let text = "Otsikko\n\n# Kunnan tietosuojaseloste\n\n## Kirjastopalvelussa käsiteltävät henkilötiedot\n\n## 1. Yleistä\n\nTämä seloste kertoo, miten kirjasto käsittelee henkilötietoja.\n";
        let lines: Vec<SrcLine> =
            text.split('\n').enumerate().map(|(i, l)| SrcLine { no: i + 1, text: l.to_owned() }).collect();
        let mut doc = crate::import::structure::structure_lines_for_test(lines, &[3, 5, 7]);
        gather_contact_prose(&mut doc);
        let name = doc.chunks.iter().find(|c| c.target == Some(Target::Name)).and_then(|c| c.heading.clone());
        assert_eq!(name.map(|h| h.no), Some(5), "{doc:?}");
    }

    #[test]
    fn a_sentence_that_names_the_register() {
        let text = "Otsikko\n\nHankkeen nimi on Esimerkkihanke: kirjaston uudet palvelut. Hanke kestää kaksi vuotta ja sitä rahoittaa kunta.\n\nRekisterinpitäjä\n\nEsimerkki Oy\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let name = doc.chunks.iter().find(|c| c.target == Some(Target::Name)).map(|c| c.parts.clone());
        assert_eq!(
            name,
            Some(vec![Part::Para(vec![SrcLine {
                no: 3,
                text: "Hankkeen nimi on Esimerkkihanke: kirjaston uudet palvelut.".into()
            }])]),
            "{doc:?}"
        );
        assert!(matches!(&doc.preamble[1], Part::Para(l) if l[0].text.starts_with("Hanke kestää")), "{doc:?}");
    }

    #[test]
    fn a_lead_in_takes_the_contact_lines_after_it() {
        // A lead-in that `regroup` moved on its own, the lines of a code block left behind.
        let text = "Otsikko\n\nÖvrigt\n\nExempelföreningen rf\n\nExempelgatan 3\n\nexempel@example.org\n";
        let mut doc = crate::import::structure::structure(text);
        doc.chunks.push(Chunk {
            heading: None,
            target: Some(Target::Controller),
            parts: vec![Part::Para(vec![SrcLine { no: 4, text: "Personuppgiftsansvarig för tjänsten är:".into() }])],
            content_line: 4,
            moved_from: Some("Övrigt".into()),
            by_meaning: true,
        });
        gather_contact_prose(&mut doc);
        let controller = doc.chunks.iter().find(|c| c.target == Some(Target::Controller)).map(|c| c.parts.len());
        assert_eq!(controller, Some(2), "{doc:?}");
        assert!(invites_contact("Questions. If you have questions, please contact us at this address:"));
    }

    #[test]
    fn an_invitation_with_its_address_lines_in_one_paragraph() {
        let text = "Otsikko\n\nGeneral\n\nThe service is open to everyone who lives in the area.\n\n1. Questions. If you have any questions or concerns about this notice or about the way we use your data, please contact us at the following address or phone number:\n- Sample Ltd, 1 Sample Street\n- 040 123 4567\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let contacts = doc.chunks.iter().find(|c| c.target == Some(Target::Contacts(ContactRole::Contact)));
        assert!(contacts.is_some_and(|c| matches!(&c.parts[0], Part::Para(l) if l.len() == 1)), "{doc:?}");
        // The organisation's address under the invitation is the controller's: the notice
        // names no other.
        let controller = doc.chunks.iter().find(|c| c.target == Some(Target::Controller));
        assert!(controller.is_some_and(|c| matches!(&c.parts[0], Part::Para(l) if l.len() == 2)), "{doc:?}");
        // With a controller section of its own, the lines go with the invitation.
        let text = "Otsikko\n\nController\n\nSample Ltd is the controller.\n\nGeneral\n\nThe service is open to everyone who lives in the area.\n\nIf you have any questions about this notice, please contact us at the following address or phone number:\n- Sample Ltd, 1 Sample Street\n- 040 123 4567\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let contacts = doc.chunks.iter().find(|c| c.target == Some(Target::Contacts(ContactRole::Contact)));
        assert!(contacts.is_some_and(|c| matches!(&c.parts[0], Part::Para(l) if l.len() == 3)), "{doc:?}");
    }

    #[test]
    fn a_contact_paragraph_under_the_rights_moves_with_its_address() {
        let text = "Otsikko\n\nYour rights\n\nYou have the right to access and correct your data at any time.\n\nIf you wish to use these rights, please contact our office at:\n\nExample Society\n12 Sample Road\nSampletown\n\nOur Data Protection Officer checks how we follow the law and gives advice.\n";
        let mut doc = crate::import::structure::structure(text);
        gather_contact_prose(&mut doc);
        let targets: Vec<Option<Target>> = doc.chunks.iter().map(|c| c.target).collect();
        assert_eq!(
            targets,
            vec![Some(Target::Rights), Some(Target::Contacts(ContactRole::Contact)), Some(Target::Dpo)],
            "{doc:?}"
        );
        assert_eq!(doc.chunks[1].parts.len(), 2, "the address goes along");
    }

    #[test]
    fn contacting_the_data_subject_is_a_use_of_the_data_not_an_invitation() {
        for (heading, purpose, contacting) in [
            (
                "Käsittelyn tarkoitus",
                "Tietoja käytetään jäsenyyden ilmoittamiseen piirille.",
                "Voimme myös ottaa sinuun yhteyttä näiden tietojen avulla yhdistyksen asioissa.",
            ),
            (
                "Hur använder vi era uppgifter?",
                "Uppgifterna används för att rapportera medlemskap till distriktet.",
                "Vi kan också komma att kontakta dig via dessa uppgifter i föreningens syfte.",
            ),
            (
                "How we use your data",
                "The data are used to report the membership to the district.",
                "We may also contact you using these details about club matters.",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{purpose}\n\n{contacting}\n");
            let mut doc = crate::import::structure::structure(&text);
            crate::import::regroup::regroup_by_meaning(&mut doc);
            gather_contact_prose(&mut doc);
            assert!(doc.chunks.iter().all(|c| !matches!(c.target, Some(Target::Contacts(_)))), "{heading}: {doc:?}");
            assert_eq!(doc.chunks[0].target, Some(Target::Purposes), "{heading}");
        }
    }
}
