//! The closed vocabularies of a register: legal bases, Art. 9(2) conditions, rights, ...
//!
//! Each small enum has `ALL` and a `label(lang)`: the wording a notice uses.

use super::Lang;
use serde::{Deserialize, Serialize};

/// Picks the fi / sv / en string.
pub(crate) fn tr(lang: Lang, fi: &'static str, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// A three-valued answer: "not answered" is what validation must catch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Answer {
    /// Nobody has answered yet.
    #[default]
    Unanswered,
    /// Explicitly no.
    No,
    /// Yes; the details live in the fields beside the answer.
    Yes,
}

impl Answer {
    /// Every value, in the order the editor shows them.
    pub const ALL: [Answer; 3] = [Answer::Unanswered, Answer::No, Answer::Yes];

    /// True for the default, so files omit it.
    pub fn is_unanswered(&self) -> bool {
        *self == Answer::Unanswered
    }

    /// The editor's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Answer::Unanswered => tr(lang, "Ei vastattu", "Obesvarad", "Not answered"),
            Answer::No => tr(lang, "Ei", "Nej", "No"),
            Answer::Yes => tr(lang, "Kyllä", "Ja", "Yes"),
        }
    }
}

/// Publication status of a register.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Being written.
    #[default]
    Draft,
    /// Waiting for review or a decision.
    InReview,
    /// Published.
    Published,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 3] = [Status::Draft, Status::InReview, Status::Published];

    /// True for the default, so files omit it.
    pub fn is_draft(&self) -> bool {
        *self == Status::Draft
    }

    /// The editor's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Status::Draft => tr(lang, "Luonnos", "Utkast", "Draft"),
            Status::InReview => tr(lang, "Tarkastettavana", "Under granskning", "In review"),
            Status::Published => tr(lang, "Julkaistu", "Publicerad", "Published"),
        }
    }
}

/// Who the controller is: public-sector rules depend on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ControllerKind {
    /// Not stated.
    #[default]
    Unspecified,
    /// A public authority or body (municipality, joint authority, state agency): Art. 37(1)(a).
    PublicAuthority,
    /// A company.
    Company,
    /// An association, foundation or other private body.
    Association,
}

impl ControllerKind {
    /// Every kind.
    pub const ALL: [ControllerKind; 4] = [
        ControllerKind::Unspecified,
        ControllerKind::PublicAuthority,
        ControllerKind::Company,
        ControllerKind::Association,
    ];

    /// True for the default, so files omit it.
    pub fn is_unspecified(&self) -> bool {
        *self == ControllerKind::Unspecified
    }

    /// The editor's label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ControllerKind::Unspecified => tr(lang, "Ei valittu", "Inte vald", "Not chosen"),
            ControllerKind::PublicAuthority => tr(
                lang,
                "Viranomainen (kunta, kuntayhtymä, valtio)",
                "Myndighet (kommun, samkommun, staten)",
                "Public authority (municipality, state)",
            ),
            ControllerKind::Company => tr(lang, "Yritys", "Företag", "Company"),
            ControllerKind::Association => {
                tr(lang, "Yhdistys tai säätiö", "Förening eller stiftelse", "Association or foundation")
            }
        }
    }
}

/// The six lawful bases of Art. 6(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LegalBasis {
    /// 6(1)(a) consent.
    Consent,
    /// 6(1)(b) contract with the data subject.
    Contract,
    /// 6(1)(c) legal obligation of the controller.
    LegalObligation,
    /// 6(1)(d) vital interests.
    VitalInterests,
    /// 6(1)(e) task in the public interest or exercise of official authority.
    PublicTask,
    /// 6(1)(f) legitimate interests.
    LegitimateInterests,
}

impl LegalBasis {
    /// All six, in the order of Art. 6(1).
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterests,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterests,
    ];

    /// The point letter of Art. 6(1).
    pub fn letter(self) -> char {
        match self {
            LegalBasis::Consent => 'a',
            LegalBasis::Contract => 'b',
            LegalBasis::LegalObligation => 'c',
            LegalBasis::VitalInterests => 'd',
            LegalBasis::PublicTask => 'e',
            LegalBasis::LegitimateInterests => 'f',
        }
    }

    /// The article reference, e.g. `6(1)(a)`.
    pub fn article(self) -> String {
        format!("6(1)({})", self.letter())
    }

    /// The name of the basis as a notice writes it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            LegalBasis::Consent => tr(lang, "Suostumus", "Samtycke", "Consent"),
            LegalBasis::Contract => tr(lang, "Sopimus", "Avtal", "Contract"),
            LegalBasis::LegalObligation => {
                tr(lang, "Lakisääteinen velvoite", "Rättslig förpliktelse", "Legal obligation")
            }
            LegalBasis::VitalInterests => tr(lang, "Elintärkeät edut", "Grundläggande intressen", "Vital interests"),
            LegalBasis::PublicTask => tr(
                lang,
                "Yleisen edun mukainen tehtävä tai julkisen vallan käyttö",
                "Uppgift av allmänt intresse eller myndighetsutövning",
                "Public task or exercise of official authority",
            ),
            LegalBasis::LegitimateInterests => {
                tr(lang, "Oikeutettu etu", "Berättigat intresse", "Legitimate interests")
            }
        }
    }

    /// A one-line explanation for the editor's check boxes and the notice.
    pub fn explanation(self, lang: Lang) -> &'static str {
        match self {
            LegalBasis::Consent => tr(
                lang,
                "Rekisteröity on antanut suostumuksensa käsittelyyn yhtä tai useampaa tarkoitusta varten.",
                "Den registrerade har samtyckt till behandlingen för ett eller flera ändamål.",
                "The data subject has given consent to the processing for one or more purposes.",
            ),
            LegalBasis::Contract => tr(
                lang,
                "Käsittely on tarpeen rekisteröidyn kanssa tehdyn sopimuksen täytäntöönpanemiseksi tai sopimuksen tekemistä edeltävien toimenpiteiden toteuttamiseksi.",
                "Behandlingen är nödvändig för att fullgöra ett avtal med den registrerade eller vidta åtgärder före ett avtal.",
                "Processing is necessary for a contract with the data subject or for steps before entering into one.",
            ),
            LegalBasis::LegalObligation => tr(
                lang,
                "Käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi.",
                "Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som åvilar den personuppgiftsansvarige.",
                "Processing is necessary to comply with a legal obligation of the controller.",
            ),
            LegalBasis::VitalInterests => tr(
                lang,
                "Käsittely on tarpeen rekisteröidyn tai toisen luonnollisen henkilön elintärkeiden etujen suojaamiseksi.",
                "Behandlingen är nödvändig för att skydda intressen som är av grundläggande betydelse för den registrerade eller en annan fysisk person.",
                "Processing is necessary to protect the vital interests of the data subject or another person.",
            ),
            LegalBasis::PublicTask => tr(
                lang,
                "Käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai rekisterinpitäjälle kuuluvan julkisen vallan käyttämiseksi.",
                "Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning.",
                "Processing is necessary for a task in the public interest or in the exercise of official authority.",
            ),
            LegalBasis::LegitimateInterests => tr(
                lang,
                "Käsittely on tarpeen rekisterinpitäjän tai kolmannen osapuolen oikeutettujen etujen toteuttamiseksi.",
                "Behandlingen är nödvändig för ändamål som rör den personuppgiftsansvariges eller en tredje parts berättigade intressen.",
                "Processing is necessary for the legitimate interests of the controller or a third party.",
            ),
        }
    }
}

/// The kinds of special-category data of Art. 9(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SpecialKind {
    /// Racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Political opinions.
    PoliticalOpinions,
    /// Religious or philosophical beliefs.
    ReligiousBeliefs,
    /// Trade union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Biometric data for identification.
    Biometric,
    /// Data concerning health.
    Health,
    /// Sex life or sexual orientation.
    SexLife,
}

impl SpecialKind {
    /// All eight kinds.
    pub const ALL: [SpecialKind; 8] = [
        SpecialKind::RacialOrEthnicOrigin,
        SpecialKind::PoliticalOpinions,
        SpecialKind::ReligiousBeliefs,
        SpecialKind::TradeUnionMembership,
        SpecialKind::Genetic,
        SpecialKind::Biometric,
        SpecialKind::Health,
        SpecialKind::SexLife,
    ];

    /// The name as a notice writes it.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SpecialKind::RacialOrEthnicOrigin => {
                tr(lang, "Rotu tai etninen alkuperä", "Ras eller etniskt ursprung", "Racial or ethnic origin")
            }
            SpecialKind::PoliticalOpinions => {
                tr(lang, "Poliittiset mielipiteet", "Politiska åsikter", "Political opinions")
            }
            SpecialKind::ReligiousBeliefs => tr(
                lang,
                "Uskonnollinen tai filosofinen vakaumus",
                "Religiös eller filosofisk övertygelse",
                "Religious or philosophical beliefs",
            ),
            SpecialKind::TradeUnionMembership => {
                tr(lang, "Ammattiliiton jäsenyys", "Medlemskap i fackförening", "Trade union membership")
            }
            SpecialKind::Genetic => tr(lang, "Geneettiset tiedot", "Genetiska uppgifter", "Genetic data"),
            SpecialKind::Biometric => tr(lang, "Biometriset tunnistetiedot", "Biometriska uppgifter", "Biometric data"),
            SpecialKind::Health => tr(lang, "Terveystiedot", "Uppgifter om hälsa", "Health data"),
            SpecialKind::SexLife => tr(
                lang,
                "Seksuaalinen käyttäytyminen tai suuntautuminen",
                "Sexualliv eller sexuell läggning",
                "Sex life or sexual orientation",
            ),
        }
    }
}

/// The ten conditions of Art. 9(2) that lift the ban on special categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SpecialCondition {
    /// 9(2)(a) explicit consent.
    ExplicitConsent,
    /// 9(2)(b) employment and social security law.
    EmploymentAndSocialSecurity,
    /// 9(2)(c) vital interests when consent cannot be given.
    VitalInterests,
    /// 9(2)(d) a non-profit body's members.
    NonProfitMembers,
    /// 9(2)(e) made public by the data subject.
    MadePublic,
    /// 9(2)(f) legal claims or courts.
    LegalClaims,
    /// 9(2)(g) substantial public interest laid down in law.
    SubstantialPublicInterest,
    /// 9(2)(h) health or social care.
    HealthOrSocialCare,
    /// 9(2)(i) public health.
    PublicHealth,
    /// 9(2)(j) archiving, research or statistics.
    ArchivingResearchStatistics,
}

impl SpecialCondition {
    /// All ten, in the order of Art. 9(2).
    pub const ALL: [SpecialCondition; 10] = [
        SpecialCondition::ExplicitConsent,
        SpecialCondition::EmploymentAndSocialSecurity,
        SpecialCondition::VitalInterests,
        SpecialCondition::NonProfitMembers,
        SpecialCondition::MadePublic,
        SpecialCondition::LegalClaims,
        SpecialCondition::SubstantialPublicInterest,
        SpecialCondition::HealthOrSocialCare,
        SpecialCondition::PublicHealth,
        SpecialCondition::ArchivingResearchStatistics,
    ];

    /// The point letter of Art. 9(2).
    pub fn letter(self) -> char {
        let i = SpecialCondition::ALL.iter().position(|c| *c == self).unwrap_or(0);
        char::from(b'a' + u8::try_from(i).unwrap_or(0))
    }

    /// The wording a notice uses.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SpecialCondition::ExplicitConsent => {
                tr(lang, "Nimenomainen suostumus", "Uttryckligt samtycke", "Explicit consent")
            }
            SpecialCondition::EmploymentAndSocialSecurity => tr(
                lang,
                "Työoikeuden ja sosiaaliturvan velvoitteet",
                "Skyldigheter inom arbetsrätt och social trygghet",
                "Employment and social security obligations",
            ),
            SpecialCondition::VitalInterests => {
                tr(lang, "Elintärkeät edut", "Grundläggande intressen", "Vital interests")
            }
            SpecialCondition::NonProfitMembers => tr(
                lang,
                "Voittoa tavoittelemattoman yhteisön jäsenet",
                "Medlemmar i en ideell organisation",
                "Members of a not-for-profit body",
            ),
            SpecialCondition::MadePublic => tr(
                lang,
                "Rekisteröidyn itse julkistamat tiedot",
                "Uppgifter som den registrerade offentliggjort",
                "Data made public by the data subject",
            ),
            SpecialCondition::LegalClaims => {
                tr(lang, "Oikeusvaateen laatiminen, esittäminen tai puolustaminen", "Rättsliga anspråk", "Legal claims")
            }
            SpecialCondition::SubstantialPublicInterest => tr(
                lang,
                "Laissa säädetty tärkeä yleinen etu",
                "Viktigt allmänt intresse enligt lag",
                "Substantial public interest laid down in law",
            ),
            SpecialCondition::HealthOrSocialCare => {
                tr(lang, "Terveyden- tai sosiaalihuolto", "Hälso- eller socialvård", "Health or social care")
            }
            SpecialCondition::PublicHealth => tr(lang, "Kansanterveys", "Folkhälsa", "Public health"),
            SpecialCondition::ArchivingResearchStatistics => tr(
                lang,
                "Arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi",
                "Arkivering, forskning eller statistik",
                "Archiving, research or statistics",
            ),
        }
    }
}

/// The safeguard for a transfer outside the EU/EEA (Art. 45-49).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Safeguard {
    /// Art. 45 adequacy decision (e.g. the EU-US Data Privacy Framework).
    AdequacyDecision,
    /// Art. 46(2)(c) standard contractual clauses.
    StandardContractualClauses,
    /// Art. 47 binding corporate rules.
    BindingCorporateRules,
    /// Art. 49 derogation for specific situations.
    Derogation,
}

impl Safeguard {
    /// All four.
    pub const ALL: [Safeguard; 4] = [
        Safeguard::AdequacyDecision,
        Safeguard::StandardContractualClauses,
        Safeguard::BindingCorporateRules,
        Safeguard::Derogation,
    ];

    /// The wording a notice uses.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Safeguard::AdequacyDecision => tr(
                lang,
                "Komission tietosuojan riittävyyttä koskeva päätös (45 artikla)",
                "Kommissionens beslut om adekvat skyddsnivå (artikel 45)",
                "Commission adequacy decision (Article 45)",
            ),
            Safeguard::StandardContractualClauses => tr(
                lang,
                "Komission hyväksymät vakiosopimuslausekkeet (46 artikla)",
                "Standardavtalsklausuler som antagits av kommissionen (artikel 46)",
                "Standard contractual clauses adopted by the Commission (Article 46)",
            ),
            Safeguard::BindingCorporateRules => tr(
                lang,
                "Yritystä koskevat sitovat säännöt (47 artikla)",
                "Bindande företagsbestämmelser (artikel 47)",
                "Binding corporate rules (Article 47)",
            ),
            Safeguard::Derogation => tr(
                lang,
                "Erityistilanteita koskeva poikkeus (49 artikla)",
                "Undantag i särskilda situationer (artikel 49)",
                "Derogation for specific situations (Article 49)",
            ),
        }
    }
}

/// The rights of the data subject a notice can list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Right {
    /// Art. 12-14 right to be informed.
    Informed,
    /// Art. 15 right of access.
    Access,
    /// Art. 16 rectification.
    Rectification,
    /// Art. 17 erasure.
    Erasure,
    /// Art. 18 restriction of processing.
    Restriction,
    /// Art. 20 data portability.
    Portability,
    /// Art. 21(1) objection on grounds relating to one's situation.
    Object,
    /// Art. 21(2)-(3) objection to direct marketing.
    ObjectDirectMarketing,
    /// Art. 22 not to be subject to automated decisions.
    AutomatedDecisions,
    /// Art. 7(3) withdrawal of consent.
    WithdrawConsent,
    /// Art. 77 complaint to the supervisory authority.
    Complaint,
}

impl Right {
    /// All rights, in the order a notice lists them.
    pub const ALL: [Right; 11] = [
        Right::Informed,
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Portability,
        Right::Object,
        Right::ObjectDirectMarketing,
        Right::AutomatedDecisions,
        Right::WithdrawConsent,
        Right::Complaint,
    ];

    /// The GDPR article.
    pub fn article(self) -> &'static str {
        match self {
            Right::Informed => "13-14",
            Right::Access => "15",
            Right::Rectification => "16",
            Right::Erasure => "17",
            Right::Restriction => "18",
            Right::Portability => "20",
            Right::Object => "21(1)",
            Right::ObjectDirectMarketing => "21(2)",
            Right::AutomatedDecisions => "22",
            Right::WithdrawConsent => "7(3)",
            Right::Complaint => "77",
        }
    }

    /// The heading a notice uses (GDPR-REFERENCE 1.5).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Right::Informed => tr(
                lang,
                "Oikeus saada tietoa henkilötietojen käsittelystä",
                "Rätt att få information om behandlingen",
                "Right to be informed",
            ),
            Right::Access => {
                tr(lang, "Oikeus saada pääsy tietoihin (tarkastusoikeus)", "Rätt till tillgång", "Right of access")
            }
            Right::Rectification => {
                tr(lang, "Oikeus tietojen oikaisemiseen", "Rätt till rättelse", "Right to rectification")
            }
            Right::Erasure => tr(lang, "Oikeus tietojen poistamiseen", "Rätt till radering", "Right to erasure"),
            Right::Restriction => tr(
                lang,
                "Oikeus käsittelyn rajoittamiseen",
                "Rätt till begränsning av behandling",
                "Right to restriction of processing",
            ),
            Right::Portability => tr(
                lang,
                "Oikeus siirtää tiedot järjestelmästä toiseen",
                "Rätt till dataportabilitet",
                "Right to data portability",
            ),
            Right::Object => tr(lang, "Vastustamisoikeus", "Rätt att göra invändningar", "Right to object"),
            Right::ObjectDirectMarketing => tr(
                lang,
                "Oikeus vastustaa suoramarkkinointia",
                "Rätt att invända mot direktmarknadsföring",
                "Right to object to direct marketing",
            ),
            Right::AutomatedDecisions => tr(
                lang,
                "Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi",
                "Rätt att inte bli föremål för automatiserat beslutsfattande",
                "Right not to be subject to automated decision-making",
            ),
            Right::WithdrawConsent => tr(
                lang,
                "Oikeus peruuttaa suostumus milloin tahansa",
                "Rätt att när som helst återkalla sitt samtycke",
                "Right to withdraw consent at any time",
            ),
            Right::Complaint => tr(
                lang,
                "Oikeus tehdä valitus valvontaviranomaiselle",
                "Rätt att lämna in klagomål till en tillsynsmyndighet",
                "Right to lodge a complaint with a supervisory authority",
            ),
        }
    }
}

/// Whether giving the data is required (Art. 13(2)(e)).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Requirement {
    /// Not stated.
    #[default]
    Unanswered,
    /// Required by law.
    Statutory,
    /// Required by a contract, or needed to enter into one.
    Contractual,
    /// Voluntary.
    Voluntary,
    /// Not collected from the data subject (Art. 14 only), so 13(2)(e) does not apply.
    NotFromDataSubject,
}

impl Requirement {
    /// Every value.
    pub const ALL: [Requirement; 5] = [
        Requirement::Unanswered,
        Requirement::Statutory,
        Requirement::Contractual,
        Requirement::Voluntary,
        Requirement::NotFromDataSubject,
    ];

    /// True for the default, so files omit it.
    pub fn is_unanswered(&self) -> bool {
        *self == Requirement::Unanswered
    }

    /// The wording a notice uses.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Requirement::Unanswered => tr(lang, "Ei vastattu", "Obesvarad", "Not answered"),
            Requirement::Statutory => tr(
                lang,
                "Tietojen antaminen perustuu lakiin.",
                "Uppgifterna lämnas enligt lag.",
                "Providing the data is a statutory requirement.",
            ),
            Requirement::Contractual => tr(
                lang,
                "Tietojen antaminen perustuu sopimukseen tai on sopimuksen tekemisen edellytys.",
                "Uppgifterna lämnas enligt avtal eller är ett villkor för att ingå avtal.",
                "Providing the data is a contractual requirement or needed to enter into a contract.",
            ),
            Requirement::Voluntary => tr(
                lang,
                "Tietojen antaminen on vapaaehtoista.",
                "Det är frivilligt att lämna uppgifterna.",
                "Providing the data is voluntary.",
            ),
            Requirement::NotFromDataSubject => tr(
                lang,
                "Tietoja ei kerätä rekisteröidyltä itseltään.",
                "Uppgifterna samlas inte in från den registrerade.",
                "The data are not collected from the data subject.",
            ),
        }
    }
}

/// The role of a contact person.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContactRole {
    /// Contact person for register matters (*yhteyshenkilö*).
    #[default]
    Contact,
    /// Person responsible for the register (*vastuuhenkilö*).
    Responsible,
    /// Administrator of the system (*ylläpitäjä*).
    Administrator,
}

impl ContactRole {
    /// Every role.
    pub const ALL: [ContactRole; 3] = [ContactRole::Contact, ContactRole::Responsible, ContactRole::Administrator];

    /// True for the default, so files omit it.
    pub fn is_contact(&self) -> bool {
        *self == ContactRole::Contact
    }

    /// The heading a notice uses.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ContactRole::Contact => tr(lang, "Rekisterin yhteyshenkilö", "Kontaktperson", "Contact person"),
            ContactRole::Responsible => {
                tr(lang, "Rekisterin vastuuhenkilö", "Ansvarsperson", "Person in charge of the register")
            }
            ContactRole::Administrator => tr(lang, "Ylläpitäjä", "Administratör", "Administrator"),
        }
    }
}
