//! One integration test binary: scenarios over the sample workspace and the CLI.

mod account;
mod cli;
#[cfg(feature = "gui")]
mod editor_lifecycle;
mod export;
mod fuzz;
#[cfg(feature = "gui")]
mod gui;
mod hostile;
mod import;
mod import_corpus;
#[cfg(feature = "gui")]
mod model_based;
mod proptests;
mod robustness;
mod share;
mod site;
mod store;
mod util;
mod validate;
