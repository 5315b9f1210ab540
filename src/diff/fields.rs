//! Paired items compared fact by fact: the fields that differ, with both values, the difference
//! and whether a target moved away from progress; an item on one side only with its facts.

use super::change::{Changes, FieldChange, ItemChange, SectionChange, WrongWay};
use super::facts::{Fact, IndicatorFacts, Item, PlanFacts, SubLine, Value};
use super::matching::{self, Matching};
use crate::model::Direction;
use std::collections::{BTreeSet, HashMap};

/// What an item change carries besides its fields.
#[derive(Default)]
pub(super) struct Extra {
    pub(super) context: Option<String>,
    pub(super) agency: Option<String>,
    pub(super) budget: Option<super::change::Amounts>,
}

/// The changes of one kind of item, from their pairing.
#[allow(clippy::too_many_arguments)]
pub(super) fn changes(
    kind: &str,
    old: &[&Item],
    new: &[&Item],
    matching: &Matching,
    parents_paired: impl Fn(usize, usize) -> bool,
    wrong_way: &mut Vec<WrongWay>,
    extra: impl Fn(Option<usize>, Option<usize>) -> Extra,
) -> Changes {
    let mut out = Changes::default();
    for &(o, n, by) in &matching.pairs {
        let (before, after) = (old[o], new[n]);
        if before.same && after.same {
            continue;
        }
        let fields = compare_item(before, after, parents_paired(o, n));
        // A RAT line's code and name are its sub kegiatan's: their change is reported there.
        let own = !kind.starts_with("RAT ");
        let recoded = own && before.key != after.key;
        let renamed = own && matching::normal(&before.name) != matching::normal(&after.name);
        let rename_only = fields.iter().all(|f| f.key == "nama");
        if fields.is_empty() && !recoded && !(renamed && rename_only) {
            continue;
        }
        let title = format!("{kind} {} {}", after.key, after.name);
        for f in fields.iter().filter(|f| f.wrong_way) {
            if let (Some(Value::Number(x)), Some(Value::Number(y))) = (&f.old, &f.new) {
                wrong_way.push(WrongWay {
                    item: title.clone(),
                    label: f.label.clone(),
                    unit: f.unit.clone(),
                    old: *x,
                    new: *y,
                    better: if *y > *x { "turun" } else { "naik" },
                });
            }
        }
        let e = extra(Some(o), Some(n));
        out.changed.push(ItemChange {
            status: "changed",
            code: after.key.clone(),
            name: after.name.clone(),
            old_code: Some(before.key.clone()),
            old_name: Some(before.name.clone()),
            matched_by: Some(by),
            recoded,
            renamed,
            context: e.context,
            agency: e.agency,
            fields,
            budget: e.budget,
        });
    }
    for &n in &matching.added {
        let e = extra(None, Some(n));
        out.added.push(whole(new[n], "added", e));
    }
    for &o in &matching.removed {
        let e = extra(Some(o), None);
        out.removed.push(whole(old[o], "removed", e));
    }
    out
}

/// An item that is only on one side, with its facts as the one value.
fn whole(item: &Item, status: &'static str, e: Extra) -> ItemChange {
    let added = status == "added";
    let fields = item
        .facts
        .iter()
        .filter(|f| f.key != "nama")
        .map(|f| {
            let value = Some(f.value.clone());
            field(
                f,
                if added { None } else { value.clone() },
                if added { value } else { None },
            )
        })
        .collect();
    ItemChange {
        status,
        code: item.key.clone(),
        name: item.name.clone(),
        old_code: None,
        old_name: None,
        matched_by: None,
        recoded: false,
        renamed: false,
        context: e.context,
        agency: e.agency,
        fields,
        budget: e.budget,
    }
}

fn field(fact: &Fact, old: Option<Value>, new: Option<Value>) -> FieldChange {
    let kind = new.as_ref().or(old.as_ref()).map_or("teks", Value::kind);
    let mut change = FieldChange {
        key: fact.key.clone(),
        label: fact.label.clone(),
        kind,
        unit: fact.unit.clone(),
        old,
        new,
        delta: None,
        percent: None,
        added: Vec::new(),
        removed: Vec::new(),
        wrong_way: false,
        note: None,
    };
    let number = |v: &Option<Value>| match v {
        Some(Value::Money(m)) => Some(*m as f64),
        Some(Value::Number(x)) => Some(*x),
        _ => None,
    };
    match (&change.old, &change.new) {
        (Some(Value::List(a)), Some(Value::List(b))) => {
            change.added = b.iter().filter(|x| !a.contains(x)).cloned().collect();
            change.removed = a.iter().filter(|x| !b.contains(x)).cloned().collect();
        }
        (Some(Value::Money(a)), Some(Value::Money(b))) => {
            let d = *b as i128 - *a as i128;
            change.delta = Some(d as f64);
            change.percent = (*a != 0).then(|| d as f64 / *a as f64 * 100.0);
        }
        (Some(Value::Money(a)), None) => change.delta = Some(-(*a as f64)),
        (None, Some(Value::Money(b))) => change.delta = Some(*b as f64),
        _ => {
            if let (Some(x), Some(y)) = (number(&change.old), number(&change.new)) {
                change.delta = Some(y - x);
                change.percent = (x != 0.0).then(|| (y - x) / x.abs() * 100.0);
                change.wrong_way = match fact.better {
                    Some(Direction::Up) => y < x,
                    Some(Direction::Down) => y > x,
                    None => false,
                };
            }
        }
    }
    change
}

/// The fields of two paired items that differ. An inherited value is compared only when the
/// parents are not a pair (otherwise its change is the parent's, reported there).
fn compare_item(old: &Item, new: &Item, parents_paired: bool) -> Vec<FieldChange> {
    let mut out = compare_list(&old.facts, &new.facts, parents_paired, "");
    out.extend(compare_indicators(&old.indicators, &new.indicators));
    out
}

pub(super) fn compare_list(
    old: &[Fact],
    new: &[Fact],
    parents_paired: bool,
    prefix: &str,
) -> Vec<FieldChange> {
    let old_by_key: HashMap<&str, &Fact> = old.iter().map(|f| (f.key.as_str(), f)).collect();
    let new_keys: BTreeSet<&str> = new.iter().map(|f| f.key.as_str()).collect();
    let mut out = Vec::new();
    let relabel = |mut c: FieldChange| {
        if !prefix.is_empty() {
            c.key = format!("{prefix}.{}", c.key);
        }
        c
    };
    for fact in new {
        let before = old_by_key.get(fact.key.as_str());
        if let Some(b) = before {
            if b.same(fact) {
                continue;
            }
            if parents_paired && b.inherited && fact.inherited {
                continue;
            }
        }
        let mut better = fact.clone();
        if better.better.is_none() {
            better.better = before.and_then(|b| b.better);
        }
        out.push(relabel(field(
            &better,
            before.map(|b| b.value.clone()),
            Some(fact.value.clone()),
        )));
    }
    for fact in old.iter().filter(|f| !new_keys.contains(f.key.as_str())) {
        out.push(relabel(field(fact, Some(fact.value.clone()), None)));
    }
    out
}

/// Indicators are paired by wording, then by position among the rest.
fn compare_indicators(old: &[IndicatorFacts], new: &[IndicatorFacts]) -> Vec<FieldChange> {
    let mut old_taken = vec![false; old.len()];
    let mut partner: Vec<Option<usize>> = vec![None; new.len()];
    for (n, i) in new.iter().enumerate() {
        if let Some(o) = (0..old.len())
            .find(|&o| !old_taken[o] && matching::normal(&old[o].name) == matching::normal(&i.name))
        {
            old_taken[o] = true;
            partner[n] = Some(o);
        }
    }
    let free_list: Vec<usize> = (0..old.len()).filter(|o| !old_taken[*o]).collect();
    let mut free = free_list.into_iter();
    for p in partner.iter_mut().filter(|p| p.is_none()) {
        if let Some(o) = free.next() {
            old_taken[o] = true;
            *p = Some(o);
        }
    }
    let mut out = Vec::new();
    for (n, indicator) in new.iter().enumerate() {
        let number = n + 1;
        match partner[n] {
            Some(o) => {
                for mut c in compare_list(&old[o].facts, &indicator.facts, false, "") {
                    c.key = format!("indikator.{number}.{}", c.key);
                    c.label = format!("Indikator {number}: {}", c.label);
                    out.push(c);
                }
            }
            None => out.push(indicator_whole(number, None, Some(&indicator.name))),
        }
    }
    for (o, indicator) in old.iter().enumerate().filter(|(o, _)| !old_taken[*o]) {
        out.push(indicator_whole(o + 1, Some(&indicator.name), None));
    }
    out
}

fn indicator_whole(number: usize, old: Option<&str>, new: Option<&str>) -> FieldChange {
    let fact = Fact {
        key: format!("indikator.{number}"),
        label: format!("Indikator {number}"),
        value: Value::Text(String::new()),
        unit: None,
        better: None,
        identity: None,
        inherited: false,
    };
    field(
        &fact,
        old.map(|t| Value::Text(t.to_owned())),
        new.map(|t| Value::Text(t.to_owned())),
    )
}

/// On a program or kegiatan whose agency or strategy changed, say how many sub kegiatan take
/// it over (their own entries do not repeat the change).
pub(super) fn note_inheritance(
    changes: &mut Changes,
    subs: &[SubLine],
    parent: impl Fn(&SubLine) -> &String,
) {
    for item in &mut changes.changed {
        for f in &mut item.fields {
            if !matches!(f.key.as_str(), "perangkat_daerah" | "strategi") {
                continue;
            }
            let n =
                subs.iter()
                    .filter(|s| parent(s) == &item.code)
                    .filter(|s| {
                        s.item.facts.iter().any(|x| {
                            x.key == f.key && x.inherited && Some(&x.value) == f.new.as_ref()
                        })
                    })
                    .count();
            if n > 0 {
                f.note = Some(format!("berlaku bagi {n} sub kegiatan yang mewarisinya"));
            }
        }
    }
}

pub(super) fn plan_sections(
    a: &PlanFacts,
    b: &PlanFacts,
    wrong_way: &mut Vec<WrongWay>,
) -> Vec<SectionChange> {
    let mut out = Vec::new();
    for section in &b.sections {
        let empty = Vec::new();
        let before = a
            .sections
            .iter()
            .find(|s| s.key == section.key)
            .map_or(&empty, |s| &s.items);
        let old: Vec<&Item> = before.iter().collect();
        let new: Vec<&Item> = section.items.iter().collect();
        let m = matching::pair(&old, &new, |_, _| false);
        let title = match section.key {
            "statistik" => "Statistik",
            "wilayah" => "Kecamatan",
            "strategi" => "Strategi",
            "pilar" => "Pilar",
            "perangkat_daerah" => "Perangkat daerah",
            _ => "",
        };
        let items = changes(
            title,
            &old,
            &new,
            &m,
            |_, _| true,
            wrong_way,
            |_, _| Extra::default(),
        );
        if !items.is_empty() {
            out.push(SectionChange {
                key: section.key,
                title: section.title,
                items,
            });
        }
    }
    // A version whose rpkd.yaml did not decode has no sections: nothing to pair with.
    out
}
