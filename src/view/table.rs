//! The RPKD program matrix and a RAT matrix as plain tables of typed cells, for the review
//! workbook and the CSV files: one table per strategy, each line a row, each strategy's subtotal
//! and the grand total rows of their own (no formula), with the figures the documents print.

use super::{RatView, RpkdView};

/// A value in a table: numbers stay numbers until a renderer formats them.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// Whole rupiah.
    Rupiah(u64),
    /// A count or target, possibly with decimals.
    Number(f64),
    /// A percentage, e.g. `87.5` for 87,5%.
    Percent(f64),
    /// A year, printed ungrouped.
    Year(u16),
}

/// What a row is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Line,
    Subtotal,
    Total,
}

#[derive(Debug, Clone)]
pub struct Table {
    /// `RPKD S1`, `RAT 2025 S1`: the sheet's name.
    pub name: String,
    /// `Strategi S1: Perluasan perlindungan sosial…`
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<(RowKind, Vec<Cell>)>,
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn opt(s: &Option<String>) -> Cell {
    s.as_ref().map_or(Cell::Empty, |s| text(s.clone()))
}

/// The RPKD program matrix, one table per strategy.
pub fn rpkd_tables(rpkd: &RpkdView) -> Vec<Table> {
    let years = &rpkd.common.years;
    let mut header: Vec<String> = [
        "Strategi",
        "Kode Program",
        "Program",
        "Kode Kegiatan",
        "Kegiatan",
        "Kode Sub Kegiatan",
        "Sub Kegiatan",
        "Intervensi",
        "Indikator",
        "Satuan",
        "Kondisi Awal",
        "Tahun Kondisi Awal",
    ]
    .map(String::from)
    .to_vec();
    header.extend(years.iter().map(|y| format!("Target {y}")));
    header.extend(years.iter().map(|y| format!("Pagu {y} (Rp)")));
    header.extend(
        [
            "Jumlah Pagu (Rp)",
            "Sumber Dana",
            "Lokasi",
            "Sasaran",
            "Satuan Sasaran",
            "Perangkat Daerah",
            "Keterangan",
        ]
        .map(String::from),
    );
    let width = header.len();
    let first_money = 12 + years.len();
    let mut tables = Vec::new();
    let mut grand = vec![0u64; years.len()];
    for group in &rpkd.matrix {
        let mut rows = Vec::new();
        for line in &group.lines {
            let mut row = vec![
                text(&group.strategy.id),
                text(&line.program_code),
                text(&line.program_name),
                text(&line.kegiatan_code),
                text(&line.kegiatan_name),
                text(&line.code),
                text(&line.name),
                text(line.intervention),
            ];
            match &line.indicator {
                Some(i) => {
                    row.extend([
                        text(&i.name),
                        text(&i.unit),
                        Cell::Number(i.baseline),
                        Cell::Year(i.baseline_year),
                    ]);
                    row.extend(
                        i.targets
                            .iter()
                            .map(|t| t.map_or(Cell::Empty, Cell::Number)),
                    );
                }
                None => row.extend(std::iter::repeat_n(Cell::Empty, 4 + years.len())),
            }
            row.extend(line.ceilings.iter().map(|c| Cell::Rupiah(*c)));
            row.push(Cell::Rupiah(line.total));
            row.push(text(line.sources.join(", ")));
            row.push(text(if line.locations.is_empty() {
                "Seluruh wilayah".to_owned()
            } else {
                line.locations.join("; ")
            }));
            match &line.beneficiaries {
                Some(b) => row.extend([Cell::Number(b.count as f64), text(&b.unit)]),
                None => row.extend([Cell::Empty, Cell::Empty]),
            }
            row.push(text(format!("{} ({})", line.agency_name, line.agency)));
            row.push(opt(&line.notes));
            rows.push((RowKind::Line, row));
        }
        let mut subtotal = vec![Cell::Empty; width];
        subtotal[0] = text(&group.strategy.id);
        subtotal[6] = text(format!("Jumlah Strategi {}", group.strategy.id));
        for (i, amount) in group.per_year.iter().enumerate() {
            subtotal[first_money + i] = Cell::Rupiah(*amount);
            if let Some(g) = grand.get_mut(i) {
                *g += amount;
            }
        }
        subtotal[first_money + years.len()] = Cell::Rupiah(group.total);
        rows.push((RowKind::Subtotal, subtotal));
        tables.push(Table {
            name: format!("RPKD {}", group.strategy.id),
            title: format!(
                "Matriks Program RPKD {} {} — Strategi {}: {}",
                rpkd.common.region, rpkd.common.period, group.strategy.id, group.strategy.name
            ),
            header: header.clone(),
            rows,
        });
    }
    if let Some(last) = tables.last_mut() {
        let mut total = vec![Cell::Empty; width];
        total[6] = text("Jumlah Seluruh Strategi");
        for (i, amount) in grand.iter().enumerate() {
            total[first_money + i] = Cell::Rupiah(*amount);
        }
        total[first_money + years.len()] = Cell::Rupiah(grand.iter().sum());
        last.rows.push((RowKind::Total, total));
    }
    tables
}

/// One RAT's matrix, one table per strategy.
pub fn rat_tables(rat: &RatView) -> Vec<Table> {
    let quarters = ["I", "II", "III", "IV"];
    let mut header: Vec<String> = [
        "Strategi",
        "Kode Sub Kegiatan",
        "Sub Kegiatan",
        "Perangkat Daerah",
        "Indikator",
        "Satuan",
        "Target",
        "Alokasi (Rp)",
        "Pagu RPKD (Rp)",
        "Sumber Dana",
        "Jenis Bantuan",
        "Besaran Manfaat",
        "Lokasi",
        "Sasaran",
        "Satuan Sasaran",
    ]
    .map(String::from)
    .to_vec();
    for q in quarters {
        header.push(format!("Keluaran TW {q}"));
        header.push(format!("Realisasi TW {q} (Rp)"));
    }
    header.extend(
        [
            "Jumlah Realisasi (Rp)",
            "Jumlah Keluaran",
            "Capaian (%)",
            "Penyerapan (%)",
            "Status",
            "Keterangan",
        ]
        .map(String::from),
    );
    let width = header.len();
    let (allocation_col, spent_col) = (7, 15 + 8);
    let mut tables = Vec::new();
    for group in &rat.groups {
        let mut rows = Vec::new();
        for line in &group.lines {
            let mut row = vec![
                text(&group.strategy),
                text(&line.code),
                text(&line.name),
                text(format!("{} ({})", line.agency_name, line.agency)),
                opt(&line.indicator),
                opt(&line.unit),
                Cell::Number(line.target),
                Cell::Rupiah(line.allocation),
                Cell::Rupiah(line.ceiling),
                text(&line.source),
                text(line.aid_kind),
                opt(&line.benefit),
                text(if line.locations.is_empty() {
                    "Seluruh wilayah".to_owned()
                } else {
                    line.locations.join("; ")
                }),
            ];
            match &line.beneficiaries {
                Some(b) => row.extend([Cell::Number(b.count as f64), text(&b.unit)]),
                None => row.extend([Cell::Empty, Cell::Empty]),
            }
            for q in &line.quarters {
                match q {
                    Some(q) => row.extend([Cell::Number(q.output), Cell::Rupiah(q.spent)]),
                    None => row.extend([Cell::Empty, Cell::Empty]),
                }
            }
            row.push(Cell::Rupiah(line.spent));
            row.push(if line.reported {
                Cell::Number(line.output)
            } else {
                Cell::Empty
            });
            row.push(line.achievement.map_or(Cell::Empty, Cell::Percent));
            row.push(line.absorption.map_or(Cell::Empty, Cell::Percent));
            row.push(text(line.status_label));
            row.push(opt(&line.notes));
            rows.push((RowKind::Line, row));
        }
        let mut subtotal = vec![Cell::Empty; width];
        subtotal[0] = text(&group.strategy);
        subtotal[2] = text(format!("Jumlah Strategi {}", group.strategy));
        subtotal[allocation_col] = Cell::Rupiah(group.allocation);
        subtotal[spent_col] = Cell::Rupiah(group.spent);
        rows.push((RowKind::Subtotal, subtotal));
        tables.push(Table {
            name: format!("RAT {} {}", rat.year, group.strategy),
            title: format!(
                "Matriks RAT {} Tahun {} — Strategi {}: {}",
                rat.common.region, rat.year, group.strategy, group.strategy_name
            ),
            header: header.clone(),
            rows,
        });
    }
    if let Some(last) = tables.last_mut() {
        let mut total = vec![Cell::Empty; width];
        total[2] = text("Jumlah Seluruh Strategi");
        total[allocation_col] = Cell::Rupiah(rat.totals.allocation);
        total[spent_col] = Cell::Rupiah(rat.totals.spent);
        total[spent_col + 3] = rat.totals.absorption.map_or(Cell::Empty, Cell::Percent);
        last.rows.push((RowKind::Total, total));
    }
    tables
}
