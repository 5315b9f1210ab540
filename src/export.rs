//! `rpkd ekspor`: a checked plan → the workbooks agencies fill in and the matrices for review.
//!
//! The same pipeline as `build` up to the views: load, validate (a plan with an error exports
//! nothing), then [`view::form`](crate::view::form) and the document views, rendered to `.xlsx`
//! by [`render::xlsx`](crate::render::xlsx) and to CSV by [`render::csv`](crate::render::csv).
//! The files are returned in memory; `write` puts them on disk as one set.

use crate::render::OutputFile;
use crate::render::xlsx::{Paper, WorkbookMeta};
use crate::view::form::{FormSet, build_forms};
use crate::{BuildError, Checked, Options, check_plan, load};
use std::path::Path;

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The RAT year of the forms.
    pub year: u16,
    /// Only the forms of these agencies or units (by id); all when empty.
    pub owners: Vec<String>,
    /// Seconds since 1970 that date the workbooks (`SOURCE_DATE_EPOCH`); else the plan's date.
    pub source_date_epoch: Option<i64>,
    pub pipeline: Options,
}

/// The exported files of a plan, with the check behind them.
#[derive(Debug)]
pub struct Export {
    pub checked: Checked,
    pub forms: FormSet,
    /// Forms first (`dinsos-2025.xlsx`, …), then `matriks-2025.xlsx` and the CSV files.
    pub files: Vec<OutputFile>,
}

/// Why an export produced nothing beyond a plan's own errors.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the plan has no RAT for {0} and {0} is outside the RPKD period")]
    NoYear(u16),
    #[error("no agency or unit `{0}` has lines in the {1} RAT or sub kegiatan to propose")]
    UnknownOwner(String, u16),
}

/// Check the plan in `plan_dir` and render its forms and matrices for `options.year`.
pub fn export(plan_dir: &Path, options: &ExportOptions) -> Result<Export, BuildError> {
    export_files(&load::Disk::new(plan_dir), options)
}

/// [`export`] of the plan `files` gives access to.
pub fn export_files(
    files: &dyn load::Files,
    options: &ExportOptions,
) -> Result<Export, BuildError> {
    let checked = check_plan(files, &options.pipeline).map_err(BuildError::Environment)?;
    if checked.errors() > 0 {
        return Err(BuildError::Invalid(Box::new(checked)));
    }
    let refuse = |checked: Checked, e: ExportError| {
        Err(BuildError::Render(
            Box::new(checked),
            crate::error::Error::Render(e.to_string()),
        ))
    };
    let year = crate::model::Year(options.year);
    let Some(mut forms) = build_forms(&checked.plan, year) else {
        return refuse(checked, ExportError::NoYear(options.year));
    };
    let has_rat = checked.plan.rats.iter().any(|r| r.rat.year.value == year);
    if !has_rat && forms.forms.iter().all(|f| f.proposal_year.is_none()) {
        return refuse(checked, ExportError::NoYear(options.year));
    }
    if !options.owners.is_empty() {
        for owner in &options.owners {
            if !forms.forms.iter().any(|f| &f.owner == owner) {
                return refuse(
                    checked,
                    ExportError::UnknownOwner(owner.clone(), options.year),
                );
            }
        }
        forms.forms.retain(|f| options.owners.contains(&f.owner));
    }
    match render_export(&checked, &forms, options) {
        Ok(files) => Ok(Export {
            checked,
            forms,
            files,
        }),
        Err(e) => Err(BuildError::Render(Box::new(checked), e)),
    }
}

fn render_export(
    checked: &Checked,
    forms: &FormSet,
    options: &ExportOptions,
) -> Result<Vec<OutputFile>, crate::error::Error> {
    let root = checked
        .plan
        .root
        .as_ref()
        .ok_or_else(|| crate::error::Error::Render("the plan has no root".into()))?;
    let signed = root.signatory.date.value;
    let created = options
        .source_date_epoch
        .unwrap_or_else(|| epoch_of(signed.year, signed.month, signed.day));
    let author = format!(
        "Pemerintah {} {}",
        root.region.kind.label(),
        root.region.name.value
    );
    let paper = match root.paper.as_ref().map(|p| p.value) {
        Some(crate::model::PaperSize::F4) => Paper::F4,
        _ => Paper::A4,
    };
    use rayon::prelude::*;
    let mut files: Vec<OutputFile> = forms
        .forms
        .par_iter()
        .map(|form| {
            let meta = WorkbookMeta {
                title: format!(
                    "Formulir Realisasi RAT {} {} — {}",
                    forms.identity.region, form.year, form.owner_name
                ),
                author: author.clone(),
                created,
            };
            crate::render::xlsx::form_workbook(forms, form, paper, &meta).map(|bytes| OutputFile {
                name: format!("{}.xlsx", form.stem()),
                bytes,
            })
        })
        .collect::<Result<_, _>>()?;
    let (rpkd, rats) = crate::view::build_views(&checked.plan, &checked.sources)
        .ok_or_else(|| crate::error::Error::Render("the plan has no root".into()))?;
    let rat = rats.iter().find(|r| r.year == options.year);
    let meta = WorkbookMeta {
        title: format!(
            "Matriks RPKD dan RAT {} {}",
            forms.identity.region, options.year
        ),
        author,
        created,
    };
    files.push(OutputFile {
        name: format!("matriks-{}.xlsx", options.year),
        bytes: crate::render::xlsx::matrix_workbook(&rpkd, rat, &meta)?,
    });
    files.push(OutputFile {
        name: "matriks-rpkd.csv".into(),
        bytes: crate::render::csv::rpkd_matrix(&rpkd),
    });
    if let Some(rat) = rat {
        files.push(OutputFile {
            name: format!("matriks-rat-{}.csv", rat.year),
            bytes: crate::render::csv::rat_matrix(rat),
        });
    }
    Ok(files)
}

/// Seconds since 1970 at the start of a calendar day (Howard Hinnant's days-from-civil).
fn epoch_of(year: u16, month: u8, day: u8) -> i64 {
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) * 86_400
}

#[cfg(test)]
mod tests {
    #[test]
    fn epoch_of_a_day() {
        assert_eq!(super::epoch_of(1970, 1, 1), 0);
        assert_eq!(super::epoch_of(2025, 11, 28), 1_764_288_000);
        assert_eq!(super::epoch_of(2024, 2, 29), 1_709_164_800);
    }
}
