//! Every example plan under `plans/`, as a reviewer checks it: it passes the strictest check;
//! its printed totals equal sums taken straight from its YAML (read as plain data, without the
//! model: every `pagu`, `alokasi` and `anggaran`, agencies resolved through units and
//! inheritance by hand); its documents use the words of its kind of region; and the province's
//! roll-up adds up over the province and its kabupaten/kota plans.

use rpkd::render::OutputFormat;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

const PLANS: [&str; 4] = [
    "plans/kota-tangerang",
    "plans/kabupaten-tangerang",
    "plans/kota-serang",
    "plans/provinsi-banten",
];

fn yaml(path: &Path) -> Value {
    serde_saphyr::from_str(&fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

/// A `pagu` mapping (source → year → amount) into `out`, per (source, year).
fn add_pagu(pagu: &Value, out: &mut BTreeMap<(String, u64), u64>) {
    for (source, years) in pagu.as_object().unwrap() {
        for (year, amount) in years.as_object().unwrap() {
            *out.entry((source.clone(), year.parse().unwrap()))
                .or_default() += amount.as_u64().unwrap();
        }
    }
}

/// An amount written as one figure or as `{source: amount}`, per source (`single` for one).
fn amounts(value: &Value, single: Option<&str>) -> Vec<(String, u64)> {
    match value {
        Value::Object(map) => map
            .iter()
            .map(|(s, a)| (s.clone(), a.as_u64().unwrap()))
            .collect(),
        other => vec![(single.unwrap_or("?").to_owned(), other.as_u64().unwrap())],
    }
}

/// What the YAML says, summed by hand.
#[derive(Default, Debug)]
struct Sums {
    /// Ceilings per (source, year).
    ceilings: BTreeMap<(String, u64), u64>,
    /// Ceilings per agency (units rolled up), over the period.
    by_agency: BTreeMap<String, u64>,
    /// Ceilings per unit.
    by_unit: BTreeMap<String, u64>,
    /// Ceilings per tag, over the period.
    by_tag: BTreeMap<String, u64>,
    /// Per RAT year: allocation per source, and spending in total.
    rat_allocation: BTreeMap<u64, BTreeMap<String, u64>>,
    rat_spent: BTreeMap<u64, u64>,
}

impl Sums {
    fn total(&self) -> u64 {
        self.ceilings.values().sum()
    }
    fn per_year(&self) -> BTreeMap<u64, u64> {
        let mut out = BTreeMap::new();
        for ((_, y), a) in &self.ceilings {
            *out.entry(*y).or_default() += a;
        }
        out
    }
    fn per_source(&self) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for ((s, _), a) in &self.ceilings {
            *out.entry(s.clone()).or_default() += a;
        }
        out
    }
}

fn sums(plan: &Path) -> Sums {
    let root = yaml(&plan.join("rpkd.yaml"));
    // Unit id → its agency's id.
    let mut parent: BTreeMap<String, String> = BTreeMap::new();
    for agency in root["perangkat_daerah"].as_array().unwrap() {
        let id = agency["id"].as_str().unwrap().to_owned();
        parent.insert(id.clone(), id.clone());
        for unit in agency
            .get("unit")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            parent.insert(unit["id"].as_str().unwrap().to_owned(), id.clone());
        }
    }
    let mut s = Sums::default();
    let add = |owner: &str, pagu: &Value, tags: &[String], s: &mut Sums| {
        let mut here = BTreeMap::new();
        add_pagu(pagu, &mut here);
        let total: u64 = here.values().sum();
        for (k, v) in here {
            *s.ceilings.entry(k).or_default() += v;
        }
        *s.by_agency.entry(parent[owner].clone()).or_default() += total;
        if parent[owner] != owner {
            *s.by_unit.entry(owner.to_owned()).or_default() += total;
        }
        for t in tags {
            *s.by_tag.entry(t.clone()).or_default() += total;
        }
    };
    for file in yaml_files(&plan.join("program")) {
        let value = yaml(&file);
        for program in value["program"].as_array().unwrap() {
            let p_agency = program["perangkat_daerah"].as_str().unwrap();
            for kegiatan in program["kegiatan"].as_array().into_iter().flatten() {
                let k_agency = kegiatan["perangkat_daerah"].as_str().unwrap_or(p_agency);
                for sub in kegiatan["sub_kegiatan"].as_array().into_iter().flatten() {
                    let agency = sub["perangkat_daerah"].as_str().unwrap_or(k_agency);
                    let tags: Vec<String> = sub["tag"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|t| t.as_str().unwrap().to_owned())
                        .collect();
                    if let Some(pagu) = sub.get("pagu") {
                        add(agency, pagu, &tags, &mut s);
                    }
                    for executor in sub["pelaksana"].as_array().into_iter().flatten() {
                        add(
                            executor["perangkat_daerah"].as_str().unwrap(),
                            &executor["pagu"],
                            &tags,
                            &mut s,
                        );
                    }
                }
            }
        }
    }
    for file in yaml_files(&plan.join("rat")) {
        let rat = yaml(&file);
        let year = rat["tahun"].as_u64().unwrap();
        let alloc = s.rat_allocation.entry(year).or_default();
        let mut spent = 0;
        for line in rat["rencana_aksi"].as_array().into_iter().flatten() {
            let single = line["sumber_dana"].as_str();
            let parts = amounts(&line["alokasi"], single);
            let only = (parts.len() == 1).then(|| parts[0].0.clone());
            for (source, a) in parts {
                *alloc.entry(source).or_default() += a;
            }
            for r in line["realisasi"].as_array().into_iter().flatten() {
                spent += amounts(&r["anggaran"], only.as_deref())
                    .iter()
                    .map(|(_, a)| a)
                    .sum::<u64>();
            }
        }
        s.rat_spent.insert(year, spent);
    }
    s
}

fn rupiah(n: u64) -> String {
    rpkd::locale::rupiah(rpkd::model::Rupiah(n))
}

/// Markdown of every document of a plan, by file name.
fn markdown(plan: &Path) -> BTreeMap<String, String> {
    let checked = rpkd::check(plan).unwrap();
    rpkd::render_plan(&checked, &[OutputFormat::Markdown], None)
        .unwrap()
        .files
        .into_iter()
        .filter(|f| f.name.ends_with(".md"))
        .map(|f| (f.name, String::from_utf8(f.bytes).unwrap()))
        .collect()
}

#[test]
fn every_example_passes_the_strictest_check() {
    for plan in PLANS {
        let checked = rpkd::check(Path::new(plan)).unwrap();
        assert!(
            checked.diagnostics.is_empty(),
            "{plan}: {:#?}",
            checked
                .diagnostics
                .iter()
                .map(|d| (d.code.as_str(), &d.message))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn printed_totals_of_every_example_equal_sums_from_its_yaml() {
    for plan in PLANS.map(Path::new) {
        let s = sums(plan);
        let checked = rpkd::check(plan).unwrap();
        let (rpkd, rats) = rpkd::view::build_views(&checked.plan, &checked.sources).unwrap();
        let name = plan.display();
        assert_eq!(rpkd.funding.total, s.total(), "{name}: total");
        assert_eq!(
            rpkd.funding.per_year,
            s.per_year().values().copied().collect::<Vec<_>>(),
            "{name}: per year"
        );
        let by = |recap: &rpkd::view::Recap| -> BTreeMap<String, u64> {
            recap
                .rows
                .iter()
                .filter(|r| r.total > 0)
                .map(|r| (r.key.clone(), r.total))
                .collect()
        };
        assert_eq!(
            by(&rpkd.funding.by_source),
            s.per_source(),
            "{name}: by source"
        );
        assert_eq!(
            by(&rpkd.funding.by_agency),
            s.by_agency,
            "{name}: by agency, units rolled up"
        );
        assert_eq!(by(&rpkd.funding.by_unit), s.by_unit, "{name}: by unit");
        let tags: BTreeMap<String, u64> = rpkd
            .tagging
            .categories
            .iter()
            .filter(|t| t.total > 0)
            .map(|t| (t.id.clone(), t.total))
            .collect();
        assert_eq!(tags, s.by_tag, "{name}: by tag");
        for recap in [
            &rpkd.funding.by_national,
            &rpkd.funding.by_agency,
            &rpkd.funding.by_source,
            &rpkd.funding.by_pillar,
            &rpkd.funding.by_strategy,
        ] {
            assert_eq!(recap.total, s.total(), "{name}: a recap's total");
        }
        for rat in &rats {
            let year = u64::from(rat.year);
            let alloc = &s.rat_allocation[&year];
            assert_eq!(
                rat.totals.allocation,
                alloc.values().sum::<u64>(),
                "{name} RAT {year}"
            );
            assert_eq!(
                rat.totals.spent, s.rat_spent[&year],
                "{name} RAT {year} spent"
            );
            let by_source: BTreeMap<String, u64> = rat
                .by_source
                .iter()
                .map(|r| (r.key.clone(), r.allocation))
                .collect();
            assert_eq!(&by_source, alloc, "{name} RAT {year} by source");
            let agencies: u64 = rat.by_agency.iter().map(|r| r.allocation).sum();
            assert_eq!(
                agencies, rat.totals.allocation,
                "{name} RAT {year} agencies add up"
            );
        }

        // The examples exercise what these sums cover: units, several sources, tags.
        if !plan.ends_with("kota-tangerang") {
            assert!(s.per_source().len() >= 3, "{name}: sources");
            assert!(
                s.rat_allocation.values().any(|a| a.len() >= 2),
                "{name}: RAT sources"
            );
        }
        if plan.ends_with("kabupaten-tangerang") || plan.ends_with("provinsi-banten") {
            assert!(s.by_unit.len() >= 4, "{name}: units");
            assert!(s.by_tag.len() == 3, "{name}: tags");
        }

        let docs = markdown(plan);
        let rpkd_md = &docs["rpkd.md"];
        assert!(
            rpkd_md.contains(&format!("**{}**", rupiah(s.total()))),
            "{name}: rpkd.md does not print the total {}",
            rupiah(s.total())
        );
        for (source, amount) in s.per_source() {
            assert!(
                rpkd_md.contains(&rupiah(amount)),
                "{name}: rpkd.md does not print {source} {}",
                rupiah(amount)
            );
        }
        for (year, alloc) in &s.rat_allocation {
            let md = &docs[&format!("rat-{year}.md")];
            let total: u64 = alloc.values().sum();
            assert!(
                md.contains(&format!("**{}**", rupiah(total))),
                "{name} RAT {year}"
            );
            for amount in alloc.values() {
                assert!(
                    md.contains(&rupiah(*amount)),
                    "{name} RAT {year}: {}",
                    rupiah(*amount)
                );
            }
        }
    }
}

#[test]
fn the_province_roll_up_adds_up_over_the_province_and_its_kabupaten_kota_plans() {
    let province = Path::new("plans/provinsi-banten");
    let members = [
        "plans/kabupaten-tangerang",
        "plans/kota-tangerang",
        "plans/kota-serang",
    ];
    let checked = rpkd::check(province).unwrap();
    assert_eq!(checked.plan.linked.len(), 3);
    let sync = rpkd::view::build_sync(&checked.plan).expect("a roll-up");
    let years = 2025..=2029;
    let within = |s: &Sums| -> u64 {
        s.ceilings
            .iter()
            .filter(|((_, y), _)| years.contains(y))
            .map(|(_, a)| a)
            .sum()
    };
    let own = sums(province);
    let member_sums: Vec<Sums> = members.iter().map(|m| sums(Path::new(m))).collect();
    let expected = within(&own) + member_sums.iter().map(within).sum::<u64>();
    assert_eq!(sync.regions[0].budget.total, within(&own));
    assert_eq!(sync.total.total, expected);
    assert_eq!(
        sync.members_total.total,
        member_sums.iter().map(within).sum::<u64>()
    );
    // Each linked region's row is its own plan's sum; rows add up to the totals, per year,
    // per national strategy and per source.
    for (member, s) in members.iter().zip(&member_sums) {
        let name = yaml(&Path::new(member).join("rpkd.yaml"));
        let full = format!(
            "{} {}",
            if name["daerah"]["jenis"] == "kota" {
                "Kota"
            } else {
                "Kabupaten"
            },
            name["daerah"]["nama"].as_str().unwrap()
        );
        let region = sync.regions.iter().find(|r| r.name == full).unwrap();
        assert_eq!(region.budget.total, within(s), "{full}");
        let sources: u64 = region.budget.by_source.iter().sum();
        assert_eq!(sources, region.budget.total, "{full} by source");
    }
    let rows: Vec<&rpkd::view::sync::SyncRegion> = sync.regions.iter().collect();
    for i in 0..5 {
        assert_eq!(
            sync.total.per_year[i],
            rows.iter().map(|r| r.budget.per_year[i]).sum::<u64>()
        );
    }
    assert_eq!(sync.total.by_national.iter().sum::<u64>(), expected);
    assert_eq!(sync.total.by_source.iter().sum::<u64>(), expected);
    let mut all_sources = own.per_source();
    for s in &member_sums {
        for (k, v) in s.per_source() {
            *all_sources.entry(k).or_default() += v;
        }
    }
    for (i, label) in sync.sources.iter().enumerate() {
        assert_eq!(
            sync.total.by_source[i], all_sources[label.key],
            "{}",
            label.key
        );
    }

    let docs = markdown(province);
    let md = &docs["sinkronisasi.md"];
    assert!(
        md.contains(&format!("**{}**", rupiah(expected))),
        "the grand total is printed"
    );
    assert!(
        md.contains("Kabupaten Pandeglang"),
        "every kabupaten/kota is listed"
    );
    assert!(
        md.contains("| 9,18 | 2024 |"),
        "Pandeglang's P0 from the province's record"
    );
}

#[test]
fn documents_use_the_words_of_their_kind_of_region() {
    let kota = markdown(Path::new("plans/kota-tangerang"));
    for (name, text) in &kota {
        assert!(
            !text.contains("desa/kelurahan"),
            "kota-tangerang {name}: desa/kelurahan"
        );
        assert!(
            !text.contains("Desa/Kelurahan"),
            "kota-tangerang {name}: Desa/Kelurahan"
        );
    }
    let kab = markdown(Path::new("plans/kabupaten-tangerang"));
    let rpkd = &kab["rpkd.md"];
    assert!(
        rpkd.contains("29 kecamatan dengan 246 desa dan 28 kelurahan"),
        "stated counts"
    );
    assert!(
        rpkd.contains("27 desa fokus dari 274 desa/kelurahan"),
        "a group's count says what it counts"
    );
    assert!(rpkd.contains("| Jumlah desa | Jumlah kelurahan |"));
    assert!(rpkd.contains("beserta 5 unit pelaksana di bawahnya (1 UPTD, 1 RSUD dan 3 Puskesmas)"));
    let province = markdown(Path::new("plans/provinsi-banten"));
    let rpkd = &province["rpkd.md"];
    assert!(rpkd.contains("## 3.2 Sebaran Penduduk Miskin Menurut Kabupaten/Kota"));
    assert!(rpkd.contains("terdiri atas 4 kabupaten dan 4 kota dengan 155 kecamatan"));
    assert!(
        !rpkd.contains("| Kecamatan |"),
        "a province's tables list kabupaten/kota"
    );
    assert!(
        !rpkd.contains("angka Provinsi"),
        "a province is not compared with a province"
    );
    assert!(rpkd.contains("angka nasional"));
    assert!(rpkd.contains("Jawa Barat"), "other provinces are compared");
    assert!(rpkd.contains("beserta 4 unit pelaksana di bawahnya (2 UPTD dan 2 RSUD)"));
    for text in province.values().chain(kab.values()).chain(kota.values()) {
        assert!(!text.contains("[Nama"), "a placeholder in a document");
    }
    // Narrative headings sit under their chapter; footnotes print as numbers and notes.
    assert!(rpkd_kab_has(&kab["rpkd.md"], "### Capaian dan Tantangan"));
    assert!(rpkd_kab_has(&kab["rpkd.md"], "#### Arah Penyusunan"));
    assert!(
        !kab["rpkd.md"].contains("\n# Capaian"),
        "a narrative `#` is not a chapter"
    );
    assert!(kab["rpkd.md"].contains("pada tahun 2024¹."));
    assert!(kab["rpkd.md"].contains("\n¹ Badan Pusat Statistik"));
    assert!(!kab["rpkd.md"].contains("[^bps]"));
    assert!(province["rpkd.md"].contains("Sebagai pembanding, pada tahun yang sama angka Jawa Barat sebesar 7,02 persen dan DKI Jakarta sebesar 4,28 persen."));
    // The theme, on the cover and in BAB I.
    assert!(
        kab["rpkd.md"]
            .matches("Gerbang Raharja Bebas Kemiskinan Ekstrem")
            .count()
            >= 2
    );
    // Each RAT cites the Perkada that enacted its RPKD.
    assert!(kab["rat-2025.md"].contains("Peraturan Bupati Tangerang Nomor 112 Tahun 2025"));
    assert!(province["rat-2025.md"].contains("Peraturan Gubernur Banten Nomor 58 Tahun 2025"));
}

fn rpkd_kab_has(text: &str, line: &str) -> bool {
    text.lines().any(|l| l == line)
}

/// Unescaped `|` in a Markdown table line.
fn pipes(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

/// Whether a table cell holds only a figure (a count, an amount, a share), or nothing.
fn is_figure(cell: &str) -> bool {
    cell.trim_matches('*')
        .trim_start_matches("Rp")
        .chars()
        .all(|c| c.is_ascii_digit() || ".,%–- ".contains(c))
}

#[test]
fn every_table_of_every_example_document_is_whole_and_tells_its_rows_apart() {
    for plan in PLANS {
        for (name, text) in markdown(Path::new(plan)) {
            let lines: Vec<&str> = text.lines().collect();
            let mut i = 0;
            while i < lines.len() {
                if lines[i].starts_with('|') {
                    let header = pipes(lines[i]);
                    assert!(
                        lines
                            .get(i + 1)
                            .is_some_and(|l| l.starts_with("|-") || l.starts_with("|:")),
                        "{plan} {name}:{}: a table without a separator row",
                        i + 1
                    );
                    // Numbered rows by their words (the cells that are not figures, after the
                    // number): two that read the same are two lines a reader cannot tell
                    // apart, as one sub kegiatan of several executors printed without them.
                    let mut rows: Vec<Vec<&str>> = Vec::new();
                    while i < lines.len() && lines[i].starts_with('|') {
                        assert_eq!(
                            pipes(lines[i]),
                            header,
                            "{plan} {name}:{}: {}",
                            i + 1,
                            lines[i]
                        );
                        let mut cells = lines[i].split('|').skip(1);
                        if cells
                            .next()
                            .is_some_and(|number| number.trim().parse::<u32>().is_ok())
                        {
                            let words: Vec<&str> =
                                cells.map(str::trim).filter(|c| !is_figure(c)).collect();
                            assert!(
                                words.is_empty() || !rows.contains(&words),
                                "{plan} {name}:{}: a row that reads like an earlier one: {}",
                                i + 1,
                                lines[i]
                            );
                            rows.push(words);
                        }
                        i += 1;
                    }
                }
                i += 1;
            }
        }
    }
}

mod common;

#[test]
fn the_legal_basis_is_in_official_order_and_cites_only_what_applies() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    common::copy_dir(Path::new("tests/fixtures/base"), &plan);
    let root = plan.join("rpkd.yaml");
    let text = fs::read_to_string(&root).unwrap();
    // A plan signed in 2023, before Inpres 8/2025, with its own entries in no particular order.
    let text = text.replace("  tanggal: 2025-07-14\n", "  tanggal: 2023-07-14\n").replace(
        "pilar:\n",
        "dasar_hukum:\n  - Peraturan Wali Kota Contoh Nomor 5 Tahun 2022 tentang Bedah Rumah\n  - Peraturan Daerah Kota Contoh Nomor 2 Tahun 2021 tentang RPJMD\n  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (sebagaimana dikutip daerah)\n  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah\npilar:\n",
    );
    fs::write(&root, text).unwrap();
    let docs = markdown(&plan);
    let rpkd = &docs["rpkd.md"];
    let basis: Vec<&str> = rpkd
        .lines()
        .skip_while(|l| !l.starts_with("## 1.2 Dasar Hukum"))
        .take_while(|l| !l.starts_with("## 1.3"))
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    let kinds: Vec<&str> = basis
        .iter()
        .map(|l| l.split_once(". ").unwrap().1)
        .map(|l| l.split(" Nomor").next().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "Undang-Undang",
            "Undang-Undang",
            "Peraturan Pemerintah",
            "Peraturan Presiden",
            "Instruksi Presiden",
            "Peraturan Menteri Dalam Negeri",
            "Peraturan Menteri Dalam Negeri",
            "Peraturan Daerah Kota Contoh",
            "Peraturan Wali Kota Contoh",
        ],
        "{basis:#?}"
    );
    // A nomenclature update written by its short name is cited with Permendagri 90/2019.
    assert!(basis[5].ends_with("ditetapkan dengan Kepmendagri 900.1.15.5-3406/2024;"));
    assert!(rpkd.contains("Instruksi Presiden Nomor 4 Tahun 2022"));
    assert!(
        !rpkd.contains("Nomor 8 Tahun 2025"),
        "Inpres 8/2025 after the plan was signed"
    );
    // The plan's own citation of UU 23/2014 replaces the built-in one.
    assert!(rpkd.contains("(sebagaimana dikutip daerah)"));
    assert_eq!(rpkd.matches("Undang-Undang Nomor 23 Tahun 2014").count(), 1);
}
