//! [`FieldPath`]: the one identity of a field of a register, used by findings, forms (marks
//! and focus), the importer's targets, `diff` and the organisation-wide edits.
//!
//! A path is typed data: one enum per struct of the model, one variant per field, in file
//! order, with list indices and the language of a text as payloads. It is written and read
//! in the serde field names of the model, e.g. `purposes[1].legal_bases`, `name.fi`,
//! `controller.contact.email`, `rights.listed[5]`; [`FieldPath::from_str`] is the only
//! place such a string is read, and it accepts exactly the strings [`Display`](fmt::Display)
//! writes. The derived order is file order, with list indices in numeric order
//! (`purposes[2]` before `purposes[10]`), a field before the fields inside it.

use super::{Lang, Section};
use std::fmt;

/// How one part of a path is written, read and compared (a private trait of this module).
trait Step: Sized + Copy {
    /// Writes the part with its leading `.` or `[`; nothing for an empty part.
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    /// Reads the part from the rest of a path (starting with `.` or `[`, or empty).
    fn read(rest: &str) -> Option<Self>;
    /// The same path in `lang`, when it ends at a localized text.
    fn with_lang(self, lang: Lang) -> Self;
    /// The language, when the path names one language of a text.
    fn lang(&self) -> Option<Lang>;
    /// True when `self` is `outer` or lies inside it.
    fn within(&self, outer: &Self) -> bool;
    /// For an absent part: the part naming `lang` (only a text's language has one).
    fn absent_with_lang(_lang: Lang) -> Option<Self> {
        None
    }
}

impl Step for () {
    fn write(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
    fn read(rest: &str) -> Option<Self> {
        rest.is_empty().then_some(())
    }
    fn with_lang(self, _: Lang) -> Self {}
    fn lang(&self) -> Option<Lang> {
        None
    }
    fn within(&self, _: &Self) -> bool {
        true
    }
}

impl Step for Lang {
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, ".{}", self.code())
    }
    fn read(rest: &str) -> Option<Self> {
        Lang::ALL.into_iter().find(|l| rest.strip_prefix('.') == Some(l.code()))
    }
    fn with_lang(self, lang: Lang) -> Self {
        lang
    }
    fn lang(&self) -> Option<Lang> {
        Some(*self)
    }
    fn within(&self, outer: &Self) -> bool {
        self == outer
    }
    fn absent_with_lang(lang: Lang) -> Option<Self> {
        Some(lang)
    }
}

impl<T: Step> Step for Option<T> {
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().map_or(Ok(()), |t| t.write(f))
    }
    fn read(rest: &str) -> Option<Self> {
        if rest.is_empty() { Some(None) } else { T::read(rest).map(Some) }
    }
    fn with_lang(self, lang: Lang) -> Self {
        match self {
            Some(t) => Some(t.with_lang(lang)),
            None => T::absent_with_lang(lang),
        }
    }
    fn lang(&self) -> Option<Lang> {
        self.as_ref().and_then(Step::lang)
    }
    fn within(&self, outer: &Self) -> bool {
        match (self, outer) {
            (_, None) => true,
            (Some(a), Some(b)) => a.within(b),
            (None, Some(_)) => false,
        }
    }
}

/// A list field: the whole list, or one item (and a part of it).
///
/// `T` is `()` for a list of plain values (`tags[2]`), `Option<Lang>` for a list of texts
/// (`subjects[1].fi`) and `Option<F>` for a list of structs (`purposes[1].legal_bases`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List<T> {
    /// The list as a whole (`purposes`).
    All,
    /// The item at a 0-based index, and the part of it.
    Item(usize, T),
}

impl<T: Default> List<T> {
    /// The item at `index` as a whole (`purposes[1]`).
    pub fn at(index: usize) -> Self {
        List::Item(index, T::default())
    }
}

impl<F> List<Option<F>> {
    /// A part of the item at `index` (`purposes[1].legal_bases`).
    pub fn field(index: usize, part: F) -> Self {
        List::Item(index, Some(part))
    }
}

impl<T: Step> Step for List<T> {
    fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            List::All => Ok(()),
            List::Item(i, t) => {
                write!(f, "[{i}]")?;
                t.write(f)
            }
        }
    }
    fn read(rest: &str) -> Option<Self> {
        if rest.is_empty() {
            return Some(List::All);
        }
        let (digits, after) = rest.strip_prefix('[')?.split_once(']')?;
        let canonical = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        if !canonical {
            return None;
        }
        Some(List::Item(digits.parse().ok()?, T::read(after)?))
    }
    fn with_lang(self, lang: Lang) -> Self {
        match self {
            List::All => List::All,
            List::Item(i, t) => List::Item(i, t.with_lang(lang)),
        }
    }
    fn lang(&self) -> Option<Lang> {
        match self {
            List::All => None,
            List::Item(_, t) => t.lang(),
        }
    }
    fn within(&self, outer: &Self) -> bool {
        match (self, outer) {
            (_, List::All) => true,
            (List::Item(i, a), List::Item(j, b)) => i == j && a.within(b),
            (List::All, List::Item(..)) => false,
        }
    }
}

/// Declares the path enum of one struct of the model: `Variant = "serde_name"` for a plain
/// field, `Variant(Payload) = "serde_name"` for a text, a list or a nested struct.
macro_rules! node {
    ($(#[$m:meta])* $name:ident { $( $(#[$vm:meta])* $var:ident $(($ty:ty))? = $s:literal, )* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $( $(#[$vm])* $var $(($ty))?, )* }

        impl $name {
            fn write_named(&self, f: &mut fmt::Formatter<'_>, dot: bool) -> fmt::Result {
                if dot {
                    f.write_str(".")?;
                }
                match self {
                    $( node!(@pat $name $var x $($ty)?) => {
                        f.write_str($s)?;
                        node!(@write x f $($ty)?)
                    } )*
                }
            }

            fn read_named(s: &str) -> Option<Self> {
                let end = s.find(['.', '[']).unwrap_or(s.len());
                let (head, rest) = s.split_at(end);
                match head {
                    $( $s => node!(@read $name $var rest $($ty)?), )*
                    _ => None,
                }
            }
        }

        impl Step for $name {
            fn write(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.write_named(f, true)
            }
            fn read(rest: &str) -> Option<Self> {
                rest.strip_prefix('.').and_then(Self::read_named)
            }
            #[allow(unused_variables)]
            fn with_lang(self, lang: Lang) -> Self {
                match self {
                    $( node!(@pat $name $var x $($ty)?) => node!(@lang $name $var x lang $($ty)?), )*
                }
            }
            fn lang(&self) -> Option<Lang> {
                match self {
                    $( node!(@pat $name $var x $($ty)?) => node!(@getlang x $($ty)?), )*
                }
            }
            #[allow(unreachable_patterns)]
            fn within(&self, outer: &Self) -> bool {
                match (self, outer) {
                    $( (node!(@pat $name $var x $($ty)?), node!(@pat $name $var y $($ty)?)) => node!(@within x y $($ty)?), )*
                    _ => false,
                }
            }
        }
    };
    (@pat $name:ident $var:ident $x:ident) => { $name::$var };
    (@pat $name:ident $var:ident $x:ident $ty:ty) => { $name::$var($x) };
    (@write $x:ident $f:ident) => { Ok(()) };
    (@write $x:ident $f:ident $ty:ty) => { Step::write($x, $f) };
    (@read $name:ident $var:ident $rest:ident) => { $rest.is_empty().then_some($name::$var) };
    (@read $name:ident $var:ident $rest:ident $ty:ty) => { <$ty as Step>::read($rest).map($name::$var) };
    (@lang $name:ident $var:ident $x:ident $lang:ident) => { $name::$var };
    (@lang $name:ident $var:ident $x:ident $lang:ident $ty:ty) => { $name::$var(Step::with_lang($x, $lang)) };
    (@getlang $x:ident) => { None };
    (@getlang $x:ident $ty:ty) => { Step::lang($x) };
    (@within $x:ident $y:ident) => { true };
    (@within $x:ident $y:ident $ty:ty) => { Step::within($x, $y) };
}

/// A localized text: the whole text (`None`) or one language of it.
pub type TextPart = Option<Lang>;

node! {
    /// A field of a register (the root of every path). Each variant is a field of
    /// [`Register`](super::Register), in file order.
    FieldPath {
        /// `format`.
        Format = "format",
        /// `id`.
        Id = "id",
        /// `status`.
        Status = "status",
        /// `created`.
        Created = "created",
        /// `updated`.
        Updated = "updated",
        /// `next_review`.
        NextReview = "next_review",
        /// `department` (a text).
        Department(TextPart) = "department",
        /// `tags`.
        Tags(List<()>) = "tags",
        /// `languages`.
        Languages(List<()>) = "languages",
        /// `public_url`.
        PublicUrl = "public_url",
        /// `poster_text` (a text).
        PosterText(TextPart) = "poster_text",
        /// `notes`.
        Notes = "notes",
        /// `name` (a text).
        Name(TextPart) = "name",
        /// `controller`.
        Controller(Option<ControllerField>) = "controller",
        /// `contacts`.
        Contacts(List<Option<ContactPersonField>>) = "contacts",
        /// `contacts_details` (a text).
        ContactsDetails(TextPart) = "contacts_details",
        /// `dpo`.
        Dpo(Option<ContactField>) = "dpo",
        /// `dpo_details` (a text).
        DpoDetails(TextPart) = "dpo_details",
        /// `purposes`.
        Purposes(List<Option<PurposeField>>) = "purposes",
        /// `legal_basis_text` (a text).
        LegalBasisText(TextPart) = "legal_basis_text",
        /// `subjects` (a list of texts).
        Subjects(List<TextPart>) = "subjects",
        /// `data`.
        Data(Option<DataField>) = "data",
        /// `sources`.
        Sources(Option<SourcesField>) = "sources",
        /// `recipients`.
        Recipients(Option<RecipientsField>) = "recipients",
        /// `processors`.
        Processors(Option<ProcessorsField>) = "processors",
        /// `transfers`.
        Transfers(Option<TransfersField>) = "transfers",
        /// `retention`.
        Retention(Option<RetentionField>) = "retention",
        /// `security`.
        Security(Option<SecurityField>) = "security",
        /// `automated`.
        Automated(Option<AutomatedField>) = "automated",
        /// `rights`.
        Rights(Option<RightsField>) = "rights",
        /// `complaint`.
        Complaint(Option<ComplaintField>) = "complaint",
        /// `provision`.
        Provision(Option<ProvisionField>) = "provision",
        /// `cookies` (a text).
        Cookies(TextPart) = "cookies",
        /// `extra`.
        Extra(List<Option<ExtraField>>) = "extra",
        /// `change_log`.
        ChangeLog = "change_log",
        /// `approvals`.
        Approvals(Option<ApprovalsField>) = "approvals",
        /// `dpo_opinion`.
        DpoOpinion(Option<OpinionField>) = "dpo_opinion",
        /// `dpia`.
        Dpia(Option<DpiaField>) = "dpia",
        /// `history`.
        History(List<Option<VersionField>>) = "history",
    }
}

node! {
    /// A field of the [`Approvals`](super::Approvals).
    ApprovalsField {
        /// `drafted`.
        Drafted(Option<ApprovalField>) = "drafted",
        /// `checked`.
        Checked(Option<ApprovalField>) = "checked",
        /// `approved`.
        Approved(Option<ApprovalField>) = "approved",
    }
}

node! {
    /// A field of an [`Approval`](super::Approval).
    ApprovalField {
        /// `name`.
        Name = "name",
        /// `title`.
        Title = "title",
        /// `date`.
        Date = "date",
    }
}

node! {
    /// A field of the DPO's [`Opinion`](super::Opinion).
    OpinionField {
        /// `text`.
        Text = "text",
        /// `date`.
        Date = "date",
    }
}

node! {
    /// A field of the [`Dpia`](super::Dpia).
    DpiaField {
        /// `required`.
        Required = "required",
        /// `reason`.
        Reason = "reason",
        /// `reference`.
        Reference = "reference",
        /// `date`.
        Date = "date",
    }
}

node! {
    /// A field of a history [`Version`](super::Version).
    VersionField {
        /// `version`.
        Version = "version",
        /// `date`.
        Date = "date",
        /// `by`.
        By = "by",
        /// `note`.
        Note = "note",
        /// `approved`.
        Approved = "approved",
        /// `changed`.
        Changed(List<()>) = "changed",
        /// `forced`.
        Forced = "forced",
        /// `snapshot`.
        Snapshot = "snapshot",
        /// `sha256`.
        Sha256 = "sha256",
    }
}

node! {
    /// A field of a [`Contact`](super::Contact) block.
    ContactField {
        /// `name` (a text).
        Name(TextPart) = "name",
        /// `title` (a text).
        Title(TextPart) = "title",
        /// `street` (a text).
        Street(TextPart) = "street",
        /// `postal_code`.
        PostalCode = "postal_code",
        /// `city` (a text).
        City(TextPart) = "city",
        /// `phone`.
        Phone = "phone",
        /// `email`.
        Email = "email",
        /// `web`.
        Web = "web",
    }
}

node! {
    /// A field of the [`Controller`](super::Controller).
    ControllerField {
        /// `kind`.
        Kind = "kind",
        /// `contact`.
        Contact(Option<ContactField>) = "contact",
        /// `body` (a text).
        Body(TextPart) = "body",
        /// `business_id`.
        BusinessId = "business_id",
        /// `joint`.
        Joint(List<Option<JointField>>) = "joint",
        /// `joint_arrangement` (a text).
        JointArrangement(TextPart) = "joint_arrangement",
        /// `details` (a text).
        Details(TextPart) = "details",
    }
}

node! {
    /// A field of a [`JointController`](super::JointController).
    JointField {
        /// `contact`.
        Contact(Option<ContactField>) = "contact",
        /// `responsibility` (a text).
        Responsibility(TextPart) = "responsibility",
    }
}

node! {
    /// A field of a [`ContactPerson`](super::ContactPerson).
    ContactPersonField {
        /// `role`.
        Role = "role",
        /// `contact`.
        Contact(Option<ContactField>) = "contact",
    }
}

node! {
    /// A field of a [`Purpose`](super::Purpose).
    PurposeField {
        /// `description` (a text).
        Description(TextPart) = "description",
        /// `legal_bases`.
        LegalBases(List<()>) = "legal_bases",
        /// `law` (a text).
        Law(TextPart) = "law",
        /// `legitimate_interests` (a text).
        LegitimateInterests(TextPart) = "legitimate_interests",
        /// `direct_marketing`.
        DirectMarketing = "direct_marketing",
        /// `poster_text` (a text).
        PosterText(TextPart) = "poster_text",
    }
}

node! {
    /// A field of the [`DataContent`](super::DataContent).
    DataField {
        /// `description` (a text).
        Description(TextPart) = "description",
        /// `categories`.
        Categories(List<Option<CategoryField>>) = "categories",
        /// `special`.
        Special = "special",
        /// `special_conditions`.
        SpecialConditions(List<()>) = "special_conditions",
        /// `special_text` (a text).
        SpecialText(TextPart) = "special_text",
        /// `criminal`.
        Criminal = "criminal",
        /// `criminal_basis` (a text).
        CriminalBasis(TextPart) = "criminal_basis",
        /// `personal_id_code`.
        PersonalIdCode = "personal_id_code",
        /// `personal_id_basis` (a text).
        PersonalIdBasis(TextPart) = "personal_id_basis",
    }
}

node! {
    /// A field of a [`DataCategory`](super::DataCategory).
    CategoryField {
        /// `name` (a text).
        Name(TextPart) = "name",
        /// `description` (a text).
        Description(TextPart) = "description",
        /// `special`.
        Special = "special",
    }
}

node! {
    /// A field of the [`Sources`](super::Sources).
    SourcesField {
        /// `from_subject`.
        FromSubject = "from_subject",
        /// `from_elsewhere`.
        FromElsewhere = "from_elsewhere",
        /// `list` (a list of texts).
        List(List<TextPart>) = "list",
        /// `description` (a text).
        Description(TextPart) = "description",
    }
}

node! {
    /// A field of the [`Recipients`](super::Recipients).
    RecipientsField {
        /// `disclosures`.
        Disclosures = "disclosures",
        /// `list`.
        List(List<Option<RecipientField>>) = "list",
        /// `description` (a text).
        Description(TextPart) = "description",
    }
}

node! {
    /// A field of a [`Recipient`](super::Recipient).
    RecipientField {
        /// `name` (a text).
        Name(TextPart) = "name",
        /// `data` (a text).
        Data(TextPart) = "data",
        /// `basis` (a text).
        Basis(TextPart) = "basis",
    }
}

node! {
    /// A field of the [`Processors`](super::Processors).
    ProcessorsField {
        /// `used`.
        Used = "used",
        /// `list`.
        List(List<Option<ProcessorField>>) = "list",
        /// `description` (a text).
        Description(TextPart) = "description",
    }
}

node! {
    /// A field of a [`Processor`](super::Processor).
    ProcessorField {
        /// `name`.
        Name = "name",
        /// `task` (a text).
        Task(TextPart) = "task",
        /// `agreement`.
        Agreement = "agreement",
        /// `contract`.
        Contract = "contract",
        /// `signed`.
        Signed = "signed",
        /// `ends`.
        Ends = "ends",
        /// `locations`.
        Locations(List<()>) = "locations",
    }
}

node! {
    /// A field of the [`Transfers`](super::Transfers).
    TransfersField {
        /// `answer`.
        Answer = "answer",
        /// `list`.
        List(List<Option<TransferField>>) = "list",
        /// `description` (a text).
        Description(TextPart) = "description",
    }
}

node! {
    /// A field of a [`Transfer`](super::Transfer).
    TransferField {
        /// `country` (a text).
        Country(TextPart) = "country",
        /// `recipient`.
        Recipient = "recipient",
        /// `safeguard`.
        Safeguard = "safeguard",
        /// `details` (a text).
        Details(TextPart) = "details",
    }
}

node! {
    /// A field of the [`Retention`](super::Retention).
    RetentionField {
        /// `rules`.
        Rules(List<Option<RetentionRuleField>>) = "rules",
        /// `criteria` (a text).
        Criteria(TextPart) = "criteria",
        /// `records_plan` (a text).
        RecordsPlan(TextPart) = "records_plan",
    }
}

node! {
    /// A field of a [`RetentionRule`](super::RetentionRule).
    RetentionRuleField {
        /// `data` (a text).
        Data(TextPart) = "data",
        /// `period` (a text).
        Period(TextPart) = "period",
    }
}

node! {
    /// A field of the [`Security`](super::Security).
    SecurityField {
        /// `systems`.
        Systems(List<Option<SystemField>>) = "systems",
        /// `electronic` (a text).
        Electronic(TextPart) = "electronic",
        /// `manual` (a text).
        Manual(TextPart) = "manual",
        /// `general` (a text).
        General(TextPart) = "general",
    }
}

node! {
    /// A field of a [`System`](super::System).
    SystemField {
        /// `name`.
        Name = "name",
        /// `vendor`.
        Vendor = "vendor",
    }
}

node! {
    /// A field of the [`Automated`](super::Automated).
    AutomatedField {
        /// `answer`.
        Answer = "answer",
        /// `description` (a text).
        Description(TextPart) = "description",
        /// `logic` (a text).
        Logic(TextPart) = "logic",
        /// `consequences` (a text).
        Consequences(TextPart) = "consequences",
    }
}

node! {
    /// A field of the [`Rights`](super::Rights).
    RightsField {
        /// `listed`.
        Listed(List<Option<RightEntryField>>) = "listed",
        /// `how_to` (a text).
        HowTo(TextPart) = "how_to",
    }
}

node! {
    /// A field of a [`RightEntry`](super::RightEntry).
    RightEntryField {
        /// `right`.
        Right = "right",
        /// `text` (a text).
        Text(TextPart) = "text",
    }
}

node! {
    /// A field of the [`Complaint`](super::Complaint).
    ComplaintField {
        /// `authority`.
        Authority(Option<ContactField>) = "authority",
        /// `text` (a text).
        Text(TextPart) = "text",
    }
}

node! {
    /// A field of the [`Provision`](super::Provision).
    ProvisionField {
        /// `requirement`.
        Requirement = "requirement",
        /// `consequences` (a text).
        Consequences(TextPart) = "consequences",
    }
}

node! {
    /// A field of an [`ExtraSection`](super::ExtraSection).
    ExtraField {
        /// `heading` (a text).
        Heading(TextPart) = "heading",
        /// `body` (a text).
        Body(TextPart) = "body",
    }
}

impl FieldPath {
    /// The section of the register (and of the form) the field belongs to.
    pub fn section(self) -> Section {
        use FieldPath as P;
        match self {
            P::Format
            | P::Id
            | P::Status
            | P::Created
            | P::Updated
            | P::NextReview
            | P::Department(_)
            | P::Tags(_)
            | P::Languages(_)
            | P::PublicUrl
            | P::PosterText(_)
            | P::Notes
            | P::ChangeLog
            | P::Approvals(_)
            | P::DpoOpinion(_)
            | P::Dpia(_)
            | P::History(_) => Section::Meta,
            P::Name(_) => Section::Name,
            P::Controller(_) => Section::Controller,
            P::Contacts(_) | P::ContactsDetails(_) => Section::Contacts,
            P::Dpo(_) | P::DpoDetails(_) => Section::Dpo,
            P::Purposes(_) | P::LegalBasisText(_) => Section::Purposes,
            P::Subjects(_) => Section::Subjects,
            P::Data(_) => Section::Data,
            P::Sources(_) => Section::Sources,
            P::Recipients(_) => Section::Recipients,
            P::Processors(_) => Section::Processors,
            P::Transfers(_) => Section::Transfers,
            P::Retention(_) => Section::Retention,
            P::Security(_) => Section::Security,
            P::Automated(_) => Section::Automated,
            P::Rights(_) => Section::Rights,
            P::Complaint(_) => Section::Complaint,
            P::Provision(_) => Section::Provision,
            P::Cookies(_) => Section::Cookies,
            P::Extra(_) => Section::Extra,
        }
    }

    /// The same path in one language (`name` → `name.sv`), when it names a localized text;
    /// any other path is returned unchanged.
    pub fn in_lang(self, lang: Lang) -> FieldPath {
        Step::with_lang(self, lang)
    }

    /// The language, when the path names one language of a text (`name.sv` → `sv`).
    pub fn lang(self) -> Option<Lang> {
        Step::lang(&self)
    }

    /// True when this path is `outer` or names a field inside it (`dpo.email` is within
    /// `dpo`; `purposes[1].law` is within `purposes` and `purposes[1]`, not `purposes[2]`).
    pub fn is_within(self, outer: FieldPath) -> bool {
        Step::within(&self, &outer)
    }
}

mod text;
pub use text::{FieldPathError, PathStep};

#[cfg(test)]
mod tests;
