//! The matrices as CSV for spreadsheets in an Indonesian locale: UTF-8 with a byte-order mark
//! (so Excel reads the text as UTF-8), `;` between fields (the locale's list separator, since
//! the comma is its decimal sign), decimals with a comma, whole numbers without grouping (so
//! every cell reads back as a number), CRLF line ends as RFC 4180 has them. One file holds the
//! tables of every strategy, one after the other, each line with its strategy in the first
//! column and each subtotal a row of its own.

use crate::view::table::{Cell, Table, rat_tables, rpkd_tables};
use crate::view::{RatView, RpkdView};

/// The RPKD program matrix as CSV bytes.
pub fn rpkd_matrix(rpkd: &RpkdView) -> Vec<u8> {
    csv(&rpkd_tables(rpkd))
}

/// A RAT matrix as CSV bytes.
pub fn rat_matrix(rat: &RatView) -> Vec<u8> {
    csv(&rat_tables(rat))
}

fn csv(tables: &[Table]) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    if let Some(first) = tables.first() {
        line(&mut out, first.header.iter().map(|h| field(h)));
    }
    for table in tables {
        for (_, row) in &table.rows {
            line(&mut out, row.iter().map(cell));
        }
    }
    out.into_bytes()
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.collect();
    out.push_str(&fields.join(";"));
    out.push_str("\r\n");
}

fn cell(c: &Cell) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Text(t) => field(t),
        Cell::Rupiah(n) => n.to_string(),
        Cell::Year(y) => y.to_string(),
        Cell::Number(v) | Cell::Percent(v) => number(*v),
    }
}

/// `5,19`, `45000`: a decimal comma, no grouping, at most four places.
fn number(v: f64) -> String {
    let text = format!("{:.4}", v);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let text = if text == "-0" { "0" } else { text };
    text.replace('.', ",")
}

/// A text field, quoted when it holds the separator, a quote or a line break; a leading `=`,
/// `+`, `-` or `@` gets an apostrophe so a spreadsheet never runs it as a formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_and_numbers_as_an_indonesian_spreadsheet_reads_them() {
        assert_eq!(number(5.19), "5,19");
        assert_eq!(number(45000.0), "45000");
        assert_eq!(number(0.125), "0,125");
        assert_eq!(field("a; b"), "\"a; b\"");
        assert_eq!(field("kata \"kutip\""), "\"kata \"\"kutip\"\"\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("Dinas Sosial"), "Dinas Sosial");
    }
}
