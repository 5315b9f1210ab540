//! The annual action plans compared year by year: the year's own figures, lines paired by their
//! sub kegiatan (a re-coded line's rows follow it), allocation and realisation totals, and the
//! realisation entered or corrected since the old version.

use super::change::{Amounts, RatChange, RealisationEntry, WrongWay};
use super::facts::{self, Item, PlanFacts};
use super::fields::{Extra, changes, compare_list};
use super::matching::{MatchedBy, Matching};
use super::{facts::Value, text};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub(super) fn rat_changes(
    a: &PlanFacts,
    b: &PlanFacts,
    sub_code_map: &HashMap<&str, &str>,
    wrong_way: &mut Vec<WrongWay>,
) -> Vec<RatChange> {
    let years: BTreeSet<u16> = a.rats.iter().chain(&b.rats).map(|r| r.year).collect();
    let mut out = Vec::new();
    for year in years {
        let before = a.rats.iter().find(|r| r.year == year);
        let after = b.rats.iter().find(|r| r.year == year);
        // Old lines are paired under the code their sub kegiatan has now, so a re-coded line's
        // rows follow it.
        let old_refs: Vec<&Item> = before
            .map(|r| r.lines.iter().map(|l| &l.item).collect())
            .unwrap_or_default();
        let old_keys: Vec<String> = before
            .map(|r| {
                r.lines
                    .iter()
                    .map(|l| {
                        facts::rat_key(
                            sub_code_map
                                .get(l.code.as_str())
                                .copied()
                                .unwrap_or(&l.code),
                            l.executor.as_deref(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        let new_refs: Vec<&Item> = after
            .map(|r| r.lines.iter().map(|l| &l.item).collect())
            .unwrap_or_default();
        // RAT lines are the sub kegiatan's, so they pair by code only.
        let m = pair_by_key(&old_keys, &new_refs);
        let label = format!("RAT {year}: sub kegiatan");
        let lines = changes(
            &label,
            &old_refs,
            &new_refs,
            &m,
            |_, _| true,
            wrong_way,
            |_, _| Extra::default(),
        );
        let head = match (before, after) {
            (Some(x), Some(y)) => compare_list(&x.head.facts, &y.head.facts, false, ""),
            _ => Vec::new(),
        };
        for f in head.iter().filter(|f| f.wrong_way) {
            if let (Some(Value::Number(x)), Some(Value::Number(y))) = (&f.old, &f.new) {
                wrong_way.push(WrongWay {
                    item: format!("RAT {year}"),
                    label: f.label.clone(),
                    unit: f.unit.clone(),
                    old: *x,
                    new: *y,
                    better: if *y > *x { "turun" } else { "naik" },
                });
            }
        }
        let total = |r: Option<&facts::RatYear>, f: &dyn Fn(&facts::RatLine) -> u64| {
            r.map(|r| r.lines.iter().map(f).sum::<u64>())
        };
        let allocation = Amounts::new(
            None,
            total(before, &|l| l.allocation),
            total(after, &|l| l.allocation),
        );
        let spent = |l: &facts::RatLine| l.realisation.values().map(|(s, _)| *s).sum();
        let realisation = Amounts::new(None, total(before, &spent), total(after, &spent));
        let mut entries = Vec::new();
        // Old lines by the key they have now.
        let mut old_by_key: HashMap<&str, &facts::RatLine> = HashMap::new();
        if let Some(before) = before {
            for (key, line) in old_keys.iter().zip(&before.lines) {
                old_by_key.entry(key.as_str()).or_insert(line);
            }
        }
        if let Some(after) = after {
            for line in &after.lines {
                let old_line = old_by_key.get(line.item.key.as_str()).copied();
                let empty = BTreeMap::new();
                let old_q = old_line.map_or(&empty, |l| &l.realisation);
                for (q, (s, o)) in &line.realisation {
                    let status = match old_q.get(q) {
                        None => "new",
                        Some((os, oo)) if os == s && oo == o => continue,
                        Some(_) => "changed",
                    };
                    entries.push(RealisationEntry {
                        code: line.item.key.clone(),
                        name: line.item.name.clone(),
                        quarter: *q,
                        status,
                        spent: Some(*s),
                        output: Some(*o),
                        old_spent: old_q.get(q).map(|x| x.0),
                        old_output: old_q.get(q).map(|x| x.1),
                        unit: line.unit.clone(),
                    });
                }
                for (q, (s, o)) in old_q
                    .iter()
                    .filter(|(q, _)| !line.realisation.contains_key(q))
                {
                    entries.push(RealisationEntry {
                        code: line.item.key.clone(),
                        name: line.item.name.clone(),
                        quarter: *q,
                        status: "removed",
                        spent: None,
                        output: None,
                        old_spent: Some(*s),
                        old_output: Some(*o),
                        unit: line.unit.clone(),
                    });
                }
            }
        }
        let conditions = text::compare(
            before.and_then(|r| r.conditions.as_deref()),
            after.and_then(|r| r.conditions.as_deref()),
        );
        let status = match (before, after) {
            (None, Some(_)) => "added",
            (Some(_), None) => "removed",
            _ => "changed",
        };
        if status == "changed"
            && head.is_empty()
            && lines.is_empty()
            && entries.is_empty()
            && conditions.is_none()
        {
            continue;
        }
        out.push(RatChange {
            year,
            status,
            head,
            lines,
            allocation,
            realisation,
            entries,
            conditions,
        });
    }
    out
}

fn pair_by_key(old: &[String], new: &[&Item]) -> Matching {
    let mut new_by_key: HashMap<&str, usize> = HashMap::new();
    for (i, item) in new.iter().enumerate() {
        new_by_key.entry(item.key.as_str()).or_insert(i);
    }
    let mut taken = vec![false; new.len()];
    let mut m = Matching::default();
    for (o, key) in old.iter().enumerate() {
        match new_by_key.get(key.as_str()) {
            Some(&n) if !taken[n] => {
                taken[n] = true;
                m.pairs.push((o, n, MatchedBy::Code));
            }
            _ => m.removed.push(o),
        }
    }
    m.pairs.sort_by_key(|(_, n, _)| *n);
    m.added = (0..new.len()).filter(|n| !taken[*n]).collect();
    m
}
