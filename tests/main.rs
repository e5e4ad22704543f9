//! One integration test binary: scenarios over the sample workspace and the CLI.

mod cli;
mod export;
mod fuzz;
#[cfg(feature = "gui")]
mod gui;
mod import;
mod import_formats;
mod proptests;
mod robustness;
mod share;
mod store;
mod util;
mod validate;
