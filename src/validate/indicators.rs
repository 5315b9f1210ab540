//! Indicators: E021 (a program and a sub kegiatan each need one), W003 (targets move the way
//! progress lies), W008 (a RAT's graduation targets match the RPKD's for that year).

use super::words;
use crate::diag::{Code, Diagnostic};
use crate::i18n::Arg;
use crate::locale::decimal;
use crate::model::{Direction, Indicator, Plan, PlanRoot, Statistic, Year};
use crate::msg;
use crate::source::{Span, Spanned};

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for program in &plan.programs {
        if program.indicators.is_empty() && program.indicators.dropped == 0 {
            let d = Diagnostic::new(
                Code::MissingIndicator,
                msg!("ind-program-none", code = &program.code.0),
            )
            .primary(program.code.span, msg!("ind-this-program"))
            .hint(msg!("ind-program-hint"));
            out.push(d);
        }
        program.indicators.iter().for_each(|i| direction(i, out));
        for kegiatan in &program.activities {
            kegiatan.indicators.iter().for_each(|i| direction(i, out));
            for sub in &kegiatan.sub_activities {
                if sub.indicators.is_empty() && sub.indicators.dropped == 0 {
                    let d = Diagnostic::new(
                        Code::MissingIndicator,
                        msg!("ind-sub-none", code = &sub.code.0),
                    )
                    .primary(sub.code.span, msg!("ind-this-sub"))
                    .hint(msg!("ind-sub-hint"));
                    out.push(d);
                }
                sub.indicators.iter().for_each(|i| direction(i, out));
            }
        }
    }

    if let Some(stats) = &root.statistics {
        for (statistic, series) in stats.series() {
            let (Some(better), Some(targets)) = (statistic.better(), &series.target) else {
                continue;
            };
            let first_target = targets.years().map(|y| y.value).min();
            let last_known = series
                .data
                .iter()
                .filter(|o| first_target.is_none_or(|t| o.year.value <= t))
                .max_by_key(|o| o.year.value)
                .map(|o| (o.year.value, &o.value));
            let what = Arg::from(statistic.label());
            path(what, better, last_known, &targets.entries, out);
        }
    }

    for file in &plan.rats {
        let rat = &file.rat;
        let stats = root.statistics.as_ref();
        for (statistic, value) in [
            (Statistic::P0, &rat.poverty_target),
            (Statistic::ExtremePoverty, &rat.extreme_poverty_target),
        ] {
            let rpkd = stats
                .and_then(|s| s.get(statistic))
                .and_then(|s| s.target.as_ref())
                .and_then(|t| t.entries.iter().find(|(y, _)| y.value == rat.year.value));
            if let Some((_, target)) = rpkd
                && (target.value - value.value).abs() > 1e-9
            {
                let d = Diagnostic::new(
                    Code::RatTargetDiffers,
                    msg!(
                        "ind-rat-differs",
                        statistic = statistic.key(),
                        year = rat.year.value,
                        rat = decimal(value.value, 4),
                        rpkd = decimal(target.value, 4)
                    ),
                )
                .primary(value.span, msg!("ind-rat-target"))
                .secondary(target.span, msg!("ind-rpkd-target"))
                .hint(msg!("ind-rat-differs-hint"));
                out.push(d);
            }
        }
    }
}

fn direction(indicator: &Indicator, out: &mut Vec<Diagnostic>) {
    let Some(better) = &indicator.direction else {
        return;
    };
    let baseline = Some((indicator.baseline.year.value, &indicator.baseline.value));
    let what = Arg::from(words::indicator(&indicator.name.value));
    path(
        what,
        better.value,
        baseline,
        &indicator.targets.entries,
        out,
    );
}

/// Warn at each target that moves away from `better` compared with the year before it (the
/// first target compares with the last known value).
fn path(
    what: Arg,
    better: Direction,
    start: Option<(Year, &Spanned<f64>)>,
    targets: &[(Spanned<Year>, Spanned<f64>)],
    out: &mut Vec<Diagnostic>,
) {
    let mut sorted: Vec<(Year, &Spanned<f64>)> =
        targets.iter().map(|(y, v)| (y.value, v)).collect();
    sorted.sort_by_key(|(y, _)| *y);
    let mut previous: Option<(Year, f64, Span, bool)> =
        start.map(|(y, v)| (y, v.value, v.span, true));
    for (year, value) in sorted {
        if let Some((prev_year, prev, prev_span, is_start)) = previous {
            let wrong = match better {
                Direction::Down => value.value > prev + 1e-9,
                Direction::Up => value.value < prev - 1e-9,
            };
            if wrong {
                let (from, to) = (decimal(prev, 4), decimal(value.value, 4));
                let (message, hint) = match better {
                    Direction::Down => (
                        msg!(
                            "ind-rises",
                            year = year,
                            what = what.clone(),
                            from = from,
                            to = to
                        ),
                        msg!("ind-down-hint"),
                    ),
                    Direction::Up => (
                        msg!(
                            "ind-falls",
                            year = year,
                            what = what.clone(),
                            from = from,
                            to = to
                        ),
                        msg!("ind-up-hint"),
                    ),
                };
                let d = Diagnostic::new(Code::TargetWrongDirection, message)
                    .primary(value.span, msg!("ind-target-of-year", year = year))
                    .secondary(
                        prev_span,
                        if is_start {
                            msg!("ind-value-in", year = prev_year)
                        } else {
                            msg!("ind-target-of-year", year = prev_year)
                        },
                    )
                    .hint(hint);
                out.push(d);
            }
        }
        previous = Some((year, value.value, value.span, false));
    }
}
