//! Validation: a pure function from a register (and the organisation profile) to findings
//! (DESIGN.md section 3, GDPR-REFERENCE.md section 2).
//!
//! Each concern has its own file, each rule a stable id ([`Rule`]) and a test with a register
//! that breaks it and one that does not:
//! - `required`: required content (errors), completeness per section;
//! - `conditional`: cross-field rules (bases against interests, rights, transfers, ...);
//! - [`rights`]: which rights apply under which legal bases (also used by the notice builder);
//! - `format`: e-mail, phone, postal code, business ID, dates;
//! - `text`: wording: vague retention, placeholders, unfinished text, imported residue,
//!   contradictions between the yes/no answers and the prose;
//! - `language`: every declared notice language filled in.
//!
//! All free texts are scanned once per validation (`scan.rs`: one pass per language version,
//! keywords looked up in a table, no regular expressions) and the text rules read the result,
//! so adding a text rule costs a table entry, not another pass. A seed-sized register takes
//! about 50-85 µs (`cargo bench --bench validate`).

pub mod account;
mod conditional;
mod detail;
mod format;
mod hygiene;
mod language;
mod messages;
mod required;
pub mod rights;
mod rules;
mod scan;
mod text;

#[cfg(test)]
mod testutil;
#[cfg(test)]
pub(crate) use testutil::complete as complete_register_for_tests;
#[cfg(test)]
pub(crate) use testutil::full as full_register_for_tests;

pub use account::{SnapshotState, snapshot_findings};
pub use detail::{Detail, DpiaTrigger, Unfinished};
pub use rights::{Applicability, RightsTable, applicable_rights, register_rights};

use crate::model::{
    AutomatedField as Au, CategoryField, ComplaintField, ContactField as Cf, ContactPersonField, ControllerField,
    DataField, Date, ExtraField, FieldPath as P, JointField, Lang, List, Organisation, ProcessorField, ProcessorsField,
    ProvisionField, PurposeField, RecipientField, RecipientsField, Register, RetentionField, RetentionRuleField,
    RightEntryField, RightsField, Section, SecurityField, SourcesField, Text, TransferField, TransfersField,
    {Contact, ControllerKind},
};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The notice is unlawful or misleading without a fix.
    Error,
    /// Likely wrong.
    Warning,
    /// Worth a look.
    Hint,
}

impl Severity {
    /// `error`, `warning`, `hint`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// A rule of the catalogue: its id, usual severity, legal reference, section and what it
/// checks. Every rule is a static declared once in `rules.rs`.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case id, e.g. `dpo-missing`.
    pub id: &'static str,
    /// The usual severity; a few rules choose per finding (e.g. by controller kind).
    pub severity: Severity,
    /// The GDPR or Finnish law reference.
    pub article: &'static str,
    /// One line in English on what the rule checks.
    pub summary: &'static str,
    /// The section the rule's findings are in; `None` for rules over every text or every
    /// contact block (their findings are in the section of their path).
    pub section: Option<Section>,
}

/// One problem found in a register: plain data, rendered in a language by [`Finding::message`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule, e.g. `dpo-missing`.
    pub rule: &'static Rule,
    /// Error, warning or hint (usually the rule's; a few rules choose per finding).
    pub severity: Severity,
    /// The field, e.g. `purposes[1].legal_bases` (a text in one language ends with `.fi`,
    /// `.sv` or `.en`).
    pub path: P,
    /// What was found, with the data the message needs.
    pub detail: Detail,
}

impl Finding {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        messages::message(&self.detail, lang)
    }

    /// The section of the register the path belongs to (for marks and counts per section).
    pub fn section(&self) -> Section {
        self.path.section()
    }
}

/// Every rule the validator knows, in catalogue order.
pub fn catalogue() -> &'static [&'static Rule] {
    rules::ALL
}

/// Validates a register as of `today` (for dates in the future, review dates passed, ...).
/// The organisation profile supplies defaults where a rule needs them (the controller kind,
/// the organisation's publication languages). Pure: the caller reads the clock.
/// Findings come sorted by section, then severity, then path (in file order), then rule.
pub fn validate_at(register: &Register, org: Option<&Organisation>, today: Date) -> Vec<Finding> {
    let ctx = Ctx::new(register, org, today);
    let mut out = Out::default();
    required::check(&ctx, &mut out);
    conditional::check(&ctx, &mut out);
    format::check(&ctx, &mut out);
    text::check(&ctx, &mut out);
    language::check(&ctx, &mut out);
    hygiene::check(&ctx, &mut out);
    account::check(&ctx, &mut out);
    let mut findings = out.list;
    sort_findings(&mut findings);
    findings
}

/// Sorts findings as [`validate_at`] returns them: by section, severity, path (in file
/// order), then rule; for a shell that adds findings of its own (e.g. [`snapshot_findings`]).
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        a.section()
            .cmp(&b.section())
            .then(a.severity.cmp(&b.severity))
            .then(a.path.cmp(&b.path))
            .then(a.rule.id.cmp(b.rule.id))
    });
}

/// What every rule may read: the register, the profile, today, and the scanned texts.
pub(crate) struct Ctx<'a> {
    pub(crate) reg: &'a Register,
    pub(crate) org: Option<&'a Organisation>,
    /// The controller kind, from the register or else the organisation profile.
    pub(crate) kind: ControllerKind,
    pub(crate) today: Date,
    /// The declared notice languages (Finnish when none).
    pub(crate) langs: Vec<Lang>,
    /// Every localized text of the register with its path.
    pub(crate) texts: Vec<TextField<'a>>,
    /// One scan per non-empty language version of a text.
    pub(crate) scans: Vec<scan::Scan>,
}

impl<'a> Ctx<'a> {
    fn new(reg: &'a Register, org: Option<&'a Organisation>, today: Date) -> Ctx<'a> {
        let kind = match (reg.controller.kind, org) {
            (ControllerKind::Unspecified, Some(org)) => org.controller.kind,
            (kind, _) => kind,
        };
        let texts = walk_texts(reg);
        let scans = scan::scan_all(&texts);
        Ctx { reg, org, kind, today, langs: reg.notice_languages(), texts, scans }
    }
}

/// What a text is: decides the language and unfinished-text rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Prose: must exist in every declared language.
    Prose,
    /// Prose that the notice follows with a structured list (a description before its
    /// items), so it may end at a colon.
    Lead,
    /// A heading: translated, but a question or a colon is normal there.
    Heading,
    /// A name or an address: may fall back to another language.
    Name,
}

impl Kind {
    /// A lead-in when `list` has items, else plain prose.
    fn lead_if(list: bool) -> Kind {
        if list { Kind::Lead } else { Kind::Prose }
    }
}

/// A localized text of the register and where it is.
pub(crate) struct TextField<'a> {
    /// The text's path, without a language.
    pub(crate) path: P,
    pub(crate) text: &'a Text,
    pub(crate) kind: Kind,
}

/// Every [`Text`] of the register, in file order.
fn walk_texts<'a>(reg: &'a Register) -> Vec<TextField<'a>> {
    let mut out: Vec<TextField<'a>> = Vec::with_capacity(64);
    let mut t = |path: P, text: &'a Text, kind: Kind| {
        if !text.is_empty() {
            out.push(TextField { path, text, kind });
        }
    };
    t(P::Department(None), &reg.department, Kind::Name);
    t(P::Name(None), &reg.name, Kind::Prose);
    t(P::PosterText(None), &reg.poster_text, Kind::Prose);
    let c = |f: ControllerField| P::Controller(Some(f));
    walk_contact(&|f| c(ControllerField::Contact(f)), &reg.controller.contact, &mut t);
    t(c(ControllerField::Body(None)), &reg.controller.body, Kind::Name);
    for (i, j) in reg.controller.joint.iter().enumerate() {
        let jf = |f: JointField| c(ControllerField::Joint(List::field(i, f)));
        walk_contact(&|f| jf(JointField::Contact(f)), &j.contact, &mut t);
        t(jf(JointField::Responsibility(None)), &j.responsibility, Kind::Prose);
    }
    t(c(ControllerField::JointArrangement(None)), &reg.controller.joint_arrangement, Kind::Prose);
    t(c(ControllerField::Details(None)), &reg.controller.details, Kind::Prose);
    for (i, p) in reg.contacts.iter().enumerate() {
        walk_contact(&|f| P::Contacts(List::field(i, ContactPersonField::Contact(f))), &p.contact, &mut t);
    }
    t(P::ContactsDetails(None), &reg.contacts_details, Kind::Prose);
    walk_contact(&P::Dpo, &reg.dpo, &mut t);
    t(P::DpoDetails(None), &reg.dpo_details, Kind::Prose);
    for (i, p) in reg.purposes.iter().enumerate() {
        let pf = |f: PurposeField| P::Purposes(List::field(i, f));
        t(pf(PurposeField::Description(None)), &p.description, Kind::Prose);
        t(pf(PurposeField::Law(None)), &p.law, Kind::Prose);
        t(pf(PurposeField::LegitimateInterests(None)), &p.legitimate_interests, Kind::Prose);
        t(pf(PurposeField::PosterText(None)), &p.poster_text, Kind::Prose);
    }
    let bases = reg.purposes.iter().any(|p| !p.legal_bases.is_empty());
    t(P::LegalBasisText(None), &reg.legal_basis_text, Kind::lead_if(bases));
    for (i, s) in reg.subjects.iter().enumerate() {
        t(P::Subjects(List::at(i)), s, Kind::Prose);
    }
    let d = |f: DataField| P::Data(Some(f));
    t(d(DataField::Description(None)), &reg.data.description, Kind::lead_if(!reg.data.categories.is_empty()));
    for (i, cat) in reg.data.categories.iter().enumerate() {
        let cf = |f: CategoryField| d(DataField::Categories(List::field(i, f)));
        t(cf(CategoryField::Name(None)), &cat.name, Kind::Prose);
        t(cf(CategoryField::Description(None)), &cat.description, Kind::Prose);
    }
    t(d(DataField::SpecialText(None)), &reg.data.special_text, Kind::Prose);
    t(d(DataField::CriminalBasis(None)), &reg.data.criminal_basis, Kind::Prose);
    t(d(DataField::PersonalIdBasis(None)), &reg.data.personal_id_basis, Kind::Prose);
    let s = |f: SourcesField| P::Sources(Some(f));
    for (i, src) in reg.sources.list.iter().enumerate() {
        t(s(SourcesField::List(List::at(i))), src, Kind::Prose);
    }
    t(s(SourcesField::Description(None)), &reg.sources.description, Kind::lead_if(!reg.sources.list.is_empty()));
    let r = |f: RecipientsField| P::Recipients(Some(f));
    for (i, rec) in reg.recipients.list.iter().enumerate() {
        let rf = |f: RecipientField| r(RecipientsField::List(List::field(i, f)));
        t(rf(RecipientField::Name(None)), &rec.name, Kind::Prose);
        t(rf(RecipientField::Data(None)), &rec.data, Kind::Prose);
        t(rf(RecipientField::Basis(None)), &rec.basis, Kind::Prose);
    }
    let lead = Kind::lead_if(!reg.recipients.list.is_empty());
    t(r(RecipientsField::Description(None)), &reg.recipients.description, lead);
    let pr = |f: ProcessorsField| P::Processors(Some(f));
    for (i, proc_) in reg.processors.list.iter().enumerate() {
        t(pr(ProcessorsField::List(List::field(i, ProcessorField::Task(None)))), &proc_.task, Kind::Prose);
    }
    let lead = Kind::lead_if(!reg.processors.list.is_empty());
    t(pr(ProcessorsField::Description(None)), &reg.processors.description, lead);
    let xfers = |f: TransfersField| P::Transfers(Some(f));
    for (i, x) in reg.transfers.list.iter().enumerate() {
        let xf = |f: TransferField| xfers(TransfersField::List(List::field(i, f)));
        t(xf(TransferField::Country(None)), &x.country, Kind::Prose);
        t(xf(TransferField::Details(None)), &x.details, Kind::Prose);
    }
    let lead = Kind::lead_if(!reg.transfers.list.is_empty());
    t(xfers(TransfersField::Description(None)), &reg.transfers.description, lead);
    let re = |f: RetentionField| P::Retention(Some(f));
    for (i, rule) in reg.retention.rules.iter().enumerate() {
        let rf = |f: RetentionRuleField| re(RetentionField::Rules(List::field(i, f)));
        t(rf(RetentionRuleField::Data(None)), &rule.data, Kind::Prose);
        t(rf(RetentionRuleField::Period(None)), &rule.period, Kind::Prose);
    }
    let lead = Kind::lead_if(!reg.retention.rules.is_empty());
    t(re(RetentionField::Criteria(None)), &reg.retention.criteria, lead);
    t(re(RetentionField::RecordsPlan(None)), &reg.retention.records_plan, Kind::Prose);
    let se = |f: SecurityField| P::Security(Some(f));
    t(se(SecurityField::Electronic(None)), &reg.security.electronic, Kind::Prose);
    t(se(SecurityField::Manual(None)), &reg.security.manual, Kind::Prose);
    t(se(SecurityField::General(None)), &reg.security.general, Kind::Prose);
    let a = |f: Au| P::Automated(Some(f));
    t(a(Au::Description(None)), &reg.automated.description, Kind::Prose);
    t(a(Au::Logic(None)), &reg.automated.logic, Kind::Prose);
    t(a(Au::Consequences(None)), &reg.automated.consequences, Kind::Prose);
    for (i, e) in reg.rights.listed.iter().enumerate() {
        let path = P::Rights(Some(RightsField::Listed(List::field(i, RightEntryField::Text(None)))));
        t(path, &e.text, Kind::Prose);
    }
    t(P::Rights(Some(RightsField::HowTo(None))), &reg.rights.how_to, Kind::Prose);
    let authority = |f| P::Complaint(Some(ComplaintField::Authority(f)));
    walk_contact(&authority, &reg.complaint.authority, &mut t);
    t(P::Complaint(Some(ComplaintField::Text(None))), &reg.complaint.text, Kind::Prose);
    t(P::Provision(Some(ProvisionField::Consequences(None))), &reg.provision.consequences, Kind::Prose);
    t(P::Cookies(None), &reg.cookies, Kind::Prose);
    for (i, x) in reg.extra.iter().enumerate() {
        t(P::Extra(List::field(i, ExtraField::Heading(None))), &x.heading, Kind::Heading);
        t(P::Extra(List::field(i, ExtraField::Body(None))), &x.body, Kind::Prose);
    }
    out
}

/// The texts of a contact block; `at` places a field of the block in the register.
fn walk_contact<'a>(at: &dyn Fn(Option<Cf>) -> P, c: &'a Contact, t: &mut impl FnMut(P, &'a Text, Kind)) {
    t(at(Some(Cf::Name(None))), &c.name, Kind::Name);
    t(at(Some(Cf::Title(None))), &c.title, Kind::Prose);
    t(at(Some(Cf::Street(None))), &c.street, Kind::Name);
    t(at(Some(Cf::City(None))), &c.city, Kind::Name);
}

/// The findings being collected.
#[derive(Default)]
pub(crate) struct Out {
    list: Vec<Finding>,
}

impl Out {
    /// Adds a finding with its rule's usual severity.
    pub(crate) fn add(&mut self, path: P, detail: Detail) {
        let rule = detail.rule();
        self.list.push(Finding { rule, severity: rule.severity, path, detail });
    }

    /// Adds a finding with a severity chosen for this case.
    pub(crate) fn add_as(&mut self, severity: Severity, path: P, detail: Detail) {
        self.list.push(Finding { rule: detail.rule(), severity, path, detail });
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;
    use crate::model::*;

    /// A register that breaks many rules at once, like an imported legacy notice.
    fn broken() -> Register {
        let mut r = complete();
        r.dpo = Contact::default();
        r.purposes
            .push(Purpose { description: Text::fi("Markkinointi ja muihin tarkoituksiin."), ..Purpose::default() });
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.purposes.push(Purpose::default());
        r.automated.answer = Answer::Unanswered;
        r.retention.criteria = Text::fi("Lomakkeet säilytetään tarpeen mukaan.");
        r.updated = Date::from_ymd(2030, 1, 1);
        r
    }

    #[test]
    fn rule_ids_are_unique_kebab_case_and_documented() {
        let all = catalogue();
        let mut ids: Vec<&str> = all.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate rule ids");
        for r in all {
            assert!(r.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", r.id);
            assert!(!r.id.starts_with('-') && !r.id.ends_with('-') && !r.id.contains("--"), "{}", r.id);
            assert!(!r.summary.is_empty() && !r.article.is_empty(), "{}", r.id);
        }
    }

    #[test]
    fn every_finding_names_a_catalogued_rule_and_is_translated() {
        for f in findings(&broken()) {
            assert!(catalogue().iter().any(|r| std::ptr::eq(*r, f.rule)), "{} is not in the catalogue", f.rule.id);
            let [fi, sv, en] = Lang::ALL.map(|l| f.message(l));
            assert!([&fi, &sv, &en].iter().all(|m| !m.trim().is_empty()), "{f:?}");
            assert_ne!(fi, en, "{} is not translated", f.rule.id);
            assert_ne!(sv, en, "{} is not translated", f.rule.id);
            if let Some(section) = f.rule.section {
                assert_eq!(f.section(), section, "{} at {}", f.rule.id, f.path);
            }
        }
    }

    #[test]
    fn dates_in_messages_follow_the_language() {
        let f = findings(&broken());
        let future = f.iter().find(|f| f.rule.id == "date-future").unwrap();
        assert!(future.message(Lang::Fi).contains("1.1.2030"), "{}", future.message(Lang::Fi));
        assert!(future.message(Lang::En).contains("1 January 2030"), "{}", future.message(Lang::En));
    }

    #[test]
    fn findings_are_sorted_by_section_severity_and_path_in_file_order() {
        let list = findings(&broken());
        assert!(list.len() > 10);
        for pair in list.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let key = |f: &Finding| (f.section(), f.severity, f.path);
            assert!(key(a) <= key(b), "{a:?} before {b:?}");
        }
        let bases: Vec<String> =
            list.iter().filter(|f| f.rule.id == "legal-basis-missing").map(|f| f.path.to_string()).collect();
        assert_eq!(bases.first().map(String::as_str), Some("purposes[1].legal_bases"));
        assert_eq!(bases.last().map(String::as_str), Some("purposes[10].legal_bases"));
    }

    #[test]
    fn validation_is_deterministic() {
        assert_eq!(findings(&broken()), findings(&broken()));
    }

    #[test]
    fn findings_know_their_section() {
        let f = findings(&broken());
        let dpo = f.iter().find(|f| f.rule.id == "dpo-missing").unwrap();
        assert_eq!(dpo.section(), Section::Dpo);
        let vague = f.iter().find(|f| f.rule.id == "retention-vague").unwrap();
        assert_eq!(vague.section(), Section::Retention);
    }
}
