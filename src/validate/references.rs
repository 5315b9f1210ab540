//! E011: every reference resolves — strategy → pillar, program line → strategy and agency (or
//! unit), location → a place of `wilayah` or a location group, RAT line → sub kegiatan and
//! its executor; E006: every tag is a category of the plan's tagging.

use super::index::Index;
use crate::diag::{Code, Diagnostic, did_you_mean, keyword_hint, known_list};
use crate::i18n::Arg;
use crate::model::lookup::normalise_location;
use crate::model::{CodeLevel, Plan, PlanRoot, SubKegiatan};
use crate::msg;
use crate::source::{Span, Spanned};
use std::collections::BTreeMap;

pub fn check(plan: &Plan, root: &PlanRoot, index: &Index, out: &mut Vec<Diagnostic>) {
    let mut r = Resolver { plan, index, out };
    for s in &root.strategies {
        r.resolve(&s.pillar, &index.pillars, Kind::PILLAR);
    }
    for group in &root.location_groups {
        for location in &group.locations {
            r.location(location, false);
        }
    }
    for program in &plan.programs {
        r.resolve(&program.strategy, &index.strategies, Kind::STRATEGY);
        r.owner(&program.agency);
        for kegiatan in &program.activities {
            if let Some(strategy) = &kegiatan.strategy {
                r.resolve(strategy, &index.strategies, Kind::STRATEGY);
            }
            if let Some(agency) = &kegiatan.agency {
                r.owner(agency);
            }
            for sub in &kegiatan.sub_activities {
                r.sub(sub);
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
                r.unknown_sub(code);
            }
            if let Some(agency) = &line.agency {
                r.owner(agency);
            }
            for location in &line.locations {
                r.location(location, true);
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
    /// What is referred to, without article: `unknown { $what }`.
    fn one(&self) -> crate::i18n::Message {
        match self.one {
            "pillar" => msg!("ref-pillar"),
            _ => msg!("ref-strategy"),
        }
    }

    /// The plural for "known …: a, b, c".
    fn many(&self) -> crate::i18n::Message {
        match self.many {
            "pillars" => msg!("known-pillars"),
            _ => msg!("known-strategies"),
        }
    }

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
}

struct Resolver<'a, 'o> {
    plan: &'a Plan,
    index: &'a Index<'a>,
    out: &'o mut Vec<Diagnostic>,
}

impl Resolver<'_, '_> {
    fn broken(&self, name: &str) -> bool {
        self.plan.broken_ids.iter().any(|b| b == name)
    }

    fn resolve(&mut self, reference: &Spanned<String>, known: &BTreeMap<&str, Span>, kind: Kind) {
        let name = reference.value.as_str();
        if known.contains_key(name) || self.broken(name) {
            return;
        }
        let d = Diagnostic::new(
            Code::UnknownReference,
            msg!("ref-unknown", what = kind.one(), name = name),
        )
        .primary(reference.span, msg!("ref-no-such-id", what = kind.one()))
        .hint_opt(did_you_mean(name, known.keys().copied()))
        .hint(msg!(
            "ref-defined-under",
            known = known_list(kind.many(), known.keys().copied()),
            key = kind.key
        ));
        self.out.push(d);
    }

    /// An agency id, or the id of one of an agency's units.
    fn owner(&mut self, reference: &Spanned<String>) {
        let name = reference.value.as_str();
        if self.index.lookup.owner(name).is_some() || self.broken(name) {
            return;
        }
        let ids = self.index.owner_ids();
        let units = !self.index.lookup.units.is_empty();
        let d = Diagnostic::new(
            Code::UnknownReference,
            msg!("ref-unknown", what = msg!("ref-agency"), name = name),
        )
        .primary(
            reference.span,
            if units {
                msg!("ref-no-agency-or-unit")
            } else {
                msg!("ref-no-such-id", what = msg!("ref-agency"))
            },
        )
        .hint_opt(did_you_mean(name, ids.clone()))
        .hint(if units {
            msg!(
                "ref-defined-under-units",
                known = known_list(msg!("known-agencies-and-units"), ids)
            )
        } else {
            msg!(
                "ref-defined-under",
                known = known_list(msg!("known-agencies"), ids),
                key = "perangkat_daerah"
            )
        });
        self.out.push(d);
    }

    fn sub(&mut self, sub: &SubKegiatan) {
        if let Some(strategy) = &sub.strategy {
            self.resolve(strategy, &self.index.strategies, Kind::STRATEGY);
        }
        if let Some(agency) = &sub.agency {
            self.owner(agency);
        }
        for location in &sub.locations {
            self.location(location, true);
        }
        for executor in &sub.executors {
            self.owner(&executor.agency);
            for location in &executor.locations {
                self.location(location, true);
            }
        }
        let tags = &self.index.lookup.tags;
        let declared = self.plan.root.as_ref().and_then(|r| r.tagging.as_ref());
        for tag in &sub.tags {
            if tags.iter().any(|t| t.id == tag.value) {
                continue;
            }
            let ids = tags.iter().map(|t| t.id.as_str());
            let (message, whence) = match declared {
                Some(_) => (
                    msg!("ref-unknown-tag-category", tag = &tag.value),
                    msg!("ref-tag-categories-under"),
                ),
                None => (
                    msg!("ref-unknown-tag", tag = &tag.value),
                    msg!("ref-default-tags"),
                ),
            };
            let d = Diagnostic::new(Code::UnknownValue, message)
                .primary(tag.span, msg!("ref-not-a-tag"))
                .hint_opt(keyword_hint(
                    &tag.value,
                    tags.iter().map(|t| (t.id.as_str(), t.label.as_str())),
                    std::iter::empty(),
                ))
                .hint(known_list(msg!("known-tags"), ids))
                .hint(whence);
            self.out.push(d);
        }
    }

    /// A RAT line names a code no sub kegiatan has. A malformed code close to it is named as
    /// the likely cause rather than proposed as the fix.
    fn unknown_sub(&mut self, code: &Spanned<crate::model::NomenclatureCode>) {
        let index = self.index;
        let mut d = Diagnostic::new(
            Code::UnknownReference,
            msg!(
                "ref-unknown",
                what = msg!("noun-sub-kegiatan"),
                name = &code.0
            ),
        )
        .primary(code.span, msg!("ref-no-sub-code"))
        .hint_opt(did_you_mean(&code.0, index.sound_codes()));
        let malformed = index
            .lines
            .iter()
            .filter(|(_, l)| !l.sub.code.is_well_formed(CodeLevel::SubKegiatan))
            .find(|(c, _)| did_you_mean(&code.0, [**c]).is_some());
        if let Some((c, line)) = malformed
            && code.is_well_formed(CodeLevel::SubKegiatan)
        {
            d = d
                .secondary(line.sub.code.span, msg!("ref-malformed-here", code = *c))
                .hint(msg!("ref-malformed-hint", code = *c));
        }
        d = d.hint(msg!("ref-rat-sub-hint"));
        self.out.push(d);
    }

    /// A location: a place of `wilayah` or (where `groups`) the id of a location group.
    fn location(&mut self, location: &Spanned<String>, groups: bool) {
        let lookup = &self.index.lookup;
        let name = normalise_location(&location.value);
        if lookup.places.contains_key(&name) {
            return;
        }
        if let Some(group) = lookup.groups.get(name.as_str()) {
            if !groups {
                self.out.push(
                    Diagnostic::new(
                        Code::LocationGroup,
                        msg!("ref-group-in-group", name = name.as_str()),
                    )
                    .primary(location.span, msg!("ref-group-inside"))
                    .secondary(group.id.span, msg!("ref-that-group"))
                    .hint(msg!("ref-group-hint")),
                );
            }
            return;
        }
        let province = lookup.kind == crate::model::RegionKind::Province;
        let mut d = Diagnostic::new(
            Code::UnknownReference,
            msg!(
                "ref-unknown",
                what = msg!("ref-location"),
                name = &location.value
            ),
        );
        let (district, village) = match name.split_once('/') {
            Some((d, v)) => (d, Some(v)),
            None => (name.as_str(), None),
        };
        let group_ids = || lookup.groups.keys().copied();
        if province {
            let names: Vec<&str> = lookup.places.keys().map(String::as_str).collect();
            let bare: Vec<&String> = lookup
                .places
                .keys()
                .filter(|k| k.split_once(' ').is_some_and(|(_, n)| n == name))
                .collect();
            d = d.primary(location.span, msg!("ref-not-a-member"));
            d = match bare.as_slice() {
                [] => d.hint_opt(did_you_mean(
                    &name,
                    names.iter().copied().chain(group_ids()),
                )),
                several => d.hint(msg!(
                    "ref-with-kind",
                    names = Arg::OrList(
                        several
                            .iter()
                            .map(|n| Arg::Text(format!("`{n}`")))
                            .collect()
                    )
                )),
            };
            d = d.hint(known_list(msg!("known-members"), names));
        } else if village.is_some() && lookup.places.contains_key(district) {
            let prefix = format!("{district}/");
            let villages: Vec<&str> = lookup
                .places
                .keys()
                .filter_map(|k| k.strip_prefix(&prefix))
                .collect();
            d = d
                .primary(
                    location.span,
                    msg!("ref-no-such-village", district = district),
                )
                .hint_opt(did_you_mean(
                    village.unwrap_or(""),
                    villages.iter().copied(),
                ))
                .hint(known_list(
                    msg!("known-villages-of", district = district),
                    villages,
                ));
        } else {
            let districts: Vec<&str> = lookup
                .places
                .keys()
                .filter(|k| !k.contains('/'))
                .map(String::as_str)
                .collect();
            let mut candidates = districts.clone();
            if groups {
                candidates.extend(group_ids());
            }
            let village_word = match lookup.kind {
                crate::model::RegionKind::City => "Kelurahan",
                _ => "Desa",
            };
            d = d
                .primary(location.span, msg!("ref-not-a-kecamatan"))
                .hint_opt(did_you_mean(district, candidates))
                .hint(if groups && !lookup.groups.is_empty() {
                    msg!("ref-write-place-or-group", village = village_word)
                } else {
                    msg!("ref-write-place", village = village_word)
                });
        }
        self.out.push(d);
    }
}
