//! `rpkd build [PLAN_DIR…] [--out DIR] [--format md,html]`: check each plan, then render and
//! write its documents. A plan with an error is reported and nothing of it is written; the
//! others are still built. Without PLAN_DIR, every plan under `plans/` is built.

use super::plans::{discover, plan_dir};
use clap::ValueEnum;
use rpkd::diag::render::{Format, render};
use rpkd::error::Error;
use rpkd::render::OutputFormat;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan directories; default: every plan under `plans/`
    #[arg(value_name = "PLAN_DIR")]
    plans: Vec<PathBuf>,

    /// Where documents go: `OUT/<plan directory name>/`
    #[arg(long, value_name = "DIR", default_value = "output")]
    out: PathBuf,

    /// Formats to write, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [FormatArg::Md, FormatArg::Html, FormatArg::Pdf])]
    format: Vec<FormatArg>,
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

pub fn run(args: Args) -> ExitCode {
    let formats: Vec<OutputFormat> = args
        .format
        .iter()
        .map(|f| match f {
            FormatArg::Md => OutputFormat::Markdown,
            FormatArg::Html => OutputFormat::Html,
            FormatArg::Pdf => OutputFormat::Pdf,
        })
        .collect();
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
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        args.plans.iter().map(|p| plan_dir(p).to_owned()).collect()
    };
    let color = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut failed = false;
    for dir in &plans {
        if let Err(message) = build_one(dir, &args.out, &formats, color, epoch) {
            eprintln!("{message}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "the time of this build".
fn source_date_epoch() -> Result<Option<i64>, String> {
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
    color: bool,
    epoch: Option<i64>,
) -> Result<(), String> {
    let checked = rpkd::check(dir).map_err(|e| format!("error: {e}"))?;
    if !checked.diagnostics.is_empty() {
        let report = render(
            Format::Human,
            &[(&checked.sources, checked.diagnostics.as_slice())],
            color,
        );
        eprintln!("{report}");
    }
    if checked.errors() > 0 {
        return Err(format!(
            "{}: {} error(s); nothing written",
            dir.display(),
            checked.errors()
        ));
    }
    let target = out.join(output_name(dir));
    refuse_inside(&target, dir).map_err(|e| format!("error: {e}"))?;
    let files = rpkd::render_plan(&checked, formats, epoch).map_err(|e| format!("error: {e}"))?;
    let written = rpkd::write::write_files(&target, &files).map_err(|e| format!("error: {e}"))?;
    eprintln!(
        "{} → {}: {} files ({})",
        dir.display(),
        target.display(),
        written.len(),
        files
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

/// `plans/kota-tangerang` → `kota-tangerang` (the real name of `.`).
fn output_name(dir: &Path) -> String {
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
    name.unwrap_or_else(|| "plan".into())
}

/// Sources are never overwritten: the output may not be the plan directory or inside it.
fn refuse_inside(target: &Path, plan: &Path) -> Result<(), Error> {
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
