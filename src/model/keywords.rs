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
    /// Where the money comes from.
    "funding source" pub enum FundingSource {
        Apbd = "apbd" => "APBD",
        ApbdProvinsi = "apbd_provinsi" => "APBD Provinsi",
        Apbn = "apbn" => "APBN/DAK",
        DanaDesa = "dana_desa" => "Dana Desa",
        Csr = "csr" => "CSR",
        Baznas = "baznas" => "BAZNAS",
        Other = "lainnya" => "Lainnya",
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
    /// Budget tagging: what a line counts toward.
    "tag" pub enum Tag {
        Poverty = "kemiskinan" => "Kemiskinan",
        ExtremePoverty = "kemiskinan_ekstrem" => "Kemiskinan ekstrem",
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
