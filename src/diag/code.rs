//! The stable diagnostic codes. A code never changes meaning once released; CI scripts and
//! `docs/diagnostics.md` refer to them.

use super::Severity;
use crate::i18n::{Lang, Message};
use serde::{Serialize, Serializer};

macro_rules! codes {
    ($( $variant:ident = $id:literal, $severity:ident, $title:literal; )*) => {
        /// A stable diagnostic code such as `E011`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $( $variant, )* }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$( Code::$variant, )*];

            /// The code as printed: `E011`.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $id, )* }
            }

            /// Errors fail the check; warnings only with `--deny-warnings`.
            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// A short title in English, used where only one line fits (GitHub annotations).
            pub fn title(self) -> &'static str {
                match self { $( Code::$variant => $title, )* }
            }

            /// The id of the title in the Indonesian catalogue: `code-E011`.
            pub fn title_id(self) -> &'static str {
                match self { $( Code::$variant => concat!("code-", $id), )* }
            }
        }
    };
}

codes! {
    YamlSyntax = "E001", Error, "YAML syntax";
    DuplicateKey = "E002", Error, "duplicate key";
    UnknownKey = "E003", Error, "unknown key";
    MissingKey = "E004", Error, "missing key";
    WrongType = "E005", Error, "wrong type";
    UnknownValue = "E006", Error, "unknown value";
    UnreadableFile = "E007", Error, "unreadable file";
    InvalidDate = "E008", Error, "invalid date";
    NarrativeFile = "E009", Error, "narrative file";
    DuplicateId = "E010", Error, "duplicate id";
    UnknownReference = "E011", Error, "unknown reference";
    Period = "E012", Error, "period";
    MissingYear = "E013", Error, "missing year";
    YearOutsidePeriod = "E014", Error, "year outside period";
    RatYear = "E015", Error, "RAT year";
    NomenclatureFormat = "E016", Error, "malformed nomenclature code";
    NomenclatureParent = "E017", Error, "nomenclature code hierarchy";
    NomenclatureLevel = "E018", Error, "nomenclature level";
    NegativeMoney = "E019", Error, "negative money";
    PercentRange = "E020", Error, "value out of range";
    MissingIndicator = "E021", Error, "missing indicator";
    InvalidQuarter = "E022", Error, "invalid quarter";
    EmptyList = "E023", Error, "empty list";
    InvalidValue = "E024", Error, "invalid value";
    LogoImage = "E025", Error, "logo image";
    Unprintable = "E026", Error, "character not in the font";
    Template = "E027", Error, "template error";
    TemplateRunaway = "E028", Error, "template stopped";
    InvisibleCharacter = "E029", Error, "invisible character";
    NonAsciiId = "E030", Error, "id not ASCII";
    TextTooLong = "E031", Error, "text too long";
    NestingTooDeep = "E032", Error, "Markdown nested too deep";
    TerritoryKind = "E045", Error, "territory of the wrong kind";
    CountBelowListed = "E046", Error, "count below the names listed";
    ComparisonKind = "E047", Error, "comparison not for this region kind";
    CeilingOrExecutors = "E048", Error, "pagu or pelaksana";
    UnitOfOtherAgency = "E049", Error, "unit of another agency";
    RatExecutor = "E050", Error, "RAT line executor";
    RealisationSplit = "E051", Error, "realisation not split by source";
    SourceGivenTwice = "E052", Error, "funding source given twice";
    LocationGroup = "E053", Error, "location group";
    LinkedPlanMissing = "E054", Error, "kabupaten/kota plan not found";
    LinkedPlanMismatch = "E055", Error, "kabupaten/kota plan does not match";
    LinkedPlanErrors = "E056", Error, "kabupaten/kota plan has errors";
    UnreadableWorkbook = "E075", Error, "workbook cannot be read";
    NotAForm = "E076", Error, "not an rpkd form";
    ForeignForm = "E077", Error, "form of another plan, year or agency";
    StaleForm = "E078", Error, "form older than the plan";
    LockedCellEdited = "E079", Error, "identifying cell edited";
    FormLayout = "E080", Error, "form layout changed";
    CellWithoutValue = "E081", Error, "formula or error value in a cell";
    ImportConflict = "E082", Error, "changed in the plan and in the form";
    DuplicateForm = "E083", Error, "two forms for one agency and year";
    ProposedLine = "E084", Error, "proposed line";
    AllocationAboveCeiling = "W001", Warning, "allocation above ceiling";
    RealisationAboveAllocation = "W002", Warning, "realisation above allocation";
    TargetWrongDirection = "W003", Warning, "target moves the wrong way";
    NationalStrategyUnused = "W004", Warning, "national strategy without program";
    UnusedDefinition = "W005", Warning, "unused definition";
    StrayFile = "W006", Warning, "file not part of the plan";
    BaselineAfterStart = "W007", Warning, "baseline after period start";
    RatTargetDiffers = "W008", Warning, "RAT target differs from RPKD";
    SourceNotInCeiling = "W009", Warning, "funding source not in ceiling";
    VillagesExceedDistrict = "W010", Warning, "villages exceed their kecamatan";
    ActiveTemplate = "W011", Warning, "template with a script or external resource";
    LayoutDirective = "W015", Warning, "malformed layout directive";
    Placeholder = "W018", Warning, "placeholder left to fill in";
    RealisedFromOtherSource = "W019", Warning, "realised from a source without allocation";
    LegalBasisKind = "W020", Warning, "legal basis of unknown kind";
    LinkedPlanDiffers = "W021", Warning, "kabupaten/kota plan differs from the province";
    LinkedFigureDiffers = "W022", Warning, "kabupaten/kota figure differs";
    SourceForOtherLevel = "W023", Warning, "funding source of another level";
    NothingToImport = "W033", Warning, "form changes nothing";
}

impl Code {
    /// The short title in `lang`. The English titles live here beside the codes; the
    /// Indonesian ones in the catalogue (`code-E011 = …` in `locales/id/diagnostics.ftl`).
    pub fn title_in(self, lang: Lang) -> String {
        match lang {
            Lang::En => self.title().to_owned(),
            Lang::Id => Message::new(self.title_id(), Vec::new()).render(lang),
        }
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_match_their_severity_letter() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
            let letter = match code.severity() {
                Severity::Error => 'E',
                Severity::Warning => 'W',
            };
            assert!(code.as_str().starts_with(letter), "{}", code.as_str());
        }
    }
}
