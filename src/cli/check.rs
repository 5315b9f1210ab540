//! `rpkd check PLAN_DIR…`: load and validate plans, print the diagnostics.
//!
//! The report goes to stdout in the chosen format; the one-line summary per plan goes to
//! stderr, so `--format json > report.json` stays a clean JSON array.

use super::plans::plan_dir;
use clap::ValueEnum;
use rpkd::diag::render::{self, Format};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan directories (each holds an `rpkd.yaml`)
    #[arg(required = true, value_name = "PLAN_DIR")]
    plans: Vec<PathBuf>,

    /// How to print diagnostics
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,

    /// Fail (exit code 1) on warnings too
    #[arg(long)]
    deny_warnings: bool,

    /// Largest plan file to read, in MB (a bigger file is reported, not read)
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_file_mb: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum FormatArg {
    /// Snippets of the offending lines with carets and hints
    Human,
    /// One line per problem: `file:line:col: severity[code]: message`
    Short,
    /// One JSON array of all diagnostics
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request)
    Github,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Short => Format::Short,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    let format = Format::from(args.format);
    let color = format == Format::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());

    let mut failed = false;
    let mut checked = Vec::new();
    let mut summaries = Vec::new();
    for dir in &args.plans {
        let dir = plan_dir(dir);
        let limits = rpkd::load::Limits {
            max_file_bytes: args.max_file_mb * 1024 * 1024,
        };
        match rpkd::check_with(dir, limits) {
            Ok(result) => {
                let (errors, warnings) = (result.errors(), result.warnings());
                failed |= errors > 0 || (args.deny_warnings && warnings > 0);
                summaries.push(summary(
                    dir,
                    errors,
                    warnings,
                    result.sources.iter().count(),
                ));
                checked.push(result);
            }
            Err(error) => {
                failed = true;
                summaries.push(format!("error: {error}"));
            }
        }
    }

    let batches: Vec<_> = checked
        .iter()
        .map(|c| (&c.sources, c.diagnostics.as_slice()))
        .collect();
    let report = render::render(format, &batches, color);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(report.as_bytes());
    if format == Format::Human && !report.is_empty() {
        let _ = stdout.write_all(b"\n");
    }
    let _ = stdout.flush();
    for line in summaries {
        eprintln!("{line}");
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(dir: &Path, errors: usize, warnings: usize, files: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors == 0 && warnings == 0 {
        format!(
            "{}: no problems found ({} checked)",
            dir.display(),
            plural(files, "file")
        )
    } else {
        format!(
            "{}: {}, {}",
            dir.display(),
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    }
}
