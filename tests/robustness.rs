//! Hostile and large input: no panic on any mutation of a valid plan, and a legitimate
//! province-sized plan (5 MB) loads within the parser budget.

mod common;
use common::copy_dir;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Characters that matter to YAML and to our decoder.
const NOISE: &[&str] = &[
    ":",
    "-",
    " ",
    "\n",
    "\t",
    "[",
    "]",
    "{",
    "}",
    "&a",
    "*a",
    "!!str",
    "\"",
    "'",
    "#",
    "~",
    "|",
    ">",
    "-1",
    "1e999",
    "99999999999999999999999",
    "0x1F",
    "é",
    "\u{feff}",
    "2025",
    ",",
    "%",
];

/// Markdown that planners write, and that hostile ones write: links, raw HTML, directives.
const MARKDOWN_NOISE: &[&str] = &[
    "[a](javascript:alert(1))",
    "[b](javascript&#58;x)",
    "[c](javascript\\:x)",
    "<i>x</i>",
    "<script>alert(1)</script>",
    "\n<!-- rpkd:chart kemiskinan -->\n",
    "\n<!-- rpkd:pagebreak -->\n",
    "\n```\n",
    "\n> > > kutipan\n",
    "[r]\n\n[r]: javascript:x\n",
    "<javascript:alert(1)>",
    "![gambar](data:image/png;base64,AAAA)",
    "\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "é",
    "**",
    "\\",
];

#[test]
fn no_mutation_of_a_valid_plan_panics_and_every_one_that_passes_renders() {
    let files = [
        "rpkd.yaml",
        "program/dinsos.yaml",
        "program/perkim.yaml",
        "rat/2025.yaml",
        "narasi/latar-belakang.md",
    ];
    let base = rpkd::load::Memory::from_dir(Path::new("tests/fixtures/base")).unwrap();
    let originals: Vec<String> = files
        .iter()
        .map(|f| String::from_utf8(base.get(Path::new(f)).unwrap().to_vec()).unwrap())
        .collect();
    let mut rng = Rng(0x5eed_1234_abcd_9876);
    let (mut with_errors, mut rendered) = (0, 0);
    for round in 0..400 {
        let which = rng.below(files.len());
        let noise = if files[which].ends_with(".md") {
            MARKDOWN_NOISE
        } else {
            NOISE
        };
        let mut text = originals[which].clone();
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, noise[rng.below(noise.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(12)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => {
                    // Swap two lines: breaks structure while keeping valid pieces.
                    let lines: Vec<&str> = text.lines().collect();
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    let mut lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    lines.swap(a, b);
                    text = lines.join("\n");
                }
            }
        }
        let mut plan = base.clone();
        plan.insert(files[which], text.as_bytes());
        let checked = rpkd::check_files(&plan, rpkd::load::Limits::default())
            .unwrap_or_else(|e| panic!("round {round}: check failed around the files: {e}"));
        // Every diagnostic renders in every format without panicking.
        let batch = [(&checked.sources, checked.diagnostics.as_slice())];
        for format in [
            rpkd::diag::render::Format::Human,
            rpkd::diag::render::Format::Json,
            rpkd::diag::render::Format::Github,
            rpkd::diag::render::Format::Sarif,
            rpkd::diag::render::Format::Gitlab,
        ] {
            for lang in rpkd::i18n::Lang::ALL {
                rpkd::diag::render::render(format, lang, &batch, false);
            }
        }
        if checked.errors() > 0 {
            with_errors += 1;
            continue;
        }
        // `check` passing means `build` succeeds: every such plan renders in every format.
        let formats = [
            rpkd::render::OutputFormat::Markdown,
            rpkd::render::OutputFormat::Html,
            rpkd::render::OutputFormat::Pdf,
        ];
        if let Err(e) = rpkd::render_plan(&checked, &formats, None) {
            panic!(
                "round {round}: `{}` passed check but did not render ({e}):\n{text}",
                files[which]
            );
        }
        rendered += 1;
    }
    // The mutations must actually break things most of the time, or this test proves nothing;
    // and enough of them must pass to exercise the renderers.
    assert!(
        with_errors > 150,
        "only {with_errors} of 400 mutations were reported"
    );
    assert!(rendered > 40, "only {rendered} of 400 mutations rendered");
}

#[test]
fn a_province_sized_plan_of_five_megabytes_loads() {
    let temp = tempfile::tempdir().unwrap();
    let plan = temp.path().join("plan");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    fs::remove_file(plan.join("rat/2025.yaml")).unwrap();
    let mut text = String::from("program:\n");
    let mut subs = 0;
    for p in 0..140 {
        let code = format!("1.{:02}.{:02}", 1 + p / 90, 2 + p % 90);
        writeln!(
            text,
            "  - kode: \"{code}\"\n    nama: Program {p} penanggulangan kemiskinan daerah\n    strategi: S{}\n    perangkat_daerah: DINSOS\n    indikator:\n      - nama: Capaian program {p}\n        satuan: persen\n        kondisi_awal: {{nilai: 40, tahun: 2024}}\n        target: {{2025: 45, 2026: 50, 2027: 55, 2028: 60, 2029: 65}}\n    kegiatan:",
            1 + p % 3
        )
        .unwrap();
        for k in 0..2 {
            writeln!(text, "      - kode: \"{code}.2.{:02}\"\n        nama: Kegiatan {k} dari program {p}\n        sub_kegiatan:", k + 1).unwrap();
            for s in 0..5 {
                subs += 1;
                writeln!(
                    text,
                    "          - kode: \"{code}.2.{:02}.{:04}\"\n            nama: Sub kegiatan {s} untuk keluarga miskin dan rentan di seluruh kecamatan\n            intervensi: langsung\n            tag: [kemiskinan, kemiskinan_ekstrem]\n            indikator:\n              - nama: Keluarga penerima manfaat sub kegiatan {s}\n                satuan: KK\n                kondisi_awal: {{nilai: 1000, tahun: 2024}}\n                target: {{2025: 1100, 2026: 1200, 2027: 1300, 2028: 1400, 2029: 1500}}\n            pagu:\n              apbd: {{2025: 1500000000, 2026: 1600000000, 2027: 1700000000, 2028: 1800000000, 2029: 1900000000}}\n              apbn: {{2025: 500000000, 2026: 500000000, 2027: 500000000, 2028: 500000000, 2029: 500000000}}\n            lokasi: [Ciledug, Ciledug/Sudimara Barat, Karawaci/Nusajaya]\n            sasaran: {{jumlah: 1500, satuan: KK}}\n            keterangan: Dilaksanakan bersama pemerintah kelurahan dan TKSK",
                    k + 1,
                    s + 1
                )
                .unwrap();
            }
        }
    }
    // Four program files of about 1.3 MB each: a province with 5,600 sub kegiatan. Each file
    // gets its own urusan digit and bidang range, so codes stay unique across files.
    for i in 0..4 {
        let file = text
            .replace(
                "kode: \"1.0",
                &format!("kode: \"{}.{}", 1 + i % 3, i / 3 + 1),
            )
            .replace("Program ", &format!("Program {i}-"));
        fs::write(plan.join(format!("program/besar-{i}.yaml")), file).unwrap();
    }
    let size: u64 = fs::read_dir(plan.join("program"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(size > 5_000_000, "only {size} bytes");

    let checked = rpkd::check(&plan).unwrap();
    assert!(
        checked.plan.lines().count() >= 4 * subs,
        "{}",
        checked.plan.lines().count()
    );
    let batch = [(&checked.sources, checked.diagnostics.as_slice())];
    let report = rpkd::diag::render::render(
        rpkd::diag::render::Format::Short,
        rpkd::i18n::Lang::En,
        &batch,
        false,
    );
    assert!(
        checked.diagnostics.is_empty(),
        "{}",
        &report[..report.len().min(2000)]
    );
}
