//! The job summary on GitHub Actions: when `GITHUB_STEP_SUMMARY` names a file, the run's table
//! of plans and its diagnostics are appended to it as Markdown (other steps append too, so the
//! file is never replaced). A summary that cannot be written is a warning, not a failure.

use super::output::Output;
use rpkd::diag::Diagnostic;
use rpkd::diag::summary::{PlanRow, markdown};
use rpkd::msg;
use rpkd::source::SourceFiles;
use std::io::Write;

pub fn append(
    out: &Output,
    title: &str,
    rows: &[PlanRow],
    batches: &[(&SourceFiles, &[Diagnostic])],
) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) else {
        return;
    };
    let text = markdown(title, out.lang, rows, batches);
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&path)
        .and_then(|mut file| file.write_all(text.as_bytes()));
    if let Err(e) = written {
        out.warn(&msg!(
            "summary-not-written",
            path = std::path::Path::new(&path),
            cause = rpkd::error::io_cause(&e)
        ));
    }
}
