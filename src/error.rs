//! What failed around the user's files (as opposed to [`Diagnostic`](crate::diag::Diagnostic)s,
//! which are about what is in them).
//!
//! [`Error::message`] says it to a person in either language; `Display` gives the English text
//! (for logs and tests), so a printer always renders the message rather than the error.

use crate::i18n::{Lang, Message};
use crate::msg;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
#[error("{}", self.message().render(Lang::En))]
pub enum Error {
    NotAPlan(PathBuf),
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    List {
        path: PathBuf,
        reason: Message,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template that does not parse or render; the text carries tera's location and cause.
    Template(String),
    /// A character the embedded font cannot print; the message names it and where it occurs.
    MissingGlyph(Message),
    /// A stage after the check refused what the check passed (a defect of rpkd).
    Render(String),
    Pdf(String),
    OutputInsidePlan(PathBuf),
    /// A git revision that names no commit.
    GitRevision {
        rev: String,
        reason: Message,
    },
    /// The plan folder is not in the tree of a revision.
    GitPlan {
        rev: String,
        path: PathBuf,
        reason: Message,
    },
    /// Git itself could not be asked.
    Git {
        what: Message,
        reason: Message,
    },
}

impl Error {
    /// The error as a message, in the house style: `gagal menulis `output/rpkd.pdf` (izin
    /// ditolak)`.
    pub fn message(&self) -> Message {
        match self {
            Error::NotAPlan(path) => msg!("error-not-a-plan", path = path),
            Error::Read { path, source } => {
                msg!("error-read", path = path, cause = io_cause(source))
            }
            Error::List { path, reason } => {
                msg!("error-list", path = path, cause = reason.clone())
            }
            Error::Write { path, source } => {
                msg!("error-write", path = path, cause = io_cause(source))
            }
            // tera's own text (its location and cause) cannot be translated.
            Error::Template(text) => msg!("error-template", cause = text.as_str()),
            Error::MissingGlyph(message) => message.clone(),
            Error::Render(text) => msg!("error-render", cause = text.as_str()),
            Error::Pdf(text) => msg!("error-pdf", cause = text.as_str()),
            Error::OutputInsidePlan(path) => msg!("error-output-inside-plan", path = path),
            // A reason in git's own words is verbatim (see `load::git`).
            Error::GitRevision { rev, reason } => msg!(
                "error-git-revision",
                rev = rev.as_str(),
                cause = reason.clone()
            ),
            Error::GitPlan { rev, path, reason } => msg!(
                "error-git-plan",
                path = path,
                rev = rev.as_str(),
                cause = reason.clone()
            ),
            Error::Git { what, reason } => {
                msg!("error-git", what = what.clone(), cause = reason.clone())
            }
        }
    }
}

/// Why an I/O operation failed, as a fragment for the parentheses of a message: the common
/// causes in the catalogue (`izin ditolak` / `permission denied`), any other as the operating
/// system words it, without its error number.
pub fn io_cause(error: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::NotFound => msg!("io-not-found"),
        K::PermissionDenied => msg!("io-permission-denied"),
        K::AlreadyExists => msg!("io-already-exists"),
        K::IsADirectory => msg!("io-is-a-directory"),
        K::NotADirectory => msg!("io-not-a-directory"),
        K::DirectoryNotEmpty => msg!("io-directory-not-empty"),
        K::StorageFull => msg!("io-storage-full"),
        K::ReadOnlyFilesystem => msg!("io-read-only"),
        K::InvalidData => msg!("io-invalid-data"),
        K::FileTooLarge => msg!("io-file-too-large"),
        K::ResourceBusy => msg!("io-busy"),
        K::CrossesDevices => msg!("io-crosses-devices"),
        K::Interrupted => msg!("io-interrupted"),
        K::UnexpectedEof => msg!("io-unexpected-eof"),
        _ => Message::verbatim(describe(error)),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_reads_in_the_house_style_in_both_languages() {
        let e = Error::Write {
            path: "output/rpkd.pdf".into(),
            source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            e.message().render(Lang::Id),
            "gagal menulis `output/rpkd.pdf` (izin ditolak)"
        );
        assert_eq!(
            e.message().render(Lang::En),
            "failed to write `output/rpkd.pdf` (permission denied)"
        );
        assert_eq!(
            e.to_string(),
            "failed to write `output/rpkd.pdf` (permission denied)"
        );
    }
}
