//! Synthetic plans in the real plan format, at the three scales the team compares tools on
//! (`../shared/bench/gen_markdown.py`): deterministic (same scale, same bytes), and each passes
//! `rpkd check` with no error.
//!
//! `cargo run --release --example synth -- --scale small|medium|large --out DIR`

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

struct Scale {
    name: &'static str,
    seed: u64,
    province: bool,
    region: &'static str,
    pillars: usize,
    strategies: usize,
    programs: usize,
    subs: usize,
    agencies: usize,
    districts: usize,
}

const SCALES: [Scale; 3] = [
    Scale {
        name: "small",
        seed: 1101,
        province: false,
        region: "Sukamakmur",
        pillars: 4,
        strategies: 8,
        programs: 40,
        subs: 200,
        agencies: 18,
        districts: 12,
    },
    Scale {
        name: "medium",
        seed: 2202,
        province: true,
        region: "Nusa Sejahtera",
        pillars: 4,
        strategies: 12,
        programs: 300,
        subs: 2000,
        agencies: 30,
        districts: 35,
    },
    Scale {
        name: "large",
        seed: 3303,
        province: true,
        region: "Nusantara Raya",
        pillars: 5,
        strategies: 20,
        programs: 900,
        subs: 4200,
        agencies: 55,
        districts: 38,
    },
];

const YEARS: [u16; 5] = [2025, 2026, 2027, 2028, 2029];
const NATIONAL: [&str; 3] = [
    "pengurangan_beban",
    "peningkatan_pendapatan",
    "penurunan_kantong_kemiskinan",
];
const SOURCES: [&str; 5] = ["apbd", "apbn", "csr", "baznas", "dana_desa"];
const AGENCY: [&str; 11] = [
    "Dinas Sosial",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Tenaga Kerja",
    "Dinas Koperasi dan UKM",
    "Dinas Pekerjaan Umum",
    "Dinas Perhubungan",
    "Dinas Ketahanan Pangan",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Badan Perencanaan Pembangunan Daerah",
];
const THINGS: [&str; 12] = [
    "bantuan sosial bagi keluarga miskin",
    "layanan kesehatan keluarga rentan",
    "beasiswa siswa miskin",
    "perbaikan rumah tidak layak huni",
    "pelatihan kerja pencari kerja",
    "pendampingan usaha mikro",
    "sanitasi dan air minum permukiman",
    "angkutan umum gratis",
    "bantuan pangan keluarga rawan",
    "pemberdayaan masyarakat desa",
    "pemutakhiran data sosial ekonomi",
    "akses permodalan usaha",
];
const UNITS: [&str; 5] = ["KK", "orang", "rumah", "unit", "jiwa"];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let Some(scale) = value("--scale").and_then(|s| SCALES.into_iter().find(|x| x.name == s))
    else {
        eprintln!("usage: synth --scale small|medium|large --out DIR");
        std::process::exit(2);
    };
    let out = PathBuf::from(value("--out").unwrap_or_else(|| format!("synth-{}", scale.name)));
    if let Err(e) = write(&scale, &out) {
        eprintln!("error: failed to write `{}` ({e})", out.display());
        std::process::exit(1);
    }
    eprintln!(
        "wrote {} ({} programs, {} sub kegiatan)",
        out.display(),
        scale.programs,
        scale.subs
    );
}

fn write(s: &Scale, out: &Path) -> std::io::Result<()> {
    let mut rng = Rng(s.seed);
    fs::create_dir_all(out.join("program"))?;
    fs::create_dir_all(out.join("rat"))?;
    let level = if s.province { "1" } else { "2" };

    // Districts and their villages; a province's territory is its kabupaten and kota instead.
    let districts: Vec<(String, Vec<String>)> = (0..s.districts)
        .map(|d| {
            (
                if s.province {
                    format!("{} Wilayah {:02}", ["Kabupaten", "Kota"][d % 2], d + 1)
                } else {
                    format!("Kecamatan {:02}", d + 1)
                },
                (0..8)
                    .map(|v| format!("Desa {:02}-{}", d + 1, v + 1))
                    .collect(),
            )
        })
        .collect();

    // Programs → kegiatan → sub kegiatan, spread over agencies; every strategy gets programs.
    let mut files: Vec<String> = vec![String::from("program:\n"); s.agencies];
    let mut subs: Vec<(String, u64, &'static str)> = Vec::new();
    let per_program = |p: usize| s.subs / s.programs + usize::from(p < s.subs % s.programs);
    for p in 0..s.programs {
        let agency = p % s.agencies;
        let strategy = p % s.strategies + 1;
        let code = format!(
            "{}.{:02}.{:02}",
            1 + p / 900 % 3,
            1 + p / 90 % 10,
            2 + p % 90
        );
        let thing = THINGS[rng.below(THINGS.len())];
        let f = &mut files[agency];
        let _ = write!(
            f,
            "  - kode: \"{code}\"\n    nama: Program {thing} {p}\n    strategi: S{strategy}\n    perangkat_daerah: OPD{agency:02}\n    indikator:\n      - nama: Persentase capaian {thing}\n        satuan: persen\n        kondisi_awal: {{nilai: 50, tahun: 2024}}\n        target: {{2025: 55, 2026: 60, 2027: 65, 2028: 70, 2029: 75}}\n        arah: naik\n    kegiatan:\n"
        );
        let n = per_program(p);
        let kegiatan = n.div_ceil(4).max(1);
        let mut made = 0;
        for k in 0..kegiatan {
            let _ = write!(
                f,
                "      - kode: \"{code}.{level}.{:02}\"\n        nama: Kegiatan {thing} tahap {}\n        sub_kegiatan:\n",
                k + 1,
                k + 1
            );
            let here = (n - made).min(4);
            for j in 0..here {
                let sub = format!("{code}.{level}.{:02}.{:04}", k + 1, j + 1);
                let unit = UNITS[rng.below(UNITS.len())];
                let base = 100 + rng.below(5000) as u64;
                let amount = (1 + rng.below(200) as u64) * 50_000_000;
                let source = SOURCES[rng.below(3)];
                let (d, v) = (rng.below(districts.len()), rng.below(8));
                let _ = write!(
                    f,
                    "          - kode: \"{sub}\"\n            nama: Penyediaan {thing} paket {}\n            intervensi: {}\n            tag: [kemiskinan{}]\n            indikator:\n              - nama: Jumlah penerima {thing}\n                satuan: {unit}\n                kondisi_awal: {{nilai: {base}, tahun: 2024}}\n                target: {{{}}}\n            pagu:\n              {source}: {{{}}}\n            lokasi: [{}]\n            sasaran: {{jumlah: {}, satuan: {unit}}}\n",
                    j + 1,
                    ["langsung", "tidak_langsung", "penunjang"][rng.below(3)],
                    if rng.below(3) == 0 {
                        ", kemiskinan_ekstrem"
                    } else {
                        ""
                    },
                    YEARS
                        .iter()
                        .enumerate()
                        .map(|(i, y)| format!("{y}: {}", base + 10 * (i as u64 + 1)))
                        .collect::<Vec<_>>()
                        .join(", "),
                    YEARS
                        .iter()
                        .map(|y| format!("{y}: {amount}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if s.province {
                        districts[d].0.clone()
                    } else {
                        format!(
                            "{}, {}/{}",
                            districts[d].0, districts[d].0, districts[d].1[v]
                        )
                    },
                    base + 50,
                );
                subs.push((sub, amount, source));
            }
            made += here;
        }
    }
    for (i, text) in files.iter().enumerate() {
        if text.len() > "program:\n".len() {
            fs::write(out.join(format!("program/opd{i:02}.yaml")), text)?;
        }
    }

    // The root file.
    let mut root = String::new();
    let kind = if s.province { "provinsi" } else { "kota" };
    let head = if s.province { "Gubernur" } else { "Wali Kota" };
    let _ = write!(
        root,
        "# Rencana sintetis skala {}: dibuat oleh examples/synth.rs.\ndaerah:\n  nama: {}\n  jenis: {kind}\n  kode: \"99\"\nperiode: {{mulai: 2025, selesai: 2029}}\nversi_nomenklatur: Kepmendagri 900.1.15.5-3406/2024\ntkpk:\n  ketua: {{nama: Ketua TKPK, jabatan: Wakil {head}}}\n  sekretaris: {{nama: Sekretaris TKPK, jabatan: Kepala Bappeda}}\npenandatangan: {{jabatan: {head} {}, nama: Kepala Daerah, tempat: Ibu Kota, tanggal: 2025-07-14}}\npilar:\n",
        s.name, s.region, s.region
    );
    for p in 0..s.pillars {
        let _ = writeln!(
            root,
            "  - {{id: P{}, nama: Pilar penanggulangan kemiskinan {}}}",
            p + 1,
            p + 1
        );
    }
    root.push_str("strategi:\n");
    for st in 0..s.strategies {
        let _ = writeln!(
            root,
            "  - {{id: S{}, pilar: P{}, strategi_nasional: {}, nama: Strategi daerah {}, arah_kebijakan: [Perluasan jangkauan program {}]}}",
            st + 1,
            st % s.pillars + 1,
            NATIONAL[st % 3],
            st + 1,
            st + 1
        );
    }
    root.push_str("perangkat_daerah:\n");
    for a in 0..s.agencies {
        let _ = writeln!(
            root,
            "  - {{id: OPD{a:02}, nama: {} {}}}",
            AGENCY[a % AGENCY.len()],
            a / AGENCY.len() + 1
        );
    }
    root.push_str("wilayah:\n");
    for (d, villages) in &districts {
        if s.province {
            let (kind, name) = d.split_once(' ').unwrap_or(("Kabupaten", d));
            let _ = writeln!(root, "  - {}: {name}", kind.to_lowercase());
        } else {
            let _ = writeln!(
                root,
                "  - kecamatan: {d}\n    desa_kelurahan: [{}]",
                villages.join(", ")
            );
        }
    }
    let province = if s.province { "" } else { "provinsi: 7.5, " };
    let province2 = if s.province { "" } else { "provinsi: 7.2, " };
    let _ = write!(
        root,
        "statistik:\n  p0:\n    data:\n      - {{tahun: 2023, nilai: 7.1, {province}nasional: 9.36, sumber: BPS}}\n      - {{tahun: 2024, nilai: 6.8, {province2}nasional: 9.03, sumber: BPS}}\n    target: {{2025: 6.5, 2026: 6.2, 2027: 5.9, 2028: 5.6, 2029: 5.3}}\n  kemiskinan_ekstrem:\n    data:\n      - {{tahun: 2024, nilai: 0.9}}\n    target: {{2025: 0.5, 2026: 0, 2027: 0, 2028: 0, 2029: 0}}\nnarasi:\n  latar_belakang: Rencana sintetis untuk mengukur kinerja rpkd pada skala besar.\n",
    );
    fs::write(out.join("rpkd.yaml"), root)?;

    // One RAT per year; a sub kegiatan is funded in about three years of four.
    let p0 = [6.5, 6.2, 5.9, 5.6, 5.3];
    let extreme = [0.5, 0.0, 0.0, 0.0, 0.0];
    for (i, year) in YEARS.iter().enumerate() {
        let mut rat = format!(
            "tahun: {year}\ntarget_kemiskinan: {}\ntarget_kemiskinan_ekstrem: {}\nrencana_aksi:\n",
            p0[i], extreme[i]
        );
        for (sub, amount, source) in &subs {
            if rng.below(4) == 0 {
                continue;
            }
            let _ = write!(
                rat,
                "  - sub_kegiatan: \"{sub}\"\n    target: {}\n    alokasi: {}\n    sumber_dana: {source}\n    jenis_bantuan: {}\n",
                100 + rng.below(900),
                amount - amount / 10,
                ["tunai", "barang", "jasa", "infrastruktur"][rng.below(4)]
            );
            if *year == 2025 {
                rat.push_str("    realisasi:\n");
                for q in 1..=4 {
                    let _ = writeln!(
                        rat,
                        "      - {{triwulan: {q}, anggaran: {}, output: {}}}",
                        amount / 5,
                        20 + rng.below(200)
                    );
                }
            }
        }
        fs::write(out.join(format!("rat/{year}.yaml")), rat)?;
    }
    Ok(())
}
