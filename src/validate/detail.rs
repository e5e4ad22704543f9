//! What a finding found, as data: one variant per kind of finding, carrying what its message
//! needs (dates as [`Date`], numbers, names, quotes). [`Detail::rule`] names the rule each
//! belongs to; `messages.rs` renders it in a language only when it is shown.

use super::Rule;
use super::rules::*;
use crate::model::{ControllerKind, Date, Lang, Right};

/// How a text is unfinished (`text-unfinished`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unfinished {
    /// A colon with no list after it.
    Colon,
    /// A sentence that stops midway.
    Dangling,
    /// A question nobody answered.
    Question,
}

/// What makes a DPIA likely (Art. 35(3) GDPR; the Data Protection Ombudsman's list of
/// processing requiring a DPIA, 2019).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DpiaTrigger {
    /// Special categories of data (Art. 9) are processed (Art. 35(3)(b); list item 8).
    SpecialCategories,
    /// Systematic monitoring, e.g. camera surveillance (Art. 35(3)(c); list item 4).
    Monitoring,
    /// Profiling or automated decisions (Art. 35(3)(a); list items 1-2, new technology item 3).
    Profiling,
}

/// What a finding found.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Detail {
    /// Say how the data subject can exercise the rights (where to send a request).
    HowToMissing,
    /// The data subject's rights are not listed.
    RightsMissing,
    /// The retention period of these data is missing.
    RetentionPeriodMissing,
    /// Neither the retention period nor the criteria used to set it are given.
    RetentionMissing,
    /// Data are transferred outside the EU/EEA, but the transfers (country, recipient, safeguard) are not listed.
    TransfersNotListed,
    /// State whether data are transferred outside the EU/EEA.
    TransfersUnanswered,
    /// Data are disclosed, but no recipients are listed.
    RecipientsNotListed,
    /// Recipients are not given: list them or state that there are no regular disclosures.
    RecipientsUnanswered,
    /// The sources are not given: say whether the data come from the data subject or from elsewhere.
    SourcesUnanswered,
    /// Data come from elsewhere than the data subject, but the sources are not given.
    SourcesNotListed,
    /// The purpose has no legal basis from GDPR Article 6(1)(a)-(f).
    LegalBasisMissing,
    /// The purpose has no description.
    PurposeDescriptionMissing,
    /// No legal basis is chosen from GDPR Article 6(1)(a)-(f).
    LegalBasisOnlyInProse,
    /// No purpose of processing is given.
    PurposeMissing,
    /// The contact person has neither a phone number nor an e-mail address.
    ContactChannelMissing,
    /// No contact person or person in charge is named for the register.
    ContactPersonMissing,
    /// Choose the kind of controller (public authority, company, association): the public-sector rules depend on it.
    ControllerKindMissing,
    /// The controller's contact details are missing: add an address, a phone number or an e-mail address.
    ControllerContactMissing,
    /// The controller's name is missing.
    ControllerNameMissing,
    /// The published notice has no public address for the poster's QR code.
    PublicUrlMissing,
    /// The update date is missing: a notice shows when it was last updated.
    UpdatedMissing,
    /// The security measures are not described.
    SecurityMissing,
    /// State whether providing the data is statutory, contractual or voluntary, and what follows if they are not provided.
    ProvisionMissing,
    /// State whether there is automated decision-making or profiling. "No" must be stated too.
    AutomatedUnanswered,
    /// The categories of personal data processed are not listed.
    DataCategoriesMissing,
    /// The categories of data subjects are not described (whose data are processed).
    SubjectsMissing,
    /// The register has no name.
    NameMissing,
    /// Processing rests on consent alone, but providing the data is said to be a statutory or contractual requirement.
    ProvisionContradictsConsent,
    /// Say what follows if the data are not provided.
    ProvisionConsequencesMissing,
    /// Processing rests on consent or a contract and is automated, but the right to data portability is not mentioned.
    PortabilityMissing,
    /// Processing rests on a public task or legitimate interests, but the right to object is not mentioned.
    ObjectMissing,
    /// Automated decisions are made, but the right not to be subject to them and to obtain human intervention is not mentioned.
    AutomatedRightMissing,
    /// The data are used for direct marketing, but the right to object to it is not stated separately and clearly.
    ObjectMarketingMissing,
    /// Processing rests on consent, but the right to withdraw consent at any time is not mentioned.
    WithdrawConsentMissing,
    /// Say how to obtain a copy of the safeguards (or which Art. 49 derogation the transfer rests on).
    TransferCopyMissing,
    /// The transfer has no safeguard (adequacy decision, standard contractual clauses, binding corporate rules or an Art. 49 derogation).
    TransferSafeguardMissing,
    /// The country the data go to is not given.
    TransferCountryMissing,
    /// Transfers are answered "no", but transfers are listed.
    TransfersInconsistent,
    /// State whether processors are used (outsourcing or purchased services).
    ProcessorsUnanswered,
    /// Processing is outsourced, but no processors are named.
    ProcessorsMissing,
    /// Disclosures are answered "no", but recipients are listed.
    RecipientsInconsistent,
    /// The personal identity code is processed, but the ground for it (Data Protection Act, section 29) is not given.
    PersonalIdBasisMissing,
    /// Data on criminal convictions and offences are processed, but the authority for it (Data Protection Act, section 7) is not given.
    CriminalBasisMissing,
    /// State whether special categories of data (for example health data) are processed.
    SpecialUnanswered,
    /// Special categories are answered "no", but Art. 9(2) conditions are chosen.
    SpecialConditionsChosen,
    /// Special categories are answered "no", but this data category is marked special.
    SpecialCategoryMarked,
    /// Special categories of data are processed, but no condition of Art. 9(2) is chosen.
    SpecialConditionMissing,
    /// A public authority cannot rely on legitimate interests in performing its tasks. Use public task or legal obligation.
    PublicLegitimateInterests,
    /// A legal obligation or a public task must be laid down by law: name the act and section.
    LawMissing,
    /// Processing rests on legitimate interests, but the interests are not described.
    LegitimateInterestsMissing,
    /// The supervisory authority has no contact details. Leave the block empty to use the current details of the Data Protection Ombudsman's office.
    AuthorityIncomplete,
    /// For automated decision-making, give the logic involved and the significance and consequences for the data subject.
    AutomatedLogicMissing,
    /// Joint controllers are listed, but the essence of the arrangement and the division of responsibilities are not given.
    JointArrangementMissing,
    /// The text describes processing based on consent ("…"), but the right to withdraw consent is not mentioned, and consent is not chosen as a legal basis.
    ConsentWithdrawal {
        /// The words found, quoted.
        quote: String,
    },
    /// The retention gives no period (e.g. "4 weeks", "2 years") and no reference to the records management plan.
    RetentionNotConcrete,
    /// The text says the personal identity code is processed ("…"), but the data content does not record it.
    PidUndeclared {
        /// The words found, quoted.
        quote: String,
    },
    /// Disclosures are answered "no", but the text says data are disclosed: "…".
    Disclosure {
        /// The words found, quoted.
        quote: String,
    },
    /// Profiling is answered "no", but the text describes targeting or profiling: "…".
    Profiling {
        /// The words found, quoted.
        quote: String,
    },
    /// "…" is not a legal basis under the GDPR but a concept of the old Personal Data Act. Choose a basis from Art. 6(1).
    LegacyBasis {
        /// The words found, quoted.
        quote: String,
    },
    /// The purpose is open-ended: "…". List every purpose.
    PurposeVague {
        /// The words found, quoted.
        quote: String,
    },
    /// The retention period is vague: "…". Give the period (e.g. "2 years after the customer relationship ends") or the criteria that set it.
    RetentionVague {
        /// The words found, quoted.
        quote: String,
    },
    /// The sources hold text about retention: "…". Move it to retention and give the sources.
    WrongSection {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains a date line: "…". The creation and update dates belong in the register's basic information.
    DateInBody {
        /// The words found, quoted.
        quote: String,
    },
    /// The text refers to the repealed Personal Data Act (523/1999): "…". The rules in force are the GDPR and the Data Protection Act (1050/2018).
    ObsoleteLaw {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains leftovers of a web page: "…".
    Chrome {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains garbled characters (wrong encoding): "…".
    Garbled {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains markup: "…".
    Markup {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains a form check box: "…". Give the answer in the form field and remove the residue.
    Checkbox {
        /// The words found, quoted.
        quote: String,
    },
    /// The text contains a placeholder: "…".
    Placeholder {
        /// The words found, quoted.
        quote: String,
    },
    /// `dpo-missing`.
    DpoMissing {
        /// The controller kind, which sets the wording (and the severity).
        kind: ControllerKind,
    },
    /// `right-missing`.
    RightMissing {
        /// The right.
        right: Right,
    },
    /// `right-not-applicable`.
    RightNotApplicable {
        /// The right.
        right: Right,
    },
    /// `processor-agreement-missing`.
    ProcessorAgreementMissing {
        /// The processor's name.
        processor: String,
    },
    /// `business-id-invalid`.
    BusinessIdInvalid {
        /// The ID as written.
        id: String,
        /// True when the form is right but the check digit wrong.
        check_digit: bool,
    },
    /// `url-invalid`.
    PublicUrlInvalid {
        /// The address as written.
        url: String,
    },
    /// `url-invalid`.
    WebInvalid {
        /// The address as written.
        url: String,
    },
    /// `email-obfuscated`.
    EmailObfuscated {
        /// The form used instead of `@`, e.g. `(at)`.
        form: &'static str,
        /// The address with `@`.
        fixed: String,
    },
    /// `email-invalid`.
    EmailInvalid {
        /// The address as written.
        email: String,
    },
    /// `phone-invalid`.
    PhoneInvalid {
        /// The number as written.
        phone: String,
    },
    /// `postal-code-invalid`.
    PostalCodeInvalid {
        /// The code as written.
        code: String,
    },
    /// `authority-stale`.
    AuthorityStale {
        /// What is out of date, as written.
        what: String,
    },
    /// `date-future`.
    DateFuture {
        /// The date.
        date: Date,
    },
    /// `dates-order`.
    DatesOrder {
        /// The creation date.
        created: Date,
        /// The (earlier) update date.
        updated: Date,
    },
    /// `processor-contract-ending`: ended (`ends` before today) or ending within 90 days.
    ContractEnding {
        /// The processor.
        processor: String,
        /// The contract's end date.
        ends: Date,
        /// True when the end date has passed.
        ended: bool,
    },
    /// `processor-contract-date-missing`.
    ContractDateMissing {
        /// The processor.
        processor: String,
    },
    /// `processor-outside-eea`.
    ProcessorOutsideEea {
        /// The processor.
        processor: String,
        /// The location outside the EU/EEA, as written.
        location: String,
    },
    /// `dpia-not-assessed`.
    DpiaNotAssessed {
        /// What makes a DPIA likely.
        why: DpiaTrigger,
    },
    /// `snapshot-missing`.
    SnapshotMissing {
        /// The version.
        version: u32,
        /// The snapshot file, relative to the workspace.
        file: String,
    },
    /// `snapshot-altered`.
    SnapshotAltered {
        /// The version.
        version: u32,
        /// The snapshot file, relative to the workspace.
        file: String,
    },
    /// `review-overdue`.
    ReviewOverdue {
        /// The review date that has passed.
        next_review: Date,
    },
    /// `import-not-reviewed`.
    ImportNotReviewed {
        /// The source's file name.
        source: String,
        /// Blocks in extra sections plus yes/no questions unanswered ([`crate::review::left_to_review`]).
        left: usize,
    },
    /// `updated-old`.
    UpdatedOld {
        /// The last update.
        updated: Date,
        /// More than this many months ago (12 or 24).
        months: u32,
    },
    /// `unfinished`.
    Unfinished {
        /// How the text is unfinished.
        how: Unfinished,
        /// The line, quoted.
        quote: String,
    },
    /// `vendor`.
    Vendor {
        /// The vendors named, joined with commas.
        vendors: String,
    },
    /// `language-missing`.
    LanguageMissing {
        /// The declared language the text is missing in.
        lang: Lang,
    },
    /// `language-not-declared`.
    LanguageNotDeclared {
        /// The organisation's language.
        lang: Lang,
    },
    /// `control-character`.
    ControlCharacter {
        /// The first such character.
        ch: char,
        /// Its position in the text, in characters from 1.
        at: usize,
    },
    /// `html-entity`.
    HtmlEntity {
        /// The entity as written, e.g. `&auml;`.
        entity: String,
        /// The character it stands for, when known.
        meant: Option<char>,
    },
    /// `too-long`.
    TooLong {
        /// The text's length in characters.
        chars: usize,
        /// The bound for this field.
        limit: usize,
    },
}

impl Detail {
    /// The rule this finding belongs to.
    pub fn rule(&self) -> &'static Rule {
        match self {
            Detail::HowToMissing => &HOW_TO_MISSING,
            Detail::RightsMissing => &RIGHTS_MISSING,
            Detail::RetentionPeriodMissing => &RETENTION_PERIOD_MISSING,
            Detail::RetentionMissing => &RETENTION_MISSING,
            Detail::TransfersNotListed => &TRANSFERS_MISSING,
            Detail::TransfersUnanswered => &TRANSFERS_MISSING,
            Detail::RecipientsNotListed => &RECIPIENTS_MISSING,
            Detail::RecipientsUnanswered => &RECIPIENTS_MISSING,
            Detail::SourcesUnanswered => &SOURCES_MISSING,
            Detail::SourcesNotListed => &SOURCES_MISSING,
            Detail::LegalBasisMissing => &LEGAL_BASIS_MISSING,
            Detail::PurposeDescriptionMissing => &PURPOSE_DESCRIPTION_MISSING,
            Detail::LegalBasisOnlyInProse => &LEGAL_BASIS_MISSING,
            Detail::PurposeMissing => &PURPOSE_MISSING,
            Detail::ContactChannelMissing => &CONTACT_CHANNEL_MISSING,
            Detail::ContactPersonMissing => &CONTACT_PERSON_MISSING,
            Detail::ControllerKindMissing => &CONTROLLER_KIND_MISSING,
            Detail::ControllerContactMissing => &CONTROLLER_CONTACT_MISSING,
            Detail::ControllerNameMissing => &CONTROLLER_NAME_MISSING,
            Detail::PublicUrlMissing => &PUBLIC_URL_MISSING,
            Detail::UpdatedMissing => &UPDATED_MISSING,
            Detail::SecurityMissing => &SECURITY_MISSING,
            Detail::ProvisionMissing => &PROVISION_MISSING,
            Detail::AutomatedUnanswered => &AUTOMATED_UNANSWERED,
            Detail::DataCategoriesMissing => &DATA_CATEGORIES_MISSING,
            Detail::SubjectsMissing => &SUBJECTS_MISSING,
            Detail::NameMissing => &NAME_MISSING,
            Detail::ProvisionContradictsConsent => &PROVISION_CONTRADICTS_CONSENT,
            Detail::ProvisionConsequencesMissing => &PROVISION_CONSEQUENCES_MISSING,
            Detail::PortabilityMissing => &PORTABILITY_MISSING,
            Detail::ObjectMissing => &OBJECT_MISSING,
            Detail::AutomatedRightMissing => &AUTOMATED_RIGHT_MISSING,
            Detail::ObjectMarketingMissing => &OBJECT_MARKETING_MISSING,
            Detail::WithdrawConsentMissing => &WITHDRAW_CONSENT_MISSING,
            Detail::TransferCopyMissing => &TRANSFER_COPY_MISSING,
            Detail::TransferSafeguardMissing => &TRANSFER_SAFEGUARD_MISSING,
            Detail::TransferCountryMissing => &TRANSFER_COUNTRY_MISSING,
            Detail::TransfersInconsistent => &TRANSFERS_INCONSISTENT,
            Detail::ProcessorsUnanswered => &PROCESSORS_UNANSWERED,
            Detail::ProcessorsMissing => &PROCESSORS_MISSING,
            Detail::RecipientsInconsistent => &RECIPIENTS_INCONSISTENT,
            Detail::PersonalIdBasisMissing => &PERSONAL_ID_BASIS_MISSING,
            Detail::CriminalBasisMissing => &CRIMINAL_BASIS_MISSING,
            Detail::SpecialUnanswered => &SPECIAL_UNANSWERED,
            Detail::SpecialConditionsChosen => &SPECIAL_INCONSISTENT,
            Detail::SpecialCategoryMarked => &SPECIAL_INCONSISTENT,
            Detail::SpecialConditionMissing => &SPECIAL_CONDITION_MISSING,
            Detail::PublicLegitimateInterests => &PUBLIC_LEGITIMATE_INTERESTS,
            Detail::LawMissing => &LAW_MISSING,
            Detail::LegitimateInterestsMissing => &LEGITIMATE_INTERESTS_MISSING,
            Detail::AuthorityIncomplete => &AUTHORITY_INCOMPLETE,
            Detail::AutomatedLogicMissing => &AUTOMATED_LOGIC_MISSING,
            Detail::JointArrangementMissing => &JOINT_ARRANGEMENT_MISSING,
            Detail::ConsentWithdrawal { .. } => &CONSENT_WITHDRAWAL,
            Detail::RetentionNotConcrete => &RETENTION_NOT_CONCRETE,
            Detail::PidUndeclared { .. } => &PID_UNDECLARED,
            Detail::Disclosure { .. } => &DISCLOSURE,
            Detail::Profiling { .. } => &PROFILING,
            Detail::LegacyBasis { .. } => &LEGACY_BASIS,
            Detail::PurposeVague { .. } => &PURPOSE_VAGUE,
            Detail::RetentionVague { .. } => &RETENTION_VAGUE,
            Detail::WrongSection { .. } => &WRONG_SECTION,
            Detail::DateInBody { .. } => &DATE_IN_BODY,
            Detail::ObsoleteLaw { .. } => &OBSOLETE_LAW,
            Detail::Chrome { .. } => &CHROME,
            Detail::Garbled { .. } => &GARBLED,
            Detail::Markup { .. } => &MARKUP,
            Detail::Checkbox { .. } => &CHECKBOX,
            Detail::Placeholder { .. } => &PLACEHOLDER,
            Detail::DpoMissing { .. } => &DPO_MISSING,
            Detail::RightMissing { .. } => &RIGHT_MISSING,
            Detail::RightNotApplicable { .. } => &RIGHT_NOT_APPLICABLE,
            Detail::ProcessorAgreementMissing { .. } => &PROCESSOR_AGREEMENT_MISSING,
            Detail::BusinessIdInvalid { .. } => &BUSINESS_ID_INVALID,
            Detail::PublicUrlInvalid { .. } => &URL_INVALID,
            Detail::WebInvalid { .. } => &URL_INVALID,
            Detail::EmailObfuscated { .. } => &EMAIL_OBFUSCATED,
            Detail::EmailInvalid { .. } => &EMAIL_INVALID,
            Detail::PhoneInvalid { .. } => &PHONE_INVALID,
            Detail::PostalCodeInvalid { .. } => &POSTAL_CODE_INVALID,
            Detail::AuthorityStale { .. } => &AUTHORITY_STALE,
            Detail::DateFuture { .. } => &DATE_FUTURE,
            Detail::DatesOrder { .. } => &DATES_ORDER,
            Detail::ReviewOverdue { .. } => &REVIEW_OVERDUE,
            Detail::ContractEnding { .. } => &CONTRACT_ENDING,
            Detail::ContractDateMissing { .. } => &CONTRACT_DATE_MISSING,
            Detail::ProcessorOutsideEea { .. } => &PROCESSOR_OUTSIDE_EEA,
            Detail::DpiaNotAssessed { .. } => &DPIA_NOT_ASSESSED,
            Detail::SnapshotMissing { .. } => &SNAPSHOT_MISSING,
            Detail::SnapshotAltered { .. } => &SNAPSHOT_ALTERED,
            Detail::UpdatedOld { .. } => &UPDATED_OLD,
            Detail::ImportNotReviewed { .. } => &IMPORT_NOT_REVIEWED,
            Detail::Unfinished { .. } => &UNFINISHED,
            Detail::Vendor { .. } => &VENDOR,
            Detail::LanguageMissing { .. } => &LANGUAGE_MISSING,
            Detail::LanguageNotDeclared { .. } => &LANGUAGE_NOT_DECLARED,
            Detail::ControlCharacter { .. } => &CONTROL_CHARACTER,
            Detail::HtmlEntity { .. } => &HTML_ENTITY,
            Detail::TooLong { .. } => &TOO_LONG,
        }
    }
}
