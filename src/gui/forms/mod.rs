//! One form per register section (DESIGN.md section 1).

use super::widgets::{FormCtx, list_ui};
use crate::i18n::{DocText, UiText};
use crate::model::FieldPath as P;
use crate::model::*;
use egui::{RichText, Ui};

mod account;
mod sections;

/// Draws the form of `section` for `r`.
pub fn section_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, section: Section, r: &mut Register) {
    let l = cx.lang;
    ui.heading(section.heading(l));
    ui.add_space(4.0);
    match section {
        Section::Meta => meta_ui(ui, cx, r),
        Section::Name => cx.localized(ui, DocText::NameRegister.get(l), P::Name(None), &mut r.name, false),
        Section::Controller => controller_ui(ui, cx, &mut r.controller),
        Section::Contacts => sections::contacts_section_ui(ui, cx, r),
        Section::Dpo => {
            contact_ui(ui, cx, &P::Dpo, &mut r.dpo, true);
            cx.localized(ui, UiText::MoreInformation.get(l), P::DpoDetails(None), &mut r.dpo_details, true);
        }
        Section::Purposes => purposes_ui(ui, cx, r),
        Section::Subjects => sections::subjects_section_ui(ui, cx, r),
        Section::Data => data_ui(ui, cx, &mut r.data),
        Section::Sources => sections::sources_section_ui(ui, cx, r),
        Section::Recipients => sections::recipients_section_ui(ui, cx, r),
        Section::Processors => sections::processors_section_ui(ui, cx, r),
        Section::Transfers => sections::transfers_section_ui(ui, cx, r),
        Section::Retention => sections::retention_section_ui(ui, cx, r),
        Section::Security => sections::security_section_ui(ui, cx, r),
        Section::Automated => sections::automated_section_ui(ui, cx, r),
        Section::Rights => rights_ui(ui, cx, r),
        Section::Complaint => sections::complaint_section_ui(ui, cx, r),
        Section::Provision => sections::provision_section_ui(ui, cx, r),
        Section::Cookies => sections::cookies_section_ui(ui, cx, r),
        Section::Extra => sections::extra_section_ui(ui, cx, r),
    }
}

fn short_requirement(q: Requirement, l: Lang) -> &'static str {
    match q {
        Requirement::Unanswered => DocText::NotAnswered.get(l),
        Requirement::Statutory => UiText::Statutory.get(l),
        Requirement::Contractual => UiText::Contractual.get(l),
        Requirement::Voluntary => UiText::Voluntary.get(l),
        Requirement::NotFromDataSubject => UiText::NotCollectedDataSubject.get(l),
    }
}

fn meta_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let status = ui.horizontal_wrapped(|ui| {
        let lab = ui.label(DocText::Status.get(l));
        egui::ComboBox::from_id_salt("status")
            .selected_text(r.status.label(l))
            .show_ui(ui, |ui| {
                for s in Status::ALL {
                    ui.selectable_value(&mut r.status, s, s.label(l));
                }
            })
            .response
            .labelled_by(lab.id)
    });
    cx.focus_on(P::Status, &status.inner);
    cx.date(ui, UiText::Created.get(l), P::Created, &mut r.created);
    cx.date(ui, DocText::Updated.get(l), P::Updated, &mut r.updated);
    cx.date(ui, DocText::NextReview.get(l), P::NextReview, &mut r.next_review);
    ui.horizontal_wrapped(|ui| {
        ui.label(UiText::NoticeLanguages.get(l));
        for lang in Lang::ALL {
            let mut on = r.languages.contains(&lang);
            let check = ui.checkbox(&mut on, lang.native_name());
            cx.focus_on(P::Languages(List::All), &check);
            if check.changed() {
                if on {
                    r.languages.push(lang);
                    r.languages.sort();
                } else {
                    r.languages.retain(|x| *x != lang);
                }
            }
        }
    });
    cx.findings_ui(ui, P::Languages(List::All));
    cx.localized(ui, UiText::Department.get(l), P::Department(None), &mut r.department, false);
    cx.text(ui, UiText::PublicURLNotice.get(l), P::PublicUrl, &mut r.public_url);
    cx.localized(ui, UiText::PosterTextRegister.get(l), P::PosterText(None), &mut r.poster_text, true);
    let mut tags = r.tags.join(", ");
    cx.text(ui, UiText::Tags.get(l), P::Tags(List::All), &mut tags);
    let new_tags: Vec<String> = tags.split(',').map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect();
    if new_tags != r.tags && !tags.ends_with(", ") && !tags.ends_with(',') {
        r.tags = new_tags;
    }
    let lab = ui.label(UiText::InternalNotesNeverPrinted.get(l));
    let notes = ui
        .add(egui::TextEdit::multiline(&mut r.notes).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(lab.id);
    cx.focus_on(P::Notes, &notes);
    cx.findings_ui(ui, P::Notes);
    account::accountability_ui(ui, cx, r);
}

fn controller_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, c: &mut Controller) {
    let l = cx.lang;
    let kind = ui.horizontal_wrapped(|ui| {
        let lab = ui.label(UiText::KindController.get(l));
        egui::ComboBox::from_id_salt("controller.kind")
            .selected_text(c.kind.label(l))
            .show_ui(ui, |ui| {
                for k in ControllerKind::ALL {
                    ui.selectable_value(&mut c.kind, k, k.label(l));
                }
            })
            .response
            .labelled_by(lab.id)
    });
    cx.focus_on(P::Controller(Some(ControllerField::Kind)), &kind.inner);
    cx.findings_ui(ui, P::Controller(Some(ControllerField::Kind)));
    contact_ui(ui, cx, &|f| P::Controller(Some(ControllerField::Contact(f))), &mut c.contact, false);
    cx.localized(ui, UiText::DecidingBody.get(l), P::Controller(Some(ControllerField::Body(None))), &mut c.body, false);
    cx.text(ui, DocText::BusinessID.get(l), P::Controller(Some(ControllerField::BusinessId)), &mut c.business_id);
    ui.separator();
    ui.label(RichText::new(DocText::JointControllers.get(l)).strong());
    let add = list_ui(
        ui,
        l,
        P::Controller(Some(ControllerField::Joint(List::All))),
        &mut c.joint,
        UiText::AddJointController.get(l),
        |ui, i, j| {
            let p = |f| P::Controller(Some(ControllerField::Joint(List::field(i, f))));
            contact_ui(ui, cx, &|f| p(JointField::Contact(f)), &mut j.contact, false);
            cx.localized(
                ui,
                UiText::Responsibility.get(l),
                p(JointField::Responsibility(None)),
                &mut j.responsibility,
                false,
            );
        },
    );
    cx.focus_on(P::Controller(Some(ControllerField::Joint(List::All))), &add);
    if !c.joint.is_empty() || !c.joint_arrangement.is_empty() {
        cx.localized(
            ui,
            UiText::EssenceArrangement.get(l),
            P::Controller(Some(ControllerField::JointArrangement(None))),
            &mut c.joint_arrangement,
            true,
        );
    }
    cx.localized(
        ui,
        UiText::MoreInformation.get(l),
        P::Controller(Some(ControllerField::Details(None))),
        &mut c.details,
        true,
    );
}

/// A contact block. `person` shows the title field.
/// `at` places a field of the block in the register (`None`: the block itself).
fn contact_ui(
    ui: &mut Ui,
    cx: &mut FormCtx<'_>,
    at: &dyn Fn(Option<ContactField>) -> P,
    c: &mut Contact,
    person: bool,
) {
    contact_labelled_ui(ui, cx, "", at, c, person);
}

/// A contact block whose labels start with `prefix` (to tell several blocks apart).
fn contact_labelled_ui(
    ui: &mut Ui,
    cx: &mut FormCtx<'_>,
    prefix: &str,
    at: &dyn Fn(Option<ContactField>) -> P,
    c: &mut Contact,
    person: bool,
) {
    let l = cx.lang;
    let f = |field: ContactField| at(Some(field));
    let lab = |s: &str| format!("{prefix}{s}");
    cx.localized(ui, &lab(UiText::Name.get(l)), f(ContactField::Name(None)), &mut c.name, false);
    if person {
        cx.localized(ui, &lab(UiText::Title.get(l)), f(ContactField::Title(None)), &mut c.title, false);
    }
    cx.localized(ui, &lab(UiText::StreetAddress.get(l)), f(ContactField::Street(None)), &mut c.street, false);
    cx.text(ui, &lab(UiText::PostalCode.get(l)), f(ContactField::PostalCode), &mut c.postal_code);
    cx.localized(ui, &lab(UiText::City.get(l)), f(ContactField::City(None)), &mut c.city, false);
    cx.text(ui, &lab(UiText::Phone.get(l)), f(ContactField::Phone), &mut c.phone);
    cx.text(ui, &lab(UiText::EMail.get(l)), f(ContactField::Email), &mut c.email);
    cx.text(ui, &lab(UiText::Web.get(l)), f(ContactField::Web), &mut c.web);
    cx.findings_ui(ui, at(None));
}

/// The organisation profile's form: controller, DPO, supervisory authority, security texts.
pub fn organisation_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, org: &mut Organisation) {
    let l = cx.lang;
    ui.collapsing(DocText::Controller.get(l), |ui| {
        let p = UiText::Controller.get(l);
        contact_labelled_ui(
            ui,
            cx,
            p,
            &|f| P::Controller(Some(ControllerField::Contact(f))),
            &mut org.controller.contact,
            false,
        );
        cx.localized(
            ui,
            &format!("{p}{}", UiText::DecidingBody.get(l)),
            P::Controller(Some(ControllerField::Body(None))),
            &mut org.controller.body,
            false,
        );
        cx.text(
            ui,
            &format!("{p}{}", DocText::BusinessID.get(l)),
            P::Controller(Some(ControllerField::BusinessId)),
            &mut org.controller.business_id,
        );
    });
    ui.collapsing(DocText::DataProtectionOfficer.get(l), |ui| {
        let p = UiText::DpoLabel.get(l);
        contact_labelled_ui(ui, cx, p, &P::Dpo, &mut org.dpo, true);
    });
    ui.collapsing(UiText::SupervisoryAuthority.get(l), |ui| {
        let p = UiText::Authority.get(l);
        contact_labelled_ui(
            ui,
            cx,
            p,
            &|f| P::Complaint(Some(ComplaintField::Authority(f))),
            &mut org.authority,
            false,
        );
    });
    ui.collapsing(UiText::StandardSecurityTexts.get(l), |ui| {
        cx.localized(
            ui,
            DocText::ElectronicMaterial.get(l),
            P::Security(Some(SecurityField::Electronic(None))),
            &mut org.security.electronic,
            true,
        );
        cx.localized(
            ui,
            DocText::ManualMaterial.get(l),
            P::Security(Some(SecurityField::Manual(None))),
            &mut org.security.manual,
            true,
        );
    });
}

fn role_ui(ui: &mut Ui, l: Lang, i: usize, role: &mut ContactRole) -> egui::Response {
    ui.horizontal_wrapped(|ui| {
        let lab = ui.label(UiText::Role.get(l));
        egui::ComboBox::from_id_salt(("role", i))
            .selected_text(role.label(l))
            .show_ui(ui, |ui| {
                for r in ContactRole::ALL {
                    ui.selectable_value(role, r, r.label(l));
                }
            })
            .response
            .labelled_by(lab.id)
    })
    .inner
}

fn safeguard_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, path: P, s: &mut Option<Safeguard>) {
    let l = cx.lang;
    let r = ui
        .horizontal_wrapped(|ui| {
            let lab = ui.label(DocText::Safeguard.get(l));
            let none = DocText::NotChosen.get(l);
            egui::ComboBox::from_id_salt(path)
                .selected_text(s.map_or(none, |x| x.label(l)))
                .show_ui(ui, |ui| {
                    ui.selectable_value(s, None, none);
                    for g in Safeguard::ALL {
                        ui.selectable_value(s, Some(g), g.label(l));
                    }
                })
                .response
                .labelled_by(lab.id)
        })
        .inner;
    cx.focus_on(path, &r);
    cx.findings_ui(ui, path);
}

fn purposes_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let add = list_ui(ui, l, P::Purposes(List::All), &mut r.purposes, UiText::AddPurpose.get(l), |ui, i, p| {
        let path = |f| P::Purposes(List::field(i, f));
        cx.localized(ui, DocText::PurposeOfUse.get(l), path(PurposeField::Description(None)), &mut p.description, true);
        ui.label(RichText::new(UiText::LegalBasesArticle6.get(l)).strong());
        for basis in LegalBasis::ALL {
            let mut on = p.legal_bases.contains(&basis);
            let text = format!("{}) {}", basis.letter(), basis.label(l));
            let check = ui.checkbox(&mut on, text).on_hover_text(basis.explanation(l));
            cx.focus_on(path(PurposeField::LegalBases(List::All)), &check);
            if check.changed() {
                if on {
                    p.legal_bases.push(basis);
                    p.legal_bases.sort();
                } else {
                    p.legal_bases.retain(|b| *b != basis);
                }
            }
            ui.label(RichText::new(basis.explanation(l)).small().weak());
        }
        cx.findings_ui(ui, path(PurposeField::LegalBases(List::All)));
        if p.legal_bases.iter().any(|b| matches!(b, LegalBasis::LegalObligation | LegalBasis::PublicTask))
            || !p.law.is_empty()
        {
            cx.localized(ui, UiText::LawBasisRests.get(l), path(PurposeField::Law(None)), &mut p.law, false);
        }
        if p.legal_bases.contains(&LegalBasis::LegitimateInterests) || !p.legitimate_interests.is_empty() {
            cx.localized(
                ui,
                DocText::LegitimateInterestsPlural.get(l),
                path(PurposeField::LegitimateInterests(None)),
                &mut p.legitimate_interests,
                true,
            );
        }
        let marketing = ui.checkbox(&mut p.direct_marketing, UiText::DirectMarketing.get(l));
        cx.focus_on(path(PurposeField::DirectMarketing), &marketing);
        cx.localized(
            ui,
            UiText::PosterTextPurpose.get(l),
            path(PurposeField::PosterText(None)),
            &mut p.poster_text,
            true,
        );
    });
    cx.focus_on(P::Purposes(List::All), &add);
    cx.findings_ui(ui, P::Purposes(List::All));
    cx.localized(ui, UiText::LegalBasisOwnWords.get(l), P::LegalBasisText(None), &mut r.legal_basis_text, true);
}

fn data_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, d: &mut DataContent) {
    let l = cx.lang;
    cx.localized(ui, UiText::Description.get(l), P::Data(Some(DataField::Description(None))), &mut d.description, true);
    let add = list_ui(
        ui,
        l,
        P::Data(Some(DataField::Categories(List::All))),
        &mut d.categories,
        UiText::AddDataCategory.get(l),
        |ui, i, c| {
            let p = |f| P::Data(Some(DataField::Categories(List::field(i, f))));
            cx.localized(ui, UiText::Category.get(l), p(CategoryField::Name(None)), &mut c.name, false);
            cx.localized(ui, UiText::Contents.get(l), p(CategoryField::Description(None)), &mut c.description, false);
            let special = ui.horizontal_wrapped(|ui| {
                let lab = ui.label(UiText::SpecialCategory.get(l));
                let none = DocText::No.get(l);
                egui::ComboBox::from_id_salt(("special", i))
                    .selected_text(c.special.map_or(none, |k| k.label(l)))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut c.special, None, none);
                        for k in SpecialKind::ALL {
                            ui.selectable_value(&mut c.special, Some(k), k.label(l));
                        }
                    })
                    .response
                    .labelled_by(lab.id)
            });
            cx.focus_on(p(CategoryField::Special), &special.inner);
            cx.findings_ui(ui, p(CategoryField::Special));
        },
    );
    cx.focus_on(P::Data(Some(DataField::Categories(List::All))), &add);
    cx.findings_ui(ui, P::Data(Some(DataField::Categories(List::All))));
    if cx.answer(
        ui,
        UiText::SpecialCategoriesProcessedArticle.get(l),
        P::Data(Some(DataField::Special)),
        &mut d.special,
    ) || !d.special_conditions.is_empty()
        || d.categories.iter().any(|c| c.special.is_some())
    {
        ui.label(UiText::Article92Condition.get(l));
        for c in SpecialCondition::ALL {
            let mut on = d.special_conditions.contains(&c);
            let check = ui.checkbox(&mut on, format!("{}) {}", c.letter(), c.label(l)));
            cx.focus_on(P::Data(Some(DataField::SpecialConditions(List::All))), &check);
            if check.changed() {
                if on {
                    d.special_conditions.push(c);
                    d.special_conditions.sort();
                } else {
                    d.special_conditions.retain(|x| *x != c);
                }
            }
        }
        cx.findings_ui(ui, P::Data(Some(DataField::SpecialConditions(List::All))));
    }
    cx.localized(
        ui,
        UiText::SpecialCategoriesDetails.get(l),
        P::Data(Some(DataField::SpecialText(None))),
        &mut d.special_text,
        false,
    );
    if cx.answer(ui, UiText::CriminalDataProcessedArticle.get(l), P::Data(Some(DataField::Criminal)), &mut d.criminal)
        || !d.criminal_basis.is_empty()
    {
        cx.localized(
            ui,
            UiText::AuthorityCriminalData.get(l),
            P::Data(Some(DataField::CriminalBasis(None))),
            &mut d.criminal_basis,
            false,
        );
    }
    if cx.answer(
        ui,
        UiText::PersonalIdentityCodeProcessed.get(l),
        P::Data(Some(DataField::PersonalIdCode)),
        &mut d.personal_id_code,
    ) || !d.personal_id_basis.is_empty()
    {
        cx.localized(
            ui,
            UiText::BasisIdentityCodeData.get(l),
            P::Data(Some(DataField::PersonalIdBasis(None))),
            &mut d.personal_id_basis,
            false,
        );
    }
}

fn rights_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    use crate::validate::Applicability;
    let l = cx.lang;
    let table = crate::validate::register_rights(r);
    ui.label(UiText::ChooseRightsNoticeLists.get(l));
    if ui.button(UiText::ChooseLegalBases.get(l)).clicked() {
        let mut listed: Vec<RightEntry> = Vec::new();
        for right in table.to_list() {
            match r.rights.listed.iter().find(|e| e.right == right) {
                Some(e) => listed.push(e.clone()),
                None => listed.push(RightEntry::new(right)),
            }
        }
        r.rights.listed = listed;
    }
    let listed = |i| P::Rights(Some(RightsField::Listed(List::at(i))));
    for right in Right::ALL {
        let mut on = r.lists_right(right);
        let mark = match table.get(right) {
            Applicability::Applies => " ✓",
            Applicability::Conditional => " (✓)",
            Applicability::NotApplicable => "",
        };
        let check = ui.checkbox(&mut on, format!("{} ({}){mark}", right.label(l), right.article()));
        let at = r.rights.listed.iter().position(|e| e.right == right);
        cx.focus_on(at.map_or(P::Rights(Some(RightsField::Listed(List::All))), listed), &check);
        if let Some(i) = at {
            cx.findings_exact(ui, listed(i));
        }
        if check.changed() {
            // An unticked right's own wording is kept aside, and comes back when ticked.
            super::document::Document::set_right_listed(r, cx.unticked_rights, right, on);
        }
    }
    // The register's own wording of a right (empty: the standard text), where it has one.
    for (i, entry) in r.rights.listed.iter_mut().enumerate() {
        if !entry.text.is_empty() {
            let label = format!("{}: {}", entry.right.label(l), UiText::OwnWording.get(l));
            let path = P::Rights(Some(RightsField::Listed(List::field(i, RightEntryField::Text(None)))));
            cx.localized(ui, &label, path, &mut entry.text, true);
        }
    }
    cx.findings_exact(ui, P::Rights(Some(RightsField::Listed(List::All))));
    cx.localized(
        ui,
        UiText::HowExerciseRights.get(l),
        P::Rights(Some(RightsField::HowTo(None))),
        &mut r.rights.how_to,
        true,
    );
}
