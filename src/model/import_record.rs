//! The import record (issue 18): what an import leaves in a register so that the DPO can
//! review, later too, where each block of the source went. It is an internal part of the
//! register file: never printed in a notice, never exported, and dropped when the DPO marks
//! the register reviewed.

use super::{Answer, FieldPath, is_default};
use serde::{Deserialize, Serialize};

/// The source of an import and where each of its blocks went.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ImportRecord {
    /// The source's file name, as the user gave it (no folder).
    #[serde(skip_serializing_if = "is_default")]
    pub source: String,
    /// The SHA-256 of the source's bytes, 64 lower-case hex digits (FIPS 180-4), so the
    /// review can tell whether a file is the one that was imported.
    #[serde(skip_serializing_if = "is_default")]
    pub sha256: String,
    /// The blocks of the source in reading order.
    #[serde(skip_serializing_if = "is_default")]
    pub blocks: Vec<ImportedBlock>,
}

/// One block of the source: a heading, a paragraph, a list item or a table row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedBlock {
    /// The line in the source the block starts on (1-based; the line of the text the
    /// importer read, for .docx/.odt/.pdf the line of the extracted text).
    pub line: u32,
    /// The page (1-based) for a PDF; `None` elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    /// What kind of block it is.
    pub kind: SourceKind,
    /// The text as read (list markers off).
    pub text: String,
    /// Where the text went: a section's field (`retention`, `purposes`…), an extra section
    /// (`extra[2]`), or `notes` for what only the import log keeps (headings, page furniture).
    pub to: FieldPath,
    /// The yes/no answer the importer read from this block, if any.
    #[serde(default, skip_serializing_if = "is_default")]
    pub answer: Answer,
}

/// The kinds of source blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A row of a table, its cells joined with " | ".
    TableRow,
}

impl ImportRecord {
    /// The blocks still to look at: those that went to an extra section (a field was not
    /// found for them).
    pub fn blocks_in_extra(&self) -> usize {
        self.blocks.iter().filter(|b| matches!(b.to, FieldPath::Extra(_)) && b.kind != SourceKind::Heading).count()
    }
}
