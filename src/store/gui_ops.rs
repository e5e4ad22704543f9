//! The file operations the editor needs besides load and save: free names for new files,
//! the recovery files a document owns, and writes that refuse to replace a file someone
//! else changed. The editor itself never names `std::fs`.

use super::recovery::{RECOVERY_SUFFIX, recovery_path};
use super::{StoreError, load_register, save_register};
use crate::model::Register;
use std::path::{Path, PathBuf};

/// True when `path` is a folder (a workspace), false for a file or nothing.
pub fn is_folder(path: &Path) -> bool {
    path.is_dir()
}

/// Removes a file; a file that is already gone is not an error.
pub fn remove_file(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// True when `a` and `b` name the same existing file or folder (after links and `..`).
pub fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(a).ok().is_some_and(|x| std::fs::canonicalize(b).ok() == Some(x))
}

/// True when a file (or anything else) exists at `path`.
pub fn exists(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// A free register file name in `dir`: `STEM.ron`, `STEM-2.ron`, ... where neither the file
/// nor any recovery file of it exists (a recovery of a never-saved register is not taken over).
pub fn free_register_path(dir: &Path, stem: &str) -> PathBuf {
    let mut path = dir.join(format!("{stem}.ron"));
    let mut n = 2;
    while exists(&path) || exists(&recovery_path(&path)) || exists(&numbered_recovery_path(&path, 2)) {
        path = dir.join(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

/// `NAME.ron.recovery` for `n` ≤ 1, `NAME.ron.N.recovery` for `n` ≥ 2.
pub fn numbered_recovery_path(path: &Path, n: u32) -> PathBuf {
    if n <= 1 {
        return recovery_path(path);
    }
    let mut name = path.file_name().map(|f| f.to_os_string()).unwrap_or_default();
    name.push(format!(".{n}{RECOVERY_SUFFIX}"));
    path.with_file_name(name)
}

/// A recovery file name for `path` that no file has yet: a recovery file that belongs to
/// another session (not restored, not discarded) is never replaced.
pub fn free_recovery_path(path: &Path) -> PathBuf {
    let mut n = 1;
    loop {
        let candidate = numbered_recovery_path(path, n);
        if !exists(&candidate) || n >= 10_000 {
            return candidate;
        }
        n += 1;
    }
}

/// What [`save_register_if_unchanged`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Guarded {
    /// The file held `expected` and now holds the new content.
    Written,
    /// The file was changed (or removed) since `expected` was written: left as it is.
    ChangedSince,
}

/// Saves `register` at `path` only when the file still holds `expected` (the content this
/// program wrote there last); otherwise leaves the file alone and says so.
pub fn save_register_if_unchanged(
    path: &Path,
    expected: &Register,
    register: &Register,
) -> Result<Guarded, StoreError> {
    match load_register(path) {
        Ok(current) if &current == expected => {
            save_register(path, register)?;
            Ok(Guarded::Written)
        }
        _ => Ok(Guarded::ChangedSince),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_recovery_files_belong_to_their_register() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        assert_eq!(free_recovery_path(&path), recovery_path(&path));
        std::fs::write(recovery_path(&path), "x").unwrap();
        let second = free_recovery_path(&path);
        assert_eq!(second, dir.path().join("a.ron.2.recovery"));
        assert_eq!(super::super::recovery::original_of(&second), Some(path.clone()));
        assert!(!super::super::is_register_file(&second));
        assert_eq!(free_register_path(dir.path(), "a"), dir.path().join("a-2.ron"), "a recovery holds the name");
    }

    #[test]
    fn a_guarded_save_leaves_a_changed_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let mut a = Register::default();
        a.name.fi = "a".into();
        let mut b = a.clone();
        b.name.fi = "b".into();
        save_register(&path, &a).unwrap();
        assert_eq!(save_register_if_unchanged(&path, &b, &a).unwrap(), Guarded::ChangedSince);
        assert_eq!(load_register(&path).unwrap(), a);
        assert_eq!(save_register_if_unchanged(&path, &a, &b).unwrap(), Guarded::Written);
        assert_eq!(load_register(&path).unwrap(), b);
    }
}

/// One entry of a folder listing (the editor's built-in file picker).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderEntry {
    /// The entry's name (lossy UTF-8).
    pub name: String,
    /// Its full path.
    pub path: PathBuf,
    /// A folder (followed through a link), not a file.
    pub is_folder: bool,
}

/// The entries of `dir`: folders first, then files, each by name without regard to case;
/// hidden entries (a leading '.') are left out. At most `limit` entries are returned; the
/// flag is true when some were left out (a folder of a million files does not stall the editor).
///
/// # Errors
/// The folder cannot be read (missing, not a folder, no permission): [`StoreError::Io`].
pub fn list_folder(dir: &Path, limit: usize) -> Result<(Vec<FolderEntry>, bool), StoreError> {
    let mut entries = Vec::new();
    let mut more = false;
    for entry in std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))? {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if entries.len() >= limit {
            more = true;
            break;
        }
        let path = entry.path();
        entries.push(FolderEntry { is_folder: path.is_dir(), name, path });
    }
    entries
        .sort_by(|a, b| b.is_folder.cmp(&a.is_folder).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase())));
    Ok((entries, more))
}

/// The user's home folder, when the environment names one (`HOME`, or `USERPROFILE` on Windows).
pub fn home_folder() -> Option<PathBuf> {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).filter(|p| p.is_dir())
}
