//! The five-year period: E012 (five consecutive years), E013 (a target or ceiling for every
//! year), E014 (no year outside it), E015 (one RAT per year, named after it), W007 (baselines
//! come before the period).

use crate::diag::{Code, Diagnostic};
use crate::model::{Indicator, Period, Plan, PlanRoot, Year, YearMap};
use crate::source::Span;
use std::collections::HashMap;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let period = &root.period;
    let (start, end) = (period.start.value.0, period.end.value.0);
    if end != start.saturating_add(4) {
        let d = Diagnostic::new(
            Code::Period,
            format!("the period {start}–{end} is not five consecutive years"),
        )
        .primary(
            period.end.span,
            format!("expected `{}`", start.saturating_add(4)),
        )
        .secondary(period.start.span, "the period starts here")
        .hint("an RPKD covers five years, the same period as the RPJMD, e.g. 2025–2029");
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
                let what = match member {
                    Some(m) => format!("{} target of {}", statistic.key(), m.full_name()),
                    None => format!("{} target", statistic.key()),
                };
                cover(target, period, &what, "target", out);
            }
        }
    }

    let mut seen: HashMap<Year, Span> = HashMap::new();
    for file in &plan.rats {
        let year = &file.rat.year;
        if !period.contains(year.value) {
            out.push(outside(year.value, year.span, period, "the RAT"));
        }
        if let Some(first) = seen.get(&year.value) {
            let d = Diagnostic::new(Code::RatYear, format!("two RATs for {}", year.value))
                .primary(year.span, "a second RAT for this year")
                .secondary(*first, "the first one")
                .hint("keep one RAT per year, in `rat/<year>.yaml`");
            out.push(d);
        } else {
            seen.insert(year.value, year.span);
        }
        if file.named_year != Some(year.value) {
            let d = Diagnostic::new(
                Code::RatYear,
                format!(
                    "the file `rat/{}.yaml` holds the RAT for {}",
                    file.stem, year.value
                ),
            )
            .primary(year.span, format!("the file name says `{}`", file.stem))
            .hint(format!(
                "name each RAT file after its year: `rat/{}.yaml` for `tahun: {}`",
                year.value, year.value
            ));
            out.push(d);
        }
    }
}

fn indicator_years(indicator: &Indicator, period: &Period, out: &mut Vec<Diagnostic>) {
    let what = format!("indicator `{}`", indicator.name.value);
    cover(&indicator.targets, period, &what, "target", out);
    let baseline = &indicator.baseline.year;
    if baseline.value > period.start.value {
        let d = Diagnostic::new(
            Code::BaselineAfterStart,
            format!(
                "the baseline of {what} is from {}, after the period starts in {}",
                baseline.value, period.start.value
            ),
        )
        .primary(baseline.span, "baseline year")
        .hint("the baseline (kondisi awal) is the last known value before the period, usually the year before it starts");
        out.push(d);
    }
}

fn ceiling_years(sub: &crate::model::SubKegiatan, period: &Period, out: &mut Vec<Diagnostic>) {
    for part in sub.parts() {
        for (_, years) in &part.ceilings.sources {
            for (year, _) in &years.entries {
                if !period.contains(year.value) {
                    out.push(outside(year.value, year.span, period, "a ceiling"));
                }
            }
        }
        let missing: Vec<Year> = period
            .years()
            .filter(|y| !part.ceilings.has_year(*y))
            .collect();
        if !missing.is_empty() && !part.ceilings.lost {
            let what = match part.executor {
                Some(e) => format!(
                    "executor `{}` of sub kegiatan `{}`",
                    e.agency.value, sub.code.0
                ),
                None => format!("sub kegiatan `{}`", sub.code.0),
            };
            out.push(missing_years(
                &missing,
                part.ceilings.span,
                &what,
                "ceiling (pagu)",
                "write `0` for a year without budget",
            ));
        }
    }
}

/// A year map must hold every year of the period and nothing else.
fn cover<T>(map: &YearMap<T>, period: &Period, what: &str, noun: &str, out: &mut Vec<Diagnostic>) {
    for year in map.years() {
        if !period.contains(year.value) {
            out.push(outside(year.value, year.span, period, &format!("a {noun}")));
        }
    }
    let missing: Vec<Year> = period.years().filter(|y| !map.has_year(*y)).collect();
    if !missing.is_empty() {
        out.push(missing_years(
            &missing,
            map.span,
            what,
            noun,
            "give a value for each year of the period",
        ));
    }
}

fn missing_years(missing: &[Year], span: Span, what: &str, noun: &str, hint: &str) -> Diagnostic {
    let list = missing
        .iter()
        .map(Year::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let s = if missing.len() == 1 { "" } else { "s" };
    Diagnostic::new(
        Code::MissingYear,
        format!("{what} has no {noun} for {list}"),
    )
    .primary(span, format!("missing year{s} {list}"))
    .hint(hint)
}

fn outside(year: Year, span: Span, period: &Period, what: &str) -> Diagnostic {
    Diagnostic::new(
        Code::YearOutsidePeriod,
        format!(
            "{what} for {year} is outside the period {}–{}",
            period.start.value, period.end.value
        ),
    )
    .primary(span, "outside the period")
    .hint(format!(
        "years of this plan run from {} to {}",
        period.start.value, period.end.value
    ))
}
