//! The annual action plan (RAT) of one year, kept in `rat/<year>.yaml`.

use super::keywords::{AidKind, FundingSource};
use super::narrative::Markdown;
use super::plan::LegalInstrument;
use super::scalar::{Date, NomenclatureCode, Rupiah, Year};
use crate::load::decode::{Cx, Decode, number_expected};
use crate::load::yaml::{Node, NodeKind};
use crate::record;
use crate::source::{Span, Spanned};

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
        /// The year's theme, printed on the cover and in BAB I.
        theme: Option<Spanned<String>> = "tema" : "Tema RAT tahun ini, lazimnya tema RKPD tahun \
            berkenaan, dicetak di sampul dan di BAB I. Opsional.",
        /// The instrument that enacts this RAT, when it has one.
        enactment: Option<LegalInstrument> = "penetapan" : "Peraturan atau keputusan kepala \
            daerah yang menetapkan RAT ini: `jenis`, `nomor`, `tanggal` dan `tentang`. Opsional.",
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
        /// Which executor of the sub kegiatan (agency or unit) this line is for.
        agency: Option<Spanned<String>> = "perangkat_daerah" : "Perangkat daerah atau unit yang \
            melaksanakan baris ini, misalnya `PUSKESMAS-CIKUPA`: wajib bila sub kegiatan itu \
            ditulis dengan `pelaksana` (salah satu pelaksananya, E050); bila tidak, perangkat \
            daerah sub kegiatan itu atau salah satu unitnya (E049). Satu sub kegiatan boleh \
            mempunyai beberapa baris, satu per pelaksana (E010). Opsional.",
        /// Allocation for the year: one amount, or an amount per funding source.
        allocation: Amounts = "alokasi" : "Alokasi anggaran tahun ini, rupiah utuh tanpa \
            pemisah: satu jumlah dengan `sumber_dana`, misalnya `22000000000`, atau jumlah per \
            sumber dana, misalnya `{apbd: 6000000000, bantuan_keuangan_provinsi: 7500000000}`. \
            Seluruhnya tidak melebihi pagu indikatif sub kegiatan itu untuk tahun ini (W001). \
            Wajib.",
        funding_source: Option<Spanned<FundingSource>> = "sumber_dana" : "Sumber dana alokasi \
            yang ditulis sebagai satu jumlah: `apbd`, `apbd_provinsi`, \
            `bantuan_keuangan_provinsi`, `apbd_kabupaten_kota`, `apbn`, `dak_fisik`, \
            `dak_nonfisik`, `apbn_kl`, `dana_desa`, `apbdes`, `hibah`, `csr`, `baznas` atau \
            `lainnya`; salah satu sumber dana pada `pagu` sub kegiatan itu (W009). Wajib bila \
            `alokasi` satu jumlah; tidak ditulis bila `alokasi` per sumber dana (E052).",
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
        /// Money spent in the quarter: one amount, or an amount per funding source.
        spent: Amounts = "anggaran" : "Anggaran yang dibelanjakan pada triwulan ini saja (bukan \
            kumulatif), rupiah utuh: satu jumlah, misalnya `4400000000`, atau per sumber dana \
            seperti `alokasi`, misalnya `{apbd: 1500000000, bantuan_keuangan_provinsi: \
            2000000000}`; wajib per sumber dana bila `alokasi` ditulis per sumber dana (E051). \
            Wajib.",
        /// Output delivered in the quarter, in the line's unit.
        output: Spanned<f64> = "output" : "Keluaran yang dicapai pada triwulan ini saja (bukan \
            kumulatif), dalam satuan target baris, misalnya `180`. Wajib.",
    }
}

/// An amount of money, in whole rupiah: one figure (`22000000000`), or one per funding source
/// (`{apbd: 6000000000, bantuan_keuangan_provinsi: 7500000000}`).
#[derive(Debug, Clone)]
pub struct Amounts {
    pub form: AmountForm,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum AmountForm {
    Single(Spanned<Rupiah>),
    BySource(Vec<(Spanned<FundingSource>, Spanned<Rupiah>)>),
}

impl Amounts {
    /// The whole amount, all sources together.
    pub fn total(&self) -> Rupiah {
        match &self.form {
            AmountForm::Single(a) => a.value,
            AmountForm::BySource(list) => list.iter().map(|(_, a)| a.value).sum(),
        }
    }

    pub fn is_by_source(&self) -> bool {
        matches!(self.form, AmountForm::BySource(_))
    }

    /// The amount of each source; a single figure counts toward `single_source` (the line's
    /// `sumber_dana`), or toward no source when there is none.
    pub fn by_source(&self, single_source: Option<FundingSource>) -> Vec<(FundingSource, Rupiah)> {
        match &self.form {
            AmountForm::Single(a) => single_source
                .map(|s| vec![(s, a.value)])
                .unwrap_or_default(),
            AmountForm::BySource(list) => {
                let mut out: Vec<(FundingSource, Rupiah)> = Vec::new();
                for (s, a) in list {
                    match out.iter_mut().find(|(k, _)| *k == s.value) {
                        Some((_, sum)) => *sum = *sum + a.value,
                        None => out.push((s.value, a.value)),
                    }
                }
                out
            }
        }
    }
}

impl Decode for Amounts {
    const EXPECTED: &'static str = "an amount in whole rupiah, e.g. `1500000000`, or one per \
        funding source, e.g. `{apbd: 1000000000, csr: 500000000}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let form = match &node.kind {
            NodeKind::Map(_) => {
                let entries = cx.entries(node, Self::EXPECTED)?;
                let mut list = Vec::with_capacity(entries.len());
                let mut whole = true;
                for entry in entries {
                    let source = Spanned::<FundingSource>::decode(entry.key, cx);
                    let amount = Spanned::<Rupiah>::decode(entry.value, cx);
                    match (source, amount) {
                        (Some(s), Some(a)) => list.push((s, a)),
                        _ => whole = false,
                    }
                }
                // A split with a bad part is not the amount the planner meant: drop the whole.
                if !whole {
                    return None;
                }
                if list.is_empty() {
                    cx.push(
                        crate::diag::Diagnostic::new(
                            crate::diag::Code::InvalidValue,
                            crate::msg!("rat-amounts-no-source"),
                        )
                        .primary(node.span, crate::msg!("rat-amounts-empty"))
                        .hint(crate::msg!("rat-amounts-no-source-hint")),
                    );
                    return None;
                }
                AmountForm::BySource(list)
            }
            NodeKind::Int(_) | NodeKind::Float(_) => {
                AmountForm::Single(Spanned::<Rupiah>::decode(node, cx)?)
            }
            _ => {
                cx.push(number_expected(node, Rupiah::EXPECTED));
                return None;
            }
        };
        Some(Amounts {
            form,
            span: node.span,
        })
    }
}

impl crate::schema::Schema for Amounts {
    fn schema(defs: &mut crate::schema::Defs) -> serde_json::Value {
        let amount = <Rupiah as crate::schema::Schema>::schema(defs);
        let mut properties = serde_json::Map::new();
        for source in FundingSource::ALL {
            properties.insert(source.key().into(), amount.clone());
        }
        serde_json::json!({
            "description": "Rupiah utuh, satu jumlah (`1500000000`) atau per sumber dana (`{apbd: 1000000000, csr: 500000000}`).",
            "oneOf": [amount, {
                "type": "object",
                "properties": properties,
                "additionalProperties": false,
                "minProperties": 1,
            }],
        })
    }
}

impl RatLine {
    /// The allocation per source ([`Amounts::by_source`] with the line's `sumber_dana`).
    pub fn allocation_by_source(&self) -> Vec<(FundingSource, Rupiah)> {
        self.allocation
            .by_source(self.funding_source.as_ref().map(|s| s.value))
    }

    /// What a single spending figure counts toward: the only source of the allocation.
    pub fn single_source(&self) -> Option<FundingSource> {
        let sources = self.allocation_by_source();
        match sources.as_slice() {
            [(s, _)] => Some(*s),
            _ => None,
        }
    }

    /// The quarters' spending summed per source.
    pub fn spent_by_source(&self) -> Vec<(FundingSource, Rupiah)> {
        let single = self.single_source();
        let mut out: Vec<(FundingSource, Rupiah)> = Vec::new();
        for r in &self.realisation {
            for (s, a) in r.spent.by_source(single) {
                match out.iter_mut().find(|(k, _)| *k == s) {
                    Some((_, sum)) => *sum = *sum + a,
                    None => out.push((s, a)),
                }
            }
        }
        out
    }

    /// The quarters' spending, all sources together.
    pub fn spent_total(&self) -> Rupiah {
        self.realisation.iter().map(|r| r.spent.total()).sum()
    }
}
