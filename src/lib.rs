//! Seloste: an offline editor for GDPR records of processing (Art. 30) and the privacy
//! notices made from them (Art. 13 and 14).
//!
//! Architecture (who may use whom):
//! - [`model`]: the register and organisation profile as typed data. Used by everything.
//! - [`store`]: the only module doing file I/O: RON load/save (atomic), workspaces.
//! - `i18n`: every fixed fi/sv/en string, one enum per audience (the editor's words, the
//!   documents' words) with one exhaustive match per language. Used by all that shows text.
//! - [`validate`]: pure: register -> findings.
//! - [`lexicon`]: pure data: the fi/sv/en words of each section of a notice, scored (import, validate).
//! - [`import`]: pure: the plain text of an existing notice -> register and report.
//! - [`notice`]: pure: register + language -> a format-free notice or poster document, with the fixed texts.
//! - [`layout`]: pure: notice -> A4 pages of positioned text and shapes (plain data for PDF and preview).
//! - [`export`]: pure: pages or notice -> file bytes (tagged PDF via krilla, plain text, HTML); the Art. 30 record (CSV, xlsx).
//! - [`diff`]: pure: field-by-field differences between two registers, word-level marks.
//! - [`publish`]: pure: the next published version of a register (history entry, snapshot, PDFs).
//! - [`review`]: pure: the import review: move a block to another field, set an answer from a
//!   sentence, heading synonyms a workspace was taught, mark reviewed (issue 18).
//! - [`orgwide`]: organisation-wide edits: which registers follow a changed profile (pure),
//!   applying and undoing them (through `store`).
//! - [`cli`]: the command line, a thin shell over the above.
//! - `gui` (feature `gui`): the egui editor, a thin shell too.
//!
//! Nothing depends on `cli` or `gui`.

#![forbid(unsafe_code)]
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod cli;
pub mod diff;
pub mod export;
#[cfg(feature = "gui")]
pub mod gui;
mod i18n;
pub mod import;
pub mod layout;
pub mod lexicon;
pub mod model;
pub mod notice;
pub mod orgwide;
pub mod publish;
pub mod review;
pub mod store;
pub mod validate;
