//! Lookup tables built once per validation: what each id and name refers to.

use crate::model::{Line, Plan, PlanRoot};
use crate::source::Span;
use std::collections::BTreeMap;

/// The definitions references are resolved against. First definition wins; duplicates are
/// reported by `ids`.
pub struct Index<'a> {
    pub pillars: BTreeMap<&'a str, Span>,
    pub strategies: BTreeMap<&'a str, Span>,
    pub agencies: BTreeMap<&'a str, Span>,
    /// Kecamatan names, and `Kecamatan/Kelurahan` for every desa/kelurahan.
    pub locations: BTreeMap<String, Span>,
    /// Sub kegiatan by code.
    pub lines: BTreeMap<&'a str, Line<'a>>,
}

impl<'a> Index<'a> {
    pub fn build(plan: &'a Plan, root: &'a PlanRoot) -> Self {
        let mut index = Index {
            pillars: BTreeMap::new(),
            strategies: BTreeMap::new(),
            agencies: BTreeMap::new(),
            locations: BTreeMap::new(),
            lines: BTreeMap::new(),
        };
        for p in &root.pillars {
            index.pillars.entry(p.id.as_str()).or_insert(p.id.span);
        }
        for s in &root.strategies {
            index.strategies.entry(s.id.as_str()).or_insert(s.id.span);
        }
        for a in &root.agencies {
            index.agencies.entry(a.id.as_str()).or_insert(a.id.span);
        }
        for d in &root.districts {
            index
                .locations
                .entry(d.name.value.clone())
                .or_insert(d.name.span);
            for v in &d.villages {
                index
                    .locations
                    .entry(format!("{}/{}", d.name.value, v.name.value))
                    .or_insert(v.name.span);
            }
        }
        for line in plan.lines() {
            index.lines.entry(line.sub.code.0.as_str()).or_insert(line);
        }
        index
    }
}
