//! `rpkd build [PLAN_DIR…] [--out DIR] [--format md,html,pdf]`: check each plan, then render and
//! write its documents, plans in parallel. A plan with an error is reported and nothing of it is
//! written; the others are still built. Without PLAN_DIR, every plan under `plans/` is built.
//! Afterwards `OUT/index.html` lists every plan built, with links to its documents.

use super::plans::{discover, plan_dir};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use rpkd::BuildError;
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
    let epoch = match source_date_epoch(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()) {
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
    let (plans, mut refused) = placements(plans, &args.out);

    let options = rpkd::Options {
        limits: rpkd::load::Limits {
            max_file_bytes: args.max_file_mb * 1024 * 1024,
        },
        formats,
        source_date_epoch: epoch,
        ..rpkd::Options::default()
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
        .map(|placed| {
            progress.set_message(placed.dir.display().to_string());
            let outcome = build_one(placed, &options, &extensions, color);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let mut failed = !refused.is_empty();
    for report in refused.drain(..) {
        eprintln!("error: {report}");
    }
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

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "the time of this build": whole
/// seconds since 1970, within the years a document can be dated (1970 to 9999).
pub(super) fn source_date_epoch(value: Option<&str>) -> Result<Option<i64>, String> {
    /// 9999-12-31T23:59:59Z.
    const LAST: i64 = 253_402_300_799;
    match value.map(str::trim) {
        Some(text) if !text.is_empty() => match text.parse::<i64>() {
            Ok(seconds) if (0..=LAST).contains(&seconds) => Ok(Some(seconds)),
            Ok(_) => Err(format!(
                "`SOURCE_DATE_EPOCH` is `{text}`, outside the years 1970 to 9999 (0 to {LAST} seconds)"
            )),
            Err(_) => Err(format!(
                "`SOURCE_DATE_EPOCH` is `{text}`, not a whole number of seconds since 1970"
            )),
        },
        _ => Ok(None),
    }
}

/// A plan of the build and where its documents go.
struct Placed {
    dir: PathBuf,
    /// Its folder's name, which names its output folder.
    name: String,
    target: PathBuf,
}

/// Where each plan's documents go, `OUT/<folder name>/`, and the plans refused with the reason:
/// an output folder inside any plan of the build (sources are never overwritten), two plans of
/// one folder name (their documents would mix). The same plan named twice is built once.
fn placements(plans: Vec<PathBuf>, out: &Path) -> (Vec<Placed>, Vec<String>) {
    let mut unique: Vec<(PathBuf, PathBuf)> = Vec::new();
    for dir in plans {
        let real = dir.canonicalize().unwrap_or_else(|_| resolve(&dir));
        if !unique.iter().any(|(_, r)| *r == real) {
            unique.push((dir, real));
        }
    }
    let mut refused = Vec::new();
    let placed: Vec<Placed> = unique
        .iter()
        .map(|(dir, real)| {
            let name = real
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "plan".into());
            Placed {
                dir: dir.clone(),
                target: out.join(&name),
                name,
            }
        })
        .collect();
    let mut keep = vec![true; placed.len()];
    for (i, a) in placed.iter().enumerate() {
        // A case-insensitive disk would make `Kota-A` and `kota-a` one folder.
        if let Some(b) = placed[..i]
            .iter()
            .find(|b| b.name.to_lowercase() == a.name.to_lowercase())
        {
            refused.push(format!(
                "`{}` and `{}` have the same folder name, so their documents would both go to `{}` (rename one of the folders, or build them with separate `--out` folders)",
                b.dir.display(),
                a.dir.display(),
                a.target.display()
            ));
            keep[i] = false;
            if let Some(j) = placed.iter().position(|p| std::ptr::eq(p, b)) {
                keep[j] = false;
            }
        }
        let target = resolve(&a.target);
        if let Some((plan, _)) = unique.iter().find(|(_, real)| target.starts_with(real)) {
            refused.push(format!(
                "{} (`{}` is inside the plan `{}`)",
                Error::OutputInsidePlan(a.target.clone()),
                a.target.display(),
                plan.display()
            ));
            keep[i] = false;
        }
    }
    let placed = placed
        .into_iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();
    (placed, refused)
}

fn build_one(
    placed: &Placed,
    options: &rpkd::Options,
    extensions: &[&str],
    color: bool,
) -> Result<Outcome, String> {
    let dir = &placed.dir;
    let report_of = |checked: &rpkd::Checked| {
        let mut report = String::new();
        if !checked.diagnostics.is_empty() {
            report.push_str(&render(
                Format::Human,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                color,
            ));
            report.push('\n');
        }
        report
    };
    let documents = match rpkd::build(dir, options) {
        Ok(documents) => documents,
        Err(BuildError::Environment(e)) => return Err(format!("error: {e}\n")),
        Err(BuildError::Invalid(checked)) => {
            let mut report = report_of(&checked);
            report.push_str(&format!(
                "{}: {} error(s); nothing written\n",
                dir.display(),
                checked.errors()
            ));
            return Err(report);
        }
        Err(BuildError::Render(checked, e)) => {
            let mut report = report_of(&checked);
            report.push_str(&format!(
                "error: {e}\n{}: nothing written (this is a defect of rpkd: `rpkd check` passed the plan)\n",
                dir.display()
            ));
            return Err(report);
        }
    };
    let mut report = report_of(&documents.checked);
    let files: &[OutputFile] = &documents.files;
    let written = match rpkd::write::write_set(&placed.target, files) {
        Ok(w) => w,
        Err(e) => {
            report.push_str(&format!("error: {e}\n"));
            return Err(report);
        }
    };
    report.push_str(&format!(
        "{} → {}: {} files ({})\n",
        dir.display(),
        placed.target.display(),
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
            &placed.name,
            &documents.rpkd,
            &documents.documents,
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

/// A path with every link of its existing part resolved, for comparing with plan folders
/// before the output exists.
pub(super) fn resolve(path: &Path) -> PathBuf {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_date_epoch_is_whole_seconds_within_the_years_1970_to_9999() {
        assert_eq!(source_date_epoch(None), Ok(None));
        assert_eq!(source_date_epoch(Some(" ")), Ok(None));
        assert_eq!(
            source_date_epoch(Some("1735689600")),
            Ok(Some(1_735_689_600))
        );
        assert_eq!(
            source_date_epoch(Some("253402300799")),
            Ok(Some(253_402_300_799))
        );
        for bad in ["-1", "253402300800", "99999999999999999", "1.5", "kemarin"] {
            assert!(source_date_epoch(Some(bad)).is_err(), "{bad}");
        }
    }
}
