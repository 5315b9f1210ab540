//! The annual action plan (RAT) of one year, kept in `rat/<year>.yaml`.

use super::keywords::{AidKind, FundingSource};
use super::narrative::Markdown;
use super::scalar::{Date, NomenclatureCode, Rupiah, Year};
use crate::record;
use crate::source::Spanned;

record! {
    /// The contents of `rat/<year>.yaml`.
    "RAT" pub struct Rat {
        year: Spanned<Year> = "tahun",
        /// The year's graduation target for poverty (P0, percent).
        poverty_target: Spanned<f64> = "target_kemiskinan",
        /// The year's target for extreme poverty (percent).
        extreme_poverty_target: Spanned<f64> = "target_kemiskinan_ekstrem",
        /// When the RAT is signed; defaults to the RPKD's signature date.
        date: Option<Spanned<Date>> = "tanggal",
        /// The year's conditions, in Markdown.
        conditions: Option<Markdown> = "kondisi",
        lines: Vec<RatLine> = "rencana_aksi",
    }
}

record! {
    /// One line of the RAT matrix: a sub kegiatan's plan for the year.
    "RAT line" pub struct RatLine {
        /// The sub kegiatan, by nomenclature code.
        sub_activity: Spanned<NomenclatureCode> = "sub_kegiatan",
        /// Output target for the year, in the unit of the sub kegiatan's first indicator.
        target: Spanned<f64> = "target",
        /// Allocation for the year.
        allocation: Spanned<Rupiah> = "alokasi",
        funding_source: Spanned<FundingSource> = "sumber_dana",
        /// `tunai`, `barang`, `jasa` or `infrastruktur`.
        aid_kind: Spanned<AidKind> = "jenis_bantuan",
        /// Size of the benefit, e.g. `Rp20.000.000 per rumah`.
        benefit: Option<Spanned<String>> = "besaran_manfaat",
        /// Locations this year: `Kecamatan` or `Kecamatan/Kelurahan`.
        locations: Vec<Spanned<String>> = "lokasi",
        beneficiaries: Option<super::program::Beneficiaries> = "sasaran",
        /// Realisation reported so far, one entry per quarter.
        realisation: Vec<Realisation> = "realisasi",
        notes: Option<Spanned<String>> = "keterangan",
    }
}

record! {
    /// What was spent and delivered in one quarter.
    "realisation" pub struct Realisation {
        /// 1 to 4.
        quarter: Spanned<u64> = "triwulan",
        /// Money spent in the quarter.
        spent: Spanned<Rupiah> = "anggaran",
        /// Output delivered in the quarter, in the line's unit.
        output: Spanned<f64> = "output",
    }
}
