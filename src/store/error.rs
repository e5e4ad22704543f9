//! Errors of loading and saving; every message starts with the file it is about.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong reading or writing a file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused (missing file, permission, full disk...).
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The path is a folder, not a file.
    #[error("{}: is a folder, not a register file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The path is a named pipe, a device or a socket: reading it could block or never end.
    #[error("{}: is {kind}, not a regular file; only regular files are read", path.display())]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is ("a named pipe (FIFO)", "a device", "a socket").
        kind: &'static str,
    },
    /// The file is larger than any register could be.
    #[error("{}: the file has more than {limit} bytes ({size} bytes or more); larger files are not read", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, or as much of it as was read before stopping.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Saving would write a file that loading refuses (too large): nothing was written.
    #[error("{}: not saved: the file would be {size} bytes, over the {limit}-byte limit for reading it back; shorten the longest texts", path.display())]
    WouldBeTooLarge {
        /// The file.
        path: PathBuf,
        /// The size it would have, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// Saving would write a file that loading refuses (for a reason other than its size):
    /// nothing was written.
    #[error("{}: not saved: the file could not be read back ({reason})", path.display())]
    WouldNotLoad {
        /// The file.
        path: PathBuf,
        /// Why loading would refuse it.
        reason: String,
    },
    /// The file is not UTF-8 text.
    #[error("{}:{line}:{col}: the file is not UTF-8 text (is it a binary file, or saved in another encoding?)", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        col: usize,
    },
    /// The workspace's logo file is not a usable PNG image.
    #[error("{}: {source}", path.display())]
    Logo {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        source: crate::model::LogoError,
    },
    /// The file is empty.
    #[error("{}: the file is empty", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The RON text is malformed, has an unknown field, or a value of the wrong type.
    #[error("{}:{line}:{col}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What is wrong.
        message: String,
    },
    /// `fmt` would delete the file's comments: it was not rewritten.
    #[error("{}:{line}:{col}: the file has {count} comment(s), which the canonical form would delete; not rewritten (move them into the register's notes, or run `seloste fmt --drop-comments`)", path.display())]
    HasComments {
        /// The file.
        path: PathBuf,
        /// Line of the first comment.
        line: usize,
        /// Column of the first comment.
        col: usize,
        /// How many comments the file has.
        count: usize,
    },
    /// The file was written by a newer version of Seloste.
    #[error("{}: the file has format {found}, but this version of Seloste reads format {supported} at most; please update Seloste", path.display())]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The format in the file.
        found: u64,
        /// The newest format this program reads.
        supported: u64,
    },
}

impl StoreError {
    /// An I/O error about `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        StoreError::Io { path: path.to_owned(), source }
    }

    /// Converts RON's error, keeping its position.
    pub fn from_ron(path: &Path, e: &ron::error::SpannedError) -> Self {
        let message = RonMessage(&e.code).to_string();
        StoreError::Syntax {
            path: path.to_owned(),
            line: e.span.start.line.max(1),
            col: e.span.start.col.max(1),
            message,
        }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::Io { path, .. }
            | StoreError::NotAFile { path }
            | StoreError::NotRegular { path, .. }
            | StoreError::TooLarge { path, .. }
            | StoreError::WouldBeTooLarge { path, .. }
            | StoreError::WouldNotLoad { path, .. }
            | StoreError::NotUtf8 { path, .. }
            | StoreError::Empty { path }
            | StoreError::Logo { path, .. }
            | StoreError::Syntax { path, .. }
            | StoreError::HasComments { path, .. }
            | StoreError::NewerFormat { path, .. } => path,
        }
    }

    /// The line and column, for errors that have a position.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            StoreError::Syntax { line, col, .. }
            | StoreError::NotUtf8 { line, col, .. }
            | StoreError::HasComments { line, col, .. } => Some((*line, *col)),
            _ => None,
        }
    }
}

/// RON's messages, reworded where a user would not understand them.
struct RonMessage<'a>(&'a ron::Error);

impl fmt::Display for RonMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ron::Error::Eof => f.write_str("the file ends too early (is it truncated?)"),
            ron::Error::ExceededRecursionLimit => f.write_str("values are nested too deeply"),
            ron::Error::NoSuchStructField { expected, found, outer } => {
                let outer = outer.as_deref().unwrap_or("the struct");
                write!(f, "unknown field `{found}` in {outer}; known fields: {}", expected.join(", "))
            }
            ron::Error::DuplicateStructField { field, outer } => {
                write!(f, "field `{field}` appears twice in {}", outer.as_deref().unwrap_or("the struct"))
            }
            other => write!(f, "{other}"),
        }
    }
}
