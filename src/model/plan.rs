//! The plan's root file, `rpkd.yaml`: who the plan is for, its period, its pillars and
//! strategies, agencies, territory, statistics and narrative.

use super::keywords::{NationalStrategy, PaperSize, RegionKind, UnitKind, VillageKind};
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
        /// The theme (*tema*) of the plan, printed on the cover and in BAB I.
        theme: Option<Spanned<String>> = "tema" : "Tema RPKD, dicetak di sampul dan di BAB I, \
            misalnya `Kota Tangerang Bebas Kemiskinan Ekstrem, Maju Bersama Menuju Kesejahteraan`. \
            Opsional.",
        /// The basis and categories of budget tagging (*penandaan*).
        tagging: Option<Tagging> = "penandaan" : "Dasar penandaan anggaran (Keputusan Menteri \
            Dalam Negeri yang diikuti) dan kategori yang ditetapkannya, misalnya `{dasar: \
            Keputusan Menteri Dalam Negeri Nomor 900.1.15.5-1317 Tahun 2023, kategori: [{id: \
            kemiskinan_ekstrem, nama: Penghapusan Kemiskinan Ekstrem}]}`. `tag` pada sub \
            kegiatan merujuk `id` kategori ini. Tanpa bagian ini berlaku dua kategori bawaan: \
            `kemiskinan` dan `kemiskinan_ekstrem`. Opsional.",
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
        /// The region's territory: kecamatan with their desa and kelurahan for a kabupaten or
        /// kota, kabupaten and kota for a province.
        areas: Vec<Area> = "wilayah" : "Wilayah daerah: untuk kabupaten dan kota, kecamatan \
            beserta desa dan kelurahannya (`- kecamatan: Periuk`); untuk provinsi, kabupaten dan \
            kotanya (`- kabupaten: Pandeglang`, `- kota: Tangerang`), masing-masing dengan \
            statistik kemiskinannya dan, bila ada, folder rencananya. `lokasi` pada sub kegiatan \
            dan RAT merujuk nama di sini, persis sama. Wajib, sedikitnya satu (E023).",
        /// Named groups of locations (*kelompok lokasi*), usable in every `lokasi` list.
        location_groups: Vec<LocationGroup> = "kelompok_lokasi" : "Kelompok lokasi bernama, \
            misalnya desa fokus suatu tahun: `{id: desa-fokus-2025, nama: desa fokus, lokasi: \
            [Gerokgak/Pejarakan, Seririt/Ularan]}`. `id` kelompok dapat ditulis di setiap daftar \
            `lokasi` sebagai pengganti daftar lokasinya. Opsional.",
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
        /// Its units (UPTD, RSUD, Puskesmas, …), which may own lines.
        units: Vec<Unit> = "unit" : "Unit di bawah perangkat daerah ini yang melaksanakan \
            program sendiri (UPTD, RSUD, Puskesmas, …), masing-masing dengan `id` unik, `nama` dan \
            `jenis`, misalnya `{id: RSUD-BALARAJA, nama: RSUD Balaraja, jenis: rsud}`. \
            `perangkat_daerah` pada program, kegiatan, sub kegiatan dan `pelaksana` boleh menyebut \
            `id` unit; anggarannya dijumlahkan ke perangkat daerah induknya. Opsional.",
    }
}

record! {
    /// A unit of an agency (UPTD, RSUD, Puskesmas, …) that may carry out lines of its own.
    "unit" pub struct Unit {
        /// Unique id, shared with agencies, pillars and strategies.
        id: Spanned<String> = "id" : "Kode unik unit, misalnya `UPTD-PPA`; unik bersama kode \
            perangkat daerah, pilar dan strategi (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama lengkap unit seperti dicetak, misalnya `UPTD \
            Perlindungan Perempuan dan Anak`. Wajib.",
        kind: Option<Spanned<UnitKind>> = "jenis" : "Jenis unit: `uptd`, `upt`, `rsud`, \
            `puskesmas`, `satuan_pendidikan`, `cabang_dinas` atau `lainnya`; dipakai untuk \
            menghitung unit pelaksana dalam dokumen. Opsional (bawaan `lainnya`).",
    }
}

record! {
    /// The basis of budget tagging and the categories it defines.
    "tagging section" pub struct Tagging {
        /// The Kepmendagri (number and year) the tagging follows.
        basis: Spanned<String> = "dasar" : "Peraturan yang menjadi dasar penandaan, lazimnya \
            Keputusan Menteri Dalam Negeri, dengan nomor dan tahunnya, misalnya `Keputusan Menteri \
            Dalam Negeri Nomor 900.1.15.5-1317 Tahun 2023`. Dikutip di dasar hukum dokumen. \
            Wajib.",
        categories: Vec<TagCategory> = "kategori" : "Kategori penandaan yang ditetapkan dasar \
            tersebut, masing-masing `{id, nama}`, misalnya `{id: kemiskinan_ekstrem, nama: \
            Penghapusan Kemiskinan Ekstrem}`. Tanpa daftar ini berlaku kategori bawaan \
            `kemiskinan` dan `kemiskinan_ekstrem`. Opsional.",
    }
}

record! {
    /// One category of budget tagging.
    "tag category" pub struct TagCategory {
        id: Spanned<String> = "id" : "Kode kategori yang ditulis pada `tag` sub kegiatan, \
            misalnya `kemiskinan_ekstrem`; unik (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama kategori seperti dicetak, misalnya `Penghapusan \
            Kemiskinan Ekstrem`. Wajib.",
        description: Option<Spanned<String>> = "uraian" : "Penjelasan singkat kategori. \
            Opsional.",
    }
}

record! {
    /// A named group of locations, written by its id wherever a location list is.
    "location group" pub struct LocationGroup {
        id: Spanned<String> = "id" : "Kode kelompok, ditulis di daftar `lokasi` sebagai \
            pengganti lokasinya, misalnya `desa-fokus-2025`; unik dan tidak sama dengan nama \
            wilayah mana pun (E010). Wajib.",
        name: Spanned<String> = "nama" : "Nama kelompok seperti dicetak dalam kalimat, misalnya \
            `desa fokus` (\"27 desa fokus dari 148 desa/kelurahan\"). Wajib.",
        description: Option<Spanned<String>> = "uraian" : "Penjelasan kelompok: dasar \
            penetapannya, tahun berlakunya. Opsional.",
        locations: Vec<Spanned<String>> = "lokasi" : "Lokasi anggota kelompok, persis seperti di \
            `wilayah`: `Kecamatan` atau `Kecamatan/Desa`, atau untuk provinsi `Kabupaten Nama` \
            dan `Kota Nama` (E011). Kelompok tidak memuat kelompok lain (E053). Wajib, sedikitnya \
            satu lokasi.",
    }
}

/// One entry of `wilayah`: a kecamatan (in a kabupaten/kota plan) or a kabupaten/kota (in a
/// province plan).
#[derive(Debug, Clone)]
pub enum Area {
    District(District),
    Member(Member),
}

impl Area {
    pub fn span(&self) -> Span {
        match self {
            Area::District(d) => d.span,
            Area::Member(m) => m.span,
        }
    }
}

impl Decode for Area {
    const EXPECTED: &'static str =
        "a mapping with `kecamatan:` (a kabupaten or kota) or `kabupaten:`/`kota:` (a province)";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let NodeKind::Map(pairs) = &node.kind else {
            cx.wrong_type(node, Self::EXPECTED);
            return None;
        };
        let has = |key: &str| {
            pairs
                .iter()
                .any(|(k, _)| matches!(&k.kind, NodeKind::Str(s) if s == key))
        };
        if has("kabupaten") || has("kota") {
            Member::decode(node, cx).map(Area::Member)
        } else {
            District::decode(node, cx).map(Area::District)
        }
    }
}

/// A kecamatan with its desa and kelurahan.
#[derive(Debug, Clone)]
pub struct District {
    pub name: Spanned<String>,
    /// Number of poor people (jiwa), for the distribution table.
    pub poor_people: Option<Spanned<u64>>,
    /// A priority location (*lokus*).
    pub priority: Option<Spanned<bool>>,
    /// Every desa and kelurahan listed, in the order written (`desa`, then `kelurahan`, then
    /// `desa_kelurahan`).
    pub villages: Vec<Village>,
    /// How many desa and kelurahan the kecamatan has, when the plan says so (not every one need
    /// be listed).
    pub desa_count: Option<Spanned<u64>>,
    pub kelurahan_count: Option<Spanned<u64>>,
    pub span: Span,
}

record! {
    /// A kecamatan as written.
    "kecamatan" pub struct DistrictRecord {
        name: Spanned<String> = "kecamatan" : "Nama kecamatan, unik dalam rencana (E010), misalnya \
            `Periuk`. Wajib.",
        /// Number of poor people (jiwa), for the distribution table.
        poor_people: Option<Spanned<u64>> = "penduduk_miskin" : "Jumlah penduduk miskin kecamatan \
            (jiwa), bilangan bulat, untuk tabel sebaran, misalnya `11960`. Jumlah penduduk miskin \
            desa/kelurahannya tidak boleh melebihi angka ini (W010). Opsional.",
        /// A priority location (*lokus*).
        priority: Option<Spanned<bool>> = "prioritas" : "`true` bila kecamatan ini lokasi \
            prioritas (lokus), `false` bila bukan. Opsional.",
        desa: Vec<Village> = "desa" : "Desa di kecamatan ini: namanya saja (`Pejarakan`), atau \
            `{nama: Pejarakan, penduduk_miskin: 1210, prioritas: true}`. Opsional.",
        kelurahan: Vec<Village> = "kelurahan" : "Kelurahan di kecamatan ini, ditulis seperti \
            `desa`. Opsional.",
        villages: Vec<Village> = "desa_kelurahan" : "Desa/kelurahan di kecamatan ini, \
            masing-masing unik dalam kecamatannya (E010): namanya saja (`Gembor`), atau `{nama: \
            Gebang Raya, penduduk_miskin: 2680, prioritas: true, jenis: kelurahan}`. Tanpa \
            `jenis`, desa/kelurahan suatu kota adalah kelurahan dan suatu kabupaten adalah desa. \
            Opsional.",
        desa_count: Option<Spanned<u64>> = "jumlah_desa" : "Jumlah seluruh desa di kecamatan \
            ini, bila tidak semuanya didaftar; tidak kurang dari desa yang didaftar (E046). \
            Dokumen menghitung desa dengan angka ini. Opsional.",
        kelurahan_count: Option<Spanned<u64>> = "jumlah_kelurahan" : "Jumlah seluruh kelurahan \
            di kecamatan ini, bila tidak semuanya didaftar; tidak kurang dari kelurahan yang \
            didaftar (E046). Opsional.",
    }
}

impl Decode for District {
    const EXPECTED: &'static str = DistrictRecord::EXPECTED;
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let r = DistrictRecord::decode(node, cx)?;
        let mut villages = Vec::new();
        for (list, kind) in [
            (r.desa, Some(VillageKind::Desa)),
            (r.kelurahan, Some(VillageKind::Kelurahan)),
            (r.villages, None),
        ] {
            for mut v in list {
                if let Some(kind) = kind {
                    match &v.kind {
                        Some(written) if written.value != kind => {
                            cx.push(
                                crate::diag::Diagnostic::new(
                                    crate::diag::Code::InvalidValue,
                                    crate::msg!(
                                        "plan-village-kind-contradicts",
                                        name = &v.name.value,
                                        list = kind.key(),
                                        kind = written.key()
                                    ),
                                )
                                .primary(written.span, crate::msg!("plan-contradicts-list"))
                                .hint(crate::msg!("plan-village-kind-hint", kind = written.key())),
                            );
                        }
                        Some(_) => {}
                        None => v.kind = Some(Spanned::new(kind, v.span)),
                    }
                }
                villages.push(v);
            }
        }
        Some(District {
            name: r.name,
            poor_people: r.poor_people,
            priority: r.priority,
            villages,
            desa_count: r.desa_count,
            kelurahan_count: r.kelurahan_count,
            span: r.span,
        })
    }
}

/// A desa or kelurahan: its name alone, or a mapping with figures.
#[derive(Debug, Clone)]
pub struct Village {
    pub name: Spanned<String>,
    pub poor_people: Option<Spanned<u64>>,
    pub priority: Option<Spanned<bool>>,
    /// `desa` or `kelurahan` as written (or implied by the list it is in); without it the
    /// region's default ([`RegionKind::default_village`]).
    pub kind: Option<Spanned<VillageKind>>,
    pub span: Span,
}

impl Village {
    pub fn kind_in(&self, region: RegionKind) -> VillageKind {
        self.kind
            .as_ref()
            .map_or(region.default_village(), |k| k.value)
    }
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
        kind: Option<Spanned<VillageKind>> = "jenis" : "`desa` atau `kelurahan`. Opsional: tanpa \
            isian, jenisnya mengikuti daftar tempatnya (`desa:` atau `kelurahan:`) atau, di \
            `desa_kelurahan:`, jenis daerah (kota: kelurahan; kabupaten: desa).",
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
                kind: r.kind,
                span: r.span,
            });
        }
        let name = Spanned::<String>::decode(node, cx)?;
        Some(Village {
            name,
            poor_people: None,
            priority: None,
            kind: None,
            span: node.span,
        })
    }
}

/// A kabupaten or kota of a province plan.
#[derive(Debug, Clone)]
pub struct Member {
    /// `kabupaten` or `kota`, at the key that said so.
    pub kind: Spanned<RegionKind>,
    /// The name without its kind: `Pandeglang`.
    pub name: Spanned<String>,
    pub code: Option<Spanned<String>>,
    pub poor_people: Option<Spanned<u64>>,
    pub priority: Option<Spanned<bool>>,
    pub district_count: Option<Spanned<u64>>,
    pub desa_count: Option<Spanned<u64>>,
    pub kelurahan_count: Option<Spanned<u64>>,
    pub statistics: Option<Box<super::stats::Statistics>>,
    /// The folder of its own plan, relative to the province plan's folder.
    pub plan: Option<Spanned<String>>,
    pub span: Span,
}

impl Member {
    /// `Kabupaten Pandeglang`: the name a province plan's `lokasi` uses.
    pub fn full_name(&self) -> String {
        format!("{} {}", self.kind.label(), self.name.value)
    }
}

record! {
    /// A kabupaten or kota as a province plan writes it.
    "kabupaten/kota" pub struct MemberRecord {
        regency: Option<Spanned<String>> = "kabupaten" : "Nama kabupaten tanpa jenisnya, \
            misalnya `Pandeglang`; `lokasi` menyebutnya `Kabupaten Pandeglang`. Tulis `kabupaten:` \
            atau `kota:`, tidak keduanya (E045).",
        city: Option<Spanned<String>> = "kota" : "Nama kota tanpa jenisnya, misalnya \
            `Tangerang`; `lokasi` menyebutnya `Kota Tangerang`.",
        code: Option<Spanned<String>> = "kode" : "Kode wilayah Kemendagri, dalam tanda kutip, \
            misalnya `\"36.01\"`. Opsional.",
        poor_people: Option<Spanned<u64>> = "penduduk_miskin" : "Jumlah penduduk miskin (jiwa), \
            untuk tabel sebaran, misalnya `112500`. Opsional.",
        priority: Option<Spanned<bool>> = "prioritas" : "`true` bila kabupaten/kota ini lokasi \
            prioritas provinsi. Opsional.",
        district_count: Option<Spanned<u64>> = "jumlah_kecamatan" : "Jumlah kecamatan. \
            Opsional.",
        desa_count: Option<Spanned<u64>> = "jumlah_desa" : "Jumlah desa. Opsional.",
        kelurahan_count: Option<Spanned<u64>> = "jumlah_kelurahan" : "Jumlah kelurahan. \
            Opsional.",
        statistics: Option<super::stats::Statistics> = "statistik" : "Statistik kemiskinan \
            kabupaten/kota ini, dengan bentuk yang sama seperti `statistik` rencana: `p0`, \
            `kemiskinan_ekstrem`, dan seterusnya, masing-masing dengan `data` dan `target`. \
            Opsional.",
        plan: Option<Spanned<String>> = "rencana" : "Folder rencana (RPKD) kabupaten/kota ini, \
            relatif terhadap folder rencana provinsi dan di dalam repositori yang sama, misalnya \
            `../kota-tangerang`. Bila diisi, `rpkd build` juga menyusun dokumen sinkronisasi \
            provinsi dan kabupaten/kota. Opsional.",
    }
}

impl Decode for Member {
    const EXPECTED: &'static str = MemberRecord::EXPECTED;
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let r = MemberRecord::decode(node, cx)?;
        let (kind, name) = match (r.regency, r.city) {
            (Some(name), None) => (RegionKind::Regency, name),
            (None, Some(name)) => (RegionKind::City, name),
            (Some(regency), Some(city)) => {
                cx.push(
                    crate::diag::Diagnostic::new(
                        crate::diag::Code::TerritoryKind,
                        crate::msg!("plan-member-both"),
                    )
                    .primary(city.span, crate::msg!("plan-second-name"))
                    .secondary(regency.span, crate::msg!("plan-first-name"))
                    .hint(crate::msg!("plan-member-both-hint")),
                );
                return None;
            }
            (None, None) => {
                cx.push(
                    crate::diag::Diagnostic::new(
                        crate::diag::Code::MissingKey,
                        crate::msg!("plan-member-no-name"),
                    )
                    .primary(r.span, crate::msg!("plan-member-names-none")),
                );
                return None;
            }
        };
        Some(Member {
            kind: Spanned::new(kind, name.span),
            name,
            code: r.code,
            poor_people: r.poor_people,
            priority: r.priority,
            district_count: r.district_count,
            desa_count: r.desa_count,
            kelurahan_count: r.kelurahan_count,
            statistics: r.statistics.map(Box::new),
            plan: r.plan,
            span: r.span,
        })
    }
}

impl PlanRoot {
    /// The kecamatan of `wilayah` (a kabupaten/kota plan's territory).
    pub fn districts(&self) -> impl Iterator<Item = &District> {
        self.areas.iter().filter_map(|a| match a {
            Area::District(d) => Some(d),
            Area::Member(_) => None,
        })
    }

    /// The kabupaten and kota of `wilayah` (a province plan's territory).
    pub fn members(&self) -> impl Iterator<Item = &Member> {
        self.areas.iter().filter_map(|a| match a {
            Area::Member(m) => Some(m),
            Area::District(_) => None,
        })
    }

    pub fn is_province(&self) -> bool {
        self.region.kind.value == RegionKind::Province
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

impl crate::schema::Schema for Area {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        let district = <DistrictRecord as crate::schema::Schema>::schema(defs);
        let member = <MemberRecord as crate::schema::Schema>::schema(defs);
        serde_json::json!({
            "description": "Kecamatan (`kecamatan:`) untuk kabupaten dan kota, atau kabupaten/kota (`kabupaten:` atau `kota:`) untuk provinsi.",
            "anyOf": [district, member],
        })
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
