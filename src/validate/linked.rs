//! A province's kabupaten/kota plans: E056 (each passes its own check; its errors are reported
//! too), E055 (each is the plan of the kabupaten or kota that names it), W021 (same period,
//! same province), W022 (the province's figures for it are the plan's own).

use crate::diag::{Code, Diagnostic};
use crate::locale::decimal;
use crate::model::{Plan, PlanRoot, RegionKind, Statistic};

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for linked in &plan.linked {
        let mut own = linked.diagnostics.clone();
        own.extend(super::validate(&linked.plan));
        let errors: Vec<Diagnostic> = own.into_iter().filter(Diagnostic::is_error).collect();
        if !errors.is_empty() {
            let s = if errors.len() == 1 { "" } else { "s" };
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanErrors,
                    format!(
                        "the plan of {} has {} error{s}",
                        linked.member,
                        errors.len()
                    ),
                )
                .primary(linked.path.span, "this plan does not pass `rpkd check`")
                .hint("its errors are listed with their own files; the synchronisation document needs every kabupaten/kota plan whole"),
            );
            out.extend(errors);
        }
        let Some(sub) = &linked.plan.root else {
            continue;
        };
        let Some(member) = root.members().find(|m| m.full_name() == linked.member) else {
            continue;
        };
        let kind = sub.region.kind.value;
        if kind == RegionKind::Province
            || kind != member.kind.value
            || sub.region.name.value.trim() != member.name.value.trim()
        {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanMismatch,
                    format!(
                        "`{}` is the plan of {} {}, not of {}",
                        linked.path.value,
                        kind.label(),
                        sub.region.name.value,
                        linked.member
                    ),
                )
                .primary(linked.path.span, format!("named for {}", linked.member))
                .secondary(sub.region.name.span, "the plan's own region")
                .hint("point `rencana` at the plan folder of this kabupaten or kota"),
            );
            continue;
        }
        if sub.period.start.value != root.period.start.value
            || sub.period.end.value != root.period.end.value
        {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanDiffers,
                    format!(
                        "the plan of {} covers {}–{}, the province's {}–{}",
                        linked.member,
                        sub.period.start.value,
                        sub.period.end.value,
                        root.period.start.value,
                        root.period.end.value
                    ),
                )
                .primary(linked.path.span, "a plan of another period")
                .secondary(sub.period.start.span, "its period")
                .hint("the synchronisation document sums only the years the two periods share"),
            );
        }
        if let Some(province) = &sub.region.province
            && province.value.trim() != root.region.name.value.trim()
        {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanDiffers,
                    format!(
                        "the plan of {} names the province `{}`, not {}",
                        linked.member, province.value, root.region.name.value
                    ),
                )
                .primary(linked.path.span, "named by this province")
                .secondary(province.span, "its province")
                .hint("correct `daerah.provinsi` in the kabupaten/kota plan, or the path"),
            );
        }
        figures(member, sub, &linked.member, out);
    }
}

/// W022: a figure the province records for a kabupaten/kota (same statistic, same year) is the
/// one the kabupaten/kota's own plan records.
fn figures(member: &crate::model::Member, sub: &PlanRoot, name: &str, out: &mut Vec<Diagnostic>) {
    let (Some(mine), Some(theirs)) = (member.statistics.as_deref(), sub.statistics.as_ref()) else {
        return;
    };
    for statistic in Statistic::ALL {
        let (Some(a), Some(b)) = (mine.get(statistic), theirs.get(statistic)) else {
            continue;
        };
        for o in &a.data {
            let Some(other) = b.data.iter().find(|x| x.year.value == o.year.value) else {
                continue;
            };
            if (o.value.value - other.value.value).abs() > 1e-9 {
                out.push(
                    Diagnostic::new(
                        Code::LinkedFigureDiffers,
                        format!(
                            "{} of {name} for {} is {} here, {} in its own plan",
                            statistic.key(),
                            o.year.value,
                            decimal(o.value.value, 4),
                            decimal(other.value.value, 4)
                        ),
                    )
                    .primary(o.value.span, "the province's figure")
                    .secondary(other.value.span, "the kabupaten/kota plan's figure")
                    .hint("one published figure per year: correct the one that is not BPS's"),
                );
            }
        }
    }
}
