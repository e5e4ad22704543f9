//! Required content (DESIGN.md section 3, GDPR-REFERENCE 2.1): what an Art. 13/14 notice and
//! an Art. 30 record cannot do without. Mostly errors.

use super::{Ctx, Detail, Out, Severity};
use crate::model::{
    Answer, AutomatedField, ContactField, ContactPersonField, ControllerField, ControllerKind, DataField,
    FieldPath as P, List, ProvisionField, PurposeField, RecipientsField, Requirement, RetentionField,
    RetentionRuleField, RightsField, SourcesField, Status, TransfersField,
};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.name.is_empty() {
        out.add(P::Name(None), Detail::NameMissing);
    }
    controller(ctx, out);
    dpo(ctx, out);
    purposes(ctx, out);
    if reg.subjects.iter().all(|s| s.is_empty()) {
        out.add(P::Subjects(List::All), Detail::SubjectsMissing);
    }
    // Art. 14(1)(d) asks for the categories; a notice that describes them in prose gives
    // them, unless the prose is only a lead-in whose list is missing ("Rekisteriin
    // tallennettavia tietoja ovat:").
    let described = reg
        .data
        .description
        .versions()
        .any(|(_, t)| !t.trim().is_empty() && t.split("\n\n").all(|para| !para.trim().ends_with(':')));
    if reg.data.categories.iter().all(|c| c.name.is_empty() && c.description.is_empty()) && !described {
        out.add(P::Data(Some(DataField::Categories(List::All))), Detail::DataCategoriesMissing);
    }
    sources(ctx, out);
    recipients_and_transfers(ctx, out);
    retention(ctx, out);
    if reg.automated.answer == Answer::Unanswered {
        out.add(P::Automated(Some(AutomatedField::Answer)), Detail::AutomatedUnanswered);
    }
    rights(ctx, out);
    if reg.sources.from_subject != Answer::No && reg.provision.requirement == Requirement::Unanswered {
        out.add(P::Provision(Some(ProvisionField::Requirement)), Detail::ProvisionMissing);
    }
    let s = &reg.security;
    if s.electronic.is_empty() && s.manual.is_empty() && s.general.is_empty() {
        out.add(P::Security(None), Detail::SecurityMissing);
    }
    if reg.updated.is_none() {
        out.add(P::Updated, Detail::UpdatedMissing);
    }
    if reg.status == Status::Published && reg.public_url.trim().is_empty() {
        out.add(P::PublicUrl, Detail::PublicUrlMissing);
    }
}

fn controller(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let c = &reg.controller;
    if c.contact.name.is_empty() {
        out.add(
            P::Controller(Some(ControllerField::Contact(Some(ContactField::Name(None))))),
            Detail::ControllerNameMissing,
        );
    }
    if !c.contact.has_channel() && !reg.contacts.iter().any(|p| p.contact.has_channel()) {
        out.add(P::Controller(Some(ControllerField::Contact(None))), Detail::ControllerContactMissing);
    }
    if ctx.kind == ControllerKind::Unspecified {
        out.add(P::Controller(Some(ControllerField::Kind)), Detail::ControllerKindMissing);
    }
    if reg.contacts.is_empty() {
        out.add(P::Contacts(List::All), Detail::ContactPersonMissing);
    }
    for (i, p) in reg.contacts.iter().enumerate() {
        if !p.contact.is_empty() && p.contact.phone.trim().is_empty() && p.contact.email.trim().is_empty() {
            out.add(P::Contacts(List::field(i, ContactPersonField::Contact(None))), Detail::ContactChannelMissing);
        }
    }
}

fn dpo(ctx: &Ctx<'_>, out: &mut Out) {
    let d = &ctx.reg.dpo;
    if !d.phone.trim().is_empty() || !d.email.trim().is_empty() || !d.street.is_empty() {
        return;
    }
    let severity = match ctx.kind {
        ControllerKind::PublicAuthority => Severity::Error,
        ControllerKind::Company | ControllerKind::Association => Severity::Hint,
        ControllerKind::Unspecified => Severity::Warning,
    };
    out.add_as(severity, P::Dpo(None), Detail::DpoMissing { kind: ctx.kind });
}

fn purposes(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.purposes.is_empty() {
        out.add(P::Purposes(List::All), Detail::PurposeMissing);
        if !reg.legal_basis_text.is_empty() {
            // The basis is only in prose (as imported): it still names no Art. 6(1) point.
            out.add(P::Purposes(List::All), Detail::LegalBasisOnlyInProse);
        }
        return;
    }
    for (i, p) in reg.purposes.iter().enumerate() {
        if p.description.is_empty() {
            out.add(P::Purposes(List::field(i, PurposeField::Description(None))), Detail::PurposeDescriptionMissing);
        }
        if p.legal_bases.is_empty() {
            out.add(P::Purposes(List::field(i, PurposeField::LegalBases(List::All))), Detail::LegalBasisMissing);
        }
    }
}

fn sources(ctx: &Ctx<'_>, out: &mut Out) {
    let s = &ctx.reg.sources;
    let given = s.list.iter().any(|t| !t.is_empty()) || !s.description.is_empty();
    if given {
        return;
    }
    if s.from_elsewhere == Answer::Yes || s.from_subject == Answer::No {
        out.add(P::Sources(Some(SourcesField::List(List::All))), Detail::SourcesNotListed);
    } else if s.from_subject == Answer::Unanswered && s.from_elsewhere == Answer::Unanswered {
        out.add(P::Sources(None), Detail::SourcesUnanswered);
    }
}

fn recipients_and_transfers(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let r = &reg.recipients;
    let listed = r.list.iter().any(|x| !x.name.is_empty());
    match r.disclosures {
        Answer::Unanswered if !listed => {
            out.add(P::Recipients(Some(RecipientsField::Disclosures)), Detail::RecipientsUnanswered)
        }
        Answer::Yes if !listed && r.description.is_empty() => {
            out.add(P::Recipients(Some(RecipientsField::List(List::All))), Detail::RecipientsNotListed)
        }
        _ => {}
    }
    let t = &reg.transfers;
    match t.answer {
        Answer::Unanswered if t.list.is_empty() => {
            out.add(P::Transfers(Some(TransfersField::Answer)), Detail::TransfersUnanswered)
        }
        Answer::Yes if t.list.is_empty() => {
            out.add(P::Transfers(Some(TransfersField::List(List::All))), Detail::TransfersNotListed)
        }
        _ => {}
    }
}

fn retention(ctx: &Ctx<'_>, out: &mut Out) {
    let r = &ctx.reg.retention;
    let any_rule = r.rules.iter().any(|x| !x.data.is_empty() || !x.period.is_empty());
    if !any_rule && r.criteria.is_empty() && r.records_plan.is_empty() {
        out.add(P::Retention(None), Detail::RetentionMissing);
    }
    for (i, rule) in r.rules.iter().enumerate() {
        if !rule.data.is_empty() && rule.period.is_empty() {
            out.add(
                P::Retention(Some(RetentionField::Rules(List::field(i, RetentionRuleField::Period(None))))),
                Detail::RetentionPeriodMissing,
            );
        }
    }
}

fn rights(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.rights.listed.is_empty() {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::RightsMissing);
    } else if reg.rights.how_to.is_empty() {
        out.add(P::Rights(Some(RightsField::HowTo(None))), Detail::HowToMissing);
    }
    // The right to complain is never missing from a notice: with no text of the register's own,
    // the notice prints the standard paragraph and the supervisory authority's contact block
    // (notice::texts::complaint_finland), and what prints counts as present (issue 13).
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::Severity;
    use crate::model::*;

    #[test]
    fn name() {
        let mut r = complete();
        assert!(!fires(&r, "name-missing"));
        r.name = Text::default();
        assert_eq!(one(&r, "name-missing"), (Severity::Error, "name".into()));
    }

    #[test]
    fn controller_name_and_contact() {
        let mut r = complete();
        assert!(!fires(&r, "controller-name-missing") && !fires(&r, "controller-contact-missing"));
        r.controller.contact = Contact::default();
        assert!(fires(&r, "controller-name-missing"));
        assert!(!fires(&r, "controller-contact-missing"), "the contact person can be reached");
        r.contacts.clear();
        assert_eq!(one(&r, "controller-contact-missing").1, "controller.contact");
    }

    #[test]
    fn controller_kind() {
        let mut r = complete();
        assert!(!fires(&r, "controller-kind-missing"));
        r.controller.kind = ControllerKind::Unspecified;
        assert_eq!(one(&r, "controller-kind-missing").0, Severity::Hint);
        let org = Organisation {
            controller: Controller { kind: ControllerKind::PublicAuthority, ..Controller::default() },
            ..Organisation::default()
        };
        let with_org = super::super::validate_at(&r, Some(&org), today());
        assert!(!with_org.iter().any(|f| f.rule.id == "controller-kind-missing"));
    }

    #[test]
    fn contact_person() {
        let mut r = complete();
        assert!(!fires(&r, "contact-person-missing") && !fires(&r, "contact-channel-missing"));
        r.contacts[0].contact.phone.clear();
        r.contacts[0].contact.email.clear();
        assert_eq!(one(&r, "contact-channel-missing").1, "contacts[0].contact");
        r.contacts.clear();
        assert_eq!(one(&r, "contact-person-missing").0, Severity::Hint);
    }

    #[test]
    fn dpo_severity_follows_the_controller_kind() {
        let mut r = complete();
        assert!(!fires(&r, "dpo-missing"));
        r.dpo = Contact::default();
        assert_eq!(one(&r, "dpo-missing"), (Severity::Error, "dpo".into()));
        r.controller.kind = ControllerKind::Company;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Hint);
        r.controller.kind = ControllerKind::Association;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Hint);
        r.controller.kind = ControllerKind::Unspecified;
        assert_eq!(one(&r, "dpo-missing").0, Severity::Warning);
        r.dpo.name = Text::fi("Maija Virtanen");
        assert_eq!(one(&r, "dpo-missing").0, Severity::Warning, "a name alone is no contact");
    }

    #[test]
    fn purposes_and_bases() {
        let mut r = complete();
        assert!(!fires(&r, "purpose-missing") && !fires(&r, "legal-basis-missing"));
        r.purposes[0].legal_bases.clear();
        assert_eq!(one(&r, "legal-basis-missing").1, "purposes[0].legal_bases");
        r.purposes[0].description = Text::default();
        assert_eq!(one(&r, "purpose-description-missing").1, "purposes[0].description");
        r.purposes.clear();
        assert_eq!(one(&r, "purpose-missing").1, "purposes");
        assert!(!fires(&r, "legal-basis-missing"));
        r.legal_basis_text = Text::fi("Oikeusperuste henkilötietojen käsittelylle on");
        assert!(fires(&r, "legal-basis-missing"), "a basis only in prose is no basis");
    }

    #[test]
    fn subjects_and_data() {
        let mut r = complete();
        assert!(!fires(&r, "subjects-missing") && !fires(&r, "data-categories-missing"));
        r.subjects.clear();
        r.data.categories.clear();
        assert!(fires(&r, "subjects-missing") && fires(&r, "data-categories-missing"));
        // Categories described in prose (an imported notice) are given ...
        r.data.description = Text::fi("Rekisteriin tallennetaan jäsenen nimi, osoite ja sähköpostiosoite.");
        assert!(!fires(&r, "data-categories-missing"));
        // ... but not by a lead-in whose list is missing.
        r.data.description = Text::fi("Rekisteriin tallennettavia tietoja ovat:\n\nTiedot päivitetään vuosittain.");
        assert!(fires(&r, "data-categories-missing"));
    }

    #[test]
    fn sources() {
        let mut r = complete();
        assert!(!fires(&r, "sources-missing"));
        r.sources.description = Text::default();
        assert!(!fires(&r, "sources-missing"), "the data subject is the source");
        r.sources.from_elsewhere = Answer::Yes;
        assert_eq!(one(&r, "sources-missing").1, "sources.list");
        r.sources = Sources::default();
        assert_eq!(one(&r, "sources-missing").1, "sources");
    }

    #[test]
    fn recipients() {
        let mut r = complete();
        assert!(!fires(&r, "recipients-missing"));
        r.recipients.list.clear();
        assert_eq!(one(&r, "recipients-missing").1, "recipients.list");
        r.recipients.disclosures = Answer::No;
        assert!(!fires(&r, "recipients-missing"));
        r.recipients.disclosures = Answer::Unanswered;
        assert_eq!(one(&r, "recipients-missing").1, "recipients.disclosures");
    }

    #[test]
    fn transfers() {
        let mut r = complete();
        assert!(!fires(&r, "transfers-missing"));
        r.transfers.answer = Answer::Unanswered;
        assert_eq!(one(&r, "transfers-missing").1, "transfers.answer");
        r.transfers.answer = Answer::Yes;
        assert_eq!(one(&r, "transfers-missing").1, "transfers.list");
    }

    #[test]
    fn retention() {
        let mut r = complete();
        assert!(!fires(&r, "retention-missing") && !fires(&r, "retention-period-missing"));
        r.retention.rules[0].period = Text::default();
        assert_eq!(one(&r, "retention-period-missing").1, "retention.rules[0].period");
        r.retention = Retention::default();
        assert_eq!(one(&r, "retention-missing").1, "retention");
    }

    #[test]
    fn automated() {
        let mut r = complete();
        assert!(!fires(&r, "automated-unanswered"));
        r.automated.answer = Answer::Unanswered;
        assert_eq!(one(&r, "automated-unanswered"), (Severity::Error, "automated.answer".into()));
    }

    #[test]
    fn rights_and_complaint() {
        let mut r = complete();
        assert!(!fires(&r, "rights-missing") && !fires(&r, "rights-how-to-missing"));
        r.rights.how_to = Text::default();
        assert_eq!(one(&r, "rights-how-to-missing").0, Severity::Hint);
        // With neither the right in the list nor a text of its own, the notice still prints
        // the standard complaint paragraph, so nothing is reported as missing (issue 13).
        r.rights.listed.retain(|e| e.right != Right::Complaint);
        r.complaint.text = Text::default();
        assert!(findings(&r).iter().all(|f| f.rule.section != Some(crate::model::Section::Complaint)));
        r.rights.listed.clear();
        assert_eq!(one(&r, "rights-missing").1, "rights.listed");
    }

    #[test]
    fn provision() {
        let mut r = complete();
        assert!(!fires(&r, "provision-missing"));
        r.provision.requirement = Requirement::Unanswered;
        assert_eq!(one(&r, "provision-missing").1, "provision.requirement");
        r.sources.from_subject = Answer::No;
        assert!(!fires(&r, "provision-missing"), "Art. 13(2)(e) only when collected from the subject");
    }

    #[test]
    fn security_dates_and_url() {
        let mut r = complete();
        assert!(!fires(&r, "security-missing") && !fires(&r, "updated-missing") && !fires(&r, "public-url-missing"));
        r.security = Security::default();
        r.updated = None;
        r.public_url.clear();
        assert!(fires(&r, "security-missing") && fires(&r, "updated-missing") && fires(&r, "public-url-missing"));
    }
}
