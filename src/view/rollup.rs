//! Budget roll-ups: amounts per year summed by some key (national strategy, agency, funding
//! source, …), with row totals, column totals and each row's share of the whole.

use super::share;
use serde::Serialize;

/// A recap table: one row per key, one column per year of the period.
#[derive(Debug, Clone, Serialize)]
pub struct Recap {
    pub rows: Vec<RecapRow>,
    /// Column totals, one per year.
    pub per_year: Vec<u64>,
    /// Grand total over all rows and years.
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RecapRow {
    /// A stable key (`pengurangan_beban`, `DINSOS`, `apbd`).
    pub key: String,
    /// What the document prints.
    pub label: String,
    /// Amount per year of the period, in whole rupiah.
    pub per_year: Vec<u64>,
    pub total: u64,
    /// Share of the grand total in percent (`None` when the grand total is zero).
    pub share: Option<f64>,
}

/// Collects amounts into a [`Recap`], keeping rows in the order they were declared.
pub struct RecapBuilder {
    years: Vec<u16>,
    rows: Vec<RecapRow>,
}

impl RecapBuilder {
    pub fn new(years: &[u16]) -> Self {
        RecapBuilder {
            years: years.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Declare a row up front, so it shows even with nothing in it.
    pub fn row(&mut self, key: &str, label: &str) -> &mut Self {
        self.index(key, label);
        self
    }

    fn index(&mut self, key: &str, label: &str) -> usize {
        match self.rows.iter().position(|r| r.key == key) {
            Some(i) => i,
            None => {
                self.rows.push(RecapRow {
                    key: key.to_owned(),
                    label: label.to_owned(),
                    per_year: vec![0; self.years.len()],
                    total: 0,
                    share: None,
                });
                self.rows.len() - 1
            }
        }
    }

    pub fn add(&mut self, key: &str, label: &str, year: u16, amount: u64) {
        let i = self.index(key, label);
        if let Some(col) = self.years.iter().position(|y| *y == year) {
            let row = &mut self.rows[i];
            row.per_year[col] = row.per_year[col].saturating_add(amount);
        }
    }

    pub fn finish(mut self) -> Recap {
        let mut per_year = vec![0u64; self.years.len()];
        for row in &mut self.rows {
            row.total = row.per_year.iter().fold(0u64, |a, b| a.saturating_add(*b));
            for (col, amount) in row.per_year.iter().enumerate() {
                per_year[col] = per_year[col].saturating_add(*amount);
            }
        }
        let total = per_year.iter().fold(0u64, |a, b| a.saturating_add(*b));
        for row in &mut self.rows {
            row.share = share(row.total as f64, total as f64);
        }
        Recap {
            rows: self.rows,
            per_year,
            total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_rows_columns_and_shares() {
        let mut b = RecapBuilder::new(&[2025, 2026]);
        b.row("a", "A").row("z", "Zero");
        b.add("a", "A", 2025, 30);
        b.add("b", "B", 2026, 10);
        b.add("a", "A", 2026, 60);
        b.add("a", "A", 2031, 999); // outside the period: ignored
        let r = b.finish();
        assert_eq!(
            r.rows.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(),
            ["a", "z", "b"]
        );
        assert_eq!(r.rows[0].per_year, [30, 60]);
        assert_eq!(r.rows[0].total, 90);
        assert_eq!(r.per_year, [30, 70]);
        assert_eq!(r.total, 100);
        assert_eq!(r.rows[0].share, Some(90.0));
        assert_eq!(r.rows[1].share, Some(0.0));
    }
}
