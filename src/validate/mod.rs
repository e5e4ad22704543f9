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
//! All free texts are scanned once per validation (`text::scan_all`) and the rules read the
//! result, so a register costs well under 100 µs however many text rules there are.

mod conditional;
mod format;
mod language;
mod path;
mod required;
pub mod rights;
mod scan;
mod text;

#[cfg(test)]
mod testutil;

pub use rights::{Applicability, RightsTable, applicable_rights, register_rights};

use crate::model::{Contact, ControllerKind, Date, Lang, Organisation, Register, Section, Text};
use path::FieldPath;
use serde::Serialize;
use std::fmt::Display;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
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

/// A rule of the catalogue: its id, usual severity, legal reference and what it checks.
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
}

/// One problem found in a register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id, e.g. `dpo-missing`.
    pub rule: &'static str,
    /// Error, warning or hint.
    pub severity: Severity,
    /// The field path, e.g. `purposes[1].legal_bases` (serde field names; a text in one
    /// language ends with `.fi`, `.sv` or `.en`).
    pub path: String,
    /// The GDPR or Finnish law reference.
    pub article: &'static str,
    /// Message in Finnish, Swedish, English.
    pub message: [String; 3],
    /// The section of the register the path belongs to (for marks and counts per section).
    #[serde(skip)]
    pub section: Section,
}

impl Finding {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fi => &self.message[0],
            Lang::Sv => &self.message[1],
            Lang::En => &self.message[2],
        }
    }
}

/// Every rule the validator knows, grouped by file.
pub fn catalogue() -> Vec<&'static Rule> {
    [required::RULES, conditional::RULES, format::RULES, text::RULES, language::RULES].concat()
}

/// Validates a register as of today. The organisation profile supplies defaults where a
/// rule needs them (the controller kind, the organisation's publication languages).
pub fn validate(register: &Register, org: Option<&Organisation>) -> Vec<Finding> {
    validate_at(register, org, Date::today())
}

/// Validates a register as of `today` (for dates in the future, review dates passed, ...).
/// Findings come sorted by section, then severity, then path.
pub fn validate_at(register: &Register, org: Option<&Organisation>, today: Date) -> Vec<Finding> {
    let ctx = Ctx::new(register, org, today);
    let mut out = Out::default();
    required::check(&ctx, &mut out);
    conditional::check(&ctx, &mut out);
    format::check(&ctx, &mut out);
    text::check(&ctx, &mut out);
    language::check(&ctx, &mut out);
    let mut findings = out.list;
    findings.sort_by(|a, b| {
        a.section
            .cmp(&b.section)
            .then(a.severity.cmp(&b.severity))
            .then_with(|| path::natural_cmp(&a.path, &b.path))
            .then(a.rule.cmp(b.rule))
    });
    findings
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
    pub(crate) path: FieldPath,
    pub(crate) text: &'a Text,
    pub(crate) kind: Kind,
}

/// Every [`Text`] of the register, in file order.
fn walk_texts<'a>(reg: &'a Register) -> Vec<TextField<'a>> {
    let mut out: Vec<TextField<'a>> = Vec::with_capacity(64);
    let mut t = |path: FieldPath, text: &'a Text, kind: Kind| {
        if !text.is_empty() {
            out.push(TextField { path, text, kind });
        }
    };
    let root = FieldPath::root;
    t(root("department"), &reg.department, Kind::Name);
    t(root("name"), &reg.name, Kind::Prose);
    let c = root("controller");
    walk_contact(c.field("contact"), &reg.controller.contact, &mut t);
    t(c.field("body"), &reg.controller.body, Kind::Name);
    for (i, j) in reg.controller.joint.iter().enumerate() {
        walk_contact(c.field("joint").at(i).field("contact"), &j.contact, &mut t);
        t(c.field("joint").at(i).field("responsibility"), &j.responsibility, Kind::Prose);
    }
    t(c.field("joint_arrangement"), &reg.controller.joint_arrangement, Kind::Prose);
    for (i, p) in reg.contacts.iter().enumerate() {
        walk_contact(root("contacts").at(i).field("contact"), &p.contact, &mut t);
    }
    walk_contact(root("dpo"), &reg.dpo, &mut t);
    for (i, p) in reg.purposes.iter().enumerate() {
        let p_ = root("purposes").at(i);
        t(p_.field("description"), &p.description, Kind::Prose);
        t(p_.field("law"), &p.law, Kind::Prose);
        t(p_.field("legitimate_interests"), &p.legitimate_interests, Kind::Prose);
    }
    let bases = reg.purposes.iter().any(|p| !p.legal_bases.is_empty());
    t(root("legal_basis_text"), &reg.legal_basis_text, Kind::lead_if(bases));
    for (i, s) in reg.subjects.iter().enumerate() {
        t(root("subjects").at(i), s, Kind::Prose);
    }
    let d = root("data");
    t(d.field("description"), &reg.data.description, Kind::lead_if(!reg.data.categories.is_empty()));
    for (i, cat) in reg.data.categories.iter().enumerate() {
        t(d.field("categories").at(i).field("name"), &cat.name, Kind::Prose);
        t(d.field("categories").at(i).field("description"), &cat.description, Kind::Prose);
    }
    t(d.field("special_text"), &reg.data.special_text, Kind::Prose);
    t(d.field("criminal_basis"), &reg.data.criminal_basis, Kind::Prose);
    t(d.field("personal_id_basis"), &reg.data.personal_id_basis, Kind::Prose);
    let s = root("sources");
    for (i, src) in reg.sources.list.iter().enumerate() {
        t(s.field("list").at(i), src, Kind::Prose);
    }
    t(s.field("description"), &reg.sources.description, Kind::lead_if(!reg.sources.list.is_empty()));
    let r = root("recipients");
    for (i, rec) in reg.recipients.list.iter().enumerate() {
        t(r.field("list").at(i).field("name"), &rec.name, Kind::Prose);
        t(r.field("list").at(i).field("data"), &rec.data, Kind::Prose);
        t(r.field("list").at(i).field("basis"), &rec.basis, Kind::Prose);
    }
    t(r.field("description"), &reg.recipients.description, Kind::lead_if(!reg.recipients.list.is_empty()));
    let p = root("processors");
    for (i, proc_) in reg.processors.list.iter().enumerate() {
        t(p.field("list").at(i).field("task"), &proc_.task, Kind::Prose);
    }
    t(p.field("description"), &reg.processors.description, Kind::lead_if(!reg.processors.list.is_empty()));
    let tr = root("transfers");
    for (i, x) in reg.transfers.list.iter().enumerate() {
        t(tr.field("list").at(i).field("country"), &x.country, Kind::Prose);
        t(tr.field("list").at(i).field("details"), &x.details, Kind::Prose);
    }
    t(tr.field("description"), &reg.transfers.description, Kind::lead_if(!reg.transfers.list.is_empty()));
    let re = root("retention");
    for (i, rule) in reg.retention.rules.iter().enumerate() {
        t(re.field("rules").at(i).field("data"), &rule.data, Kind::Prose);
        t(re.field("rules").at(i).field("period"), &rule.period, Kind::Prose);
    }
    t(re.field("criteria"), &reg.retention.criteria, Kind::lead_if(!reg.retention.rules.is_empty()));
    t(re.field("records_plan"), &reg.retention.records_plan, Kind::Prose);
    let se = root("security");
    t(se.field("electronic"), &reg.security.electronic, Kind::Prose);
    t(se.field("manual"), &reg.security.manual, Kind::Prose);
    t(se.field("general"), &reg.security.general, Kind::Prose);
    let a = root("automated");
    t(a.field("description"), &reg.automated.description, Kind::Prose);
    t(a.field("logic"), &reg.automated.logic, Kind::Prose);
    t(a.field("consequences"), &reg.automated.consequences, Kind::Prose);
    for (i, e) in reg.rights.listed.iter().enumerate() {
        t(root("rights").field("listed").at(i).field("text"), &e.text, Kind::Prose);
    }
    t(root("rights").field("how_to"), &reg.rights.how_to, Kind::Prose);
    walk_contact(root("complaint").field("authority"), &reg.complaint.authority, &mut t);
    t(root("complaint").field("text"), &reg.complaint.text, Kind::Prose);
    t(root("provision").field("consequences"), &reg.provision.consequences, Kind::Prose);
    t(root("cookies"), &reg.cookies, Kind::Prose);
    for (i, x) in reg.extra.iter().enumerate() {
        t(root("extra").at(i).field("heading"), &x.heading, Kind::Heading);
        t(root("extra").at(i).field("body"), &x.body, Kind::Prose);
    }
    out
}

fn walk_contact<'a>(path: FieldPath, c: &'a Contact, t: &mut impl FnMut(FieldPath, &'a Text, Kind)) {
    t(path.field("name"), &c.name, Kind::Name);
    t(path.field("title"), &c.title, Kind::Prose);
    t(path.field("street"), &c.street, Kind::Name);
    t(path.field("city"), &c.city, Kind::Name);
}

/// The findings being collected.
#[derive(Default)]
pub(crate) struct Out {
    list: Vec<Finding>,
}

/// A message in fi, sv, en.
pub(crate) type Msg = [String; 3];

/// A message from three fixed strings.
pub(crate) fn msg(fi: &str, sv: &str, en: &str) -> Msg {
    [fi.to_owned(), sv.to_owned(), en.to_owned()]
}

impl Out {
    /// Adds a finding with the rule's usual severity.
    pub(crate) fn add(&mut self, rule: &'static Rule, path: impl Display, message: Msg) {
        self.add_as(rule, rule.severity, path, message);
    }

    /// Adds a finding with a severity chosen for this case.
    pub(crate) fn add_as(&mut self, rule: &'static Rule, severity: Severity, path: impl Display, message: Msg) {
        let path = path.to_string();
        let section = Section::of_path(&path);
        self.list.push(Finding { rule: rule.id, severity, path, article: rule.article, message, section });
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
        for r in &all {
            assert!(r.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", r.id);
            assert!(!r.id.starts_with('-') && !r.id.ends_with('-') && !r.id.contains("--"), "{}", r.id);
            assert!(!r.summary.is_empty() && !r.article.is_empty(), "{}", r.id);
        }
    }

    #[test]
    fn every_finding_names_a_catalogued_rule_and_has_three_messages() {
        let ids: Vec<&str> = catalogue().iter().map(|r| r.id).collect();
        for f in findings(&broken()) {
            assert!(ids.contains(&f.rule), "{} is not in the catalogue", f.rule);
            assert!(f.message.iter().all(|m| !m.trim().is_empty()), "{f:?}");
            assert_ne!(f.message[0], f.message[2], "{} is not translated", f.rule);
        }
    }

    #[test]
    fn findings_are_sorted_by_section_severity_and_natural_path() {
        let list = findings(&broken());
        assert!(list.len() > 10);
        for pair in list.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let key = |f: &Finding| (f.section, f.severity);
            assert!(key(a) <= key(b), "{a:?} before {b:?}");
            if key(a) == key(b) {
                assert_ne!(path::natural_cmp(&a.path, &b.path), std::cmp::Ordering::Greater, "{} {}", a.path, b.path);
            }
        }
        let bases: Vec<&str> =
            list.iter().filter(|f| f.rule == "legal-basis-missing").map(|f| f.path.as_str()).collect();
        assert_eq!(bases.first(), Some(&"purposes[1].legal_bases"));
        assert_eq!(bases.last(), Some(&"purposes[10].legal_bases"));
    }

    #[test]
    fn validation_is_deterministic() {
        assert_eq!(findings(&broken()), findings(&broken()));
    }

    #[test]
    fn findings_know_their_section() {
        let f = findings(&broken());
        let dpo = f.iter().find(|f| f.rule == "dpo-missing").unwrap();
        assert_eq!(dpo.section, Section::Dpo);
        let vague = f.iter().find(|f| f.rule == "retention-vague").unwrap();
        assert_eq!(vague.section, Section::Retention);
    }
}
