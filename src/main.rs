//! The `rpkd` binary: argument parsing lives in `cli`, everything else in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
