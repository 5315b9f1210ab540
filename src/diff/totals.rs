//! The roll-up tables of the comparison: pagu over the period by some key (national strategy,
//! region strategy, agency, unit, funding source), before and after, summed the way the RPKD's
//! own recap tables sum them.

use super::change::{Amounts, TotalRow, TotalTable};
use super::facts::{PlanFacts, SubLine};
use std::collections::BTreeMap;

pub(super) fn totals(
    a: &PlanFacts,
    b: &PlanFacts,
    key: impl Fn(&PlanFacts, &SubLine) -> Vec<(String, u64)>,
    label: impl Fn(&str, &PlanFacts, &PlanFacts) -> String,
    declared: Vec<String>,
) -> TotalTable {
    let mut order: Vec<String> = Vec::new();
    for k in declared {
        if !order.contains(&k) {
            order.push(k);
        }
    }
    let mut sums: BTreeMap<String, [(u64, usize); 2]> = BTreeMap::new();
    for (side, f) in [a, b].iter().enumerate() {
        for s in &f.subs {
            for (k, amount) in key(f, s) {
                if !order.contains(&k) {
                    order.push(k.clone());
                }
                let e = &mut sums.entry(k).or_default()[side];
                e.0 += amount;
                e.1 += 1;
            }
        }
    }
    let rows: Vec<TotalRow> = order
        .iter()
        .map(|k| {
            let [old, new] = sums.get(k).copied().unwrap_or_default();
            row(k.clone(), label(k, a, b), old, new)
        })
        .collect();
    table(rows)
}

pub(super) fn source_totals(a: &PlanFacts, b: &PlanFacts) -> TotalTable {
    let sum = |f: &PlanFacts, key: &str| -> (u64, usize) {
        let mut total = 0;
        let mut lines = 0;
        for s in &f.subs {
            if let Some(years) = s.by_source.get(key) {
                total += years.values().sum::<u64>();
                lines += 1;
            }
        }
        (total, lines)
    };
    let rows: Vec<TotalRow> = crate::model::FundingSource::ALL
        .iter()
        .filter_map(|source| {
            let (o, ol) = sum(a, source.key());
            let (n, nl) = sum(b, source.key());
            if ol == 0 && nl == 0 {
                return None;
            }
            Some(row(
                source.key().into(),
                source.label().into(),
                (o, ol),
                (n, nl),
            ))
        })
        .collect();
    table(rows)
}

/// One row: the pagu and the number of lines under a key, before and after.
fn row(key: String, label: String, (o, ol): (u64, usize), (n, nl): (u64, usize)) -> TotalRow {
    let amounts = Amounts::new(None, Some(o), Some(n));
    TotalRow {
        key,
        label,
        changed: amounts.changed() || ol != nl,
        amounts,
        old_lines: ol,
        new_lines: nl,
    }
}

/// The table of `rows`, with their total.
fn table(rows: Vec<TotalRow>) -> TotalTable {
    let total = Amounts::new(
        None,
        Some(rows.iter().map(|r| r.amounts.old.unwrap_or(0)).sum()),
        Some(rows.iter().map(|r| r.amounts.new.unwrap_or(0)).sum()),
    );
    TotalTable {
        changed: rows.iter().any(|r| r.changed),
        rows,
        total,
    }
}
