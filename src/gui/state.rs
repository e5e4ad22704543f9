//! The editor's state and the one place that changes it: [`AppState::handle`].
//!
//! Widgets edit the open register directly (plain data, undo derived by comparison);
//! everything else (opening, saving, exporting, settings) is a [`Command`].

use super::document::{Document, count};
use crate::model::{Date, Lang, Organisation, Register, Section, Status};
use crate::store::recovery::DiskState;
use crate::store::{self, StoreError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Settings kept between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The workspace open last time.
    pub last_workspace: Option<PathBuf>,
    /// UI language.
    pub lang: Lang,
    /// UI zoom factor.
    pub zoom: f32,
    /// Dark theme.
    pub dark: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { last_workspace: None, lang: Lang::Fi, zoom: 1.0, dark: false }
    }
}

/// One row of the workspace panel.
#[derive(Clone, Debug)]
pub struct RegisterSummary {
    /// The file.
    pub path: PathBuf,
    /// Register name (Finnish, or whatever language it has), or the file name.
    pub name: String,
    /// Status.
    pub status: Status,
    /// Error count.
    pub errors: usize,
    /// Warning count.
    pub warnings: usize,
    /// Last updated.
    pub updated: Option<Date>,
    /// Next review.
    pub next_review: Option<Date>,
    /// All text of the register, lowercased, for search.
    pub haystack: String,
    /// Why the file could not be read.
    pub load_error: Option<String>,
}

impl RegisterSummary {
    /// The row for a register.
    pub fn of(path: &Path, register: &Register, org: Option<&Organisation>) -> Self {
        let (errors, warnings) = count(&crate::validate::validate(register, org));
        let name = register.name.or_any(Lang::Fi).to_owned();
        RegisterSummary {
            path: path.to_owned(),
            name: if name.is_empty() { file_name(path) } else { name },
            status: register.status,
            errors,
            warnings,
            updated: register.updated,
            next_review: register.next_review,
            haystack: store::to_ron(register).to_lowercase(),
            load_error: None,
        }
    }

    /// The row for a file that could not be read.
    pub fn broken(path: &Path, error: &StoreError) -> Self {
        RegisterSummary {
            path: path.to_owned(),
            name: file_name(path),
            status: Status::Draft,
            errors: 0,
            warnings: 0,
            updated: None,
            next_review: None,
            haystack: String::new(),
            load_error: Some(error.to_string()),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// How the workspace list is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// By name.
    #[default]
    Name,
    /// Most errors first.
    Errors,
    /// Most recently updated first.
    Updated,
    /// Soonest review first.
    Review,
}

/// What the right panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RightView {
    /// The findings list.
    #[default]
    Findings,
    /// The notice preview.
    Preview,
    /// The poster preview.
    Poster,
}

/// A modal question waiting for an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Prompt {
    /// Unsaved changes: save, discard or cancel, then do `then`.
    Unsaved {
        /// What to do after the answer.
        then: AfterPrompt,
    },
    /// A recovery file was found: restore it, discard it, or look at the differences.
    Recovered {
        /// The recovery file.
        recovery: PathBuf,
        /// The register file it belongs to.
        original: PathBuf,
        /// The recovered content.
        register: Box<Register>,
        /// Show the field-by-field differences to the file on disk.
        show_diff: bool,
    },
    /// The open file was changed (or removed) on disk by someone else.
    ChangedOnDisk {
        /// The file is gone (deleted or renamed).
        missing: bool,
        /// Show the field-by-field differences.
        show_diff: bool,
    },
    /// Type a path (when no native dialog is available).
    TypePath {
        /// What the path is for.
        purpose: PathPurpose,
        /// The text typed so far.
        text: String,
    },
}

/// What happens once the unsaved-changes prompt is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AfterPrompt {
    /// Close the window.
    Quit,
    /// Open this register.
    Open(PathBuf),
    /// Open this workspace.
    OpenWorkspace(PathBuf),
    /// Start a new register.
    New,
    /// Import this text file as a new register.
    Import(PathBuf),
}

/// What a typed path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a workspace folder or register.
    Open,
    /// Save the register under a new name.
    SaveAs,
}

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
    /// Export the notice (or the poster) as PDF next to the register and open it.
    ExportPdf {
        /// The poster instead of the full notice.
        poster: bool,
    },
    /// Close the window (asks first when unsaved).
    Quit,
    /// Answer the unsaved prompt: save first.
    PromptSave,
    /// Answer the unsaved prompt: throw the edits away.
    PromptDiscard,
    /// Answer any prompt: cancel.
    PromptCancel,
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
    FocusField(String),
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
    /// Keep the local edits: save them as a copy next to the file.
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
}

/// The organisation profile being edited, and the planned changes.
#[derive(Clone, Debug)]
pub struct OrgEdit {
    /// The profile as edited.
    pub draft: crate::model::Organisation,
    /// What applying it would change, once asked for.
    pub plan: Option<Vec<crate::orgwide::RegisterUpdate>>,
}

/// Everything the editor knows.
pub struct AppState {
    /// Persisted settings.
    pub settings: Settings,
    /// The open workspace folder.
    pub workspace_dir: Option<PathBuf>,
    /// Its organisation profile, if any.
    pub organisation: Option<Organisation>,
    /// The workspace rows.
    pub registers: Vec<RegisterSummary>,
    /// The open register.
    pub doc: Option<Document>,
    /// The section whose form is shown.
    pub section: Section,
    /// A field to focus in the next frame.
    pub focus_request: Option<String>,
    /// The right panel's view.
    pub right_view: RightView,
    /// The notice language shown in the preview.
    pub preview_lang: Lang,
    /// Workspace search text.
    pub search: String,
    /// Workspace status filter.
    pub status_filter: Option<Status>,
    /// Only registers with errors.
    pub only_errors: bool,
    /// Only registers whose review date has passed.
    pub only_overdue: bool,
    /// Workspace sort order.
    pub sort: SortBy,
    /// Messages (errors, confirmations) shown until dismissed.
    pub messages: Vec<String>,
    /// An open modal question.
    pub prompt: Option<Prompt>,
    /// Set when the window may close now.
    pub quit_confirmed: bool,
    /// Files written by the last export (for tests and the status line).
    pub last_export: Option<PathBuf>,
    /// Open exported files in the system viewer (off in tests).
    pub open_exports: bool,
    /// Recovery files still to offer, after the one in the prompt.
    pub pending_recoveries: Vec<store::recovery::Recovered>,
    /// The report of the last import, shown until closed.
    pub import_report: Option<crate::import::ImportReport>,
    /// A comparison shown until closed.
    pub compare: Option<super::compare::Comparison>,
    /// The organisation window.
    pub org_edit: Option<OrgEdit>,
    /// What the last organisation-wide edit changed, for undo.
    pub org_undo: Option<(Organisation, Vec<crate::orgwide::RegisterUpdate>)>,
}

impl AppState {
    /// A state with the given settings and nothing open.
    pub fn new(settings: Settings) -> Self {
        AppState {
            preview_lang: settings.lang,
            settings,
            workspace_dir: None,
            organisation: None,
            registers: Vec::new(),
            doc: None,
            section: Section::Name,
            focus_request: None,
            right_view: RightView::Findings,
            search: String::new(),
            status_filter: None,
            only_errors: false,
            only_overdue: false,
            sort: SortBy::Name,
            messages: Vec::new(),
            prompt: None,
            quit_confirmed: false,
            last_export: None,
            open_exports: true,
            pending_recoveries: Vec::new(),
            import_report: None,
            compare: None,
            org_edit: None,
            org_undo: None,
        }
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// True when the open register has unsaved edits.
    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }

    /// The rows to show, filtered and sorted.
    pub fn visible_registers(&self) -> Vec<&RegisterSummary> {
        let needle = self.search.trim().to_lowercase();
        let today = Date::today();
        let mut rows: Vec<&RegisterSummary> = self
            .registers
            .iter()
            .filter(|r| needle.is_empty() || r.haystack.contains(&needle) || r.name.to_lowercase().contains(&needle))
            .filter(|r| self.status_filter.is_none_or(|s| r.status == s))
            .filter(|r| !self.only_errors || r.errors > 0 || r.load_error.is_some())
            .filter(|r| !self.only_overdue || r.next_review.is_some_and(|d| d < today))
            .collect();
        match self.sort {
            SortBy::Name => rows.sort_by_key(|r| r.name.to_lowercase()),
            SortBy::Errors => rows.sort_by_key(|r| std::cmp::Reverse((r.errors, r.warnings))),
            SortBy::Updated => rows.sort_by_key(|r| std::cmp::Reverse(r.updated)),
            SortBy::Review => rows.sort_by_key(|r| r.next_review.map_or((1, None), |d| (0, Some(d)))),
        }
        rows
    }

    fn report(&mut self, message: impl Into<String>) {
        self.messages.push(message.into());
    }

    /// Applies a command.
    pub fn handle(&mut self, command: Command) {
        match command {
            Command::OpenWorkspace(dir) => self.guarded(AfterPrompt::OpenWorkspace(dir)),
            Command::OpenRegister(path) => self.guarded(AfterPrompt::Open(path)),
            Command::OpenPath(path) if crate::import::is_importable(&path) => {
                self.handle(Command::ImportText(path));
            }
            Command::OpenPath(path) => {
                if path.is_dir() {
                    self.handle(Command::OpenWorkspace(path));
                } else {
                    self.handle(Command::OpenRegister(path));
                }
            }
            Command::NewRegister => self.guarded(AfterPrompt::New),
            Command::NewFromTemplate(path) => match store::load_register(&path) {
                Ok(mut register) => {
                    register.id.clear();
                    register.status = Status::Draft;
                    register.created = Some(Date::today());
                    register.updated = None;
                    self.doc = Some(Document::new_unsaved(register));
                    self.section = Section::Name;
                }
                Err(e) => self.report(e.to_string()),
            },
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
            Command::ExportPdf { poster } => self.export(poster),
            Command::Quit => self.guarded(AfterPrompt::Quit),
            Command::PromptSave => {
                if let Some(Prompt::Unsaved { then }) = self.prompt.take() {
                    self.save(None);
                    if !self.is_dirty() {
                        self.proceed(then);
                    }
                }
            }
            Command::PromptDiscard => {
                if let Some(Prompt::Unsaved { then }) = self.prompt.take() {
                    if let Some(doc) = &mut self.doc {
                        doc.register = doc.saved.clone();
                        if let Some(rec) = doc.recovery_file.take() {
                            std::fs::remove_file(rec).ok();
                        }
                    }
                    self.proceed(then);
                }
            }
            Command::PromptCancel => self.prompt = None,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::ZoomIn => self.settings.zoom = (self.settings.zoom + 0.1).min(3.0),
            Command::ZoomOut => self.settings.zoom = (self.settings.zoom - 0.1).max(0.5),
            Command::SetDark(dark) => self.settings.dark = dark,
            Command::SelectSection(section) => self.section = section,
            Command::FocusField(path) => {
                self.section = Section::of_path(&path);
                self.focus_request = Some(path);
            }
            Command::DismissMessage(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::RefreshWorkspace => self.reload_workspace(),
            Command::RestoreRecovery => {
                if let Some(Prompt::Recovered { recovery, original, register, .. }) = self.prompt.take() {
                    let on_disk = store::load_register(&original).ok();
                    let exists = on_disk.is_some();
                    let mut doc = match on_disk {
                        Some(saved) => Document::new(Some(original.clone()), saved),
                        None => Document::new_unsaved(Register::default()),
                    };
                    doc.register = *register;
                    if !exists {
                        doc.recovery_target = Some(original);
                    }
                    doc.recovery_file = Some(recovery);
                    self.doc = Some(doc);
                    self.next_recovery();
                }
            }
            Command::DiscardRecovery => {
                if let Some(Prompt::Recovered { recovery, .. }) = self.prompt.take() {
                    if let Err(e) = std::fs::remove_file(&recovery) {
                        self.report(format!("{}: {e}", recovery.display()));
                    }
                    self.next_recovery();
                }
            }
            Command::ToggleDiff => match &mut self.prompt {
                Some(Prompt::Recovered { show_diff, .. }) | Some(Prompt::ChangedOnDisk { show_diff, .. }) => {
                    *show_diff = !*show_diff
                }
                _ => {}
            },
            Command::CheckDisk => {
                if self.prompt.is_none() {
                    if let Some(state) = self.disk_state() {
                        if state != store::recovery::DiskState::Unchanged {
                            let missing = state == store::recovery::DiskState::Missing;
                            self.prompt = Some(Prompt::ChangedOnDisk { missing, show_diff: false });
                        }
                    }
                }
            }
            Command::ReloadFromDisk => {
                self.prompt = None;
                let Some(doc) = &mut self.doc else { return };
                let Some(path) = doc.path.clone() else { return };
                if doc.is_dirty() {
                    if let Err(e) = store::recovery::write_recovery(&path, &doc.register) {
                        self.report(e.to_string());
                        return;
                    }
                    let msg = format!(
                        "{} {}",
                        super::tr(
                            self.settings.lang,
                            "Omat muutoksesi on tallessa tiedostossa",
                            "Dina ändringar finns i filen",
                            "Your edits are kept in"
                        ),
                        store::recovery::recovery_path(&path).display()
                    );
                    self.report(msg);
                }
                self.open_register(&path);
            }
            Command::KeepMineAsCopy => {
                self.prompt = None;
                let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else { return };
                let copy = store::recovery::copy_path(&path);
                self.save_to(copy, true);
            }
            Command::ImportText(path) => self.guarded(AfterPrompt::Import(path)),
            Command::CloseReport => self.import_report = None,
            Command::CompareWithDisk => {
                let Some(doc) = &self.doc else { return };
                let Some(path) = doc.path.clone() else { return };
                match store::load_register(&path) {
                    Ok(on_disk) => {
                        let title = format!(
                            "{} → {}",
                            path.display(),
                            super::tr(self.lang(), "muokattu versio", "redigerad version", "edited version")
                        );
                        self.compare = Some(super::compare::Comparison {
                            title,
                            changes: crate::diff::diff(&on_disk, &doc.register),
                        });
                    }
                    Err(e) => self.report(e.to_string()),
                }
            }
            Command::CompareWith(other) => {
                let Some(doc) = &self.doc else { return };
                match store::load_register(&other) {
                    Ok(theirs) => {
                        let title = format!("{} → {}", doc.file_label(), other.display());
                        self.compare = Some(super::compare::Comparison {
                            title,
                            changes: crate::diff::diff(&doc.register, &theirs),
                        });
                    }
                    Err(e) => self.report(e.to_string()),
                }
            }
            Command::CloseCompare => self.compare = None,
            Command::OpenOrganisation => {
                let draft = self.organisation.clone().unwrap_or_default();
                self.org_edit = Some(OrgEdit { draft, plan: None });
            }
            Command::PlanOrganisation => {
                let old = self.organisation.clone().unwrap_or_default();
                let registers = self.workspace_registers();
                if let Some(edit) = &mut self.org_edit {
                    edit.plan = Some(crate::orgwide::plan(&old, &edit.draft, &registers));
                }
            }
            Command::ApplyOrganisation => self.apply_organisation(),
            Command::UndoOrganisation => self.undo_organisation(),
            Command::CloseOrganisation => self.org_edit = None,
            Command::WriteRecord => self.write_record(),
            Command::SaveAnyway => {
                self.prompt = None;
                let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else { return };
                self.save_to(path, true);
            }
        }
    }

    /// Does `then` now, or first asks about unsaved edits.
    fn guarded(&mut self, then: AfterPrompt) {
        if self.is_dirty() {
            self.prompt = Some(Prompt::Unsaved { then });
        } else {
            self.proceed(then);
        }
    }

    fn proceed(&mut self, then: AfterPrompt) {
        match then {
            AfterPrompt::Quit => self.quit_confirmed = true,
            AfterPrompt::OpenWorkspace(dir) => self.open_workspace(&dir),
            AfterPrompt::Open(path) => self.open_register(&path),
            AfterPrompt::Import(path) => self.import_text(&path),
            AfterPrompt::New => {
                let org = self.organisation.clone().unwrap_or_default();
                let mut register = Register::from_organisation(&org);
                register.created = Some(Date::today());
                self.doc = Some(Document::new_unsaved(register));
                self.section = Section::Name;
            }
        }
    }

    /// Opens a folder as the workspace.
    pub fn open_workspace(&mut self, dir: &Path) {
        if !dir.is_dir() {
            self.report(format!(
                "{}: {}",
                dir.display(),
                super::tr(self.lang(), "kansiota ei ole", "mappen finns inte", "no such folder")
            ));
            return;
        }
        self.workspace_dir = Some(dir.to_owned());
        self.settings.last_workspace = Some(dir.to_owned());
        self.doc = None;
        self.reload_workspace();
        match store::recovery::find_recoveries(dir) {
            Ok(found) => {
                self.pending_recoveries = found;
                self.pending_recoveries.reverse();
                self.next_recovery();
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Writes `seloste-kasittelytoimista.xlsx` and `.csv` (the Art. 30 record) into the workspace.
    fn write_record(&mut self) {
        let l = self.lang();
        let Some(dir) = self.workspace_dir.clone() else { return };
        let loaded = self.workspace_registers();
        let rows: Vec<(String, &Register)> = loaded
            .iter()
            .map(|(p, r)| (p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), r))
            .collect();
        let record = crate::export::record::build(&rows, l);
        let stem = super::tr(l, "seloste-kasittelytoimista", "register-over-behandling", "record-of-processing");
        let csv = dir.join(format!("{stem}.csv"));
        let xlsx = dir.join(format!("{stem}.xlsx"));
        if let Err(e) = store::write_generated(&csv, &crate::export::record::to_csv(&record)) {
            return self.report(e.to_string());
        }
        match crate::export::record::to_xlsx(&record) {
            Ok(bytes) => match store::write_generated(&xlsx, &bytes) {
                Ok(()) => {
                    let msg = format!(
                        "{} {} , {}",
                        super::tr(l, "Kirjoitettu", "Skrivet", "Written"),
                        xlsx.display(),
                        csv.display()
                    );
                    self.report(msg);
                    self.last_export = Some(xlsx);
                }
                Err(e) => self.report(e.to_string()),
            },
            Err(e) => self.report(format!("{}: {e}", xlsx.display())),
        }
    }

    /// Every readable register of the workspace with its file.
    fn workspace_registers(&self) -> Vec<(PathBuf, Register)> {
        self.registers
            .iter()
            .filter_map(|r| store::load_register(&r.path).ok().map(|reg| (r.path.clone(), reg)))
            .collect()
    }

    fn organisation_path(&self) -> Option<PathBuf> {
        self.workspace_dir.as_ref().map(|d| d.join(store::ORGANISATION_FILE))
    }

    /// Saves the edited profile and applies it, in one step, to every register that follows it.
    fn apply_organisation(&mut self) {
        let l = self.lang();
        if self.is_dirty() {
            let msg = super::tr(
                l,
                "Tallenna avoin rekisteri ensin.",
                "Spara det öppna registret först.",
                "Save the open register first.",
            );
            return self.report(msg);
        }
        let Some(edit) = self.org_edit.clone() else { return };
        let Some(org_path) = self.organisation_path() else { return };
        let old = self.organisation.clone().unwrap_or_default();
        let plan = crate::orgwide::plan(&old, &edit.draft, &self.workspace_registers());
        if let Err(e) = store::save_organisation(&org_path, &edit.draft) {
            return self.report(e.to_string());
        }
        if let Err(e) = crate::orgwide::apply(&plan) {
            store::save_organisation(&org_path, &old).ok();
            return self.report(e.to_string());
        }
        let msg = format!(
            "{} {}",
            super::tr(l, "Päivitetty rekistereitä:", "Uppdaterade register:", "Registers updated:"),
            plan.len()
        );
        self.report(msg);
        self.org_undo = Some((old, plan));
        self.org_edit = None;
        self.after_bulk_change();
    }

    fn undo_organisation(&mut self) {
        let Some((old, plan)) = self.org_undo.take() else { return };
        if let Some(org_path) = self.organisation_path() {
            if let Err(e) = store::save_organisation(&org_path, &old) {
                self.report(e.to_string());
            }
        }
        if let Err(e) = crate::orgwide::undo(&plan) {
            self.report(e.to_string());
        }
        self.after_bulk_change();
    }

    /// Re-reads the workspace and the open register after files changed in bulk.
    fn after_bulk_change(&mut self) {
        self.reload_workspace();
        if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
            self.open_register(&path);
        }
    }

    /// Imports a plain-text notice; the register opens unsaved, with the report beside it.
    pub fn import_text(&mut self, path: &Path) {
        let bytes = match store::read_bytes(path) {
            Ok(b) => b,
            Err(e) => return self.report(e.to_string()),
        };
        let name = path.display().to_string();
        match crate::import::import_bytes(&bytes, &name) {
            Ok(imported) => {
                let mut doc = Document::new_unsaved(imported.register);
                // Saved into the workspace (or beside the text) under the text's name.
                let stem =
                    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "tuotu".to_owned());
                let dir = self.workspace_dir.clone().or_else(|| path.parent().map(Path::to_owned));
                doc.recovery_target = dir.map(|d| unique_path(&d, &stem));
                self.doc = Some(doc);
                self.section = Section::Name;
                self.import_report = Some(imported.report);
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Updates (or adds) the workspace row of one saved file, instead of re-reading every
    /// register of the workspace after each save.
    fn refresh_row(&mut self, path: &Path) {
        if self.workspace_dir.as_deref() != path.parent() {
            return;
        }
        let row = match store::load_register(path) {
            Ok(r) => RegisterSummary::of(path, &r, self.organisation.as_ref()),
            Err(e) => RegisterSummary::broken(path, &e),
        };
        match self.registers.iter_mut().find(|r| r.path == path) {
            Some(existing) => *existing = row,
            None => {
                self.registers.push(row);
                self.registers.sort_by(|a, b| a.path.cmp(&b.path));
            }
        }
    }

    /// Re-reads the workspace folder.
    pub fn reload_workspace(&mut self) {
        let Some(dir) = self.workspace_dir.clone() else { return };
        let org_path = dir.join(store::ORGANISATION_FILE);
        self.organisation = None;
        if org_path.exists() {
            match store::load_organisation(&org_path) {
                Ok(org) => self.organisation = Some(org),
                Err(e) => self.report(e.to_string()),
            }
        }
        match store::list_registers(&dir) {
            Ok(files) => {
                let org = self.organisation.as_ref();
                self.registers = files
                    .iter()
                    .map(|path| match store::load_register(path) {
                        Ok(r) => RegisterSummary::of(path, &r, org),
                        Err(e) => RegisterSummary::broken(path, &e),
                    })
                    .collect();
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Opens one register; its folder becomes the workspace if none is open.
    pub fn open_register(&mut self, path: &Path) {
        match store::load_register(path) {
            Ok(register) => {
                let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_owned);
                if let Some(folder) = folder {
                    if self.workspace_dir.as_deref() != Some(folder.as_path()) {
                        self.workspace_dir = Some(folder.clone());
                        self.settings.last_workspace = Some(folder);
                        self.reload_workspace();
                    }
                }
                let mut doc = Document::new(Some(path.to_owned()), register);
                doc.stamp = store::recovery::DiskStamp::of(path).ok().flatten();
                self.doc = Some(doc);
                if self.section == Section::Meta {
                    self.section = Section::Name;
                }
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// The state of the open file on disk compared with when it was opened or saved.
    pub fn disk_state(&mut self) -> Option<DiskState> {
        let doc = self.doc.as_ref()?;
        let path = doc.path.as_ref()?;
        let stamp = doc.stamp.as_ref()?;
        match store::recovery::disk_state(path, stamp) {
            Ok(state) => Some(state),
            Err(e) => {
                self.report(e.to_string());
                None
            }
        }
    }

    fn save(&mut self, path: Option<PathBuf>) {
        let Some(doc) = &mut self.doc else { return };
        let target = match path.or_else(|| doc.path.clone()).or_else(|| doc.recovery_target.clone()) {
            Some(p) => p,
            None => {
                let stem = suggested_stem(&doc.register);
                match &self.workspace_dir {
                    Some(dir) => unique_path(dir, &stem),
                    None => {
                        self.prompt =
                            Some(Prompt::TypePath { purpose: PathPurpose::SaveAs, text: format!("{stem}.ron") });
                        return;
                    }
                }
            }
        };
        // Never overwrite someone else's change, nor recreate a removed file, silently.
        if doc.path.as_ref() == Some(&target) {
            if let Some(state) = self.disk_state() {
                if state != DiskState::Unchanged {
                    self.prompt =
                        Some(Prompt::ChangedOnDisk { missing: state == DiskState::Missing, show_diff: false });
                    return;
                }
            }
        }
        self.save_to(target, false);
    }

    /// Writes the open register to `target` (after any checks) and records the result.
    fn save_to(&mut self, target: PathBuf, as_copy: bool) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else { return };
        if doc.register.id.is_empty() {
            doc.register.id = target.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        }
        match store::save_register(&target, &doc.register) {
            Ok(()) => {
                let old_path = doc.path.clone();
                if let Some(rec) = doc.recovery_file.take() {
                    std::fs::remove_file(rec).ok();
                }
                for p in [Some(&target), old_path.as_ref()].into_iter().flatten() {
                    store::recovery::remove_recovery(p).ok();
                }
                doc.mark_saved(target.clone());
                doc.stamp = store::recovery::DiskStamp::of(&target).ok().flatten();
                let what = if as_copy {
                    super::tr(lang, "Tallennettu kopioksi", "Sparad som kopia", "Saved as a copy")
                } else {
                    super::tr(lang, "Tallennettu", "Sparad", "Saved")
                };
                let msg = format!("{what} {}", target.display());
                self.report(msg);
                self.refresh_row(&target);
            }
            // The edit stays in the editor; the message says what went wrong and where.
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Writes unsaved edits to the recovery file when they changed since the last write.
    pub fn write_recovery_if_due(&mut self, time: f64) {
        let dir = self.workspace_dir.clone();
        let Some(doc) = &mut self.doc else { return };
        if !doc.is_dirty() || time - doc.recovery_time < super::document::RECOVERY_INTERVAL {
            return;
        }
        if doc.recovery_of.as_ref() == Some(&doc.register) {
            return;
        }
        doc.recovery_time = time;
        let target = doc
            .path
            .clone()
            .or_else(|| doc.recovery_target.clone())
            .or_else(|| dir.map(|d| unique_path(&d, &suggested_stem(&doc.register))));
        let Some(target) = target else { return };
        match store::recovery::write_recovery(&target, &doc.register) {
            Ok(()) => {
                doc.recovery_of = Some(doc.register.clone());
                let file = store::recovery::recovery_path(&target);
                // A new register's recovery follows its name; remove the one under the old name.
                if let Some(old) = doc.recovery_file.replace(file.clone()) {
                    if old != file {
                        std::fs::remove_file(old).ok();
                    }
                }
            }
            Err(e) => {
                doc.recovery_of = Some(doc.register.clone());
                self.report(e.to_string());
            }
        }
    }

    /// Offers the next recovery file found at start, if any.
    fn next_recovery(&mut self) {
        while let Some(found) = self.pending_recoveries.pop() {
            match found.register {
                Ok(register) => {
                    self.prompt = Some(Prompt::Recovered {
                        recovery: found.recovery,
                        original: found.original,
                        register: Box::new(register),
                        show_diff: false,
                    });
                    return;
                }
                Err(e) => self.report(e.to_string()),
            }
        }
    }

    fn export(&mut self, poster: bool) {
        let lang = self.preview_lang;
        let Some(doc) = &self.doc else { return };
        let Some(path) = doc.path.clone() else {
            let msg = super::tr(
                self.lang(),
                "Tallenna rekisteri ennen vientiä.",
                "Spara registret före export.",
                "Save the register before exporting.",
            );
            self.report(msg);
            return;
        };
        match super::export::export_pdf(&doc.register, &path, lang, poster) {
            Ok((out, warnings)) => {
                let msg = format!("{} {}", super::tr(self.lang(), "Viety", "Exporterad", "Exported"), out.display());
                self.report(msg);
                for w in warnings {
                    self.report(w);
                }
                if self.open_exports {
                    open_in_viewer(&out);
                }
                self.last_export = Some(out);
            }
            Err(e) => self.report(e),
        }
    }
}

/// A file stem from the register name: lower case ASCII letters, digits and dashes.
pub fn suggested_stem(register: &Register) -> String {
    let name = register.name.or_any(Lang::Fi).to_lowercase();
    let mut stem = String::new();
    for c in name.chars() {
        let c = match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if c != '-' || !stem.ends_with('-') {
            stem.push(c);
        }
    }
    let stem = stem.trim_matches('-').chars().take(60).collect::<String>();
    if stem.is_empty() { "uusi-rekisteri".to_owned() } else { stem }
}

fn unique_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

/// Opens a file in the system's default viewer; failure to do so is not an error.
fn open_in_viewer(path: &Path) {
    #[cfg(target_os = "windows")]
    let program = ("cmd", vec!["/C".to_owned(), "start".to_owned(), String::new()]);
    #[cfg(target_os = "macos")]
    let program = ("open", Vec::<String>::new());
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let program = ("xdg-open", Vec::<String>::new());
    let (cmd, mut args) = program;
    args.push(path.display().to_string());
    std::process::Command::new(cmd)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok();
}
