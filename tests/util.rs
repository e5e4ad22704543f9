//! Helpers shared by the integration tests.
//!
//! Hermetic: every test works on copies in temporary folders, made from the samples
//! embedded in the library (`store::samples::SAMPLES`, the committed files) and from
//! explicitly listed committed files, so that nothing a user leaves or saves in the
//! checkout (`samples/`, `tests/`) changes a result.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The bundled sample workspace: one read-only copy per test run, in a temporary folder.
/// Tests that write get their own copy from [`copy_samples`].
pub fn samples_dir() -> PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"));
        remove_old_copies(root);
        let dir = tempfile::Builder::new().prefix(COPY_PREFIX).tempdir_in(root).expect("tempdir");
        seloste::store::samples::install_samples(dir.path()).expect("install samples");
        dir
    })
    .path()
    .to_owned()
}

const COPY_PREFIX: &str = "samples-";

/// A static is never dropped: the copies of earlier runs are removed here (after a day,
/// so that a run going on beside this one keeps its copy).
fn remove_old_copies(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else { return };
    for entry in entries.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 24 * 3600);
        if old && entry.file_name().to_string_lossy().starts_with(COPY_PREFIX) {
            std::fs::remove_dir_all(entry.path()).ok();
        }
    }
}

/// Every sample register file.
pub fn sample_files() -> Vec<PathBuf> {
    let files = seloste::store::list_registers(&samples_dir()).expect("samples folder");
    assert!(!files.is_empty(), "no sample registers");
    files
}

/// A committed file of the checkout, by its path from the repository root (only files
/// the tests name explicitly are read, never a folder listing).
pub fn committed(path: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    assert!(p.is_file(), "{path} is not in the checkout");
    p
}

/// The output of one run of the `seloste` binary.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the `seloste` binary with `args`.
pub fn seloste<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = Command::new(env!("CARGO_BIN_EXE_seloste")).args(args).output().expect("run seloste");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A copy of the sample workspace in a temporary folder.
pub fn copy_samples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    seloste::store::samples::install_samples(dir.path()).expect("install samples");
    dir
}

/// A file dropped on the editor window (kittest input).
#[derive(Debug)]
pub struct Dropped(pub std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Makes `register` too long for any poster, even with its purposes cut to a few words:
/// 60 purposes, each of a long description in every language.
pub fn overflow_poster(register: &mut seloste::model::Register) {
    use seloste::model::{Purpose, Text};
    let long = "Tietoja käsitellään palvelun järjestämiseksi ja kehittämiseksi. ".repeat(40);
    register.purposes = (0..60)
        .map(|_| Purpose { description: Text::new(long.clone(), long.clone(), long.clone()), ..Purpose::default() })
        .collect();
}
