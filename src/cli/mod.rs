//! The command line: clap types and one file per subcommand. Nothing here is part of the
//! library; each subcommand calls the pipeline and maps its outcome to an exit code.

mod build;
mod check;
mod completions;
mod export;
mod import;
mod init;
mod man;
mod plans;
mod schema;
mod serve;

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
    /// Create a new plan directory, with comments and placeholders, that passes `rpkd check`
    Init(init::Args),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell
    Completions(completions::Args),
    /// Write the manual pages: `rpkd.1` and one per subcommand
    Man(man::Args),
    /// Preview a plan's HTML on 127.0.0.1, rebuilt and reloaded on every change
    Serve(serve::Args),
    /// Write the JSON Schemas of the plan files, for editor completion and hover
    Schema(schema::Args),
    /// Write the agencies' realisation forms of a RAT year (.xlsx) and the matrices for review
    #[command(name = "ekspor", alias = "export")]
    Export(export::Args),
    /// Write the realisation and proposed lines of filled-in forms into the RAT files, in place
    #[command(name = "impor", alias = "import")]
    Import(import::Args),
}

/// Parse the arguments and run the subcommand. Usage errors exit with 2 (clap's own).
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Build(args) => build::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Export(args) => export::run(args),
        Command::Import(args) => import::run(args),
    }
}
