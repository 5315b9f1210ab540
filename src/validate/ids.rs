//! E010: ids, codes and names are unique across the plan; E030: ids are ASCII, so a look-alike
//! letter (a Cyrillic `Р` for a Latin `P`) cannot make two ids that read the same.

use super::index::Index;
use super::words::{Noun, code_by};
use crate::diag::{Code, Diagnostic};
use crate::i18n::{Arg, Message};
use crate::model::lookup::normalise_location;
use crate::model::{Plan, PlanRoot};
use crate::msg;
use crate::source::Span;
use std::collections::HashMap;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
    let lookup = &index.lookup;
    // Pillars, strategies, agencies and units share one namespace: `P1` must mean one thing.
    let mut ids = Unique::new(msg!("dup-what-id"), out);
    ids.ascii = true;
    for p in &root.pillars {
        ids.add(&p.id.value, p.id.span, Noun::Pillar);
    }
    for s in &root.strategies {
        ids.add(&s.id.value, s.id.span, Noun::Strategy);
    }
    for a in &root.agencies {
        ids.add(&a.id.value, a.id.span, Noun::Agency);
    }
    for a in &root.agencies {
        for u in &a.units {
            ids.add(&u.id.value, u.id.span, Noun::Unit);
        }
    }

    if let Some(tagging) = &root.tagging {
        let mut tags = Unique::new(msg!("noun-tag-category"), out);
        for c in &tagging.categories {
            tags.add(&c.id.value, c.id.span, Noun::TagCategory);
        }
    }

    let mut codes = Unique::new(msg!("dup-what-code"), out);
    for program in &plan.programs {
        codes.add(&program.code.0, program.code.span, Noun::Program);
        for kegiatan in &program.activities {
            codes.add(&kegiatan.code.0, kegiatan.code.span, Noun::Kegiatan);
            for sub in &kegiatan.sub_activities {
                codes.add(&sub.code.0, sub.code.span, Noun::SubKegiatan);
            }
        }
    }
    for sub in plan.lines().map(|l| l.sub) {
        let mut executors = Unique::new(msg!("noun-executor"), out);
        for e in &sub.executors {
            executors.add(&e.agency.value, e.agency.span, Noun::Executor);
        }
    }

    // Places and groups share the names a `lokasi` may hold.
    let mut places = Unique::new(msg!("dup-what-place"), out);
    for d in root.districts() {
        places.add(&normalise_location(&d.name), d.name.span, Noun::Kecamatan);
    }
    for m in root.members() {
        let what = if m.kind.value == crate::model::RegionKind::City {
            Noun::Kota
        } else {
            Noun::Kabupaten
        };
        places.add(&normalise_location(&m.full_name()), m.name.span, what);
    }
    for g in &root.location_groups {
        places.add(&normalise_location(&g.id), g.id.span, Noun::LocationGroup);
    }
    for d in root.districts() {
        let mut villages = Unique::new(msg!("dup-what-village"), out);
        for v in &d.villages {
            villages.add(
                &normalise_location(&v.name),
                v.name.span,
                Noun::village(v.kind_in(lookup.kind)),
            );
        }
    }

    for rat in &plan.rats {
        let mut lines = Unique::new(msg!("dup-what-rat-line"), out);
        for line in &rat.rat.lines {
            let holder = line.agency.as_ref().map(|a| a.value.as_str()).or_else(|| {
                index
                    .lines
                    .get(line.sub_activity.0.as_str())
                    .map(|l| l.agency.value.as_str())
            });
            let code = line.sub_activity.0.as_str();
            let (key, shown): (String, Arg) = match holder {
                Some(h) => (format!("{code}\n{h}"), code_by(code, h).into()),
                None => (code.to_owned(), format!("`{code}`").into()),
            };
            lines.insert(&key, shown, line.sub_activity.span, Noun::RatLine);
        }
    }
}

/// Reports the second and later definitions of a name, pointing back at the first.
struct Unique<'o> {
    what: Message,
    /// Whether names must be ASCII (ids, which people type and compare by eye).
    ascii: bool,
    seen: HashMap<String, (Span, Noun)>,
    out: &'o mut Vec<Diagnostic>,
}

impl<'o> Unique<'o> {
    fn new(what: Message, out: &'o mut Vec<Diagnostic>) -> Self {
        Unique {
            what,
            ascii: false,
            seen: HashMap::new(),
            out,
        }
    }

    fn add(&mut self, name: &str, span: Span, kind: Noun) {
        if self.ascii
            && let Some(c) = name.chars().find(|c| !c.is_ascii())
        {
            self.out.push(
                Diagnostic::new(
                    Code::NonAsciiId,
                    msg!(
                        "id-not-ascii",
                        kind = kind.bare(),
                        id = name.escape_default().to_string(),
                        char = c.to_string(),
                        hex = format!("{:04X}", c as u32)
                    ),
                )
                .primary(span, msg!("id-ascii-label"))
                .hint(msg!("id-ascii-hint")),
            );
        }
        self.insert(name, format!("`{name}`").into(), span, kind);
    }

    /// `name` is the key compared; `shown` the name as the message prints it.
    fn insert(&mut self, name: &str, shown: Arg, span: Span, kind: Noun) {
        match self.seen.get(name) {
            Some((first, first_kind)) => {
                let d = Diagnostic::new(
                    Code::DuplicateId,
                    msg!("dup-twice", what = self.what.clone(), name = shown.clone()),
                )
                .primary(span, msg!("dup-again", kind = kind.bare(), name = shown))
                .secondary(*first, msg!("dup-first", kind = first_kind.with_article()))
                .hint(msg!("dup-hint"));
                self.out.push(d);
            }
            None => {
                self.seen.insert(name.to_owned(), (span, kind));
            }
        }
    }
}
