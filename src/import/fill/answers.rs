//! Yes/no sections: a bare "Ei."/"Kyllä.", a ticked "Ei ☐ Kyllä ☒" check list or an
//! answer on the first line, read before the sentences are.

use super::*;

/// What a yes/no section's text answers.
pub(super) enum Reading {
    /// The whole text is "Ei." or "Kyllä.".
    Bare(Answer),
    /// An "Ei / Kyllä" check list; `None` when neither or both are ticked.
    Checklist { answer: Option<Answer>, both: bool, line: usize },
    /// The first sentence is a bare answer ("Kyllä. Järjestelmän toimittaa ...").
    First(Answer),
    /// No explicit answer.
    Open,
}

pub(super) fn read_answer(parts: &[Part]) -> Reading {
    let paras: Vec<&Vec<SrcLine>> =
        parts.iter().filter_map(|p| if let Part::Para(l) = p { Some(l) } else { None }).collect();
    // Check list: answer words on their own lines or on one line ("Ei / Kyllä").
    let mut items: Vec<(Answer, bool, usize)> = Vec::new();
    for line in paras.iter().flat_map(|p| p.iter()) {
        if let Some((answers, _)) = inline_checklist(&line.text) {
            items.extend(answers.into_iter().map(|(a, t)| (a, t, line.no)));
            continue;
        }
        let (marker, rest) = match list_marker(&line.text) {
            Some((m, r)) => (Some(m), r),
            None => (None, line.text.as_str()),
        };
        if let Some(a) = bare_answer(rest.trim_matches(['*', '_', ' '])) {
            items.push((a, item_is_marked(marker, rest), line.no));
            continue;
        }
        // A box before an answer that asks for more: "☐ Kyllä, mihin:", "☒ Yes – to where:".
        if matches!(marker, Some(crate::import::lines::Marker::Checkbox(_))) {
            let first = rest.split([',', ':', '(', '–', '-', ';']).next().unwrap_or_default();
            if let Some(a) = bare_answer(first.trim_matches(['*', '_', ' '])) {
                items.push((a, item_is_marked(marker, rest), line.no));
                continue;
            }
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
        // A sub-heading beside the answer ("Ei." then "Oy") is text the section must keep,
        // so the answer is only the first sentence of it, not all of it.
        let only_paragraphs = parts.iter().all(|p| matches!(p, Part::Para(_)));
        return if only_paragraphs { Reading::Bare(a) } else { Reading::First(a) };
    }
    if let Some(first) = sentences(&text).first() {
        if let Some(a) = bare_answer(first) {
            return Reading::First(a);
        }
    }
    Reading::Open
}

impl Filler<'_> {
    pub(super) fn checklist(
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

    /// The common start of a yes/no section: a bare "Ei." / "Kyllä." sets the answer and
    /// ends the section (`None`); otherwise the text goes to the section's description, a
    /// ticked check box or an answer on the first line sets the answer, and the text comes
    /// back with `true` when no answer was read yet (the caller then looks for statements).
    pub(super) fn answer_section(
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
}
