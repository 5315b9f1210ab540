//! `rpkd build [PLAN_DIR…] [--out DIR] [--format md,html,pdf]`: check each plan, then render and
//! write its documents, plans in parallel. A plan with an error is reported and nothing of it is
//! written; the others are still built. Without PLAN_DIR, every plan under `plans/` is built.
//! Afterwards `OUT/index.html` lists every plan built, with links to its documents.

use super::output::Output;
use super::plans;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use rpkd::BuildError;
use rpkd::diag::render::{Format, render};
use rpkd::diag::summary::{PlanRow, Status};
use rpkd::error::Error;
use rpkd::i18n::Message;
use rpkd::msg;
use rpkd::render::{OutputFile, OutputFormat};
use rpkd::view::index::IndexEntry;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Plan directories, or folders of plans; default: every plan under `plans/`. Other
    /// entries (a `README.md`) are skipped with a note
    #[arg(value_name = "PLAN_DIR", value_hint = clap::ValueHint::DirPath)]
    plans: Vec<PathBuf>,

    /// Where documents go: `OUT/<plan directory name>/`, and `OUT/index.html`
    #[arg(long, value_name = "DIR", default_value = "output", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,

    /// Formats to write, comma-separated
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [FormatArg::Md, FormatArg::Html, FormatArg::Pdf])]
    format: Vec<FormatArg>,

    /// Largest plan file to read, in MB (a bigger file is reported, not read)
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_file_mb: u64,

    /// Longest a plan's own templates may render, in seconds, before they are stopped (E028)
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    template_seconds: u64,
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
    /// Diagnostics, for stderr (always).
    report: String,
    /// The closing line (an error when the plan failed).
    summary: Message,
    /// The plan's row of the job summary.
    row: PlanRow,
    /// The plan's index entry, when its documents were written.
    entry: Option<IndexEntry>,
    /// Whether the plan failed (then `summary` is an error).
    failed: bool,
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let formats: Vec<OutputFormat> = args.format.iter().map(|f| f.format()).collect();
    let extensions: Vec<&str> = args.format.iter().map(|f| f.extension()).collect();
    let epoch = match source_date_epoch(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()) {
        Ok(epoch) => epoch,
        Err(message) => {
            out.error(&message);
            return ExitCode::FAILURE;
        }
    };
    let Some((plans, missing)) = plans::resolve(&args.plans, out) else {
        return ExitCode::FAILURE;
    };
    let (plans, mut refused) = placements(plans, &args.out);

    let options = rpkd::Options {
        limits: rpkd::load::Limits {
            max_file_bytes: args.max_file_mb * 1024 * 1024,
        },
        formats,
        source_date_epoch: epoch,
        template_time: std::time::Duration::from_secs(args.template_seconds),
        ..rpkd::Options::default()
    };
    let interactive =
        std::io::stderr().is_terminal() && std::env::var_os("CI").is_none() && !out.quiet;
    let color = out.color_stderr();
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
    let outcomes: Vec<Outcome> = plans
        .par_iter()
        .map(|placed| {
            progress.set_message(placed.dir.display().to_string());
            let outcome = build_one(placed, &options, &extensions, out, color);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();

    let mut failed = !refused.is_empty() || missing;
    for report in refused.drain(..) {
        out.error(&report);
    }
    let mut entries = Vec::new();
    let mut rows = Vec::new();
    for o in outcomes {
        out.raw(&o.report);
        if o.failed {
            out.error(&o.summary);
            failed = true;
        } else {
            out.say(&o.summary);
        }
        entries.extend(o.entry);
        rows.push(o.row);
    }
    if !entries.is_empty() {
        match write_index(&args.out, &entries) {
            Ok(path) => out.say(&msg!("build-index", path = path.as_path())),
            Err(e) => {
                out.error(&e.message());
                failed = true;
            }
        }
    }
    super::summary::append(out, "rpkd build", &rows, &[]);
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for "the time of this build": whole
/// seconds since 1970, within the years a document can be dated (1970 to 9999).
pub(super) fn source_date_epoch(value: Option<&str>) -> Result<Option<i64>, Message> {
    /// 9999-12-31T23:59:59Z.
    const LAST: i64 = 253_402_300_799;
    match value.map(str::trim) {
        Some(text) if !text.is_empty() => match text.parse::<i64>() {
            Ok(seconds) if (0..=LAST).contains(&seconds) => Ok(Some(seconds)),
            Ok(_) => Err(msg!("epoch-out-of-range", value = text, last = LAST)),
            Err(_) => Err(msg!("epoch-not-a-number", value = text)),
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
fn placements(plans: Vec<PathBuf>, out: &Path) -> (Vec<Placed>, Vec<Message>) {
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
            refused.push(msg!(
                "build-same-folder-name",
                first = b.dir.as_path(),
                second = a.dir.as_path(),
                target = a.target.as_path()
            ));
            keep[i] = false;
            if let Some(j) = placed.iter().position(|p| std::ptr::eq(p, b)) {
                keep[j] = false;
            }
        }
        let target = resolve(&a.target);
        if let Some((plan, _)) = unique.iter().find(|(_, real)| target.starts_with(real)) {
            refused.push(msg!(
                "build-output-inside",
                error = Error::OutputInsidePlan(a.target.clone()).message(),
                target = a.target.as_path(),
                plan = plan.as_path()
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
    out: &Output,
    color: bool,
) -> Outcome {
    let dir = &placed.dir;
    let report_of = |checked: &rpkd::Checked| {
        let mut report = String::new();
        if !checked.diagnostics.is_empty() {
            report.push_str(&render(
                Format::Human,
                out.lang,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                color,
            ));
            report.push('\n');
        }
        report
    };
    let row = |checked: Option<&rpkd::Checked>, status: Status| PlanRow {
        plan: dir.display().to_string(),
        status,
        errors: checked.map_or(0, |c| c.errors()),
        warnings: checked.map_or(0, |c| c.warnings()),
        files: checked.map_or(0, |c| c.sources.iter().count()),
    };
    let documents = match rpkd::build(dir, options) {
        Ok(documents) => documents,
        Err(BuildError::Environment(e)) => {
            return Outcome {
                report: String::new(),
                summary: e.message(),
                row: row(None, Status::NotRead(e.message())),
                entry: None,
                failed: true,
            };
        }
        Err(BuildError::Invalid(checked)) => {
            return Outcome {
                report: report_of(&checked),
                summary: msg!(
                    "build-invalid",
                    plan = dir.as_path(),
                    errors = checked.errors()
                ),
                row: row(Some(&checked), Status::Failed),
                entry: None,
                failed: true,
            };
        }
        Err(BuildError::Render(checked, e)) => {
            return Outcome {
                report: report_of(&checked),
                summary: msg!("build-defect", plan = dir.as_path(), error = e.message()),
                row: row(Some(&checked), Status::Failed),
                entry: None,
                failed: true,
            };
        }
    };
    let report = report_of(&documents.checked);
    let files: &[OutputFile] = &documents.files;
    let written = match rpkd::write::write_set(&placed.target, files) {
        Ok(w) => w,
        Err(e) => {
            return Outcome {
                report,
                summary: e.message(),
                row: row(Some(&documents.checked), Status::Failed),
                entry: None,
                failed: true,
            };
        }
    };
    Outcome {
        failed: false,
        report,
        summary: msg!(
            "build-written",
            plan = dir.as_path(),
            target = placed.target.as_path(),
            count = written.len(),
            files = files
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        row: row(Some(&documents.checked), Status::Built(written.len())),
        entry: Some(rpkd::view::index::entry(
            &placed.name,
            &documents.rpkd,
            &documents.documents,
            extensions,
        )),
    }
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
