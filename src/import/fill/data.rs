//! Data subjects, personal data (categories, special categories, the identity code) and sources.

use super::{Filler, Reading, first_line, push_para, read_answer, text_in};
use crate::import::headings::Target;
use crate::import::lines::{
    Marker, SrcLine, fold, folded_words, list_marker, para_text, sentence_spans, sentences, word_count,
};
use crate::import::meaning::*;
use crate::import::report::{FoundSection, How, Note};
use crate::import::structure::{Heading, Part};
use crate::model::*;

impl Filler<'_> {
    pub(super) fn subjects(&mut self, parts: &[Part]) {
        for part in parts {
            match part {
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.subjects.push(text_in(self.lang, item)),
                            None => prose.push(&l.text),
                        }
                    }
                    if !prose.is_empty() {
                        self.reg.subjects.push(text_in(self.lang, &prose.join("\n")));
                    }
                }
                Part::Sub(h) => self.reg.subjects.push(text_in(self.lang, &h.text)),
            }
        }
    }

    pub(super) fn data(&mut self, heading: Option<&Heading>, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.data.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) if is_purpose_paragraph(lines) => {
                    // "Rekisteritietoja voidaan käyttää ... asiakassuhteen hallintaan": a purpose.
                    let line = lines.first().map_or(0, |l| l.no);
                    self.report.sections.push(FoundSection {
                        line,
                        heading: None,
                        section: Section::Purposes,
                        field: Target::Purposes.field().to_owned(),
                        how: How::Content { from: heading.map(|h| h.text.clone()) },
                    });
                    let text = para_text(lines);
                    let f = fold(&text);
                    let direct_marketing = ["suoramarkkin", "suoramainon", "direktmarknadsf", "direct marketing"]
                        .iter()
                        .any(|s| f.contains(s));
                    self.reg.purposes.push(Purpose {
                        description: text_in(lang, &text),
                        direct_marketing,
                        ..Purpose::default()
                    });
                }
                Part::Para(lines) => {
                    if is_special_paragraph(lines) {
                        push_para(&mut self.reg.data.special_text, lang, &para_text(lines));
                        if let Some(line) = lines.first() {
                            self.special_statement(&para_text(lines), line.no);
                        }
                        continue;
                    }
                    let mut prose: Vec<&SrcLine> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.data.categories.push(category(lang, item)),
                            None => prose.push(l),
                        }
                    }
                    if prose.is_empty() {
                        continue;
                    }
                    let joined = prose.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("\n");
                    // A sentence that only lists data ("Nimi, osoite, kotikunta, ...") gives categories.
                    let flat = joined.replace('\n', " ");
                    let spans = sentence_spans(&flat);
                    let mut kept: Vec<&str> = Vec::new();
                    let mut listed = false;
                    for (a, b) in &spans {
                        let s = &flat[*a..*b];
                        if let Some((name, items)) = labelled_list(s) {
                            listed = true;
                            self.reg.data.categories.push(DataCategory {
                                name: text_in(lang, &name),
                                description: text_in(lang, &items),
                                special: None,
                            });
                            continue;
                        }
                        match comma_list(s) {
                            Some(items) => {
                                listed = true;
                                for item in items {
                                    self.reg.data.categories.push(category(lang, &item));
                                }
                            }
                            None => kept.push(s),
                        }
                    }
                    // A paragraph that is one short phrase ("Käyttäjän IP-osoite.") is a category,
                    // unless a list follows it: then it is the list's lead-in ("Rekisteriin
                    // tallennetaan seuraavat tiedot.").
                    let list_follows = matches!(parts.get(i + 1),
                        Some(Part::Para(next)) if next.first().is_some_and(|l| list_marker(&l.text).is_some()));
                    let phrase = !list_follows
                        && prose.len() == 1
                        && lines.len() == 1
                        && word_count(&joined) <= 5
                        && !joined.contains([',', ':'])
                        && !negated(&folded_words(&joined))
                        && spans.len() == 1;
                    if phrase {
                        self.reg.data.categories.push(category(lang, joined.trim_end_matches('.')));
                        continue;
                    }
                    let text = if listed { kept.join(" ") } else { joined };
                    push_para(&mut self.reg.data.description, lang, &text);
                }
            }
        }
        // The personal identity code: stored unless the text says it is not.
        let all = self.body_text_quiet(parts);
        for s in sentences(&all.replace('\n', " ")) {
            let words = folded_words(s);
            if !any_prefix(&words, &["henkilotunnu", "hetu", "personbeteckning"]) && !fold(s).contains("identity code")
            {
                continue;
            }
            let store = [
                "tallenn",
                "kerat",
                "kasitel",
                "pyydet",
                "kysyt",
                "talleta",
                "keraamme",
                "kasittelemme",
                "sparas",
                "behandlas",
                "collect",
                "store",
                "process",
            ];
            // "ei tallenneta", "ei voi käsitellä", "will not be collected": the negation within
            // two words before the verb.
            let not_stored = words.iter().enumerate().any(|(i, w)| {
                crate::lexicon::is_negation(w)
                    && words[i + 1..].iter().take(2).any(|n| store.iter().any(|s| n.starts_with(s)))
            });
            let stored = any_prefix(&words, &store) || words.len() <= 3;
            // A negation before the code elsewhere in the sentence (a list led by "... ei
            // voi edes käsitellä seuraavia tietoja") leaves the answer open.
            let code_at = words
                .iter()
                .position(|w| ["henkilotunnu", "hetu", "personbeteckning", "identity"].iter().any(|p| w.starts_with(p)))
                .unwrap_or(words.len());
            let negated_elsewhere = words[..code_at].iter().any(|w| crate::lexicon::is_negation(w));
            if not_stored {
                self.reg.data.personal_id_code = Answer::No;
            } else if stored && !negated_elsewhere && self.reg.data.personal_id_code != Answer::No {
                self.reg.data.personal_id_code = Answer::Yes;
            }
        }
    }

    /// "Rekisteri ei sisällä erityisiä henkilötietoja": no special categories. A check box
    /// option counts only when ticked ("☒ Tutkimuksessa käsitellään seuraavia arkaluonteisia
    /// henkilötietoja" says yes; "☐ ... ei käsitellä ..." says nothing).
    pub(super) fn special_statement(&mut self, text: &str, line: usize) {
        for l in text.lines() {
            let (ticked, body) = match list_marker(l) {
                Some((Marker::Checkbox(false), _)) => continue,
                Some((Marker::Checkbox(true), rest)) => (true, rest),
                _ => (false, l),
            };
            for s in sentences(body) {
                let words = folded_words(s);
                let about = any_prefix(&words, &["erityis", "arkaluon", "sarskild", "kanslig", "special", "sensitive"]);
                let verb = any_prefix(
                    &words,
                    &["sisall", "kasitel", "kerat", "tallenn", "innehall", "behandla", "contain", "process", "collect"],
                );
                if !(about && verb && self.reg.data.special.is_unanswered()) || is_question(s) {
                    continue;
                }
                let answer = if negated(&words) {
                    Answer::No
                } else if ticked {
                    Answer::Yes
                } else {
                    continue;
                };
                self.reg.data.special = answer;
                self.note(Note::Answer { line, section: Section::Data, answer });
            }
        }
    }

    pub(super) fn special(&mut self, parts: &[Part]) {
        let line = first_line(parts).unwrap_or(0);
        match read_answer(parts) {
            Reading::Bare(a) => {
                self.reg.data.special = a;
                return;
            }
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Data, |r, a| r.data.special = a)
            }
            Reading::First(a) => self.reg.data.special = a,
            Reading::Open => {}
        }
        let text = self.body_text(parts);
        push_para(&mut self.reg.data.special_text, self.lang, &text);
        self.special_statement(&text, line);
    }

    pub(super) fn sources(&mut self, parts: &[Part]) {
        let lang = self.lang;
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.sources.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) => self.reg.sources.list.push(text_in(lang, item)),
                            None => prose.push(&l.text),
                        }
                    }
                    push_para(&mut self.reg.sources.description, lang, &prose.join("\n"));
                }
            }
        }
        let all = self.body_text_quiet(parts).replace('\n', " ");
        for s in sentences(&all) {
            let f = fold(s);
            let words = folded_words(s);
            if negated(&words) {
                continue;
            }
            const SUBJECT: &[&str] = &[
                "henkilolta itseltaan",
                "rekisteroidylta itseltaan",
                "asiakkaalta itseltaan",
                "kayttajalta itseltaan",
                "henkilolta itselta",
                "itse antam",
                "itse ilmoittam",
                "den registrerade sjalv",
                "fran den registrerade",
                "from the data subject",
                "from you",
                "you provide",
                "provided by you",
            ];
            const ELSEWHERE: &[&str] = &[
                "dvv",
                "vaestotietojarjestelm",
                "vaestorekisteri",
                "muista rekistereista",
                "julkisista lahteista",
                "ulkopuolisista lahteista",
                "muilta viranomaisilta",
                "viranomaisilta",
                "kolmansilta osapuolilta",
                "befolkningsdatasystemet",
                "myndigheter",
                "third part",
                "other sources",
                "public sources",
            ];
            if SUBJECT.iter().any(|p| f.contains(p)) {
                self.reg.sources.from_subject = Answer::Yes;
            }
            if ELSEWHERE.iter().any(|p| f.contains(p)) {
                self.reg.sources.from_elsewhere = Answer::Yes;
            }
        }
    }
}

pub(super) fn category(lang: Lang, item: &str) -> DataCategory {
    DataCategory { name: text_in(lang, item.trim_end_matches([',', ';'])), ..DataCategory::default() }
}

/// "Nimi, osoite, kotikunta, syntymäaika." -> the items, when every item is a few words.
/// A category told as "Label: a, b ja c." ("Yritysasiakkaista: y-tunnus, osoite ja muut
/// yhteystiedot", "Members: name, address and phone number"): the label names the category,
/// the list says what it holds. A short label, two or more short items, no aside.
pub(super) fn labelled_list(sentence: &str) -> Option<(String, String)> {
    let (label, rest) = sentence.split_once(':')?;
    let label = label.trim();
    let items = rest.trim().trim_end_matches(['.', ';']).trim();
    // "Tallennettavia tietoja ovat: ...", "The data include: ...": a lead-in, no name.
    const VERBS: &[&str] =
        &["on", "ovat", "ar", "is", "are", "include", "includes", "sisaltaa", "sisaltavat", "kuuluu"];
    let lead_in = folded_words(label).last().is_some_and(|w| VERBS.contains(&w.as_str()));
    if lead_in
        || !(1..=4).contains(&word_count(label))
        || !label.chars().next().is_some_and(char::is_uppercase)
        || items.contains(['(', ':'])
        || negated(&folded_words(items))
    {
        return None;
    }
    let parts: Vec<&str> = items
        .split(',')
        .flat_map(|p| p.split(" ja ").flat_map(|q| q.split(" och ")).flat_map(|q| q.split(" and ")))
        .map(str::trim)
        .collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || word_count(p) > 6) {
        return None;
    }
    Some((label.to_owned(), rest.trim().to_owned()))
}

pub(super) fn comma_list(sentence: &str) -> Option<Vec<String>> {
    let body = sentence.trim().trim_end_matches(['.', ';']);
    let items: Vec<&str> = body.split(',').map(str::trim).collect();
    if items.len() < 4 || items.iter().any(|i| i.is_empty() || word_count(i) > 4 || i.contains(':')) {
        return None;
    }
    if !items[0].chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(items.into_iter().map(str::to_owned).collect())
}
