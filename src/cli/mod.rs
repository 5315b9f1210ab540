//! The command line: clap types and one file per subcommand. Nothing here is part of the
//! library; each subcommand calls the pipeline and maps its outcome to an exit code.

mod build;
mod check;
mod plans;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// rpkd — rencana penanggulangan kemiskinan daerah, from YAML to signed documents.
#[derive(Debug, Parser)]
#[command(name = "rpkd", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check one or more plans and report every problem at once
    Check(check::Args),
    /// Check plans, then write their RPKD and RAT documents
    Build(build::Args),
}

/// Parse the arguments and run the subcommand. Usage errors exit with 2 (clap's own).
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
    }
}
