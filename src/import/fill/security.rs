//! Information systems and security measures, and automated decisions.

use super::{Filler, line_sentences, push_para};
use crate::import::lines::{SrcLine, lines_text, list_marker, word_count};
use crate::import::meaning::*;
use crate::import::report::Note;
use crate::import::structure::Part;
use crate::model::*;

impl Filler<'_> {
    /// Each short line or list item is a system ("Nettisivut Wordpress: Valu Digital Oy");
    /// lead-ins and sentences go to the general security text.
    pub(super) fn systems(&mut self, parts: &[Part]) {
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

    pub(super) fn automated(&mut self, parts: &[Part]) {
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
}

/// "Telia Finland Oyj:n Kontakti M" -> vendor Telia Finland Oyj (the name as written); "Nettisivut
/// Wordpress: Valu Digital Oy" -> Nettisivut Wordpress by Valu Digital Oy.
pub(super) fn system(item: &str) -> System {
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
