//! `rpkd ekspor PLAN_DIR --tahun YEAR` (alias `export`): check the plan, then write one
//! realisation form per agency or unit with lines in that year's RAT, the review workbook of
//! the RPKD and RAT matrices and the same as CSV, all into one folder replaced as a set.

use super::output::Output;
use super::plans::plan_dir;
use rpkd::BuildError;
use rpkd::diag::render::{Format, render};
use rpkd::msg;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan directory (it holds an `rpkd.yaml`)
    #[arg(value_name = "PLAN_DIR", value_hint = clap::ValueHint::DirPath)]
    plan: PathBuf,

    /// The RAT year of the forms
    #[arg(long, alias = "year", value_name = "YEAR", value_parser = clap::value_parser!(u16).range(1900..=2100))]
    tahun: u16,

    /// Only the form of this agency or unit (by id, e.g. `DINSOS`); repeat for more
    #[arg(long = "opd", value_name = "ID")]
    owners: Vec<String>,

    /// Where the workbooks go (replaced as a whole); default `output/<plan>-ekspor-<year>`
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    out: Option<PathBuf>,

    /// Largest plan file to read, in MB (a bigger file is reported, not read)
    #[arg(long, value_name = "MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=4096))]
    max_file_mb: u64,
}

pub fn run(args: Args, out: &Output) -> ExitCode {
    let dir = plan_dir(&args.plan);
    let epoch =
        match super::build::source_date_epoch(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref()) {
            Ok(epoch) => epoch,
            Err(message) => {
                out.error(&message);
                return ExitCode::from(2);
            }
        };
    let name = super::build::resolve(dir)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "rencana".into());
    let target = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("output").join(format!("{name}-ekspor-{}", args.tahun)));
    let (plan_real, out_real) = (super::build::resolve(dir), super::build::resolve(&target));
    if out_real.starts_with(&plan_real) || plan_real.starts_with(&out_real) {
        out.error(&msg!(
            "export-output-inside",
            error = rpkd::error::Error::OutputInsidePlan(target.clone()).message(),
            target = target.as_path(),
            plan = dir
        ));
        return ExitCode::FAILURE;
    }
    let mut pipeline = rpkd::Options::default();
    pipeline.limits.max_file_bytes = args.max_file_mb * 1024 * 1024;
    let options = rpkd::export::ExportOptions {
        year: args.tahun,
        owners: args.owners.clone(),
        source_date_epoch: epoch,
        pipeline,
    };
    let color = out.color_stderr();
    let report = |checked: &rpkd::Checked| {
        if !checked.diagnostics.is_empty() {
            out.raw(&render(
                Format::Human,
                out.lang,
                &[(&checked.sources, checked.diagnostics.as_slice())],
                color,
            ));
            out.raw("\n");
        }
    };
    match rpkd::export::export(dir, &options) {
        Ok(export) => {
            report(&export.checked);
            match rpkd::write::write_set(&target, &export.files) {
                Ok(written) => {
                    for path in &written {
                        out.say(&msg!("cli-wrote", path = path.as_path()));
                    }
                    out.say(&msg!(
                        "export-done",
                        plan = dir,
                        forms = export.forms.forms.len(),
                        year = args.tahun,
                        target = target.as_path()
                    ));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    out.error(&e.message());
                    ExitCode::FAILURE
                }
            }
        }
        Err(BuildError::Environment(e)) => {
            out.error(&e.message());
            ExitCode::FAILURE
        }
        Err(BuildError::Invalid(checked)) => {
            report(&checked);
            out.error(&msg!(
                "export-invalid",
                plan = dir,
                errors = checked.errors()
            ));
            ExitCode::FAILURE
        }
        Err(BuildError::Render(checked, e)) => {
            report(&checked);
            out.error(&e.message());
            ExitCode::FAILURE
        }
    }
}
