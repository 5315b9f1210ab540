//! rpkd turns a region's poverty-reduction plan, kept as YAML in git, into the documents
//! Indonesian regional governments sign: the five-year RPKD and its annual action plans (RAT).
//!
//! One pipeline: [`load`](load::load) reads a plan directory into a typed [`Plan`](model::Plan)
//! with source spans; [`validate`](validate::validate) checks it and returns every
//! [`Diagnostic`](diag::Diagnostic) at once; [`view::build_views`] computes every figure the
//! documents print; [`render`] turns the views into Markdown and HTML bytes through the templates;
//! [`write::write_files`] puts them on disk atomically. [`check`] runs the first two stages,
//! [`render_plan`] the middle two.

pub mod diag;
pub mod error;
pub mod load;
pub mod locale;
pub mod model;
pub mod render;
pub mod schema;
pub mod source;
pub mod validate;
pub mod view;
pub mod write;

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
    check_with(dir, load::Limits::default())
}

/// Load and validate the plan in `dir` within `limits`.
pub fn check_with(dir: &Path, limits: load::Limits) -> Result<Checked, error::Error> {
    let loaded = load::load_with(dir, limits)?;
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(validate::validate(&loaded.plan));
    diag::sort(&mut diagnostics);
    Ok(Checked {
        sources: loaded.sources,
        plan: loaded.plan,
        diagnostics,
    })
}

/// Render every document of a checked plan (which must have no error) in `formats`.
///
/// `source_date_epoch` (seconds, from `SOURCE_DATE_EPOCH` in CI) dates the PDFs; without it they
/// carry the plan's own dates. The clock is never read.
pub fn render_plan(
    checked: &Checked,
    formats: &[render::OutputFormat],
    source_date_epoch: Option<i64>,
) -> Result<Rendered, error::Error> {
    let (rpkd, rats) = view::build_views(&checked.plan, &checked.sources)
        .ok_or_else(|| error::Error::Template("the plan has no root to render".into()))?;
    let user: Vec<render::UserTemplate> = checked
        .plan
        .templates
        .iter()
        .map(|(name, id)| render::UserTemplate {
            name: name.clone(),
            text: checked.sources.get(*id).text.clone(),
        })
        .collect();
    let templates = render::Templates::new(&user)?;
    let mut docs = render::documents(
        &templates,
        &rpkd,
        &rats,
        source_date_epoch,
        checked.plan.logo.as_ref(),
    )?;
    // A province that names its kabupaten/kota plans also gets the roll-up.
    if let Some(sync) = view::build_sync(&checked.plan) {
        docs.push(render::sync_document(
            &templates,
            &sync,
            source_date_epoch,
            checked.plan.logo.as_ref(),
        )?);
    }
    // Documents render in parallel; results are collected in document order.
    use rayon::prelude::*;
    let rendered: Vec<Vec<render::OutputFile>> = docs
        .par_iter()
        .map(|document| render::output_files(&templates, document, formats))
        .collect::<Result<_, _>>()?;
    let files: Vec<render::OutputFile> = rendered.into_iter().flatten().collect();
    let documents = docs
        .into_iter()
        .map(|document| {
            let label = match document.stem.strip_prefix("rat-") {
                Some(year) => format!("RAT {year}"),
                None if document.stem == "sinkronisasi" => {
                    format!("Sinkronisasi {}", rpkd.common.period)
                }
                None => format!("RPKD {}", rpkd.common.period),
            };
            (document.stem, label)
        })
        .collect();
    Ok(Rendered {
        files,
        rpkd,
        documents,
    })
}

/// A plan's rendered documents, with what an index page needs to list them.
#[derive(Debug)]
pub struct Rendered {
    pub files: Vec<render::OutputFile>,
    /// The RPKD's view, for the plan's summary on the index page.
    pub rpkd: view::RpkdView,
    /// Each document's file stem and label (`rpkd`, `RPKD 2025–2029`).
    pub documents: Vec<(String, String)>,
}
