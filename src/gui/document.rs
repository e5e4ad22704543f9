//! An open register: its content, the copy on disk, undo history and cached findings.

use crate::model::{Organisation, Register};
use crate::validate::{self, Finding, Severity};
use egui::util::undoer::{Settings as UndoSettings, Undoer};
use std::path::PathBuf;

/// A register being edited.
pub struct Document {
    /// Where it is saved; `None` for a new register not yet saved.
    pub path: Option<PathBuf>,
    /// The register as edited.
    pub register: Register,
    /// The register as last loaded or saved: dirtiness is `register != saved`.
    pub saved: Register,
    undoer: Undoer<Register>,
    findings: Vec<Finding>,
    findings_of: Option<Register>,
    /// What the file looked like on disk when opened or saved.
    pub stamp: Option<crate::store::recovery::DiskStamp>,
    /// The content last written to the recovery file.
    pub recovery_of: Option<Register>,
    /// When the recovery file was last written (UI time, seconds).
    pub recovery_time: f64,
    /// The recovery file written for this document, if any.
    pub recovery_file: Option<PathBuf>,
    /// For a register never saved: the file its recovery is named after.
    pub recovery_target: Option<PathBuf>,
}

/// Seconds between writes of unsaved edits to the recovery file.
pub const RECOVERY_INTERVAL: f64 = 3.0;

impl Document {
    /// A document for a register loaded from (or to be saved at) `path`.
    pub fn new(path: Option<PathBuf>, register: Register) -> Self {
        let undoer = Undoer::with_settings(UndoSettings { max_undos: 200, stable_time: 0.6, auto_save_interval: 30.0 });
        Document {
            path,
            saved: register.clone(),
            register,
            undoer,
            findings: Vec::new(),
            findings_of: None,
            stamp: None,
            recovery_of: None,
            recovery_time: f64::NEG_INFINITY,
            recovery_file: None,
            recovery_target: None,
        }
    }

    /// A new, unsaved document (its content counts as unsaved).
    pub fn new_unsaved(register: Register) -> Self {
        let mut doc = Document::new(None, register);
        doc.saved = Register { id: "\u{0}unsaved".into(), ..Register::default() };
        doc
    }

    /// True when there are edits not on disk.
    pub fn is_dirty(&self) -> bool {
        self.register != self.saved
    }

    /// Records the current state for undo; call once per frame.
    pub fn feed_undo(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.register);
    }

    /// Reverts to the previous undo point.
    pub fn undo(&mut self) -> bool {
        match self.undoer.undo(&self.register) {
            Some(state) => {
                self.register = state.clone();
                true
            }
            None => false,
        }
    }

    /// Re-applies what undo reverted.
    pub fn redo(&mut self) -> bool {
        match self.undoer.redo(&self.register) {
            Some(state) => {
                self.register = state.clone();
                true
            }
            None => false,
        }
    }

    /// Is there anything to undo?
    pub fn has_undo(&self) -> bool {
        self.undoer.has_undo(&self.register)
    }

    /// Is there anything to redo?
    pub fn has_redo(&self) -> bool {
        self.undoer.has_redo(&self.register)
    }

    /// Marks the current content as what is on disk.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved = self.register.clone();
    }

    /// The findings of the current content, recomputed only after a change.
    pub fn findings(&mut self, org: Option<&Organisation>) -> &[Finding] {
        if self.findings_of.as_ref() != Some(&self.register) {
            self.findings = validate::validate_at(&self.register, org, super::today());
            self.findings_of = Some(self.register.clone());
        }
        &self.findings
    }

    /// The cached findings (as of the last call to [`Document::findings`]).
    pub fn cached_findings(&self) -> &[Finding] {
        &self.findings
    }

    /// Counts of errors and warnings in the cached findings.
    pub fn counts(&self) -> (usize, usize) {
        count(&self.findings)
    }

    /// The file name to show, or "uusi" for an unsaved register.
    pub fn file_label(&self) -> String {
        self.path
            .as_ref()
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
