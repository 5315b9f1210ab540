//! The province roll-up (*sinkronisasi*): a province plan beside the plans of its kabupaten and
//! kota. For each region its poverty figures and targets, its indicative budget by national
//! strategy and by funding source, and how its programs line up with the province's (programs
//! share their `U.BB.PP` code across levels of government, Permendagri 90/2019); the gaps both
//! ways; totals over the whole province that add up.
//!
//! Every sum is over the province's period: a kabupaten/kota plan of another period contributes
//! the years the two share (W021 says so).

use super::Common;
use crate::model::lookup::Lookup;
use crate::model::{FundingSource, NationalStrategy, Plan, PlanRoot, Statistic, Year};
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the synchronisation document prints.
#[derive(Debug, Clone, Serialize)]
pub struct SyncView {
    #[serde(flatten)]
    pub common: Common,
    /// The province first, then every kabupaten/kota of its `wilayah`, in that order (those
    /// without a plan carry only the figures the province records for them).
    pub regions: Vec<SyncRegion>,
    /// How many kabupaten/kota have a plan, and how many the province has.
    pub linked: usize,
    pub members: usize,
    /// The three national strategies, in order.
    pub national: Vec<Label>,
    /// The funding sources any region uses, in the order of the source list.
    pub sources: Vec<Label>,
    /// Sums over the province and every kabupaten/kota plan.
    pub total: SyncBudget,
    /// The kabupaten/kota plans alone.
    pub members_total: SyncBudget,
    /// The province's strategies with their programs and each program's counterparts.
    pub alignment: Vec<StrategyAlignment>,
    /// Gaps: a national strategy a kabupaten/kota has no program for; a province program with
    /// no counterpart in a kabupaten/kota; kabupaten/kota programs the province has none for.
    pub gaps: Gaps,
}

#[derive(Debug, Clone, Serialize)]
pub struct Label {
    pub key: &'static str,
    pub label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct SyncRegion {
    /// `Provinsi Banten`, `Kabupaten Tangerang`
    pub name: String,
    pub is_province: bool,
    pub has_plan: bool,
    /// `2025–2029`, for a region with a plan.
    pub period: Option<String>,
    /// Whether the plan's period differs from the province's.
    pub other_period: bool,
    /// The latest P0 and extreme poverty, and their targets for the province's last year.
    pub p0: Option<Figure>,
    pub p0_target: Option<f64>,
    pub extreme_poverty: Option<Figure>,
    pub extreme_target: Option<f64>,
    /// Whether the region's P0 target for the last year is above (worse than) the province's.
    pub target_above_province: bool,
    pub poor_people: Option<u64>,
    pub programs: usize,
    pub sub_kegiatan: usize,
    pub agencies: usize,
    pub budget: SyncBudget,
}

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub year: u16,
    pub value: f64,
}

/// A region's (or a sum of regions') indicative budget over the province's period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncBudget {
    pub per_year: Vec<u64>,
    pub total: u64,
    /// One amount per national strategy (see `SyncView.national`).
    pub by_national: Vec<u64>,
    /// One amount per source (see `SyncView.sources`).
    pub by_source: Vec<u64>,
    /// Lines per national strategy.
    pub lines_by_national: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StrategyAlignment {
    pub id: String,
    pub name: String,
    pub national_label: &'static str,
    pub programs: Vec<ProgramAlignment>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramAlignment {
    pub code: String,
    pub name: String,
    /// The province's budget for it.
    pub total: u64,
    /// One entry per kabupaten/kota with a plan (in `regions` order): its budget for programs
    /// of the same code, absent when it has none.
    pub counterparts: Vec<Option<u64>>,
    /// How many kabupaten/kota have a counterpart.
    pub matched: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Gaps {
    /// Per kabupaten/kota with a plan, the national strategies it has no program line for.
    pub national: Vec<NationalGap>,
    /// Province programs with no counterpart in at least one kabupaten/kota plan.
    pub province_programs: Vec<ProgramGap>,
    /// Kabupaten/kota programs of a code the province plan does not have.
    pub member_programs: Vec<MemberProgramGap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NationalGap {
    pub region: String,
    pub strategies: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProgramGap {
    pub code: String,
    pub name: String,
    /// The kabupaten/kota plans without a counterpart.
    pub missing_in: Vec<String>,
    /// Whether none has one.
    pub nowhere: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberProgramGap {
    pub region: String,
    pub code: String,
    pub name: String,
    pub total: u64,
}

/// A plan's programs by code: name and budget over the province's years.
type ProgramTotals = BTreeMap<String, (String, u64)>;

/// The synchronisation view of a province plan with its linked kabupaten/kota plans, or `None`
/// for any other plan.
pub fn build(plan: &Plan, root: &PlanRoot, common: &Common) -> Option<SyncView> {
    if !root.is_province() || plan.linked.is_empty() {
        return None;
    }
    let years: Vec<Year> = root.period.years().collect();
    let end = root.period.end.value;
    // Every source any region budgets from, in list order.
    let mut used: Vec<FundingSource> = Vec::new();
    let mut note = |p: &Plan| {
        for line in p.lines() {
            used.extend(line.sub.sources());
        }
    };
    note(plan);
    for l in &plan.linked {
        note(&l.plan);
    }
    used.sort();
    used.dedup();

    let province_p0_target = target(root, Statistic::P0, end);
    let mut regions = vec![region(
        plan,
        root,
        common.region.clone(),
        true,
        &years,
        &used,
        None,
    )];
    for member in root.members() {
        let name = member.full_name();
        let linked = plan.linked.iter().find(|l| l.member == name);
        let r = match linked.and_then(|l| l.plan.root.as_ref().map(|r| (l, r))) {
            Some((l, sub)) => region(&l.plan, sub, name, false, &years, &used, province_p0_target),
            None => {
                let stats = member.statistics.as_deref();
                let latest = |s: Statistic| {
                    stats
                        .and_then(|st| st.get(s))
                        .and_then(|series| series.data.iter().max_by_key(|o| o.year.value))
                        .map(|o| Figure {
                            year: o.year.value.0,
                            value: o.value.value,
                        })
                };
                let tgt = |s: Statistic| {
                    stats
                        .and_then(|st| st.get(s))
                        .and_then(|series| series.target.as_ref())
                        .and_then(|t| t.get(end).copied())
                };
                SyncRegion {
                    name,
                    is_province: false,
                    has_plan: false,
                    period: None,
                    other_period: false,
                    p0: latest(Statistic::P0),
                    p0_target: tgt(Statistic::P0),
                    extreme_poverty: latest(Statistic::ExtremePoverty),
                    extreme_target: tgt(Statistic::ExtremePoverty),
                    target_above_province: matches!((tgt(Statistic::P0), province_p0_target), (Some(a), Some(b)) if a > b + 1e-9),
                    poor_people: member.poor_people.as_ref().map(|p| p.value),
                    programs: 0,
                    sub_kegiatan: 0,
                    agencies: 0,
                    budget: SyncBudget {
                        per_year: vec![0; years.len()],
                        by_national: vec![0; 3],
                        by_source: vec![0; used.len()],
                        lines_by_national: vec![0; 3],
                        total: 0,
                    },
                }
            }
        };
        // The province's own record of the figures fills what the plan does not give.
        let mut r = r;
        if r.poor_people.is_none() {
            r.poor_people = member.poor_people.as_ref().map(|p| p.value);
        }
        regions.push(r);
    }

    let sum = |regions: &[&SyncRegion]| {
        let mut b = SyncBudget {
            per_year: vec![0; years.len()],
            by_national: vec![0; 3],
            by_source: vec![0; used.len()],
            lines_by_national: vec![0; 3],
            total: 0,
        };
        for r in regions {
            for (a, x) in b.per_year.iter_mut().zip(&r.budget.per_year) {
                *a += x;
            }
            for (a, x) in b.by_national.iter_mut().zip(&r.budget.by_national) {
                *a += x;
            }
            for (a, x) in b.by_source.iter_mut().zip(&r.budget.by_source) {
                *a += x;
            }
            for (a, x) in b
                .lines_by_national
                .iter_mut()
                .zip(&r.budget.lines_by_national)
            {
                *a += x;
            }
            b.total += r.budget.total;
        }
        b
    };
    // A province plan without its own count of poor people: the sum over its kabupaten/kota,
    // when every one gives a figure.
    if regions[0].poor_people.is_none() {
        let figures: Vec<Option<u64>> = regions[1..].iter().map(|r| r.poor_people).collect();
        if !figures.is_empty() && figures.iter().all(Option::is_some) {
            regions[0].poor_people = Some(figures.iter().flatten().sum());
        }
    }
    let all: Vec<&SyncRegion> = regions.iter().collect();
    let members_only: Vec<&SyncRegion> = regions.iter().filter(|r| !r.is_province).collect();
    let total = sum(&all);
    let members_total = sum(&members_only);

    // Programs by code, per linked plan, with their budget over the province's years.
    let program_totals = |p: &Plan| -> ProgramTotals {
        let mut map = ProgramTotals::new();
        for program in &p.programs {
            let amount: u64 = program
                .activities
                .iter()
                .flat_map(|k| &k.sub_activities)
                .map(|s| years.iter().map(|y| s.ceiling_total(*y).0).sum::<u64>())
                .sum();
            let entry = map
                .entry(program.code.0.clone())
                .or_insert((program.name.value.clone(), 0));
            entry.1 += amount;
        }
        map
    };
    let linked_regions: Vec<(&str, ProgramTotals)> = regions
        .iter()
        .filter(|r| r.has_plan && !r.is_province)
        .filter_map(|r| {
            plan.linked
                .iter()
                .find(|l| l.member == r.name)
                .map(|l| (r.name.as_str(), program_totals(&l.plan)))
        })
        .collect();
    let province_programs = program_totals(plan);

    let mut alignment = Vec::new();
    let mut gaps = Gaps::default();
    for strategy in &root.strategies {
        let mut programs = Vec::new();
        for program in plan
            .programs
            .iter()
            .filter(|p| p.strategy.value == strategy.id.value)
        {
            let code = program.code.0.clone();
            let counterparts: Vec<Option<u64>> = linked_regions
                .iter()
                .map(|(_, map)| map.get(&code).map(|(_, t)| *t))
                .collect();
            let matched = counterparts.iter().filter(|c| c.is_some()).count();
            let missing_in: Vec<String> = linked_regions
                .iter()
                .zip(&counterparts)
                .filter(|(_, c)| c.is_none())
                .map(|((name, _), _)| (*name).to_owned())
                .collect();
            if !missing_in.is_empty() && !gaps.province_programs.iter().any(|g| g.code == code) {
                gaps.province_programs.push(ProgramGap {
                    code: code.clone(),
                    name: program.name.value.clone(),
                    nowhere: matched == 0,
                    missing_in,
                });
            }
            programs.push(ProgramAlignment {
                total: province_programs.get(&code).map_or(0, |(_, t)| *t),
                code,
                name: program.name.value.clone(),
                counterparts,
                matched,
            });
        }
        alignment.push(StrategyAlignment {
            id: strategy.id.value.clone(),
            name: strategy.name.value.clone(),
            national_label: strategy.national.label(),
            programs,
        });
    }
    for r in regions.iter().filter(|r| r.has_plan && !r.is_province) {
        let missing: Vec<&'static str> = NationalStrategy::ALL
            .iter()
            .zip(&r.budget.lines_by_national)
            .filter(|(_, lines)| **lines == 0)
            .map(|(n, _)| n.label())
            .collect();
        if !missing.is_empty() {
            gaps.national.push(NationalGap {
                region: r.name.clone(),
                strategies: missing,
            });
        }
    }
    for (name, map) in &linked_regions {
        for (code, (program, total)) in map {
            if !province_programs.contains_key(code) {
                gaps.member_programs.push(MemberProgramGap {
                    region: (*name).to_owned(),
                    code: code.clone(),
                    name: program.clone(),
                    total: *total,
                });
            }
        }
    }

    Some(SyncView {
        common: common.clone(),
        linked: linked_regions.len(),
        members: root.members().count(),
        national: NationalStrategy::ALL
            .iter()
            .map(|n| Label {
                key: n.key(),
                label: n.label(),
            })
            .collect(),
        sources: used
            .iter()
            .map(|s| Label {
                key: s.key(),
                label: s.label(),
            })
            .collect(),
        total,
        members_total,
        alignment,
        gaps,
        regions,
    })
}

/// One plan's figures and budget, over the province's `years`.
fn region(
    plan: &Plan,
    root: &PlanRoot,
    name: String,
    is_province: bool,
    years: &[Year],
    sources: &[FundingSource],
    province_p0_target: Option<f64>,
) -> SyncRegion {
    let end = *years.last().unwrap_or(&root.period.end.value);
    let latest = |s: Statistic| {
        root.statistics
            .as_ref()
            .and_then(|st| st.get(s))
            .and_then(|series| series.data.iter().max_by_key(|o| o.year.value))
            .map(|o| Figure {
                year: o.year.value.0,
                value: o.value.value,
            })
    };
    let mut budget = SyncBudget {
        per_year: vec![0; years.len()],
        by_national: vec![0; 3],
        by_source: vec![0; sources.len()],
        lines_by_national: vec![0; 3],
        total: 0,
    };
    let mut agencies: Vec<&str> = Vec::new();
    for line in plan.lines() {
        let Some(strategy) = root
            .strategies
            .iter()
            .find(|s| s.id.value == line.strategy.value)
        else {
            continue;
        };
        let n = NationalStrategy::ALL
            .iter()
            .position(|x| *x == strategy.national.value)
            .unwrap_or(0);
        budget.lines_by_national[n] += 1;
        agencies.push(line.agency.as_str());
        for (i, year) in years.iter().enumerate() {
            let amount = line.sub.ceiling_total(*year).0;
            budget.per_year[i] += amount;
            budget.by_national[n] += amount;
            budget.total += amount;
            for part in line.sub.parts() {
                for (j, source) in sources.iter().enumerate() {
                    budget.by_source[j] += part.ceilings.of_source(*source, *year).0;
                }
            }
        }
    }
    let lookup = Lookup::new(root);
    let mut opds: Vec<&str> = agencies
        .iter()
        .map(|a| lookup.owner(a).map_or(*a, |o| o.agency.id.as_str()))
        .collect();
    opds.sort_unstable();
    opds.dedup();
    let p0_target = target(root, Statistic::P0, end);
    SyncRegion {
        name,
        is_province,
        has_plan: true,
        period: Some(format!(
            "{}–{}",
            root.period.start.value, root.period.end.value
        )),
        other_period: root.period.end.value != end
            || !years.iter().all(|y| root.period.contains(*y)),
        p0: latest(Statistic::P0),
        p0_target,
        extreme_poverty: latest(Statistic::ExtremePoverty),
        extreme_target: target(root, Statistic::ExtremePoverty, end),
        target_above_province: matches!((p0_target, province_p0_target), (Some(a), Some(b)) if a > b + 1e-9),
        poor_people: root
            .statistics
            .as_ref()
            .and_then(|s| s.poor_people.as_ref())
            .and_then(|series| series.data.iter().max_by_key(|o| o.year.value))
            .map(|o| o.value.value as u64),
        programs: plan.programs.len(),
        sub_kegiatan: plan.lines().count(),
        agencies: opds.len(),
        budget,
    }
}

/// A plan's target for `statistic` in `year`.
fn target(root: &PlanRoot, statistic: Statistic, year: Year) -> Option<f64> {
    root.statistics
        .as_ref()
        .and_then(|s| s.get(statistic))
        .and_then(|series| series.target.as_ref())
        .and_then(|t| t.get(year).copied())
}
