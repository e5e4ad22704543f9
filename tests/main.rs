//! One integration test binary: scenarios over the sample workspace and the CLI.

// Tests set up and break files on purpose (clippy.toml reserves file writes for `store`).
#![allow(clippy::disallowed_methods)]

mod account;
mod cli;
#[cfg(feature = "gui")]
mod editor_lifecycle;
mod export;
mod fuzz;
#[cfg(feature = "gui")]
mod gui;
#[cfg(feature = "gui")]
mod gui_findings;
#[cfg(feature = "gui")]
mod gui_keyboard;
#[cfg(feature = "gui")]
mod gui_layout;
#[cfg(feature = "gui")]
mod gui_picker;
#[cfg(feature = "gui")]
mod gui_versions;
#[cfg(feature = "gui")]
mod gui_workspace;
mod hostile;
mod import;
mod import_cases;
mod import_corpus;
mod import_formats;
mod layering;
#[cfg(feature = "gui")]
mod model_based;
mod pdf_tags;
mod proptests;
mod review;
mod robustness;
mod share;
mod site;
mod store;
mod util;
mod validate;
