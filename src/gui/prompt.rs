//! Modal questions: the prompt data (each loads the disk copy it shows once, when it
//! opens) and the modal's drawing, which only reads the state and pushes commands.

use super::command::Command;
use super::state::AppState;
use crate::i18n::UiText;
use crate::model::{Lang, Register};
use crate::store::{self, recovery::DiskStamp};
use egui::{RichText, Ui};

pub use super::picker::PathPurpose;
use std::path::{Path, PathBuf};

/// A file on disk as read once, when a prompt opened.
#[derive(Clone, Debug, PartialEq)]
pub struct DiskCopy {
    /// The register in the file; `Ok(None)` when there is no file; `Err` with the reason
    /// when it cannot be read (shown as such, never as an empty register).
    pub register: Result<Option<Register>, String>,
    /// The file's stamp at that moment (`None`: no file).
    pub stamp: Option<DiskStamp>,
}

impl DiskCopy {
    /// Reads `path` now.
    pub fn read(path: &Path) -> Self {
        let stamp = store::recovery::DiskStamp::of(path).ok().flatten();
        let register = if stamp.is_none() && !store::gui_ops::exists(path) {
            Ok(None)
        } else {
            store::load_register(path).map(Some).map_err(|e| e.to_string())
        };
        DiskCopy { register, stamp }
    }
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
    /// Closing it any other way keeps the file for later.
    Recovered {
        /// The recovery file.
        recovery: PathBuf,
        /// The register file it belongs to.
        original: PathBuf,
        /// The recovered content.
        register: Box<Register>,
        /// The register file as it was when the prompt opened.
        on_disk: DiskCopy,
        /// Show the field-by-field differences to the file on disk.
        show_diff: bool,
    },
    /// The open file was changed (or removed) on disk by someone else.
    ChangedOnDisk {
        /// The file is gone (deleted or renamed).
        missing: bool,
        /// The file as it was when the prompt opened.
        on_disk: DiskCopy,
        /// Show the field-by-field differences.
        show_diff: bool,
    },
    /// Publish the open register: who, why, and whether despite errors.
    Publish {
        /// Who publishes (recorded in the history).
        by: String,
        /// What changed and why.
        note: String,
        /// Publish despite errors (recorded in the history).
        force: bool,
        /// Why the last attempt was refused: the errors by name, or what went wrong.
        refused: Vec<String>,
    },
    /// Choose a file or folder with the built-in picker.
    Pick(Box<super::picker::Picker>),
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
    /// Start a new register from this one.
    NewFrom(PathBuf),
    /// Import this text file as a new register.
    Import(PathBuf),
}

fn button(ui: &mut Ui, commands: &mut Vec<Command>, label: &str, command: Command) {
    if ui.button(label).clicked() {
        commands.push(command);
    }
}

/// Draws the open prompt, if any.
pub fn prompt_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let l = state.lang();
    let Some(prompt) = &state.prompt else { return };
    let modal = egui::Modal::new(egui::Id::unique("prompt")).show(ui.ctx(), |ui| match prompt {
        Prompt::Unsaved { .. } => {
            ui.heading(UiText::UnsavedChanges.get(l));
            ui.label(UiText::SaveChangesBeforeContinuing.get(l));
            ui.horizontal(|ui| {
                button(ui, commands, UiText::Save.get(l), Command::PromptSave);
                button(ui, commands, UiText::DiscardChanges.get(l), Command::PromptDiscard);
                button(ui, commands, UiText::Cancel.get(l), Command::PromptCancel);
            });
        }
        Prompt::Recovered { original, register, on_disk, show_diff, .. } => {
            ui.heading(UiText::RecoveredEdits.get(l));
            ui.label(format!("{} {}", UiText::UnsavedEditsLastSession.get(l), original.display()));
            ui.horizontal(|ui| {
                button(ui, commands, UiText::Restore.get(l), Command::RestoreRecovery);
                button(ui, commands, UiText::Discard.get(l), Command::DiscardRecovery);
                button(ui, commands, UiText::ShowDifferences.get(l), Command::ToggleDiff);
                button(ui, commands, UiText::Later.get(l), Command::PromptCancel);
            });
            if *show_diff {
                diff_ui(ui, l, on_disk, register);
            }
        }
        Prompt::ChangedOnDisk { missing: true, .. } => {
            ui.heading(UiText::FileDeletedMoved.get(l));
            ui.label(UiText::SomeoneDeletedRenamedOpen.get(l));
            ui.horizontal(|ui| {
                button(ui, commands, UiText::SaveAnyway.get(l), Command::SaveAnyway);
                button(ui, commands, UiText::Cancel.get(l), Command::PromptCancel);
            });
        }
        Prompt::ChangedOnDisk { missing: false, on_disk, show_diff } => {
            ui.heading(UiText::FileChangedDisk.get(l));
            ui.label(UiText::SomeoneElseChangedFile.get(l));
            ui.horizontal(|ui| {
                button(ui, commands, UiText::ReloadDisk.get(l), Command::ReloadFromDisk);
                button(ui, commands, UiText::KeepMineCopy.get(l), Command::KeepMineAsCopy);
                button(ui, commands, UiText::ShowDifferences.get(l), Command::ToggleDiff);
                button(ui, commands, UiText::Cancel.get(l), Command::PromptCancel);
            });
            if *show_diff {
                if let Some(doc) = &state.doc {
                    diff_ui(ui, l, on_disk, &doc.register);
                }
            }
        }
        Prompt::Pick(picker) => super::picker::picker_ui(ui, l, picker, commands),
        Prompt::Publish { by, note, force, refused } => {
            super::versions::publish_prompt_ui(ui, l, (by, note, *force), refused, commands);
        }
    });
    if modal.should_close() {
        commands.push(Command::PromptCancel);
    }
}

/// The field-by-field differences from the disk copy to `mine` (in the editor).
fn diff_ui(ui: &mut Ui, l: Lang, disk: &DiskCopy, mine: &Register) {
    ui.separator();
    let empty = Register::default();
    let on_disk = match &disk.register {
        Ok(Some(r)) => r,
        Ok(None) => {
            ui.label(UiText::ThereNoFileDisk.get(l));
            &empty
        }
        Err(e) => {
            let cannot = UiText::FileDiskCannotRead.get(l);
            ui.label(RichText::new(format!("{cannot} {e}")).strong());
            return;
        }
    };
    let changes = crate::diff::diff(on_disk, mine);
    ui.label(RichText::new(UiText::DiskEdited.get(l)).strong());
    egui::ScrollArea::vertical().max_height(300.0).id_salt("diff").show(ui, |ui| {
        super::compare::changes_ui(ui, l, &changes);
    });
}
