//! Writing a generated set of files (a web site) into a folder, all or nothing as far as a
//! file system allows, and removing the files an earlier run wrote that this one does not.

use super::write::{default_permissions, temp_in};
use super::{MAX_FILE_BYTES, StoreError};
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

/// The file in a generated folder that lists, one per line, the files Seloste wrote there.
/// A later run removes only files named in it, and writes only into a folder that has it
/// (or that is empty but for hidden entries such as `.git`).
pub const MANIFEST_FILE: &str = ".seloste-site";

/// At most this many files in one set (a workspace has tens of registers, each a few files).
pub const MAX_FILES: usize = 100_000;

/// Writes `files` (paths relative to `dir`, `/`-separated, no `..`) into `dir`.
///
/// Every file is first written to a temporary file beside its target and synced; only when
/// all are written are they renamed into place, so a failure while writing (a full disk, a
/// bad name) leaves the folder as it was. Files listed in the folder's [`MANIFEST_FILE`] from
/// an earlier run and not in `files` are then removed, as are folders left empty by that;
/// anything else in the folder is left alone. The manifest is written last.
///
/// Errors: a path that is absolute, empty or leaves `dir`; more than [`MAX_FILES`] files or
/// one larger than [`MAX_FILE_BYTES`];
/// `dir` being a file, or a folder with other content and no manifest (so a typo cannot
/// scatter files into a home folder); any I/O error, with the path.
pub fn write_file_set(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), StoreError> {
    if files.len() > MAX_FILES {
        return Err(StoreError::io(dir, std::io::Error::other(format!("more than {MAX_FILES} files to write"))));
    }
    let mut targets = Vec::with_capacity(files.len());
    for (rel, bytes) in files {
        let target = dir.join(checked_relative(dir, rel)?);
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(StoreError::WouldBeTooLarge { path: target, size: bytes.len() as u64, limit: MAX_FILE_BYTES });
        }
        targets.push(target);
    }
    let manifest = dir.join(MANIFEST_FILE);
    if dir.exists() {
        if !dir.is_dir() {
            return Err(StoreError::io(dir, std::io::Error::other("exists and is not a folder")));
        }
        if !manifest.exists() && has_visible_entries(dir)? {
            return Err(StoreError::io(
                dir,
                std::io::Error::other(format!(
                    "the folder is not empty and has no {MANIFEST_FILE} file from an earlier run; \
                     choose a new or empty folder"
                )),
            ));
        }
    }
    let previous: Vec<String> = if manifest.is_file() {
        super::read_text(&manifest)?.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect()
    } else {
        Vec::new()
    };
    // Stage: every file in a temporary file in its own folder (a rename never crosses devices).
    let mut staged = Vec::with_capacity(files.len());
    for ((_, bytes), target) in files.iter().zip(&targets) {
        let parent = target.parent().map_or_else(|| dir.to_path_buf(), Path::to_path_buf);
        std::fs::create_dir_all(&parent).map_err(|e| StoreError::io(&parent, e))?;
        let mut tmp = temp_in(&parent, default_permissions().as_ref()).map_err(|e| StoreError::io(target, e))?;
        tmp.write_all(bytes).map_err(|e| StoreError::io(target, e))?;
        tmp.as_file().sync_all().map_err(|e| StoreError::io(target, e))?;
        staged.push(tmp);
    }
    // Commit: rename each into place.
    for (tmp, target) in staged.into_iter().zip(&targets) {
        if target.is_dir() {
            return Err(StoreError::NotAFile { path: target.clone() });
        }
        tmp.persist(target).map_err(|e| StoreError::io(target, e.error))?;
    }
    // Remove what an earlier run wrote and this one did not.
    let current: std::collections::BTreeSet<&str> = files.iter().map(|(rel, _)| rel.as_str()).collect();
    for old in previous.iter().filter(|p| !current.contains(p.as_str())) {
        let Ok(rel) = checked_relative(dir, old) else { continue };
        let path = dir.join(&rel);
        if path.is_file() {
            std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
        }
        // Folders left empty go too (remove_dir refuses a folder with anything in it).
        let mut parent = path.parent();
        while let Some(p) = parent {
            if p == dir || std::fs::remove_dir(p).is_err() {
                break;
            }
            parent = p.parent();
        }
    }
    let mut list: Vec<&str> = current.into_iter().collect();
    list.sort_unstable();
    let mut text = list.join("\n");
    text.push('\n');
    super::write_generated(&manifest, text.as_bytes())?;
    if let Ok(d) = std::fs::File::open(dir) {
        d.sync_all().ok();
    }
    Ok(())
}

/// `rel` as a relative path inside `dir`: normal components only.
fn checked_relative(dir: &Path, rel: &str) -> Result<PathBuf, StoreError> {
    let path = Path::new(rel);
    let ok = !rel.is_empty()
        && rel != MANIFEST_FILE
        && path.components().all(|c| matches!(c, Component::Normal(_)))
        && !rel.contains('\\');
    if ok {
        Ok(path.to_path_buf())
    } else {
        Err(StoreError::io(
            dir,
            std::io::Error::other(format!("{rel:?} is not a plain relative path inside the folder")),
        ))
    }
}

fn has_visible_entries(dir: &Path) -> Result<bool, StoreError> {
    let entries = std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))?;
    Ok(entries.filter_map(Result::ok).any(|e| !e.file_name().to_string_lossy().starts_with('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
        names.iter().map(|(n, b)| ((*n).to_owned(), b.as_bytes().to_vec())).collect()
    }

    #[test]
    fn writes_nested_files_and_removes_only_its_own_stale_files() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("site");
        write_file_set(&dir, &set(&[("index.html", "a"), ("fi/x.html", "b"), ("fi/old.html", "c")])).expect("first");
        assert_eq!(std::fs::read_to_string(dir.join("fi/x.html")).expect("read"), "b");
        std::fs::write(dir.join("mine.txt"), "user's").expect("user file");
        std::fs::create_dir_all(dir.join(".git")).expect("git");
        write_file_set(&dir, &set(&[("index.html", "A"), ("fi/x.html", "b")])).expect("second");
        assert_eq!(std::fs::read_to_string(dir.join("index.html")).expect("read"), "A");
        assert!(!dir.join("fi/old.html").exists(), "a page the new run does not write is removed");
        assert!(dir.join("mine.txt").exists() && dir.join(".git").exists(), "other files are left alone");
        let manifest = std::fs::read_to_string(dir.join(MANIFEST_FILE)).expect("manifest");
        assert_eq!(manifest, "fi/x.html\nindex.html\n");
        let leftovers: Vec<_> = std::fs::read_dir(dir.join("fi"))
            .expect("fi")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temporary files remain");
    }

    #[test]
    fn refuses_paths_outside_and_foreign_folders_without_writing() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("site");
        for bad in ["../x.html", "/etc/x", "", "a/../../b", ".seloste-site"] {
            let err = write_file_set(&dir, &set(&[("ok.html", "x"), (bad, "y")])).expect_err(bad);
            assert!(err.to_string().contains("site"), "{err}");
            assert!(!dir.join("ok.html").exists(), "nothing is written when one name is bad");
        }
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&home).expect("home");
        std::fs::write(home.join("thesis.odt"), "x").expect("file");
        let err = write_file_set(&home, &set(&[("index.html", "x")])).expect_err("foreign folder");
        assert!(err.to_string().contains("not empty"), "{err}");
        assert!(!home.join("index.html").exists());
    }
}
