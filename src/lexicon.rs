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

/// One heading rule.
struct Rule {
    /// Stems of which one must occur; `=word` matches a whole word.
    any: &'static [&'static str],
    /// When not empty, one of these must occur too.
    also: &'static [&'static str],
    /// None of these may occur.
    not: &'static [&'static str],
    topic: Topic,
    /// How specific the rule is: the heaviest matching rule wins.
    weight: u8,
}

const fn rule(any: &'static [&'static str], topic: Topic, weight: u8) -> Rule {
    Rule { any, also: &[], not: &[], topic, weight }
}

/// The heading rules. Weights: 9 a specific element named in full (special categories,
/// the provision requirement, third countries, the DPO), 8 a named contact role, 7 the
/// register's name and the controller, 6 the usual section words, 5 general words that
/// more specific sections also use, 3 introductions.
const HEADING_RULES: &[Rule] = &[
    rule(
        &[
            "erityisiahenkilotiet",
            "erityisethenkilotie",
            "erityistenhenkilotie",
            "erityisiinhenkilotie",
            "erityisethenkilotietoryhm",
            "erityisiaryhmia",
            "arkaluonteis",
            "arkaluontois",
            "sarskildakategori",
            "kansligapersonuppgift",
            "kansligauppgift",
            "specialcategor",
            "sensitivepersonal",
            "sensitivedata",
            "criminaloffence",
            "criminalconviction",
            "rikostuom",
            "rikosrekister",
            "lagovertradelse",
        ],
        Topic::Special,
        9,
    ),
    rule(
        &[
            "lakisaateista",
            "sopimukseenperustu",
            "sopimukseenperustava",
            "antamisenperuste",
            "velvollisuusantaa",
            "tietojenantaminen",
            "henkilotietojenantaminen",
            "seurauksetsiita",
            "lagstadgat",
            "skyldighetattlamna",
            "statutoryorcontractual",
            "contractualrequirement",
            "obligedtoprovide",
            "requiredtoprovide",
            "failuretoprovide",
        ],
        Topic::Provision,
        9,
    ),
    rule(
        &[
            "kolmanteenmaahan",
            "kolmansiinmaihin",
            "kansainvalisettietojensiirrot",
            "kansainvalisetsiirrot",
            "kansainvalisellejarjestolle",
            "euroopantalousalueenulkopuol",
            "tredjeland",
            "utanforeu",
            "utanforees",
            "utanforeuropeiska",
            "outsidetheeu",
            "outsidetheeea",
            "outsideeu",
            "outsideeea",
            "thirdcountr",
            "internationaltransfer",
            "internationaldatatransfer",
            "internationalorganisation",
            "transfersofpersonaldataoutside",
            "whereyourdata",
            "wheredowestore",
            "wherewestore",
        ],
        Topic::Transfers,
        9,
    ),
    Rule {
        any: &["=eu", "=eta", "=eea", "=ees", "=ety", "=eun", "=etan", "=eus", "=etaalueen", "=eesomradet"],
        also: &["siirt", "luovut", "ulkopuol", "transfer", "overfor", "utanfor", "outside", "utlamn"],
        not: &[],
        topic: Topic::Transfers,
        weight: 9,
    },
    rule(&["tietosuojavastaa", "tietosuojavastava", "dataskyddsombud", "dataprotectionofficer", "=dpo"], Topic::Dpo, 9),
    rule(
        &[
            "vastuuhenkil",
            "rekisteristavastaava",
            "rekisterinvastaava",
            "ansvarsperson",
            "ansvarigperson",
            "personincharge",
            "responsibleperson",
            "rekisteriasioitahoitava",
            "vastaavahenkilo",
            "vastuullinenjohtaja",
            "vastaavaryhma",
        ],
        Topic::Responsible,
        8,
    ),
    Rule {
        any: &["yllapitaja", "=administrator", "=administratorn"],
        also: &[],
        not: &["jarjestelm"],
        topic: Topic::Administrator,
        weight: 8,
    },
    rule(
        &[
            "yhteyshenkil",
            "rekisteriasioista",
            "kontaktperson",
            "contactperson",
            "kontaktpersonforregistret",
            "iarendensomgallerregistret",
            "iarendensomrorregistret",
            "tutkimuksensuorittaja",
            "tutkimusryhm",
            "forskargrupp",
            "researchteam",
        ],
        Topic::ContactPerson,
        8,
    ),
    rule(
        &[
            "rekisterinnimi",
            "rekisterinimi",
            "tietovarannonnimi",
            "kasittelytoimenpiteennimi",
            "kasittelytoimennimi",
            "registretsnamn",
            "registernamn",
            "nameoftheregister",
            "nameofregister",
            "registername",
            "nameoftheprocessing",
            "namnpaprocessen",
            "namnpabehandlingen",
        ],
        Topic::Name,
        7,
    ),
    rule(
        &[
            "rekisterinpitaj",
            "rekisteripitaj",
            "personuppgiftsansvarig",
            "registeransvarig",
            "registerforare",
            "registerhallare",
            "personuppgiftsansvar",
            "controller",
        ],
        Topic::Controller,
        7,
    ),
    Rule {
        any: &[
            "=yhteystiedot",
            "=lisatietoja",
            "lisatietojaantaa",
            "=kontaktuppgifter",
            "=ytterligareinformation",
            "=merinformation",
            "contactdetails",
            "contactinformation",
            "=contact",
            "=contacts",
            "=kontakt",
            "=contactus",
        ],
        also: &[],
        // "Muut yhteystiedot (esim. puhelin ...)" is a form's field label, not a section.
        not: &["muut", "esim", "ovriga", "other"],
        topic: Topic::ContactPerson,
        weight: 7,
    },
    rule(
        &[
            "tarkoitu",
            "kayttotarkoitu",
            "miksikasittelemme",
            "mihinkaytamme",
            "mihinkaytetaan",
            "mihintietojakaytetaan",
            "andamal",
            "syftet",
            "=syfte",
            "=syften",
            "varforbehandlar",
            "varforsamlar",
            "purpose",
            "whydoweprocess",
            "whydowecollect",
            "whatdoweuse",
            "howdoweuse",
            "howweuse",
            "useofyour",
            "useofpersonal",
            "=miksi",
            "whyweneed",
            "whatwedowith",
            "usesofdata",
            "usesofyour",
            "vadanvandervi",
            "hurvianvander",
            "anvandningavinformation",
            "anvandningavpersonuppgift",
            "anvandningavuppgift",
        ],
        Topic::Purposes,
        6,
    ),
    rule(
        &[
            "oikeusperust",
            "kasittelynperuste",
            "kasittelyperuste",
            "keraamisenjakasittelynperuste",
            "perustekasittelylle",
            "kasittelynlaillisuus",
            "rattsliggrund",
            "rattsligagrund",
            "grundforbehandling",
            "grundenforbehandling",
            "behandlingensgrund",
            "behandlingensrattsliga",
            "laglighetsgrund",
            "legalbasis",
            "lawfulbasis",
            "legalground",
            "basedon",
            "lawfulness",
            "legalbases",
            "oikeudellis",
            "perusteill",
            "=suostumus",
            "=samtycke",
            "=consent",
            "yourconsent",
        ],
        Topic::LegalBasis,
        6,
    ),
    rule(
        &[
            "automaattinenpaatoksen",
            "automaattisetpaatok",
            "automaattistapaatoksen",
            "automatisoitupaatoksen",
            "automatisoidutpaatok",
            "automaattisenpaatoksen",
            "profilointi",
            "automatiseratbeslut",
            "automatiskbeslut",
            "automatiseradebeslut",
            "automatiseradbeslut",
            "profilering",
            "automateddecision",
            "automatedindividual",
            "profiling",
        ],
        Topic::Automated,
        6,
    ),
    Rule {
        any: &["personaldata", "=information", "=data"],
        also: &["collect", "keraa", "kerat", "samlar"],
        not: &[],
        topic: Topic::Data,
        weight: 5,
    },
    Rule {
        any: &["=koska", "=eftersom", "=because"],
        also: &["kasitel", "behandla", "process"],
        not: &[],
        topic: Topic::Purposes,
        weight: 5,
    },
    rule(
        &[
            "aterkallande",
            "aterkalla",
            "forbudsratt",
            "inverkapa",
            "withdrawyourconsent",
            "withdrawingconsent",
            "withdrawalofconsent",
            "suostumuksenperuutt",
            "suostumuksenperuminen",
        ],
        Topic::Rights,
        7,
    ),
    Rule {
        any: &["muuthenkilotietojen", "muutoikeudet", "muutrekisteroidynoikeudet", "ovrigarattigheter", "otherrights"],
        also: &["oikeude", "rattigheter", "rights"],
        not: &[],
        topic: Topic::OtherRights,
        weight: 6,
    },
    rule(
        &[
            "rekisteroidynoikeu",
            "rekisteroitynoikeu",
            "rekisteroidyillaoikeu",
            "rekisteroitujenoikeu",
            "mitkaovatoikeutesi",
            "oikeutesi",
            "tarkastusoikeus",
            "oikeustarkastaa",
            "registreradesrattigheter",
            "registreradesratt",
            "dinarattigheter",
            "=rattigheter",
            "yourrights",
            "rightsofthedatasubject",
            "datasubjectrights",
            "datasubjectsrights",
            "rightsofdatasubjects",
            "=rights",
            "yourchoices",
            "accessrequest",
            "subjectaccess",
            "begarochradera",
        ],
        Topic::Rights,
        6,
    ),
    rule(
        &[
            "valitus",
            "valittaa",
            "valvontaviranomai",
            "tietosuojavaltuutet",
            "klagomal",
            "tillsynsmyndighet",
            "dataombudsman",
            "complaint",
            "supervisoryauthority",
            "datatillsyn",
            "dataprotectionsupervisor",
        ],
        Topic::Complaint,
        6,
    ),
    rule(
        &[
            "rekisteroityjenryhm",
            "rekisteroityjenkategor",
            "rekisteroidytryhm",
            "rekisteroidynryhm",
            "kenentietoja",
            "keidantietoja",
            "keistatietoja",
            "henkiloryhm",
            "kategorieravregistrerade",
            "registreradegrupper",
            "gruppoveravregistrerade",
            "gruppavregistrerade",
            "vemsuppgifter",
            "categoriesofdatasubjects",
            "datasubjectcategor",
            "whosedata",
            "whosepersonaldata",
            "=rekisteroidyt",
            "=registrerade",
            "=datasubjects",
        ],
        Topic::Subjects,
        6,
    ),
    rule(
        &[
            "tietosisalto",
            "tietosisallo",
            "kasiteltavathenkilotiedot",
            "kasiteltavattiedot",
            "kasiteltavattietoryhmat",
            "henkilotietoryhm",
            "mitatietoakeraamme",
            "mitatietojakeraamme",
            "mitatietojakasittelemme",
            "mitahenkilotietojakasittelemme",
            "mitahenkilotietojakeraamme",
            "rekisteriintallennettavat",
            "tallennettavattiedot",
            "registretsdatainnehall",
            "datainnehall",
            "personuppgiftersombehandlas",
            "behandladepersonuppgifter",
            "vilkapersonuppgifter",
            "vilkauppgifter",
            "kategorieravpersonuppgifter",
            "uppgiftersombehandlas",
            "personaldataprocessed",
            "personaldatabeingprocessed",
            "personaldataweprocess",
            "whatpersonaldata",
            "whatdatadowe",
            "whatinformationdowe",
            "categoriesofpersonaldata",
            "datawecollect",
            "informationwecollect",
            "mitatietoja",
            "mitahenkilotietoja",
            "hurdanauppgifter",
            "vilkenslagsuppgifter",
            "collectedinformation",
            "providedinformation",
            "informationcollected",
            "samlasin",
        ],
        Topic::Data,
        6,
    ),
    rule(
        &[
            "tietolahte",
            "tietolahde",
            "mistatiedot",
            "mistakeraamme",
            "mistasaamme",
            "mistatietojasaadaan",
            "tietojenlahteet",
            "informationskall",
            "uppgiftskall",
            "=kallor",
            "uppgifternaskallor",
            "varifran",
            "sourcesof",
            "sourceof",
            "wheredowe",
            "=sources",
            "=source",
            "henkilotietojenlahde",
            "tietojenlahde",
            "=lahteet",
            "=lahde",
        ],
        Topic::Sources,
        6,
    ),
    rule(
        &[
            "luovut",
            "vastaanottaj",
            "tietojensaajat",
            "utlamnand",
            "utlamnas",
            "lamnasut",
            "mottagare",
            "recipient",
            "disclos",
            "whodoweshare",
            "sharing",
            "sharedwith",
            "whoweshare",
            "weshareyour",
            "tillgangtill",
            "whocanaccess",
            "whohasaccess",
            "kenellaonpaasy",
            "kukakasittelee",
            "keitatietojakasittelevat",
            "tredjepart",
            "thirdpart",
            "kolmansille",
        ],
        Topic::Recipients,
        6,
    ),
    rule(
        &[
            "toimeksianto",
            "ostopalvelu",
            "kasittelija",
            "ulkoistet",
            "ulkoistami",
            "alihankkij",
            "tekninentoteutus",
            "palveluntarjoaj",
            "personuppgiftsbitrad",
            "bitraden",
            "=bitrade",
            "underleverantor",
            "=processors",
            "=processor",
            "dataprocessor",
            "subprocessor",
            "serviceprovider",
            "outsourc",
        ],
        Topic::Processors,
        6,
    ),
    rule(
        &[
            "sailytysai",
            "sailytysaj",
            "kuinkakauan",
            "kauankosailyt",
            "kuinkapitkaan",
            "maarittamiskriteer",
            "sailyttaminenjapoistaminen",
            "tietojensailytys",
            "henkilotietojensailytys",
            "tietojensailyttaminen",
            "henkilotietojensailyttaminen",
            "sailytysjahavittaminen",
            "lagringstid",
            "bevarandetid",
            "lagringsperiod",
            "forvaringstid",
            "hurlange",
            "bevarandeav",
            "lagringavpersonuppgifter",
            "uppgifternasbevarande",
            "gallring",
            "retention",
            "howlong",
            "storageperiod",
            "storagetime",
            "sailyttamisaj",
            "tidsfrist",
            "paattymisenjalkeen",
        ],
        Topic::Retention,
        6,
    ),
    rule(
        &[
            "sahkoinenaineisto",
            "atkaineisto",
            "elektronisktmaterial",
            "elektroniskamaterial",
            "electronicmaterial",
            "electronicrecords",
        ],
        Topic::SecurityElectronic,
        6,
    ),
    rule(
        &[
            "manuaalinenaineisto",
            "paperiaineisto",
            "manuellamaterial",
            "manuelltmaterial",
            "manualmaterial",
            "paperrecords",
        ],
        Topic::SecurityManual,
        6,
    ),
    Rule {
        any: &[
            "yllapitojarjestelm",
            "tietojarjestelm",
            "jarjestelmannimi",
            "jarjestelmien",
            "kasittelyjarjestelm",
            "informationssystem",
            "informationsystem",
            "systemsused",
            "=systems",
            "=jarjestelmat",
        ],
        also: &[],
        not: &["suoja", "turva", "skydd", "sakerhet", "security", "protect"],
        topic: Topic::Systems,
        weight: 6,
    },
    rule(
        &[
            "suojau",
            "suojaami",
            "suojata",
            "turvatoim",
            "tietoturva",
            "principerforskydd",
            "principernaforskydd",
            "skyddetavregistret",
            "skyddetavpersonuppgift",
            "skyddetavuppgift",
            "skyddavpersonuppgift",
            "skyddavregistret",
            "skyddavuppgift",
            "sakerhet",
            "=security",
            "securitymeasures",
            "securityof",
            "howweprotect",
            "howdoweprotect",
            "protectyour",
            "dataprotectionmeasures",
            "=skydd",
            "skyddsatgard",
            "tekniskaochorganisatoriska",
            "technicalandorganisational",
            "technicalandorganizational",
            "tietomur",
            "vuotamis",
            "databreach",
            "personuppgiftsincident",
            "tietoturvaloukk",
        ],
        Topic::Security,
        6,
    ),
    rule(&["evaste", "kakor", "=kaka", "cookie"], Topic::Cookies, 6),
    rule(
        &[
            "muutokset",
            "muutoksia",
            "selosteenmuutok",
            "andringar",
            "changesto",
            "=changes",
            "updatestothis",
            "selosteenmuutt",
            "changestothis",
        ],
        Topic::Changes,
        5,
    ),
    rule(
        &[
            "=johdanto",
            "=yleista",
            "=inledning",
            "=introduction",
            "=taustaa",
            "=bakgrund",
            "=background",
            "=allmant",
            "=general",
            "=yhteenveto",
            "=sammanfattning",
            "=summary",
            "muuttiedot",
            "ovrigainformation",
            "ovrigauppgifter",
            "otherinformation",
        ],
        Topic::Intro,
        3,
    ),
];

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

/// A body stem: a word prefix (`word*` form: `"sailyt"`) or, with a space, a phrase
/// looked for in the folded text (`"lamnas ut"`), and its weight for a topic.
struct Body {
    stem: &'static str,
    topic: Topic,
    weight: u8,
}

const fn b(stem: &'static str, topic: Topic, weight: u8) -> Body {
    Body { stem, topic, weight }
}

/// The body lexicon: the words a paragraph about each element uses. Weights: 4 a word
/// that names the element itself, 3 a word typical of it, 2 a word it shares with others,
/// 1 weak evidence.
const BODY: &[Body] = &[
    // Controller.
    b("rekisterinpitajana toimii", Topic::Controller, 5),
    b("rekisterinpitaja on", Topic::Controller, 4),
    b("rekisterinpitaja", Topic::Controller, 2),
    b("personuppgiftsansvarig", Topic::Controller, 3),
    b("registeransvarig", Topic::Controller, 3),
    b("the controller is", Topic::Controller, 4),
    b("controller", Topic::Controller, 2),
    b("y-tunnus", Topic::Controller, 2),
    b("fo-nummer", Topic::Controller, 2),
    b("yllapitaa", Topic::Controller, 3),
    b("palvelusta vastaa", Topic::Controller, 4),
    b("rekisteria yllapitaa", Topic::Controller, 4),
    b("is operated by", Topic::Controller, 4),
    b("is provided by", Topic::Controller, 3),
    b("data controller", Topic::Controller, 3),
    b("ansvarar for", Topic::Controller, 3),
    // Contacts.
    b("yhteyshenkilo", Topic::ContactPerson, 3),
    b("kontaktperson", Topic::ContactPerson, 3),
    b("contact person", Topic::ContactPerson, 3),
    b("vastuuhenkilo", Topic::Responsible, 3),
    b("ansvarsperson", Topic::Responsible, 3),
    b("ota yhteytta", Topic::ContactPerson, 3),
    b("yhteydenotot", Topic::ContactPerson, 3),
    b("contact us", Topic::ContactPerson, 3),
    b("kontakta", Topic::ContactPerson, 3),
    b("more information", Topic::ContactPerson, 1),
    b("lisatietoja", Topic::ContactPerson, 2),
    // DPO.
    b("tietosuojavastaa", Topic::Dpo, 5),
    b("dataskyddsombud", Topic::Dpo, 5),
    b("data protection officer", Topic::Dpo, 5),
    // Purposes.
    b("tarkoitu", Topic::Purposes, 3),
    b("kayttotarkoitu", Topic::Purposes, 4),
    b("kaytetaan", Topic::Purposes, 1),
    b("hoitamisee", Topic::Purposes, 1),
    b("andamal", Topic::Purposes, 3),
    b("syfte", Topic::Purposes, 3),
    b("anvands for", Topic::Purposes, 2),
    b("purpose", Topic::Purposes, 3),
    b("we use your", Topic::Purposes, 2),
    b("in order to", Topic::Purposes, 1),
    b("kaytamme", Topic::Purposes, 2),
    b("kaytetaan", Topic::Purposes, 1),
    b("we use the", Topic::Purposes, 2),
    b("we may use", Topic::Purposes, 2),
    b("anvander vi", Topic::Purposes, 2),
    b("anvands", Topic::Purposes, 1),
    // Legal basis.
    b("oikeusperust", Topic::LegalBasis, 5),
    b("perusteella", Topic::LegalBasis, 2),
    b("perustuu", Topic::LegalBasis, 2),
    b("suostumu", Topic::LegalBasis, 2),
    b("oikeutettu", Topic::LegalBasis, 2),
    b("yleisen edun", Topic::LegalBasis, 3),
    b("lakisaatei", Topic::LegalBasis, 2),
    b("artikla", Topic::LegalBasis, 2),
    b("rattslig grund", Topic::LegalBasis, 5),
    b("grundar sig", Topic::LegalBasis, 3),
    b("samtyck", Topic::LegalBasis, 2),
    b("berattigat intresse", Topic::LegalBasis, 3),
    b("allmant intresse", Topic::LegalBasis, 3),
    b("legal basis", Topic::LegalBasis, 5),
    b("lawful basis", Topic::LegalBasis, 5),
    b("based on", Topic::LegalBasis, 2),
    b("consent", Topic::LegalBasis, 2),
    b("legitimate interest", Topic::LegalBasis, 3),
    b("public interest", Topic::LegalBasis, 3),
    b("article 6", Topic::LegalBasis, 3),
    // Subjects.
    b("rekisteroity", Topic::Subjects, 2),
    b("rekisteroidyt", Topic::Subjects, 2),
    b("registrerade", Topic::Subjects, 2),
    b("data subjects", Topic::Subjects, 2),
    // Data.
    b("henkilotunnu", Topic::Data, 2),
    b("syntymaaika", Topic::Data, 2),
    b("yhteystiedot", Topic::Data, 1),
    b("nimi", Topic::Data, 1),
    b("osoite", Topic::Data, 1),
    b("puhelinnumero", Topic::Data, 1),
    b("sahkopostiosoite", Topic::Data, 1),
    b("tallennetaan", Topic::Data, 2),
    b("keraamme", Topic::Data, 2),
    b("kasittelemme seuraavia", Topic::Data, 3),
    b("tietoja ovat", Topic::Data, 2),
    b("personbeteckning", Topic::Data, 2),
    b("namn", Topic::Data, 1),
    b("adress", Topic::Data, 1),
    b("telefonnummer", Topic::Data, 1),
    b("e-postadress", Topic::Data, 1),
    b("registreras", Topic::Data, 2),
    b("name", Topic::Data, 1),
    b("address", Topic::Data, 1),
    b("phone number", Topic::Data, 1),
    b("email address", Topic::Data, 1),
    b("we collect", Topic::Data, 2),
    b("date of birth", Topic::Data, 2),
    b("kerat", Topic::Data, 2),
    b("seuraavia tietoja", Topic::Data, 3),
    b("kasittelee seuraavia", Topic::Data, 3),
    b("following personal", Topic::Data, 3),
    b("collect and use", Topic::Data, 3),
    b("collected", Topic::Data, 2),
    b("we hold", Topic::Data, 2),
    b("samlar in", Topic::Data, 2),
    b("foljande uppgifter", Topic::Data, 3),
    b("foljande personuppgifter", Topic::Data, 3),
    // Special categories.
    b("arkaluon", Topic::Special, 4),
    b("erityisia henkilotietoj", Topic::Special, 5),
    b("erityisten henkilotietoj", Topic::Special, 5),
    b("sarskilda kategori", Topic::Special, 5),
    b("special categor", Topic::Special, 5),
    b("terveystie", Topic::Special, 2),
    // Sources.
    b("tietolahte", Topic::Sources, 5),
    b("saadaan", Topic::Sources, 2),
    b("itseltaan", Topic::Sources, 3),
    b("vaestotietojarjestelm", Topic::Sources, 3),
    b("kallor", Topic::Sources, 3),
    b("erhalls", Topic::Sources, 3),
    b("fran den registrerade", Topic::Sources, 3),
    b("source", Topic::Sources, 3),
    b("obtained from", Topic::Sources, 3),
    b("we receive", Topic::Sources, 2),
    // Recipients.
    b("luovut", Topic::Recipients, 3),
    b("vastaanottaj", Topic::Recipients, 3),
    b("utlamn", Topic::Recipients, 3),
    b("lamnas ut", Topic::Recipients, 3),
    b("lamnas inte ut", Topic::Recipients, 3),
    b("utomstaende", Topic::Recipients, 1),
    b("lamnar ut", Topic::Recipients, 3),
    b("mottagare", Topic::Recipients, 3),
    b("disclos", Topic::Recipients, 3),
    b("recipient", Topic::Recipients, 3),
    b("share", Topic::Recipients, 2),
    b("third part", Topic::Recipients, 2),
    b("kolmansille", Topic::Recipients, 2),
    b("tredje part", Topic::Recipients, 2),
    b("visible to", Topic::Recipients, 2),
    b("nakyvat", Topic::Recipients, 2),
    b("visas for", Topic::Recipients, 2),
    b("delar", Topic::Recipients, 1),
    // Processors.
    b("henkilotietojen kasittelija", Topic::Processors, 4),
    b("kasittelijoi", Topic::Processors, 3),
    b("alihankkij", Topic::Processors, 3),
    b("palveluntarjoaj", Topic::Processors, 2),
    b("toimeksiann", Topic::Processors, 3),
    b("ostopalvelu", Topic::Processors, 3),
    b("personuppgiftsbitrad", Topic::Processors, 4),
    b("underleverantor", Topic::Processors, 3),
    b("processor", Topic::Processors, 3),
    b("service provider", Topic::Processors, 2),
    b("subcontractor", Topic::Processors, 3),
    // Transfers.
    b("ulkopuolelle", Topic::Transfers, 3),
    b("kolmansiin maihin", Topic::Transfers, 4),
    b("kolmanteen maahan", Topic::Transfers, 4),
    b("vakiosopimuslauseke", Topic::Transfers, 4),
    b("tredje land", Topic::Transfers, 4),
    b("utanfor eu", Topic::Transfers, 4),
    b("utanfor ees", Topic::Transfers, 4),
    b("standardavtalsklausul", Topic::Transfers, 4),
    b("third countr", Topic::Transfers, 4),
    b("outside the eu", Topic::Transfers, 4),
    b("outside the eea", Topic::Transfers, 4),
    b("standard contractual", Topic::Transfers, 4),
    // Retention.
    b("sailytysai", Topic::Retention, 5),
    b("sailyt", Topic::Retention, 3),
    b("havitetaan", Topic::Retention, 2),
    b("poistetaan", Topic::Retention, 2),
    b("tiedonohjaussuunnitelm", Topic::Retention, 3),
    b("arkistonmuodostussuunnitelm", Topic::Retention, 3),
    b("lagras", Topic::Retention, 3),
    b("lagring", Topic::Retention, 3),
    b("bevara", Topic::Retention, 3),
    b("forvara", Topic::Retention, 3),
    b("sparas", Topic::Retention, 3),
    b("gallra", Topic::Retention, 3),
    b("raderas", Topic::Retention, 2),
    b("retain", Topic::Retention, 3),
    b("retention", Topic::Retention, 4),
    b("kept for", Topic::Retention, 3),
    b("stored for", Topic::Retention, 3),
    b("storage period", Topic::Retention, 4),
    b("deleted", Topic::Retention, 2),
    b("vuotta", Topic::Retention, 1),
    b("vuoden", Topic::Retention, 1),
    b("kuukau", Topic::Retention, 1),
    b("manader", Topic::Retention, 1),
    b("years", Topic::Retention, 1),
    b("months", Topic::Retention, 1),
    b("we keep", Topic::Retention, 3),
    b("keep your", Topic::Retention, 2),
    b("is kept", Topic::Retention, 3),
    b("are kept", Topic::Retention, 3),
    b("niin kauan kuin", Topic::Retention, 2),
    b("as long as", Topic::Retention, 2),
    b("sa lange", Topic::Retention, 2),
    b("behaller", Topic::Retention, 3),
    b("anonymi", Topic::Retention, 1),
    // Security.
    b("suojat", Topic::Security, 2),
    b("suojau", Topic::Security, 3),
    b("kayttooikeu", Topic::Security, 2),
    b("kayttajatunnu", Topic::Security, 2),
    b("salasan", Topic::Security, 2),
    b("tietoturva", Topic::Security, 3),
    b("palomuur", Topic::Security, 3),
    b("lukitu", Topic::Security, 2),
    b("salat", Topic::Security, 2),
    b("skydd", Topic::Security, 2),
    b("losenord", Topic::Security, 2),
    b("brandvagg", Topic::Security, 3),
    b("behorighet", Topic::Security, 2),
    b("security", Topic::Security, 3),
    b("encrypt", Topic::Security, 3),
    b("password", Topic::Security, 2),
    b("firewall", Topic::Security, 3),
    b("access control", Topic::Security, 3),
    b("suojattu", Topic::Security, 3),
    b("salattu", Topic::Security, 3),
    b("palvelime", Topic::Security, 1),
    b("pilvipalvelu", Topic::Security, 1),
    b("hosted", Topic::Security, 2),
    b("encrypted", Topic::Security, 3),
    b("servers", Topic::Security, 1),
    b("skyddad", Topic::Security, 3),
    b("krypter", Topic::Security, 3),
    b("varmuuskopi", Topic::Security, 2),
    b("backup", Topic::Security, 2),
    b("sakerhetskopi", Topic::Security, 2),
    b("paasy", Topic::Security, 2),
    b("rajattu", Topic::Security, 2),
    b("vaitiolovelvollis", Topic::Security, 3),
    b("tystnadsplikt", Topic::Security, 3),
    b("behoriga", Topic::Security, 3),
    b("authorised", Topic::Security, 2),
    b("authorized", Topic::Security, 2),
    b("confidential", Topic::Security, 2),
    b("luottamuksellis", Topic::Security, 2),
    b("safeguard", Topic::Security, 2),
    // Automated decisions.
    b("automaattis", Topic::Automated, 3),
    b("automatisoi", Topic::Automated, 3),
    b("profiloi", Topic::Automated, 4),
    b("automatiser", Topic::Automated, 4),
    b("profilering", Topic::Automated, 4),
    b("automated decision", Topic::Automated, 5),
    b("profiling", Topic::Automated, 4),
    // Rights.
    b("tarkastaa", Topic::Rights, 3),
    b("tarkastusoikeu", Topic::Rights, 4),
    b("oikaista", Topic::Rights, 3),
    b("oikaisemise", Topic::Rights, 3),
    b("rajoittamise", Topic::Rights, 2),
    b("vastustaa", Topic::Rights, 2),
    b("oikeus", Topic::Rights, 1),
    b("ratt till", Topic::Rights, 3),
    b("rattelse", Topic::Rights, 3),
    b("radering", Topic::Rights, 3),
    b("rectification", Topic::Rights, 4),
    b("erasure", Topic::Rights, 4),
    b("right of access", Topic::Rights, 4),
    b("right to", Topic::Rights, 2),
    b("your rights", Topic::Rights, 3),
    b("oikeuksista", Topic::Rights, 2),
    b("oikeuksia", Topic::Rights, 2),
    b("rattigheter", Topic::Rights, 3),
    b("ratt att", Topic::Rights, 2),
    // Complaint.
    b("valvontaviranomai", Topic::Complaint, 4),
    b("tietosuojavaltuutet", Topic::Complaint, 4),
    b("valitus", Topic::Complaint, 3),
    b("klagomal", Topic::Complaint, 4),
    b("tillsynsmyndighet", Topic::Complaint, 4),
    b("dataombudsman", Topic::Complaint, 4),
    b("complain", Topic::Complaint, 4),
    b("ico", Topic::Complaint, 2),
    b("supervisory authority", Topic::Complaint, 4),
    // Provision requirement.
    b("pakollis", Topic::Provision, 2),
    b("vapaaehtoi", Topic::Provision, 2),
    b("obligatorisk", Topic::Provision, 2),
    b("frivillig", Topic::Provision, 2),
    b("mandatory", Topic::Provision, 2),
    b("voluntary", Topic::Provision, 2),
    // Cookies.
    b("evaste", Topic::Cookies, 5),
    b("kakor", Topic::Cookies, 5),
    b("cookie", Topic::Cookies, 5),
    b("matomo", Topic::Cookies, 3),
    b("google analytics", Topic::Cookies, 4),
    b("analytics", Topic::Cookies, 2),
];

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
    fn negations_and_folding() {
        assert!(is_negation("eivat") && is_negation("inte") && is_negation("dont"));
        assert_eq!(folded_words("We don’t share"), vec!["we", "dont", "share"]);
        assert_eq!(compact("Rekisterin pitäjä:"), "rekisterinpitaja");
    }
}
