//! Lookup tables built once per validation: what each id and name refers to.

use crate::model::lookup::Lookup;
use crate::model::{CodeLevel, Line, Plan, PlanRoot};
use crate::source::Span;
use std::collections::BTreeMap;

/// The definitions references are resolved against. First definition wins; duplicates are
/// reported by `ids`.
pub struct Index<'a> {
    pub pillars: BTreeMap<&'a str, Span>,
    pub strategies: BTreeMap<&'a str, Span>,
    /// Agencies, units, places, location groups and tag categories.
    pub lookup: Lookup<'a>,
    /// Sub kegiatan by code.
    pub lines: BTreeMap<&'a str, Line<'a>>,
}

impl<'a> Index<'a> {
    pub fn build(plan: &'a Plan, root: &'a PlanRoot) -> Self {
        let mut index = Index {
            pillars: BTreeMap::new(),
            strategies: BTreeMap::new(),
            lookup: Lookup::new(root),
            lines: BTreeMap::new(),
        };
        for p in &root.pillars {
            index.pillars.entry(p.id.as_str()).or_insert(p.id.span);
        }
        for s in &root.strategies {
            index.strategies.entry(s.id.as_str()).or_insert(s.id.span);
        }
        for line in plan.lines() {
            index.lines.entry(line.sub.code.0.as_str()).or_insert(line);
        }
        index
    }

    /// Codes of sub kegiatan that are themselves sound (well formed), for "did you mean": a
    /// suggestion must never be a code that is an error where it is defined.
    pub fn sound_codes(&self) -> impl Iterator<Item = &'a str> + Clone + '_ {
        self.lines
            .iter()
            .filter(|(_, l)| l.sub.code.is_well_formed(CodeLevel::SubKegiatan))
            .map(|(c, _)| *c)
    }

    /// Every agency and unit id, for hints.
    pub fn owner_ids(&self) -> impl Iterator<Item = &'a str> + Clone + '_ {
        self.lookup
            .agencies
            .keys()
            .chain(self.lookup.units.keys())
            .copied()
    }
}
