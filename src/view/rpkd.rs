//! The view of the five-year RPKD document.

use super::rollup::{Recap, RecapBuilder};
use super::{Common, markdown_text, share};
use crate::model::lookup::Lookup;
use crate::model::{FundingSource, Indicator, NationalStrategy, Plan, PlanRoot, Statistic};
use crate::source::SourceFiles;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the RPKD document prints.
#[derive(Debug, Clone, Serialize)]
pub struct RpkdView {
    #[serde(flatten)]
    pub common: Common,
    /// Regional regulations to cite in BAB I, after the national ones the template lists.
    pub regional_legal_basis: Vec<String>,
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
    pub districts: Vec<DistrictView>,
    /// Poor people over all kecamatan that give a figure.
    pub total_poor_people: u64,
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
pub struct StatisticView {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    /// `turun`, `naik`, or absent when neither way is better.
    pub better: Option<&'static str>,
    pub rows: Vec<ObservationView>,
    /// The target for each year that has one.
    pub targets: Vec<YearValue>,
    /// The last observed value.
    pub latest: Option<ObservationView>,
    /// The target for the last year of the period.
    pub final_target: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObservationView {
    pub year: u16,
    pub value: f64,
    pub province: Option<f64>,
    pub national: Option<f64>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct YearValue {
    pub year: u16,
    pub value: f64,
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
}

/// One row of the program matrix: a sub kegiatan with all it inherits.
#[derive(Debug, Clone, Serialize)]
pub struct MatrixLine {
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
    /// `Kecamatan` or `Kecamatan/Kelurahan`; empty means the whole region.
    pub locations: Vec<String>,
    pub beneficiaries: Option<BeneficiariesView>,
    pub agency: String,
    pub agency_name: String,
    pub notes: Option<String>,
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
    /// Lines tagged `kemiskinan` and `kemiskinan_ekstrem`. A line may carry both tags, so the
    /// rows overlap: each row's `share` is of the plan's whole budget, and the recap's `per_year`
    /// and `total` are the plan's, not the sum of the rows.
    pub by_tag: Recap,
}

#[derive(Debug, Clone, Serialize)]
pub struct DistrictView {
    pub name: String,
    pub poor_people: Option<u64>,
    /// Share of the region's poor people, in percent.
    pub share: Option<f64>,
    pub priority: bool,
    pub villages: Vec<VillageView>,
    /// Sub kegiatan that name this kecamatan or one of its desa/kelurahan.
    pub lines: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct VillageView {
    pub name: String,
    pub poor_people: Option<u64>,
    pub priority: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgencyView {
    pub id: String,
    pub name: String,
    pub lines: usize,
    pub total: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub programs: usize,
    pub kegiatan: usize,
    pub sub_kegiatan: usize,
    pub agencies: usize,
    pub districts: usize,
    pub villages: usize,
}

pub fn build(plan: &Plan, root: &PlanRoot, sources: &SourceFiles, common: &Common) -> RpkdView {
    let years = &common.years;
    let agency_names: BTreeMap<&str, &str> = root
        .agencies
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let agency_name = |id: &str| agency_names.get(id).copied().unwrap_or(id).to_owned();
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
    let mut by_source = RecapBuilder::new(years);
    let lookup = Lookup::new(root);
    let mut by_tag = RecapBuilder::new(years);
    for t in &lookup.tags {
        by_tag.row(&t.id, &t.label);
    }

    let mut groups: Vec<MatrixGroup> = Vec::new();
    let mut strategy_lines: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
    let mut agency_lines: BTreeMap<&str, (usize, u64)> = BTreeMap::new();
    for line in plan.lines() {
        let sub = line.sub;
        let strategy = line.strategy.as_str();
        let Some(region_strategy) = strategy_of(strategy) else {
            continue;
        };
        let ceilings: Vec<u64> = years
            .iter()
            .map(|y| sub.ceiling_total(crate::model::Year(*y)).0)
            .collect();
        let total = ceilings.iter().sum::<u64>();
        for part in sub.parts() {
            for (source, amounts) in &part.ceilings.sources {
                for (year, amount) in &amounts.entries {
                    let (y, a) = (year.value.0, amount.value.0);
                    by_source.add(source.key(), source.label(), y, a);
                }
            }
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
            by_agency.add(line.agency, &agency_name(line.agency), *y, amount);
            for tag in &sub.tags {
                let label = lookup.tag_label(tag).unwrap_or(tag.as_str());
                by_tag.add(tag, label, *y, amount);
            }
        }
        let entry = strategy_lines.entry(strategy).or_default();
        entry.0 += 1;
        entry.1 += total;
        let entry = agency_lines.entry(line.agency.as_str()).or_default();
        entry.0 += 1;
        entry.1 += total;

        let mut indicators = sub.indicators.iter().map(|i| indicator(i, years));
        let matrix_line = MatrixLine {
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
            locations: sub.locations.iter().map(|l| l.value.clone()).collect(),
            beneficiaries: sub.beneficiaries.as_ref().map(|b| BeneficiariesView {
                count: b.count.value,
                unit: b.unit.value.clone(),
            }),
            agency: line.agency.value.clone(),
            agency_name: agency_name(line.agency),
            notes: sub.notes.as_ref().map(|n| n.value.clone()),
        };
        match groups.iter_mut().find(|g| g.strategy.id == strategy) {
            Some(group) => group.lines.push(matrix_line),
            None => groups.push(MatrixGroup {
                strategy: strategy_view(region_strategy, &pillar_name(&region_strategy.pillar)),
                lines: vec![matrix_line],
                per_year: Vec::new(),
                total: 0,
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
    }
    let mut beneficiaries: Vec<BeneficiariesView> = Vec::new();
    for b in groups
        .iter()
        .flat_map(|g| &g.lines)
        .filter_map(|l| l.beneficiaries.as_ref())
    {
        match beneficiaries.iter_mut().find(|x| x.unit == b.unit) {
            Some(x) => x.count = x.count.saturating_add(b.count),
            None => beneficiaries.push(b.clone()),
        }
    }

    let funding = FundingView {
        by_national: by_national.finish(),
        by_pillar: by_pillar.finish(),
        by_strategy: by_strategy.finish(),
        by_agency: by_agency.finish(),
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
        .map(|(statistic, series)| statistic_view(statistic, series, common.end))
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
                        .map(|s| s.ceiling_total(crate::model::Year(*y)).0)
                        .sum()
                })
                .collect();
            ProgramView {
                code: p.code.0.clone(),
                name: p.name.value.clone(),
                strategy: p.strategy.value.clone(),
                agency: p.agency.value.clone(),
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

    let total_poor_people: u64 = root
        .districts()
        .filter_map(|d| d.poor_people.as_ref().map(|p| p.value))
        .sum();
    let location_lines = |district: &str| {
        plan.lines()
            .filter(|l| {
                l.sub.locations.iter().any(|loc| {
                    let loc = loc.value.as_str();
                    loc.split('/').next().map(str::trim) == Some(district)
                })
            })
            .count()
    };
    let districts = root
        .districts()
        .map(|d| DistrictView {
            name: d.name.value.clone(),
            poor_people: d.poor_people.as_ref().map(|p| p.value),
            share: d
                .poor_people
                .as_ref()
                .and_then(|p| share(p.value as f64, total_poor_people as f64)),
            priority: d.priority.as_ref().is_some_and(|p| p.value),
            villages: d
                .villages
                .iter()
                .map(|v| VillageView {
                    name: v.name.value.clone(),
                    poor_people: v.poor_people.as_ref().map(|p| p.value),
                    priority: v.priority.as_ref().is_some_and(|p| p.value),
                })
                .collect(),
            lines: location_lines(&d.name),
        })
        .collect();

    let narrative = root
        .narrative
        .as_ref()
        .map(|n| {
            let text =
                |m: &Option<crate::model::Markdown>| m.as_ref().map(|m| markdown_text(m, sources));
            NarrativeView {
                foreword: text(&n.foreword),
                background: text(&n.background),
                purpose: text(&n.purpose),
                general_conditions: text(&n.general_conditions),
                poverty_characteristics: text(&n.poverty_characteristics),
                problems: text(&n.problems),
                previous_evaluation: text(&n.previous_evaluation),
                strategic_issues: text(&n.strategic_issues),
                location_criteria: text(&n.location_criteria),
                monitoring: text(&n.monitoring),
                closing: text(&n.closing),
            }
        })
        .unwrap_or_default();

    let mut rat_years: Vec<u16> = plan.rats.iter().map(|r| r.rat.year.value.0).collect();
    rat_years.sort_unstable();
    rat_years.dedup();

    RpkdView {
        common: common.clone(),
        regional_legal_basis: root.legal_basis.iter().map(|l| l.value.clone()).collect(),
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
        total_poor_people,
        beneficiaries,
        districts,
        rat_years,
        agencies: root
            .agencies
            .iter()
            .map(|a| {
                let (lines, total) = agency_lines.get(a.id.as_str()).copied().unwrap_or_default();
                AgencyView {
                    id: a.id.value.clone(),
                    name: a.name.value.clone(),
                    lines,
                    total,
                }
            })
            .collect(),
        counts: Counts {
            programs: plan.programs.len(),
            kegiatan: plan.programs.iter().map(|p| p.activities.len()).sum(),
            sub_kegiatan: plan.lines().count(),
            agencies: root.agencies.len(),
            districts: root.districts().count(),
            villages: root.districts().map(|d| d.villages.len()).sum(),
        },
        strategies,
    }
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

fn statistic_view(statistic: Statistic, series: &crate::model::Series, end: u16) -> StatisticView {
    let mut rows: Vec<ObservationView> = series
        .data
        .iter()
        .map(|o| ObservationView {
            year: o.year.value.0,
            value: o.value.value,
            province: o.province.as_ref().map(|v| v.value),
            national: o.national.as_ref().map(|v| v.value),
            source: o
                .source
                .as_ref()
                .or(series.source.as_ref())
                .map(|s| s.value.clone()),
        })
        .collect();
    rows.sort_by_key(|r| r.year);
    let mut targets: Vec<YearValue> = series
        .target
        .iter()
        .flat_map(|t| &t.entries)
        .map(|(y, v)| YearValue {
            year: y.value.0,
            value: v.value,
        })
        .collect();
    targets.sort_by_key(|t| t.year);
    StatisticView {
        key: statistic.key(),
        label: statistic.label(),
        unit: statistic.unit(),
        better: statistic.better().map(|d| d.key()),
        latest: rows.last().cloned(),
        final_target: targets.iter().find(|t| t.year == end).map(|t| t.value),
        rows,
        targets,
    }
}
