//! The closed vocabularies of a plan: what a planner may write for region kind, national
//! strategy, funding source and the tags, with the Indonesian label each prints as.

use crate::keywords;

keywords! {
    /// What kind of region the plan is for; fixes the level digit of nomenclature codes.
    "region kind" pub enum RegionKind {
        Province = "provinsi" => "Provinsi",
        Regency = "kabupaten" => "Kabupaten",
        City = "kota" => "Kota",
    }
}

impl RegionKind {
    /// The level digit `L` of a nomenclature code: 1 for a province, 2 for a kabupaten/kota.
    pub fn level_digit(self) -> &'static str {
        match self {
            RegionKind::Province => "1",
            RegionKind::Regency | RegionKind::City => "2",
        }
    }

    /// The regional head's title: `Wali Kota`, `Bupati`, `Gubernur`.
    pub fn head_title(self) -> &'static str {
        match self {
            RegionKind::City => "Wali Kota",
            RegionKind::Regency => "Bupati",
            RegionKind::Province => "Gubernur",
        }
    }

    /// What a village of this region is unless the plan says otherwise: a city's are
    /// kelurahan, a kabupaten's desa (UU 23/2014; a kelurahan in a kabupaten is recorded as one).
    pub fn default_village(self) -> VillageKind {
        match self {
            RegionKind::City => VillageKind::Kelurahan,
            RegionKind::Regency | RegionKind::Province => VillageKind::Desa,
        }
    }
}

keywords! {
    /// The three national strategies of Inpres 4/2022 and Inpres 8/2025.
    "national strategy" pub enum NationalStrategy {
        ReduceSpending = "pengurangan_beban" => "Pengurangan beban pengeluaran masyarakat",
        RaiseIncome = "peningkatan_pendapatan" => "Peningkatan pendapatan masyarakat",
        ReducePockets = "penurunan_kantong_kemiskinan" => "Penurunan jumlah kantong kemiskinan",
    }
}

keywords! {
    /// Where the money comes from. The order is the order of every recap by source: the
    /// region's own budget, then the other levels of government, then the villages, then
    /// money from outside government.
    "funding source" pub enum FundingSource {
        /// The plan's own region's APBD (for a province, the APBD Provinsi).
        Apbd = "apbd" => "APBD",
        /// A province's APBD spent in a kabupaten/kota, as a kabupaten/kota plan records it.
        ApbdProvinsi = "apbd_provinsi" => "APBD Provinsi",
        /// Transfers from a province into a kabupaten/kota APBD (*bantuan keuangan*).
        ProvincialGrant = "bantuan_keuangan_provinsi" => "Bantuan Keuangan Provinsi",
        /// A kabupaten/kota APBD co-funding a province programme, as a province plan records it.
        ApbdKabKota = "apbd_kabupaten_kota" => "APBD Kabupaten/Kota",
        /// The state budget without a finer split (the old form, still valid).
        Apbn = "apbn" => "APBN/DAK",
        DakFisik = "dak_fisik" => "DAK Fisik",
        DakNonfisik = "dak_nonfisik" => "DAK Nonfisik",
        /// Central ministries' own spending in the region.
        ApbnKl = "apbn_kl" => "APBN Kementerian/Lembaga",
        DanaDesa = "dana_desa" => "Dana Desa",
        /// Village budgets beyond the Dana Desa transfer (ADD, own revenue).
        Apbdes = "apbdes" => "APBDes di luar Dana Desa",
        Hibah = "hibah" => "Hibah",
        Csr = "csr" => "CSR",
        Baznas = "baznas" => "BAZNAS",
        Other = "lainnya" => "Lainnya",
    }
    synonyms {
        "dak" => [DakFisik, DakNonfisik],
        "apbndak" => [Apbn, DakFisik, DakNonfisik],
        "apbnk/l" => [ApbnKl],
        "kl" => [ApbnKl],
        "kementerian" => [ApbnKl],
        "bankeu" => [ProvincialGrant],
        "bankeuprovinsi" => [ProvincialGrant],
        "bantuankeuangan" => [ProvincialGrant],
        "bkk" => [ProvincialGrant],
        "apbdprov" => [ApbdProvinsi],
        "apbdkab" => [ApbdKabKota, Apbd],
        "apbdkota" => [ApbdKabKota, Apbd],
        "apbdkabupaten" => [ApbdKabKota, Apbd],
        "apbdkabkota" => [ApbdKabKota, Apbd],
        "dd" => [DanaDesa],
        "add" => [Apbdes],
        "alokasidanadesa" => [Apbdes],
        "apbdesa" => [Apbdes, DanaDesa],
        "desa" => [DanaDesa, Apbdes],
        "zakat" => [Baznas],
        "swasta" => [Csr],
        "tjsl" => [Csr],
        "filantropi" => [Hibah, Csr],
    }
}

impl FundingSource {
    /// A short label for narrow table cells and "APBD Rp6 miliar; Bankeu Provinsi Rp7,5 miliar".
    pub fn short_label(self) -> &'static str {
        match self {
            FundingSource::ProvincialGrant => "Bankeu Provinsi",
            FundingSource::ApbdKabKota => "APBD Kab/Kota",
            FundingSource::ApbnKl => "APBN K/L",
            FundingSource::Apbdes => "APBDes non-DD",
            other => other.label(),
        }
    }
}

keywords! {
    /// How directly a line reaches poor households.
    "intervention type" pub enum Intervention {
        Direct = "langsung" => "Langsung",
        Indirect = "tidak_langsung" => "Tidak langsung",
        Supporting = "penunjang" => "Penunjang",
    }
}

keywords! {
    /// The built-in budget tags, used when a plan declares no `penandaan` of its own.
    "tag" pub enum Tag {
        Poverty = "kemiskinan" => "Kemiskinan",
        ExtremePoverty = "kemiskinan_ekstrem" => "Kemiskinan ekstrem",
    }
}

keywords! {
    /// What a village is: a *desa* (village with its own government and budget) or a
    /// *kelurahan* (an urban ward, part of the kabupaten/kota administration).
    "village kind" pub enum VillageKind {
        Desa = "desa" => "desa",
        Kelurahan = "kelurahan" => "kelurahan",
    }
}

keywords! {
    /// The kind of a unit under an agency, for counting ("9 OPD dan 9 UPTD").
    "unit kind" pub enum UnitKind {
        Uptd = "uptd" => "UPTD",
        Upt = "upt" => "UPT",
        Rsud = "rsud" => "RSUD",
        Puskesmas = "puskesmas" => "Puskesmas",
        School = "satuan_pendidikan" => "satuan pendidikan",
        Branch = "cabang_dinas" => "cabang dinas",
        Other = "lainnya" => "unit kerja",
    }
    synonyms {
        "rs" => [Rsud],
        "rumahsakit" => [Rsud],
        "pkm" => [Puskesmas],
        "sekolah" => [School],
        "uptd/upt" => [Uptd, Upt],
        "cabdin" => [Branch],
    }
}

keywords! {
    /// The form aid takes in an annual action plan.
    "kind of aid" pub enum AidKind {
        Cash = "tunai" => "Tunai",
        InKind = "barang" => "Barang",
        Service = "jasa" => "Jasa/layanan",
        Infrastructure = "infrastruktur" => "Infrastruktur",
    }
}

keywords! {
    /// Which way an indicator should move.
    "direction" pub enum Direction {
        Up = "naik" => "Naik",
        Down = "turun" => "Turun",
    }
}

keywords! {
    /// The paper the PDF is printed on.
    "paper size" pub enum PaperSize {
        A4 = "a4" => "A4",
        F4 = "f4" => "F4 (215 × 330 mm)",
    }
}
