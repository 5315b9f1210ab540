//! The five-year period: E012 (five consecutive years), E013 (a target or ceiling for every
//! year), E014 (no year outside it), E015 (one RAT per year, named after it), W007 (baselines
//! come before the period).

use super::words;
use crate::diag::{Code, Diagnostic};
use crate::i18n::{Arg, Message};
use crate::model::{Indicator, Period, Plan, PlanRoot, Year, YearMap};
use crate::msg;
use crate::source::Span;
use std::collections::HashMap;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let period = &root.period;
    let (start, end) = (period.start.value.0, period.end.value.0);
    if end != start.saturating_add(4) {
        let d = Diagnostic::new(
            Code::Period,
            msg!("period-not-five", start = start, end = end),
        )
        .primary(
            period.end.span,
            msg!("val-expected", value = start.saturating_add(4)),
        )
        .secondary(period.start.span, msg!("period-starts-here"))
        .hint(msg!("period-hint"));
        out.push(d);
        // Year-by-year checks against a wrong period would only repeat this error.
        return;
    }

    for line in plan.lines() {
        for indicator in &line.sub.indicators {
            indicator_years(indicator, period, out);
        }
        ceiling_years(line.sub, period, out);
    }
    for program in &plan.programs {
        program
            .indicators
            .iter()
            .for_each(|i| indicator_years(i, period, out));
        for kegiatan in &program.activities {
            kegiatan
                .indicators
                .iter()
                .for_each(|i| indicator_years(i, period, out));
        }
    }
    let member_stats = root
        .members()
        .filter_map(|m| m.statistics.as_deref().map(|s| (Some(m), s)));
    for (member, stats) in root
        .statistics
        .iter()
        .map(|s| (None, s))
        .chain(member_stats)
    {
        for (statistic, series) in stats.series() {
            if let Some(target) = &series.target {
                let missing = |years: Arg| match member {
                    Some(m) => msg!(
                        "period-missing-stat-of",
                        statistic = statistic.key(),
                        member = m.full_name(),
                        years = years
                    ),
                    None => msg!(
                        "period-missing-stat",
                        statistic = statistic.key(),
                        years = years
                    ),
                };
                cover(target, period, missing, out);
            }
        }
    }

    let mut seen: HashMap<Year, Span> = HashMap::new();
    for file in &plan.rats {
        let year = &file.rat.year;
        if !period.contains(year.value) {
            out.push(outside(year.value, year.span, period, Outside::Rat));
        }
        if let Some(first) = seen.get(&year.value) {
            let d = Diagnostic::new(Code::RatYear, msg!("period-two-rats", year = year.value))
                .primary(year.span, msg!("period-second-rat"))
                .secondary(*first, msg!("period-first-rat"))
                .hint(msg!("period-two-rats-hint"));
            out.push(d);
        } else {
            seen.insert(year.value, year.span);
        }
        if file.named_year != Some(year.value) {
            let d = Diagnostic::new(
                Code::RatYear,
                msg!("period-rat-file", stem = &file.stem, year = year.value),
            )
            .primary(year.span, msg!("period-file-name-says", stem = &file.stem))
            .hint(msg!("period-rat-file-hint", year = year.value));
            out.push(d);
        }
    }
}

fn indicator_years(indicator: &Indicator, period: &Period, out: &mut Vec<Diagnostic>) {
    let name = indicator.name.value.as_str();
    let missing = |years: Arg| msg!("period-missing-indicator", name = name, years = years);
    cover(&indicator.targets, period, missing, out);
    let baseline = &indicator.baseline.year;
    if baseline.value > period.start.value {
        let d = Diagnostic::new(
            Code::BaselineAfterStart,
            msg!(
                "period-baseline-after",
                what = words::indicator(name),
                year = baseline.value,
                start = period.start.value
            ),
        )
        .primary(baseline.span, msg!("period-baseline-year"))
        .hint(msg!("period-baseline-hint"));
        out.push(d);
    }
}

fn ceiling_years(sub: &crate::model::SubKegiatan, period: &Period, out: &mut Vec<Diagnostic>) {
    for part in sub.parts() {
        for (_, years) in &part.ceilings.sources {
            for (year, _) in &years.entries {
                if !period.contains(year.value) {
                    out.push(outside(year.value, year.span, period, Outside::Ceiling));
                }
            }
        }
        let missing: Vec<Year> = period
            .years()
            .filter(|y| !part.ceilings.has_year(*y))
            .collect();
        if !missing.is_empty() && !part.ceilings.lost {
            let years = year_list(&missing);
            let message = match part.executor {
                Some(e) => msg!(
                    "period-missing-ceiling-of",
                    executor = &e.agency.value,
                    code = &sub.code.0,
                    years = years
                ),
                None => msg!("period-missing-ceiling", code = &sub.code.0, years = years),
            };
            out.push(missing_years(
                message,
                &missing,
                part.ceilings.span,
                msg!("period-zero-hint"),
            ));
        }
    }
}

/// A year map must hold every year of the period and nothing else; `missing` says which
/// years it lacks.
fn cover<T>(
    map: &YearMap<T>,
    period: &Period,
    missing: impl Fn(Arg) -> Message,
    out: &mut Vec<Diagnostic>,
) {
    for year in map.years() {
        if !period.contains(year.value) {
            out.push(outside(year.value, year.span, period, Outside::Target));
        }
    }
    let absent: Vec<Year> = period.years().filter(|y| !map.has_year(*y)).collect();
    if !absent.is_empty() {
        out.push(missing_years(
            missing(year_list(&absent)),
            &absent,
            map.span,
            msg!("period-each-year-hint"),
        ));
    }
}

/// `2026, 2027`.
fn year_list(years: &[Year]) -> Arg {
    Arg::CommaList(years.iter().map(|y| Arg::from(*y)).collect())
}

fn missing_years(message: Message, missing: &[Year], span: Span, hint: Message) -> Diagnostic {
    Diagnostic::new(Code::MissingYear, message)
        .primary(
            span,
            msg!(
                "period-missing-label",
                count = missing.len(),
                years = year_list(missing)
            ),
        )
        .hint(hint)
}

/// What holds a year outside the period.
#[derive(Clone, Copy)]
enum Outside {
    Rat,
    Ceiling,
    Target,
}

fn outside(year: Year, span: Span, period: &Period, what: Outside) -> Diagnostic {
    let (start, end) = (period.start.value, period.end.value);
    let message = match what {
        Outside::Rat => msg!("period-outside-rat", year = year, start = start, end = end),
        Outside::Ceiling => msg!(
            "period-outside-ceiling",
            year = year,
            start = start,
            end = end
        ),
        Outside::Target => msg!(
            "period-outside-target",
            year = year,
            start = start,
            end = end
        ),
    };
    Diagnostic::new(Code::YearOutsidePeriod, message)
        .primary(span, msg!("period-outside-label"))
        .hint(msg!("period-outside-hint", start = start, end = end))
}
