//! The name, the controller, contact persons and the DPO: contact blocks into contacts.

use super::{Filler, is_body, text_in};
use crate::import::contact;
use crate::import::headings::Target;
use crate::import::lines::{SrcLine, compact, folded_words, word_count};
use crate::import::report::{FoundSection, How, Note};
use crate::import::structure::{Heading, Part};
use crate::model::*;

impl Filler<'_> {
    pub(super) fn name(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let mut rest: Vec<SrcLine> = Vec::new();
        for part in parts {
            match part {
                Part::Para(lines) if self.reg.name.is_empty() => {
                    let name = lines.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
                    self.reg.name = text_in(self.lang, &name);
                }
                Part::Para(lines) => rest.extend(lines.iter().cloned()),
                // A name set as a heading of its own (bold, or a PDF's larger type).
                Part::Sub(h) if self.reg.name.is_empty() => {
                    self.reg.name = text_in(self.lang, &h.clean);
                    // Its numbering or markup stays in the import log.
                    if h.text.trim() != h.clean {
                        let l = crate::i18n::DocText::Line.get(self.lang);
                        self.log.push(format!("{l} {} \"{}\" → name", h.no, h.text));
                    }
                }
                Part::Sub(h) => rest.push(SrcLine { no: h.no, text: h.text.clone() }),
            }
        }
        self.leftover(heading, Section::Name, &rest);
    }

    /// Takes the lines that name the DPO out of a controller or contact block
    /// ("Tietosuojavastaavana toimii Maija Meikäläinen, ...", "Dataskyddsombud är ...")
    /// and reads them as the DPO when the register has none yet.
    /// Returns the other lines, and the DPO's sentences to be kept as text.
    fn dpo_within(&mut self, heading: Option<&Heading>, lines: Vec<SrcLine>) -> (Vec<SrcLine>, Vec<SrcLine>) {
        let names_dpo = |t: &str| {
            let c = compact(t);
            c.contains("tietosuojavastaa")
                || c.contains("dataskyddsombud")
                || c.contains("dataprotectionofficer")
                || folded_words(t).iter().any(|w| w == "dpo")
        };
        let Some(at) = lines.iter().position(|l| names_dpo(&l.text)) else { return (lines, Vec::new()) };
        if !self.reg.dpo.is_empty() {
            return (lines, Vec::new());
        }
        // The DPO's lines: the line that names the DPO and the lines right after it.
        let mut end = at + 1;
        while end < lines.len() && lines[end].no == lines[end - 1].no + 1 && !names_role(&lines[end].text) {
            end += 1;
        }
        let parsed = contact::parse(&lines[at..end], self.lang, false);
        let unread = parsed.leftover.clone();
        let Some(c) =
            parsed.contacts.into_iter().next().filter(|c| !c.email.is_empty() || !c.name.is_empty_in(self.lang))
        else {
            return (lines, Vec::new());
        };
        self.reg.dpo = c;
        self.report.sections.push(FoundSection {
            line: lines[at].no,
            heading: None,
            section: Section::Dpo,
            field: Target::Dpo.field().to_owned(),
            how: How::Content { from: heading.map(|h| h.text.clone()) },
        });
        self.note(Note::ContactFromProse { line: lines[at].no, section: Section::Dpo });
        // The sentence stays as text where it stood; only its details were read.
        // So do the lines (or pieces of lines) no detail was read from.
        let mut kept: Vec<SrcLine> = lines[at..end].iter().filter(|l| is_prose_line(&l.text)).cloned().collect();
        for l in unread {
            if !kept.iter().any(|k| k.no == l.no) {
                kept.push(l);
            }
        }
        kept.sort_by_key(|l| l.no);
        let mut rest = lines;
        rest.drain(at..end);
        (rest, kept)
    }

    fn former(&mut self, former: &[usize]) {
        for &line in former {
            self.note(Note::FormerContact { line });
        }
    }

    pub(super) fn controller(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let (lines, dpo_text) = self.dpo_within(heading, Self::all_lines(parts));
        let parsed = contact::parse(&lines, self.lang, false);
        self.log_labels(&parsed.labels);
        self.former(&parsed.former);
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
        // A controller named only as the subject of a sentence ("Esimerkki Oy toimii ...
        // rekisterinpitäjänä", "Example Ltd provides ...; we are the data controller").
        if self.reg.controller.contact.name.is_empty_in(self.lang) {
            let named = parsed
                .leftover
                .iter()
                .find_map(|l| {
                    crate::import::lines::sentences(&l.text).first().and_then(|s| contact::leading_organisation(s))
                })
                .or_else(|| {
                    // "The online service is provided by the City of Helsinki."
                    parsed.leftover.iter().find_map(|l| {
                        crate::import::lines::sentences(&l.text).into_iter().find_map(contact::operator_in_prose)
                    })
                });
            if let Some(name) = named {
                *self.reg.controller.contact.name.get_mut(self.lang) = name;
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
        leftover.extend(dpo_text);
        leftover.sort_by_key(|l| l.no);
        self.leftover(heading, Section::Controller, &leftover);
    }

    pub(super) fn contacts(&mut self, heading: Option<&Heading>, role: ContactRole, parts: &[Part]) {
        let (lines, dpo_text) = self.dpo_within(heading, Self::all_lines(parts));
        let parsed = contact::parse(&lines, self.lang, true);
        self.log_labels(&parsed.labels);
        self.former(&parsed.former);
        for c in parsed.contacts {
            self.reg.contacts.push(ContactPerson { role, contact: c });
        }
        if let Some(line) = parsed.from_prose {
            self.note(Note::ContactFromProse { line, section: Section::Contacts });
        }
        let mut leftover = parsed.leftover;
        leftover.extend(dpo_text);
        leftover.sort_by_key(|l| l.no);
        self.leftover(heading, Section::Contacts, &leftover);
    }

    pub(super) fn dpo(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let lines = Self::all_lines(parts);
        let parsed = contact::parse(&lines, self.lang, false);
        self.log_labels(&parsed.labels);
        self.former(&parsed.former);
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
}

/// A line that names another role (a new block in a contact section).
fn names_role(t: &str) -> bool {
    let c = compact(t);
    ["yhteyshenkil", "vastuuhenkil", "rekisterinpitaj", "kontaktperson", "ansvarsperson", "contactperson", "controller"]
        .iter()
        .any(|s| c.contains(s))
}

/// A sentence (kept as text) rather than a line of contact details.
fn is_prose_line(t: &str) -> bool {
    word_count(t) >= 4 && !t.contains('@') || t.trim_end().ends_with('.') && word_count(t) >= 3
}
