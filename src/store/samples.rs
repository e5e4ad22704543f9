//! The bundled example workspace: the five seed notices as registers, a complete
//! camera-surveillance register and an organisation profile, embedded in the binary so
//! that the program can show them even when it runs from a USB stick.

use super::{StoreError, write_atomic};
use std::path::{Path, PathBuf};

/// Every file of `samples/`, embedded: (file name, content).
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "imago-asiakas-ja-sidosryhmarekisteri.ron",
        include_str!("../../samples/imago-asiakas-ja-sidosryhmarekisteri.ron"),
    ),
    ("imatra-imatranajo-sovellus.ron", include_str!("../../samples/imatra-imatranajo-sovellus.ron")),
    (
        "jamsa-tehdas-asiakkuudet-ja-kameravalvonta.ron",
        include_str!("../../samples/jamsa-tehdas-asiakkuudet-ja-kameravalvonta.ron"),
    ),
    ("kameravalvonta-kemin-kaupungintalo.ron", include_str!("../../samples/kameravalvonta-kemin-kaupungintalo.ron")),
    ("kemi-viestinta-ja-markkinointi.ron", include_str!("../../samples/kemi-viestinta-ja-markkinointi.ron")),
    ("lappeenranta-chat-palvelu.ron", include_str!("../../samples/lappeenranta-chat-palvelu.ron")),
    ("organisation.ron", include_str!("../../samples/organisation.ron")),
];

/// The example workspace folder: a copy of the embedded samples in the user's data folder
/// (`~/.local/share/seloste/esimerkit` on Linux), written on first use; existing files
/// there are never overwritten. Never `samples/` in a source checkout, even when the
/// program runs from one: an edit saved in the editor must not change the sources (or the
/// tests that read them).
pub fn example_workspace() -> Result<PathBuf, StoreError> {
    let dir = user_data_dir().join("seloste").join("esimerkit");
    install_samples(&dir)?;
    Ok(dir)
}

/// Writes the embedded samples into `dir` (created if missing), skipping existing files.
pub fn install_samples(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    for (name, content) in SAMPLES {
        let path = dir.join(name);
        if !path.exists() {
            write_atomic(&path, content.as_bytes())?;
        }
    }
    Ok(())
}

/// The per-user data folder of the platform.
fn user_data_dir() -> PathBuf {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if cfg!(windows) {
        return var("APPDATA").unwrap_or_else(|| PathBuf::from("."));
    }
    if cfg!(target_os = "macos") {
        return var("HOME").map(|h| h.join("Library/Application Support")).unwrap_or_else(|| PathBuf::from("."));
    }
    var("XDG_DATA_HOME").or_else(|| var("HOME").map(|h| h.join(".local/share"))).unwrap_or_else(|| PathBuf::from("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed files of `samples/`, from git when the checkout has it (a file a user
    /// left there is not a sample); else every `.ron` file of the folder.
    fn committed_samples(dir: &Path) -> Vec<String> {
        let tracked = std::process::Command::new("git")
            .args(["ls-files", "--", "."])
            .current_dir(dir)
            .output()
            .ok()
            .filter(|o| o.status.success() && !o.stdout.is_empty());
        let mut names: Vec<String> = match tracked {
            Some(out) => String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect(),
            None => std::fs::read_dir(dir)
                .unwrap()
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect(),
        };
        names.retain(|n| n.ends_with(".ron"));
        names.sort();
        names
    }

    #[test]
    fn the_embedded_list_is_the_samples_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        let embedded: Vec<&str> = SAMPLES.iter().map(|(n, _)| *n).collect();
        assert_eq!(embedded, committed_samples(&dir));
    }

    #[test]
    fn installing_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let mine = dir.path().join(SAMPLES[0].0);
        std::fs::write(&mine, "oma muutos").unwrap();
        install_samples(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(&mine).unwrap(), "oma muutos");
        assert!(dir.path().join("organisation.ron").exists());
    }
}
