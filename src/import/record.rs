//! The import record (issue 18) built from the document as read and the report's placing of
//! each source line: every heading, paragraph, list item and table row with the field its
//! text went to, kept in the register until the DPO marks it reviewed.

use super::document::{BlockKind, Document};
use super::report::{ImportReport, Note};
use crate::model::{ImportRecord, ImportedBlock, SourceKind};
use sha2::{Digest, Sha256};
use std::path::Path;

/// A register file carries the import record only while the record's text stays under this
/// many bytes: a register file is limited to a few megabytes (`store`), and the record must
/// never be what pushes a register past the limit. Over it, the record is left out.
pub const MAX_RECORD_BYTES: usize = 512 * 1024;

/// The SHA-256 of `bytes` as 64 lower-case hex digits (FIPS 180-4).
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The record of `doc` as `report` placed it; `None` when it would exceed
/// [`MAX_RECORD_BYTES`]. `sha256` is of the source's bytes.
pub(crate) fn build(doc: &Document, report: &ImportReport, sha256: String) -> Option<ImportRecord> {
    let mut blocks = Vec::new();
    let mut size = 0usize;
    for block in &doc.blocks {
        let line = block.pos.line;
        // A block spans lines; its first placed line says where it went.
        let span = block.text.lines().count().max(1);
        let placed = (line..line + span).find_map(|l| report.placed.get(&l).copied());
        let Some((to, heading)) = placed else { continue };
        let kind = match block.kind {
            BlockKind::Heading { .. } => SourceKind::Heading,
            _ if heading => SourceKind::Heading,
            BlockKind::ListItem { .. } => SourceKind::ListItem,
            BlockKind::TableRow { .. } => SourceKind::TableRow,
            BlockKind::Paragraph | BlockKind::Address => SourceKind::Paragraph,
        };
        let text = match &block.kind {
            BlockKind::TableRow { cells } => cells.join(" | "),
            _ => block.text.clone(),
        };
        let answer = report
            .notes
            .iter()
            .find_map(|n| match n {
                Note::Answer { line: l, answer, .. } if (line..line + span).contains(l) => Some(*answer),
                _ => None,
            })
            .unwrap_or_default();
        size += text.len() + 64;
        if size > MAX_RECORD_BYTES {
            return None;
        }
        blocks.push(ImportedBlock {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            page: block.pos.page,
            kind,
            text,
            to,
            answer,
        });
    }
    let source = Path::new(&report.source)
        .file_name()
        .map_or_else(|| report.source.clone(), |n| n.to_string_lossy().into_owned());
    Some(ImportRecord { source, sha256, blocks })
}
