//! Published versions in the editor (issue 15): the publish prompt, and publishing,
//! comparing with and restoring a version. The decisions are `crate::publish`'s (the same
//! as `seloste publish`); the files go through `store`.

use super::command::Command;
use super::prompt::Prompt;
use super::state::AppState;
use crate::i18n::{DocText, UiText};
use crate::model::Lang;
use crate::publish::{self, PublishError, Request};
use crate::store::{self, gui_ops};
use egui::{RichText, Ui};
use std::path::{Path, PathBuf};

impl AppState {
    /// Opens the publish prompt for the open register; a register never saved is refused
    /// (its archive folder and history live beside its file).
    pub(crate) fn ask_publish(&mut self) {
        let l = self.lang();
        let Some(doc) = &self.doc else { return };
        if self.prompt.is_some() {
            // Another question is open (the window blocks the menu then; a command may not).
            return;
        }
        if doc.path().is_none() {
            let msg = UiText::SaveRegisterBeforePublishing.get(l);
            return self.report(msg);
        }
        // The last publisher is the likely one this time too.
        let by = doc.register.history.iter().max_by_key(|v| v.version).map(|v| v.by.clone()).unwrap_or_default();
        self.prompt = Some(Prompt::Publish { by, note: String::new(), force: false, refused: Vec::new() });
    }

    /// Publishes the open register as in the prompt: refused with the errors named (the
    /// prompt stays open to show them), or written (archive first, then the register) and
    /// reported. A publication cannot be undone in the editor: its snapshot exists.
    pub(crate) fn publish_open(&mut self) {
        let l = self.lang();
        let Some(Prompt::Publish { by, note, force, .. }) = self.prompt.clone() else { return };
        let Some(file) = self.doc.as_ref().and_then(|d| d.path()).map(Path::to_owned) else { return };
        // Never overwrite someone else's change silently (this replaces the prompt).
        if self.prompt_if_changed() {
            return;
        }
        let Some(doc) = &mut self.doc else { return };
        let dir = workspace_of(&file);
        let id = if doc.register.id.trim().is_empty() {
            file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
        } else {
            doc.register.id.trim().to_owned()
        };
        let previous = publish::previous_snapshot(&doc.register, &mut |rel| store::read_archived(&dir, rel));
        let request = Request { by: &by, note: &note, force, today: super::today() };
        let org = self.workspace.organisation.as_ref();
        let refusal = match publish::publish(&doc.register, &id, org, previous.as_ref(), &request) {
            Err(PublishError::HasErrors(errors)) => errors,
            Err(e) => vec![e.message(l)],
            Ok(publication) => match store::write_publication(&dir, &file, &publication.files, &publication.register) {
                Err(e) => vec![e.to_string()],
                Ok(()) => {
                    let stamp = store::recovery::DiskStamp::of(&file).ok().flatten();
                    let old_recovery = doc.published(publication.register, stamp);
                    self.prompt = None;
                    if let Some(rec) = old_recovery {
                        if let Err(e) = gui_ops::remove_file(&rec) {
                            self.report(e.to_string());
                        }
                    }
                    let v = &publication.version;
                    let what = DocText::PublishedVersion.get(l);
                    self.report(format!("{what} {}: {}", v.version, dir.join(&v.snapshot).display()));
                    for w in publication.warnings {
                        self.report(w);
                    }
                    self.workspace.refresh_row(&file);
                    self.check_snapshots();
                    return;
                }
            },
        };
        if let Some(Prompt::Publish { refused, .. }) = &mut self.prompt {
            *refused = refusal;
        }
    }

    /// Checks the open register's archived snapshots against the hashes in its history, so
    /// that a missing or altered one shows among its findings (as `seloste validate` does).
    pub(crate) fn check_snapshots(&mut self) {
        let Some(doc) = &mut self.doc else { return };
        let Some(file) = doc.path() else { return };
        let dir = workspace_of(file);
        let states = publish::check_snapshots(&doc.register, &mut |rel| store::read_archived(&dir, rel));
        doc.set_snapshots(states);
    }

    /// Compares published version `version` (its snapshot, hash-checked) with the open draft.
    pub(crate) fn compare_version(&mut self, version: u32) {
        let l = self.lang();
        let Some(doc) = &self.doc else { return };
        let Some(file) = doc.path() else { return };
        let dir = workspace_of(file);
        match publish::load_version(&doc.register, version, &mut |rel| store::read_archived(&dir, rel)) {
            Ok(published) => {
                let date = doc
                    .register
                    .history
                    .iter()
                    .find(|v| v.version == version)
                    .and_then(|v| v.date)
                    .map(crate::model::Date::finnish)
                    .unwrap_or_default();
                let title = format!("{} {version} ({date}) → {}", DocText::Version.get(l), UiText::CurrentDraft.get(l));
                let changes = crate::diff::diff(&published, &publish::snapshot_of(&doc.register));
                self.compare = Some(super::compare::Comparison { title, changes });
            }
            Err(e) => self.report(e.message(l)),
        }
    }

    /// Makes published version `version` the open register's content, as an unsaved draft
    /// (undoable; the history stays).
    pub(crate) fn restore_version(&mut self, version: u32) {
        let l = self.lang();
        let Some(doc) = &mut self.doc else { return };
        let Some(file) = doc.path() else { return };
        let dir = workspace_of(file);
        match publish::load_version(&doc.register, version, &mut |rel| store::read_archived(&dir, rel)) {
            Ok(published) => {
                doc.register = publish::restore_as_draft(&doc.register, &published);
                let msg = match l {
                    Lang::Fi => format!("Versio {version} palautettu luonnokseksi. Tallenna tai julkaise se."),
                    Lang::Sv => format!("Version {version} återställd som utkast. Spara eller publicera den."),
                    Lang::En => format!("Version {version} restored as the draft. Save or publish it."),
                };
                self.report(msg);
            }
            Err(e) => self.report(e.message(l)),
        }
    }
}

/// The workspace folder of a register file: its folder, where `arkisto/` lies.
fn workspace_of(file: &Path) -> PathBuf {
    file.parent().map(Path::to_owned).unwrap_or_default()
}

/// The publish prompt: who, a note, "despite errors", and why the last attempt was refused.
pub(super) fn publish_prompt_ui(
    ui: &mut Ui,
    l: Lang,
    (by, note, force): (&str, &str, bool),
    refused: &[String],
    commands: &mut Vec<Command>,
) {
    ui.heading(UiText::PublishVersion.get(l));
    ui.label(UiText::RegisterSavedGetsNext.get(l));
    let (mut by, mut note, mut force) = (by.to_owned(), note.to_owned(), force);
    let lab = ui.label(UiText::Published.get(l));
    let by_edit = ui.add(egui::TextEdit::singleline(&mut by).desired_width(400.0)).labelled_by(lab.id);
    let lab = ui.label(UiText::NoteWhatChangedWhy.get(l));
    let note_edit = ui.add(egui::TextEdit::singleline(&mut note).desired_width(400.0)).labelled_by(lab.id);
    let force_check = ui.checkbox(&mut force, UiText::PublishDespiteErrors.get(l));
    if by_edit.changed() || note_edit.changed() || force_check.changed() {
        commands.push(Command::SetPublishForm { by, note, force });
    }
    if !refused.is_empty() {
        ui.separator();
        ui.label(RichText::new(UiText::NotPublished.get(l)).strong());
        egui::ScrollArea::vertical().max_height(200.0).id_salt("refused").show(ui, |ui| {
            for reason in refused {
                ui.label(reason);
            }
        });
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(UiText::Publish.get(l)).clicked() {
            commands.push(Command::Publish);
        }
        if ui.button(UiText::Cancel.get(l)).clicked() {
            commands.push(Command::PromptCancel);
        }
    });
}
