//! Atomic writes: through symbolic links, never larger than a load would read, and
//! cleaning up after saves that were killed half-way.

use super::{MAX_FILE_BYTES, StoreError, read};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// Temporary files of ours start with this (hidden on Unix)...
pub const TEMP_PREFIX: &str = ".seloste-";
/// ... and end with this.
pub const TEMP_SUFFIX: &str = ".tmp";

/// A temporary file of ours older than this is left over from a save that was killed:
/// a save holds its temporary file for milliseconds.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(10 * 60);

/// More links than this in a row is a loop (as Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// The file a write to `path` must replace: `path` itself, or, when it is a symbolic link,
/// the file the link points to (followed to the end; the target need not exist yet).
/// Saving replaces the target, so the link stays a link.
pub fn resolve_links(path: &Path) -> Result<PathBuf, StoreError> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&current).map_err(|e| StoreError::io(&current, e))?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(StoreError::io(&current, e)),
        }
    }
    Err(StoreError::io(path, std::io::Error::other("too many levels of symbolic links")))
}

/// How much a replacing write keeps and waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Keep {
    /// Keep the old content as `NAME.bak`; sync the file and the folder (a register).
    Backup,
    /// No backup; sync the file and the folder (a recovery file, a manifest).
    Synced,
    /// No backup, no sync: still atomic (the rename replaces the file whole), but the
    /// write does not wait for the disk. For an export, which is made again at any time.
    Unsynced,
}

/// Refuses to write an empty file or one over [`MAX_FILE_BYTES`].
fn check_size(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    if bytes.is_empty() {
        return Err(StoreError::io(path, std::io::Error::other("refusing to write an empty file")));
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::WouldBeTooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically (see [`super::write_atomic`]).
pub(super) fn write_replacing(path: &Path, bytes: &[u8], keep: Keep) -> Result<(), StoreError> {
    check_size(path, bytes)?;
    let target = resolve_links(path)?;
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    // Keep the file's permissions (tempfile would make it owner-only). Only a regular file
    // (or none) is replaced: a folder, pipe or device at the path is an error.
    let permissions = match read::check_regular(&target) {
        Ok(meta) => Some(meta.permissions()),
        Err(StoreError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => default_permissions(),
        Err(e) => return Err(rename_error(e, path)),
    };
    remove_stale_temps(&dir);
    let mut tmp = temp_in(&dir, permissions.as_ref()).map_err(|e| StoreError::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| StoreError::io(path, e))?;
    if keep != Keep::Unsynced {
        tmp.as_file().sync_all().map_err(|e| StoreError::io(path, e))?;
    }
    if keep == Keep::Backup && target.exists() {
        let old = read::read_bytes(&target).map_err(|e| rename_error(e, path))?;
        if old == bytes {
            // Nothing changed: leave the file and its backup alone.
            return Ok(());
        }
        let bak = super::backup_path(&target);
        let mut bak_tmp = temp_in(&dir, permissions.as_ref()).map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.write_all(&old).map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.as_file().sync_all().map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.persist(resolve_links(&bak)?).map_err(|e| StoreError::io(&bak, e.error))?;
    }
    tmp.persist(&target).map_err(|e| StoreError::io(path, e.error))?;
    // Make the rename itself durable. Not every platform can open a folder: best effort.
    if keep != Keep::Unsynced {
        if let Ok(d) = std::fs::File::open(&dir) {
            d.sync_all().ok();
        }
    }
    Ok(())
}

/// Writes `bytes` to a new file at `path`, creating its folder; never replaces a file that
/// exists (an archived snapshot is immutable). The content is written to a temporary file
/// and linked into place only if nothing is there yet, so the file appears whole or not at all.
pub(super) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    check_size(path, bytes)?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(StoreError::io(path, std::io::Error::from(std::io::ErrorKind::AlreadyExists)));
    }
    let mut tmp = temp_in(&dir, default_permissions().as_ref()).map_err(|e| StoreError::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| StoreError::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| StoreError::io(path, e))?;
    tmp.persist_noclobber(path).map_err(|e| StoreError::io(path, e.error))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        d.sync_all().ok();
    }
    Ok(())
}

/// An error about the link's target, told about the path the caller gave.
fn rename_error(e: StoreError, path: &Path) -> StoreError {
    match e {
        StoreError::NotAFile { .. } => StoreError::NotAFile { path: path.to_owned() },
        StoreError::NotRegular { kind, .. } => StoreError::NotRegular { path: path.to_owned(), kind },
        other => other,
    }
}

/// Permissions of a new file: readable by all, writable by the owner (as most editors).
#[cfg(unix)]
pub(super) fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a fresh temporary file already has the platform's ordinary permissions.
#[cfg(not(unix))]
pub(super) fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// A temporary file in `dir` with the given permissions.
pub(super) fn temp_in(
    dir: &Path,
    permissions: Option<&std::fs::Permissions>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    let file = builder.tempfile_in(dir)?;
    // Set after creation: permissions given at creation are narrowed by the umask.
    if let Some(p) = permissions {
        file.as_file().set_permissions(p.clone())?;
    }
    Ok(file)
}

/// True for the name of one of our temporary files (`.seloste-XXXXXX.tmp`).
pub fn is_temp_name(name: &str) -> bool {
    name.len() > TEMP_PREFIX.len() + TEMP_SUFFIX.len() && name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes our temporary files in `dir` that are older than [`STALE_TEMP_AGE`]: what a
/// killed save left behind. Only regular files with our name pattern are removed (never a
/// link, never anything else). Best effort: returns how many were removed.
pub fn remove_stale_temps(dir: &Path) -> usize {
    remove_temps_older_than(dir, STALE_TEMP_AGE)
}

fn remove_temps_older_than(dir: &Path, age: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        if !entry.file_name().to_str().is_some_and(is_temp_name) {
            continue;
        }
        // `DirEntry::metadata` does not follow links.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta.modified().ok().and_then(|m| now.duration_since(m).ok()).is_some_and(|a| a > age);
        if meta.file_type().is_file() && old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(path: &Path, by: Duration) {
        let f = std::fs::File::options().write(true).open(path).unwrap();
        f.set_modified(SystemTime::now() - by).unwrap();
    }

    #[test]
    fn stale_temps_of_ours_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for name in [".seloste-abc123.tmp", ".seloste-fresh1.tmp", ".other-abc.tmp", "seloste-abc.tmp", "a.ron"] {
            std::fs::write(d.join(name), "x").unwrap();
        }
        for name in [".seloste-abc123.tmp", ".other-abc.tmp", "seloste-abc.tmp", "a.ron"] {
            age(&d.join(name), Duration::from_secs(3600));
        }
        assert_eq!(remove_stale_temps(d), 1);
        assert!(!d.join(".seloste-abc123.tmp").exists());
        for name in [".seloste-fresh1.tmp", ".other-abc.tmp", "seloste-abc.tmp", "a.ron"] {
            assert!(d.join(name).exists(), "{name} kept");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_save_goes_through_a_link_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("a.ron");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("a.ron");
        std::os::unix::fs::symlink("real/a.ron", &link).unwrap();
        write_replacing(&link, b"new", Keep::Backup).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(std::fs::read(real_dir.join("a.ron.bak")).unwrap(), b"old");
    }

    #[test]
    fn nothing_larger_than_a_load_reads_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        let big = vec![b'x'; usize::try_from(MAX_FILE_BYTES).unwrap() + 1];
        let e = write_replacing(&path, &big, Keep::Backup).unwrap_err();
        assert!(matches!(e, StoreError::WouldBeTooLarge { .. }), "{e}");
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary file left");
    }
}
