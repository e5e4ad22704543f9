//! The heading dictionary: the usual section headings of Finnish, Swedish and English
//! notices (GDPR-REFERENCE.md 1.3 and 1.4, the seeds, municipal and company notices)
//! and the register field each one fills.
//!
//! Matching ignores numbering, case, accents, punctuation and spaces (`"2. REKISTERIN
//! PITÄJÄ:"` matches `rekisterinpitaj`), so one stem covers the inflected forms and
//! compounds (*rekisterinpitäjä*, *-pitäjän*, *yhteisrekisterinpitäjät*). A rule lists
//! stems of which any must occur, optionally words of which one must also occur, and
//! words that rule it out. The first matching rule wins, so the specific rules come
//! first ("yhteyshenkilö" before "rekisterinpitäjä", which the contact heading of seed
//! 002 also contains). A heading that matches nothing exactly may still match with one
//! letter wrong, missing or extra in a stem of eight letters or more (a spelling variant).

use super::lines::{compact, folded_words};
use crate::model::{ContactRole, Lang, Section, tr};

/// Where the text under a heading goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    /// `name`
    Name,
    /// `controller`
    Controller,
    /// `contacts` with this role
    Contacts(ContactRole),
    /// `dpo`
    Dpo,
    /// `purposes`
    Purposes,
    /// `legal_basis_text` and the purposes' legal bases
    LegalBasis,
    /// `subjects`
    Subjects,
    /// `data`
    Data,
    /// `data.special` and `data.special_text`
    Special,
    /// `sources`
    Sources,
    /// `recipients`
    Recipients,
    /// `processors`
    Processors,
    /// `transfers`
    Transfers,
    /// `retention`
    Retention,
    /// `security.general`
    Security,
    /// `security.systems`
    Systems,
    /// `security.electronic`
    SecurityElectronic,
    /// `security.manual`
    SecurityManual,
    /// `automated`
    Automated,
    /// `rights`
    Rights,
    /// "Muut ... oikeudet": the complaint paragraph or further rights, decided by the text.
    OtherRights,
    /// `complaint`
    Complaint,
    /// `provision`
    Provision,
    /// `cookies`
    Cookies,
    /// Changes to the notice: an extra section (the model has no field for it).
    Changes,
    /// An introduction: an extra section.
    Intro,
}

impl Target {
    /// The register section the target belongs to.
    pub fn section(self) -> Section {
        match self {
            Target::Name => Section::Name,
            Target::Controller => Section::Controller,
            Target::Contacts(_) => Section::Contacts,
            Target::Dpo => Section::Dpo,
            Target::Purposes | Target::LegalBasis => Section::Purposes,
            Target::Subjects => Section::Subjects,
            Target::Data | Target::Special => Section::Data,
            Target::Sources => Section::Sources,
            Target::Recipients => Section::Recipients,
            Target::Processors => Section::Processors,
            Target::Transfers => Section::Transfers,
            Target::Retention => Section::Retention,
            Target::Security | Target::Systems | Target::SecurityElectronic | Target::SecurityManual => {
                Section::Security
            }
            Target::Automated => Section::Automated,
            Target::Rights | Target::OtherRights => Section::Rights,
            Target::Complaint => Section::Complaint,
            Target::Provision => Section::Provision,
            Target::Cookies => Section::Cookies,
            Target::Changes | Target::Intro => Section::Extra,
        }
    }

    /// The field the text goes to, as validation findings name fields.
    pub fn field(self) -> crate::model::FieldPath {
        use crate::model::{DataField, FieldPath as P, List, SecurityField};
        match self {
            Target::Name => P::Name(None),
            Target::Controller => P::Controller(None),
            Target::Contacts(_) => P::Contacts(List::All),
            Target::Dpo => P::Dpo(None),
            Target::Purposes => P::Purposes(List::All),
            Target::LegalBasis => P::LegalBasisText(None),
            Target::Subjects => P::Subjects(List::All),
            Target::Data => P::Data(None),
            Target::Special => P::Data(Some(DataField::Special)),
            Target::Sources => P::Sources(None),
            Target::Recipients => P::Recipients(None),
            Target::Processors => P::Processors(None),
            Target::Transfers => P::Transfers(None),
            Target::Retention => P::Retention(None),
            Target::Security => P::Security(None),
            Target::Systems => P::Security(Some(SecurityField::Systems(List::All))),
            Target::SecurityElectronic => P::Security(Some(SecurityField::Electronic(None))),
            Target::SecurityManual => P::Security(Some(SecurityField::Manual(None))),
            Target::Automated => P::Automated(None),
            Target::Rights | Target::OtherRights => P::Rights(None),
            Target::Complaint => P::Complaint(None),
            Target::Provision => P::Provision(None),
            Target::Cookies => P::Cookies(None),
            Target::Changes | Target::Intro => P::Extra(List::All),
        }
    }

    /// A short name for reports.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Target::Contacts(role) => role.label(lang),
            Target::LegalBasis => tr(lang, "Käsittelyn oikeusperuste", "Rättslig grund", "Legal basis"),
            Target::Special => tr(lang, "Erityiset henkilötietoryhmät", "Särskilda kategorier", "Special categories"),
            Target::Systems => tr(lang, "Tietojärjestelmät", "Informationssystem", "Information systems"),
            Target::SecurityElectronic => {
                tr(lang, "Sähköinen aineisto", "Elektroniskt material", "Electronic material")
            }
            Target::SecurityManual => tr(lang, "Manuaalinen aineisto", "Manuellt material", "Manual material"),
            Target::Security => tr(lang, "Suojauksen periaatteet", "Principer för skydd", "Security measures"),
            Target::OtherRights => tr(lang, "Muut oikeudet", "Övriga rättigheter", "Other rights"),
            Target::Changes => tr(lang, "Selosteen muutokset", "Ändringar av beskrivningen", "Changes to the notice"),
            Target::Intro => tr(lang, "Johdanto", "Inledning", "Introduction"),
            other => other.section().heading(lang),
        }
    }
}

/// One dictionary rule.
struct Rule {
    /// Stems of which one must occur in the compacted heading; `=word` matches a whole word.
    any: &'static [&'static str],
    /// When not empty, one of these must occur too.
    also: &'static [&'static str],
    /// None of these may occur.
    not: &'static [&'static str],
    target: Target,
}

const fn rule(any: &'static [&'static str], target: Target) -> Rule {
    Rule { any, also: &[], not: &[], target }
}

/// The dictionary, most specific rules first.
const RULES: &[Rule] = &[
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
        ],
        Target::Special,
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
        Target::Provision,
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
            "outsidetheeu",
            "outsidetheeea",
            "thirdcountr",
            "internationaltransfer",
            "internationalorganisation",
        ],
        Target::Transfers,
    ),
    Rule {
        any: &["=eu", "=eta", "=eea", "=ees", "=ety", "=eun", "=etan", "=eus"],
        also: &["siirt", "luovut", "ulkopuol", "transfer", "overfor", "utanfor", "outside", "utlamn"],
        not: &[],
        target: Target::Transfers,
    },
    rule(&["tietosuojavastaa", "tietosuojavastava", "dataskyddsombud", "dataprotectionofficer", "=dpo"], Target::Dpo),
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
        ],
        Target::Contacts(ContactRole::Responsible),
    ),
    Rule {
        any: &["yllapitaja", "=administrator", "=administratorn"],
        also: &[],
        not: &["jarjestelm"],
        target: Target::Contacts(ContactRole::Administrator),
    },
    rule(
        &["yhteyshenkil", "rekisteriasioista", "kontaktperson", "contactperson"],
        Target::Contacts(ContactRole::Contact),
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
        ],
        Target::Name,
    ),
    rule(
        &[
            "rekisterinpitaj",
            "rekisteripitaj",
            "personuppgiftsansvarig",
            "registeransvarig",
            "registerforare",
            "registerhallare",
            "controller",
        ],
        Target::Controller,
    ),
    Rule {
        any: &[
            "=yhteystiedot",
            "=lisatietoja",
            "lisatietojaantaa",
            "=kontaktuppgifter",
            "=ytterligareinformation",
            "contactdetails",
            "contactinformation",
            "=contact",
            "=contacts",
            "=kontakt",
        ],
        also: &[],
        // "Muut yhteystiedot (esim. puhelin ...)" is a form's field label, not a section.
        not: &["muut", "esim", "ovriga", "other"],
        target: Target::Contacts(ContactRole::Contact),
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
            "purpose",
            "whydoweprocess",
            "whydowecollect",
            "whatdoweuse",
        ],
        Target::Purposes,
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
            "legalbasis",
            "lawfulbasis",
            "legalground",
            "basedon",
            "lawfulness",
        ],
        Target::LegalBasis,
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
            "profilering",
            "automateddecision",
            "automatedindividual",
            "profiling",
        ],
        Target::Automated,
    ),
    Rule {
        any: &["muuthenkilotietojen", "muutoikeudet", "muutrekisteroidynoikeudet", "ovrigarattigheter", "otherrights"],
        also: &["oikeude", "rattigheter", "rights"],
        not: &[],
        target: Target::OtherRights,
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
            "dinarattigheter",
            "=rattigheter",
            "yourrights",
            "rightsofthedatasubject",
            "datasubjectrights",
            "datasubjectsrights",
            "rightsofdatasubjects",
            "=rights",
        ],
        Target::Rights,
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
        ],
        Target::Complaint,
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
            "categoriesofdatasubjects",
            "datasubjectcategor",
            "whosedata",
            "whosepersonaldata",
            "=rekisteroidyt",
            "=datasubjects",
        ],
        Target::Subjects,
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
            "personaldataprocessed",
            "personaldatabeingprocessed",
            "personaldataweprocess",
            "whatpersonaldata",
            "whatdatadowe",
            "whatinformationdowe",
            "categoriesofpersonaldata",
            "datawecollect",
        ],
        Target::Data,
    ),
    rule(
        &[
            "tietolahte",
            "tietolahde",
            "mistatiedot",
            "mistakeraamme",
            "mistasaamme",
            "mistahenkilotiedot",
            "tietojenlahteet",
            "informationskall",
            "uppgiftskall",
            "varifran",
            "sourcesof",
            "sourceof",
            "wheredowe",
            "=sources",
            "=source",
        ],
        Target::Sources,
    ),
    rule(
        &[
            "luovut",
            "vastaanottaj",
            "tietojensaajat",
            "utlamnand",
            "utlamnas",
            "mottagare",
            "recipient",
            "disclos",
            "whodoweshare",
            "sharing",
            "sharedwith",
        ],
        Target::Recipients,
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
        Target::Processors,
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
            "lagringstid",
            "bevarandetid",
            "lagringsperiod",
            "hurlange",
            "retention",
            "howlong",
            "storageperiod",
        ],
        Target::Retention,
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
        Target::SecurityElectronic,
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
        Target::SecurityManual,
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
        target: Target::Systems,
    },
    rule(
        &[
            "suojau",
            "suojaami",
            "suojata",
            "turvatoim",
            "tietoturva",
            "principerforskydd",
            "skyddetavpersonuppgift",
            "skyddavpersonuppgift",
            "skyddavregistret",
            "sakerhet",
            "=security",
            "securitymeasures",
            "securityof",
            "howweprotect",
            "howdoweprotect",
            "protectyour",
        ],
        Target::Security,
    ),
    rule(&["evaste", "kakor", "=kaka", "cookie"], Target::Cookies),
    rule(
        &["muutokset", "muutoksia", "selosteenmuutok", "andringar", "changesto", "=changes", "updatestothis"],
        Target::Changes,
    ),
    rule(
        &["=johdanto", "=yleista", "=inledning", "=introduction", "=taustaa", "=bakgrund", "=background"],
        Target::Intro,
    ),
];

/// The result of looking a heading up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    /// Where the text goes.
    pub target: Target,
    /// True when the heading matched only as a spelling variant.
    pub fuzzy: bool,
}

/// Looks `heading` (numbering already off) up in the dictionary.
pub(crate) fn lookup(heading: &str) -> Option<Match> {
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
        for rule in RULES {
            if !rule.any.iter().any(|s| has(s, fuzzy)) {
                continue;
            }
            if !rule.also.is_empty() && !rule.also.iter().any(|s| has(s, false)) {
                continue;
            }
            if rule.not.iter().any(|s| has(s, false)) {
                continue;
            }
            return Some(Match { target: rule.target, fuzzy });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn target(h: &str) -> Option<Target> {
        lookup(h).map(|m| m.target)
    }

    #[test]
    fn seed_headings_map_to_their_fields() {
        assert_eq!(target("Rekisterinpitäjä"), Some(Target::Controller));
        assert_eq!(target("REKISTERIN PITÄJÄ"), Some(Target::Controller));
        assert_eq!(
            target("Rekisterinpitäjän/ yhteisrekisterinpitäjien yhteyshenkilö(t) ja yhteystiedot"),
            Some(Target::Contacts(ContactRole::Contact))
        );
        assert_eq!(target("Rekisteristä vastaava yhteyshenkilö"), Some(Target::Contacts(ContactRole::Responsible)));
        assert_eq!(target("Tietojen siirto tai luovuttaminen EU:n tai ETA:n ulkopuolelle"), Some(Target::Transfers));
        assert_eq!(
            target("Säännönmukaiset siirrot ja luovutukset / henkilötietojen vastaanottajat ja vastaanottajaryhmät"),
            Some(Target::Recipients)
        );
        assert_eq!(target("Rekisterin ylläpitojärjestelmät ja suojauksen periaatteet"), Some(Target::Security));
        assert_eq!(target("Tietovarannon ylläpitojärjestelmät"), Some(Target::Systems));
        assert_eq!(target("Miten käytämme evästeitä?"), Some(Target::Cookies));
        assert_eq!(target("Kuinka kauan säilytämme tietojasi?"), Some(Target::Retention));
        assert_eq!(target("Miten säilytämme ja yhdistämme henkilötietoja?"), None);
        assert_eq!(target("Onko tietovarannon tiedot sähköisessä vai manuaalisessa muodossa?"), None);
        assert_eq!(target("Oikeus saada tietoa henkilötietojensa käsittelystä"), None);
        assert_eq!(target("Chat-palvelun tietosuojaseloste"), None);
        assert_eq!(target("Muut henkilötietojen käsittelyyn liittyvät oikeudet"), Some(Target::OtherRights));
    }

    /// Every synonym of GDPR-REFERENCE.md 1.4, and the Swedish and English headings there.
    #[test]
    fn the_reference_synonyms() {
        use ContactRole::{Administrator, Contact, Responsible};
        let table: &[(&str, Target)] = &[
            ("rekisterinpitäjä", Target::Controller),
            ("rekisterinpitäjä ja yhteystiedot", Target::Controller),
            ("rekisterin pitäjä", Target::Controller),
            ("kuka on rekisterinpitäjä", Target::Controller),
            ("rekisterin vastuuhenkilö", Target::Contacts(Responsible)),
            ("vastuuhenkilö", Target::Contacts(Responsible)),
            ("rekisteristä vastaava", Target::Contacts(Responsible)),
            ("rekisteriasioita hoitava henkilö", Target::Contacts(Responsible)),
            ("yhteyshenkilö", Target::Contacts(Contact)),
            ("rekisterin yhteyshenkilö", Target::Contacts(Contact)),
            ("tietovarannon yhteyshenkilö", Target::Contacts(Contact)),
            ("yhteyshenkilö rekisteriä koskevissa asioissa", Target::Contacts(Contact)),
            ("ylläpitäjä", Target::Contacts(Administrator)),
            ("lisätietoja", Target::Contacts(Contact)),
            ("tietosuojavastaava", Target::Dpo),
            ("tietosuojavastaavan yhteystiedot", Target::Dpo),
            ("käsittelyn tarkoitus", Target::Purposes),
            ("rekisterin käyttötarkoitus", Target::Purposes),
            ("miksi käsittelemme", Target::Purposes),
            ("henkilötietojen käyttötarkoitus", Target::Purposes),
            ("oikeusperuste", Target::LegalBasis),
            ("käsittelyn peruste", Target::LegalBasis),
            ("käsittelyperuste", Target::LegalBasis),
            ("tietojen keräämisen ja käsittelyn peruste", Target::LegalBasis),
            ("rekisterin tietosisältö", Target::Data),
            ("käsiteltävät henkilötiedot", Target::Data),
            ("mitä tietoa keräämme", Target::Data),
            ("henkilötietoryhmät", Target::Data),
            ("säännönmukaiset tietolähteet", Target::Sources),
            ("tietolähde", Target::Sources),
            ("tietovarannon tietolähteet", Target::Sources),
            ("luovutukset", Target::Recipients),
            ("säännönmukaiset luovutukset", Target::Recipients),
            ("vastaanottajat", Target::Recipients),
            ("luovutammeko", Target::Recipients),
            ("EU:n tai ETA:n ulkopuolelle", Target::Transfers),
            ("ETA-alueen ulkopuolelle", Target::Transfers),
            ("kolmanteen maahan", Target::Transfers),
            ("kansainväliset tietojen siirrot", Target::Transfers),
            ("säilytysaika", Target::Retention),
            ("säilytysajat", Target::Retention),
            ("määrittämiskriteerit", Target::Retention),
            ("kuinka kauan säilytämme", Target::Retention),
            ("suojauksen periaatteet", Target::Security),
            ("suojaamisen periaatteet", Target::Security),
            ("turvatoimet", Target::Security),
            ("mitä teemme suojataksemme", Target::Security),
            ("ylläpitojärjestelmät", Target::Systems),
            ("automaattinen päätöksenteko", Target::Automated),
            ("automatisoitu päätöksenteko", Target::Automated),
            ("profilointi", Target::Automated),
            ("rekisteröidyn oikeudet", Target::Rights),
            ("mitkä ovat oikeutesi", Target::Rights),
            ("tarkastusoikeus", Target::Rights),
            ("valitus valvontaviranomaiselle", Target::Complaint),
            ("muut henkilötietojen käsittelyyn liittyvät oikeudet", Target::OtherRights),
            ("evästeet", Target::Cookies),
            ("evästekäytännöt", Target::Cookies),
            ("muutokset", Target::Changes),
            ("Personuppgiftsansvarig", Target::Controller),
            ("Registrets namn", Target::Name),
            ("Kontaktperson i ärenden som rör registret", Target::Contacts(Contact)),
            ("Ansvarsperson", Target::Contacts(Responsible)),
            ("Syftet med behandlingen av personuppgifter och behandlingens rättsliga grund", Target::Purposes),
            ("Registrets datainnehåll", Target::Data),
            ("Regelmässiga informationskällor", Target::Sources),
            ("Regelmässiga utlämnanden och överföringar av uppgifter", Target::Recipients),
            ("Överföring av uppgifter utanför EU eller EES", Target::Transfers),
            ("Principer för skydd av registret", Target::Security),
            ("Den registrerades rättigheter och information till den registrerade", Target::Rights),
            ("Principer för lagringstider för personuppgifter", Target::Retention),
            ("Ändringar av dataskyddsbeskrivningen", Target::Changes),
            ("Controller and contact details", Target::Controller),
            ("Personal data being processed and sources thereof", Target::Data),
            ("Why do we process your personal data?", Target::Purposes),
            ("Purpose of the processing", Target::Purposes),
            ("Legal grounds for the processing of personal data", Target::LegalBasis),
            ("What personal data do we process about you?", Target::Data),
            ("For what purposes are personal data handled?", Target::Purposes),
            ("What is processing of personal data based on?", Target::LegalBasis),
        ];
        let wrong: Vec<String> = table
            .iter()
            .filter(|(h, t)| target(h) != Some(*t))
            .map(|(h, t)| format!("{h:?}: want {t:?}, got {:?}", target(h)))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert_eq!(target("Förvaltning av registret"), None);
    }

    #[test]
    fn swedish_and_english_headings() {
        assert_eq!(target("Personuppgiftsansvarig"), Some(Target::Controller));
        assert_eq!(target("Lagringstid för personuppgifter"), Some(Target::Retention));
        assert_eq!(target("Överföring av uppgifter utanför EU eller EES"), Some(Target::Transfers));
        assert_eq!(target("Dataskyddsombudets kontaktuppgifter"), Some(Target::Dpo));
        assert_eq!(target("Den registrerades rättigheter"), Some(Target::Rights));
        assert_eq!(target("Controller and contact details"), Some(Target::Controller));
        assert_eq!(target("What personal data do we process about you?"), Some(Target::Data));
        assert_eq!(target("How long do we keep your data?"), Some(Target::Retention));
        assert_eq!(target("Legal grounds for the processing of personal data"), Some(Target::LegalBasis));
        assert_eq!(target("Dataskyddsbeskrivning"), None);
    }

    #[test]
    fn spelling_variants_match_fuzzily() {
        let m = lookup("Rekisterinpitäja ja yhteystiedot").unwrap();
        assert_eq!((m.target, m.fuzzy), (Target::Controller, false));
        let m = lookup("Tietosuojavastaavan yhteystedot").unwrap();
        assert_eq!(m.target, Target::Dpo);
        let m = lookup("Henkilötietojen säilytyaika").unwrap();
        assert_eq!((m.target, m.fuzzy), (Target::Retention, true));
        let m = lookup("Rekisterinpitjä").unwrap();
        assert_eq!((m.target, m.fuzzy), (Target::Controller, true));
        assert!(within_one_edit(b"sailytysai", b"xxsailytyaixx"));
        assert!(!within_one_edit(b"sailytysai", b"xxsailtyaixx"));
    }
}
