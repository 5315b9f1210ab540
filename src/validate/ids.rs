//! E010: ids, codes and names are unique across the plan; E030: ids are ASCII, so a look-alike
//! letter (a Cyrillic `Р` for a Latin `P`) cannot make two ids that read the same.

use super::index::Index;
use crate::diag::{Code, Diagnostic};
use crate::model::lookup::normalise_location;
use crate::model::{Plan, PlanRoot};
use crate::source::Span;
use std::collections::HashMap;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
    let lookup = &index.lookup;
    // Pillars, strategies, agencies and units share one namespace: `P1` must mean one thing.
    let mut ids = Unique::new("id", out);
    ids.ascii = true;
    for p in &root.pillars {
        ids.add(&p.id.value, p.id.span, "pillar");
    }
    for s in &root.strategies {
        ids.add(&s.id.value, s.id.span, "strategy");
    }
    for a in &root.agencies {
        ids.add(&a.id.value, a.id.span, "agency");
    }
    for a in &root.agencies {
        for u in &a.units {
            ids.add(&u.id.value, u.id.span, "unit");
        }
    }

    if let Some(tagging) = &root.tagging {
        let mut tags = Unique::new("tag category", out);
        for c in &tagging.categories {
            tags.add(&c.id.value, c.id.span, "tag category");
        }
    }

    let mut codes = Unique::new("nomenclature code", out);
    for program in &plan.programs {
        codes.add(&program.code.0, program.code.span, "program");
        for kegiatan in &program.activities {
            codes.add(&kegiatan.code.0, kegiatan.code.span, "kegiatan");
            for sub in &kegiatan.sub_activities {
                codes.add(&sub.code.0, sub.code.span, "sub kegiatan");
            }
        }
    }
    for sub in plan.lines().map(|l| l.sub) {
        let mut executors = Unique::new("executor", out);
        for e in &sub.executors {
            executors.add(&e.agency.value, e.agency.span, "executor");
        }
    }

    // Places and groups share the names a `lokasi` may hold.
    let mut places = Unique::new("place", out);
    for d in root.districts() {
        places.add(&normalise_location(&d.name), d.name.span, "kecamatan");
    }
    for m in root.members() {
        let what = if m.kind.value == crate::model::RegionKind::City {
            "kota"
        } else {
            "kabupaten"
        };
        places.add(&normalise_location(&m.full_name()), m.name.span, what);
    }
    for g in &root.location_groups {
        places.add(&normalise_location(&g.id), g.id.span, "location group");
    }
    for d in root.districts() {
        let mut villages = Unique::new("desa/kelurahan", out);
        for v in &d.villages {
            villages.add(
                &normalise_location(&v.name),
                v.name.span,
                v.kind_in(lookup.kind).key(),
            );
        }
    }

    for rat in &plan.rats {
        let mut lines = Unique::new("RAT line for", out);
        for line in &rat.rat.lines {
            let holder = line.agency.as_ref().map(|a| a.value.as_str()).or_else(|| {
                index
                    .lines
                    .get(line.sub_activity.0.as_str())
                    .map(|l| l.agency.value.as_str())
            });
            let key = match holder {
                Some(h) => format!("`{}` by {h}", line.sub_activity.0),
                None => format!("`{}`", line.sub_activity.0),
            };
            lines.add_described(&key, line.sub_activity.span, "RAT line");
        }
    }
}

/// Reports the second and later definitions of a name, pointing back at the first.
struct Unique<'o> {
    what: &'static str,
    /// Whether names must be ASCII (ids, which people type and compare by eye).
    ascii: bool,
    seen: HashMap<String, (Span, &'static str)>,
    out: &'o mut Vec<Diagnostic>,
}

impl<'o> Unique<'o> {
    fn new(what: &'static str, out: &'o mut Vec<Diagnostic>) -> Self {
        Unique {
            what,
            ascii: false,
            seen: HashMap::new(),
            out,
        }
    }

    fn add(&mut self, name: &str, span: Span, kind: &'static str) {
        if self.ascii
            && let Some(c) = name.chars().find(|c| !c.is_ascii())
        {
            self.out.push(
                Diagnostic::new(
                    Code::NonAsciiId,
                    format!(
                        "{kind} id `{}` holds `{c}` (U+{:04X}), which is not an ASCII character",
                        name.escape_default(),
                        c as u32
                    ),
                )
                .primary(span, "ids are written in ASCII")
                .hint(
                    "write ids with Latin letters, digits, `-` and `_` only (`P1`, `DINSOS`); a \
                     letter that looks Latin may be Cyrillic or Greek",
                ),
            );
        }
        self.insert(name, &format!("`{name}`"), span, kind);
    }

    /// `shown` is already formatted for the message (backticks included).
    fn add_described(&mut self, shown: &str, span: Span, kind: &'static str) {
        self.insert(shown, shown, span, kind);
    }

    fn insert(&mut self, name: &str, shown: &str, span: Span, kind: &'static str) {
        match self.seen.get(name) {
            Some((first, first_kind)) => {
                let d = Diagnostic::new(
                    Code::DuplicateId,
                    format!("{} {shown} is defined twice", self.what),
                )
                .primary(span, format!("{kind} {shown} defined again here"))
                .secondary(*first, format!("first defined here as a {first_kind}"))
                .hint("give each one its own name");
                self.out.push(d);
            }
            None => {
                self.seen.insert(name.to_owned(), (span, kind));
            }
        }
    }
}
