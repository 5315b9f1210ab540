//! The view of one year's annual action plan (RAT).

use super::rpkd::BeneficiariesView;
use super::{Common, iso, markdown_text, share};
use crate::model::{Line, PlanRoot, Rat, Statistic};
use crate::source::SourceFiles;
use serde::Serialize;
use std::collections::HashMap;

/// Everything one RAT document prints.
#[derive(Debug, Clone, Serialize)]
pub struct RatView {
    #[serde(flatten)]
    pub common: Common,
    pub year: u16,
    /// The year's graduation targets (percent).
    pub poverty_target: f64,
    pub extreme_poverty_target: f64,
    /// The latest observed poverty and extreme-poverty rates before this year, if known.
    pub poverty_before: Option<YearRate>,
    pub extreme_poverty_before: Option<YearRate>,
    /// ISO date the RAT is signed: its own `tanggal`, else the RPKD's.
    pub date: String,
    /// The year's conditions (safe Markdown).
    pub conditions: Option<String>,
    /// The action matrix: lines grouped by region strategy, in declaration order.
    pub groups: Vec<RatGroup>,
    /// Whether any line reports realisation (the document then shows the realisation tables).
    pub has_realisation: bool,
    pub totals: RatTotals,
    pub by_agency: Vec<RatRecapRow>,
    pub by_strategy: Vec<RatRecapRow>,
    /// How many lines have each status.
    pub status_counts: StatusCounts,
    /// Every location the lines name, with the lines there.
    pub locations: Vec<LocationView>,
    /// Beneficiaries summed per unit (`KK`, `jiwa`, `rumah`).
    pub beneficiaries: Vec<BeneficiariesView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearRate {
    pub year: u16,
    pub value: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatGroup {
    pub strategy: String,
    pub strategy_name: String,
    pub national_label: &'static str,
    pub lines: Vec<RatLineView>,
    pub allocation: u64,
    pub spent: u64,
}

/// One row of the RAT matrix.
#[derive(Debug, Clone, Serialize)]
pub struct RatLineView {
    pub program_code: String,
    pub kegiatan_code: String,
    pub code: String,
    pub name: String,
    pub program_name: String,
    pub kegiatan_name: String,
    pub agency: String,
    pub agency_name: String,
    pub indicator: Option<String>,
    pub unit: Option<String>,
    pub target: f64,
    pub allocation: u64,
    /// The RPKD ceiling for this line and year.
    pub ceiling: u64,
    pub source: String,
    pub aid_kind: &'static str,
    pub benefit: Option<String>,
    pub locations: Vec<String>,
    pub beneficiaries: Option<BeneficiariesView>,
    /// Four entries, quarters I–IV; absent where nothing is reported.
    pub quarters: Vec<Option<QuarterView>>,
    pub spent: u64,
    pub output: f64,
    /// Whether any quarter is reported.
    pub reported: bool,
    /// Output against target, in percent (absent without realisation).
    pub achievement: Option<f64>,
    /// Spending against allocation, in percent.
    pub absorption: Option<f64>,
    /// `sesuai_target`, `on_progress`, `perlu_perhatian` or `belum_ada_realisasi`.
    pub status: &'static str,
    pub status_label: &'static str,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuarterView {
    pub spent: u64,
    pub output: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RatTotals {
    pub lines: usize,
    pub allocation: u64,
    pub spent: u64,
    pub absorption: Option<f64>,
    /// Spending and output per quarter I–IV over all lines (absent where no line reports it).
    pub quarters: Vec<Option<QuarterView>>,
    /// Mean achievement of the lines that report realisation.
    pub achievement: Option<f64>,
    /// The allocation spelt out (*terbilang*), without "rupiah".
    pub allocation_words: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatRecapRow {
    pub key: String,
    pub label: String,
    pub lines: usize,
    pub allocation: u64,
    pub spent: u64,
    pub absorption: Option<f64>,
    /// Mean achievement of the lines that report realisation.
    pub achievement: Option<f64>,
    pub share: Option<f64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct StatusCounts {
    pub on_target: usize,
    pub in_progress: usize,
    pub attention: usize,
    pub not_reported: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocationView {
    pub name: String,
    /// Codes of the lines there.
    pub lines: Vec<String>,
    pub allocation: u64,
}

/// The status of a line from its achievement, by the plan's thresholds.
pub fn status(achievement: Option<f64>, common: &Common) -> (&'static str, &'static str) {
    match achievement {
        None => ("belum_ada_realisasi", "Belum ada realisasi"),
        Some(a) if a >= common.threshold_on_target => ("sesuai_target", "Sesuai target"),
        Some(a) if a >= common.threshold_in_progress => ("on_progress", "On progress"),
        Some(_) => ("perlu_perhatian", "Perlu perhatian"),
    }
}

pub fn build(
    by_code: &HashMap<&str, Line<'_>>,
    root: &PlanRoot,
    rat: &Rat,
    sources: &SourceFiles,
    common: &Common,
) -> RatView {
    let year = rat.year.value;
    let agency_name = |id: &str| {
        root.agencies
            .iter()
            .find(|a| a.id.value == id)
            .map_or(id.to_owned(), |a| a.name.value.clone())
    };
    let mut groups: Vec<RatGroup> = Vec::new();
    let mut counts = StatusCounts::default();
    let mut all_lines: Vec<(String, RatLineView)> = Vec::new();
    for line in &rat.lines {
        let Some(rpkd) = by_code.get(line.sub_activity.value.0.as_str()) else {
            continue;
        };
        let mut quarters: Vec<Option<QuarterView>> = vec![None, None, None, None];
        for r in &line.realisation {
            if let Some(slot) = quarters.get_mut((r.quarter.value as usize).wrapping_sub(1)) {
                *slot = Some(QuarterView {
                    spent: r.spent.total().0,
                    output: r.output.value,
                });
            }
        }
        let reported = !line.realisation.is_empty();
        let spent: u64 = line.spent_total().0;
        let output: f64 = line.realisation.iter().map(|r| r.output.value).sum();
        let achievement = if reported {
            share(output, line.target.value)
        } else {
            None
        };
        let absorption = if reported {
            share(spent as f64, line.allocation.total().0 as f64)
        } else {
            None
        };
        let (status_key, status_label) = status(achievement, common);
        match status_key {
            "sesuai_target" => counts.on_target += 1,
            "on_progress" => counts.in_progress += 1,
            "perlu_perhatian" => counts.attention += 1,
            _ => counts.not_reported += 1,
        }
        let indicator = rpkd.sub.indicators.first();
        let view = RatLineView {
            program_code: rpkd.program.code.0.clone(),
            kegiatan_code: rpkd.kegiatan.code.0.clone(),
            code: rpkd.sub.code.0.clone(),
            name: rpkd.sub.name.value.clone(),
            program_name: rpkd.program.name.value.clone(),
            kegiatan_name: rpkd.kegiatan.name.value.clone(),
            agency: rpkd.agency.value.clone(),
            agency_name: agency_name(rpkd.agency),
            indicator: indicator.map(|i| i.name.value.clone()),
            unit: indicator.map(|i| i.unit.value.clone()),
            target: line.target.value,
            allocation: line.allocation.total().0,
            ceiling: rpkd.sub.ceiling_total(year).0,
            source: line
                .allocation_by_source()
                .iter()
                .map(|(s, _)| s.label())
                .collect::<Vec<_>>()
                .join(", "),
            aid_kind: line.aid_kind.label(),
            benefit: line.benefit.as_ref().map(|b| b.value.clone()),
            locations: line.locations.iter().map(|l| l.value.clone()).collect(),
            beneficiaries: line.beneficiaries.as_ref().map(|b| BeneficiariesView {
                count: b.count.value,
                unit: b.unit.value.clone(),
            }),
            quarters,
            spent,
            output,
            reported,
            achievement,
            absorption,
            status: status_key,
            status_label,
            notes: line.notes.as_ref().map(|n| n.value.clone()),
        };
        let strategy = rpkd.strategy.value.clone();
        match groups.iter_mut().find(|g| g.strategy == strategy) {
            Some(g) => g.lines.push(view.clone()),
            None => {
                let s = root.strategies.iter().find(|s| s.id.value == strategy);
                groups.push(RatGroup {
                    strategy_name: s.map_or(strategy.clone(), |s| s.name.value.clone()),
                    national_label: s.map_or("", |s| s.national.label()),
                    strategy: strategy.clone(),
                    lines: vec![view.clone()],
                    allocation: 0,
                    spent: 0,
                })
            }
        }
        all_lines.push((strategy, view));
    }
    groups.sort_by_key(|g| {
        root.strategies
            .iter()
            .position(|s| s.id.value == g.strategy)
            .unwrap_or(usize::MAX)
    });
    for g in &mut groups {
        g.allocation = g.lines.iter().map(|l| l.allocation).sum();
        g.spent = g.lines.iter().map(|l| l.spent).sum();
    }

    let allocation: u64 = all_lines.iter().map(|(_, l)| l.allocation).sum();
    let spent: u64 = all_lines.iter().map(|(_, l)| l.spent).sum();
    let has_realisation = all_lines.iter().any(|(_, l)| l.reported);
    let quarters: Vec<Option<QuarterView>> = (0..4)
        .map(|q| {
            let reported: Vec<&QuarterView> = all_lines
                .iter()
                .filter_map(|(_, l)| l.quarters[q].as_ref())
                .collect();
            (!reported.is_empty()).then(|| QuarterView {
                spent: reported.iter().map(|r| r.spent).sum(),
                output: reported.iter().map(|r| r.output).sum(),
            })
        })
        .collect();
    let achieved: Vec<f64> = all_lines
        .iter()
        .filter_map(|(_, l)| l.achievement)
        .collect();

    let by_agency = recap(
        root.agencies
            .iter()
            .map(|a| (a.id.value.clone(), a.name.value.clone())),
        &all_lines,
        |(_, l)| l.agency.clone(),
        allocation,
    );
    let by_strategy = recap(
        root.strategies
            .iter()
            .map(|s| (s.id.value.clone(), s.name.value.clone())),
        &all_lines,
        |(s, _)| s.clone(),
        allocation,
    );

    let mut locations: Vec<LocationView> = Vec::new();
    for (_, l) in &all_lines {
        for name in &l.locations {
            match locations.iter_mut().find(|x| &x.name == name) {
                Some(x) => {
                    x.lines.push(l.code.clone());
                    x.allocation += l.allocation;
                }
                None => locations.push(LocationView {
                    name: name.clone(),
                    lines: vec![l.code.clone()],
                    allocation: l.allocation,
                }),
            }
        }
    }
    locations.sort_by(|a, b| a.name.cmp(&b.name));
    let mut beneficiaries: Vec<BeneficiariesView> = Vec::new();
    for b in all_lines
        .iter()
        .filter_map(|(_, l)| l.beneficiaries.as_ref())
    {
        match beneficiaries.iter_mut().find(|x| x.unit == b.unit) {
            Some(x) => x.count = x.count.saturating_add(b.count),
            None => beneficiaries.push(b.clone()),
        }
    }

    let before = |statistic: Statistic| {
        root.statistics
            .as_ref()
            .and_then(|s| s.get(statistic))
            .and_then(|s| {
                s.data
                    .iter()
                    .filter(|o| o.year.value < year)
                    .max_by_key(|o| o.year.value)
            })
            .map(|o| YearRate {
                year: o.year.value.0,
                value: o.value.value,
            })
    };

    RatView {
        common: common.clone(),
        year: year.0,
        poverty_target: rat.poverty_target.value,
        extreme_poverty_target: rat.extreme_poverty_target.value,
        poverty_before: before(Statistic::P0),
        extreme_poverty_before: before(Statistic::ExtremePoverty),
        date: iso(rat
            .date
            .as_ref()
            .map_or(root.signatory.date.value, |d| d.value)),
        conditions: rat.conditions.as_ref().map(|m| markdown_text(m, sources)),
        groups,
        has_realisation,
        totals: RatTotals {
            lines: all_lines.len(),
            allocation,
            spent,
            absorption: if has_realisation {
                share(spent as f64, allocation as f64)
            } else {
                None
            },
            allocation_words: crate::locale::terbilang(allocation),
            quarters,
            achievement: mean(&achieved),
        },
        by_agency,
        by_strategy,
        status_counts: counts,
        locations,
        beneficiaries,
    }
}

/// Recap rows in the order of `keys`, leaving out keys with no line.
fn recap(
    keys: impl Iterator<Item = (String, String)>,
    lines: &[(String, RatLineView)],
    key_of: impl Fn(&(String, RatLineView)) -> String,
    total_allocation: u64,
) -> Vec<RatRecapRow> {
    keys.filter_map(|(key, label)| {
        let mine: Vec<&RatLineView> = lines
            .iter()
            .filter(|l| key_of(l) == key)
            .map(|(_, l)| l)
            .collect();
        if mine.is_empty() {
            return None;
        }
        let allocation: u64 = mine.iter().map(|l| l.allocation).sum();
        let spent: u64 = mine.iter().map(|l| l.spent).sum();
        let achieved: Vec<f64> = mine.iter().filter_map(|l| l.achievement).collect();
        let reported = mine.iter().any(|l| l.reported);
        Some(RatRecapRow {
            lines: mine.len(),
            allocation,
            spent,
            absorption: if reported {
                share(spent as f64, allocation as f64)
            } else {
                None
            },
            achievement: mean(&achieved),
            share: share(allocation as f64, total_allocation as f64),
            key,
            label,
        })
    })
    .collect()
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}
