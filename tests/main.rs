//! One integration test binary: scenarios over the sample workspace and the CLI.

mod cli;
mod export;
mod proptests;
mod store;
mod util;
