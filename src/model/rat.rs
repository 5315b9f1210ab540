//! The annual action plan (RAT) of one year, kept in `rat/<year>.yaml`.

use super::keywords::{AidKind, FundingSource};
use super::narrative::Markdown;
use super::scalar::{Date, NomenclatureCode, Rupiah, Year};
use crate::record;
use crate::source::Spanned;

record! {
    /// The contents of `rat/<year>.yaml`.
    "RAT" pub struct Rat {
        year: Spanned<Year> = "tahun" : "Tahun RAT, misalnya `2026`: di dalam periode RPKD (E014), \
            satu RAT per tahun, dan sama dengan nama berkasnya, `rat/2026.yaml` (E015). Wajib.",
        /// The year's graduation target for poverty (P0, percent).
        poverty_target: Spanned<f64> = "target_kemiskinan" : "Target kelulusan persentase penduduk \
            miskin (P0) tahun ini, dalam persen (0–100), misalnya `5.05`; sama dengan \
            `statistik.p0.target` tahun ini di rpkd.yaml (W008). Wajib.",
        /// The year's target for extreme poverty (percent).
        extreme_poverty_target: Spanned<f64> = "target_kemiskinan_ekstrem" : "Target tingkat \
            kemiskinan ekstrem tahun ini, dalam persen (0–100), misalnya `0`; sama dengan \
            `statistik.kemiskinan_ekstrem.target` tahun ini di rpkd.yaml (W008). Wajib.",
        /// When the RAT is signed; defaults to the RPKD's signature date.
        date: Option<Spanned<Date>> = "tanggal" : "Tanggal penandatanganan RAT, `TTTT-BB-HH`, \
            misalnya `2026-01-19` (E008 bila bukan tanggal yang sah). Opsional: tanpa isian, RAT \
            memakai `penandatangan.tanggal` di rpkd.yaml.",
        /// The year's conditions, in Markdown.
        conditions: Option<Markdown> = "kondisi" : "Kondisi dan fokus tahun ini, dalam Markdown: \
            teks langsung (`kondisi: |` lalu teks di baris berikutnya) atau `{berkas: \
            narasi/rat-2026-kondisi.md}`. Opsional; bila tidak diisi, dokumen mencetak teks baku.",
        lines: Vec<RatLine> = "rencana_aksi" : "Baris matriks RAT: satu baris per sub kegiatan \
            yang dilaksanakan tahun ini (E010).",
    }
}

record! {
    /// One line of the RAT matrix: a sub kegiatan's plan for the year.
    "RAT line" pub struct RatLine {
        /// The sub kegiatan, by nomenclature code.
        sub_activity: Spanned<NomenclatureCode> = "sub_kegiatan" : "Kode sub kegiatan, dalam tanda \
            kutip, seperti didefinisikan di folder `program/` (E011), misalnya \
            `\"1.04.03.2.03.0002\"`. Wajib.",
        /// Output target for the year, in the unit of the sub kegiatan's first indicator.
        target: Spanned<f64> = "target" : "Target keluaran tahun ini, lebih dari 0 (E024), dalam \
            satuan indikator pertama sub kegiatan itu, misalnya `1000`. Capaian dan status baris \
            diukur terhadap target ini. Wajib.",
        /// Allocation for the year.
        allocation: Spanned<Rupiah> = "alokasi" : "Alokasi anggaran tahun ini, rupiah utuh tanpa \
            pemisah, misalnya `22000000000`; tidak melebihi pagu indikatif sub kegiatan itu untuk \
            tahun ini, semua sumber dana dijumlahkan (W001). Wajib.",
        funding_source: Spanned<FundingSource> = "sumber_dana" : "Sumber dana alokasi: `apbd`, \
            `apbd_provinsi`, `apbn` (APBN/DAK), `dana_desa`, `csr`, `baznas` atau `lainnya`; salah \
            satu sumber dana pada `pagu` sub kegiatan itu (W009). Wajib.",
        /// `tunai`, `barang`, `jasa` or `infrastruktur`.
        aid_kind: Spanned<AidKind> = "jenis_bantuan" : "Bentuk bantuan: `tunai`, `barang`, `jasa` \
            (jasa/layanan) atau `infrastruktur`. Wajib.",
        /// Size of the benefit, e.g. `Rp20.000.000 per rumah`.
        benefit: Option<Spanned<String>> = "besaran_manfaat" : "Besaran manfaat, misalnya \
            `Rp25.000.000 per rumah`. Opsional.",
        /// Locations this year: `Kecamatan` or `Kecamatan/Kelurahan`.
        locations: Vec<Spanned<String>> = "lokasi" : "Lokasi tahun ini, persis seperti di \
            `wilayah` rpkd.yaml: `Kecamatan` atau `Kecamatan/Kelurahan`, misalnya `[Periuk, \
            Neglasari/Kedaung Wetan]` (E011). Tanpa `lokasi` berarti seluruh wilayah. Opsional.",
        beneficiaries: Option<super::program::Beneficiaries> = "sasaran" : "Penerima manfaat tahun \
            ini, misalnya `{jumlah: 1000, satuan: rumah}`. Opsional.",
        /// Realisation reported so far, one entry per quarter.
        realisation: Vec<Realisation> = "realisasi" : "Realisasi per triwulan, satu entri per \
            triwulan (E022), ditambahkan setiap laporan triwulan masuk, misalnya `- {triwulan: 2, \
            anggaran: 4400000000, output: 180}`. Jumlah anggaran semua triwulan tidak melebihi \
            `alokasi` (W002). Opsional.",
        notes: Option<Spanned<String>> = "keterangan" : "Catatan: alasan keterlambatan, pendanaan \
            bersama, dan sebagainya. Opsional.",
    }
}

record! {
    /// What was spent and delivered in one quarter.
    "realisation" pub struct Realisation {
        /// 1 to 4.
        quarter: Spanned<u64> = "triwulan" : "Triwulan: `1` (Januari–Maret), `2` (April–Juni), `3` \
            (Juli–September) atau `4` (Oktober–Desember); setiap triwulan hanya sekali per baris \
            (E022). Wajib.",
        /// Money spent in the quarter.
        spent: Spanned<Rupiah> = "anggaran" : "Anggaran yang dibelanjakan pada triwulan ini saja \
            (bukan kumulatif), rupiah utuh, misalnya `4400000000`. Wajib.",
        /// Output delivered in the quarter, in the line's unit.
        output: Spanned<f64> = "output" : "Keluaran yang dicapai pada triwulan ini saja (bukan \
            kumulatif), dalam satuan target baris, misalnya `180`. Wajib.",
    }
}
