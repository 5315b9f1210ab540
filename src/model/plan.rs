//! The plan's root file, `rpkd.yaml`: who the plan is for, its period, its pillars and
//! strategies, agencies, territory, statistics and narrative.

use super::keywords::{NationalStrategy, PaperSize, RegionKind};
use super::narrative::Narrative;
use super::scalar::{Date, Year};
use super::stats::Statistics;
use crate::load::decode::{Cx, Decode};
use crate::load::yaml::{Node, NodeKind};
use crate::record;
use crate::source::{Span, Spanned};

record! {
    /// The contents of `rpkd.yaml`.
    "plan root" pub struct PlanRoot {
        /// The region the plan is for.
        region: Region = "daerah" : "Daerah yang menyusun rencana: `nama`, `jenis`, `kode` dan \
            `provinsi`. Wajib.",
        /// The five years the RPKD covers.
        period: Period = "periode" : "Periode RPKD: lima tahun berturut-turut, sama dengan periode \
            RPJMD, misalnya `{mulai: 2025, selesai: 2029}`; `selesai` = `mulai` + 4 (E012). Setiap \
            target dan pagu dalam rencana harus mengisi tepat tahun-tahun ini. Wajib.",
        /// Which Kepmendagri update the nomenclature codes follow.
        nomenclature_version: Spanned<String> = "versi_nomenklatur" : "Pemutakhiran klasifikasi, \
            kodefikasi dan nomenklatur Permendagri 90/2019 yang diikuti kode program, kegiatan dan \
            sub kegiatan, misalnya `Keputusan Menteri Dalam Negeri Nomor 900.1.15.5-3406 Tahun \
            2024`. Wajib.",
        /// The regulation that enacts the plan, once it has one.
        enactment: Option<LegalInstrument> = "penetapan" : "Peraturan kepala daerah (Perkada) yang \
            menetapkan RPKD: `jenis`, `nomor`, `tanggal` dan `tentang`. Opsional: biarkan kosong \
            selama rencana masih rancangan.",
        /// The poverty-reduction coordination team.
        tkpk: Tkpk = "tkpk" : "Tim Koordinasi Penanggulangan Kemiskinan (TKPK), diketuai wakil \
            kepala daerah dengan kepala Bappeda sebagai sekretaris (Perpres 15/2010 jo. Perpres \
            96/2015): `ketua`, `sekretaris` dan `dasar`. Wajib.",
        /// Who signs the documents.
        signatory: Signatory = "penandatangan" : "Blok tanda tangan dokumen: `jabatan`, `nama`, \
            `tempat` dan `tanggal`, serta `nip` dan `pangkat` bagi pejabat ASN. RAT yang tidak \
            menuliskan `tanggal` sendiri memakai tanggal ini. Wajib.",
        /// Regional regulations cited in BAB I besides the national ones.
        legal_basis: Vec<Spanned<String>> = "dasar_hukum" : "Peraturan daerah yang dikutip di BAB \
            I selain peraturan nasional (Perpres 15/2010 jo. Perpres 96/2015, Permendagri 53/2020, \
            Inpres 4/2022, Inpres 8/2025, Permendagri 90/2019) yang dikutip dokumen dengan \
            sendirinya. Satu peraturan per butir. Opsional.",
        /// The region's top-level commitments.
        pillars: Vec<Pillar> = "pilar" : "Pilar: komitmen utama daerah, masing-masing dengan `id` \
            unik (misalnya `P1`), `nama` dan `uraian`. Wajib, sedikitnya satu (E023); setiap pilar \
            perlu dirujuk sedikitnya satu strategi (W005).",
        /// The region's strategies, each under a pillar and one national strategy.
        strategies: Vec<Strategy> = "strategi" : "Strategi daerah, masing-masing di bawah satu \
            `pilar` dan termasuk tepat satu `strategi_nasional`. Wajib, sedikitnya satu (E023); \
            setiap strategi perlu dilaksanakan sedikitnya satu sub kegiatan (W005), dan ketiga \
            strategi nasional perlu dilayani program (W004).",
        /// The agencies (OPD) that carry out programs.
        agencies: Vec<Agency> = "perangkat_daerah" : "Perangkat daerah (OPD) yang melaksanakan \
            program, masing-masing dengan `id` unik (misalnya `DINSOS`) dan `nama`. Wajib, \
            sedikitnya satu (E023).",
        /// Kecamatan and their desa/kelurahan.
        districts: Vec<District> = "wilayah" : "Kecamatan beserta desa/kelurahannya, untuk tabel \
            sebaran di BAB III dan BAB V. `lokasi` pada sub kegiatan dan RAT merujuk nama di sini, \
            persis sama. Wajib, sedikitnya satu kecamatan (E023).",
        /// Poverty statistics over time, with targets.
        statistics: Option<Statistics> = "statistik" : "Statistik kemiskinan yang disajikan BAB \
            III dari tahun ke tahun, dibandingkan dengan provinsi dan nasional, beserta target \
            rencana: `p0`, `kemiskinan_ekstrem`, `gini`, dan seterusnya. Bagian ini dan setiap \
            deretnya opsional.",
        /// Status thresholds for monitoring.
        monitoring: Option<Monitoring> = "pemantauan" : "Ambang status capaian baris RAT: \
            `ambang_sesuai_target` (bawaan 80) dan `ambang_on_progress` (bawaan 50), dalam persen. \
            Opsional.",
        /// Narrative chapters in Markdown.
        narrative: Option<Narrative> = "narasi" : "Naskah bab-bab RPKD dalam Markdown, ditulis \
            langsung atau dalam berkas `{berkas: narasi/nama-berkas.md}`. Bab yang tidak diisi \
            dicetak dengan teks baku. Opsional.",
        /// Paper for the PDF: `a4` (default) or `f4` (215 × 330 mm).
        paper: Option<Spanned<PaperSize>> = "kertas" : "Ukuran kertas dokumen PDF: `a4` (bawaan) \
            atau `f4` (215 × 330 mm). Opsional.",
        /// A folder of the plan's own templates, relative to the plan directory; a file there
        /// replaces the built-in template of the same name.
        /// The region's emblem (PNG or JPEG in the plan folder), printed on the covers.
        logo: Option<Spanned<String>> = "logo" : "Lambang daerah untuk sampul dokumen: berkas PNG atau JPEG di dalam folder rencana, misalnya `lambang.png`. Opsional.",
        templates: Option<Spanned<String>> = "templat" : "Folder templat milik daerah, relatif \
            terhadap folder rencana, misalnya `templat`: berkas di sana menggantikan templat \
            bawaan yang bernama sama (lihat docs/templates.md). Opsional.",
    }
}

record! {
    /// The region a plan is for.
    "region" pub struct Region {
        /// The name without its kind: `Tangerang`.
        name: Spanned<String> = "nama" : "Nama daerah tanpa jenisnya: `Tangerang`, bukan `Kota \
            Tangerang`. Wajib.",
        /// `provinsi`, `kabupaten` or `kota`.
        kind: Spanned<RegionKind> = "jenis" : "Jenis daerah: `provinsi`, `kabupaten` atau `kota`. \
            Jenis menentukan digit tingkat `L` pada kode kegiatan dan sub kegiatan: `1` untuk \
            provinsi, `2` untuk kabupaten dan kota (E018). Wajib.",
        /// The Kemendagri region code, e.g. `36.71`.
        code: Spanned<String> = "kode" : "Kode wilayah Kemendagri, dalam tanda kutip, misalnya \
            `\"36.71\"` untuk Kota Tangerang. Wajib.",
        /// The province a kabupaten or kota belongs to.
        province: Option<Spanned<String>> = "provinsi" : "Provinsi tempat kabupaten atau kota \
            berada, misalnya `Banten`. Opsional; tidak diisi untuk rencana provinsi.",
    }
}

record! {
    /// The period of the RPKD, five consecutive years.
    "period" pub struct Period {
        start: Spanned<Year> = "mulai" : "Tahun pertama periode RPKD, ditulis lengkap, misalnya \
            `2025`. Wajib.",
        end: Spanned<Year> = "selesai" : "Tahun terakhir periode RPKD, yaitu `mulai` + 4, misalnya \
            `2029` (E012). Wajib.",
    }
}

impl Period {
    /// The years of the period (empty if it is reversed, which validation reports).
    pub fn years(&self) -> impl Iterator<Item = Year> {
        (self.start.value.0..=self.end.value.0).map(Year)
    }

    pub fn contains(&self, year: Year) -> bool {
        self.start.value <= year && year <= self.end.value
    }
}

record! {
    /// A regulation: the Perkada that enacts the plan, or the decree forming the TKPK.
    "legal instrument" pub struct LegalInstrument {
        /// `Peraturan Wali Kota`, `Peraturan Bupati`, `Keputusan Gubernur`, …
        kind: Spanned<String> = "jenis" : "Jenis peraturan: `Peraturan Wali Kota`, `Peraturan \
            Bupati`, `Peraturan Gubernur`, `Keputusan Gubernur`, dan sebagainya. Wajib.",
        number: Spanned<String> = "nomor" : "Nomor peraturan seperti tertulis, dalam tanda kutip, \
            misalnya `\"87\"`. Wajib.",
        date: Spanned<Date> = "tanggal" : "Tanggal penetapan, `TTTT-BB-HH`, misalnya `2025-11-28` \
            (E008 bila bukan tanggal yang sah). Wajib.",
        /// What it is about.
        about: Option<Spanned<String>> = "tentang" : "Judul peraturan, misalnya `Rencana \
            Penanggulangan Kemiskinan Daerah Kota Tangerang Tahun 2025–2029`. Opsional.",
    }
}

record! {
    /// A person by office.
    "person" pub struct Person {
        name: Spanned<String> = "nama" : "Nama lengkap dengan gelar, seperti dicetak, misalnya \
            `Drs. H. Iwan Setiadi Permana, M.Si.`. Wajib.",
        /// The office, e.g. `Wakil Wali Kota Tangerang`.
        office: Spanned<String> = "jabatan" : "Jabatan seperti dicetak, misalnya `Wakil Wali Kota \
            Tangerang`. Wajib.",
    }
}

record! {
    /// The Tim Koordinasi Penanggulangan Kemiskinan.
    "TKPK" pub struct Tkpk {
        /// Chaired by the deputy regional head.
        chair: Person = "ketua" : "Ketua TKPK, lazimnya wakil kepala daerah: `nama` dan `jabatan`. \
            Wajib.",
        /// The head of Bappeda.
        secretary: Person = "sekretaris" : "Sekretaris TKPK, lazimnya kepala Bappeda: `nama` dan \
            `jabatan`. Wajib.",
        /// The decree that forms the team.
        decree: Option<Spanned<String>> = "dasar" : "Keputusan kepala daerah yang membentuk TKPK, \
            misalnya `Keputusan Wali Kota Tangerang Nomor 400.14.4/Kep.215-Bappeda/2025 tentang \
            Pembentukan Tim Koordinasi Penanggulangan Kemiskinan Kota Tangerang`. Opsional.",
    }
}

record! {
    /// The signature block of the documents.
    "signatory" pub struct Signatory {
        /// The office, e.g. `Wali Kota Tangerang`.
        office: Spanned<String> = "jabatan" : "Jabatan penanda tangan seperti dicetak, misalnya \
            `Wali Kota Tangerang`. Wajib.",
        name: Spanned<String> = "nama" : "Nama lengkap penanda tangan dengan gelar, seperti \
            dicetak, misalnya `H. Hendra Kusuma Wardhana, S.E., M.M.`. Wajib.",
        /// Civil-servant number, for officials who have one.
        nip: Option<Spanned<String>> = "nip" : "Nomor Induk Pegawai (NIP), dalam tanda kutip, \
            misalnya `\"197001011995031001\"`. Hanya untuk pejabat ASN yang menandatangani (Sekda, \
            Pj); kepala daerah hasil pemilihan tidak memilikinya. Opsional.",
        /// Rank, printed under the name where usual.
        rank: Option<Spanned<String>> = "pangkat" : "Pangkat dan golongan, dicetak di bawah nama, \
            misalnya `Pembina Utama Madya (IV/d)`. Hanya untuk pejabat ASN. Opsional.",
        /// Where the document is signed.
        place: Spanned<String> = "tempat" : "Tempat penandatanganan, lazimnya ibu kota daerah, \
            misalnya `Tangerang`. Wajib.",
        /// When the RPKD is signed.
        date: Spanned<Date> = "tanggal" : "Tanggal penandatanganan RPKD, `TTTT-BB-HH`, misalnya \
            `2025-11-28` (E008 bila bukan tanggal yang sah). RAT yang tidak menuliskan `tanggal` \
            sendiri memakai tanggal ini. Wajib.",
    }
}

record! {
    /// A pillar: one of the region's top-level commitments.
    "pillar" pub struct Pillar {
        /// Unique id, e.g. `P1`.
        id: Spanned<String> = "id" : "Kode unik pilar, misalnya `P1`; strategi merujuk pilar \
            dengan kode ini. Kode pilar, strategi dan perangkat daerah berbagi satu ruang nama: \
            setiap kode hanya boleh dipakai sekali (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama pilar seperti dicetak, misalnya `Komitmen Bersama \
            Penanggulangan Kemiskinan`. Wajib.",
        description: Option<Spanned<String>> = "uraian" : "Penjelasan singkat pilar. Opsional.",
    }
}

record! {
    /// A region strategy under a pillar, mapped to exactly one national strategy.
    "strategy" pub struct Strategy {
        /// Unique id, e.g. `S1`.
        id: Spanned<String> = "id" : "Kode unik strategi, misalnya `S1`; program, kegiatan dan sub \
            kegiatan merujuk strategi dengan kode ini. Unik bersama kode pilar dan perangkat \
            daerah (E010). Wajib.",
        /// The pillar it serves.
        pillar: Spanned<String> = "pilar" : "Kode pilar yang dilayani strategi ini, misalnya `P1`; \
            harus ada di `pilar` (E011). Wajib.",
        /// The national strategy it belongs to.
        national: Spanned<NationalStrategy> = "strategi_nasional" : "Strategi nasional (Inpres \
            4/2022 dan Inpres 8/2025) tempat strategi ini termasuk: `pengurangan_beban` \
            (pengurangan beban pengeluaran masyarakat), `peningkatan_pendapatan` (peningkatan \
            pendapatan masyarakat) atau `penurunan_kantong_kemiskinan` (penurunan jumlah kantong \
            kemiskinan). Wajib.",
        name: Spanned<String> = "nama" : "Rumusan strategi seperti dicetak, misalnya `Perluasan \
            perlindungan sosial bagi keluarga miskin dan rentan`. Wajib.",
        /// Policy directions (*arah kebijakan*).
        policies: Vec<Spanned<String>> = "arah_kebijakan" : "Arah kebijakan strategi ini, satu per \
            butir, misalnya `Meningkatkan akses sanitasi aman dan air minum perpipaan`. Opsional.",
    }
}

record! {
    /// An agency (perangkat daerah, OPD).
    "agency" pub struct Agency {
        /// Unique id, e.g. `DINSOS`.
        id: Spanned<String> = "id" : "Kode unik perangkat daerah, lazimnya huruf besar, misalnya \
            `DINSOS`; program merujuk perangkat daerah dengan kode ini. Unik bersama kode pilar \
            dan strategi (E010). Wajib.",
        /// Full name, e.g. `Dinas Sosial`.
        name: Spanned<String> = "nama" : "Nama lengkap perangkat daerah seperti dicetak, misalnya \
            `Dinas Sosial`. Wajib.",
    }
}

record! {
    /// A kecamatan with its desa/kelurahan.
    "kecamatan" pub struct District {
        name: Spanned<String> = "kecamatan" : "Nama kecamatan, unik dalam rencana (E010), misalnya \
            `Periuk`. Wajib.",
        /// Number of poor people (jiwa), for the distribution table.
        poor_people: Option<Spanned<u64>> = "penduduk_miskin" : "Jumlah penduduk miskin kecamatan \
            (jiwa), bilangan bulat, untuk tabel sebaran, misalnya `11960`. Jumlah penduduk miskin \
            desa/kelurahannya tidak boleh melebihi angka ini (W010). Opsional.",
        /// A priority location (*lokus*).
        priority: Option<Spanned<bool>> = "prioritas" : "`true` bila kecamatan ini lokasi \
            prioritas (lokus), `false` bila bukan. Opsional.",
        villages: Vec<Village> = "desa_kelurahan" : "Desa/kelurahan di kecamatan ini, \
            masing-masing unik dalam kecamatannya (E010): namanya saja (`Gembor`), atau `{nama: \
            Gebang Raya, penduduk_miskin: 2680, prioritas: true}`. Opsional.",
    }
}

/// A desa or kelurahan: its name alone, or a mapping with figures.
#[derive(Debug, Clone)]
pub struct Village {
    pub name: Spanned<String>,
    pub poor_people: Option<Spanned<u64>>,
    pub priority: Option<Spanned<bool>>,
    pub span: Span,
}

record! {
    /// A desa or kelurahan written as a mapping.
    "desa/kelurahan" pub struct VillageRecord {
        name: Spanned<String> = "nama" : "Nama desa/kelurahan, unik dalam kecamatannya (E010), \
            misalnya `Gebang Raya`. Wajib.",
        poor_people: Option<Spanned<u64>> = "penduduk_miskin" : "Jumlah penduduk miskin \
            desa/kelurahan (jiwa), bilangan bulat, misalnya `2680`. Opsional.",
        priority: Option<Spanned<bool>> = "prioritas" : "`true` bila desa/kelurahan ini lokasi \
            prioritas (lokus), `false` bila bukan. Opsional.",
    }
}

impl Decode for Village {
    const EXPECTED: &'static str = "a name or a mapping with `nama`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        if let NodeKind::Map(_) = node.kind {
            let r = VillageRecord::decode(node, cx)?;
            return Some(Village {
                name: r.name,
                poor_people: r.poor_people,
                priority: r.priority,
                span: r.span,
            });
        }
        let name = Spanned::<String>::decode(node, cx)?;
        Some(Village {
            name,
            poor_people: None,
            priority: None,
            span: node.span,
        })
    }
}

record! {
    /// Monitoring settings.
    "monitoring section" pub struct Monitoring {
        /// Achievement (percent) from which a RAT line is *sesuai target*; default 80.
        on_target: Option<Spanned<f64>> = "ambang_sesuai_target" : "Ambang capaian, dalam persen \
            (0–100): baris RAT yang capaiannya (keluaran semua triwulan dibandingkan dengan \
            targetnya) sama dengan atau di atas nilai ini berstatus *sesuai target*. Bawaan `80`. \
            Opsional.",
        /// Achievement (percent) from which a RAT line is *on progress*; default 50.
        in_progress: Option<Spanned<f64>> = "ambang_on_progress" : "Ambang capaian, dalam persen \
            (0–100): baris RAT yang capaiannya sama dengan atau di atas nilai ini, tetapi di bawah \
            `ambang_sesuai_target`, berstatus *on progress*; di bawahnya *perlu perhatian*. Bawaan \
            `50`; tidak boleh di atas `ambang_sesuai_target` (E024). Opsional.",
    }
}

impl crate::schema::Schema for Village {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        let record = <VillageRecord as crate::schema::Schema>::schema(defs);
        serde_json::json!({
            "description": "Nama desa/kelurahan saja, atau pemetaan dengan `nama`, `penduduk_miskin` dan `prioritas`.",
            "oneOf": [{ "type": "string" }, record],
        })
    }
}
