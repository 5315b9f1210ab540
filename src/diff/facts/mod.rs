//! A plan as flat, comparable facts: the one file of the comparison that knows the shape of the
//! model. Every item (program, kegiatan, sub kegiatan, strategy, agency, RAT line, …) becomes
//! an [`Item`] with a key (its code or id), a name and a list of [`Fact`]s, each a labelled
//! value under a stable key (`pagu.apbd.2026`, `lokasi`). Comparing two versions is then the
//! same for every kind of item; a field the model gains is one more fact here.
//!
//! Figures are taken the way the documents take them (a line's pagu for a year is the sum of
//! its sources for that year, over the years of the period), so the totals of the comparison
//! reconcile with each version's RPKD.

use crate::model::{Direction, Indicator, Markdown, NationalStrategy, Plan, Year};
use crate::source::SourceFiles;
use serde::Serialize;

mod digest;
mod rat;
mod root;

use digest::{Extents, line_digest, rat_digest};
pub use digest::{digests, period_years};

use rat::rats;
use root::{chapters, instrument, sections};
use std::collections::{BTreeMap, HashSet};

/// One comparable value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Whole rupiah.
    Money(u64),
    Number(f64),
    Text(String),
    /// A set of names (locations, tags): order does not matter.
    List(Vec<String>),
}

impl Value {
    /// How a template prints it: `rupiah`, `angka`, `teks` or `daftar`.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Money(_) => "rupiah",
            Value::Number(_) => "angka",
            Value::Text(_) => "teks",
            Value::List(_) => "daftar",
        }
    }
}

/// One labelled value of an item.
#[derive(Debug, Clone)]
pub struct Fact {
    /// Stable within the item: `pagu.apbd.2026`, `perangkat_daerah`.
    pub key: String,
    /// As the report prints it: `Pagu 2026 (APBD)`.
    pub label: String,
    pub value: Value,
    /// The unit of a number (`KK`, `persen`).
    pub unit: Option<String>,
    /// Which way is progress, for a target.
    pub better: Option<Direction>,
    /// What is compared when it is not the value itself: an agency or strategy is compared by
    /// its id (its name is the agency's or the strategy's own, reported there).
    pub identity: Option<String>,
    /// Whether the value is inherited from the item above (an agency or strategy in force that
    /// the item does not write itself): a change of it is the parent's change, reported there.
    pub inherited: bool,
}

impl Fact {
    fn new(key: impl Into<String>, label: impl Into<String>, value: Value) -> Fact {
        Fact {
            key: key.into(),
            label: label.into(),
            value,
            unit: None,
            better: None,
            identity: None,
            inherited: false,
        }
    }

    /// The same fact, compared by `id`.
    fn by_id(mut self, id: &str) -> Fact {
        self.identity = Some(id.to_owned());
        self
    }

    /// Whether two facts say the same.
    pub fn same(&self, other: &Fact) -> bool {
        match (&self.identity, &other.identity) {
            (Some(a), Some(b)) => a == b,
            _ => self.value == other.value,
        }
    }

    fn text(key: &str, label: &str, text: &str) -> Fact {
        Fact::new(key, label, Value::Text(text.to_owned()))
    }

    fn unit(mut self, unit: &str) -> Fact {
        self.unit = Some(unit.to_owned());
        self
    }
}

/// An indicator's facts (keys relative to the indicator), compared with the indicator it is
/// paired with (same wording, else same position).
#[derive(Debug, Clone)]
pub struct IndicatorFacts {
    pub name: String,
    pub facts: Vec<Fact>,
}

/// A comparable item.
#[derive(Debug, Clone)]
pub struct Item {
    /// Code or id, the first way two versions' items are matched.
    pub key: String,
    /// The name, the second way (a re-coded line keeps its name).
    pub name: String,
    /// The key of the item above it (a sub kegiatan's kegiatan), if any.
    pub parent: Option<String>,
    pub facts: Vec<Fact>,
    pub indicators: Vec<IndicatorFacts>,
    /// Whether its source text and context are byte for byte those of an item of the other
    /// version under the same key: then it cannot have changed, and its facts are not made.
    pub same: bool,
}

/// A sub kegiatan: its item and the figures the roll-ups need.
#[derive(Debug, Clone)]
pub struct SubLine {
    pub item: Item,
    pub program: String,
    pub program_name: String,
    pub kegiatan: String,
    pub kegiatan_name: String,
    /// Region strategy and agency in force.
    pub strategy: String,
    pub agency: String,
    /// The national strategy of the region strategy, when it is known.
    pub national: Option<NationalStrategy>,
    /// Pagu per year of the period, all sources together.
    pub per_year: BTreeMap<u16, u64>,
    /// Pagu per funding source (key) and year.
    pub by_source: BTreeMap<&'static str, BTreeMap<u16, u64>>,
    /// Pagu over the period per budget holder: the agency in force, or each executor (an
    /// agency or a unit).
    pub by_owner: BTreeMap<String, u64>,
    /// The direction of its first indicator (the unit of its RAT target).
    pub direction: Option<Direction>,
    /// The unit of its first indicator, which is its RAT target's.
    pub unit: Option<String>,
}

impl SubLine {
    pub fn total(&self) -> u64 {
        self.per_year.values().sum()
    }
}

impl PlanFacts {
    /// The agency an id names: itself, or the agency a unit belongs to.
    pub fn agency_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.units.get(id).map_or(id, |(_, agency)| agency.as_str())
    }
}

/// A RAT line.
#[derive(Debug, Clone)]
pub struct RatLine {
    /// Keyed by [`rat_key`].
    pub item: Item,
    /// The sub kegiatan's code.
    pub code: String,
    /// The executor the line is for, when the sub kegiatan has several.
    pub executor: Option<String>,
    pub allocation: u64,
    /// Spending and output per quarter.
    pub realisation: BTreeMap<u64, (u64, f64)>,
    pub unit: Option<String>,
}

/// How a RAT line is known: its sub kegiatan's code, and the executor when it names one
/// (`1.02.02.2.02.0026 (RSUD-BALARAJA)`).
pub fn rat_key(code: &str, executor: Option<&str>) -> String {
    match executor {
        Some(e) => format!("{code} ({e})"),
        None => code.to_owned(),
    }
}

/// One year's RAT.
#[derive(Debug, Clone)]
pub struct RatYear {
    pub year: u16,
    /// The year's own figures (targets, date), as one item.
    pub head: Item,
    pub lines: Vec<RatLine>,
    pub conditions: Option<String>,
}

/// A narrative chapter.
#[derive(Debug, Clone)]
pub struct Chapter {
    pub key: String,
    pub title: String,
    /// Planner-written Markdown; `None` when the plan gives none (the document prints its
    /// standard text).
    pub text: Option<String>,
}

/// One section of `rpkd.yaml` (pillars, strategies, …) as items.
#[derive(Debug, Clone)]
pub struct Section {
    pub key: &'static str,
    pub title: &'static str,
    pub items: Vec<Item>,
}

/// Everything of a plan the comparison looks at.
#[derive(Debug, Clone, Default)]
pub struct PlanFacts {
    /// `Kota Tangerang`
    pub region: Option<String>,
    /// `2025–2029`
    pub period: Option<String>,
    pub years: Vec<u16>,
    pub sections: Vec<Section>,
    pub programs: Vec<Item>,
    pub kegiatan: Vec<Item>,
    pub subs: Vec<SubLine>,
    /// Region strategy id → (name, national strategy).
    pub strategies: BTreeMap<String, (String, Option<NationalStrategy>)>,
    /// Agency id → name.
    pub agencies: BTreeMap<String, String>,
    /// Unit id → (name, agency id).
    pub units: BTreeMap<String, (String, String)>,
    /// Tag category id → label.
    pub tag_labels: BTreeMap<String, String>,
    pub rats: Vec<RatYear>,
    pub chapters: Vec<Chapter>,
    /// Codes and ids of items that failed to decode, and whether a whole program file could
    /// not be read: what is missing for those reasons is unknown, not removed.
    pub broken: HashSet<String>,
    pub programs_lost: bool,
}

pub(super) fn markdown(markdown: &Markdown, sources: &SourceFiles) -> Option<String> {
    match markdown {
        Markdown::Inline(text) => Some(text.value.clone()),
        Markdown::File { file: Some(id), .. } => Some(sources.get(*id).text.clone()),
        Markdown::File { file: None, .. } => None,
    }
}

pub(super) fn number(value: f64) -> Value {
    Value::Number(value)
}

/// The facts of an indicator: wording, unit, baseline, direction, a target per year.
pub(super) fn indicator(i: &Indicator) -> IndicatorFacts {
    let unit = i.unit.value.as_str();
    let better = i.direction.as_ref().map(|d| d.value);
    let mut facts = vec![
        Fact::text("nama", "rumusan", &i.name.value),
        Fact::text("satuan", "satuan", unit),
        Fact::new(
            "kondisi_awal",
            "kondisi awal",
            number(i.baseline.value.value),
        )
        .unit(unit),
        Fact::new(
            "kondisi_awal_tahun",
            "tahun kondisi awal",
            Value::Text(i.baseline.year.value.to_string()),
        ),
        Fact::text("arah", "arah kemajuan", better.map_or("–", |d| d.label())),
    ];
    for (year, value) in &i.targets.entries {
        let mut fact = Fact::new(
            format!("target.{}", year.value),
            format!("target {}", year.value),
            number(value.value),
        )
        .unit(unit);
        fact.better = better;
        facts.push(fact);
    }
    IndicatorFacts {
        name: i.name.value.clone(),
        facts,
    }
}

pub(super) fn location_list(locations: &[crate::source::Spanned<String>]) -> Value {
    let mut list: Vec<String> = locations.iter().map(|l| l.value.clone()).collect();
    list.sort();
    list.dedup();
    Value::List(list)
}

/// The whole plan as facts. Works on a plan with errors too: what did not decode is absent.
///
/// `fallback_years` are the other version's period, used to sum this one's pagu when its own
/// `rpkd.yaml` could not be read.
pub fn facts(
    plan: &Plan,
    sources: &SourceFiles,
    other: &HashSet<u64>,
    fallback_years: &[u16],
) -> PlanFacts {
    let mut out = PlanFacts::default();
    let root = plan.root.as_ref();
    if let Some(root) = root {
        out.region = Some(format!(
            "{} {}",
            root.region.kind.value.label(),
            root.region.name.value
        ));
        out.period = Some(format!(
            "{}–{}",
            root.period.start.value, root.period.end.value
        ));
        out.years = root.period.years().map(|y| y.0).collect();
        out.sections = sections(root);
        for s in &root.strategies {
            out.strategies.insert(
                s.id.value.clone(),
                (s.name.value.clone(), Some(s.national.value)),
            );
        }
        for a in &root.agencies {
            out.agencies
                .insert(a.id.value.clone(), a.name.value.clone());
        }
        out.chapters = chapters(root, sources);
    }
    if root.is_none() {
        out.years = fallback_years.to_vec();
    }
    let years: Vec<Year> = out.years.iter().map(|y| Year(*y)).collect();
    let strategy_label = |id: &str| match out.strategies.get(id) {
        Some((name, _)) => format!("{id} – {name}"),
        None => id.to_owned(),
    };
    let agency_label = |id: &str| match (out.agencies.get(id), out.units.get(id)) {
        (Some(name), _) => format!("{id} – {name}"),
        (None, Some((name, _))) => format!("{id} – {name}"),
        (None, None) => id.to_owned(),
    };

    for program in &plan.programs {
        let mut facts = vec![
            Fact::text("nama", "Nama", &program.name.value),
            Fact::text(
                "strategi",
                "Strategi daerah",
                &strategy_label(&program.strategy.value),
            )
            .by_id(&program.strategy.value),
            Fact::text(
                "perangkat_daerah",
                "Perangkat daerah",
                &agency_label(&program.agency.value),
            )
            .by_id(&program.agency.value),
        ];
        facts.retain(|f| !matches!(&f.value, Value::Text(t) if t.is_empty()));
        out.programs.push(Item {
            key: program.code.value.0.clone(),
            name: program.name.value.clone(),
            parent: None,
            facts,
            indicators: program.indicators.iter().map(indicator).collect(),
            same: false,
        });
        for kegiatan in &program.activities {
            let strategy = kegiatan.strategy.as_ref().unwrap_or(&program.strategy);
            let agency = kegiatan.agency.as_ref().unwrap_or(&program.agency);
            let mut strategy_fact =
                Fact::text("strategi", "Strategi daerah", &strategy_label(strategy))
                    .by_id(strategy);
            strategy_fact.inherited = kegiatan.strategy.is_none();
            let mut agency_fact = Fact::text(
                "perangkat_daerah",
                "Perangkat daerah",
                &agency_label(agency),
            )
            .by_id(agency);
            agency_fact.inherited = kegiatan.agency.is_none();
            out.kegiatan.push(Item {
                key: kegiatan.code.value.0.clone(),
                name: kegiatan.name.value.clone(),
                parent: Some(program.code.value.0.clone()),
                facts: vec![
                    Fact::text("nama", "Nama", &kegiatan.name.value),
                    strategy_fact,
                    agency_fact,
                ],
                indicators: kegiatan.indicators.iter().map(indicator).collect(),
                same: false,
            });
        }
    }

    let extents = Extents::new(plan);
    for line in plan.lines() {
        let sub = line.sub;
        let strategy = line.strategy.value.clone();
        let agency = line.agency.value.clone();
        let same =
            line_digest(&line, &extents, sources, &out.years).is_some_and(|d| other.contains(&d));
        let mut facts = vec![Fact::text("nama", "Nama", &sub.name.value)];
        // The national strategy follows the region strategy: a move between national
        // strategies shows in their table, not as a second change of the line.
        let mut strategy_fact =
            Fact::text("strategi", "Strategi daerah", &strategy_label(&strategy)).by_id(&strategy);
        strategy_fact.inherited = sub.strategy.is_none();
        facts.push(strategy_fact);
        let national = out.strategies.get(&strategy).and_then(|(_, n)| *n);
        let mut agency_fact = Fact::text(
            "perangkat_daerah",
            "Perangkat daerah",
            &agency_label(&agency),
        )
        .by_id(&agency);
        agency_fact.inherited = sub.agency.is_none();
        facts.push(agency_fact);
        facts.push(Fact::text(
            "intervensi",
            "Sifat intervensi",
            sub.intervention.value.label(),
        ));
        let mut tags: Vec<String> = sub
            .tags
            .iter()
            .map(|t| out.tag_labels.get(&t.value).unwrap_or(&t.value).clone())
            .collect();
        tags.sort();
        // Compared by id: a category renamed in `penandaan` is that section's change.
        let mut tag_ids: Vec<&str> = sub.tags.iter().map(|t| t.value.as_str()).collect();
        tag_ids.sort_unstable();
        facts.push(
            Fact::new("tag", "Penandaan anggaran", Value::List(tags)).by_id(&tag_ids.join(",")),
        );

        let mut per_year = BTreeMap::new();
        for year in &years {
            per_year.insert(year.0, sub.ceiling_total(*year).0);
        }
        let mut by_source: BTreeMap<&'static str, BTreeMap<u16, u64>> = BTreeMap::new();
        let mut by_owner: BTreeMap<String, u64> = BTreeMap::new();
        for part in sub.parts() {
            let owner = part
                .executor
                .map_or(agency.as_str(), |e| e.agency.value.as_str());
            let (key, whose) = match part.executor {
                None => (String::from("pagu"), String::new()),
                Some(e) => (
                    format!("pelaksana.{}.pagu", e.agency.value),
                    format!(", pelaksana {}", agency_label(&e.agency.value)),
                ),
            };
            let sums = part_sources(part.ceilings, &out.years);
            for source in crate::model::FundingSource::ALL {
                let Some(amounts) = sums.get(source.key()) else {
                    continue;
                };
                for (year, amount) in amounts {
                    facts.push(Fact::new(
                        format!("{key}.{}.{year}", source.key()),
                        format!("Pagu {year} ({}){whose}", source.label()),
                        Value::Money(*amount),
                    ));
                    *by_source
                        .entry(source.key())
                        .or_default()
                        .entry(*year)
                        .or_default() += amount;
                    *by_owner.entry(owner.to_owned()).or_default() += amount;
                }
            }
            if let Some(e) = part.executor {
                let id = &e.agency.value;
                let who = agency_label(id);
                facts.push(Fact::new(
                    format!("pelaksana.{id}.lokasi"),
                    format!("Lokasi, pelaksana {who}"),
                    location_list(&e.locations),
                ));
                if let Some(b) = &e.beneficiaries {
                    facts.push(
                        Fact::new(
                            format!("pelaksana.{id}.sasaran"),
                            format!("Sasaran, pelaksana {who}"),
                            number(b.count.value as f64),
                        )
                        .unit(&b.unit.value),
                    );
                }
                if let Some(n) = &e.notes {
                    facts.push(Fact::text(
                        &format!("pelaksana.{id}.keterangan"),
                        &format!("Keterangan, pelaksana {who}"),
                        &n.value,
                    ));
                }
            }
        }
        facts.push(Fact::new(
            "lokasi",
            "Lokasi prioritas",
            location_list(&sub.locations),
        ));
        if let Some(b) = &sub.beneficiaries {
            facts.push(
                Fact::new(
                    "sasaran",
                    "Sasaran penerima manfaat",
                    number(b.count.value as f64),
                )
                .unit(&b.unit.value),
            );
            facts.push(Fact::text(
                "sasaran_satuan",
                "Satuan sasaran",
                &b.unit.value,
            ));
        }
        if let Some(notes) = &sub.notes {
            facts.push(Fact::text("keterangan", "Keterangan", &notes.value));
        }
        out.subs.push(SubLine {
            item: Item {
                key: sub.code.value.0.clone(),
                name: sub.name.value.clone(),
                parent: Some(line.kegiatan.code.value.0.clone()),
                facts: if same { Vec::new() } else { facts },
                indicators: if same {
                    Vec::new()
                } else {
                    sub.indicators.iter().map(indicator).collect()
                },
                same,
            },
            unit: sub.indicators.first().map(|i| i.unit.value.clone()),
            program: line.program.code.value.0.clone(),
            program_name: line.program.name.value.clone(),
            kegiatan: line.kegiatan.code.value.0.clone(),
            kegiatan_name: line.kegiatan.name.value.clone(),
            strategy,
            agency,
            national,
            per_year,
            by_source,
            by_owner,
            direction: sub
                .indicators
                .first()
                .and_then(|i| i.direction.as_ref())
                .map(|d| d.value),
        });
    }

    out.rats = rats(plan, &out.subs, sources, other, &extents);
    out.broken = plan.broken_ids.iter().cloned().collect();
    out.programs_lost = plan.programs_lost;
    out
}

/// One budget part's amounts per source and year, within the period (when it is known).
fn part_sources(
    ceilings: &crate::model::Ceilings,
    years: &[u16],
) -> BTreeMap<&'static str, BTreeMap<u16, u64>> {
    let mut out: BTreeMap<&'static str, BTreeMap<u16, u64>> = BTreeMap::new();
    for (source, amounts) in &ceilings.sources {
        for (year, amount) in &amounts.entries {
            if !years.is_empty() && !years.contains(&year.value.0) {
                continue;
            }
            *out.entry(source.value.key())
                .or_default()
                .entry(year.value.0)
                .or_default() += amount.value.0;
        }
    }
    out
}
