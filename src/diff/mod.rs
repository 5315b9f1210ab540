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

pub mod facts;
pub mod matching;
pub mod text;

use crate::diag::Diagnostic;
use crate::model::{Direction, NationalStrategy, Plan};
use crate::source::SourceFiles;
use facts::{Fact, IndicatorFacts, Item, PlanFacts, SubLine, Value};
use matching::{MatchedBy, Matching};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use text::TextChange;

/// One side of the comparison: a checked plan and how the report names it.
pub struct Version<'a> {
    /// `HEAD~1 (a1b2c3d)`, `plans/kota-tangerang (working tree)`.
    pub label: String,
    pub plan: &'a Plan,
    pub sources: &'a SourceFiles,
    pub diagnostics: &'a [Diagnostic],
}

/// Everything that changed between two versions.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeSet {
    /// `Kota Tangerang` (the new version's, else the old's).
    pub region: String,
    /// `2025–2029`
    pub period: String,
    /// Every year of either version's period.
    pub years: Vec<u16>,
    pub old: VersionInfo,
    pub new: VersionInfo,
    /// Whether nothing at all changed.
    pub empty: bool,
    /// Whether both versions are free of errors (otherwise the comparison covers only what
    /// could be read, and the report says so).
    pub complete: bool,
    pub summary: Summary,
    pub by_national: TotalTable,
    pub by_strategy: TotalTable,
    pub by_agency: TotalTable,
    /// Units (UPTD, RSUD, …) that hold budget of their own, by unit; empty when neither
    /// version has any.
    pub by_unit: TotalTable,
    pub by_source: TotalTable,
    /// Changes in `rpkd.yaml` other than the narrative, by section.
    pub plan: Vec<SectionChange>,
    pub programs: Changes,
    pub kegiatan: Changes,
    pub sub_kegiatan: Changes,
    pub rat: Vec<RatChange>,
    pub narrative: Vec<ChapterChange>,
}

/// A version as the report introduces it.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    pub label: String,
    pub errors: usize,
    pub warnings: usize,
    /// The first errors, one line each (`file:line:column: message`).
    pub problems: Vec<String>,
    /// Errors beyond those listed.
    pub more_problems: usize,
}

/// The first page of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Total pagu per year, before and after.
    pub years: Vec<Amounts>,
    /// Over the period.
    pub total: Amounts,
    /// Programs, kegiatan, sub kegiatan: counts and what happened to them.
    pub counts: Vec<CountRow>,
    /// Targets that moved in the wrong direction between the versions.
    pub wrong_way: Vec<WrongWay>,
    /// How many items of `rpkd.yaml` changed (pillars, strategies, agencies, …).
    pub plan_items: usize,
    /// Chapters of narrative that changed (RAT conditions included).
    pub chapters: usize,
    /// RAT years that changed.
    pub rat_years: usize,
}

/// An amount before and after.
#[derive(Debug, Clone, Serialize)]
pub struct Amounts {
    /// The year, or `None` for a total.
    pub year: Option<u16>,
    /// `None` where the version has no such year.
    pub old: Option<u64>,
    pub new: Option<u64>,
    /// `new − old` in rupiah (a missing side counts as zero).
    pub delta: i64,
    /// The change as a percentage of the old amount (`None` when the old is zero).
    pub percent: Option<f64>,
}

impl Amounts {
    fn new(year: Option<u16>, old: Option<u64>, new: Option<u64>) -> Amounts {
        let (o, n) = (old.unwrap_or(0), new.unwrap_or(0));
        let delta = n as i128 - o as i128;
        Amounts {
            year,
            old,
            new,
            delta: delta.clamp(i64::MIN as i128, i64::MAX as i128) as i64,
            percent: (o != 0).then(|| delta as f64 / o as f64 * 100.0),
        }
    }

    fn changed(&self) -> bool {
        self.delta != 0 || self.old.is_some() != self.new.is_some()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CountRow {
    /// `program`, `kegiatan`, `sub_kegiatan`
    pub key: &'static str,
    pub label: &'static str,
    pub old: usize,
    pub new: usize,
    pub added: usize,
    pub removed: usize,
    /// Paired items with any change (re-coded and renamed ones included).
    pub changed: usize,
    /// Paired by name under another code.
    pub recoded: usize,
    /// Same code, another name.
    pub renamed: usize,
}

/// A target that moved away from progress.
#[derive(Debug, Clone, Serialize)]
pub struct WrongWay {
    /// `Sub kegiatan 1.06.05.2.02.0006 Fasilitasi …`
    pub item: String,
    /// `Indikator 1: target 2027`
    pub label: String,
    pub unit: Option<String>,
    pub old: f64,
    pub new: f64,
    /// `naik` or `turun`: the direction that is progress.
    pub better: &'static str,
}

/// Amounts by some key, before and after.
#[derive(Debug, Clone, Serialize)]
pub struct TotalTable {
    pub rows: Vec<TotalRow>,
    pub total: Amounts,
    /// Whether any row changed.
    pub changed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalRow {
    pub key: String,
    pub label: String,
    pub amounts: Amounts,
    /// Sub kegiatan counted, before and after.
    pub old_lines: usize,
    pub new_lines: usize,
    pub changed: bool,
}

/// Items of one kind that were changed, added or removed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    pub changed: Vec<ItemChange>,
    pub added: Vec<ItemChange>,
    pub removed: Vec<ItemChange>,
}

impl Changes {
    fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }
}

/// One item that changed, appeared or disappeared.
#[derive(Debug, Clone, Serialize)]
pub struct ItemChange {
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    /// The code or id (the new one for a re-coded item).
    pub code: String,
    pub name: String,
    /// The code and name in the old version, for a paired item.
    pub old_code: Option<String>,
    pub old_name: Option<String>,
    pub matched_by: Option<MatchedBy>,
    pub recoded: bool,
    pub renamed: bool,
    /// Where it stands: `Program 1.06.05 …, Kegiatan 1.06.05.2.02 …`.
    pub context: Option<String>,
    /// The agency in force, as printed (`DINSOS – Dinas Sosial`).
    pub agency: Option<String>,
    pub fields: Vec<FieldChange>,
    /// Pagu over the period, before and after (sub kegiatan).
    pub budget: Option<Amounts>,
}

/// One field that differs, with both values.
#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    pub key: String,
    pub label: String,
    /// `rupiah`, `angka`, `teks` or `daftar`: how to print the values.
    pub kind: &'static str,
    pub unit: Option<String>,
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// `new − old`, for numbers (in rupiah for money).
    pub delta: Option<f64>,
    /// The change as a percentage of the old value.
    pub percent: Option<f64>,
    /// For lists: what was added and removed.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// A target that moved away from progress.
    pub wrong_way: bool,
    /// `berlaku bagi 3 sub kegiatan yang mewarisinya`
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionChange {
    pub key: &'static str,
    pub title: &'static str,
    pub items: Changes,
}

/// One year's RAT.
#[derive(Debug, Clone, Serialize)]
pub struct RatChange {
    pub year: u16,
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    /// The year's own figures (targets, date).
    pub head: Vec<FieldChange>,
    pub lines: Changes,
    /// Allocation and realisation over all lines.
    pub allocation: Amounts,
    pub realisation: Amounts,
    /// Realisation entered (or corrected) since the old version.
    pub entries: Vec<RealisationEntry>,
    pub conditions: Option<TextChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RealisationEntry {
    pub code: String,
    pub name: String,
    pub quarter: u64,
    /// `new` (entered since), `changed` (corrected) or `removed`.
    pub status: &'static str,
    pub spent: Option<u64>,
    pub output: Option<f64>,
    pub old_spent: Option<u64>,
    pub old_output: Option<f64>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterChange {
    pub key: String,
    pub title: String,
    pub text: TextChange,
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
    let short = crate::diag::render::render(
        crate::diag::render::Format::Short,
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
    let (a, b) = rayon::join(
        || facts::facts(old.plan, old.sources),
        || facts::facts(new.plan, new.sources),
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

    let plan = plan_sections(a, b, &mut wrong_way);
    let sub_code_map: HashMap<&str, &str> = sub_match
        .pairs
        .iter()
        .map(|(o, n, _)| (old_subs[*o].key.as_str(), new_subs[*n].key.as_str()))
        .collect();
    let rat = rat_changes(a, b, &sub_code_map, &mut wrong_way);
    let mut narrative = Vec::new();
    for chapter in &b.chapters {
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
    for chapter in &a.chapters {
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

/// What an item change carries besides its fields.
#[derive(Default)]
struct Extra {
    context: Option<String>,
    agency: Option<String>,
    budget: Option<Amounts>,
}

/// The changes of one kind of item, from their pairing.
#[allow(clippy::too_many_arguments)]
fn changes(
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

fn compare_list(
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
fn note_inheritance(changes: &mut Changes, subs: &[SubLine], parent: impl Fn(&SubLine) -> &String) {
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

fn plan_sections(
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

fn totals(
    a: &PlanFacts,
    b: &PlanFacts,
    key: impl Fn(&PlanFacts, &SubLine) -> Vec<(String, u64)>,
    label: impl Fn(&str, &PlanFacts, &PlanFacts) -> String,
    declared: Vec<String>,
) -> TotalTable {
    let mut order: Vec<String> = Vec::new();
    for k in declared {
        if !order.contains(&k) {
            order.push(k);
        }
    }
    let mut sums: BTreeMap<String, [(u64, usize); 2]> = BTreeMap::new();
    for (side, f) in [a, b].iter().enumerate() {
        for s in &f.subs {
            for (k, amount) in key(f, s) {
                if !order.contains(&k) {
                    order.push(k.clone());
                }
                let e = &mut sums.entry(k).or_default()[side];
                e.0 += amount;
                e.1 += 1;
            }
        }
    }
    let rows: Vec<TotalRow> = order
        .iter()
        .map(|k| {
            let [(o, ol), (n, nl)] = sums.get(k).copied().unwrap_or_default();
            let amounts = Amounts::new(None, Some(o), Some(n));
            TotalRow {
                key: k.clone(),
                label: label(k, a, b),
                changed: amounts.changed() || ol != nl,
                amounts,
                old_lines: ol,
                new_lines: nl,
            }
        })
        .collect();
    let total = Amounts::new(
        None,
        Some(rows.iter().map(|r| r.amounts.old.unwrap_or(0)).sum()),
        Some(rows.iter().map(|r| r.amounts.new.unwrap_or(0)).sum()),
    );
    TotalTable {
        changed: rows.iter().any(|r| r.changed),
        rows,
        total,
    }
}

fn source_totals(a: &PlanFacts, b: &PlanFacts) -> TotalTable {
    let sum = |f: &PlanFacts, key: &str| -> (u64, usize) {
        let mut total = 0;
        let mut lines = 0;
        for s in &f.subs {
            if let Some(years) = s.by_source.get(key) {
                total += years.values().sum::<u64>();
                lines += 1;
            }
        }
        (total, lines)
    };
    let rows: Vec<TotalRow> = crate::model::FundingSource::ALL
        .iter()
        .filter_map(|source| {
            let (o, ol) = sum(a, source.key());
            let (n, nl) = sum(b, source.key());
            if ol == 0 && nl == 0 {
                return None;
            }
            let amounts = Amounts::new(None, Some(o), Some(n));
            Some(TotalRow {
                key: source.key().into(),
                label: source.label().into(),
                changed: amounts.changed() || ol != nl,
                amounts,
                old_lines: ol,
                new_lines: nl,
            })
        })
        .collect();
    let total = Amounts::new(
        None,
        Some(rows.iter().map(|r| r.amounts.old.unwrap_or(0)).sum()),
        Some(rows.iter().map(|r| r.amounts.new.unwrap_or(0)).sum()),
    );
    TotalTable {
        changed: rows.iter().any(|r| r.changed),
        rows,
        total,
    }
}

fn rat_changes(
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
        // Old lines under the code their sub kegiatan has now, so a re-coded line pairs.
        let old_items: Vec<Item> = before
            .map(|r| {
                r.lines
                    .iter()
                    .map(|l| {
                        let mut item = l.item.clone();
                        item.key = facts::rat_key(
                            sub_code_map
                                .get(l.code.as_str())
                                .copied()
                                .unwrap_or(&l.code),
                            l.executor.as_deref(),
                        );
                        item
                    })
                    .collect()
            })
            .unwrap_or_default();
        let old_refs: Vec<&Item> = old_items.iter().collect();
        let new_refs: Vec<&Item> = after
            .map(|r| r.lines.iter().map(|l| &l.item).collect())
            .unwrap_or_default();
        // RAT lines are the sub kegiatan's, so they pair by code only.
        let m = pair_by_key(&old_refs, &new_refs);
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
        if let Some(after) = after {
            for line in &after.lines {
                let old_line = before.and_then(|r| {
                    r.lines.iter().find(|l| {
                        facts::rat_key(
                            sub_code_map
                                .get(l.code.as_str())
                                .copied()
                                .unwrap_or(&l.code),
                            l.executor.as_deref(),
                        ) == line.item.key
                    })
                });
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

fn pair_by_key(old: &[&Item], new: &[&Item]) -> Matching {
    let mut new_by_key: HashMap<&str, usize> = HashMap::new();
    for (i, item) in new.iter().enumerate() {
        new_by_key.entry(item.key.as_str()).or_insert(i);
    }
    let mut taken = vec![false; new.len()];
    let mut m = Matching::default();
    for (o, item) in old.iter().enumerate() {
        match new_by_key.get(item.key.as_str()) {
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
