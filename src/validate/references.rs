//! E011: every reference resolves — strategy → pillar, program line → strategy and agency,
//! location → a kecamatan or desa/kelurahan of `wilayah`, RAT line → sub kegiatan.

use super::index::Index;
use crate::diag::{Code, Diagnostic, did_you_mean, known_list};
use crate::model::{Plan, PlanRoot};
use crate::source::{Span, Spanned};
use std::collections::BTreeMap;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
    let mut r = Resolver { plan, out };
    for s in &root.strategies {
        r.resolve(&s.pillar, &index.pillars, Kind::PILLAR);
    }
    for program in &plan.programs {
        r.resolve(&program.strategy, &index.strategies, Kind::STRATEGY);
        r.resolve(&program.agency, &index.agencies, Kind::AGENCY);
        for kegiatan in &program.activities {
            if let Some(strategy) = &kegiatan.strategy {
                r.resolve(strategy, &index.strategies, Kind::STRATEGY);
            }
            if let Some(agency) = &kegiatan.agency {
                r.resolve(agency, &index.agencies, Kind::AGENCY);
            }
            for sub in &kegiatan.sub_activities {
                if let Some(strategy) = &sub.strategy {
                    r.resolve(strategy, &index.strategies, Kind::STRATEGY);
                }
                if let Some(agency) = &sub.agency {
                    r.resolve(agency, &index.agencies, Kind::AGENCY);
                }
                for location in &sub.locations {
                    r.location(location, &index.locations);
                }
            }
        }
    }
    for rat in &plan.rats {
        for line in &rat.rat.lines {
            let code = &line.sub_activity;
            let known = index.lines.contains_key(code.0.as_str())
                || plan.broken_ids.contains(&code.0)
                || plan.programs_lost;
            if !known {
                let codes = index.lines.keys().copied();
                let d = Diagnostic::new(
                    Code::UnknownReference,
                    format!("unknown sub kegiatan `{}`", code.0),
                )
                .primary(code.span, "no sub kegiatan of the RPKD has this code")
                .hint_opt(did_you_mean(&code.0, codes.clone()))
                .hint("a RAT line names a sub kegiatan defined under `program/`");
                r.out.push(d);
            }
            for location in &line.locations {
                r.location(location, &index.locations);
            }
        }
    }
}

/// What a reference refers to, in messages.
struct Kind {
    one: &'static str,
    many: &'static str,
    key: &'static str,
}

impl Kind {
    const PILLAR: Kind = Kind {
        one: "pillar",
        many: "pillars",
        key: "pilar",
    };
    const STRATEGY: Kind = Kind {
        one: "strategy",
        many: "strategies",
        key: "strategi",
    };
    const AGENCY: Kind = Kind {
        one: "agency",
        many: "agencies",
        key: "perangkat_daerah",
    };
}

struct Resolver<'a, 'o> {
    plan: &'a Plan,
    out: &'o mut Vec<Diagnostic>,
}

impl Resolver<'_, '_> {
    fn resolve(&mut self, reference: &Spanned<String>, known: &BTreeMap<&str, Span>, kind: Kind) {
        let name = reference.value.as_str();
        if known.contains_key(name) || self.plan.broken_ids.iter().any(|b| b == name) {
            return;
        }
        let d = Diagnostic::new(
            Code::UnknownReference,
            format!("unknown {} `{name}`", kind.one),
        )
        .primary(reference.span, format!("no {} has this id", kind.one))
        .hint_opt(did_you_mean(name, known.keys().copied()))
        .hint(format!(
            "{} (defined under `{}` in rpkd.yaml)",
            known_list(kind.many, known.keys().copied()),
            kind.key
        ));
        self.out.push(d);
    }

    fn location(&mut self, location: &Spanned<String>, known: &BTreeMap<String, Span>) {
        let name = normalise_location(&location.value);
        if known.contains_key(&name) {
            return;
        }
        let (district, village) = match name.split_once('/') {
            Some((d, v)) => (d, Some(v)),
            None => (name.as_str(), None),
        };
        let mut d = Diagnostic::new(
            Code::UnknownReference,
            format!("unknown location `{}`", location.value),
        );
        if village.is_some() && known.contains_key(district) {
            let prefix = format!("{district}/");
            let villages: Vec<&str> = known
                .keys()
                .filter_map(|k| k.strip_prefix(&prefix))
                .collect();
            d = d
                .primary(
                    location.span,
                    format!("kecamatan {district} has no such desa/kelurahan"),
                )
                .hint_opt(did_you_mean(
                    village.unwrap_or(""),
                    villages.iter().copied(),
                ))
                .hint(known_list(
                    &format!("desa/kelurahan of {district}"),
                    villages,
                ));
        } else {
            let districts: Vec<&str> = known
                .keys()
                .filter(|k| !k.contains('/'))
                .map(String::as_str)
                .collect();
            d = d
                .primary(location.span, "not a kecamatan of `wilayah`")
                .hint_opt(did_you_mean(district, districts.iter().copied()))
                .hint("write `Kecamatan` or `Kecamatan/Kelurahan` as listed under `wilayah`");
        }
        self.out.push(d);
    }
}

/// `Ciledug / Sudimara Barat` and `Ciledug/Sudimara Barat` are the same place.
pub fn normalise_location(text: &str) -> String {
    match text.split_once('/') {
        Some((d, v)) => format!("{}/{}", d.trim(), v.trim()),
        None => text.trim().to_owned(),
    }
}
