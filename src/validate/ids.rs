//! E010: ids, codes and names are unique across the plan; E030: ids are ASCII, so a look-alike
//! letter (a Cyrillic `Р` for a Latin `P`) cannot make two ids that read the same.

use crate::diag::{Code, Diagnostic};
use crate::model::{Plan, PlanRoot};
use crate::source::Span;
use std::collections::HashMap;

pub fn check(plan: &Plan, root: &PlanRoot, out: &mut Vec<Diagnostic>) {
    // Pillars, strategies and agencies share one namespace: `P1` must mean one thing.
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

    let mut districts = Unique::new("kecamatan", out);
    for d in &root.districts {
        districts.add(&d.name.value, d.name.span, "kecamatan");
    }
    for d in &root.districts {
        let mut villages = Unique::new("desa/kelurahan", out);
        for v in &d.villages {
            villages.add(&v.name.value, v.name.span, "desa/kelurahan");
        }
    }

    for rat in &plan.rats {
        let mut lines = Unique::new("RAT line for sub kegiatan", out);
        for line in &rat.rat.lines {
            lines.add(&line.sub_activity.0, line.sub_activity.span, "RAT line");
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
        match self.seen.get(name) {
            Some((first, first_kind)) => {
                let d = Diagnostic::new(
                    Code::DuplicateId,
                    format!("{} `{name}` is defined twice", self.what),
                )
                .primary(span, format!("{kind} `{name}` defined again here"))
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
