//! Diagnostics: what is wrong in the user's files, where, and how to fix it.
//!
//! Every stage that looks at the plan (`load`, `validate`) pushes [`Diagnostic`]s instead of
//! stopping at the first problem, so one `rpkd check` run reports everything. Printing lives in
//! [`render`]; the stable codes and their one-line titles in [`Code`].

mod code;
mod gitlab;
pub mod html;
pub mod render;
mod sarif;
mod suggest;
pub mod summary;

pub use code::Code;
pub use suggest::{did_you_mean, keyword_hint, known_list, normalise_word};

use crate::i18n::Message;
use crate::source::Span;
use serde::Serialize;

/// How bad a diagnostic is. Errors fail `rpkd check` (exit code 1); warnings do so only with
/// `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A place in a file the diagnostic points at.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub span: Span,
    /// What to say at the caret; an empty message leaves the caret bare.
    pub message: Message,
    /// The primary label is where the problem is; secondary labels give context (the
    /// definition a reference fails to match, the first of two duplicates).
    pub primary: bool,
}

/// One problem in the user's files.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    pub labels: Vec<Label>,
    pub hints: Vec<Message>,
}

impl Diagnostic {
    /// A diagnostic with the severity its code carries.
    pub fn new(code: Code, message: impl Into<Message>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            labels: Vec::new(),
            hints: Vec::new(),
        }
    }

    /// Point at the problem itself.
    pub fn primary(mut self, span: Span, message: impl Into<Message>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: true,
        });
        self
    }

    /// Point at a related place (a definition, an earlier duplicate).
    pub fn secondary(mut self, span: Span, message: impl Into<Message>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: false,
        });
        self
    }

    pub fn hint(mut self, hint: impl Into<Message>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn hint_opt(self, hint: Option<impl Into<Message>>) -> Self {
        match hint {
            Some(h) => self.hint(h),
            None => self,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The primary label's span, if any.
    pub fn primary_span(&self) -> Option<Span> {
        self.labels.iter().find(|l| l.primary).map(|l| l.span)
    }
}

/// Sort diagnostics for output: by file, then position, then code, so reports are stable
/// whatever order the rules ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| {
        let span = d.primary_span();
        (span.map(|s| (s.file, s.start)), d.code, d.message.clone())
    });
}
