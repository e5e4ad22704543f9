//! One integration test binary: scenarios over the sample workspace and the CLI.

mod cli;
mod export;
#[cfg(feature = "gui")]
mod gui;
mod proptests;
mod store;
mod util;
