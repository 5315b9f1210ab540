//! Values in range: E020 (percentages 0–100, ratios 0–1), E022 (quarters 1–4, once each),
//! E024 (thresholds in order, RAT targets above zero). Negative money is refused while decoding
//! (E019); money against ceilings and allocations is `funding`'s.

use super::words;
use crate::diag::{Code, Diagnostic};
use crate::i18n::Arg;
use crate::locale::decimal;
use crate::model::{Bound, Indicator, Plan, PlanRoot};
use crate::msg;
use crate::source::Spanned;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    statistics(root, out);
    for program in &plan.programs {
        program.indicators.iter().for_each(|i| indicator(i, out));
        for kegiatan in &program.activities {
            kegiatan.indicators.iter().for_each(|i| indicator(i, out));
        }
    }
    for line in plan.lines() {
        line.sub.indicators.iter().for_each(|i| indicator(i, out));
    }
    thresholds(root, out);
    for file in &plan.rats {
        let rat = &file.rat;
        range(
            &rat.poverty_target,
            Bound::Percent,
            msg!("val-what-poverty-target").into(),
            out,
        );
        range(
            &rat.extreme_poverty_target,
            Bound::Percent,
            msg!("val-what-extreme-target").into(),
            out,
        );
        for line in &rat.lines {
            quarters(line, out);
            if line.target.value <= 0.0 {
                let d = Diagnostic::new(
                    Code::InvalidValue,
                    msg!(
                        "val-rat-target-zero",
                        year = rat.year.value,
                        code = &line.sub_activity.0
                    ),
                )
                .primary(line.target.span, msg!("val-no-output"))
                .hint(msg!("val-rat-target-hint"));
                out.push(d);
            }
        }
    }
}

fn statistics(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let members = root.members().filter_map(|m| m.statistics.as_deref());
    for stats in root.statistics.iter().chain(members) {
        for (statistic, series) in stats.series() {
            let bound = statistic.bound();
            let what = Arg::Text(format!("`{}`", statistic.key()));
            for o in &series.data {
                range(&o.value, bound, what.clone(), out);
                let others = o
                    .comparators
                    .iter()
                    .flat_map(|c| c.entries.iter().map(|(_, v)| v));
                for v in o.province.iter().chain(&o.national).chain(others) {
                    range(v, bound, what.clone(), out);
                }
            }
            for (_, v) in series.target.iter().flat_map(|t| &t.entries) {
                range(v, bound, what.clone(), out);
            }
        }
    }
}

fn indicator(indicator: &Indicator, out: &mut Vec<Diagnostic>) {
    let bound = if indicator.is_percent() {
        Bound::Percent
    } else {
        Bound::NonNegative
    };
    let what = Arg::from(words::indicator(&indicator.name.value));
    range(&indicator.baseline.value, bound, what.clone(), out);
    for (_, v) in &indicator.targets.entries {
        range(v, bound, what.clone(), out);
    }
}

fn thresholds(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let Some(m) = &root.monitoring else {
        return;
    };
    for t in m.on_target.iter().chain(&m.in_progress) {
        range(t, Bound::Percent, msg!("val-what-threshold").into(), out);
    }
    if let (Some(on), Some(progress)) = (&m.on_target, &m.in_progress)
        && progress.value > on.value
    {
        let d = Diagnostic::new(Code::InvalidValue, msg!("val-thresholds"))
            .primary(progress.span, msg!("val-should-be-lower"))
            .secondary(on.span, msg!("val-on-target-from"))
            .hint(msg!("val-thresholds-hint"));
        out.push(d);
    }
}

fn range(value: &Spanned<f64>, bound: Bound, what: Arg, out: &mut Vec<Diagnostic>) {
    let v = value.value;
    let (ok, expected) = match bound {
        Bound::Percent => ((0.0..=100.0).contains(&v), msg!("val-percent")),
        Bound::Ratio => ((0.0..=1.0).contains(&v), msg!("val-ratio")),
        Bound::NonNegative => (v >= 0.0, msg!("val-non-negative")),
    };
    if ok {
        return;
    }
    let d = Diagnostic::new(
        Code::PercentRange,
        msg!(
            "val-out-of-range",
            what = what,
            value = decimal(v, 4),
            expected = expected
        ),
    )
    .primary(value.span, msg!("val-out-of-range-label"));
    let d = if bound == Bound::Ratio && (0.0..=100.0).contains(&v) {
        d.hint(msg!("val-gini-hint", fraction = (v / 100.0).to_string()))
    } else {
        d
    };
    out.push(d);
}

fn quarters(line: &crate::model::RatLine, out: &mut Vec<Diagnostic>) {
    let mut seen = [None; 4];
    for r in &line.realisation {
        range(
            &r.output,
            Bound::NonNegative,
            msg!("val-what-output").into(),
            out,
        );
        let q = r.quarter.value;
        if !(1..=4).contains(&q) {
            let d = Diagnostic::new(Code::InvalidQuarter, msg!("val-no-quarter", quarter = q))
                .primary(r.quarter.span, msg!("val-expected-quarter"))
                .hint(msg!("val-quarter-hint"));
            out.push(d);
            continue;
        }
        let slot = &mut seen[q as usize - 1];
        match slot {
            Some(first) => {
                let d = Diagnostic::new(
                    Code::InvalidQuarter,
                    msg!(
                        "val-quarter-twice",
                        quarter = q,
                        code = &line.sub_activity.0
                    ),
                )
                .primary(r.quarter.span, msg!("val-reported-again"))
                .secondary(*first, msg!("val-first-reported"))
                .hint(msg!("val-quarter-twice-hint"));
                out.push(d);
            }
            None => *slot = Some(r.quarter.span),
        }
    }
}
