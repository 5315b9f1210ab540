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
        region: Region = "daerah",
        /// The five years the RPKD covers.
        period: Period = "periode",
        /// Which Kepmendagri update the nomenclature codes follow.
        nomenclature_version: Spanned<String> = "versi_nomenklatur",
        /// The regulation that enacts the plan, once it has one.
        enactment: Option<LegalInstrument> = "penetapan",
        /// The poverty-reduction coordination team.
        tkpk: Tkpk = "tkpk",
        /// Who signs the documents.
        signatory: Signatory = "penandatangan",
        /// Regional regulations cited in BAB I besides the national ones.
        legal_basis: Vec<Spanned<String>> = "dasar_hukum",
        /// The region's top-level commitments.
        pillars: Vec<Pillar> = "pilar",
        /// The region's strategies, each under a pillar and one national strategy.
        strategies: Vec<Strategy> = "strategi",
        /// The agencies (OPD) that carry out programs.
        agencies: Vec<Agency> = "perangkat_daerah",
        /// Kecamatan and their desa/kelurahan.
        districts: Vec<District> = "wilayah",
        /// Poverty statistics over time, with targets.
        statistics: Option<Statistics> = "statistik",
        /// Status thresholds for monitoring.
        monitoring: Option<Monitoring> = "pemantauan",
        /// Narrative chapters in Markdown.
        narrative: Option<Narrative> = "narasi",
        /// Paper for the PDF: `a4` (default) or `f4` (215 × 330 mm).
        paper: Option<Spanned<PaperSize>> = "kertas",
        /// A folder of the plan's own templates, relative to the plan directory; a file there
        /// replaces the built-in template of the same name.
        templates: Option<Spanned<String>> = "templat",
    }
}

record! {
    /// The region a plan is for.
    "region" pub struct Region {
        /// The name without its kind: `Tangerang`.
        name: Spanned<String> = "nama",
        /// `provinsi`, `kabupaten` or `kota`.
        kind: Spanned<RegionKind> = "jenis",
        /// The Kemendagri region code, e.g. `36.71`.
        code: Spanned<String> = "kode",
        /// The province a kabupaten or kota belongs to.
        province: Option<Spanned<String>> = "provinsi",
    }
}

record! {
    /// The period of the RPKD, five consecutive years.
    "period" pub struct Period {
        start: Spanned<Year> = "mulai",
        end: Spanned<Year> = "selesai",
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
        kind: Spanned<String> = "jenis",
        number: Spanned<String> = "nomor",
        date: Spanned<Date> = "tanggal",
        /// What it is about.
        about: Option<Spanned<String>> = "tentang",
    }
}

record! {
    /// A person by office.
    "person" pub struct Person {
        name: Spanned<String> = "nama",
        /// The office, e.g. `Wakil Wali Kota Tangerang`.
        office: Spanned<String> = "jabatan",
    }
}

record! {
    /// The Tim Koordinasi Penanggulangan Kemiskinan.
    "TKPK" pub struct Tkpk {
        /// Chaired by the deputy regional head.
        chair: Person = "ketua",
        /// The head of Bappeda.
        secretary: Person = "sekretaris",
        /// The decree that forms the team.
        decree: Option<Spanned<String>> = "dasar",
    }
}

record! {
    /// The signature block of the documents.
    "signatory" pub struct Signatory {
        /// The office, e.g. `Wali Kota Tangerang`.
        office: Spanned<String> = "jabatan",
        name: Spanned<String> = "nama",
        /// Civil-servant number, for officials who have one.
        nip: Option<Spanned<String>> = "nip",
        /// Rank, printed under the name where usual.
        rank: Option<Spanned<String>> = "pangkat",
        /// Where the document is signed.
        place: Spanned<String> = "tempat",
        /// When the RPKD is signed.
        date: Spanned<Date> = "tanggal",
    }
}

record! {
    /// A pillar: one of the region's top-level commitments.
    "pillar" pub struct Pillar {
        /// Unique id, e.g. `P1`.
        id: Spanned<String> = "id",
        name: Spanned<String> = "nama",
        description: Option<Spanned<String>> = "uraian",
    }
}

record! {
    /// A region strategy under a pillar, mapped to exactly one national strategy.
    "strategy" pub struct Strategy {
        /// Unique id, e.g. `S1`.
        id: Spanned<String> = "id",
        /// The pillar it serves.
        pillar: Spanned<String> = "pilar",
        /// The national strategy it belongs to.
        national: Spanned<NationalStrategy> = "strategi_nasional",
        name: Spanned<String> = "nama",
        /// Policy directions (*arah kebijakan*).
        policies: Vec<Spanned<String>> = "arah_kebijakan",
    }
}

record! {
    /// An agency (perangkat daerah, OPD).
    "agency" pub struct Agency {
        /// Unique id, e.g. `DINSOS`.
        id: Spanned<String> = "id",
        /// Full name, e.g. `Dinas Sosial`.
        name: Spanned<String> = "nama",
    }
}

record! {
    /// A kecamatan with its desa/kelurahan.
    "kecamatan" pub struct District {
        name: Spanned<String> = "kecamatan",
        /// Number of poor people (jiwa), for the distribution table.
        poor_people: Option<Spanned<u64>> = "penduduk_miskin",
        /// A priority location (*lokus*).
        priority: Option<Spanned<bool>> = "prioritas",
        villages: Vec<Village> = "desa_kelurahan",
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
        name: Spanned<String> = "nama",
        poor_people: Option<Spanned<u64>> = "penduduk_miskin",
        priority: Option<Spanned<bool>> = "prioritas",
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
        on_target: Option<Spanned<f64>> = "ambang_sesuai_target",
        /// Achievement (percent) from which a RAT line is *on progress*; default 50.
        in_progress: Option<Spanned<f64>> = "ambang_on_progress",
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
