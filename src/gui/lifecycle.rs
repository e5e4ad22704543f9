//! The document lifecycle: the one state machine that owns an open register's file stamp,
//! its recovery file and the prompts about them.
//!
//! States: no document; a clean document; a dirty one (edits only in memory and, after
//! [`RECOVERY_INTERVAL`](super::document::RECOVERY_INTERVAL), in its own recovery file);
//! each possibly behind a prompt (unsaved, recovered, changed on disk). The rules every
//! transition keeps:
//! - the document always knows what its file should look like ([`Document::expected`],
//!   `None` = should not exist), and a save to that file checks it first: a change or
//!   removal by someone else is never overwritten without a prompt;
//! - a recovery file is written, replaced or removed only by the document that owns it
//!   (it wrote it, or its content was restored into the document); a recovery file of
//!   another session is removed only when discarded on purpose, and new edits go to a
//!   recovery file of their own beside it;
//! - a copy kept from a conflict gets a new `id`.

use super::document::{Document, Origin};
use super::prompt::{DiskCopy, PathPurpose, Prompt};
use super::state::AppState;
use crate::i18n::UiText;
use crate::model::{Lang, Register, Section};
use crate::store::{self, gui_ops, recovery::DiskStamp};
use std::path::{Path, PathBuf};

/// How the file on disk relates to what the document expects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// As expected.
    Unchanged,
    /// Someone else changed (or created) it.
    Changed,
    /// It is gone (deleted or renamed).
    Missing,
}

/// Compares the file at `path` with what it should be (`None`: no file).
pub fn disk_state(path: &Path, expected: Option<&DiskStamp>) -> Result<DiskState, store::StoreError> {
    let now = DiskStamp::of(path)?;
    Ok(match (expected, now) {
        (None, None) => DiskState::Unchanged,
        (None, Some(_)) => DiskState::Changed,
        (Some(_), None) => DiskState::Missing,
        (Some(a), Some(b)) if a.hash == b.hash && a.len == b.len => DiskState::Unchanged,
        (Some(_), Some(_)) => DiskState::Changed,
    })
}

impl AppState {
    /// Opens a new, unsaved register (saved at `target` when known).
    pub(crate) fn start_new(&mut self, register: Register, target: Option<PathBuf>) {
        let mut doc = Document::new_unsaved(register, target);
        if let Some(t) = doc.file() {
            doc.expected = DiskStamp::of(t).ok().flatten();
        }
        self.review_view = doc.register.import.is_some().then(super::review::ReviewView::default);
        self.doc = Some(doc);
        self.view.section = Section::Name;
    }

    /// Opens one register; its folder becomes the workspace if none is open. Recovery
    /// files of that register left by another session are offered first.
    pub fn open_register(&mut self, path: &Path) {
        if self.load_document(path) {
            self.offer_recoveries_of(path);
        }
    }

    /// Loads `path` as the open document; false (with a message) when it cannot be read.
    fn load_document(&mut self, path: &Path) -> bool {
        let stamp = DiskStamp::of(path).ok().flatten();
        match store::load_register(path) {
            Ok(register) => {
                let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).map(Path::to_owned);
                if let Some(folder) = folder {
                    if self.workspace.dir.as_deref() != Some(folder.as_path()) {
                        self.workspace.dir = Some(folder.clone());
                        self.settings.last_workspace = Some(folder);
                        self.reload_workspace();
                    }
                }
                // A register that still carries an import record opens with its review.
                self.review_view = register.import.is_some().then(super::review::ReviewView::default);
                self.doc = Some(Document::open(path.to_owned(), register, stamp));
                self.check_snapshots();
                if self.view.section == Section::Meta {
                    self.view.section = Section::Name;
                }
                true
            }
            Err(e) => {
                self.report(e.to_string());
                false
            }
        }
    }

    /// Queues the recovery files of `path` that the open document does not own.
    fn offer_recoveries_of(&mut self, path: &Path) {
        let Some(dir) = path.parent() else { return };
        let owned = self.doc.as_ref().and_then(|d| d.recovery.clone());
        let Ok(found) = store::recovery::find_recoveries(dir) else { return };
        let mut mine: Vec<_> =
            found.into_iter().filter(|r| r.original == path && Some(&r.recovery) != owned.as_ref()).collect();
        if mine.is_empty() {
            return;
        }
        mine.reverse();
        self.pending_recoveries.extend(mine);
        if self.prompt.is_none() {
            self.next_recovery();
        }
    }

    /// Offers the next recovery file found, if any.
    pub(crate) fn next_recovery(&mut self) {
        while let Some(found) = self.pending_recoveries.pop() {
            match found.register {
                Ok(register) => {
                    let on_disk = DiskCopy::read(&found.original);
                    self.prompt = Some(Prompt::Recovered {
                        recovery: found.recovery,
                        original: found.original,
                        register: Box::new(register),
                        on_disk,
                        show_diff: false,
                    });
                    return;
                }
                Err(e) => self.report(e.to_string()),
            }
        }
    }

    /// Closes the prompt without an answer; a recovery file stays for later.
    pub(crate) fn prompt_cancel(&mut self) {
        if let Some(Prompt::Recovered { .. }) = self.prompt.take() {
            self.next_recovery();
        }
    }

    /// Restores the recovery in the prompt: the document owns that file from now on, and
    /// expects its register file as the prompt read it.
    pub(crate) fn restore_recovery(&mut self) {
        let Some(Prompt::Recovered { recovery, original, register, on_disk, .. }) = self.prompt.take() else { return };
        let mut doc = match on_disk.register {
            Ok(Some(saved)) => Document::open(original, saved, on_disk.stamp),
            Ok(None) => Document::new_unsaved(Register::default(), Some(original)),
            // The file exists but cannot be read: everything counts as unsaved, and a save
            // replaces it (keeping it as `.bak`) only if it is still as the prompt saw it.
            Err(_) => {
                let mut d = Document::open(original, Register::default(), on_disk.stamp);
                d.saved = None;
                d
            }
        };
        let mut register = *register;
        if let Some(saved) = &doc.saved {
            // Versions published since the recovery file was written stay in the history
            // (GDPR Art. 5(2)): the recovered edits never erase a publication.
            register.history = crate::publish::merge_history(&saved.history, &register.history);
        }
        doc.register = register;
        doc.recovery_of = Some(doc.register.clone());
        doc.recovery = Some(recovery);
        self.doc = Some(doc);
        self.check_snapshots();
        self.view.section = Section::Name;
        self.next_recovery();
    }

    /// Deletes the recovery file in the prompt (discarded on purpose).
    pub(crate) fn discard_recovery(&mut self) {
        let Some(Prompt::Recovered { recovery, .. }) = self.prompt.take() else { return };
        if let Err(e) = gui_ops::remove_file(&recovery) {
            self.report(e.to_string());
        }
        self.next_recovery();
    }

    /// The state of the open document's file compared with what it expects.
    pub fn disk_state(&mut self) -> Option<DiskState> {
        let doc = self.doc.as_ref()?;
        let path = doc.file()?;
        match disk_state(path, doc.expected.as_ref()) {
            Ok(state) => Some(state),
            Err(e) => {
                self.report(e.to_string());
                None
            }
        }
    }

    /// Shows the changed-on-disk prompt when the file is not as expected. True if shown.
    pub(crate) fn prompt_if_changed(&mut self) -> bool {
        let Some(state) = self.disk_state() else { return false };
        if state == DiskState::Unchanged {
            return false;
        }
        let Some(path) = self.doc.as_ref().and_then(|d| d.file()).map(Path::to_owned) else { return false };
        let on_disk = DiskCopy::read(&path);
        self.prompt = Some(Prompt::ChangedOnDisk { missing: state == DiskState::Missing, on_disk, show_diff: false });
        true
    }

    /// The window regained focus: has the file changed meanwhile?
    pub(crate) fn check_disk(&mut self) {
        if self.prompt.is_none() {
            self.prompt_if_changed();
        }
        self.check_snapshots();
    }

    /// Saves to `path`, or to the document's file, or to a name made from the title.
    pub(crate) fn save(&mut self, path: Option<PathBuf>) {
        let Some(doc) = &self.doc else { return };
        let own = doc.file().map(Path::to_owned);
        let target = match path.or_else(|| own.clone()) {
            Some(p) => p,
            None => match new_register_path(doc, self.workspace.dir.as_deref()) {
                Some(p) => p,
                None => {
                    let stem = suggested_stem(&doc.register);
                    self.ask_path(PathPurpose::SaveAs, format!("{stem}.ron"));
                    return;
                }
            },
        };
        // Never overwrite someone else's change, nor recreate a removed file, silently.
        if own.as_ref() == Some(&target) && self.prompt_if_changed() {
            return;
        }
        self.save_to(target, false);
    }

    /// Writes the open register to `target` (after any checks) and records the result.
    /// A copy gets a new `id`, unique in the workspace.
    fn save_to(&mut self, target: PathBuf, as_copy: bool) {
        let stem = target.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let fresh_id = self.unique_id(&stem, &target);
        let new_id = as_copy.then(|| fresh_id.clone());
        let Some(doc) = &mut self.doc else { return };
        let mut register = doc.register.clone();
        if let Some(id) = new_id {
            register.id = id;
        } else if register.id.is_empty() {
            register.id = fresh_id;
        }
        if let Err(e) = store::save_register(&target, &register) {
            // The edit stays in the editor; the message says what went wrong and where.
            return self.report(e.to_string());
        }
        doc.register = register;
        if let Some(rec) = doc.recovery.take() {
            if let Err(e) = gui_ops::remove_file(&rec) {
                self.messages.push(super::message::Message::error(e.to_string()));
            }
        }
        doc.recovery_of = None;
        doc.origin = Origin::File(target.clone());
        doc.saved = Some(doc.register.clone());
        doc.expected = DiskStamp::of(&target).ok().flatten();
        self.confirm(if as_copy { UiText::SavedCopy } else { UiText::Saved }, target.display().to_string());
        self.workspace.refresh_row(&target);
    }

    /// An `id` no other register of the workspace has, made from `stem`.
    fn unique_id(&self, stem: &str, except: &Path) -> String {
        let mut id = stem.to_owned();
        let mut n = 2;
        while self.workspace.id_taken(&id, Some(except)) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        id
    }

    /// Closes the changed-on-disk prompt (of the given kind: `Some(true)` for a removed
    /// file); false, leaving any other prompt open, when that prompt is not open.
    fn take_changed_prompt(&mut self, missing: Option<bool>) -> bool {
        match &self.prompt {
            Some(Prompt::ChangedOnDisk { missing: m, .. }) if missing.is_none_or(|want| want == *m) => {
                self.prompt = None;
                true
            }
            _ => false,
        }
    }

    /// Saves over a removed file, as the user asked.
    pub(crate) fn save_anyway(&mut self) {
        if !self.take_changed_prompt(Some(true)) {
            return;
        }
        let Some(path) = self.doc.as_ref().and_then(|d| d.file()).map(Path::to_owned) else { return };
        self.save_to(path, false);
    }

    /// Keeps the local edits as a copy beside the changed file; the copy is then open.
    pub(crate) fn keep_mine_as_copy(&mut self) {
        if !self.take_changed_prompt(None) {
            return;
        }
        let Some(path) = self.doc.as_ref().and_then(|d| d.file()).map(Path::to_owned) else { return };
        self.save_to(store::recovery::copy_path(&path), true);
    }

    /// Loads the version on disk. Unsaved edits go first to a recovery file that the
    /// reloaded document does not own, so nothing replaces or removes it but a restore or a
    /// discard (it is offered at the next start or opening).
    pub(crate) fn reload_from_disk(&mut self) {
        if !self.take_changed_prompt(Some(false)) {
            return;
        }
        let Some(doc) = &self.doc else { return };
        let Some(path) = doc.file().map(Path::to_owned) else { return };
        if doc.is_dirty() {
            let keep = doc.recovery.clone().unwrap_or_else(|| gui_ops::free_recovery_path(&path));
            if let Err(e) = store::write_generated(&keep, store::to_ron(&doc.register).as_bytes()) {
                return self.report(e.to_string());
            }
            let msg = format!("{} {}", UiText::YourEditsKept.get(self.lang()), keep.display());
            self.report(msg);
        }
        if !gui_ops::exists(&path) {
            self.doc = None;
            return;
        }
        self.load_document(&path);
    }

    /// Answers the unsaved prompt with save; goes on only if the save happened.
    pub(crate) fn prompt_save(&mut self) {
        let Some(Prompt::Unsaved { then }) = self.prompt.take() else { return };
        self.save(None);
        if !self.is_dirty() && self.prompt.is_none() {
            self.proceed(then);
        }
    }

    /// Answers the unsaved prompt with discard: the edits and their recovery file go.
    pub(crate) fn prompt_discard(&mut self) {
        let Some(Prompt::Unsaved { then }) = self.prompt.take() else { return };
        if let Some(doc) = &mut self.doc {
            if let Some(saved) = &doc.saved {
                doc.register = saved.clone();
            }
            if let Some(rec) = doc.recovery.take() {
                if let Err(e) = gui_ops::remove_file(&rec) {
                    self.messages.push(super::message::Message::error(e.to_string()));
                }
            }
            doc.recovery_of = None;
        }
        self.proceed(then);
    }

    /// Writes unsaved edits to the document's own recovery file when they changed since
    /// the last write and [`RECOVERY_INTERVAL`](super::document::RECOVERY_INTERVAL) passed.
    pub fn write_recovery_if_due(&mut self, time: f64) {
        let dir = self.workspace.dir.clone();
        let Some(doc) = &mut self.doc else { return };
        if !doc.is_dirty() || time - doc.recovery_time < super::document::RECOVERY_INTERVAL {
            return;
        }
        if doc.recovery_of.as_ref() == Some(&doc.register) {
            return;
        }
        doc.recovery_time = time;
        // A register never saved has its recovery named after its title, as a save would.
        let target = doc.file().map(Path::to_owned).or_else(|| new_register_path(doc, dir.as_deref()));
        let Some(target) = target else { return };
        let file = match &doc.recovery {
            Some(owned) if store::recovery::original_of(owned).as_deref() == Some(target.as_path()) => owned.clone(),
            _ => gui_ops::free_recovery_path(&target),
        };
        doc.recovery_of = Some(doc.register.clone());
        match store::write_generated(&file, store::to_ron(&doc.register).as_bytes()) {
            Ok(()) => {
                if let Some(old) = doc.recovery.replace(file.clone()) {
                    if old != file {
                        gui_ops::remove_file(&old).ok();
                    }
                }
            }
            Err(e) => self.report(e.to_string()),
        }
    }
}

/// The file a register never saved goes to: named after its title in `dir`, a name no
/// file and no other recovery has (its own recovery file does not count).
fn new_register_path(doc: &Document, dir: Option<&Path>) -> Option<PathBuf> {
    let dir = dir?;
    let stem = suggested_stem(&doc.register);
    let plain = dir.join(format!("{stem}.ron"));
    let own = doc.recovery.as_deref().and_then(store::recovery::original_of);
    if own.as_ref() == Some(&plain) && !gui_ops::exists(&plain) {
        return Some(plain);
    }
    Some(gui_ops::free_register_path(dir, &stem))
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
