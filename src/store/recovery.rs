//! Crash recovery and changes made behind the editor's back.
//!
//! While a register has unsaved edits the editor writes them to `NAME.ron.recovery` beside
//! the file (atomically, like a save). A clean save or a discard removes it; after a crash
//! the next start finds it and offers it back. A [`DiskStamp`] remembers what the file on
//! disk looked like when it was opened or saved, so that a change by someone else is
//! noticed before it is overwritten.

use super::{StoreError, read_text, register_from_str, to_ron};
use crate::model::Register;
use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The suffix of recovery files.
pub const RECOVERY_SUFFIX: &str = ".recovery";

/// `NAME.ron.recovery` beside `path`.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(RECOVERY_SUFFIX);
    path.with_file_name(name)
}

/// The register file a recovery file belongs to.
pub fn original_of(recovery: &Path) -> Option<PathBuf> {
    let name = recovery.file_name()?.to_str()?;
    let mut original = name.strip_suffix(RECOVERY_SUFFIX)?;
    // `NAME.ron.2.recovery`: a second recovery file of `NAME.ron` (see `gui_ops`).
    if let Some((stem, n)) = original.rsplit_once('.') {
        if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && stem.ends_with(".ron") {
            original = stem;
        }
    }
    Some(recovery.with_file_name(original))
}

/// Writes unsaved edits of the register at `path` to its recovery file. Like a save, never
/// a file that could not be loaded back (it would recover nothing).
pub fn write_recovery(path: &Path, register: &Register) -> Result<(), StoreError> {
    let rec = recovery_path(path);
    let text = to_ron(register);
    super::check_loads(&text, &rec, register_from_str)?;
    super::write_generated(&rec, text.as_bytes())
}

/// Removes the recovery file of `path`, if any.
pub fn remove_recovery(path: &Path) -> Result<(), StoreError> {
    let rec = recovery_path(path);
    match std::fs::remove_file(&rec) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(&rec, e)),
    }
}

/// A recovery file found in a workspace.
#[derive(Debug)]
pub struct Recovered {
    /// The recovery file.
    pub recovery: PathBuf,
    /// The register file it belongs to (it may not exist: a never-saved register).
    pub original: PathBuf,
    /// The recovered content, or why it cannot be read.
    pub register: Result<Register, StoreError>,
}

/// Every recovery file in `dir`, sorted.
pub fn find_recoveries(dir: &Path) -> Result<Vec<Recovered>, StoreError> {
    let entries = std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))?;
    let mut found: Vec<Recovered> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter_map(|recovery| {
            let original = original_of(&recovery)?;
            let register = read_text(&recovery).and_then(|t| register_from_str(&t, &recovery));
            Some(Recovered { recovery, original, register })
        })
        .collect();
    found.sort_by(|a, b| a.recovery.cmp(&b.recovery));
    Ok(found)
}

/// What a file on disk looked like: enough to notice that someone else changed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    /// Hash of the content.
    pub hash: u64,
    /// Length in bytes.
    pub len: u64,
    /// Modification time, where the platform has one.
    pub modified: Option<SystemTime>,
}

impl DiskStamp {
    /// The stamp of `path` now; `None` when the file does not exist.
    pub fn of(path: &Path) -> Result<Option<DiskStamp>, StoreError> {
        match super::read_bytes(path) {
            Ok(bytes) => {
                let modified = std::fs::metadata(path).ok().and_then(|m| m.modified().ok());
                let mut h = std::collections::hash_map::DefaultHasher::new();
                bytes.hash(&mut h);
                Ok(Some(DiskStamp { hash: h.finish(), len: bytes.len() as u64, modified }))
            }
            Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// How the file on disk relates to what was opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskState {
    /// As it was.
    Unchanged,
    /// Someone else changed it.
    Changed,
    /// It is gone (deleted or renamed).
    Missing,
}

/// Compares the file at `path` with the stamp taken when it was opened or saved.
pub fn disk_state(path: &Path, known: &DiskStamp) -> Result<DiskState, StoreError> {
    Ok(match DiskStamp::of(path)? {
        None => DiskState::Missing,
        Some(now) if now.hash == known.hash && now.len == known.len => DiskState::Unchanged,
        Some(_) => DiskState::Changed,
    })
}

/// A free name for a copy of `path` beside it: `NAME-kopio.ron`, `NAME-kopio-2.ron`, ...
pub fn copy_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut candidate = path.with_file_name(format!("{stem}-kopio.ron"));
    let mut n = 2;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{stem}-kopio-{n}.ron"));
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn reg(name: &str) -> Register {
        Register { name: Text::fi(name), ..Register::default() }
    }

    #[test]
    fn recovery_is_written_found_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        super::super::save_register(&path, &reg("tallennettu")).unwrap();
        write_recovery(&path, &reg("tallentamaton")).unwrap();
        let found = find_recoveries(dir.path()).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].original, path);
        assert_eq!(found[0].register.as_ref().unwrap().name.fi, "tallentamaton");
        assert!(!super::super::is_register_file(&found[0].recovery));
        remove_recovery(&path).unwrap();
        assert!(find_recoveries(dir.path()).unwrap().is_empty());
        remove_recovery(&path).unwrap();
    }

    #[test]
    fn a_change_behind_our_back_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        super::super::save_register(&path, &reg("x")).unwrap();
        let stamp = DiskStamp::of(&path).unwrap().unwrap();
        assert_eq!(disk_state(&path, &stamp).unwrap(), DiskState::Unchanged);
        std::fs::write(&path, to_ron(&reg("kollegan muutos"))).unwrap();
        assert_eq!(disk_state(&path, &stamp).unwrap(), DiskState::Changed);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(disk_state(&path, &stamp).unwrap(), DiskState::Missing);
    }

    #[test]
    fn copies_get_free_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        assert_eq!(copy_path(&path), dir.path().join("a-kopio.ron"));
        std::fs::write(dir.path().join("a-kopio.ron"), "x").unwrap();
        assert_eq!(copy_path(&path), dir.path().join("a-kopio-2.ron"));
    }
}
