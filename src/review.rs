//! Import review (issue 18): pure operations on a register that carries an import record
//! ([`ImportRecord`]). The DPO sees each block of the source with the field it went to,
//! moves a misplaced block to another field in one step, sets a yes/no answer from a
//! sentence, teaches the workspace a heading synonym, and marks the register reviewed,
//! which drops the record. The editor and the CLI are shells over these functions; undo is
//! the editor's (every operation is one change of the register).

use crate::import::Target;
use crate::lexicon::paragraph_scores;
use crate::model::{Answer, DataCategory, FieldPath, ImportRecord, Lang, List, Purpose, Register, SourceKind, Text};
use serde::{Deserialize, Serialize};

/// The fields a block can be moved to, in register order. Contact blocks (controller,
/// contact persons, DPO) are split into fields by the importer and are not move targets.
pub const MOVE_TARGETS: &[Target] = &[
    Target::Purposes,
    Target::LegalBasis,
    Target::Subjects,
    Target::Data,
    Target::Special,
    Target::Sources,
    Target::Recipients,
    Target::Processors,
    Target::Transfers,
    Target::Retention,
    Target::Security,
    Target::SecurityElectronic,
    Target::SecurityManual,
    Target::Automated,
    Target::Rights,
    Target::Complaint,
    Target::Provision,
    Target::Cookies,
];

/// The yes/no questions of the notice that a sentence can answer (Art. 13(1)(e), 13(1)(f),
/// 13(2)(f), 14(2)(f), Art. 9 and Art. 28).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// Are data disclosed regularly (`recipients.disclosures`)?
    Disclosures,
    /// Are processors used (`processors.used`)?
    Processors,
    /// Are data transferred outside the EU/EEA (`transfers.answer`)?
    Transfers,
    /// Are there automated decisions or profiling (`automated.answer`)?
    Automated,
    /// Are special categories processed (`data.special`)?
    Special,
}

impl Question {
    /// Every question, in register order.
    pub const ALL: [Question; 5] =
        [Question::Special, Question::Disclosures, Question::Processors, Question::Transfers, Question::Automated];

    /// The section whose text holds the sentence as the answer's details.
    pub fn target(self) -> Target {
        match self {
            Question::Disclosures => Target::Recipients,
            Question::Processors => Target::Processors,
            Question::Transfers => Target::Transfers,
            Question::Automated => Target::Automated,
            Question::Special => Target::Special,
        }
    }

    /// The question a block placed in `to` would answer, if any.
    pub fn of_field(to: FieldPath) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.target().field() == to)
    }

    fn answer_mut(self, reg: &mut Register) -> &mut Answer {
        match self {
            Question::Disclosures => &mut reg.recipients.disclosures,
            Question::Processors => &mut reg.processors.used,
            Question::Transfers => &mut reg.transfers.answer,
            Question::Automated => &mut reg.automated.answer,
            Question::Special => &mut reg.data.special,
        }
    }

    /// The current answer in `reg`.
    pub fn answer(self, reg: &Register) -> Answer {
        match self {
            Question::Disclosures => reg.recipients.disclosures,
            Question::Processors => reg.processors.used,
            Question::Transfers => reg.transfers.answer,
            Question::Automated => reg.automated.answer,
            Question::Special => reg.data.special,
        }
    }
}

/// What a move did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moved {
    /// The text left its old place and is in the new field.
    Moved,
    /// The text is in the new field, but its old place no longer held it word for word (it
    /// was edited after the import): nothing was taken out there.
    Copied,
}

/// Why a review operation did nothing.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    /// The register has no import record (never imported, or already reviewed).
    #[error("the register has no import record")]
    NoRecord,
    /// The block index is past the end of the record.
    #[error("there is no block {0} in the import record")]
    NoBlock(usize),
    /// A heading is not moved: its section's text is.
    #[error("a heading is not moved; move the paragraphs under it")]
    Heading,
}

/// The move targets for `text`, most likely first: those the lexicon's paragraph scores
/// name, best score first, then the rest in register order.
pub fn candidates(text: &str) -> Vec<Target> {
    let mut out: Vec<Target> = Vec::new();
    for (topic, _) in paragraph_scores(text) {
        let t = Target::of(topic);
        if MOVE_TARGETS.contains(&t) && !out.contains(&t) {
            out.push(t);
        }
    }
    for t in MOVE_TARGETS {
        if !out.contains(t) {
            out.push(*t);
        }
    }
    out
}

/// Moves the text of the blocks `indices` (in record order) to `to`, in `lang`: each is
/// taken out of the field the record says it is in (found word for word, white space aside)
/// and added to `to`; into a list field (purposes, subjects, data categories, sources) each
/// line becomes an item. An extra section left empty is removed (the record follows).
///
/// # Errors
/// [`ReviewError`] when there is no record, an index is out of range, or a block is a
/// heading; then nothing is changed.
pub fn move_blocks(reg: &mut Register, indices: &[usize], to: Target, lang: Lang) -> Result<Vec<Moved>, ReviewError> {
    let record = reg.import.as_ref().ok_or(ReviewError::NoRecord)?;
    for &i in indices {
        let block = record.blocks.get(i).ok_or(ReviewError::NoBlock(i))?;
        if block.kind == SourceKind::Heading {
            return Err(ReviewError::Heading);
        }
    }
    let mut out = Vec::new();
    for &i in indices {
        let Some(block) = reg.import.as_ref().and_then(|r| r.blocks.get(i)).cloned() else { continue };
        let removed = take_out(reg, lang, &block.text, block.to);
        put_in(reg, lang, &block.text, to);
        if let Some(b) = reg.import.as_mut().and_then(|r| r.blocks.get_mut(i)) {
            b.to = to.field();
        }
        drop_empty_extras(reg);
        out.push(if removed { Moved::Moved } else { Moved::Copied });
    }
    Ok(out)
}

/// Sets `question` to `answer` from block `index`: the block's sentence stays as the
/// answer's details (it is moved to the question's section when it is elsewhere), and the
/// block is marked with the answer.
///
/// # Errors
/// As [`move_blocks`].
pub fn set_answer(
    reg: &mut Register,
    index: usize,
    question: Question,
    answer: Answer,
    lang: Lang,
) -> Result<(), ReviewError> {
    let block =
        reg.import.as_ref().ok_or(ReviewError::NoRecord)?.blocks.get(index).ok_or(ReviewError::NoBlock(index))?;
    if block.to != question.target().field() {
        move_blocks(reg, &[index], question.target(), lang)?;
    }
    *question.answer_mut(reg) = answer;
    if let Some(b) = reg.import.as_mut().and_then(|r| r.blocks.get_mut(index)) {
        b.answer = answer;
    }
    Ok(())
}

/// Marks the register reviewed: the import record is dropped.
pub fn mark_reviewed(reg: &mut Register) {
    reg.import = None;
}

/// How much is left to review in an imported register: the blocks in extra sections plus
/// the yes/no questions still unanswered. Zero for a register without a record.
pub fn left_to_review(reg: &Register) -> usize {
    let Some(record) = &reg.import else { return 0 };
    let unanswered = Question::ALL.iter().filter(|q| q.answer(reg).is_unanswered()).count();
    record.blocks_in_extra() + unanswered
}

/// The heading a block stood under in the source: the nearest heading block before it.
pub fn source_heading(record: &ImportRecord, index: usize) -> Option<&str> {
    record.blocks.get(..index)?.iter().rev().find(|b| b.kind == SourceKind::Heading).map(|b| b.text.as_str())
}

/// Headings a workspace has been taught (`import-synonyms.ron` beside `organisation.ron`):
/// each heading text leads its section to a field on the next import in that workspace.
/// Kept on the DPO's disk only; readable and editable by hand.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Synonyms {
    /// File format version.
    pub format: u32,
    /// The headings, in the order they were taught.
    pub headings: Vec<Synonym>,
}

/// One taught heading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Synonym {
    /// The heading as it stood in a source (numbering and case do not matter).
    pub heading: String,
    /// The field its section goes to (a section's field path: `retention`, `purposes`…).
    pub field: FieldPath,
}

impl Synonyms {
    /// Teaches `heading` → `to`; a heading taught again takes the newer field.
    pub fn teach(&mut self, heading: &str, to: Target) {
        self.format = 1;
        let key = synonym_key(heading);
        if key.is_empty() {
            return;
        }
        self.headings.retain(|s| synonym_key(&s.heading) != key);
        self.headings.push(Synonym { heading: heading.trim().to_owned(), field: to.field() });
    }

    /// The target taught for `heading`, if any.
    pub fn lookup(&self, heading: &str) -> Option<Target> {
        let key = synonym_key(heading);
        let s = self.headings.iter().rev().find(|s| synonym_key(&s.heading) == key)?;
        MOVE_TARGETS.iter().copied().find(|t| t.field() == s.field)
    }
}

/// A heading compared without numbering, punctuation, case or accents.
fn synonym_key(heading: &str) -> String {
    crate::lexicon::folded_words(heading)
        .into_iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every prose text of the register a block can have gone to, with the list it is an item
/// of removed when it becomes empty.
fn take_out(reg: &mut Register, lang: Lang, text: &str, from: FieldPath) -> bool {
    // The field the record names first, then everywhere else (a block may have been moved
    // by hand).
    let mut texts = prose_texts(reg);
    let first = texts.iter().position(|(p, _)| *p == from);
    if let Some(i) = first {
        let t = texts.remove(i);
        texts.insert(0, t);
    }
    let mut removed = false;
    for (_, t) in texts {
        let s = t.get_mut(lang);
        if let Some(range) = find_loose(s, text) {
            s.replace_range(range, "");
            *s = tidy(s);
            removed = true;
            break;
        }
    }
    reg.purposes.retain(|p| *p != Purpose::default());
    reg.subjects.retain(|t| !t.is_empty());
    reg.data.categories.retain(|c| !c.name.is_empty() || !c.description.is_empty());
    reg.sources.list.retain(|t| !t.is_empty());
    removed
}

/// The prose texts of a register with the field path the import record names them by.
fn prose_texts(reg: &mut Register) -> Vec<(FieldPath, &mut Text)> {
    let mut out: Vec<(FieldPath, &mut Text)> = Vec::new();
    for (i, e) in reg.extra.iter_mut().enumerate() {
        out.push((FieldPath::Extra(List::at(i)), &mut e.body));
    }
    out.push((Target::Controller.field(), &mut reg.controller.details));
    out.push((FieldPath::ContactsDetails(None), &mut reg.contacts_details));
    out.push((Target::Dpo.field(), &mut reg.dpo_details));
    for p in &mut reg.purposes {
        out.push((Target::Purposes.field(), &mut p.description));
    }
    out.push((Target::LegalBasis.field(), &mut reg.legal_basis_text));
    for s in &mut reg.subjects {
        out.push((Target::Subjects.field(), s));
    }
    out.push((Target::Data.field(), &mut reg.data.description));
    for c in &mut reg.data.categories {
        out.push((Target::Data.field(), &mut c.name));
    }
    out.push((Target::Special.field(), &mut reg.data.special_text));
    out.push((Target::Sources.field(), &mut reg.sources.description));
    for s in &mut reg.sources.list {
        out.push((Target::Sources.field(), s));
    }
    out.push((Target::Recipients.field(), &mut reg.recipients.description));
    out.push((Target::Processors.field(), &mut reg.processors.description));
    out.push((Target::Transfers.field(), &mut reg.transfers.description));
    out.push((Target::Retention.field(), &mut reg.retention.criteria));
    out.push((Target::Security.field(), &mut reg.security.general));
    out.push((Target::SecurityElectronic.field(), &mut reg.security.electronic));
    out.push((Target::SecurityManual.field(), &mut reg.security.manual));
    out.push((Target::Automated.field(), &mut reg.automated.description));
    out.push((Target::Rights.field(), &mut reg.rights.how_to));
    out.push((Target::Complaint.field(), &mut reg.complaint.text));
    out.push((Target::Provision.field(), &mut reg.provision.consequences));
    out.push((Target::Cookies.field(), &mut reg.cookies));
    out
}

/// Adds `text` to `to` in `lang`: a list field gets one item per line, a text field a new
/// paragraph.
fn put_in(reg: &mut Register, lang: Lang, text: &str, to: Target) {
    let items = || text.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| text_in(lang, l));
    let paragraph = |t: &mut Text| {
        let s = t.get_mut(lang);
        if !s.trim().is_empty() {
            s.push_str("\n\n");
        }
        s.push_str(text.trim());
    };
    match to {
        Target::Purposes => {
            reg.purposes.extend(items().map(|description| Purpose { description, ..Purpose::default() }))
        }
        Target::Subjects => reg.subjects.extend(items()),
        Target::Data => {
            reg.data.categories.extend(items().map(|name| DataCategory { name, ..DataCategory::default() }))
        }
        Target::Sources => reg.sources.list.extend(items()),
        Target::LegalBasis => paragraph(&mut reg.legal_basis_text),
        Target::Special => paragraph(&mut reg.data.special_text),
        Target::Recipients => paragraph(&mut reg.recipients.description),
        Target::Processors => paragraph(&mut reg.processors.description),
        Target::Transfers => paragraph(&mut reg.transfers.description),
        Target::Retention => paragraph(&mut reg.retention.criteria),
        Target::SecurityElectronic => paragraph(&mut reg.security.electronic),
        Target::SecurityManual => paragraph(&mut reg.security.manual),
        Target::Automated => paragraph(&mut reg.automated.description),
        Target::Rights => paragraph(&mut reg.rights.how_to),
        Target::Complaint => paragraph(&mut reg.complaint.text),
        Target::Provision => paragraph(&mut reg.provision.consequences),
        Target::Cookies => paragraph(&mut reg.cookies),
        Target::Controller => paragraph(&mut reg.controller.details),
        Target::Contacts(_) => paragraph(&mut reg.contacts_details),
        Target::Dpo => paragraph(&mut reg.dpo_details),
        _ => paragraph(&mut reg.security.general),
    }
}

fn text_in(lang: Lang, s: &str) -> Text {
    let mut t = Text::default();
    *t.get_mut(lang) = s.to_owned();
    t
}

/// Removes extra sections whose body is empty in every language, and renumbers the
/// record's `extra[i]` paths; the heading block of a removed section goes to `notes`.
fn drop_empty_extras(reg: &mut Register) {
    let mut i = 0;
    while i < reg.extra.len() {
        if reg.extra[i].body.is_empty() {
            reg.extra.remove(i);
            if let Some(record) = &mut reg.import {
                for b in &mut record.blocks {
                    if let FieldPath::Extra(List::Item(k, _)) = b.to {
                        if k == i {
                            b.to = FieldPath::Notes;
                        } else if k > i {
                            b.to = FieldPath::Extra(List::at(k - 1));
                        }
                    }
                }
            }
        } else {
            i += 1;
        }
    }
}

/// The byte range of `needle` in `hay`, white space compared loosely (a run of spaces and
/// line breaks matches any other run), list markers at line starts of `hay` allowed.
fn find_loose(hay: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    if let Some(i) = hay.find(needle.trim()) {
        return Some(i..i + needle.trim().len());
    }
    let words: Vec<&str> = needle.split_whitespace().collect();
    let first = *words.first()?;
    let mut from = 0;
    while let Some(rel) = hay.get(from..)?.find(first) {
        let start = from + rel;
        let mut pos = start + first.len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &hay[pos..];
            let trimmed = rest.trim_start();
            let gap = rest.len() - trimmed.len();
            let trimmed = trimmed.trim_start_matches(['-', '•', '*', '–']).trim_start();
            let skip = rest.len() - trimmed.len();
            if gap == 0 || !trimmed.starts_with(w) {
                ok = false;
                break;
            }
            pos += skip + w.len();
        }
        if ok {
            return Some(start..pos);
        }
        from = start + first.len();
    }
    None
}

/// A text with the gap a removal left closed up: no more than one empty line in a row, no
/// white space at the ends.
fn tidy(s: &str) -> String {
    let mut out = String::new();
    let mut blank = 0;
    for line in s.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank == 1 {
                out.push('\n');
            }
        } else {
            blank = 0;
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_str;

    const TEXT: &str = "Tietosuojaseloste\n\n1. Rekisterin nimi\n\nAsiakasrekisteri\n\n2. Tietojen elinkaari\n\nTiedot pidetään tallessa kaksi vuotta asiakkuuden päättymisestä.\n\n3. Henkilötietojen käsittelijät\n\nKäytämme alihankkijoita.\n";

    fn imported() -> Register {
        import_str(TEXT, "seloste.txt").map(|i| i.register).unwrap_or_default()
    }

    fn block(reg: &Register, starts: &str) -> usize {
        reg.import.as_ref().and_then(|r| r.blocks.iter().position(|b| b.text.starts_with(starts))).unwrap_or(usize::MAX)
    }

    #[test]
    fn a_block_moves_from_an_extra_section_to_retention_and_the_empty_section_goes() {
        let mut reg = imported();
        let i = block(&reg, "Tiedot pidetään");
        let record = reg.import.as_ref().expect("record");
        assert!(matches!(record.blocks[i].to, FieldPath::Extra(_)), "{:?}", record.blocks[i]);
        let extras = reg.extra.len();
        assert_eq!(move_blocks(&mut reg, &[i], Target::Retention, Lang::Fi), Ok(vec![Moved::Moved]));
        assert!(reg.retention.criteria.fi.contains("kaksi vuotta asiakkuuden"));
        assert_eq!(reg.extra.len(), extras - 1, "the emptied extra section is removed");
        assert_eq!(reg.import.as_ref().map(|r| r.blocks[i].to), Some(Target::Retention.field()));
        assert!(
            reg.import
                .as_ref()
                .is_some_and(|r| !r.blocks.iter().any(|b| b.to == FieldPath::Extra(List::at(extras - 1))))
        );
    }

    #[test]
    fn a_list_target_gets_one_item_per_line_and_edited_text_is_copied() {
        let mut reg = imported();
        let i = block(&reg, "Tiedot pidetään");
        reg.extra.iter_mut().for_each(|e| e.body.fi = "muokattu".into());
        assert_eq!(move_blocks(&mut reg, &[i], Target::Subjects, Lang::Fi), Ok(vec![Moved::Copied]));
        assert_eq!(reg.subjects.last().map(|t| t.fi.as_str()), Some(TEXT.lines().nth(8).unwrap_or_default()));
        let heading = block(&reg, "2. Tietojen");
        assert_eq!(move_blocks(&mut reg, &[heading], Target::Retention, Lang::Fi), Err(ReviewError::Heading));
    }

    #[test]
    fn an_answer_set_from_a_sentence_keeps_the_sentence_as_details() {
        let mut reg = imported();
        reg.processors.used = Answer::Unanswered;
        let i = block(&reg, "Käytämme alihankkijoita");
        let before = left_to_review(&reg);
        set_answer(&mut reg, i, Question::Processors, Answer::Yes, Lang::Fi).expect("set");
        assert_eq!(reg.processors.used, Answer::Yes);
        assert!(reg.processors.description.fi.contains("Käytämme alihankkijoita"));
        assert_eq!(left_to_review(&reg), before - 1);
        mark_reviewed(&mut reg);
        assert_eq!(left_to_review(&reg), 0);
        assert!(reg.import.is_none());
    }

    #[test]
    fn a_taught_heading_leads_the_next_import() {
        let mut taught = Synonyms::default();
        taught.teach("2. Tietojen elinkaari", Target::Retention);
        assert_eq!(taught.lookup("TIETOJEN ELINKAARI"), Some(Target::Retention));
        let reg = crate::import::import_bytes_taught(TEXT.as_bytes(), "b.txt", &taught).expect("import").register;
        assert!(reg.retention.criteria.fi.contains("kaksi vuotta"), "{:?}", reg.retention);
        assert!(candidates("Tiedot säilytetään viisi vuotta").first() == Some(&Target::Retention));
    }
}
