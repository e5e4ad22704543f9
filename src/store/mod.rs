//! The only module that touches the disk: RON files, format versions, workspaces.
//!
//! A register file is RON with the top-level struct named and `format` first, written
//! in one canonical form (see [`to_ron`]). Loading refuses what it cannot read faithfully:
//! a newer format, unknown fields, syntax errors, invalid UTF-8, oversized or
//! deeply nested input, each with the file (and line and column) in the message.
//! Saving is atomic and keeps the previous version as `NAME.ron.bak`.

mod error;
pub mod gui_ops;
pub mod recovery;
pub mod samples;
mod workspace;

pub use error::StoreError;
pub use workspace::{ORGANISATION_FILE, Workspace, WorkspaceEntry, is_register_file, list_registers};

use crate::model::{FORMAT, Organisation, Register};
use serde::{Serialize, de::DeserializeOwned};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Files larger than this are refused before reading (a register is a few tens of KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

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
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.to_owned() });
    }
    let trimmed = text.trim_start();
    let starts_with_name = trimmed.strip_prefix(struct_name).is_some_and(|rest| rest.trim_start().starts_with('('));
    if !starts_with_name && !trimmed.starts_with('(') {
        let (line, col) = first_non_space(text);
        let found: String = trimmed.chars().take(24).take_while(|c| !c.is_whitespace()).collect();
        return Err(StoreError::Syntax {
            path: path.to_owned(),
            line,
            col,
            message: format!("expected `{struct_name}(` at the start of the file, found {found:?}"),
        });
    }
    if let Some(found) = probe_format(text) {
        if found > u64::from(FORMAT) {
            return Err(StoreError::NewerFormat { path: path.to_owned(), found, supported: u64::from(FORMAT) });
        }
    }
    ron_options().from_str::<T>(text).map_err(|e| StoreError::from_ron(path, &e))
}

/// Finds `format: N` at the top level of the file without parsing the rest, so that a
/// file from a newer version is refused as such and not for its unknown fields.
fn probe_format(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b'f' if depth == 1 && text[i..].starts_with("format") && (i == 0 || !is_ident(bytes[i - 1])) => {
                let rest = text[i + "format".len()..].trim_start();
                if let Some(value) = rest.strip_prefix(':') {
                    let digits: String = value.trim_start().chars().take_while(char::is_ascii_digit).collect();
                    return digits.parse().ok().or(Some(u64::MAX));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn first_non_space(text: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = line.chars().position(|c| !c.is_whitespace()) {
            return (i + 1, col + 1);
        }
    }
    (1, 1)
}

/// Reads a file as UTF-8 text, refusing directories, oversized files, NUL bytes and
/// invalid UTF-8.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let bytes = read_bytes(path)?;
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        let (line, col) = line_col(&bytes[..pos]);
        return Err(StoreError::Syntax {
            path: path.to_owned(),
            line,
            col,
            message: "the file contains a NUL byte (is it a binary file?)".to_owned(),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = line_col(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        StoreError::NotUtf8 { path: path.to_owned(), line, col }
    })
}

/// Reads a whole file as bytes (for text in any encoding, e.g. an import), refusing
/// directories and files over [`MAX_FILE_BYTES`].
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| StoreError::io(path, e))?;
    if meta.is_dir() {
        return Err(StoreError::NotAFile { path: path.to_owned() });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge { path: path.to_owned(), size: meta.len(), limit: MAX_FILE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(|e| StoreError::io(path, e))?;
    // A file may grow between metadata and read.
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge { path: path.to_owned(), size: bytes.len() as u64, limit: MAX_FILE_BYTES });
    }
    Ok(bytes)
}

/// The 1-based line and column just after `before`.
fn line_col(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    (line, col)
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
pub fn save_register(path: &Path, register: &Register) -> Result<(), StoreError> {
    write_atomic(path, to_ron(register).as_bytes())
}

/// Saves an organisation profile atomically.
pub fn save_organisation(path: &Path, org: &Organisation) -> Result<(), StoreError> {
    write_atomic(path, to_ron(org).as_bytes())
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
    write_replacing(path, bytes, true)
}

/// Writes a generated file (an exported PDF or text, a recovery file) atomically like
/// [`write_atomic`], but keeps no backup: the file can always be made again.
pub fn write_generated(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_replacing(path, bytes, false)
}

fn write_replacing(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    if bytes.is_empty() {
        return Err(StoreError::io(path, std::io::Error::other("refusing to write an empty file")));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(StoreError::NotAFile { path: path.to_owned() });
    }
    // Keep the file's permissions (tempfile would make it owner-only).
    let permissions = match std::fs::metadata(path) {
        Ok(meta) => Some(meta.permissions()),
        Err(_) => default_permissions(),
    };
    let mut tmp = temp_in(&dir, permissions.as_ref()).map_err(|e| StoreError::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| StoreError::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| StoreError::io(path, e))?;
    if keep_backup && path.exists() {
        let old = std::fs::read(path).map_err(|e| StoreError::io(path, e))?;
        if old == bytes {
            // Nothing changed: leave the file and its backup alone.
            return Ok(());
        }
        let bak = backup_path(path);
        let mut bak_tmp = temp_in(&dir, permissions.as_ref()).map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.write_all(&old).map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.as_file().sync_all().map_err(|e| StoreError::io(&bak, e))?;
        bak_tmp.persist(&bak).map_err(|e| StoreError::io(&bak, e.error))?;
    }
    tmp.persist(path).map_err(|e| StoreError::io(path, e.error))?;
    // Make the rename itself durable. Not every platform can open a folder: best effort.
    if let Ok(d) = std::fs::File::open(&dir) {
        d.sync_all().ok();
    }
    Ok(())
}

/// Permissions of a new file: readable by all, writable by the owner (as most editors).
#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

/// Elsewhere a fresh temporary file already has the platform's ordinary permissions.
#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// A temporary file in `dir` with the given permissions.
fn temp_in(dir: &Path, permissions: Option<&std::fs::Permissions>) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".seloste-").suffix(".tmp");
    let file = builder.tempfile_in(dir)?;
    // Set after creation: permissions given at creation are narrowed by the umask.
    if let Some(p) = permissions {
        file.as_file().set_permissions(p.clone())?;
    }
    Ok(file)
}

/// True when the file's bytes are exactly the canonical form of what it contains.
pub fn is_canonical(path: &Path) -> Result<bool, StoreError> {
    let text = read_text(path)?;
    let canonical = if path.file_name().is_some_and(|n| n == ORGANISATION_FILE) {
        to_ron(&organisation_from_str(&text, path)?)
    } else {
        to_ron(&register_from_str(&text, path)?)
    };
    Ok(canonical == text)
}

#[cfg(test)]
mod tests;
