//! Which rights of the data subject apply, derived from the legal bases
//! (GDPR-REFERENCE.md 1.5; GDPR 7(3), 17(3)(b), 20(1),(3), 21(1),(2)).
//!
//! Used by the rights rules, and by the notice builder and the editor to propose the list.

use crate::model::{Answer, LegalBasis, Register, Right, SpecialCondition};

/// Whether a right applies to the processing of a register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applicability {
    /// Applies to all of the processing.
    Applies,
    /// Applies to part of the processing (some purposes' bases allow it, others do not), or
    /// depends on facts the legal bases do not tell (direct marketing, automated decisions,
    /// no basis chosen yet). The notice lists it with its condition.
    Conditional,
    /// Cannot apply under any of the bases: listing it promises what the data subject
    /// cannot get.
    NotApplicable,
}

/// The applicability of every [`Right`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RightsTable {
    by_right: [Applicability; Right::ALL.len()],
}

impl RightsTable {
    /// How `right` applies.
    pub fn get(&self, right: Right) -> Applicability {
        let i = Right::ALL.iter().position(|r| *r == right).unwrap_or(0);
        self.by_right[i]
    }

    fn set(&mut self, right: Right, a: Applicability) {
        if let Some(i) = Right::ALL.iter().position(|r| *r == right) {
            self.by_right[i] = a;
        }
    }

    /// Every right with its applicability, in the order a notice lists them.
    pub fn iter(&self) -> impl Iterator<Item = (Right, Applicability)> + '_ {
        Right::ALL.iter().copied().zip(self.by_right.iter().copied())
    }

    /// The rights a notice should list: those that apply wholly or conditionally.
    pub fn to_list(&self) -> Vec<Right> {
        self.iter().filter(|(_, a)| *a != Applicability::NotApplicable).map(|(r, _)| r).collect()
    }
}

/// Whether `right` is available for processing on `basis`; `None` when the basis does not
/// decide it (the right applies under every basis, or depends on other facts).
pub fn applies_under(right: Right, basis: LegalBasis, automated: bool) -> Option<bool> {
    use LegalBasis::*;
    match right {
        Right::Erasure => Some(!matches!(basis, LegalObligation | PublicTask)),
        Right::Portability => Some(matches!(basis, Consent | Contract) && automated),
        Right::Object => Some(matches!(basis, PublicTask | LegitimateInterests)),
        Right::WithdrawConsent => Some(basis == Consent),
        Right::Informed
        | Right::Access
        | Right::Rectification
        | Right::Restriction
        | Right::Complaint
        | Right::ObjectDirectMarketing
        | Right::AutomatedDecisions => None,
    }
}

/// The rights that apply given the legal bases of all purposes.
///
/// `special_consent`: special categories are processed on explicit consent (Art. 9(2)(a)),
/// which brings withdrawal (7(3)), erasure (17(1)(b)) and portability (20(1)(a)) with it.
/// `automated`: the data are processed by automated means (in electronic form), which
/// portability requires (Art. 20(1)(b)). This is not Art. 22 automated decision-making.
///
/// Access, rectification, restriction, complaint and information apply under every basis.
/// Direct-marketing objection and Art. 22 come out [`Applicability::Conditional`]: the bases
/// do not tell; [`register_rights`] settles them from the register.
pub fn applicable_rights(bases: &[LegalBasis], special_consent: bool, automated: bool) -> RightsTable {
    let mut table = RightsTable { by_right: [Applicability::Applies; Right::ALL.len()] };
    for right in Right::ALL {
        let mut verdicts: Vec<bool> = bases.iter().filter_map(|b| applies_under(right, *b, automated)).collect();
        let consent_brings_it = matches!(right, Right::WithdrawConsent | Right::Erasure | Right::Portability);
        if special_consent && consent_brings_it {
            verdicts.push(applies_under(right, LegalBasis::Consent, automated).unwrap_or(true));
        }
        let basis_decides = applies_under(right, LegalBasis::Consent, automated).is_some();
        let a = if !basis_decides {
            match right {
                Right::ObjectDirectMarketing | Right::AutomatedDecisions => Applicability::Conditional,
                _ => Applicability::Applies,
            }
        } else if verdicts.is_empty() {
            Applicability::Conditional
        } else if verdicts.iter().all(|v| *v) {
            Applicability::Applies
        } else if verdicts.iter().any(|v| *v) {
            Applicability::Conditional
        } else {
            Applicability::NotApplicable
        };
        table.set(right, a);
    }
    table
}

/// True unless the register describes manual (paper) material only: portability needs
/// processing by automated means.
pub fn processed_by_automated_means(reg: &Register) -> bool {
    let s = &reg.security;
    !(s.systems.is_empty() && s.electronic.is_empty() && !s.manual.is_empty())
}

/// The rights that apply to a register: [`applicable_rights`] of its purposes' bases, with
/// direct marketing (Art. 21(2)) and Art. 22 settled from the purposes and the
/// automated-decision answer: each applies when the register says so (a purpose marked as
/// direct marketing; automated decisions answered Yes) and does not apply otherwise.
pub fn register_rights(reg: &Register) -> RightsTable {
    let special_consent = reg.data.special_conditions.contains(&SpecialCondition::ExplicitConsent);
    let mut table = applicable_rights(&reg.legal_bases(), special_consent, processed_by_automated_means(reg));
    // Settled from what the register says, never left open: "choose from the legal bases"
    // lists a right only where the register gives a reason for it (issue 13).
    let marketing = reg.purposes.iter().any(|p| p.direct_marketing);
    table.set(
        Right::ObjectDirectMarketing,
        if marketing { Applicability::Applies } else { Applicability::NotApplicable },
    );
    let automated = reg.automated.answer == Answer::Yes;
    table.set(Right::AutomatedDecisions, if automated { Applicability::Applies } else { Applicability::NotApplicable });
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use Applicability::*;
    use LegalBasis::*;

    #[test]
    fn consent_gives_withdrawal_erasure_and_portability_but_not_objection() {
        let t = applicable_rights(&[Consent], false, true);
        assert_eq!(t.get(Right::WithdrawConsent), Applies);
        assert_eq!(t.get(Right::Erasure), Applies);
        assert_eq!(t.get(Right::Portability), Applies);
        assert_eq!(t.get(Right::Object), NotApplicable);
        assert_eq!(t.get(Right::Access), Applies);
        assert_eq!(t.get(Right::Complaint), Applies);
    }

    #[test]
    fn public_task_excludes_erasure_and_portability_and_gives_objection() {
        let t = applicable_rights(&[PublicTask], false, true);
        assert_eq!(t.get(Right::Erasure), NotApplicable);
        assert_eq!(t.get(Right::Portability), NotApplicable);
        assert_eq!(t.get(Right::Object), Applies);
        assert_eq!(t.get(Right::WithdrawConsent), NotApplicable);
        assert_eq!(t.get(Right::Restriction), Applies);
    }

    #[test]
    fn legal_obligation_and_vital_interests() {
        let t = applicable_rights(&[LegalObligation], false, true);
        assert_eq!(t.get(Right::Erasure), NotApplicable);
        assert_eq!(t.get(Right::Object), NotApplicable);
        let t = applicable_rights(&[VitalInterests], false, true);
        assert_eq!(t.get(Right::Erasure), Applies);
        assert_eq!(t.get(Right::Portability), NotApplicable);
    }

    #[test]
    fn portability_needs_automated_means() {
        assert_eq!(applicable_rights(&[Contract], false, false).get(Right::Portability), NotApplicable);
        assert_eq!(applicable_rights(&[Contract], false, true).get(Right::Portability), Applies);
    }

    #[test]
    fn mixed_bases_make_rights_conditional() {
        let t = applicable_rights(&[Consent, PublicTask], false, true);
        assert_eq!(t.get(Right::WithdrawConsent), Conditional);
        assert_eq!(t.get(Right::Object), Conditional);
        assert_eq!(t.get(Right::Erasure), Conditional);
    }

    #[test]
    fn explicit_consent_for_special_categories_brings_withdrawal() {
        let t = applicable_rights(&[PublicTask], true, true);
        assert_eq!(t.get(Right::WithdrawConsent), Conditional);
        assert_eq!(t.get(Right::Object), Applies);
    }

    #[test]
    fn no_bases_leaves_basis_dependent_rights_open() {
        let t = applicable_rights(&[], false, true);
        assert_eq!(t.get(Right::Erasure), Conditional);
        assert_eq!(t.get(Right::Access), Applies);
        assert_eq!(t.get(Right::AutomatedDecisions), Conditional);
    }

    #[test]
    fn register_settles_direct_marketing_and_automated_decisions() {
        let mut reg = Register::default();
        reg.purposes.push(crate::model::Purpose {
            legal_bases: vec![Consent],
            direct_marketing: true,
            ..Default::default()
        });
        reg.automated.answer = Answer::Yes;
        let t = register_rights(&reg);
        assert_eq!(t.get(Right::ObjectDirectMarketing), Applies);
        assert_eq!(t.get(Right::AutomatedDecisions), Applies);
        assert!(t.to_list().contains(&Right::WithdrawConsent));
        assert!(!t.to_list().contains(&Right::Object));
    }

    #[test]
    fn marketing_objection_and_art_22_follow_what_the_register_says() {
        let mut reg = Register::default();
        reg.purposes.push(crate::model::Purpose { legal_bases: vec![Contract], ..Default::default() });
        let t = register_rights(&reg);
        assert_eq!(t.get(Right::ObjectDirectMarketing), NotApplicable);
        assert_eq!(t.get(Right::AutomatedDecisions), NotApplicable);
        assert!(!t.to_list().contains(&Right::ObjectDirectMarketing), "{:?}", t.to_list());
        reg.purposes[0].direct_marketing = true;
        reg.automated.answer = Answer::Yes;
        let t = register_rights(&reg);
        assert_eq!(t.get(Right::ObjectDirectMarketing), Applies);
        assert_eq!(t.get(Right::AutomatedDecisions), Applies);
    }

    #[test]
    fn paper_only_register_has_no_portability() {
        let mut reg = Register::default();
        reg.purposes.push(crate::model::Purpose { legal_bases: vec![Contract], ..Default::default() });
        reg.security.manual = crate::model::Text::fi("Paperilomakkeet lukitussa kaapissa.");
        assert_eq!(register_rights(&reg).get(Right::Portability), NotApplicable);
    }
}
