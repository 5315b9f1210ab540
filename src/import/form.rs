//! A filled-in workbook → the figures of its open cells, after making sure it is a form of
//! this plan, year and agency, made from the lines the plan has now, with its locked cells as
//! exported. Pure: the cells were read by `load::workbook`; every problem is a diagnostic at
//! its cell (E076–E081).

use crate::diag::{Code, Diagnostic};
use crate::i18n::{Arg, Message};
use crate::load::workbook::{Grid, Value, Workbook};
use crate::msg;
use crate::source::{CellRef, FileId, SourceFiles, Span};
use crate::view::form::{
    FORMAT, FormLine, FormSet, FormView, Layout, PlanIdentity, SHEET_FORM, SHEET_IDENTITY,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One open cell: where it is, what it holds, and what it held when the form was exported.
#[derive(Debug, Clone)]
pub struct Input {
    pub cell: usize,
    pub value: Value,
    pub base: Value,
}

#[derive(Debug, Clone)]
pub struct QuarterInput {
    pub output: Input,
    /// One per source row of the line.
    pub spent: Vec<Input>,
}

#[derive(Debug, Clone)]
pub struct LineInput {
    pub quarters: Vec<QuarterInput>,
    pub notes: Input,
    /// The code cell, for problems with the line as a whole.
    pub code_cell: usize,
    /// The allocation cell of each source row.
    pub allocation_cells: Vec<usize>,
}

/// A row of the proposals' table that has something in it.
#[derive(Debug, Clone)]
pub struct ProposalInput {
    pub code: Input,
    pub target: Input,
    pub aid: Input,
    pub locations: Input,
    pub source: Input,
    pub allocation: Input,
    pub notes: Input,
}

/// A form that is what it says it is, with what the agency filled in.
#[derive(Debug, Clone)]
pub struct FilledForm {
    /// The workbook's cells in the report.
    pub file: FileId,
    /// The file name, `dinsos-2025.xlsx`.
    pub name: String,
    pub view: FormView,
    pub lines: Vec<LineInput>,
    pub proposals: Vec<ProposalInput>,
}

/// The cells of a workbook registered as a source, and a way to point at them.
pub struct Cells {
    pub file: FileId,
    index: BTreeMap<(String, u32, u32), usize>,
}

impl Cells {
    pub fn span(&self, sources: &SourceFiles, sheet: &str, row: u32, col: u32) -> Span {
        match self.index.get(&(sheet.to_owned(), row, col)) {
            Some(i) => sources.cell_span(self.file, *i),
            None => Span::file_start(self.file),
        }
    }

    pub fn at(&self, sheet: &str, row: u32, col: u32) -> usize {
        self.index
            .get(&(sheet.to_owned(), row, col))
            .copied()
            .unwrap_or(0)
    }
}

/// How a cell's value reads in a report.
pub fn shown(cell: Option<&crate::load::workbook::Cell>) -> String {
    match cell {
        None => String::new(),
        Some(c) => match &c.value {
            Value::Empty if c.formula => "(formula without a saved value)".into(),
            Value::Empty => String::new(),
            Value::Number(n) => number_text(*n),
            Value::Text(t) => t.clone(),
            Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
            Value::Date(d) => d.clone(),
            Value::Error(e) => e.clone(),
        },
    }
}

/// A number as YAML and people write it: `1500000`, `12.5`.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Register the cells of `workbook` an import looks at: the form sheet's rectangle from the
/// first line row to the last row used, and any other cell with content.
pub fn register(sources: &mut SourceFiles, path: PathBuf, workbook: &Workbook) -> Cells {
    let mut cells = Vec::new();
    let mut index = BTreeMap::new();
    if let Some(grid) = workbook.grids.get(SHEET_FORM) {
        let last_row = grid
            .cells
            .keys()
            .map(|(r, _)| *r)
            .max()
            .unwrap_or(0)
            .max(Layout::FIRST_LINE);
        for row in Layout::FIRST_LINE..=last_row {
            for col in 0..=u32::from(Layout::LAST) {
                index.insert((SHEET_FORM.to_owned(), row, col), cells.len());
                cells.push((
                    CellRef::new(SHEET_FORM, row, col),
                    shown(grid.get(row, col)),
                ));
            }
        }
        for ((row, col), cell) in &grid.cells {
            let key = (SHEET_FORM.to_owned(), *row, *col);
            if let std::collections::btree_map::Entry::Vacant(slot) = index.entry(key) {
                slot.insert(cells.len());
                cells.push((CellRef::new(SHEET_FORM, *row, *col), shown(Some(cell))));
            }
        }
    }
    let file = sources.add_workbook(path, cells);
    Cells { file, index }
}

/// The identity sheet's key–value rows.
fn identity(grid: &Grid) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for row in 0..Layout::IDENTITY_TABLE {
        if let (Some(key), value) = (grid.get(row, 0), grid.get(row, 1)) {
            out.insert(shown(Some(key)), shown(value));
        }
    }
    out
}

/// Check the form and read its open cells. `sets` gives the plan's forms of a year as the plan
/// is now; `name` is the file name shown in messages.
#[allow(clippy::too_many_arguments)]
pub fn read(
    workbook: &Workbook,
    name: &str,
    cells: &Cells,
    sources: &SourceFiles,
    plan: &PlanIdentity,
    sets: &mut dyn FnMut(u16) -> Option<FormSet>,
    out: &mut Vec<Diagnostic>,
) -> Option<FilledForm> {
    let whole = Span::file_start(cells.file);
    let (Some(grid), Some(id_grid)) = (
        workbook.grids.get(SHEET_FORM),
        workbook.grids.get(SHEET_IDENTITY),
    ) else {
        out.push(
            Diagnostic::new(
                Code::NotAForm,
                msg!(
                    "import-not-a-form",
                    name = name,
                    form = SHEET_FORM,
                    identity = SHEET_IDENTITY
                ),
            )
            .primary(whole, "")
            .hint(msg!("import-not-a-form-hint")),
        );
        return None;
    };
    let id = identity(id_grid);
    let field = |k: &str| id.get(k).map(String::as_str).unwrap_or("");
    if field("format") != FORMAT {
        out.push(
            Diagnostic::new(
                Code::NotAForm,
                msg!(
                    "import-other-format",
                    name = name,
                    identity = SHEET_IDENTITY,
                    found = field("format")
                ),
            )
            .primary(whole, "")
            .hint(msg!("import-other-format-hint", format = FORMAT)),
        );
        return None;
    }
    if field("rencana") != plan.text() {
        out.push(
            Diagnostic::new(
                Code::ForeignForm,
                msg!(
                    "import-other-plan",
                    name = name,
                    found = field("rencana"),
                    plan = plan.text()
                ),
            )
            .primary(whole, "")
            .hint(msg!("import-other-plan-hint")),
        );
        return None;
    }
    let year = field("tahun").parse::<u16>().ok();
    let owner = field("perangkat_daerah");
    let set = year.and_then(&mut *sets);
    let view = set
        .as_ref()
        .and_then(|set| set.forms.iter().find(|f| f.owner == owner))
        .cloned();
    let Some(view) = view else {
        out.push(
            Diagnostic::new(
                Code::ForeignForm,
                msg!(
                    "import-no-such-form",
                    name = name,
                    owner = owner,
                    year = field("tahun")
                ),
            )
            .primary(whole, "")
            .hint(msg!("import-no-such-form-hint")),
        );
        return None;
    };
    if field("sidik_jari") != view.fingerprint {
        out.push(stale(name, id_grid, &view, whole));
        return None;
    }
    let problems = out.len();
    let lines = read_lines(grid, id_grid, &view, cells, sources, out);
    layout(grid, &view, cells, sources, field("baris_usulan"), out);
    let proposals = match view.proposal_year {
        Some(_) => read_proposals(grid, &view, cells),
        None => Vec::new(),
    };
    (out.len() == problems || out[problems..].iter().all(|d| !d.is_error())).then(|| FilledForm {
        file: cells.file,
        name: name.to_owned(),
        view,
        lines,
        proposals,
    })
}

/// E078: the form's lines are not the plan's lines any more.
fn stale(name: &str, id_grid: &Grid, view: &FormView, whole: Span) -> Diagnostic {
    let mut exported: Vec<(String, String, String)> = Vec::new();
    let mut row = Layout::IDENTITY_TABLE + 1;
    while let Some(code) = id_grid.get(row, 1) {
        let executor = shown(id_grid.get(row, 2));
        let fingerprint = shown(id_grid.get(row, 4));
        let code = shown(Some(code));
        if !exported
            .iter()
            .any(|(c, e, _)| *c == code && *e == executor)
        {
            exported.push((code, executor, fingerprint));
        }
        row += 1;
    }
    let mut changed = Vec::new();
    for line in &view.lines {
        let executor = line.executor.clone().unwrap_or_default();
        match exported
            .iter()
            .find(|(c, e, _)| *c == line.code && *e == executor)
        {
            Some((_, _, f)) if *f == line.fingerprint => {}
            Some(_) => changed.push(msg!("import-line-changed", code = &line.code)),
            None => changed.push(msg!("import-line-added", code = &line.code)),
        }
    }
    for (code, executor, _) in &exported {
        if !view
            .lines
            .iter()
            .any(|l| l.code == *code && l.executor.clone().unwrap_or_default() == *executor)
        {
            changed.push(msg!("import-line-removed", code = code));
        }
    }
    let more = changed.len().saturating_sub(5);
    let list = Arg::CommaList(changed.into_iter().take(5).map(Arg::from).collect());
    let (name, owner, year) = (name, view.owner.as_str(), view.year);
    let message: Message = if more > 0 {
        msg!(
            "import-stale-listed-more",
            name = name,
            owner = owner,
            year = year,
            list = list,
            more = more
        )
    } else if matches!(&list, Arg::CommaList(items) if !items.is_empty()) {
        msg!(
            "import-stale-listed",
            name = name,
            owner = owner,
            year = year,
            list = list
        )
    } else {
        msg!("import-stale", name = name, owner = owner, year = year)
    };
    Diagnostic::new(Code::StaleForm, message)
        .primary(whole, "")
        .hint(msg!("import-stale-hint"))
}

/// The expected value of a locked cell of a line row.
fn locked(line: &FormLine, number: usize, source_row: usize, col: u16) -> Option<Value> {
    let text = |s: &str| Some(Value::Text(s.to_owned()));
    if source_row > 0 {
        return match col {
            Layout::SOURCE => text(line.sources[source_row].0.label()),
            Layout::ALLOCATION => Some(Value::Number(line.sources[source_row].1.0 as f64)),
            _ => None,
        };
    }
    match col {
        Layout::NO => Some(Value::Number(number as f64)),
        Layout::CODE => text(&line.code),
        Layout::NAME => text(&line.name),
        Layout::INDICATOR => text(&line.indicator),
        Layout::UNIT => text(&line.unit),
        Layout::TARGET => Some(Value::Number(line.target)),
        Layout::AID => text(line.aid.label()),
        Layout::LOCATION => text(if line.locations.is_empty() {
            "Seluruh wilayah"
        } else {
            &line.locations
        }),
        Layout::SOURCE => text(line.sources[0].0.label()),
        Layout::ALLOCATION => Some(Value::Number(line.sources[0].1.0 as f64)),
        _ => None,
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => (x - y).abs() <= f64::EPSILON * x.abs().max(1.0),
        (Value::Text(x), Value::Text(y)) => x.trim() == y.trim(),
        (Value::Empty, Value::Text(t)) | (Value::Text(t), Value::Empty) => t.trim().is_empty(),
        _ => a == b,
    }
}

fn value_at(grid: &Grid, row: u32, col: u16) -> (Value, bool) {
    match grid.get(row, u32::from(col)) {
        Some(c) => (c.value.clone(), c.formula),
        None => (Value::Empty, false),
    }
}

fn read_lines(
    grid: &Grid,
    id_grid: &Grid,
    view: &FormView,
    cells: &Cells,
    sources: &SourceFiles,
    out: &mut Vec<Diagnostic>,
) -> Vec<LineInput> {
    let mut row = Layout::FIRST_LINE;
    let mut id_row = Layout::IDENTITY_TABLE + 1;
    let mut lines = Vec::new();
    for (n, line) in view.lines.iter().enumerate() {
        let mut input = LineInput {
            quarters: Vec::new(),
            notes: open(
                grid,
                id_grid,
                row,
                Layout::NOTES,
                id_row,
                13,
                cells,
                sources,
                out,
            ),
            code_cell: cells.at(SHEET_FORM, row, u32::from(Layout::CODE)),
            allocation_cells: Vec::new(),
        };
        for (i, _) in line.sources.iter().enumerate() {
            let r = row + i as u32;
            for col in 0..=Layout::ALLOCATION {
                let Some(expected) = locked(line, n + 1, i, col) else {
                    continue;
                };
                let (found, _) = value_at(grid, r, col);
                if !same(&found, &expected) {
                    let span = cells.span(sources, SHEET_FORM, r, u32::from(col));
                    let shown_expected = match &expected {
                        Value::Number(v) if col == Layout::ALLOCATION => {
                            crate::locale::rupiah(crate::model::Rupiah(*v as u64))
                        }
                        Value::Number(v) => number_text(*v),
                        Value::Text(t) => t.clone(),
                        _ => String::new(),
                    };
                    out.push(
                        Diagnostic::new(
                            Code::LockedCellEdited,
                            msg!(
                                "import-locked-cell",
                                code = &line.code,
                                expected = shown_expected
                            ),
                        )
                        .primary(span, msg!("import-locked-cell-label"))
                        .hint(msg!("import-locked-cell-hint")),
                    );
                }
            }
            input
                .allocation_cells
                .push(cells.at(SHEET_FORM, r, u32::from(Layout::ALLOCATION)));
        }
        for q in 0..4 {
            let output = open(
                grid,
                id_grid,
                row,
                Layout::output(q),
                id_row,
                5 + 2 * q as u32,
                cells,
                sources,
                out,
            );
            let spent = (0..line.sources.len())
                .map(|i| {
                    open(
                        grid,
                        id_grid,
                        row + i as u32,
                        Layout::spent(q),
                        id_row + i as u32,
                        6 + 2 * q as u32,
                        cells,
                        sources,
                        out,
                    )
                })
                .collect();
            input.quarters.push(QuarterInput { output, spent });
        }
        lines.push(input);
        row += line.sources.len() as u32;
        id_row += line.sources.len() as u32;
    }
    lines
}

/// An open cell with its exported value; E081 for a formula without a saved value or an error.
#[allow(clippy::too_many_arguments)]
fn open(
    grid: &Grid,
    id_grid: &Grid,
    row: u32,
    col: u16,
    id_row: u32,
    id_col: u32,
    cells: &Cells,
    sources: &SourceFiles,
    out: &mut Vec<Diagnostic>,
) -> Input {
    let (value, formula) = value_at(grid, row, col);
    let span = cells.span(sources, SHEET_FORM, row, u32::from(col));
    match &value {
        Value::Empty if formula => out.push(
            Diagnostic::new(Code::CellWithoutValue, msg!("import-formula-without-value"))
                .primary(span, msg!("import-no-value-to-read"))
                .hint(msg!("import-formula-without-value-hint")),
        ),
        Value::Error(e) => out.push(
            Diagnostic::new(
                Code::CellWithoutValue,
                msg!("import-error-value", value = e),
            )
            .primary(span, msg!("import-not-a-figure"))
            .hint(msg!("import-error-value-hint")),
        ),
        _ => {}
    }
    let base = id_grid
        .get(id_row, id_col)
        .map_or(Value::Empty, |c| c.value.clone());
    Input {
        cell: cells.at(SHEET_FORM, row, u32::from(col)),
        value,
        base,
    }
}

/// E080: merged cells the form did not have; values outside the form's cells.
fn layout(
    grid: &Grid,
    view: &FormView,
    cells: &Cells,
    sources: &SourceFiles,
    proposals_first: &str,
    out: &mut Vec<Diagnostic>,
) {
    let mut expected: Vec<((u32, u32), (u32, u32))> = Vec::new();
    let mut row = Layout::FIRST_LINE;
    for line in &view.lines {
        let n = line.sources.len() as u32;
        if n > 1 {
            let mut cols: Vec<u16> = (0..=Layout::LOCATION).collect();
            cols.extend((0..4).map(Layout::output));
            cols.push(Layout::NOTES);
            for c in cols {
                expected.push(((row, u32::from(c)), (row + n - 1, u32::from(c))));
            }
        }
        row += n;
    }
    let lines_end = row;
    let header = view.proposal_header_row();
    if view.proposal_year.is_some() {
        expected.push(((header, 0), (header, u32::from(Layout::LAST))));
    }
    if view.lines.is_empty() {
        expected.push((
            (Layout::FIRST_LINE, 0),
            (Layout::FIRST_LINE, u32::from(Layout::LAST)),
        ));
    }
    for (start, end) in &grid.merged {
        if end.0 < Layout::FIRST_LINE || expected.contains(&(*start, *end)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::FormLayout,
                msg!(
                    "import-merged-cells",
                    first = CellRef::new(SHEET_FORM, start.0, start.1).a1(),
                    last = CellRef::new(SHEET_FORM, end.0, end.1).a1()
                ),
            )
            .primary(
                cells.span(sources, SHEET_FORM, start.0, start.1),
                msg!("import-merged-here"),
            )
            .hint(msg!("import-merged-cells-hint")),
        );
    }
    let proposals_end = match proposals_first.parse::<u32>() {
        Ok(first) if view.proposal_year.is_some() => first - 1 + view.proposal_rows(),
        _ => lines_end.max(Layout::FIRST_LINE + 1),
    };
    let _ = proposals_first;
    let stray = grid.cells.iter().find(|((r, c), cell)| {
        *r >= Layout::FIRST_LINE
            && (cell.value != Value::Empty || cell.formula)
            && (*c > u32::from(Layout::LAST)
                || (*r >= lines_end && *r < header && !view.lines.is_empty())
                || *r >= proposals_end)
    });
    if let Some(((r, c), _)) = stray {
        out.push(
            Diagnostic::new(Code::FormLayout, msg!("import-value-outside"))
                .primary(
                    cells.span(sources, SHEET_FORM, *r, *c),
                    msg!("import-value-not-read"),
                )
                .hint(msg!("import-value-outside-hint")),
        );
    }
}

fn read_proposals(grid: &Grid, view: &FormView, cells: &Cells) -> Vec<ProposalInput> {
    let first = view.proposal_header_row() + 1;
    let mut out = Vec::new();
    for row in first..first + view.proposal_rows() {
        let input = |col: u16| Input {
            cell: cells.at(SHEET_FORM, row, u32::from(col)),
            value: value_at(grid, row, col).0,
            base: Value::Empty,
        };
        let p = ProposalInput {
            code: input(Layout::CODE),
            target: input(Layout::TARGET),
            aid: input(Layout::AID),
            locations: input(Layout::LOCATION),
            source: input(Layout::SOURCE),
            allocation: input(Layout::ALLOCATION),
            notes: input(Layout::NOTES),
        };
        let filled = [
            &p.code,
            &p.target,
            &p.aid,
            &p.locations,
            &p.source,
            &p.allocation,
            &p.notes,
        ]
        .iter()
        .any(|i| !same(&i.value, &Value::Empty));
        if filled {
            out.push(p);
        }
    }
    out
}
