//! What the user (or the window) asks for, and [`AppState::handle`], the one place that
//! carries it out. Draw code only pushes commands.

use super::document::Document;
use super::prompt::{AfterPrompt, PathPurpose, Prompt};
use super::state::{AppState, RightView};
use super::workspace::Filter;
use crate::model::{FieldPath, Lang, Register, Right, Section};
use crate::store;
use std::path::PathBuf;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open a workspace folder.
    OpenWorkspace(PathBuf),
    /// Open a register file (its folder becomes the workspace).
    OpenRegister(PathBuf),
    /// Open a file or folder, whichever it is.
    OpenPath(PathBuf),
    /// Start a new register from the organisation profile.
    NewRegister,
    /// Start a new register from an existing one as template.
    NewFromTemplate(PathBuf),
    /// Save (asks for a name if the register has none).
    Save,
    /// Save under this path.
    SaveAs(PathBuf),
    /// Undo.
    Undo,
    /// Redo.
    Redo,
    /// List or unlist a right (an unticked right's own wording comes back when ticked).
    SetRightListed(Right, bool),
    /// Export the notice (or the poster) as PDF next to the register and open it.
    ExportPdf {
        /// The one-page poster on this paper instead of the full notice.
        poster: Option<crate::layout::Paper>,
    },
    /// Close the window (asks first when unsaved).
    Quit,
    /// Answer the unsaved prompt: save first.
    PromptSave,
    /// Answer the unsaved prompt: throw the edits away.
    PromptDiscard,
    /// Close the prompt without an answer (Escape, Cancel, Later).
    PromptCancel,
    /// Choose a path with the built-in picker (opened in the workspace folder).
    AskPath(PathPurpose),
    /// The picker's name-or-path field changed.
    TypePathText(String),
    /// The picker shows this folder.
    PickerGo(PathBuf),
    /// The picker's OK: use the path in its field (relative to the folder shown).
    PickerOk,
    /// The system's file dialog could not open: say so, use the built-in picker from now on
    /// (this session) and open it for `purpose`.
    NativeDialogFailed(PathPurpose),
    /// Use the built-in picker instead of the system's file dialog (a setting).
    SetBuiltinPicker(bool),
    /// UI language.
    SetLang(Lang),
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Light or dark theme.
    SetDark(bool),
    /// Show a section's form.
    SelectSection(Section),
    /// Show the section of a field and focus it.
    FocusField(FieldPath),
    /// What the right panel shows.
    SetRightView(RightView),
    /// The notice language of the preview.
    SetPreviewLang(Lang),
    /// The workspace panel's filter.
    SetFilter(Filter),
    /// Remove a message from the message bar.
    DismissMessage(usize),
    /// Reload the workspace list.
    RefreshWorkspace,
    /// Restore the recovery file shown in the prompt.
    RestoreRecovery,
    /// Delete the recovery file shown in the prompt.
    DiscardRecovery,
    /// Show or hide the differences in the open prompt.
    ToggleDiff,
    /// Check whether the open file changed on disk (the window regained focus).
    CheckDisk,
    /// Load the version on disk (local edits go to a recovery file first).
    ReloadFromDisk,
    /// Keep the local edits: save them as a copy (with a new id) next to the file.
    KeepMineAsCopy,
    /// Save over a file that was removed or changed on disk, as asked.
    SaveAnyway,
    /// Import a plain-text notice as a new, unsaved register.
    ImportText(PathBuf),
    /// Close the import report.
    CloseReport,
    /// Compare the open register with its file on disk.
    CompareWithDisk,
    /// Compare the open register with another register file.
    CompareWith(PathBuf),
    /// Close the comparison window.
    CloseCompare,
    /// Open the organisation profile window.
    OpenOrganisation,
    /// List what applying the edited profile would change.
    PlanOrganisation,
    /// Save the profile and apply it to the registers that follow it.
    ApplyOrganisation,
    /// Put the registers and the profile back as they were before the last apply.
    UndoOrganisation,
    /// Close the organisation window.
    CloseOrganisation,
    /// Write the Art. 30 record of the workspace (xlsx and CSV) into the workspace folder.
    WriteRecord,
    /// Publish the workspace's Published registers as a static web site into the folder.
    PublishSite(PathBuf),
    /// Ask who publishes the open register and why (the publish prompt).
    AskPublish,
    /// The publish prompt's fields changed.
    SetPublishForm {
        /// Who publishes.
        by: String,
        /// What changed and why.
        note: String,
        /// Publish despite errors.
        force: bool,
    },
    /// Publish the open register as its next version (as `seloste publish`): snapshot,
    /// PDFs, history entry, status Published; the register is saved.
    Publish,
    /// Compare a published version (its archived snapshot) with the open draft.
    CompareVersion(u32),
    /// Replace the open register's content with a published version's, as an unsaved draft.
    RestoreVersion(u32),
    /// The import review (issue 18).
    Review(super::review::ReviewCommand),
}

impl AppState {
    /// Applies a command.
    pub fn handle(&mut self, command: Command) {
        match command {
            Command::OpenWorkspace(dir) => self.guarded(AfterPrompt::OpenWorkspace(dir)),
            Command::OpenRegister(path) => self.guarded(AfterPrompt::Open(path)),
            Command::OpenPath(path) if crate::import::is_importable(&path) => {
                self.handle(Command::ImportText(path));
            }
            Command::OpenPath(path) => {
                if store::gui_ops::is_folder(&path) {
                    self.handle(Command::OpenWorkspace(path));
                } else {
                    self.handle(Command::OpenRegister(path));
                }
            }
            Command::NewRegister => self.guarded(AfterPrompt::New),
            Command::NewFromTemplate(path) => self.guarded(AfterPrompt::NewFrom(path)),
            Command::Save => self.save(None),
            Command::SaveAs(path) => self.save(Some(path)),
            Command::Undo => {
                if let Some(doc) = &mut self.doc {
                    doc.undo();
                }
            }
            Command::Redo => {
                if let Some(doc) = &mut self.doc {
                    doc.redo();
                }
            }
            Command::SetRightListed(right, on) => {
                if let Some(doc) = &mut self.doc {
                    Document::set_right_listed(&mut doc.register, &mut doc.unticked_rights, right, on);
                }
            }
            Command::ExportPdf { poster } => self.export(poster),
            Command::Quit => self.guarded(AfterPrompt::Quit),
            Command::PromptSave => self.prompt_save(),
            Command::PromptDiscard => self.prompt_discard(),
            Command::PromptCancel => self.prompt_cancel(),
            Command::AskPath(purpose) => self.ask_path(purpose, String::new()),
            Command::TypePathText(new) => {
                if let Some(Prompt::Pick(picker)) = &mut self.prompt {
                    picker.text = new;
                    picker.problem = None;
                }
            }
            Command::PickerGo(dir) => {
                if let Some(Prompt::Pick(picker)) = &mut self.prompt {
                    picker.go(dir);
                }
            }
            Command::PickerOk => self.picker_ok(),
            Command::NativeDialogFailed(purpose) => {
                self.native_dialog_failed = true;
                self.refuse(crate::i18n::UiText::NativeDialogUnavailable, "");
                self.ask_path(purpose, String::new());
            }
            Command::SetBuiltinPicker(on) => self.settings.builtin_picker = on,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::ZoomIn => self.settings.zoom = (self.settings.zoom + 0.1).min(3.0),
            Command::ZoomOut => self.settings.zoom = (self.settings.zoom - 0.1).max(0.5),
            Command::SetDark(dark) => self.settings.dark = dark,
            Command::SelectSection(section) => self.view.section = section,
            Command::FocusField(path) => {
                self.view.section = path.section();
                self.view.focus_request = Some(path);
            }
            Command::SetRightView(view) => self.view.right_view = view,
            Command::SetPreviewLang(lang) => self.view.preview_lang = lang,
            Command::SetFilter(filter) => self.workspace.filter = filter,
            Command::DismissMessage(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::RefreshWorkspace => self.reload_workspace(),
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.discard_recovery(),
            Command::ToggleDiff => match &mut self.prompt {
                Some(Prompt::Recovered { show_diff, .. }) | Some(Prompt::ChangedOnDisk { show_diff, .. }) => {
                    *show_diff = !*show_diff
                }
                _ => {}
            },
            Command::CheckDisk => self.check_disk(),
            Command::ReloadFromDisk => self.reload_from_disk(),
            Command::KeepMineAsCopy => self.keep_mine_as_copy(),
            Command::SaveAnyway => self.save_anyway(),
            Command::ImportText(path) => self.guarded(AfterPrompt::Import(path)),
            Command::CloseReport => self.import_report = None,
            Command::CompareWithDisk => self.compare_with_disk(),
            Command::CompareWith(other) => self.compare_with(&other),
            Command::CloseCompare => self.compare = None,
            Command::OpenOrganisation => {
                let draft = self.workspace.organisation.clone().unwrap_or_default();
                self.org_edit = Some(super::state::OrgEdit { draft, plan: None });
            }
            Command::PlanOrganisation => {
                let old = self.workspace.organisation.clone().unwrap_or_default();
                match self.workspace.registers() {
                    Ok(registers) => {
                        if let Some(edit) = &mut self.org_edit {
                            edit.plan = Some(crate::orgwide::plan(&old, &edit.draft, &registers));
                        }
                    }
                    Err(e) => self.report(e.to_string()),
                }
            }
            Command::ApplyOrganisation => self.apply_organisation(),
            Command::UndoOrganisation => self.undo_organisation(),
            Command::CloseOrganisation => self.org_edit = None,
            Command::WriteRecord => self.write_record(),
            Command::PublishSite(target) => self.publish_site(&target),
            Command::AskPublish => self.ask_publish(),
            Command::SetPublishForm { by, note, force } => {
                if let Some(Prompt::Publish { by: b, note: n, force: f, .. }) = &mut self.prompt {
                    (*b, *n, *f) = (by, note, force);
                }
            }
            Command::Publish => self.publish_open(),
            Command::CompareVersion(version) => self.compare_version(version),
            Command::RestoreVersion(version) => self.restore_version(version),
            Command::Review(c) => self.review(c),
        }
    }

    /// Opens the built-in picker for `purpose` in the workspace folder (or the home folder,
    /// or the current one), with `text` in its name field.
    pub(crate) fn ask_path(&mut self, purpose: PathPurpose, text: String) {
        let dir = self.workspace.dir.clone().or_else(store::gui_ops::home_folder).unwrap_or_else(|| PathBuf::from("."));
        self.prompt = Some(Prompt::Pick(Box::new(super::picker::Picker::new(purpose, dir, text))));
    }

    fn picker_ok(&mut self) {
        let l = self.lang();
        let Some(Prompt::Pick(picker)) = &mut self.prompt else { return };
        if let Some(command) = picker.confirm(l) {
            self.prompt = None;
            self.handle(command);
        }
    }

    /// Does `then` now, or first asks about unsaved edits.
    pub(crate) fn guarded(&mut self, then: AfterPrompt) {
        if self.is_dirty() {
            self.prompt = Some(Prompt::Unsaved { then });
        } else {
            self.proceed(then);
        }
    }

    pub(crate) fn proceed(&mut self, then: AfterPrompt) {
        match then {
            AfterPrompt::Quit => self.quit_confirmed = true,
            AfterPrompt::OpenWorkspace(dir) => self.open_workspace(&dir),
            AfterPrompt::Open(path) => self.open_register(&path),
            AfterPrompt::Import(path) => self.import_text(&path),
            AfterPrompt::New => {
                let org = self.workspace.organisation.clone().unwrap_or_default();
                let mut register = Register::from_organisation(&org);
                register.created = Some(super::today());
                self.start_new(register, None);
            }
            AfterPrompt::NewFrom(path) => match store::load_register(&path) {
                Ok(template) => {
                    let mut register = crate::publish::from_template(&template);
                    register.created = Some(super::today());
                    self.start_new(register, None);
                }
                Err(e) => self.report(e.to_string()),
            },
        }
    }
}
