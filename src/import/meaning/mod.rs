//! What sentences say: pure readers of meaning used by the regrouping of sections and
//! by the filling of fields. Negation (within its clause, in Finnish, Swedish and
//! English), yes/no statements on transfers, processors and automated decisions, legal
//! bases (wordings and Article 6(1) references), rights, the requirement to provide data,
//! safeguards and countries.

use super::lines::{Marker, SrcLine, compact, fold, folded_words, list_marker, para_text, sentences};
use crate::lexicon::is_negation;
use crate::model::{Answer, LegalBasis, Requirement, Right};

mod polarity;

pub(crate) use polarity::*;

pub(crate) fn negated(words: &[String]) -> bool {
    words.iter().any(|w| is_negation(w))
}

/// True when a negation stands at most three words before a word starting with one of
/// `stems` ("Tietoja ei luovuteta", "Ei säännönmukaisia luovutuksia"), so that a negation
/// in another clause ("..., josta henkilöt eivät ole tunnistettavissa") does not count.
pub(crate) fn negated_near(words: &[String], stems: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        // Swedish puts the negation after the verb: "lämnas inte ut", "överförs inte".
        let after = &words[i + 1..(i + 3).min(words.len())];
        stems.iter().any(|s| w.starts_with(s))
            && (words[i.saturating_sub(3)..i].iter().any(|n| is_negation(n))
                || after.iter().any(|n| matches!(n.as_str(), "inte" | "ej" | "icke")))
    })
}

pub(crate) fn any_prefix(words: &[String], stems: &[&str]) -> bool {
    words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)))
}

/// A bare yes or no: "Ei.", "Kyllä", "Nej.", "Yes".
pub(crate) fn bare_answer(s: &str) -> Option<Answer> {
    let f = fold(s);
    match f.trim().trim_matches(|c: char| !c.is_alphanumeric()) {
        "ei" | "nej" | "no" => Some(Answer::No),
        "kylla" | "ja" | "yes" => Some(Answer::Yes),
        _ => None,
    }
}

pub(crate) fn item_is_marked(marker: Option<Marker>, text: &str) -> bool {
    matches!(marker, Some(Marker::Checkbox(true)))
        || text.contains("**")
        || text.starts_with("x ")
        || text.starts_with("X ")
        || text.ends_with(" x")
        || text.ends_with(" X")
        || text.contains('☒')
        || text.contains('✓')
        || text.contains('✔')
}

pub(crate) fn is_basis_paragraph(lines: &[SrcLine]) -> bool {
    lines.first().is_some_and(|l| is_basis_statement(&l.text))
        || super::lines::flat_sentences(lines).first().is_some_and(|(_, s)| is_basis_statement(s))
}

/// A sentence about the legal basis of the processing.
pub(crate) fn is_basis_statement(s: &str) -> bool {
    let f = fold(s);
    let c = compact(s);
    c.contains("oikeusperust")
        || c.contains("kasittelynperuste")
        || c.contains("kasittelyperuste")
        || f.contains("perusteena on")
        || f.contains("peruste on")
        || c.contains("rattsliggrund")
        || c.contains("rattsligagrund")
        || c.contains("legalbasis")
        || c.contains("lawfulbasis")
        || f.contains("processing is based on")
        || (["perustuu", "perustuvat", "grundar sig", "baserar sig", "bygger pa", "based on"]
            .iter()
            .any(|p| f.contains(p))
            && !bases_in(s).is_empty())
}

/// A paragraph that starts by saying what the data are used for ("Rekisteritietoja
/// voidaan käyttää ...", "Tietoja käytetään ...", "Näitä tietoja käytämme ...").
pub(crate) fn is_purpose_paragraph(lines: &[SrcLine]) -> bool {
    let Some(first) = lines.first() else { return false };
    if list_marker(&first.text).is_some() {
        return false;
    }
    // The lead-in only: the list under it ("... includes:\n- the IP address you use ...")
    // says what the data are, not what they are for.
    let lead: Vec<SrcLine> = lines.iter().take_while(|l| list_marker(&l.text).is_none()).cloned().collect();
    let text = para_text(&lead).replace('\n', " ");
    let Some(sentence) = sentences(&text).first().map(|s| folded_words(s)) else { return false };
    let uses = sentence.iter().any(|w| {
        ["kaytetaan", "kaytamme", "kayttaa", "kaytettaan", "hyodynnetaan", "anvands", "anvander", "used", "use"]
            .contains(&w.as_str())
    });
    let data = sentence.iter().any(|w| {
        w.starts_with("tieto")
            || w.starts_with("rekisteritieto")
            || w.starts_with("henkilotieto")
            || w.starts_with("uppgift")
            || w == "data"
    });
    // "We collect and use the following special category data:": a lead-in to the data.
    let lists_data = announces_list(&sentence) && !names_purposes(&sentence);
    uses && data && !lists_data && !negated(&sentence) && sentence.len() >= 5
}

/// A text that says, in an assertion, that personal data are processed, collected, stored
/// or used ("När DearMEP används, behandlas användarens IP-adress", "Keräämme
/// ilmoittautumisen yhteydessä nimen", "We store the phone number"): a description of a
/// processing activity. A question or a negated sentence ("Emme kerää ...") is none.
pub(crate) fn describes_processing(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "kasitel", "kasittel", "kerat", "keraa", "keraam", "tallenn", "kaytet", "kaytamme", "sailyt", "behandl",
        "hanter", "samla", "lagra", "sparar", "sparas", "anvand", "process", "collect", "store", "stored", "record",
        "sharing", "jaamme", "jaetaan", "retain", "=use", "=uses", "=used", "=keep", "=kept",
    ];
    // What is processed: personal data, or a kind of it named in full.
    const DATA: &[&str] = &[
        "henkilotie",
        "tieto",
        "tiedo",
        "tietoj",
        "osoit",
        "puhelinnum",
        "personuppgift",
        "uppgift",
        "adress",
        "telefonnum",
        "nummer",
        "=data",
        "=information",
        "=details",
        "=address",
        "=addresses",
        "=number",
        "=numbers",
    ];
    let has = |words: &[String], stems: &[&str]| {
        words.iter().any(|w| {
            stems.iter().any(|v| match v.strip_prefix('=') {
                Some(whole) => w == whole,
                None => w.starts_with(v),
            })
        })
    };
    sentences(&text.replace('\n', " ")).iter().any(|s| {
        let words = folded_words(s);
        // "Personuppgifter är alla uppgifter ...", "Processing is ...": a definition.
        !is_question(s) && !negated(&words) && !definition(&words) && has(&words, VERBS) && has(&words, DATA)
    })
}

/// A sentence that says why data are collected or used ("We collect your IP address to
/// help us improve the service", "Keräämme tiedot, jotta voimme ...", "Vi samlar in
/// uppgifterna för att ..."): the purpose of GDPR Art. 13(1)(c), though it names data. A
/// lead-in to a list of data ("... the following data:") is none.
pub(crate) fn purpose_clause(s: &str) -> bool {
    const VERBS: &[&str] = &[
        "collect",
        "use",
        "process",
        // The passive: "The data are collected in order to answer your feedback."
        "collected",
        "used",
        "processed",
        "keraamme",
        "kerataan",
        "kaytamme",
        "kaytetaan",
        "kasittelemme",
        "samlar",
        "samlas",
        "anvander",
        "anvands",
        "behandlar",
        "hanterar",
        "hanteras",
        "handle",
    ];
    const MARKERS: &[&str] = &[
        " in order to ",
        " so that we ",
        " to help ",
        " to communicate ",
        " to provide ",
        " to improve ",
        " to send ",
        " to contact ",
        " to manage ",
        " to carry out ",
        " to deliver ",
        " to process ",
        " jotta ",
        " voidaksemme ",
        " for att ",
        " i syfte att ",
    ];
    let words = folded_words(s);
    let spaced = format!(" {} ", words.join(" "));
    let verb = words.iter().take(8).any(|w| VERBS.contains(&w.as_str()));
    let lead_in = s.trim_end().ends_with(':') || announces_list(&words);
    verb && !lead_in && !negated(&words) && !is_question(s) && MARKERS.iter().any(|m| spaced.contains(m))
}

/// True when folded words announce a list: "following", "seuraavat/seuraavia", "följande".
fn announces_list(words: &[String]) -> bool {
    words.iter().any(|w| w == "following" || w.starts_with("seuraav") || w == "foljande")
}

/// True when folded words name purposes: "purpose", "tarkoitus", "ändamål", "syfte".
fn names_purposes(words: &[String]) -> bool {
    words.iter().any(|w| ["purpos", "tarkoitu", "andamal", "syft"].iter().any(|p| w.starts_with(p)))
}

/// A lead-in to a list of personal data ("Rekisteriin tallennetaan seuraavia
/// henkilötietoja:", "We collect the following personal data:", "Följande uppgifter
/// behandlas:"): a line that ends in a colon, announces what follows and names data.
pub(crate) fn data_lead_in(s: &str) -> bool {
    let words = folded_words(s);
    let announces = announces_list(&words);
    let data = words.iter().any(|w| {
        w.starts_with("tieto")
            || w.starts_with("tiedo")
            || w.starts_with("henkilotie")
            || w.starts_with("uppgift")
            || w.starts_with("personuppgift")
            || w == "data"
            || w == "information"
    });
    let purposes = names_purposes(&words);
    // "When you register an account we collect and process your:", "Kun luot tilin,
    // keräämme seuraavat:": the verb of collecting announces the data without naming them.
    const COLLECT: &[&str] = &["collect", "keraamme", "kerataan", "tallennamme", "tallennetaan", "samlar", "samlas"];
    let collects = words.iter().any(|w| COLLECT.contains(&w.as_str()));
    let object_left = words.last().is_some_and(|w| ["your", "dina", "din", "ditt"].contains(&w.as_str()));
    s.trim_end().ends_with(':')
        && ((announces && data) || (collects && (announces || data || object_left)))
        && !purposes
        && !negated(&words)
}

/// A sentence that says data are shown to someone ("näkyvät ylläpitäjille", "visas för
/// moderatorerna", "is displayed to other users"), as an assertion, not a question.
pub(crate) fn shown_to(s: &str) -> bool {
    const PHRASES: &[&str] = &[
        " displayed to ",
        " shown to ",
        " visible to ",
        " nakyvat ",
        " nakyy ",
        " naytetaan ",
        " visas for ",
        " syns for ",
        " synliga for ",
    ];
    let spaced = format!(" {} ", folded_words(s).join(" "));
    !is_question(s) && PHRASES.iter().any(|p| spaced.contains(p))
}

/// A sentence on giving the data to others ("Your personal information is never shared
/// externally", "Tietoja ei luovuteta kolmansille", "Uppgifterna lämnas inte ut till
/// utomstående"): the recipients' text (GDPR Art. 13(1)(e)), yes or no, wherever it stands.
/// A sentence that gives a purpose, or one on transfers abroad, is not one.
pub(crate) fn disclosure_statement(s: &str) -> bool {
    const VERBS: &[&str] = &[
        "luovut", "utlamn", "disclos", "shared", "share", "delas", "jaeta", "jaetaan", "sold", "sell", "myyda", "myyd",
        "saljs",
    ];
    const OTHERS: &[&str] = &[
        "kolmansille",
        "kolmannelle",
        "ulkopuolisille",
        "externally",
        "third",
        "tredje",
        "utomstaende",
        "anyone",
        "kenellekaan",
        "muille",
        "others",
    ];
    let words = folded_words(s);
    let spaced = format!(" {} ", words.join(" "));
    let lamnas_ut = spaced.contains(" lamnas inte ut ") || spaced.contains(" lamnas ut ");
    (any_prefix(&words, VERBS) || lamnas_ut)
        && words.iter().any(|w| OTHERS.contains(&w.as_str()))
        && !purpose_clause(s)
        && !is_question(s)
        && transfer_polarity(s).is_none()
}

/// A text that gives a legal basis in passing: "suostumuksen perusteella", "perustuu sopimukseen".
pub(crate) fn names_basis(text: &str) -> bool {
    let f = fold(text);
    ["perusteella", "perustuu", "nojalla", "grundar sig", "med stod av", "based on", "on the basis of"]
        .iter()
        .any(|p| f.contains(p))
        && !bases_in(text).is_empty()
}

/// A sentence on whether giving the data is required ("Henkilötietojen antaminen ei ole
/// pakollista", "henkilötietojen luovutus ei ole välttämätöntä").
pub(crate) fn provision_statement(s: &str) -> bool {
    let f = fold(s);
    let giving = ["antaminen", "antamatta", "antamiseen", "lamnande av", "providing", "provision of", "to provide"]
        .iter()
        .any(|p| f.contains(p))
        || (f.contains("luovutus") || f.contains("luovuttaminen")) && f.contains("valttamat");
    let required = [
        "pakollis",
        "vapaaehtois",
        "valttamat",
        "edellytys",
        "lakisaatei",
        "sopimuksen nojalla",
        "obligator",
        "frivillig",
        "voluntary",
        "mandatory",
        "statutory",
        "contractual requirement",
        // "The above information must be provided in order for us to provide the service"
        "must be provided",
        "on annettava",
        "maste lamnas",
    ]
    .iter()
    .any(|p| f.contains(p));
    // "You may choose not to provide ..., but this may limit your ability to use ...": the
    // consequences of not providing the data (GDPR Art. 13(2)(e)).
    let refusing = [
        "not to provide",
        "not to share",
        "not to give",
        "do not provide",
        "fail to provide",
        "antamatta",
        "et anna",
        "ei anna",
        "inte lamnar",
        "avstar fran att lamna",
    ]
    .iter()
    .any(|p| f.contains(p));
    let consequence = [
        "may limit",
        "limit your",
        "unable to",
        "cannot",
        "not be able",
        "ei voi",
        "emme voi",
        "ei ole mahdollista",
        "kan inte",
        "inte kan",
        "inte mojligt",
    ]
    .iter()
    .any(|p| f.contains(p));
    // "You are not obliged to share your personal data with the club", "Sinulla ei ole
    // velvollisuutta antaa henkilötietojasi", "Du är inte skyldig att lämna dina
    // personuppgifter": the subject's own duty to give the data, however the verb goes.
    let obliged = [
        "obliged to share",
        "obliged to provide",
        "obliged to give",
        "obligated to share",
        "obligated to provide",
        "velvollisuutta antaa",
        "velvollinen antamaan",
        "skyldig att lamna",
        "skyldig att ge",
        "skyldig att uppge",
    ]
    .iter()
    .any(|p| f.contains(p));
    let own_data = [
        "your personal data",
        "your data",
        "your information",
        "your personal information",
        "henkilotietojasi",
        "tietojasi",
        "dina personuppgifter",
        "dina uppgifter",
    ]
    .iter()
    .any(|p| f.contains(p));
    (giving && required) || (refusing && consequence) || (obliged && own_data)
}

pub(crate) fn is_special_paragraph(lines: &[SrcLine]) -> bool {
    let c = compact(&para_text(lines));
    [
        "erityisiahenkilotiet",
        "erityisethenkilotie",
        "arkaluont",
        "arkaluonteis",
        "9artikla",
        "sarskildakategori",
        "specialcategor",
    ]
    .iter()
    .any(|s| c.contains(s))
}

/// A sentence about automated decisions or profiling; `Some(No)` when it says there are none.
pub(crate) fn automated_statement(s: &str) -> Option<Answer> {
    if names_a_right(s) || is_question(s) {
        return None;
    }
    let words = folded_words(s);
    // "Dessa uppgifter används inte för ... profilering", "These data are not used for
    // profiling": a statement about one set of data, not about the processing as a whole.
    // Likewise "Emme käytä näitä alustojen lokeja ... profilointiin": the demonstrative
    // names one set of data wherever it stands.
    const THESE: &[&str] = &[
        "nama",
        "naita",
        "naiden",
        "tama",
        "tata",
        "taman",
        "dessa",
        "denna",
        "detta",
        "these",
        "this",
        "such",
        "tallaiset",
        "tallaisia",
        "sadana",
    ];
    if words.len() > 1 && words.iter().any(|w| THESE.contains(&w.as_str())) {
        return None;
    }
    // The negation counts only in the clause that names the automated decision or the
    // profiling: "Ditt smeknamn (för automatisk identifiering ...) lämnar aldrig din enhet"
    // negates leaving the device. An automatic act that is no decision ("automatisk
    // identifiering", "automatic backups") is no answer either (GDPR Art. 22).
    let clauses = clauses(s);
    let about = |c: &[String]| {
        any_prefix(c, &["profiloi", "profilointi", "profiler", "profiling", "automatisoi"])
            || (any_prefix(c, &["automaattis", "automatiser", "automatisk", "automated", "automatic"])
                && any_prefix(c, &["paato", "paatok", "beslut", "decision"]))
    };
    let named: Vec<&Vec<String>> = clauses.iter().filter(|c| about(c)).collect();
    if named.is_empty() {
        return None;
    }
    if named.iter().any(|c| negated(c)) {
        return Some(Answer::No);
    }
    // "Automaattista päätöksentekoa, profilointi mukaan lukien, ei tehdä": the negated
    // clause is the bare verb of the named act. A negation with words of its own is about
    // something else: no answer.
    let negated_elsewhere: Vec<&Vec<String>> = clauses.iter().filter(|c| negated(c)).collect();
    if negated_elsewhere.is_empty() {
        Some(Answer::Yes)
    } else if negated_elsewhere.iter().all(|c| c.len() <= 3) {
        Some(Answer::No)
    } else {
        None
    }
}

/// A sentence that names a right ("oikeus olla joutumatta automaattisen päätöksenteon
/// kohteeksi", "the right not to be subject to ...", "rätten att inte bli föremål för"):
/// its negation is part of the right's name, not a statement about the processing.
pub(crate) fn names_a_right(s: &str) -> bool {
    let f = fold(s);
    let words = folded_words(s);
    // The right is what the sentence is about when it names it among its first words
    // ("Rekisteröidyllä on oikeus ...", "You have the right ..."); "... päätöksentekoa, jolla
    // vaikutettaisiin rekisteröityjen oikeuksiin" names rights only in passing.
    words.iter().take(6).any(|w| {
        w.starts_with("oikeu")
            || w == "right"
            || w == "rights"
            || w == "ratt"
            || w.starts_with("ratten")
            || w.starts_with("rattighet")
    }) || ["joutumatta", "not to be subject", "inte bli foremal", "inte att bli foremal"].iter().any(|p| f.contains(p))
        // After a condition the right comes later: "Om du anser att dina rättigheter har
        // kränkts har du rätt att lämna in ett klagomål", "Jos katsot, että ..., sinulla on
        // oikeus tehdä valitus", "If you think ..., you have the right to complain".
        || (words.first().is_some_and(|w| ["jos", "mikali", "om", "if"].contains(&w.as_str()))
            && (words.iter().any(|w| w == "oikeus" || w == "oikeutesi")
                || [" ratt att ", " ratt till ", " right to "].iter().any(|p| format!(" {} ", words.join(" ")).contains(p))))
}

/// A sentence that says processing is or is not outsourced.
pub(crate) fn processor_statement(s: &str) -> Option<Answer> {
    let words = folded_words(s);
    let f = fold(s);
    let who = any_prefix(
        &words,
        &["alihankkij", "palveluntarjoaj", "kasittelij", "jarjestelmatoimittaj", "toimittaj", "ostopalvelu", "ulkoist"],
    ) || f.contains("kolmannen osapuolen")
        || f.contains("kolmannet osapuolet")
        || any_prefix(&words, &["personuppgiftsbitrad", "underleverant", "processor", "subcontractor", "outsourc"]);
    // Services a controller uses or engages to process the data: providers, cloud services,
    // the services (plural) it uses (GDPR Art. 28(1)). Only with a verb of using: a
    // service that stores the data ("sijaitsee pilvipalvelussa") may be the controller's own.
    let services = any_prefix(
        &words,
        &["pilvipalvel", "palveluntuottaj", "palveluj", "palveluit", "palveluiden", "leverantor", "tjansteleverant"],
    ) || ["service provider", "service-provider", "cloud service"].iter().any(|p| f.contains(p));
    let using = words.iter().position(|w| {
        ["kayttaa", "kaytamme", "kaytetaan", "hyodyntaa", "hyodynnamme", "anvander", "use", "uses", "engage", "engages"]
            .contains(&w.as_str())
    });
    // The data as the subject ("Rekisteritietoja voidaan käyttää ... palveluiden
    // tuottamiseen", "Data are used to provide services") says what they are used for.
    let data_first = using.is_some_and(|at| {
        words[at.saturating_sub(3)..at].iter().any(|w| {
            ["tieto", "tiedo", "rekisteritie", "henkilotie", "uppgift", "data", "information"]
                .iter()
                .any(|d| w.starts_with(d))
        })
    });
    // "... innan du använder den", "before you use it": the data subject using a service
    // of their own choice is no processor the controller engages.
    let subject_uses = using.is_some_and(|at| {
        words[at.saturating_sub(2)..at].iter().any(|w| ["du", "ni", "you", "sina", "te"].contains(&w.as_str()))
    });
    if services && using.is_some() && !data_first && !subject_uses && !definition(&words) {
        return Some(if negated(&words) { Answer::No } else { Answer::Yes });
    }
    // "We may share your personal information with third party service providers: (a) to
    // provide ...": the providers process the data for the controller. Not sharing with them
    // for one end ("for marketing") says nothing of the others: no answer.
    let sharing =
        words.iter().any(|w| ["share", "shares", "jaamme", "jaetaan", "delar", "delas"].contains(&w.as_str()));
    let providers = services
        || any_prefix(
            &words,
            &["palveluntarjoaj", "alihankkij", "kasittelij", "underleverant", "subcontractor", "processor"],
        );
    if providers && sharing && !definition(&words) {
        return (!negated(&words)).then_some(Answer::Yes);
    }
    // The processor's contract (GDPR Art. 28(3)) made or to be made with someone: there is a
    // processor ("käsittelysopimukset laaditaan seuraavien kumppanien kanssa", "vi har
    // biträdesavtal med"). No agreement is no evidence of no processor: that gives nothing.
    let agreement = any_prefix(&words, &["kasittelysopimu", "bitradesavtal", "personuppgiftsbitradesavtal"])
        || ["data processing agreement", "processing agreement", "data processor agreement"]
            .iter()
            .any(|p| f.contains(p));
    if agreement && !definition(&words) {
        return (!negated(&words)).then_some(Answer::Yes);
    }
    const DOES: &[&str] = &[
        "kayttaa",
        "kaytetaan",
        "kaytamme",
        "kasittelevat",
        "kasittelee",
        "toimittaa",
        "tuottamaa",
        "sijaita",
        "sijaitsee",
        "ulkoistettu",
        "hyodyntaa",
        "hyodynnetaan",
        "anlitar",
        "anlitas",
        "anvander",
        "use",
        "uses",
        "used",
        "engage",
        "engages",
    ];
    let does = words.iter().any(|w| DOES.contains(&w.as_str()));
    if !(who && does) || definition(&words) {
        return None;
    }
    Some(if negated_near(&words, DOES) { Answer::No } else { Answer::Yes })
}

/// A sentence that defines a term ("A data processor is an organisation that ...",
/// "Henkilötiedot ovat ...", "Personuppgifter är ..."): a copula among its first four words.
/// It says what a word means, not what the controller does.
pub(crate) fn definition(words: &[String]) -> bool {
    words.iter().take(4).any(|w| ["on", "ovat", "ar", "is", "are", "means"].contains(&w.as_str()))
}

/// Company names ("Telia Finland Oyj") in a text.
pub(crate) fn companies(text: &str) -> Vec<String> {
    const SUFFIXES: &[&str] =
        &["Oy", "Oyj", "Ab", "Abp", "AB", "Ltd", "Inc", "GmbH", "LLC", "Plc", "ASA", "A/S", "ApS"];
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ')', ':']).trim_end_matches(":n");
        let bare = bare.strip_suffix(":n").unwrap_or(bare);
        if !SUFFIXES.contains(&bare) || i == 0 {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 4 {
            let prev = words[start - 1];
            let capital = prev.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            if !capital || prev.ends_with([',', '.', ';', ':']) {
                break;
            }
            start -= 1;
        }
        if start == i {
            continue;
        }
        let mut name: Vec<&str> = words[start..i].to_vec();
        name.push(bare);
        let name = name.join(" ").trim_start_matches(['(', '"', '”']).to_owned();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

pub(crate) fn countries(text: &str) -> Vec<&'static str> {
    const COUNTRIES: &[(&str, &str)] = &[
        ("venaj", "Venäjä"),
        ("yhdysval", "Yhdysvallat"),
        ("usa", "Yhdysvallat"),
        ("kiina", "Kiina"),
        ("intia", "Intia"),
        ("japani", "Japani"),
        ("kanada", "Kanada"),
        ("sveits", "Sveitsi"),
        ("iso-britanni", "Iso-Britannia"),
        ("britanni", "Iso-Britannia"),
        ("australia", "Australia"),
        ("turki", "Turkki"),
        ("ukrain", "Ukraina"),
        ("united states", "Yhdysvallat"),
        ("russia", "Venäjä"),
        ("ryssland", "Venäjä"),
        ("usa:", "Yhdysvallat"),
    ];
    let words = folded_words(text);
    let f = fold(text);
    let mut out: Vec<&'static str> = Vec::new();
    for (stem, name) in COUNTRIES {
        let hit = if stem.contains(' ') || stem.contains('-') {
            f.contains(stem)
        } else {
            words.iter().any(|w| w.starts_with(stem))
        };
        if hit && !out.contains(name) {
            out.push(name);
        }
    }
    out
}

pub(crate) fn safeguard_in(text: &str) -> Option<crate::model::Safeguard> {
    use crate::model::Safeguard;
    let c = compact(text);
    if c.contains("vakiosopimuslauseke")
        || c.contains("vakiolausek")
        || c.contains("standardclauses")
        || c.contains("mallisopimuslauseke")
        || c.contains("standardavtalsklausul")
        || c.contains("standardcontractualclause")
    {
        Some(Safeguard::StandardContractualClauses)
    } else if c.contains("riittavyyspaatos")
        || c.contains("riittavyytta")
        || c.contains("dataprivacyframework")
        || c.contains("adequacydecision")
        || c.contains("adekvatskyddsniva")
    {
        Some(Safeguard::AdequacyDecision)
    } else if c.contains("sitovatyrityssaannot")
        || c.contains("bindingcorporaterules")
        || c.contains("bindandeforetagsbestammelser")
    {
        Some(Safeguard::BindingCorporateRules)
    } else {
        None
    }
}

pub(crate) fn requirement_in(f: &str) -> Option<Requirement> {
    let c: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    if c.contains("lakisaatei") || c.contains("lakiinperustu") || c.contains("lagstadg") || c.contains("statutory") {
        Some(Requirement::Statutory)
    } else if (c.contains("sopimu") && c.contains("perust")) || c.contains("avtal") || c.contains("contractual") {
        Some(Requirement::Contractual)
    } else if c.contains("vapaaehtoi")
        || c.contains("frivillig")
        || c.contains("voluntary")
        // "You may choose not to provide ...", "Voit jättää tiedot antamatta", "Du kan välja
        // att inte lämna ...": the data subject decides.
        || c.contains("choosenottoprovide")
        || (c.contains("voit") && c.contains("antamatta"))
        || c.contains("valjaattintelamna")
    {
        Some(Requirement::Voluntary)
    } else {
        None
    }
}

/// The rights a text names, in the order it names them.
pub(crate) fn rights_in(text: &str) -> Vec<Right> {
    let words = folded_words(text);
    let f = fold(text);
    let pos = |stems: &[&str]| words.iter().position(|w| stems.iter().any(|s| w.starts_with(s)));
    let both = |a: &[&str], b: &[&str]| -> Option<usize> {
        let (x, y) = (pos(a)?, pos(b)?);
        Some(x.min(y))
    };
    let mut found: Vec<(usize, Right)> = Vec::new();
    let mut add = |p: Option<usize>, r: Right| {
        if let Some(p) = p {
            found.push((p, r));
        }
    };
    add(
        both(&["peruut", "peruu", "peruminen"], &["suostum"])
            .or(both(&["aterkall"], &["samtyck"]))
            .or(both(&["withdraw"], &["consent"]))
            // "Voit poistaa palvelulta oikeuden käyttää tietojasi", "remove the right for the
            // service to use your data", "ta bort rätten för tjänsten att använda dina uppgifter".
            .or(f.contains("oikeuden kayttaa tietoja").then(|| pos(&["oikeuden"])).flatten())
            .or(f.contains("remove the right").then(|| pos(&["remove"])).flatten())
            .or(f.contains("ta bort ratten").then(|| pos(&["bort"])).flatten()),
        Right::WithdrawConsent,
    );
    let direct = both(&["suoramarkkin", "suoramainon", "direktmarknadsf"], &["kielt", "vastust", "invand", "kielto"])
        .or(both(&["marketing"], &["object", "opt"]));
    add(direct, Right::ObjectDirectMarketing);
    add(
        pos(&["valitus", "valittaa", "valvontaviranomai", "klagom", "tillsynsmyndighet", "complaint", "supervisory"]),
        Right::Complaint,
    );
    add(
        pos(&["siirrettavyy", "dataportabilitet", "portabilitet", "portab"])
            .or(both(&["siirt", "siirr"], &["jarjestelmasta", "toiselle", "rekisterinpitajalta", "toiseen"])),
        Right::Portability,
    );
    add(
        both(&["automaattis", "automatisoi", "automatiser", "automated"], &["paatok", "beslut", "decision"]),
        Right::AutomatedDecisions,
    );
    let informed = both(&["saada", "saa", "fa", "be"], &["tietoa", "tiedon", "information", "informed"])
        .filter(|_| pos(&["paasy", "tarkast"]).is_none());
    add(informed, Right::Informed);
    add(pos(&["paasy", "tarkast", "tarkist", "tillgang", "registerutdrag", "access"]), Right::Access);
    add(
        pos(&["oikais", "oikaista", "korja", "taydent", "rattels", "ratta", "rectif", "correct"]),
        Right::Rectification,
    );
    // "Poistaa palvelulta oikeuden käyttää tietojasi" removes a permission, not the data.
    let removes_permission = f.contains("oikeuden kayttaa tietoja");
    add(
        pos(&["poist", "unohde", "raderin", "radera", "bortglom", "erasure", "erase", "delet", "forgotten"])
            .filter(|_| !removes_permission),
        Right::Erasure,
    );
    add(pos(&["rajoit", "begrans", "restrict"]), Right::Restriction);
    if direct.is_none() {
        add(pos(&["vastust", "invand", "object"]), Right::Object);
    }
    // "Oikeus peruuttaa suostumus" is not erasure; "siirtää" in portability is not access.
    if found.iter().any(|f| f.1 == Right::Portability) {
        found.retain(|f| f.1 != Right::Access);
    }
    if f.contains("tietosuojavaltuutet") && found.iter().all(|x| x.1 != Right::Complaint) {
        found.push((usize::MAX, Right::Complaint));
    }
    found.sort_by_key(|f| f.0);
    let mut out: Vec<Right> = Vec::new();
    for (_, r) in found {
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out
}

/// Legal bases named in a sentence (also "6 artiklan 1 kohdan b ja c alakohta", "6(1)(a)").
pub(crate) fn bases_in(s: &str) -> Vec<LegalBasis> {
    let c = compact(s);
    let words = folded_words(s);
    let mut out = Vec::new();
    let has = |stems: &[&str]| stems.iter().any(|st| c.contains(st));
    if has(&["suostumu", "samtyck", "consent"]) {
        out.push(LegalBasis::Consent);
    }
    if has(&["sopimu", "avtal", "contract"]) {
        out.push(LegalBasis::Contract);
    }
    if (any_prefix(&words, &["velvoit", "veloit", "velvot"])
        && any_prefix(&words, &["lakisaat", "lakiin", "rekisterinpitajan", "oikeudellis"]))
        || has(&["rattsligforpliktelse", "rattsligaforpliktelse", "legalobligation"])
    {
        out.push(LegalBasis::LegalObligation);
    }
    if has(&["elintarke", "grundlaggandeintresse", "vitalinterest"]) {
        out.push(LegalBasis::VitalInterests);
    }
    if has(&[
        "yleinenetu",
        "yleisenedun",
        "yleistaetua",
        "julkisenvallan",
        "allmantintresse",
        "myndighetsutovning",
        "publicinterest",
        "publictask",
        "officialauthority",
    ]) {
        out.push(LegalBasis::PublicTask);
    }
    if has(&[
        "oikeutettuetu",
        "oikeutetunedun",
        "oikeutettujenetuj",
        "oikeutetutedut",
        "oikeutettuunetuun",
        "berattigatintresse",
        // "berättigade intressen", and the definite singular "föreningens berättigade intresse"
        "berattigadeintresse",
        "legitimateinterest",
    ]) {
        out.push(LegalBasis::LegitimateInterests);
    }
    for b in article_points(s).unwrap_or_default() {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

/// The points of Article 6(1) a reference names: `Some(empty)` when Article 6 is named without one.
pub(crate) fn article_points(s: &str) -> Option<Vec<LegalBasis>> {
    let f = fold(s);
    // Tokens: runs of letters or digits, and single punctuation.
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for ch in f.chars() {
        if ch.is_alphanumeric() {
            cur.push(ch);
        } else {
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
            if !ch.is_whitespace() {
                tokens.push(ch.to_string());
            }
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }
    let article =
        |t: &str| t.starts_with("artikla") || t.starts_with("artikel") || t.starts_with("article") || t == "art";
    let six = tokens.iter().enumerate().position(|(i, t)| {
        t == "6"
            && (tokens.get(i + 1).is_some_and(|n| article(n))
                || (i >= 1 && article(&tokens[i - 1]))
                || (i >= 2 && article(&tokens[i - 2]) && tokens[i - 1] == "."))
    })?;
    let anchors = ["alakoh", "kohd", "kohta", "point", "punkt", "led", "litera", "mom"];
    let window: Vec<&String> = tokens[six + 1..].iter().take(16).collect();
    // A point needs a word for it ("alakohta", "point") or paragraph 1 named first ("6.1 c", "6(1)(c)").
    let anchored = window.iter().any(|t| anchors.iter().any(|a| t.starts_with(a)))
        || window.iter().take(3).any(|t| t.as_str() == "1");
    let mut points = Vec::new();
    for (k, t) in window.iter().enumerate() {
        if t.as_str() == "."
            && window.get(k + 1).is_none_or(|n| !n.chars().all(|c| c.is_ascii_digit() || c.len_utf8() == 1))
        {
            break;
        }
        if t.chars().all(|c| c.is_ascii_digit()) && t.as_str() != "1" && t.as_str() != "6" {
            break;
        }
        if k > 0 && article(t) || matches!(t.as_str(), ":" | ";") {
            break;
        }
        // Past the reference: any other word ("GDPR: a task ..." must not read "a" as a point).
        let word = t.chars().count() > 1 && t.chars().all(char::is_alphabetic);
        let allowed = ["ja", "tai", "seka", "and", "or", "och", "eller", "sekä"].contains(&t.as_str())
            || anchors.iter().any(|a| t.starts_with(a))
            || (k == 0 && article(t));
        if word && !allowed {
            break;
        }
        let letter = match t.as_str() {
            "a" => LegalBasis::Consent,
            "b" => LegalBasis::Contract,
            "c" => LegalBasis::LegalObligation,
            "d" => LegalBasis::VitalInterests,
            "e" => LegalBasis::PublicTask,
            "f" => LegalBasis::LegitimateInterests,
            _ => continue,
        };
        let in_parens = k > 0 && window[k - 1].as_str() == "(";
        if (anchored || in_parens) && !points.contains(&letter) {
            points.push(letter);
        }
    }
    Some(points)
}

/// A check box's glyph at the start of `t`: its length in bytes and whether it is ticked.
fn box_at(t: &str) -> Option<(usize, bool)> {
    const BOXES: &[(&str, bool)] = &[
        ("☐", false),
        ("□", false),
        ("❏", false),
        ("☒", true),
        ("☑", true),
        ("✓", true),
        ("✔", true),
        ("■", true),
        ("[ ]", false),
        ("[]", false),
        ("[x]", true),
        ("[X]", true),
        ("( )", false),
        ("()", false),
        ("(x)", true),
        ("(X)", true),
    ];
    BOXES.iter().find(|(b, _)| t.starts_with(b)).map(|(b, ticked)| (b.len(), *ticked))
}

/// An answer line with its boxes on one line: "Ei ☐ Kyllä ☒ (details)", "☐ Ei ☑ Kyllä",
/// "[x] Ei [ ] Kyllä", "Ei X Kyllä", "Nej ☐ Ja ☒". A box stands after its word, or
/// before it when the line starts with a box. Returns each answer with whether its box
/// is ticked (a word without a box is not), and the text after the list. `None` when the
/// line is not such a list (a yes and a no word, and a box).
pub(crate) fn inline_checklist(line: &str) -> Option<(Vec<(Answer, bool)>, String)> {
    enum Tok {
        Answer(Answer),
        Box(bool),
    }
    let mut toks: Vec<Tok> = Vec::new();
    let mut i = 0usize;
    let mut rest_at = line.len();
    while i < line.len() {
        let t = &line[i..];
        let skipped =
            t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',' | ';')).len();
        if skipped > 0 {
            i += skipped;
            continue;
        }
        if let Some((len, ticked)) = box_at(t) {
            toks.push(Tok::Box(ticked));
            i += len;
            continue;
        }
        let word_len = t
            .char_indices()
            .find(|(j, c)| *j > 0 && (c.is_whitespace() || matches!(c, '/' | '|') || box_at(&t[*j..]).is_some()))
            .map_or(t.len(), |(j, _)| j);
        let word = &t[..word_len];
        let bare = word.trim_end_matches(['.', ':', ',', ';']);
        if bare == "x" || bare == "X" {
            toks.push(Tok::Box(true));
        } else if let Some(a) = bare_answer(bare).filter(|_| !bare.is_empty()) {
            toks.push(Tok::Answer(a));
        } else {
            rest_at = i;
            break;
        }
        i += word.len();
    }
    let has = |a: Answer| toks.iter().any(|t| matches!(t, Tok::Answer(x) if *x == a));
    let boxes = toks.iter().filter(|t| matches!(t, Tok::Box(_))).count();
    // A check list offers both answers ("☐ ei ei." is not one).
    if !has(Answer::Yes) || !has(Answer::No) || boxes == 0 {
        return None;
    }
    let before = matches!(toks.first(), Some(Tok::Box(_)));
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let Tok::Answer(a) = t else { continue };
        let own = if before { k.checked_sub(1).and_then(|j| toks.get(j)) } else { toks.get(k + 1) };
        out.push((*a, matches!(own, Some(Tok::Box(true)))));
    }
    let rest = line[rest_at..].trim();
    let rest =
        rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')).filter(|r| !r.contains(['(', ')'])).unwrap_or(rest);
    Some((out, rest.trim().to_owned()))
}
