//! The closed vocabularies of a register: legal bases, Art. 9(2) conditions, rights, ...
//!
//! Each small enum has `ALL` and a `label(lang)`: the wording a notice uses.

use super::Lang;
use crate::i18n::DocText;
use serde::{Deserialize, Serialize};

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
            Answer::Unanswered => DocText::NotAnswered.get(lang),
            Answer::No => DocText::No.get(lang),
            Answer::Yes => DocText::Yes.get(lang),
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
            Status::Draft => DocText::Draft.get(lang),
            Status::InReview => DocText::Review.get(lang),
            Status::Published => DocText::Published.get(lang),
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
            ControllerKind::Unspecified => DocText::NotChosen.get(lang),
            ControllerKind::PublicAuthority => DocText::PublicAuthorityMunicipalityState.get(lang),
            ControllerKind::Company => DocText::Company.get(lang),
            ControllerKind::Association => DocText::AssociationFoundation.get(lang),
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
            LegalBasis::Consent => DocText::Consent.get(lang),
            LegalBasis::Contract => DocText::Contract.get(lang),
            LegalBasis::LegalObligation => DocText::LegalObligation.get(lang),
            LegalBasis::VitalInterests => DocText::VitalInterests.get(lang),
            LegalBasis::PublicTask => DocText::PublicTaskExerciseOfficial.get(lang),
            LegalBasis::LegitimateInterests => DocText::LegitimateInterests.get(lang),
        }
    }

    /// A one-line explanation for the editor's check boxes and the notice.
    pub fn explanation(self, lang: Lang) -> &'static str {
        match self {
            LegalBasis::Consent => DocText::DataSubjectGivenConsent.get(lang),
            LegalBasis::Contract => DocText::ProcessingNecessaryContractData.get(lang),
            LegalBasis::LegalObligation => DocText::ProcessingNecessaryComplyLegal.get(lang),
            LegalBasis::VitalInterests => DocText::ProcessingNecessaryProtectVital.get(lang),
            LegalBasis::PublicTask => DocText::ProcessingNecessaryTaskPublic.get(lang),
            LegalBasis::LegitimateInterests => DocText::ProcessingNecessaryLegitimateInterests.get(lang),
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
            SpecialKind::RacialOrEthnicOrigin => DocText::RacialEthnicOrigin.get(lang),
            SpecialKind::PoliticalOpinions => DocText::PoliticalOpinions.get(lang),
            SpecialKind::ReligiousBeliefs => DocText::ReligiousPhilosophicalBeliefs.get(lang),
            SpecialKind::TradeUnionMembership => DocText::TradeUnionMembership.get(lang),
            SpecialKind::Genetic => DocText::GeneticData.get(lang),
            SpecialKind::Biometric => DocText::BiometricData.get(lang),
            SpecialKind::Health => DocText::HealthData.get(lang),
            SpecialKind::SexLife => DocText::SexLifeSexualOrientation.get(lang),
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
            SpecialCondition::ExplicitConsent => DocText::ExplicitConsent.get(lang),
            SpecialCondition::EmploymentAndSocialSecurity => DocText::EmploymentSocialSecurityObligations.get(lang),
            SpecialCondition::VitalInterests => DocText::VitalInterests.get(lang),
            SpecialCondition::NonProfitMembers => DocText::MembersNotProfitBody.get(lang),
            SpecialCondition::MadePublic => DocText::DataMadePublicData.get(lang),
            SpecialCondition::LegalClaims => DocText::LegalClaims.get(lang),
            SpecialCondition::SubstantialPublicInterest => DocText::SubstantialPublicInterestLaid.get(lang),
            SpecialCondition::HealthOrSocialCare => DocText::HealthSocialCare.get(lang),
            SpecialCondition::PublicHealth => DocText::PublicHealth.get(lang),
            SpecialCondition::ArchivingResearchStatistics => DocText::ArchivingResearchStatistics.get(lang),
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
            Safeguard::AdequacyDecision => DocText::CommissionAdequacyDecisionArticle.get(lang),
            Safeguard::StandardContractualClauses => DocText::StandardContractualClausesAdopted.get(lang),
            Safeguard::BindingCorporateRules => DocText::BindingCorporateRulesArticle.get(lang),
            Safeguard::Derogation => DocText::DerogationSpecificSituationsArticle.get(lang),
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
            Right::Informed => DocText::RightInformed.get(lang),
            Right::Access => DocText::RightAccess.get(lang),
            Right::Rectification => DocText::RightRectification.get(lang),
            Right::Erasure => DocText::RightErasure.get(lang),
            Right::Restriction => DocText::RightRestrictionProcessing.get(lang),
            Right::Portability => DocText::RightDataPortability.get(lang),
            Right::Object => DocText::RightObject.get(lang),
            Right::ObjectDirectMarketing => DocText::RightObjectDirectMarketing.get(lang),
            Right::AutomatedDecisions => DocText::RightNotSubjectAutomated.get(lang),
            Right::WithdrawConsent => DocText::RightWithdrawConsentAny.get(lang),
            Right::Complaint => DocText::RightLodgeComplaintSupervisory.get(lang),
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
            Requirement::Unanswered => DocText::NotAnswered.get(lang),
            Requirement::Statutory => DocText::ProvidingDataStatutoryRequirement.get(lang),
            Requirement::Contractual => DocText::ProvidingDataContractualRequirement.get(lang),
            Requirement::Voluntary => DocText::ProvidingDataVoluntary.get(lang),
            Requirement::NotFromDataSubject => DocText::DataNotCollectedData.get(lang),
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
            ContactRole::Contact => DocText::ContactPerson.get(lang),
            ContactRole::Responsible => DocText::PersonChargeRegister.get(lang),
            ContactRole::Administrator => DocText::Administrator.get(lang),
        }
    }
}
