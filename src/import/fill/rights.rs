//! Rights, the complaint and the requirement to provide data.

use super::{Filler, push_para, text_in};
use crate::import::contact;
use crate::import::lines::{SrcLine, fold, folded_words, lines_text, list_marker, para_text, sentences, word_count};
use crate::import::meaning::*;
use crate::import::structure::{Heading, Part};
use crate::model::*;

impl Filler<'_> {
    pub(super) fn list_right(&mut self, right: Right, text: &str) -> bool {
        if self.reg.rights.listed.iter().any(|e| e.right == right) {
            return false;
        }
        self.reg.rights.listed.push(RightEntry { right, text: text_in(self.lang, text.trim()) });
        true
    }

    /// Rights from list items, sub-headings and sentences that name a right, and from a
    /// heading that names one ("Tarkastusoikeus", "How to make a subject access request");
    /// the rest is how to exercise them.
    pub(super) fn rights(&mut self, heading: Option<&Heading>, parts: &[Part]) {
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
        // The complaint has its own element; a heading naming it among the rights adds nothing.
        let named: Vec<Right> = heading
            .map(|h| rights_in(&h.clean).into_iter().filter(|r| *r != Right::Complaint).collect())
            .unwrap_or_default();
        for r in named {
            self.list_right(r, "");
        }
    }

    /// Lists the rights a text names, the first with the text; false when all were listed already.
    pub(super) fn add_rights(&mut self, rights: &[Right], text: &str) -> bool {
        // The right to complain, told among the rights in a notice with no complaint
        // section of its own: the text is the complaint element's.
        if rights == [Right::Complaint] && !self.complaint_section && self.reg.complaint.text.is_empty_in(self.lang) {
            if self.reg.rights.listed.iter().any(|e| e.right == Right::Complaint) {
                return false;
            }
            push_para(&mut self.reg.complaint.text, self.lang, text.trim());
            return self.list_right(Right::Complaint, "");
        }
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

    pub(super) fn complaint(&mut self, parts: &[Part]) {
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

    pub(super) fn provision(&mut self, parts: &[Part]) {
        let text = self.body_text(parts);
        let first = sentences(&text).first().map(|s| fold(s)).unwrap_or_default();
        let requirement = requirement_in(&first).or_else(|| requirement_in(&fold(&text)));
        if let Some(r) = requirement {
            self.reg.provision.requirement = r;
        }
        push_para(&mut self.reg.provision.consequences, self.lang, &text);
    }
}
