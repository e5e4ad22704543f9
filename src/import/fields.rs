//! Sections to register fields: each target's text is read into its fields (lists into
//! list items, contact blocks into contacts, wordings into legal bases and yes/no
//! answers), and whatever fits no field goes to an extra section, so nothing is lost.
//!
//! Honesty rules. An answer is set only when the text gives one: a bare "Ei." or
//! "Kyllä.", a ticked box, or a usual sentence ("Tietoja ei siirretä EU:n tai ETA:n
//! ulkopuolelle"). An unticked "Ei / Kyllä" check list is no answer, and a list of the
//! legal bases with none marked is no basis. A sentence that stops ("... on") gives
//! nothing. Each of these is noted in the report.

use super::contact;
use super::headings::Target;
use super::lines::{
    DateKind, Marker, SrcLine, compact, fold, folded_words, list_marker, sentence_spans, sentences, word_count,
};
use super::report::{DateRole, ExtraEntry, ExtraReason, FoundSection, How, ImportReport, Note};
use super::structure::{Chunk, DateLine, Document, Heading, Part};
use crate::model::{
    Answer, ContactPerson, ContactRole, ControllerKind, DataCategory, ExtraSection, Lang, LegalBasis, Processor,
    Purpose, Recipient, Register, Requirement, RetentionRule, Right, RightEntry, Section, System, Text, Transfer, tr,
};

/// Fills a register from the sections of a notice, writing what it did into `report`.
pub(crate) fn fill(mut doc: Document, lang: Lang, report: &mut ImportReport) -> Register {
    gather_by_content(&mut doc);
    let mut f = Filler { lang, reg: Register::default(), report, basis: Vec::new(), log: Vec::new() };
    f.dates(&doc.dates);
    let named =
        doc.chunks.iter().any(|c| c.target == Some(Target::Name) && c.parts.iter().any(|p| matches!(p, Part::Para(_))));
    if !named {
        f.title(&mut doc.preamble);
    }
    if let Some(line) = first_line(&doc.preamble) {
        let heading = tr(lang, "Johdanto", "Inledning", "Introduction");
        let body = f.body_text(&doc.preamble);
        f.extra(heading, &body, line, ExtraReason::BeforeFirstHeading);
    }
    let count = doc.chunks.len();
    let sections: Vec<Option<Section>> = doc.chunks.iter().map(|c| c.target.map(Target::section)).collect();
    for (i, chunk) in doc.chunks.into_iter().enumerate() {
        let next_same = i + 1 < count && sections[i].is_some() && sections[i + 1] == sections[i];
        f.chunk(chunk, next_same);
    }
    if let Some(first) = doc.chrome.first() {
        let heading = tr(lang, "Verkkosivun ylimääräiset tekstit", "Extra text från webbsidan", "Web page furniture");
        let body = doc.chrome.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        f.extra(heading, &body, first.no, ExtraReason::Furniture);
    }
    f.finish()
}

struct Filler<'r> {
    lang: Lang,
    reg: Register,
    report: &'r mut ImportReport,
    /// Paragraphs about the legal basis, read for bases at the end.
    basis: Vec<Vec<SrcLine>>,
    /// The import log kept in the register's notes: original headings and moved lines.
    log: Vec<String>,
}

fn first_line(parts: &[Part]) -> Option<usize> {
    parts.iter().find_map(|p| match p {
        Part::Para(lines) => lines.first().map(|l| l.no),
        Part::Sub(h) => Some(h.no),
    })
}

fn para_text(lines: &[SrcLine]) -> String {
    lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n")
}

/// Lines joined: consecutive lines with a line break, others with an empty line.
fn lines_text(lines: &[SrcLine]) -> String {
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str(if l.no == lines[i - 1].no + 1 { "\n" } else { "\n\n" });
        }
        out.push_str(&l.text);
    }
    out
}

fn push_para(text: &mut Text, lang: Lang, s: &str) {
    if s.trim().is_empty() {
        return;
    }
    let t = text.get_mut(lang);
    if !t.is_empty() {
        t.push_str("\n\n");
    }
    t.push_str(s.trim());
}

fn text_in(lang: Lang, s: &str) -> Text {
    let mut t = Text::default();
    *t.get_mut(lang) = s.to_owned();
    t
}

/// The words that negate a Finnish, Swedish or English sentence.
const NEGATIONS: &[&str] =
    &["ei", "eika", "eivat", "emme", "ala", "inte", "ej", "icke", "aldrig", "not", "never", "cannot", "none"];

fn negated(words: &[String]) -> bool {
    words.iter().any(|w| NEGATIONS.contains(&w.as_str()))
}

/// True when a negation stands at most three words before a word starting with one of
/// `stems` ("Tietoja ei luovuteta", "Ei säännönmukaisia luovutuksia"), so that a negation
/// in another clause ("..., josta henkilöt eivät ole tunnistettavissa") does not count.
fn negated_near(words: &[String], stems: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        // Swedish puts the negation after the verb: "lämnas inte ut", "överförs inte".
        let after = &words[i + 1..(i + 3).min(words.len())];
        stems.iter().any(|s| w.starts_with(s))
            && (words[i.saturating_sub(3)..i].iter().any(|n| NEGATIONS.contains(&n.as_str()))
                || after.iter().any(|n| matches!(n.as_str(), "inte" | "ej" | "icke")))
    })
}

fn any_prefix(words: &[String], stems: &[&str]) -> bool {
    words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)))
}

/// A bare yes or no: "Ei.", "Kyllä", "Nej.", "Yes".
fn bare_answer(s: &str) -> Option<Answer> {
    let f = fold(s);
    match f.trim().trim_matches(|c: char| !c.is_alphanumeric()) {
        "ei" | "nej" | "no" => Some(Answer::No),
        "kylla" | "ja" | "yes" => Some(Answer::Yes),
        _ => None,
    }
}

/// What a yes/no section's text answers.
enum Reading {
    /// The whole text is "Ei." or "Kyllä.".
    Bare(Answer),
    /// An "Ei / Kyllä" check list; `None` when neither or both are ticked.
    Checklist { answer: Option<Answer>, both: bool, line: usize },
    /// The first sentence is a bare answer ("Kyllä. Järjestelmän toimittaa ...").
    First(Answer),
    /// No explicit answer.
    Open,
}

fn item_is_marked(marker: Option<Marker>, text: &str) -> bool {
    matches!(marker, Some(Marker::Checkbox(true)))
        || text.contains("**")
        || text.starts_with("x ")
        || text.starts_with("X ")
        || text.ends_with(" x")
        || text.ends_with(" X")
        || text.contains('☒')
        || text.contains('✓')
        || text.contains('✔')
}

fn read_answer(parts: &[Part]) -> Reading {
    let paras: Vec<&Vec<SrcLine>> =
        parts.iter().filter_map(|p| if let Part::Para(l) = p { Some(l) } else { None }).collect();
    // Check list: answer words on their own lines or on one line ("Ei / Kyllä").
    let mut items: Vec<(Answer, bool, usize)> = Vec::new();
    for line in paras.iter().flat_map(|p| p.iter()) {
        let (marker, rest) = match list_marker(&line.text) {
            Some((m, r)) => (Some(m), r),
            None => (None, line.text.as_str()),
        };
        if let Some(a) = bare_answer(rest.trim_matches(['*', '_', ' '])) {
            items.push((a, item_is_marked(marker, rest), line.no));
            continue;
        }
        let pieces: Vec<&str> = rest.split(['/', '|']).map(str::trim).filter(|p| !p.is_empty()).collect();
        if pieces.len() >= 2 {
            let answers: Vec<Option<(Answer, bool)>> = pieces
                .iter()
                .map(|p| {
                    let (m, r) = match list_marker(p) {
                        Some((m, r)) => (Some(m), r),
                        None => (None, *p),
                    };
                    bare_answer(r.trim_matches(['*', '_', ' '])).map(|a| (a, item_is_marked(m, r)))
                })
                .collect();
            if answers.iter().all(Option::is_some) {
                items.extend(answers.into_iter().flatten().map(|(a, t)| (a, t, line.no)));
            }
        }
    }
    let has_no = items.iter().any(|i| i.0 == Answer::No);
    let has_yes = items.iter().any(|i| i.0 == Answer::Yes);
    if has_no && has_yes {
        let ticked: Vec<Answer> = items.iter().filter(|i| i.1).map(|i| i.0).collect();
        let line = items.first().map_or(0, |i| i.2);
        return match ticked.as_slice() {
            [a] => Reading::Checklist { answer: Some(*a), both: false, line },
            [] => Reading::Checklist { answer: None, both: false, line },
            _ => Reading::Checklist { answer: None, both: true, line },
        };
    }
    let text: String = paras.iter().map(|p| para_text(p)).collect::<Vec<_>>().join("\n\n");
    if let Some(a) = bare_answer(&text) {
        return Reading::Bare(a);
    }
    if let Some(first) = sentences(&text).first() {
        if let Some(a) = bare_answer(first) {
            return Reading::First(a);
        }
    }
    Reading::Open
}

impl Filler<'_> {
    fn extra(&mut self, heading: &str, body: &str, line: usize, reason: ExtraReason) {
        self.reg
            .extra
            .push(ExtraSection { heading: text_in(self.lang, heading), body: text_in(self.lang, body.trim()) });
        self.report.extra.push(ExtraEntry { line, heading: heading.to_owned(), reason });
    }

    fn note(&mut self, note: Note) {
        self.report.notes.push(note);
    }

    /// The text of a section body: paragraphs, and sub-headings that have text after them.
    /// Sub-headings with nothing after them are kept in the import log.
    fn body_text(&mut self, parts: &[Part]) -> String {
        let mut out: Vec<String> = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Para(lines) => out.push(para_text(lines)),
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        out.push(h.text.clone());
                    } else {
                        self.log_sub(h);
                    }
                }
            }
        }
        out.join("\n\n")
    }

    /// Form field labels ("Nimi", "Osoite") read past in a contact block, kept in the log.
    fn log_labels(&mut self, labels: &[SrcLine]) {
        let line = tr(self.lang, "r.", "rad", "line");
        let what = tr(self.lang, "lomakkeen kenttä", "formulärfält", "form field");
        for l in labels {
            self.log.push(format!("{line} {} \"{}\" ({what})", l.no, l.text));
        }
    }

    fn log_sub(&mut self, h: &Heading) {
        let line = tr(self.lang, "r.", "rad", "line");
        let sub = tr(self.lang, "väliotsikko", "mellanrubrik", "sub-heading");
        self.log.push(format!("{line} {} \"{}\" ({sub})", h.no, h.text));
    }

    /// All lines of a body, sub-headings included, for contact blocks.
    fn all_lines(parts: &[Part]) -> Vec<SrcLine> {
        let mut out = Vec::new();
        for part in parts {
            match part {
                Part::Para(lines) => out.extend(lines.iter().cloned()),
                Part::Sub(h) => out.push(SrcLine { no: h.no, text: h.text.clone() }),
            }
        }
        out
    }

    fn dates(&mut self, dates: &[DateLine]) {
        for d in dates {
            let role = match d.kind {
                DateKind::Created => {
                    if self.reg.created.is_none() {
                        self.reg.created = Some(d.date);
                    }
                    DateRole::Created
                }
                DateKind::Updated => {
                    if self.reg.updated.is_none_or(|u| u < d.date) {
                        self.reg.updated = Some(d.date);
                    }
                    DateRole::Updated
                }
            };
            if !d.in_section {
                let to = match role {
                    DateRole::Created => "created",
                    DateRole::Updated => "updated",
                };
                let line = tr(self.lang, "r.", "rad", "line");
                self.log.push(format!("{line} {} \"{}\" → {to}", d.line.no, d.line.text));
            }
            self.note(Note::Date { line: d.line.no, text: d.line.text.clone(), role, in_section: d.in_section });
        }
    }

    /// The first short line of the header is the notice's title: the register's name when
    /// no section names it.
    fn title(&mut self, preamble: &mut Vec<Part>) {
        // The first lines of the header that read as titles (up to three, before any text).
        let mut titles: Vec<usize> = Vec::new();
        for (i, part) in preamble.iter().enumerate() {
            let Part::Para(lines) = part else { break };
            let [line] = lines.as_slice() else { break };
            let t = line.text.trim_end_matches(['*', '_']);
            let title_like =
                (1..=20).contains(&word_count(t)) && !t.ends_with(['.', ':', ',', ';']) && list_marker(t).is_none();
            if !title_like || titles.len() == 3 {
                break;
            }
            titles.push(i);
        }
        // "TIETOSUOJASELOSTE" says what the document is; a line after it may name the register.
        let generic = |i: usize| match &preamble[i] {
            Part::Para(lines) => lines.first().is_some_and(|l| {
                let c = compact(&l.text);
                [
                    "tietosuojaseloste",
                    "rekisteriseloste",
                    "tietosuojaselvitys",
                    "dataskyddsbeskrivning",
                    "registerbeskrivning",
                    "privacynotice",
                    "privacypolicy",
                    "privacystatement",
                ]
                .contains(&c.as_str())
            }),
            Part::Sub(_) => false,
        };
        let Some(&chosen) = titles.iter().find(|&&i| !generic(i)).or(titles.first()) else { return };
        if let Part::Para(lines) = &mut preamble[chosen] {
            let line = lines.remove(0);
            let t = line.text.trim_end_matches(['*', '_']);
            self.reg.name = text_in(self.lang, t.trim_start_matches(['#', ' ']));
            self.note(Note::NameFromTitle { line: line.no });
        }
        preamble.retain(|p| !matches!(p, Part::Para(l) if l.is_empty()));
    }

    fn found(&mut self, chunk: &Chunk, target: Target) {
        let (line, heading, how) = match &chunk.heading {
            Some(h) => {
                let how = if h.label {
                    How::Label
                } else if h.matched.is_some_and(|m| m.fuzzy) {
                    How::SpellingVariant
                } else {
                    How::Dictionary
                };
                (h.no, Some(h.text.clone()), how)
            }
            None => (chunk.content_line, None, How::Content { from: chunk.moved_from.clone() }),
        };
        if let Some(h) = &heading {
            let l = tr(self.lang, "r.", "rad", "line");
            self.log.push(format!("{l} {line} \"{h}\" → {}", target.field()));
        }
        self.report.sections.push(FoundSection {
            line,
            heading,
            section: target.section(),
            field: target.field().to_owned(),
            how,
        });
    }

    fn leftover(&mut self, chunk_heading: Option<&Heading>, section: Section, lines: &[SrcLine]) {
        if lines.is_empty() {
            return;
        }
        let heading = chunk_heading.map_or_else(|| section.heading(self.lang).to_owned(), |h| h.clean.clone());
        let body = lines_text(lines);
        self.extra(&heading, &body, lines[0].no, ExtraReason::Leftover { section });
    }

    fn chunk(&mut self, mut chunk: Chunk, next_same_section: bool) {
        let Some(mut target) = chunk.target else {
            // An unknown heading: an extra section under its own heading.
            let Some(h) = chunk.heading.clone() else { return };
            let body = self.body_text(&chunk.parts);
            let l = tr(self.lang, "r.", "rad", "line");
            self.log.push(format!("{l} {} \"{}\" → extra", h.no, h.text));
            self.extra(&h.clean, &body, h.no, ExtraReason::UnknownHeading);
            return;
        };
        if target == Target::OtherRights {
            let all = fold(&self.body_text_quiet(&chunk.parts));
            let complaint = [
                "valitus",
                "valvontaviranomai",
                "tietosuojavaltuutet",
                "klagomal",
                "tillsynsmyndighet",
                "complaint",
                "supervisory",
            ]
            .iter()
            .any(|s| all.contains(s));
            target = if complaint { Target::Complaint } else { Target::Rights };
            chunk.target = Some(target);
        }
        self.found(&chunk, target);
        // Sub-headings the dictionary knows ("Tietojen suojauksen yleiset periaatteet:") are
        // reported too; their text stays with the section.
        for part in &chunk.parts {
            if let Part::Sub(h) = part {
                if let Some(m) = h.matched {
                    let how = if m.fuzzy { How::SpellingVariant } else { How::Dictionary };
                    self.report.sections.push(FoundSection {
                        line: h.no,
                        heading: Some(h.text.clone()),
                        section: target.section(),
                        field: target.field().to_owned(),
                        how,
                    });
                }
            }
        }
        if !chunk.parts.iter().any(|p| matches!(p, Part::Para(_))) {
            if let Some(h) = &chunk.heading {
                for part in &chunk.parts {
                    if let Part::Sub(s) = part {
                        self.log_sub(s);
                    }
                }
                if !next_same_section {
                    self.note(Note::EmptySection { line: h.no, heading: h.text.clone() });
                }
            }
            return;
        }
        self.unfinished(&chunk.parts);
        let heading = chunk.heading.clone();
        let parts = chunk.parts;
        match target {
            Target::Name => self.name(heading.as_ref(), &parts),
            Target::Controller => self.controller(heading.as_ref(), &parts),
            Target::Contacts(role) => self.contacts(heading.as_ref(), role, &parts),
            Target::Dpo => self.dpo(heading.as_ref(), &parts),
            Target::Purposes => self.purposes(heading.as_ref(), &parts),
            Target::LegalBasis => {
                let text = self.body_text(&parts);
                push_para(&mut self.reg.legal_basis_text, self.lang, &text);
                self.basis
                    .extend(parts.iter().filter_map(|p| if let Part::Para(l) = p { Some(l.clone()) } else { None }));
            }
            Target::Subjects => self.subjects(&parts),
            Target::Data => self.data(heading.as_ref(), &parts),
            Target::Special => self.special(&parts),
            Target::Sources => self.sources(&parts),
            Target::Recipients => self.recipients(&parts),
            Target::Processors => self.processors(&parts),
            Target::Transfers => self.transfers(&parts),
            Target::Retention => self.retention(&parts),
            Target::Security => {
                let text = self.body_text(&parts);
                push_para(&mut self.reg.security.general, self.lang, &text);
            }
            Target::SecurityElectronic => {
                let text = self.body_text(&parts);
                push_para(&mut self.reg.security.electronic, self.lang, &text);
            }
            Target::SecurityManual => {
                let text = self.body_text(&parts);
                push_para(&mut self.reg.security.manual, self.lang, &text);
            }
            Target::Systems => self.systems(&parts),
            Target::Automated => self.automated(&parts),
            Target::Rights | Target::OtherRights => self.rights(&parts),
            Target::Complaint => self.complaint(&parts),
            Target::Provision => self.provision(&parts),
            Target::Cookies => {
                let text = self.body_text(&parts);
                push_para(&mut self.reg.cookies, self.lang, &text);
            }
            Target::Changes | Target::Intro => {
                let body = self.body_text(&parts);
                let (title, line) =
                    heading.as_ref().map_or((target.label(self.lang).to_owned(), 0), |h| (h.clean.clone(), h.no));
                self.extra(&title, &body, line, ExtraReason::NoField);
            }
        }
    }

    /// Body text without logging sub-headings (for deciding, not storing).
    fn body_text_quiet(&self, parts: &[Part]) -> String {
        parts
            .iter()
            .map(|p| match p {
                Part::Para(l) => para_text(l),
                Part::Sub(h) => h.text.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Notes a lead-in that no list follows ("Rekisteriin tallennettavia tietoja ovat:")
    /// and a sentence that stops ("... käsittelylle on").
    fn unfinished(&mut self, parts: &[Part]) {
        for (i, part) in parts.iter().enumerate() {
            let Part::Para(lines) = part else { continue };
            let Some(last) = lines.last() else { continue };
            let t = last.text.trim_end_matches(['*', '_']).trim_end();
            let words = folded_words(t);
            let colon = t.ends_with(':') && word_count(t) >= 4 && list_marker(t).is_none();
            let next_is_list = match parts.get(i + 1) {
                Some(Part::Para(next)) => next.first().is_some_and(|l| list_marker(&l.text).is_some()),
                // "... seuraavissa tilanteissa:" before "1. Suostumuksesi": numbered sub-sections.
                Some(Part::Sub(h)) => h.numbering.is_some(),
                None => false,
            };
            let dangling = !t.ends_with(['.', '!', '?', ':', ';', ')', '"', '”'])
                && words.last().is_some_and(|w| {
                    ["on", "ovat", "ja", "tai", "seka", "is", "are", "ar", "och"].contains(&w.as_str())
                })
                && word_count(t) >= 3;
            if (colon && !next_is_list) || dangling {
                self.note(Note::Unfinished { line: last.no, text: t.to_owned() });
            }
        }
    }

    fn name(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let mut rest: Vec<SrcLine> = Vec::new();
        for part in parts {
            match part {
                Part::Para(lines) if self.reg.name.is_empty() => {
                    let name = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
                    self.reg.name = text_in(self.lang, &name);
                }
                Part::Para(lines) => rest.extend(lines.iter().cloned()),
                Part::Sub(h) => rest.push(SrcLine { no: h.no, text: h.text.clone() }),
            }
        }
        self.leftover(heading, Section::Name, &rest);
    }

    fn controller(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let lines = Self::all_lines(parts);
        let parsed = contact::parse(&lines, self.lang, false);
        self.log_labels(&parsed.labels);
        let mut leftover = parsed.leftover.clone();
        if let Some(c) = parsed.contacts.into_iter().next() {
            if self.reg.controller.contact.is_empty() {
                self.reg.controller.contact = c;
                // A deciding body given as a second line of an organisation's name.
                let title = self.reg.controller.contact.title.get(self.lang).to_owned();
                if !title.is_empty() && is_body(&title) {
                    self.reg.controller.body = text_in(self.lang, &title);
                    self.reg.controller.contact.title = Text::default();
                }
            } else {
                leftover = lines.clone();
            }
        }
        if let Some(id) = parsed.business_id {
            if self.reg.controller.business_id.is_empty() {
                self.reg.controller.business_id = id;
            }
        }
        if let Some(line) = parsed.from_prose {
            self.note(Note::ContactFromProse { line, section: Section::Controller });
        }
        self.leftover(heading, Section::Controller, &leftover);
    }

    fn contacts(&mut self, heading: Option<&Heading>, role: ContactRole, parts: &[Part]) {
        let lines = Self::all_lines(parts);
        let parsed = contact::parse(&lines, self.lang, true);
        self.log_labels(&parsed.labels);
        for c in parsed.contacts {
            self.reg.contacts.push(ContactPerson { role, contact: c });
        }
        if let Some(line) = parsed.from_prose {
            self.note(Note::ContactFromProse { line, section: Section::Contacts });
        }
        self.leftover(heading, Section::Contacts, &parsed.leftover);
    }

    fn dpo(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let lines = Self::all_lines(parts);
        let parsed = contact::parse(&lines, self.lang, false);
        self.log_labels(&parsed.labels);
        let mut leftover = parsed.leftover.clone();
        if let Some(c) = parsed.contacts.into_iter().next() {
            if self.reg.dpo.is_empty() {
                self.reg.dpo = c;
            } else {
                leftover = lines.clone();
            }
        }
        if let Some(line) = parsed.from_prose {
            self.note(Note::ContactFromProse { line, section: Section::Dpo });
        }
        self.leftover(heading, Section::Dpo, &leftover);
    }

    /// One purpose per paragraph, list item or sub-heading with its text. Paragraphs about
    /// the legal basis go to the legal basis; a lead-in before sub-headed purposes goes to
    /// an extra section.
    fn purposes(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let has_subs = parts
            .iter()
            .enumerate()
            .any(|(i, p)| matches!(p, Part::Sub(_)) && matches!(parts.get(i + 1), Some(Part::Para(_))));
        let mut units: Vec<String> = Vec::new();
        let mut lead_in: Vec<SrcLine> = Vec::new();
        let mut in_sub = false;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if matches!(parts.get(i + 1), Some(Part::Para(_))) {
                        units.push(h.text.clone());
                        in_sub = true;
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    if is_basis_paragraph(lines) {
                        push_para(&mut self.reg.legal_basis_text, self.lang, &para_text(lines));
                        self.basis.push(lines.clone());
                        continue;
                    }
                    // "Tietoja käsitellään suostumuksen perusteella ... tunnistamiseksi": a purpose
                    // that names its basis; the basis is read from it too.
                    if names_basis(&para_text(lines)) {
                        self.basis.push(lines.clone());
                    }
                    if in_sub {
                        if let Some(u) = units.last_mut() {
                            u.push_str("\n\n");
                            u.push_str(&para_text(lines));
                        }
                        continue;
                    }
                    if has_subs {
                        lead_in.extend(lines.iter().cloned());
                        continue;
                    }
                    let bullets = lines.iter().filter(|l| list_marker(&l.text).is_some()).count();
                    if bullets > 0 {
                        let mut pending: Vec<&str> = Vec::new();
                        for l in lines {
                            match list_marker(&l.text) {
                                Some((_, item)) => units.push(item.to_owned()),
                                None if units.is_empty() && l.text.trim_end().ends_with(':') => lead_in.push(l.clone()),
                                None => pending.push(&l.text),
                            }
                        }
                        if !pending.is_empty() {
                            units.push(pending.join("\n"));
                        }
                    } else {
                        units.push(para_text(lines));
                    }
                }
            }
        }
        for u in units {
            let f = fold(&u);
            let direct_marketing =
                ["suoramarkkin", "suoramainon", "direktmarknadsf", "direct marketing"].iter().any(|s| f.contains(s));
            self.reg.purposes.push(Purpose {
                description: text_in(self.lang, &u),
                direct_marketing,
                ..Purpose::default()
            });
        }
        self.leftover(heading, Section::Purposes, &lead_in);
    }

    fn subjects(&mut self, parts: &[Part]) {
        for part in parts {
            match part {
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.subjects.push(text_in(self.lang, item)),
                            None => prose.push(&l.text),
                        }
                    }
                    if !prose.is_empty() {
                        self.reg.subjects.push(text_in(self.lang, &prose.join("\n")));
                    }
                }
                Part::Sub(h) => self.reg.subjects.push(text_in(self.lang, &h.text)),
            }
        }
    }

    fn data(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.data.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) if is_purpose_paragraph(lines) => {
                    // "Rekisteritietoja voidaan käyttää ... asiakassuhteen hallintaan": a purpose.
                    let line = lines.first().map_or(0, |l| l.no);
                    self.report.sections.push(FoundSection {
                        line,
                        heading: None,
                        section: Section::Purposes,
                        field: Target::Purposes.field().to_owned(),
                        how: How::Content { from: heading.map(|h| h.text.clone()) },
                    });
                    let text = para_text(lines);
                    let f = fold(&text);
                    let direct_marketing = ["suoramarkkin", "suoramainon", "direktmarknadsf", "direct marketing"]
                        .iter()
                        .any(|s| f.contains(s));
                    self.reg.purposes.push(Purpose {
                        description: text_in(lang, &text),
                        direct_marketing,
                        ..Purpose::default()
                    });
                }
                Part::Para(lines) => {
                    if is_special_paragraph(lines) {
                        push_para(&mut self.reg.data.special_text, lang, &para_text(lines));
                        if let Some(line) = lines.first() {
                            self.special_statement(&para_text(lines), line.no);
                        }
                        continue;
                    }
                    let mut prose: Vec<&SrcLine> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.data.categories.push(category(lang, item)),
                            None => prose.push(l),
                        }
                    }
                    if prose.is_empty() {
                        continue;
                    }
                    let joined = prose.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
                    // A sentence that only lists data ("Nimi, osoite, kotikunta, ...") gives categories.
                    let flat = joined.replace('\n', " ");
                    let spans = sentence_spans(&flat);
                    let mut kept: Vec<&str> = Vec::new();
                    let mut listed = false;
                    for (a, b) in &spans {
                        let s = &flat[*a..*b];
                        match comma_list(s) {
                            Some(items) => {
                                listed = true;
                                for item in items {
                                    self.reg.data.categories.push(category(lang, &item));
                                }
                            }
                            None => kept.push(s),
                        }
                    }
                    // A paragraph that is one short phrase ("Käyttäjän IP-osoite.") is a category.
                    let phrase = prose.len() == 1
                        && lines.len() == 1
                        && word_count(&joined) <= 5
                        && !joined.contains([',', ':'])
                        && !negated(&folded_words(&joined))
                        && spans.len() == 1;
                    if phrase {
                        self.reg.data.categories.push(category(lang, joined.trim_end_matches('.')));
                        continue;
                    }
                    let text = if listed { kept.join(" ") } else { joined };
                    push_para(&mut self.reg.data.description, lang, &text);
                }
            }
        }
        // The personal identity code: stored unless the text says it is not.
        let all = self.body_text_quiet(parts);
        for s in sentences(&all.replace('\n', " ")) {
            let words = folded_words(s);
            if !any_prefix(&words, &["henkilotunnu", "hetu", "personbeteckning"]) && !fold(s).contains("identity code")
            {
                continue;
            }
            let store = [
                "tallenn",
                "kerat",
                "kasitel",
                "pyydet",
                "kysyt",
                "talleta",
                "keraamme",
                "kasittelemme",
                "sparas",
                "behandlas",
                "collect",
                "store",
                "process",
            ];
            let not_stored = words
                .windows(2)
                .any(|w| NEGATIONS.contains(&w[0].as_str()) && store.iter().any(|s| w[1].starts_with(s)));
            let stored = any_prefix(&words, &store) || words.len() <= 3;
            if not_stored {
                self.reg.data.personal_id_code = Answer::No;
            } else if stored && self.reg.data.personal_id_code != Answer::No {
                self.reg.data.personal_id_code = Answer::Yes;
            }
        }
    }

    /// "Rekisteri ei sisällä erityisiä henkilötietoja": no special categories.
    fn special_statement(&mut self, text: &str, line: usize) {
        for s in sentences(text) {
            let words = folded_words(s);
            let about = any_prefix(&words, &["erityis", "arkaluon", "sarskild", "kanslig", "special", "sensitive"]);
            let verb = any_prefix(
                &words,
                &["sisall", "kasitel", "kerat", "tallenn", "innehall", "behandla", "contain", "process", "collect"],
            );
            if about && verb && negated(&words) && self.reg.data.special.is_unanswered() {
                self.reg.data.special = Answer::No;
                self.note(Note::Answer { line, section: Section::Data, answer: Answer::No });
            }
        }
    }

    fn special(&mut self, parts: &[Part]) {
        let line = first_line(parts).unwrap_or(0);
        match read_answer(parts) {
            Reading::Bare(a) => {
                self.reg.data.special = a;
                return;
            }
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Data, |r, a| r.data.special = a)
            }
            Reading::First(a) => self.reg.data.special = a,
            Reading::Open => {}
        }
        let text = self.body_text(parts);
        push_para(&mut self.reg.data.special_text, self.lang, &text);
        self.special_statement(&text, line);
    }

    fn checklist(
        &mut self,
        answer: Option<Answer>,
        both: bool,
        line: usize,
        section: Section,
        set: impl FnOnce(&mut Register, Answer),
    ) {
        match answer {
            Some(a) => set(&mut self.reg, a),
            None if both => self.note(Note::BothTicked { line, section }),
            None => self.note(Note::UntickedChecklist { line, section }),
        }
    }

    fn sources(&mut self, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.sources.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.sources.list.push(text_in(lang, item)),
                            None => prose.push(&l.text),
                        }
                    }
                    push_para(&mut self.reg.sources.description, lang, &prose.join("\n"));
                }
            }
        }
        let all = self.body_text_quiet(parts).replace('\n', " ");
        for s in sentences(&all) {
            let f = fold(s);
            let words = folded_words(s);
            if negated(&words) {
                continue;
            }
            const SUBJECT: &[&str] = &[
                "henkilolta itseltaan",
                "rekisteroidylta itseltaan",
                "asiakkaalta itseltaan",
                "kayttajalta itseltaan",
                "henkilolta itselta",
                "itse antam",
                "itse ilmoittam",
                "den registrerade sjalv",
                "fran den registrerade",
                "from the data subject",
                "from you",
                "you provide",
                "provided by you",
            ];
            const ELSEWHERE: &[&str] = &[
                "dvv",
                "vaestotietojarjestelm",
                "vaestorekisteri",
                "muista rekistereista",
                "julkisista lahteista",
                "ulkopuolisista lahteista",
                "muilta viranomaisilta",
                "viranomaisilta",
                "kolmansilta osapuolilta",
                "befolkningsdatasystemet",
                "myndigheter",
                "third part",
                "other sources",
                "public sources",
            ];
            if SUBJECT.iter().any(|p| f.contains(p)) {
                self.reg.sources.from_subject = Answer::Yes;
            }
            if ELSEWHERE.iter().any(|p| f.contains(p)) {
                self.reg.sources.from_elsewhere = Answer::Yes;
            }
        }
    }

    fn recipients(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let reading = read_answer(parts);
        if let Reading::Bare(a) = reading {
            self.reg.recipients.disclosures = a;
            return;
        }
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.recipients.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) if bare_answer(item).is_none() => {
                                self.reg
                                    .recipients
                                    .list
                                    .push(Recipient { name: text_in(lang, item), ..Recipient::default() });
                            }
                            _ => prose.push(&l.text),
                        }
                    }
                    let text = prose.join("\n");
                    match inline_enumeration(&text) {
                        Some((lead, items, tail)) => {
                            push_para(&mut self.reg.recipients.description, lang, &lead);
                            for item in items {
                                self.reg
                                    .recipients
                                    .list
                                    .push(Recipient { name: text_in(lang, &item), ..Recipient::default() });
                            }
                            push_para(&mut self.reg.recipients.description, lang, &tail);
                        }
                        None => push_para(&mut self.reg.recipients.description, lang, &text),
                    }
                }
            }
        }
        match reading {
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Recipients, |r, a| r.recipients.disclosures = a);
                return;
            }
            Reading::First(a) => {
                self.reg.recipients.disclosures = a;
                return;
            }
            _ => {}
        }
        // "Tietoja ei luovuteta kolmansille osapuolille" says no; "voimme luovuttaa" and a
        // list of recipients say yes. A plain no is what the notice claims: it wins, and
        // the sentences that say otherwise are noted.
        let mut general_no: Option<usize> = None;
        let mut positive: Vec<(usize, String)> = Vec::new();
        for (line, s) in line_sentences(parts) {
            let words = folded_words(&s);
            if !any_prefix(&words, &["luovut", "utlamn", "disclos", "lamnas", "lamnar", "share"]) {
                continue;
            }
            const QUALIFIERS: &[&str] = &[
                "muille",
                "muihin",
                "suoramarkkin",
                "markkina",
                "puhelinmyyn",
                "eu",
                "eun",
                "eta",
                "etan",
                "ulkopuolelle",
                "myy",
                "lahtokohtaisesti",
                "paasaantoisesti",
                "ilman",
                "other",
                "andra",
                "utanfor",
                "outside",
            ];
            if negated_near(&words, &["luovut", "utlamn", "disclos", "lamnas", "lamnar", "share"]) {
                if !words.iter().any(|w| QUALIFIERS.contains(&w.as_str())) && general_no.is_none() {
                    general_no = Some(line);
                }
            } else if !negated(&words)
                && any_prefix(&words, &["voi", "voidaan", "voimme", "saatamme", "saattaa", "luovutamme", "kan", "may"])
            {
                positive.push((line, s));
            }
        }
        if let Some(line) = general_no {
            self.reg.recipients.disclosures = Answer::No;
            self.note(Note::Answer { line, section: Section::Recipients, answer: Answer::No });
            for (l, s) in positive {
                self.note(Note::Contradiction { line: l, section: Section::Recipients, text: s });
            }
        } else if !self.reg.recipients.list.is_empty() || !positive.is_empty() {
            self.reg.recipients.disclosures = Answer::Yes;
            let line = positive.first().map_or_else(|| first_line(parts).unwrap_or(0), |p| p.0);
            self.note(Note::Answer { line, section: Section::Recipients, answer: Answer::Yes });
        }
    }

    fn processors(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let reading = read_answer(parts);
        if let Reading::Bare(a) = reading {
            self.reg.processors.used = a;
            return;
        }
        for part in parts {
            if let Part::Para(lines) = part {
                for l in lines {
                    if let Some((_, item)) = list_marker(&l.text) {
                        if bare_answer(item).is_none() && word_count(item) <= 6 {
                            self.add_processor(item.trim_end_matches(['.', ',']));
                        }
                    }
                }
            }
        }
        let text = self.body_text(parts);
        for company in companies(&text) {
            self.add_processor(&company);
        }
        push_para(&mut self.reg.processors.description, lang, &text);
        match reading {
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Processors, |r, a| r.processors.used = a);
                return;
            }
            Reading::First(a) => {
                self.reg.processors.used = a;
                return;
            }
            _ => {}
        }
        for (line, s) in line_sentences(parts) {
            if let Some(a) = processor_statement(&s) {
                if self.reg.processors.used.is_unanswered() {
                    self.reg.processors.used = a;
                    self.note(Note::Answer { line, section: Section::Processors, answer: a });
                }
            }
        }
    }

    fn add_processor(&mut self, name: &str) {
        // "Imago+ Oy:n alihankkijat": the controller's own name is not a processor.
        let controller = self.reg.controller.contact.name.or_any(self.lang).to_owned();
        if !controller.is_empty() && fold(&controller).contains(&fold(name)) {
            return;
        }
        if !name.is_empty() && !self.reg.processors.list.iter().any(|p| p.name == name) {
            self.reg.processors.list.push(Processor { name: name.to_owned(), ..Processor::default() });
        }
    }

    /// The common start of a yes/no section: a bare "Ei." / "Kyllä." sets the answer and
    /// ends the section (`None`); otherwise the text goes to the section's description, a
    /// ticked check box or an answer on the first line sets the answer, and the text comes
    /// back with `true` when no answer was read yet (the caller then looks for statements).
    fn answer_section(
        &mut self,
        parts: &[Part],
        section: Section,
        field: fn(&mut Register) -> (&mut Answer, &mut Text),
    ) -> Option<(String, bool)> {
        let reading = read_answer(parts);
        if let Reading::Bare(a) = reading {
            *field(&mut self.reg).0 = a;
            return None;
        }
        let text = self.body_text(parts);
        push_para(field(&mut self.reg).1, self.lang, &text);
        let open = match reading {
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, section, |r, a| *field(r).0 = a);
                false
            }
            Reading::First(a) => {
                *field(&mut self.reg).0 = a;
                false
            }
            _ => true,
        };
        Some((text, open))
    }

    fn transfers(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let Some((text, open)) =
            self.answer_section(parts, Section::Transfers, |r| (&mut r.transfers.answer, &mut r.transfers.description))
        else {
            return;
        };
        if open {
            for (line, s) in line_sentences(parts) {
                if let Some(a) = transfer_statement(&s) {
                    if self.reg.transfers.answer.is_unanswered() || a == Answer::Yes {
                        if self.reg.transfers.answer != a {
                            self.note(Note::Answer { line, section: Section::Transfers, answer: a });
                        }
                        self.reg.transfers.answer = a;
                    }
                }
            }
        }
        if self.reg.transfers.answer == Answer::Yes {
            let safeguard = safeguard_in(&text);
            for country in countries(&text) {
                if !self.reg.transfers.list.iter().any(|t| t.country.get(lang) == country) {
                    self.reg.transfers.list.push(Transfer {
                        country: text_in(lang, country),
                        safeguard,
                        ..Transfer::default()
                    });
                }
            }
            if self.reg.transfers.list.is_empty() && safeguard.is_some() {
                self.reg.transfers.list.push(Transfer { safeguard, ..Transfer::default() });
            }
        }
    }

    fn retention(&mut self, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.retention.criteria, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text).and_then(|(_, item)| retention_rule(item)) {
                            Some((data, period)) => self
                                .reg
                                .retention
                                .rules
                                .push(RetentionRule { data: text_in(lang, &data), period: text_in(lang, &period) }),
                            None => prose.push(&l.text),
                        }
                    }
                    let text = prose.join("\n");
                    let flat = text.replace('\n', " ");
                    let (plan, rest): (Vec<&str>, Vec<&str>) =
                        sentences(&flat).into_iter().partition(|s| records_plan(s));
                    if plan.is_empty() {
                        push_para(&mut self.reg.retention.criteria, lang, &text);
                    } else {
                        push_para(&mut self.reg.retention.records_plan, lang, &plan.join(" "));
                        push_para(&mut self.reg.retention.criteria, lang, &rest.join(" "));
                    }
                }
            }
        }
    }

    /// Each short line or list item is a system ("Nettisivut Wordpress: Valu Digital Oy");
    /// lead-ins and sentences go to the general security text.
    fn systems(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let mut general: Vec<SrcLine> = Vec::new();
        for part in parts {
            let lines: Vec<SrcLine> = match part {
                Part::Para(lines) => lines.clone(),
                Part::Sub(h) => vec![SrcLine { no: h.no, text: h.text.clone() }],
            };
            for l in lines {
                let (marker, item) = match list_marker(&l.text) {
                    Some((m, i)) => (Some(m), i.to_owned()),
                    None => (None, l.text.clone()),
                };
                let words = word_count(&item);
                let sentence = item.ends_with(['.', '!', '?']) && words > 6;
                let lead_in = item.ends_with(':');
                if sentence || lead_in || words > 12 || (marker.is_some() && words > 10) {
                    general.push(l);
                    continue;
                }
                self.reg.security.systems.push(system(item.trim_end_matches(['.', ','])));
            }
        }
        push_para(&mut self.reg.security.general, lang, &lines_text(&general));
    }

    fn automated(&mut self, parts: &[Part]) {
        let Some((_, open)) =
            self.answer_section(parts, Section::Automated, |r| (&mut r.automated.answer, &mut r.automated.description))
        else {
            return;
        };
        if open {
            for (line, s) in line_sentences(parts) {
                if automated_statement(&s) == Some(Answer::No) && self.reg.automated.answer.is_unanswered() {
                    self.reg.automated.answer = Answer::No;
                    self.note(Note::Answer { line, section: Section::Automated, answer: Answer::No });
                }
            }
        }
    }

    fn list_right(&mut self, right: Right, text: &str) -> bool {
        if self.reg.rights.listed.iter().any(|e| e.right == right) {
            return false;
        }
        self.reg.rights.listed.push(RightEntry { right, text: text_in(self.lang, text.trim()) });
        true
    }

    /// Rights from list items, sub-headings and sentences that name a right; the rest is
    /// how to exercise them.
    fn rights(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let mut how_to: Vec<String> = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            match &parts[i] {
                Part::Sub(h) => {
                    let mut unit = vec![h.text.clone()];
                    while let Some(Part::Para(lines)) = parts.get(i + 1) {
                        unit.push(para_text(lines));
                        i += 1;
                    }
                    let rights = rights_in(&h.clean);
                    let text = unit.join("\n\n");
                    if unit.len() == 1 {
                        self.log_sub(h);
                    } else if rights.is_empty() || !self.add_rights(&rights, &text) {
                        how_to.push(text);
                    }
                }
                Part::Para(lines) => {
                    let listy = lines.len() >= 2
                        && lines.iter().all(|l| {
                            list_marker(&l.text).is_some()
                                || (word_count(&l.text) <= 14 && !rights_in(&l.text).is_empty())
                        });
                    let mut prose: Vec<String> = Vec::new();
                    for l in lines {
                        let item = list_marker(&l.text).map(|(_, t)| t);
                        match item.or(if listy { Some(l.text.as_str()) } else { None }) {
                            Some(item) => {
                                let rights = rights_in(item);
                                if rights.is_empty() || !self.add_rights(&rights, item) {
                                    prose.push(l.text.clone());
                                }
                            }
                            None => prose.push(l.text.clone()),
                        }
                    }
                    // Sentences that give a right ("Sinulla on oikeus ...") list it; others tell how.
                    let flat = prose.join(" ");
                    let mut rest: Vec<&str> = Vec::new();
                    for s in sentences(&flat) {
                        let words = folded_words(s);
                        let rights = rights_in(s);
                        let states = any_prefix(
                            &words,
                            &["oikeus", "oikeutta", "voit", "voitte", "ratt", "right", "kan", "may", "can"],
                        );
                        if rights.is_empty() || !states || !self.add_rights(&rights, s) {
                            rest.push(s);
                        }
                    }
                    if !rest.is_empty() {
                        how_to.push(rest.join(" "));
                    }
                }
            }
            i += 1;
        }
        for t in how_to {
            push_para(&mut self.reg.rights.how_to, lang, &t);
        }
    }

    /// Lists the rights a text names, the first with the text; false when all were listed already.
    fn add_rights(&mut self, rights: &[Right], text: &str) -> bool {
        let mut with_text = true;
        let mut any = false;
        for &r in rights {
            if self.list_right(r, if with_text { text } else { "" }) {
                with_text = false;
                any = true;
            }
        }
        any
    }

    fn complaint(&mut self, parts: &[Part]) {
        let lang = self.lang;
        // A sub-heading right before a contact block names the authority.
        let mut groups: Vec<Vec<SrcLine>> = Vec::new();
        let mut i = 0;
        while i < parts.len() {
            match &parts[i] {
                Part::Sub(h) => {
                    let line = SrcLine { no: h.no, text: h.text.clone() };
                    match parts.get(i + 1) {
                        Some(Part::Para(next)) if contact::is_contact_block(next) => {
                            let mut g = vec![line];
                            g.extend(next.iter().cloned());
                            groups.push(g);
                            i += 1;
                        }
                        _ => groups.push(vec![line]),
                    }
                }
                Part::Para(lines) => groups.push(lines.clone()),
            }
            i += 1;
        }
        for g in groups {
            if self.reg.complaint.authority.is_empty() && contact::is_contact_block(&g) {
                let parsed = contact::parse(&g, lang, false);
                self.log_labels(&parsed.labels);
                if let Some(c) = parsed.contacts.into_iter().next() {
                    self.reg.complaint.authority = c;
                }
                push_para(&mut self.reg.complaint.text, lang, &lines_text(&parsed.leftover));
            } else {
                push_para(&mut self.reg.complaint.text, lang, &para_text(&g));
            }
        }
    }

    fn provision(&mut self, parts: &[Part]) {
        let text = self.body_text(parts);
        let first = sentences(&text).first().map(|s| fold(s)).unwrap_or_default();
        let requirement = requirement_in(&first).or_else(|| requirement_in(&fold(&text)));
        if let Some(r) = requirement {
            self.reg.provision.requirement = r;
        }
        push_para(&mut self.reg.provision.consequences, self.lang, &text);
    }

    /// Legal bases, controller kind, languages, the import log and what is missing.
    fn finish(mut self) -> Register {
        self.assign_bases();
        self.reg.controller.kind = controller_kind(&self.reg);
        self.reg.languages = vec![self.lang];
        let head = tr(self.lang, "Tuotu tekstistä", "Importerad från texten", "Imported from the text");
        let mut notes = vec![format!("{head} {} ({}).", self.report.source, self.report.encoding.name())];
        notes.append(&mut self.log);
        self.reg.notes = notes.join("\n");
        self.report.missing = missing(&self.reg);
        self.report.sections.sort_by_key(|s| s.line);
        self.report.notes.sort_by_key(Note::line);
        self.reg
    }

    /// Reads the legal bases out of the basis paragraphs and gives them to the purposes:
    /// a sentence's bases go to the purposes it shares a word with, or to all.
    fn assign_bases(&mut self) {
        let paras = std::mem::take(&mut self.basis);
        let (listed, sentences) = read_bases(&paras, &mut self.report.notes);
        let any = !listed.is_empty() || sentences.iter().any(|s| !s.2.is_empty());
        if !any {
            return;
        }
        if self.reg.purposes.is_empty() {
            let line = sentences
                .iter()
                .find(|s| !s.2.is_empty())
                .map_or(paras.first().and_then(|p| p.first()).map_or(0, |l| l.no), |s| s.0);
            self.note(Note::BasesWithoutPurpose { line });
            self.reg.purposes.push(Purpose::default());
        }
        let lang = self.lang;
        let purpose_stems: Vec<Vec<String>> =
            self.reg.purposes.iter().map(|p| stems(p.description.get(lang))).collect();
        for purpose in &mut self.reg.purposes {
            for b in &listed {
                if !purpose.legal_bases.contains(b) {
                    purpose.legal_bases.push(*b);
                }
            }
        }
        for (_, sentence, bases) in &sentences {
            if bases.is_empty() {
                continue;
            }
            let own = stems(sentence);
            let n = purpose_stems.len();
            let matching: Vec<usize> =
                (0..n).filter(|&i| n == 1 || purpose_stems[i].iter().any(|s| own.contains(s))).collect();
            let targets: Vec<usize> = if matching.is_empty() { (0..n).collect() } else { matching };
            for i in targets {
                for b in bases {
                    if !self.reg.purposes[i].legal_bases.contains(b) {
                        self.reg.purposes[i].legal_bases.push(*b);
                    }
                }
            }
        }
        for p in &mut self.reg.purposes {
            p.legal_bases.sort();
        }
    }
}

/// The first five letters of the words that say what a sentence is about (the words every
/// notice uses are left out), for matching basis sentences to purposes.
fn stems(s: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "henki", "tieto", "tietoj", "kasit", "perus", "rekis", "tarko", "oikeu", "suost", "sopim", "lakis", "yleis",
        "julki", "mukai", "artik", "asetu", "tieto", "kayte", "kaupu", "kunna", "jonka", "joita", "sekae", "seka",
        "vaati", "edell", "perso", "behan", "grund", "proce", "perso", "basis", "based", "conse", "legal", "which",
        "their", "other",
    ];
    folded_words(s)
        .into_iter()
        .filter(|w| w.chars().count() >= 5)
        .map(|w| w.chars().take(5).collect::<String>())
        .filter(|w| !COMMON.contains(&w.as_str()))
        .collect()
}

/// Paragraph text split into sentences, each with the line it starts on.
fn line_sentences(parts: &[Part]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for part in parts {
        let Part::Para(lines) = part else { continue };
        for l in lines {
            let text = list_marker(&l.text).map_or(l.text.as_str(), |(_, t)| t);
            for s in sentences(text) {
                out.push((l.no, s.to_owned()));
            }
        }
    }
    out
}

fn category(lang: Lang, item: &str) -> DataCategory {
    DataCategory { name: text_in(lang, item.trim_end_matches([',', ';'])), ..DataCategory::default() }
}

/// "Nimi, osoite, kotikunta, syntymäaika." -> the items, when every item is a few words.
fn comma_list(sentence: &str) -> Option<Vec<String>> {
    let body = sentence.trim().trim_end_matches(['.', ';']);
    let items: Vec<&str> = body.split(',').map(str::trim).collect();
    if items.len() < 4 || items.iter().any(|i| i.is_empty() || word_count(i) > 4 || i.contains(':')) {
        return None;
    }
    if !items[0].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(items.into_iter().map(str::to_owned).collect())
}

/// "Viranomaisille ..., b) perintäyhtiölle ..., c) ..." inside a paragraph: the text before
/// the first item, the items, and the text after the last item's sentence.
fn inline_enumeration(text: &str) -> Option<(String, Vec<String>, String)> {
    let flat = text.replace('\n', " ");
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for (k, label) in ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)"].iter().enumerate() {
        let from = marks.last().map_or(0, |m| m.1);
        let found = flat[from..].match_indices(label).map(|(i, _)| i + from).find(|&i| {
            let before_ok = i == 0 || flat[..i].ends_with(' ') || flat[..i].ends_with(':');
            let after_ok = flat[i + 2..].starts_with(' ');
            before_ok && after_ok
        });
        match found {
            Some(i) => marks.push((i, i + 2)),
            None if k >= 2 => break,
            None => return None,
        }
    }
    if marks.len() < 2 {
        return None;
    }
    let lead = flat[..marks[0].0].trim().to_owned();
    let mut items = Vec::new();
    let mut tail = String::new();
    for (k, m) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(flat.len(), |n| n.0);
        let mut item = flat[m.1..end].trim().to_owned();
        if k + 1 == marks.len() {
            // The last item ends with its sentence; what follows stays text.
            let spans = sentence_spans(&item);
            if spans.len() > 1 {
                let cut = spans[0].1;
                tail = item[cut..].trim().to_owned();
                item = item[..cut].to_owned();
            }
        }
        let item = item.trim().trim_end_matches([',', ';', '.']).trim();
        let item = item
            .strip_suffix(" ja")
            .or_else(|| item.strip_suffix(" sekä"))
            .or_else(|| item.strip_suffix(" tai"))
            .unwrap_or(item);
        items.push(item.trim().to_owned());
    }
    Some((lead, items, tail))
}

fn is_basis_paragraph(lines: &[SrcLine]) -> bool {
    lines.first().is_some_and(|l| is_basis_statement(&l.text))
}

/// A sentence about the legal basis of the processing.
pub(crate) fn is_basis_statement(s: &str) -> bool {
    let f = fold(s);
    let c = compact(s);
    c.contains("oikeusperust")
        || c.contains("kasittelynperuste")
        || c.contains("kasittelyperuste")
        || f.contains("perusteena on")
        || f.contains("peruste on")
        || c.contains("rattsliggrund")
        || c.contains("legalbasis")
        || c.contains("lawfulbasis")
        || f.contains("processing is based on")
        || (["perustuu", "perustuvat", "grundar sig", "baserar sig", "bygger pa", "based on"]
            .iter()
            .any(|p| f.contains(p))
            && !bases_in(s).is_empty())
}

/// A paragraph that starts by saying what the data are used for ("Rekisteritietoja
/// voidaan käyttää ...", "Tietoja käytetään ...", "Näitä tietoja käytämme ...").
fn is_purpose_paragraph(lines: &[SrcLine]) -> bool {
    let Some(first) = lines.first() else { return false };
    if list_marker(&first.text).is_some() {
        return false;
    }
    let text = para_text(lines).replace('\n', " ");
    let Some(sentence) = sentences(&text).first().map(|s| folded_words(s)) else { return false };
    let uses = sentence.iter().any(|w| {
        ["kaytetaan", "kaytamme", "kayttaa", "kaytettaan", "hyodynnetaan", "anvands", "anvander", "used", "use"]
            .contains(&w.as_str())
    });
    let data = sentence.iter().any(|w| {
        w.starts_with("tieto")
            || w.starts_with("rekisteritieto")
            || w.starts_with("henkilotieto")
            || w.starts_with("uppgift")
            || w == "data"
    });
    uses && data && !negated(&sentence) && sentence.len() >= 5
}

/// A text that gives a legal basis in passing: "suostumuksen perusteella", "perustuu sopimukseen".
fn names_basis(text: &str) -> bool {
    let f = fold(text);
    ["perusteella", "perustuu", "nojalla", "grundar sig", "med stod av", "based on", "on the basis of"]
        .iter()
        .any(|p| f.contains(p))
        && !bases_in(text).is_empty()
}

/// A sentence on whether giving the data is required ("Henkilötietojen antaminen ei ole
/// pakollista", "henkilötietojen luovutus ei ole välttämätöntä").
pub(crate) fn provision_statement(s: &str) -> bool {
    let f = fold(s);
    let giving = ["antaminen", "antamatta", "antamiseen", "lamnande av", "providing", "provision of", "to provide"]
        .iter()
        .any(|p| f.contains(p))
        || (f.contains("luovutus") || f.contains("luovuttaminen")) && f.contains("valttamat");
    let required = [
        "pakollis",
        "vapaaehtois",
        "valttamat",
        "edellytys",
        "lakisaatei",
        "sopimuksen nojalla",
        "obligator",
        "frivillig",
        "voluntary",
        "mandatory",
        "statutory",
        "contractual requirement",
    ]
    .iter()
    .any(|p| f.contains(p));
    giving && required
}

fn is_special_paragraph(lines: &[SrcLine]) -> bool {
    let c = compact(&para_text(lines));
    [
        "erityisiahenkilotiet",
        "erityisethenkilotie",
        "arkaluont",
        "arkaluonteis",
        "9artikla",
        "sarskildakategori",
        "specialcategor",
    ]
    .iter()
    .any(|s| c.contains(s))
}

/// A sentence about automated decisions or profiling; `Some(No)` when it says there are none.
pub(crate) fn automated_statement(s: &str) -> Option<Answer> {
    let words = folded_words(s);
    let about = any_prefix(
        &words,
        &["automaattis", "automatisoi", "profiloi", "automatiser", "profiler", "automated", "profiling"],
    );
    if !about {
        return None;
    }
    Some(if negated(&words) { Answer::No } else { Answer::Yes })
}

/// A sentence about transfers outside the EU/EEA.
pub(crate) fn transfer_statement(s: &str) -> Option<Answer> {
    let words = folded_words(s);
    let f = fold(s);
    let region = words.iter().any(|w| ["eu", "eun", "eta", "etan", "eea", "ees", "eus"].contains(&w.as_str()))
        || [
            "euroopan talousalue",
            "kolmansiin maihin",
            "kolmanteen maahan",
            "third countr",
            "tredje land",
            "maiden valilla",
            "outside the eu",
        ]
        .iter()
        .any(|p| f.contains(p));
    const VERBS: &[&str] = &["siirr", "siirt", "luovut", "overfor", "transfer", "utlamn"];
    let verb = any_prefix(&words, VERBS);
    if !(region && verb) {
        return None;
    }
    if negated_near(&words, VERBS) || words.windows(2).any(|w| NEGATIONS.contains(&w[0].as_str()) && w[1] == "to") {
        return Some(Answer::No);
    }
    let outside =
        ["ulkopuol", "utanfor", "outside", "maiden valilla", "kolmansiin", "kolmanteen", "third countr", "tredje"]
            .iter()
            .any(|p| f.contains(p));
    outside.then_some(Answer::Yes)
}

/// A sentence that says processing is or is not outsourced.
pub(crate) fn processor_statement(s: &str) -> Option<Answer> {
    let words = folded_words(s);
    let f = fold(s);
    let who = any_prefix(
        &words,
        &["alihankkij", "palveluntarjoaj", "kasittelij", "jarjestelmatoimittaj", "toimittaj", "ostopalvelu", "ulkoist"],
    ) || f.contains("kolmannen osapuolen")
        || f.contains("kolmannet osapuolet")
        || any_prefix(&words, &["personuppgiftsbitrad", "underleverant", "processor", "subcontractor", "outsourc"]);
    const DOES: &[&str] = &[
        "kayttaa",
        "kaytetaan",
        "kaytamme",
        "kasittelevat",
        "kasittelee",
        "toimittaa",
        "tuottamaa",
        "sijaita",
        "sijaitsee",
        "ulkoistettu",
        "hyodyntaa",
        "hyodynnetaan",
        "anlitar",
        "anlitas",
        "anvander",
        "use",
        "uses",
        "used",
    ];
    let does = words.iter().any(|w| DOES.contains(&w.as_str()));
    if !(who && does) {
        return None;
    }
    Some(if negated_near(&words, DOES) { Answer::No } else { Answer::Yes })
}

/// Company names ("Telia Finland Oyj") in a text.
fn companies(text: &str) -> Vec<String> {
    const SUFFIXES: &[&str] =
        &["Oy", "Oyj", "Ab", "Abp", "AB", "Ltd", "Inc", "GmbH", "LLC", "Plc", "ASA", "A/S", "ApS"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ')', ':']).trim_end_matches(":n");
        let bare = bare.strip_suffix(":n").unwrap_or(bare);
        if !SUFFIXES.contains(&bare) || i == 0 {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 4 {
            let prev = words[start - 1];
            let capital = prev.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if !capital || prev.ends_with([',', '.', ';', ':']) {
                break;
            }
            start -= 1;
        }
        if start == i {
            continue;
        }
        let mut name: Vec<&str> = words[start..i].to_vec();
        name.push(bare);
        let name = name.join(" ").trim_start_matches(['(', '"', '”']).to_owned();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// "Telia Finland Oyj:n Kontakti M" -> vendor Telia Finland Oyj (the name as written); "Nettisivut
/// Wordpress: Valu Digital Oy" -> Nettisivut Wordpress by Valu Digital Oy.
fn system(item: &str) -> System {
    if let Some((name, vendor)) = item.split_once(": ") {
        if !companies(vendor).is_empty()
            || companies(&format!("X {vendor}")).iter().any(|c| vendor.starts_with(c.as_str()))
        {
            return System { name: name.trim().to_owned(), vendor: vendor.trim().to_owned() };
        }
    }
    // "Telia Finland Oyj:n Kontakti M": the name stays as written, the vendor is read out.
    for company in companies(item) {
        if item.starts_with(&format!("{company}:n ")) {
            return System { name: item.trim().to_owned(), vendor: company };
        }
    }
    System { name: item.trim().to_owned(), vendor: String::new() }
}

/// "Google Analytics: 2 vuotta" or "Lokitiedot – 6 kk" as a rule.
fn retention_rule(item: &str) -> Option<(String, String)> {
    let (data, period) = item.split_once(": ").or_else(|| item.split_once(" – ")).or_else(|| item.split_once(" - "))?;
    let has_number = period.chars().any(|c| c.is_ascii_digit())
        || ["vuo", "kuukau", "viik", "paiv", "year", "month", "week", "day", "ar", "manad", "vecka", "dag"]
            .iter()
            .any(|s| fold(period).contains(s));
    (has_number && word_count(data) <= 6)
        .then(|| (data.trim().to_owned(), period.trim().trim_end_matches('.').to_owned()))
}

fn records_plan(s: &str) -> bool {
    let c = compact(s);
    [
        "tiedonohjaussuunnitelm",
        "arkistonmuodostussuunnitelm",
        "informationsstyrningsplan",
        "arkivbildningsplan",
        "recordsmanagementplan",
        "retentionschedule",
    ]
    .iter()
    .any(|p| c.contains(p))
        || folded_words(s).iter().any(|w| w == "tos")
}

fn countries(text: &str) -> Vec<&'static str> {
    const COUNTRIES: &[(&str, &str)] = &[
        ("venaj", "Venäjä"),
        ("yhdysval", "Yhdysvallat"),
        ("usa", "Yhdysvallat"),
        ("kiina", "Kiina"),
        ("intia", "Intia"),
        ("japani", "Japani"),
        ("kanada", "Kanada"),
        ("sveits", "Sveitsi"),
        ("iso-britanni", "Iso-Britannia"),
        ("britanni", "Iso-Britannia"),
        ("australia", "Australia"),
        ("turki", "Turkki"),
        ("ukrain", "Ukraina"),
        ("united states", "Yhdysvallat"),
        ("russia", "Venäjä"),
        ("ryssland", "Venäjä"),
        ("usa:", "Yhdysvallat"),
    ];
    let words = folded_words(text);
    let f = fold(text);
    let mut out: Vec<&'static str> = Vec::new();
    for (stem, name) in COUNTRIES {
        let hit = if stem.contains(' ') || stem.contains('-') {
            f.contains(stem)
        } else {
            words.iter().any(|w| w.starts_with(stem))
        };
        if hit && !out.contains(name) {
            out.push(name);
        }
    }
    out
}

fn safeguard_in(text: &str) -> Option<crate::model::Safeguard> {
    use crate::model::Safeguard;
    let c = compact(text);
    if c.contains("vakiosopimuslauseke")
        || c.contains("mallisopimuslauseke")
        || c.contains("standardavtalsklausul")
        || c.contains("standardcontractualclause")
    {
        Some(Safeguard::StandardContractualClauses)
    } else if c.contains("riittavyyspaatos")
        || c.contains("riittavyytta")
        || c.contains("dataprivacyframework")
        || c.contains("adequacydecision")
        || c.contains("adekvatskyddsniva")
    {
        Some(Safeguard::AdequacyDecision)
    } else if c.contains("sitovatyrityssaannot")
        || c.contains("bindingcorporaterules")
        || c.contains("bindandeforetagsbestammelser")
    {
        Some(Safeguard::BindingCorporateRules)
    } else {
        None
    }
}

fn requirement_in(f: &str) -> Option<Requirement> {
    let c: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    if c.contains("lakisaatei") || c.contains("lakiinperustu") || c.contains("lagstadg") || c.contains("statutory") {
        Some(Requirement::Statutory)
    } else if (c.contains("sopimu") && c.contains("perust")) || c.contains("avtal") || c.contains("contractual") {
        Some(Requirement::Contractual)
    } else if c.contains("vapaaehtoi") || c.contains("frivillig") || c.contains("voluntary") {
        Some(Requirement::Voluntary)
    } else {
        None
    }
}

/// The rights a text names, in the order it names them.
pub(crate) fn rights_in(text: &str) -> Vec<Right> {
    let words = folded_words(text);
    let f = fold(text);
    let pos = |stems: &[&str]| words.iter().position(|w| stems.iter().any(|s| w.starts_with(s)));
    let both = |a: &[&str], b: &[&str]| -> Option<usize> {
        let (x, y) = (pos(a)?, pos(b)?);
        Some(x.min(y))
    };
    let mut found: Vec<(usize, Right)> = Vec::new();
    let mut add = |p: Option<usize>, r: Right| {
        if let Some(p) = p {
            found.push((p, r));
        }
    };
    add(
        both(&["peruut", "peruu", "peruminen"], &["suostum"])
            .or(both(&["aterkall"], &["samtyck"]))
            .or(both(&["withdraw"], &["consent"])),
        Right::WithdrawConsent,
    );
    let direct = both(&["suoramarkkin", "suoramainon", "direktmarknadsf"], &["kielt", "vastust", "invand", "kielto"])
        .or(both(&["marketing"], &["object", "opt"]));
    add(direct, Right::ObjectDirectMarketing);
    add(
        pos(&["valitus", "valittaa", "valvontaviranomai", "klagom", "tillsynsmyndighet", "complaint", "supervisory"]),
        Right::Complaint,
    );
    add(
        pos(&["siirrettavyy", "dataportabilitet", "portabilitet", "portab"])
            .or(both(&["siirt", "siirr"], &["jarjestelmasta", "toiselle", "rekisterinpitajalta", "toiseen"])),
        Right::Portability,
    );
    add(
        both(&["automaattis", "automatisoi", "automatiser", "automated"], &["paatok", "beslut", "decision"]),
        Right::AutomatedDecisions,
    );
    let informed = both(&["saada", "saa", "fa", "be"], &["tietoa", "tiedon", "information", "informed"])
        .filter(|_| pos(&["paasy", "tarkast"]).is_none());
    add(informed, Right::Informed);
    add(pos(&["paasy", "tarkast", "tarkist", "tillgang", "registerutdrag", "access"]), Right::Access);
    add(
        pos(&["oikais", "oikaista", "korja", "taydent", "rattels", "ratta", "rectif", "correct"]),
        Right::Rectification,
    );
    add(
        pos(&["poist", "unohde", "raderin", "radera", "bortglom", "erasure", "erase", "delet", "forgotten"]),
        Right::Erasure,
    );
    add(pos(&["rajoit", "begrans", "restrict"]), Right::Restriction);
    if direct.is_none() {
        add(pos(&["vastust", "invand", "object"]), Right::Object);
    }
    // "Oikeus peruuttaa suostumus" is not erasure; "siirtää" in portability is not access.
    if found.iter().any(|f| f.1 == Right::Portability) {
        found.retain(|f| f.1 != Right::Access);
    }
    if f.contains("tietosuojavaltuutet") && found.iter().all(|x| x.1 != Right::Complaint) {
        found.push((usize::MAX, Right::Complaint));
    }
    found.sort_by_key(|f| f.0);
    let mut out: Vec<Right> = Vec::new();
    for (_, r) in found {
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// Legal bases named in a sentence (also "6 artiklan 1 kohdan b ja c alakohta", "6(1)(a)").
fn bases_in(s: &str) -> Vec<LegalBasis> {
    let c = compact(s);
    let words = folded_words(s);
    let mut out = Vec::new();
    let has = |stems: &[&str]| stems.iter().any(|st| c.contains(st));
    if has(&["suostumu", "samtyck", "consent"]) {
        out.push(LegalBasis::Consent);
    }
    if has(&["sopimu", "avtal", "contract"]) {
        out.push(LegalBasis::Contract);
    }
    if (any_prefix(&words, &["velvoit", "veloit", "velvot"])
        && any_prefix(&words, &["lakisaat", "lakiin", "rekisterinpitajan", "oikeudellis"]))
        || has(&["rattsligforpliktelse", "rattsligaforpliktelse", "legalobligation"])
    {
        out.push(LegalBasis::LegalObligation);
    }
    if has(&["elintarke", "grundlaggandeintresse", "vitalinterest"]) {
        out.push(LegalBasis::VitalInterests);
    }
    if has(&[
        "yleinenetu",
        "yleisenedun",
        "yleistaetua",
        "julkisenvallan",
        "allmantintresse",
        "myndighetsutovning",
        "publicinterest",
        "publictask",
        "officialauthority",
    ]) {
        out.push(LegalBasis::PublicTask);
    }
    if has(&[
        "oikeutettuetu",
        "oikeutetunedun",
        "oikeutettujenetuj",
        "oikeutetutedut",
        "oikeutettuunetuun",
        "berattigatintresse",
        "berattigadeintressen",
        "legitimateinterest",
    ]) {
        out.push(LegalBasis::LegitimateInterests);
    }
    for b in article_points(s).unwrap_or_default() {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

/// The points of Article 6(1) a reference names: `Some(empty)` when Article 6 is named without one.
fn article_points(s: &str) -> Option<Vec<LegalBasis>> {
    let f = fold(s);
    // Tokens: runs of letters or digits, and single punctuation.
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in f.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else {
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
            if !ch.is_whitespace() {
                tokens.push(ch.to_string());
            }
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    let article =
        |t: &str| t.starts_with("artikla") || t.starts_with("artikel") || t.starts_with("article") || t == "art";
    let six = tokens.iter().enumerate().position(|(i, t)| {
        t == "6"
            && (tokens.get(i + 1).is_some_and(|n| article(n))
                || (i >= 1 && article(&tokens[i - 1]))
                || (i >= 2 && article(&tokens[i - 2]) && tokens[i - 1] == "."))
    })?;
    let anchors = ["alakoh", "kohd", "kohta", "point", "punkt", "led", "litera", "mom"];
    let window: Vec<&String> = tokens[six + 1..].iter().take(16).collect();
    // A point needs a word for it ("alakohta", "point") or paragraph 1 named first ("6.1 c", "6(1)(c)").
    let anchored = window.iter().any(|t| anchors.iter().any(|a| t.starts_with(a)))
        || window.iter().take(3).any(|t| t.as_str() == "1");
    let mut points = Vec::new();
    for (k, t) in window.iter().enumerate() {
        if t.as_str() == "."
            && window.get(k + 1).is_none_or(|n| !n.chars().all(|c| c.is_ascii_digit() || c.len_utf8() == 1))
        {
            break;
        }
        if t.chars().all(|c| c.is_ascii_digit()) && t.as_str() != "1" && t.as_str() != "6" {
            break;
        }
        if k > 0 && article(t) || matches!(t.as_str(), ":" | ";") {
            break;
        }
        // Past the reference: any other word ("GDPR: a task ..." must not read "a" as a point).
        let word = t.chars().count() > 1 && t.chars().all(char::is_alphabetic);
        let allowed = ["ja", "tai", "seka", "and", "or", "och", "eller", "sekä"].contains(&t.as_str())
            || anchors.iter().any(|a| t.starts_with(a))
            || (k == 0 && article(t));
        if word && !allowed {
            break;
        }
        let letter = match t.as_str() {
            "a" => LegalBasis::Consent,
            "b" => LegalBasis::Contract,
            "c" => LegalBasis::LegalObligation,
            "d" => LegalBasis::VitalInterests,
            "e" => LegalBasis::PublicTask,
            "f" => LegalBasis::LegitimateInterests,
            _ => continue,
        };
        let in_parens = k > 0 && window[k - 1].as_str() == "(";
        if (anchored || in_parens) && !points.contains(&letter) {
            points.push(letter);
        }
    }
    Some(points)
}

/// Bases from basis paragraphs: those of list items (unless all bases are listed and
/// none marked), and per sentence. Notes unfinished sentences, Article 6 without a point
/// and wordings that are no Art. 6 basis.
#[allow(clippy::type_complexity)]
fn read_bases(
    paras: &[Vec<SrcLine>],
    notes: &mut Vec<Note>,
) -> (Vec<LegalBasis>, Vec<(usize, String, Vec<LegalBasis>)>) {
    let mut items: Vec<(usize, bool, Vec<LegalBasis>)> = Vec::new();
    let mut per_sentence = Vec::new();
    for para in paras {
        let mut prose: Vec<&SrcLine> = Vec::new();
        for l in para {
            match list_marker(&l.text) {
                Some((m, item)) => {
                    not_article6(item, l.no, notes);
                    items.push((l.no, item_is_marked(Some(m), item), bases_in(item)));
                }
                None => prose.push(l),
            }
        }
        for l in prose {
            if super::lines::date_line(&l.text).is_some() {
                continue;
            }
            for s in sentences(&l.text) {
                not_article6(s, l.no, notes);
                let words = folded_words(s);
                if negated(&words) {
                    continue;
                }
                if article_points(s).is_some_and(|p| p.is_empty()) && bases_in(s).is_empty() {
                    notes.push(Note::ArticleWithoutPoint { line: l.no });
                }
                per_sentence.push((l.no, s.to_owned(), bases_in(s)));
            }
        }
    }
    let mut distinct: Vec<LegalBasis> = items.iter().flat_map(|i| i.2.iter().copied()).collect();
    distinct.sort();
    distinct.dedup();
    let ticked: Vec<&(usize, bool, Vec<LegalBasis>)> = items.iter().filter(|i| i.1).collect();
    let listed: Vec<LegalBasis> = if !ticked.is_empty() {
        ticked.iter().flat_map(|i| i.2.iter().copied()).collect()
    } else if distinct.len() >= 4 {
        notes.push(Note::UnmarkedBases { line: items.first().map_or(0, |i| i.0), count: distinct.len() });
        Vec::new()
    } else {
        distinct
    };
    (listed, per_sentence)
}

fn not_article6(s: &str, line: usize, notes: &mut Vec<Note>) {
    let f = fold(s);
    const PHRASES: &[(&str, &str)] = &[
        ("asiallinen yhteys", "asiallinen yhteys"),
        ("asiallinen yhteys", "asiallinen yhteys"),
        ("viranomaistoiminnan rekisteri", "viranomaistoiminnan rekisteri"),
        ("vapaaehtoisen tehtavan rekisteri", "julkishallinnon vapaaehtoisen tehtävän rekisteri"),
        ("henkilotietolai", "henkilötietolaki"),
    ];
    for (stem, phrase) in PHRASES {
        if f.contains(stem)
            && !notes
                .iter()
                .any(|n| matches!(n, Note::NotAnArticle6Basis { line: l, phrase: p } if *l == line && p == phrase))
        {
            notes.push(Note::NotAnArticle6Basis { line, phrase: (*phrase).to_owned() });
        }
    }
}

fn is_body(s: &str) -> bool {
    let f = fold(s);
    [
        "hallitus",
        "lautakunta",
        "valtuusto",
        "johtokunta",
        "jaosto",
        "toimikunta",
        "styrelse",
        "namnd",
        "board",
        "committee",
        "council",
    ]
    .iter()
    .any(|w| f.contains(w))
}

fn controller_kind(reg: &Register) -> ControllerKind {
    let name = format!("{} {}", reg.controller.contact.name.or_any(Lang::Fi), reg.controller.body.or_any(Lang::Fi));
    let words = folded_words(&name);
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if name.trim().is_empty() {
        return ControllerKind::Unspecified;
    }
    if has(&["oy", "oyj", "ab", "abp", "ltd", "inc", "gmbh", "llc", "plc", "asa"]) {
        ControllerKind::Company
    } else if has(&["ry", "saatio", "sr", "yhdistys", "forening", "stiftelse", "association", "foundation"]) {
        ControllerKind::Association
    } else if words.iter().any(|w| {
        [
            "kaupunki",
            "kaupungin",
            "kunta",
            "kunnan",
            "lautakunta",
            "kuntayhtyma",
            "hyvinvointialue",
            "virasto",
            "ministerio",
            "valtuusto",
            "sairaanhoitopiiri",
            "stad",
            "kommun",
            "namnd",
            "samkommun",
            "municipality",
            "council",
            "city",
        ]
        .contains(&w.as_str())
            || w.ends_with("hallitus")
            || w.ends_with("lautakunta")
            || w.ends_with("styrelse")
            || w.ends_with("virasto")
            || w.ends_with("laitos")
            || w.ends_with("keskus")
            || w.ends_with("hallinto")
            || w.ends_with("ministerio")
    }) {
        ControllerKind::PublicAuthority
    } else {
        ControllerKind::Unspecified
    }
}

/// Required content (DESIGN.md section 3) the register still lacks.
fn missing(reg: &Register) -> Vec<Target> {
    let mut out = Vec::new();
    let mut need = |empty: bool, t: Target| {
        if empty {
            out.push(t);
        }
    };
    need(reg.name.is_empty(), Target::Name);
    need(reg.controller.contact.name.is_empty() && !reg.controller.contact.has_channel(), Target::Controller);
    let private = matches!(reg.controller.kind, ControllerKind::Company | ControllerKind::Association);
    need(reg.dpo.is_empty() && !private, Target::Dpo);
    need(reg.purposes.iter().all(|p| p.description.is_empty()), Target::Purposes);
    need(reg.purposes.iter().all(|p| p.legal_bases.is_empty()) && reg.legal_basis_text.is_empty(), Target::LegalBasis);
    need(reg.subjects.is_empty(), Target::Subjects);
    need(reg.data.categories.is_empty() && reg.data.description.is_empty(), Target::Data);
    need(reg.sources == Default::default(), Target::Sources);
    need(reg.recipients == Default::default(), Target::Recipients);
    need(reg.transfers == Default::default(), Target::Transfers);
    need(reg.retention == Default::default(), Target::Retention);
    need(reg.automated == Default::default(), Target::Automated);
    need(reg.rights.listed.is_empty() && reg.rights.how_to.is_empty(), Target::Rights);
    need(reg.complaint == Default::default() && !reg.lists_right(Right::Complaint), Target::Complaint);
    need(reg.provision == Default::default(), Target::Provision);
    out
}

/// Moves or copies text that belongs to a section the notice has no heading for: a
/// legal-basis paragraph in the introduction (seed 000), "Automaattista päätöksentekoa
/// tai profilointia ei suoriteta." under the complaint heading (seed 002), a transfer
/// sentence among the disclosures (seed 003), a paragraph on subcontractors among the
/// disclosures (seed 002). A paragraph whose first sentence belongs there moves; a
/// sentence inside another paragraph is copied.
fn gather_by_content(doc: &mut Document) {
    let has = |doc: &Document, t: Target| doc.chunks.iter().any(|c| c.target == Some(t));
    type Test = fn(&str) -> bool;
    let finders: [(Target, Test, bool); 5] = [
        (Target::LegalBasis, is_basis_statement as Test, true),
        (Target::Provision, provision_statement as Test, false),
        (Target::Automated, (|s: &str| automated_statement(s) == Some(Answer::No)) as Test, false),
        (Target::Transfers, (|s: &str| transfer_statement(s).is_some()) as Test, false),
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
            let part = if hit == 0 {
                parts.remove(k)
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
                parts: vec![part],
                content_line: line,
                moved_from: from,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_bases_from_wordings_and_article_points() {
        assert_eq!(bases_in("Käyttäjän suostumus."), vec![LegalBasis::Consent]);
        assert_eq!(
            bases_in("rekisterinpitäjän lakisääteisen veloitteen noudattaminen"),
            vec![LegalBasis::LegalObligation]
        );
        assert_eq!(bases_in("yleinen etu / julkisen vallan käyttö"), vec![LegalBasis::PublicTask]);
        assert_eq!(
            bases_in("Käsittely perustuu tietosuoja-asetuksen 6 artiklan 1 kohdan b ja c alakohtaan."),
            vec![LegalBasis::Contract, LegalBasis::LegalObligation]
        );
        assert_eq!(
            bases_in("GDPR Article 6(1)(e) and (f)"),
            vec![LegalBasis::PublicTask, LegalBasis::LegitimateInterests]
        );
        assert_eq!(bases_in("Behandlingen grundar sig på berättigat intresse."), vec![LegalBasis::LegitimateInterests]);
        assert_eq!(article_points("Kameravalvonta peruste on EU:n tietosuoja-asetus, 6 artikla."), Some(vec![]));
        assert_eq!(
            bases_in("EU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on"),
            vec![]
        );
    }

    #[test]
    fn an_unmarked_list_of_all_bases_is_no_basis() {
        let l = |no: usize, t: &str| SrcLine { no, text: t.to_owned() };
        let para = vec![
            l(1, "- suostumus"),
            l(2, "- sopimuksen täytäntöönpano"),
            l(3, "- yleinen etu / julkisen vallan käyttö"),
            l(4, "- lakisääteinen velvoite"),
        ];
        let mut notes = Vec::new();
        let (listed, _) = read_bases(std::slice::from_ref(&para), &mut notes);
        assert!(listed.is_empty());
        assert!(matches!(notes[0], Note::UnmarkedBases { count: 4, .. }));
        let mut ticked = para;
        ticked[1] = l(2, "☒ sopimuksen täytäntöönpano");
        let (listed, _) = read_bases(&[ticked], &mut Vec::new());
        assert_eq!(listed, vec![LegalBasis::Contract]);
        let (listed, _) = read_bases(&[vec![l(1, "- suostumus")]], &mut Vec::new());
        assert_eq!(listed, vec![LegalBasis::Consent]);
    }

    #[test]
    fn rights_by_their_wordings() {
        assert_eq!(
            rights_in("Oikeus pyytää itse toimittamiensa henkilötietojen siirtämistä rekisterinpitäjältä toiselle"),
            vec![Right::Portability]
        );
        assert_eq!(
            rights_in("Oikeus peruuttaa antamansa suostumus, mikäli käsittely perustuu suostumukseen."),
            vec![Right::WithdrawConsent]
        );
        assert_eq!(
            rights_in("Sinulla on myös oikeus vaatia virheellisen henkilötiedon korjaamista tai poistamista."),
            vec![Right::Rectification, Right::Erasure]
        );
        assert_eq!(
            rights_in("Voit myös kieltää käyttämästä tietoja suoramarkkinointia varten."),
            vec![Right::ObjectDirectMarketing]
        );
        assert_eq!(rights_in("Vastustamisoikeus"), vec![Right::Object]);
        assert_eq!(rights_in("Oikeus saada tietoa henkilötietojensa käsittelystä"), vec![Right::Informed]);
        assert_eq!(
            rights_in("Oikeus saada pääsy tietoihin eli tarkastaa itseään koskevat tiedot"),
            vec![Right::Access]
        );
    }

    #[test]
    fn statements() {
        assert_eq!(
            automated_statement("Automaattista päätöksentekoa tai profilointia ei suoriteta."),
            Some(Answer::No)
        );
        assert_eq!(transfer_statement("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."), Some(Answer::No));
        assert_eq!(
            transfer_statement(
                "Tietoja ei luovuteta tai siirretä tietoja EU:n tai Euroopan talousalueen ulkopuolelle."
            ),
            Some(Answer::No)
        );
        assert_eq!(
            transfer_statement(
                "Tällaiset siirrot voivat sisältää henkilötietojen luovutuksia EU- tai ETA-alueen ulkopuolelle."
            ),
            Some(Answer::Yes)
        );
        assert_eq!(
            processor_statement("Imatran kaupunki saattaa käyttää alihankkijoita ja palveluntarjoajia."),
            Some(Answer::Yes)
        );
        assert_eq!(companies("käyttää kolmannen osapuolen, Telia Finland Oyj, tuottamaa"), vec!["Telia Finland Oyj"]);
        assert_eq!(
            system("Telia Finland Oyj:n Kontakti M"),
            System { name: "Telia Finland Oyj:n Kontakti M".into(), vendor: "Telia Finland Oyj".into() }
        );
        assert_eq!(
            system("Nettisivut Wordpress: Valu Digital Oy, Kuntien Tiera Oy:n tuki"),
            System { name: "Nettisivut Wordpress".into(), vendor: "Valu Digital Oy, Kuntien Tiera Oy:n tuki".into() }
        );
        assert_eq!(
            comma_list("Nimi, osoite, kotikunta, syntymäaika, ip-numero."),
            Some(vec!["Nimi".into(), "osoite".into(), "kotikunta".into(), "syntymäaika".into(), "ip-numero".into()])
        );
        let (lead, items, tail) =
            inline_enumeration("Voi luovuttaa: a) viranomaisille, b) perintäyhtiölle, c) yhtiöille. Muuta.").unwrap();
        assert_eq!((lead.as_str(), tail.as_str()), ("Voi luovuttaa:", "Muuta."));
        assert_eq!(items, vec!["viranomaisille", "perintäyhtiölle", "yhtiöille"]);
    }
}
