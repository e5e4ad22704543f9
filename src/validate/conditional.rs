//! Cross-field rules (GDPR-REFERENCE 2.2): what one answer demands of another field.
//! Legitimate interests with 6(1)(f), the law behind 6(1)(c)/(e), Art. 9(2) conditions with
//! special categories, safeguards with transfers, rights against the legal bases, and so on.

use super::rights::{Applicability, register_rights};
use super::{Ctx, Detail, Out, Severity};
use crate::model::{
    Answer, AutomatedField, CategoryField, ComplaintField, ControllerField, ControllerKind, DataField, FieldPath as P,
    LegalBasis, List, ProcessorField, ProcessorsField, ProvisionField, PurposeField, RecipientsField, Requirement,
    Right, RightsField, Safeguard, TransferField, TransfersField,
};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Out) {
    purposes(ctx, out);
    data(ctx, out);
    recipients_processors_transfers(ctx, out);
    let reg = ctx.reg;
    if !reg.controller.joint.is_empty() && reg.controller.joint_arrangement.is_empty() {
        out.add(P::Controller(Some(ControllerField::JointArrangement(None))), Detail::JointArrangementMissing);
    }
    let a = &reg.automated;
    if a.answer == Answer::Yes && (a.logic.is_empty() || a.consequences.is_empty()) {
        let field = if a.logic.is_empty() { AutomatedField::Logic(None) } else { AutomatedField::Consequences(None) };
        out.add(P::Automated(Some(field)), Detail::AutomatedLogicMissing);
    }
    rights(ctx, out);
    provision(ctx, out);
    let auth = &reg.complaint.authority;
    if !auth.is_empty() && !auth.has_channel() {
        out.add(P::Complaint(Some(ComplaintField::Authority(None))), Detail::AuthorityIncomplete);
    }
}

fn purposes(ctx: &Ctx<'_>, out: &mut Out) {
    for (i, p) in ctx.reg.purposes.iter().enumerate() {
        let has = |b: LegalBasis| p.legal_bases.contains(&b);
        if has(LegalBasis::LegitimateInterests) && p.legitimate_interests.is_empty() {
            out.add(
                P::Purposes(List::field(i, PurposeField::LegitimateInterests(None))),
                Detail::LegitimateInterestsMissing,
            );
        }
        if (has(LegalBasis::LegalObligation) || has(LegalBasis::PublicTask)) && p.law.is_empty() {
            out.add(P::Purposes(List::field(i, PurposeField::Law(None))), Detail::LawMissing);
        }
        if ctx.kind == ControllerKind::PublicAuthority && has(LegalBasis::LegitimateInterests) {
            out.add(
                P::Purposes(List::field(i, PurposeField::LegalBases(List::All))),
                Detail::PublicLegitimateInterests,
            );
        }
    }
}

fn data(ctx: &Ctx<'_>, out: &mut Out) {
    let d = &ctx.reg.data;
    let special_category = d.categories.iter().position(|c| c.special.is_some());
    let special = d.special == Answer::Yes || special_category.is_some();
    if special && d.special_conditions.is_empty() {
        out.add(P::Data(Some(DataField::SpecialConditions(List::All))), Detail::SpecialConditionMissing);
    }
    if d.special == Answer::No {
        if let Some(i) = special_category {
            out.add(
                P::Data(Some(DataField::Categories(List::field(i, CategoryField::Special)))),
                Detail::SpecialCategoryMarked,
            );
        } else if !d.special_conditions.is_empty() {
            out.add(P::Data(Some(DataField::SpecialConditions(List::All))), Detail::SpecialConditionsChosen);
        }
    }
    if d.special == Answer::Unanswered && special_category.is_none() && d.special_conditions.is_empty() {
        out.add(P::Data(Some(DataField::Special)), Detail::SpecialUnanswered);
    }
    if d.criminal == Answer::Yes && d.criminal_basis.is_empty() {
        out.add(P::Data(Some(DataField::CriminalBasis(None))), Detail::CriminalBasisMissing);
    }
    if d.personal_id_code == Answer::Yes && d.personal_id_basis.is_empty() {
        out.add(P::Data(Some(DataField::PersonalIdBasis(None))), Detail::PersonalIdBasisMissing);
    }
}

fn recipients_processors_transfers(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    if reg.recipients.disclosures == Answer::No && reg.recipients.list.iter().any(|r| !r.name.is_empty()) {
        out.add(P::Recipients(Some(RecipientsField::Disclosures)), Detail::RecipientsInconsistent);
    }
    let p = &reg.processors;
    if p.used == Answer::Yes && p.list.is_empty() && p.description.is_empty() {
        out.add(P::Processors(Some(ProcessorsField::List(List::All))), Detail::ProcessorsMissing);
    }
    if p.used == Answer::Unanswered && p.list.is_empty() {
        out.add(P::Processors(Some(ProcessorsField::Used)), Detail::ProcessorsUnanswered);
    }
    for (i, proc_) in p.list.iter().enumerate() {
        if proc_.agreement != Answer::Yes {
            out.add(
                P::Processors(Some(ProcessorsField::List(List::field(i, ProcessorField::Agreement)))),
                Detail::ProcessorAgreementMissing { processor: proc_.name.clone() },
            );
        }
    }
    let t = &reg.transfers;
    if t.answer == Answer::No && !t.list.is_empty() {
        out.add(P::Transfers(Some(TransfersField::Answer)), Detail::TransfersInconsistent);
    }
    for (i, x) in t.list.iter().enumerate() {
        if x.country.is_empty() {
            out.add(
                P::Transfers(Some(TransfersField::List(List::field(i, TransferField::Country(None))))),
                Detail::TransferCountryMissing,
            );
        }
        match x.safeguard {
            None => out.add(
                P::Transfers(Some(TransfersField::List(List::field(i, TransferField::Safeguard)))),
                Detail::TransferSafeguardMissing,
            ),
            Some(Safeguard::AdequacyDecision) => {}
            Some(_) if x.details.is_empty() => out.add(
                P::Transfers(Some(TransfersField::List(List::field(i, TransferField::Details(None))))),
                Detail::TransferCopyMissing,
            ),
            Some(_) => {}
        }
    }
}

fn rights(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let table = register_rights(reg);
    let bases = reg.legal_bases();
    let listed = |r: Right| reg.lists_right(r);
    let applies = |r: Right| table.get(r) != Applicability::NotApplicable;
    // Withdrawal of consent: required whenever any purpose rests on consent.
    let consent = bases.contains(&LegalBasis::Consent)
        || reg.data.special_conditions.contains(&crate::model::SpecialCondition::ExplicitConsent);
    if consent && !listed(Right::WithdrawConsent) {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::WithdrawConsentMissing);
    }
    if reg.purposes.iter().any(|p| p.direct_marketing) && !listed(Right::ObjectDirectMarketing) {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::ObjectMarketingMissing);
    }
    if reg.automated.answer == Answer::Yes && !listed(Right::AutomatedDecisions) {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::AutomatedRightMissing);
    }
    if reg.rights.listed.is_empty() {
        // `rights-missing` says it once; listing each right too would only repeat it.
        return;
    }
    let uses = |b: LegalBasis| bases.contains(&b);
    for right in [Right::Access, Right::Rectification, Right::Restriction, Right::Erasure] {
        if applies(right) && !listed(right) && !(right == Right::Erasure && bases.is_empty()) {
            out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::RightMissing { right });
        }
    }
    if (uses(LegalBasis::PublicTask) || uses(LegalBasis::LegitimateInterests)) && !listed(Right::Object) {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::ObjectMissing);
    }
    if (uses(LegalBasis::Consent) || uses(LegalBasis::Contract))
        && table.get(Right::Portability) != Applicability::NotApplicable
        && !listed(Right::Portability)
    {
        out.add(P::Rights(Some(RightsField::Listed(List::All))), Detail::PortabilityMissing);
    }
    if bases.is_empty() {
        return;
    }
    for (i, entry) in reg.rights.listed.iter().enumerate() {
        if table.get(entry.right) != Applicability::NotApplicable {
            continue;
        }
        if !super::messages::has_not_applicable_reason(entry.right) {
            continue;
        }
        let severity = if entry.text.is_empty() { Severity::Warning } else { Severity::Hint };
        let path = P::Rights(Some(RightsField::Listed(List::at(i))));
        out.add_as(severity, path, Detail::RightNotApplicable { right: entry.right });
    }
}

fn provision(ctx: &Ctx<'_>, out: &mut Out) {
    let reg = ctx.reg;
    let p = &reg.provision;
    if matches!(p.requirement, Requirement::Statutory | Requirement::Contractual) && p.consequences.is_empty() {
        out.add(P::Provision(Some(ProvisionField::Consequences(None))), Detail::ProvisionConsequencesMissing);
    }
    let bases = reg.legal_bases();
    if bases == [LegalBasis::Consent] && matches!(p.requirement, Requirement::Statutory | Requirement::Contractual) {
        out.add(P::Provision(Some(ProvisionField::Requirement)), Detail::ProvisionContradictsConsent);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::*;
    use super::Severity;
    use crate::model::*;

    #[test]
    fn legitimate_interests_and_law() {
        let mut r = complete();
        assert!(!fires(&r, "legitimate-interests-missing") && !fires(&r, "law-missing"));
        r.purposes[0].law = Text::default();
        assert_eq!(one(&r, "law-missing").1, "purposes[0].law");
        r.purposes[0].legal_bases = vec![LegalBasis::LegitimateInterests];
        assert_eq!(one(&r, "legitimate-interests-missing").1, "purposes[0].legitimate_interests");
        r.purposes[0].legitimate_interests = Text::new("Omaisuuden suojaaminen.", "Skydd av egendom.", "");
        assert!(!fires(&r, "legitimate-interests-missing"));
    }

    #[test]
    fn public_authority_and_legitimate_interests() {
        let mut r = complete();
        assert!(!fires(&r, "public-authority-legitimate-interests"));
        r.purposes[0].legal_bases = vec![LegalBasis::LegitimateInterests];
        assert_eq!(one(&r, "public-authority-legitimate-interests").1, "purposes[0].legal_bases");
        r.controller.kind = ControllerKind::Company;
        assert!(!fires(&r, "public-authority-legitimate-interests"));
    }

    #[test]
    fn special_categories() {
        let mut r = complete();
        assert!(
            !fires(&r, "special-condition-missing")
                && !fires(&r, "special-inconsistent")
                && !fires(&r, "special-unanswered")
        );
        r.data.categories[0].special = Some(SpecialKind::Health);
        assert_eq!(one(&r, "special-inconsistent").1, "data.categories[0].special");
        assert!(fires(&r, "special-condition-missing"));
        r.data.special = Answer::Yes;
        r.data.special_conditions = vec![SpecialCondition::HealthOrSocialCare];
        assert!(!fires(&r, "special-condition-missing") && !fires(&r, "special-inconsistent"));
        r.data.categories[0].special = None;
        r.data.special = Answer::Unanswered;
        r.data.special_conditions.clear();
        assert_eq!(one(&r, "special-unanswered").0, Severity::Hint);
    }

    #[test]
    fn criminal_and_identity_code() {
        let mut r = complete();
        assert!(!fires(&r, "criminal-basis-missing") && !fires(&r, "personal-id-basis-missing"));
        r.data.criminal = Answer::Yes;
        r.data.personal_id_code = Answer::Yes;
        assert!(fires(&r, "criminal-basis-missing"));
        assert_eq!(one(&r, "personal-id-basis-missing"), (Severity::Warning, "data.personal_id_basis".into()));
    }

    #[test]
    fn transfers() {
        let mut r = complete();
        assert!(!fires(&r, "transfer-safeguard-missing") && !fires(&r, "transfers-inconsistent"));
        r.transfers.list.push(Transfer { recipient: "Meta Platforms Inc.".into(), ..Transfer::default() });
        assert!(fires(&r, "transfers-inconsistent"));
        r.transfers.answer = Answer::Yes;
        assert_eq!(one(&r, "transfer-safeguard-missing").1, "transfers.list[0].safeguard");
        assert_eq!(one(&r, "transfer-country-missing").1, "transfers.list[0].country");
        r.transfers.list[0].safeguard = Some(Safeguard::StandardContractualClauses);
        assert_eq!(one(&r, "transfer-copy-missing").1, "transfers.list[0].details");
        r.transfers.list[0].safeguard = Some(Safeguard::AdequacyDecision);
        assert!(!fires(&r, "transfer-copy-missing") && !fires(&r, "transfer-safeguard-missing"));
    }

    #[test]
    fn recipients_inconsistent() {
        let mut r = complete();
        assert!(!fires(&r, "recipients-inconsistent"));
        r.recipients.disclosures = Answer::No;
        assert!(fires(&r, "recipients-inconsistent"));
    }

    #[test]
    fn processors() {
        let mut r = complete();
        assert!(
            !fires(&r, "processor-agreement-missing")
                && !fires(&r, "processors-missing")
                && !fires(&r, "processors-unanswered")
        );
        r.processors.list[0].agreement = Answer::Unanswered;
        assert_eq!(one(&r, "processor-agreement-missing").1, "processors.list[0].agreement");
        r.processors.list.clear();
        assert_eq!(one(&r, "processors-missing").1, "processors.list");
        r.processors.used = Answer::Unanswered;
        assert_eq!(one(&r, "processors-unanswered").0, Severity::Hint);
    }

    #[test]
    fn joint_controllers() {
        let mut r = complete();
        assert!(!fires(&r, "joint-arrangement-missing"));
        r.controller.joint.push(JointController::default());
        assert!(fires(&r, "joint-arrangement-missing"));
    }

    #[test]
    fn automated_decisions() {
        let mut r = complete();
        assert!(!fires(&r, "automated-logic-missing") && !fires(&r, "right-automated-missing"));
        r.automated.answer = Answer::Yes;
        assert_eq!(one(&r, "automated-logic-missing").1, "automated.logic");
        assert!(fires(&r, "right-automated-missing"));
        r.automated.logic = Text::new("Pisteytys.", "Poängsättning.", "");
        r.automated.consequences = Text::new("Hakemus hylätään.", "Ansökan avslås.", "");
        r.rights.listed.push(RightEntry::new(Right::AutomatedDecisions));
        assert!(!fires(&r, "automated-logic-missing") && !fires(&r, "right-automated-missing"));
    }

    #[test]
    fn core_rights_missing() {
        let mut r = complete();
        assert!(!fires(&r, "right-missing"));
        r.rights.listed.retain(|e| e.right != Right::Restriction);
        let f = of(&r, "right-missing");
        assert_eq!(f.len(), 1);
        assert!(f[0].message(Lang::Fi).contains("rajoittamiseen"));
    }

    #[test]
    fn erasure_missing_only_where_it_applies() {
        let mut r = complete();
        r.purposes[0].legal_bases = vec![LegalBasis::Contract];
        r.purposes[0].law = Text::default();
        assert!(fires(&r, "right-missing"), "erasure applies under a contract");
        r.rights.listed.push(RightEntry::new(Right::Erasure));
        assert!(!fires(&r, "right-missing"));
    }

    #[test]
    fn withdraw_consent() {
        let mut r = complete();
        assert!(!fires(&r, "withdraw-consent-missing"));
        r.purposes.push(Purpose {
            description: Text::new("Uutiskirje.", "Nyhetsbrev.", ""),
            legal_bases: vec![LegalBasis::Consent],
            ..Purpose::default()
        });
        assert_eq!(one(&r, "withdraw-consent-missing"), (Severity::Error, "rights.listed".into()));
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        assert!(!fires(&r, "withdraw-consent-missing"));
    }

    #[test]
    fn direct_marketing_objection() {
        let mut r = complete();
        assert!(!fires(&r, "right-object-marketing-missing"));
        r.purposes[0].direct_marketing = true;
        assert!(fires(&r, "right-object-marketing-missing"));
        r.rights.listed.push(RightEntry::new(Right::ObjectDirectMarketing));
        assert!(!fires(&r, "right-object-marketing-missing"));
    }

    #[test]
    fn objection_under_public_task() {
        let mut r = complete();
        assert!(!fires(&r, "right-object-missing"));
        r.rights.listed.retain(|e| e.right != Right::Object);
        assert_eq!(one(&r, "right-object-missing").0, Severity::Warning);
    }

    #[test]
    fn portability_under_consent_or_contract() {
        let mut r = complete();
        assert!(!fires(&r, "right-portability-missing"));
        r.purposes[0].legal_bases = vec![LegalBasis::Contract];
        assert!(fires(&r, "right-portability-missing"));
        r.security.systems.clear();
        r.security.electronic = Text::default();
        assert!(!fires(&r, "right-portability-missing"), "paper only: no portability");
    }

    #[test]
    fn rights_that_cannot_apply() {
        let mut r = complete();
        assert!(!fires(&r, "right-not-applicable"));
        r.rights.listed.push(RightEntry::new(Right::Erasure));
        r.rights.listed.push(RightEntry::new(Right::Portability));
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        let f = of(&r, "right-not-applicable");
        assert_eq!(f.len(), 3, "{f:#?}");
        assert_eq!(f[0].path.to_string(), "rights.listed[5]");
        assert_eq!(f[0].severity, Severity::Warning);
        r.rights.listed[5].text = Text::fi("Oikeus poistaa tiedot ei koske lakisääteistä käsittelyä.");
        let f = of(&r, "right-not-applicable");
        assert_eq!(f.iter().find(|f| f.path.to_string() == "rights.listed[5]").unwrap().severity, Severity::Hint);
        // Consent only: objection cannot apply (the Jämsä case).
        let mut r = complete();
        r.purposes[0].legal_bases = vec![LegalBasis::Consent];
        r.rights.listed.push(RightEntry::new(Right::WithdrawConsent));
        assert_eq!(one(&r, "right-not-applicable").1, "rights.listed[3]");
    }

    #[test]
    fn provision_rules() {
        let mut r = complete();
        assert!(!fires(&r, "provision-consequences-missing") && !fires(&r, "provision-contradicts-consent"));
        r.provision.requirement = Requirement::Contractual;
        r.provision.consequences = Text::default();
        assert!(fires(&r, "provision-consequences-missing"));
        r.purposes[0].legal_bases = vec![LegalBasis::Consent];
        assert!(fires(&r, "provision-contradicts-consent"));
    }

    #[test]
    fn authority_without_contact_details() {
        let mut r = complete();
        assert!(!fires(&r, "authority-incomplete"));
        r.complaint.authority.name = Text::fi("Tietosuojavaltuutettu");
        assert_eq!(one(&r, "authority-incomplete").1, "complaint.authority");
    }
}
