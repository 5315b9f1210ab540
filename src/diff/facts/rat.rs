//! The facts of each year's RAT: its own figures (targets, theme, enactment, date), each line
//! under its sub kegiatan's code (and executor), allocation per source, realisation per quarter.

use super::{
    Fact, Item, RatLine, RatYear, SubLine, Value, instrument, location_list, markdown, number,
    rat_key,
};
use crate::model::{Direction, Plan};
use crate::source::SourceFiles;
use std::collections::BTreeMap;

pub(super) fn rats(
    plan: &Plan,
    subs: &[SubLine],
    sources: &SourceFiles,
    other: &std::collections::HashSet<u64>,
    extents: &super::Extents,
) -> Vec<RatYear> {
    let by_code: BTreeMap<&str, &SubLine> = subs
        .iter()
        .rev()
        .map(|s| (s.item.key.as_str(), s))
        .collect();
    let mut out: Vec<RatYear> = Vec::new();
    for file in &plan.rats {
        let rat = &file.rat;
        let year = rat.year.value.0;
        if out.iter().any(|r| r.year == year) {
            continue;
        }
        let mut head = vec![
            {
                let mut f = Fact::new(
                    "target_kemiskinan",
                    "Target persentase penduduk miskin (P0)",
                    number(rat.poverty_target.value),
                )
                .unit("persen");
                f.better = Some(Direction::Down);
                f
            },
            {
                let mut f = Fact::new(
                    "target_kemiskinan_ekstrem",
                    "Target tingkat kemiskinan ekstrem",
                    number(rat.extreme_poverty_target.value),
                )
                .unit("persen");
                f.better = Some(Direction::Down);
                f
            },
        ];
        if let Some(theme) = &rat.theme {
            head.push(Fact::text("tema", "Tema", &theme.value));
        }
        if let Some(e) = &rat.enactment {
            head.push(Fact::text("penetapan", "Penetapan", &instrument(e)));
        }
        if let Some(date) = &rat.date {
            head.push(Fact::text(
                "tanggal",
                "Tanggal penandatanganan",
                &crate::locale::date(date.value),
            ));
        }
        let mut lines = Vec::new();
        for line in &rat.lines {
            let code = line.sub_activity.value.0.clone();
            let executor = line.agency.as_ref().map(|a| a.value.clone());
            let sub = by_code.get(code.as_str());
            let unit = sub.and_then(|s| s.unit.clone());
            let same = super::rat_digest(year, line.span, extents, sources)
                .is_some_and(|d| other.contains(&d));
            let facts = if same {
                Vec::new()
            } else {
                let mut target = Fact::new("target", "Target keluaran", number(line.target.value));
                target.unit = unit.clone();
                target.better = sub.and_then(|s| s.direction);
                let mut facts = vec![target];
                let by_source = line.allocation_by_source();
                match by_source.as_slice() {
                    [(source, amount)] => {
                        facts.push(Fact::new(
                            "alokasi",
                            "Alokasi anggaran",
                            Value::Money(amount.0),
                        ));
                        facts.push(Fact::text("sumber_dana", "Sumber dana", source.label()));
                    }
                    [] => facts.push(Fact::new(
                        "alokasi",
                        "Alokasi anggaran",
                        Value::Money(line.allocation.total().0),
                    )),
                    many => {
                        for (source, amount) in many {
                            facts.push(Fact::new(
                                format!("alokasi.{}", source.key()),
                                format!("Alokasi ({})", source.label()),
                                Value::Money(amount.0),
                            ));
                        }
                    }
                }
                facts.push(Fact::text(
                    "jenis_bantuan",
                    "Jenis bantuan",
                    line.aid_kind.value.label(),
                ));
                if let Some(b) = &line.benefit {
                    facts.push(Fact::text("besaran_manfaat", "Besaran manfaat", &b.value));
                }
                facts.push(Fact::new(
                    "lokasi",
                    "Lokasi",
                    location_list(&line.locations),
                ));
                if let Some(b) = &line.beneficiaries {
                    facts.push(
                        Fact::new("sasaran", "Sasaran", number(b.count.value as f64))
                            .unit(&b.unit.value),
                    );
                }
                if let Some(notes) = &line.notes {
                    facts.push(Fact::text("keterangan", "Keterangan", &notes.value));
                }
                facts
            };
            let mut realisation = BTreeMap::new();
            for r in &line.realisation {
                realisation
                    .entry(r.quarter.value)
                    .or_insert((r.spent.total().0, r.output.value));
            }
            lines.push(RatLine {
                item: Item {
                    name: sub.map_or_else(String::new, |s| s.item.name.clone()),
                    key: rat_key(&code, executor.as_deref()),
                    parent: None,
                    facts,
                    indicators: Vec::new(),
                    same: false,
                },
                code,
                executor,
                allocation: line.allocation.total().0,
                realisation,
                unit,
            });
        }
        out.push(RatYear {
            year,
            head: Item {
                key: year.to_string(),
                name: format!("RAT {year}"),
                parent: None,
                facts: head,
                indicators: Vec::new(),
                same: false,
            },
            lines,
            conditions: rat.conditions.as_ref().and_then(|m| markdown(m, sources)),
        });
    }
    out.sort_by_key(|r| r.year);
    out
}
