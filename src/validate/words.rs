//! The validate stage's nouns in messages: what a definition is (a pillar, a kecamatan, a RAT
//! line) and what kind of region a plan is for, with the English article where a sentence needs
//! one (`first defined here as an agency`). The words live in `locales/*/validate.ftl`.

use crate::i18n::Message;
use crate::model::{RegionKind, VillageKind};
use crate::msg;

/// A kind of definition whose name must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    Pillar,
    Strategy,
    Agency,
    Unit,
    TagCategory,
    Program,
    Kegiatan,
    SubKegiatan,
    Executor,
    Kecamatan,
    Kabupaten,
    Kota,
    LocationGroup,
    Desa,
    Kelurahan,
    RatLine,
}

impl Noun {
    /// Without article: `strategy `S1` defined again here`.
    pub fn bare(self) -> Message {
        match self {
            Noun::Pillar => msg!("noun-pillar"),
            Noun::Strategy => msg!("noun-strategy"),
            Noun::Agency => msg!("noun-agency"),
            Noun::Unit => msg!("noun-unit"),
            Noun::TagCategory => msg!("noun-tag-category"),
            Noun::Program => msg!("noun-program"),
            Noun::Kegiatan => msg!("noun-kegiatan"),
            Noun::SubKegiatan => msg!("noun-sub-kegiatan"),
            Noun::Executor => msg!("noun-executor"),
            Noun::Kecamatan => msg!("noun-kecamatan"),
            Noun::Kabupaten => msg!("noun-kabupaten"),
            Noun::Kota => msg!("noun-kota"),
            Noun::LocationGroup => msg!("noun-location-group"),
            Noun::Desa => msg!("noun-desa"),
            Noun::Kelurahan => msg!("noun-kelurahan"),
            Noun::RatLine => msg!("noun-rat-line"),
        }
    }

    /// With the English article: `first defined here as an agency`.
    pub fn with_article(self) -> Message {
        match self {
            Noun::Pillar => msg!("noun-a-pillar"),
            Noun::Strategy => msg!("noun-a-strategy"),
            Noun::Agency => msg!("noun-a-agency"),
            Noun::Unit => msg!("noun-a-unit"),
            Noun::TagCategory => msg!("noun-a-tag-category"),
            Noun::Program => msg!("noun-a-program"),
            Noun::Kegiatan => msg!("noun-a-kegiatan"),
            Noun::SubKegiatan => msg!("noun-a-sub-kegiatan"),
            Noun::Executor => msg!("noun-a-executor"),
            Noun::Kecamatan => msg!("noun-a-kecamatan"),
            Noun::Kabupaten => msg!("noun-a-kabupaten"),
            Noun::Kota => msg!("noun-a-kota"),
            Noun::LocationGroup => msg!("noun-a-location-group"),
            Noun::Desa => msg!("noun-a-desa"),
            Noun::Kelurahan => msg!("noun-a-kelurahan"),
            Noun::RatLine => msg!("noun-a-rat-line"),
        }
    }

    pub fn village(kind: VillageKind) -> Noun {
        match kind {
            VillageKind::Desa => Noun::Desa,
            VillageKind::Kelurahan => Noun::Kelurahan,
        }
    }
}

/// A region of this kind, with the English article: `in the plan of { $region }` (a province,
/// a kabupaten, a kota).
pub fn region(kind: RegionKind) -> Message {
    match kind {
        RegionKind::Province => msg!("region-a-province"),
        RegionKind::Regency => msg!("region-a-regency"),
        RegionKind::City => msg!("region-a-city"),
    }
}

/// The sub kegiatan `code` as one executor holds it: `` `1.06.05.2.01.0006` by DINSOS ``.
pub fn code_by(code: &str, holder: &str) -> Message {
    msg!("sub-by", code = code, holder = holder)
}

/// `indicator `name``, the subject of a range, year or direction message.
pub fn indicator(name: &str) -> Message {
    msg!("what-indicator", name = name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Arg, Lang};

    #[test]
    fn nouns_take_their_article_in_english_only() {
        assert_eq!(Noun::Agency.with_article().render(Lang::En), "an agency");
        assert_eq!(
            Noun::Agency.with_article().render(Lang::Id),
            "perangkat daerah"
        );
        assert_eq!(region(RegionKind::City).render(Lang::En), "a kota");
        assert_eq!(
            code_by("1.06.05.2.01.0006", "DINSOS").render(Lang::Id),
            "`1.06.05.2.01.0006` oleh DINSOS"
        );
    }

    #[test]
    fn counts_choose_their_forms() {
        let errors = |n: u32| msg!("linked-errors", member = "Kota Contoh", count = n);
        assert_eq!(
            errors(1).render(Lang::En),
            "the plan of Kota Contoh has 1 error"
        );
        assert_eq!(
            errors(3).render(Lang::En),
            "the plan of Kota Contoh has 3 errors"
        );
        assert_eq!(
            errors(3).render(Lang::Id),
            "rencana Kota Contoh memuat 3 kesalahan"
        );
        let years = Arg::CommaList(vec![Arg::Int(2026), Arg::Int(2027)]);
        let missing = msg!("period-missing-label", count = 2u32, years = years);
        assert_eq!(missing.render(Lang::En), "missing years 2026, 2027");
        assert_eq!(missing.render(Lang::Id), "tahun 2026, 2027 belum diisi");
    }
}
