//! The review workbook: the RPKD program matrix and one year's RAT matrix, one sheet per
//! strategy each. Values only, no formula: subtotals are rows of their own, computed by the
//! view, so the workbook shows the documents' figures whatever program opens it.

use super::{RUPIAH_FORMAT, WorkbookMeta, finish, xlsx_error};
use crate::error::Error;
use crate::view::table::{Cell, RowKind, Table, rat_tables, rpkd_tables};
use crate::view::{RatView, RpkdView};
use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

/// The review workbook of the RPKD and, when given, one RAT.
pub fn matrix_workbook(
    rpkd: &RpkdView,
    rat: Option<&RatView>,
    meta: &WorkbookMeta,
) -> Result<Vec<u8>, Error> {
    let mut workbook = Workbook::new();
    let mut tables = rpkd_tables(rpkd);
    if let Some(rat) = rat {
        tables.extend(rat_tables(rat));
    }
    for table in &tables {
        sheet(workbook.add_worksheet(), table).map_err(xlsx_error)?;
    }
    finish(workbook, meta)
}

fn sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    // Sheet names are at most 31 characters and may not hold `[]:*?/\`.
    let name: String = table
        .name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    sheet.set_name(name)?;
    let border = |f: Format| f.set_border(FormatBorder::Thin);
    let header = border(
        Format::new()
            .set_bold()
            .set_text_wrap()
            .set_background_color(Color::RGB(0xD9E1F2)),
    );
    let styles = |kind: RowKind| {
        let base = match kind {
            RowKind::Line => Format::new(),
            RowKind::Subtotal => Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xF2F2F2)),
            RowKind::Total => Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xE2EFDA)),
        };
        (
            border(base.clone().set_text_wrap()),
            border(base.clone().set_num_format(RUPIAH_FORMAT)),
            border(base.clone().set_num_format("[$-421]#,##0.##")),
            border(base.clone().set_num_format("[$-421]0.0")),
            border(base),
        )
    };
    sheet.write_string_with_format(0, 0, &table.title, &Format::new().set_bold())?;
    for (c, head) in table.header.iter().enumerate() {
        sheet.write_string_with_format(2, c as u16, head, &header)?;
        let width = if head.len() > 14 { 18.0 } else { 12.0 };
        sheet.set_column_width(c as u16, width)?;
    }
    sheet.set_row_height(2, 45)?;
    for (r, (kind, cells)) in table.rows.iter().enumerate() {
        let row = r as u32 + 3;
        let (text, rupiah, number, percent, plain) = styles(*kind);
        for (c, cell) in cells.iter().enumerate() {
            let col = c as u16;
            match cell {
                Cell::Empty => sheet.write_blank(row, col, &plain)?,
                Cell::Text(t) => sheet.write_string_with_format(row, col, t, &text)?,
                Cell::Rupiah(n) => sheet.write_number_with_format(row, col, *n as f64, &rupiah)?,
                Cell::Number(v) => sheet.write_number_with_format(row, col, *v, &number)?,
                Cell::Percent(v) => sheet.write_number_with_format(row, col, *v, &percent)?,
                Cell::Year(y) => sheet.write_number_with_format(row, col, f64::from(*y), &plain)?,
            };
        }
    }
    sheet.set_freeze_panes(3, 0)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(2, 2)?;
    Ok(())
}
