//! rpkd turns a region's poverty-reduction plan, kept as YAML in git, into the documents
//! Indonesian regional governments sign: the five-year RPKD and its annual action plans (RAT).
//!
//! One pipeline: [`load`](load::load) reads a plan directory into a typed [`Plan`](model::Plan)
//! with source spans; [`validate`](validate::validate) checks it and returns every
//! [`Diagnostic`](diag::Diagnostic) at once; later stages build a view model, render it to
//! Markdown, HTML and PDF, and write the files atomically. [`check`] runs the first two stages.

pub mod diag;
pub mod error;
pub mod load;
pub mod locale;
pub mod model;
pub mod source;
pub mod validate;

use std::path::Path;

/// The outcome of checking one plan: its sources (for printing) and every diagnostic, sorted.
#[derive(Debug)]
pub struct Checked {
    pub sources: source::SourceFiles,
    pub plan: model::Plan,
    pub diagnostics: Vec<diag::Diagnostic>,
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Load and validate the plan in `dir`.
pub fn check(dir: &Path) -> Result<Checked, error::Error> {
    let loaded = load::load(dir)?;
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(validate::validate(&loaded.plan));
    diag::sort(&mut diagnostics);
    Ok(Checked {
        sources: loaded.sources,
        plan: loaded.plan,
        diagnostics,
    })
}
