//! The command line: clap types and one file per subcommand. Nothing here is part of the
//! library; each subcommand calls the pipeline and maps its outcome to an exit code.

mod banding;
mod build;
mod check;
mod completions;
mod export;
mod help;
mod import;
mod init;
mod localise;
mod man;
mod output;
mod plans;
mod schema;
mod serve;
mod summary;
mod usage_error;

use clap::{CommandFactory, FromArgMatches, Subcommand};
use rpkd::i18n::Lang;
use std::ffi::OsString;
use std::process::ExitCode;

/// rpkd — rencana penanggulangan kemiskinan daerah, from YAML to signed documents.
#[derive(Debug, clap::Parser)]
#[command(name = "rpkd", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,

    #[command(flatten)]
    global: output::GlobalArgs,
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
    /// Compare two versions of a plan (folders or git revisions) in a review report
    #[command(visible_alias = "diff")]
    Banding(banding::Args),
}

/// The clap definition in `lang` ([`localise`]), with the sections clap does not write
/// (examples, exit status, environment) at the end of each command's long help; not yet built.
/// The manual pages and completion scripts are generated from it too.
pub(crate) fn definition(lang: Lang) -> clap::Command {
    let with_extra = |command: clap::Command, name: &str| {
        let extra = help::text(name, lang);
        let text = match command.get_after_long_help() {
            Some(own) => format!("{own}\n\n{extra}"),
            None => extra,
        };
        command.after_long_help(text)
    };
    let mut command = localise::localise(Cli::command(), lang);
    command = with_extra(command, "rpkd");
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| with_extra(sub, &name));
    }
    command
}

/// The built definition in `lang`, as the parser uses it.
pub(crate) fn command(lang: Lang) -> clap::Command {
    localise::finish(definition(lang), lang)
}

/// Parse the arguments and run the subcommand. The language is chosen before parsing, so the
/// help and the usage errors are in it too; usage errors exit with 2.
pub fn run() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = localise::lang_before_parsing(&args, |name| std::env::var(name).ok());
    let mut command = command(lang);
    let cli = match command
        .try_get_matches_from_mut(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error::report(e.format(&mut command), lang),
    };
    let out = output::Output::new(&cli.global);
    match cli.command {
        Command::Check(args) => check::run(args, &out),
        Command::Build(args) => build::run(args, &out),
        Command::Init(args) => init::run(args, &out),
        Command::Completions(args) => completions::run(args, &out),
        Command::Man(args) => man::run(args, &out),
        Command::Serve(args) => serve::run(args, &out),
        Command::Schema(args) => schema::run(args, &out),
        Command::Export(args) => export::run(args, &out),
        Command::Import(args) => import::run(args, &out),
        Command::Banding(args) => banding::run(args, &out),
    }
}
