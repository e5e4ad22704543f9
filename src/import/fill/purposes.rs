//! Purposes and legal bases: one purpose per paragraph, list item or sub-heading; the
//! bases read from the basis paragraphs and given to the purposes.

use super::{Filler, push_para, text_in};
use crate::import::lines::{Marker, SrcLine, fold, folded_words, list_marker, para_text, word_count};
use crate::import::meaning::*;
use crate::import::report::Note;
use crate::import::structure::{Heading, Part};
use crate::model::*;

impl Filler<'_> {
    /// One purpose per paragraph, list item or sub-heading with its text. Paragraphs about
    /// the legal basis go to the legal basis; a lead-in before sub-headed purposes goes to
    /// an extra section.
    pub(super) fn purposes(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let has_subs = parts
            .iter()
            .enumerate()
            .any(|(i, p)| matches!(p, Part::Sub(_)) && matches!(parts.get(i + 1), Some(Part::Para(_))));
        let mut units: Vec<String> = Vec::new();
        let mut lead_in: Vec<SrcLine> = Vec::new();
        let mut in_sub = false;
        let mut basis_lead = false;
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
                    // "Käsittelyn oikeusperuste on" / "The legal basis is:" over a list: the
                    // items are the bases, not purposes (a web page may give each its own
                    // paragraph). Their bases are read as those of any basis paragraph.
                    let items = lines.iter().all(|l| list_marker(&l.text).is_some());
                    if basis_lead && items {
                        push_para(&mut self.reg.legal_basis_text, self.lang, &para_text(lines));
                        self.basis.push(lines.clone());
                        continue;
                    }
                    basis_lead = false;
                    // "Vi hanterar dina uppgifter för att administrera kampanjen. ... berättigade
                    // intressen": a basis paragraph that opens with what the data are for is a
                    // purpose too; its basis is read from it below.
                    let opens_with_purpose =
                        crate::import::lines::flat_sentences(lines).first().is_some_and(|(_, s)| purpose_clause(s));
                    if is_basis_paragraph(lines) && !opens_with_purpose {
                        // "On occasion we collect data from non-members ... . Our lawful basis for
                        // processing data is consent.": what is done is a purpose; only the
                        // sentences on the basis are the legal basis.
                        let Some(rest) = split_trailing_basis(lines) else {
                            push_para(&mut self.reg.legal_basis_text, self.lang, &para_text(lines));
                            self.basis.push(lines.clone());
                            // A lead-in: it ends with a colon or with no full stop at all.
                            basis_lead =
                                lines.last().is_some_and(|l| !l.text.trim_end().ends_with(['.', '!', '?', ')']));
                            continue;
                        };
                        let (done, basis) = rest;
                        let joined = |v: &[SrcLine]| v.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ");
                        push_para(&mut self.reg.legal_basis_text, self.lang, &joined(&basis));
                        self.basis.push(basis);
                        if in_sub {
                            if let Some(u) = units.last_mut() {
                                u.push_str("\n\n");
                                u.push_str(&joined(&done));
                            }
                        } else if has_subs {
                            lead_in.extend(done);
                        } else {
                            units.push(joined(&done));
                        }
                        continue;
                    }
                    // "Tietoja käsitellään suostumuksen perusteella ... tunnistamiseksi": a purpose
                    // that names its basis; the basis is read from it too.
                    if names_basis(&para_text(lines)) || opens_with_purpose {
                        self.basis.push(lines.clone());
                    }
                    if in_sub {
                        if let Some(u) = units.last_mut() {
                            u.push_str("\n\n");
                            u.push_str(&para_text(lines));
                        }
                        continue;
                    }
                    // Before the activities' sub-headings, a paragraph of prose that says
                    // what data are processed for ("Keräämme ja käsittelemme vain sellaisia
                    // henkilötietoja, jotka ovat välttämättömiä yhdistyksen toiminnan ...
                    // kannalta") is the purpose common to them all; a lead-in to the list
                    // of activities stays a lead-in.
                    if has_subs {
                        let text = para_text(lines);
                        // A lead-in alone ends with a colon; a purpose may end with one
                        // ("... kannalta. Käsittelemme henkilötietoja seuraaviin tarkoituksiin:").
                        let lead_only = text.trim_end().ends_with(':')
                            && crate::import::lines::sentences(&text.replace('\n', " ")).len() <= 1;
                        let prose = lines.iter().all(|l| list_marker(&l.text).is_none())
                            && !lead_only
                            && word_count(&text) >= 8;
                        if prose && (opens_with_purpose || is_purpose_paragraph(lines) || describes_processing(&text)) {
                            units.push(text);
                        } else {
                            lead_in.extend(lines.iter().cloned());
                        }
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
        let listed = !units.is_empty();
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
        // "Käsittelemme henkilötietojasi seuraaviin tarkoituksiin:" over the purposes says what
        // the heading says: it stays in the import log, not in a section of its own.
        if let [line] = lead_in.as_slice() {
            if line.text.trim_end().ends_with(':') && word_count(&line.text) <= 15 && listed {
                let l = crate::i18n::DocText::Line.get(self.lang);
                self.log.push(format!("{l} {} \"{}\" → purposes", line.no, line.text.trim()));
                return;
            }
        }
        self.leftover(heading, Section::Purposes, &lead_in);
    }

    /// Reads the legal bases out of the basis paragraphs and gives them to the purposes:
    /// a sentence's bases go to the purposes it shares a word with, or to all.
    pub(super) fn assign_bases(&mut self) {
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

/// A paragraph of prose that tells what is done and then, in a later sentence, names the
/// legal basis: its other sentences and its basis sentences, each as lines of their own.
/// `None` for a list, a paragraph that opens with its basis and one of a single sentence.
#[allow(clippy::type_complexity)]
fn split_trailing_basis(lines: &[SrcLine]) -> Option<(Vec<SrcLine>, Vec<SrcLine>)> {
    if lines.iter().any(|l| list_marker(&l.text).is_some()) {
        return None;
    }
    let sentences = crate::import::lines::flat_sentences(lines);
    if sentences.len() < 2 {
        return None;
    }
    // The basis first and the purpose after it ("Oikeusperuste on rekisterinpitäjän
    // oikeutettu etu. Rekisterin tarkoitus on ylläpitää jäsenten yhteystietoja."): the
    // sentences that say what the purpose is are the purpose; any other sentence keeps
    // the paragraph the basis's.
    if sentences.first().is_some_and(|(_, s)| is_basis_statement(s))
        && !sentences.iter().all(|(_, s)| is_basis_statement(s) || states_purpose(s))
    {
        return None;
    }
    let (basis, done): (Vec<_>, Vec<_>) = sentences.into_iter().partition(|(_, s)| is_basis_statement(s));
    if basis.is_empty() || done.is_empty() {
        return None;
    }
    let as_lines = |v: Vec<(usize, String)>| v.into_iter().map(|(no, text)| SrcLine { no, text }).collect::<Vec<_>>();
    Some((as_lines(done), as_lines(basis)))
}

/// A sentence that says what the purpose of the processing is: "Rekisterin tarkoitus on
/// ...", "Käsittelyn tarkoituksena on ...", "Syftet med behandlingen är ...", "Ändamålet
/// med registret är ...", "The purpose of the processing is ...".
fn states_purpose(s: &str) -> bool {
    let f = format!(" {} ", folded_words(s).join(" "));
    !is_basis_statement(s)
        && [" tarkoitus on ", " tarkoituksena on ", " purpose of ", " purposes of "]
            .iter()
            .chain(&[" syftet med ", " syftet ar ", " andamalet med ", " andamalet ar "])
            .any(|p| f.contains(p))
}

/// The first five letters of the words that say what a sentence is about (the words every
/// notice uses are left out), for matching basis sentences to purposes.
pub(super) fn stems(s: &str) -> Vec<String> {
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

/// The law named alone, as a list item of the legal bases.
const LAW: &[&str] = &["laki", "lakiin", "lag", "lagen", "law"];

/// Bases from basis paragraphs: those of list items (unless all bases are listed and
/// none marked), and per sentence. Notes unfinished sentences, Article 6 without a point
/// and wordings that are no Art. 6 basis.
#[allow(clippy::type_complexity)]
pub(super) fn read_bases(
    paras: &[Vec<SrcLine>],
    notes: &mut Vec<Note>,
) -> (Vec<LegalBasis>, Vec<(usize, String, Vec<LegalBasis>)>) {
    let mut items: Vec<(usize, bool, Vec<LegalBasis>)> = Vec::new();
    // Whether every item is a statement, not an option: a bullet (no check box) that cites
    // its Article 6(1) point and goes on to say what it covers ("- Avtal (art. 6.1 b). Konto,
    // inloggning ...").
    let mut all_stated = true;
    let mut per_sentence = Vec::new();
    for para in paras {
        let mut prose: Vec<&SrcLine> = Vec::new();
        for l in para {
            match list_marker(&l.text) {
                Some((m, item)) => {
                    not_article6(item, l.no, notes);
                    let mut bases = bases_in(item);
                    // An item that is just the law ("- laki", "- lag", "- law"): the legal
                    // obligation, one of a template's options.
                    let words = folded_words(item);
                    if bases.is_empty() && words.len() <= 2 && words.first().is_some_and(|w| LAW.contains(&w.as_str()))
                    {
                        bases.push(LegalBasis::LegalObligation);
                    }
                    let stated = !matches!(m, Marker::Checkbox(_))
                        && article_points(item).is_some_and(|p| !p.is_empty())
                        && crate::import::lines::sentences(item).len() >= 2;
                    all_stated &= stated;
                    items.push((l.no, item_is_marked(Some(m), item), bases));
                }
                None => prose.push(l),
            }
        }
        let prose: Vec<SrcLine> =
            prose.into_iter().filter(|l| crate::import::lines::date_line(&l.text).is_none()).cloned().collect();
        for (no, s) in crate::import::lines::flat_sentences(&prose) {
            let s = s.as_str();
            not_article6(s, no, notes);
            let words = folded_words(s);
            if negated(&words) {
                continue;
            }
            if article_points(s).is_some_and(|p| p.is_empty()) && bases_in(s).is_empty() {
                notes.push(Note::ArticleWithoutPoint { line: no });
            }
            per_sentence.push((no, s.to_owned(), bases_in(s)));
        }
    }
    let mut distinct: Vec<LegalBasis> = items.iter().flat_map(|i| i.2.iter().copied()).collect();
    distinct.sort();
    distinct.dedup();
    let ticked: Vec<&(usize, bool, Vec<LegalBasis>)> = items.iter().filter(|i| i.1).collect();
    let listed: Vec<LegalBasis> = if !ticked.is_empty() {
        ticked.iter().flat_map(|i| i.2.iter().copied()).collect()
    } else if distinct.len() >= 4 && !all_stated {
        notes.push(Note::UnmarkedBases { line: items.first().map_or(0, |i| i.0), count: distinct.len() });
        Vec::new()
    } else {
        distinct
    };
    (listed, per_sentence)
}

pub(super) fn not_article6(s: &str, line: usize, notes: &mut Vec<Note>) {
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
