//! Money: E048 (a sub kegiatan has its own `pagu` or executors, not both), E049 (an executor or a
//! RAT line's unit belongs to the line's agency), E050 (a RAT line of a sub kegiatan with
//! executors names one), E051 (realisation split by source where the allocation is), E052
//! (`sumber_dana` beside an allocation per source), W001 (allocations within the RPKD ceiling),
//! W002 (realisation within allocation), W009 (allocation sources are ceiling sources), W019
//! (realisation from a source without allocation), W023 (a source of another level of
//! government named as the region's own).

use super::index::Index;
use crate::diag::{Code, Diagnostic, did_you_mean, known_list};
use crate::locale::rupiah;
use crate::model::lookup::Owner;
use crate::model::{
    FundingSource, Line, Part, Plan, PlanRoot, RatLine, RegionKind, Rupiah, SubKegiatan,
};
use crate::source::Span;
use std::collections::BTreeMap;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
    let kind = root.region.kind.value;
    for line in plan.lines() {
        ceilings_or_executors(line.sub, out);
        executors_of_agency(&line, index, out);
        for part in line.sub.parts() {
            for (source, _) in &part.ceilings.sources {
                other_level(source.value, source.span, kind, out);
            }
        }
    }
    for file in &plan.rats {
        let rat = &file.rat;
        let year = rat.year.value;
        // Allocations per budget holder (sub kegiatan code, executor), for W001.
        let mut held: BTreeMap<(&str, usize), (Rupiah, usize, Span)> = BTreeMap::new();
        for line in &rat.lines {
            allocation_form(line, out);
            realisation(line, out);
            for (source, span) in allocation_sources(line) {
                other_level(source, span, kind, out);
            }
            let Some(rpkd) = index.lines.get(line.sub_activity.0.as_str()) else {
                continue;
            };
            let parts = rpkd.sub.parts();
            let Some(part) = holder(line, rpkd, &parts, index, out) else {
                continue;
            };
            sources_in_ceiling(line, &parts[part], out);
            let entry = held.entry((rpkd.sub.code.0.as_str(), part)).or_insert((
                Rupiah(0),
                0,
                line.allocation.span,
            ));
            entry.0 = entry.0 + line.allocation.total();
            entry.1 += 1;
            entry.2 = line.allocation.span;
        }
        if !root.period.contains(year) {
            continue;
        }
        for ((code, part), (allocated, lines, span)) in held {
            let Some(rpkd) = index.lines.get(code) else {
                continue;
            };
            let parts = rpkd.sub.parts();
            let ceilings = parts[part].ceilings;
            if !ceilings.is_valid(year) {
                continue;
            }
            let ceiling = ceilings.total(year);
            if allocated <= ceiling {
                continue;
            }
            let whose = match parts[part].executor {
                Some(e) => format!("`{code}` by {}", e.agency.value),
                None => format!("`{code}`"),
            };
            let message = if lines == 1 {
                format!(
                    "the {year} allocation {} is above the RPKD ceiling {} for {whose}",
                    rupiah(allocated),
                    rupiah(ceiling)
                )
            } else {
                format!(
                    "the {year} allocations of {whose} ({lines} lines) total {}, above the RPKD ceiling {}",
                    rupiah(allocated),
                    rupiah(ceiling)
                )
            };
            out.push(
                Diagnostic::new(Code::AllocationAboveCeiling, message)
                    .primary(span, "above the ceiling")
                    .secondary(ceilings.span, "the RPKD ceiling (pagu indikatif)")
                    .hint("raise the pagu in the RPKD or lower the allocation"),
            );
        }
    }
}

/// E048: a sub kegiatan's budget is its own `pagu` or its executors', exactly one of them.
fn ceilings_or_executors(sub: &SubKegiatan, out: &mut Vec<Diagnostic>) {
    match (&sub.ceilings, sub.executors.first()) {
        (Some(ceilings), Some(first)) => out.push(
            Diagnostic::new(
                Code::CeilingOrExecutors,
                format!("sub kegiatan `{}` has both `pagu` and `pelaksana`", sub.code.0),
            )
            .primary(first.span, "executors with their own pagu")
            .secondary(ceilings.span, "the sub kegiatan's own pagu")
            .hint("a sub kegiatan carried out by several units gives each its `pagu` under `pelaksana`, and none of its own"),
        ),
        (None, None) => out.push(
            Diagnostic::new(
                Code::CeilingOrExecutors,
                format!("sub kegiatan `{}` has no `pagu`", sub.code.0),
            )
            .primary(sub.code.span, "no indicative ceiling")
            .hint("add `pagu:` with an amount per funding source and year, or `pelaksana:` with each unit's pagu"),
        ),
        _ => {}
    }
}

/// E049: executors belong to the agency in force: that agency itself or one of its units.
fn executors_of_agency(line: &Line, index: &Index, out: &mut Vec<Diagnostic>) {
    let Some(owner) = index.lookup.owner(&line.agency.value) else {
        return;
    };
    for executor in &line.sub.executors {
        let Some(exec) = index.lookup.owner(&executor.agency.value) else {
            continue;
        };
        if exec.agency.id.value != owner.agency.id.value {
            out.push(other_agency(
                &executor.agency.value,
                executor.agency.span,
                exec,
                owner,
                line.agency.span,
            ));
        }
    }
}

fn other_agency(id: &str, span: Span, exec: Owner, owner: Owner, owner_span: Span) -> Diagnostic {
    let what = if exec.unit.is_some() {
        format!("`{id}` is a unit of {}", exec.agency.id.value)
    } else {
        format!("`{id}` is another agency")
    };
    Diagnostic::new(
        Code::UnitOfOtherAgency,
        format!(
            "{what}, not of {} (the agency of this sub kegiatan)",
            owner.agency.id.value
        ),
    )
    .primary(span, "not of this line's agency")
    .secondary(owner_span, "the agency in force")
    .hint(format!(
        "name {} or one of its units ({}), or move the line to the agency that carries it out",
        owner.agency.id.value,
        if owner.agency.units.is_empty() {
            "it has none".to_owned()
        } else {
            owner
                .agency
                .units
                .iter()
                .map(|u| format!("`{}`", u.id.value))
                .collect::<Vec<_>>()
                .join(", ")
        }
    ))
}

/// Which part of the sub kegiatan a RAT line draws on: E050 where it has executors and the
/// line names none of them, E049 where the line names a unit of another agency.
fn holder(
    line: &RatLine,
    rpkd: &Line,
    parts: &[Part],
    index: &Index,
    out: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let code = &line.sub_activity.0;
    if rpkd.sub.ceilings.is_some() || parts.is_empty() {
        if let Some(agency) = &line.agency
            && let (Some(given), Some(owner)) = (
                index.lookup.owner(&agency.value),
                index.lookup.owner(&rpkd.agency.value),
            )
            && given.agency.id.value != owner.agency.id.value
        {
            out.push(other_agency(
                &agency.value,
                agency.span,
                given,
                owner,
                rpkd.agency.span,
            ));
        }
        return (!parts.is_empty()).then_some(0);
    }
    let executors: Vec<&str> = parts
        .iter()
        .filter_map(|p| p.executor.map(|e| e.agency.value.as_str()))
        .collect();
    match &line.agency {
        None => {
            out.push(
                Diagnostic::new(
                    Code::RatExecutor,
                    format!("the RAT line of `{code}` names no executor"),
                )
                .primary(line.sub_activity.span, "which unit carries this line out?")
                .secondary(rpkd.sub.code.span, "the sub kegiatan has several executors")
                .hint(format!(
                    "add `perangkat_daerah:` with one of {} (one RAT line per executor)",
                    executors
                        .iter()
                        .map(|e| format!("`{e}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
            None
        }
        Some(agency) => match executors.iter().position(|e| *e == agency.value) {
            Some(i) => Some(i),
            None => {
                if index.lookup.owner(&agency.value).is_some() {
                    out.push(
                        Diagnostic::new(
                            Code::RatExecutor,
                            format!("`{}` is not an executor of `{code}`", agency.value),
                        )
                        .primary(agency.span, "not under this sub kegiatan's `pelaksana`")
                        .secondary(rpkd.sub.code.span, "the sub kegiatan")
                        .hint_opt(did_you_mean(&agency.value, executors.iter().copied()))
                        .hint(known_list(
                            crate::msg!("known-executors"),
                            executors.iter().copied(),
                        )),
                    );
                }
                None
            }
        },
    }
}

/// E004 / E052: a single allocation names its source; an allocation per source does not.
fn allocation_form(line: &RatLine, out: &mut Vec<Diagnostic>) {
    match (&line.funding_source, line.allocation.is_by_source()) {
        (None, false) => out.push(
            Diagnostic::new(Code::MissingKey, "missing key `sumber_dana` in a RAT line")
                .primary(line.allocation.span, "from which funding source?")
                .hint("add `sumber_dana:` (e.g. `apbd`), or write the allocation per source: `alokasi: {apbd: 1000000000, csr: 500000000}`"),
        ),
        (Some(source), true) => out.push(
            Diagnostic::new(
                Code::SourceGivenTwice,
                "`sumber_dana` beside an allocation per funding source",
            )
            .primary(source.span, "the allocation already names its sources")
            .secondary(line.allocation.span, "the allocation per source")
            .hint("remove `sumber_dana`: each source's amount is under `alokasi`"),
        ),
        _ => {}
    }
}

/// E051, W002, W019: the quarters' spending, per source where the allocation has several.
fn realisation(line: &RatLine, out: &mut Vec<Diagnostic>) {
    let code = &line.sub_activity.0;
    let allocated = line.allocation_by_source();
    let multi = allocated.len() > 1;
    for r in &line.realisation {
        if multi && !r.spent.is_by_source() {
            out.push(
                Diagnostic::new(
                    Code::RealisationSplit,
                    format!(
                        "quarter {} of `{code}` reports one amount for an allocation from {} sources",
                        r.quarter.value,
                        allocated.len()
                    ),
                )
                .primary(r.spent.span, "which source was spent?")
                .secondary(line.allocation.span, "the allocation per source")
                .hint(format!(
                    "write the quarter's spending per source, e.g. `anggaran: {{{}}}`",
                    allocated
                        .iter()
                        .map(|(s, _)| format!("{}: …", s.key()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            );
        }
        if let crate::model::AmountForm::BySource(list) = &r.spent.form {
            for (source, _) in list {
                if !allocated.iter().any(|(s, _)| *s == source.value) {
                    out.push(
                        Diagnostic::new(
                            Code::RealisedFromOtherSource,
                            format!(
                                "quarter {} of `{code}` spends from `{}`, which the allocation does not list",
                                r.quarter.value,
                                source.key()
                            ),
                        )
                        .primary(source.span, "no allocation from this source")
                        .secondary(line.allocation.span, "the allocation")
                        .hint("add the source to `alokasi`, or correct the source of the spending"),
                    );
                }
            }
        }
    }
    let spent = line.spent_total();
    let total = line.allocation.total();
    if spent > total {
        out.push(
            Diagnostic::new(
                Code::RealisationAboveAllocation,
                format!(
                    "realisation {} is above the allocation {} for `{code}`",
                    rupiah(spent),
                    rupiah(total)
                ),
            )
            .primary(line.allocation.span, "allocation")
            .hint("check the quarterly amounts under `realisasi`, or revise the allocation"),
        );
    } else if multi {
        for (source, amount) in line.spent_by_source() {
            let Some((_, allocated)) = allocated.iter().find(|(s, _)| *s == source) else {
                continue;
            };
            if amount > *allocated {
                out.push(
                    Diagnostic::new(
                        Code::RealisationAboveAllocation,
                        format!(
                            "realisation from `{}` {} is above its allocation {} for `{code}`",
                            source.key(),
                            rupiah(amount),
                            rupiah(*allocated)
                        ),
                    )
                    .primary(line.allocation.span, "allocation")
                    .hint("check the quarterly amounts of this source, or revise its allocation"),
                );
            }
        }
    }
}

/// The allocation's sources with where each is written.
fn allocation_sources(line: &RatLine) -> Vec<(FundingSource, Span)> {
    match (&line.allocation.form, &line.funding_source) {
        (crate::model::AmountForm::BySource(list), _) => {
            list.iter().map(|(s, _)| (s.value, s.span)).collect()
        }
        (_, Some(source)) => vec![(source.value, source.span)],
        _ => Vec::new(),
    }
}

/// W009: every source of the allocation is a source of the ceiling the line draws on.
fn sources_in_ceiling(line: &RatLine, part: &Part, out: &mut Vec<Diagnostic>) {
    if part.ceilings.lost {
        return;
    }
    let listed: Vec<FundingSource> = part.ceilings.sources.iter().map(|(s, _)| s.value).collect();
    for (source, span) in allocation_sources(line) {
        if listed.contains(&source) {
            continue;
        }
        let keys: Vec<&str> = listed.iter().map(|s| s.key()).collect();
        out.push(
            Diagnostic::new(
                Code::SourceNotInCeiling,
                format!(
                    "`{}` is funded from `{}`, which its RPKD ceiling does not list",
                    line.sub_activity.0,
                    source.key()
                ),
            )
            .primary(span, "not a source of this line's pagu")
            .secondary(part.ceilings.span, "the RPKD ceiling")
            .hint(format!(
                "the RPKD budgets this line from {}; add `{}` to its pagu or change the source",
                keys.join(", "),
                source.key()
            )),
        );
    }
}

/// W023: a province's own money is `apbd`, as is a kabupaten/kota's.
fn other_level(source: FundingSource, span: Span, kind: RegionKind, out: &mut Vec<Diagnostic>) {
    let (wrong, whose) = match (source, kind) {
        (FundingSource::ApbdProvinsi, RegionKind::Province) => ("apbd_provinsi", "a province"),
        (FundingSource::ApbdKabKota, RegionKind::Regency | RegionKind::City) => {
            ("apbd_kabupaten_kota", "a kabupaten or kota")
        }
        _ => return,
    };
    out.push(
        Diagnostic::new(
            Code::SourceForOtherLevel,
            format!("`{wrong}` in the plan of {whose}"),
        )
        .primary(span, "the region's own budget")
        .hint(format!(
            "the plan's own APBD is `apbd`; `{wrong}` is another level's budget co-funding the line"
        )),
    );
}
