//! What failed around the user's files (as opposed to [`Diagnostic`](crate::diag::Diagnostic)s,
//! which are about what is in them).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("`{}` is not a plan directory (it has no `rpkd.yaml`)", .0.display())]
    NotAPlan(PathBuf),
    #[error("failed to read `{}` ({})", .path.display(), describe(.source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot list the folder `{}` ({reason})", .path.display())]
    List { path: PathBuf, reason: String },
    #[error("failed to write `{}` ({})", .path.display(), describe(.source))]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template that does not parse or render; the message carries tera's location and cause.
    #[error("template error: {0}")]
    Template(String),
    /// A character the embedded font cannot print; the message names it and where it occurs.
    #[error("{0}")]
    MissingGlyph(String),
    /// A stage after the check refused what the check passed (a defect of rpkd).
    #[error("failed to render the documents ({0})")]
    Render(String),
    #[error("failed to make the PDF ({0})")]
    Pdf(String),
    #[error("refusing to write into `{}` (it is the plan directory or inside it; sources are never overwritten)", .0.display())]
    OutputInsidePlan(PathBuf),
}

/// An I/O error in the house style: lowercase, without the OS error number.
pub fn describe(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = match text.find(" (os error") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text.to_owned(),
    }
}
