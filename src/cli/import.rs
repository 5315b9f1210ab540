//! `rpkd impor PLAN_DIR FORM.xlsx…` (alias `import`): read filled-in forms and write their
//! realisation and proposed lines into the RAT files in place — every form checked first, and
//! all files written or none. `--dry-run` prints the changes without writing.

use super::check::FormatArg;
use super::output::Output;
use super::plans::plan_dir;
use rpkd::diag::render::{Format, render};
use rpkd::import::reconcile::Change;
use rpkd::msg;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan directory (it holds an `rpkd.yaml`)
    #[arg(value_name = "PLAN_DIR", value_hint = clap::ValueHint::DirPath)]
    plan: PathBuf,

    /// Filled-in forms (`.xlsx`), as `rpkd ekspor` wrote them
    #[arg(required = true, value_name = "FORM", value_hint = clap::ValueHint::FilePath)]
    forms: Vec<PathBuf>,

    /// Print the changes as a table and write nothing
    #[arg(long)]
    dry_run: bool,

    /// Write even when the forms bring warnings (realisation above allocation, …)
    #[arg(long)]
    allow_warnings: bool,

    /// How to print diagnostics
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,

    /// Largest workbook to read, in MB
    #[arg(long, value_name = "MB", default_value_t = 16, value_parser = clap::value_parser!(u64).range(1..=1024))]
    max_form_mb: u64,
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let dir = plan_dir(&args.plan);
    let format = Format::from(args.format);
    let color = format == Format::Human && out.color_stdout();
    let mut options = rpkd::import::ImportOptions {
        allow_warnings: args.allow_warnings,
        ..Default::default()
    };
    options.workbook.max_file_bytes = args.max_form_mb << 20;
    let import = match rpkd::import::import(dir, &args.forms, &options) {
        Ok(import) => import,
        Err(e) => {
            out.error(&e.message());
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    if import.before.errors() > 0 {
        let report = render(
            format,
            out.lang,
            &[(&import.before.sources, import.before.diagnostics.as_slice())],
            color,
        );
        let _ = stdout.write_all(report.as_bytes());
        let _ = stdout.flush();
        out.error(&msg!(
            "import-plan-has-errors",
            plan = dir,
            errors = import.before.errors()
        ));
        return ExitCode::FAILURE;
    }
    let mut batches = vec![(&import.workbooks, import.form_diagnostics.as_slice())];
    if let Some(after) = &import.after {
        batches.push((&after.sources, import.plan_diagnostics.as_slice()));
    } else if !import.plan_diagnostics.is_empty() {
        batches.push((&import.before.sources, import.plan_diagnostics.as_slice()));
    }
    let mut sorted: Vec<Vec<rpkd::diag::Diagnostic>> =
        batches.iter().map(|(_, d)| d.to_vec()).collect();
    for d in &mut sorted {
        rpkd::diag::sort(d);
    }
    let batches: Vec<_> = batches
        .iter()
        .zip(&sorted)
        .map(|((s, _), d)| (*s, d.as_slice()))
        .collect();
    let report = render(format, out.lang, &batches, color);
    let _ = stdout.write_all(report.as_bytes());
    if format == Format::Human && !report.is_empty() {
        let _ = stdout.write_all(b"\n");
    }
    let table = changes_table(&import.changes, out);
    let machine = !matches!(format, Format::Human | Format::Short);
    if machine {
        eprint!("{table}");
    } else {
        let _ = stdout.write_all(table.as_bytes());
    }
    let _ = stdout.flush();
    let (errors, warnings) = import
        .form_diagnostics
        .iter()
        .chain(&import.plan_diagnostics)
        .fold(
            (0, 0),
            |(e, w), d| if d.is_error() { (e + 1, w) } else { (e, w + 1) },
        );
    if import.refused(args.allow_warnings) {
        let why = if errors > 0 {
            msg!("import-refused-errors", errors = errors)
        } else {
            msg!("import-refused-warnings", warnings = warnings)
        };
        out.error(&msg!("import-refused", plan = dir, why = why));
        return ExitCode::FAILURE;
    }
    if args.dry_run {
        out.say(&msg!(
            "import-dry-run",
            plan = dir,
            changes = import.changes.len(),
            files = import.files.len()
        ));
        return ExitCode::SUCCESS;
    }
    if import.files.is_empty() {
        out.say(&msg!("import-nothing", plan = dir));
        return ExitCode::SUCCESS;
    }
    let files: Vec<rpkd::render::OutputFile> = import
        .files
        .iter()
        .map(|(path, bytes)| rpkd::render::OutputFile {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            bytes: bytes.clone(),
        })
        .collect();
    match rpkd::write::write_files(&dir.join("rat"), &files) {
        Ok(written) => {
            for path in written {
                out.say(&msg!("cli-wrote", path = path.as_path()));
            }
            out.say(&msg!(
                "import-done",
                plan = dir,
                changes = import.changes.len(),
                forms = args.forms.len()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            out.error(&msg!("import-write-failed", error = e.message()));
            ExitCode::FAILURE
        }
    }
}

/// The changes as an aligned text table.
fn changes_table(changes: &[Change], out: &Output) -> String {
    if changes.is_empty() {
        return String::new();
    }
    let head = [
        out.text(&msg!("import-col-form")),
        out.text(&msg!("import-col-cell")),
        "RAT".to_owned(),
        out.text(&msg!("import-col-line")),
        out.text(&msg!("import-col-what")),
        out.text(&msg!("import-col-before")),
        out.text(&msg!("import-col-after")),
    ];
    let rows: Vec<[String; 7]> = changes
        .iter()
        .map(|c| {
            [
                c.form.clone(),
                c.cell.clone(),
                c.year.to_string(),
                c.line.clone(),
                out.text(&c.what),
                c.before.clone(),
                c.after.clone(),
            ]
        })
        .collect();
    let mut widths = [0usize; 7];
    for (w, h) in widths.iter_mut().zip(&head) {
        *w = h.chars().count();
    }
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ");
        s.truncate(s.trim_end().len());
        s.push('\n');
        s
    };
    let mut table = line(&head);
    table.push_str(&line(&widths.map(|w| "-".repeat(w))));
    for row in &rows {
        table.push_str(&line(row));
    }
    table
}
