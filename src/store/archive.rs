//! The archive of published versions (GDPR Art. 5(2), issue 15): each version's snapshot
//! and PDFs under the workspace (`arkisto/<id>/<version>-<date>.*`), written once and never
//! replaced. What to write is decided by `publish`; this module only reads and writes.

use super::{StoreError, read_bytes, save_register, write_new};
use crate::model::Register;
use std::path::Path;

/// The bytes of the archived file `rel` (a path relative to the workspace folder `dir`,
/// with `/`), or `None` when it cannot be read (missing, unreadable, too large).
pub fn read_archived(dir: &Path, rel: &str) -> Option<Vec<u8>> {
    read_bytes(&dir.join(rel)).ok()
}

/// Writes a publication: first each of `files` (paths relative to `dir`) as a new file,
/// never replacing one, then `register` (with its new history entry) to `register_file`.
/// The register is saved only once every archived file is in place, so its history never
/// names a snapshot that is not there. When something fails, the files this call created
/// are removed again (nothing else is touched), so that publishing can simply be retried.
///
/// # Errors
/// The first file that cannot be written (one already there is `AlreadyExists`), or the
/// register's save.
pub fn write_publication(
    dir: &Path,
    register_file: &Path,
    files: &[(String, Vec<u8>)],
    register: &Register,
) -> Result<(), StoreError> {
    let mut created = Vec::with_capacity(files.len());
    let result = files
        .iter()
        .try_for_each(|(rel, bytes)| {
            let path = dir.join(rel);
            write_new(&path, bytes)?;
            created.push(path);
            Ok(())
        })
        .and_then(|()| save_register(register_file, register));
    if result.is_err() {
        for path in created {
            // Best effort: the error that matters is the one returned.
            std::fs::remove_file(path).ok();
        }
    }
    result
}
