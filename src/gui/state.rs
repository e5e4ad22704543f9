//! Everything the editor knows, grouped by job: settings, the [`Workspace`], the open
//! [`Document`], the open [`Prompt`], and the view. It changes only through
//! [`AppState::handle`] (see `command`), except that the form edits the open register
//! (and the organisation window its draft) in place.

use super::document::Document;
use super::prompt::Prompt;
use super::workspace::Workspace;
use crate::model::{FieldPath, Lang, Organisation, Section};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub use super::command::Command;
pub use super::prompt::{AfterPrompt, PathPurpose};
pub use super::workspace::{Filter, RegisterSummary, SortBy};

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
    /// Choose files with the built-in picker, never the system's file dialog.
    pub builtin_picker: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { last_workspace: None, lang: Lang::Fi, zoom: 1.0, dark: false, builtin_picker: false }
    }
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

/// What the editor shows besides the data: the section, the right panel, focus.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// The section whose form is shown.
    pub section: Section,
    /// A field to focus in the next frame.
    pub focus_request: Option<FieldPath>,
    /// The right panel's view.
    pub right_view: RightView,
    /// The notice language shown in the preview.
    pub preview_lang: Lang,
}

/// The organisation profile being edited, and the planned changes.
#[derive(Clone, Debug)]
pub struct OrgEdit {
    /// The profile as edited.
    pub draft: Organisation,
    /// What applying it would change, once asked for.
    pub plan: Option<Vec<crate::orgwide::RegisterUpdate>>,
}

/// Everything the editor knows.
pub struct AppState {
    /// Persisted settings.
    pub settings: Settings,
    /// The workspace folder, its rows and filter.
    pub workspace: Workspace,
    /// The open register.
    pub doc: Option<Document>,
    /// An open modal question.
    pub prompt: Option<Prompt>,
    /// Section, right panel, focus.
    pub view: View,
    /// Messages: confirmations fade, problems and errors stay until dismissed.
    pub messages: Vec<super::message::Message>,
    /// Set when the window may close now.
    pub quit_confirmed: bool,
    /// Files written by the last export (for tests and the status line).
    pub last_export: Option<PathBuf>,
    /// Open exported files in the system viewer (off in tests).
    pub open_exports: bool,
    /// Recovery files still to offer, after the one in the prompt.
    pub pending_recoveries: Vec<crate::store::recovery::Recovered>,
    /// The report of the last import, shown until closed.
    pub import_report: Option<crate::import::ImportReport>,
    /// The import review window, while open (issue 18).
    pub review_view: Option<super::review::ReviewView>,
    /// A comparison shown until closed.
    pub compare: Option<super::compare::Comparison>,
    /// The organisation window.
    pub org_edit: Option<OrgEdit>,
    /// What the last organisation-wide edit changed, for undo.
    pub org_undo: Option<(Organisation, Vec<crate::orgwide::RegisterUpdate>)>,
    /// The system's file dialog failed once this session: the built-in picker is used.
    pub native_dialog_failed: bool,
}

impl AppState {
    /// A state with the given settings and nothing open.
    pub fn new(settings: Settings) -> Self {
        AppState {
            view: View {
                section: Section::Name,
                focus_request: None,
                right_view: RightView::Findings,
                preview_lang: settings.lang,
            },
            settings,
            workspace: Workspace::default(),
            doc: None,
            prompt: None,
            messages: Vec::new(),
            quit_confirmed: false,
            last_export: None,
            open_exports: true,
            pending_recoveries: Vec::new(),
            import_report: None,
            review_view: None,
            compare: None,
            org_edit: None,
            org_undo: None,
            native_dialog_failed: false,
        }
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// True when files are chosen with the built-in picker (asked for, or the system's
    /// dialog failed).
    pub fn uses_builtin_picker(&self) -> bool {
        self.settings.builtin_picker || self.native_dialog_failed
    }

    /// True when the open register has unsaved edits.
    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }

    /// The workspace rows to show, filtered and sorted.
    pub fn visible_registers(&self) -> Vec<&RegisterSummary> {
        self.workspace.visible(super::today())
    }

    /// Reports an error (its own text, naming the file): it stays until dismissed.
    pub(crate) fn report(&mut self, message: impl Into<String>) {
        self.messages.push(super::message::Message::error(message));
    }

    /// Reports a problem in the editor's words, followed by `value`: it stays until dismissed.
    pub(crate) fn refuse(&mut self, what: crate::i18n::UiText, value: impl Into<String>) {
        self.messages.push(super::message::Message::problem(what, value));
    }

    /// Confirms a success, followed by `value`: a toast that fades.
    pub(crate) fn confirm(&mut self, what: crate::i18n::UiText, value: impl Into<String>) {
        self.messages.push(super::message::Message::done(what, value));
    }

    /// The messages as shown now, in the UI language.
    pub fn message_texts(&self) -> Vec<String> {
        let l = self.lang();
        self.messages.iter().map(|m| m.text(l)).collect()
    }

    /// Advances UI time: feeds the undo history and writes the recovery file when due.
    /// Called once per frame (and by tests that step time themselves).
    pub fn tick(&mut self, time: f64) {
        if let Some(doc) = &mut self.doc {
            doc.feed_undo(time);
        }
        self.write_recovery_if_due(time);
        self.messages.retain_mut(|m| m.keep(time));
        self.workspace.poll();
    }
}
