//! The load stage's vocabulary in messages: what a record or a keyword is called, what a value
//! should have been, what was found. The model declares records and keywords with an English
//! name (`record! { "program" pub struct Program … }`) and each decoder with the English text of
//! what it expects; this module turns those names into catalogue messages, so the declarations
//! stay one line each and the words live in the catalogues (`locales/*/load.ftl`).
//!
//! A name with no message here falls back to the English text in both languages; the test at
//! the end lists every name the model declares, so a new record or keyword fails it until it
//! has its words.

use crate::i18n::Message;
use crate::load::yaml::NodeKind;
use crate::msg;

/// A record, with its article in English (`a program`, `an agency`): `in { $what }`.
pub fn record(what: &str) -> Message {
    match what {
        "observation" => msg!("rec-observation"),
        "statistics series" => msg!("rec-statistics-series"),
        "statistics section" => msg!("rec-statistics-section"),
        "narrative file reference" => msg!("rec-narrative-file"),
        "narrative section" => msg!("rec-narrative-section"),
        "RAT" => msg!("rec-rat"),
        "RAT line" => msg!("rec-rat-line"),
        "realisation" => msg!("rec-realisation"),
        "plan root" => msg!("rec-plan-root"),
        "region" => msg!("rec-region"),
        "period" => msg!("rec-period"),
        "legal instrument" => msg!("rec-legal-instrument"),
        "person" => msg!("rec-person"),
        "TKPK" => msg!("rec-tkpk"),
        "signatory" => msg!("rec-signatory"),
        "pillar" => msg!("rec-pillar"),
        "strategy" => msg!("rec-strategy"),
        "agency" => msg!("rec-agency"),
        "unit" => msg!("rec-unit"),
        "tagging section" => msg!("rec-tagging"),
        "tag category" => msg!("rec-tag-category"),
        "location group" => msg!("rec-location-group"),
        "kecamatan" => msg!("rec-kecamatan"),
        "desa/kelurahan" => msg!("rec-village"),
        "kabupaten/kota" => msg!("rec-member"),
        "monitoring section" => msg!("rec-monitoring"),
        "program file" => msg!("rec-program-file"),
        "program" => msg!("rec-program"),
        "kegiatan" => msg!("rec-kegiatan"),
        "sub kegiatan" => msg!("rec-sub-kegiatan"),
        "executor" => msg!("rec-executor"),
        "indicator" => msg!("rec-indicator"),
        "baseline" => msg!("rec-baseline"),
        "beneficiaries" => msg!("rec-beneficiaries"),
        other => Message::verbatim(format!("a {other}")),
    }
}

/// A closed list of keywords, without article: `unknown { $what } `apdb``.
pub fn keyword(what: &str) -> Message {
    match what {
        "region kind" => msg!("kw-region-kind"),
        "national strategy" => msg!("kw-national-strategy"),
        "funding source" => msg!("kw-funding-source"),
        "intervention type" => msg!("kw-intervention"),
        "tag" => msg!("kw-tag"),
        "village kind" => msg!("kw-village-kind"),
        "unit kind" => msg!("kw-unit-kind"),
        "kind of aid" => msg!("kw-aid-kind"),
        "direction" => msg!("kw-direction"),
        "paper size" => msg!("kw-paper-size"),
        other => Message::verbatim(other),
    }
}

/// What a decoder expects (its `Decode::EXPECTED`), for "expected …, found …" and "add `k:`
/// with …". The record and keyword forms are the ones the `record!` and `keywords!` macros
/// write.
pub fn expected(text: &str) -> Message {
    if let Some(what) = text
        .strip_prefix("a mapping (")
        .and_then(|t| t.strip_suffix(')'))
    {
        return msg!("expect-record", what = record(what));
    }
    if let Some(what) = text
        .strip_prefix("one of the ")
        .and_then(|t| t.strip_suffix(" keywords"))
    {
        return msg!("expect-keyword", what = keyword(what));
    }
    match text {
        "a list" => msg!("expect-list"),
        "a list (items start with `- `)" => msg!("expect-list-items"),
        "text" => msg!("expect-text"),
        "`true` or `false`" => msg!("expect-bool"),
        "a whole number" => msg!("expect-whole-number"),
        "a number" => msg!("expect-number"),
        "a year such as `2025`" => msg!("expect-year"),
        "an amount in whole rupiah, e.g. `1500000000`" => msg!("expect-rupiah"),
        "a date written `YYYY-MM-DD`, e.g. `2025-07-14`" => msg!("expect-date"),
        "a nomenclature code such as `1.06.05.2.02.0006`" => msg!("expect-code"),
        "a mapping from year to value, e.g. `{2025: 10, 2026: 12}`" => msg!("expect-yearly"),
        "a mapping from region name to value, e.g. `{Jawa Barat: 7.02}`" => {
            msg!("expect-by-region")
        }
        "Markdown text, or `{berkas: path/to/file.md}`" => msg!("expect-narrative"),
        "an amount in whole rupiah, e.g. `1500000000`, or one per funding source, e.g. \
         `{apbd: 1000000000, csr: 500000000}`" => msg!("expect-rupiah-by-source"),
        "a mapping with `kecamatan:` (a kabupaten or kota) or `kabupaten:`/`kota:` (a province)" => {
            msg!("expect-territory")
        }
        "a name or a mapping with `nama`" => msg!("expect-name"),
        "a mapping from funding source to yearly amounts, e.g. `{apbd: {2025: 1500000000}}`" => {
            msg!("expect-ceilings")
        }
        other => Message::verbatim(other),
    }
}

/// What a YAML node is, for "found …" and "this is …".
pub fn found(kind: &NodeKind) -> Message {
    match kind {
        NodeKind::Null => msg!("found-nothing"),
        NodeKind::Bool(_) => msg!("found-bool"),
        NodeKind::Int(_) => msg!("found-whole-number"),
        NodeKind::Float(_) => msg!("found-decimal"),
        NodeKind::Str(_) => msg!("found-text"),
        NodeKind::Seq(_) => msg!("found-list"),
        NodeKind::Map(_) => msg!("found-mapping"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::decode::Decode;
    use crate::model::*;

    fn has_words(m: &Message) -> bool {
        fn deep(m: &Message) -> bool {
            m.id().is_some()
                && m.args().iter().all(|(_, a)| match a {
                    crate::i18n::Arg::Msg(inner) => deep(inner),
                    _ => true,
                })
        }
        deep(m)
    }

    #[test]
    fn every_record_keyword_and_expected_value_has_its_words() {
        let mut missing = Vec::new();
        macro_rules! check {
            ($($t:ty),* $(,)?) => {$(
                let text = <$t as Decode>::EXPECTED;
                if !has_words(&expected(text)) {
                    missing.push(text.to_owned());
                }
            )*};
        }
        check!(
            Year,
            Rupiah,
            Date,
            NomenclatureCode,
            String,
            bool,
            u64,
            f64,
            Vec<String>,
            Markdown,
            Area,
            District,
            Village,
            Member,
            Ceilings,
            Amounts,
            YearMap<u64>,
            Items<String>,
            Comparators,
            // Keywords.
            RegionKind,
            NationalStrategy,
            FundingSource,
            Intervention,
            Tag,
            VillageKind,
            UnitKind,
            AidKind,
            Direction,
            PaperSize,
            // Records.
            Observation,
            Series,
            Statistics,
            narrative::MarkdownFile,
            Narrative,
            Rat,
            RatLine,
            Realisation,
            PlanRoot,
            Region,
            Period,
            LegalInstrument,
            Person,
            Tkpk,
            Signatory,
            Pillar,
            Strategy,
            Agency,
            Unit,
            Tagging,
            TagCategory,
            LocationGroup,
            DistrictRecord,
            VillageRecord,
            MemberRecord,
            Monitoring,
            ProgramFile,
            Program,
            Kegiatan,
            SubKegiatan,
            Executor,
            Indicator,
            Baseline,
            Beneficiaries,
        );
        assert!(missing.is_empty(), "no words for: {missing:?}");
    }
}
