//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The bundled sample workspace.
pub fn samples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// Every sample register file.
pub fn sample_files() -> Vec<PathBuf> {
    let files = seloste::store::list_registers(&samples_dir()).expect("samples folder");
    assert!(!files.is_empty(), "no sample registers");
    files
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
    for entry in std::fs::read_dir(samples_dir()).expect("samples").flatten() {
        // Only the committed files: a developer's stray recovery or backup file stays out.
        if entry.path().is_file() && entry.path().extension().is_some_and(|e| e == "ron") {
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
        }
    }
    dir
}
