//! The eframe app: menu bar, workspace panel (left), register editor (centre),
//! findings or preview (right), messages and prompts.

use super::forms;
use super::state::{AppState, Command, PathPurpose, RightView, SortBy};
use super::widgets::{FormCtx, severity_style};
use crate::i18n::{DocText, UiText};
use crate::model::{Lang, Section, Status};
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};
use std::path::PathBuf;

// The keyboard shortcuts the menus show beside their items (Ctrl on Linux and Windows,
// ⌘ on macOS).
const UNDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
const REDO: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
const SAVE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
const NEW: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::N);
const ZOOM_IN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus);
const ZOOM_OUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus);
const EXPORT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::E);
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);

/// A menu item showing its keyboard shortcut (a screen reader reads both).
fn item<'a>(ui: &Ui, text: &'a str, shortcut: &KeyboardShortcut) -> egui::Button<'a> {
    egui::Button::new(text).shortcut_text(ui.ctx().format_shortcut(shortcut))
}
/// The key eframe stores the settings under.
pub const SETTINGS_KEY: &str = "seloste-settings";

/// The editor application.
pub struct SelosteApp {
    /// All state; public so tests can read what the UI shows.
    pub state: AppState,
    commands: Vec<Command>,
    applied_zoom: f32,
    applied_dark: Option<bool>,
    applied_title: String,
    close_sent: bool,
    was_focused: bool,
    frames: u64,
    preview: super::preview::PreviewCache,
    /// Where the panes were drawn in the last frame (points); tests check the layout by them.
    pub panes: Panes,
    /// The widgets F6 moves the focus to, as drawn in the last frame.
    focus_targets: FocusTargets,
    /// F6 asked for the form: move the focus on from the last section (next frame).
    focus_form_next: bool,
    /// The rectangle the focus ring was drawn around in the last frame (points).
    pub focus_ring: Option<egui::Rect>,
    /// The right pane's width as dragged (points; kept within a share of the window).
    right_width: f32,
}

/// The panes F6 and Shift+F6 move between, in screen (and Tab) order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    /// The register list.
    Workspace,
    /// The section list.
    Sections,
    /// The section's form.
    Form,
    /// Findings or preview.
    Findings,
}

/// Where F6 puts the focus in each pane (widget ids from the last frame).
#[derive(Clone, Copy, Debug, Default)]
struct FocusTargets {
    search: Option<egui::Id>,
    section_selected: Option<egui::Id>,
    section_last: Option<egui::Id>,
    findings_tab: Option<egui::Id>,
}

/// The panes' rectangles in the last frame, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Panes {
    /// The workspace (register list) on the left.
    pub workspace: egui::Rect,
    /// The register editor in the centre (section list and form).
    pub editor: egui::Rect,
    /// Findings or preview on the right.
    pub right: egui::Rect,
    /// The section list, inside the editor.
    pub sections: egui::Rect,
}

impl Default for Panes {
    fn default() -> Self {
        let none = egui::Rect::NOTHING;
        Panes { workspace: none, editor: none, right: none, sections: none }
    }
}

impl SelosteApp {
    /// Creates the app and opens `path` (a register or a folder) or the default workspace.
    pub fn new(cc: &eframe::CreationContext<'_>, path: Option<PathBuf>) -> Self {
        super::install_fonts(&cc.egui_ctx);
        let settings = cc.storage.and_then(|s| eframe::get_value(s, SETTINGS_KEY)).unwrap_or_default();
        Self::with_settings(settings, path)
    }

    /// Creates the app with given settings (used by tests) and opens `path`.
    pub fn with_settings(settings: super::state::Settings, path: Option<PathBuf>) -> Self {
        let mut state = AppState::new(settings);
        let target = path
            .or_else(|| state.settings.last_workspace.clone().filter(|p| p.is_dir()))
            .or_else(super::default_workspace);
        if let Some(target) = target {
            state.handle(Command::OpenPath(target));
        }
        SelosteApp {
            state,
            commands: Vec::new(),
            applied_zoom: 0.0,
            applied_dark: None,
            applied_title: String::new(),
            close_sent: false,
            was_focused: true,
            frames: 0,
            preview: super::preview::PreviewCache::default(),
            panes: Panes::default(),
            focus_targets: FocusTargets::default(),
            focus_form_next: false,
            focus_ring: None,
            right_width: 380.0,
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let table = [
            (REDO, Command::Redo),
            (UNDO, Command::Undo),
            (KeyboardShortcut::new(Modifiers::COMMAND, Key::Y), Command::Redo),
            (SAVE, Command::Save),
            (NEW, Command::NewRegister),
            (ZOOM_IN, Command::ZoomIn),
            (KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals), Command::ZoomIn),
            (ZOOM_OUT, Command::ZoomOut),
            (EXPORT, Command::ExportPdf { poster: None }),
            (QUIT, Command::Quit),
        ];
        for (shortcut, command) in table {
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.commands.push(command);
            }
        }
    }

    /// The pane that holds the focused widget (by where it was drawn), if any.
    pub fn focused_pane(&self, ctx: &egui::Context) -> Option<Pane> {
        let id = ctx.memory(egui::Memory::focused)?;
        let at = ctx.read_response(id)?.rect.center();
        let p = &self.panes;
        if p.workspace.contains(at) {
            Some(Pane::Workspace)
        } else if p.right.contains(at) {
            Some(Pane::Findings)
        } else if p.sections.contains(at) {
            Some(Pane::Sections)
        } else if p.editor.contains(at) {
            Some(Pane::Form)
        } else {
            None
        }
    }

    /// F6 and Shift+F6 move the focus to the next or previous pane: workspace, sections,
    /// form, findings (the section list and form only while a register is open).
    fn pane_keys(&mut self, ctx: &egui::Context) {
        if std::mem::take(&mut self.focus_form_next) {
            // The last section has the focus since the last frame: the form's first widget
            // is the next one in Tab order.
            ctx.memory_mut(|m| m.move_focus(egui::FocusDirection::Next));
            ctx.request_repaint();
        }
        let back = ctx.input_mut(|i| i.consume_key(Modifiers::SHIFT, Key::F6));
        let forward = !back && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F6));
        if !back && !forward {
            return;
        }
        let panes: Vec<Pane> = if self.state.doc.is_some() {
            vec![Pane::Workspace, Pane::Sections, Pane::Form, Pane::Findings]
        } else {
            vec![Pane::Workspace, Pane::Findings]
        };
        let now = self.focused_pane(ctx).and_then(|p| panes.iter().position(|x| *x == p));
        let n = panes.len();
        let next = match (now, forward) {
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
            (None, true) => 0,
            (None, false) => n - 1,
        };
        let t = self.focus_targets;
        let target = match panes[next] {
            Pane::Workspace => t.search,
            Pane::Sections => t.section_selected,
            Pane::Form => {
                self.focus_form_next = true;
                t.section_last
            }
            Pane::Findings => t.findings_tab,
        };
        if let Some(id) = target {
            ctx.memory_mut(|m| m.request_focus(id));
        }
        ctx.request_repaint();
    }

    /// A ring around the focused widget, above everything, so that every focus stop is
    /// visible (issue 13); clipped to where the widget shows.
    fn focus_ring_ui(&mut self, ctx: &egui::Context) {
        self.focus_ring = None;
        let Some(id) = ctx.memory(egui::Memory::focused) else { return };
        let Some(response) = ctx.read_response(id) else { return };
        let rect = response.interact_rect;
        if !rect.is_positive() {
            return;
        }
        let stroke = super::theme::focus_stroke(ctx.global_style().visuals.dark_mode);
        let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("focus_ring")));
        painter.rect_stroke(rect.expand(1.0), 3.0, stroke, egui::StrokeKind::Outside);
        self.focus_ring = Some(rect);
    }

    /// Dragging the right pane's left edge resizes it (pointer only; not a focus stop).
    fn right_handle_ui(&mut self, ui: &mut Ui, right: egui::Rect) {
        let edge = egui::Rect::from_x_y_ranges(right.min.x - 3.0..=right.min.x + 3.0, right.y_range());
        let r = ui.interact(edge, egui::Id::unique("right_pane_handle"), egui::Sense::DRAG);
        if r.hovered() || r.dragged() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
        }
        if r.dragged() {
            self.right_width = (right.width() - r.drag_delta().x).max(160.0);
        }
    }

    fn drops(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_owned()).collect());
        for path in dropped {
            self.commands.push(Command::OpenPath(path));
        }
    }

    fn apply_settings(&mut self, ctx: &egui::Context) {
        let s = &self.state.settings;
        if (self.applied_zoom - s.zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(s.zoom);
            self.applied_zoom = s.zoom;
        }
        if self.applied_dark.is_none() {
            super::theme::install(ctx);
        }
        if self.applied_dark != Some(s.dark) {
            ctx.set_theme(if s.dark { egui::Theme::Dark } else { egui::Theme::Light });
            self.applied_dark = Some(s.dark);
        }
        let title = window_title(&self.state);
        if title != self.applied_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.applied_title = title;
        }
    }

    fn run_commands(&mut self) {
        for command in std::mem::take(&mut self.commands) {
            self.state.handle(command);
        }
    }

    fn menu_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let dirty = self.state.is_dirty();
        let has_doc = self.state.doc.is_some();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(UiText::File.get(l), |ui| self.file_menu(ui, dirty, has_doc));
            ui.menu_button(UiText::Edit.get(l), |ui| {
                let (undo, redo) = self.state.doc.as_ref().map_or((false, false), |d| (d.has_undo(), d.has_redo()));
                if ui.add_enabled(undo, item(ui, UiText::Undo.get(l), &UNDO)).clicked() {
                    self.commands.push(Command::Undo);
                }
                if ui.add_enabled(redo, item(ui, UiText::Redo.get(l), &REDO)).clicked() {
                    self.commands.push(Command::Redo);
                }
                ui.separator();
                let has_ws = self.state.workspace.dir.is_some();
                if ui.add_enabled(has_ws, egui::Button::new(UiText::OrganisationProfileMenu.get(l))).clicked() {
                    self.commands.push(Command::OpenOrganisation);
                }
                let undo_org = UiText::UndoOrganisationWideChange.get(l);
                if ui.add_enabled(self.state.org_undo.is_some(), egui::Button::new(undo_org)).clicked() {
                    self.commands.push(Command::UndoOrganisation);
                }
            });
            ui.menu_button(UiText::View.get(l), |ui| {
                ui.label(DocText::Language.get(l));
                for lang in Lang::ALL {
                    if ui.radio(self.state.settings.lang == lang, lang.native_name()).clicked() {
                        self.commands.push(Command::SetLang(lang));
                    }
                }
                ui.separator();
                if ui.add(item(ui, UiText::Zoom.get(l), &ZOOM_IN)).clicked() {
                    self.commands.push(Command::ZoomIn);
                }
                if ui.add(item(ui, UiText::ZoomOut.get(l), &ZOOM_OUT)).clicked() {
                    self.commands.push(Command::ZoomOut);
                }
                ui.separator();
                let dark = self.state.settings.dark;
                if ui.radio(!dark, UiText::LightTheme.get(l)).clicked() {
                    self.commands.push(Command::SetDark(false));
                }
                if ui.radio(dark, UiText::DarkTheme.get(l)).clicked() {
                    self.commands.push(Command::SetDark(true));
                }
                ui.separator();
                let mut builtin = self.state.settings.builtin_picker;
                if ui.checkbox(&mut builtin, UiText::BuiltinFilePicker.get(l)).changed() {
                    self.commands.push(Command::SetBuiltinPicker(builtin));
                }
            });
        });
    }

    /// The File menu's items.
    fn file_menu(&mut self, ui: &mut Ui, dirty: bool, has_doc: bool) {
        let l = self.state.lang();
        if ui.add(item(ui, UiText::NewRegister.get(l), &NEW)).clicked() {
            self.commands.push(Command::NewRegister);
        }
        if ui.button(UiText::OpenFolder.get(l)).clicked() {
            self.choose(PathPurpose::OpenFolder);
        }
        if ui.button(UiText::OpenRegister.get(l)).clicked() {
            self.choose(PathPurpose::OpenRegister);
        }
        if ui.button(UiText::ImportText.get(l)).clicked() {
            self.choose(PathPurpose::Import);
        }
        let imported = self.state.doc.as_ref().is_some_and(|d| d.register.import.is_some());
        if ui.add_enabled(imported, egui::Button::new(UiText::ReviewImport.get(l))).clicked() {
            self.commands.push(Command::Review(super::review::ReviewCommand::Open));
        }
        if ui.button(UiText::OpenPath.get(l)).clicked() {
            self.commands.push(Command::AskPath(PathPurpose::Open));
        }
        ui.separator();
        if ui.add_enabled(has_doc, item(ui, UiText::Save.get(l), &SAVE)).clicked() {
            self.commands.push(Command::Save);
        }
        if ui.add_enabled(has_doc, egui::Button::new(UiText::SaveAs.get(l))).clicked() {
            self.choose(PathPurpose::SaveAs);
        }
        ui.separator();
        let compare_disk = UiText::CompareVersionDisk.get(l);
        if ui.add_enabled(has_doc, egui::Button::new(compare_disk)).clicked() {
            self.commands.push(Command::CompareWithDisk);
        }
        if ui.add_enabled(has_doc, egui::Button::new(UiText::Compare.get(l))).clicked() {
            self.choose(PathPurpose::Compare);
        }
        ui.separator();
        if ui.add_enabled(has_doc, item(ui, UiText::ExportPDF.get(l), &EXPORT)).clicked() {
            self.commands.push(Command::ExportPdf { poster: None });
        }
        if ui.add_enabled(has_doc, egui::Button::new(UiText::ExportPoster.get(l))).clicked() {
            self.commands.push(Command::ExportPdf { poster: Some(crate::layout::Paper::A4) });
        }
        if ui.add_enabled(has_doc, egui::Button::new(UiText::ExportPosterA3.get(l))).clicked() {
            self.commands.push(Command::ExportPdf { poster: Some(crate::layout::Paper::A3) });
        }
        // Issue 15: the next version, with its snapshot, PDFs and history entry.
        if ui.add_enabled(has_doc, egui::Button::new(UiText::PublishMenu.get(l))).clicked() {
            self.commands.push(Command::AskPublish);
        }
        let has_ws = self.state.workspace.dir.is_some();
        let record = UiText::Art30RecordXlsx.get(l);
        if ui.add_enabled(has_ws, egui::Button::new(record)).clicked() {
            self.commands.push(Command::WriteRecord);
        }
        let site = UiText::PublishWebSite.get(l);
        if ui.add_enabled(has_ws, egui::Button::new(site)).clicked() {
            self.choose(PathPurpose::PublishSite);
        }
        ui.separator();
        let quit = if dirty { UiText::QuitMenu.get(l) } else { UiText::Quit.get(l) };
        if ui.add(item(ui, quit, &QUIT)).clicked() {
            self.commands.push(Command::Quit);
        }
    }

    fn workspace_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        ui.heading(UiText::Registers.get(l));
        if let Some(dir) = &self.state.workspace.dir {
            ui.label(RichText::new(dir.display().to_string()).small().weak());
        }
        if let Some(loading) = &self.state.workspace.loading {
            let read = self.state.workspace.rows.len();
            ui.label(format!("{} {read} / {}", UiText::ReadingRegisters.get(l), loading.total));
        }
        let mut filter = self.state.workspace.filter.clone();
        ui.horizontal(|ui| {
            let lab = ui.label(UiText::Search.get(l));
            let search =
                ui.add(egui::TextEdit::singleline(&mut filter.search).desired_width(f32::INFINITY)).labelled_by(lab.id);
            self.focus_targets.search = Some(search.id);
        });
        ui.horizontal_wrapped(|ui| {
            let lab = ui.label(DocText::Status.get(l));
            let all = UiText::All.get(l);
            egui::ComboBox::from_id_salt("status_filter")
                .selected_text(filter.status.map_or(all, |s| s.label(l)))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.status, None, all);
                    for s in Status::ALL {
                        ui.selectable_value(&mut filter.status, Some(s), s.label(l));
                    }
                })
                .response
                .labelled_by(lab.id);
            ui.checkbox(&mut filter.only_errors, UiText::OnlyErrors.get(l));
            ui.checkbox(&mut filter.only_overdue, UiText::ReviewOverdue.get(l));
        });
        ui.horizontal(|ui| {
            let lab = ui.label(UiText::Sort.get(l));
            let name = |s: SortBy| match s {
                SortBy::Name => UiText::Name.get(l),
                SortBy::Errors => UiText::Errors.get(l),
                SortBy::Updated => DocText::Updated.get(l),
                SortBy::Review => UiText::Review.get(l),
                SortBy::ToReview => UiText::ImportToReview.get(l),
            };
            egui::ComboBox::from_id_salt("sort")
                .selected_text(name(filter.sort))
                .show_ui(ui, |ui| {
                    for s in [SortBy::Name, SortBy::Errors, SortBy::Updated, SortBy::Review, SortBy::ToReview] {
                        ui.selectable_value(&mut filter.sort, s, name(s));
                    }
                })
                .response
                .labelled_by(lab.id);
        });
        if filter != self.state.workspace.filter {
            self.commands.push(Command::SetFilter(filter));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(UiText::New.get(l)).clicked() {
                self.commands.push(Command::NewRegister);
            }
            if let Some(doc) = &self.state.doc {
                if let Some(path) = doc.path() {
                    if ui.button(UiText::NewFromThis.get(l)).clicked() {
                        self.commands.push(Command::NewFromTemplate(path.to_owned()));
                    }
                }
            }
        });
        ui.separator();
        let open = self.state.doc.as_ref().and_then(|d| d.path().map(std::path::Path::to_owned));
        // The open register's counts follow the edits, not the file (issue 13).
        let org = self.state.workspace.organisation.as_ref();
        let live = self.state.doc.as_mut().map(|d| super::document::count(d.findings(org)));
        let today = super::today();
        let rows = self.state.visible_registers();
        let commands = &mut self.commands;
        let compact = rows.len() > super::workspace::BACKGROUND_FROM;
        let row_ui = |ui: &mut Ui, row: &super::state::RegisterSummary, commands: &mut Vec<Command>| {
            let selected = open.as_ref() == Some(&row.path);
            let live = live.filter(|_| selected);
            register_row_ui(ui, RowCx { l, today, selected, live, compact }, row, commands);
        };
        if !compact {
            egui::ScrollArea::vertical().id_salt("registers").show(ui, |ui| {
                for row in &rows {
                    row_ui(ui, row, commands);
                    ui.separator();
                }
            });
        } else {
            // Thousands of rows: only those in view are laid out, each in one fixed-height
            // slot (name and one line of counts, both cut to the panel's width).
            let spacing = ui.spacing().item_spacing.y;
            let height = ui.text_style_height(&egui::TextStyle::Button)
                + ui.text_style_height(&egui::TextStyle::Small)
                + 2.0 * spacing
                + ui.spacing().button_padding.y * 2.0;
            egui::ScrollArea::vertical().id_salt("registers").show_rows(ui, height, rows.len(), |ui, range| {
                for row in rows.iter().skip(range.start).take(range.len()) {
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(ui.available_width(), height), egui::Sense::hover());
                    let mut slot = ui.new_child(egui::UiBuilder::new().max_rect(rect));
                    slot.set_clip_rect(rect.intersect(ui.clip_rect()));
                    slot.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                    row_ui(&mut slot, row, commands);
                }
            });
        }
    }

    fn findings_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let Some(doc) = &mut self.state.doc else {
            ui.label(UiText::NoRegisterOpen.get(l));
            return;
        };
        let org = self.state.workspace.organisation.as_ref();
        let findings = doc.findings(org).to_vec();
        let (e, w) = super::document::count(&findings);
        ui.label(RichText::new(format!("{}: {e}   {}: {w}", UiText::Errors.get(l), UiText::Warnings.get(l))).strong());
        ui.separator();
        egui::ScrollArea::vertical().id_salt("findings").show(ui, |ui| {
            let mut last = None;
            for f in &findings {
                let section = f.section();
                if last != Some(section) {
                    ui.label(RichText::new(format!("{}. {}", section.number(), section.heading(l))).strong());
                    last = Some(section);
                }
                let (m, c) = severity_style(f.severity, ui.visuals().dark_mode);
                let r = ui.add(
                    egui::Button::new(RichText::new(format!("{m} {}", f.message(l))).color(c)).wrap().frame(false),
                );
                if r.on_hover_text(format!("{} · {} · {}", f.rule.id, f.path, f.rule.article)).clicked() {
                    self.commands.push(Command::FocusField(f.path));
                }
            }
        });
    }

    fn editor_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let Some(doc) = &mut self.state.doc else {
            ui.centered_and_justified(|ui| {
                ui.label(UiText::PickRegisterLeftCreate.get(l));
            });
            return;
        };
        let findings = doc.findings(self.state.workspace.organisation.as_ref()).to_vec();
        let name = doc.register.name.or_any(l).to_owned();
        let name = if name.is_empty() { UiText::UntitledRegister.get(l).to_owned() } else { name };
        title_ui(ui, &name, doc.is_dirty().then(|| UiText::Unsaved.get(l)));
        let targets = &mut self.focus_targets;
        self.panes.sections = egui::Panel::left("sections")
            .resizable(false)
            .exact_size((ui.available_width() * 0.3).clamp(120.0, 210.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("section_list").show(ui, |ui| {
                    for section in Section::ALL {
                        let in_section: Vec<_> = findings.iter().filter(|f| f.section() == section).collect();
                        let mark = if in_section.iter().any(|f| f.severity == crate::validate::Severity::Error) {
                            "●"
                        } else if in_section.iter().any(|f| f.severity == crate::validate::Severity::Warning) {
                            "⚠"
                        } else {
                            "✓"
                        };
                        let text = format!("{mark} {}. {}", section.number(), section.heading(l));
                        let selected = self.state.view.section == section;
                        let r = ui.selectable_label(selected, text);
                        if r.clicked() {
                            self.commands.push(Command::SelectSection(section));
                        }
                        if selected {
                            targets.section_selected = Some(r.id);
                        }
                        targets.section_last = Some(r.id);
                    }
                });
            })
            .response
            .rect;
        let section = self.state.view.section;
        let mut cx = FormCtx {
            lang: l,
            langs: doc.register.notice_languages(),
            findings: &findings,
            focus: &mut self.state.view.focus_request,
            unticked_rights: &mut doc.unticked_rights,
            commands: &mut self.commands,
            shown: Default::default(),
        };
        egui::ScrollArea::vertical().id_salt(("form", section.number())).show(ui, |ui| {
            forms::section_ui(ui, &mut cx, section, &mut doc.register);
            ui.add_space(20.0);
        });
    }

    fn right_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        ui.horizontal_wrapped(|ui| {
            let views = [
                (RightView::Findings, UiText::Findings.get(l)),
                (RightView::Preview, UiText::Preview.get(l)),
                (RightView::Poster, UiText::Poster.get(l)),
            ];
            for (view, label) in views {
                let r = ui.selectable_label(self.state.view.right_view == view, label);
                if r.clicked() {
                    self.commands.push(Command::SetRightView(view));
                }
                if view == RightView::Findings {
                    self.focus_targets.findings_tab = Some(r.id);
                }
            }
        });
        ui.separator();
        match self.state.view.right_view {
            RightView::Findings => self.findings_ui(ui),
            RightView::Preview | RightView::Poster => {
                let poster = self.state.view.right_view == RightView::Poster;
                ui.horizontal_wrapped(|ui| {
                    for lang in Lang::ALL {
                        if ui.selectable_label(self.state.view.preview_lang == lang, lang.code()).clicked() {
                            self.commands.push(Command::SetPreviewLang(lang));
                        }
                    }
                });
                match &self.state.doc {
                    Some(doc) => super::preview::preview_ui(
                        ui,
                        &mut self.preview,
                        &doc.register,
                        self.state.view.preview_lang,
                        poster,
                    ),
                    None => {
                        ui.label(UiText::NoRegisterOpen.get(l));
                    }
                }
            }
        }
    }

    /// Problems and errors, each with a Dismiss button, in the message bar.
    fn messages_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        for (i, msg) in self.state.messages.iter().enumerate().filter(|(_, m)| !m.is_toast()) {
            ui.horizontal_wrapped(|ui| {
                ui.label(msg.text(l));
                for field in msg.fields() {
                    let label = format!("{} {}", UiText::GoTo.get(l), super::message::field_label(*field, l));
                    if ui.small_button(label).clicked() {
                        self.commands.push(Command::FocusField(*field));
                    }
                }
                if ui.small_button(UiText::Dismiss.get(l)).clicked() {
                    self.commands.push(Command::DismissMessage(i));
                }
            });
        }
    }

    /// Confirmations as toasts at the bottom right, fading out.
    fn toasts_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let now = ui.input(|i| i.time);
        let toasts: Vec<_> = self.state.messages.iter().filter(|m| m.is_toast()).collect();
        if toasts.is_empty() {
            return;
        }
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
            .interactable(false)
            .show(ui.ctx(), |ui| {
                ui.set_opacity(toasts.iter().map(|t| t.opacity(now)).fold(0.0, f32::max));
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    for t in &toasts {
                        ui.label(t.text(l));
                    }
                });
            });
        // Keep painting while a toast fades, even with no input.
        ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
    }

    fn organisation_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let Some(edit) = &mut self.state.org_edit else { return };
        let mut focus = None;
        let mut commands = Vec::new();
        egui::Window::new(UiText::OrganisationProfile.get(l))
            .id(egui::Id::unique("organisation"))
            .default_width(560.0)
            .default_pos([300.0, 80.0])
            .show(ui.ctx(), |ui| {
                ui.label(UiText::ChangesGoEveryRegister.get(l));
                let before = edit.draft.clone();
                egui::ScrollArea::vertical().max_height(380.0).id_salt("org_form").show(ui, |ui| {
                    let mut unticked = Vec::new();
                    let mut cx = FormCtx {
                        lang: l,
                        langs: vec![Lang::Fi, Lang::Sv, Lang::En],
                        findings: &[],
                        focus: &mut focus,
                        unticked_rights: &mut unticked,
                        commands: &mut commands,
                        shown: Default::default(),
                    };
                    forms::organisation_ui(ui, &mut cx, &mut edit.draft);
                });
                if edit.draft != before {
                    // The listed changes were for the profile as it was.
                    edit.plan = None;
                }
                ui.horizontal(|ui| {
                    if ui.button(UiText::ShowChanges.get(l)).clicked() {
                        commands.push(Command::PlanOrganisation);
                    }
                    if ui.button(UiText::ApplyChanges.get(l)).clicked() {
                        commands.push(Command::ApplyOrganisation);
                    }
                    if ui.button(UiText::Close.get(l)).clicked() {
                        commands.push(Command::CloseOrganisation);
                    }
                });
                if let Some(plan) = &edit.plan {
                    ui.separator();
                    if plan.is_empty() {
                        ui.label(UiText::NoRegisterChanges.get(l));
                    }
                    egui::ScrollArea::vertical().max_height(300.0).id_salt("org_plan").show(ui, |ui| {
                        for u in plan {
                            let name = u.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                            ui.label(RichText::new(name).strong());
                            super::compare::changes_ui(ui, l, &u.changes);
                        }
                    });
                }
            });
        self.commands.extend(commands);
    }

    fn compare_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let Some(cmp) = &self.state.compare else { return };
        egui::Window::new(UiText::Comparison.get(l))
            .id(egui::Id::unique("compare"))
            .default_width(560.0)
            .default_pos([320.0, 100.0])
            .show(ui.ctx(), |ui| {
                ui.label(RichText::new(&cmp.title).strong());
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height(460.0)
                    .show(ui, |ui| super::compare::changes_ui(ui, l, &cmp.changes));
                if ui.button(UiText::CloseComparison.get(l)).clicked() {
                    self.commands.push(Command::CloseCompare);
                }
            });
    }

    fn report_ui(&mut self, ui: &mut Ui) {
        let l = self.state.lang();
        let Some(report) = &self.state.import_report else { return };
        let text = report.to_text(l);
        egui::Window::new(UiText::ImportReport.get(l))
            .id(egui::Id::unique("import_report"))
            .default_width(520.0)
            .default_pos([300.0, 120.0])
            .show(ui.ctx(), |ui| {
                egui::ScrollArea::vertical().max_height(420.0).show(ui, |ui| {
                    ui.label(text);
                });
                if ui.button(UiText::CloseReport.get(l)).clicked() {
                    self.commands.push(Command::CloseReport);
                }
            });
    }
}

impl eframe::App for SelosteApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.shortcuts(ctx);
        self.pane_keys(ctx);
        self.drops(ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.quit_confirmed {
            if self.state.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.commands.push(Command::Quit);
            } else {
                self.commands.push(Command::Quit);
            }
        }
        let focused = ctx.input(|i| i.focused);
        if focused && !self.was_focused {
            self.commands.push(Command::CheckDisk);
        }
        self.was_focused = focused;
        self.run_commands();
        let time = ctx.input(|i| i.time);
        self.state.tick(time);
        if self.state.workspace.loading.is_some() {
            // Rows are being read in the background: show them as they come.
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
        if self.state.is_dirty() {
            // Come back to write the recovery file even if nothing else happens.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(super::document::RECOVERY_INTERVAL));
        }
        self.apply_settings(ctx);
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        // Start-up measurement: exit once the first frame has been painted (see README).
        self.frames += 1;
        if self.frames >= 2 && std::env::var_os("SELOSTE_EXIT_AFTER_FIRST_FRAME").is_some() {
            std::process::exit(0);
        }
        if self.frames == 1 && std::env::var_os("SELOSTE_EXIT_AFTER_FIRST_FRAME").is_some() {
            ui.ctx().request_repaint();
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        if self.state.messages.iter().any(|m| !m.is_toast()) {
            egui::Panel::bottom("messages").show(ui, |ui| self.messages_ui(ui));
        }
        self.toasts_ui(ui);
        // The side panes keep a share of the window, so the form keeps room at any size
        // and zoom (issue 13: at 1280x720 and 150 % the fixed widths left it none).
        let full = ui.available_width();
        self.panes.workspace = egui::Panel::left("workspace")
            .resizable(true)
            .default_size(260.0)
            .size_range(120.0..=(full * 0.24).max(120.0))
            .show(ui, |ui| self.workspace_ui(ui))
            .response
            .rect;
        // The right pane's place is taken now, but it is drawn after the editor, so that Tab
        // goes workspace, sections, form, findings: the order on screen (issue 13).
        // Its own resize handle (below) is not a Tab stop before the form, as egui's is.
        let right = egui::Panel::right("right")
            .resizable(false)
            .exact_size(self.right_width.clamp(160.0, (full * 0.3).max(160.0)))
            .show(ui, |ui| (ui.max_rect(), ui.unique_id()));
        self.panes.right = right.response.rect;
        self.panes.editor = egui::CentralPanel::default().show(ui, |ui| self.editor_ui(ui)).response.rect;
        let (inner, pane_id) = right.inner;
        ui.scope_builder(egui::UiBuilder::new().max_rect(inner).accessibility_parent(pane_id), |ui| {
            ui.set_clip_rect(inner);
            self.right_ui(ui);
        });
        self.right_handle_ui(ui, self.panes.right);
        super::prompt::prompt_ui(ui, &self.state, &mut self.commands);
        self.report_ui(ui);
        super::review::review_ui(ui, &self.state, &mut self.commands);
        self.compare_ui(ui);
        self.organisation_ui(ui);
        self.run_commands();
        self.focus_ring_ui(ui.ctx());
        if self.state.quit_confirmed && !self.close_sent {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.state.settings);
    }
}

/// The register's name as the editor's title: the unsaved marker first, so it is always on
/// screen, then the name wrapped to the pane's width in at most two lines (elided with '…';
/// the whole name shows on hover). A long name never widens the pane (issue 13).
fn title_ui(ui: &mut Ui, name: &str, unsaved: Option<&str>) {
    ui.horizontal_top(|ui| {
        if let Some(marker) = unsaved {
            ui.add(egui::Label::new(RichText::new(marker).italics()).wrap_mode(egui::TextWrapMode::Extend));
        }
        let text = egui::WidgetText::from(RichText::new(name).heading());
        let mut job = std::sync::Arc::unwrap_or_clone(text.into_layout_job(
            ui.style(),
            egui::FontSelection::Default,
            egui::Align::Min,
        ));
        job.wrap.max_rows = 2;
        job.wrap.overflow_character = Some('…');
        ui.add(egui::Label::new(job).wrap()).on_hover_text(name);
    });
}

/// "Register name — file.ron *".
pub fn window_title(state: &AppState) -> String {
    match &state.doc {
        Some(doc) => {
            let name = doc.register.name.or_any(state.lang());
            let star = if doc.is_dirty() { " *" } else { "" };
            format!("{name} — {}{star} — Seloste", doc.file_label())
        }
        None => "Seloste".to_owned(),
    }
}

/// What a workspace row needs besides its summary.
#[derive(Clone, Copy)]
struct RowCx {
    l: Lang,
    today: crate::model::Date,
    /// The open register's row.
    selected: bool,
    /// The open register's counts as edited (shown instead of the saved file's).
    live: Option<(usize, usize)>,
    /// One fixed-height slot: a duplicated id is a mark on the counts line (the files on hover).
    compact: bool,
}

/// One row of the workspace list: the register's name (click opens it), a warning for a
/// duplicated id, and a line with the status, counts, dates and what is left to review.
fn register_row_ui(ui: &mut Ui, cx: RowCx, row: &super::state::RegisterSummary, commands: &mut Vec<Command>) {
    let RowCx { l, today, selected, live, compact } = cx;
    let (same_mark, same_color) = severity_style(crate::validate::Severity::Warning, ui.visuals().dark_mode);
    let others = || row.same_id_as.iter().map(|p| super::workspace::file_name(p)).collect::<Vec<_>>().join(", ");
    let mut title = RichText::new(&row.name);
    if selected {
        title = title.strong();
    }
    if ui.selectable_label(selected, title).clicked() {
        commands.push(Command::OpenRegister(row.path.clone()));
    }
    let same_id = UiText::SameId.get(l);
    if !row.same_id_as.is_empty() && !compact {
        ui.label(RichText::new(format!("{same_mark} {same_id}: {}", others())).color(same_color).small());
    }
    ui.horizontal_wrapped(|ui| {
        if !row.same_id_as.is_empty() && compact {
            ui.label(RichText::new(format!("{same_mark} {same_id}")).color(same_color).small()).on_hover_text(others());
        }
        if let Some(e) = &row.load_error {
            let (m, c) = severity_style(crate::validate::Severity::Error, ui.visuals().dark_mode);
            ui.label(RichText::new(format!("{m} {e}")).color(c).small());
            return;
        }
        ui.label(RichText::new(row.status.label(l)).small());
        let (errors, warnings) = live.unwrap_or((row.errors, row.warnings));
        let (m, c) = severity_style(crate::validate::Severity::Error, ui.visuals().dark_mode);
        ui.label(RichText::new(format!("{m} {errors}")).color(c).small());
        let (m, c) = severity_style(crate::validate::Severity::Warning, ui.visuals().dark_mode);
        ui.label(RichText::new(format!("{m} {warnings}")).color(c).small());
        if let Some(d) = row.updated {
            ui.label(RichText::new(d.finnish()).small().weak());
        }
        if row.to_review > 0 {
            let what = UiText::ImportToReviewLower.get(l);
            ui.label(RichText::new(format!("{what}: {}", row.to_review)).small().italics());
        }
        if row.next_review.is_some_and(|d| d < today) {
            ui.label(RichText::new(UiText::ReviewOverdueLower.get(l)).small().italics());
        }
    });
}

/// What the system's file dialog answered.
enum Native {
    /// A path was chosen.
    Chosen(PathBuf),
    /// The user closed the dialog.
    Cancelled,
    /// The dialog did not open (no desktop portal, no dialog service).
    Failed,
}

/// A dialog answering sooner than this did not open: nobody cancels that fast. rfd reports a
/// missing portal only as "no path", so the time tells a failure from a cancel.
const NATIVE_DIALOG_MIN: std::time::Duration = std::time::Duration::from_millis(250);

/// Asks the system's file dialog for a path for `purpose`, starting in `dir`.
fn native_dialog(purpose: PathPurpose, dir: Option<&std::path::Path>, l: Lang) -> Native {
    let mut dialog = rfd::FileDialog::new().set_title(purpose.title(l));
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    let exts = purpose.extensions();
    if !exts.is_empty() {
        dialog = dialog.add_filter(purpose.title(l), exts);
    }
    let start = std::time::Instant::now();
    let chosen = match purpose {
        PathPurpose::OpenFolder | PathPurpose::PublishSite => dialog.pick_folder(),
        PathPurpose::SaveAs => dialog.save_file(),
        PathPurpose::Open | PathPurpose::OpenRegister | PathPurpose::Import | PathPurpose::Compare => {
            dialog.pick_file()
        }
    };
    match chosen {
        Some(path) => Native::Chosen(path),
        None if start.elapsed() < NATIVE_DIALOG_MIN => Native::Failed,
        None => Native::Cancelled,
    }
}

impl SelosteApp {
    /// Chooses a path for `purpose`: with the system's dialog, or with the built-in picker
    /// when asked for, or when the system's dialog fails (then for the rest of the session).
    fn choose(&mut self, purpose: PathPurpose) {
        if self.state.uses_builtin_picker() || purpose == PathPurpose::Open {
            self.commands.push(Command::AskPath(purpose));
            return;
        }
        let l = self.state.lang();
        match native_dialog(purpose, self.state.workspace.dir.as_deref(), l) {
            Native::Chosen(path) => self.commands.push(purpose.command(path)),
            Native::Cancelled => {}
            Native::Failed => self.commands.push(Command::NativeDialogFailed(purpose)),
        }
    }
}
