//! Values in range: E020 (percentages 0–100, ratios 0–1), E022 (quarters 1–4, once each),
//! E024 (thresholds in order, RAT targets above zero). Negative money is refused while decoding
//! (E019); money against ceilings and allocations is `funding`'s.

use crate::diag::{Code, Diagnostic};
use crate::locale::decimal;
use crate::model::{Bound, Indicator, Plan, PlanRoot};
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
            "the poverty target",
            out,
        );
        range(
            &rat.extreme_poverty_target,
            Bound::Percent,
            "the extreme-poverty target",
            out,
        );
        for line in &rat.lines {
            quarters(line, out);
            if line.target.value <= 0.0 {
                let d = Diagnostic::new(
                    Code::InvalidValue,
                    format!("the {} target of `{}` is not above zero", rat.year.value, line.sub_activity.0),
                )
                .primary(line.target.span, "no output to achieve")
                .hint("a RAT line states the output it will deliver this year; achievement is measured against it");
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
            let what = statistic.key();
            for o in &series.data {
                range(&o.value, bound, what, out);
                let others = o
                    .comparators
                    .iter()
                    .flat_map(|c| c.entries.iter().map(|(_, v)| v));
                for v in o.province.iter().chain(&o.national).chain(others) {
                    range(v, bound, what, out);
                }
            }
            for (_, v) in series.target.iter().flat_map(|t| &t.entries) {
                range(v, bound, what, out);
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
    let what = format!("indicator `{}`", indicator.name.value);
    range(&indicator.baseline.value, bound, &what, out);
    for (_, v) in &indicator.targets.entries {
        range(v, bound, &what, out);
    }
}

fn thresholds(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let Some(m) = &root.monitoring else {
        return;
    };
    for t in m.on_target.iter().chain(&m.in_progress) {
        range(t, Bound::Percent, "a status threshold", out);
    }
    if let (Some(on), Some(progress)) = (&m.on_target, &m.in_progress)
        && progress.value > on.value
    {
        let d = Diagnostic::new(
            Code::InvalidValue,
            "the *on progress* threshold is above the *sesuai target* threshold",
        )
        .primary(progress.span, "should be lower")
        .secondary(on.span, "sesuai target from here")
        .hint("the defaults are 80 for sesuai target and 50 for on progress");
        out.push(d);
    }
}

fn range(value: &Spanned<f64>, bound: Bound, what: &str, out: &mut Vec<Diagnostic>) {
    let v = value.value;
    let (ok, expected) = match bound {
        Bound::Percent => ((0.0..=100.0).contains(&v), "a percentage between 0 and 100"),
        Bound::Ratio => ((0.0..=1.0).contains(&v), "a ratio between 0 and 1"),
        Bound::NonNegative => (v >= 0.0, "zero or more"),
    };
    if ok {
        return;
    }
    let d = Diagnostic::new(
        Code::PercentRange,
        format!("{what} is {}, expected {expected}", decimal(v, 4)),
    )
    .primary(value.span, "out of range");
    let d = if bound == Bound::Ratio && (0.0..=100.0).contains(&v) {
        d.hint(format!(
            "a Gini ratio is written as a fraction: `{}`",
            v / 100.0
        ))
    } else {
        d
    };
    out.push(d);
}

fn quarters(line: &crate::model::RatLine, out: &mut Vec<Diagnostic>) {
    let mut seen = [None; 4];
    for r in &line.realisation {
        range(&r.output, Bound::NonNegative, "output", out);
        let q = r.quarter.value;
        if !(1..=4).contains(&q) {
            let d = Diagnostic::new(Code::InvalidQuarter, format!("there is no quarter {q}"))
                .primary(r.quarter.span, "expected 1, 2, 3 or 4")
                .hint("`triwulan` is the quarter of the year: 1 (Januari–Maret) to 4 (Oktober–Desember)");
            out.push(d);
            continue;
        }
        let slot = &mut seen[q as usize - 1];
        match slot {
            Some(first) => {
                let d = Diagnostic::new(
                    Code::InvalidQuarter,
                    format!(
                        "quarter {q} is reported twice for `{}`",
                        line.sub_activity.0
                    ),
                )
                .primary(r.quarter.span, "reported again here")
                .secondary(*first, "first reported here")
                .hint("give one entry per quarter, with that quarter's own spending and output");
                out.push(d);
            }
            None => *slot = Some(r.quarter.span),
        }
    }
}
