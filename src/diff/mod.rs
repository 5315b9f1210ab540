//! The comparison of two versions of a plan (`rpkd banding`): a pure stage from two loaded and
//! checked plans to one [`ChangeSet`], the data of the review report and of its JSON form.
//!
//! Each version is first flattened into facts ([`facts`]: the only file here that knows the
//! model's shape); items are paired by code, then by name ([`matching`]); paired items are
//! compared fact by fact, narrative chapters word by word ([`text`]). Figures are summed the
//! way the documents sum them, so every total reconciles with each version's RPKD.
//!
//! Every change appears once, where it was made: a program whose agency changed is reported
//! at the program, not again at each sub kegiatan that inherits the agency (their budgets move
//! between agencies in the roll-up tables).

mod change;
pub mod facts;
mod fields;
pub mod matching;
mod rat;
pub mod text;
mod totals;

pub use change::*;

use crate::diag::Diagnostic;
use crate::model::{NationalStrategy, Plan};
use crate::source::SourceFiles;
use facts::{Item, PlanFacts, SubLine};
use fields::{Extra, changes, note_inheritance, plan_sections};
use rat::rat_changes;
use std::collections::{BTreeSet, HashMap};
use totals::{source_totals, totals};

/// One side of the comparison: a checked plan and how the report names it.
pub struct Version<'a> {
    /// `HEAD~1 (a1b2c3d)`, `plans/kota-tangerang (working tree)`.
    pub label: String,
    pub plan: &'a Plan,
    pub sources: &'a SourceFiles,
    pub diagnostics: &'a [Diagnostic],
}

const MAX_PROBLEMS: usize = 30;

fn version_info(version: &Version) -> VersionInfo {
    let errors: Vec<&Diagnostic> = version
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    let listed: Vec<Diagnostic> = errors
        .iter()
        .take(MAX_PROBLEMS)
        .map(|d| (*d).clone())
        .collect();
    // The report is a document, so its problems are listed in Bahasa Indonesia.
    let short = crate::diag::render::render(
        crate::diag::render::Format::Short,
        crate::i18n::Lang::Id,
        &[(version.sources, listed.as_slice())],
        false,
    );
    VersionInfo {
        label: version.label.clone(),
        errors: errors.len(),
        warnings: version.diagnostics.len() - errors.len(),
        problems: short.lines().map(str::to_owned).collect(),
        more_problems: errors.len().saturating_sub(MAX_PROBLEMS),
    }
}

/// Compare two versions of a plan.
pub fn compare(old: &Version, new: &Version) -> ChangeSet {
    // A version whose `rpkd.yaml` did not decode has no period: its pagu is summed over the
    // other's, so the totals still say what could be read.
    let old_years = facts::period_years(old.plan);
    let new_years = facts::period_years(new.plan);
    let old_fallback = new_years.unwrap_or_default();
    let new_fallback = old_years.unwrap_or_default();
    // What is byte for byte the same on both sides is not flattened at all: on a large plan
    // with a few changes, that is most of the work of the comparison.
    let (old_digests, new_digests) = rayon::join(
        || facts::digests(old.plan, old.sources, &old_fallback),
        || facts::digests(new.plan, new.sources, &new_fallback),
    );
    let (a, b) = rayon::join(
        || facts::facts(old.plan, old.sources, &new_digests, &old_fallback),
        || facts::facts(new.plan, new.sources, &old_digests, &new_fallback),
    );
    compare_facts(&a, &b, version_info(old), version_info(new))
}

/// The comparison on facts already extracted.
pub fn compare_facts(
    a: &PlanFacts,
    b: &PlanFacts,
    old: VersionInfo,
    new: VersionInfo,
) -> ChangeSet {
    let years: Vec<u16> = a
        .years
        .iter()
        .chain(&b.years)
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();

    // Programs, then kegiatan (parents paired), then sub kegiatan.
    let old_programs: Vec<&Item> = a.programs.iter().collect();
    let new_programs: Vec<&Item> = b.programs.iter().collect();
    let program_match = matching::pair(&old_programs, &new_programs, |_, _| false);
    let program_pairs: HashMap<&str, &str> = program_match
        .pairs
        .iter()
        .map(|(o, n, _)| (old_programs[*o].key.as_str(), new_programs[*n].key.as_str()))
        .collect();
    let old_kegiatan: Vec<&Item> = a.kegiatan.iter().collect();
    let new_kegiatan: Vec<&Item> = b.kegiatan.iter().collect();
    let parents_paired =
        |pairs: &HashMap<&str, &str>, o: &Item, n: &Item| match (&o.parent, &n.parent) {
            (Some(op), Some(np)) => pairs.get(op.as_str()) == Some(&np.as_str()),
            _ => false,
        };
    let kegiatan_match = matching::pair(&old_kegiatan, &new_kegiatan, |o, n| {
        parents_paired(&program_pairs, old_kegiatan[o], new_kegiatan[n])
    });
    let kegiatan_pairs: HashMap<&str, &str> = kegiatan_match
        .pairs
        .iter()
        .map(|(o, n, _)| (old_kegiatan[*o].key.as_str(), new_kegiatan[*n].key.as_str()))
        .collect();
    let old_subs: Vec<&Item> = a.subs.iter().map(|s| &s.item).collect();
    let new_subs: Vec<&Item> = b.subs.iter().map(|s| &s.item).collect();
    let sub_match = matching::pair(&old_subs, &new_subs, |o, n| {
        parents_paired(&kegiatan_pairs, old_subs[o], new_subs[n])
    });

    let mut wrong_way = Vec::new();
    let programs = changes(
        "Program",
        &old_programs,
        &new_programs,
        &program_match,
        |_, _| true,
        &mut wrong_way,
        |_, _| Extra::default(),
    );
    let kegiatan = changes(
        "Kegiatan",
        &old_kegiatan,
        &new_kegiatan,
        &kegiatan_match,
        |o, n| parents_paired(&program_pairs, old_kegiatan[o], new_kegiatan[n]),
        &mut wrong_way,
        |_, _| Extra::default(),
    );
    let mut programs = programs;
    let mut kegiatan = kegiatan;
    unknown_not_removed(&mut programs, a, b);
    unknown_not_removed(&mut kegiatan, a, b);
    note_inheritance(&mut programs, &b.subs, |s| &s.program);
    note_inheritance(&mut kegiatan, &b.subs, |s| &s.kegiatan);
    let sub_kegiatan = changes(
        "Sub kegiatan",
        &old_subs,
        &new_subs,
        &sub_match,
        |o, n| parents_paired(&kegiatan_pairs, old_subs[o], new_subs[n]),
        &mut wrong_way,
        |o, n| {
            let line = n.map(|i| &b.subs[i]).or(o.map(|i| &a.subs[i]));
            Extra {
                context: line.map(|l| {
                    format!(
                        "Program {} {} · Kegiatan {} {}",
                        l.program, l.program_name, l.kegiatan, l.kegiatan_name
                    )
                }),
                agency: line.map(|l| {
                    let names = if n.is_some() {
                        &b.agencies
                    } else {
                        &a.agencies
                    };
                    match names.get(&l.agency) {
                        Some(name) => format!("{} – {name}", l.agency),
                        None => l.agency.clone(),
                    }
                }),
                budget: Some(Amounts::new(
                    None,
                    o.map(|i| a.subs[i].total()),
                    n.map(|i| b.subs[i].total()),
                )),
            }
        },
    );

    // Without a decoded `rpkd.yaml` on one side, its sections and chapters are unknown, not
    // removed: they are not compared (the report says that version has errors).
    let both_roots = a.region.is_some() && b.region.is_some();
    let mut sub_kegiatan = sub_kegiatan;
    unknown_not_removed(&mut sub_kegiatan, a, b);
    let plan = if both_roots {
        plan_sections(a, b, &mut wrong_way)
    } else {
        Vec::new()
    };
    let sub_code_map: HashMap<&str, &str> = sub_match
        .pairs
        .iter()
        .map(|(o, n, _)| (old_subs[*o].key.as_str(), new_subs[*n].key.as_str()))
        .collect();
    let rat = rat_changes(a, b, &sub_code_map, &mut wrong_way);
    let mut narrative = Vec::new();
    for chapter in b.chapters.iter().filter(|_| both_roots) {
        let before = a.chapters.iter().find(|c| c.key == chapter.key);
        if let Some(change) = text::compare(
            before.and_then(|c| c.text.as_deref()),
            chapter.text.as_deref(),
        ) {
            narrative.push(ChapterChange {
                key: chapter.key.clone(),
                title: chapter.title.clone(),
                text: change,
            });
        }
    }
    for chapter in a.chapters.iter().filter(|_| both_roots) {
        if b.chapters.iter().all(|c| c.key != chapter.key)
            && let Some(change) = text::compare(chapter.text.as_deref(), None)
        {
            narrative.push(ChapterChange {
                key: chapter.key.clone(),
                title: chapter.title.clone(),
                text: change,
            });
        }
    }

    let year_amounts: Vec<Amounts> = years
        .iter()
        .map(|y| {
            let sum = |f: &PlanFacts| {
                f.years.contains(y).then(|| {
                    f.subs
                        .iter()
                        .map(|s| s.per_year.get(y).copied().unwrap_or(0))
                        .sum()
                })
            };
            Amounts::new(Some(*y), sum(a), sum(b))
        })
        .collect();
    let total = Amounts::new(
        None,
        Some(a.subs.iter().map(SubLine::total).sum()),
        Some(b.subs.iter().map(SubLine::total).sum()),
    );

    let count = |key, label, old: usize, new: usize, c: &Changes| CountRow {
        key,
        label,
        old,
        new,
        added: c.added.len(),
        removed: c.removed.len(),
        changed: c.changed.len(),
        recoded: c.changed.iter().filter(|i| i.recoded).count(),
        renamed: c.changed.iter().filter(|i| i.renamed).count(),
    };
    let counts = vec![
        count(
            "program",
            "Program",
            a.programs.len(),
            b.programs.len(),
            &programs,
        ),
        count(
            "kegiatan",
            "Kegiatan",
            a.kegiatan.len(),
            b.kegiatan.len(),
            &kegiatan,
        ),
        count(
            "sub_kegiatan",
            "Sub kegiatan",
            a.subs.len(),
            b.subs.len(),
            &sub_kegiatan,
        ),
    ];

    let by_national = totals(
        a,
        b,
        |_, s| vec![(s.national.map_or("", |n| n.key()).to_owned(), s.total())],
        |key, _, _| {
            NationalStrategy::ALL
                .iter()
                .find(|n| n.key() == key)
                .map_or_else(
                    || "(strategi nasional tidak dikenal)".into(),
                    |n| n.label().into(),
                )
        },
        NationalStrategy::ALL
            .iter()
            .map(|n| n.key().to_owned())
            .collect(),
    );
    let by_strategy = totals(
        a,
        b,
        |_, s| vec![(s.strategy.clone(), s.total())],
        |key, a, b| match b.strategies.get(key).or(a.strategies.get(key)) {
            Some((name, _)) => format!("{key} – {name}"),
            None => format!("{key} (tidak dikenal)"),
        },
        b.strategies
            .keys()
            .chain(a.strategies.keys())
            .cloned()
            .collect(),
    );
    // A unit's budget counts toward its agency; the units have a table of their own.
    let by_agency = totals(
        a,
        b,
        |f, s| {
            let mut out: Vec<(String, u64)> = Vec::new();
            for (owner, amount) in &s.by_owner {
                let agency = f.agency_of(owner).to_owned();
                match out.iter_mut().find(|(k, _)| *k == agency) {
                    Some((_, sum)) => *sum += amount,
                    None => out.push((agency, *amount)),
                }
            }
            if out.is_empty() {
                out.push((f.agency_of(&s.agency).to_owned(), s.total()));
            }
            out
        },
        |key, a, b| match b.agencies.get(key).or(a.agencies.get(key)) {
            Some(name) => format!("{key} – {name}"),
            None => format!("{key} (tidak dikenal)"),
        },
        b.agencies
            .keys()
            .chain(a.agencies.keys())
            .cloned()
            .collect(),
    );
    let by_unit = totals(
        a,
        b,
        |f, s| {
            s.by_owner
                .iter()
                .filter(|(owner, _)| f.units.contains_key(*owner))
                .map(|(owner, amount)| (owner.clone(), *amount))
                .collect()
        },
        |key, a, b| match b.units.get(key).or(a.units.get(key)) {
            Some((name, agency)) => format!("{key} – {name} ({agency})"),
            None => format!("{key} (tidak dikenal)"),
        },
        Vec::new(),
    );
    let by_source = source_totals(a, b);

    let chapters = narrative.len() + rat.iter().filter(|r| r.conditions.is_some()).count();
    let plan_items: usize = plan
        .iter()
        .map(|s| s.items.changed.len() + s.items.added.len() + s.items.removed.len())
        .sum();
    let empty = plan.is_empty()
        && programs.is_empty()
        && kegiatan.is_empty()
        && sub_kegiatan.is_empty()
        && rat.is_empty()
        && narrative.is_empty()
        && !year_amounts.iter().any(Amounts::changed);
    ChangeSet {
        region: b.region.clone().or(a.region.clone()).unwrap_or_default(),
        period: b.period.clone().or(a.period.clone()).unwrap_or_default(),
        years,
        complete: old.errors == 0 && new.errors == 0,
        old,
        new,
        empty,
        summary: Summary {
            years: year_amounts,
            total,
            counts,
            wrong_way,
            plan_items,
            chapters,
            rat_years: rat.len(),
        },
        by_national,
        by_strategy,
        by_agency,
        by_unit,
        by_source,
        plan,
        programs,
        kegiatan,
        sub_kegiatan,
        rat,
        narrative,
    }
}

/// An item missing from a version because it (or its whole file) could not be read is not
/// reported as removed or added: that version's errors are.
fn unknown_not_removed(changes: &mut Changes, a: &PlanFacts, b: &PlanFacts) {
    changes
        .removed
        .retain(|i| !b.programs_lost && !b.broken.contains(&i.code));
    changes
        .added
        .retain(|i| !a.programs_lost && !a.broken.contains(&i.code));
}
