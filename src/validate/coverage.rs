//! Nothing defined and left empty or unused: E023 (the lists a plan cannot do without), W004
//! (each national strategy has a program), W005 (each pillar a strategy, each strategy a
//! program). These report absences, so they run only where an absence is real: on a plan that
//! decoded completely, and for the warnings one with no other error (a misspelt reference would
//! otherwise show up twice).

use crate::diag::{Code, Diagnostic};
use crate::i18n::Message;
use crate::model::{NationalStrategy, Plan, PlanRoot};
use crate::msg;
use crate::source::Span;
use std::collections::HashSet;

/// E023: the lists a plan cannot do without are not empty.
pub fn required(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    let territory = if root.is_province() {
        msg!("cov-what-member")
    } else {
        msg!("noun-kecamatan")
    };
    let lists: [(&str, Message, bool); 4] = [
        ("pilar", msg!("ref-pillar"), root.pillars.is_empty()),
        ("strategi", msg!("ref-strategy"), root.strategies.is_empty()),
        (
            "perangkat_daerah",
            msg!("ref-agency"),
            root.agencies.is_empty(),
        ),
        ("wilayah", territory, root.areas.is_empty()),
    ];
    for (key, what, empty) in lists {
        if empty {
            out.push(
                Diagnostic::new(Code::EmptyList, msg!("cov-no-list", what = what.clone()))
                    .primary(
                        Span::new(root.span.file, 0, 0),
                        msg!("cov-list-empty", key = key),
                    )
                    .hint(msg!("cov-list-hint", what = what, key = key)),
            );
        }
    }
    if plan.programs.is_empty() {
        out.push(
            Diagnostic::new(Code::EmptyList, msg!("cov-no-programs"))
                .primary(
                    Span::new(root.span.file, 0, 0),
                    msg!("cov-no-program-found"),
                )
                .hint(msg!("cov-programs-hint")),
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
                    msg!("cov-national-unused", strategy = national.key()),
                )
                .primary(Span::new(root.span.file, 0, 0), msg!("cov-in-this-plan"))
                .hint(msg!(
                    "cov-national-hint",
                    label = national.label().to_lowercase()
                )),
            );
        }
    }
    for pillar in &root.pillars {
        if !used_pillars.contains(pillar.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::UnusedDefinition,
                    msg!("cov-pillar-unused", id = &pillar.id.value),
                )
                .primary(pillar.id.span, msg!("cov-pillar-unused-label"))
                .hint(msg!("cov-pillar-unused-hint")),
            );
        }
    }
    for strategy in &root.strategies {
        if !used_strategies.contains(strategy.id.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::UnusedDefinition,
                    msg!("cov-strategy-unused", id = &strategy.id.value),
                )
                .primary(strategy.id.span, msg!("cov-strategy-unused-label"))
                .hint(msg!("cov-strategy-unused-hint")),
            );
        }
    }
}
