//! Money: E048 (a sub kegiatan has its own `pagu` or executors, not both), E049 (an executor or a
//! RAT line's unit belongs to the line's agency), E050 (a RAT line of a sub kegiatan with
//! executors names one), E051 (realisation split by source where the allocation is), E052
//! (`sumber_dana` beside an allocation per source), W001 (allocations within the RPKD ceiling),
//! W002 (realisation within allocation), W009 (allocation sources are ceiling sources), W019
//! (realisation from a source without allocation), W023 (a source of another level of
//! government named as the region's own).

use super::index::Index;
use super::words::code_by;
use crate::diag::{Code, Diagnostic, did_you_mean, known_list};
use crate::i18n::{Arg, Message};
use crate::locale::rupiah;
use crate::model::lookup::Owner;
use crate::model::{
    FundingSource, Line, Part, Plan, PlanRoot, RatLine, RegionKind, Rupiah, SubKegiatan,
};
use crate::msg;
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
            let whose: Arg = match parts[part].executor {
                Some(e) => code_by(code, &e.agency.value).into(),
                None => format!("`{code}`").into(),
            };
            let message = if lines == 1 {
                msg!(
                    "fund-above-ceiling-one",
                    year = year,
                    allocated = rupiah(allocated),
                    ceiling = rupiah(ceiling),
                    whose = whose
                )
            } else {
                msg!(
                    "fund-above-ceiling-many",
                    year = year,
                    whose = whose,
                    lines = lines,
                    allocated = rupiah(allocated),
                    ceiling = rupiah(ceiling)
                )
            };
            out.push(
                Diagnostic::new(Code::AllocationAboveCeiling, message)
                    .primary(span, msg!("fund-above-label"))
                    .secondary(ceilings.span, msg!("fund-ceiling-label"))
                    .hint(msg!("fund-above-hint")),
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
                msg!("fund-both", code = &sub.code.0),
            )
            .primary(first.span, msg!("fund-both-executors"))
            .secondary(ceilings.span, msg!("fund-both-own"))
            .hint(msg!("fund-both-hint")),
        ),
        (None, None) => out.push(
            Diagnostic::new(
                Code::CeilingOrExecutors,
                msg!("fund-no-pagu", code = &sub.code.0),
            )
            .primary(sub.code.span, msg!("fund-no-pagu-label"))
            .hint(msg!("fund-no-pagu-hint")),
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
    let owner_id = owner.agency.id.value.as_str();
    let message = if exec.unit.is_some() {
        msg!(
            "fund-unit-of-other",
            id = id,
            agency = &exec.agency.id.value,
            owner = owner_id
        )
    } else {
        msg!("fund-other-agency", id = id, owner = owner_id)
    };
    let hint = if owner.agency.units.is_empty() {
        msg!("fund-other-agency-hint-no-units", owner = owner_id)
    } else {
        msg!(
            "fund-other-agency-hint",
            owner = owner_id,
            units = ticked(owner.agency.units.iter().map(|u| u.id.value.as_str()))
        )
    };
    Diagnostic::new(Code::UnitOfOtherAgency, message)
        .primary(span, msg!("fund-not-of-agency"))
        .secondary(owner_span, msg!("fund-agency-in-force"))
        .hint(hint)
}

/// Names in backticks, joined by commas.
fn ticked<'a>(names: impl Iterator<Item = &'a str>) -> Arg {
    Arg::CommaList(names.map(|n| Arg::Text(format!("`{n}`"))).collect())
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
                Diagnostic::new(Code::RatExecutor, msg!("fund-rat-no-executor", code = code))
                    .primary(line.sub_activity.span, msg!("fund-which-unit"))
                    .secondary(rpkd.sub.code.span, msg!("fund-several-executors"))
                    .hint(msg!(
                        "fund-add-executor-hint",
                        executors = ticked(executors.iter().copied())
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
                            msg!("fund-not-executor", agency = &agency.value, code = code),
                        )
                        .primary(agency.span, msg!("fund-not-under-pelaksana"))
                        .secondary(rpkd.sub.code.span, msg!("fund-the-sub"))
                        .hint_opt(did_you_mean(&agency.value, executors.iter().copied()))
                        .hint(known_list(
                            msg!("known-executors"),
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
            Diagnostic::new(
                Code::MissingKey,
                msg!(
                    "decode-missing-key",
                    key = "sumber_dana",
                    what = msg!("rec-rat-line")
                ),
            )
            .primary(line.allocation.span, msg!("fund-which-source"))
            .hint(msg!("fund-missing-source-hint")),
        ),
        (Some(source), true) => out.push(
            Diagnostic::new(Code::SourceGivenTwice, msg!("fund-source-twice"))
                .primary(source.span, msg!("fund-source-twice-label"))
                .secondary(line.allocation.span, msg!("fund-by-source"))
                .hint(msg!("fund-source-twice-hint")),
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
                    msg!(
                        "fund-split",
                        quarter = r.quarter.value,
                        code = code,
                        sources = allocated.len()
                    ),
                )
                .primary(r.spent.span, msg!("fund-which-spent"))
                .secondary(line.allocation.span, msg!("fund-by-source"))
                .hint(msg!(
                    "fund-split-hint",
                    list = allocated
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
                            msg!(
                                "fund-other-source",
                                quarter = r.quarter.value,
                                code = code,
                                source = source.key()
                            ),
                        )
                        .primary(source.span, msg!("fund-no-allocation-from"))
                        .secondary(line.allocation.span, msg!("fund-the-allocation"))
                        .hint(msg!("fund-other-source-hint")),
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
                msg!(
                    "fund-realised-above",
                    spent = rupiah(spent),
                    allocated = rupiah(total),
                    code = code
                ),
            )
            .primary(line.allocation.span, msg!("fund-the-allocation"))
            .hint(msg!("fund-realised-above-hint")),
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
                        msg!(
                            "fund-realised-above-source",
                            source = source.key(),
                            spent = rupiah(amount),
                            allocated = rupiah(*allocated),
                            code = code
                        ),
                    )
                    .primary(line.allocation.span, msg!("fund-the-allocation"))
                    .hint(msg!("fund-realised-above-source-hint")),
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
        out.push(
            Diagnostic::new(
                Code::SourceNotInCeiling,
                msg!(
                    "fund-not-in-ceiling",
                    code = &line.sub_activity.0,
                    source = source.key()
                ),
            )
            .primary(span, msg!("fund-not-in-ceiling-label"))
            .secondary(part.ceilings.span, msg!("fund-rpkd-ceiling"))
            .hint(msg!(
                "fund-not-in-ceiling-hint",
                sources = ticked(listed.iter().map(|s| s.key())),
                source = source.key()
            )),
        );
    }
}

/// W023: a province's own money is `apbd`, as is a kabupaten/kota's.
fn other_level(source: FundingSource, span: Span, kind: RegionKind, out: &mut Vec<Diagnostic>) {
    let message: Message = match (source, kind) {
        (FundingSource::ApbdProvinsi, RegionKind::Province) => {
            msg!("fund-other-level-province", source = source.key())
        }
        (FundingSource::ApbdKabKota, RegionKind::Regency | RegionKind::City) => {
            msg!("fund-other-level-regency", source = source.key())
        }
        _ => return,
    };
    out.push(
        Diagnostic::new(Code::SourceForOtherLevel, message)
            .primary(span, msg!("fund-own-budget"))
            .hint(msg!("fund-other-level-hint", source = source.key())),
    );
}
