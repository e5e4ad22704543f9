//! The only module that touches the disk: RON files, format versions, workspaces.
//!
//! A register file is RON with the top-level struct named and `format` first, written
//! in one canonical form (see [`to_ron`]). Loading refuses what it cannot read faithfully:
//! a newer format, unknown fields, syntax errors, invalid UTF-8, oversized or
//! deeply nested input, each with the file (and line and column) in the message.
//! Saving is atomic and keeps the previous version as `NAME.ron.bak`.

// The one module that may write files (see clippy.toml).
#![allow(clippy::disallowed_methods)]

mod archive;
mod error;
pub mod gui_ops;
mod probe;
mod read;
pub mod recovery;
pub mod samples;
mod tree;
mod workspace;
mod write;

pub use archive::{read_archived, write_publication};
pub use error::StoreError;
pub use read::{check_regular, read_bytes, read_bytes_limited, read_text};
pub use tree::{MANIFEST_FILE, write_file_set};
pub use workspace::{
    ORGANISATION_FILE, SYNONYMS_FILE, Workspace, WorkspaceEntry, is_register_file, list_registers, organisation_of,
};
pub use write::{STALE_TEMP_AGE, is_temp_name, remove_stale_temps, resolve_links};

use crate::model::{FORMAT, Organisation, Register};
use serde::{Serialize, de::DeserializeOwned};
use std::path::{Path, PathBuf};
use write::{Keep, write_replacing};

/// Files larger than this are not read, and never written (a register is a few tens of KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A single text (string) longer than this, in bytes, is refused when loading, before
/// parsing: about 500 pages of A4, 60 times the longest notice seen. Parsing holds the file
/// and its texts at once, so without this bound a register made of one 15 MiB name would
/// need twice the file in memory, and every text it reaches after (summaries, search, the
/// editor's fields) would scale with it. Long texts get a validation finding much earlier.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// Nesting deeper than this is refused (a register nests about six levels).
const MAX_DEPTH: usize = 64;

/// The canonical RON text of a register: fixed field order, empty values omitted,
/// LF line ends, four-space indentation, every string on one line, trailing newline.
pub fn to_ron<T: Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .escape_strings(true);
    match ron::ser::to_string_pretty(value, config) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // Our model has no maps with non-string keys and no unsupported types: serializing
        // it cannot fail. Should it ever, an empty string is never written (save checks).
        Err(_) => String::new(),
    }
}

/// Parses register RON text. `path` is used in error messages only.
pub fn register_from_str(text: &str, path: &Path) -> Result<Register, StoreError> {
    parse(text, path, "Register")
}

/// Parses organisation-profile RON text.
pub fn organisation_from_str(text: &str, path: &Path) -> Result<Organisation, StoreError> {
    parse(text, path, "Organisation")
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(MAX_DEPTH)
}

fn parse<T: DeserializeOwned>(text: &str, path: &Path, struct_name: &str) -> Result<T, StoreError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Comments may come before the struct; a file of only comments is as good as empty.
    let Some(start) = probe::first_code(text) else {
        return Err(StoreError::Empty { path: path.to_owned() });
    };
    let code = &text[start..];
    let starts_with_name = code.strip_prefix(struct_name).is_some_and(|rest| rest.trim_start().starts_with('('));
    if !starts_with_name && !code.starts_with('(') {
        let (line, col) = probe::line_col(text, start);
        let found: String = code.chars().take(24).take_while(|c| !c.is_whitespace()).collect();
        return Err(StoreError::Syntax {
            path: path.to_owned(),
            line,
            col,
            message: format!("expected `{struct_name}(` at the start of the file, found {found:?}"),
        });
    }
    if let Some((at, len)) = probe::string_longer_than(text, MAX_TEXT_BYTES + 2) {
        let (line, col) = probe::line_col(text, at);
        return Err(StoreError::Syntax {
            path: path.to_owned(),
            line,
            col,
            message: format!(
                "a text of {} bytes; texts over {MAX_TEXT_BYTES} bytes (1 MiB) are not read",
                len.saturating_sub(2)
            ),
        });
    }
    if let Some(found) = probe::format_number(text) {
        if found > u64::from(FORMAT) {
            return Err(StoreError::NewerFormat { path: path.to_owned(), found, supported: u64::from(FORMAT) });
        }
    }
    ron_options().from_str::<T>(text).map_err(|e| StoreError::from_ron(path, &e))
}

/// The 1-based line and column of every comment in the RON text (a canonical rewrite
/// drops them, so `fmt` asks first).
pub fn comments(text: &str) -> Vec<(usize, usize)> {
    probe::comments(text)
}

/// Loads a register file.
pub fn load_register(path: &Path) -> Result<Register, StoreError> {
    register_from_str(&read_text(path)?, path)
}

/// Loads an organisation profile.
pub fn load_organisation(path: &Path) -> Result<Organisation, StoreError> {
    organisation_from_str(&read_text(path)?, path)
}

/// Saves a register atomically in canonical form, keeping the old file as `.bak`.
/// Saving never writes a file that [`load_register`] would refuse: a text over
/// [`MAX_FILE_BYTES`] is [`StoreError::WouldBeTooLarge`], any other reason
/// [`StoreError::WouldNotLoad`], and the file on disk is left as it was.
///
/// The import record (issue 18) is the one part a save may leave out: when the register
/// with it would be over the limit and without it would not, it is saved without it.
pub fn save_register(path: &Path, register: &Register) -> Result<(), StoreError> {
    let text = to_ron(register);
    match check_loads(&text, path, register_from_str) {
        Err(StoreError::WouldBeTooLarge { .. }) if register.import.is_some() => {
            let without = Register { import: None, ..register.clone() };
            return save_register(path, &without);
        }
        other => other?,
    }
    write_atomic(path, text.as_bytes())
}

/// The heading synonyms the workspace `dir` was taught ([`SYNONYMS_FILE`]); none when the
/// file is absent.
///
/// # Errors
/// As [`load_register`], for a file that exists but cannot be read.
pub fn load_synonyms(dir: &Path) -> Result<crate::review::Synonyms, StoreError> {
    let path = dir.join(SYNONYMS_FILE);
    if !path.exists() {
        return Ok(crate::review::Synonyms::default());
    }
    parse(&read_text(&path)?, &path, "Synonyms")
}

/// The organisation's logo in the workspace folder `dir` (`logo.png`, see
/// [`crate::model::LOGO_FILES`]), or `None` when there is none.
///
/// # Errors
/// As [`read_bytes`] for a file that exists but cannot be read (at most
/// [`crate::model::MAX_LOGO_BYTES`]); [`StoreError::Logo`] when it is not a PNG image.
pub fn load_logo(dir: &Path) -> Result<Option<crate::model::Logo>, StoreError> {
    let Some(path) = crate::model::LOGO_FILES.iter().map(|name| dir.join(name)).find(|p| p.exists()) else {
        return Ok(None);
    };
    let bytes = read::read_bytes_limited(&path, crate::model::MAX_LOGO_BYTES as u64)?;
    crate::model::Logo::from_png(bytes).map(Some).map_err(|source| StoreError::Logo { path, source })
}

/// Saves the workspace's heading synonyms atomically, in canonical form.
///
/// # Errors
/// As [`save_register`].
pub fn save_synonyms(dir: &Path, synonyms: &crate::review::Synonyms) -> Result<(), StoreError> {
    let path = dir.join(SYNONYMS_FILE);
    let text = to_ron(synonyms);
    check_loads(&text, &path, |t, p| parse::<crate::review::Synonyms>(t, p, "Synonyms"))?;
    write_atomic(&path, text.as_bytes())
}

/// Saves an organisation profile atomically; like [`save_register`], never a file that
/// [`load_organisation`] would refuse.
pub fn save_organisation(path: &Path, org: &Organisation) -> Result<(), StoreError> {
    let text = to_ron(org);
    check_loads(&text, path, organisation_from_str)?;
    write_atomic(path, text.as_bytes())
}

/// Checks that `text`, once written to `path`, would load again.
fn check_loads<T>(
    text: &str,
    path: &Path,
    parse: impl Fn(&str, &Path) -> Result<T, StoreError>,
) -> Result<(), StoreError> {
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(StoreError::WouldBeTooLarge { path: path.to_owned(), size, limit: MAX_FILE_BYTES });
    }
    match parse(text, path) {
        Ok(_) => Ok(()),
        Err(e) => {
            let shown = e.to_string();
            let prefix = format!("{}:", path.display());
            let reason = shown.strip_prefix(&prefix).unwrap_or(&shown).trim_start().to_owned();
            Err(StoreError::WouldNotLoad { path: path.to_owned(), reason })
        }
    }
}

/// The backup path kept beside a file: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed
/// and synced, then renamed over the target. The previous content, if any, is kept as
/// `NAME.bak` (written the same way). On any error the target is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_replacing(path, bytes, Keep::Backup)
}

/// Writes a generated file (an exported PDF or text, a recovery file) atomically like
/// [`write_atomic`], but keeps no backup: the file can always be made again.
pub fn write_generated(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_replacing(path, bytes, Keep::Synced)
}

/// Writes an exported file (a notice or poster as PDF or text) like [`write_generated`]:
/// atomic (a temporary file renamed over the target, so a reader sees the old file or the
/// new one, never half of one), links followed, permissions kept. Unlike a save it does not
/// wait for the disk (no fsync): an export is made again from its register at any time, and
/// on ext4 the two syncs took longer than making the PDF (14 of 28 ms for the largest
/// sample, `benches/whole_process.sh`).
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_replacing(path, bytes, Keep::Unsynced)
}

/// Writes a new file that must never be replaced (an archived snapshot and its PDFs): the
/// folder is created, and a file already at `path` is an error (`AlreadyExists`), left as it was.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write::write_new(path, bytes)
}

/// The canonical text of the file at `path` whose current text is `text`: a register,
/// or the organisation profile when the file is named [`ORGANISATION_FILE`].
fn canonical_of(path: &Path, text: &str) -> Result<String, StoreError> {
    if path.file_name().is_some_and(|n| n == ORGANISATION_FILE) {
        Ok(to_ron(&organisation_from_str(text, path)?))
    } else {
        Ok(to_ron(&register_from_str(text, path)?))
    }
}

/// True when the file's bytes are exactly the canonical form of what it contains.
pub fn is_canonical(path: &Path) -> Result<bool, StoreError> {
    let text = read_text(path)?;
    Ok(canonical_of(path, &text)? == text)
}

/// Rewrites a register or organisation file in canonical form (`seloste fmt`); `Ok(true)`
/// when it already was canonical, `Ok(false)` when it was rewritten (the old text is kept
/// as `NAME.bak`). The canonical form has no comments: a file with comments is refused
/// with [`StoreError::HasComments`], naming the first one, unless `drop_comments`.
pub fn format_file(path: &Path, drop_comments: bool) -> Result<bool, StoreError> {
    let text = read_text(path)?;
    let canonical = canonical_of(path, &text)?;
    if canonical == text {
        return Ok(true);
    }
    let found = comments(&text);
    if let (Some(&(line, col)), false) = (found.first(), drop_comments) {
        return Err(StoreError::HasComments { path: path.to_owned(), line, col, count: found.len() });
    }
    write_atomic(path, canonical.as_bytes())?;
    Ok(false)
}

/// True when `a` and `b` name the same existing file (links and `..` resolved).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What names the file at `path`, whatever way the path is written: its folder with links
/// and `..` resolved, joined with its name (lowercased where file names ignore case). The
/// file itself need not exist. For telling whether two paths would write one file.
pub fn file_identity(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    let name = if cfg!(any(windows, target_os = "macos")) {
        std::ffi::OsString::from(name.to_string_lossy().to_lowercase())
    } else {
        name
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_owned()).join(name)
}

/// Creates the folder `dir` and any missing parents (for an export's `--out DIR`).
pub fn create_folder(dir: &Path) -> Result<(), StoreError> {
    std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))
}

#[cfg(test)]
mod tests;

/// The regular files directly in `dir` (symlinks followed; folders, FIFOs and devices left
/// out) that `keep` accepts, sorted by path.
///
/// # Errors
/// The folder cannot be read: a [`StoreError`] naming it.
pub fn files_in(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, StoreError> {
    let entries = std::fs::read_dir(dir).map_err(|e| StoreError::io(dir, e))?;
    let mut found: Vec<PathBuf> =
        entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file() && keep(p)).collect();
    found.sort();
    Ok(found)
}
