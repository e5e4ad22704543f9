//! A workspace is a folder: its register files and its organisation profile.

use super::{StoreError, load_organisation, load_register};
use crate::model::{Organisation, Register};
use std::path::{Path, PathBuf};

/// The organisation profile's file name inside a workspace.
pub const ORGANISATION_FILE: &str = "organisation.ron";

/// The heading synonyms a workspace was taught in the import review (issue 18), beside
/// [`ORGANISATION_FILE`]; not a register.
pub const SYNONYMS_FILE: &str = "import-synonyms.ron";

/// True for a register file: `*.ron`, not the organisation profile, not hidden
/// (temporary files start with a dot). Backups (`.ron.bak`) and recovery files
/// (`.ron.recovery`) do not end in `.ron`.
pub fn is_register_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".ron") && name != ORGANISATION_FILE && name != SYNONYMS_FILE && !name.starts_with('.')
}

/// The register files in `dir`, sorted by name. Opening a workspace this way also removes
/// the temporary files that killed saves left in it (see [`super::remove_stale_temps`]).
pub fn list_registers(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    super::remove_stale_temps(dir);
    let entries = std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))?;
    let mut files: Vec<PathBuf> =
        entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| is_register_file(p)).collect();
    files.sort();
    Ok(files)
}

/// One register file of a workspace, loaded or with the reason it could not be.
#[derive(Debug)]
pub struct WorkspaceEntry {
    /// The file.
    pub path: PathBuf,
    /// Its content, or why it could not be read.
    pub register: Result<Register, StoreError>,
}

/// A loaded workspace folder.
#[derive(Debug)]
pub struct Workspace {
    /// The folder.
    pub dir: PathBuf,
    /// The organisation profile, if the folder has one (and whether it could be read).
    pub organisation: Option<Result<Organisation, StoreError>>,
    /// Every register file, sorted by file name.
    pub entries: Vec<WorkspaceEntry>,
}

/// The organisation profile of the workspace `dir` ([`ORGANISATION_FILE`]): `None` when
/// there is none, else the profile or why it cannot be read.
pub fn organisation_of(dir: &Path) -> Option<Result<Organisation, StoreError>> {
    let org_path = dir.join(ORGANISATION_FILE);
    org_path.exists().then(|| load_organisation(&org_path))
}

impl Workspace {
    /// Loads every register of the folder. A bad file does not stop the others.
    pub fn load(dir: &Path) -> Result<Workspace, StoreError> {
        let files = list_registers(dir)?;
        let entries = files.into_iter().map(|path| WorkspaceEntry { register: load_register(&path), path }).collect();
        Ok(Workspace { dir: dir.to_owned(), organisation: organisation_of(dir), entries })
    }

    /// The organisation profile if it was read, else the default one.
    pub fn organisation_or_default(&self) -> Organisation {
        match &self.organisation {
            Some(Ok(org)) => org.clone(),
            _ => Organisation::default(),
        }
    }
}
