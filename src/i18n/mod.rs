//! Every fixed string Seloste shows or writes, in Finnish, Swedish and English.
//!
//! Two enums, one variant per string, named after its English wording:
//! - [`UiText`]: the editor's and the CLI's own words (menus, buttons, labels, prompts);
//! - [`DocText`]: the words of what Seloste writes (the notice's headings and standard
//!   paragraphs, the Art. 30 record, findings, import reports, vocabulary labels).
//!
//! Each has one file per language (`fi.rs`, `sv.rs`, `en.rs`) holding one exhaustive match,
//! so a string cannot be added without its three translations, and a translator reads one
//! language in one place. Texts with values in them (`format!` templates) stay beside the code
//! that fills them in ([`crate::validate::message`], `notice::texts`).

mod doc;
mod ui;

pub(crate) use doc::DocText;
pub(crate) use ui::UiText;

#[cfg(test)]
mod tests {
    use super::{DocText, UiText};
    use crate::model::Lang;

    /// The three translations of one string, as a translator would check them.
    fn check(name: &str, texts: [&str; 3]) -> Vec<String> {
        let mut bad = Vec::new();
        let [fi, sv, en] = texts;
        for (lang, t) in [("fi", fi), ("sv", sv), ("en", en)] {
            if t.trim().is_empty() {
                bad.push(format!("{name} ({lang}): empty"));
            }
        }
        // Labels and fragments joined to other text are padded alike in every language.
        let pad = |t: &str| (t.len() - t.trim_start().len(), t.len() - t.trim_end().len());
        if pad(fi) != pad(sv) || pad(fi) != pad(en) {
            bad.push(format!("{name}: padded differently: {fi:?} / {sv:?} / {en:?}"));
        }
        // A sentence in one language is a sentence in all: the same final stop. (Short labels
        // and abbreviations such as "puh." / "tfn" / "tel." are not sentences.)
        let end = |t: &str| t.trim_end().chars().last().filter(|c| matches!(c, '.' | '?' | '…'));
        let sentence = |t: &str| t.split_whitespace().count() >= 3;
        if [fi, sv, en].iter().all(|t| sentence(t)) && (end(fi) != end(sv) || end(fi) != end(en)) {
            bad.push(format!("{name}: the three end differently: {fi:?} / {sv:?} / {en:?}"));
        }
        // A placeholder filled in by the code is in every language.
        let holes = |t: &str| t.matches('{').count();
        if holes(fi) != holes(sv) || holes(fi) != holes(en) {
            bad.push(format!("{name}: placeholders differ: {fi:?} / {sv:?} / {en:?}"));
        }
        bad
    }

    #[test]
    fn every_string_has_three_consistent_translations() {
        let mut bad = Vec::new();
        for s in UiText::ALL {
            bad.extend(check(&format!("{s:?}"), Lang::ALL.map(|l| s.get(l))));
        }
        for s in DocText::ALL {
            bad.extend(check(&format!("{s:?}"), Lang::ALL.map(|l| s.get(l))));
        }
        assert!(bad.is_empty(), "{} translation faults:\n{}", bad.len(), bad.join("\n"));
    }

    #[test]
    fn a_string_reads_in_the_language_asked_for() {
        assert_eq!(UiText::Save.get(Lang::Fi), "Tallenna");
        assert_eq!(UiText::Save.get(Lang::Sv), "Spara");
        assert_eq!(UiText::Save.get(Lang::En), "Save");
    }
}
