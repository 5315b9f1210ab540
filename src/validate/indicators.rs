//! Indicators: E021 (a program and a sub kegiatan each need one), W003 (targets move the way
//! progress lies), W008 (a RAT's graduation targets match the RPKD's for that year).

use crate::diag::{Code, Diagnostic};
use crate::locale::decimal;
use crate::model::{Direction, Indicator, Plan, PlanRoot, Statistic, Year};
use crate::source::{Span, Spanned};

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for program in &plan.programs {
        if program.indicators.is_empty() && program.indicators.dropped == 0 {
            let d = Diagnostic::new(
                Code::MissingIndicator,
                format!("program `{}` has no indicator", program.code.0),
            )
            .primary(program.code.span, "this program")
            .hint("add an outcome indicator under `indikator:` with its unit, baseline and yearly targets");
            out.push(d);
        }
        program.indicators.iter().for_each(|i| direction(i, out));
        for kegiatan in &program.activities {
            kegiatan.indicators.iter().for_each(|i| direction(i, out));
            for sub in &kegiatan.sub_activities {
                if sub.indicators.is_empty() && sub.indicators.dropped == 0 {
                    let d = Diagnostic::new(
                        Code::MissingIndicator,
                        format!("sub kegiatan `{}` has no indicator", sub.code.0),
                    )
                    .primary(sub.code.span, "this sub kegiatan")
                    .hint("add an output indicator under `indikator:`; the program matrix prints it with its targets");
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
            let what = statistic.label();
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
                    format!(
                        "the RAT {} target for {} is {}, the RPKD's is {}",
                        statistic.key(),
                        rat.year.value,
                        decimal(value.value, 4),
                        decimal(target.value, 4)
                    ),
                )
                .primary(value.span, "RAT target")
                .secondary(target.span, "RPKD target")
                .hint(
                    "the RAT states the RPKD's graduation target for its year; change one of them",
                );
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
    let what = format!("`{}`", indicator.name.value);
    path(
        &what,
        better.value,
        baseline,
        &indicator.targets.entries,
        out,
    );
}

/// Warn at each target that moves away from `better` compared with the year before it (the
/// first target compares with the last known value).
fn path(
    what: &str,
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
                let verb = if better == Direction::Down {
                    "rises"
                } else {
                    "falls"
                };
                let d = Diagnostic::new(
                    Code::TargetWrongDirection,
                    format!(
                        "the {year} target of {what} {verb} from {} to {}",
                        decimal(prev, 4),
                        decimal(value.value, 4)
                    ),
                )
                .primary(value.span, format!("the {year} target"))
                .secondary(
                    prev_span,
                    if is_start {
                        format!("the value in {prev_year}")
                    } else {
                        format!("the {prev_year} target")
                    },
                )
                .hint(match better {
                    Direction::Down => "lower is better for this indicator; a target should not be higher than the year before",
                    Direction::Up => "higher is better for this indicator; a target should not be lower than the year before",
                });
                out.push(d);
            }
        }
        previous = Some((year, value.value, value.span, false));
    }
}
