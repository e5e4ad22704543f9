//! Every piece of text of a register with its [`FieldPath`]: each language of each [`Text`]
//! and each plain string field, in file order. Used where a check or a search must see all
//! text (control characters, HTML entities, lengths, workspace search).

use super::path::{
    ApprovalField, ApprovalsField, CategoryField, ComplaintField, ContactField as Cf, ContactPersonField,
    ControllerField, DataField, DpiaField, ExtraField, FieldPath as P, JointField, List, OpinionField, ProcessorField,
    ProcessorsField, ProvisionField, PurposeField, RecipientField, RecipientsField, RetentionField, RetentionRuleField,
    RightEntryField, RightsField, SecurityField, SourcesField, SystemField, TransferField, TransfersField,
    VersionField,
};
use super::{AutomatedField as Au, Contact, Lang, Register, Text};

/// What a piece of text is, for bounds that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    /// One line: a name, an address, a number, an id, a tag.
    Line,
    /// Prose that may hold paragraphs (tabs and line breaks are normal there).
    Prose,
}

/// Calls `f` with the path (with its language, for a text), the kind and the value of every
/// non-empty string of `reg`, in file order.
pub fn each_str<'a>(reg: &'a Register, f: &mut dyn FnMut(P, StrKind, &'a str)) {
    use StrKind::{Line, Prose};
    let mut s = |path: P, kind: StrKind, value: &'a str| {
        if !value.is_empty() {
            f(path, kind, value);
        }
    };
    s(P::Id, Line, &reg.id);
    text(&mut s, P::Department(None), Line, &reg.department);
    for (i, tag) in reg.tags.iter().enumerate() {
        s(P::Tags(List::at(i)), Line, tag);
    }
    s(P::PublicUrl, Line, &reg.public_url);
    s(P::Notes, Prose, &reg.notes);
    text(&mut s, P::Name(None), Line, &reg.name);
    let c = |f: ControllerField| P::Controller(Some(f));
    contact(&mut s, &|f| c(ControllerField::Contact(f)), &reg.controller.contact);
    text(&mut s, c(ControllerField::Body(None)), Line, &reg.controller.body);
    s(c(ControllerField::BusinessId), Line, &reg.controller.business_id);
    for (i, j) in reg.controller.joint.iter().enumerate() {
        let jf = |f: JointField| c(ControllerField::Joint(List::field(i, f)));
        contact(&mut s, &|f| jf(JointField::Contact(f)), &j.contact);
        text(&mut s, jf(JointField::Responsibility(None)), Prose, &j.responsibility);
    }
    text(&mut s, c(ControllerField::JointArrangement(None)), Prose, &reg.controller.joint_arrangement);
    for (i, p) in reg.contacts.iter().enumerate() {
        contact(&mut s, &|f| P::Contacts(List::field(i, ContactPersonField::Contact(f))), &p.contact);
    }
    contact(&mut s, &P::Dpo, &reg.dpo);
    for (i, p) in reg.purposes.iter().enumerate() {
        let pf = |f: PurposeField| P::Purposes(List::field(i, f));
        text(&mut s, pf(PurposeField::Description(None)), Prose, &p.description);
        text(&mut s, pf(PurposeField::Law(None)), Prose, &p.law);
        text(&mut s, pf(PurposeField::LegitimateInterests(None)), Prose, &p.legitimate_interests);
    }
    text(&mut s, P::LegalBasisText(None), Prose, &reg.legal_basis_text);
    for (i, t) in reg.subjects.iter().enumerate() {
        text(&mut s, P::Subjects(List::at(i)), Prose, t);
    }
    let d = |f: DataField| P::Data(Some(f));
    text(&mut s, d(DataField::Description(None)), Prose, &reg.data.description);
    for (i, cat) in reg.data.categories.iter().enumerate() {
        let cf = |f: CategoryField| d(DataField::Categories(List::field(i, f)));
        text(&mut s, cf(CategoryField::Name(None)), Line, &cat.name);
        text(&mut s, cf(CategoryField::Description(None)), Prose, &cat.description);
    }
    text(&mut s, d(DataField::SpecialText(None)), Prose, &reg.data.special_text);
    text(&mut s, d(DataField::CriminalBasis(None)), Prose, &reg.data.criminal_basis);
    text(&mut s, d(DataField::PersonalIdBasis(None)), Prose, &reg.data.personal_id_basis);
    let so = |f: SourcesField| P::Sources(Some(f));
    for (i, t) in reg.sources.list.iter().enumerate() {
        text(&mut s, so(SourcesField::List(List::at(i))), Prose, t);
    }
    text(&mut s, so(SourcesField::Description(None)), Prose, &reg.sources.description);
    let r = |f: RecipientsField| P::Recipients(Some(f));
    for (i, rec) in reg.recipients.list.iter().enumerate() {
        let rf = |f: RecipientField| r(RecipientsField::List(List::field(i, f)));
        text(&mut s, rf(RecipientField::Name(None)), Line, &rec.name);
        text(&mut s, rf(RecipientField::Data(None)), Prose, &rec.data);
        text(&mut s, rf(RecipientField::Basis(None)), Prose, &rec.basis);
    }
    text(&mut s, r(RecipientsField::Description(None)), Prose, &reg.recipients.description);
    let pr = |f: ProcessorsField| P::Processors(Some(f));
    for (i, p) in reg.processors.list.iter().enumerate() {
        let pf = |f: ProcessorField| pr(ProcessorsField::List(List::field(i, f)));
        s(pf(ProcessorField::Name), Line, &p.name);
        text(&mut s, pf(ProcessorField::Task(None)), Prose, &p.task);
        s(pf(ProcessorField::Contract), Line, &p.contract);
        for (j, loc) in p.locations.iter().enumerate() {
            s(pf(ProcessorField::Locations(List::at(j))), Line, loc);
        }
    }
    text(&mut s, pr(ProcessorsField::Description(None)), Prose, &reg.processors.description);
    let xfers = |f: TransfersField| P::Transfers(Some(f));
    for (i, x) in reg.transfers.list.iter().enumerate() {
        let xf = |f: TransferField| xfers(TransfersField::List(List::field(i, f)));
        text(&mut s, xf(TransferField::Country(None)), Line, &x.country);
        s(xf(TransferField::Recipient), Line, &x.recipient);
        text(&mut s, xf(TransferField::Details(None)), Prose, &x.details);
    }
    text(&mut s, xfers(TransfersField::Description(None)), Prose, &reg.transfers.description);
    let re = |f: RetentionField| P::Retention(Some(f));
    for (i, rule) in reg.retention.rules.iter().enumerate() {
        let rf = |f: RetentionRuleField| re(RetentionField::Rules(List::field(i, f)));
        text(&mut s, rf(RetentionRuleField::Data(None)), Prose, &rule.data);
        text(&mut s, rf(RetentionRuleField::Period(None)), Prose, &rule.period);
    }
    text(&mut s, re(RetentionField::Criteria(None)), Prose, &reg.retention.criteria);
    text(&mut s, re(RetentionField::RecordsPlan(None)), Prose, &reg.retention.records_plan);
    let se = |f: SecurityField| P::Security(Some(f));
    for (i, sys) in reg.security.systems.iter().enumerate() {
        let sf = |f: SystemField| se(SecurityField::Systems(List::field(i, f)));
        s(sf(SystemField::Name), Line, &sys.name);
        s(sf(SystemField::Vendor), Line, &sys.vendor);
    }
    text(&mut s, se(SecurityField::Electronic(None)), Prose, &reg.security.electronic);
    text(&mut s, se(SecurityField::Manual(None)), Prose, &reg.security.manual);
    text(&mut s, se(SecurityField::General(None)), Prose, &reg.security.general);
    let a = |f: Au| P::Automated(Some(f));
    text(&mut s, a(Au::Description(None)), Prose, &reg.automated.description);
    text(&mut s, a(Au::Logic(None)), Prose, &reg.automated.logic);
    text(&mut s, a(Au::Consequences(None)), Prose, &reg.automated.consequences);
    for (i, e) in reg.rights.listed.iter().enumerate() {
        let path = P::Rights(Some(RightsField::Listed(List::field(i, RightEntryField::Text(None)))));
        text(&mut s, path, Prose, &e.text);
    }
    text(&mut s, P::Rights(Some(RightsField::HowTo(None))), Prose, &reg.rights.how_to);
    contact(&mut s, &|f| P::Complaint(Some(ComplaintField::Authority(f))), &reg.complaint.authority);
    text(&mut s, P::Complaint(Some(ComplaintField::Text(None))), Prose, &reg.complaint.text);
    text(&mut s, P::Provision(Some(ProvisionField::Consequences(None))), Prose, &reg.provision.consequences);
    text(&mut s, P::Cookies(None), Prose, &reg.cookies);
    for (i, x) in reg.extra.iter().enumerate() {
        text(&mut s, P::Extra(List::field(i, ExtraField::Heading(None))), Line, &x.heading);
        text(&mut s, P::Extra(List::field(i, ExtraField::Body(None))), Prose, &x.body);
    }
    let ap = |f: ApprovalsField, g: ApprovalField| {
        P::Approvals(Some(match f {
            ApprovalsField::Drafted(_) => ApprovalsField::Drafted(Some(g)),
            ApprovalsField::Checked(_) => ApprovalsField::Checked(Some(g)),
            ApprovalsField::Approved(_) => ApprovalsField::Approved(Some(g)),
        }))
    };
    let a = &reg.approvals;
    for (f, x) in [
        (ApprovalsField::Drafted(None), &a.drafted),
        (ApprovalsField::Checked(None), &a.checked),
        (ApprovalsField::Approved(None), &a.approved),
    ] {
        s(ap(f, ApprovalField::Name), Line, &x.name);
        s(ap(f, ApprovalField::Title), Line, &x.title);
    }
    s(P::DpoOpinion(Some(OpinionField::Text)), Prose, &reg.dpo_opinion.text);
    s(P::Dpia(Some(DpiaField::Reason)), Prose, &reg.dpia.reason);
    s(P::Dpia(Some(DpiaField::Reference)), Line, &reg.dpia.reference);
    for (i, v) in reg.history.iter().enumerate() {
        let vf = |f: VersionField| P::History(List::field(i, f));
        s(vf(VersionField::By), Line, &v.by);
        s(vf(VersionField::Note), Prose, &v.note);
        s(vf(VersionField::Approved), Line, &v.approved);
        s(vf(VersionField::Snapshot), Line, &v.snapshot);
        s(vf(VersionField::Sha256), Line, &v.sha256);
    }
}

fn text<'a>(s: &mut impl FnMut(P, StrKind, &'a str), path: P, kind: StrKind, t: &'a Text) {
    for lang in Lang::ALL {
        s(path.in_lang(lang), kind, t.get(lang));
    }
}

fn contact<'a>(s: &mut impl FnMut(P, StrKind, &'a str), at: &dyn Fn(Option<Cf>) -> P, c: &'a Contact) {
    use StrKind::Line;
    text(s, at(Some(Cf::Name(None))), Line, &c.name);
    text(s, at(Some(Cf::Title(None))), Line, &c.title);
    text(s, at(Some(Cf::Street(None))), Line, &c.street);
    s(at(Some(Cf::PostalCode)), Line, &c.postal_code);
    text(s, at(Some(Cf::City(None))), Line, &c.city);
    s(at(Some(Cf::Phone)), Line, &c.phone);
    s(at(Some(Cf::Email)), Line, &c.email);
    s(at(Some(Cf::Web)), Line, &c.web);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_field_is_visited_with_its_path() {
        let mut reg = Register { name: Text::new("Nimi", "", "Name"), ..Register::default() };
        reg.dpo.email = "dpo@example.fi".into();
        reg.security.systems.push(super::super::System { name: "Effica".into(), vendor: String::new() });
        reg.extra.push(super::super::ExtraSection { heading: Text::fi("Muuta"), ..Default::default() });
        let mut seen = Vec::new();
        each_str(&reg, &mut |p, _, v| seen.push(format!("{p}={v}")));
        assert_eq!(
            seen,
            [
                "name.fi=Nimi",
                "name.en=Name",
                "dpo.email=dpo@example.fi",
                "security.systems[0].name=Effica",
                "extra[0].heading.fi=Muuta"
            ]
        );
    }
}
