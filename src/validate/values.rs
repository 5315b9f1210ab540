//! Values in range: E020 (percentages 0–100, ratios 0–1), E022 (quarters 1–4, once each),
//! E024 (thresholds in order), W001 (a RAT allocation above the RPKD ceiling), W002
//! (realisation above allocation), W009 (a RAT line's funding source is one its RPKD ceiling
//! lists), W010 (desa/kelurahan figures within their kecamatan's). Negative money is refused while decoding (E019).

use super::index::Index;
use crate::diag::{Code, Diagnostic};
use crate::locale::{decimal, rupiah};
use crate::model::{Bound, Indicator, Plan, PlanRoot, Rupiah};
use crate::source::Spanned;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
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
    districts(root, out);
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
            let spent: Rupiah = line.realisation.iter().map(|r| r.spent.value).sum();
            if spent > line.allocation.value {
                let d = Diagnostic::new(
                    Code::RealisationAboveAllocation,
                    format!(
                        "realisation {} is above the allocation {} for `{}`",
                        rupiah(spent),
                        rupiah(line.allocation.value),
                        line.sub_activity.0
                    ),
                )
                .primary(line.allocation.span, "allocation")
                .hint("check the quarterly amounts under `realisasi`, or revise the allocation");
                out.push(d);
            }
            if let Some(rpkd) = index.lines.get(line.sub_activity.0.as_str()) {
                let sources = &rpkd.sub.ceilings.sources;
                if !sources
                    .iter()
                    .any(|(s, _)| s.value == line.funding_source.value)
                {
                    let listed: Vec<&str> = sources.iter().map(|(s, _)| s.key()).collect();
                    let d = Diagnostic::new(
                        Code::SourceNotInCeiling,
                        format!(
                            "`{}` is funded from `{}`, which its RPKD ceiling does not list",
                            line.sub_activity.0,
                            line.funding_source.key()
                        ),
                    )
                    .primary(line.funding_source.span, "not a source of this line's pagu")
                    .secondary(rpkd.sub.ceilings.span, "the RPKD ceiling")
                    .hint(format!(
                        "the RPKD budgets this line from {}; add `{}` to its pagu or change the source",
                        listed.join(", "),
                        line.funding_source.key()
                    ));
                    out.push(d);
                }
            }
            if let Some(rpkd) = index.lines.get(line.sub_activity.0.as_str())
                && root.period.contains(rat.year.value)
                && rpkd.sub.ceilings.is_valid(rat.year.value)
            {
                let ceiling = rpkd.sub.ceilings.total(rat.year.value);
                if line.allocation.value > ceiling {
                    let d = Diagnostic::new(
                        Code::AllocationAboveCeiling,
                        format!(
                            "the {} allocation {} is above the RPKD ceiling {} for `{}`",
                            rat.year.value,
                            rupiah(line.allocation.value),
                            rupiah(ceiling),
                            line.sub_activity.0
                        ),
                    )
                    .primary(line.allocation.span, "above the ceiling")
                    .secondary(rpkd.sub.ceilings.span, "the RPKD ceiling (pagu indikatif)")
                    .hint("raise the pagu in the RPKD or lower the allocation");
                    out.push(d);
                }
            }
        }
    }
}

fn statistics(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let Some(stats) = &root.statistics else {
        return;
    };
    for (statistic, series) in stats.series() {
        let bound = statistic.bound();
        let what = statistic.key();
        for o in &series.data {
            range(&o.value, bound, what, out);
            for v in o.province.iter().chain(&o.national) {
                range(v, bound, what, out);
            }
        }
        for (_, v) in series.target.iter().flat_map(|t| &t.entries) {
            range(v, bound, what, out);
        }
    }
}

/// W010: the poor people of a kecamatan's desa/kelurahan cannot add up to more than its own.
fn districts(root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for d in &root.districts {
        let Some(total) = &d.poor_people else {
            continue;
        };
        let villages: u64 = d
            .villages
            .iter()
            .filter_map(|v| v.poor_people.as_ref().map(|p| p.value))
            .sum();
        if villages > total.value {
            out.push(
                Diagnostic::new(
                    Code::VillagesExceedDistrict,
                    format!(
                        "the desa/kelurahan of {} count {} poor people, more than the kecamatan's {}",
                        d.name.value,
                        crate::locale::group(villages),
                        crate::locale::group(total.value)
                    ),
                )
                .primary(total.span, "the kecamatan figure")
                .hint("the kecamatan's `penduduk_miskin` is the sum over its desa/kelurahan or more"),
            );
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
