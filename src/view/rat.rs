//! The view of one year's annual action plan (RAT).

use super::rpkd::BeneficiariesView;
use super::territory::location_labels;
use super::{Common, EnactmentView, iso, narrative_text, share};
use crate::model::lookup::Lookup;
use crate::model::{FundingSource, Line, PlanRoot, Rat, Statistic};
use crate::source::SourceFiles;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

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
    /// The year's theme (its own `tema`), for the cover and BAB I.
    pub rat_theme: Option<String>,
    /// The instrument that enacts this RAT, when it has one (`common.enactment` is the RPKD's).
    pub rat_enactment: Option<EnactmentView>,
    /// Every regulation BAB I cites, in the official order, the RPKD's Perkada among them.
    pub legal_basis: Vec<String>,
    /// The year's conditions (safe Markdown).
    pub conditions: Option<String>,
    /// The action matrix: lines grouped by region strategy, in declaration order.
    pub groups: Vec<RatGroup>,
    /// Whether any line reports realisation (the document then shows the realisation tables).
    pub has_realisation: bool,
    pub totals: RatTotals,
    /// Per agency (OPD), its units' lines included.
    pub by_agency: Vec<RatRecapRow>,
    /// Per unit, for the units that carry out lines (also counted in their agency's row).
    pub by_unit: Vec<RatRecapRow>,
    pub by_strategy: Vec<RatRecapRow>,
    /// Allocation and realisation per funding source; they add up to `totals`.
    pub by_source: Vec<RatRecapRow>,
    /// Allocation per tag category (a line may carry several, so rows overlap; `share` is of
    /// the whole allocation), with the agencies and units carrying each.
    pub by_tag: Vec<RatTagRow>,
    /// The Kepmendagri the tagging follows, when the plan states it.
    pub tagging_basis: Option<String>,
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
    /// The agency (OPD) the line rolls up to, and the unit that carries it out, if a unit does.
    pub agency: String,
    pub agency_name: String,
    pub unit_id: Option<String>,
    pub unit_name: Option<String>,
    /// Who carries the line out: the unit's name, else the agency's.
    pub executor: String,
    /// Whether the sub kegiatan has other lines in this RAT (several executors), so a table
    /// without an executor column names the executor beside it.
    pub shared: bool,
    pub indicator: Option<String>,
    pub unit: Option<String>,
    pub target: f64,
    pub allocation: u64,
    /// The RPKD ceiling for this line and year (its executor's, for a line of one executor).
    pub ceiling: u64,
    /// The funding sources, as printed (`APBD, Bantuan Keuangan Provinsi`).
    pub source: String,
    /// Allocation and realisation per source, in the order of the source list.
    pub sources: Vec<SourceSplit>,
    /// Tag categories of the sub kegiatan: their labels, and their ids.
    pub tags: Vec<String>,
    pub tag_ids: Vec<String>,
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
pub struct SourceSplit {
    pub key: &'static str,
    pub label: &'static str,
    pub short_label: &'static str,
    pub allocation: u64,
    pub spent: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RatTagRow {
    pub key: String,
    pub label: String,
    pub lines: usize,
    pub allocation: u64,
    pub spent: u64,
    pub share: Option<f64>,
    pub agencies: usize,
    pub units: usize,
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
    lookup: &Lookup,
    groups_view: &[super::territory::GroupView],
) -> RatView {
    let year = rat.year.value;
    let mut groups: Vec<RatGroup> = Vec::new();
    let mut counts = StatusCounts::default();
    let mut all_lines: Vec<(String, RatLineView)> = Vec::new();
    // Expanded places per line, for the location table.
    let mut line_places: Vec<Vec<String>> = Vec::new();
    for line in &rat.lines {
        let Some(rpkd) = by_code.get(line.sub_activity.value.0.as_str()) else {
            continue;
        };
        let holder = line.agency.as_ref().unwrap_or(rpkd.agency);
        let owner = lookup.owner(&holder.value);
        let part_ceiling = rpkd
            .sub
            .parts()
            .iter()
            .find(|p| p.executor.is_some_and(|e| e.agency.value == holder.value))
            .map(|p| p.ceilings.total(year).0);
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
        let allocation = line.allocation.total().0;
        let achievement = if reported {
            share(output, line.target.value)
        } else {
            None
        };
        let absorption = if reported {
            share(spent as f64, allocation as f64)
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
        let spent_by = line.spent_by_source();
        let mut split: Vec<SourceSplit> = line
            .allocation_by_source()
            .into_iter()
            .map(|(s, a)| SourceSplit {
                key: s.key(),
                label: s.label(),
                short_label: s.short_label(),
                allocation: a.0,
                spent: spent_by
                    .iter()
                    .filter(|(k, _)| *k == s)
                    .map(|(_, v)| v.0)
                    .sum(),
            })
            .collect();
        // Spending from a source without allocation (W019) still counts, at zero allocation.
        for (s, v) in &spent_by {
            if !split.iter().any(|x| x.key == s.key()) {
                split.push(SourceSplit {
                    key: s.key(),
                    label: s.label(),
                    short_label: s.short_label(),
                    allocation: 0,
                    spent: v.0,
                });
            }
        }
        split.sort_by_key(|x| {
            FundingSource::ALL
                .iter()
                .position(|s| s.key() == x.key)
                .unwrap_or(usize::MAX)
        });
        let indicator = rpkd.sub.indicators.first();
        let view = RatLineView {
            program_code: rpkd.program.code.0.clone(),
            kegiatan_code: rpkd.kegiatan.code.0.clone(),
            code: rpkd.sub.code.0.clone(),
            name: rpkd.sub.name.value.clone(),
            program_name: rpkd.program.name.value.clone(),
            kegiatan_name: rpkd.kegiatan.name.value.clone(),
            agency: owner.map_or(holder.value.clone(), |o| o.agency.id.value.clone()),
            agency_name: owner.map_or(holder.value.clone(), |o| o.agency.name.value.clone()),
            unit_id: owner.and_then(|o| o.unit).map(|u| u.id.value.clone()),
            unit_name: owner.and_then(|o| o.unit).map(|u| u.name.value.clone()),
            executor: owner.map_or(holder.value.clone(), |o| {
                o.unit
                    .map_or(o.agency.name.value.clone(), |u| u.name.value.clone())
            }),
            shared: false,
            indicator: indicator.map(|i| i.name.value.clone()),
            unit: indicator.map(|i| i.unit.value.clone()),
            target: line.target.value,
            allocation,
            ceiling: part_ceiling.unwrap_or(rpkd.sub.ceiling_total(year).0),
            source: split
                .iter()
                .filter(|x| x.allocation > 0 || split.len() == 1)
                .map(|x| x.label)
                .collect::<Vec<_>>()
                .join(", "),
            sources: split,
            tags: rpkd
                .sub
                .tags
                .iter()
                .map(|t| lookup.tag_label(t).unwrap_or(t.as_str()).to_owned())
                .collect(),
            tag_ids: rpkd.sub.tags.iter().map(|t| t.value.clone()).collect(),
            aid_kind: line.aid_kind.label(),
            benefit: line.benefit.as_ref().map(|b| b.value.clone()),
            locations: location_labels(&line.locations, lookup, groups_view),
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
        line_places.push(
            lookup
                .expand(&line.locations)
                .into_iter()
                .map(|(n, _)| n)
                .collect(),
        );
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
    let mut times: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (_, l) in &all_lines {
        *times.entry(l.code.clone()).or_default() += 1;
    }
    for l in all_lines
        .iter_mut()
        .map(|(_, l)| l)
        .chain(groups.iter_mut().flat_map(|g| &mut g.lines))
    {
        l.shared = times.get(&l.code).is_some_and(|n| *n > 1);
    }
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
        |(_, l)| Some(&l.agency),
        allocation,
    );
    let by_unit = recap(
        root.agencies.iter().flat_map(|a| {
            a.units
                .iter()
                .map(|u| (u.id.value.clone(), u.name.value.clone()))
        }),
        &all_lines,
        |(_, l)| l.unit_id.as_deref(),
        allocation,
    );
    let by_strategy = recap(
        root.strategies
            .iter()
            .map(|s| (s.id.value.clone(), s.name.value.clone())),
        &all_lines,
        |(s, _)| Some(s),
        allocation,
    );
    let by_source: Vec<RatRecapRow> = FundingSource::ALL
        .iter()
        .filter_map(|source| {
            let mine: Vec<(&RatLineView, &SourceSplit)> = all_lines
                .iter()
                .filter_map(|(_, l)| {
                    l.sources
                        .iter()
                        .find(|x| x.key == source.key())
                        .map(|x| (l, x))
                })
                .collect();
            if mine.is_empty() {
                return None;
            }
            let alloc: u64 = mine.iter().map(|(_, x)| x.allocation).sum();
            let spent: u64 = mine.iter().map(|(_, x)| x.spent).sum();
            let reported = mine.iter().any(|(l, _)| l.reported);
            Some(RatRecapRow {
                key: source.key().to_owned(),
                label: source.label().to_owned(),
                lines: mine.len(),
                allocation: alloc,
                spent,
                absorption: if reported {
                    share(spent as f64, alloc as f64)
                } else {
                    None
                },
                achievement: None,
                share: share(alloc as f64, allocation as f64),
            })
        })
        .collect();
    let by_tag: Vec<RatTagRow> = lookup
        .tags
        .iter()
        .map(|t| {
            let mine: Vec<&RatLineView> = all_lines
                .iter()
                .map(|(_, l)| l)
                .filter(|l| l.tag_ids.contains(&t.id))
                .collect();
            let mut agencies: Vec<&str> = mine.iter().map(|l| l.agency.as_str()).collect();
            agencies.sort_unstable();
            agencies.dedup();
            let mut units: Vec<&str> = mine.iter().filter_map(|l| l.unit_id.as_deref()).collect();
            units.sort_unstable();
            units.dedup();
            let alloc: u64 = mine.iter().map(|l| l.allocation).sum();
            RatTagRow {
                key: t.id.clone(),
                label: t.label.clone(),
                lines: mine.len(),
                allocation: alloc,
                spent: mine.iter().map(|l| l.spent).sum(),
                share: share(alloc as f64, allocation as f64),
                agencies: agencies.len(),
                units: units.len(),
            }
        })
        .collect();

    // Each place once, its lines' codes once each, in the order the lines come.
    let mut places: HashMap<&str, (LocationView, HashSet<&str>)> = HashMap::new();
    for ((_, l), names) in all_lines.iter().zip(&line_places) {
        for name in names {
            let (place, codes) = places.entry(name).or_insert_with(|| {
                let view = LocationView {
                    name: name.clone(),
                    lines: Vec::new(),
                    allocation: 0,
                };
                (view, HashSet::new())
            });
            if codes.insert(&l.code) {
                place.lines.push(l.code.clone());
            }
            place.allocation += l.allocation;
        }
    }
    let mut locations: Vec<LocationView> = places.into_values().map(|(view, _)| view).collect();
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
    let date = rat
        .date
        .as_ref()
        .map_or(root.signatory.date.value, |d| d.value);

    RatView {
        common: common.clone(),
        year: year.0,
        poverty_target: rat.poverty_target.value,
        extreme_poverty_target: rat.extreme_poverty_target.value,
        poverty_before: before(Statistic::P0),
        extreme_poverty_before: before(Statistic::ExtremePoverty),
        date: iso(date),
        rat_theme: rat.theme.as_ref().map(|t| t.value.trim().to_owned()),
        rat_enactment: rat.enactment.as_ref().map(EnactmentView::new),
        legal_basis: super::legal::rat(root, date.year, &common.region, &common.period),
        conditions: rat
            .conditions
            .as_ref()
            .map(|m| narrative_text(m, sources, 2)),
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
        by_unit,
        by_strategy,
        by_source,
        by_tag,
        tagging_basis: root.tagging.as_ref().map(|t| t.basis.value.clone()),
        status_counts: counts,
        locations,
        beneficiaries,
    }
}

/// Recap rows in the order of `keys`, leaving out keys with no line; `key_of` is the key a
/// line counts under, if any.
fn recap<'a>(
    keys: impl Iterator<Item = (String, String)>,
    lines: &'a [(String, RatLineView)],
    key_of: impl Fn(&'a (String, RatLineView)) -> Option<&'a str>,
    total_allocation: u64,
) -> Vec<RatRecapRow> {
    let mut by_key: HashMap<&str, Vec<&RatLineView>> = HashMap::new();
    for line in lines {
        if let Some(key) = key_of(line) {
            by_key.entry(key).or_default().push(&line.1);
        }
    }
    keys.filter_map(|(key, label)| {
        let mine = by_key.get(key.as_str())?;
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
