//! `rpkd impor`: filled-in forms → their realisation (and proposed lines) written into the RAT
//! files in place, or nothing at all.
//!
//! The stages, each with typed data between them:
//!
//! 1. the plan is checked as it is (a plan with an error takes no import);
//! 2. each workbook is read by [`load::workbook`](crate::load::workbook) (limits before
//!    unpacking) and its cells registered as a source, so problems point at
//!    `dinsos-2025.xlsx!Realisasi!L12`;
//! 3. [`form::read`] makes sure it is a form of this plan, year and agency, made from the lines
//!    the plan has now, with its locked cells as exported, and reads the open cells;
//! 4. [`reconcile`] compares each cell with the exported and the current value and turns what
//!    the agency changed into changes of the RAT files; [`edit::apply`] writes them into the
//!    files' text in place;
//! 5. the plan *with the new texts* (an [`Overlay`](crate::load::Overlay) of the files) goes
//!    through the whole check, so the figures meet exactly the rules `rpkd check` has; each
//!    problem in a new value is pointed back at the cell it came from;
//! 6. only when no form and no check found an error (nor, unless allowed, a warning the import
//!    brings) are the new texts handed to `write`, all files of the import in one batch.

pub mod edit;
pub mod form;
pub mod reconcile;

use crate::diag::{Code, Diagnostic};
use crate::load::workbook::{WorkbookLimits, read_workbook};
use crate::load::{Disk, Files, Overlay};
use crate::msg;
use crate::source::{SourceFiles, Span};
use crate::view::form::{FormSet, SHEET_FORM, SHEET_IDENTITY, build_forms, identity};
use crate::{Checked, Options, check_plan};
use edit::FileChanges;
use reconcile::{Change, Tags};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub pipeline: Options,
    pub workbook: WorkbookLimits,
    /// Write even when the import brings warnings (realisation above allocation, …).
    pub allow_warnings: bool,
}

/// What an import found and would write.
#[derive(Debug)]
pub struct Import {
    /// The plan as it was.
    pub before: Checked,
    /// The workbooks' cells, for printing their diagnostics.
    pub workbooks: SourceFiles,
    /// Problems in the workbooks (including those the check found in their values).
    pub form_diagnostics: Vec<Diagnostic>,
    /// The plan with the new texts, where it was checked.
    pub after: Option<Checked>,
    /// Problems the check found in the new texts that no cell accounts for.
    pub plan_diagnostics: Vec<Diagnostic>,
    /// Every change, in form and cell order.
    pub changes: Vec<Change>,
    /// The new files (relative to the plan directory, `rat/2025.yaml`), when nothing stops
    /// the import.
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

impl Import {
    /// Whether the import is refused (nothing may be written).
    pub fn refused(&self, allow_warnings: bool) -> bool {
        self.before.errors() > 0
            || self
                .form_diagnostics
                .iter()
                .chain(&self.plan_diagnostics)
                .any(|d| d.is_error() || !allow_warnings)
    }
}

/// Import the forms at `forms` into the plan in `plan_dir` (nothing is written here).
pub fn import(
    plan_dir: &Path,
    forms: &[PathBuf],
    options: &ImportOptions,
) -> Result<Import, crate::error::Error> {
    import_files(&Disk::new(plan_dir), forms, options)
}

/// [`import`] into the plan `files` gives access to.
pub fn import_files(
    files: &dyn Files,
    forms: &[PathBuf],
    options: &ImportOptions,
) -> Result<Import, crate::error::Error> {
    let before = check_plan(files, &options.pipeline)?;
    let mut result = Import {
        before,
        workbooks: SourceFiles::default(),
        form_diagnostics: Vec::new(),
        after: None,
        plan_diagnostics: Vec::new(),
        changes: Vec::new(),
        files: Vec::new(),
    };
    if result.before.errors() > 0 {
        return Ok(result);
    }
    let Some(root) = result.before.plan.root.as_ref() else {
        return Ok(result);
    };
    let plan_identity = identity(root);
    let mut sets: BTreeMap<u16, Option<FormSet>> = BTreeMap::new();
    let mut tags = Tags::default();
    let mut by_year: BTreeMap<u16, FileChanges> = BTreeMap::new();
    let mut seen: Vec<(u16, String, Span)> = Vec::new();
    let mut diags = Vec::new();
    let plan_codes: Vec<String> = result
        .before
        .plan
        .lines()
        .map(|l| l.sub.code.value.0.clone())
        .collect();
    for path in forms {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let workbook = match read_workbook(path, &[SHEET_FORM, SHEET_IDENTITY], options.workbook) {
            Ok(w) => w,
            Err(reason) => {
                let id = result.workbooks.add_workbook(path.clone(), Vec::new());
                diags.push(
                    Diagnostic::new(
                        Code::UnreadableWorkbook,
                        msg!("read-cannot-read", path = path, cause = reason.0),
                    )
                    .primary(Span::file_start(id), "")
                    .hint(msg!("import-save-as-xlsx")),
                );
                continue;
            }
        };
        let cells = form::register(&mut result.workbooks, path.clone(), &workbook);
        let plan = &result.before.plan;
        let mut lookup = |year: u16| {
            sets.entry(year)
                .or_insert_with(|| build_forms(plan, crate::model::Year(year)))
                .clone()
        };
        let Some(filled) = form::read(
            &workbook,
            &name,
            &cells,
            &result.workbooks,
            &plan_identity,
            &mut lookup,
            &mut diags,
        ) else {
            continue;
        };
        let whole = Span::file_start(filled.file);
        if let Some((_, first, _)) = seen
            .iter()
            .find(|(y, o, _)| *y == filled.view.year && *o == filled.view.owner)
        {
            diags.push(
                Diagnostic::new(
                    Code::DuplicateForm,
                    msg!(
                        "import-second-form",
                        name = name.as_str(),
                        owner = first.as_str(),
                        year = filled.view.year
                    ),
                )
                .primary(whole, "")
                .hint(msg!("import-second-form-hint")),
            );
            continue;
        }
        seen.push((filled.view.year, filled.view.owner.clone(), whole));
        let before_changes = result.changes.len();
        let before_problems = diags.len();
        let changes = by_year.entry(filled.view.year).or_default();
        reconcile::reconcile(
            &filled,
            &result.workbooks,
            &mut tags,
            changes,
            &mut result.changes,
            &mut diags,
        );
        if let Some(year) = filled.view.proposal_year {
            let taken: Vec<(String, Option<String>)> = plan
                .rats
                .iter()
                .filter(|r| r.rat.year.value.0 == year)
                .flat_map(|r| r.rat.lines.iter())
                .map(|l| {
                    (
                        l.sub_activity.0.clone(),
                        l.agency.as_ref().map(|a| a.value.clone()),
                    )
                })
                .collect();
            let changes = by_year.entry(year).or_default();
            reconcile::proposals(
                &filled,
                &result.workbooks,
                &mut tags,
                &taken,
                &plan_codes,
                changes,
                &mut result.changes,
                &mut diags,
            );
        }
        if result.changes.len() == before_changes && diags.len() == before_problems {
            diags.push(
                Diagnostic::new(
                    Code::NothingToImport,
                    msg!("import-changes-nothing", name = name.as_str()),
                )
                .primary(whole, "")
                .hint(msg!("import-changes-nothing-hint")),
            );
        }
    }
    // Even with problems found so far, the figures go through the check, so that every
    // problem of every form is reported in one run; nothing is written unless none is found.
    result.form_diagnostics = diags;
    let edited = match edit_files(&result.before, &by_year) {
        Ok(e) => e,
        Err(d) => {
            result.plan_diagnostics.push(d);
            return Ok(result);
        }
    };
    if edited.is_empty() {
        return Ok(result);
    }
    let mut overlay = Overlay::new(files);
    for e in &edited {
        overlay.insert(e.path.clone(), e.bytes.clone());
    }
    let after = check_plan(&overlay, &options.pipeline)?;
    relocate(&mut result, &after, &edited, &tags);
    let refused = result.refused(options.allow_warnings);
    if !refused {
        result.files = edited.into_iter().map(|e| (e.path, e.bytes)).collect();
    }
    result.after = Some(after);
    Ok(result)
}

/// A RAT file after the edit.
struct EditedFile {
    /// `rat/2025.yaml`
    path: PathBuf,
    bytes: Vec<u8>,
    text: String,
    placed: Vec<(std::ops::Range<usize>, usize)>,
}

fn edit_files(
    before: &Checked,
    by_year: &BTreeMap<u16, FileChanges>,
) -> Result<Vec<EditedFile>, Diagnostic> {
    let mut out = Vec::new();
    for (year, changes) in by_year {
        if changes.lines.is_empty() && changes.proposals.is_empty() {
            continue;
        }
        let file = before
            .plan
            .rats
            .iter()
            .find(|r| r.rat.year.value.0 == *year);
        let (path, text, bom) = match file {
            Some(file) => {
                let source = before.sources.get(file.file);
                (
                    PathBuf::from("rat").join(format!("{}.yaml", file.stem)),
                    source.text.clone(),
                    source.bom,
                )
            }
            None => match new_rat(before, *year) {
                Some(text) => (
                    PathBuf::from("rat").join(format!("{year}.yaml")),
                    text,
                    false,
                ),
                None => {
                    return Err(Diagnostic::new(
                        Code::ProposedLine,
                        msg!("import-no-rat-to-start", year = *year),
                    )
                    .hint(msg!("import-no-rat-to-start-hint", year = *year)));
                }
            },
        };
        let root = crate::load::yaml::parse(crate::source::FileId(0), &text)?;
        let edited = edit::apply(&text, &root, changes).map_err(|e| {
            Diagnostic::new(
                Code::FormLayout,
                msg!("import-cannot-place", path = &path, cause = e.0),
            )
        })?;
        let mut bytes = Vec::with_capacity(edited.text.len() + 3);
        if bom {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        bytes.extend_from_slice(edited.text.as_bytes());
        out.push(EditedFile {
            path,
            bytes,
            text: edited.text,
            placed: edited.placed,
        });
    }
    Ok(out)
}

/// The text of a new RAT file for proposals, with the year's targets from the RPKD.
fn new_rat(before: &Checked, year: u16) -> Option<String> {
    let root = before.plan.root.as_ref()?;
    let stats = root.statistics.as_ref()?;
    let target = |s: &Option<crate::model::Series>| {
        s.as_ref()?
            .target
            .as_ref()?
            .get(crate::model::Year(year))
            .copied()
    };
    let p0 = target(&stats.p0)?;
    let extreme = target(&stats.extreme_poverty)?;
    Some(format!(
        "# Rencana Aksi Tahunan (RAT) Penanggulangan Kemiskinan {} {} Tahun {year}\n\
         #\n\
         # Dibuat oleh `rpkd impor` dari usulan perangkat daerah: tinjau setiap baris sebelum\n\
         # RAT ini ditetapkan. Target kelulusan diambil dari statistik rpkd.yaml.\n\
         \n\
         tahun: {year}\n\
         target_kemiskinan: {p0}\n\
         target_kemiskinan_ekstrem: {extreme}\n\
         \n\
         rencana_aksi: []\n",
        root.region.kind.label(),
        root.region.name.value
    ))
}

/// Move each problem the check found in a new value to the workbook cell it came from; keep
/// the others (errors, and warnings the plan did not have before) as plan diagnostics.
fn relocate(result: &mut Import, after: &Checked, edited: &[EditedFile], tags: &Tags) {
    let known: Vec<(Code, crate::i18n::Message)> = result
        .before
        .diagnostics
        .iter()
        .map(|d| (d.code, d.message.clone()))
        .collect();
    for d in &after.diagnostics {
        let placed = d.primary_span().and_then(|span| {
            let path = after.sources.path(span.file);
            let file = edited.iter().find(|e| path.ends_with(&e.path))?;
            let _ = &file.text;
            file.placed
                .iter()
                .filter(|(r, _)| {
                    r.start <= span.start as usize && (span.start as usize) < r.end.max(r.start + 1)
                })
                .min_by_key(|(r, _)| r.len())
                .map(|(_, tag)| *tag)
        });
        match placed.and_then(|tag| tags.cells.get(tag)) {
            Some((file, cell)) => {
                let label = d
                    .labels
                    .iter()
                    .find(|l| l.primary)
                    .map(|l| l.message.clone())
                    .unwrap_or_else(|| crate::i18n::Message::verbatim(""));
                let mut moved = Diagnostic::new(d.code, d.message.clone())
                    .primary(result.workbooks.cell_span(*file, *cell), label);
                moved.severity = d.severity;
                moved.hints = d.hints.clone();
                result.form_diagnostics.push(moved);
            }
            None => {
                if d.is_error() || !known.contains(&(d.code, d.message.clone())) {
                    result.plan_diagnostics.push(d.clone());
                }
            }
        }
    }
}
