//! ZIP archives (.docx, .odt) read within limits: a zip bomb is refused, not inflated.

use super::super::ImportError;
use super::super::document::Document;
use std::io::{Cursor, Read};
use zip::ZipArchive;

/// At most this many entries in an archive (a .docx has a few dozen).
pub const MAX_ZIP_ENTRIES: usize = 4096;
/// At most this many bytes inflated from the entries read, all together (a notice's
/// `word/document.xml` is well under a megabyte).
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;

/// An open archive and what has been inflated from it so far.
pub(super) struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    /// The file's name, for messages.
    pub name: &'a str,
    inflated: u64,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as a ZIP archive named `name`.
    pub fn open(bytes: &'a [u8], name: &'a str) -> Result<Archive<'a>, ImportError> {
        let zip = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| unreadable(name, &format!("a damaged ZIP archive ({e})")))?;
        if zip.is_empty() {
            return Err(unreadable(name, "an empty ZIP archive, not a Word or OpenDocument file"));
        }
        if zip.len() > MAX_ZIP_ENTRIES {
            return Err(unreadable(
                name,
                &format!(
                    "a ZIP archive of {} entries (a document has far fewer; at most {MAX_ZIP_ENTRIES} are read)",
                    zip.len()
                ),
            ));
        }
        Ok(Archive { zip, name, inflated: 0 })
    }

    /// True when the archive has an entry `path`.
    pub fn has(&self, path: &str) -> bool {
        self.zip.index_for_name(path).is_some()
    }

    /// The inflated bytes of entry `path`, `None` when there is none. Refuses an entry that
    /// would take the archive's inflated total over [`MAX_INFLATED_BYTES`] (a zip bomb).
    pub fn entry(&mut self, path: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let Some(index) = self.zip.index_for_name(path) else { return Ok(None) };
        let name = self.name;
        let budget = MAX_INFLATED_BYTES.saturating_sub(self.inflated);
        let mut file =
            self.zip.by_index(index).map_err(|e| unreadable(name, &format!("its part {path} cannot be read ({e})")))?;
        if file.size() > budget {
            return Err(ImportError::Inflated { name: name.to_owned(), limit: MAX_INFLATED_BYTES });
        }
        let mut out = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| unreadable(name, &format!("its part {path} is damaged ({e})")))?;
        self.inflated += out.len() as u64;
        if self.inflated > MAX_INFLATED_BYTES {
            return Err(ImportError::Inflated { name: name.to_owned(), limit: MAX_INFLATED_BYTES });
        }
        Ok(Some(out))
    }

    /// Entry `path` as UTF-8 text, `None` when there is none.
    pub fn text(&mut self, path: &str) -> Result<Option<String>, ImportError> {
        let name = self.name;
        match self.entry(path)? {
            None => Ok(None),
            Some(bytes) => String::from_utf8(bytes)
                .map(Some)
                .map_err(|_| unreadable(name, &format!("its part {path} is not UTF-8 text"))),
        }
    }
}

/// A .docx or an .odt, by the archive's own declaration of what it is.
pub(super) fn read_office(bytes: &[u8], name: &str) -> Result<Document, ImportError> {
    let mut archive = Archive::open(bytes, name)?;
    if let Some(mime) = archive.text("mimetype")? {
        let mime = mime.trim();
        if mime == "application/vnd.oasis.opendocument.text" {
            return super::odt::read(&mut archive);
        }
        return Err(unreadable(name, &format!("an OpenDocument file of type {mime}, not a text document (.odt)")));
    }
    let types = archive.text("[Content_Types].xml")?.unwrap_or_default();
    if types.contains("wordprocessingml.document.main") || types.contains("wordprocessingml.template.main") {
        return super::docx::read(&mut archive);
    }
    if types.contains("spreadsheetml") {
        return Err(unreadable(name, "an Excel workbook, not a Word document"));
    }
    if types.contains("presentationml") {
        return Err(unreadable(name, "a PowerPoint presentation, not a Word document"));
    }
    if archive.has("word/document.xml") {
        return super::docx::read(&mut archive);
    }
    Err(unreadable(name, "a ZIP archive that is not a Word (.docx) or OpenDocument text (.odt) file"))
}

/// The error for a file that cannot be read as what it is.
pub(super) fn unreadable(name: &str, reason: &str) -> ImportError {
    ImportError::Unreadable { name: name.to_owned(), reason: reason.to_owned() }
}
