//! The register (one processing activity) and the organisation profile, as typed data.
//!
//! Field order here is the order in the file, and empty values are left out of the
//! file (`skip_serializing_if = "is_default"`), so a register has one canonical text form.
//! Every section of DESIGN.md section 1 is a field or a group of fields; [`Section`] names
//! them and maps field paths (as validation findings carry them) back to their section.

mod account;
mod date;
mod eu_eea;
mod import_record;
mod logo;
mod path;
mod section;
mod text;
mod vocab;
mod walk;

pub use eu_eea::{EU_EEA, eu_eea};

pub use account::{Approval, Approvals, Dpia, Opinion, Version, version_at};
pub use date::{Date, DateError};
pub use import_record::{ImportRecord, ImportedBlock, SourceKind};
pub use logo::{LOGO_FILES, Logo, LogoError, MAX_LOGO_BYTES};
pub use path::{
    ApprovalField, ApprovalsField, AutomatedField, CategoryField, ComplaintField, ContactField, ContactPersonField,
    ControllerField, DataField, DpiaField, ExtraField, FieldPath, FieldPathError, JointField, List, OpinionField,
    PathStep, ProcessorField, ProcessorsField, ProvisionField, PurposeField, RecipientField, RecipientsField,
    RetentionField, RetentionRuleField, RightEntryField, RightsField, SecurityField, SourcesField, SystemField,
    TextPart, TransferField, TransfersField, VersionField,
};
pub use section::Section;
pub use text::{Lang, Text};
pub use vocab::{
    Answer, ContactRole, ControllerKind, LegalBasis, Requirement, Right, Safeguard, SpecialCondition, SpecialKind,
    Status,
};
pub use walk::{StrKind, each_str};

use serde::{Deserialize, Serialize};

/// The file format version this program writes and the newest it reads.
pub const FORMAT: u32 = 1;

/// True when `value` equals its type's default: such fields are left out of files.
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn format_version() -> u32 {
    FORMAT
}

/// One register: a processing activity, its Art. 30 record and its Art. 13/14 notice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Register {
    /// File format version; always first in the file.
    #[serde(default = "format_version")]
    pub format: u32,
    /// A stable identifier (e.g. the file stem), unique in a workspace.
    #[serde(skip_serializing_if = "is_default")]
    pub id: String,
    /// Draft, in review or published.
    #[serde(skip_serializing_if = "is_default")]
    pub status: Status,
    /// When the register was first drawn up (*laadittu*).
    #[serde(skip_serializing_if = "is_default")]
    pub created: Option<Date>,
    /// When the notice was last updated (*päivitetty*); printed in the footer.
    #[serde(skip_serializing_if = "is_default")]
    pub updated: Option<Date>,
    /// When the register should next be reviewed.
    #[serde(skip_serializing_if = "is_default")]
    pub next_review: Option<Date>,
    /// The department or sector (*toimiala*) that owns the register.
    #[serde(skip_serializing_if = "is_default")]
    pub department: Text,
    /// Free tags for search and filtering.
    #[serde(skip_serializing_if = "is_default")]
    pub tags: Vec<String>,
    /// The languages the notice is published in; validation checks each.
    #[serde(skip_serializing_if = "is_default")]
    pub languages: Vec<Lang>,
    /// Public address of the full notice (the poster's QR code).
    #[serde(skip_serializing_if = "is_default")]
    pub public_url: String,
    /// A short text for the poster, in each language: the first layer of a layered notice
    /// (WP29 guidelines on transparency, WP260 rev.01, paragraph 35), printed under the
    /// poster's title. Never printed in the full notice.
    #[serde(skip_serializing_if = "is_default")]
    pub poster_text: Text,
    /// Internal notes; never printed.
    #[serde(skip_serializing_if = "is_default")]
    pub notes: String,

    /// 1. The name of the register.
    #[serde(skip_serializing_if = "is_default")]
    pub name: Text,
    /// 2. The controller.
    #[serde(skip_serializing_if = "is_default")]
    pub controller: Controller,
    /// 3. Contact and responsible persons.
    #[serde(skip_serializing_if = "is_default")]
    pub contacts: Vec<ContactPerson>,
    /// What the notice says about contacting the controller in its own words, beyond the
    /// contact blocks ("Questions about this notice can be sent to ..."); printed under the
    /// contact persons' heading (section 3).
    #[serde(skip_serializing_if = "is_default")]
    pub contacts_details: Text,
    /// 4. The data protection officer.
    #[serde(skip_serializing_if = "is_default")]
    pub dpo: Contact,
    /// What the notice says about the DPO in its own words, beyond the contact block ("The
    /// DPO provides independent advice ..."); printed under the DPO's heading (section 4).
    #[serde(skip_serializing_if = "is_default")]
    pub dpo_details: Text,
    /// 5. Purposes, each with its legal bases.
    #[serde(skip_serializing_if = "is_default")]
    pub purposes: Vec<Purpose>,
    /// 5. What the notice says about the legal basis as a whole, in its own words.
    #[serde(skip_serializing_if = "is_default")]
    pub legal_basis_text: Text,
    /// 6. Categories of data subjects.
    #[serde(skip_serializing_if = "is_default")]
    pub subjects: Vec<Text>,
    /// 7. The data processed.
    #[serde(skip_serializing_if = "is_default")]
    pub data: DataContent,
    /// 8. Where the data come from.
    #[serde(skip_serializing_if = "is_default")]
    pub sources: Sources,
    /// 9. Recipients and regular disclosures.
    #[serde(skip_serializing_if = "is_default")]
    pub recipients: Recipients,
    /// 10. Processors (outsourced processing).
    #[serde(skip_serializing_if = "is_default")]
    pub processors: Processors,
    /// 11. Transfers outside the EU/EEA.
    #[serde(skip_serializing_if = "is_default")]
    pub transfers: Transfers,
    /// 12. Retention.
    #[serde(skip_serializing_if = "is_default")]
    pub retention: Retention,
    /// 13. Information systems and security.
    #[serde(skip_serializing_if = "is_default")]
    pub security: Security,
    /// 14. Automated decisions and profiling.
    #[serde(skip_serializing_if = "is_default")]
    pub automated: Automated,
    /// 15. The rights of the data subject.
    #[serde(skip_serializing_if = "is_default")]
    pub rights: Rights,
    /// 16. The right to complain and the supervisory authority.
    #[serde(skip_serializing_if = "is_default")]
    pub complaint: Complaint,
    /// 17. Whether providing the data is required (Art. 13(2)(e)).
    #[serde(skip_serializing_if = "is_default")]
    pub provision: Provision,
    /// 18. Cookies and analytics.
    #[serde(skip_serializing_if = "is_default")]
    pub cookies: Text,
    /// 19. Further sections, each a heading and a text, in order.
    #[serde(skip_serializing_if = "is_default")]
    pub extra: Vec<ExtraSection>,

    /// Print a short change log from [`history`](Register::history) at the end of the notice.
    #[serde(skip_serializing_if = "is_default")]
    pub change_log: bool,
    /// Drafted, checked and approved by; never printed on the notice.
    #[serde(skip_serializing_if = "is_default")]
    pub approvals: Approvals,
    /// The DPO's opinion; never printed on the notice.
    #[serde(skip_serializing_if = "is_default")]
    pub dpo_opinion: Opinion,
    /// The data protection impact assessment (Art. 35).
    #[serde(skip_serializing_if = "is_default")]
    pub dpia: Dpia,
    /// The published versions, oldest first (written by `seloste publish`).
    #[serde(skip_serializing_if = "is_default")]
    pub history: Vec<Version>,
    /// Internal, never printed: where an import put each block of its source, kept until
    /// the DPO marks the register reviewed (issue 18).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportRecord>,
}

impl Default for Register {
    fn default() -> Self {
        Register {
            format: FORMAT,
            id: String::new(),
            status: Status::default(),
            created: None,
            updated: None,
            next_review: None,
            department: Text::default(),
            tags: Vec::new(),
            languages: Vec::new(),
            public_url: String::new(),
            poster_text: Text::default(),
            notes: String::new(),
            name: Text::default(),
            controller: Controller::default(),
            contacts: Vec::new(),
            contacts_details: Text::default(),
            dpo: Contact::default(),
            dpo_details: Text::default(),
            purposes: Vec::new(),
            legal_basis_text: Text::default(),
            subjects: Vec::new(),
            data: DataContent::default(),
            sources: Sources::default(),
            recipients: Recipients::default(),
            processors: Processors::default(),
            transfers: Transfers::default(),
            retention: Retention::default(),
            security: Security::default(),
            automated: Automated::default(),
            rights: Rights::default(),
            complaint: Complaint::default(),
            provision: Provision::default(),
            cookies: Text::default(),
            extra: Vec::new(),
            change_log: false,
            approvals: Approvals::default(),
            dpo_opinion: Opinion::default(),
            dpia: Dpia::default(),
            history: Vec::new(),
            import: None,
        }
    }
}

impl Register {
    /// The languages the notice is published in; Finnish when none is declared.
    pub fn notice_languages(&self) -> Vec<Lang> {
        if self.languages.is_empty() { vec![Lang::Fi] } else { self.languages.clone() }
    }

    /// All legal bases used by any purpose, sorted and without repeats.
    pub fn legal_bases(&self) -> Vec<LegalBasis> {
        let mut all: Vec<LegalBasis> = self.purposes.iter().flat_map(|p| p.legal_bases.iter().copied()).collect();
        all.sort();
        all.dedup();
        all
    }

    /// True when the register lists `right`.
    pub fn lists_right(&self, right: Right) -> bool {
        self.rights.listed.iter().any(|r| r.right == right)
    }

    /// A new register that starts from the organisation profile.
    pub fn from_organisation(org: &Organisation) -> Register {
        Register {
            languages: org.languages.clone(),
            controller: org.controller.clone(),
            dpo: org.dpo.clone(),
            security: Security { systems: Vec::new(), ..org.security.clone() },
            complaint: Complaint { authority: org.authority.clone(), text: Text::default() },
            ..Register::default()
        }
    }
}

/// A postal and electronic contact block: a person, a unit or an organisation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Contact {
    /// Name of the person, or of the unit or organisation.
    #[serde(skip_serializing_if = "is_default")]
    pub name: Text,
    /// Job title or role (*Suunnittelija*).
    #[serde(skip_serializing_if = "is_default")]
    pub title: Text,
    /// Street address or PO box (*PL 800*).
    #[serde(skip_serializing_if = "is_default")]
    pub street: Text,
    /// Finnish postal code: five digits.
    #[serde(skip_serializing_if = "is_default")]
    pub postal_code: String,
    /// Post office (*Helsinki* / *Helsingfors*).
    #[serde(skip_serializing_if = "is_default")]
    pub city: Text,
    /// Telephone number as written.
    #[serde(skip_serializing_if = "is_default")]
    pub phone: String,
    /// E-mail address.
    #[serde(skip_serializing_if = "is_default")]
    pub email: String,
    /// Web address.
    #[serde(skip_serializing_if = "is_default")]
    pub web: String,
}

impl Contact {
    /// True when nothing at all is filled in.
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.title.is_empty()
            && self.street.is_empty()
            && self.postal_code.trim().is_empty()
            && self.city.is_empty()
            && self.phone.trim().is_empty()
            && self.email.trim().is_empty()
            && self.web.trim().is_empty()
    }

    /// True when there is a way to reach the contact: an address, a phone or an e-mail.
    pub fn has_channel(&self) -> bool {
        !self.phone.trim().is_empty() || !self.email.trim().is_empty() || !self.street.is_empty()
    }
}

/// The controller (*rekisterinpitäjä*).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Controller {
    /// Public authority or company: public-sector rules depend on it.
    #[serde(skip_serializing_if = "is_default")]
    pub kind: ControllerKind,
    /// The controller's name, address and registry contact.
    #[serde(skip_serializing_if = "is_default")]
    pub contact: Contact,
    /// The deciding body (*toimielin*, e.g. *Kaupunginhallitus*).
    #[serde(skip_serializing_if = "is_default")]
    pub body: Text,
    /// Business ID (*Y-tunnus*), `1234567-8`.
    #[serde(skip_serializing_if = "is_default")]
    pub business_id: String,
    /// Joint controllers (Art. 26).
    #[serde(skip_serializing_if = "is_default")]
    pub joint: Vec<JointController>,
    /// The essence of the joint-controller arrangement (Art. 26(2)).
    #[serde(skip_serializing_if = "is_default")]
    pub joint_arrangement: Text,
    /// What the notice says about the controller in its own words, beyond the contact
    /// block ("The service is provided by the City Executive Office."); printed under the
    /// controller's heading.
    #[serde(skip_serializing_if = "is_default")]
    pub details: Text,
}

/// A joint controller and its share of responsibility.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct JointController {
    /// Name and contact.
    #[serde(skip_serializing_if = "is_default")]
    pub contact: Contact,
    /// What this controller is responsible for.
    #[serde(skip_serializing_if = "is_default")]
    pub responsibility: Text,
}

/// A contact or responsible person of the register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ContactPerson {
    /// Contact person, responsible person or administrator.
    #[serde(skip_serializing_if = "is_default")]
    pub role: ContactRole,
    /// Name, title and how to reach them.
    #[serde(skip_serializing_if = "is_default")]
    pub contact: Contact,
}

/// A purpose of processing with its legal bases.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Purpose {
    /// What the data are processed for.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
    /// Art. 6(1) bases for this purpose.
    #[serde(skip_serializing_if = "is_default")]
    pub legal_bases: Vec<LegalBasis>,
    /// The law the basis rests on (for 6(1)(c) and (e), Art. 6(3)).
    #[serde(skip_serializing_if = "is_default")]
    pub law: Text,
    /// The legitimate interests pursued (required with 6(1)(f)).
    #[serde(skip_serializing_if = "is_default")]
    pub legitimate_interests: Text,
    /// The purpose is direct marketing (Art. 21(2)): the objection right must be stated.
    #[serde(skip_serializing_if = "is_default")]
    pub direct_marketing: bool,
    /// A short form of the description for the poster (the first layer of a layered
    /// notice); the poster prints the description when it is empty.
    #[serde(skip_serializing_if = "is_default")]
    pub poster_text: Text,
}

/// Section 7: the data processed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataContent {
    /// A lead-in text about the data, in the notice's own words.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
    /// The personal data categories.
    #[serde(skip_serializing_if = "is_default")]
    pub categories: Vec<DataCategory>,
    /// Are special categories (Art. 9) processed?
    #[serde(skip_serializing_if = "is_default")]
    pub special: Answer,
    /// The Art. 9(2) conditions relied on.
    #[serde(skip_serializing_if = "is_default")]
    pub special_conditions: Vec<SpecialCondition>,
    /// The national law (e.g. Tietosuojalaki 6 §) or other detail of the Art. 9(2) condition.
    #[serde(skip_serializing_if = "is_default")]
    pub special_text: Text,
    /// Are criminal convictions or offences (Art. 10) processed?
    #[serde(skip_serializing_if = "is_default")]
    pub criminal: Answer,
    /// The authority for processing criminal data.
    #[serde(skip_serializing_if = "is_default")]
    pub criminal_basis: Text,
    /// Is the personal identity code (*henkilötunnus*) processed?
    #[serde(skip_serializing_if = "is_default")]
    pub personal_id_code: Answer,
    /// Why the personal identity code may be processed (Tietosuojalaki 29 §).
    #[serde(skip_serializing_if = "is_default")]
    pub personal_id_basis: Text,
}

/// One category of personal data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DataCategory {
    /// Name of the category (*Yhteystiedot*).
    #[serde(skip_serializing_if = "is_default")]
    pub name: Text,
    /// What it contains (*nimi, osoite, puhelinnumero*).
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
    /// The Art. 9(1) kind, when the category is special.
    #[serde(skip_serializing_if = "is_default")]
    pub special: Option<SpecialKind>,
}

/// Section 8: sources of the data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sources {
    /// Do (some of) the data come from the data subject (Art. 13)?
    #[serde(skip_serializing_if = "is_default")]
    pub from_subject: Answer,
    /// Do (some of) the data come from elsewhere (Art. 14)?
    #[serde(skip_serializing_if = "is_default")]
    pub from_elsewhere: Answer,
    /// The other sources.
    #[serde(skip_serializing_if = "is_default")]
    pub list: Vec<Text>,
    /// The notice's own text on sources.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
}

/// Section 9: recipients and regular disclosures.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Recipients {
    /// Are data disclosed regularly? `No` prints "no regular disclosures".
    #[serde(skip_serializing_if = "is_default")]
    pub disclosures: Answer,
    /// Recipients and what they get.
    #[serde(skip_serializing_if = "is_default")]
    pub list: Vec<Recipient>,
    /// The notice's own text on disclosures.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
}

/// A recipient or recipient category.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Recipient {
    /// Who receives the data.
    #[serde(skip_serializing_if = "is_default")]
    pub name: Text,
    /// What data.
    #[serde(skip_serializing_if = "is_default")]
    pub data: Text,
    /// On what basis (e.g. a law).
    #[serde(skip_serializing_if = "is_default")]
    pub basis: Text,
}

/// Section 10: processors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Processors {
    /// Is processing outsourced (*toimeksianto, ostopalvelu*)?
    #[serde(skip_serializing_if = "is_default")]
    pub used: Answer,
    /// The processors.
    #[serde(skip_serializing_if = "is_default")]
    pub list: Vec<Processor>,
    /// The notice's own text on outsourcing.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
}

/// A processor (Art. 28).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Processor {
    /// Company name.
    #[serde(skip_serializing_if = "is_default")]
    pub name: String,
    /// What it does for the controller.
    #[serde(skip_serializing_if = "is_default")]
    pub task: Text,
    /// Is an Art. 28 processing agreement in place?
    #[serde(skip_serializing_if = "is_default")]
    pub agreement: Answer,
    /// The Art. 28(3) contract's reference (*sopimusnumero*) or a link to it.
    #[serde(skip_serializing_if = "is_default")]
    pub contract: String,
    /// When the contract was signed.
    #[serde(skip_serializing_if = "is_default")]
    pub signed: Option<Date>,
    /// When the contract ends (none: until further notice).
    #[serde(skip_serializing_if = "is_default")]
    pub ends: Option<Date>,
    /// Where the processor and its sub-processors process the data: ISO 3166-1 alpha-2 codes
    /// (`FI`, `US`) or country names; see [`eu_eea`].
    #[serde(skip_serializing_if = "is_default")]
    pub locations: Vec<String>,
}

/// Section 11: transfers outside the EU/EEA.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Transfers {
    /// Are data transferred outside the EU/EEA?
    #[serde(skip_serializing_if = "is_default")]
    pub answer: Answer,
    /// The transfers.
    #[serde(skip_serializing_if = "is_default")]
    pub list: Vec<Transfer>,
    /// The notice's own text on transfers.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
}

/// One transfer outside the EU/EEA.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Transfer {
    /// The country (or "international organisation").
    #[serde(skip_serializing_if = "is_default")]
    pub country: Text,
    /// Who receives the data.
    #[serde(skip_serializing_if = "is_default")]
    pub recipient: String,
    /// The safeguard.
    #[serde(skip_serializing_if = "is_default")]
    pub safeguard: Option<Safeguard>,
    /// How to get a copy of the safeguards, or other detail.
    #[serde(skip_serializing_if = "is_default")]
    pub details: Text,
}

/// Section 12: retention.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Retention {
    /// Periods per data category or purpose.
    #[serde(skip_serializing_if = "is_default")]
    pub rules: Vec<RetentionRule>,
    /// Overall period or the criteria used to set it.
    #[serde(skip_serializing_if = "is_default")]
    pub criteria: Text,
    /// Reference to the records management plan (*tiedonohjaussuunnitelma*).
    #[serde(skip_serializing_if = "is_default")]
    pub records_plan: Text,
}

/// A retention period for some of the data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RetentionRule {
    /// Which data (*Tallenteet*).
    #[serde(skip_serializing_if = "is_default")]
    pub data: Text,
    /// How long (*4 viikkoa tallennushetkestä*).
    #[serde(skip_serializing_if = "is_default")]
    pub period: Text,
}

/// Section 13: information systems and security principles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Security {
    /// The systems the data are kept in.
    #[serde(skip_serializing_if = "is_default")]
    pub systems: Vec<System>,
    /// Security of electronic material.
    #[serde(skip_serializing_if = "is_default")]
    pub electronic: Text,
    /// Security of manual (paper) material.
    #[serde(skip_serializing_if = "is_default")]
    pub manual: Text,
    /// Other security principles.
    #[serde(skip_serializing_if = "is_default")]
    pub general: Text,
}

/// An information system.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct System {
    /// Name of the system or application.
    #[serde(skip_serializing_if = "is_default")]
    pub name: String,
    /// Its vendor.
    #[serde(skip_serializing_if = "is_default")]
    pub vendor: String,
}

/// Section 14: automated decisions and profiling (Art. 22).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Automated {
    /// Are there automated decisions or profiling?
    #[serde(skip_serializing_if = "is_default")]
    pub answer: Answer,
    /// What is decided or profiled.
    #[serde(skip_serializing_if = "is_default")]
    pub description: Text,
    /// The logic involved.
    #[serde(skip_serializing_if = "is_default")]
    pub logic: Text,
    /// Significance and consequences for the data subject.
    #[serde(skip_serializing_if = "is_default")]
    pub consequences: Text,
}

/// Section 15: the rights of the data subject.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rights {
    /// The rights the notice lists, each with optional own wording.
    #[serde(skip_serializing_if = "is_default")]
    pub listed: Vec<RightEntry>,
    /// How to exercise the rights.
    #[serde(skip_serializing_if = "is_default")]
    pub how_to: Text,
}

/// A right listed in the notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightEntry {
    /// Which right.
    pub right: Right,
    /// The notice's own explanation; empty means the standard text.
    #[serde(default, skip_serializing_if = "is_default")]
    pub text: Text,
}

impl RightEntry {
    /// A right with the standard explanation.
    pub fn new(right: Right) -> Self {
        RightEntry { right, text: Text::default() }
    }
}

/// Section 16: complaint to the supervisory authority.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Complaint {
    /// The authority's contact block; empty means the current reference block of
    /// the Finnish Data Protection Ombudsman.
    #[serde(skip_serializing_if = "is_default")]
    pub authority: Contact,
    /// The notice's own wording of the complaint paragraph.
    #[serde(skip_serializing_if = "is_default")]
    pub text: Text,
}

/// Section 17: whether providing the data is required (Art. 13(2)(e)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Provision {
    /// Statutory, contractual, voluntary.
    #[serde(skip_serializing_if = "is_default")]
    pub requirement: Requirement,
    /// What follows from not giving the data, or the notice's own text.
    #[serde(skip_serializing_if = "is_default")]
    pub consequences: Text,
}

/// A further section with its own heading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExtraSection {
    /// The heading.
    #[serde(skip_serializing_if = "is_default")]
    pub heading: Text,
    /// The text.
    #[serde(skip_serializing_if = "is_default")]
    pub body: Text,
    /// Where the notice prints it: after the numbered sections (the default), or before
    /// them as an unnumbered introduction (text that stood before a notice's first heading).
    #[serde(skip_serializing_if = "is_default")]
    pub placement: ExtraPlacement,
}

/// Where an [`ExtraSection`] prints in the notice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExtraPlacement {
    /// After the numbered sections, numbered like them.
    #[default]
    AfterSections,
    /// Right under the title, before section 1, without a number: an introduction whose
    /// text may refer to what follows it.
    BeforeSections,
}

/// What the registers of one organisation share (`organisation.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Organisation {
    /// File format version; always first in the file.
    #[serde(default = "format_version")]
    pub format: u32,
    /// The controller.
    #[serde(skip_serializing_if = "is_default")]
    pub controller: Controller,
    /// The data protection officer.
    #[serde(skip_serializing_if = "is_default")]
    pub dpo: Contact,
    /// The supervisory authority; empty means the reference block.
    #[serde(skip_serializing_if = "is_default")]
    pub authority: Contact,
    /// Standard security texts.
    #[serde(skip_serializing_if = "is_default")]
    pub security: Security,
    /// The languages the organisation publishes in (fi and sv for a bilingual municipality).
    #[serde(skip_serializing_if = "is_default")]
    pub languages: Vec<Lang>,
}

impl Default for Organisation {
    fn default() -> Self {
        Organisation {
            format: FORMAT,
            controller: Controller::default(),
            dpo: Contact::default(),
            authority: Contact::default(),
            security: Security::default(),
            languages: Vec::new(),
        }
    }
}
