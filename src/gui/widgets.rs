//! Labelled form widgets: every input is tied to its label (`labelled_by`) for screen
//! readers and tests, shows the findings of its field, and takes focus on request.

use crate::i18n::UiText;
use crate::model::{Answer, Date, FieldPath, Lang, Text};
use crate::validate::{Finding, Severity};
use egui::{Color32, RichText, Ui};

/// What a form needs besides the data it edits.
pub struct FormCtx<'a> {
    /// UI language.
    pub lang: Lang,
    /// The notice languages (one input per language for localized texts).
    pub langs: Vec<Lang>,
    /// Findings of the register.
    pub findings: &'a [Finding],
    /// A field to focus now.
    pub focus: &'a mut Option<FieldPath>,
    /// Rights unticked in this form, with their own wording (see `Document::set_right_listed`).
    pub unticked_rights: &'a mut Vec<crate::model::RightEntry>,
    /// Commands the form's buttons ask for (publish, compare with a version, restore one).
    pub commands: &'a mut Vec<super::command::Command>,
    /// The findings already shown in this frame (by index): each is shown once, under the
    /// first (innermost) field that claims it, not again under its group (issue 13).
    pub shown: std::cell::RefCell<Vec<bool>>,
}

impl FormCtx<'_> {
    /// Shows the findings of `path` (and of fields below it) under the widget, except those
    /// already shown.
    pub fn findings_ui(&self, ui: &mut Ui, path: FieldPath) {
        self.show_findings(ui, |f| f.path.is_within(path));
    }

    fn show_findings(&self, ui: &mut Ui, wanted: impl Fn(&Finding) -> bool) {
        let mut shown = self.shown.borrow_mut();
        if shown.len() != self.findings.len() {
            shown.resize(self.findings.len(), false);
        }
        for (f, done) in self.findings.iter().zip(shown.iter_mut()) {
            if !*done && wanted(f) {
                finding_label(ui, f, self.lang);
                *done = true;
            }
        }
    }

    /// Gives `response` the focus when the requested field is `path` or lies inside it, or
    /// when the request names a group `path` lies in (the group's first widget takes it),
    /// and scrolls to it.
    pub fn focus_on(&mut self, path: FieldPath, response: &egui::Response) {
        if self.focus.is_some_and(|p| p.is_within(path) || path.is_within(p)) {
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            *self.focus = None;
        }
    }

    /// A one-line text input with its label.
    pub fn text(&mut self, ui: &mut Ui, label: &str, path: FieldPath, value: &mut String) {
        let l = ui.label(label);
        let r = ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY)).labelled_by(l.id);
        self.focus_on(path, &r);
        self.findings_ui(ui, path);
        ui.add_space(2.0);
    }

    /// A localized text: one input per notice language, labelled `Label (fi)`.
    pub fn localized(&mut self, ui: &mut Ui, label: &str, path: FieldPath, value: &mut Text, multiline: bool) {
        // The notice languages, and any other language the text already has (never hidden).
        let langs: Vec<Lang> =
            Lang::ALL.into_iter().filter(|l| self.langs.contains(l) || !value.is_empty_in(*l)).collect();
        for lang in langs {
            let lpath = path.in_lang(lang);
            let text = value.get_mut(lang);
            let l = ui.label(format!("{label} ({})", lang.code()));
            let edit = if multiline {
                egui::TextEdit::multiline(text).desired_rows(3)
            } else {
                egui::TextEdit::singleline(text)
            };
            let r = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(l.id);
            self.focus_on(lpath, &r);
            self.findings_ui(ui, lpath);
        }
        self.findings_exact(ui, path);
    }

    /// Findings whose path is exactly `path`.
    pub fn findings_exact(&self, ui: &mut Ui, path: FieldPath) {
        self.show_findings(ui, |f| f.path == path);
    }

    /// A three-valued question; returns true when the answer is Yes (to reveal details).
    pub fn answer(&mut self, ui: &mut Ui, label: &str, path: FieldPath, value: &mut Answer) -> bool {
        let lang = self.lang;
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(label);
            let r = egui::ComboBox::from_id_salt(path)
                .selected_text(value.label(lang))
                .show_ui(ui, |ui| {
                    for a in Answer::ALL {
                        ui.selectable_value(value, a, a.label(lang));
                    }
                })
                .response
                .labelled_by(l.id);
            self.focus_on(path, &r);
        });
        self.findings_exact(ui, path);
        *value == Answer::Yes
    }

    /// A date typed as d.m.yyyy; a wrong date is shown as an error and not stored.
    pub fn date(&mut self, ui: &mut Ui, label: &str, path: FieldPath, value: &mut Option<Date>) {
        let id = ui.make_persistent_id(("date", path));
        let mut text: String =
            ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| value.map(|d| d.finnish()).unwrap_or_default());
        let mut problem = None;
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(label);
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .hint_text(UiText::DatePattern.get(self.lang))
                        .desired_width(110.0),
                )
                .labelled_by(l.id);
            self.focus_on(path, &r);
            if r.changed() {
                if text.trim().is_empty() {
                    *value = None;
                } else {
                    if let Ok(d) = text.parse::<Date>() {
                        *value = Some(d);
                    }
                }
            }
            if !text.trim().is_empty() && text.parse::<Date>().is_err() {
                problem = Some(text.clone());
            }
            if r.has_focus() || problem.is_some() {
                ui.data_mut(|d| d.insert_temp(id, text.clone()));
            } else {
                ui.data_mut(|d| d.remove::<String>(id));
            }
        });
        if problem.is_some() {
            let (mark, color) = severity_style(Severity::Error, ui.visuals().dark_mode);
            let msg = UiText::NotRealDateFormat.get(self.lang);
            ui.label(RichText::new(format!("{mark} {msg}")).color(color).small());
        }
        self.findings_ui(ui, path);
    }
}

/// One finding as a small coloured line under its field.
fn finding_label(ui: &mut Ui, f: &Finding, lang: Lang) {
    let (mark, color) = severity_style(f.severity, ui.visuals().dark_mode);
    ui.label(RichText::new(format!("{mark} {}", f.message(lang))).color(color).small());
}

/// The mark and colour of a severity (each at least 4.5:1 on its theme's backgrounds; see `theme`).
pub fn severity_style(s: Severity, dark: bool) -> (&'static str, Color32) {
    match (s, dark) {
        (Severity::Error, false) => ("●", Color32::from_rgb(180, 20, 20)),
        (Severity::Error, true) => ("●", Color32::from_rgb(255, 110, 110)),
        (Severity::Warning, false) => ("⚠", Color32::from_rgb(140, 80, 0)),
        (Severity::Warning, true) => ("⚠", Color32::from_rgb(240, 190, 80)),
        (Severity::Hint, false) => ("○", Color32::from_gray(92)),
        (Severity::Hint, true) => ("○", Color32::from_gray(165)),
    }
}

/// A list editor: each item in a frame with move up / move down / remove, and an add button.
/// `item_ui` draws one item given its index. A new item takes the focus in its first field:
/// the frame after "+ Add" its Remove button takes the focus, and the frame after that the
/// focus moves on to the next widget in Tab order, the item's first field (issue 13).
pub fn list_ui<T: Default>(
    ui: &mut Ui,
    lang: Lang,
    path: FieldPath,
    items: &mut Vec<T>,
    add_label: &str,
    mut item_ui: impl FnMut(&mut Ui, usize, &mut T),
) -> egui::Response {
    let mut action: Option<(usize, i8)> = None;
    let n = items.len();
    // (index of the added item, step): 1 = focus its Remove button, 2 = move on to the next.
    let added_id = ui.make_persistent_id(("list_added", path));
    let added: Option<(usize, u8)> = ui.data(|d| d.get_temp(added_id));
    if let Some((_, 2)) = added {
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::Next));
        ui.data_mut(|d| d.remove::<(usize, u8)>(added_id));
    }
    for (i, item) in items.iter_mut().enumerate() {
        ui.push_id((path, i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{}.", i + 1)).strong());
                    if ui.add_enabled(i > 0, egui::Button::new("↑")).on_hover_text(UiText::MoveUp.get(lang)).clicked()
                    {
                        action = Some((i, -1));
                    }
                    if ui
                        .add_enabled(i + 1 < n, egui::Button::new("↓"))
                        .on_hover_text(UiText::MoveDown.get(lang))
                        .clicked()
                    {
                        action = Some((i, 1));
                    }
                    let remove = ui.button(UiText::Remove.get(lang));
                    if remove.clicked() {
                        action = Some((i, 0));
                    }
                    if added == Some((i, 1)) {
                        remove.request_focus();
                        ui.data_mut(|d| d.insert_temp(added_id, (i, 2_u8)));
                        ui.ctx().request_repaint();
                    }
                });
                item_ui(ui, i, item);
            });
        });
    }
    let add = ui.button(format!("+ {add_label}"));
    if add.clicked() {
        items.push(T::default());
        ui.data_mut(|d| d.insert_temp(added_id, (n, 1_u8)));
        ui.ctx().request_repaint();
    }
    match action {
        Some((i, 0)) => {
            items.remove(i);
        }
        Some((i, -1)) if i > 0 => items.swap(i, i - 1),
        Some((i, 1)) if i + 1 < items.len() => items.swap(i, i + 1),
        _ => {}
    }
    add
}
