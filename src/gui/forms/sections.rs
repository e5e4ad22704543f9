//! The forms of the sections edited inline (lists and yes/no questions), one function each.

use super::*;
use crate::i18n::{DocText, UiText};

/// The form of section contacts.
pub(super) fn contacts_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let add = list_ui(ui, l, P::Contacts(List::All), &mut r.contacts, UiText::AddContactPerson.get(l), |ui, i, c| {
        let role = role_ui(ui, l, i, &mut c.role);
        cx.focus_on(P::Contacts(List::field(i, ContactPersonField::Role)), &role);
        let at = |f| P::Contacts(List::field(i, ContactPersonField::Contact(f)));
        contact_ui(ui, cx, &at, &mut c.contact, true);
    });
    cx.focus_on(P::Contacts(List::All), &add);
    cx.findings_ui(ui, P::Contacts(List::All));
    cx.localized(ui, UiText::MoreInformation.get(l), P::ContactsDetails(None), &mut r.contacts_details, true);
}

/// The form of section subjects.
pub(super) fn subjects_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let add = list_ui(ui, l, P::Subjects(List::All), &mut r.subjects, UiText::AddCategory.get(l), |ui, i, t| {
        cx.localized(ui, UiText::CategoryDataSubjects.get(l), P::Subjects(List::at(i)), t, false);
    });
    cx.focus_on(P::Subjects(List::All), &add);
    cx.findings_ui(ui, P::Subjects(List::All));
}

/// The form of section sources.
pub(super) fn sources_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.sources;
    cx.answer(ui, UiText::DataComeDataSubject.get(l), P::Sources(Some(SourcesField::FromSubject)), &mut s.from_subject);
    if cx.answer(
        ui,
        UiText::DataComeElsewhere.get(l),
        P::Sources(Some(SourcesField::FromElsewhere)),
        &mut s.from_elsewhere,
    ) || s.from_subject == Answer::No
        || !s.list.is_empty()
    {
        let add = list_ui(
            ui,
            l,
            P::Sources(Some(SourcesField::List(List::All))),
            &mut s.list,
            UiText::AddSource.get(l),
            |ui, i, t| {
                cx.localized(
                    ui,
                    UiText::DataSource.get(l),
                    P::Sources(Some(SourcesField::List(List::at(i)))),
                    t,
                    false,
                );
            },
        );
        cx.focus_on(P::Sources(Some(SourcesField::List(List::All))), &add);
    }
    cx.localized(
        ui,
        UiText::Description.get(l),
        P::Sources(Some(SourcesField::Description(None))),
        &mut s.description,
        true,
    );
}

/// The form of section recipients.
pub(super) fn recipients_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.recipients;
    if cx.answer(
        ui,
        UiText::DataDisclosedRegularly.get(l),
        P::Recipients(Some(RecipientsField::Disclosures)),
        &mut s.disclosures,
    ) || !s.list.is_empty()
    {
        let add = list_ui(
            ui,
            l,
            P::Recipients(Some(RecipientsField::List(List::All))),
            &mut s.list,
            UiText::AddRecipient.get(l),
            |ui, i, rec| {
                let p = |f| P::Recipients(Some(RecipientsField::List(List::field(i, f))));
                cx.localized(ui, DocText::Recipient.get(l), p(RecipientField::Name(None)), &mut rec.name, false);
                cx.localized(ui, UiText::DataDisclosed.get(l), p(RecipientField::Data(None)), &mut rec.data, false);
                cx.localized(ui, UiText::BasisDisclosure.get(l), p(RecipientField::Basis(None)), &mut rec.basis, false);
            },
        );
        cx.focus_on(P::Recipients(Some(RecipientsField::List(List::All))), &add);
    }
    cx.localized(
        ui,
        UiText::Description.get(l),
        P::Recipients(Some(RecipientsField::Description(None))),
        &mut s.description,
        true,
    );
}

/// The form of section processors.
pub(super) fn processors_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.processors;
    if cx.answer(ui, UiText::ProcessingOutsourced.get(l), P::Processors(Some(ProcessorsField::Used)), &mut s.used)
        || !s.list.is_empty()
    {
        let add = list_ui(
            ui,
            l,
            P::Processors(Some(ProcessorsField::List(List::All))),
            &mut s.list,
            UiText::AddProcessor.get(l),
            |ui, i, p| {
                let path = |f| P::Processors(Some(ProcessorsField::List(List::field(i, f))));
                cx.text(ui, UiText::ProcessorName.get(l), path(ProcessorField::Name), &mut p.name);
                cx.localized(ui, UiText::Task.get(l), path(ProcessorField::Task(None)), &mut p.task, false);
                cx.answer(
                    ui,
                    UiText::ProcessingAgreementPlace.get(l),
                    path(ProcessorField::Agreement),
                    &mut p.agreement,
                );
                contract_ui(ui, cx, &path, p);
            },
        );
        cx.focus_on(P::Processors(Some(ProcessorsField::List(List::All))), &add);
    }
    cx.localized(
        ui,
        UiText::Description.get(l),
        P::Processors(Some(ProcessorsField::Description(None))),
        &mut s.description,
        true,
    );
}

/// The form of section transfers.
pub(super) fn transfers_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.transfers;
    if cx.answer(ui, UiText::DataTransferredOutsideEU.get(l), P::Transfers(Some(TransfersField::Answer)), &mut s.answer)
        || !s.list.is_empty()
    {
        let add = list_ui(
            ui,
            l,
            P::Transfers(Some(TransfersField::List(List::All))),
            &mut s.list,
            UiText::AddTransfer.get(l),
            |ui, i, t| {
                let p = |f| P::Transfers(Some(TransfersField::List(List::field(i, f))));
                cx.localized(ui, UiText::Country.get(l), p(TransferField::Country(None)), &mut t.country, false);
                cx.text(ui, DocText::Recipient.get(l), p(TransferField::Recipient), &mut t.recipient);
                safeguard_ui(ui, cx, p(TransferField::Safeguard), &mut t.safeguard);
                cx.localized(
                    ui,
                    UiText::DetailsHowGetCopy.get(l),
                    p(TransferField::Details(None)),
                    &mut t.details,
                    false,
                );
            },
        );
        cx.focus_on(P::Transfers(Some(TransfersField::List(List::All))), &add);
    }
    cx.localized(
        ui,
        UiText::Description.get(l),
        P::Transfers(Some(TransfersField::Description(None))),
        &mut s.description,
        true,
    );
}

/// The form of section retention.
pub(super) fn retention_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.retention;
    let add = list_ui(
        ui,
        l,
        P::Retention(Some(RetentionField::Rules(List::All))),
        &mut s.rules,
        UiText::AddRetentionRule.get(l),
        |ui, i, rule| {
            let p = |f| P::Retention(Some(RetentionField::Rules(List::field(i, f))));
            cx.localized(ui, UiText::Data.get(l), p(RetentionRuleField::Data(None)), &mut rule.data, false);
            cx.localized(ui, UiText::Period.get(l), p(RetentionRuleField::Period(None)), &mut rule.period, false);
        },
    );
    cx.focus_on(P::Retention(Some(RetentionField::Rules(List::All))), &add);
    cx.localized(
        ui,
        UiText::PeriodCriteria.get(l),
        P::Retention(Some(RetentionField::Criteria(None))),
        &mut s.criteria,
        true,
    );
    cx.localized(
        ui,
        UiText::RecordsManagementPlan.get(l),
        P::Retention(Some(RetentionField::RecordsPlan(None))),
        &mut s.records_plan,
        false,
    );
    cx.findings_ui(ui, P::Retention(None));
}

/// The form of section security.
pub(super) fn security_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.security;
    ui.label(RichText::new(DocText::InformationSystems.get(l)).strong());
    let add = list_ui(
        ui,
        l,
        P::Security(Some(SecurityField::Systems(List::All))),
        &mut s.systems,
        UiText::AddSystem.get(l),
        |ui, i, sys| {
            cx.text(
                ui,
                UiText::SystemName.get(l),
                P::Security(Some(SecurityField::Systems(List::field(i, SystemField::Name)))),
                &mut sys.name,
            );
            cx.text(
                ui,
                UiText::Vendor.get(l),
                P::Security(Some(SecurityField::Systems(List::field(i, SystemField::Vendor)))),
                &mut sys.vendor,
            );
        },
    );
    cx.focus_on(P::Security(Some(SecurityField::Systems(List::All))), &add);
    cx.localized(
        ui,
        DocText::ElectronicMaterial.get(l),
        P::Security(Some(SecurityField::Electronic(None))),
        &mut s.electronic,
        true,
    );
    cx.localized(
        ui,
        DocText::ManualMaterial.get(l),
        P::Security(Some(SecurityField::Manual(None))),
        &mut s.manual,
        true,
    );
    cx.localized(
        ui,
        UiText::OtherMeasures.get(l),
        P::Security(Some(SecurityField::General(None))),
        &mut s.general,
        true,
    );
}

/// The form of section automated.
pub(super) fn automated_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let s = &mut r.automated;
    if cx.answer(
        ui,
        UiText::ThereAutomatedDecisionMaking.get(l),
        P::Automated(Some(AutomatedField::Answer)),
        &mut s.answer,
    ) || !s.logic.is_empty()
        || !s.consequences.is_empty()
    {
        cx.localized(ui, UiText::Logic.get(l), P::Automated(Some(AutomatedField::Logic(None))), &mut s.logic, true);
        cx.localized(
            ui,
            DocText::SignificanceConsequences.get(l),
            P::Automated(Some(AutomatedField::Consequences(None))),
            &mut s.consequences,
            true,
        );
    }
    cx.localized(
        ui,
        UiText::Description.get(l),
        P::Automated(Some(AutomatedField::Description(None))),
        &mut s.description,
        true,
    );
}

/// The form of section complaint.
pub(super) fn complaint_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    ui.label(UiText::LeaveAuthorityEmptyUse.get(l));
    let at = |f| P::Complaint(Some(ComplaintField::Authority(f)));
    contact_ui(ui, cx, &at, &mut r.complaint.authority, false);
    cx.localized(
        ui,
        UiText::OwnText.get(l),
        P::Complaint(Some(ComplaintField::Text(None))),
        &mut r.complaint.text,
        true,
    );
    cx.findings_ui(ui, P::Complaint(None));
}

/// The form of section provision.
pub(super) fn provision_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let p = &mut r.provision;
    let requirement = ui.horizontal_wrapped(|ui| {
        let lab = ui.label(UiText::ProvidingData.get(l));
        egui::ComboBox::from_id_salt("provision.requirement")
            .selected_text(short_requirement(p.requirement, l))
            .show_ui(ui, |ui| {
                for q in Requirement::ALL {
                    ui.selectable_value(&mut p.requirement, q, short_requirement(q, l));
                }
            })
            .response
            .labelled_by(lab.id)
    });
    cx.focus_on(P::Provision(Some(ProvisionField::Requirement)), &requirement.inner);
    cx.findings_ui(ui, P::Provision(Some(ProvisionField::Requirement)));
    cx.localized(
        ui,
        UiText::ConsequencesNotProvidingData.get(l),
        P::Provision(Some(ProvisionField::Consequences(None))),
        &mut p.consequences,
        true,
    );
}

/// The form of section cookies.
pub(super) fn cookies_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    cx.localized(ui, DocText::Cookies.get(l), P::Cookies(None), &mut r.cookies, true)
}

/// The form of section extra.
pub(super) fn extra_section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let add = list_ui(ui, l, P::Extra(List::All), &mut r.extra, UiText::AddSection.get(l), |ui, i, e| {
        cx.localized(
            ui,
            UiText::Heading.get(l),
            P::Extra(List::field(i, ExtraField::Heading(None))),
            &mut e.heading,
            false,
        );
        cx.localized(ui, UiText::Text.get(l), P::Extra(List::field(i, ExtraField::Body(None))), &mut e.body, true);
        let mut first = e.placement == ExtraPlacement::BeforeSections;
        if ui.checkbox(&mut first, UiText::PrintBeforeSections.get(l)).changed() {
            e.placement = if first { ExtraPlacement::BeforeSections } else { ExtraPlacement::AfterSections };
        }
    });
    cx.focus_on(P::Extra(List::All), &add);
}

/// A processor's contract (Art. 28(3)): reference, signed and end dates, and where the
/// processor and its sub-processors process the data (country codes, for the EU/EEA check).
fn contract_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, path: &dyn Fn(ProcessorField) -> P, p: &mut Processor) {
    let l = cx.lang;
    cx.text(ui, UiText::ContractReferenceLink.get(l), path(ProcessorField::Contract), &mut p.contract);
    cx.date(ui, UiText::ContractSigned.get(l), path(ProcessorField::Signed), &mut p.signed);
    cx.date(ui, UiText::ContractEnds.get(l), path(ProcessorField::Ends), &mut p.ends);
    // The typed text is kept while the field has focus, so that "FI, " can become "FI, SE".
    let at = path(ProcessorField::Locations(List::All));
    let id = ui.make_persistent_id(("locations", at));
    let mut text = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| p.locations.join(", "));
    let lab = ui.label(UiText::CountriesProcessingSubProcessors.get(l));
    let edit = ui.add(egui::TextEdit::singleline(&mut text).desired_width(f32::INFINITY)).labelled_by(lab.id);
    cx.focus_on(at, &edit);
    if edit.changed() {
        p.locations = text.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
    }
    if edit.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    cx.findings_ui(ui, at);
}
