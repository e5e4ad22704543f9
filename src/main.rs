//! The `seloste` binary: the CLI, or (later) the editor when given no subcommand.

use std::process::ExitCode;

fn main() -> ExitCode {
    seloste::cli::main()
}
