//! Recipients, processors and transfers outside the EU/EEA, with their yes/no answers.

use super::{Filler, Reading, first_line, line_sentences, push_para, read_answer, text_in};
use crate::import::lines::{flat_sentences, fold, folded_words, list_marker, sentence_spans, word_count};
use crate::import::meaning::*;
use crate::import::report::{Ambiguity, Note};
use crate::import::structure::Part;
use crate::model::*;

impl Filler<'_> {
    /// The answer the sentences of a yes/no section give, with the line it was read from:
    /// yes (a restricted yes too) or no when they agree; nothing, and a note saying why,
    /// when one says no and another yes, or when a sentence only says "if".
    pub(super) fn decide(&mut self, read: &[(usize, String, Polarity)], section: Section) -> Option<(Answer, usize)> {
        let find = |want: &[Polarity]| read.iter().find(|r| want.contains(&r.2));
        let yes = find(&[Polarity::Yes, Polarity::Restricted]);
        let no = find(&[Polarity::No]);
        let mixed = find(&[Polarity::Mixed]);
        let conditional = find(&[Polarity::Conditional]);
        let ambiguous =
            |r: &(usize, String, Polarity), why| Note::Ambiguous { line: r.0, section, why, text: r.1.clone() };
        match (yes, no, mixed, conditional) {
            (Some(y), None, None, _) => Some((Answer::Yes, y.0)),
            (None, Some(n), None, None) => Some((Answer::No, n.0)),
            (_, _, Some(m), _) => {
                self.note(ambiguous(m, Ambiguity::NoAndYes));
                None
            }
            (Some(_), Some(n), None, _) => {
                self.note(ambiguous(n, Ambiguity::NoAndYes));
                None
            }
            (None, _, None, Some(c)) => {
                self.note(ambiguous(c, Ambiguity::Conditional));
                None
            }
            (None, None, None, None) => None,
        }
    }

    pub(super) fn recipients(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let reading = read_answer(parts);
        if let Reading::Bare(a) = reading {
            self.reg.recipients.disclosures = a;
            return;
        }
        for (i, part) in parts.iter().enumerate() {
            match part {
                Part::Sub(h) => {
                    if parts[i + 1..].iter().any(|p| matches!(p, Part::Para(_))) {
                        push_para(&mut self.reg.recipients.description, lang, &h.text);
                    } else {
                        self.log_sub(h);
                    }
                }
                Part::Para(lines) => {
                    let mut prose: Vec<&str> = Vec::new();
                    for l in lines {
                        match list_marker(&l.text) {
                            Some((_, item)) if bare_answer(item).is_none() => {
                                self.reg
                                    .recipients
                                    .list
                                    .push(Recipient { name: text_in(lang, item), ..Recipient::default() });
                            }
                            _ => prose.push(&l.text),
                        }
                    }
                    let text = prose.join("\n");
                    match inline_enumeration(&text) {
                        Some((lead, items, tail)) => {
                            push_para(&mut self.reg.recipients.description, lang, &lead);
                            for item in items {
                                self.reg
                                    .recipients
                                    .list
                                    .push(Recipient { name: text_in(lang, &item), ..Recipient::default() });
                            }
                            push_para(&mut self.reg.recipients.description, lang, &tail);
                        }
                        None => push_para(&mut self.reg.recipients.description, lang, &text),
                    }
                }
            }
        }
        match reading {
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Recipients, |r, a| r.recipients.disclosures = a);
                return;
            }
            Reading::First(a) => {
                self.reg.recipients.disclosures = a;
                return;
            }
            _ => {}
        }
        let (general_no, positive) = disclosure_sentences(parts);
        if let Some(line) = general_no {
            match positive.first() {
                // "Tietoja ei luovuteta" and "voimme luovuttaa": no answer can be read.
                Some((l, s)) => self.note(Note::Ambiguous {
                    line: *l,
                    section: Section::Recipients,
                    why: Ambiguity::NoAndYes,
                    text: s.clone(),
                }),
                None => {
                    self.reg.recipients.disclosures = Answer::No;
                    self.note(Note::Answer { line, section: Section::Recipients, answer: Answer::No });
                }
            }
        } else if !self.reg.recipients.list.is_empty() || !positive.is_empty() {
            self.reg.recipients.disclosures = Answer::Yes;
            let line = positive.first().map_or_else(|| first_line(parts).unwrap_or(0), |p| p.0);
            self.note(Note::Answer { line, section: Section::Recipients, answer: Answer::Yes });
        }
    }

    pub(super) fn processors(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let reading = read_answer(parts);
        if let Reading::Bare(a) = reading {
            self.reg.processors.used = a;
            return;
        }
        for part in parts {
            if let Part::Para(lines) = part {
                for l in lines {
                    if let Some((_, item)) = list_marker(&l.text) {
                        if bare_answer(item).is_none() && word_count(item) <= 6 {
                            self.add_processor(item.trim_end_matches(['.', ',']));
                        }
                    }
                }
            }
        }
        let text = self.body_text(parts);
        for company in companies(&text) {
            self.add_processor(&company);
        }
        push_para(&mut self.reg.processors.description, lang, &text);
        match reading {
            Reading::Checklist { answer, both, line } => {
                self.checklist(answer, both, line, Section::Processors, |r, a| r.processors.used = a);
                return;
            }
            Reading::First(a) => {
                self.reg.processors.used = a;
                return;
            }
            _ => {}
        }
        for (line, s) in line_sentences(parts) {
            if let Some(a) = processor_statement(&s) {
                if self.reg.processors.used.is_unanswered() {
                    self.reg.processors.used = a;
                    self.note(Note::Answer { line, section: Section::Processors, answer: a });
                }
            }
        }
    }

    pub(super) fn add_processor(&mut self, name: &str) {
        // "Imago+ Oy:n alihankkijat": the controller's own name is not a processor.
        let controller = self.reg.controller.contact.name.or_any(self.lang).to_owned();
        if !controller.is_empty() && fold(&controller).contains(&fold(name)) {
            return;
        }
        if !name.is_empty() && !self.reg.processors.list.iter().any(|p| p.name == name) {
            self.reg.processors.list.push(Processor { name: name.to_owned(), ..Processor::default() });
        }
    }

    pub(super) fn transfers(&mut self, parts: &[Part]) {
        let lang = self.lang;
        let Some((text, open)) =
            self.answer_section(parts, Section::Transfers, |r| (&mut r.transfers.answer, &mut r.transfers.description))
        else {
            return;
        };
        if open {
            let read: Vec<(usize, String, Polarity)> = line_sentences(parts)
                .into_iter()
                .filter_map(|(line, s)| transfer_polarity(&s).map(|p| (line, s, p)))
                .collect();
            if let Some((a, line)) = self.decide(&read, Section::Transfers) {
                self.reg.transfers.answer = a;
                self.note(Note::Answer { line, section: Section::Transfers, answer: a });
            }
        }
        if self.reg.transfers.answer == Answer::Yes {
            let safeguard = safeguard_in(&text);
            for country in countries(&text) {
                if !self.reg.transfers.list.iter().any(|t| t.country.get(lang) == country) {
                    self.reg.transfers.list.push(Transfer {
                        country: text_in(lang, country),
                        safeguard,
                        ..Transfer::default()
                    });
                }
            }
            if self.reg.transfers.list.is_empty() {
                // A transfer the notice tells of without naming a country ("tiedot voivat
                // sijaita EU:n tai ETA:n ulkopuolella"): one entry with the sentence that
                // says so, for the DPO to complete; the validator asks for the country and
                // the safeguard (GDPR 13(1)(f)).
                let said = line_sentences(parts)
                    .into_iter()
                    .map(|(_, s)| s)
                    .find(|s| matches!(transfer_polarity(s), Some(Polarity::Yes | Polarity::Restricted)));
                if safeguard.is_some() || said.is_some() {
                    self.reg.transfers.list.push(Transfer {
                        safeguard,
                        details: said.map(|s| text_in(lang, &s)).unwrap_or_default(),
                        ..Transfer::default()
                    });
                }
            }
        }
    }
}

/// The words of a sentence up to a second clause about using the data: "eikä" / "nor", or
/// "tai" / "or" / "eller" before a verb of using ("... or used for other purposes").
fn disclosure_clause(words: &[String]) -> &[String] {
    const USE: &[&str] = &["kayt", "used", "use", "anvand", "processed", "kasitel"];
    let end = words
        .iter()
        .enumerate()
        .position(|(i, w)| {
            matches!(w.as_str(), "eika" | "nor")
                || (matches!(w.as_str(), "tai" | "or" | "eller")
                    && words.get(i + 1).is_some_and(|n| USE.iter().any(|u| n.starts_with(u))))
        })
        .unwrap_or(words.len());
    &words[..end]
}

/// The sentences of a recipients section read for a yes or no: the line of the first
/// general no, and the sentences that say yes. "Tietoja ei luovuteta kolmansille
/// osapuolille" says no; "voimme luovuttaa" and publication say yes; a no that is qualified
/// ("ei säännönmukaisesti", "ei markkinointiin") is no general no.
fn disclosure_sentences(parts: &[Part]) -> (Option<usize>, Vec<(usize, String)>) {
    let mut general_no: Option<usize> = None;
    let mut positive: Vec<(usize, String)> = Vec::new();
    // Each sentence with whether its paragraph says the data are anonymised or aggregated.
    let read: Vec<(usize, String, bool)> = parts
        .iter()
        .filter_map(|p| if let Part::Para(lines) = p { Some(flat_sentences(lines)) } else { None })
        .flat_map(|sentences| {
            let anonymous = sentences.iter().any(|(_, s)| anonymised(s));
            sentences.into_iter().map(move |(line, s)| (line, s, anonymous))
        })
        .collect();
    for (line, s, anonymous) in read {
        let words = folded_words(&s);
        // "Uppgifterna överförs inte till tredje part annat än ...", "siirretään kolmansille
        // osapuolille": moving the data to a third party is a disclosure, said with the verb
        // a transfer abroad also uses.
        let f = fold(&s);
        let third_party =
            ["tredje part", "third part", "kolmansille osapuol", "kolmannelle osapuol"].iter().any(|p| f.contains(p));
        let mut verbs: Vec<&str> = vec!["luovut", "utlamn", "disclos", "lamnas", "lamnar", "share"];
        if third_party {
            verbs.extend(["overfor", "transfer", "siirr", "siirt"]);
        }
        // "Vi delar (inte) med oss av dina uppgifter till ...", "Emme jaa tietojasi ...":
        // sharing said with the Swedish and Finnish verb, matched as whole words (the stem
        // "dela" also begins "delarna", the parts; "jaa" begins many words).
        // The Swedish verb shares "med" someone; without it "delar" is the noun (the parts).
        let with = words.iter().any(|w| w == "med");
        let shared: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| SHARE_FORMS_FI.contains(w) || (with && SHARE_FORMS_SV.contains(w)))
            .collect();
        verbs.extend(shared.iter().copied());
        let verbs = verbs.as_slice();
        let verb = any_prefix(&words, verbs);
        // "Inga externa mottagare.", "Ei vastaanottajia.", "No recipients.": no disclosures,
        // said with the noun. "Ei muita vastaanottajia" (no others) is no general no.
        const NOUNS: &[&str] = &["mottagar", "vastaanottaj", "recipient"];
        // "Vastaanottajia ei ole": the Finnish "there are none" follows its noun.
        let none_exist =
            words.windows(3).any(|w| NOUNS.iter().any(|n| w[0].starts_with(n)) && w[1] == "ei" && w[2] == "ole");
        if !verb && !is_question(&s) && (negated_near(&words, NOUNS) || none_exist) {
            let other = words.iter().any(|w| ["muita", "muille", "andra", "other", "further"].contains(&w.as_str()));
            if !other && general_no.is_none() {
                general_no = Some(line);
            }
            continue;
        }
        // "Toimittajat ovat tulkittavissa henkilötietojen vastaanottajiksi", "Mottagare är
        // ...", "Recipients include ...": recipients named as such, with no negation.
        const BEING: &[&str] =
            &["on", "ovat", "kuuluvat", "ar", "is", "are", "include", "includes", "inkluderar", "omfattar"];
        let named = any_prefix(&words, NOUNS) && words.iter().any(|w| BEING.contains(&w.as_str()));
        let condition = words.first().is_some_and(|w| CONDITIONS.contains(&w.as_str()));
        if named && !negated(&words) && !is_question(&s) && !fragment(&s) && !condition {
            positive.push((line, s));
            continue;
        }
        // "Tulokset tulevat julkisiksi", "published on the website": published data are
        // disclosed to anyone who reads them; results published anonymised or aggregated
        // ("In both cases, the data will be anonymised") are no personal data disclosed.
        let published =
            any_prefix(&words, &["julkaist", "julkaisemme", "julkisiksi", "publicer", "published", "publish"]);
        // "Tietoja voidaan julkaista siltä osin kuin niin on sovittu asiakkaan kanssa",
        // "published if you agree": a publication on a condition answers nothing, as "jos
        // tietoja luovutetaan" does not.
        let spaced = format!(" {} ", words.join(" "));
        let on_condition = words.iter().any(|w| ["jos", "mikali", "ifall", "if"].contains(&w.as_str()))
            || [" silta osin kuin ", " siina maarin kuin ", " i den man ", " to the extent "]
                .iter()
                .any(|p| spaced.contains(p));
        if !verb && published && !on_condition && !anonymous && !negated(&words) && !is_question(&s) && !fragment(&s) {
            positive.push((line, s));
            continue;
        }
        if !verb {
            continue;
        }
        const QUALIFIERS: &[&str] = &[
            "muille",
            "muihin",
            "suoramarkkin",
            "markkina",
            "puhelinmyyn",
            "eu",
            "eun",
            "eta",
            "etan",
            "ulkopuolelle",
            "myy",
            "lahtokohtaisesti",
            "paasaantoisesti",
            "ilman",
            "other",
            "andra",
            "utanfor",
            "outside",
            "saannonmukaisesti",
            "regelbundet",
            "regelmassigt",
            "routinely",
            "regularly",
            "kaupallis",
            "markkin",
            "mainon",
            "commercial",
            "marketing",
            "marknadsf",
            "sell",
            // "We do not share your data with advertisers", "till annonsörer",
            // "mainostajille": a no about one kind of recipient is no general no.
            "advertis",
            "annons",
            "reklam",
            "mainost",
        ];
        // "Luovutetaan vain viranomaisille", "ei luovuteta muutoin kuin lain nojalla": a
        // yes with a restriction; "jos tietoja luovutetaan": no answer.
        match polarity(&s, verbs) {
            Some(Polarity::Restricted) => {
                positive.push((line, s));
                continue;
            }
            Some(Polarity::Conditional) => continue,
            _ => {}
        }
        if negated_near(&words, verbs) {
            // A second negated clause ("... eikä käytetä muihin tarkoituksiin", "... or used
            // for other purposes") qualifies the use, not the disclosure.
            let clause = disclosure_clause(&words);
            if !clause.iter().any(|w| QUALIFIERS.iter().any(|q| w == q || (q.len() >= 5 && w.starts_with(q))))
                && general_no.is_none()
            {
                general_no = Some(line);
            }
        } else if !negated(&words)
            && any_prefix(
                &words,
                &[
                    "voi",
                    "voidaan",
                    "voimme",
                    "saatamme",
                    "saattaa",
                    "luovutamme",
                    "luovutetaan",
                    "kan",
                    "may",
                    "utlamnas",
                    "disclosed",
                    "disclose",
                ],
            )
            || !shared.is_empty() && !negated(&words) && !is_question(&s) && !fragment(&s)
        {
            positive.push((line, s));
        }
    }
    (general_no, positive)
}

/// The Swedish and Finnish forms of "share" read as a disclosure verb, whole words only.
const SHARE_FORMS_SV: &[&str] = &["dela", "delar", "delas", "delat", "delade"];
const SHARE_FORMS_FI: &[&str] = &["jaa", "jaamme", "jaetaan", "jaeta", "jakaa", "jaetut"];

/// A sentence saying the data are anonymised or aggregated, so that no one can be
/// identified from them ("Tulokset ovat anonyymejä", "i aggregerad form", "the data will
/// be anonymised"). Pseudonymised data are still personal data (GDPR recital 26): no match.
fn anonymised(s: &str) -> bool {
    const STEMS: &[&str] = &["anonym", "anonyym", "aggregat", "aggreger", "aggregoi", "koostetie", "tilastollis"];
    let words = folded_words(s);
    // "ei anonymisoida", "not anonymised" say the opposite.
    any_prefix(&words, STEMS) && !negated_near(&words, STEMS)
}

/// "Viranomaisille ..., b) perintäyhtiölle ..., c) ..." inside a paragraph: the text before
/// the first item, the items, and the text after the last item's sentence.
pub(super) fn inline_enumeration(text: &str) -> Option<(String, Vec<String>, String)> {
    let flat = text.replace('\n', " ");
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for (k, label) in ["a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)"].iter().enumerate() {
        let from = marks.last().map_or(0, |m| m.1);
        let found = flat[from..].match_indices(label).map(|(i, _)| i + from).find(|&i| {
            let before_ok = i == 0 || flat[..i].ends_with(' ') || flat[..i].ends_with(':');
            let after_ok = flat[i + 2..].starts_with(' ');
            before_ok && after_ok
        });
        match found {
            Some(i) => marks.push((i, i + 2)),
            None if k >= 2 => break,
            None => return None,
        }
    }
    if marks.len() < 2 {
        return None;
    }
    let lead = flat[..marks[0].0].trim().to_owned();
    let mut items = Vec::new();
    let mut tail = String::new();
    for (k, m) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(flat.len(), |n| n.0);
        let mut item = flat[m.1..end].trim().to_owned();
        if k + 1 == marks.len() {
            // The last item ends with its sentence; what follows stays text.
            let spans = sentence_spans(&item);
            if spans.len() > 1 {
                let cut = spans[0].1;
                tail = item[cut..].trim().to_owned();
                item = item[..cut].to_owned();
            }
        }
        let item = item.trim().trim_end_matches([',', ';', '.']).trim();
        let item = item
            .strip_suffix(" ja")
            .or_else(|| item.strip_suffix(" sekä"))
            .or_else(|| item.strip_suffix(" tai"))
            .unwrap_or(item);
        items.push(item.trim().to_owned());
    }
    Some((lead, items, tail))
}
