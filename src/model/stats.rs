//! Poverty statistics: the indicators BAB III reports over time, against province and nation,
//! and the targets the plan sets for them.

use super::keywords::Direction;
use super::scalar::{Year, YearMap};
use crate::load::decode::{Cx, Decode};
use crate::load::yaml::Node;
use crate::record;
use crate::source::{Span, Spanned};

record! {
    /// One published value of an indicator.
    "observation" pub struct Observation {
        /// The year the value describes.
        year: Spanned<Year> = "tahun" : "Tahun yang digambarkan nilai ini, misalnya `2024`. Wajib.",
        /// The region's value (decimal point in YAML; documents print a decimal comma).
        value: Spanned<f64> = "nilai" : "Nilai daerah, dengan titik desimal: `5.43` (dokumen \
            mencetak `5,43`). Wajib.",
        /// The province's value for the same year, for comparison.
        province: Option<Spanned<f64>> = "provinsi" : "Nilai provinsi pada tahun yang sama, \
            sebagai pembanding, misalnya `5.84`. Opsional.",
        /// The national value for the same year, for comparison.
        national: Option<Spanned<f64>> = "nasional" : "Nilai nasional pada tahun yang sama, \
            sebagai pembanding, misalnya `9.03`. Opsional.",
        /// Other regions' values for the same year, by name (other provinces, neighbouring
        /// kabupaten/kota).
        comparators: Option<Comparators> = "pembanding" : "Nilai daerah lain pada tahun yang \
            sama, menurut namanya seperti dicetak: untuk provinsi, provinsi lain (`{Jawa Barat: \
            7.02, DKI Jakarta: 4.30}`); untuk kabupaten/kota, daerah tetangga. Opsional.",
        /// Where the value comes from, e.g. `BPS, Susenas Maret 2024`.
        source: Option<Spanned<String>> = "sumber" : "Sumber nilai ini, menggantikan `sumber` \
            deretnya, misalnya `BPS, Susenas Maret 2024`. Opsional.",
    }
}

/// Other regions' values of one observation, in the order written: `{Jawa Barat: 7.02}`.
#[derive(Debug, Clone)]
pub struct Comparators {
    pub entries: Vec<(Spanned<String>, Spanned<f64>)>,
    pub span: Span,
}

impl Decode for Comparators {
    const EXPECTED: &'static str = "a mapping from region name to value, e.g. `{Jawa Barat: 7.02}`";
    fn decode(node: &Node, cx: &mut Cx) -> Option<Self> {
        let entries = cx.entries(node, Self::EXPECTED)?;
        let mut out = Vec::with_capacity(entries.len());
        for entry in entries {
            let name = Spanned::<String>::decode(entry.key, cx);
            let value = Spanned::<f64>::decode(entry.value, cx);
            if let (Some(name), Some(value)) = (name, value) {
                out.push((name, value));
            }
        }
        Some(Comparators {
            entries: out,
            span: node.span,
        })
    }
}

impl crate::schema::Schema for Comparators {
    fn schema(_: &mut crate::schema::Defs) -> serde_json::Value {
        serde_json::json!({
            "type": "object",
            "additionalProperties": { "type": "number" },
            "description": "Nilai daerah lain menurut namanya, misalnya `{Jawa Barat: 7.02}`.",
        })
    }
}

record! {
    /// An indicator's published values and the plan's targets for it.
    "statistics series" pub struct Series {
        /// Values over past years, oldest first.
        data: Vec<Observation> = "data" : "Nilai yang telah dipublikasikan, yang terlama lebih \
            dahulu, misalnya `- {tahun: 2024, nilai: 5.43, provinsi: 5.84, nasional: 9.03}`. \
            Opsional.",
        /// The plan's target for each year of the period.
        target: Option<YearMap<f64>> = "target" : "Target rencana untuk setiap tahun periode, \
            tidak lebih dan tidak kurang (E013, E014), misalnya `{2025: 5.15, 2026: 5.05, 2027: \
            4.97, 2028: 4.88, 2029: 4.80}`. Target yang bergerak menjauhi arah kemajuan dari tahun \
            sebelumnya diperingatkan (W003). Opsional.",
        /// Default source for every value that names none.
        source: Option<Spanned<String>> = "sumber" : "Sumber data bawaan bagi setiap nilai di \
            `data` yang tidak menyebut sumbernya sendiri, misalnya `BPS, Susenas Maret`. Opsional.",
    }
}

/// Which statistic a series is, with its unit and the direction that means progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistic {
    P0,
    PoorPeople,
    P1,
    P2,
    PovertyLine,
    ExtremePoverty,
    Gini,
    Unemployment,
    Hdi,
}

/// How a statistic's values are bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// 0–100
    Percent,
    /// 0–1
    Ratio,
    /// zero or more
    NonNegative,
}

impl Statistic {
    pub const ALL: [Statistic; 9] = [
        Statistic::P0,
        Statistic::PoorPeople,
        Statistic::P1,
        Statistic::P2,
        Statistic::PovertyLine,
        Statistic::ExtremePoverty,
        Statistic::Gini,
        Statistic::Unemployment,
        Statistic::Hdi,
    ];

    /// The key in `statistik:`.
    pub fn key(self) -> &'static str {
        match self {
            Statistic::P0 => "p0",
            Statistic::PoorPeople => "jumlah_penduduk_miskin",
            Statistic::P1 => "p1",
            Statistic::P2 => "p2",
            Statistic::PovertyLine => "garis_kemiskinan",
            Statistic::ExtremePoverty => "kemiskinan_ekstrem",
            Statistic::Gini => "gini",
            Statistic::Unemployment => "tpt",
            Statistic::Hdi => "ipm",
        }
    }

    /// The indicator's name as documents print it.
    pub fn label(self) -> &'static str {
        match self {
            Statistic::P0 => "Persentase penduduk miskin (P0)",
            Statistic::PoorPeople => "Jumlah penduduk miskin",
            Statistic::P1 => "Indeks kedalaman kemiskinan (P1)",
            Statistic::P2 => "Indeks keparahan kemiskinan (P2)",
            Statistic::PovertyLine => "Garis kemiskinan",
            Statistic::ExtremePoverty => "Tingkat kemiskinan ekstrem",
            Statistic::Gini => "Rasio Gini",
            Statistic::Unemployment => "Tingkat pengangguran terbuka (TPT)",
            Statistic::Hdi => "Indeks pembangunan manusia (IPM)",
        }
    }

    /// The unit as published.
    pub fn unit(self) -> &'static str {
        match self {
            Statistic::P0 | Statistic::ExtremePoverty | Statistic::Unemployment => "persen",
            Statistic::PoorPeople => "jiwa",
            Statistic::P1 | Statistic::P2 | Statistic::Gini | Statistic::Hdi => "indeks",
            Statistic::PovertyLine => "Rp/kapita/bulan",
        }
    }

    /// Which way is progress; the poverty line has none.
    pub fn better(self) -> Option<Direction> {
        match self {
            Statistic::Hdi => Some(Direction::Up),
            Statistic::PovertyLine => None,
            _ => Some(Direction::Down),
        }
    }

    pub fn bound(self) -> Bound {
        match self {
            Statistic::P0
            | Statistic::ExtremePoverty
            | Statistic::Unemployment
            | Statistic::Hdi => Bound::Percent,
            Statistic::Gini => Bound::Ratio,
            _ => Bound::NonNegative,
        }
    }
}

record! {
    /// The poverty statistics of the region, one series per indicator; all are optional.
    "statistics section" pub struct Statistics {
        /// Persentase penduduk miskin (percent).
        p0: Option<Series> = "p0" : "Persentase penduduk miskin (P0), dalam persen (0–100), \
            misalnya `5.43`; kemajuan berarti turun. Targetnya dinyatakan ulang sebagai \
            `target_kemiskinan` di setiap RAT (W008). Opsional.",
        /// Jumlah penduduk miskin (jiwa).
        poor_people: Option<Series> = "jumlah_penduduk_miskin" : "Jumlah penduduk miskin, dalam \
            jiwa, misalnya `128910`; kemajuan berarti turun. Opsional.",
        /// Indeks kedalaman kemiskinan.
        p1: Option<Series> = "p1" : "Indeks kedalaman kemiskinan (P1), misalnya `0.80`; kemajuan \
            berarti turun. Opsional.",
        /// Indeks keparahan kemiskinan.
        p2: Option<Series> = "p2" : "Indeks keparahan kemiskinan (P2), misalnya `0.18`; kemajuan \
            berarti turun. Opsional.",
        /// Garis kemiskinan (Rp/kapita/bulan).
        poverty_line: Option<Series> = "garis_kemiskinan" : "Garis kemiskinan, dalam rupiah per \
            kapita per bulan, misalnya `781290`. Opsional.",
        /// Tingkat kemiskinan ekstrem (percent).
        extreme_poverty: Option<Series> = "kemiskinan_ekstrem" : "Tingkat kemiskinan ekstrem, \
            dalam persen (0–100), misalnya `0.31`; kemajuan berarti turun. Targetnya dinyatakan \
            ulang sebagai `target_kemiskinan_ekstrem` di setiap RAT (W008). Opsional.",
        /// Rasio Gini (0–1).
        gini: Option<Series> = "gini" : "Rasio Gini, pecahan 0–1, misalnya `0.376` (bukan `37.6`; \
            E020); kemajuan berarti turun. Opsional.",
        /// Tingkat pengangguran terbuka (percent).
        unemployment: Option<Series> = "tpt" : "Tingkat pengangguran terbuka (TPT), dalam persen \
            (0–100), misalnya `6.44`; kemajuan berarti turun. Opsional.",
        /// Indeks pembangunan manusia.
        hdi: Option<Series> = "ipm" : "Indeks pembangunan manusia (IPM), 0–100, misalnya `80.72`; \
            kemajuan berarti naik. Opsional.",
    }
}

impl Statistics {
    /// Every series present, with the statistic it measures, in the order of [`Statistic::ALL`].
    pub fn series(&self) -> impl Iterator<Item = (Statistic, &Series)> {
        Statistic::ALL
            .into_iter()
            .filter_map(|s| self.get(s).map(|series| (s, series)))
    }

    pub fn get(&self, statistic: Statistic) -> Option<&Series> {
        match statistic {
            Statistic::P0 => self.p0.as_ref(),
            Statistic::PoorPeople => self.poor_people.as_ref(),
            Statistic::P1 => self.p1.as_ref(),
            Statistic::P2 => self.p2.as_ref(),
            Statistic::PovertyLine => self.poverty_line.as_ref(),
            Statistic::ExtremePoverty => self.extreme_poverty.as_ref(),
            Statistic::Gini => self.gini.as_ref(),
            Statistic::Unemployment => self.unemployment.as_ref(),
            Statistic::Hdi => self.hdi.as_ref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistic_keys_match_the_record_keys() {
        let keys: Vec<&str> = Statistic::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(keys, Statistics::KEYS);
    }
}
