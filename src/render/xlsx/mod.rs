//! Workbooks (`.xlsx`) for the agencies and the review: pure functions from views to bytes,
//! like the other renderers. `form.rs` writes an agency's realisation form, `matrix.rs` the
//! program and RAT matrices for review; `csv.rs` (beside this module) the same matrices as CSV.
//! These files are the only ones that name `rust_xlsxwriter`.

mod form;
mod matrix;

pub use form::{Paper, form_workbook};
pub use matrix::matrix_workbook;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

/// What a workbook carries besides its sheets.
#[derive(Debug, Clone)]
pub struct WorkbookMeta {
    pub title: String,
    /// `Pemerintah Kota Tangerang`
    pub author: String,
    /// Seconds since 1970 that date the workbook: from `SOURCE_DATE_EPOCH`, else the plan's own
    /// date, so the same plan gives the same bytes.
    pub created: i64,
}

/// The workbook's bytes, with its properties set from `meta` (never from the clock).
fn finish(mut workbook: Workbook, meta: &WorkbookMeta) -> Result<Vec<u8>, crate::error::Error> {
    let created =
        ExcelDateTime::from_timestamp(meta.created.clamp(0, 4_102_444_800)).map_err(xlsx_error)?;
    let properties = DocProperties::new()
        .set_title(&meta.title)
        .set_author(&meta.author)
        .set_company(&meta.author)
        .set_creation_datetime(&created);
    workbook.set_properties(&properties);
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn xlsx_error(error: XlsxError) -> crate::error::Error {
    crate::error::Error::Render(format!("cannot make the workbook ({error})"))
}

/// `#,##0` in the file's own notation: Excel and LibreOffice show it with the reader's
/// separators, `1.234.567` in an Indonesian locale (where the format reads `#.##0`). The
/// language tag makes LibreOffice use Indonesian separators whatever its own locale.
pub const RUPIAH_FORMAT: &str = "[$-421]#,##0";
