//! `rpkd banding` in the library: two versions of a plan (a folder, or the plan at a git
//! revision, read without a checkout) → both checked → one [`ChangeSet`] → the review report
//! in the requested formats. The pipeline is the documents' own: `load` reads each version
//! (through [`Disk`](load::Disk) or [`GitTree`](load::GitTree)), `validate` checks it,
//! [`diff::compare`] is the pure comparison, `render` makes the report from the
//! `banding.md` template and the caller writes it.

use crate::diff::{self, ChangeSet};
use crate::error::Error;
use crate::load::{self, Files};
use crate::render::{self, OutputFile, OutputFormat, Templates};
use crate::{Checked, check_data};
use std::path::{Path, PathBuf};

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    /// The plan folder as it is on disk.
    Dir(PathBuf),
    /// The plan folder `dir` as it stands at git revision `rev`.
    Git { dir: PathBuf, rev: String },
}

impl Side {
    /// Open the side's files and say how the report names it.
    fn open(&self) -> Result<(Box<dyn Files>, String), Error> {
        match self {
            Side::Dir(dir) => {
                if !dir.join("rpkd.yaml").exists() {
                    return Err(Error::NotAPlan(dir.clone()));
                }
                Ok((
                    Box::new(load::Disk::new(dir)),
                    format!("folder {}", dir.display()),
                ))
            }
            Side::Git { dir, rev } => {
                let tree = load::GitTree::open(dir, rev)?;
                let short = &tree.commit()[..tree.commit().len().min(10)];
                let label = format!(
                    "revisi {rev} (commit {short}) dari folder {}",
                    tree.prefix().display()
                );
                Ok((Box::new(tree), label))
            }
        }
    }

    /// The plan folder the side names.
    pub fn dir(&self) -> &Path {
        match self {
            Side::Dir(dir) | Side::Git { dir, .. } => dir,
        }
    }
}

/// Both versions, checked, and what changed between them.
#[derive(Debug)]
pub struct Compared {
    pub old: Checked,
    pub new: Checked,
    pub changes: ChangeSet,
}

/// Load and check both sides (in parallel) and compare them.
pub fn compare(old: &Side, new: &Side, limits: load::Limits) -> Result<Compared, Error> {
    let load_one = |side: &Side| -> Result<(Checked, String), Error> {
        let (files, label) = side.open()?;
        Ok((check_data(files.as_ref(), limits)?, label))
    };
    let (a, b) = rayon::join(|| load_one(old), || load_one(new));
    let ((old, old_label), (new, new_label)) = (a?, b?);
    let changes = diff::compare(
        &diff::Version {
            label: old_label,
            plan: &old.plan,
            sources: &old.sources,
            diagnostics: &old.diagnostics,
        },
        &diff::Version {
            label: new_label,
            plan: &new.plan,
            sources: &new.sources,
            diagnostics: &new.diagnostics,
        },
    );
    Ok(Compared { old, new, changes })
}

/// The templates of the new version's plan (its `templat:` folder), else the old's.
fn templates(compared: &Compared) -> Result<Templates, Error> {
    let checked = if compared.new.plan.root.is_some() {
        &compared.new
    } else {
        &compared.old
    };
    let user: Vec<render::UserTemplate> = checked
        .plan
        .templates
        .iter()
        .map(|(name, id)| render::UserTemplate {
            name: name.clone(),
            text: checked.sources.get(*id).text.clone(),
        })
        .collect();
    Templates::new(&user)
}

/// The report as `banding.md` / `.html` / `.pdf`, made like every other document.
///
/// `source_date_epoch` dates the PDF; without it, the PDF carries the new version's signature
/// date. The clock is never read.
pub fn render_report(
    compared: &Compared,
    formats: &[OutputFormat],
    source_date_epoch: Option<i64>,
) -> Result<Vec<OutputFile>, Error> {
    let templates = templates(compared)?;
    let root = compared
        .new
        .plan
        .root
        .as_ref()
        .or(compared.old.plan.root.as_ref());
    let date = root.map_or_else(
        || "2000-01-01".to_owned(),
        |r| crate::view::iso(r.signatory.date.value),
    );
    let document = render::banding::document(
        &templates,
        &compared.changes,
        root.and_then(|r| r.paper.as_ref()).map(|p| p.value),
        render::metadata_date(source_date_epoch, &date),
    )?;
    render::output_files(&templates, &document, formats)
}

/// The short Markdown summary for a pull request (`$GITHUB_STEP_SUMMARY`), from the
/// `banding-github.md` template.
pub fn github_summary(compared: &Compared) -> Result<String, Error> {
    let templates = templates(compared)?;
    render::banding::github(&templates, &compared.changes)
}

/// The change set as JSON, for tools and CI.
pub fn json(changes: &ChangeSet) -> String {
    let mut text = serde_json::to_string_pretty(changes).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
