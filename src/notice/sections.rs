//! The notice's later sections (GDPR Art. 13(1)(e) to 13(2)(f) and Art. 14): recipients,
//! processors, transfers, retention, security, automated decisions, rights, the complaint, the
//! statutory or contractual requirement, the change log and the organisation's own sections.

use super::*;
use crate::model::{ExtraPlacement, ExtraSection};

impl Builder {
    pub(super) fn recipients(&mut self, r: &Register) {
        let lang = self.lang;
        let rc = &r.recipients;
        let mut blocks = Vec::new();
        if rc.disclosures == Answer::No && rc.list.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::no_disclosures(lang))]));
        }
        let items: Vec<Vec<Span>> = rc
            .list
            .iter()
            .filter(|x| !x.name.is_empty() || !x.data.is_empty() || !x.basis.is_empty())
            .map(|x| {
                let mut spans = Vec::new();
                let name = clean::clean(x.name.or_any(lang));
                if name.is_empty() {
                    spans.push(Span::missing(lang));
                } else {
                    spans.push(Span::bold(name));
                }
                if !x.data.is_empty() {
                    spans.push(Span::regular(": "));
                    spans.extend(self.inline(&x.data));
                }
                if !x.basis.is_empty() {
                    spans.push(Span::regular(format!(". {}: ", texts::disclosure_basis(lang))));
                    spans.extend(self.inline(&x.basis));
                }
                spans
            })
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::disclosures_to(lang))]));
            blocks.push(Block::Bullets(items));
        }
        blocks.extend(self.prose(&rc.description));
        // Whether data are disclosed is a required answer (validator: recipients-missing).
        if rc.disclosures == Answer::Unanswered && !rc.list.iter().any(|x| !x.name.is_empty()) {
            blocks.insert(0, Block::Paragraph(vec![Span::missing(lang)]));
        }
        self.push(Section::Recipients, blocks, true);
    }

    pub(super) fn processors(&mut self, r: &Register) {
        let lang = self.lang;
        let p = &r.processors;
        let mut blocks = Vec::new();
        if p.used == Answer::No && p.list.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::no_processors(lang))]));
        }
        let items: Vec<Vec<Span>> = p
            .list
            .iter()
            .filter(|x| !x.name.trim().is_empty() || !x.task.is_empty())
            .map(|x| {
                let mut spans = Vec::new();
                let name = clean::clean(&x.name);
                spans.push(if name.is_empty() { Span::missing(lang) } else { Span::bold(name) });
                if !x.task.is_empty() {
                    spans.push(Span::regular(": "));
                    spans.extend(self.inline(&x.task));
                }
                if x.agreement == Answer::Yes {
                    spans.push(Span::regular(format!(" {}", texts::processing_agreement(lang))));
                }
                spans
            })
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::processors_intro(lang))]));
            blocks.push(Block::Bullets(items));
        }
        blocks.extend(self.prose(&p.description));
        self.push(Section::Processors, blocks, false);
    }

    pub(super) fn transfers(&mut self, r: &Register) {
        let lang = self.lang;
        let t = &r.transfers;
        let mut blocks = Vec::new();
        if t.answer == Answer::No && t.list.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::no_transfers(lang))]));
        }
        let items: Vec<Vec<Span>> = t
            .list
            .iter()
            .map(|x| {
                let mut spans = Vec::new();
                let country = clean::clean(x.country.or_any(lang));
                spans.push(if country.is_empty() { Span::missing(lang) } else { Span::bold(country) });
                let recipient = clean::clean(&x.recipient);
                if !recipient.is_empty() {
                    spans.push(Span::regular(format!(". {}: {recipient}", texts::recipient(lang))));
                }
                spans.push(Span::regular(format!(". {}: ", texts::safeguard(lang))));
                match x.safeguard {
                    Some(s) => spans.push(Span::regular(s.label(lang))),
                    None => spans.push(Span::missing(lang)),
                }
                if !x.details.is_empty() {
                    spans.push(Span::regular(". "));
                    spans.extend(self.inline(&x.details));
                }
                spans
            })
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::regular(texts::transfers_intro(lang))]));
            blocks.push(Block::Bullets(items));
        }
        blocks.extend(self.prose(&t.description));
        self.push(Section::Transfers, blocks, true);
    }

    pub(super) fn retention(&mut self, r: &Register) {
        let rt = &r.retention;
        let mut blocks = Vec::new();
        let items: Vec<Vec<Span>> = rt
            .rules
            .iter()
            .filter(|x| !x.data.is_empty() || !x.period.is_empty())
            .map(|x| {
                let mut spans = Vec::new();
                if !x.data.is_empty() {
                    let data = self.inline(&x.data);
                    spans.extend(
                        data.into_iter().map(|s| if s.style == Style::Regular { Span::bold(s.text) } else { s }),
                    );
                    spans.push(Span::regular(": "));
                }
                spans.extend(self.inline(&x.period));
                spans
            })
            .collect();
        if !items.is_empty() {
            blocks.push(Block::Bullets(items));
        }
        blocks.extend(self.prose(&rt.criteria));
        blocks.extend(self.prose(&rt.records_plan));
        self.push(Section::Retention, blocks, true);
    }

    pub(super) fn security(&mut self, r: &Register) {
        let lang = self.lang;
        let s = &r.security;
        let mut blocks = Vec::new();
        let systems: Vec<Vec<Span>> = s
            .systems
            .iter()
            .filter(|x| !x.name.trim().is_empty() || !x.vendor.trim().is_empty())
            .map(|x| {
                let (name, vendor) = (clean::clean(&x.name), clean::clean(&x.vendor));
                let text = match (name.is_empty(), vendor.is_empty()) {
                    (false, false) => format!("{name} ({vendor})"),
                    (false, true) => name,
                    _ => vendor,
                };
                vec![Span::regular(text)]
            })
            .collect();
        if !systems.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::bold(format!("{}:", texts::systems(lang)))]));
            blocks.push(Block::Bullets(systems));
        }
        blocks.extend(self.labelled(texts::electronic(lang), &s.electronic));
        blocks.extend(self.labelled(texts::manual(lang), &s.manual));
        blocks.extend(self.prose(&s.general));
        self.push(Section::Security, blocks, false);
    }

    pub(super) fn automated(&mut self, r: &Register) {
        let lang = self.lang;
        let a = &r.automated;
        let mut blocks = Vec::new();
        match a.answer {
            Answer::No => blocks.push(Block::Paragraph(vec![Span::regular(texts::no_automated(lang))])),
            Answer::Yes => blocks.push(Block::Paragraph(vec![Span::regular(texts::yes_automated(lang))])),
            // Whether there are automated decisions is a required answer, "no" included
            // (validator: automated-unanswered).
            Answer::Unanswered => blocks.push(Block::Paragraph(vec![Span::missing(lang)])),
        }
        blocks.extend(self.prose(&a.description));
        if a.answer == Answer::Yes {
            for (label, t) in [(texts::logic(lang), &a.logic), (texts::consequences(lang), &a.consequences)] {
                if t.is_empty() {
                    blocks.push(self.label_missing(label));
                } else {
                    blocks.extend(self.labelled(label, t));
                }
            }
        } else {
            blocks.extend(self.labelled(texts::logic(lang), &a.logic));
            blocks.extend(self.labelled(texts::consequences(lang), &a.consequences));
        }
        self.push(Section::Automated, blocks, true);
    }

    pub(super) fn rights(&mut self, r: &Register) {
        let lang = self.lang;
        // Rights and complaint are always printed, so the complaint section comes next.
        let complaint_section = self.sections.len() + 2;
        let items: Vec<Vec<Span>> = r
            .rights
            .listed
            .iter()
            .map(|entry| {
                let mut spans = vec![Span::bold(format!("{}\n", entry.right.label(lang)))];
                if entry.text.is_empty() {
                    spans.push(Span::regular(texts::right_explanation(entry.right, lang, complaint_section)));
                } else {
                    spans.extend(self.inline(&entry.text));
                }
                spans
            })
            .collect();
        let mut blocks = Vec::new();
        let listed = !items.is_empty();
        if listed {
            blocks.push(Block::Bullets(items));
        } else if !r.rights.how_to.is_empty() {
            blocks.push(Block::Paragraph(vec![Span::missing(lang)]));
        }
        if r.rights.how_to.is_empty() {
            if listed {
                blocks.push(Block::Paragraph(vec![Span::regular(texts::default_how_to(lang))]));
            }
        } else {
            blocks.extend(self.prose(&r.rights.how_to));
        }
        self.push(Section::Rights, blocks, true);
    }

    pub(super) fn complaint(&mut self, r: &Register) {
        let lang = self.lang;
        let c = &r.complaint;
        let default_authority = c.authority.is_empty();
        let mut blocks = if c.text.is_empty() {
            let text = if default_authority { texts::complaint_finland(lang) } else { texts::complaint_other(lang) };
            vec![Block::Paragraph(vec![Span::regular(text)])]
        } else {
            self.prose(&c.text)
        };
        if default_authority {
            let lines = texts::authority_lines(lang);
            let mut block: Vec<Vec<Span>> = vec![vec![Span::bold(lines[0])]];
            block.extend(lines[1..].iter().map(|l| vec![Span::regular(*l)]));
            blocks.push(Block::Contact(block));
        } else {
            blocks.extend(self.contact_block(&c.authority, None));
        }
        self.push(Section::Complaint, blocks, true);
    }

    pub(super) fn provision(&mut self, r: &Register) {
        let lang = self.lang;
        let p = &r.provision;
        let mut blocks = Vec::new();
        let required = r.sources.from_subject != Answer::No && p.requirement != Requirement::NotFromDataSubject;
        if p.requirement != Requirement::Unanswered {
            blocks.push(Block::Paragraph(vec![Span::regular(p.requirement.label(lang))]));
        } else if required {
            // Statutory, contractual or voluntary is a required answer (validator:
            // provision-missing).
            blocks.push(Block::Paragraph(vec![Span::missing(lang)]));
        }
        blocks.extend(self.prose(&p.consequences));
        self.push(Section::Provision, blocks, required);
    }

    /// The short change log ("Muutoshistoria") when the register asks for it: the published
    /// versions, newest first, at most [`CHANGE_LOG_ENTRIES`], each "version N, date: note".
    /// Only the version, date and note are printed: never who published or approved.
    pub(super) fn change_log(&mut self, r: &Register) {
        if !r.change_log || r.history.is_empty() {
            return;
        }
        let lang = self.lang;
        let mut versions: Vec<_> = r.history.iter().collect();
        versions.sort_by_key(|v| std::cmp::Reverse(v.version));
        let items: Vec<Vec<Span>> = versions
            .into_iter()
            .take(CHANGE_LOG_ENTRIES)
            .map(|v| {
                let word = DocText::Version.get(lang);
                let date = v.date.map(|d| format!(", {}", d.display(lang))).unwrap_or_default();
                let note = clean::clean(&v.note).replace('\n', " ");
                let note = if note.trim().is_empty() { String::new() } else { format!(": {}", note.trim()) };
                vec![Span::regular(format!("{word} {}{date}{note}", v.version))]
            })
            .collect();
        let heading = DocText::ChangeLog.get(lang).to_owned();
        self.push_titled(Section::Extra, heading, vec![Block::Bullets(items)], true);
    }

    /// The extra sections printed before section 1, unnumbered.
    pub(super) fn introductions(&mut self, r: &Register) {
        for x in r.extra.iter().filter(|x| x.placement == ExtraPlacement::BeforeSections) {
            let Some((heading, blocks)) = self.extra_section(x) else { continue };
            let blocks =
                if blocks.is_empty() { vec![Block::Paragraph(vec![Span::missing(self.lang)])] } else { blocks };
            self.sections.push(NoticeSection { section: Section::Extra, number: None, heading, blocks });
        }
    }

    /// The extra sections printed after the numbered sections.
    pub(super) fn extra(&mut self, r: &Register) {
        for x in r.extra.iter().filter(|x| x.placement == ExtraPlacement::AfterSections) {
            if let Some((heading, blocks)) = self.extra_section(x) {
                self.push_titled(Section::Extra, heading, blocks, true);
            }
        }
    }

    /// The heading and blocks of an extra section; `None` when it is empty.
    fn extra_section(&self, x: &ExtraSection) -> Option<(String, Vec<Block>)> {
        if x.heading.is_empty() && x.body.is_empty() {
            return None;
        }
        let heading = if x.heading.is_empty_in(self.lang) {
            if x.heading.is_empty() {
                Section::Extra.heading(self.lang).to_owned()
            } else {
                texts::missing(self.lang).to_owned()
            }
        } else {
            clean::clean(x.heading.get(self.lang)).replace('\n', " ")
        };
        Some((heading, self.prose(&x.body)))
    }
}
