//! The `seloste` binary: the editor when given no subcommand or a path, else the CLI.

#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    seloste::cli::main()
}
