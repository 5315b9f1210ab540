//! `rpkd banding [OLD] [NEW]` (alias `rpkd diff`): what changed between two versions of a plan,
//! as a review report. Each side is a plan folder, `git:REV` (the plan at a revision, read
//! without a checkout) or `git:REV:PATH`. With one folder, or none (the plan in `.`, or the only
//! plan under `plans/`), the default is the last commit (`HEAD`) against the working tree;
//! `--from REV` and `--to REV` choose revisions of that plan instead.
//!
//! The report goes to `OUT/<plan>/banding.{md,html,pdf}`; `--format json` prints the change set
//! on stdout; `--format github` appends the short summary to `$GITHUB_STEP_SUMMARY` (stdout
//! when it is not set). Both versions are checked first: their diagnostics go to stderr, and a
//! version with errors is compared as far as it could be read, the report says so, and the
//! exit code is 1.

use super::build::{resolve, source_date_epoch};
use super::output::Output;
use super::plans::{discover, plan_dir};
use clap::ValueEnum;
use rpkd::banding::{self, Side};
use rpkd::diag::render::{Format, render};
use rpkd::i18n::Message;
use rpkd::msg;
use rpkd::render::OutputFormat;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The old version: a plan folder, `git:REV` or `git:REV:PATH`; alone, a plan folder whose
    /// last commit is compared with its working tree
    #[arg(value_name = "OLD", value_hint = clap::ValueHint::DirPath)]
    old: Option<String>,

    /// The new version: a plan folder, `git:REV` or `git:REV:PATH`
    #[arg(value_name = "NEW", value_hint = clap::ValueHint::DirPath)]
    new: Option<String>,

    /// The old version is the plan at this git revision (default `HEAD`)
    #[arg(long, value_name = "REV")]
    from: Option<String>,

    /// The new version is the plan at this git revision (default: the working tree)
    #[arg(long, value_name = "REV")]
    to: Option<String>,

    /// What to make, comma-separated: the report's documents (md, html, pdf), the change set
    /// as JSON on stdout (json), the short summary for a pull request (github)
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [FormatArg::Md, FormatArg::Html, FormatArg::Pdf])]
    format: Vec<FormatArg>,

    /// Where the report goes: `OUT/<plan directory name>/banding.*`
    #[arg(long, value_name = "DIR", default_value = "output/banding", value_hint = clap::ValueHint::DirPath)]
    out: PathBuf,

    /// Largest plan file to read, in MB (a bigger file is reported, not read)
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_file_mb: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// The report as Markdown
    Md,
    /// The report as one self-contained HTML file
    Html,
    /// The report as PDF
    Pdf,
    /// The change set as JSON, on stdout
    Json,
    /// A short Markdown summary, appended to `$GITHUB_STEP_SUMMARY` (stdout when unset)
    Github,
}

/// A side as written on the command line, before defaults are filled in.
enum Spec {
    Dir(PathBuf),
    Git { rev: String, path: Option<PathBuf> },
}

fn parse_spec(text: &str) -> Result<Spec, Message> {
    match text.strip_prefix("git:") {
        Some(rest) => {
            let (rev, path) = match rest.split_once(':') {
                Some((rev, path)) if !path.is_empty() => (rev, Some(plan_dir(Path::new(path)))),
                Some((rev, _)) => (rev, None),
                None => (rest, None),
            };
            if rev.is_empty() {
                return Err(msg!("banding-no-revision", spec = text));
            }
            Ok(Spec::Git {
                rev: rev.to_owned(),
                path: path.map(Path::to_owned),
            })
        }
        None => Ok(Spec::Dir(plan_dir(Path::new(text)).to_owned())),
    }
}

/// The plan meant when none is named: `.` if it is one, else the only plan under `plans/`.
fn default_plan() -> Result<PathBuf, Message> {
    if Path::new("rpkd.yaml").exists() {
        return Ok(PathBuf::from("."));
    }
    match discover(Path::new("plans")) {
        Ok(plans) if plans.len() == 1 => Ok(plans[0].clone()),
        Ok(plans) if plans.len() > 1 => Err(msg!(
            "banding-which-plan",
            count = plans.len(),
            example = &plans[0]
        )),
        _ => Err(msg!("banding-no-plan")),
    }
}

/// The two sides the arguments mean. An error here is a usage error.
fn sides(args: &Args) -> Result<(Side, Side), Message> {
    let revs_given = args.from.is_some() || args.to.is_some();
    match (&args.old, &args.new) {
        (Some(_), Some(_)) if revs_given => Err(msg!("banding-revisions-and-sides")),
        (Some(old), Some(new)) => {
            let (old, new) = (parse_spec(old)?, parse_spec(new)?);
            let dir_of = |s: &Spec| match s {
                Spec::Dir(d) => Some(d.clone()),
                Spec::Git { path, .. } => path.clone(),
            };
            let fallback = match dir_of(&new).or(dir_of(&old)) {
                Some(d) => d,
                None => default_plan()?,
            };
            let side = |s: Spec, other: Option<PathBuf>| match s {
                Spec::Dir(d) => Side::Dir(d),
                Spec::Git { rev, path } => Side::Git {
                    dir: path.or(other).unwrap_or_else(|| fallback.clone()),
                    rev,
                },
            };
            let (old_dir, new_dir) = (dir_of(&old), dir_of(&new));
            Ok((side(old, new_dir), side(new, old_dir)))
        }
        (one, None) => {
            let (dir, rev) = match one {
                None => (default_plan()?, None),
                Some(text) => match parse_spec(text)? {
                    Spec::Dir(d) => (d, None),
                    Spec::Git { rev, path } => {
                        if args.from.is_some() {
                            return Err(msg!("banding-old-twice"));
                        }
                        (path.map_or_else(default_plan, Ok)?, Some(rev))
                    }
                },
            };
            let from = rev.or(args.from.clone()).unwrap_or_else(|| "HEAD".into());
            let old = Side::Git {
                dir: dir.clone(),
                rev: from,
            };
            let new = match &args.to {
                Some(rev) => Side::Git {
                    dir,
                    rev: rev.clone(),
                },
                None => Side::Dir(dir),
            };
            Ok((old, new))
        }
        (None, Some(_)) => unreachable!("clap fills OLD before NEW"),
    }
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let (old, new) = match sides(&args) {
        Ok(sides) => sides,
        Err(message) => {
            out.error(&message);
            return ExitCode::from(2);
        }
    };
    let epoch = match source_date_epoch(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()) {
        Ok(epoch) => epoch,
        Err(message) => {
            out.error(&message);
            return ExitCode::FAILURE;
        }
    };
    let limits = rpkd::load::Limits {
        max_file_bytes: args.max_file_mb * 1024 * 1024,
    };
    let compared = match banding::compare(&old, &new, limits) {
        Ok(c) => c,
        Err(e) => {
            out.error(&e.message());
            return ExitCode::FAILURE;
        }
    };
    let color = out.color_stderr();
    for (which, checked) in [("old", &compared.old), ("new", &compared.new)] {
        if checked.diagnostics.is_empty() {
            continue;
        }
        out.raw(&render(
            Format::Human,
            out.lang,
            &[(&checked.sources, checked.diagnostics.as_slice())],
            color,
        ));
        out.raw("\n");
        out.say(&msg!(
            "banding-version-counts",
            which = which,
            errors = checked.errors(),
            warnings = checked.warnings()
        ));
    }

    let mut failed = compared.old.errors() > 0 || compared.new.errors() > 0;
    let documents: Vec<OutputFormat> = args
        .format
        .iter()
        .filter_map(|f| match f {
            FormatArg::Md => Some(OutputFormat::Markdown),
            FormatArg::Html => Some(OutputFormat::Html),
            FormatArg::Pdf => Some(OutputFormat::Pdf),
            _ => None,
        })
        .collect();
    if args.format.contains(&FormatArg::Json) {
        print!("{}", banding::json(&compared.changes));
    }
    if args.format.contains(&FormatArg::Github) {
        match banding::github_summary(&compared) {
            Ok(text) => match std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                Some(path) => {
                    let mut text = text;
                    text.push('\n');
                    if let Err(e) = rpkd::write::append_file(Path::new(&path), text.as_bytes()) {
                        out.error(&e.message());
                        failed = true;
                    }
                }
                None => println!("{text}"),
            },
            Err(e) => {
                out.error(&e.message());
                failed = true;
            }
        }
    }
    if !documents.is_empty() {
        let target = args.out.join(output_name(new.dir()));
        let written = refuse_inside(&target, &[new.dir(), old.dir()])
            .and_then(|()| banding::render_report(&compared, &documents, epoch))
            .and_then(|files| {
                rpkd::write::write_set(&target, &files)?;
                Ok(files)
            });
        match written {
            Ok(files) => out.say(&msg!(
                "banding-written",
                changes = summary_line(&compared.changes, out),
                target = &target,
                files = files
                    .iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            Err(e) => {
                out.error(&e.message());
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

/// `plans/kota-tangerang` → `kota-tangerang` (the real name of `.`).
fn output_name(dir: &Path) -> String {
    resolve(dir)
        .file_name()
        .map_or_else(|| "plan".into(), |n| n.to_string_lossy().into_owned())
}

/// Sources are never overwritten: the report may not go into a plan folder of either side.
fn refuse_inside(target: &Path, plans: &[&Path]) -> Result<(), rpkd::error::Error> {
    let target_real = resolve(target);
    if plans
        .iter()
        .filter(|p| p.exists())
        .any(|p| target_real.starts_with(resolve(p)))
    {
        return Err(rpkd::error::Error::OutputInsidePlan(target.to_owned()));
    }
    Ok(())
}

/// `no change` or `sub kegiatan: 2 added, 1 removed, 5 changed; …`, for the terminal, in the
/// run's language (the kind of item is the plan's own key, the same in both).
fn summary_line(changes: &rpkd::diff::ChangeSet, out: &Output) -> String {
    if changes.empty && !changes.complete {
        return out.text(&msg!("banding-no-change-readable"));
    }
    if changes.empty {
        return out.text(&msg!("banding-no-change"));
    }
    let mut parts: Vec<Message> = changes
        .summary
        .counts
        .iter()
        .filter(|c| c.added + c.removed + c.changed > 0)
        .map(|c| {
            msg!(
                "banding-counts",
                what = c.key.replace('_', " "),
                added = c.added,
                removed = c.removed,
                changed = c.changed
            )
        })
        .collect();
    if changes.summary.chapters > 0 {
        parts.push(msg!("banding-chapters", count = changes.summary.chapters));
    }
    if !changes.rat.is_empty() {
        parts.push(msg!("banding-rats", count = changes.rat.len()));
    }
    if parts.is_empty() {
        parts.push(msg!("banding-root-changed"));
    }
    parts
        .iter()
        .map(|p| out.text(p))
        .collect::<Vec<_>>()
        .join("; ")
}
