//! The facts of `rpkd.yaml` besides the programs: identity, pillars, strategies, agencies and
//! units, territory, statistics, tagging, location groups; and the narrative chapters.

use super::{Chapter, Fact, Item, Section, Value, location_list, markdown, number};
use crate::model::{PlanRoot, Statistic};
use crate::source::SourceFiles;

/// The narrative chapters, in the order of the RPKD, each with the title a reader knows it by.
pub(super) fn chapters(root: &PlanRoot, sources: &SourceFiles) -> Vec<Chapter> {
    let Some(n) = root.narrative.as_ref() else {
        return CHAPTERS
            .iter()
            .map(|(key, title)| Chapter {
                key: (*key).into(),
                title: (*title).into(),
                text: None,
            })
            .collect();
    };
    let given = [
        &n.foreword,
        &n.background,
        &n.purpose,
        &n.general_conditions,
        &n.poverty_characteristics,
        &n.problems,
        &n.previous_evaluation,
        &n.strategic_issues,
        &n.location_criteria,
        &n.monitoring,
        &n.closing,
    ];
    CHAPTERS
        .iter()
        .zip(given)
        .map(|((key, title), text)| Chapter {
            key: (*key).into(),
            title: (*title).into(),
            text: text.as_ref().and_then(|m| markdown(m, sources)),
        })
        .collect()
}

/// The narrative keys of `rpkd.yaml` and where each is printed in the RPKD.
const CHAPTERS: [(&str, &str); 11] = [
    ("kata_pengantar", "Kata Pengantar"),
    ("latar_belakang", "BAB I, 1.1 Latar Belakang"),
    ("maksud_tujuan", "BAB I, 1.3 Maksud dan Tujuan"),
    ("kondisi_umum", "BAB II Kondisi Umum Daerah"),
    (
        "karakteristik_kemiskinan",
        "BAB III, 3.3 Karakteristik Kemiskinan",
    ),
    (
        "permasalahan",
        "BAB III, 3.4 Permasalahan dan Faktor Penentu",
    ),
    (
        "evaluasi_periode_lalu",
        "BAB III, 3.5 Evaluasi Pelaksanaan Periode Sebelumnya",
    ),
    ("isu_strategis", "BAB IV, 4.1 Isu Strategis"),
    ("kriteria_lokasi", "BAB V, 5.1 Kriteria Lokasi Prioritas"),
    ("pemantauan_evaluasi", "BAB VI Pemantauan dan Evaluasi"),
    ("penutup", "BAB VII Penutup"),
];

/// `Peraturan Wali Kota Nomor 87 tanggal 28 November 2025`
pub(super) fn instrument(e: &crate::model::LegalInstrument) -> String {
    format!(
        "{} Nomor {} tanggal {}",
        e.kind.value,
        e.number.value,
        crate::locale::date(e.date.value)
    )
}

/// The sections of `rpkd.yaml` other than the narrative, as items.
pub(super) fn sections(root: &PlanRoot) -> Vec<Section> {
    let mut identity = vec![
        Fact::text(
            "daerah",
            "Daerah",
            &format!(
                "{} {}",
                root.region.kind.value.label(),
                root.region.name.value
            ),
        ),
        Fact::text("kode_wilayah", "Kode wilayah", &root.region.code.value),
        Fact::text(
            "periode",
            "Periode",
            &format!("{}–{}", root.period.start.value, root.period.end.value),
        ),
        Fact::text(
            "versi_nomenklatur",
            "Versi nomenklatur",
            &root.nomenclature_version.value,
        ),
        Fact::text(
            "penetapan",
            "Penetapan",
            &root
                .enactment
                .as_ref()
                .map_or("belum ditetapkan".into(), |e| {
                    format!(
                        "{} Nomor {} tanggal {}",
                        e.kind.value,
                        e.number.value,
                        crate::locale::date(e.date.value)
                    )
                }),
        ),
        Fact::text("tkpk_ketua", "Ketua TKPK", &root.tkpk.chair.name.value),
        Fact::text(
            "tkpk_sekretaris",
            "Sekretaris TKPK",
            &root.tkpk.secretary.name.value,
        ),
        Fact::text(
            "penandatangan",
            "Penanda tangan",
            &format!(
                "{}, {}",
                root.signatory.name.value, root.signatory.office.value
            ),
        ),
        Fact::text(
            "tanggal",
            "Tanggal penandatanganan",
            &crate::locale::date(root.signatory.date.value),
        ),
    ];
    let mut legal: Vec<String> = root.legal_basis.iter().map(|l| l.value.clone()).collect();
    legal.sort();
    identity.push(Fact::new(
        "dasar_hukum",
        "Dasar hukum daerah",
        Value::List(legal),
    ));
    let identity = Section {
        key: "identitas",
        title: "Identitas rencana",
        items: vec![Item {
            key: "rpkd".into(),
            name: "Identitas rencana".into(),
            parent: None,
            facts: identity,
            indicators: Vec::new(),
            same: false,
        }],
    };
    let pillars = Section {
        key: "pilar",
        title: "Pilar",
        items: root
            .pillars
            .iter()
            .map(|p| Item {
                key: p.id.value.clone(),
                name: p.name.value.clone(),
                parent: None,
                facts: vec![
                    Fact::text("nama", "Nama", &p.name.value),
                    Fact::text(
                        "uraian",
                        "Uraian",
                        p.description.as_ref().map_or("–", |d| d.value.as_str()),
                    ),
                ],
                indicators: Vec::new(),
                same: false,
            })
            .collect(),
    };
    let strategies = Section {
        key: "strategi",
        title: "Strategi daerah",
        items: root
            .strategies
            .iter()
            .map(|s| Item {
                key: s.id.value.clone(),
                name: s.name.value.clone(),
                parent: None,
                facts: vec![
                    Fact::text("nama", "Rumusan", &s.name.value),
                    Fact::text("pilar", "Pilar", &s.pillar.value),
                    Fact::text(
                        "strategi_nasional",
                        "Strategi nasional",
                        s.national.value.label(),
                    ),
                    Fact::new(
                        "arah_kebijakan",
                        "Arah kebijakan",
                        Value::List(s.policies.iter().map(|p| p.value.clone()).collect()),
                    ),
                ],
                indicators: Vec::new(),
                same: false,
            })
            .collect(),
    };
    let agencies = Section {
        key: "perangkat_daerah",
        title: "Perangkat daerah",
        items: root
            .agencies
            .iter()
            .map(|a| Item {
                key: a.id.value.clone(),
                name: a.name.value.clone(),
                parent: None,
                facts: vec![
                    Fact::text("nama", "Nama", &a.name.value),
                    Fact::new(
                        "unit",
                        "Unit",
                        Value::List({
                            let mut units: Vec<String> = a
                                .units
                                .iter()
                                .map(|u| format!("{} – {}", u.id.value, u.name.value))
                                .collect();
                            units.sort();
                            units
                        }),
                    ),
                ],
                indicators: Vec::new(),
                same: false,
            })
            .collect(),
    };
    let districts = Section {
        key: "wilayah",
        title: "Wilayah",
        items: root
            .districts()
            .map(|d| {
                let mut facts = vec![
                    Fact::text(
                        "prioritas",
                        "Kecamatan prioritas",
                        if d.priority.as_ref().is_some_and(|p| p.value) {
                            "ya"
                        } else {
                            "tidak"
                        },
                    ),
                    Fact::new(
                        "desa_kelurahan",
                        "Desa/kelurahan",
                        Value::List({
                            let mut v: Vec<String> =
                                d.villages.iter().map(|v| v.name.value.clone()).collect();
                            v.sort();
                            v
                        }),
                    ),
                    Fact::new(
                        "prioritas_desa",
                        "Desa/kelurahan prioritas",
                        Value::List({
                            let mut v: Vec<String> = d
                                .villages
                                .iter()
                                .filter(|v| v.priority.as_ref().is_some_and(|p| p.value))
                                .map(|v| v.name.value.clone())
                                .collect();
                            v.sort();
                            v
                        }),
                    ),
                ];
                if let Some(p) = &d.poor_people {
                    facts.push(
                        Fact::new("penduduk_miskin", "Penduduk miskin", number(p.value as f64))
                            .unit("jiwa"),
                    );
                }
                for v in &d.villages {
                    if let Some(p) = &v.poor_people {
                        facts.push(
                            Fact::new(
                                format!("penduduk_miskin.{}", v.name.value),
                                format!("Penduduk miskin {}", v.name.value),
                                number(p.value as f64),
                            )
                            .unit("jiwa"),
                        );
                    }
                }
                Item {
                    key: d.name.value.clone(),
                    name: d.name.value.clone(),
                    parent: None,
                    facts,
                    indicators: Vec::new(),
                    same: false,
                }
            })
            .collect(),
    };
    let statistics = Section {
        key: "statistik",
        title: "Statistik dan target kemiskinan",
        items: root
            .statistics
            .iter()
            .flat_map(|s| s.series())
            .map(|(statistic, series)| statistic_item(statistic, series))
            .collect(),
    };
    let mut districts = districts;
    districts.items.extend(root.members().map(|m| {
        let mut facts = vec![Fact::text(
            "prioritas",
            "Prioritas",
            if m.priority.as_ref().is_some_and(|p| p.value) {
                "ya"
            } else {
                "tidak"
            },
        )];
        if let Some(p) = &m.poor_people {
            facts.push(
                Fact::new("penduduk_miskin", "Penduduk miskin", number(p.value as f64))
                    .unit("jiwa"),
            );
        }
        if let Some(stats) = &m.statistics {
            for (statistic, series) in stats.series() {
                let item = statistic_item(statistic, series);
                facts.extend(item.facts.into_iter().map(|mut f| {
                    f.key = format!("{}.{}", statistic.key(), f.key);
                    f.label = format!("{}: {}", statistic.label(), f.label);
                    f
                }));
            }
        }
        Item {
            key: m.full_name(),
            name: m.full_name(),
            parent: None,
            facts,
            indicators: Vec::new(),
            same: false,
        }
    }));
    let tagging = Section {
        key: "penandaan",
        title: "Penandaan anggaran",
        items: root
            .tagging
            .iter()
            .flat_map(|t| {
                std::iter::once(Item {
                    key: "dasar".into(),
                    name: "Dasar penandaan".into(),
                    parent: None,
                    facts: vec![Fact::text("dasar", "Dasar", &t.basis.value)],
                    indicators: Vec::new(),
                    same: false,
                })
                .chain(t.categories.iter().map(|c| Item {
                    key: c.id.value.clone(),
                    name: c.name.value.clone(),
                    parent: None,
                    facts: vec![Fact::text("nama", "Nama", &c.name.value)],
                    indicators: Vec::new(),
                    same: false,
                }))
            })
            .collect(),
    };
    let groups = Section {
        key: "kelompok_lokasi",
        title: "Kelompok lokasi",
        items: root
            .location_groups
            .iter()
            .map(|g| Item {
                key: g.id.value.clone(),
                name: g.name.value.clone(),
                parent: None,
                facts: vec![
                    Fact::text("nama", "Nama", &g.name.value),
                    Fact::new("lokasi", "Lokasi", location_list(&g.locations)),
                ],
                indicators: Vec::new(),
                same: false,
            })
            .collect(),
    };
    vec![
        identity, pillars, strategies, agencies, districts, statistics, tagging, groups,
    ]
}

fn statistic_item(statistic: Statistic, series: &crate::model::Series) -> Item {
    let unit = statistic.unit();
    let mut facts = Vec::new();
    for o in &series.data {
        facts.push(
            Fact::new(
                format!("data.{}", o.year.value),
                format!("Data {}", o.year.value),
                number(o.value.value),
            )
            .unit(unit),
        );
    }
    if let Some(targets) = &series.target {
        for (year, value) in &targets.entries {
            let mut f = Fact::new(
                format!("target.{}", year.value),
                format!("Target {}", year.value),
                number(value.value),
            )
            .unit(unit);
            f.better = statistic.better();
            facts.push(f);
        }
    }
    Item {
        key: statistic.key().into(),
        name: statistic.label().into(),
        parent: None,
        facts,
        indicators: Vec::new(),
        same: false,
    }
}
