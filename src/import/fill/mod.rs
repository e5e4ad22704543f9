//! Sections to register fields: each target's text is read into its fields (lists into
//! list items, contact blocks into contacts, wordings into legal bases and yes/no
//! answers), and whatever fits no field goes to an extra section, so nothing is lost.
//! One file per group of sections; this one dispatches and keeps the shared steps.
//!
//! Honesty rules. An answer is set only when the text gives one: a bare "Ei." or
//! "Kyllä.", a ticked box, or a usual sentence ("Tietoja ei siirretä EU:n tai ETA:n
//! ulkopuolelle"). An unticked "Ei / Kyllä" check list is no answer, and a list of the
//! legal bases with none marked is no basis. A sentence that stops ("... on") gives
//! nothing. A text that says both no and yes, or only "if", gives no answer. Each of
//! these is noted in the report.

mod answers;
mod contacts;
mod data;
mod disclosures;
mod finish;
mod purposes;
mod retention;
mod rights;
mod security;

use super::headings::Target;
use super::lines::{
    DateKind, SrcLine, compact, flat_sentences, fold, folded_words, lines_text, list_marker, para_text, sentences,
    word_count,
};
use super::meaning::*;
use super::report::{DateRole, ExtraEntry, ExtraReason, FoundSection, How, ImportReport, Note};
use super::structure::{Chunk, DateLine, Document, Heading, Part};
use crate::i18n::DocText;
use crate::model::*;
use answers::{Reading, read_answer};
use finish::{controller_kind, is_body, missing};

/// Fills a register from the sections of a notice, writing what it did into `report`.
pub(crate) fn fill(mut doc: Document, lang: Lang, report: &mut ImportReport) -> Register {
    let complaint_section = doc.chunks.iter().any(|c| c.target == Some(Target::Complaint));
    let mut f =
        Filler { lang, reg: Register::default(), report, basis: Vec::new(), log: Vec::new(), complaint_section };
    f.dates(&doc.dates);
    let named = doc.chunks.iter().any(|c| c.target == Some(Target::Name) && !c.parts.is_empty());
    if !named {
        f.title(&mut doc.preamble);
    }
    if let Some(line) = first_line(&doc.preamble) {
        let heading = DocText::Introduction.get(lang);
        let body = f.body_text(&doc.preamble);
        f.extra(heading, &body, line, ExtraReason::BeforeFirstHeading);
        let to = FieldPath::Extra(List::at(f.reg.extra.len() - 1));
        f.place(part_lines(&doc.preamble), to);
    }
    let count = doc.chunks.len();
    let sections: Vec<Option<Section>> = doc.chunks.iter().map(|c| c.target.map(Target::section)).collect();
    for (i, chunk) in doc.chunks.into_iter().enumerate() {
        let next_same = i + 1 < count && sections[i].is_some() && sections[i + 1] == sections[i];
        let lines = part_lines(&chunk.parts);
        let heading = chunk.heading.as_ref().map(|h| h.no);
        let target = chunk.target;
        let (extra_before, found_before) = (f.reg.extra.len(), f.report.sections.len());
        f.chunk(chunk, next_same);
        let to = if f.reg.extra.len() > extra_before {
            FieldPath::Extra(List::at(f.reg.extra.len() - 1))
        } else if let Some(found) = f.report.sections.get(found_before) {
            found.field
        } else {
            target.map_or(FieldPath::Notes, Target::field)
        };
        if let Some(h) = heading {
            f.report.placed.entry(h).or_insert((to, true));
        }
        f.place(lines, to);
    }
    for l in &doc.page_furniture {
        f.report.placed.entry(l.no).or_insert((FieldPath::Notes, false));
        let line = DocText::Line.get(lang);
        let what = DocText::PageNumberRunningHeader.get(lang);
        f.log.push(format!("{line} {} \"{}\" ({what})", l.no, l.text));
    }
    if let Some(first) = doc.chrome.first() {
        let heading = DocText::WebPageFurniture.get(lang);
        let body = doc.chrome.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
        f.extra(heading, &body, first.no, ExtraReason::Furniture);
        let to = FieldPath::Extra(List::at(f.reg.extra.len() - 1));
        f.place(doc.chrome.iter().map(|l| l.no).collect(), to);
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
    /// True when the notice has a complaint section of its own.
    complaint_section: bool,
}

/// Every source line of a body, sub-headings included.
fn part_lines(parts: &[Part]) -> Vec<usize> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            Part::Para(lines) => out.extend(lines.iter().map(|l| l.no)),
            Part::Sub(h) => out.push(h.no),
        }
    }
    out
}

fn first_line(parts: &[Part]) -> Option<usize> {
    parts.iter().find_map(|p| match p {
        Part::Para(lines) => lines.first().map(|l| l.no),
        Part::Sub(h) => Some(h.no),
    })
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

impl Filler<'_> {
    fn extra(&mut self, heading: &str, body: &str, line: usize, reason: ExtraReason) {
        // Text that stood before every recognised section introduces the notice, and may
        // refer to what follows it: it prints first.
        let introduction = reason == ExtraReason::BeforeFirstHeading
            || (matches!(reason, ExtraReason::UnknownHeading | ExtraReason::NoField)
                && self.report.sections.is_empty()
                && self.reg.extra.iter().all(|x| x.placement == ExtraPlacement::BeforeSections));
        let placement = if introduction { ExtraPlacement::BeforeSections } else { ExtraPlacement::AfterSections };
        self.reg.extra.push(ExtraSection {
            heading: text_in(self.lang, heading),
            body: text_in(self.lang, body.trim()),
            placement,
        });
        self.report.extra.push(ExtraEntry { line, heading: heading.to_owned(), reason });
    }

    /// Records where the text of `lines` went (the first placing of a line wins).
    fn place(&mut self, lines: Vec<usize>, to: FieldPath) {
        for l in lines {
            self.report.placed.entry(l).or_insert((to, false));
        }
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
        let line = DocText::Line.get(self.lang);
        let what = DocText::FormField.get(self.lang);
        for l in labels {
            self.log.push(format!("{line} {} \"{}\" ({what})", l.no, l.text));
        }
    }

    fn log_sub(&mut self, h: &Heading) {
        let line = DocText::Line.get(self.lang);
        let sub = DocText::SubHeading.get(self.lang);
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
                let line = DocText::Line.get(self.lang);
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
                let how = if chunk.by_meaning {
                    How::Meaning
                } else if h.label {
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
            let l = DocText::Line.get(self.lang);
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
        let body = lines_text(lines);
        // The contact sections keep their prose in their own text field.
        let own = match section {
            Section::Controller => Some(&mut self.reg.controller.details),
            Section::Contacts => Some(&mut self.reg.contacts_details),
            Section::Dpo => Some(&mut self.reg.dpo_details),
            _ => None,
        };
        if let Some(text) = own {
            push_para(text, self.lang, &body);
            return;
        }
        // The heading as written (its numbering too) stays in the import log.
        if let Some(h) = chunk_heading {
            let l = DocText::Line.get(self.lang);
            let logged = format!("{l} {} \"{}\"", h.no, h.text);
            if !self.log.iter().any(|x| x.starts_with(&logged)) {
                self.log.push(format!("{logged} → extra"));
            }
        }
        let heading = chunk_heading.map_or_else(|| section.heading(self.lang).to_owned(), |h| h.clean.clone());
        self.extra(&heading, &body, lines[0].no, ExtraReason::Leftover { section });
    }

    fn chunk(&mut self, mut chunk: Chunk, next_same_section: bool) {
        let Some(mut target) = chunk.target else {
            // An unknown heading: an extra section under its own heading.
            let Some(h) = chunk.heading.clone() else { return };
            let body = self.body_text(&chunk.parts);
            let l = DocText::Line.get(self.lang);
            self.log.push(format!("{l} {} \"{}\" → extra", h.no, h.text));
            self.extra(&h.clean, &body, h.no, ExtraReason::UnknownHeading);
            return;
        };
        if target == Target::OtherRights {
            const COMPLAINT: [&str; 7] = [
                "valitus",
                "valvontaviranomai",
                "tietosuojavaltuutet",
                "klagomal",
                "tillsynsmyndighet",
                "complaint",
                "supervisory",
            ];
            let about_complaint = |t: &str| {
                let f = fold(t);
                COMPLAINT.iter().any(|s| f.contains(s))
            };
            // "Muut oikeudet": its paragraphs on the complaint go to the complaint, the
            // others (the right to object, say) to the rights. A paragraph is on the complaint
            // when its first sentence is; a complaint sentence later in a rights paragraph
            // ("... Lisäksi rekisteröidyllä on oikeus tehdä valitus ...") is read with the
            // rights, which give it to a complaint the notice has no section for.
            let first_on_complaint = |l: &[SrcLine]| about_complaint(&crate::import::lines::first_sentence(l));
            let (complaint, rest): (Vec<Part>, Vec<Part>) =
                chunk.parts.iter().cloned().partition(|p| matches!(p, Part::Para(l) if first_on_complaint(l)));
            if !complaint.is_empty() && rest.iter().any(|p| matches!(p, Part::Para(_))) {
                let line =
                    complaint.iter().find_map(|p| if let Part::Para(l) = p { l.first().map(|l| l.no) } else { None });
                let moved = Chunk {
                    heading: None,
                    target: Some(Target::Complaint),
                    parts: complaint,
                    content_line: line.unwrap_or(0),
                    moved_from: chunk.heading.as_ref().map(|h| h.text.clone()),
                    by_meaning: true,
                };
                chunk.parts = rest;
                chunk.target = Some(Target::Rights);
                self.chunk(chunk, next_same_section);
                self.chunk(moved, false);
                return;
            } else {
                target = if complaint.is_empty() { Target::Rights } else { Target::Complaint };
            }
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
        // A name set as a heading of its own (bold, or a PDF's larger type) is the name.
        let name_as_heading = target == Target::Name && !chunk.parts.is_empty();
        if !name_as_heading && !chunk.parts.iter().any(|p| matches!(p, Part::Para(_))) {
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
        // Text the lexicon placed by its meaning fills its section's text, never a yes
        // answer: a guess about where a paragraph belongs is no reading of what it answers.
        // A plain no stays ("will not be disclosed to third parties"): its sentence names
        // the element itself, wherever it stood.
        let guessed = chunk.by_meaning;
        let answers = self.answers().map(|a| *a);
        let notes = self.report.notes.len();
        self.fill_target(target, heading.as_ref(), &parts);
        let said_yes =
            self.answers().into_iter().zip(answers).any(|(now, before)| *now != before && *now != Answer::No);
        if guessed && said_yes {
            self.answers().into_iter().zip(answers).for_each(|(now, before)| *now = before);
            let mut k = notes;
            while k < self.report.notes.len() {
                if matches!(self.report.notes[k], Note::Answer { .. }) {
                    self.report.notes.remove(k);
                } else {
                    k += 1;
                }
            }
        }
    }

    /// The register's yes/no answers, in a fixed order: read them with `*`, or restore them.
    fn answers(&mut self) -> [&mut Answer; 9] {
        let r = &mut self.reg;
        [
            &mut r.transfers.answer,
            &mut r.automated.answer,
            &mut r.recipients.disclosures,
            &mut r.processors.used,
            &mut r.data.special,
            &mut r.data.criminal,
            &mut r.data.personal_id_code,
            &mut r.sources.from_subject,
            &mut r.sources.from_elsewhere,
        ]
    }

    fn fill_target(&mut self, target: Target, heading: Option<&Heading>, parts: &[Part]) {
        let heading = heading.cloned();
        let parts = parts.to_vec();
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
            Target::Rights | Target::OtherRights => self.rights(heading.as_ref(), &parts),
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

    /// Legal bases, controller kind, languages, the import log and what is missing.
    fn finish(mut self) -> Register {
        self.assign_bases();
        self.reg.controller.kind = controller_kind(&self.reg);
        self.reg.languages = vec![self.lang];
        let head = DocText::ImportedText.get(self.lang);
        let mut notes = vec![format!("{head} {} ({}).", self.report.source, self.report.encoding.name())];
        notes.append(&mut self.log);
        self.reg.notes = notes.join("\n");
        self.report.missing = missing(&self.reg);
        self.report.sections.sort_by_key(|s| s.line);
        self.report.notes.sort_by_key(Note::line);
        self.reg
    }
}

/// Paragraph text split into sentences, each with the line it starts on.
fn line_sentences(parts: &[Part]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for part in parts {
        let Part::Para(lines) = part else { continue };
        out.extend(flat_sentences(lines));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::data::comma_list;
    use super::disclosures::inline_enumeration;
    use super::purposes::read_bases;
    use super::security::system;
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
    fn a_list_of_all_bases_each_cited_and_explained_is_stated_not_a_template() {
        let l = |no: usize, t: &str| SrcLine { no, text: t.to_owned() };
        for para in [
            vec![
                l(1, "- Avtal (art. 6.1 b). Konto och inloggning."),
                l(2, "- Rättslig förpliktelse (art. 6.1 c). Bokföring av köp."),
                l(3, "- Berättigat intresse (art. 6.1 f). Säkerhetsloggar."),
                l(4, "- Samtycke (art. 6.1 a). Analys utöver det nödvändiga."),
            ],
            vec![
                l(1, "- Sopimus (6 artiklan 1 kohdan b alakohta). Jäsenyyden hoitaminen."),
                l(2, "- Lakisääteinen velvoite (6 artiklan 1 kohdan c alakohta). Kirjanpito."),
                l(3, "- Oikeutettu etu (6 artiklan 1 kohdan f alakohta). Tietoturvalokit."),
                l(4, "- Suostumus (6 artiklan 1 kohdan a alakohta). Uutiskirje."),
            ],
            vec![
                l(1, "- Contract (Art. 6(1)(b)). Your account."),
                l(2, "- Legal obligation (Art. 6(1)(c)). Bookkeeping."),
                l(3, "- Legitimate interests (Art. 6(1)(f)). Security logs."),
                l(4, "- Consent (Art. 6(1)(a)). Optional analytics."),
            ],
        ] {
            let mut notes = Vec::new();
            let (listed, _) = read_bases(std::slice::from_ref(&para), &mut notes);
            assert_eq!(listed.len(), 4, "{para:?}: {notes:?}");
            assert!(!notes.iter().any(|n| matches!(n, Note::UnmarkedBases { .. })), "{para:?}");
        }
        // The options of a template, even with their points, stay no basis.
        let para = vec![
            l(1, "- suostumus (6.1 a)"),
            l(2, "- sopimus (6.1 b)"),
            l(3, "- lakisääteinen velvoite (6.1 c)"),
            l(4, "- oikeutettu etu (6.1 f)"),
        ];
        let (listed, _) = read_bases(&[para], &mut Vec::new());
        assert!(listed.is_empty());
    }

    #[test]
    fn the_old_templates_other_rights_heading_gives_its_text_to_the_element_it_is_about() {
        // A rights paragraph that ends on the complaint: the rights, and a copy of the
        // complaint sentence for the complaint.
        let text = "# Rekisteriseloste\n\n## Muut henkilötietojen käsittelyyn liittyvät oikeudet\n\n\
                    Rekisteröidyllä on oikeus kieltää tietojensa käsittely suoramarkkinointiin. \
                    Lisäksi rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        let rights = format!("{:?}", reg.rights);
        assert!(rights.contains("\"Rekisteröidyllä on oikeus kieltää tietojensa käsittely"), "{rights}");
        assert_eq!(reg.complaint.text.fi, "Lisäksi rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle.");
        // Under the same heading, a retention statement and nothing else: the retention.
        let text = "# Rekisteriseloste\n\n## Muut henkilötietojen käsittelyyn liittyvät oikeudet\n\n\
                    Jäsentiedot hävitetään sen jälkeen, kun ne eivät enää ole yhdistyksen toiminnan kannalta tarpeellisia.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        assert!(reg.retention.criteria.fi.starts_with("Jäsentiedot hävitetään"), "{:?}", reg.retention);
        assert!(reg.rights.how_to.fi.is_empty(), "{:?}", reg.rights);
    }

    #[test]
    fn a_lead_in_over_a_list_of_data_is_no_category_and_no_purpose() {
        for (text, lead) in [
            (
                "# Privacy notice\n\n## What data we collect\n\nThe personal data we collect from staff who create an account includes:\n\n- your name\n- the IP address you use to sign in\n",
                "The personal data we collect from staff who create an account includes:",
            ),
            (
                "# Privacy notice\n\n## Data we collect\n\nWe collect and use the following special category data:\n\n- gender\n- nationality\n",
                "We collect and use the following special category data:",
            ),
            (
                "# Tietosuojaseloste\n\n## Rekisterin tietosisältö\n\nRekisteriin tallennetaan seuraavat tiedot.\n\n- Etu- ja sukunimi\n- Sähköpostiosoite\n",
                "Rekisteriin tallennetaan seuraavat tiedot.",
            ),
        ] {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            assert!(reg.purposes.is_empty(), "{text}: {:?}", reg.purposes);
            assert_eq!(reg.data.categories.len(), 2, "{text}: {:?}", reg.data.categories);
            let lang = reg.languages[0];
            let kept = format!("{}\n{}", reg.data.description.get(lang), reg.data.special_text.get(lang));
            assert!(kept.contains(lead), "{text}: {:?}", reg.data);
        }
    }

    #[test]
    fn a_list_of_purposes_is_read_by_all_its_items_not_its_first() {
        // "get in touch" in one item does not make the list a contact.
        let text = "# Privacy notice\n\n## What we do with your data\n\n- enable you to access the service\n\
                    - send important updates about the service\n- get in touch with you about any queries you raise\n\
                    - ask if you would like to take part in user research\n\n## Who we are\n\nExample Agency\n";
        let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
        assert_eq!(reg.purposes.len(), 4, "{:?}", reg.purposes);
        assert!(reg.contacts_details.en.is_empty(), "{:?}", reg.contacts_details);
    }

    #[test]
    fn the_templates_disclosures_and_transfers_section_fills_both() {
        let text = "# Rekisteriseloste\n\n## 7. Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle\n\n\
                    Tietoja ei luovuteta kolmansille osapuolille. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        assert!(reg.recipients.description.fi.starts_with("Tietoja ei luovuteta"), "{:?}", reg.recipients);
        assert_eq!(reg.recipients.disclosures, Answer::No);
        assert_eq!(reg.transfers.answer, Answer::No);
    }

    #[test]
    fn moving_the_data_to_a_third_party_is_a_disclosure_and_abroad_a_transfer() {
        for (text, disclosures, transfers) in [
            (
                "Uppgifterna överförs inte till tredje part annat än för att sköta föreningens medlemsregister.",
                Answer::Yes,
                Answer::Unanswered,
            ),
            ("Tietoja ei siirretä kolmansille osapuolille.", Answer::No, Answer::Unanswered),
            ("Your data are not transferred to third parties outside the EU.", Answer::Unanswered, Answer::No),
            // Recipients named as such.
            ("Järjestelmien toimittajat ovat henkilötietojen vastaanottajia.", Answer::Yes, Answer::Unanswered),
            ("Recipients of the data include the national federation.", Answer::Yes, Answer::Unanswered),
            ("Henkilötietojen vastaanottajia ei ole.", Answer::No, Answer::Unanswered),
            ("Om mottagare är utomstående informeras du.", Answer::Unanswered, Answer::Unanswered),
        ] {
            let notice = format!("# Seloste\n\n## Tietojen luovutukset\n\n{text}\n");
            let reg = crate::import::import_str(&notice, "seloste.md").expect("imports").register;
            assert_eq!((reg.recipients.disclosures, reg.transfers.answer), (disclosures, transfers), "{text}");
        }
    }

    #[test]
    fn sharing_said_with_dela_or_jakaa_is_a_disclosure_and_a_no_about_advertisers_no_general_no() {
        for (heading, text, disclosures) in [
            ("Mottagare", "Vi delar inte med oss av dina uppgifter till någon.", Answer::No),
            (
                "Mottagare",
                "Vi delar med oss av dina uppgifter till förbundet när du anmäler dig till en tävling.",
                Answer::Yes,
            ),
            ("Mottagare", "Dina uppgifter delas inte med tredje part.", Answer::No),
            ("Tietojen luovutukset", "Emme jaa tietojasi kenellekään.", Answer::No),
            ("Tietojen luovutukset", "Tietoja jaetaan liitolle kilpailuihin ilmoittauduttaessa.", Answer::Yes),
            // A no about one kind of recipient says nothing about the others.
            (
                "Who we share your data with",
                "We do not sell your data. We do not share your data with advertisers.",
                Answer::Unanswered,
            ),
            ("Mottagare", "Vi delar inte dina uppgifter med annonsörer.", Answer::Unanswered),
            ("Tietojen luovutukset", "Tietoja ei luovuteta mainostajille.", Answer::Unanswered),
            // "delarna" (the parts) is no sharing.
            ("Mottagare", "De delar av tjänsten som du använder listas i appen.", Answer::Unanswered),
        ] {
            let notice = format!("# Seloste\n\n## {heading}\n\n{text}\n");
            let reg = crate::import::import_str(&notice, "seloste.md").expect("imports").register;
            assert_eq!(reg.recipients.disclosures, disclosures, "{text}");
        }
    }

    #[test]
    fn a_table_after_a_lead_in_goes_with_it_whatever_its_columns_say() {
        for (text, provider) in [
            (
                "# Privacy notice\n\n## Who we share your data with\n\nWe share data only with the service providers needed to run the club, and only the minimum needed for their function:\n\n\
                 | Provider | What they receive | Purpose |\n|---|---|---|\n| Mailfast | Your email address | To send newsletters and to improve our service |\n\
                 | Hostly | All member data | To provide the booking service and to improve it |\n\nWe do not sell your data.\n",
                "Mailfast",
            ),
            (
                "# Tietosuojaseloste\n\n## Kenelle tietoja jaetaan\n\nKäytämme vain palvelun toiminnan edellyttämiä palveluntarjoajia, jotka käsittelevät tietoja puolestamme:\n\n\
                 | Palveluntarjoaja | Mitä se saa | Mihin |\n|---|---|---|\n| Postitin Oy | Sähköpostiosoite | Uutiskirjeen lähettäminen ja palvelun kehittäminen |\n\
                 | Palvelintalo Oy | Jäsentiedot | Palvelun tarjoaminen ja markkinointi |\n\nEmme myy tietojasi.\n",
                "Postitin Oy",
            ),
            (
                "# Integritetspolicy\n\n## Vem uppgifterna delas med\n\nVi använder bara de leverantörer som tjänsten kräver, och de behandlar uppgifterna för vår räkning:\n\n\
                 | Leverantör | Uppgifter | Ändamål |\n|---|---|---|\n| Utskick AB | E-postadress | För att skicka nyhetsbrev och förbättra tjänsten |\n\
                 | Serverhallen AB | Medlemsuppgifter | För att tillhandahålla tjänsten och för marknadsföring |\n\nVi säljer aldrig dina uppgifter.\n",
                "Utskick AB",
            ),
        ] {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            assert!(reg.purposes.is_empty(), "{text}: {:?}", reg.purposes);
            let lang = reg.languages[0];
            let kept = format!("{}\n{}", reg.processors.description.get(lang), reg.recipients.description.get(lang));
            assert!(kept.contains(provider), "{text}: {kept}");
        }
    }

    #[test]
    fn a_service_the_data_pass_through_or_a_sub_processor_is_a_processor() {
        for text in [
            "# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nFöreningen X.\n\n## Formspark\n\n\
             Kontaktformuläret skickas via den externa tjänsten Formspark. Formspark tar emot formulärinskick.\n",
            "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nYhdistys X ry.\n\n## Formspark\n\n\
             Yhteydenottolomake lähetetään ulkoisen palvelun Formspark kautta. Formspark vastaanottaa lomakkeet.\n",
            "# Privacy notice\n\n## Controller\n\nClub X.\n\n## Formspark\n\n\
             The contact form is sent through an external service, Formspark. Formspark receives the form entries.\n",
            "# Privacy notice\n\n## Controller\n\nClub X.\n\n## Our partners\n\n\
             Our sub-processors host the member database in Frankfurt.\n",
        ] {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            let lang = reg.languages[0];
            assert!(!reg.processors.description.get(lang).is_empty(), "{text}: {:?}", reg.processors);
            assert!(reg.extra.is_empty(), "{text}: {:?}", reg.extra);
        }
    }

    #[test]
    fn based_on_alone_is_no_legal_basis_but_processing_based_on_is() {
        let text = "# Privacy notice\n\n## Book tips\n\nThe tips are generated by a model based on the books you have read and your reading history.\n";
        let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
        assert!(reg.legal_basis_text.en.is_empty(), "{:?}", reg.legal_basis_text);
        let text = "# Privacy notice\n\n## Book tips\n\nThe processing of your personal data is based on the contract you accept when you sign up.\n";
        let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
        assert!(reg.legal_basis_text.en.contains("based on the contract"), "{:?}", reg.legal_basis_text);
    }

    #[test]
    fn a_list_under_a_basis_lead_in_is_the_legal_basis_not_purposes() {
        for (file, text, bases) in [
            (
                "s.md",
                "# Seloste\n\n## Oikeusperuste ja käsittelyn tarkoitus\n\nKäsittelyn oikeusperuste on\n\n- jäsenen suostumus\n- jäsenyyssopimus\n\n\
                 Tietoja käsitellään jäsenasioiden hoitamiseksi.\n",
                vec![LegalBasis::Consent, LegalBasis::Contract],
            ),
            (
                "s.html",
                "<html><body><h2>Rättslig grund och ändamål</h2><p>Den rättsliga grunden för behandlingen är</p>\
                 <p>- ditt samtycke</p><p>- avtal med dig</p><p>Uppgifterna behandlas för att sköta medlemskapet.</p></body></html>",
                vec![LegalBasis::Consent, LegalBasis::Contract],
            ),
            // A template's options, none marked, one of them the law alone: no basis is read.
            (
                "s.html",
                "<html><body><h2>Legal basis and purpose</h2><p>The legal basis for processing is</p>\
                 <p>- consent</p><p>- contract</p><p>- law</p><p>- legitimate interest</p><p>The data are used to run the club.</p></body></html>",
                vec![],
            ),
        ] {
            let reg = crate::import::import_str(text, file).expect("imports").register;
            assert_eq!(reg.purposes.len(), 1, "{text}: {:?}", reg.purposes);
            let lang = reg.languages[0];
            let basis = reg.legal_basis_text.get(lang);
            assert!(basis.contains("- ") && basis.lines().count() >= 3, "{text}: {basis}");
            assert_eq!(reg.purposes[0].legal_bases, bases, "{text}");
        }
    }

    #[test]
    fn a_publication_on_a_condition_answers_nothing() {
        for (text, disclosures) in [
            (
                "Tietoja ei luovuteta säännönmukaisesti. Tietoja voidaan julkaista siltä osin kuin niin on sovittu asiakkaan kanssa.",
                Answer::Unanswered,
            ),
            (
                "Uppgifterna lämnas inte ut regelbundet. Bilder kan publiceras på webbplatsen i den mån du har samtyckt till det.",
                Answer::Unanswered,
            ),
            ("Your photo may be published on the club website if you agree to it.", Answer::Unanswered),
            // Published with no condition: a disclosure to anyone who reads it.
            ("Kilpailutulokset julkaistaan seuran verkkosivuilla.", Answer::Yes),
        ] {
            let notice = format!("# Seloste\n\n## Tietojen luovutukset\n\n{text}\n");
            let reg = crate::import::import_str(&notice, "seloste.md").expect("imports").register;
            assert_eq!(reg.recipients.disclosures, disclosures, "{text}");
        }
    }

    #[test]
    fn a_lead_in_to_sub_processors_under_the_recipients_takes_its_list_to_the_processors() {
        for (text, processor) in [
            (
                "# Integritetspolicy\n\n## Vem uppgifterna delas med\n\nUppgifterna säljs aldrig. De behandlas av följande underbiträden, i den mån tjänsten kräver det:\n\n\
                 - Postverket AB (utskick)\n- Serverhallen AB (drift)\n\nÖverföringar utanför EU/EES sker inte.\n",
                "Postverket AB",
            ),
            (
                "# Tietosuojaseloste\n\n## Kenelle tietoja jaetaan\n\nEmme myy tietoja. Tietoja käsittelevät puolestamme seuraavat alikäsittelijät:\n\n\
                 - Postitin Oy (postitus)\n- Palvelintalo Oy (ylläpito)\n\nTietoja ei siirretä EU:n ulkopuolelle.\n",
                "Postitin Oy",
            ),
            (
                "# Privacy notice\n\n## Who we share your data with\n\nWe never sell your data. The following sub-processors handle it for us, as far as the service needs:\n\n\
                 - Mailfast Ltd (email)\n- Hostly Ltd (hosting)\n\nWe do not transfer your data outside the EEA.\n",
                "Mailfast Ltd",
            ),
        ] {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            assert!(reg.recipients.list.is_empty(), "{text}: {:?}", reg.recipients);
            assert_eq!(reg.recipients.disclosures, Answer::Unanswered, "{text}");
            assert!(reg.processors.list.iter().any(|p| p.name.contains(processor)), "{text}: {:?}", reg.processors);
        }
    }

    #[test]
    fn a_heading_asking_who_the_data_are_shared_with_heads_the_recipients() {
        for heading in ["Vem uppgifterna delas med", "Kenelle tietoja jaetaan?", "Who we share your data with"] {
            let notice = format!("# Seloste\n\n## {heading}\n\nStripe (betalning), Turso (databasdrift).\n");
            let reg = crate::import::import_str(&notice, "seloste.md").expect("imports").register;
            assert!(reg.subjects.is_empty(), "{heading}: {:?}", reg.subjects);
            let lang = reg.languages[0];
            assert!(reg.recipients.description.get(lang).contains("Stripe"), "{heading}: {:?}", reg.recipients);
        }
    }

    #[test]
    fn a_labelled_list_of_data_is_a_category_and_a_lead_in_is_not() {
        let text = "# Asiakasrekisteri\n\n## Rekisterin tietosisältö\n\n\
                    Yritysasiakkaista: y-tunnus, osoite ja yhteyshenkilön nimi.\n\n\
                    Kaikista asiakkaista: tilatut palvelut ja laskutustiedot.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        let names: Vec<(&str, &str)> =
            reg.data.categories.iter().map(|c| (c.name.fi.as_str(), c.description.fi.as_str())).collect();
        assert_eq!(
            names,
            vec![
                ("Yritysasiakkaista", "y-tunnus, osoite ja yhteyshenkilön nimi."),
                ("Kaikista asiakkaista", "tilatut palvelut ja laskutustiedot.")
            ]
        );
        // A lead-in ending in a verb names no category; a list with an aside stays as written.
        for text in [
            "Tallennettavia tietoja ovat: nimi, osoite ja puhelinnumero.",
            "Jäsenistä: nimi ja osoite (henkilötunnusta ei tallenneta).",
        ] {
            let notice = format!("# Jäsenrekisteri\n\n## Rekisterin tietosisältö\n\n{text}\n");
            let reg = crate::import::import_str(&notice, "seloste.md").expect("imports").register;
            assert!(
                reg.data.categories.iter().all(|c| c.name.fi.is_empty() || !text.starts_with(&c.name.fi)),
                "{text}: {:?}",
                reg.data
            );
            assert!(reg.data.description.fi.contains(':'), "{text}: {:?}", reg.data);
        }
    }

    #[test]
    fn a_transfer_told_without_a_country_is_listed_for_the_dpo_to_complete() {
        let text = "# Jäsenrekisteri\n\n## Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\n\
                    Jäsenrekisteri on pilvipalvelussa, jolloin tiedot voivat sijaita EU:n tai ETA:n ulkopuolella. \
                    Muuten tietoja ei siirretä.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        assert_eq!(reg.transfers.answer, Answer::Yes);
        assert_eq!(reg.transfers.list.len(), 1, "{:?}", reg.transfers);
        assert!(reg.transfers.list[0].details.fi.contains("voivat sijaita"), "{:?}", reg.transfers);
        assert!(reg.transfers.list[0].country.is_empty() && reg.transfers.list[0].safeguard.is_none());
    }

    #[test]
    fn prose_after_a_list_stays_when_the_paragraph_before_it_moves() {
        let text = "# Jäsenrekisteri\n\n## Tietojen luovutukset\n\nJäsenille lähetetään jäsenkirje.\n\n\
                    Yhdistys käyttää jäsenrekisterin hoidossa Esimerkki Oy:n pilvipalvelua.\n\
                    *\tEsimerkki Oy:n tietosuojaseloste\n\
                    Muuten tietoja ei luovuteta yhdistyksen ulkopuolelle paitsi viranomaisen pyynnöstä.\n";
        let reg = crate::import::import_str(text, "seloste.md").expect("imports").register;
        assert!(reg.processors.description.fi.contains("pilvipalvelua"), "{:?}", reg.processors);
        assert!(reg.recipients.description.fi.contains("paitsi viranomaisen"), "{:?}", reg.recipients);
        assert_eq!(reg.recipients.disclosures, Answer::Yes);
    }

    #[test]
    fn a_rights_heading_that_names_a_right_lists_it() {
        for (heading, right) in [
            ("Tarkastusoikeus", Some(Right::Access)),
            ("How to make a subject access request", Some(Right::Access)),
            ("Rätt till rättelse", Some(Right::Rectification)),
            ("Rekisteröidyn oikeudet", None),
        ] {
            let text =
                format!("# Seloste\n\n## {heading}\n\nPyyntö lähetetään kirjallisesti yhdistyksen sihteerille.\n");
            let reg = crate::import::import_str(&text, "seloste.md").expect("imports").register;
            let listed: Vec<Right> = reg.rights.listed.iter().map(|e| e.right).collect();
            assert_eq!(listed, right.into_iter().collect::<Vec<_>>(), "{heading}");
            assert!(format!("{:?}", reg.rights.how_to).contains("Pyyntö lähetetään"), "{heading}: {:?}", reg.rights);
        }
    }

    #[test]
    fn a_plain_no_placed_by_meaning_is_read_and_a_yes_is_not() {
        // Under a general heading, moved to the recipients by its meaning.
        let no = "# Privacy\n\n## Data protection\n\nWe collect your e-mail address and your name when you log in.\n\n\
                  Your data will not be disclosed to third parties or used for other purposes.\n";
        let reg = crate::import::import_str(no, "notice.md").expect("imports").register;
        assert!(reg.recipients.description.en.contains("will not be disclosed"), "{:?}", reg.recipients);
        assert_eq!(reg.recipients.disclosures, Answer::No);
        let yes = "# Privacy\n\n## Data protection\n\nWe collect your e-mail address and your name when you log in.\n\n\
                   Your data may be disclosed to our partner clubs and to the national federation.\n";
        let reg = crate::import::import_str(yes, "notice.md").expect("imports").register;
        assert!(reg.recipients.description.en.contains("may be disclosed"), "{:?}", reg.recipients);
        assert_eq!(reg.recipients.disclosures, Answer::Unanswered);
    }

    #[test]
    fn choosing_not_to_provide_the_data_makes_it_voluntary() {
        let text = "# Privacy policy\n\n## Your rights\n\n\
                    - Opt-out: You may choose not to provide your phone number, but this may limit your ability to book.\n\
                    - Access: You have the right to access and correct your personal information.\n";
        let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
        assert_eq!(reg.provision.requirement, Requirement::Voluntary, "{:?}", reg.provision);
        assert!(reg.provision.consequences.en.contains("may limit your ability"), "{:?}", reg.provision);
        assert_eq!(requirement_in(&fold("Voit jättää puhelinnumeron antamatta.")), Some(Requirement::Voluntary));
    }

    #[test]
    fn a_basis_paragraph_that_opens_with_the_purpose_is_a_purpose_with_its_basis() {
        let text = "# Dataskyddsbeskrivning\n\n## Vad använder vi dina uppgifter till?\n\n\
                    Vi hanterar dina uppgifter för att administrera kampanjen. \
                    Vi behandlar dina uppgifter också för att uppfylla berättigade intressen i anslutning till kampanjen.\n";
        let reg = crate::import::import_str(text, "beskrivning.md").expect("imports").register;
        assert_eq!(reg.purposes.len(), 1, "{:?}", reg.purposes);
        assert!(reg.purposes[0].description.sv.starts_with("Vi hanterar dina uppgifter"), "{:?}", reg.purposes);
        assert_eq!(reg.purposes[0].legal_bases, vec![LegalBasis::LegitimateInterests]);
    }

    #[test]
    fn a_name_set_as_a_heading_of_its_own_is_the_name() {
        let text = "# TIETOSUOJASELOSTE\n\n## 1. Rekisterin nimi\n\n### Esimerkkirekisteri\n\n## 2. Rekisterinpitäjä\n\nEsimerkki Oy\n\n## 3. Henkilötietojen käsittelyn tarkoitus\n\nTietoja käytetään asiakassuhteen hoitamiseen.\n";
        let imported = crate::import::import_str(text, "esimerkki.md").expect("imports");
        assert_eq!(imported.register.name.fi, "Esimerkkirekisteri");
    }

    #[test]
    fn rights_by_their_wordings() {
        for text in [
            "Voit poistaa palvelulta oikeuden käyttää tietojasi milloin tahansa Helsinki-profiilissa.",
            "You can remove the right for the service to use your data at any time.",
            "Du kan när som helst ta bort rätten för tjänsten att använda dina uppgifter.",
        ] {
            assert_eq!(rights_in(text), vec![Right::WithdrawConsent], "{text}");
        }
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
    fn statements_of_held_out_notices() {
        // The negation must be in the clause of the automated decision or the profiling,
        // and an automatic act that is no decision answers nothing; a statement about one
        // set of data ("Dessa uppgifter", "These data") is not about the processing.
        for (sentence, answer) in [
            ("Lempinimesi (automaattista tunnistusta varten) ei koskaan poistu laitteeltasi.", None),
            ("Ditt användarnamn (för automatisk sortering av dina listor) lämnar aldrig enheten.", None),
            ("Your nickname (for automatic matching of your entries) never leaves your device.", None),
            ("Dessa loggar används enbart för felsökning och används inte för profilering.", None),
            ("These logs are only used for debugging and are not used for profiling.", None),
            ("Näitä tietoja ei käytetä profilointiin.", None),
            ("Emme käytä näitä alustojen lokeja käyttäjien tunnistamiseen tai profilointiin.", None),
            ("Vi använder inte dessa loggar för profilering.", None),
            ("We do not use these server logs for profiling.", None),
            ("Automaattista päätöksentekoa, profilointi mukaan lukien, ei tehdä.", Some(Answer::No)),
            ("Vi använder inte automatiserat beslutsfattande.", Some(Answer::No)),
            ("We do not carry out profiling.", Some(Answer::No)),
            ("Palvelussa käytetään automaattisia päätöksiä hakemusten käsittelyssä.", Some(Answer::Yes)),
        ] {
            assert_eq!(automated_statement(sentence), answer, "{sentence}");
        }
        // A no lifted by a safeguard ("not ... without appropriate safeguards") says when
        // transfers happen, not that they do not.
        for sentence in [
            "Tietoja ei siirretä EU/ETA-alueen ulkopuolelle ilman asianmukaisia suojatoimia (esim. vakiosopimuslausekkeet).",
            "Uppgifterna överförs inte utanför EU/EES utan lämpliga skyddsåtgärder.",
            "Data are not transferred outside the EEA without appropriate safeguards such as SCCs.",
        ] {
            assert_eq!(transfer_statement(sentence), None, "{sentence}");
        }
        assert_eq!(
            transfer_statement("Uppgifterna överförs inte utanför EU/EES utan lagras i Sverige."),
            Some(Answer::No)
        );
        // Sharing with a third country ("dela ... med tredje land") is a transfer; "if" only
        // says when.
        assert_eq!(
            transfer_polarity("Om vi någon gång måste dela dina uppgifter med tredje land informeras du."),
            Some(Polarity::Conditional)
        );
        // The data subject using a service of their choosing is no processor.
        for sentence in [
            "Kontrollera leverantörens villkor innan du använder tjänsten.",
            "Check the service provider's terms before you use it.",
        ] {
            assert_eq!(processor_statement(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn statements() {
        assert_eq!(
            automated_statement("Automaattista päätöksentekoa tai profilointia ei suoriteta."),
            Some(Answer::No)
        );
        assert_eq!(transfer_statement("Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."), Some(Answer::No));
        assert_eq!(transfer_statement("Tietoja ei luovuteta ko. alueiden ulkopuolelle."), Some(Answer::No));
        assert_eq!(transfer_statement("Tietoja ei siirretä alueen ulkopuolelle."), None);
        // As a rule not: so sometimes. Alone it answers neither way; it does not contradict
        // a yes beside it.
        let hedged = "Yhdistys ei pääsääntöisesti siirrä tietoja EU:n ulkopuolelle.";
        assert_eq!(transfer_polarity(hedged), Some(Polarity::Conditional));
        assert_eq!(polarity("Tietoja ei yleensä luovuteta kolmansille.", &["luovut"]), Some(Polarity::Conditional));
        assert_eq!(
            polarity("Tietoja luovutetaan tilitoimistolle, mutta muille niitä ei yleensä luovuteta.", &["luovut"]),
            Some(Polarity::Restricted)
        );
        assert_eq!(
            polarity("Tietoja ei yleensä luovuteta, eikä niitä luovuteta markkinointiin.", &["luovut"]),
            Some(Polarity::Mixed)
        );
        // A principle quoted in the notice says when transfers may happen, not that they do.
        assert_eq!(
            transfer_statement(
                "Personal Data shall not be transferred outside the European Economic Area unless that country ensures an adequate level of protection."
            ),
            None
        );
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
        // A sentence that names rights in passing still says there are no automated decisions;
        // one that names the right does not.
        for (sentence, answer) in [
            (
                "Käsittelyyn ei liity automaattista päätöksentekoa, jolla vaikutettaisiin rekisteröityjen oikeuksiin.",
                Some(Answer::No),
            ),
            (
                "Behandlingen innefattar inte automatiskt beslutsfattande som påverkar de registrerades rättigheter.",
                Some(Answer::No),
            ),
            ("Rekisteröidyllä on oikeus olla joutumatta automaattisen päätöksenteon kohteeksi.", None),
            (
                "Jos katsot, että sinua koskevia päätöksiä tehdään automaattisesti, sinulla on oikeus vastustaa automaattista päätöksentekoa.",
                None,
            ),
            ("You have the right not to be subject to automated decisions.", None),
        ] {
            assert_eq!(automated_statement(sentence), answer, "{sentence}");
        }
        assert_eq!(
            safeguard_in("Siirroissa käytetään Euroopan komission vakiolausekkeita."),
            Some(crate::model::Safeguard::StandardContractualClauses)
        );
        // Where the data are processed or kept counts only outside the EU/EEA.
        for (sentence, answer) in [
            (
                "Pilvipalveluun tallennettuja tietoja voidaan käsitellä myös EU- tai ETA-alueen ulkopuolella.",
                Some(Answer::Yes),
            ),
            ("Tjänsten tillhandahålls av ett företag vars servrar befinner sig i USA.", Some(Answer::Yes)),
            ("Personuppgifter lämnas inte till tredjeländer eller internationella organisationer.", Some(Answer::No)),
            ("Tietoja käsitellään vain EU:n alueella sijaitsevilla palvelimilla.", None),
            ("Data are stored on servers in the EU.", None),
        ] {
            assert_eq!(transfer_statement(sentence), answer, "{sentence}");
        }
        // The services a controller uses, in each language; a definition and a service that
        // only hosts the data say nothing of processors.
        for (sentence, answer) in [
            ("Käytämme jäsenrekisterin hoitoon Esimerkki Oy:n pilvipalvelua.", Some(Answer::Yes)),
            ("Yhdistys käyttää tietojen käsittelyssä ulkopuolisten toimittajien palveluita.", Some(Answer::Yes)),
            ("Vi använder oss av leverantören Exempel AB för utskick.", Some(Answer::Yes)),
            ("We engage trusted service providers to host the website.", Some(Answer::Yes)),
            (
                "Service providers: We may engage trusted service providers who assist us in operating the website.",
                Some(Answer::Yes),
            ),
            ("Rekisteritietoja voidaan käyttää palveluiden tuottamiseen ja kehittämiseen.", None),
            (
                "Service Providers: We may engage trusted third-party service providers who assist us in operating the Application or provide services on our behalf.",
                Some(Answer::Yes),
            ),
            ("We do not use service providers for this processing.", Some(Answer::No)),
            ("A data processor is an organisation that processes data on our behalf.", None),
            ("Palvelu sijaitsee kaupungin omassa pilvipalvelussa.", None),
            // Sharing with service providers; not sharing with them for one end says nothing.
            ("We may share your personal information with third party service providers.", Some(Answer::Yes)),
            ("Jaamme tietoja palveluntarjoajille, jotka ylläpitävät verkkokauppaa.", Some(Answer::Yes)),
            ("We do not share your data with service providers for their marketing.", None),
            // A processing agreement (Art. 28(3)) made with someone; none made says nothing.
            ("Henkilötietojen käsittelysopimukset laaditaan seuraavien kumppanien kanssa:", Some(Answer::Yes)),
            ("Föreningen har tecknat biträdesavtal med sin it-leverantör.", Some(Answer::Yes)),
            ("We have a data processing agreement with the mailing service.", Some(Answer::Yes)),
            ("Käsittelysopimusta ei ole tehty.", None),
        ] {
            assert_eq!(processor_statement(sentence), answer, "{sentence}");
        }
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

    #[test]
    fn an_activity_that_ends_on_its_basis_is_a_purpose_with_that_basis() {
        // A section under an activity's own heading: a list of what is done, then a
        // paragraph whose last sentence names the basis. The section is a purpose titled by
        // its heading; only the basis sentence is the legal basis.
        let cases = [
            (
                "# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkkiseura ry\n\n\
                 ## Miksi tarvitsemme tietojasi\n\nTarvitsemme tietoja jäsenyyden hoitamiseen. \
                 Käsittelyn oikeusperuste on jäsensopimus.\n\n## Kilpailut ja leirit\n\n\
                 - ilmoittautumislomakkeiden ja maksujen käsittely\n\n- kilpailutulosten julkaiseminen\n\n\
                 Keräämme joskus tietoja myös muilta kuin jäseniltä leirin ajaksi. Tiedot hävitetään kuukauden kuluttua. \
                 Käsittelyn oikeusperuste on suostumus.\n",
                "Kilpailut ja leirit",
                "Käsittelyn oikeusperuste on suostumus.",
            ),
            (
                "# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempelklubben rf\n\n\
                 ## Varför vi behöver dina uppgifter\n\nVi behöver uppgifterna för att sköta medlemskapet. \
                 Den rättsliga grunden är avtalet om medlemskap.\n\n## Tävlingar och läger\n\n\
                 - behandling av anmälningsblanketter och avgifter\n\n- publicering av tävlingsresultat\n\n\
                 Ibland samlar vi in uppgifter även om andra än medlemmar under lägret. Uppgifterna raderas efter en månad. \
                 Den rättsliga grunden för behandlingen är samtycke.\n",
                "Tävlingar och läger",
                "Den rättsliga grunden för behandlingen är samtycke.",
            ),
            (
                "# Privacy notice\n\n## Data controller\n\nExample Rowing Club\n\n\
                 ## Why we need your personal data\n\nWe need your data to run your membership. \
                 Our lawful basis is the contract of membership.\n\n## Regattas and camps\n\n\
                 - processing of entry forms and fees\n\n- publishing of regatta results\n\n\
                 Now and then we collect details of non-members who join a camp. These are deleted after a month. \
                 Our lawful basis for processing these details is consent.\n",
                "Regattas and camps",
                "Our lawful basis for processing these details is consent.",
            ),
        ];
        for (text, heading, basis) in cases {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            let lang = reg.languages.first().copied().unwrap_or(Lang::Fi);
            let purpose = reg.purposes.iter().find(|p| p.description.get(lang).starts_with(heading));
            let Some(purpose) = purpose else { panic!("no purpose titled {heading}: {:?}", reg.purposes) };
            assert!(purpose.description.get(lang).contains("- "), "{heading}: the list is the purpose's: {purpose:?}");
            assert!(purpose.legal_bases.contains(&LegalBasis::Consent), "{purpose:?}");
            assert!(!purpose.description.get(lang).contains(basis), "{purpose:?}");
            assert!(reg.legal_basis_text.get(lang).contains(basis), "{heading}: {:?}", reg.legal_basis_text);
            assert!(!reg.legal_basis_text.get(lang).contains(" - "), "{:?}", reg.legal_basis_text);
        }
    }

    #[test]
    fn bases_listed_on_lines_after_a_lead_in_that_stops_are_read() {
        // "... oikeusperuste on" with the bases on the lines after it, one a line and no
        // bullets: they finish the lead-in's sentence, they are no purposes.
        for (text, first_basis) in [
            (
                "# Tietosuojaseloste\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nJäsentietojen käsittelyn oikeusperuste on\n\n\
                 jäsenen suostumus\n\nyhdistyksen oikeutettu etu.\n\nTarkoitus on jäsenten tiedottaminen ja laskutus.\n",
                "jäsenen suostumus",
            ),
            (
                "# Dataskyddsbeskrivning\n\n## Ändamål och rättslig grund\n\nDen rättsliga grunden för behandlingen är\n\n\
                 medlemmens samtycke\n\nföreningens berättigade intresse.\n\nÄndamålet är att informera medlemmarna och fakturera dem.\n",
                "medlemmens samtycke",
            ),
            (
                "# Privacy notice\n\n## Purposes and legal basis\n\nThe legal basis for processing member data is\n\n\
                 the member's consent\n\nthe club's legitimate interests.\n\nThe purpose is to inform members and to invoice them.\n",
                "the member's consent",
            ),
        ] {
            let reg = crate::import::import_str(text, "notice.md").expect("imports").register;
            let lang = reg.languages.first().copied().unwrap_or(Lang::Fi);
            assert!(reg.legal_basis_text.get(lang).contains(first_basis), "{:?}", reg.legal_basis_text);
            assert!(reg.purposes.iter().all(|p| !p.description.get(lang).contains(first_basis)), "{:?}", reg.purposes);
            let bases: Vec<LegalBasis> = reg.purposes.iter().flat_map(|p| p.legal_bases.iter().copied()).collect();
            assert!(bases.contains(&LegalBasis::Consent), "{first_basis}: {:?}", reg.purposes);
            assert!(bases.contains(&LegalBasis::LegitimateInterests), "{first_basis}: {:?}", reg.purposes);
        }
    }

    #[test]
    fn results_published_anonymised_disclose_no_personal_data() {
        // Publication says yes only when the published data are personal: results published
        // anonymised or aggregated leave the disclosures unanswered; names published say yes.
        for (heading, anonymous, named) in [
            (
                "## Tietojen luovutukset",
                "Tutkimuksen tulokset julkaistaan tieteellisissä lehdissä ja esitellään konferensseissa. \
                 Julkaistavat tulokset ovat anonyymejä, eikä niistä voi tunnistaa ketään.",
                "Kilpailujen tulokset julkaistaan osallistujien nimineen seuran verkkosivuilla.",
            ),
            (
                "## Utlämnande av uppgifter",
                "Studiens resultat publiceras i vetenskapliga tidskrifter och presenteras på konferenser. \
                 Resultaten redovisas i aggregerad form så att ingen kan identifieras.",
                "Tävlingsresultaten publiceras med deltagarnas namn på klubbens webbplats.",
            ),
            (
                "## Sharing your information",
                "The results of the study will be published in journals and presented at conferences. \
                 In both cases the data will be anonymised and no one can be identified.",
                "Race results are published with the runners' names on the club website.",
            ),
        ] {
            let text = format!("# Notice\n\n{heading}\n\n{anonymous}\n");
            let reg = crate::import::import_str(&text, "notice.md").expect("imports").register;
            assert_eq!(reg.recipients.disclosures, Answer::Unanswered, "{anonymous}");
            let text = format!("# Notice\n\n{heading}\n\n{named}\n");
            let reg = crate::import::import_str(&text, "notice.md").expect("imports").register;
            assert_eq!(reg.recipients.disclosures, Answer::Yes, "{named}");
        }
    }

    #[test]
    fn the_reason_the_data_are_needed_is_a_purpose_though_it_says_when_you_register() {
        // Under the purposes heading, a paragraph that says why the data are needed stays a
        // purpose, though it mentions registering (a sources phrase).
        for (heading, need) in [
            (
                "## Miksi tarvitsemme tietojasi",
                "Tarvitsemme tietojasi jäsenyyden hoitamiseen ja niiden palvelujen tarjoamiseen, \
                 joihin ilmoittaudut liittymisen yhteydessä.",
            ),
            (
                "## Varför vi behöver dina uppgifter",
                "Vi behöver dina uppgifter för att sköta ditt medlemskap och ge de tjänster som du \
                 anmäler dig till vid registrering.",
            ),
            (
                "## Why we need your personal data",
                "The reason we need your details is to run your membership and to provide the \
                 services you sign up to when you register with the club.",
            ),
        ] {
            let text = format!("# Notice\n\n{heading}\n\n{need}\n\nThe club also sends a newsletter to members.\n");
            let reg = crate::import::import_str(&text, "notice.md").expect("imports").register;
            let lang = reg.languages.first().copied().unwrap_or(Lang::Fi);
            let first = need.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert!(
                reg.purposes.iter().any(|p| p.description.get(lang).starts_with(&first)),
                "{heading}: {:?} {reg:?}",
                reg.purposes
            );
            assert!(reg.sources.description.get(lang).is_empty(), "{:?}", reg.sources);
        }
    }
}
