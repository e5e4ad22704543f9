//! Accountability in the register's first section (issue 15, GDPR Art. 5(2)): approvals,
//! the DPO's opinion, the DPIA, the change log switch, and the published versions with
//! "compare" and "restore as draft". None of it is printed on the public notice.

use super::*;
use crate::gui::command::Command;
use crate::i18n::{DocText, UiText};

/// Approvals, the DPO's opinion, the DPIA, the change log and the published versions.
pub(super) fn accountability_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    ui.separator();
    approvals_ui(ui, cx, &mut r.approvals);
    ui.separator();
    opinion_ui(ui, cx, &mut r.dpo_opinion);
    ui.separator();
    dpia_ui(ui, cx, &mut r.dpia);
    ui.separator();
    history_ui(ui, cx, r);
}

/// A multi-line plain text with its label (one paragraph per line).
fn prose(ui: &mut Ui, cx: &mut FormCtx<'_>, label: &str, path: P, value: &mut String) {
    let lab = ui.label(label);
    let edit =
        ui.add(egui::TextEdit::multiline(value).desired_rows(3).desired_width(f32::INFINITY)).labelled_by(lab.id);
    cx.focus_on(path, &edit);
    cx.findings_ui(ui, path);
}

fn approvals_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, a: &mut Approvals) {
    let l = cx.lang;
    ui.label(RichText::new(UiText::ApprovalsNeverPrinted.get(l)).strong());
    type Role = fn(Option<ApprovalField>) -> ApprovalsField;
    let roles: [(&str, Role, &mut Approval); 3] = [
        (DocText::Drafted.get(l), ApprovalsField::Drafted, &mut a.drafted),
        (DocText::Checked.get(l), ApprovalsField::Checked, &mut a.checked),
        (DocText::Approved.get(l), ApprovalsField::Approved, &mut a.approved),
    ];
    for (role, field, x) in roles {
        let path = |f| P::Approvals(Some(field(Some(f))));
        cx.text(ui, &format!("{role}: {}", UiText::NameLower.get(l)), path(ApprovalField::Name), &mut x.name);
        cx.text(ui, &format!("{role}: {}", UiText::TitleLower.get(l)), path(ApprovalField::Title), &mut x.title);
        cx.date(ui, &format!("{role}: {}", UiText::Date.get(l)), path(ApprovalField::Date), &mut x.date);
    }
    cx.findings_exact(ui, P::Approvals(None));
}

fn dpia_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, d: &mut Dpia) {
    let l = cx.lang;
    ui.label(RichText::new(UiText::DataProtectionImpactAssessment.get(l)).strong());
    cx.answer(ui, UiText::DPIARequired.get(l), P::Dpia(Some(DpiaField::Required)), &mut d.required);
    if d.required == Answer::Unanswered {
        ui.label(RichText::new(UiText::NotAnsweredNotAssessed.get(l)).small().weak());
    }
    prose(ui, cx, UiText::ReasonAssessment.get(l), P::Dpia(Some(DpiaField::Reason)), &mut d.reason);
    cx.text(ui, UiText::AssessmentReferenceLink.get(l), P::Dpia(Some(DpiaField::Reference)), &mut d.reference);
    cx.date(ui, UiText::AssessmentDate.get(l), P::Dpia(Some(DpiaField::Date)), &mut d.date);
}

/// The DPO's opinion: its text and date.
fn opinion_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, o: &mut Opinion) {
    let l = cx.lang;
    ui.label(RichText::new(UiText::DPOsOpinionNeverPrinted.get(l)).strong());
    prose(ui, cx, DocText::DPOsOpinion.get(l), P::DpoOpinion(Some(OpinionField::Text)), &mut o.text);
    cx.date(ui, UiText::DateOpinion.get(l), P::DpoOpinion(Some(OpinionField::Date)), &mut o.date);
}

/// The published versions, newest first, each with date, publisher, approver and note, and
/// buttons to compare it with the draft or restore it as the draft; and the publish button.
fn history_ui(ui: &mut Ui, cx: &mut FormCtx<'_>, r: &mut Register) {
    let l = cx.lang;
    let change_log = ui.checkbox(&mut r.change_log, UiText::PrintChangeLogNotice.get(l));
    cx.focus_on(P::ChangeLog, &change_log);
    ui.label(RichText::new(UiText::PublishedVersions.get(l)).strong());
    if r.history.is_empty() {
        ui.label(UiText::NoPublishedVersions.get(l));
    }
    // The version in force today: the newest published on or before it (Art. 5(2)).
    let in_force = version_at(&r.history, crate::gui::today()).map(|v| v.version);
    let mut order: Vec<usize> = (0..r.history.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(r.history[i].version));
    for i in order {
        let v = &r.history[i];
        ui.push_id(("version", i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                let date = v.date.map(Date::finnish).unwrap_or_default();
                let mark =
                    if in_force == Some(v.version) { format!(" ({})", UiText::Force.get(l)) } else { String::new() };
                ui.label(RichText::new(format!("{} {}, {date}{mark}", DocText::Version.get(l), v.version)).strong());
                if !v.by.is_empty() {
                    ui.label(format!("{}: {}", UiText::Published.get(l), v.by));
                }
                if !v.approved.is_empty() {
                    ui.label(format!("{}: {}", UiText::Approved.get(l), v.approved));
                }
                if !v.note.is_empty() {
                    ui.label(RichText::new(&v.note).italics());
                }
                if v.forced {
                    ui.label(UiText::PublishedDespiteErrors.get(l));
                }
                if !v.changed.is_empty() {
                    let names: Vec<String> = v.changed.iter().map(ToString::to_string).collect();
                    ui.label(RichText::new(format!("{}: {}", UiText::ChangedFields.get(l), names.join(", "))).small());
                }
                ui.horizontal_wrapped(|ui| {
                    let n = v.version;
                    let compare = ui.button(format!("{} {n}", UiText::CompareVersion.get(l)));
                    cx.focus_on(P::History(List::at(i)), &compare);
                    if compare.clicked() {
                        cx.commands.push(Command::CompareVersion(n));
                    }
                    let restore = match l {
                        Lang::Fi => format!("Palauta versio {n} luonnokseksi"),
                        Lang::Sv => format!("Återställ version {n} som utkast"),
                        Lang::En => format!("Restore version {n} as draft"),
                    };
                    if ui.button(restore).clicked() {
                        cx.commands.push(Command::RestoreVersion(n));
                    }
                });
                cx.findings_ui(ui, P::History(List::at(i)));
            });
        });
    }
    cx.findings_exact(ui, P::History(List::All));
    let publish = ui.button(UiText::PublishNewVersion.get(l));
    cx.focus_on(P::History(List::All), &publish);
    if publish.clicked() {
        cx.commands.push(Command::AskPublish);
    }
}
