//! Nothing defined and left empty or unused: E023 (the lists a plan cannot do without), W004
//! (each national strategy has a program), W005 (each pillar a strategy, each strategy a
//! program). These report absences, so they run only where an absence is real: on a plan that
//! decoded completely, and for the warnings one with no other error (a misspelt reference would
//! otherwise show up twice).

use crate::diag::{Code, Diagnostic};
use crate::model::{NationalStrategy, Plan, PlanRoot};
use crate::source::Span;
use std::collections::HashSet;

/// E023: the lists a plan cannot do without are not empty.
pub fn required(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let territory = if root.is_province() {
        "kabupaten or kota"
    } else {
        "kecamatan"
    };
    let lists: [(&str, &str, bool); 4] = [
        ("pilar", "pillar", root.pillars.is_empty()),
        ("strategi", "strategy", root.strategies.is_empty()),
        ("perangkat_daerah", "agency", root.agencies.is_empty()),
        ("wilayah", territory, root.areas.is_empty()),
    ];
    for (key, what, empty) in lists {
        if empty {
            out.push(
                Diagnostic::new(Code::EmptyList, format!("the plan has no {what}"))
                    .primary(
                        Span::new(root.span.file, 0, 0),
                        format!("`{key}` is empty or missing"),
                    )
                    .hint(format!(
                        "list at least one {what} under `{key}:` in rpkd.yaml"
                    )),
            );
        }
    }
    if plan.programs.is_empty() {
        out.push(
            Diagnostic::new(Code::EmptyList, "the plan has no programs")
                .primary(Span::new(root.span.file, 0, 0), "no program found")
                .hint("programs are listed under `program:` in files in the `program/` folder"),
        );
    }
}

/// W004, W005: every national strategy, pillar and strategy is served by something.
pub fn unused(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    // A strategy counts as used when a line carries it; a program whose lines all override its
    // strategy does not use it, but one with no lines yet does.
    let empty_programs = plan
        .programs
        .iter()
        .filter(|p| p.activities.iter().all(|k| k.sub_activities.is_empty()));
    let used_strategies: HashSet<&str> = plan
        .lines()
        .map(|l| l.strategy.as_str())
        .chain(empty_programs.map(|p| p.strategy.as_str()))
        .collect();
    let used_pillars: HashSet<&str> = root.strategies.iter().map(|s| s.pillar.as_str()).collect();
    let used_national: HashSet<NationalStrategy> = root
        .strategies
        .iter()
        .filter(|s| used_strategies.contains(s.id.as_str()))
        .map(|s| s.national.value)
        .collect();

    for national in NationalStrategy::ALL {
        if !used_national.contains(national) {
            out.push(
                Diagnostic::new(
                    Code::NationalStrategyUnused,
                    format!("no program serves the national strategy `{}`", national.key()),
                )
                .primary(Span::new(root.span.file, 0, 0), "in this plan")
                .hint(format!(
                    "Inpres 8/2025 asks every region to act on all three national strategies; map a strategy with programs to {}",
                    national.label().to_lowercase()
                )),
            );
        }
    }
    for pillar in &root.pillars {
        if !used_pillars.contains(pillar.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::UnusedDefinition,
                    format!("pillar `{}` has no strategy", pillar.id.value),
                )
                .primary(pillar.id.span, "no strategy names this pillar")
                .hint("name it under `pilar:` in a strategy, or remove it"),
            );
        }
    }
    for strategy in &root.strategies {
        if !used_strategies.contains(strategy.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::UnusedDefinition,
                    format!("strategy `{}` has no program", strategy.id.value),
                )
                .primary(strategy.id.span, "no program line carries this strategy")
                .hint("name it under `strategi:` in a program, or remove it"),
            );
        }
    }
}
