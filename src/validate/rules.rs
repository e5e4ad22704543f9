//! The rule catalogue: every rule of the validator, declared once here. The catalogue
//! ([`super::catalogue`]), the tests and the documentation all read [`ALL`]; a rule exists
//! exactly when it is listed in the `rules!` block below.

use super::{Rule, Severity};
use crate::model::Section;

/// Declares each rule as a static and lists them all, in order, in [`ALL`].
macro_rules! rules {
    ($( $(#[$m:meta])* $name:ident = Rule { $($body:tt)* }; )*) => {
        $( $(#[$m])* pub(crate) static $name: Rule = Rule { $($body)* }; )*
        /// Every rule, in catalogue order (by file: required, conditional, format, text, language).
        pub(crate) static ALL: &[&Rule] = &[ $( &$name, )* ];
    };
}

rules! {
    // ---- required ----
    NAME_MISSING = Rule {
        id: "name-missing",
        severity: Severity::Error,
        article: "GDPR 30(1)(b)",
        summary: "The register has no name.",
        section: Some(Section::Name),
    };
    CONTROLLER_NAME_MISSING = Rule {
        id: "controller-name-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(a), 30(1)(a)",
        summary: "The controller has no name.",
        section: Some(Section::Controller),
    };
    CONTROLLER_CONTACT_MISSING = Rule {
        id: "controller-contact-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(a), 30(1)(a)",
        summary: "Neither the controller nor any contact person has an address, phone or e-mail.",
        section: Some(Section::Controller),
    };
    CONTROLLER_KIND_MISSING = Rule {
        id: "controller-kind-missing",
        severity: Severity::Hint,
        article: "GDPR 6(1), 37(1)(a)",
        summary: "The kind of controller (public authority, company, association) is not chosen; public-sector rules depend on it.",
        section: Some(Section::Controller),
    };
    CONTACT_PERSON_MISSING = Rule {
        id: "contact-person-missing",
        severity: Severity::Hint,
        article: "GDPR 12(2)",
        summary: "No contact person or person in charge is named.",
        section: Some(Section::Contacts),
    };
    CONTACT_CHANNEL_MISSING = Rule {
        id: "contact-channel-missing",
        severity: Severity::Warning,
        article: "GDPR 12(2)",
        summary: "A contact person has neither a phone number nor an e-mail address.",
        section: Some(Section::Contacts),
    };
    DPO_MISSING = Rule {
        id: "dpo-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(b), 37(1)(a)",
        summary: "No contact details for the DPO: error for a public authority, warning when the kind is not chosen, hint for a company or association.",
        section: Some(Section::Dpo),
    };
    PURPOSE_MISSING = Rule {
        id: "purpose-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(c), 30(1)(b)",
        summary: "No purpose of processing.",
        section: Some(Section::Purposes),
    };
    PURPOSE_DESCRIPTION_MISSING = Rule {
        id: "purpose-description-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(c), 30(1)(b)",
        summary: "A purpose without a description.",
        section: Some(Section::Purposes),
    };
    LEGAL_BASIS_MISSING = Rule {
        id: "legal-basis-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(c), 6(1)",
        summary: "A purpose without a legal basis of Art. 6(1)(a)-(f).",
        section: Some(Section::Purposes),
    };
    SUBJECTS_MISSING = Rule {
        id: "subjects-missing",
        severity: Severity::Error,
        article: "GDPR 30(1)(c)",
        summary: "No categories of data subjects.",
        section: Some(Section::Subjects),
    };
    DATA_CATEGORIES_MISSING = Rule {
        id: "data-categories-missing",
        severity: Severity::Error,
        article: "GDPR 14(1)(d), 30(1)(c)",
        summary: "No categories of personal data.",
        section: Some(Section::Data),
    };
    SOURCES_MISSING = Rule {
        id: "sources-missing",
        severity: Severity::Error,
        article: "GDPR 14(2)(f)",
        summary: "Data come from elsewhere (or it is not said where they come from) and no source is given.",
        section: Some(Section::Sources),
    };
    RECIPIENTS_MISSING = Rule {
        id: "recipients-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(e), 30(1)(d)",
        summary: "Neither recipients nor an explicit \"no regular disclosures\".",
        section: Some(Section::Recipients),
    };
    TRANSFERS_MISSING = Rule {
        id: "transfers-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(f), 30(1)(e)",
        summary: "No yes/no on transfers outside the EU/EEA, or \"yes\" with no transfer listed.",
        section: Some(Section::Transfers),
    };
    RETENTION_MISSING = Rule {
        id: "retention-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(a), 30(1)(f)",
        summary: "No retention period or criteria.",
        section: Some(Section::Retention),
    };
    RETENTION_PERIOD_MISSING = Rule {
        id: "retention-period-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(a)",
        summary: "A retention rule names data but no period.",
        section: Some(Section::Retention),
    };
    AUTOMATED_UNANSWERED = Rule {
        id: "automated-unanswered",
        severity: Severity::Error,
        article: "GDPR 13(2)(f), 22",
        summary: "No statement on automated decision-making and profiling (\"no\" must be stated too).",
        section: Some(Section::Automated),
    };
    RIGHTS_MISSING = Rule {
        id: "rights-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(b), 15-22",
        summary: "No rights of the data subject listed.",
        section: Some(Section::Rights),
    };
    PROVISION_MISSING = Rule {
        id: "provision-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(e)",
        summary: "Data come from the data subject, but it is not said whether giving them is statutory, contractual or voluntary.",
        section: Some(Section::Provision),
    };
    SECURITY_MISSING = Rule {
        id: "security-missing",
        severity: Severity::Warning,
        article: "GDPR 30(1)(g), 32",
        summary: "No description of the security measures.",
        section: Some(Section::Security),
    };
    UPDATED_MISSING = Rule {
        id: "updated-missing",
        severity: Severity::Warning,
        article: "GDPR 5(2), 12(1)",
        summary: "No \"last updated\" date.",
        section: Some(Section::Meta),
    };
    PUBLIC_URL_MISSING = Rule {
        id: "public-url-missing",
        severity: Severity::Hint,
        article: "GDPR 12(1)",
        summary: "A published register has no public address for the poster's QR code.",
        section: Some(Section::Meta),
    };
    HOW_TO_MISSING = Rule {
        id: "rights-how-to-missing",
        severity: Severity::Hint,
        article: "GDPR 12(2)",
        summary: "No own words on how to exercise the rights; the notice prints the standard sentence.",
        section: Some(Section::Rights),
    };
    // ---- conditional ----
    LEGITIMATE_INTERESTS_MISSING = Rule {
        id: "legitimate-interests-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(d)",
        summary: "A purpose uses 6(1)(f) but the legitimate interests are not described.",
        section: Some(Section::Purposes),
    };
    LAW_MISSING = Rule {
        id: "law-missing",
        severity: Severity::Warning,
        article: "GDPR 6(3)",
        summary: "A purpose uses 6(1)(c) or (e) but names no law it rests on.",
        section: Some(Section::Purposes),
    };
    PUBLIC_LEGITIMATE_INTERESTS = Rule {
        id: "public-authority-legitimate-interests",
        severity: Severity::Warning,
        article: "GDPR 6(1), second subparagraph",
        summary: "A public authority bases a purpose on legitimate interests.",
        section: Some(Section::Purposes),
    };
    SPECIAL_CONDITION_MISSING = Rule {
        id: "special-condition-missing",
        severity: Severity::Error,
        article: "GDPR 9(2)",
        summary: "Special categories are processed but no Art. 9(2) condition is chosen.",
        section: Some(Section::Data),
    };
    SPECIAL_INCONSISTENT = Rule {
        id: "special-inconsistent",
        severity: Severity::Warning,
        article: "GDPR 9",
        summary: "Special categories answered \"no\", yet a category is marked special or a 9(2) condition is chosen.",
        section: Some(Section::Data),
    };
    SPECIAL_UNANSWERED = Rule {
        id: "special-unanswered",
        severity: Severity::Hint,
        article: "GDPR 9, 30(1)(c)",
        summary: "It is not said whether special categories are processed.",
        section: Some(Section::Data),
    };
    CRIMINAL_BASIS_MISSING = Rule {
        id: "criminal-basis-missing",
        severity: Severity::Error,
        article: "GDPR 10; Tietosuojalaki 1050/2018 7 §",
        summary: "Criminal-offence data are processed but the authority for it is not given.",
        section: Some(Section::Data),
    };
    PERSONAL_ID_BASIS_MISSING = Rule {
        id: "personal-id-basis-missing",
        severity: Severity::Warning,
        article: "Tietosuojalaki 1050/2018 29 §",
        summary: "The personal identity code is processed with no ground named.",
        section: Some(Section::Data),
    };
    TRANSFER_SAFEGUARD_MISSING = Rule {
        id: "transfer-safeguard-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(f), 44-49",
        summary: "A transfer outside the EU/EEA without a safeguard.",
        section: Some(Section::Transfers),
    };
    TRANSFER_COUNTRY_MISSING = Rule {
        id: "transfer-country-missing",
        severity: Severity::Error,
        article: "GDPR 13(1)(f), 30(1)(e)",
        summary: "A transfer without its country.",
        section: Some(Section::Transfers),
    };
    TRANSFER_COPY_MISSING = Rule {
        id: "transfer-copy-missing",
        severity: Severity::Warning,
        article: "GDPR 13(1)(f)",
        summary: "Safeguards by contract, BCR or derogation with no word on how to get a copy or which derogation.",
        section: Some(Section::Transfers),
    };
    TRANSFERS_INCONSISTENT = Rule {
        id: "transfers-inconsistent",
        severity: Severity::Warning,
        article: "GDPR 13(1)(f)",
        summary: "Transfers answered \"no\" but transfers are listed.",
        section: Some(Section::Transfers),
    };
    RECIPIENTS_INCONSISTENT = Rule {
        id: "recipients-inconsistent",
        severity: Severity::Warning,
        article: "GDPR 13(1)(e)",
        summary: "Disclosures answered \"no\" but recipients are listed.",
        section: Some(Section::Recipients),
    };
    PROCESSORS_MISSING = Rule {
        id: "processors-missing",
        severity: Severity::Warning,
        article: "GDPR 13(1)(e), 28",
        summary: "Processing is outsourced but no processor is named.",
        section: Some(Section::Processors),
    };
    PROCESSORS_UNANSWERED = Rule {
        id: "processors-unanswered",
        severity: Severity::Hint,
        article: "GDPR 28, 30(1)(d)",
        summary: "It is not said whether processors are used.",
        section: Some(Section::Processors),
    };
    PROCESSOR_AGREEMENT_MISSING = Rule {
        id: "processor-agreement-missing",
        severity: Severity::Warning,
        article: "GDPR 28(3)",
        summary: "A processor without a recorded processing agreement.",
        section: Some(Section::Processors),
    };
    JOINT_ARRANGEMENT_MISSING = Rule {
        id: "joint-arrangement-missing",
        severity: Severity::Error,
        article: "GDPR 26(2)",
        summary: "Joint controllers without the essence of the arrangement.",
        section: Some(Section::Controller),
    };
    AUTOMATED_LOGIC_MISSING = Rule {
        id: "automated-logic-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(f), 22",
        summary: "Automated decisions without their logic, significance and consequences.",
        section: Some(Section::Automated),
    };
    RIGHT_MISSING = Rule {
        id: "right-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(b)",
        summary: "A right that applies is not listed (access, rectification, restriction; erasure where it applies).",
        section: Some(Section::Rights),
    };
    WITHDRAW_CONSENT_MISSING = Rule {
        id: "withdraw-consent-missing",
        severity: Severity::Error,
        article: "GDPR 13(2)(c), 7(3)",
        summary: "Consent is a basis but the right to withdraw it is not mentioned.",
        section: Some(Section::Rights),
    };
    OBJECT_MARKETING_MISSING = Rule {
        id: "right-object-marketing-missing",
        severity: Severity::Error,
        article: "GDPR 21(2)-(4)",
        summary: "A direct-marketing purpose without the right to object to direct marketing.",
        section: Some(Section::Rights),
    };
    OBJECT_MISSING = Rule {
        id: "right-object-missing",
        severity: Severity::Warning,
        article: "GDPR 13(2)(b), 21(1)",
        summary: "6(1)(e) or (f) is used but the right to object is not listed.",
        section: Some(Section::Rights),
    };
    PORTABILITY_MISSING = Rule {
        id: "right-portability-missing",
        severity: Severity::Warning,
        article: "GDPR 13(2)(b), 20",
        summary: "Consent or contract with automated processing, but data portability is not listed.",
        section: Some(Section::Rights),
    };
    AUTOMATED_RIGHT_MISSING = Rule {
        id: "right-automated-missing",
        severity: Severity::Warning,
        article: "GDPR 22(3)",
        summary: "Automated decisions are made but the Art. 22 right is not listed.",
        section: Some(Section::Rights),
    };
    RIGHT_NOT_APPLICABLE = Rule {
        id: "right-not-applicable",
        severity: Severity::Warning,
        article: "GDPR 7(3), 17(3)(b), 20, 21(1)",
        summary: "A listed right cannot apply under the bases used (a hint when the notice explains it in its own words).",
        section: Some(Section::Rights),
    };
    PROVISION_CONSEQUENCES_MISSING = Rule {
        id: "provision-consequences-missing",
        severity: Severity::Warning,
        article: "GDPR 13(2)(e)",
        summary: "Giving the data is statutory or contractual, but the consequences of not giving them are not stated.",
        section: Some(Section::Provision),
    };
    PROVISION_CONTRADICTS_CONSENT = Rule {
        id: "provision-contradicts-consent",
        severity: Severity::Warning,
        article: "GDPR 13(2)(e), 6(1)(a)",
        summary: "Processing rests on consent alone, yet giving the data is called statutory or contractual.",
        section: Some(Section::Provision),
    };
    AUTHORITY_INCOMPLETE = Rule {
        id: "authority-incomplete",
        severity: Severity::Warning,
        article: "GDPR 13(2)(d)",
        summary: "The supervisory authority is named without contact details.",
        section: Some(Section::Complaint),
    };
    // ---- format ----
    EMAIL_INVALID = Rule {
        id: "email-invalid",
        severity: Severity::Warning,
        article: "GDPR 13(1)(a)",
        summary: "Malformed e-mail address (spaces, text glued to it, no domain).",
        section: None,
    };
    EMAIL_OBFUSCATED = Rule {
        id: "email-obfuscated",
        severity: Severity::Warning,
        article: "GDPR 13(1)(a)",
        summary: "E-mail written as \"nimi(at)kunta.fi\" or \"[at]\": store it with @.",
        section: None,
    };
    PHONE_INVALID = Rule {
        id: "phone-invalid",
        severity: Severity::Warning,
        article: "GDPR 13(1)(a)",
        summary: "Not a Finnish phone number (040 123 4567, +358 40 123 4567, 020 6177, 016 259 111) nor an international one.",
        section: None,
    };
    POSTAL_CODE_INVALID = Rule {
        id: "postal-code-invalid",
        severity: Severity::Warning,
        article: "GDPR 13(1)(a)",
        summary: "A postal code that is not five digits.",
        section: None,
    };
    BUSINESS_ID_INVALID = Rule {
        id: "business-id-invalid",
        severity: Severity::Warning,
        article: "GDPR 13(1)(a)",
        summary: "A Y-tunnus not of the form 1234567-8 or with a wrong check digit (weights 7,9,10,5,8,4,2).",
        section: Some(Section::Controller),
    };
    URL_INVALID = Rule {
        id: "url-invalid",
        severity: Severity::Hint,
        article: "GDPR 12(1)",
        summary: "A web address with spaces or no domain; the public address must be a full https:// address for the QR code.",
        section: None,
    };
    AUTHORITY_STALE = Rule {
        id: "authority-stale",
        severity: Severity::Warning,
        article: "GDPR 13(2)(d), 77",
        summary: "Out-of-date supervisory authority details (00521, Ratapihantie, a phone other than 029 566 6700).",
        section: None,
    };
    DATE_FUTURE = Rule {
        id: "date-future",
        severity: Severity::Warning,
        article: "GDPR 5(2)",
        summary: "The created or updated date lies in the future.",
        section: Some(Section::Meta),
    };
    DATES_ORDER = Rule {
        id: "dates-order",
        severity: Severity::Warning,
        article: "GDPR 5(2)",
        summary: "The register was created after it was last updated.",
        section: Some(Section::Meta),
    };
    REVIEW_OVERDUE = Rule {
        id: "review-overdue",
        severity: Severity::Warning,
        article: "GDPR 5(2), 24(1)",
        summary: "The next review date has passed.",
        section: Some(Section::Meta),
    };
    UPDATED_OLD = Rule {
        id: "updated-old",
        severity: Severity::Warning,
        article: "GDPR 5(2), 24(1)",
        summary: "No review date set and the last update is over 12 months old (hint) or over 24 months (warning).",
        section: Some(Section::Meta),
    };
    IMPORT_NOT_REVIEWED = Rule {
        id: "import-not-reviewed",
        severity: Severity::Hint,
        article: "GDPR 5(2), 24(1)",
        summary: "The register was imported from an old notice and nobody has reviewed where the import put each paragraph yet.",
        section: Some(Section::Meta),
    };
    // ---- text ----
    PLACEHOLDER = Rule {
        id: "text-placeholder",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Placeholder text left in: TODO, xxx, [täydennä], ???.",
        section: None,
    };
    UNFINISHED = Rule {
        id: "text-unfinished",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Unfinished text: a colon with no list after it, a sentence stopping at \"on\"/\"ovat\", an unanswered question.",
        section: None,
    };
    CHECKBOX = Rule {
        id: "text-checkbox-residue",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Unticked check boxes from a form (\"Ei / Kyllä\", ☐) left in the text.",
        section: None,
    };
    MARKUP = Rule {
        id: "text-markup",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Markup artefacts: **, __, HTML entities or tags.",
        section: None,
    };
    GARBLED = Rule {
        id: "text-garbled",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Garbled characters from a wrong encoding (Ã¤, U+FFFD).",
        section: None,
    };
    CHROME = Rule {
        id: "text-web-chrome",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "Web page furniture copied with the text: fbpx, PALUU ... ETUSIVULLE, Suosikit, logo alt text.",
        section: None,
    };
    OBSOLETE_LAW = Rule {
        id: "text-obsolete-law",
        severity: Severity::Warning,
        article: "Tietosuojalaki 1050/2018",
        summary: "Reference to the repealed Henkilötietolaki (523/1999).",
        section: None,
    };
    DATE_IN_BODY = Rule {
        id: "text-date-in-body",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "A \"Päivitetty: 30.5.2024\" line inside a body text instead of the register's dates.",
        section: None,
    };
    WRONG_SECTION = Rule {
        id: "text-wrong-section",
        severity: Severity::Warning,
        article: "GDPR 14(2)(f)",
        summary: "The sources section holds retention text and names no source.",
        section: None,
    };
    RETENTION_VAGUE = Rule {
        id: "retention-vague",
        severity: Severity::Warning,
        article: "GDPR 13(2)(a)",
        summary: "Vague retention: \"tarpeen mukaan\", \"toistaiseksi\", \"as long as necessary\", a minimum with no maximum.",
        section: None,
    };
    RETENTION_NOT_CONCRETE = Rule {
        id: "retention-not-concrete",
        severity: Severity::Hint,
        article: "GDPR 13(2)(a)",
        summary: "Retention names no period (number and unit) and no records management plan.",
        section: Some(Section::Retention),
    };
    PURPOSE_VAGUE = Rule {
        id: "purpose-vague",
        severity: Severity::Hint,
        article: "GDPR 5(1)(b)",
        summary: "Open-ended purpose: \"ja muihin tarkoituksiin\".",
        section: None,
    };
    LEGACY_BASIS = Rule {
        id: "legal-basis-legacy",
        severity: Severity::Warning,
        article: "GDPR 6(1)",
        summary: "A legal basis of the old law (\"asiallinen yhteys\", \"viranomaistoiminnan rekisteri\") instead of Art. 6(1).",
        section: None,
    };
    PROFILING = Rule {
        id: "profiling-contradiction",
        severity: Severity::Warning,
        article: "GDPR 13(2)(f)",
        summary: "Profiling answered \"no\" while a text describes targeting, remarketing or profiling.",
        section: None,
    };
    DISCLOSURE = Rule {
        id: "disclosure-contradiction",
        severity: Severity::Warning,
        article: "GDPR 13(1)(e)",
        summary: "Disclosures answered \"no\" while a text says data are disclosed (\"luovutetaan\", \"voimme luovuttaa\").",
        section: None,
    };
    VENDOR = Rule {
        id: "transfer-vendor",
        severity: Severity::Warning,
        article: "GDPR 13(1)(f), 44",
        summary: "Transfers answered \"no\" while the register names a vendor outside the EU/EEA (Facebook, Google, Microsoft, ...).",
        section: Some(Section::Transfers),
    };
    CONSENT_WITHDRAWAL = Rule {
        id: "consent-withdrawal-unmentioned",
        severity: Severity::Warning,
        article: "GDPR 13(2)(c), 7(3)",
        summary: "A text relies on consent, no purpose has consent as its basis, and nothing says consent can be withdrawn.",
        section: None,
    };
    PID_UNDECLARED = Rule {
        id: "personal-id-undeclared",
        severity: Severity::Warning,
        article: "Tietosuojalaki 1050/2018 29 §",
        summary: "A text says the personal identity code is processed, but the data content does not record it.",
        section: None,
    };
    // ---- language ----
    LANGUAGE_MISSING = Rule {
        id: "language-missing",
        severity: Severity::Error,
        article: "GDPR 12(1)",
        summary: "A text has content in one language but is empty in a declared notice language.",
        section: None,
    };
    LANGUAGE_NOT_DECLARED = Rule {
        id: "language-not-declared",
        severity: Severity::Warning,
        article: "Kielilaki 423/2003 32 §",
        summary: "The organisation publishes in a language (e.g. Swedish) that the register does not declare.",
        section: Some(Section::Meta),
    };
    // ---- hygiene ----
    /// Issue 12: control characters print as they are and garble terminals and PDFs.
    CONTROL_CHARACTER = Rule {
        id: "text-control-character",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "A text holds an invisible control character (or a bidirectional override); tab and line break are allowed in prose.",
        section: None,
    };
    /// Issue 12: HTML entities left by a web page (`&auml;`, `&#228;`).
    HTML_ENTITY = Rule {
        id: "text-html-entity",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "A text holds an HTML entity such as &auml; or &#228; instead of the character.",
        section: None,
    };
    /// Issue 12: every field has a bounded length (see `hygiene::limit`).
    TOO_LONG = Rule {
        id: "text-too-long",
        severity: Severity::Warning,
        article: "GDPR 12(1)",
        summary: "A text is longer than its bound: 500 characters for a one-line field, 10,000 for prose.",
        section: None,
    };
    // ---- accountability (issue 15) ----
    CONTRACT_ENDING = Rule {
        id: "processor-contract-ending",
        severity: Severity::Warning,
        article: "GDPR 28(3)",
        summary: "A processor's contract has ended, or ends within 90 days.",
        section: Some(Section::Processors),
    };
    CONTRACT_DATE_MISSING = Rule {
        id: "processor-contract-date-missing",
        severity: Severity::Warning,
        article: "GDPR 28(3), 28(9)",
        summary: "A processor has no date for its signed contract.",
        section: Some(Section::Processors),
    };
    PROCESSOR_OUTSIDE_EEA = Rule {
        id: "processor-outside-eea",
        severity: Severity::Warning,
        article: "GDPR 44, 46, 30(1)(e)",
        summary: "A processor (or its sub-processor) is located outside the EU/EEA and no transfer is listed for it.",
        section: Some(Section::Processors),
    };
    /// Art. 35(3) GDPR and the Data Protection Ombudsman's list of processing requiring a DPIA
    /// ("Luettelo käsittelytoimista, jotka edellyttävät vaikutustenarviointia", 2019).
    DPIA_NOT_ASSESSED = Rule {
        id: "dpia-not-assessed",
        severity: Severity::Hint,
        article: "GDPR 35(1), 35(3); tietosuojavaltuutetun luettelo vaikutustenarviointia edellyttävistä käsittelytoimista (2019)",
        summary: "Whether a DPIA is required is not assessed, though the register processes special categories, monitors systematically (camera surveillance) or profiles.",
        section: Some(Section::Meta),
    };
    SNAPSHOT_MISSING = Rule {
        id: "snapshot-missing",
        severity: Severity::Error,
        article: "GDPR 5(2)",
        summary: "The archived snapshot of a published version is missing from the workspace.",
        section: Some(Section::Meta),
    };
    SNAPSHOT_ALTERED = Rule {
        id: "snapshot-altered",
        severity: Severity::Error,
        article: "GDPR 5(2)",
        summary: "The archived snapshot of a published version differs from the SHA-256 hash its history entry recorded.",
        section: Some(Section::Meta),
    };
}
