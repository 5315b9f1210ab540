//! A province's kabupaten/kota plans: E056 (each passes its own check; its errors are reported
//! too), E055 (each is the plan of the kabupaten or kota that names it), W021 (same period,
//! same province), W022 (the province's figures for it are the plan's own).

use crate::diag::{Code, Diagnostic};
use crate::locale::decimal;
use crate::model::{Plan, PlanRoot, RegionKind, Statistic};
use crate::msg;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    for linked in &plan.linked {
        let mut own = linked.diagnostics.clone();
        own.extend(super::validate(&linked.plan));
        let errors: Vec<Diagnostic> = own.into_iter().filter(Diagnostic::is_error).collect();
        if !errors.is_empty() {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanErrors,
                    msg!(
                        "linked-errors",
                        member = &linked.member,
                        count = errors.len()
                    ),
                )
                .primary(linked.path.span, msg!("linked-not-passing"))
                .hint(msg!("linked-errors-hint")),
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
                    msg!(
                        "linked-mismatch",
                        path = &linked.path.value,
                        kind = kind.label(),
                        name = &sub.region.name.value,
                        member = &linked.member
                    ),
                )
                .primary(
                    linked.path.span,
                    msg!("linked-named-for", member = &linked.member),
                )
                .secondary(sub.region.name.span, msg!("linked-own-region"))
                .hint(msg!("linked-mismatch-hint")),
            );
            continue;
        }
        if sub.period.start.value != root.period.start.value
            || sub.period.end.value != root.period.end.value
        {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanDiffers,
                    msg!(
                        "linked-period",
                        member = &linked.member,
                        start = sub.period.start.value,
                        end = sub.period.end.value,
                        province_start = root.period.start.value,
                        province_end = root.period.end.value
                    ),
                )
                .primary(linked.path.span, msg!("linked-other-period"))
                .secondary(sub.period.start.span, msg!("linked-its-period"))
                .hint(msg!("linked-period-hint")),
            );
        }
        if let Some(province) = &sub.region.province
            && province.value.trim() != root.region.name.value.trim()
        {
            out.push(
                Diagnostic::new(
                    Code::LinkedPlanDiffers,
                    msg!(
                        "linked-province",
                        member = &linked.member,
                        named = &province.value,
                        province = &root.region.name.value
                    ),
                )
                .primary(linked.path.span, msg!("linked-named-by"))
                .secondary(province.span, msg!("linked-its-province"))
                .hint(msg!("linked-province-hint")),
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
                        msg!(
                            "linked-figure",
                            statistic = statistic.key(),
                            member = name,
                            year = o.year.value,
                            here = decimal(o.value.value, 4),
                            own = decimal(other.value.value, 4)
                        ),
                    )
                    .primary(o.value.span, msg!("linked-province-figure"))
                    .secondary(other.value.span, msg!("linked-member-figure"))
                    .hint(msg!("linked-figure-hint")),
                );
            }
        }
    }
}
