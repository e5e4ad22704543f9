//! Workspace-wide operations: opening a folder, importing, exporting, the Art. 30 record,
//! comparisons and organisation-wide edits. Every file operation goes through `store`.

use super::state::AppState;
use crate::i18n::UiText;
use crate::store::{self, gui_ops};
use std::path::Path;

impl AppState {
    /// Opens a folder as the workspace and offers the recovery files found in it.
    pub fn open_workspace(&mut self, dir: &Path) {
        if !gui_ops::is_folder(dir) {
            return self.refuse(UiText::NoSuchFolder, dir.display().to_string());
        }
        self.workspace.dir = Some(dir.to_owned());
        self.settings.last_workspace = Some(dir.to_owned());
        self.doc = None;
        self.reload_workspace();
        match store::recovery::find_recoveries(dir) {
            Ok(mut found) => {
                found.reverse();
                self.pending_recoveries = found;
                self.next_recovery();
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Re-reads the workspace folder.
    pub fn reload_workspace(&mut self) {
        for e in self.workspace.reload() {
            self.report(e);
        }
    }

    /// Imports a plain-text notice; the register opens unsaved, with the report beside it.
    pub fn import_text(&mut self, path: &Path) {
        let bytes = match store::read_bytes(path) {
            Ok(b) => b,
            Err(e) => return self.report(e.to_string()),
        };
        let name = path.display().to_string();
        // A heading the workspace was taught in an earlier review leads its section.
        let taught = match self.workspace.dir.as_deref().map(store::load_synonyms).transpose() {
            Ok(t) => t.unwrap_or_default(),
            Err(e) => {
                self.report(e.to_string());
                crate::review::Synonyms::default()
            }
        };
        match crate::import::import_bytes_taught(&bytes, &name, &taught) {
            Ok(imported) => {
                // Saved into the workspace (or beside the text) under the text's name.
                let stem =
                    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "tuotu".to_owned());
                let dir = self.workspace.dir.clone().or_else(|| path.parent().map(Path::to_owned));
                let target = dir.map(|d| gui_ops::free_register_path(&d, &stem));
                self.start_new(imported.register, target);
                self.import_report = Some(imported.report);
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    pub(crate) fn export(&mut self, poster: Option<crate::layout::Paper>) {
        let lang = self.view.preview_lang;
        let Some(doc) = &self.doc else { return };
        let Some(path) = doc.path().map(Path::to_owned) else {
            return self.refuse(UiText::SaveRegisterBeforeExporting, "");
        };
        match super::export::export_pdf(&doc.register, &path, lang, poster) {
            Ok((out, warnings)) => {
                self.confirm(UiText::Exported, out.display().to_string());
                for w in warnings {
                    self.report(w);
                }
                if self.open_exports {
                    open_in_viewer(&out);
                }
                self.last_export = Some(out);
            }
            Err(message) => self.messages.push(message),
        }
    }

    /// Writes `seloste-kasittelytoimista.xlsx` and `.csv` (the Art. 30 record) into the workspace.
    pub(crate) fn write_record(&mut self) {
        let l = self.lang();
        let Some(dir) = self.workspace.dir.clone() else { return };
        let loaded = match self.workspace.registers() {
            Ok(loaded) => loaded,
            Err(e) => return self.report(e.to_string()),
        };
        let rows: Vec<(String, &crate::model::Register)> =
            loaded.iter().map(|(p, r)| (super::workspace::file_name(p), r)).collect();
        let record = crate::export::record::build(&rows, l);
        let stem = UiText::RecordProcessing.get(l);
        let csv = dir.join(format!("{stem}.csv"));
        let xlsx = dir.join(format!("{stem}.xlsx"));
        if let Err(e) = store::write_generated(&csv, &crate::export::record::to_csv(&record)) {
            return self.report(e.to_string());
        }
        match crate::export::record::to_xlsx(&record) {
            Ok(bytes) => match store::write_generated(&xlsx, &bytes) {
                Ok(()) => {
                    self.confirm(UiText::Written, format!("{}, {}", xlsx.display(), csv.display()));
                    self.last_export = Some(xlsx);
                }
                Err(e) => self.report(e.to_string()),
            },
            Err(e) => self.report(format!("{}: {e}", xlsx.display())),
        }
    }

    /// Writes the workspace's Published registers as a static web site into `target`, as
    /// `seloste site DIR --out TARGET` does (issue 17): pages per language, PDFs, posters,
    /// the §28 description. Drafts are left out, as on the command line without `--drafts`.
    pub(crate) fn publish_site(&mut self, target: &Path) {
        let registers = match self.workspace.registers() {
            Ok(registers) => registers,
            Err(e) => return self.report(e.to_string()),
        };
        let rows: Vec<(String, &crate::model::Register)> =
            registers.iter().map(|(p, r)| (super::workspace::file_name(p), r)).collect();
        let organisation = self.workspace.organisation.clone().unwrap_or_default();
        // The version in force of each published register, not edits made since (Art. 5(2)).
        let Some(dir) = self.workspace.dir.clone() else { return };
        let (content, archive_warnings) =
            crate::publish::site_content(&rows, false, &mut |rel| store::read_archived(&dir, rel));
        for warning in archive_warnings {
            self.report(warning);
        }
        let rows = content.iter().map(|(f, r)| (f.clone(), r)).collect();
        let input =
            crate::export::site::Input { organisation: &organisation, registers: rows, drafts: false, base_url: None };
        let site = match crate::export::site::build(&input) {
            Ok(site) => site,
            Err(e) => return self.report(e.to_string()),
        };
        for warning in &site.warnings {
            self.report(warning.clone());
        }
        match store::write_file_set(target, &site.files) {
            Ok(()) => {
                let index = target.join("index.html");
                self.confirm(UiText::Written, index.display().to_string());
                self.last_export = Some(index);
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Compares the open register with its file as it is on disk now.
    pub(crate) fn compare_with_disk(&mut self) {
        let Some(doc) = &self.doc else { return };
        let Some(path) = doc.path().map(Path::to_owned) else { return };
        match store::load_register(&path) {
            Ok(on_disk) => {
                let title = format!("{} → {}", path.display(), UiText::EditedVersion.get(self.lang()));
                let changes = crate::diff::diff(&on_disk, &doc.register);
                self.compare = Some(super::compare::Comparison { title, changes });
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// Compares the open register with another register file.
    pub(crate) fn compare_with(&mut self, other: &Path) {
        let Some(doc) = &self.doc else { return };
        match store::load_register(other) {
            Ok(theirs) => {
                let title = format!("{} → {}", doc.file_label(), other.display());
                let changes = crate::diff::diff(&doc.register, &theirs);
                self.compare = Some(super::compare::Comparison { title, changes });
            }
            Err(e) => self.report(e.to_string()),
        }
    }

    /// True, with a message, when the open register has unsaved edits: an organisation-wide
    /// apply or undo writes registers on disk and must not race the editor's copy.
    fn refuse_while_dirty(&mut self) -> bool {
        if !self.is_dirty() {
            return false;
        }
        self.refuse(UiText::SaveOpenRegisterFirst, "");
        true
    }

    /// Saves the edited profile and applies it, in one step, to every register that follows it.
    pub(crate) fn apply_organisation(&mut self) {
        if self.refuse_while_dirty() {
            return;
        }
        let Some(edit) = self.org_edit.clone() else { return };
        let Some(org_path) = self.workspace.organisation_path() else { return };
        let old = self.workspace.organisation.clone().unwrap_or_default();
        let registers = match self.workspace.registers() {
            Ok(registers) => registers,
            Err(e) => return self.report(e.to_string()),
        };
        let plan = crate::orgwide::plan(&old, &edit.draft, &registers);
        if let Err(e) = store::save_organisation(&org_path, &edit.draft) {
            return self.report(e.to_string());
        }
        if let Err(e) = crate::orgwide::apply(&plan) {
            store::save_organisation(&org_path, &old).ok();
            return self.report(e.to_string());
        }
        self.confirm(UiText::RegistersUpdated, plan.len().to_string());
        self.org_undo = Some((old, plan));
        self.org_edit = None;
        self.after_bulk_change();
    }

    /// Puts back the profile and the registers of the last apply. A register changed since
    /// the apply is left as it is, and named in a message.
    pub(crate) fn undo_organisation(&mut self) {
        if self.refuse_while_dirty() {
            return;
        }
        let Some((old, plan)) = self.org_undo.take() else { return };
        if let Some(org_path) = self.workspace.organisation_path() {
            if let Err(e) = store::save_organisation(&org_path, &old) {
                self.report(e.to_string());
            }
        }
        match crate::orgwide::undo(&plan) {
            Ok(skipped) => {
                for path in skipped {
                    self.refuse(UiText::NotUndoneBecauseFile, path.display().to_string());
                }
            }
            Err(e) => self.report(e.to_string()),
        }
        self.after_bulk_change();
    }

    /// Re-reads the workspace and the open register after files changed in bulk.
    fn after_bulk_change(&mut self) {
        self.reload_workspace();
        if let Some(path) = self.doc.as_ref().and_then(|d| d.path()).map(Path::to_owned) {
            self.open_register(&path);
        }
    }
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
