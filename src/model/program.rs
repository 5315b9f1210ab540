//! Programs → kegiatan → sub kegiatan, the lines of the RPKD matrix. Kept in `program/*.yaml`,
//! usually one file per agency.

use super::keywords::{Direction, FundingSource, Intervention};
use super::scalar::{Items, NomenclatureCode, Rupiah, Year, YearMap};
use crate::load::decode::{Cx, Decode};
use crate::load::yaml::Node;
use crate::record;
use crate::source::{Span, Spanned};

record! {
    /// A file under `program/`.
    "program file" pub struct ProgramFile {
        programs: Vec<Program> = "program" : "Program dalam berkas ini, dalam urutan matriks \
            program; berkas di folder `program/` dibaca menurut urutan namanya. Rencana secara \
            keseluruhan perlu sedikitnya satu program (E023).",
    }
}

record! {
    /// A program (`U.BB.PP`), under one region strategy and one agency.
    "program" pub struct Program {
        code: Spanned<NomenclatureCode> = "kode" : "Kode program `U.BB.PP` menurut Permendagri \
            90/2019 dan `versi_nomenklatur`, dalam tanda kutip, misalnya `\"1.06.05\"` (E016). \
            Unik di seluruh rencana (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama program sesuai nomenklatur, misalnya `Program \
            Perlindungan dan Jaminan Sosial`. Wajib.",
        /// The region strategy, by id; kegiatan and sub kegiatan inherit it.
        strategy: Spanned<String> = "strategi" : "Kode strategi daerah di `rpkd.yaml`, misalnya \
            `S1` (E011). Diwariskan ke kegiatan dan sub kegiatannya, kecuali yang menuliskan \
            `strategi` sendiri. Wajib.",
        /// The responsible agency, by id; kegiatan and sub kegiatan inherit it.
        agency: Spanned<String> = "perangkat_daerah" : "Kode perangkat daerah penanggung jawab di \
            `rpkd.yaml`, misalnya `DINSOS` (E011). Diwariskan ke kegiatan dan sub kegiatannya, \
            kecuali yang menuliskan `perangkat_daerah` sendiri. Wajib.",
        /// Outcome indicators; a program needs at least one.
        indicators: Items<Indicator> = "indikator" : "Indikator hasil (outcome) program. Wajib, \
            sedikitnya satu (E021).",
        activities: Vec<Kegiatan> = "kegiatan" : "Kegiatan dalam program ini.",
    }
}

record! {
    /// A kegiatan (`U.BB.PP.L.KK`).
    "kegiatan" pub struct Kegiatan {
        code: Spanned<NomenclatureCode> = "kode" : "Kode kegiatan `U.BB.PP.L.KK`, dalam tanda \
            kutip, lanjutan kode programnya (E016, E017), misalnya `\"1.06.05.2.02\"`. `L` adalah \
            digit tingkat daerah: `1` untuk provinsi, `2` untuk kabupaten dan kota (E018). Unik di \
            seluruh rencana (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama kegiatan sesuai nomenklatur. Wajib.",
        /// Overrides the program's strategy for this kegiatan.
        strategy: Option<Spanned<String>> = "strategi" : "Kode strategi daerah yang menggantikan \
            strategi program untuk kegiatan ini dan sub kegiatannya, misalnya `S2` (E011). \
            Opsional: tanpa isian, strategi program diwariskan.",
        /// Overrides the program's agency for this kegiatan.
        agency: Option<Spanned<String>> = "perangkat_daerah" : "Kode perangkat daerah yang \
            menggantikan perangkat daerah program untuk kegiatan ini dan sub kegiatannya, misalnya \
            `DISPERKIM` (E011). Opsional: tanpa isian, perangkat daerah program diwariskan.",
        indicators: Items<Indicator> = "indikator" : "Indikator kegiatan. Opsional.",
        sub_activities: Vec<SubKegiatan> = "sub_kegiatan" : "Sub kegiatan dalam kegiatan ini: \
            baris-baris matriks program.",
    }
}

record! {
    /// A sub kegiatan (`U.BB.PP.L.KK.SSSS`): one line of the program matrix, with budget.
    "sub kegiatan" pub struct SubKegiatan {
        code: Spanned<NomenclatureCode> = "kode" : "Kode sub kegiatan `U.BB.PP.L.KK.SSSS`, dalam \
            tanda kutip, lanjutan kode kegiatannya (E016, E017), misalnya `\"1.06.05.2.02.0006\"`. \
            Unik di seluruh rencana (E010); baris RAT merujuk sub kegiatan dengan kode ini. Wajib.",
        name: Spanned<String> = "nama" : "Nama sub kegiatan sesuai nomenklatur; nama program \
            daerah boleh menyusul dalam kurung, misalnya `Perbaikan Rumah Tidak Layak Huni (Bedah \
            Rumah)`. Wajib.",
        /// Overrides the strategy inherited from the kegiatan or program.
        strategy: Option<Spanned<String>> = "strategi" : "Kode strategi daerah yang menggantikan \
            strategi yang diwarisi dari kegiatan atau program, misalnya `S2` (E011). Strategi \
            nasional baris ini mengikuti strategi daerah yang berlaku. Opsional.",
        /// Overrides the agency inherited from the kegiatan or program.
        agency: Option<Spanned<String>> = "perangkat_daerah" : "Kode perangkat daerah yang \
            menggantikan perangkat daerah yang diwarisi dari kegiatan atau program, misalnya \
            `DISPERKIM` (E011). Opsional.",
        /// `langsung`, `tidak_langsung` or `penunjang`.
        intervention: Spanned<Intervention> = "intervensi" : "Sifat intervensi: `langsung` \
            (menjangkau rumah tangga miskin secara langsung: bantuan, layanan, perbaikan rumah), \
            `tidak_langsung` (memberi manfaat melalui layanan yang lebih luas) atau `penunjang` \
            (data, koordinasi, pemantauan). Wajib.",
        /// What the line counts toward in budget tagging: ids of the plan's tag categories.
        tags: Vec<Spanned<String>> = "tag" : "Penandaan anggaran: kode kategori di `penandaan` \
            rpkd.yaml, atau tanpa `penandaan` kategori bawaan `kemiskinan` dan \
            `kemiskinan_ekstrem`, misalnya `[kemiskinan, kemiskinan_ekstrem]` (E006). Opsional.",
        /// Output indicators; a sub kegiatan needs at least one.
        indicators: Items<Indicator> = "indikator" : "Indikator keluaran (output) sub kegiatan; \
            satuan indikator pertama adalah satuan `target` baris ini di RAT. Wajib, sedikitnya \
            satu (E021).",
        /// Indicative ceiling (*pagu indikatif*) per funding source and year, when one agency or
        /// unit carries the line out.
        ceilings: Option<Ceilings> = "pagu" : "Pagu indikatif per sumber dana (`apbd`, \
            `apbd_provinsi`, `bantuan_keuangan_provinsi`, `apbd_kabupaten_kota`, `apbn`, \
            `dak_fisik`, `dak_nonfisik`, `apbn_kl`, `dana_desa`, `apbdes`, `hibah`, `csr`, \
            `baznas`, `lainnya`), lalu per tahun, dalam rupiah utuh: `{apbd: {2025: 1500000000, \
            2026: 1600000000}}`. Setiap tahun periode perlu jumlah pada sedikitnya satu sumber \
            (E013; tulis `0` bila tanpa anggaran), dan tidak ada tahun di luar periode (E014). \
            Wajib, kecuali sub kegiatan ini dilaksanakan beberapa unit: tulis `pelaksana` sebagai \
            gantinya (E048).",
        /// The agencies or units that carry the line out, each with its own ceiling.
        executors: Vec<Executor> = "pelaksana" : "Pelaksana sub kegiatan yang dikerjakan \
            beberapa unit (UPTD, RSUD, Puskesmas) dari perangkat daerah penanggung jawabnya, \
            masing-masing dengan `perangkat_daerah` (kode perangkat daerah atau unitnya) dan \
            `pagu` sendiri, serta `lokasi`, `sasaran` dan `keterangan` bila perlu. Pagu sub \
            kegiatan adalah jumlah pagu pelaksananya. Ditulis sebagai pengganti `pagu` (E048). \
            Opsional.",
        /// Priority locations: `Kecamatan` or `Kecamatan/Kelurahan`; none means the whole region.
        locations: Vec<Spanned<String>> = "lokasi" : "Lokasi prioritas, persis seperti di \
            `wilayah` rpkd.yaml: `Kecamatan` atau `Kecamatan/Kelurahan`, misalnya `[Periuk, \
            Neglasari/Kedaung Wetan]` (E011). Tanpa `lokasi` berarti seluruh wilayah. Opsional.",
        beneficiaries: Option<Beneficiaries> = "sasaran" : "Penerima manfaat sub kegiatan: jumlah \
            dan satuannya, misalnya `{jumlah: 5400, satuan: rumah}`. Opsional.",
        notes: Option<Spanned<String>> = "keterangan" : "Catatan, dicetak di kolom keterangan \
            matriks program, misalnya `Bantuan stimulan Rp25.000.000 per rumah`. Opsional.",
    }
}

record! {
    /// One agency or unit carrying out part of a sub kegiatan, with its own ceiling.
    "executor" pub struct Executor {
        /// The agency or unit, by id.
        agency: Spanned<String> = "perangkat_daerah" : "Kode perangkat daerah penanggung jawab \
            sub kegiatan atau salah satu unitnya, misalnya `RSUD-BALARAJA` (E011, E049). Unik \
            dalam sub kegiatannya (E010). Wajib.",
        ceilings: Ceilings = "pagu" : "Pagu indikatif pelaksana ini per sumber dana dan tahun, \
            seperti `pagu` sub kegiatan. Wajib.",
        locations: Vec<Spanned<String>> = "lokasi" : "Lokasi pelaksana ini, seperti `lokasi` sub \
            kegiatan. Opsional.",
        beneficiaries: Option<Beneficiaries> = "sasaran" : "Penerima manfaat yang dijangkau \
            pelaksana ini. Opsional.",
        notes: Option<Spanned<String>> = "keterangan" : "Catatan. Opsional.",
    }
}

/// The share of a sub kegiatan one budget holder carries: the whole line (its own `pagu`) or
/// one executor.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// `None` for a line with its own `pagu`, carried out by the agency in force.
    pub executor: Option<&'a Executor>,
    pub ceilings: &'a Ceilings,
}

impl SubKegiatan {
    /// The budget holders of the line: one part for a line with `pagu`, one per executor
    /// otherwise. (A line with both is an error, E048; its `pagu` then stands alone.)
    pub fn parts(&self) -> Vec<Part<'_>> {
        match &self.ceilings {
            Some(ceilings) => vec![Part {
                executor: None,
                ceilings,
            }],
            None => self
                .executors
                .iter()
                .map(|e| Part {
                    executor: Some(e),
                    ceilings: &e.ceilings,
                })
                .collect(),
        }
    }

    /// The line's ceiling in one year, every part and source together.
    pub fn ceiling_total(&self, year: Year) -> Rupiah {
        self.parts().iter().map(|p| p.ceilings.total(year)).sum()
    }

    /// Whether no amount of any part for `year` failed to decode.
    pub fn ceiling_valid(&self, year: Year) -> bool {
        self.parts().iter().all(|p| p.ceilings.is_valid(year))
    }

    /// Every funding source any part lists.
    pub fn sources(&self) -> Vec<FundingSource> {
        let mut list: Vec<FundingSource> = self
            .parts()
            .iter()
            .flat_map(|p| p.ceilings.sources.iter().map(|(s, _)| s.value))
            .collect();
        list.sort();
        list.dedup();
        list
    }

    /// Where the line's ceiling is written, for pointing at it.
    pub fn ceilings_span(&self) -> Span {
        match (&self.ceilings, self.executors.first()) {
            (Some(c), _) => c.span,
            (None, Some(e)) => e.span,
            (None, None) => self.span,
        }
    }
}

record! {
    /// A performance indicator with baseline and yearly targets.
    "indicator" pub struct Indicator {
        name: Spanned<String> = "nama" : "Rumusan indikator seperti dicetak, misalnya `Persentase \
            rumah tangga yang menempati rumah layak huni`. Wajib.",
        /// Unit as printed: `persen`, `KK`, `unit`, `orang`, …
        unit: Spanned<String> = "satuan" : "Satuan seperti dicetak: `persen`, `KK`, `jiwa`, \
            `orang`, `rumah`, `unit`, dan sebagainya. Nilai indikator dalam `persen` (atau `%`) \
            berada antara 0 dan 100, yang lain tidak negatif (E020). Wajib.",
        baseline: Baseline = "kondisi_awal" : "Kondisi awal: nilai terakhir yang diketahui sebelum \
            periode, misalnya `{nilai: 96.1, tahun: 2024}`. Wajib.",
        /// A target for each year of the period.
        targets: YearMap<f64> = "target" : "Target untuk setiap tahun periode, tidak lebih dan \
            tidak kurang (E013, E014), misalnya `{2025: 96.6, 2026: 97.1, 2027: 97.6, 2028: 98.1, \
            2029: 98.6}`. Wajib.",
        /// Which way is progress; when given, a target moving the other way is warned about.
        direction: Option<Spanned<Direction>> = "arah" : "Arah kemajuan: `naik` atau `turun`. Bila \
            diisi, target yang bergerak ke arah sebaliknya dari tahun sebelumnya (target pertama: \
            dari kondisi awal) diperingatkan (W003). Opsional: kosongkan untuk hitungan yang \
            memang wajar menurun, misalnya jumlah penerima bantuan.",
    }
}

impl Indicator {
    /// Whether values are percentages (and so must lie between 0 and 100).
    pub fn is_percent(&self) -> bool {
        matches!(self.unit.value.trim(), "persen" | "%" | "Persen")
    }
}

record! {
    /// The starting value of an indicator.
    "baseline" pub struct Baseline {
        value: Spanned<f64> = "nilai" : "Nilai kondisi awal, dalam satuan indikator, dengan titik \
            desimal, misalnya `96.1`. Wajib.",
        year: Spanned<Year> = "tahun" : "Tahun nilai kondisi awal, lazimnya tahun sebelum periode, \
            misalnya `2024` (W007 bila sesudah tahun awal periode). Wajib.",
    }
}

record! {
    /// Who a line reaches.
    "beneficiaries" pub struct Beneficiaries {
        count: Spanned<u64> = "jumlah" : "Jumlah penerima manfaat, bilangan bulat, misalnya \
            `5400`. Wajib.",
        /// `jiwa`, `KK`, `rumah`, `unit`, `orang`, …
        unit: Spanned<String> = "satuan" : "Satuan penerima manfaat: `jiwa`, `KK`, `rumah`, \
            `unit`, `orang`, `rumah tangga`, dan sebagainya. Wajib.",
    }
}

/// The indicative ceiling of a line: per funding source, an amount per year.
///
/// ```yaml
/// pagu:
///   apbd: {2025: 1500000000, 2026: 1600000000}
///   apbn: {2025: 500000000}
/// ```
#[derive(Debug, Clone)]
pub struct Ceilings {
    pub sources: Vec<(Spanned<FundingSource>, YearMap<Rupiah>)>,
    /// Whether a source failed to decode (already reported): the ceiling is then not whole, and
    /// nothing is judged against it.
    pub lost: bool,
    pub span: Span,
}

impl Ceilings {
    /// The line's ceiling in one year, all sources together.
    pub fn total(&self, year: Year) -> Rupiah {
        self.sources
            .iter()
            .filter_map(|(_, years)| years.get(year).copied())
            .sum()
    }

    /// Whether no source's amount for `year` failed to decode, so [`Ceilings::total`] is whole.
    pub fn is_valid(&self, year: Year) -> bool {
        !self.lost
            && self
                .sources
                .iter()
                .all(|(_, years)| !years.invalid_years.contains(&year))
    }

    /// Whether any source gives (or tried to give) a ceiling for `year`.
    pub fn has_year(&self, year: Year) -> bool {
        self.sources.iter().any(|(_, years)| years.has_year(year))
    }

    /// One source's ceiling in `year`.
    pub fn of_source(&self, source: FundingSource, year: Year) -> Rupiah {
        self.sources
            .iter()
            .filter(|(s, _)| s.value == source)
            .filter_map(|(_, years)| years.get(year).copied())
            .sum()
    }
}

impl Decode for Ceilings {
    const EXPECTED: &'static str =
        "a mapping from funding source to yearly amounts, e.g. `{apbd: {2025: 1500000000}}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let entries = cx.entries(node, Self::EXPECTED)?;
        let mut sources = Vec::with_capacity(entries.len());
        let mut lost = false;
        for entry in entries {
            let source = Spanned::<FundingSource>::decode(entry.key, cx);
            let years = YearMap::<Rupiah>::decode(entry.value, cx);
            match (source, years) {
                (Some(source), Some(years)) => sources.push((source, years)),
                _ => lost = true,
            }
        }
        Some(Ceilings {
            sources,
            lost,
            span: node.span,
        })
    }
}

impl crate::schema::Schema for Ceilings {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        let years = <YearMap<Rupiah> as crate::schema::Schema>::schema(defs);
        let mut properties = serde_json::Map::new();
        for source in FundingSource::ALL {
            properties.insert(source.key().into(), years.clone());
        }
        serde_json::json!({
            "description": "Pagu indikatif per sumber dana, lalu per tahun, dalam rupiah utuh: `{apbd: {2025: 1500000000}}`.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
        })
    }
}
