//! Regrouping: text that belongs to a section the notice has no heading for is moved (or,
//! for one sentence inside another paragraph, copied) to that section. The step between
//! the sections of `structure` and the filling of fields; it reads meaning through
//! `meaning` and never looks back at the lines.

use super::headings::Target;
use super::lines::{SrcLine, para_text, sentence_spans};
use super::meaning::{
    automated_statement, is_basis_paragraph, is_basis_statement, processor_statement, provision_statement,
    transfer_polarity,
};
use super::structure::{Chunk, Document, Part};
use crate::model::Answer;

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
