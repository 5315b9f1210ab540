//! `rpkd check [PLAN_DIR…]`: load and validate plans, print the diagnostics. Without PLAN_DIR,
//! every plan under `plans/` is checked, as `build` does.
//!
//! The report goes to stdout in the chosen format; the one-line summary per plan goes to
//! stderr, so `--format json > report.json` stays a clean JSON array. On GitHub Actions
//! (`GITHUB_STEP_SUMMARY` set) a table of the plans and their counts is added to the job's
//! summary page.

use super::output::Output;
use super::plans;
use clap::ValueEnum;
use rpkd::diag::render::{self, Format};
use rpkd::diag::summary::{PlanRow, Status};
use rpkd::msg;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan directories (each holds an `rpkd.yaml`), or folders of plans; default: every plan
    /// under `plans/`. Other entries (a `README.md`) are skipped with a note
    #[arg(value_name = "PLAN_DIR", value_hint = clap::ValueHint::DirPath)]
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

    /// Longest a plan's own templates may render, in seconds, before they are stopped (E028)
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    template_seconds: u64,
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
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers
    Sarif,
    /// GitLab Code Quality report (the `codequality` artifact of a merge request)
    Gitlab,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Short => Format::Short,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Gitlab => Format::Gitlab,
        }
    }
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let format = Format::from(args.format);
    let color = format == Format::Human && out.color_stdout();
    let Some((dirs, mut failed)) = plans::resolve(&args.plans, out) else {
        return ExitCode::FAILURE;
    };

    let options = rpkd::Options {
        limits: rpkd::load::Limits {
            max_file_bytes: args.max_file_mb * 1024 * 1024,
        },
        template_time: std::time::Duration::from_secs(args.template_seconds),
        ..rpkd::Options::default()
    };
    let mut checked = Vec::new();
    let mut rows = Vec::new();
    let mut summaries = Vec::new();
    for dir in &dirs {
        let started = Instant::now();
        match rpkd::check_plan(&rpkd::load::Disk::new(dir), &options) {
            Ok(result) => {
                let (errors, warnings) = (result.errors(), result.warnings());
                let files = result.sources.iter().count();
                let fails = errors > 0 || (args.deny_warnings && warnings > 0);
                failed |= fails;
                summaries.push(Ok(summary(dir, errors, warnings, files)));
                if out.verbose {
                    let paths: Vec<String> = result
                        .sources
                        .iter()
                        .map(|(id, _)| result.sources.path(id).display().to_string())
                        .collect();
                    summaries.push(Ok(msg!(
                        "check-verbose",
                        plan = dir.as_path(),
                        files = paths.join(", "),
                        ms = started.elapsed().as_millis() as u64
                    )));
                }
                rows.push(PlanRow {
                    plan: dir.display().to_string(),
                    status: if fails {
                        Status::Failed
                    } else {
                        Status::Passed
                    },
                    errors,
                    warnings,
                    files,
                });
                checked.push(result);
            }
            Err(error) => {
                failed = true;
                summaries.push(Err(error.message()));
                rows.push(PlanRow {
                    plan: dir.display().to_string(),
                    status: Status::NotRead(error.message()),
                    errors: 0,
                    warnings: 0,
                    files: 0,
                });
            }
        }
    }

    let batches: Vec<_> = checked
        .iter()
        .map(|c| (&c.sources, c.diagnostics.as_slice()))
        .collect();
    let report = render::render(format, out.lang, &batches, color);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(report.as_bytes());
    if format == Format::Human && !report.is_empty() {
        let _ = stdout.write_all(b"\n");
    }
    let _ = stdout.flush();
    for line in summaries {
        match line {
            Ok(message) => out.say(&message),
            Err(message) => out.error(&message),
        }
    }
    super::summary::append(out, "rpkd check", &rows, &batches);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn summary(dir: &Path, errors: usize, warnings: usize, files: usize) -> rpkd::i18n::Message {
    if errors == 0 && warnings == 0 {
        msg!("check-clean", plan = dir, files = files)
    } else {
        msg!(
            "check-counts",
            plan = dir,
            errors = errors,
            warnings = warnings
        )
    }
}
