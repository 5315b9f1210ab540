//! Programs → kegiatan → sub kegiatan, the lines of the RPKD matrix. Kept in `program/*.yaml`,
//! usually one file per agency.

use super::keywords::{Direction, FundingSource, Intervention, Tag};
use super::scalar::{NomenclatureCode, Rupiah, Year, YearMap};
use crate::load::decode::{Cx, Decode};
use crate::load::yaml::Node;
use crate::record;
use crate::source::{Span, Spanned};

record! {
    /// A file under `program/`.
    "program file" pub struct ProgramFile {
        programs: Vec<Program> = "program",
    }
}

record! {
    /// A program (`U.BB.PP`), under one region strategy and one agency.
    "program" pub struct Program {
        code: Spanned<NomenclatureCode> = "kode",
        name: Spanned<String> = "nama",
        /// The region strategy, by id; kegiatan and sub kegiatan inherit it.
        strategy: Spanned<String> = "strategi",
        /// The responsible agency, by id; kegiatan and sub kegiatan inherit it.
        agency: Spanned<String> = "perangkat_daerah",
        /// Outcome indicators; a program needs at least one.
        indicators: Vec<Indicator> = "indikator",
        activities: Vec<Kegiatan> = "kegiatan",
    }
}

record! {
    /// A kegiatan (`U.BB.PP.L.KK`).
    "kegiatan" pub struct Kegiatan {
        code: Spanned<NomenclatureCode> = "kode",
        name: Spanned<String> = "nama",
        /// Overrides the program's strategy for this kegiatan.
        strategy: Option<Spanned<String>> = "strategi",
        /// Overrides the program's agency for this kegiatan.
        agency: Option<Spanned<String>> = "perangkat_daerah",
        indicators: Vec<Indicator> = "indikator",
        sub_activities: Vec<SubKegiatan> = "sub_kegiatan",
    }
}

record! {
    /// A sub kegiatan (`U.BB.PP.L.KK.SSSS`): one line of the program matrix, with budget.
    "sub kegiatan" pub struct SubKegiatan {
        code: Spanned<NomenclatureCode> = "kode",
        name: Spanned<String> = "nama",
        /// Overrides the strategy inherited from the kegiatan or program.
        strategy: Option<Spanned<String>> = "strategi",
        /// Overrides the agency inherited from the kegiatan or program.
        agency: Option<Spanned<String>> = "perangkat_daerah",
        /// `langsung`, `tidak_langsung` or `penunjang`.
        intervention: Spanned<Intervention> = "intervensi",
        /// What the line counts toward in budget tagging.
        tags: Vec<Spanned<Tag>> = "tag",
        /// Output indicators; a sub kegiatan needs at least one.
        indicators: Vec<Indicator> = "indikator",
        /// Indicative ceiling (*pagu indikatif*) per funding source and year.
        ceilings: Ceilings = "pagu",
        /// Priority locations: `Kecamatan` or `Kecamatan/Kelurahan`; none means the whole region.
        locations: Vec<Spanned<String>> = "lokasi",
        beneficiaries: Option<Beneficiaries> = "sasaran",
        notes: Option<Spanned<String>> = "keterangan",
    }
}

record! {
    /// A performance indicator with baseline and yearly targets.
    "indicator" pub struct Indicator {
        name: Spanned<String> = "nama",
        /// Unit as printed: `persen`, `KK`, `unit`, `orang`, …
        unit: Spanned<String> = "satuan",
        baseline: Baseline = "kondisi_awal",
        /// A target for each year of the period.
        targets: YearMap<f64> = "target",
        /// Which way is progress; when given, a target moving the other way is warned about.
        direction: Option<Spanned<Direction>> = "arah",
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
        value: Spanned<f64> = "nilai",
        year: Spanned<Year> = "tahun",
    }
}

record! {
    /// Who a line reaches.
    "beneficiaries" pub struct Beneficiaries {
        count: Spanned<u64> = "jumlah",
        /// `jiwa`, `KK`, `rumah`, `unit`, `orang`, …
        unit: Spanned<String> = "satuan",
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
        self.sources
            .iter()
            .all(|(_, years)| !years.invalid_years.contains(&year))
    }

    /// Whether any source gives (or tried to give) a ceiling for `year`.
    pub fn has_year(&self, year: Year) -> bool {
        self.sources.iter().any(|(_, years)| years.has_year(year))
    }
}

impl Decode for Ceilings {
    const EXPECTED: &'static str =
        "a mapping from funding source to yearly amounts, e.g. `{apbd: {2025: 1500000000}}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let entries = cx.entries(node, Self::EXPECTED)?;
        let mut sources = Vec::with_capacity(entries.len());
        for entry in entries {
            let source = Spanned::<FundingSource>::decode(entry.key, cx);
            let years = YearMap::<Rupiah>::decode(entry.value, cx);
            if let (Some(source), Some(years)) = (source, years) {
                sources.push((source, years));
            }
        }
        Some(Ceilings {
            sources,
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
