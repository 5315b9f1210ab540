//! Reading a filled-in form: an `.xlsx` file → the cells of the sheets asked for, with their
//! cached values and whether they hold a formula. The only file that names `calamine` and
//! `zip`. Workbooks are outside the plan, so this reads them from a path of its own, within
//! limits set before anything is decompressed:
//!
//! - the file is a regular file of at most [`WorkbookLimits::max_file_bytes`];
//! - its zip directory is read first, and the sizes its entries declare, all together, may not
//!   exceed [`WorkbookLimits::max_unpacked_bytes`] (a zip bomb is refused before inflating; an
//!   entry that inflates past its declared size is cut off by the zip reader with an error);
//! - a sheet is streamed cell by cell (never as a dense range, which one cell at `XFD1048576`
//!   would make sixteen billion cells big), at most [`WorkbookLimits::max_cells`] of them.

use crate::i18n::Message;
use crate::msg;
use calamine::{DataRef, Reader};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;

/// How much one workbook may ask of the reader.
#[derive(Debug, Clone, Copy)]
pub struct WorkbookLimits {
    pub max_file_bytes: u64,
    pub max_unpacked_bytes: u64,
    pub max_cells: usize,
}

impl Default for WorkbookLimits {
    /// An agency's form is tens of kilobytes; these leave room for a province's largest.
    fn default() -> Self {
        WorkbookLimits {
            max_file_bytes: 16 << 20,
            max_unpacked_bytes: 128 << 20,
            max_cells: 1_000_000,
        }
    }
}

/// A cell's value as the workbook stores it (for a formula, its cached result).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Number(f64),
    Text(String),
    Bool(bool),
    /// A date or time, as `2025-03-31` (or with its time of day).
    Date(String),
    /// An error value such as `#DIV/0!`.
    Error(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: Value,
    /// Whether the cell holds a formula (its value is then the result the program saved, or
    /// `Empty` when it saved none).
    pub formula: bool,
}

/// One sheet's cells, by 0-based (row, column).
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub cells: BTreeMap<(u32, u32), Cell>,
    /// Merged ranges: first and last (row, column).
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

impl Grid {
    pub fn get(&self, row: u32, col: u32) -> Option<&Cell> {
        self.cells.get(&(row, col))
    }
}

#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// Every sheet's name, in order, with whether it is hidden.
    pub sheets: Vec<(String, bool)>,
    /// The sheets asked for that the workbook has.
    pub grids: BTreeMap<String, Grid>,
}

/// Why a workbook could not be read, in a planner's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub Message);

/// Read the sheets named in `sheets` (those present) of the workbook at `path`.
pub fn read_workbook(
    path: &Path,
    sheets: &[&str],
    limits: WorkbookLimits,
) -> Result<Workbook, Unreadable> {
    let meta = std::fs::metadata(path).map_err(|e| Unreadable(crate::error::io_cause(&e)))?;
    if !meta.is_file() {
        return Err(Unreadable(msg!("workbook-not-a-file")));
    }
    let mb = |n: u64| n.div_ceil(1 << 20);
    if meta.len() > limits.max_file_bytes {
        return Err(Unreadable(msg!(
            "workbook-too-large",
            size = mb(meta.len()),
            limit = limits.max_file_bytes >> 20
        )));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limits.max_file_bytes + 1).read_to_end(&mut bytes))
        .map_err(|e| Unreadable(crate::error::io_cause(&e)))?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(Unreadable(msg!(
            "workbook-grew-too-large",
            limit = limits.max_file_bytes >> 20
        )));
    }
    read_bytes(bytes, sheets, limits)
}

/// [`read_workbook`] of bytes already in memory.
pub fn read_bytes(
    bytes: Vec<u8>,
    sheets: &[&str],
    limits: WorkbookLimits,
) -> Result<Workbook, Unreadable> {
    check_archive(&bytes, limits)?;
    let mut xlsx = calamine::Xlsx::new(Cursor::new(bytes))
        .map_err(|e| Unreadable(msg!("workbook-not-excel", detail = plain(&e))))?;
    let mut workbook = Workbook {
        sheets: xlsx
            .sheets_metadata()
            .iter()
            .map(|s| (s.name.clone(), s.visible != calamine::SheetVisible::Visible))
            .collect(),
        grids: BTreeMap::new(),
    };
    let mut budget = limits.max_cells;
    for name in sheets {
        if !workbook.sheets.iter().any(|(n, _)| n == name) {
            continue;
        }
        let grid = read_sheet(&mut xlsx, name, &mut budget)?;
        workbook.grids.insert((*name).to_owned(), grid);
    }
    Ok(workbook)
}

/// The zip directory, before anything is inflated: a workbook, and not a bomb.
fn check_archive(bytes: &[u8], limits: WorkbookLimits) -> Result<(), Unreadable> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| Unreadable(msg!("workbook-not-zip")))?;
    if archive.len() > 10_000 {
        return Err(Unreadable(msg!(
            "workbook-too-many-parts",
            parts = archive.len()
        )));
    }
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive
            .by_index_raw(i)
            .map_err(|e| Unreadable(msg!("workbook-zip-damaged", detail = e.to_string())))?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > limits.max_unpacked_bytes {
        return Err(Unreadable(msg!(
            "workbook-unpacks-too-large",
            size = unpacked >> 20,
            limit = limits.max_unpacked_bytes >> 20
        )));
    }
    Ok(())
}

fn plain(error: &calamine::XlsxError) -> String {
    let text = error.to_string();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

fn read_sheet(
    xlsx: &mut calamine::Xlsx<Cursor<Vec<u8>>>,
    name: &str,
    budget: &mut usize,
) -> Result<Grid, Unreadable> {
    let damaged = |e: calamine::XlsxError| {
        Unreadable(msg!(
            "workbook-sheet-damaged",
            sheet = name,
            detail = plain(&e)
        ))
    };
    let mut grid = Grid::default();
    {
        let mut reader = xlsx.worksheet_cells_reader(name).map_err(damaged)?;
        while let Some(cell) = reader.next_cell_with_formula_metadata().map_err(damaged)? {
            let value = value(&cell.value);
            let formula = cell.formula.is_some();
            if value == Value::Empty && !formula {
                continue;
            }
            if *budget == 0 {
                return Err(Unreadable(msg!("workbook-too-many-cells")));
            }
            *budget -= 1;
            grid.cells.insert(cell.pos, Cell { value, formula });
        }
    }
    grid.merged = xlsx
        .merge_cells_by_sheet_name(name)
        .map_err(damaged)?
        .into_iter()
        .map(|d| (d.start, d.end))
        .collect();
    Ok(grid)
}

fn value(data: &DataRef<'_>) -> Value {
    match data {
        DataRef::Empty => Value::Empty,
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::String(s) => Value::Text(s.clone()),
        DataRef::SharedString(s) => Value::Text((*s).to_owned()),
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(d) => Value::Date(serial_date(d.as_f64())),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Date(s.clone()),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

/// An Excel date serial (days since 1899-12-30) as `2025-03-31`, with a time where it has one.
fn serial_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return serial.to_string();
    }
    let days = serial.floor() as i64 - 25_569;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let seconds = ((serial - serial.floor()) * 86_400.0).round() as i64;
    if seconds == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!(
            "{y:04}-{m:02}-{d:02} {:02}:{:02}",
            seconds / 3600,
            seconds % 3600 / 60
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_their_serial_numbers() {
        assert_eq!(serial_date(45747.0), "2025-03-31");
        assert_eq!(serial_date(45747.5), "2025-03-31 12:00");
        assert_eq!(serial_date(25569.0), "1970-01-01");
    }

    #[test]
    fn what_is_not_a_workbook_is_refused_before_unpacking() {
        let limits = WorkbookLimits::default();
        let err = read_bytes(b"bukan zip".to_vec(), &["Realisasi"], limits).unwrap_err();
        let text = err.0.render(crate::i18n::Lang::En);
        assert!(text.contains("not even a zip archive"), "{text}");
    }
}
