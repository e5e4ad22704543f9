//! The one way any file is read: regular files only, bounded while reading.
//!
//! Every reader of the program (load, validate, record, export, fmt, import, the editor's
//! workspace listing, recovery files, the disk check) goes through [`read_bytes`]:
//! 1. the path's type is checked before opening (links followed): a folder, a named pipe
//!    (FIFO), a device or a socket is refused with a message naming the file;
//! 2. the file is opened without blocking (`O_NONBLOCK` on Unix, so a FIFO swapped in after
//!    the check cannot hang the open), and the opened file's type is checked again;
//! 3. at most [`MAX_FILE_BYTES`]` + 1` bytes are read, whatever the file claims its size is
//!    (a file may grow, and a link to `/dev/zero` reports size 0).

use super::{MAX_FILE_BYTES, StoreError};
use std::io::Read as _;
use std::path::Path;

/// What a path that is not a regular file is, for the message.
fn kind_of(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return Some("a named pipe (FIFO)");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// The error for a path of the wrong type.
fn wrong_type(path: &Path, kind: &'static str) -> StoreError {
    if kind == "a folder" {
        StoreError::NotAFile { path: path.to_owned() }
    } else {
        StoreError::NotRegular { path: path.to_owned(), kind }
    }
}

/// Checks that `path` (links followed) is a regular file, without opening it.
/// Errors: [`StoreError::NotAFile`] for a folder, [`StoreError::NotRegular`] for a FIFO,
/// device or socket, [`StoreError::Io`] when it cannot be examined (missing, link loop).
pub fn check_regular(path: &Path) -> Result<std::fs::Metadata, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| StoreError::io(path, e))?;
    match kind_of(&meta) {
        None => Ok(meta),
        Some(kind) => Err(wrong_type(path, kind)),
    }
}

/// Opens a checked path for reading without blocking.
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

/// Elsewhere opening a file does not block on its type.
#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// Reads a whole file as bytes (for text in any encoding, e.g. an import). Only a regular
/// file is read (links followed), and at most [`MAX_FILE_BYTES`]: a larger file is
/// [`StoreError::TooLarge`], found while reading, never by trusting the reported size.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    read_bytes_limited(path, MAX_FILE_BYTES)
}

/// [`read_bytes`] with another limit, in bytes.
pub fn read_bytes_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let meta = check_regular(path)?;
    if meta.len() > limit {
        return Err(StoreError::TooLarge { path: path.to_owned(), size: meta.len(), limit });
    }
    let file = open_nonblocking(path).map_err(|e| StoreError::io(path, e))?;
    // The path may have been replaced between the check and the open.
    let opened = file.metadata().map_err(|e| StoreError::io(path, e))?;
    if let Some(kind) = kind_of(&opened) {
        return Err(wrong_type(path, kind));
    }
    let capacity = usize::try_from(opened.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| StoreError::io(path, e))?;
    if bytes.len() as u64 > limit {
        // It grew while we read: say how much we saw, not how large it is.
        return Err(StoreError::TooLarge { path: path.to_owned(), size: bytes.len() as u64, limit });
    }
    Ok(bytes)
}

/// Reads a file as UTF-8 text like [`read_bytes`], refusing NUL bytes and invalid UTF-8
/// with the line and column of the first bad byte.
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

/// The 1-based line and column just after `before`.
fn line_col(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|b| **b != b'\n').count() + 1;
    (line, col)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn mkfifo(path: &Path) {
        let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
        assert!(status.success());
    }

    #[test]
    fn a_fifo_and_a_link_to_one_are_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.ron");
        mkfifo(&fifo);
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        for p in [&fifo, &link] {
            let e = read_bytes(p).unwrap_err();
            assert!(matches!(e, StoreError::NotRegular { .. }), "{e}");
            assert!(e.to_string().starts_with(&p.display().to_string()), "{e}");
            assert!(e.to_string().contains("FIFO"), "{e}");
        }
    }

    #[test]
    fn a_link_to_a_device_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let e = read_text(&link).unwrap_err();
        assert!(e.to_string().contains("a device"), "{e}");
    }

    #[test]
    fn the_limit_is_applied_while_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "0123456789").unwrap();
        assert_eq!(read_bytes_limited(&path, 10).unwrap().len(), 10);
        let e = read_bytes_limited(&path, 9).unwrap_err();
        assert!(matches!(e, StoreError::TooLarge { limit: 9, .. }), "{e}");
    }
}
