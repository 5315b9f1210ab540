//! The view of the five-year RPKD document.

use super::rollup::{Recap, RecapBuilder};
use super::stats::{StatisticView, statistic_view};
use super::territory::{DistrictView, TerritoryView, location_labels};
use super::{Common, narrative_text, share};
use crate::model::lookup::{Lookup, Owner};
use crate::model::{
    FundingSource, Indicator, NationalStrategy, Plan, PlanRoot, Statistic, UnitKind, Year,
};
use crate::source::SourceFiles;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the RPKD document prints.
#[derive(Debug, Clone, Serialize)]
pub struct RpkdView {
    #[serde(flatten)]
    pub common: Common,
    /// Every regulation BAB I cites, in the official order: the national ones, the Kepmendagri
    /// of the codes and of the tagging, and the plan's own `dasar_hukum`, each placed by kind.
    pub legal_basis: Vec<String>,
    /// Narrative chapters (safe Markdown), each absent when the plan gives none.
    pub narrative: NarrativeView,
    pub pillars: Vec<PillarView>,
    pub strategies: Vec<StrategyView>,
    /// The three national strategies, always all three, in their official order.
    pub national_strategies: Vec<NationalView>,
    /// Every statistic the plan gives, in the order of BAB III.
    pub statistics: Vec<StatisticView>,
    /// Shortcuts to the two series the documents quote most.
    pub p0: Option<StatisticView>,
    pub extreme_poverty: Option<StatisticView>,
    /// Programs with their outcome indicators.
    pub programs: Vec<ProgramView>,
    /// The program matrix: the lines of each strategy, strategies in declaration order.
    pub matrix: Vec<MatrixGroup>,
    pub funding: FundingView,
    /// The region's territory: kecamatan with desa and kelurahan, or a province's kabupaten and
    /// kota; the words that name them; counts; location groups.
    pub territory: TerritoryView,
    /// The kecamatan (`territory.districts`, kept here for templates written before it).
    pub districts: Vec<DistrictView>,
    /// Poor people over all kecamatan (or kabupaten/kota) that give a figure.
    pub total_poor_people: u64,
    /// The tagging the plan follows and the budget of each of its categories.
    pub tagging: TaggingView,
    /// Beneficiaries of all sub kegiatan, summed per unit (`KK`, `jiwa`, `rumah`).
    pub beneficiaries: Vec<BeneficiariesView>,
    /// The annual action plans of this RPKD, by year.
    pub rat_years: Vec<u16>,
    pub agencies: Vec<AgencyView>,
    /// Counts for prose: programs, kegiatan, sub kegiatan, agencies, kecamatan, desa/kelurahan.
    pub counts: Counts,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct NarrativeView {
    pub foreword: Option<String>,
    pub background: Option<String>,
    pub purpose: Option<String>,
    pub general_conditions: Option<String>,
    pub poverty_characteristics: Option<String>,
    pub problems: Option<String>,
    pub previous_evaluation: Option<String>,
    pub strategic_issues: Option<String>,
    pub location_criteria: Option<String>,
    pub monitoring: Option<String>,
    pub closing: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PillarView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    /// Ids of the strategies under this pillar.
    pub strategies: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StrategyView {
    pub id: String,
    pub name: String,
    pub pillar: String,
    pub pillar_name: String,
    pub national: &'static str,
    pub national_label: &'static str,
    pub policies: Vec<String>,
    /// Number of sub kegiatan carrying this strategy.
    pub lines: usize,
    /// Indicative budget over the period.
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct NationalView {
    /// 1, 2 or 3.
    pub number: usize,
    pub key: &'static str,
    pub label: &'static str,
    /// Ids of the region strategies mapped to it.
    pub strategies: Vec<String>,
    pub lines: usize,
    pub total: u64,
    pub share: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub name: String,
    pub unit: String,
    pub baseline: f64,
    pub baseline_year: u16,
    /// One entry per year of the period (absent where the plan gives none).
    pub targets: Vec<Option<f64>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramView {
    pub code: String,
    pub name: String,
    pub strategy: String,
    pub agency: String,
    pub agency_name: String,
    pub indicators: Vec<IndicatorView>,
    pub kegiatan: Vec<KegiatanView>,
    /// Indicative budget of all its sub kegiatan, per year and in total.
    pub per_year: Vec<u64>,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct KegiatanView {
    pub code: String,
    pub name: String,
    pub sub_kegiatan: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MatrixGroup {
    pub strategy: StrategyView,
    pub lines: Vec<MatrixLine>,
    /// Budget of the group per year and in total.
    pub per_year: Vec<u64>,
    pub total: u64,
    /// The group's lines rolled up by program and kegiatan, in the order the lines come.
    pub programs: Vec<GroupProgram>,
    /// The group's beneficiaries, summed per unit.
    pub beneficiaries: Vec<BeneficiariesView>,
    /// Lines that name a location (the others cover the whole region).
    pub located: usize,
}

/// A program's lines within one strategy group, with their kegiatan.
#[derive(Debug, Clone, Serialize)]
pub struct GroupProgram {
    pub code: String,
    pub name: String,
    pub agency_name: String,
    pub lines: usize,
    pub per_year: Vec<u64>,
    pub total: u64,
    pub kegiatan: Vec<GroupKegiatan>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupKegiatan {
    pub code: String,
    pub name: String,
    pub lines: usize,
    pub per_year: Vec<u64>,
    pub total: u64,
}

/// One row of the program matrix: a sub kegiatan with all it inherits.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixLine {
    /// Where the line's program stands in `programs` (`programs[l.program_index]`).
    pub program_index: usize,
    pub program_code: String,
    pub program_name: String,
    pub kegiatan_code: String,
    pub kegiatan_name: String,
    pub code: String,
    pub name: String,
    pub intervention: &'static str,
    pub tags: Vec<String>,
    /// The first indicator (the matrix prints one per line) and any others.
    pub indicator: Option<IndicatorView>,
    pub more_indicators: Vec<IndicatorView>,
    /// Indicative ceiling per year of the period, all sources together.
    pub ceilings: Vec<u64>,
    pub total: u64,
    /// Funding sources, as printed (`APBD`, `APBN/DAK`).
    pub sources: Vec<&'static str>,
    /// The ceiling over the period per source, in the order of the source list.
    pub by_source: Vec<SourceAmount>,
    /// `Kecamatan` or `Kecamatan/Kelurahan`, a group as `desa fokus (27 desa)`; empty means the
    /// whole region.
    pub locations: Vec<String>,
    pub beneficiaries: Option<BeneficiariesView>,
    /// The agency (OPD) the line rolls up to.
    pub agency: String,
    pub agency_name: String,
    /// The unit that owns the line, when a unit does (`perangkat_daerah` names a unit).
    pub unit_name: Option<String>,
    /// The executors of a line carried out by several units, each with its own ceiling.
    pub executors: Vec<ExecutorView>,
    pub notes: Option<String>,
}

/// One executor of a sub kegiatan.
#[derive(Debug, Clone, Serialize)]
pub struct ExecutorView {
    pub id: String,
    /// The agency it rolls up to, and the unit (absent when the agency itself executes).
    pub agency_name: String,
    pub unit_name: Option<String>,
    /// `RSUD Balaraja`, or the agency's name.
    pub name: String,
    pub ceilings: Vec<u64>,
    pub total: u64,
    pub sources: Vec<&'static str>,
    pub locations: Vec<String>,
    pub beneficiaries: Option<BeneficiariesView>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceAmount {
    pub key: &'static str,
    pub label: &'static str,
    pub short_label: &'static str,
    pub amount: u64,
}

/// The plan's tagging: its basis and, per category, the budget and who carries it.
#[derive(Debug, Clone, Serialize)]
pub struct TaggingView {
    /// The Kepmendagri the tagging follows, when the plan states it.
    pub basis: Option<String>,
    pub categories: Vec<TagView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagView {
    pub id: String,
    pub label: String,
    pub per_year: Vec<u64>,
    pub total: u64,
    /// Share of the plan's whole indicative budget.
    pub share: Option<f64>,
    pub lines: usize,
    /// Agencies (OPD) and units with a tagged line.
    pub agencies: usize,
    pub units: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct BeneficiariesView {
    pub count: u64,
    pub unit: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FundingView {
    /// Total indicative budget per year and over the period.
    pub per_year: Vec<u64>,
    pub total: u64,
    pub by_national: Recap,
    pub by_pillar: Recap,
    pub by_strategy: Recap,
    pub by_agency: Recap,
    pub by_source: Recap,
    /// The units' own budgets (each also counted in its agency's row of `by_agency`).
    pub by_unit: Recap,
    /// Lines tagged `kemiskinan` and `kemiskinan_ekstrem`. A line may carry both tags, so the
    /// rows overlap: each row's `share` is of the plan's whole budget, and the recap's `per_year`
    /// and `total` are the plan's, not the sum of the rows.
    pub by_tag: Recap,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgencyView {
    pub id: String,
    pub name: String,
    /// Sub kegiatan with a part carried out by the agency or one of its units.
    pub lines: usize,
    /// Its indicative budget over the period, its units' included.
    pub total: u64,
    pub units: Vec<UnitView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnitView {
    pub id: String,
    pub name: String,
    /// `UPTD`, `RSUD`, `Puskesmas`, …
    pub kind: &'static str,
    pub lines: usize,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub programs: usize,
    pub kegiatan: usize,
    pub sub_kegiatan: usize,
    /// Agencies (OPD) that carry out a line (every agency declared when none does yet).
    pub agencies: usize,
    /// Units that carry out a line, and how many of each kind (`3 UPTD`, `1 RSUD`).
    pub units: usize,
    pub unit_kinds: Vec<KindCount>,
    /// Kecamatan, and desa/kelurahan (stated, else listed); see `territory.counts`.
    pub districts: usize,
    pub villages: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindCount {
    pub label: &'static str,
    pub count: usize,
}

pub fn build(plan: &Plan, root: &PlanRoot, sources: &SourceFiles, common: &Common) -> RpkdView {
    let years = &common.years;
    let lookup = Lookup::new(root);
    let territory = super::territory::build(plan, root, &lookup);
    let agency_name = |id: &str| {
        lookup
            .owner(id)
            .map_or(id.to_owned(), |o| o.agency.name.value.clone())
    };
    let strategy_of = |id: &str| root.strategies.iter().find(|s| s.id.value == id);
    let pillar_name = |id: &str| {
        root.pillars
            .iter()
            .find(|p| p.id.value == id)
            .map_or(id.to_owned(), |p| p.name.value.clone())
    };

    let mut by_national = RecapBuilder::new(years);
    for n in NationalStrategy::ALL {
        by_national.row(n.key(), n.label());
    }
    let mut by_pillar = RecapBuilder::new(years);
    for p in &root.pillars {
        by_pillar.row(&p.id, &p.name);
    }
    let mut by_strategy = RecapBuilder::new(years);
    for s in &root.strategies {
        by_strategy.row(&s.id, &s.name);
    }
    let mut by_agency = RecapBuilder::new(years);
    for a in &root.agencies {
        by_agency.row(&a.id, &a.name);
    }
    let mut by_unit = RecapBuilder::new(years);
    let mut by_source = RecapBuilder::new(years);
    let mut by_tag = RecapBuilder::new(years);
    for t in &lookup.tags {
        by_tag.row(&t.id, &t.label);
    }
    // Per tag: lines, and the agencies and units carrying them.
    let mut tag_holders: BTreeMap<&str, (usize, Vec<String>, Vec<String>)> = BTreeMap::new();

    let mut groups: Vec<MatrixGroup> = Vec::new();
    let mut strategy_lines: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
    // Per agency and per unit: lines and total.
    let mut agency_lines: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    let mut unit_lines: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    for line in plan.lines() {
        let sub = line.sub;
        let strategy = line.strategy.as_str();
        let Some(region_strategy) = strategy_of(strategy) else {
            continue;
        };
        let in_force: Option<Owner> = lookup.owner(&line.agency.value);
        let ceilings: Vec<u64> = years
            .iter()
            .map(|y| sub.ceiling_total(Year(*y)).0)
            .collect();
        let total = ceilings.iter().sum::<u64>();
        let mut per_source: BTreeMap<FundingSource, u64> = BTreeMap::new();
        let mut executors = Vec::new();
        let mut owners_here: Vec<(String, Option<String>)> = Vec::new();
        for part in sub.parts() {
            let owner = match part.executor {
                Some(e) => lookup.owner(&e.agency.value),
                None => in_force,
            };
            let part_years: Vec<u64> = years
                .iter()
                .map(|y| part.ceilings.total(Year(*y)).0)
                .collect();
            let part_total: u64 = part_years.iter().sum();
            for (source, amounts) in &part.ceilings.sources {
                for (year, amount) in &amounts.entries {
                    let (y, a) = (year.value.0, amount.value.0);
                    by_source.add(source.key(), source.label(), y, a);
                    if years.contains(&y) {
                        *per_source.entry(source.value).or_default() += a;
                    }
                }
            }
            if let Some(owner) = owner {
                let agency_id = owner.agency.id.value.clone();
                for (i, y) in years.iter().enumerate() {
                    by_agency.add(&agency_id, &owner.agency.name, *y, part_years[i]);
                    if let Some(unit) = owner.unit {
                        by_unit.add(&unit.id, &unit.name, *y, part_years[i]);
                    }
                }
                let entry = agency_lines.entry(agency_id.clone()).or_default();
                entry.1 += part_total;
                if let Some(unit) = owner.unit {
                    let entry = unit_lines.entry(unit.id.value.clone()).or_default();
                    entry.0 += 1;
                    entry.1 += part_total;
                }
                owners_here.push((agency_id, owner.unit.map(|u| u.id.value.clone())));
            }
            if let Some(e) = part.executor {
                let mut sources: Vec<FundingSource> =
                    part.ceilings.sources.iter().map(|(s, _)| s.value).collect();
                sources.sort();
                sources.dedup();
                executors.push(ExecutorView {
                    id: e.agency.value.clone(),
                    agency_name: owner
                        .map_or(e.agency.value.clone(), |o| o.agency.name.value.clone()),
                    unit_name: owner.and_then(|o| o.unit).map(|u| u.name.value.clone()),
                    name: owner.map_or(e.agency.value.clone(), |o| {
                        o.unit
                            .map_or(o.agency.name.value.clone(), |u| u.name.value.clone())
                    }),
                    ceilings: part_years,
                    total: part_total,
                    sources: sources.into_iter().map(|s| s.label()).collect(),
                    locations: location_labels(&e.locations, &lookup, &territory.groups),
                    beneficiaries: e.beneficiaries.as_ref().map(|b| BeneficiariesView {
                        count: b.count.value,
                        unit: b.unit.value.clone(),
                    }),
                    notes: e.notes.as_ref().map(|n| n.value.clone()),
                });
            }
        }
        owners_here.sort();
        owners_here.dedup();
        let mut agencies_here: Vec<&String> = owners_here.iter().map(|(a, _)| a).collect();
        agencies_here.dedup();
        for a in &agencies_here {
            agency_lines.entry((*a).clone()).or_default().0 += 1;
        }
        for (i, y) in years.iter().enumerate() {
            let amount = ceilings[i];
            by_national.add(
                region_strategy.national.key(),
                region_strategy.national.label(),
                *y,
                amount,
            );
            by_pillar.add(
                &region_strategy.pillar,
                &pillar_name(&region_strategy.pillar),
                *y,
                amount,
            );
            by_strategy.add(strategy, &region_strategy.name, *y, amount);
            for tag in &sub.tags {
                let label = lookup.tag_label(tag).unwrap_or(tag.as_str());
                by_tag.add(tag, label, *y, amount);
            }
        }
        for tag in &sub.tags {
            let entry = tag_holders.entry(tag.as_str()).or_default();
            entry.0 += 1;
            for (a, u) in &owners_here {
                entry.1.push(a.clone());
                if let Some(u) = u {
                    entry.2.push(u.clone());
                }
            }
        }
        let entry = strategy_lines.entry(strategy).or_default();
        entry.0 += 1;
        entry.1 += total;

        let mut indicators = sub.indicators.iter().map(|i| indicator(i, years));
        let matrix_line = MatrixLine {
            program_index: line.program_index,
            program_code: line.program.code.0.clone(),
            program_name: line.program.name.value.clone(),
            kegiatan_code: line.kegiatan.code.0.clone(),
            kegiatan_name: line.kegiatan.name.value.clone(),
            code: sub.code.0.clone(),
            name: sub.name.value.clone(),
            intervention: sub.intervention.label(),
            tags: sub
                .tags
                .iter()
                .map(|t| lookup.tag_label(t).unwrap_or(t.as_str()).to_owned())
                .collect(),
            indicator: indicators.next(),
            more_indicators: indicators.collect(),
            ceilings: ceilings.clone(),
            total,
            sources: sorted_sources(sub.sources().into_iter()),
            by_source: per_source
                .iter()
                .map(|(s, a)| SourceAmount {
                    key: s.key(),
                    label: s.label(),
                    short_label: s.short_label(),
                    amount: *a,
                })
                .collect(),
            locations: location_labels(&sub.locations, &lookup, &territory.groups),
            beneficiaries: sub.beneficiaries.as_ref().map(|b| BeneficiariesView {
                count: b.count.value,
                unit: b.unit.value.clone(),
            }),
            agency: in_force.map_or(line.agency.value.clone(), |o| o.agency.id.value.clone()),
            agency_name: agency_name(line.agency),
            unit_name: in_force.and_then(|o| o.unit).map(|u| u.name.value.clone()),
            executors,
            notes: sub.notes.as_ref().map(|n| n.value.clone()),
        };
        match groups.iter_mut().find(|g| g.strategy.id == strategy) {
            Some(group) => group.lines.push(matrix_line),
            None => groups.push(MatrixGroup {
                strategy: strategy_view(region_strategy, &pillar_name(&region_strategy.pillar)),
                lines: vec![matrix_line],
                per_year: Vec::new(),
                total: 0,
                programs: Vec::new(),
                beneficiaries: Vec::new(),
                located: 0,
            }),
        }
    }
    // Groups in the order the strategies are declared; totals per group.
    groups.sort_by_key(|g| {
        root.strategies
            .iter()
            .position(|s| s.id.value == g.strategy.id)
            .unwrap_or(usize::MAX)
    });
    for group in &mut groups {
        group.per_year = (0..years.len())
            .map(|i| group.lines.iter().map(|l| l.ceilings[i]).sum())
            .collect();
        group.total = group.per_year.iter().sum();
        group.strategy.lines = group.lines.len();
        group.strategy.total = group.total;
        group.programs = roll_up(&group.lines);
        group.beneficiaries = sum_beneficiaries(group.lines.iter());
        group.located = group
            .lines
            .iter()
            .filter(|l| !l.locations.is_empty())
            .count();
    }
    let beneficiaries = sum_beneficiaries(groups.iter().flat_map(|g| &g.lines));

    let funding = FundingView {
        by_national: by_national.finish(),
        by_pillar: by_pillar.finish(),
        by_strategy: by_strategy.finish(),
        by_agency: by_agency.finish(),
        by_unit: {
            let mut recap = by_unit.finish();
            // Units in the order their agencies and they are declared.
            let order: Vec<&str> = root
                .agencies
                .iter()
                .flat_map(|a| a.units.iter().map(|u| u.id.as_str()))
                .collect();
            recap
                .rows
                .sort_by_key(|r| order.iter().position(|u| *u == r.key).unwrap_or(usize::MAX));
            recap
        },
        by_source: {
            let mut recap = by_source.finish();
            recap.rows.sort_by_key(|r| {
                FundingSource::ALL
                    .iter()
                    .position(|s| s.key() == r.key)
                    .unwrap_or(usize::MAX)
            });
            recap
        },
        by_tag: by_tag.finish(),
        per_year: Vec::new(),
        total: 0,
    };
    let mut funding = FundingView {
        per_year: funding.by_national.per_year.clone(),
        total: funding.by_national.total,
        ..funding
    };
    funding.by_tag.per_year = funding.per_year.clone();
    funding.by_tag.total = funding.total;
    for row in &mut funding.by_tag.rows {
        row.share = share(row.total as f64, funding.total as f64);
    }
    // A unit's share is of the whole plan, like its agency's.
    for row in &mut funding.by_unit.rows {
        row.share = share(row.total as f64, funding.total as f64);
    }
    let tagging = TaggingView {
        basis: root.tagging.as_ref().map(|t| t.basis.value.clone()),
        categories: funding
            .by_tag
            .rows
            .iter()
            .map(|row| {
                let (lines, mut agencies, mut units) = tag_holders
                    .get(row.key.as_str())
                    .cloned()
                    .unwrap_or_default();
                agencies.sort();
                agencies.dedup();
                units.sort();
                units.dedup();
                TagView {
                    id: row.key.clone(),
                    label: row.label.clone(),
                    per_year: row.per_year.clone(),
                    total: row.total,
                    share: row.share,
                    lines,
                    agencies: agencies.len(),
                    units: units.len(),
                }
            })
            .collect(),
    };

    let strategies: Vec<StrategyView> = root
        .strategies
        .iter()
        .map(|s| {
            let mut view = strategy_view(s, &pillar_name(&s.pillar));
            let (lines, total) = strategy_lines
                .get(s.id.as_str())
                .copied()
                .unwrap_or_default();
            view.lines = lines;
            view.total = total;
            view
        })
        .collect();

    let national_strategies = NationalStrategy::ALL
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let mine: Vec<&StrategyView> = strategies
                .iter()
                .filter(|s| s.national == n.key())
                .collect();
            let total: u64 = mine.iter().map(|s| s.total).sum();
            NationalView {
                number: i + 1,
                key: n.key(),
                label: n.label(),
                strategies: mine.iter().map(|s| s.id.clone()).collect(),
                lines: mine.iter().map(|s| s.lines).sum(),
                total,
                share: share(total as f64, funding.total as f64),
            }
        })
        .collect();

    let statistics: Vec<StatisticView> = root
        .statistics
        .iter()
        .flat_map(|s| s.series())
        .map(|(statistic, series)| statistic_view(statistic, series, common.start, common.end))
        .collect();
    let find = |key: &str| statistics.iter().find(|s| s.key == key).cloned();

    let programs = plan
        .programs
        .iter()
        .map(|p| {
            let per_year: Vec<u64> = years
                .iter()
                .map(|y| {
                    p.activities
                        .iter()
                        .flat_map(|k| &k.sub_activities)
                        .map(|s| s.ceiling_total(Year(*y)).0)
                        .sum()
                })
                .collect();
            ProgramView {
                code: p.code.0.clone(),
                name: p.name.value.clone(),
                strategy: p.strategy.value.clone(),
                agency: lookup
                    .owner(&p.agency)
                    .map_or(p.agency.value.clone(), |o| o.agency.id.value.clone()),
                agency_name: agency_name(&p.agency),
                indicators: p.indicators.iter().map(|i| indicator(i, years)).collect(),
                kegiatan: p
                    .activities
                    .iter()
                    .map(|k| KegiatanView {
                        code: k.code.0.clone(),
                        name: k.name.value.clone(),
                        sub_kegiatan: k.sub_activities.len(),
                    })
                    .collect(),
                total: per_year.iter().sum(),
                per_year,
            }
        })
        .collect();

    let narrative = root
        .narrative
        .as_ref()
        .map(|n| {
            // Chapters are embedded under a `##` section (the foreword under its `#` page).
            let text = |m: &Option<crate::model::Markdown>, under: u8| {
                m.as_ref().map(|m| narrative_text(m, sources, under))
            };
            NarrativeView {
                foreword: text(&n.foreword, 1),
                background: text(&n.background, 2),
                purpose: text(&n.purpose, 2),
                general_conditions: text(&n.general_conditions, 2),
                poverty_characteristics: text(&n.poverty_characteristics, 2),
                problems: text(&n.problems, 2),
                previous_evaluation: text(&n.previous_evaluation, 2),
                strategic_issues: text(&n.strategic_issues, 2),
                location_criteria: text(&n.location_criteria, 2),
                monitoring: text(&n.monitoring, 2),
                closing: text(&n.closing, 1),
            }
        })
        .unwrap_or_default();

    let mut rat_years: Vec<u16> = plan.rats.iter().map(|r| r.rat.year.value.0).collect();
    rat_years.sort_unstable();
    rat_years.dedup();

    let agencies: Vec<AgencyView> = root
        .agencies
        .iter()
        .map(|a| {
            let (lines, total) = agency_lines.get(a.id.as_str()).copied().unwrap_or_default();
            AgencyView {
                id: a.id.value.clone(),
                name: a.name.value.clone(),
                lines,
                total,
                units: a
                    .units
                    .iter()
                    .map(|u| {
                        let (lines, total) =
                            unit_lines.get(u.id.as_str()).copied().unwrap_or_default();
                        UnitView {
                            id: u.id.value.clone(),
                            name: u.name.value.clone(),
                            kind: u.kind.as_ref().map_or(UnitKind::Other, |k| k.value).label(),
                            lines,
                            total,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let active_agencies = agencies.iter().filter(|a| a.lines > 0).count();
    let active_units: Vec<&UnitView> = agencies
        .iter()
        .flat_map(|a| &a.units)
        .filter(|u| u.lines > 0)
        .collect();
    let mut unit_kinds: Vec<KindCount> = Vec::new();
    for kind in UnitKind::ALL {
        let count = active_units
            .iter()
            .filter(|u| u.kind == kind.label())
            .count();
        if count > 0 {
            unit_kinds.push(KindCount {
                label: kind.label(),
                count,
            });
        }
    }

    RpkdView {
        common: common.clone(),
        legal_basis: super::legal::rpkd(root, root.signatory.date.value.year),
        narrative,
        pillars: root
            .pillars
            .iter()
            .map(|p| PillarView {
                id: p.id.value.clone(),
                name: p.name.value.clone(),
                description: p.description.as_ref().map(|d| d.value.clone()),
                strategies: root
                    .strategies
                    .iter()
                    .filter(|s| s.pillar.value == p.id.value)
                    .map(|s| s.id.value.clone())
                    .collect(),
            })
            .collect(),
        national_strategies,
        p0: find(Statistic::P0.key()),
        extreme_poverty: find(Statistic::ExtremePoverty.key()),
        statistics,
        programs,
        matrix: groups,
        funding,
        total_poor_people: territory.total_poor_people,
        districts: territory.districts.clone(),
        beneficiaries,
        rat_years,
        counts: Counts {
            programs: plan.programs.len(),
            kegiatan: plan.programs.iter().map(|p| p.activities.len()).sum(),
            sub_kegiatan: plan.lines().count(),
            agencies: if active_agencies > 0 {
                active_agencies
            } else {
                root.agencies.len()
            },
            units: active_units.len(),
            unit_kinds,
            districts: territory.districts.len(),
            villages: territory.counts.villages,
        },
        agencies,
        tagging,
        territory,
        strategies,
    }
}

/// Beneficiaries summed per unit, units in order of first appearance.
fn sum_beneficiaries<'a>(lines: impl Iterator<Item = &'a MatrixLine>) -> Vec<BeneficiariesView> {
    let mut out: Vec<BeneficiariesView> = Vec::new();
    for b in lines.filter_map(|l| l.beneficiaries.as_ref()) {
        match out.iter_mut().find(|x| x.unit == b.unit) {
            Some(x) => x.count = x.count.saturating_add(b.count),
            None => out.push(b.clone()),
        }
    }
    out
}

/// Lines rolled up by program and kegiatan (consecutive lines of one program or kegiatan form
/// one entry, as the matrix prints them).
fn roll_up(lines: &[MatrixLine]) -> Vec<GroupProgram> {
    let years = lines.first().map_or(0, |l| l.ceilings.len());
    let add = |per_year: &mut Vec<u64>, line: &MatrixLine| {
        for (sum, v) in per_year.iter_mut().zip(&line.ceilings) {
            *sum = sum.saturating_add(*v);
        }
    };
    let mut out: Vec<GroupProgram> = Vec::new();
    for line in lines {
        if out.last().is_none_or(|p| p.code != line.program_code) {
            out.push(GroupProgram {
                code: line.program_code.clone(),
                name: line.program_name.clone(),
                agency_name: line.agency_name.clone(),
                lines: 0,
                per_year: vec![0; years],
                total: 0,
                kegiatan: Vec::new(),
            });
        }
        let Some(program) = out.last_mut() else {
            continue;
        };
        program.lines += 1;
        program.total = program.total.saturating_add(line.total);
        add(&mut program.per_year, line);
        if program
            .kegiatan
            .last()
            .is_none_or(|k| k.code != line.kegiatan_code)
        {
            program.kegiatan.push(GroupKegiatan {
                code: line.kegiatan_code.clone(),
                name: line.kegiatan_name.clone(),
                lines: 0,
                per_year: vec![0; years],
                total: 0,
            });
        }
        if let Some(k) = program.kegiatan.last_mut() {
            k.lines += 1;
            k.total = k.total.saturating_add(line.total);
            add(&mut k.per_year, line);
        }
    }
    out
}

fn strategy_view(s: &crate::model::Strategy, pillar_name: &str) -> StrategyView {
    StrategyView {
        id: s.id.value.clone(),
        name: s.name.value.clone(),
        pillar: s.pillar.value.clone(),
        pillar_name: pillar_name.to_owned(),
        national: s.national.key(),
        national_label: s.national.label(),
        policies: s.policies.iter().map(|p| p.value.clone()).collect(),
        lines: 0,
        total: 0,
    }
}

fn indicator(i: &Indicator, years: &[u16]) -> IndicatorView {
    IndicatorView {
        name: i.name.value.clone(),
        unit: i.unit.value.clone(),
        baseline: i.baseline.value.value,
        baseline_year: i.baseline.year.value.0,
        targets: years
            .iter()
            .map(|y| i.targets.get(crate::model::Year(*y)).copied())
            .collect(),
    }
}

fn sorted_sources(sources: impl Iterator<Item = FundingSource>) -> Vec<&'static str> {
    let mut list: Vec<FundingSource> = sources.collect();
    list.sort();
    list.dedup();
    list.into_iter().map(|s| s.label()).collect()
}
