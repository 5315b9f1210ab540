//! The change set: what the comparison found, as the report's templates and `--format json`
//! receive it. Every field is public data (documented in docs/banding.md).

use super::facts::Value;
use super::matching::MatchedBy;
use super::text::TextChange;
use serde::Serialize;

/// Everything that changed between two versions.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeSet {
    /// `Kota Tangerang` (the new version's, else the old's).
    pub region: String,
    /// `2025–2029`
    pub period: String,
    /// Every year of either version's period.
    pub years: Vec<u16>,
    pub old: VersionInfo,
    pub new: VersionInfo,
    /// Whether nothing at all changed.
    pub empty: bool,
    /// Whether both versions are free of errors (otherwise the comparison covers only what
    /// could be read, and the report says so).
    pub complete: bool,
    pub summary: Summary,
    pub by_national: TotalTable,
    pub by_strategy: TotalTable,
    pub by_agency: TotalTable,
    /// Units (UPTD, RSUD, …) that hold budget of their own, by unit; empty when neither
    /// version has any.
    pub by_unit: TotalTable,
    pub by_source: TotalTable,
    /// Changes in `rpkd.yaml` other than the narrative, by section.
    pub plan: Vec<SectionChange>,
    pub programs: Changes,
    pub kegiatan: Changes,
    pub sub_kegiatan: Changes,
    pub rat: Vec<RatChange>,
    pub narrative: Vec<ChapterChange>,
}

/// A version as the report introduces it.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    pub label: String,
    pub errors: usize,
    pub warnings: usize,
    /// The first errors, one line each (`file:line:column: message`).
    pub problems: Vec<String>,
    /// Errors beyond those listed.
    pub more_problems: usize,
}

/// The first page of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// Total pagu per year, before and after.
    pub years: Vec<Amounts>,
    /// Over the period.
    pub total: Amounts,
    /// Programs, kegiatan, sub kegiatan: counts and what happened to them.
    pub counts: Vec<CountRow>,
    /// Targets that moved in the wrong direction between the versions.
    pub wrong_way: Vec<WrongWay>,
    /// How many items of `rpkd.yaml` changed (pillars, strategies, agencies, …).
    pub plan_items: usize,
    /// Chapters of narrative that changed (RAT conditions included).
    pub chapters: usize,
    /// RAT years that changed.
    pub rat_years: usize,
}

/// An amount before and after.
#[derive(Debug, Clone, Serialize)]
pub struct Amounts {
    /// The year, or `None` for a total.
    pub year: Option<u16>,
    /// `None` where the version has no such year.
    pub old: Option<u64>,
    pub new: Option<u64>,
    /// `new − old` in rupiah (a missing side counts as zero).
    pub delta: i64,
    /// The change as a percentage of the old amount (`None` when the old is zero).
    pub percent: Option<f64>,
}

impl Amounts {
    pub(super) fn new(year: Option<u16>, old: Option<u64>, new: Option<u64>) -> Amounts {
        let (o, n) = (old.unwrap_or(0), new.unwrap_or(0));
        let delta = n as i128 - o as i128;
        Amounts {
            year,
            old,
            new,
            delta: delta.clamp(i64::MIN as i128, i64::MAX as i128) as i64,
            percent: (o != 0).then(|| delta as f64 / o as f64 * 100.0),
        }
    }

    pub(super) fn changed(&self) -> bool {
        self.delta != 0 || self.old.is_some() != self.new.is_some()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CountRow {
    /// `program`, `kegiatan`, `sub_kegiatan`
    pub key: &'static str,
    pub label: &'static str,
    pub old: usize,
    pub new: usize,
    pub added: usize,
    pub removed: usize,
    /// Paired items with any change (re-coded and renamed ones included).
    pub changed: usize,
    /// Paired by name under another code.
    pub recoded: usize,
    /// Same code, another name.
    pub renamed: usize,
}

/// A target that moved away from progress.
#[derive(Debug, Clone, Serialize)]
pub struct WrongWay {
    /// `Sub kegiatan 1.06.05.2.02.0006 Fasilitasi …`
    pub item: String,
    /// `Indikator 1: target 2027`
    pub label: String,
    pub unit: Option<String>,
    pub old: f64,
    pub new: f64,
    /// `naik` or `turun`: the direction that is progress.
    pub better: &'static str,
}

/// Amounts by some key, before and after.
#[derive(Debug, Clone, Serialize)]
pub struct TotalTable {
    pub rows: Vec<TotalRow>,
    pub total: Amounts,
    /// Whether any row changed.
    pub changed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalRow {
    pub key: String,
    pub label: String,
    pub amounts: Amounts,
    /// Sub kegiatan counted, before and after.
    pub old_lines: usize,
    pub new_lines: usize,
    pub changed: bool,
}

/// Items of one kind that were changed, added or removed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    pub changed: Vec<ItemChange>,
    pub added: Vec<ItemChange>,
    pub removed: Vec<ItemChange>,
}

impl Changes {
    pub(super) fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty()
    }
}

/// One item that changed, appeared or disappeared.
#[derive(Debug, Clone, Serialize)]
pub struct ItemChange {
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    /// The code or id (the new one for a re-coded item).
    pub code: String,
    pub name: String,
    /// The code and name in the old version, for a paired item.
    pub old_code: Option<String>,
    pub old_name: Option<String>,
    pub matched_by: Option<MatchedBy>,
    pub recoded: bool,
    pub renamed: bool,
    /// Where it stands: `Program 1.06.05 …, Kegiatan 1.06.05.2.02 …`.
    pub context: Option<String>,
    /// The agency in force, as printed (`DINSOS – Dinas Sosial`).
    pub agency: Option<String>,
    pub fields: Vec<FieldChange>,
    /// Pagu over the period, before and after (sub kegiatan).
    pub budget: Option<Amounts>,
}

/// One field that differs, with both values.
#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    pub key: String,
    pub label: String,
    /// `rupiah`, `angka`, `teks` or `daftar`: how to print the values.
    pub kind: &'static str,
    pub unit: Option<String>,
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// `new − old`, for numbers (in rupiah for money).
    pub delta: Option<f64>,
    /// The change as a percentage of the old value.
    pub percent: Option<f64>,
    /// For lists: what was added and removed.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// A target that moved away from progress.
    pub wrong_way: bool,
    /// `berlaku bagi 3 sub kegiatan yang mewarisinya`
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionChange {
    pub key: &'static str,
    pub title: &'static str,
    pub items: Changes,
}

/// One year's RAT.
#[derive(Debug, Clone, Serialize)]
pub struct RatChange {
    pub year: u16,
    /// `changed`, `added` or `removed`.
    pub status: &'static str,
    /// The year's own figures (targets, date).
    pub head: Vec<FieldChange>,
    pub lines: Changes,
    /// Allocation and realisation over all lines.
    pub allocation: Amounts,
    pub realisation: Amounts,
    /// Realisation entered (or corrected) since the old version.
    pub entries: Vec<RealisationEntry>,
    pub conditions: Option<TextChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RealisationEntry {
    pub code: String,
    pub name: String,
    pub quarter: u64,
    /// `new` (entered since), `changed` (corrected) or `removed`.
    pub status: &'static str,
    pub spent: Option<u64>,
    pub output: Option<f64>,
    pub old_spent: Option<u64>,
    pub old_output: Option<f64>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterChange {
    pub key: String,
    pub title: String,
    pub text: TextChange,
}
