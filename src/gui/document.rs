//! An open register: its content, where it came from, the copy last saved, undo history,
//! cached findings, and what the document lifecycle (see `lifecycle`) knows about its file
//! and its recovery file.

use crate::model::{Organisation, Register, Right, RightEntry};
use crate::store::recovery::DiskStamp;
use crate::validate::{self, Finding, Severity};
use egui::util::undoer::{Settings as UndoSettings, Undoer};
use std::path::{Path, PathBuf};

/// Where a document's content came from, and where a save writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Loaded from, or saved to, this file.
    File(PathBuf),
    /// Never saved. `target` is the file a save writes (an import's name, a recovered
    /// register's original), if one is known; else a save makes a name from the title.
    New {
        /// The file a save writes, if known.
        target: Option<PathBuf>,
    },
}

/// A register being edited.
pub struct Document {
    /// The register as edited (the form edits it in place).
    pub register: Register,
    /// Where it came from.
    pub origin: Origin,
    /// The register as last loaded or saved; `None` for a register never saved (then
    /// everything in it counts as unsaved).
    pub saved: Option<Register>,
    undoer: Undoer<Register>,
    findings: Vec<Finding>,
    findings_of: Option<Register>,
    /// What the file at [`Document::file`] should look like on disk: as this document last
    /// read or wrote it, `None` when it should not exist. A save of a different file, or a
    /// file that is not as expected, asks first.
    pub expected: Option<DiskStamp>,
    /// The recovery file this document owns (it wrote it, or restored from it). Only an
    /// owned recovery file is ever replaced or removed.
    pub recovery: Option<PathBuf>,
    /// The content last written to the recovery file.
    pub recovery_of: Option<Register>,
    /// When the recovery file was last written (UI time, seconds).
    pub recovery_time: f64,
    /// Rights unticked in the form, with their own wording, put back when ticked again.
    pub unticked_rights: Vec<RightEntry>,
    /// What the archived snapshots of the history looked like when last checked
    /// (`states[i]` for `history[i]`); their findings join the register's.
    snapshots: Vec<validate::SnapshotState>,
}

/// Seconds between writes of unsaved edits to the recovery file.
pub const RECOVERY_INTERVAL: f64 = 3.0;

impl Document {
    fn new_undoer() -> Undoer<Register> {
        Undoer::with_settings(UndoSettings { max_undos: 200, stable_time: 0.6, auto_save_interval: 30.0 })
    }

    fn with_origin(origin: Origin, register: Register, saved: Option<Register>) -> Self {
        let undoer = Document::new_undoer();
        Document {
            register,
            origin,
            saved,
            undoer,
            findings: Vec::new(),
            findings_of: None,
            expected: None,
            recovery: None,
            recovery_of: None,
            recovery_time: f64::NEG_INFINITY,
            unticked_rights: Vec::new(),
            snapshots: Vec::new(),
        }
    }

    /// A document for a register loaded from `path`, whose file looked like `stamp`.
    pub fn open(path: PathBuf, register: Register, stamp: Option<DiskStamp>) -> Self {
        let mut doc = Document::with_origin(Origin::File(path), register.clone(), Some(register));
        doc.expected = stamp;
        doc
    }

    /// A new, unsaved document (its content counts as unsaved) to be saved at `target`.
    pub fn new_unsaved(register: Register, target: Option<PathBuf>) -> Self {
        Document::with_origin(Origin::New { target }, register, None)
    }

    /// The document after a publication wrote `register` to its file, which now looks like
    /// `stamp`: saved, and with no undo history, because a publication is not undone in the
    /// editor (its snapshot exists; a later version replaces it). Returns the recovery file
    /// this document owned, for the caller to remove.
    pub fn published(&mut self, register: Register, stamp: Option<DiskStamp>) -> Option<PathBuf> {
        self.register = register;
        self.saved = Some(self.register.clone());
        self.expected = stamp;
        self.undoer = Document::new_undoer();
        self.recovery_of = None;
        self.recovery.take()
    }

    /// The file this document was loaded from or saved to.
    pub fn path(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) => Some(p),
            Origin::New { .. } => None,
        }
    }

    /// The file a save writes when no other name is given: the document's file, or the
    /// known target of a new register.
    pub fn file(&self) -> Option<&Path> {
        match &self.origin {
            Origin::File(p) => Some(p),
            Origin::New { target } => target.as_deref(),
        }
    }

    /// True when there are edits not on disk.
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.register)
    }

    /// Records the current state for undo; call once per frame.
    pub fn feed_undo(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.register);
    }

    /// Reverts to the previous undo point. The register's `id` stays: it names the file
    /// (a copy kept with "keep mine" got a new one), and undo must never give two files one
    /// id.
    pub fn undo(&mut self) -> bool {
        let Some(state) = self.undoer.undo(&self.register).cloned() else { return false };
        self.restore(state);
        true
    }

    /// Re-applies what undo reverted (the `id` stays, as in [`Document::undo`]).
    pub fn redo(&mut self) -> bool {
        let Some(state) = self.undoer.redo(&self.register).cloned() else { return false };
        self.restore(state);
        true
    }

    fn restore(&mut self, mut state: Register) {
        if !self.register.id.is_empty() {
            state.id.clone_from(&self.register.id);
        }
        self.register = state;
    }

    /// Is there anything to undo?
    pub fn has_undo(&self) -> bool {
        self.undoer.has_undo(&self.register)
    }

    /// Is there anything to redo?
    pub fn has_redo(&self) -> bool {
        self.undoer.has_redo(&self.register)
    }

    /// Lists or unlists a right. An unticked right's own wording is kept aside and comes
    /// back when the right is ticked again (the form does not show that wording).
    pub fn set_right_listed(register: &mut Register, unticked: &mut Vec<RightEntry>, right: Right, on: bool) {
        if on {
            if register.lists_right(right) {
                return;
            }
            let entry = match unticked.iter().position(|e| e.right == right) {
                Some(i) => unticked.remove(i),
                None => RightEntry::new(right),
            };
            register.rights.listed.push(entry);
            register.rights.listed.sort_by_key(|e| e.right);
        } else {
            let (gone, kept): (Vec<RightEntry>, Vec<RightEntry>) =
                std::mem::take(&mut register.rights.listed).into_iter().partition(|e| e.right == right);
            register.rights.listed = kept;
            unticked.retain(|e| e.right != right);
            unticked.extend(gone);
        }
    }

    /// The findings of the current content, recomputed only after a change.
    pub fn findings(&mut self, org: Option<&Organisation>) -> &[Finding] {
        if self.findings_of.as_ref() != Some(&self.register) {
            self.findings = validate::validate_at(&self.register, org, super::today());
            self.findings.extend(validate::snapshot_findings(&self.register, &self.snapshots));
            self.findings_of = Some(self.register.clone());
        }
        &self.findings
    }

    /// Records what the history's snapshots look like on disk (missing or altered ones
    /// become findings: `snapshot-missing`, `snapshot-altered`).
    pub fn set_snapshots(&mut self, states: Vec<validate::SnapshotState>) {
        if states != self.snapshots {
            self.snapshots = states;
            self.findings_of = None;
        }
    }

    /// The cached findings (as of the last call to [`Document::findings`]).
    pub fn cached_findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Counts of errors and warnings in the cached findings.
    pub fn counts(&self) -> (usize, usize) {
        count(&self.findings)
    }

    /// The file name to show, or "—" for a register never saved.
    pub fn file_label(&self) -> String {
        self.path()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "—".to_owned())
    }
}

/// Errors and warnings among findings.
pub fn count(findings: &[Finding]) -> (usize, usize) {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.iter().filter(|f| f.severity == Severity::Warning).count();
    (errors, warnings)
}
