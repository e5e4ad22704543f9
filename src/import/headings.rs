//! The heading dictionary: the usual section headings of Finnish, Swedish and English
//! notices (GDPR-REFERENCE.md 1.3 and 1.4, the seeds, municipal and company notices)
//! and the register field each one fills.
//!
//! The stems and their weights are in [`crate::lexicon`] (shared with the validator);
//! this module maps the lexicon's topics to the register's fields.

use crate::i18n::DocText;
use crate::lexicon::{Topic, classify_heading};
use crate::model::{ContactRole, Lang, Section};

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
            Target::LegalBasis => DocText::LegalBasis.get(lang),
            Target::Special => DocText::SpecialCategories.get(lang),
            Target::Systems => DocText::InformationSystems.get(lang),
            Target::SecurityElectronic => DocText::ElectronicMaterial.get(lang),
            Target::SecurityManual => DocText::ManualMaterial.get(lang),
            Target::Security => DocText::SecurityMeasures.get(lang),
            Target::OtherRights => DocText::OtherRights.get(lang),
            Target::Changes => DocText::ChangesNotice.get(lang),
            Target::Intro => DocText::Introduction.get(lang),
            other => other.section().heading(lang),
        }
    }
}

impl Target {
    /// The target a lexicon topic fills.
    pub fn of(topic: Topic) -> Target {
        match topic {
            Topic::Name => Target::Name,
            Topic::Controller => Target::Controller,
            Topic::ContactPerson => Target::Contacts(ContactRole::Contact),
            Topic::Responsible => Target::Contacts(ContactRole::Responsible),
            Topic::Administrator => Target::Contacts(ContactRole::Administrator),
            Topic::Dpo => Target::Dpo,
            Topic::Purposes => Target::Purposes,
            Topic::LegalBasis => Target::LegalBasis,
            Topic::Subjects => Target::Subjects,
            Topic::Data => Target::Data,
            Topic::Special => Target::Special,
            Topic::Sources => Target::Sources,
            Topic::Recipients => Target::Recipients,
            Topic::Processors => Target::Processors,
            Topic::Transfers => Target::Transfers,
            Topic::Retention => Target::Retention,
            Topic::Security => Target::Security,
            Topic::Systems => Target::Systems,
            Topic::SecurityElectronic => Target::SecurityElectronic,
            Topic::SecurityManual => Target::SecurityManual,
            Topic::Automated => Target::Automated,
            Topic::Rights => Target::Rights,
            Topic::OtherRights => Target::OtherRights,
            Topic::Complaint => Target::Complaint,
            Topic::Provision => Target::Provision,
            Topic::Cookies => Target::Cookies,
            Topic::Changes => Target::Changes,
            Topic::Intro => Target::Intro,
        }
    }
}

/// The result of looking a heading up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    /// Where the text goes.
    pub target: Target,
    /// True when the heading matched only as a spelling variant.
    pub fuzzy: bool,
}

/// Looks `heading` (numbering already off) up in the lexicon ([`classify_heading`]).
pub(crate) fn lookup(heading: &str) -> Option<Match> {
    classify_heading(heading).map(|m| Match { target: Target::of(m.topic), fuzzy: m.fuzzy })
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
            ("Henkilötietojen käsittelyaika", Target::Retention),
            ("Varför och hur samlar ni in uppgifter om mig?", Target::Purposes),
            ("Hur skyddar ni mina uppgifter?", Target::Security),
            ("Vem kan jag kontakta?", Target::Contacts(Contact)),
            ("Kenelle jaamme tietojasi", Target::Recipients),
            ("Henkilötietojen siirto tai luovuttaminen tutkimusryhmän ulkopuolelle", Target::Recipients),
            ("Henkilötietojen siirto tai luovuttaminen EU:n/ETA-alueen ulkopuolelle", Target::Transfers),
            ("Tietojen siirto Euroopan talousalueen ulkopuolelle", Target::Transfers),
            ("Överföring av uppgifter utanför EU/EES", Target::Transfers),
            ("Transfers outside the EEA", Target::Transfers),
            ("Rekisterinpitäjän tai kolmannen osapuolen oikeutetut edut", Target::LegalBasis),
            ("Insamlade personuppgifter", Target::Data),
            ("Integritetsskyddsombud", Target::Dpo),
            ("Minne lähetämme tietosi", Target::Recipients),
            ("Kuinka suojelemme henkilötietojasi", Target::Security),
            ("Tietojen säännönmukaiset luovutukset ja tietojen siirto EU:n tai ETA:n ulkopuolelle", Target::Recipients),
            ("Tietojen siirto EU:n tai ETA:n ulkopuolelle", Target::Transfers),
            ("Behandlingstid för personuppgifterna", Target::Retention),
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
    }
}
