//! Regrouping: text that belongs to a section the notice has no heading for is moved (or,
//! for one sentence inside another paragraph, copied) to that section. The step between
//! the sections of `structure` and the filling of fields; it reads meaning through
//! `meaning` and never looks back at the lines.

use super::headings::Target;
use super::lines::{SrcLine, list_marker, para_text, sentence_spans, word_count};
use super::meaning::{
    automated_statement, is_basis_paragraph, is_basis_statement, processor_statement, provision_statement,
    transfer_polarity,
};
use super::structure::{Chunk, Document, Part};
use crate::lexicon::{Topic, paragraph_scores};
use crate::model::{Answer, Section};

/// Moves or copies text that belongs to a section the notice has no heading for: a
/// legal-basis paragraph in the introduction (seed 000), "Automaattista päätöksentekoa
/// tai profilointia ei suoriteta." under the complaint heading (seed 002), a transfer
/// sentence among the disclosures (seed 003), a paragraph on subcontractors among the
/// disclosures (seed 002). A paragraph whose first sentence belongs there moves; a
/// sentence inside another paragraph is copied.
pub(crate) fn gather_by_content(doc: &mut Document) {
    let has = |doc: &Document, t: Target| doc.chunks.iter().any(|c| c.target == Some(t));
    type Test = fn(&str) -> bool;
    let finders: [(Target, Test, bool); 5] = [
        (Target::LegalBasis, is_basis_statement as Test, true),
        (Target::Provision, provision_statement as Test, false),
        (Target::Automated, (|s: &str| automated_statement(s) == Some(Answer::No)) as Test, false),
        (Target::Transfers, (|s: &str| transfer_polarity(s).is_some()) as Test, false),
        (Target::Processors, (|s: &str| processor_statement(s) == Some(Answer::Yes)) as Test, false),
    ];
    for (target, test, only_unrecognised) in finders {
        if has(doc, target) || (target == Target::LegalBasis && purposes_have_basis(doc)) {
            continue;
        }
        if let Some(chunk) = take_by_content(doc, target, test, only_unrecognised) {
            doc.chunks.push(chunk);
        }
    }
}

fn purposes_have_basis(doc: &Document) -> bool {
    doc.chunks
        .iter()
        .filter(|c| c.target == Some(Target::Purposes))
        .any(|c| c.parts.iter().any(|p| matches!(p, Part::Para(l) if is_basis_paragraph(l))))
}

fn take_by_content(
    doc: &mut Document,
    target: Target,
    test: fn(&str) -> bool,
    only_unrecognised: bool,
) -> Option<Chunk> {
    // Candidates: the preamble first, then the sections in order.
    let mut places: Vec<(Option<usize>, Option<String>)> = vec![(None, None)];
    for (i, c) in doc.chunks.iter().enumerate() {
        let unrecognised = c.target.is_none() || matches!(c.target, Some(Target::Intro | Target::Changes));
        // Contact blocks are read line by line; their sentences stay with them.
        let contacts = matches!(c.target, Some(Target::Name | Target::Controller | Target::Contacts(_) | Target::Dpo));
        if (only_unrecognised && !unrecognised) || contacts {
            continue;
        }
        places.push((Some(i), c.heading.as_ref().map(|h| h.text.clone())));
    }
    for (place, from) in places {
        let parts: &mut Vec<Part> = match place {
            None => &mut doc.preamble,
            Some(i) => &mut doc.chunks[i].parts,
        };
        for k in 0..parts.len() {
            let Part::Para(lines) = &parts[k] else { continue };
            let flat = para_text(lines).replace('\n', " ");
            let spans = sentence_spans(&flat);
            let Some(hit) = spans.iter().position(|(a, b)| test(&flat[*a..*b])) else { continue };
            let first_no = lines.first().map_or(0, |l| l.no);
            // In a list, the item moves, not its neighbours ("- Opt-Out: You may choose not to
            // provide ..." among the rights' items).
            let list = lines.len() > 1 && lines.iter().all(|l| list_marker(&l.text).is_some());
            let item = list.then(|| lines.iter().position(|l| test(&l.text))).flatten();
            let mut following: Option<Part> = None;
            let part = if let Some(i) = item {
                let Part::Para(lines) = &mut parts[k] else { continue };
                Part::Para(vec![lines.remove(i)])
            } else if hit == 0 {
                // Prose after the paragraph's list is a paragraph of its own ("* ...
                // tietosuojalauseke\nEdellä mainitun lisäksi tietoja ei luovuteta ..."): it stays.
                let (taken, rest) = take_paragraph(parts, k);
                if rest {
                    taken
                } else {
                    // A lead-in takes its list or table along ("We share data only with the
                    // service providers ...:" over "Provider | What they receive | Purpose").
                    let lead_in =
                        matches!(&taken, Part::Para(l) if l.last().is_some_and(|l| l.text.trim_end().ends_with(':')));
                    let follows = matches!(parts.get(k), Some(Part::Para(l))
                        if l.iter().all(|l| list_marker(&l.text).is_some()) || table_rows(l));
                    if lead_in && follows {
                        following = Some(parts.remove(k));
                    }
                    taken
                }
            } else {
                let (a, b) = spans[hit];
                // The line the sentence starts on.
                let mut offset = 0usize;
                let mut no = first_no;
                for l in lines {
                    if offset + l.text.len() >= a {
                        no = l.no;
                        break;
                    }
                    offset += l.text.len() + 1;
                }
                Part::Para(vec![SrcLine { no, text: flat[a..b].to_owned() }])
            };
            let line = match &part {
                Part::Para(l) => l.first().map_or(first_no, |l| l.no),
                Part::Sub(h) => h.no,
            };
            return Some(Chunk {
                heading: None,
                target: Some(target),
                parts: std::iter::once(part).chain(following).collect(),
                content_line: line,
                moved_from: from,
                by_meaning: false,
            });
        }
    }
    None
}

/// Takes the paragraph at `k` out of `parts` to move it, and tells whether its prose after
/// its list stayed behind at `k` ("* ... tietosuojalauseke\nEdellä mainitun lisäksi tietoja
/// ei luovuteta ...": that sentence is a paragraph of its own).
fn take_paragraph(parts: &mut Vec<Part>, k: usize) -> (Part, bool) {
    if let Some(Part::Para(lines)) = parts.get_mut(k) {
        let tail = trailing_prose(lines);
        if !tail.is_empty() {
            return (Part::Para(std::mem::replace(lines, tail)), true);
        }
    }
    (parts.remove(k), false)
}

/// The lines after a paragraph's list, taken off it: prose that follows the last list item
/// (a Markdown line right after a list, a web page's paragraph after its `<ul>`). Empty when
/// the paragraph has no list or ends with it.
fn trailing_prose(lines: &mut Vec<SrcLine>) -> Vec<SrcLine> {
    let Some(last_item) = lines.iter().rposition(|l| list_marker(&l.text).is_some()) else {
        return Vec::new();
    };
    if last_item + 1 >= lines.len() {
        return Vec::new();
    }
    lines.split_off(last_item + 1)
}

/// How far the best topic must lead the next one.
#[derive(Clone, Copy)]
enum Lead {
    /// Twice its score: a whole section that takes one element's place.
    Double,
    /// Half as much again: one paragraph moved to its own section.
    Half,
}

/// The topic a text is clearly about, by the lexicon: a score of at least `min`, ahead of
/// the next topic's by `lead`. Introductions, changes and names are no topic to move text to.
fn clear_topic(text: &str, min: u32, lead: Lead) -> Option<Topic> {
    clear_topic_or_intro(text, min, lead).filter(|t| *t != Topic::Intro)
}

/// [`clear_topic`], or an introduction: a notice describing itself or the controller's
/// commitment ("Universitetet förbinder sig att ... Denna dataskyddsbeskrivning beskriver
/// ...") that stands under an element's heading moves out to an extra section.
fn clear_topic_or_intro(text: &str, min: u32, lead: Lead) -> Option<Topic> {
    let scores = lead_weighted_scores(text);
    let (topic, best) = *scores.first()?;
    let second = scores.get(1).map_or(0, |s| s.1);
    // Changes to the notice move too: to an extra section of their own.
    let movable = !matches!(topic, Topic::Name | Topic::OtherRights);
    let ahead = match lead {
        Lead::Double => best >= 2 * second,
        Lead::Half => 2 * best >= 3 * second,
    };
    (movable && best >= min && ahead).then_some(topic)
}

/// The lexicon's scores of a text's assertions, its first sentence counted twice: a
/// paragraph's first sentence says what it is about ("All personal data is protected by
/// ... . It is deleted after ..."). A list has no such lead: its items weigh alike.
fn lead_weighted_scores(text: &str) -> Vec<(Topic, u32)> {
    let said = assertions(text);
    let mut scores = paragraph_scores(&said);
    let list = text.lines().next().is_some_and(|l| list_marker(l).is_some());
    if let Some(first) = super::lines::sentences(&said).into_iter().next().filter(|_| !list) {
        // "We collect your IP address to help us ...": said to give the purpose.
        let purpose = super::meaning::purpose_clause(first).then_some((Topic::Purposes, 4));
        for (topic, score) in paragraph_scores(first).into_iter().chain(purpose) {
            match scores.iter_mut().find(|(t, _)| *t == topic) {
                Some((_, s)) => *s += score,
                None => scores.push((topic, score)),
            }
        }
    }
    // An e-mail address in running text is where to write: evidence of a contact.
    if has_mail_address(&said) {
        match scores.iter_mut().find(|(t, _)| *t == Topic::ContactPerson) {
            Some((_, s)) => *s += 3,
            None => scores.push((Topic::ContactPerson, 3)),
        }
    }
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scores
}

/// True when `text` has an e-mail address, also written "name at example.fi" or
/// "name(at)example.fi".
fn has_mail_address(text: &str) -> bool {
    let domain = |w: &str| {
        let w = w.trim_end_matches(['.', ',', ';', ')']);
        w.contains('.') && w.split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().any(|w| w.contains('@') && domain(w.rsplit('@').next().unwrap_or_default()))
        || words.iter().any(|w| w.contains("(at)") && domain(w.rsplit("(at)").next().unwrap_or_default()))
        || words.windows(3).any(|w| {
            w[1] == "at"
                && !w[0].is_empty()
                && domain(w[2])
                && w[0].chars().all(|c| c.is_alphanumeric() || ".-_".contains(c))
        })
}

/// The sentences of a text that say something: conditions ("Jos tietoja kerätään ...",
/// "If we ...") and questions describe the law or ask, they are no evidence of a section.
fn assertions(text: &str) -> String {
    super::lines::sentences(&text.replace('\n', " "))
        .into_iter()
        .filter(|s| {
            !super::meaning::is_question(s)
                && !crate::lexicon::folded_words(s)
                    .first()
                    .is_some_and(|w| super::meaning::CONDITIONS.contains(&w.as_str()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sections the lexicon reads by meaning where the headings say nothing:
/// - a section under an unknown or generic heading ("Muut tiedot", "Yleistä", a service's
///   name, an unknown question) whose whole text is clearly about one element takes that
///   element as its target;
/// - otherwise each of its paragraphs that is clearly about one element moves to a section
///   of its own (a notice organised per processing activity, or a summary);
/// - the same for the paragraphs of the text before the first heading, with a higher bar;
/// - under a known heading, a paragraph with no word of that section and a strong score for
///   another ("Lisäksi rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle." under
///   the rights) moves to that other section.
pub(crate) fn regroup_by_meaning(doc: &mut Document) {
    let mut moved: Vec<Chunk> = Vec::new();
    for chunk in &mut doc.chunks {
        // "Muut henkilötietojen käsittelyyn liittyvät oikeudet", the old template's catch-all,
        // often holds what no other heading took ("Käyttäjätiedot hävitetään ...").
        let other_rights = chunk.target == Some(Target::OtherRights);
        let generic = matches!(chunk.target, None | Some(Target::Intro)) || other_rights;
        if !generic {
            continue;
        }
        let heading = chunk.heading.as_ref().map(|h| h.clean.clone()).unwrap_or_default();
        let body: Vec<String> =
            chunk.parts.iter().filter_map(|p| if let Part::Para(l) = p { Some(para_text(l)) } else { None }).collect();
        if body.is_empty() {
            continue;
        }
        let whole = format!("{heading}\n{}", body.join("\n"));
        let topic = clear_topic(&whole, 5, Lead::Double)
            .filter(|t| super::regroup_contacts::may_move_to(Target::of(*t), &body.join("\n")));
        // An activity that ends by naming its legal basis ("- processing of membership
        // forms ... Our lawful basis for processing data is consent.") is a purpose: the
        // basis is read from its sentence there, the rest is what the data are for.
        // An activity under its own heading that names its legal basis among what it does
        // ("- processing of membership forms ... Our lawful basis for processing data is
        // consent.") is a purpose: the basis is read from its sentence there.
        let all_basis = chunk.parts.iter().all(|p| if let Part::Para(l) = p { is_basis_paragraph(l) } else { true });
        let states_basis =
            |b: &str| super::lines::sentences(&b.replace('\n', " ")).iter().any(|s| is_basis_statement(s));
        let activity = !all_basis
            && body.iter().any(|b| states_basis(b))
            && (topic == Some(Topic::LegalBasis)
                || (chunk.target.is_none() && chunk.heading.as_ref().is_some_and(|h| !h.clean.ends_with('?'))));
        let topic = if activity { Some(Topic::Purposes) } else { topic };
        if let Some(topic) = topic {
            // Every paragraph must agree (or say little): a mixed section is split instead.
            let section = Target::of(topic).section();
            let agree = body.iter().all(|b| {
                // The basis goes with the activity it is stated for, whatever else it says.
                if activity && states_basis(b) {
                    return true;
                }
                // Who sees the data belongs to the recipients, whatever data it names.
                if shows_data(b) {
                    return section == Section::Recipients;
                }
                // What the data are collected for is a purpose, whatever data it names.
                let flat = b.replace('\n', " ");
                let first = super::lines::sentences(&flat).into_iter().next().unwrap_or_default();
                if section != Section::Purposes && list_marker(b).is_none() && super::meaning::purpose_clause(first) {
                    return false;
                }
                lead_weighted_scores(b)
                    .first()
                    .is_none_or(|&(t, score)| Target::of(t).section() == section || score < 4)
            });
            let rights = matches!(section, Section::Rights | Section::Complaint);
            if agree && !(other_rights && rights) {
                chunk.target = Some(Target::of(topic));
                chunk.by_meaning = true;
                // The activity is titled by its heading, as `activities_as_purposes` titles one.
                if let Some(h) = chunk.heading.clone().filter(|h| activity && h.matched.is_none()) {
                    chunk.parts.insert(0, Part::Sub(h));
                }
                continue;
            }
        }
        if other_rights {
            continue;
        }
        let from = chunk.heading.as_ref().map(|h| h.text.clone());
        if split_activity_leads(&mut chunk.parts, from.clone(), &mut moved) {
            // What is left says what the activity is for: the activity is a purpose titled
            // by its heading, as `activities_as_purposes` titles one.
            chunk.target = Some(Target::Purposes);
            chunk.by_meaning = true;
            if let Some(h) = chunk.heading.clone() {
                chunk.parts.insert(0, Part::Sub(h));
            }
            continue;
        }
        split_paragraphs(&mut chunk.parts, 4, from, &mut moved, None);
    }
    split_paragraphs(&mut doc.preamble, 6, None, &mut moved, None);
    for chunk in &mut doc.chunks {
        let Some(own) = chunk.target else { continue };
        if chunk.by_meaning || matches!(own, Target::Intro | Target::Changes) {
            continue;
        }
        let from = chunk.heading.as_ref().map(|h| h.text.clone());
        split_labelled_items(&mut chunk.parts, own, from.clone(), &mut moved);
        split_labelled_paragraphs(&mut chunk.parts, own, from.clone(), &mut moved);
        split_rights_and_complaint(&mut chunk.parts, own, from.clone(), &mut moved);
        split_shown_to(&mut chunk.parts, own, from.clone(), &mut moved);
        split_processors(&mut chunk.parts, own, from.clone(), &mut moved);
        split_disclosure_statements(&mut chunk.parts, own, from.clone(), &mut moved);
        split_withdrawal(&mut chunk.parts, own, from.clone(), &mut moved);
        split_data_after_lead_in(&mut chunk.parts, own, from.clone(), &mut moved);
        split_purpose_clauses(&mut chunk.parts, own, from.clone(), &mut moved);
        split_paragraphs(&mut chunk.parts, 5, from, &mut moved, Some(own));
    }
    doc.chunks.extend(moved);
}

/// The right to lodge a complaint (GDPR Art. 77) and the other rights (Art. 15-22) have
/// sections of their own: under the rights, a paragraph whose first sentence names only
/// the complaint ("Rekisteröidyllä on oikeus tehdä valitus ...", "You also have the right
/// to lodge a complaint with the ICO") moves to the complaint; under the complaint, one that
/// names only other rights ("Rekisteröidyllä on myös oikeus kieltää ...") moves to the
/// rights. The only paragraph of a section stays.
fn split_rights_and_complaint(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    use crate::model::Right;
    let to = match own {
        Target::Rights => Target::Complaint,
        Target::Complaint => Target::Rights,
        _ => return,
    };
    let test = |first: &str| {
        let rights = super::meaning::rights_in(first);
        super::meaning::names_a_right(first)
            && match to {
                Target::Complaint => rights == [Right::Complaint],
                _ => !rights.is_empty() && !rights.contains(&Right::Complaint),
            }
    };
    move_by_first_sentence(parts, to, &from, out, test);
    // A list of the rights whose items name the complaint ("- Oikeus tehdä valitus
    // valvontaviranomaiselle", and the item that explains it): those items move, the other
    // rights stay. A list of nothing but the complaint is what its heading says.
    if to != Target::Complaint {
        return;
    }
    let is_list = |p: &Part| matches!(p, Part::Para(l) if l.iter().all(|l| list_marker(&l.text).is_some()));
    let names_complaint = |l: &SrcLine| {
        let item = list_marker(&l.text).map_or("", |(_, item)| item);
        test(super::lines::sentences(item).first().copied().unwrap_or(item))
    };
    let items: Vec<&SrcLine> = parts
        .iter()
        .filter(|p| is_list(p))
        .flat_map(|p| if let Part::Para(l) = p { l.as_slice() } else { &[] })
        .collect();
    let complaint = items.iter().filter(|l| names_complaint(l)).count();
    if complaint == 0 || complaint == items.len() {
        return;
    }
    let mut taken: Vec<SrcLine> = Vec::new();
    for part in parts.iter_mut() {
        if !is_list(part) {
            continue;
        }
        let Part::Para(lines) = part else { continue };
        let (mine, rest): (Vec<SrcLine>, Vec<SrcLine>) = lines.drain(..).partition(names_complaint);
        *lines = rest;
        taken.extend(mine);
    }
    parts.retain(|p| !matches!(p, Part::Para(l) if l.is_empty()));
    out.push(moved(Part::Para(taken), to, &from));
}

/// Moves to `to` each paragraph of `parts`, not a list, whose first sentence `test`
/// accepts. The only paragraph of a section stays: it is what its heading says.
fn move_by_first_sentence(
    parts: &mut Vec<Part>,
    to: Target,
    from: &Option<String>,
    out: &mut Vec<Chunk>,
    test: impl Fn(&str) -> bool,
) {
    let mut k = 0;
    while k < parts.len() {
        let paragraphs = parts.iter().filter(|p| matches!(p, Part::Para(_))).count();
        let Part::Para(lines) = &parts[k] else {
            k += 1;
            continue;
        };
        let first = super::lines::first_sentence(lines);
        if paragraphs < 2 || lines.first().is_none_or(|l| list_marker(&l.text).is_some()) || !test(&first) {
            k += 1;
            continue;
        }
        // Prose after the paragraph's list stays at `k`, to be read on its own next.
        let (part, _) = take_paragraph(parts, k);
        out.push(moved(part, to, from));
    }
}

/// Who sees the data is told among the data or the purposes ("Sisällöntuottajan
/// sähköpostiosoite ja nimi näkyvät Admin-käyttäjille ...", "The email address of the
/// author is displayed to the moderators"): a paragraph whose first sentence says the data
/// are shown to someone moves to the recipients (GDPR Art. 13(1)(e)), though it names data.
/// The only paragraph of a section and list items stay.
fn split_shown_to(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::Data | Target::Subjects | Target::Purposes | Target::Sources | Target::Retention) {
        move_by_first_sentence(parts, Target::Recipients, &from, out, super::meaning::shown_to);
    }
}

/// Whether the data are given to others is told among the purposes or the data ("Your
/// personal information is never shared externally, or used for purposes other than the
/// above.", "Tietoja ei luovuteta kolmansille."): a paragraph whose first sentence says so
/// moves to the recipients (GDPR Art. 13(1)(e)). The only paragraph of a section stays.
fn split_disclosure_statements(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::Data | Target::Subjects | Target::Purposes | Target::Sources) {
        move_by_first_sentence(parts, Target::Recipients, &from, out, super::meaning::disclosure_statement);
    }
    // Among the processors, giving the data out when the law requires it or with a sale of
    // the business ("Vi kan lämna ut dina uppgifter när det krävs enligt lag", "I händelse
    // av en fusion ... kan dina uppgifter komma att överföras") is a disclosure to a
    // recipient, not processing on the controller's behalf.
    // Among the purposes or the data too ("We will only ever share any identifiable data if
    // we are required to do so by law"): the sentence is about who gets the data.
    if matches!(own, Target::Processors | Target::Purposes | Target::Data) {
        move_by_first_sentence(parts, Target::Recipients, &from, out, legal_or_business_disclosure);
    }
}

/// A sentence on giving the data out as the law requires or with a merger or sale of the
/// business: "luovutetaan lain nojalla viranomaisille", "kan lämna ut ... när det krävs
/// enligt lag", "may disclose ... where required by law", "in the event of a merger".
fn legal_or_business_disclosure(s: &str) -> bool {
    let f = crate::import::lines::fold(s);
    let words = crate::import::lines::folded_words(s);
    let gives =
        super::meaning::any_prefix(&words, &["luovut", "utlamn", "disclos", "overfor", "transfer", "siirr", "share"])
            || [" lamna ut", " lamnas ut", " lamnar ut", " hand over", " pass "].iter().any(|p| f.contains(p));
    let why = [
        "enligt lag",
        "krav enligt lag",
        "lain nojalla",
        "lain edellyttama",
        "laki edellyttaa",
        "required by law",
        "to do so by law",
        "legal obligation",
        "rattsligt forfarande",
        "fusion",
        "forvarv",
        "merger",
        "acquisition",
        "yrityskaup",
        "sulautum",
    ]
    .iter()
    .any(|p| f.contains(p));
    gives && why && !super::meaning::negated(&words)
}

/// Processors described among the security measures or the purposes ("Where we engage
/// third parties to process personal data on our behalf, they do so on the basis of written
/// instructions ..."): a paragraph whose first sentence says someone processes the data on
/// the controller's behalf moves to the processors (GDPR Art. 28). The only paragraph of a
/// section stays.
fn split_processors(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::Security | Target::Purposes | Target::Data | Target::Retention) {
        move_by_first_sentence(parts, Target::Processors, &from, out, on_our_behalf);
    }
    // Among the disclosures, a lead-in that names who processes the data ("Tunnistautumisen
    // aikana tietoja käsittelevät:", "Uppgifterna behandlas av:", "The data are processed
    // by:") lists processors, not recipients.
    if own == Target::Recipients {
        move_by_first_sentence(parts, Target::Processors, &from, out, processed_by_lead_in);
        move_processor_lead_ins(parts, &from, out);
    }
}

/// Among the disclosures, a paragraph that ends by leading in to a list of processors ("De
/// behandlas av följande underbiträden, i den utsträckning tjänsten kräver det:", "Tietoja
/// käsittelevät puolestamme seuraavat alikäsittelijät:", "The following processors handle the
/// data for us:") moves to the processors with its list: they process the data on the
/// controller's behalf (GDPR Art. 28), they are not recipients of a disclosure.
fn move_processor_lead_ins(parts: &mut Vec<Part>, from: &Option<String>, out: &mut Vec<Chunk>) {
    const PROCESSORS: &[&str] = &["bitrad", "kasittelij", "processor", "sub-processor"];
    let mut k = 0;
    while k < parts.len() {
        let Part::Para(lines) = &parts[k] else {
            k += 1;
            continue;
        };
        // The lead-in's lines, and whether its list is in the same paragraph.
        let prose: Vec<SrcLine> = lines.iter().take_while(|l| list_marker(&l.text).is_none()).cloned().collect();
        let own_list = prose.len() < lines.len();
        let text = para_text(&prose).replace('\n', " ");
        let last = super::lines::sentences(&text).last().map(|s| s.to_string()).unwrap_or_default();
        let words = crate::import::lines::folded_words(&last);
        let lead_in = last.trim_end().ends_with(':')
            && words.iter().any(|w| PROCESSORS.iter().any(|p| w.contains(p)))
            && !super::meaning::negated(&words);
        let list_follows = matches!(parts.get(k + 1), Some(Part::Para(l))
            if l.iter().all(|l| list_marker(&l.text).is_some()) || table_rows(l));
        if !lead_in || !(own_list || list_follows) {
            k += 1;
            continue;
        }
        let lead = parts.remove(k);
        out.push(moved(lead, Target::Processors, from));
        if !own_list {
            let list = parts.remove(k);
            if let Some(chunk) = out.last_mut() {
                chunk.parts.push(list);
            }
        }
    }
}

/// A lead-in that names who processes the data: "tietoja käsittelevät:", "tietoja käsittelee:",
/// "behandlas av:", "processed by:".
fn processed_by_lead_in(s: &str) -> bool {
    // The first sentence of a lead-in and its list runs on into the items: the lead-in is
    // what comes before its colon.
    let Some((lead, _)) = s.split_once(':') else { return false };
    let f = format!("{}:", crate::import::lines::fold(lead.trim_end()));
    let swedish = f.ends_with(" av:") && f.contains("behandlas");
    ([" kasittelevat:", " kasittelee:", "processed by:", "handled by:"].iter().any(|p| f.ends_with(p)) || swedish)
        && !super::meaning::negated(&crate::import::lines::folded_words(lead))
}

/// True when a sentence says the data are processed on the controller's behalf: "on our
/// behalf", "puolestamme", "rekisterinpitäjän lukuun", "för vår räkning", "på vårt uppdrag".
fn on_our_behalf(s: &str) -> bool {
    let f = crate::import::lines::fold(s);
    [
        "on our behalf",
        "on behalf of the controller",
        "puolestamme",
        "rekisterinpitajan lukuun",
        "for var rakning",
        "pa vart uppdrag",
    ]
    .iter()
    .any(|p| f.contains(p))
        && !super::meaning::negated(&crate::import::lines::folded_words(s))
}

/// A section on one activity under a heading of its own ("Yhteydenottolomakkeet",
/// "Contact forms") tells what is collected and why: a lead-in to a list of data ("Lomakkeen
/// kautta käyttäjä voi ilmoittaa seuraavia henkilötietojaan:") moves with its list to the
/// data; a paragraph that opens by saying what the data are collected for ("Tietoja
/// kerätään, jotta ...") is the activity's purpose, though it goes on to other things.
/// Returns true when the data went and what is left is all such purpose paragraphs.
fn split_activity_leads(parts: &mut Vec<Part>, from: Option<String>, out: &mut Vec<Chunk>) -> bool {
    let is_list = |p: &Part| matches!(p, Part::Para(l) if l.iter().all(|l| list_marker(&l.text).is_some()));
    let opens_with_purpose = |p: &Part| match p {
        Part::Para(lines) => {
            lines.first().is_some_and(|l| list_marker(&l.text).is_none())
                && super::meaning::purpose_clause(&super::lines::first_sentence(lines))
        }
        Part::Sub(_) => false,
    };
    let mut took = false;
    let mut k = 0;
    while k < parts.len() {
        let Part::Para(lines) = &parts[k] else {
            k += 1;
            continue;
        };
        let prose = lines.first().is_some_and(|l| list_marker(&l.text).is_none());
        if prose && super::meaning::data_lead_in(&super::lines::first_sentence(lines)) {
            let mut end = k + 1;
            while end < parts.len() && is_list(&parts[end]) {
                end += 1;
            }
            let taken: Vec<Part> = parts.drain(k..end).collect();
            let mut chunk = moved(taken[0].clone(), Target::Data, &from);
            chunk.parts = taken;
            out.push(chunk);
            took = true;
            continue;
        }
        k += 1;
    }
    if !took {
        return false;
    }
    let mut purpose = false;
    let mut k = 0;
    while k < parts.len() {
        if opens_with_purpose(&parts[k]) {
            purpose = true;
            k += 1;
        } else if matches!(parts[k], Part::Para(_)) && purpose {
            // Text after the purpose goes on with it only when it is no other element's.
            k += 1;
        } else {
            return false;
        }
    }
    purpose
}

/// Why the data are collected is told among the data ("We collect your IP address to help
/// us improve the service"): a paragraph of the data section whose first sentence gives
/// the purpose moves to the purposes (GDPR Art. 13(1)(c)). The only paragraph of the
/// section, list items and lead-ins stay.
fn split_purpose_clauses(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if own == Target::Data {
        move_by_first_sentence(parts, Target::Purposes, &from, out, super::meaning::purpose_clause);
    }
}

/// A section on the data subjects that goes on to the data ("6 Kuvaus rekisteröityjen
/// ryhmistä ja henkilötietoryhmistä: ... rekisteröityjä ovat opiskelijat. ... tallennetaan
/// seuraavia henkilötietoja: • Nimi ..."): from the data's lead-in on, the text is the
/// data's (GDPR Art. 30(1)(c) keeps the two apart).
fn split_data_after_lead_in(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    // A section on the sources that goes on to the data collected ("3. What personal
    // information about me is collected and from what sources?") is split alike.
    if !matches!(own, Target::Subjects | Target::Sources) {
        return;
    }
    let lead_in = parts.iter().position(|p| match p {
        Part::Para(lines) => {
            lines.first().is_some_and(|l| list_marker(&l.text).is_none())
                && super::meaning::data_lead_in(&super::lines::first_sentence(lines))
        }
        Part::Sub(_) => false,
    });
    let Some(k) = lead_in.filter(|&k| k > 0) else { return };
    let data: Vec<Part> = parts.drain(k..).collect();
    let mut chunk = moved(data[0].clone(), Target::Data, &from);
    chunk.parts = data;
    out.push(chunk);
}

/// The right to withdraw consent (GDPR Art. 13(2)(c), 7(3)) told with the legal basis
/// ("Mikäli käsittely perustuu suostumukseen, on rekisteröidyllä oikeus peruuttaa
/// suostumuksensa ..."): a paragraph whose first sentence names that right and no other
/// moves to the rights. The only paragraph of a section stays.
fn split_withdrawal(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::LegalBasis | Target::Purposes) {
        move_by_first_sentence(parts, Target::Rights, &from, out, |first| {
            super::meaning::rights_in(first) == [crate::model::Right::WithdrawConsent]
        });
    }
}

/// True when a paragraph, not a list, opens by saying who the data are shown to.
fn shows_data(text: &str) -> bool {
    let flat = text.replace('\n', " ");
    let first = super::lines::sentences(&flat).into_iter().next().unwrap_or_default();
    list_marker(text).is_none() && super::meaning::shown_to(first)
}

/// A list item under a known heading whose label names another element ("- Data
/// Retention: We will retain ...", "- Tietoturva: ...", "- Lagring: ..." under the rights)
/// moves to that element, as a "Label: value" line of its own would. An item labelled with
/// its own section's element, or with a word the dictionary does not know, stays.
fn split_labelled_items(parts: &mut [Part], own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::Name | Target::Controller | Target::Contacts(_) | Target::Dpo) {
        return;
    }
    for part in parts.iter_mut() {
        let Part::Para(lines) = part else { continue };
        let mut k = 0;
        while k < lines.len() {
            let target = list_marker(&lines[k].text)
                .and_then(|(_, item)| item.split_once(": "))
                .filter(|(label, value)| word_count(label) <= 4 && word_count(value) >= 4)
                .and_then(|(label, _)| label_target(label, own));
            let Some(target) = target else {
                k += 1;
                continue;
            };
            let line = lines.remove(k);
            out.push(moved(Part::Para(vec![line]), target, &from));
        }
    }
}

/// The element a list item's label names ("Säilytysaika", "**Data Retention**"), when it
/// is another element than the section's own and one text can move to: not an introduction,
/// a change note, the register's name, a contact or the catch-all other rights. Spelling
/// variants do not count.
fn label_target(label: &str, own: Target) -> Option<Target> {
    crate::lexicon::classify_heading(label.trim_matches(['*', '_', ' ']))
        .filter(|m| !m.fuzzy)
        .map(|m| Target::of(m.topic))
        .filter(|t| {
            t.section() != own.section()
                && !matches!(
                    t,
                    Target::Intro
                        | Target::Changes
                        | Target::Name
                        | Target::Controller
                        | Target::Contacts(_)
                        | Target::Dpo
                        | Target::OtherRights
                )
        })
}

/// A list item that is only a label, its text on the lines under it ("- **Kategorier av
/// personuppgifter:**" over "Användar-ID, användarnamn, ..." under a heading on the data
/// subjects and the data): when the label names another element, the item and its text
/// move to that element, as a sub-heading would. The section's first paragraph stays.
fn split_labelled_paragraphs(parts: &mut Vec<Part>, own: Target, from: Option<String>, out: &mut Vec<Chunk>) {
    if matches!(own, Target::Name | Target::Controller | Target::Contacts(_) | Target::Dpo) {
        return;
    }
    let mut k = 1;
    while k < parts.len() {
        let Part::Para(lines) = &parts[k] else {
            k += 1;
            continue;
        };
        let label = lines
            .first()
            .filter(|_| lines.len() > 1 && lines[1..].iter().all(|l| list_marker(&l.text).is_none()))
            .and_then(|l| list_marker(&l.text))
            .map(|(_, item)| item.trim())
            .filter(|item| item.ends_with(':') && word_count(item) <= 6);
        let target = label.and_then(|item| label_target(item.trim_end_matches(':'), own));
        let Some(target) = target else {
            k += 1;
            continue;
        };
        let Part::Para(mut lines) = parts.remove(k) else { continue };
        // The label heads the moved text: it is no item of the element's list.
        let label = lines.remove(0);
        let text = list_marker(&label.text).map_or(label.text.as_str(), |(_, item)| item).trim().to_owned();
        let clean = text.trim_end_matches(':').trim_matches(['*', '_', ' ']).to_owned();
        let heading = super::structure::Heading {
            no: label.no,
            text,
            clean,
            numbering: None,
            matched: Some(super::headings::Match { target, fuzzy: false }),
            label: true,
        };
        let mut chunk = moved(Part::Sub(heading), target, &from);
        chunk.parts.push(Part::Para(lines));
        out.push(chunk);
    }
}

/// A notice organised per processing activity ("Access to the website", "Phone calls",
/// "Tapahtumailmoittautumiset"): a section under an unknown heading whose paragraphs (those
/// left after [`regroup_by_meaning`]) mostly say that personal data are processed, collected,
/// stored or used describes one activity, that is one purpose (GDPR Art. 13(1)(c); an
/// Art. 30(1)(b) record lists purposes per activity). It becomes a purpose titled by its
/// heading, where it used to become an extra section. An introduction, a notice describing
/// itself and a section with no such paragraph stay as they are. When the notice has a
/// purposes heading of its own, only the sections right after it (its activities, written
/// as headings of the same level) are read so.
pub(crate) fn activities_as_purposes(doc: &mut Document) {
    let purposes_heading =
        doc.chunks.iter().any(|c| c.target == Some(Target::Purposes) && c.heading.is_some() && !c.by_meaning);
    let mut after_purposes = false;
    for chunk in &mut doc.chunks {
        // The purposes section's activities follow it, each under its own heading.
        let follows = after_purposes;
        after_purposes = chunk.target == Some(Target::Purposes) || (follows && chunk.target.is_none());
        if chunk.target.is_some() || chunk.by_meaning || (purposes_heading && !follows) {
            continue;
        }
        let Some(heading) = chunk.heading.clone() else { continue };
        // A question ("Vad är en personuppgift?") or a heading on data protection as a whole
        // ("Tietosuoja", "Privacy") names no activity.
        let general = ["tietosuoja", "dataskydd", "privacy", "integritet", "yksityisyy"]
            .iter()
            .any(|w| crate::lexicon::compact(&heading.clean).contains(w));
        if heading.label || heading.matched.is_some() || heading.clean.ends_with('?') || general {
            continue;
        }
        // Legal-basis paragraphs go with any activity; the others must mostly describe it.
        let (mut describing, mut other) = (0usize, 0usize);
        for part in &chunk.parts {
            let Part::Para(lines) = part else { continue };
            if super::meaning::describes_processing(&para_text(lines)) {
                describing += 1;
            } else if !is_basis_paragraph(lines) {
                other += 1;
            }
        }
        if describing <= other {
            continue;
        }
        chunk.parts.insert(0, Part::Sub(heading));
        chunk.target = Some(Target::Purposes);
        chunk.by_meaning = true;
        after_purposes = true;
    }
}

/// A section of its own for a part moved out of the section `from`, read by its meaning.
pub(super) fn moved(part: Part, target: Target, from: &Option<String>) -> Chunk {
    let content_line = match &part {
        Part::Para(lines) => lines.first().map_or(0, |l| l.no),
        Part::Sub(h) => h.no,
    };
    Chunk {
        heading: None,
        target: Some(target),
        parts: vec![part],
        content_line,
        moved_from: from.clone(),
        by_meaning: true,
    }
}

/// The topics a section's own words may score without the paragraph leaving it.
fn own_topics(target: Target) -> &'static [Topic] {
    match target {
        Target::Purposes | Target::LegalBasis => &[Topic::Purposes, Topic::LegalBasis],
        Target::Data | Target::Special | Target::Subjects => &[Topic::Data, Topic::Special, Topic::Subjects],
        Target::Security | Target::Systems | Target::SecurityElectronic | Target::SecurityManual => {
            &[Topic::Security, Topic::Systems, Topic::SecurityElectronic, Topic::SecurityManual]
        }
        Target::Rights | Target::OtherRights => &[Topic::Rights, Topic::OtherRights],
        Target::Controller | Target::Contacts(_) | Target::Dpo | Target::Name => {
            &[Topic::Controller, Topic::ContactPerson, Topic::Responsible, Topic::Administrator, Topic::Dpo]
        }
        Target::Recipients | Target::Processors | Target::Transfers => {
            &[Topic::Recipients, Topic::Processors, Topic::Transfers]
        }
        _ => &[],
    }
}

/// Moves the paragraphs of `parts` that are clearly about another element into sections of
/// their own. With `own` (a known section), only paragraphs with no evidence for it move,
/// and never contact blocks or the only paragraph of a section.
fn split_paragraphs(parts: &mut Vec<Part>, min: u32, from: Option<String>, out: &mut Vec<Chunk>, own: Option<Target>) {
    // A contact section sheds only prose (its contact blocks are read line by line).
    let contacts = matches!(own, Some(Target::Controller | Target::Contacts(_) | Target::Dpo));
    if let Some(target) = own {
        if matches!(target, Target::Name | Target::Complaint)
            || parts.iter().filter(|p| matches!(p, Part::Para(_))).count() < 2
        {
            return;
        }
    }
    // A list right after a lead-in ("... for some or all of the following purposes:") goes
    // where its lead-in went, whatever one item's words say ("complaints handling"):
    // `Some(None)` when the lead-in stayed, `Some(Some(t))` when it moved to `t`.
    let mut after_lead_in: Option<Option<Target>> = None;
    let mut k = 0;
    while k < parts.len() {
        let Part::Para(lines) = &parts[k] else {
            after_lead_in = None;
            k += 1;
            continue;
        };
        let is_list = lines.iter().all(|l| list_marker(&l.text).is_some());
        let introduced = is_list || table_rows(lines);
        match after_lead_in.take() {
            Some(None) if introduced => {
                k += 1;
                continue;
            }
            Some(Some(t)) if introduced => {
                out.push(moved(parts.remove(k), t, &from));
                continue;
            }
            _ => {}
        }
        let lead_in = !is_list && lines.last().is_some_and(|l| l.text.trim_end().ends_with(':'));
        let text = para_text(lines);
        if contacts && !is_prose_paragraph(&text) {
            k += 1;
            continue;
        }
        // A lead-in and its list under a known heading ("Föreningen är personuppgiftsansvarig
        // för behandlingen som sker vid:" and the activities): the lead-in's own words
        // ("personuppgiftsansvarig") do not take it away from its section unless its list
        // says the same.
        let lead_in_list = own.is_some()
            && lines.len() >= 2
            && lines[0].text.trim_end().ends_with(':')
            && list_marker(&lines[0].text).is_none()
            && lines[1..].iter().all(|l| list_marker(&l.text).is_some());
        let list_topic = lead_in_list.then(|| clear_topic_or_intro(&para_text(&lines[1..]), min, Lead::Half));
        let topic = match own {
            Some(_) => clear_topic_or_intro(&text, min, Lead::Half),
            // Who sees the data, though the paragraph names data (see `split_shown_to`).
            None if shows_data(&text) => Some(Topic::Recipients),
            None => clear_topic(&text, min, Lead::Half),
        };
        let topic = topic.filter(|t| match own {
            Some(target) => {
                let mine = own_topics(target);
                !mine.contains(t) && Target::of(*t) != target && {
                    let scores = lead_weighted_scores(&text);
                    !scores.iter().any(|(s, _)| mine.contains(s) || Target::of(*s) == target)
                }
            }
            None => true,
        });
        let topic = topic.filter(|t| list_topic.is_none_or(|l| l == Some(*t)));
        // Prose that only mentions a contact person or the DPO is no contact section's.
        let topic = topic.filter(|t| super::regroup_contacts::may_move_to(Target::of(*t), &text));
        let Some(topic) = topic else {
            after_lead_in = lead_in.then_some(None);
            k += 1;
            continue;
        };
        after_lead_in = lead_in.then_some(Some(Target::of(topic)));
        // Prose after the paragraph's list stays at `k`, to be read on its own next.
        let (part, _) = take_paragraph(parts, k);
        out.push(moved(part, Target::of(topic), &from));
    }
}

/// The rows of a table as a paragraph has them after a lead-in: two lines or more, one
/// row each with its cells run together ("Provider: What they receive Purpose",
/// "Mailfast: Your email address Sending newsletters"), none a lead-in of its own.
fn table_rows(lines: &[SrcLine]) -> bool {
    lines.len() >= 2 && lines.iter().all(|l| !l.text.trim_end().ends_with(':') && list_marker(&l.text).is_none())
}

/// A paragraph of sentences with no contact details in it: no e-mail address, no phone
/// number (a run of seven digits or more).
fn is_prose_paragraph(text: &str) -> bool {
    let digits = text
        .split(|c: char| !c.is_ascii_digit() && c != ' ')
        .any(|run| run.chars().filter(char::is_ascii_digit).count() >= 7);
    !text.contains('@') && !text.contains("(at)") && !digits && super::lines::word_count(text) >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A notice with one section under `heading`: `first`, then `second`. After
    /// [`regroup_by_meaning`], `second` is a paragraph of a chunk bound for `target`.
    fn assert_second_moves(heading: &str, first: &str, second: &str, target: Target) {
        let text = format!("Notice\n\n{heading}\n\n{first}\n\n{second}\n");
        let mut doc = crate::import::structure::structure(&text);
        regroup_by_meaning(&mut doc);
        let moved = doc
            .chunks
            .iter()
            .filter(|c| c.target == Some(target))
            .any(|c| c.parts.iter().any(|p| matches!(p, Part::Para(l) if para_text(l) == second)));
        assert!(moved, "{heading}: {doc:?}");
    }

    /// The document after [`regroup_by_meaning`], and the parts of each chunk bound for
    /// `target`, as debug text.
    fn parts_moved_to(text: &str, target: Target) -> (Document, Vec<String>) {
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let parts = doc.chunks.iter().filter(|c| c.target == Some(target)).map(|c| format!("{:?}", c.parts)).collect();
        (doc, parts)
    }

    #[test]
    fn a_notice_organised_per_activity_gives_one_purpose_per_activity() {
        let text = "Tietosuojaseloste\n\nRekisterinpitäjä\n\nEsimerkkiyhdistys ry, Kauppakatu 1, 00100 Helsinki\n\n\
                    Jäsenlehden postitus\n\nKäsittelemme jäsenten nimiä ja osoitteita lehden postittamiseksi. Lehti ilmestyy neljä kertaa vuodessa.\n\n\
                    Kesäleiri\n\nTallennamme leiriläisten tiedot. Leiri pidetään Nuuksiossa heinäkuussa.\n\n\
                    Yhdistyksen historia\n\nYhdistys perustettiin vuonna 1952 Kallion työväentalolla. Ensimmäinen puheenjohtaja oli opettaja.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        activities_as_purposes(&mut doc);
        let target = |name: &str| {
            doc.chunks.iter().find(|c| c.heading.as_ref().is_some_and(|h| h.clean == name)).map(|c| c.target)
        };
        assert_eq!(target("Jäsenlehden postitus"), Some(Some(Target::Purposes)), "{doc:?}");
        assert_eq!(target("Kesäleiri"), Some(Some(Target::Purposes)), "{doc:?}");
        // A section that describes no processing stays an extra section.
        assert_eq!(target("Yhdistyksen historia"), Some(None), "{doc:?}");
    }

    #[test]
    fn terms_of_use_and_definitions_are_no_activities() {
        let text = "Privacy notice\n\nPurposes of the processing\n\nWe use your e-mail address to send the newsletter.\n\n\
                    Definitions\n\nPersonal data is any information relating to a living person.\n\n\
                    Using the service\n\nYou can write comments with your name or anonymously. Comments are moderated.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        activities_as_purposes(&mut doc);
        assert!(doc.chunks.iter().filter(|c| c.target == Some(Target::Purposes)).count() == 1, "{doc:?}");
    }

    #[test]
    fn when_the_data_are_collected_stays_with_the_sources_though_it_names_data() {
        for text in [
            "Tietosuojaseloste\n\nSäännönmukaiset tietolähteet\n\nJäsenen nimi, osoite ja puhelinnumero kerätään liittymisen yhteydessä.\n\n\
             Muut tiedot saadaan jäseneltä itseltään.\n",
            "Dataskyddsbeskrivning\n\nUppgiftskällor\n\nNamn, adress och e-postadress samlas in vid anmälan.\n\n\
             Övriga uppgifter får vi av vårdnadshavaren.\n",
            "Privacy notice\n\nSources of data\n\nYour name, address and email address are collected when you register.\n\n\
             Other data are obtained from the national federation.\n",
        ] {
            let mut doc = crate::import::structure::structure(text);
            regroup_by_meaning(&mut doc);
            assert!(doc.chunks.iter().all(|c| c.heading.is_some()), "{doc:?}");
            assert!(doc.chunks.iter().any(|c| c.target == Some(Target::Sources) && c.parts.len() == 2), "{doc:?}");
        }
    }

    #[test]
    fn a_labelled_list_item_of_another_element_moves_to_it() {
        let text = "Tietosuojaseloste\n\nRekisteröidyn oikeudet\n\n- Tarkastusoikeus: Voit tarkastaa itseäsi koskevat tiedot pyynnöstä.\n                    - Säilytysaika: Tietoja säilytetään kaksi vuotta jäsenyyden päättymisestä.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<Option<Target>> = doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| c.target).collect();
        assert_eq!(moved, vec![Some(Target::Retention)], "{doc:?}");
    }

    #[test]
    fn a_complaint_among_the_rights_and_a_right_under_the_complaint_change_places() {
        let text = "Privacy notice\n\nYour rights\n\nYou have the right to access and to correct your data.\n\n\
                    You also have the right to lodge a complaint with the supervisory authority.\n\n\
                    Valitusoikeus\n\nVoit tehdä valituksen tietosuojavaltuutetulle.\n\n\
                    Rekisteröidyllä on myös oikeus vastustaa tietojensa käsittelyä.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<Option<Target>> = doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| c.target).collect();
        assert_eq!(moved, vec![Some(Target::Complaint), Some(Target::Rights)], "{doc:?}");
    }

    #[test]
    fn prose_after_a_moved_paragraphs_list_is_read_on_its_own() {
        let text = "Tietosuojaseloste\n\nMuut tiedot\n\nSäilytämme jäsentietoja kaksi vuotta jäsenyyden päättymisen jälkeen. Säilytysaika koskee myös:\n\
                    - laskutustietoja\n- osallistumistietoja\nTietoja ei luovuteta yhdistyksen ulkopuolisille tahoille.\n";
        let (doc, retention) = parts_moved_to(text, Target::Retention);
        assert_eq!(retention.len(), 1, "{doc:?}");
        assert!(retention[0].contains("laskutustietoja") && !retention[0].contains("luovuteta"), "{doc:?}");
        let (doc, recipients) = parts_moved_to(text, Target::Recipients);
        assert!(recipients.iter().any(|r| r.contains("ei luovuteta")), "{doc:?}");
    }

    #[test]
    fn processors_described_among_the_security_measures_move_to_the_processors() {
        for text in [
            "Privacy notice\n\nData security\n\nWe keep the member files in a locked cabinet.\n\n\
             Where we engage a mailing service to process personal data on our behalf, it does so under a written contract.\n",
            "Tietosuojaseloste\n\nRekisterin suojaus\n\nTiedot ovat lukitussa kaapissa.\n\n\
             Tilitoimisto käsittelee jäsenmaksutietoja puolestamme kirjallisen sopimuksen mukaisesti.\n",
            "Dataskyddsbeskrivning\n\nSäkerhet\n\nUppgifterna förvaras i ett låst skåp.\n\n\
             Ett tryckeri behandlar adresserna för vår räkning enligt ett skriftligt avtal.\n",
        ] {
            let mut doc = crate::import::structure::structure(text);
            regroup_by_meaning(&mut doc);
            let moved: Vec<Option<Target>> =
                doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| c.target).collect();
            assert_eq!(moved, vec![Some(Target::Processors)], "{doc:?}");
        }
    }

    #[test]
    fn the_complaint_items_of_a_list_of_rights_move_to_the_complaint() {
        let text = "Tietosuojaseloste\n\nRekisteröidyn oikeudet\n\n- Oikeus tarkastaa omat tietonsa\n\n\
                    - Oikeus tietojen oikaisemiseen\n\n- Oikeus tehdä valitus valvontaviranomaiselle\n\n\
                    - Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetulle, jos hän katsoo käsittelyn lainvastaiseksi.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<&Chunk> = doc.chunks.iter().filter(|c| c.heading.is_none()).collect();
        assert_eq!(moved.len(), 1, "{doc:?}");
        assert_eq!(moved[0].target, Some(Target::Complaint));
        let Some(Part::Para(lines)) = moved[0].parts.first() else { panic!("{doc:?}") };
        assert_eq!(lines.len(), 2, "{lines:?}");
        // The other rights stay with their heading.
        let rights = doc.chunks.iter().find(|c| c.target == Some(Target::Rights)).expect("the rights stay");
        let text = format!("{:?}", rights.parts);
        assert!(text.contains("tarkastaa") && text.contains("oikaisemiseen") && !text.contains("valitus"), "{text}");
        // A list of nothing but the complaint is what its heading says.
        let only = "Tietosuojaseloste\n\nRekisteröidyn oikeudet\n\n- Oikeus tehdä valitus valvontaviranomaiselle\n";
        let mut doc = crate::import::structure::structure(only);
        regroup_by_meaning(&mut doc);
        assert!(doc.chunks.iter().all(|c| c.heading.is_some()), "{doc:?}");
    }

    #[test]
    fn a_notice_describing_itself_under_an_elements_heading_moves_out() {
        let text = "Dataskyddsbeskrivning\n\nÄndamål med behandlingen\n\nPersonuppgifterna samlas in för att klubben ska kunna kontakta medlemmarna.\n\n\
                    Föreningen behandlar dina personuppgifter öppet. Denna dataskyddsbeskrivning beskriver hur föreningen hanterar dina personuppgifter.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<Option<Target>> = doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| c.target).collect();
        assert_eq!(moved, vec![Some(Target::Intro)], "{doc:?}");
    }

    #[test]
    fn who_sees_the_data_is_read_as_recipients_though_it_names_data() {
        // Under the data heading, and under a general privacy heading.
        for text in [
            "Tietosuojaseloste\n\nKäsiteltävät henkilötiedot\n\nKeräämme nimen ja sähköpostiosoitteen.\n\n\
             Kirjoittajan nimi ja sähköpostiosoite näkyvät keskustelun ylläpitäjille.\n",
            "Privacy\n\nData protection\n\nWe collect your name and e-mail address when you sign up for the course.\n\n\
             The name and e-mail address of the author are displayed to the moderators of the forum.\n",
        ] {
            let mut doc = crate::import::structure::structure(text);
            regroup_by_meaning(&mut doc);
            let moved: Vec<(Option<Target>, String)> = doc
                .chunks
                .iter()
                .filter(|c| c.heading.is_none())
                .map(|c| (c.target, format!("{:?}", c.parts)))
                .collect();
            assert!(
                moved
                    .iter()
                    .any(|(t, p)| *t == Some(Target::Recipients) && (p.contains("näkyvät") || p.contains("displayed"))),
                "{doc:?}"
            );
        }
        assert!(!crate::import::meaning::shown_to("Näkyvätkö tietoni muille käyttäjille?"));
    }

    #[test]
    fn why_the_data_are_collected_is_a_purpose_wherever_it_stands() {
        use crate::import::meaning::purpose_clause;
        assert!(purpose_clause("We collect your IP address to help us make improvements to the service."));
        assert!(purpose_clause("Keräämme sähköpostiosoitteen, jotta voimme lähettää jäsenkirjeen."));
        assert!(purpose_clause("Vi samlar in telefonnumret för att kunna ringa upp dig."));
        // A lead-in to the data, a negation and a question give no purpose.
        assert!(!purpose_clause("Käsittelemme seuraavia henkilötietoja, jotta voimme toteuttaa palvelun:"));
        assert!(!purpose_clause("We do not collect your address to send advertising."));
        assert!(!purpose_clause("Why do we collect your address to send the magazine?"));
        // Under the data heading it moves to the purposes; under the purposes it stays.
        let text = "Privacy notice\n\nWhat we do with your data\n\nWe send you news about the club.\n\n\
                    We collect your e-mail address to send you the newsletter.\n\n\
                    Data we collect\n\nWe collect your name and your date of birth.\n\n\
                    We collect your phone number to contact you about training times.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<(Option<Target>, String)> =
            doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| (c.target, format!("{:?}", c.parts))).collect();
        assert_eq!(moved.len(), 1, "{doc:?}");
        assert_eq!(moved[0].0, Some(Target::Purposes), "{doc:?}");
        assert!(moved[0].1.contains("phone number"), "{doc:?}");
    }

    #[test]
    fn not_providing_the_data_and_its_consequence_is_the_provision_item_alone() {
        let text = "Privacy policy\n\nYour rights\n\n- Opt-out: You may choose not to provide your phone number, but this may limit your ability to use the booking feature.\n\
                    - Access: You have the right to access and correct your personal information.\n";
        let mut doc = crate::import::structure::structure(text);
        gather_by_content(&mut doc);
        let provision: Vec<String> = doc
            .chunks
            .iter()
            .filter(|c| c.target == Some(Target::Provision))
            .map(|c| format!("{:?}", c.parts))
            .collect();
        assert_eq!(provision.len(), 1, "{doc:?}");
        assert!(provision[0].contains("Opt-out") && !provision[0].contains("Access"), "{doc:?}");
        assert!(crate::import::meaning::provision_statement(
            "Jos jätät puhelinnumeron antamatta, emme voi lähettää tekstiviestimuistutuksia."
        ));
        assert!(!crate::import::meaning::provision_statement(
            "We cannot guarantee that the service is always available."
        ));
    }

    #[test]
    fn the_subjects_duty_to_give_the_data_under_the_rights_is_the_provision() {
        // "You are not obliged to share ..." said among the rights: the provision
        // requirement (GDPR Art. 13(2)(e)); the duty of the controller to answer stays.
        for (rights, duty) in [
            (
                "Sinulla on oikeus tarkastaa tietosi. Rekisterinpitäjä on velvollinen antamaan tiedot kuukauden kuluessa.",
                "Sinulla ei ole velvollisuutta antaa henkilötietojasi seuralle. Jos et anna niitä, emme voi hoitaa jäsenyyttäsi.",
            ),
            (
                "Du har rätt att få tillgång till dina uppgifter. Föreningen är skyldig att svara inom en månad.",
                "Du är inte skyldig att lämna dina personuppgifter till klubben. Om du inte lämnar dem kan vi inte sköta ditt medlemskap.",
            ),
            (
                "You have the right to access your data. The club is obliged to answer within a month.",
                "You are not obliged to share your personal data with the club. If you choose not to share it we may not be able to run your membership.",
            ),
        ] {
            let text = format!("Notice\n\nRekisteröidyn oikeudet\n\n{rights}\n\n{duty}\n");
            let mut doc = crate::import::structure::structure(&text);
            gather_by_content(&mut doc);
            let provision: Vec<String> = doc
                .chunks
                .iter()
                .filter(|c| c.target == Some(Target::Provision))
                .map(|c| format!("{:?}", c.parts))
                .collect();
            assert_eq!(provision.len(), 1, "{doc:?}");
            let first = duty.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
            assert!(provision[0].contains(&first), "{doc:?}");
            assert!(!crate::import::meaning::provision_statement(rights.split(". ").nth(1).unwrap_or_default()));
            // Data that must be given for the service to be provided: the requirement.
            assert!(crate::import::meaning::provision_statement(
                "The above information must be provided in order for us to provide the service to you."
            ));
            assert!(crate::import::meaning::provision_statement(
                "Yllä mainitut tiedot on annettava, jotta voimme tarjota palvelun (tietojen antaminen on edellytys)."
            ));
            assert!(crate::import::meaning::provision_statement(
                "Uppgifterna ovan måste lämnas för att vi ska kunna tillhandahålla tjänsten (lämnande av uppgifterna)."
            ));
            // A processor's duty is none of the data subject's.
            assert!(!crate::import::meaning::provision_statement(
                "These service providers are contractually obligated to keep your information confidential."
            ));
        }
    }

    #[test]
    fn a_labelled_item_over_its_text_moves_to_the_element_its_label_names() {
        for (heading, subjects, data) in [
            (
                "Rekisteröidyt ja henkilötiedot",
                "- Rekisteröityjen ryhmät:\nSeuran jäsenet.",
                "- Henkilötietoryhmät:\nNimi, sähköposti ja puhelinnumero.",
            ),
            (
                "Registrerade och personuppgifter",
                "- Kategorier av registrerade:\nKlubbens medlemmar.",
                "- Kategorier av personuppgifter:\nNamn, e-post och telefonnummer.",
            ),
            (
                "Categories of data subjects and of personal data",
                "- Categories of data subjects:\nMembers of the club.",
                "- Categories of personal data:\nName, e-mail address and phone number.",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{subjects}\n\n{data}\n");
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            let moved: Vec<(Option<Target>, String)> = doc
                .chunks
                .iter()
                .filter(|c| c.heading.is_none())
                .map(|c| (c.target, format!("{:?}", c.parts)))
                .collect();
            assert_eq!(moved.len(), 1, "{doc:?}");
            assert_eq!(moved[0].0, Some(Target::Data), "{doc:?}");
            let value = data.split('\n').nth(1).unwrap_or_default();
            assert!(moved[0].1.contains(value), "{doc:?}");
        }
    }

    #[test]
    fn as_long_as_necessary_for_the_purpose_is_the_retention() {
        for (heading, item, keep) in [
            (
                "Rekisterin tietosisältö",
                "Nimi, sähköposti ja puhelinnumero.",
                "Käsittelemme tietoja niin kauan kun se on tarpeellista rekisterin tarkoituksen kannalta.",
            ),
            (
                "Registrets datainnehåll",
                "Namn, e-post och telefonnummer.",
                "Vi behandlar uppgifterna så länge det är nödvändigt för registrets ändamål.",
            ),
            (
                "Personal data we process",
                "Name, e-mail address and phone number.",
                "We process the data for as long as necessary for the purposes of the register.",
            ),
        ] {
            assert_second_moves(heading, item, keep, Target::Retention);
        }
    }

    #[test]
    fn how_to_use_the_rights_stays_with_the_rights_though_it_says_whom_to_contact() {
        for (heading, rights, how) in [
            (
                "Rekisteröidyn oikeudet",
                "Sinulla on oikeus tarkastaa ja oikaista tietosi.",
                "Voit käyttää oikeuksiasi ottamalla yhteyttä meihin yllä olevien yhteystietojen kautta.",
            ),
            (
                "Dina rättigheter",
                "Du har rätt att få tillgång till och rätta dina uppgifter.",
                "Du kan utöva dina rättigheter genom att kontakta oss på adressen ovan.",
            ),
            (
                "Your rights",
                "You have the right to access and to correct your data.",
                "To make a data protection rights request, please contact us using the contact details above.",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{rights}\n\n{how}\n");
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            assert_eq!(doc.chunks.len(), 1, "{doc:?}");
            assert_eq!(doc.chunks[0].parts.len(), 2, "{doc:?}");
        }
    }

    #[test]
    fn giving_the_data_out_only_as_the_law_requires_moves_from_the_purposes_to_the_recipients() {
        for (heading, purpose, given) in [
            (
                "Käsittelyn tarkoitus",
                "Käytämme tietoja lupahakemusten käsittelyyn.",
                "Tunnistettavia tietoja luovutetaan vain, jos laki sitä edellyttää eli lain nojalla esimerkiksi tuomioistuimelle.",
            ),
            (
                "Ändamål med behandlingen",
                "Vi använder uppgifterna för att pröva ansökningar om tillstånd.",
                "Vi lämnar ut uppgifter som kan identifiera dig bara när det krävs enligt lag, till exempel efter domstolsbeslut.",
            ),
            (
                "What we do with your data",
                "We use the data to assess licence applications.",
                "We will only ever share any identifiable data if we are required to do so by law, for example by court order.",
            ),
        ] {
            assert_second_moves(heading, purpose, given, Target::Recipients);
        }
    }

    #[test]
    fn whether_the_data_are_given_to_others_moves_from_the_purposes_to_the_recipients() {
        for (heading, purpose, given) in [
            (
                "Käsittelyn tarkoitus",
                "Käytämme sähköpostiosoitettasi uutiskirjeen lähettämiseen.",
                "Tietojasi ei koskaan luovuteta kolmansille eikä käytetä muihin tarkoituksiin.",
            ),
            (
                "Ändamål med behandlingen",
                "Vi använder din e-postadress för att skicka nyhetsbrevet.",
                "Dina uppgifter lämnas inte ut till tredje part och används inte för andra ändamål.",
            ),
            (
                "Purposes of the processing",
                "We use your e-mail address to send the newsletter.",
                "Your personal information is never shared externally, or used for purposes other than the above.",
            ),
        ] {
            assert_second_moves(heading, purpose, given, Target::Recipients);
        }
        // A purpose that is to share the data stays a purpose.
        assert!(!crate::import::meaning::disclosure_statement(
            "We collect your results in order to share them with the league."
        ));
        assert!(!crate::import::meaning::disclosure_statement("Tietoja ei luovuteta EU:n tai ETA:n ulkopuolelle."));
    }

    #[test]
    fn the_data_collected_after_the_sources_under_one_heading_go_to_the_data() {
        for (heading, source, lead, items) in [
            (
                "Säännönmukaiset tietolähteet",
                "Saamme tiedot sinulta itseltäsi, kun käytät palvelua.",
                "Kun luot tilin, keräämme seuraavat:",
                "- Käyttäjätunnus\n- Sähköpostiosoite\n- Salasana tiivisteenä",
            ),
            (
                "Regelbundna uppgiftskällor",
                "Vi får uppgifterna direkt av dig när du använder tjänsten.",
                "När du skapar ett konto samlar vi in följande:",
                "- Användarnamn\n- E-postadress\n- Lösenord i hashad form",
            ),
            (
                "What personal information is collected and from what sources?",
                "We collect personal information directly from you when you use the service.",
                "When you register an account we collect and process your:",
                "- Username\n- Email\n- Password in an irreversibly hashed form",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{source}\n\n{lead}\n\n{items}\n");
            let (doc, data) = parts_moved_to(&text, Target::Data);
            assert_eq!(doc.chunks[0].target, Some(Target::Sources), "{heading}");
            assert_eq!(data.len(), 1, "{heading}: {doc:?}");
            assert!(data[0].contains(lead) && data[0].contains("- "), "{doc:?}");
            assert!(doc.chunks.iter().all(|c| c.target != Some(Target::Security)), "{doc:?}");
        }
    }

    #[test]
    fn an_activitys_data_list_and_its_purpose_go_to_the_data_and_the_purposes() {
        for (heading, lead, items, why) in [
            (
                "Palautelomake",
                "Lomakkeella voit antaa seuraavat henkilötietosi:",
                "- Nimi\n- Sähköpostiosoite",
                "Tietoja kerätään, jotta voimme vastata palautteeseen. Tiedot saadaan sinulta itseltäsi.",
            ),
            (
                "Feedbackformuläret",
                "I formuläret kan du lämna följande personuppgifter:",
                "- Namn\n- E-postadress",
                "Uppgifterna samlas in för att vi ska kunna svara på din feedback. Uppgifterna fås av dig själv.",
            ),
            (
                "Feedback form",
                "In the form you can give the following personal data:",
                "- Name\n- E-mail address",
                "The data are collected in order to answer your feedback. We get them from you directly.",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{lead}\n\n{items}\n\n{why}\n");
            let mut doc = crate::import::structure::structure(&text);
            assert_eq!(doc.chunks[0].target, None, "{heading}");
            regroup_by_meaning(&mut doc);
            // What is left under the heading is the activity's purpose.
            activities_as_purposes(&mut doc);
            let of = |t: Target| -> Vec<String> {
                doc.chunks.iter().filter(|c| c.target == Some(t)).map(|c| format!("{:?}", c.parts)).collect()
            };
            let data = of(Target::Data);
            assert!(data.len() == 1 && data[0].contains(lead) && data[0].contains("- "), "{doc:?}");
            let purposes = of(Target::Purposes);
            assert!(purposes.len() == 1 && purposes[0].contains(why), "{doc:?}");
        }
    }

    #[test]
    fn a_commitment_that_names_the_data_stays_an_introduction() {
        for (heading, commitment) in [
            (
                "Yleistä",
                "Pidämme yksityisyyttäsi erittäin tärkeänä, emmekä kerää tai käsittele sinusta henkilötietoja, joita palvelu ei tarvitse.",
            ),
            (
                "Allmänt",
                "Vi värnar om din personliga integritet och samlar inte in eller behandlar personuppgifter om dig som tjänsten inte behöver.",
            ),
            (
                "General",
                "We hold the privacy of your personal information in the highest regard, and we do not collect or process any information about you that the service does not need.",
            ),
        ] {
            let text = format!(
                "Notice\n\n1. {heading}\n\n{commitment}\n\nLisätietoja saat meiltä.\n\n2. Rekisterinpitäjä\n\nEsimerkki Oy\n"
            );
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            assert!(doc.chunks.iter().all(|c| c.target != Some(Target::Data)), "{heading}: {doc:?}");
        }
    }

    #[test]
    fn the_data_after_the_data_subjects_under_one_heading_go_to_the_data() {
        let text = "Tietosuojaseloste\n\nRekisteröityjen ryhmät ja henkilötietoryhmät\n\nRekisteröityjä ovat kerhon jäsenet.\n\n\
                    Rekisteriin tallennetaan seuraavia henkilötietoja:\n\n- Nimi\n- Sähköpostiosoite\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let data: Vec<String> =
            doc.chunks.iter().filter(|c| c.target == Some(Target::Data)).map(|c| format!("{:?}", c.parts)).collect();
        assert_eq!(data.len(), 1, "{doc:?}");
        assert!(data[0].contains("seuraavia henkilötietoja") && data[0].contains("Sähköpostiosoite"), "{doc:?}");
        let subjects = doc.chunks.iter().find(|c| c.target == Some(Target::Subjects)).map(|c| format!("{:?}", c.parts));
        assert!(subjects.is_some_and(|s| s.contains("kerhon jäsenet") && !s.contains("Nimi")), "{doc:?}");
    }

    #[test]
    fn withdrawing_consent_told_with_the_legal_basis_goes_to_the_rights() {
        let text = "Tietosuojaseloste\n\nKäsittelyn oikeusperuste\n\nKäsittely perustuu rekisteröidyn suostumukseen.\n\n\
                    Mikäli käsittely perustuu suostumukseen, rekisteröidyllä on oikeus peruuttaa suostumuksensa milloin tahansa.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved: Vec<(Option<Target>, String)> =
            doc.chunks.iter().filter(|c| c.heading.is_none()).map(|c| (c.target, format!("{:?}", c.parts))).collect();
        assert_eq!(moved.len(), 1, "{doc:?}");
        assert_eq!(moved[0].0, Some(Target::Rights), "{doc:?}");
        assert!(moved[0].1.contains("peruuttaa"), "{doc:?}");
    }

    #[test]
    fn sharing_the_data_is_an_activity_under_the_purposes() {
        let text = "Privacy statement\n\nWhy we need your personal data\n\nTo administer your membership.\n\n\
                    For training and competition entry\n\n- sharing personal data with club coaches to run training sessions;\n\
                    - sharing personal data with leagues for entry in events.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        activities_as_purposes(&mut doc);
        let target = doc
            .chunks
            .iter()
            .find(|c| c.heading.as_ref().is_some_and(|h| h.clean.starts_with("For training")))
            .map(|c| c.target);
        assert_eq!(target, Some(Some(Target::Purposes)), "{doc:?}");
    }

    #[test]
    fn mail_addresses_in_running_text() {
        assert!(has_mail_address("Ideas can be sent to kerrokantasi at hel.fi."));
        assert!(has_mail_address("Ota yhteyttä: etunimi.sukunimi@example.fi"));
        assert!(has_mail_address("dpo(at)tuni.fi"));
        assert!(!has_mail_address("We look at the data once a year."));
        assert!(!has_mail_address("Tiedot säilytetään viisi vuotta."));
    }

    #[test]
    fn a_contact_sentence_under_the_cookies_heading_moves_to_the_contacts() {
        let text = "Otsikko\n\nEvästeet\n\nSivusto käyttää evästeitä kävijäseurantaan.\n\nPalvelun kehitysideoita voi lähettää osoitteeseen palaute at example.fi.\n";
        let mut doc = crate::import::structure::structure(text);
        regroup_by_meaning(&mut doc);
        let moved = doc.chunks.iter().find(|c| c.heading.is_none()).map(|c| c.target);
        assert_eq!(moved, Some(Some(Target::Contacts(crate::model::ContactRole::Contact))), "{doc:?}");
    }

    #[test]
    fn a_lead_in_naming_the_controller_keeps_its_list_of_activities() {
        for (heading, intro, lead, items) in [
            (
                "Miksi käsittelemme tietojasi?",
                "Käsittelemme tietoja seuran toiminnan järjestämiseksi ja jäsenten palvelemiseksi.",
                "Seura on rekisterinpitäjä niille henkilötiedoille, joita käsitellään seuraavissa:",
                "- Jäsenyyden hoitaminen\n- Harjoitustoiminta\n- Kilpailuihin ilmoittautuminen",
            ),
            (
                "Varför behandlar vi dina personuppgifter?",
                "Vi behandlar uppgifterna för att kunna bedriva föreningens verksamhet och träningar.",
                "Klubben är personuppgiftsansvarig för behandlingen av de personuppgifter som sker vid:",
                "- Hantering av medlemskap\n- Träningsverksamhet\n- Tävlingsanmälan",
            ),
            (
                "Why do we process your data?",
                "We process the data to run the club's activities and to serve our members well.",
                "The club is the controller of the personal data processed in:",
                "- Handling of membership\n- Training sessions\n- Entries to competitions",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{intro}\n\n{lead}\n{items}\n");
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            let controller = doc.chunks.iter().filter(|c| c.target == Some(Target::Controller)).count();
            assert_eq!(controller, 0, "{heading}: {doc:?}");
        }
    }

    #[test]
    fn a_list_goes_where_its_lead_in_goes() {
        // The list after "... for the following purposes:" is the purposes', though one item
        // names complaints; the list after a recipients' lead-in stays, though it names
        // controllers.
        for (general, lead, items, share, shared) in [
            (
                "Miten käsittelemme tietojasi",
                "Käytämme henkilötietojasi seuraaviin tarkoituksiin:",
                "- Jäsenyyden hoitaminen\n- Turvallisuusmenettelyt (mukaan lukien valitusten käsittely)\n- Tapahtumien järjestäminen",
                "Tietojen luovuttaminen\n\nTietoja luovutetaan vain tarvittaessa seuraaville tahoille:",
                "- Liiton muut rekisterinpitäjät\n- Tilintarkastaja",
            ),
            (
                "Hur vi hanterar dina uppgifter",
                "Vi använder dina personuppgifter för följande ändamål:",
                "- Hantering av medlemskap\n- Säkerhetsrutiner (inklusive hantering av klagomål)\n- Att ordna evenemang",
                "Utlämnande av uppgifter\n\nUppgifterna lämnas ut endast vid behov till följande mottagare:",
                "- Förbundets övriga personuppgiftsansvariga\n- Revisorn",
            ),
            (
                "How we handle your data",
                "We use your personal data for some or all of the following purposes:",
                "- To manage your membership\n- To carry out safeguarding procedures (including complaints handling)\n- To organise events",
                "Sharing your personal data\n\nYour data will only be shared where necessary with the following:",
                "- The other data controllers of the federation\n- Our auditor",
            ),
        ] {
            let text = format!("Notice\n\n{general}\n\n{lead}\n\n{items}\n\n{share}\n\n{shared}\n");
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            let body = |t: Target| -> String {
                doc.chunks
                    .iter()
                    .filter(|c| c.target == Some(t))
                    .flat_map(|c| c.parts.iter())
                    .filter_map(|p| if let Part::Para(l) = p { Some(para_text(l)) } else { None })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            let first_item = items.lines().next().unwrap_or_default();
            assert!(body(Target::Purposes).contains(first_item), "{lead}: {doc:?}");
            assert!(body(Target::Complaint).is_empty(), "{lead}: {doc:?}");
            assert!(body(Target::Controller).is_empty(), "{lead}: {doc:?}");
        }
    }

    #[test]
    fn a_complaint_after_a_condition_leaves_the_rights() {
        for (heading, rights, complaint) in [
            (
                "Rekisteröidyn oikeudet",
                "Sinulla on oikeus saada pääsy tietoihisi ja pyytää niiden oikaisemista.",
                "Jos katsot, että tietojasi on käsitelty lainvastaisesti, sinulla on oikeus tehdä valitus tietosuojavaltuutetulle.",
            ),
            (
                "Dina rättigheter",
                "Du har rätt att få tillgång till dina uppgifter och att få dem rättade.",
                "Om du anser att dina rättigheter har kränkts har du rätt att lämna in ett klagomål till Integritetsskyddsmyndigheten.",
            ),
            (
                "Your rights",
                "You have the right to access your data and to have it corrected.",
                "If you think your rights have been infringed, you have the right to complain to the supervisory authority.",
            ),
        ] {
            assert_second_moves(heading, rights, complaint, Target::Complaint);
        }
    }

    #[test]
    fn a_lead_in_naming_who_processes_the_data_lists_processors() {
        for (heading, statement, lead, items) in [
            (
                "Tietojen luovutus",
                "Tietoja ei luovuteta kolmansille osapuolille.",
                "Palvelun aikana tietoja käsittelevät:",
                "- Esimerkki Hosting Oy — palvelimet\n- Posti Oy — postitus",
            ),
            (
                "Utlämnande av uppgifter",
                "Uppgifterna lämnas inte ut till tredje part.",
                "Under tjänsten behandlas uppgifterna av:",
                "- Exempel Hosting AB — servrar\n- Post AB — utskick",
            ),
            (
                "Disclosure of your data",
                "Your data are not disclosed to third parties.",
                "While you use the service, the data are processed by:",
                "- Example Hosting Ltd — servers\n- Mailer Ltd — mailings",
            ),
        ] {
            let text = format!("Notice\n\n{heading}\n\n{statement}\n\n{lead}\n{items}\n");
            let mut doc = crate::import::structure::structure(&text);
            regroup_by_meaning(&mut doc);
            let processors = doc.chunks.iter().find(|c| c.target == Some(Target::Processors));
            assert!(
                processors.is_some_and(|c| c.parts.iter().any(|p| matches!(p, Part::Para(l) if l[0].text == lead))),
                "{heading}: {doc:?}"
            );
        }
    }

    #[test]
    fn a_disclosure_by_law_or_merger_leaves_the_processors() {
        for (heading, processors, by_law) in [
            (
                "Henkilötietojen käsittelijät",
                "Käytämme palvelun ylläpitoon Esimerkki Hosting Oy:n palvelimia ja Posti Oy:n postituspalvelua asiakkaillemme.",
                "Voimme luovuttaa tietojasi viranomaisille lain nojalla tai yrityskaupan yhteydessä ostajalle.",
            ),
            (
                "Underbiträden",
                "Vi använder Exempel Hosting AB för servrar och Post AB för utskick av nyhetsbrev till medlemmarna.",
                "Vi kan lämna ut dina uppgifter när det krävs enligt lag eller vid en fusion med ett annat företag.",
            ),
            (
                "Processors",
                "We use Example Hosting Ltd for our servers and Mailer Ltd to send the newsletter to our members.",
                "We may disclose your data where required by law or in the event of a merger with another company.",
            ),
        ] {
            assert_second_moves(heading, processors, by_law, Target::Recipients);
        }
    }
}
