//! The workspace panel's state: the folder, its organisation profile, one row per register
//! file, and the filter. Rows are searched over the registers' field values (never the
//! serialised RON, whose field names would match every register).

use super::document::count;
use crate::model::{Date, Lang, Organisation, Register, Status};
use crate::store::{self, StoreError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One row of the workspace panel.
#[derive(Clone, Debug)]
pub struct RegisterSummary {
    /// The file.
    pub path: PathBuf,
    /// The register's `id` (empty for an unreadable file).
    pub id: String,
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
    /// Every field value of the register, lowercased and one per line, for search.
    pub haystack: String,
    /// Why the file could not be read.
    pub load_error: Option<String>,
    /// Other files of the workspace whose register has the same `id` (a copy not renamed).
    pub same_id_as: Vec<PathBuf>,
    /// What is left to review of an import ([`crate::review::left_to_review`]); 0 when
    /// there is no import record.
    pub to_review: usize,
}

impl RegisterSummary {
    /// The row for a register.
    pub fn of(path: &Path, register: &Register, org: Option<&Organisation>) -> Self {
        let (errors, warnings) = count(&crate::validate::validate_at(register, org, super::today()));
        let name = register.name.or_any(Lang::Fi).to_owned();
        let values: Vec<String> = crate::diff::flatten(register).into_iter().map(|(_, v)| v.to_lowercase()).collect();
        RegisterSummary {
            path: path.to_owned(),
            id: register.id.clone(),
            name: if name.is_empty() { file_name(path) } else { name },
            status: register.status,
            errors,
            warnings,
            updated: register.updated,
            next_review: register.next_review,
            haystack: values.join("\n"),
            load_error: None,
            same_id_as: Vec::new(),
            to_review: crate::review::left_to_review(register),
        }
    }

    /// The row for a file that could not be read.
    pub fn broken(path: &Path, error: &StoreError) -> Self {
        RegisterSummary {
            path: path.to_owned(),
            id: String::new(),
            name: file_name(path),
            status: Status::Draft,
            errors: 0,
            warnings: 0,
            updated: None,
            next_review: None,
            haystack: String::new(),
            load_error: Some(error.to_string()),
            same_id_as: Vec::new(),
            to_review: 0,
        }
    }
}

/// The row of one register file, read now.
fn row_of(path: &Path, org: Option<&Organisation>) -> RegisterSummary {
    match store::load_register(path) {
        Ok(r) => RegisterSummary::of(path, &r, org),
        Err(e) => RegisterSummary::broken(path, &e),
    }
}

/// The file name of `path`, for display.
pub fn file_name(path: &Path) -> String {
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
    /// Most left to review of an import first (issue 18: the batch after a folder import).
    ToReview,
}

/// Which rows the panel shows, and in which order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Search text, matched against field values.
    pub search: String,
    /// Only this status.
    pub status: Option<Status>,
    /// Only registers with errors.
    pub only_errors: bool,
    /// Only registers whose review date has passed.
    pub only_overdue: bool,
    /// Sort order.
    pub sort: SortBy,
}

/// A workspace with more registers than this is read in the background: the window paints
/// at once and the rows (with their counts) fill in as they are read (issue 13: 10,000
/// registers took 6 s to the first frame).
pub const BACKGROUND_FROM: usize = 200;

/// Rows being read in the background.
#[derive(Debug)]
pub struct Loading {
    rows: std::sync::mpsc::Receiver<RegisterSummary>,
    /// How many register files the folder has.
    pub total: usize,
}

/// The open workspace folder.
#[derive(Debug, Default)]
pub struct Workspace {
    /// The folder.
    pub dir: Option<PathBuf>,
    /// Its organisation profile, if any.
    pub organisation: Option<Organisation>,
    /// One row per register file, sorted by path.
    pub rows: Vec<RegisterSummary>,
    /// The panel's filter.
    pub filter: Filter,
    /// Rows still being read in the background, if any.
    pub loading: Option<Loading>,
}

impl Workspace {
    /// The rows to show, filtered and sorted.
    pub fn visible(&self, today: Date) -> Vec<&RegisterSummary> {
        let needle = self.filter.search.trim().to_lowercase();
        let f = &self.filter;
        let mut rows: Vec<&RegisterSummary> = self
            .rows
            .iter()
            .filter(|r| needle.is_empty() || r.haystack.contains(&needle) || r.name.to_lowercase().contains(&needle))
            .filter(|r| f.status.is_none_or(|s| r.status == s))
            .filter(|r| !f.only_errors || r.errors > 0 || r.load_error.is_some())
            .filter(|r| !f.only_overdue || r.next_review.is_some_and(|d| d < today))
            .collect();
        match f.sort {
            SortBy::Name => rows.sort_by_cached_key(|r| r.name.to_lowercase()),
            SortBy::Errors => rows.sort_by_key(|r| std::cmp::Reverse((r.errors, r.warnings))),
            SortBy::Updated => rows.sort_by_key(|r| std::cmp::Reverse(r.updated)),
            SortBy::Review => rows.sort_by_key(|r| r.next_review.map_or((1, None), |d| (0, Some(d)))),
            SortBy::ToReview => rows.sort_by_key(|r| std::cmp::Reverse(r.to_review)),
        }
        rows
    }

    /// Re-reads the folder: the profile and every register (in the background when there are
    /// more than [`BACKGROUND_FROM`]; see [`Workspace::poll`]). Returns the errors to report.
    pub fn reload(&mut self) -> Vec<String> {
        let Some(dir) = self.dir.clone() else { return Vec::new() };
        let mut errors = Vec::new();
        self.loading = None;
        self.rows.clear();
        self.organisation = match store::organisation_of(&dir) {
            Some(Ok(org)) => Some(org),
            Some(Err(e)) => {
                errors.push(e.to_string());
                None
            }
            None => None,
        };
        let files = match store::list_registers(&dir) {
            Ok(files) => files,
            Err(e) => {
                errors.push(e.to_string());
                return errors;
            }
        };
        if files.len() <= BACKGROUND_FROM {
            let org = self.organisation.as_ref();
            self.rows = files.iter().map(|path| row_of(path, org)).collect();
            self.mark_duplicate_ids();
            return errors;
        }
        let (send, receive) = std::sync::mpsc::channel();
        let org = self.organisation.clone();
        let total = files.len();
        let reader = std::thread::Builder::new().name("seloste-workspace".to_owned()).spawn(move || {
            for path in files {
                // The window closed or another folder was opened: stop reading.
                if send.send(row_of(&path, org.as_ref())).is_err() {
                    break;
                }
            }
        });
        match reader {
            Ok(_) => self.loading = Some(Loading { rows: receive, total }),
            Err(e) => errors.push(format!("{}: {e}", dir.display())),
        }
        errors
    }

    /// Takes the rows read in the background so far. Returns true while some are still coming.
    pub fn poll(&mut self) -> bool {
        let Some(loading) = &self.loading else { return false };
        let mut done = false;
        loop {
            match loading.rows.try_recv() {
                Ok(row) => self.rows.push(row),
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    done = true;
                    break;
                }
            }
        }
        if done {
            self.loading = None;
            self.rows.sort_by(|a, b| a.path.cmp(&b.path));
            self.mark_duplicate_ids();
        }
        !done
    }

    /// Updates (or adds) the row of one saved file, instead of re-reading every register.
    pub fn refresh_row(&mut self, path: &Path) {
        if self.dir.as_deref() != path.parent() {
            return;
        }
        let row = row_of(path, self.organisation.as_ref());
        match self.rows.iter_mut().find(|r| r.path == path) {
            Some(existing) => *existing = row,
            None => {
                self.rows.push(row);
                self.rows.sort_by(|a, b| a.path.cmp(&b.path));
            }
        }
        self.mark_duplicate_ids();
    }

    /// Fills `same_id_as` of every row: registers sharing an `id` are reported, not merged.
    fn mark_duplicate_ids(&mut self) {
        let mut by_id: HashMap<String, Vec<PathBuf>> = HashMap::new();
        for r in self.rows.iter().filter(|r| !r.id.is_empty()) {
            by_id.entry(r.id.clone()).or_default().push(r.path.clone());
        }
        for r in &mut self.rows {
            r.same_id_as = by_id
                .get(&r.id)
                .map(|paths| paths.iter().filter(|p| **p != r.path).cloned().collect())
                .unwrap_or_default();
        }
    }

    /// True when some register of the workspace (other than the file `except`) has `id`.
    pub fn id_taken(&self, id: &str, except: Option<&Path>) -> bool {
        self.rows.iter().any(|r| r.id == id && Some(r.path.as_path()) != except)
    }

    /// Every register of the workspace with its file, read now. A register that cannot be
    /// read is an error naming its file: an organisation-wide edit never skips one silently.
    pub fn registers(&self) -> Result<Vec<(PathBuf, Register)>, store::StoreError> {
        // While rows are still being read, the folder itself tells which files there are.
        let files: Vec<PathBuf> = match (&self.loading, &self.dir) {
            (Some(_), Some(dir)) => store::list_registers(dir)?,
            _ => self.rows.iter().map(|r| r.path.clone()).collect(),
        };
        crate::orgwide::load_registers(&files)
    }

    /// The organisation profile's file.
    pub fn organisation_path(&self) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(store::ORGANISATION_FILE))
    }
}
