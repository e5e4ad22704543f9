//! The fi/sv/en lexicon of a notice's sections: which words and phrases say that a
//! heading or a paragraph is about the controller, the purposes, retention, the rights...
//! (GDPR Art. 13 and 14; GDPR-REFERENCE.md 1.3 and 1.4; the seeds; Finnish, Finland-
//! Swedish and English municipal and company notices).
//!
//! Pure data and two scorers, shared by the importer (which section a heading or a
//! paragraph belongs to) and the validator (the negation words):
//! - [`classify_heading`]: the best [`Topic`] for a heading, by rules of stems. A rule
//!   lists stems of which one must occur, optionally words of which one must also occur,
//!   and words that rule it out; its weight says how specific it is ("yhteyshenkilö"
//!   outweighs "rekisterinpitäjä", which seed 002's contact heading also contains). The
//!   heaviest matching rule wins; a tie goes to the rule listed first. A heading that
//!   matches nothing exactly may still match with one letter wrong, missing or extra in a
//!   stem of eight letters or more (a spelling variant).
//! - [`paragraph_scores`]: a score per topic for a paragraph of body text, the sum of the
//!   weights of the distinct body stems and phrases it contains; [`classify_paragraph`]
//!   keeps the best topic only when it is clearly ahead.
//!
//! Matching ignores case, accents, punctuation and spaces: a stem is looked for in the
//! compacted text (`"2. REKISTERIN PITÄJÄ:"` compacts to `rekisterinpitaja`), so one stem
//! covers inflected forms and compounds. A stem written `=word` must be a whole word.
//!
//! The data: `heading_rules` (the heading rules) and `body` (the body stems).

mod body;
mod heading_rules;

use body::BODY;
use heading_rules::{HEADING_RULES, Rule};

/// What a heading or a paragraph is about: a section of the register, or a part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// The register's (processing activity's) name.
    Name,
    /// The controller (Art. 13(1)(a)).
    Controller,
    /// The contact person for register matters.
    ContactPerson,
    /// The person responsible for the register.
    Responsible,
    /// The system's administrator.
    Administrator,
    /// The data protection officer (Art. 13(1)(b)).
    Dpo,
    /// The purposes (Art. 13(1)(c)).
    Purposes,
    /// The legal basis (Art. 6(1), Art. 13(1)(c)).
    LegalBasis,
    /// The categories of data subjects (Art. 30(1)(c)).
    Subjects,
    /// The categories of personal data (Art. 14(1)(d)).
    Data,
    /// Special categories (Art. 9, 10).
    Special,
    /// The sources (Art. 14(2)(f)).
    Sources,
    /// Recipients and disclosures (Art. 13(1)(e)).
    Recipients,
    /// Processors (Art. 28).
    Processors,
    /// Transfers outside the EU/EEA (Art. 13(1)(f)).
    Transfers,
    /// Retention (Art. 13(2)(a)).
    Retention,
    /// Security measures (Art. 30(1)(g)).
    Security,
    /// Information systems.
    Systems,
    /// Security of the electronic material.
    SecurityElectronic,
    /// Security of the manual material.
    SecurityManual,
    /// Automated decisions and profiling (Art. 13(2)(f)).
    Automated,
    /// The data subject's rights (Art. 13(2)(b)).
    Rights,
    /// "Other rights": the complaint or further rights, decided by the text.
    OtherRights,
    /// The right to lodge a complaint (Art. 13(2)(d), 77).
    Complaint,
    /// Whether giving the data is required (Art. 13(2)(e)).
    Provision,
    /// Cookies.
    Cookies,
    /// Changes to the notice.
    Changes,
    /// An introduction or general text ("Yleistä", "Muut tiedot"): says nothing of its own.
    Intro,
}

/// The words that negate a clause, in Finnish, Swedish and English (folded: no accents).
/// The Finnish negation verb is conjugated (*et, ei, emme, ette, eivät*; not *en*, a
/// Swedish article).
pub const NEGATIONS: &[&str] = &[
    "ei", "eika", "eivat", "emme", "ette", "et", "ala", "inte", "ej", "icke", "aldrig", "ingen", "inga", "inget",
    "not", "no", "never", "cannot", "none", "neither", "nor", "dont", "doesnt", "isnt", "arent", "wont",
];

/// Lower case with the Nordic and other accents taken off, for matching only.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            out.push(match l {
                'ä' | 'å' | 'á' | 'à' | 'â' | 'ã' => 'a',
                'ö' | 'ø' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'ü' | 'ú' | 'ù' | 'û' => 'u',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'š' => 's',
                'ž' => 'z',
                // Typographic apostrophes fold to none: "don’t" is "dont".
                '\u{2019}' | '\u{2018}' => '\'',
                other => other,
            });
        }
    }
    out
}

/// [`fold`] with everything but letters and digits removed: "Rekisterin pitäjä:" and
/// "rekisterinpitaja" compact alike.
pub(crate) fn compact(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The folded words of `s` (an apostrophe inside a word is dropped: "don't" is "dont").
pub(crate) fn folded_words(s: &str) -> Vec<String> {
    fold(s)
        .replace('\'', "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True when `word` (folded) is a word of negation.
pub fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word)
}

/// A heading classified: its topic, and whether it matched only as a spelling variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingMatch {
    /// What the heading is about.
    pub topic: Topic,
    /// True when it matched only with one letter wrong, missing or extra.
    pub fuzzy: bool,
}

/// Classifies a heading (numbering already off): the heaviest matching rule's topic, or
/// `None` when no rule matches, exactly or as a spelling variant.
pub fn classify_heading(heading: &str) -> Option<HeadingMatch> {
    let compacted = compact(heading);
    if compacted.is_empty() {
        return None;
    }
    // A heading that is nothing but the word for the data ("3. Data", "Personal data",
    // "Personuppgifter", "Henkilötiedot") heads the data; in a longer heading the word is
    // too common to say anything ("Data protection notices").
    if ["data", "personaldata", "personuppgifter", "henkilotiedot"].contains(&compacted.as_str()) {
        return Some(HeadingMatch { topic: Topic::Data, fuzzy: false });
    }
    let words = folded_words(heading);
    let has = |stem: &str, fuzzy: bool| -> bool {
        match stem.strip_prefix('=') {
            Some(word) => words.iter().any(|w| w == word),
            // One edit leaves one half of the stem intact: look for a half first (cheap).
            None if fuzzy => {
                let half = stem.len() / 2;
                stem.len() >= 8
                    && (compacted.contains(&stem[..half]) || compacted.contains(&stem[half..]))
                    && within_one_edit(stem.as_bytes(), compacted.as_bytes())
            }
            None => compacted.contains(stem),
        }
    };
    for fuzzy in [false, true] {
        let mut best: Option<&Rule> = None;
        for rule in HEADING_RULES {
            if best.is_some_and(|b| b.weight >= rule.weight) {
                continue;
            }
            if !rule.any.iter().any(|s| has(s, fuzzy)) {
                continue;
            }
            if !rule.also.is_empty() && !rule.also.iter().any(|s| has(s, false)) {
                continue;
            }
            if rule.not.iter().any(|s| has(s, false)) {
                continue;
            }
            best = Some(rule);
        }
        if let Some(rule) = best {
            return Some(HeadingMatch { topic: rule.topic, fuzzy });
        }
    }
    None
}

/// True when `text` contains `pattern` with at most one letter substituted, added or
/// removed (Sellers' approximate substring matching).
fn within_one_edit(pattern: &[u8], text: &[u8]) -> bool {
    let m = pattern.len();
    // prev[i]: the edit distance of pattern[..i] to the best substring ending here.
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0usize; m + 1];
    for &t in text {
        cur[0] = 0;
        for i in 1..=m {
            let substitute = prev[i - 1] + usize::from(pattern[i - 1] != t);
            cur[i] = substitute.min(prev[i] + 1).min(cur[i - 1] + 1);
        }
        if cur[m] <= 1 {
            return true;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m] <= 1
}

/// The score of each topic for a paragraph of body text, best first: the sum of the
/// weights of the distinct body stems it contains (a stem counts once however often it
/// occurs). Topics with no evidence are left out.
pub fn paragraph_scores(text: &str) -> Vec<(Topic, u32)> {
    let folded = fold(text);
    // Words, and a spaced copy for phrases.
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    let spaced = format!(" {} ", words.join(" "));
    let mut scores: Vec<(Topic, u32)> = Vec::new();
    for entry in BODY {
        let hit = if entry.stem.contains(' ') {
            spaced.contains(&format!(" {}", entry.stem))
        } else {
            words.iter().any(|w| w.starts_with(entry.stem) || (entry.stem.len() >= 6 && w.contains(entry.stem)))
        };
        if !hit {
            continue;
        }
        match scores.iter_mut().find(|(t, _)| *t == entry.topic) {
            Some((_, s)) => *s += u32::from(entry.weight),
            None => scores.push((entry.topic, u32::from(entry.weight))),
        }
    }
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scores
}

/// The topic of a paragraph when the evidence is clear: a score of at least 4, and at
/// least twice that of the next topic. `None` otherwise.
pub fn classify_paragraph(text: &str) -> Option<Topic> {
    let scores = paragraph_scores(text);
    let (topic, best) = *scores.first()?;
    let second = scores.get(1).map_or(0, |s| s.1);
    (best >= 4 && best >= 2 * second).then_some(topic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restricted_access_sharing_keeping_and_given_data_are_read() {
        for (text, topic) in [
            ("Jäsenrekisteriin on pääsy vain hallituksen jäsenillä.", Topic::Security),
            ("Only authorised staff can open the member files.", Topic::Security),
            ("Tietoja säilötään kaksi vuotta.", Topic::Retention),
            ("We will share your details with the national federation.", Topic::Recipients),
            ("Tiedot perustuvat rekisteröidyn antamiin tietoihin.", Topic::Sources),
            ("Vi behandlar de uppgifter som du lämnar vid anmälan.", Topic::Sources),
            // The data subject handing data over is a source, not a disclosure.
            ("Rekisteriin tallennetaan ne tiedot, jotka asiakas luovuttaa kirjautuessaan palveluun.", Topic::Sources),
            ("Registret innehåller de uppgifter som kunden lämnar ut när hon loggar in.", Topic::Sources),
            ("The register holds the details the customer hands over when signing in.", Topic::Sources),
            // A disclosure, whatever it protects; a merger hands the data to the buyer.
            (
                "Vi kan lämna ut dina uppgifter när lagen kräver det eller för att skydda våra användares säkerhet.",
                Topic::Recipients,
            ),
            ("Vid en fusion eller ett förvärv kan dina uppgifter följa med verksamheten.", Topic::Recipients),
            ("Yrityskaupan tai sulautumisen yhteydessä tiedot voivat siirtyä ostajalle.", Topic::Recipients),
            ("In the event of a merger, your details may pass to the new owner.", Topic::Recipients),
            // "Automatically" is no automated decision; the decision is.
            ("Automaattista päätöksentekoa ei käytetä.", Topic::Automated),
            ("Vi fattar inga automatiserade beslut.", Topic::Automated),
        ] {
            assert_eq!(classify_paragraph(text), Some(topic), "{text}");
        }
        let deleted = "Tämän ajan jälkeen tiedot poistuvat automaattisesti palvelimilta.";
        assert!(paragraph_scores(deleted).first().is_some_and(|s| s.0 == Topic::Retention), "{deleted}");
    }

    #[test]
    fn a_log_in_through_another_service_is_a_source_and_pseudonyms_keep_data_safe() {
        for (text, topic) in [
            ("Palveluun kirjaudutaan tunnistautumalla Suomi.fi-tunnuksella.", Topic::Sources),
            ("Du loggar in genom att identifiera dig med bank-ID.", Topic::Sources),
            ("Members sign in by authenticating with their club account.", Topic::Sources),
            ("Puhelinnumeroista tallennetaan vain pseudonymisoidut tunnisteet.", Topic::Security),
            ("Vi lagrar bara hash-värden av e-postadresserna.", Topic::Security),
            ("Salasanoista tallennetaan vain hashatut arvot.", Topic::Security),
            ("We keep your data safe at every step.", Topic::Security),
            ("Sovellus tallentaa merkinnät vain käyttäjän laitteelle.", Topic::Security),
            ("The app keeps your notes only on your device.", Topic::Security),
            ("Tietoja ei anneta kolmansien osapuolten käyttöön.", Topic::Recipients),
            ("Jäsenten tietoja ei anneta yhdistyksen ulkopuolisille tahoille.", Topic::Recipients),
            ("Keskustelupalstan viestit ovat luonteeltaan julkisia tietoja.", Topic::Recipients),
            ("Your nickname is publicly visible next to your comments.", Topic::Recipients),
            // The words of GDPR Art. 13(2)(e) name the provision requirement.
            (
                "Tietojen antaminen on sopimuksen tekemisen edellyttämä vaatimus, eikä jäsenen ole pakko toimittaa muita tietoja.",
                Topic::Provision,
            ),
            ("Du är inte skyldig att lämna uppgifterna.", Topic::Provision),
            ("Members are not obliged to provide their date of birth.", Topic::Provision),
            // The processor's contract (Art. 28(3)).
            ("Yhdistys on tehnyt käsittelysopimuksen verkkokaupan ylläpitäjän kanssa.", Topic::Processors),
            ("We have a data processing agreement with our mailing service.", Topic::Processors),
            (
                "Member records are held on the national federation's database, which is GDPR compliant.",
                Topic::Processors,
            ),
            ("Tietoja käytetään vain yhdistyksen sisäisessä käytössä.", Topic::Recipients),
            ("The member list is for internal use only.", Topic::Recipients),
            ("Merkinnät voidaan poistaa tyhjentämällä sovelluksen välimuisti.", Topic::Retention),
            ("Rekisteriä pidetään lukitussa kaapissa yhdistyksen toimistolla.", Topic::Security),
            // A disclaimer for others' processing is about no element.
            ("Yhdistys ei ole vastuussa muiden sivustojen käytännöistä.", Topic::Intro),
            ("Föreningen ansvarar inte för andra webbplatsers integritetspolicyer.", Topic::Intro),
            ("We are not responsible for the privacy practices of linked sites.", Topic::Intro),
            // What a service is for, told as what it carries out.
            ("Ilmoittautumispalvelu toteuttaa osaltaan kunnan liikuntaohjelmaa.", Topic::Purposes),
            ("Bokningstjänsten är ett sätt att genomföra kommunens idrottsprogram.", Topic::Purposes),
            ("The booking service is a way of implementing the city's sports programme.", Topic::Purposes),
        ] {
            assert_eq!(paragraph_scores(text).first().map(|s| s.0), Some(topic), "{text}");
        }
        for heading in ["Milloin keräämme tietojasi?", "När samlar vi in uppgifter?", "When do we collect your data?"]
        {
            assert_eq!(topic(heading), Some(Topic::Sources), "{heading}");
        }
        // The controller's own staff with access is access control, not a disclosure.
        for heading in [
            "Kategorier av tjänstemän med tillgång till personuppgifterna",
            "Henkilöstö, jolla on pääsy tietoihin",
            "Staff with access to personal data",
        ] {
            assert_eq!(topic(heading), Some(Topic::Security), "{heading}");
        }
        assert_eq!(topic("Vem har tillgång till dina personuppgifter?"), Some(Topic::Recipients));
        for heading in ["Keitä rekisteri koskee?", "Vem omfattas av registret?", "Applies to:"] {
            assert_eq!(topic(heading), Some(Topic::Subjects), "{heading}");
        }
    }

    #[test]
    fn headings_of_the_data_needed_and_of_a_grievance_officer() {
        for h in
            ["What data we need", "Data we hold about you", "Vilka uppgifter vi behöver", "Mitä tietoja tarvitsemme?"]
        {
            assert_eq!(topic(h), Some(Topic::Data), "{h}");
        }
        assert_eq!(topic("2. Grievance Officer"), Some(Topic::ContactPerson));
    }

    #[test]
    fn a_notice_naming_itself_a_policy_introduces() {
        for text in [
            "This Policy explains what personal data we collect when you use the app, why we collect it, who we share it with, and the rights you have.",
            "Den här policyn beskriver vilka personuppgifter appen behandlar, varför, hur länge, och vilka rättigheter du har.",
            "Tämä seloste kertoo, mitä henkilötietoja sovellus kerää, miksi, kenelle niitä luovutetaan ja mitkä oikeutesi ovat.",
        ] {
            // Ahead of the elements it names: under an element's heading it moves out.
            assert_eq!(
                paragraph_scores(text).first().map(|s| s.0),
                Some(Topic::Intro),
                "{text}: {:?}",
                paragraph_scores(text)
            );
        }
    }

    #[test]
    fn a_commitment_to_privacy_introduces_and_a_change_note_is_about_changes() {
        for text in [
            "Yhdistys on sitoutunut suojaamaan jäsentensä yksityisyyttä.",
            "Kommunen är mån om att skydda din integritet.",
            "The association is committed to protecting your privacy.",
        ] {
            assert_eq!(classify_paragraph(text), Some(Topic::Intro), "{text}");
        }
        for text in
            ["Vi kan komma att göra ändringar i policyn.", "We may make changes to this notice from time to time."]
        {
            assert_eq!(classify_paragraph(text), Some(Topic::Changes), "{text}");
        }
    }

    fn topic(h: &str) -> Option<Topic> {
        classify_heading(h).map(|m| m.topic)
    }

    #[test]
    fn finland_swedish_section_names() {
        let table: &[(&str, Topic)] = &[
            ("Registeransvarig", Topic::Controller),
            ("Kontaktperson i ärenden som gäller registret", Topic::ContactPerson),
            ("Registrets namn", Topic::Name),
            ("Ändamålet med behandlingen av personuppgifter", Topic::Purposes),
            ("Registrets datainnehåll", Topic::Data),
            ("Regelmässiga uppgiftskällor", Topic::Sources),
            ("Regelmässigt utlämnande av uppgifter", Topic::Recipients),
            ("Överföring av uppgifter utanför EU eller EES", Topic::Transfers),
            ("Principerna för skyddet av registret", Topic::Security),
            ("Den registrerades rättigheter", Topic::Rights),
            ("Rättslig grund för behandlingen", Topic::LegalBasis),
            ("Lagring av personuppgifter", Topic::Retention),
            ("Hur länge sparas uppgifterna?", Topic::Retention),
            ("Dataskyddsombud", Topic::Dpo),
            ("Personuppgiftsbiträden", Topic::Processors),
            ("Automatiserat beslutsfattande och profilering", Topic::Automated),
            ("Rätt att lämna in klagomål till tillsynsmyndigheten", Topic::Complaint),
            ("Uppgifternas källor", Topic::Sources),
            ("Vilka uppgifter behandlas?", Topic::Data),
            ("Muut tiedot", Topic::Intro),
            ("Yleistä", Topic::Intro),
        ];
        let wrong: Vec<String> = table
            .iter()
            .filter(|(h, t)| topic(h) != Some(*t))
            .map(|(h, t)| format!("{h:?}: want {t:?}, got {:?}", topic(h)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn record_style_and_plain_question_headings() {
        // GDPR Art. 30(1) wording, as registers of processing copy it, and the plain
        // headings of small organisations' notices.
        let table: &[(&str, Topic)] = &[
            ("4. De kategorier av mottagare till vilka uppgifterna har lämnats eller ska lämnas ut", Topic::Recipients),
            ("Kategorier av mottagare som personuppgifterna lämnas ut till", Topic::Recipients),
            ("Vastaanottajien ryhmät, joille henkilötiedot on luovutettu tai luovutetaan", Topic::Recipients),
            ("Categories of recipients to whom the personal data will be disclosed", Topic::Recipients),
            ("Your right to complain", Topic::Complaint),
            ("Rätten att klaga", Topic::Complaint),
            ("Oikeutesi valittaa", Topic::Complaint),
            ("Rekisteröidyn oikeudet ja oikeus tehdä valitus", Topic::Rights),
            ("Where we get personal information from", Topic::Sources),
            ("Where does your data come from?", Topic::Sources),
            ("Varifrån får vi dina uppgifter?", Topic::Sources),
            ("Mistä saamme tietosi?", Topic::Sources),
            ("Namn på tjänsten", Topic::Name),
            ("Palvelun nimi", Topic::Name),
            ("Name of the service", Topic::Name),
            ("Varför vi behöver dina uppgifter", Topic::Purposes),
            ("How to unsubscribe from the newsletter", Topic::Rights),
            ("4. On what basis is personal data processed?", Topic::LegalBasis),
            ("Millä perusteella henkilötietoja käsitellään?", Topic::LegalBasis),
            ("På vilken grund behandlas personuppgifterna?", Topic::LegalBasis),
            ("How is my information stored and protected?", Topic::Security),
            ("Hur använder vi era uppgifter?", Topic::Purposes),
            ("Delar vi med oss av dina uppgifter?", Topic::Recipients),
            ("Få ett utdrag av eller rätta/radera dina uppgifter", Topic::Rights),
            ("Jaammeko tietojasi muille?", Topic::Recipients),
            ("Miten tietoni suojataan?", Topic::Security),
            ("Hur skyddas mina uppgifter?", Topic::Security),
            ("Uutiskirjeen tilauksen peruminen", Topic::Rights),
            ("Så avslutar du prenumerationen", Topic::Rights),
            ("Kolmannet osapuolet, joilta saamme henkilötietoja", Topic::Sources),
            ("Third parties from whom we receive personal data", Topic::Sources),
            ("Tredje parter från vilka vi får personuppgifter", Topic::Sources),
            ("Miksi tarvitsemme tietojasi?", Topic::Purposes),
            // Held-out notices: everyday wordings of the same sections.
            ("Vilken laglig grund har vi för personuppgiftsbehandling?", Topic::LegalBasis),
            ("Laglig grund", Topic::LegalBasis),
            ("Millä lainmukaisella perusteella käsittelemme tietoja?", Topic::LegalBasis),
            ("What we may use your information for", Topic::Purposes),
            ("What the data is used for", Topic::Purposes),
            ("Mihin tietoja käytetään", Topic::Purposes),
            ("Vad uppgifterna används till", Topic::Purposes),
            ("What data do the controllers listed above process?", Topic::Data),
            ("Vilka data behandlar tjänsten?", Topic::Data),
            ("Mitä tietoja rekisterinpitäjä käsittelee?", Topic::Data),
            ("Transfer of Data Abroad", Topic::Transfers),
            ("Data", Topic::Data),
            ("Miten käytämme tietojasi", Topic::Purposes),
            ("Data Usage", Topic::Purposes),
            ("Tietojen käyttö", Topic::Purposes),
            ("Användning av data", Topic::Purposes),
            ("Lyhyesti", Topic::Intro),
            ("Your personal data – what is it?", Topic::Intro),
            ("Mitä henkilötiedot ovat?", Topic::Intro),
            ("Vad är personuppgifter?", Topic::Intro),
            ("Kortfattat", Topic::Intro),
            ("In short", Topic::Intro),
            ("Datan omistajuus ja roolit", Topic::Controller),
            ("Roller och ansvar för personuppgifterna", Topic::Controller),
            ("Roles of the controller and the processor", Topic::Controller),
            ("Lagring och spårningsteknik", Topic::Cookies),
            ("Webbläsarens lokala lagring", Topic::Cookies),
            ("Selaimen paikallinen tallennustila ja seurantatekniikat", Topic::Cookies),
            ("Local storage and tracking technologies", Topic::Cookies),
            ("Personuppgifter", Topic::Data),
            ("Henkilötiedot", Topic::Data),
            ("Tietojen siirto ulkomaille", Topic::Transfers),
            ("Överföring av uppgifter utomlands", Topic::Transfers),
            ("Right of removal", Topic::Rights),
            ("Who are we?", Topic::Controller),
            ("Keitä olemme?", Topic::Controller),
            ("Vilka är vi?", Topic::Controller),
            ("Parter och ansvar för behandlingen av dina personuppgifter", Topic::Controller),
            ("Responsibility for the processing of your data", Topic::Controller),
            ("Om du vill veta mera", Topic::ContactPerson),
            ("Haluatko tietää lisää?", Topic::ContactPerson),
            ("Want to know more?", Topic::ContactPerson),
        ];
        let wrong: Vec<String> = table
            .iter()
            .filter(|(h, t)| topic(h) != Some(*t))
            .map(|(h, t)| format!("{h:?}: want {t:?}, got {:?}", topic(h)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_more_specific_heading_rule_wins() {
        assert_eq!(
            topic("Rekisterinpitäjän/ yhteisrekisterinpitäjien yhteyshenkilö(t) ja yhteystiedot"),
            Some(Topic::ContactPerson)
        );
        assert_eq!(topic("Tietojen siirto tai luovuttaminen EU:n tai ETA:n ulkopuolelle"), Some(Topic::Transfers));
        assert_eq!(topic("Rekisterin ylläpitojärjestelmät ja suojauksen periaatteet"), Some(Topic::Security));
        assert_eq!(topic("Henkilötietojen käsittelyn tarkoitus ja oikeusperuste"), Some(Topic::Purposes));
    }

    #[test]
    fn paragraphs_score_by_their_words() {
        assert_eq!(
            classify_paragraph("Henkilötietoja säilytetään viisi vuotta asiakassuhteen päättymisestä."),
            Some(Topic::Retention)
        );
        assert_eq!(
            classify_paragraph("Uppgifterna lämnas inte ut till utomstående mottagare."),
            Some(Topic::Recipients)
        );
        assert_eq!(
            classify_paragraph("We keep your data secure with encryption and access control."),
            Some(Topic::Security)
        );
        assert_eq!(classify_paragraph("Kaupunki palvelee asukkaitaan."), None);
        let scores = paragraph_scores("Voit tarkastaa tietosi ja pyytää niiden oikaisemista.");
        assert_eq!(scores.first().map(|s| s.0), Some(Topic::Rights));
    }

    #[test]
    fn a_notice_about_itself_and_the_processing_operation_named_alone() {
        assert_eq!(
            classify_paragraph("This privacy notice explains how the Department uses your personal data."),
            Some(Topic::Intro)
        );
        assert_eq!(
            classify_paragraph("Tämä tietosuojailmoitus sisältää asetuksen edellyttämät tiedot."),
            Some(Topic::Intro)
        );
        assert_eq!(classify_paragraph("Vi kan komma att göra ändringar i denna policy."), Some(Topic::Changes));
        assert_eq!(topic("Käsittelytoimi"), Some(Topic::Name));
        assert_eq!(topic("Behandling"), Some(Topic::Name));
        assert_ne!(topic("Behandling av personuppgifter"), Some(Topic::Name));
        assert_eq!(classify_paragraph("Webbtjänsten tillhandahålls av Helsingfors stad."), Some(Topic::Controller));
        assert_eq!(classify_paragraph("Alla uppgifter skyddas av lämpliga säkerhetsåtgärder."), Some(Topic::Security));
    }

    #[test]
    fn negations_and_folding() {
        assert!(is_negation("eivat") && is_negation("inte") && is_negation("dont"));
        assert_eq!(folded_words("We don’t share"), vec!["we", "dont", "share"]);
        assert_eq!(compact("Rekisterin pitäjä:"), "rekisterinpitaja");
    }
}
