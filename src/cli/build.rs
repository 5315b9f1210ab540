//! `rpkd build [PLAN_DIR…] [--out DIR] [--format md,html,pdf]`: check each plan, then render and
//! write its documents, plans in parallel. A plan with an error is reported and nothing of it is
//! written; the others are still built. Without PLAN_DIR, every plan under `plans/` is built.
//! Afterwards `OUT/index.html` lists every plan built, with links to its documents.

use super::plans::{discover, plan_dir};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use rpkd::diag::render::{Format, render};
use rpkd::error::Error;
use rpkd::render::{OutputFile, OutputFormat};
use rpkd::view::index::IndexEntry;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan directories; default: every plan under `plans/`
    #[arg(value_name = "PLAN_DIR")]
    plans: Vec<PathBuf>,

    /// Where documents go: `OUT/<plan directory name>/`, and `OUT/index.html`
    #[arg(long, value_name = "DIR", default_value = "output")]
    out: PathBuf,

    /// Formats to write, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [FormatArg::Md, FormatArg::Html, FormatArg::Pdf])]
    format: Vec<FormatArg>,

    /// Largest plan file to read, in MB (a bigger file is reported, not read)
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_file_mb: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// Markdown (GitHub-flavoured), with charts as SVG files beside it
    Md,
    /// One self-contained HTML file per document
    Html,
    /// The printable document: A4 (or F4), contents with page numbers, bookmarks
    Pdf,
}

impl FormatArg {
    fn format(self) -> OutputFormat {
        match self {
            FormatArg::Md => OutputFormat::Markdown,
            FormatArg::Html => OutputFormat::Html,
            FormatArg::Pdf => OutputFormat::Pdf,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            FormatArg::Md => "md",
            FormatArg::Html => "html",
            FormatArg::Pdf => "pdf",
        }
    }
}

/// What building one plan produced, reported in plan order once all are done.
struct Outcome {
    /// Diagnostics and the summary line, for stderr.
    report: String,
    /// The plan's index entry, when its documents were written.
    entry: Option<IndexEntry>,
}

pub fn run(args: Args) -> ExitCode {
    let formats: Vec<OutputFormat> = args.format.iter().map(|f| f.format()).collect();
    let extensions: Vec<&str> = args.format.iter().map(|f| f.extension()).collect();
    let epoch = match source_date_epoch() {
        Ok(epoch) => epoch,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let plans = if args.plans.is_empty() {
        match discover(Path::new("plans")) {
            Ok(plans) if !plans.is_empty() => plans,
            Ok(_) => {
                eprintln!("error: no plan found under `plans/` (name a PLAN_DIR)");
                return ExitCode::FAILURE;
            }
            Err(e) => {
                eprintln!(
                    "error: cannot list `plans/` ({})",
                    rpkd::error::describe(&e)
                );
                return ExitCode::FAILURE;
            }
        }
    } else {
        args.plans.iter().map(|p| plan_dir(p).to_owned()).collect()
    };

    let limits = rpkd::load::Limits {
        max_file_bytes: args.max_file_mb * 1024 * 1024,
    };
    let interactive = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let color = interactive && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let progress = if interactive && plans.len() > 1 {
        let bar = ProgressBar::new(plans.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} plans {wide_msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };

    // Plans build in parallel; results come back in plan order, so output and bytes do not
    // depend on scheduling.
    let outcomes: Vec<Result<Outcome, String>> = plans
        .par_iter()
        .map(|dir| {
            progress.set_message(dir.display().to_string());
            let outcome = build_one(dir, &args.out, &formats, &extensions, color, epoch, limits);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let mut failed = false;
    let mut entries = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok(o) => {
                eprint!("{}", o.report);
                entries.extend(o.entry);
            }
            Err(report) => {
                eprint!("{report}");
                failed = true;
            }
        }
    }
    if !entries.is_empty() {
        match write_index(&args.out, &entries) {
            Ok(path) => eprintln!("index: {}", path.display()),
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "the time of this build".
pub(super) fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(text) if !text.trim().is_empty() => text
            .trim()
            .parse::<i64>()
            .map(Some)
            .map_err(|_| format!("`SOURCE_DATE_EPOCH` is `{text}`, not a number of seconds")),
        _ => Ok(None),
    }
}

fn build_one(
    dir: &Path,
    out: &Path,
    formats: &[OutputFormat],
    extensions: &[&str],
    color: bool,
    epoch: Option<i64>,
    limits: rpkd::load::Limits,
) -> Result<Outcome, String> {
    let checked = rpkd::check_with(dir, limits).map_err(|e| format!("error: {e}\n"))?;
    let mut report = String::new();
    if !checked.diagnostics.is_empty() {
        report.push_str(&render(
            Format::Human,
            &[(&checked.sources, checked.diagnostics.as_slice())],
            color,
        ));
        report.push('\n');
    }
    if checked.errors() > 0 {
        report.push_str(&format!(
            "{}: {} error(s); nothing written\n",
            dir.display(),
            checked.errors()
        ));
        return Err(report);
    }
    let name = output_name(dir);
    let target = out.join(&name);
    let fail = |e: Error, mut report: String| {
        report.push_str(&format!("error: {e}\n"));
        report
    };
    if let Err(e) = refuse_inside(&target, dir) {
        return Err(fail(e, report));
    }
    let rendered = match rpkd::render_plan(&checked, formats, epoch) {
        Ok(r) => r,
        Err(e) => return Err(fail(e, report)),
    };
    let files: &[OutputFile] = &rendered.files;
    let written = match rpkd::write::write_files(&target, files) {
        Ok(w) => w,
        Err(e) => return Err(fail(e, report)),
    };
    report.push_str(&format!(
        "{} → {}: {} files ({})\n",
        dir.display(),
        target.display(),
        written.len(),
        files
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(Outcome {
        report,
        entry: Some(rpkd::view::index::entry(
            &name,
            &rendered.rpkd,
            &rendered.documents,
            extensions,
        )),
    })
}

fn write_index(out: &Path, entries: &[IndexEntry]) -> Result<PathBuf, Error> {
    let html = rpkd::render::index(entries)?;
    let file = OutputFile {
        name: "index.html".into(),
        bytes: html.into_bytes(),
    };
    rpkd::write::write_files(out, &[file])?;
    Ok(out.join("index.html"))
}

/// `plans/kota-tangerang` → `kota-tangerang` (the real name of `.`).
pub(super) fn output_name(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    name.unwrap_or_else(|| "plan".into())
}

/// Sources are never overwritten: the output may not be the plan directory or inside it.
pub(super) fn refuse_inside(target: &Path, plan: &Path) -> Result<(), Error> {
    let plan = plan.canonicalize().unwrap_or_else(|_| plan.to_owned());
    if resolve(target).starts_with(&plan) {
        return Err(Error::OutputInsidePlan(target.to_owned()));
    }
    Ok(())
}

/// A path made absolute with links resolved as far as it exists.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut existing = absolute.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent.to_owned();
            }
            _ => return absolute,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}
