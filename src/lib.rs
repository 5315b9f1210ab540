//! rpkd turns a region's poverty-reduction plan, kept as YAML in git, into the documents
//! Indonesian regional governments sign: the five-year RPKD and its annual action plans (RAT).
//!
//! One pipeline: [`load`](load::load) reads a plan directory into a typed [`Plan`](model::Plan)
//! with source spans; [`validate`](validate::validate) checks it and returns every
//! [`Diagnostic`](diag::Diagnostic) at once; [`view::build_views`] computes every figure the
//! documents print; [`render`] turns the views into Markdown and HTML bytes through the templates;
//! [`write::write_files`] puts them on disk atomically. [`check`] runs the first two stages,
//! [`render_plan`] the middle two.

pub mod banding;
pub mod diag;
pub mod diff;
pub mod error;
pub mod export;
pub mod fonts;
pub mod guard;
pub mod i18n;
pub mod import;
pub mod load;
pub mod locale;
pub mod markup;
pub mod model;
mod prepare;
pub mod render;
pub mod schema;
pub mod source;
pub mod validate;
pub mod view;
pub mod write;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// How to run the pipeline.
#[derive(Debug, Clone)]
pub struct Options {
    /// What the loader may read.
    pub limits: load::Limits,
    /// The formats `build` renders.
    pub formats: Vec<render::OutputFormat>,
    /// Seconds since 1970 (from `SOURCE_DATE_EPOCH` in CI) that date the PDFs; without it they
    /// carry the plan's own dates. The clock is never read.
    pub source_date_epoch: Option<i64>,
    /// How long a plan's templates may take to render all its documents.
    pub template_time: Duration,
    /// How much memory they may hold meanwhile (enforced where the binary installs
    /// [`guard::Counting`] as its allocator).
    pub template_memory: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limits: load::Limits::default(),
            formats: vec![
                render::OutputFormat::Markdown,
                render::OutputFormat::Html,
                render::OutputFormat::Pdf,
            ],
            source_date_epoch: None,
            template_time: Duration::from_secs(30),
            template_memory: 1 << 30,
        }
    }
}

/// The outcome of checking one plan: its sources (for printing), every diagnostic, sorted, and
/// for a plan without error, its documents rendered to Markdown, ready for `build`.
#[derive(Debug)]
pub struct Checked {
    pub sources: source::SourceFiles,
    pub plan: model::Plan,
    pub diagnostics: Vec<diag::Diagnostic>,
    prepared: Option<Prepared>,
}

/// What `check` rendered of a plan without error: its views, templates and documents.
struct Prepared {
    rpkd: Arc<view::RpkdView>,
    templates: Arc<render::Templates>,
    documents: Vec<render::Document>,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("documents", &self.documents.len())
            .finish()
    }
}

impl Checked {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    /// Each document's Markdown, for a plan without error.
    pub fn documents(&self) -> &[render::Document] {
        self.prepared.as_ref().map_or(&[], |p| &p.documents)
    }
}

/// Load and validate the plan in `dir`, and render its documents' Markdown in memory.
pub fn check(dir: &Path) -> Result<Checked, error::Error> {
    check_with(dir, load::Limits::default())
}

/// [`check`] within `limits`.
pub fn check_with(dir: &Path, limits: load::Limits) -> Result<Checked, error::Error> {
    check_files(&load::Disk::new(dir), limits)
}

/// [`check`] of the plan that `files` gives access to (a directory, a plan in memory).
pub fn check_files(files: &dyn load::Files, limits: load::Limits) -> Result<Checked, error::Error> {
    check_plan(
        files,
        &Options {
            limits,
            ..Options::default()
        },
    )
}

/// The pipeline up to rendering, in memory, writing nothing: load, validate, build the views,
/// compile the templates and render every document's Markdown. Whatever `build` could refuse
/// is a diagnostic here, so `check` passing means `build` succeeds.
pub fn check_plan(files: &dyn load::Files, options: &Options) -> Result<Checked, error::Error> {
    let mut loaded = load::load_from(files, options.limits)?;
    // A province that names its kabupaten/kota plans reads them too (from disk, beside it).
    load::linked::load(&mut loaded, options.limits);
    let mut checked = Checked {
        sources: loaded.sources,
        plan: loaded.plan,
        diagnostics: loaded.diagnostics,
        prepared: None,
    };
    checked
        .diagnostics
        .extend(validate::validate(&checked.plan));
    checked
        .diagnostics
        .extend(render::directive::check_templates(
            &checked.plan,
            &checked.sources,
        ));
    if checked.errors() == 0 {
        prepare::prepare(&mut checked, options);
    }
    diag::sort(&mut checked.diagnostics);
    Ok(checked)
}

/// Load and validate only, without rendering the plan's documents: what a comparison of two
/// versions needs (`rpkd banding`), which reports their diagnostics but makes no RPKD or RAT.
pub fn check_data(files: &dyn load::Files, limits: load::Limits) -> Result<Checked, error::Error> {
    let loaded = load::load_from(files, limits)?;
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(validate::validate(&loaded.plan));
    diag::sort(&mut diagnostics);
    Ok(Checked {
        sources: loaded.sources,
        plan: loaded.plan,
        diagnostics,
        prepared: None,
    })
}

/// A plan's documents, rendered in every format asked for, with what the report and an index
/// page need.
#[derive(Debug)]
pub struct Documents {
    /// The check (its warnings are worth printing).
    pub checked: Checked,
    pub files: Vec<render::OutputFile>,
    /// The RPKD's view, for the plan's summary on the index page.
    pub rpkd: Arc<view::RpkdView>,
    /// Each document's file stem and label (`rpkd`, `RPKD 2025–2029`).
    pub documents: Vec<(String, String)>,
}

/// Why `build` produced no documents.
#[derive(Debug)]
pub enum BuildError {
    /// Something around the plan's files failed (a folder that cannot be listed).
    Environment(error::Error),
    /// The plan has errors (its diagnostics say which); nothing was rendered.
    Invalid(Box<Checked>),
    /// A stage after the check refused a plan the check had passed: a defect of rpkd.
    Render(Box<Checked>, error::Error),
}

/// The whole pipeline but writing: check the plan in `plan_dir`, then render its documents in
/// `options.formats`. `write` puts the result on disk.
pub fn build(plan_dir: &Path, options: &Options) -> Result<Documents, BuildError> {
    build_files(&load::Disk::new(plan_dir), options)
}

/// [`build`] of the plan that `files` gives access to.
pub fn build_files(files: &dyn load::Files, options: &Options) -> Result<Documents, BuildError> {
    let checked = check_plan(files, options).map_err(BuildError::Environment)?;
    if checked.errors() > 0 {
        return Err(BuildError::Invalid(Box::new(checked)));
    }
    match render_checked(&checked, &options.formats, None) {
        Ok((files, rpkd, documents)) => Ok(Documents {
            checked,
            files,
            rpkd,
            documents,
        }),
        Err(e) => Err(BuildError::Render(Box::new(checked), e)),
    }
}

type Rendered = (
    Vec<render::OutputFile>,
    Arc<view::RpkdView>,
    Vec<(String, String)>,
);

fn render_checked(
    checked: &Checked,
    formats: &[render::OutputFormat],
    redate: Option<i64>,
) -> Result<Rendered, error::Error> {
    let prepared = checked
        .prepared
        .as_ref()
        .ok_or_else(|| error::Error::Template("the plan has no documents to render".into()))?;
    // Documents render in parallel; results are collected in document order.
    use rayon::prelude::*;
    let rendered: Vec<Vec<render::OutputFile>> = prepared
        .documents
        .par_iter()
        .map(|document| match redate {
            None => render::output_files(&prepared.templates, document, formats),
            Some(epoch) => {
                let mut document = document.clone();
                document.pdf.date = render::metadata_date(Some(epoch), "");
                render::output_files(&prepared.templates, &document, formats)
            }
        })
        .collect::<Result<_, _>>()?;
    let files: Vec<render::OutputFile> = rendered.into_iter().flatten().collect();
    distinct_names(&files)?;
    let documents = prepared
        .documents
        .iter()
        .map(|document| {
            let label = match document.stem.strip_prefix("rat-") {
                Some(year) => format!("RAT {year}"),
                None if document.stem == "sinkronisasi" => {
                    format!("Sinkronisasi {}", prepared.rpkd.common.period)
                }
                None => format!("RPKD {}", prepared.rpkd.common.period),
            };
            (document.stem.clone(), label)
        })
        .collect();
    Ok((files, Arc::clone(&prepared.rpkd), documents))
}

/// Two outputs of one plan never share a name, not even one that differs only in case (a
/// case-insensitive disk would make them one file).
fn distinct_names(files: &[render::OutputFile]) -> Result<(), error::Error> {
    let mut seen = std::collections::HashSet::new();
    for file in files {
        if !seen.insert(file.name.to_lowercase()) {
            return Err(error::Error::Render(format!(
                "two documents would be written to `{}`",
                file.name
            )));
        }
    }
    Ok(())
}

/// Render every document of a checked plan (which must have no error) in `formats`.
///
/// `source_date_epoch`, when given, dates the PDFs (the check dated them from its options).
pub fn render_plan(
    checked: &Checked,
    formats: &[render::OutputFormat],
    source_date_epoch: Option<i64>,
) -> Result<RenderedPlan, error::Error> {
    if checked.errors() > 0 {
        return Err(error::Error::Render(
            "the plan has errors; `rpkd check` lists them".into(),
        ));
    }
    let (files, rpkd, documents) = render_checked(checked, formats, source_date_epoch)?;
    Ok(RenderedPlan {
        files,
        rpkd,
        documents,
    })
}

/// A plan's rendered documents, with what an index page needs to list them.
#[derive(Debug)]
pub struct RenderedPlan {
    pub files: Vec<render::OutputFile>,
    /// The RPKD's view, for the plan's summary on the index page.
    pub rpkd: Arc<view::RpkdView>,
    /// Each document's file stem and label (`rpkd`, `RPKD 2025–2029`).
    pub documents: Vec<(String, String)>,
}
