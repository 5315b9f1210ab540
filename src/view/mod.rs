//! Stage 3, `build view`: a validated [`Plan`] → the [`RpkdView`] and one [`RatView`] per year,
//! holding every figure the documents print. Markdown, HTML and PDF all render from these, so
//! the documents can never disagree.
//!
//! The views are `Serialize` data handed to the templates; their fields are a public API,
//! documented in `docs/templates.md`. Numbers stay numbers (templates format them with the
//! locale filters: `rupiah`, `persen`, …); shares and percentages are computed here once.

pub mod chart;
pub mod form;
pub mod index;
mod rat;
mod rollup;
mod rpkd;
pub mod table;

pub use rat::{RatLineView, RatView};
pub use rollup::{Recap, RecapRow};
pub use rpkd::RpkdView;

use crate::model::{Line, Markdown, Plan, PlanRoot};
use crate::source::SourceFiles;
use serde::Serialize;
use std::collections::HashMap;

/// Build every document view of a plan that passed validation.
///
/// Returns `None` when the plan has no decoded root (validation will have reported why).
pub fn build_views(plan: &Plan, sources: &SourceFiles) -> Option<(RpkdView, Vec<RatView>)> {
    use rayon::prelude::*;
    let root = plan.root.as_ref()?;
    let common = Common::new(root);
    // RAT lines name their sub kegiatan by code; the first of a code is the one meant.
    let mut by_code: HashMap<&str, Line<'_>> = HashMap::new();
    for line in plan.lines() {
        by_code
            .entry(line.sub.code.value.0.as_str())
            .or_insert(line);
    }
    let (rpkd, mut rats) = rayon::join(
        || rpkd::build(plan, root, sources, &common),
        || {
            plan.rats
                .par_iter()
                .map(|file| rat::build(&by_code, root, &file.rat, sources, &common))
                .collect::<Vec<RatView>>()
        },
    );
    rats.sort_by_key(|r| r.year);
    Some((rpkd, rats))
}

/// What every document of a plan shares: who, when, signed by whom.
#[derive(Debug, Clone, Serialize)]
pub struct Common {
    /// `Kota Tangerang`
    pub region: String,
    /// The name alone: `Tangerang` (for "Peraturan Wali Kota Tangerang").
    pub region_name: String,
    /// `kota`, `kabupaten` or `provinsi`
    pub region_kind: &'static str,
    /// `Pemerintah Kota Tangerang`
    pub government: String,
    /// `Wali Kota`, `Bupati` or `Gubernur`
    pub head_title: &'static str,
    pub province: Option<String>,
    pub region_code: String,
    /// First and last year of the period.
    pub start: u16,
    pub end: u16,
    /// `2025–2029`
    pub period: String,
    /// The five years, in order.
    pub years: Vec<u16>,
    pub nomenclature_version: String,
    pub signatory: SignatoryView,
    pub tkpk: TkpkView,
    /// The regulation that enacts the RPKD, when it has one (RATs cite it too).
    pub enactment: Option<EnactmentView>,
    /// Whether the plan has an emblem; templates place it with `<!-- rpkd:logo -->`.
    pub logo: bool,
    /// `a4` or `f4`, the paper of the PDF.
    pub paper: &'static str,
    /// Status thresholds in percent.
    pub threshold_on_target: f64,
    pub threshold_in_progress: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SignatoryView {
    pub office: String,
    pub name: String,
    pub nip: Option<String>,
    pub rank: Option<String>,
    pub place: String,
    /// ISO date, `2025-11-28`; print with the `tanggal` filter.
    pub date: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnactmentView {
    /// `Peraturan Wali Kota`
    pub kind: String,
    pub number: String,
    /// ISO date.
    pub date: String,
    /// The year of `date`, for "Nomor 87 Tahun 2025".
    pub year: u16,
    pub about: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TkpkView {
    pub chair_name: String,
    pub chair_office: String,
    pub secretary_name: String,
    pub secretary_office: String,
    pub decree: Option<String>,
}

impl Common {
    fn new(root: &PlanRoot) -> Self {
        use crate::model::RegionKind;
        let kind = root.region.kind.value;
        let region = format!("{} {}", kind.label(), root.region.name.value);
        let s = &root.signatory;
        let monitoring = root.monitoring.as_ref();
        Common {
            government: format!("Pemerintah {region}"),
            head_title: match kind {
                RegionKind::City => "Wali Kota",
                RegionKind::Regency => "Bupati",
                RegionKind::Province => "Gubernur",
            },
            region,
            region_name: root.region.name.value.clone(),
            region_kind: kind.key(),
            province: root.region.province.as_ref().map(|p| p.value.clone()),
            region_code: root.region.code.value.clone(),
            start: root.period.start.value.0,
            end: root.period.end.value.0,
            period: format!("{}–{}", root.period.start.value, root.period.end.value),
            years: root.period.years().map(|y| y.0).collect(),
            nomenclature_version: root.nomenclature_version.value.clone(),
            signatory: SignatoryView {
                office: s.office.value.clone(),
                name: s.name.value.clone(),
                nip: s.nip.as_ref().map(|n| n.value.clone()),
                rank: s.rank.as_ref().map(|r| r.value.clone()),
                place: s.place.value.clone(),
                date: iso(s.date.value),
            },
            tkpk: TkpkView {
                chair_name: root.tkpk.chair.name.value.clone(),
                chair_office: root.tkpk.chair.office.value.clone(),
                secretary_name: root.tkpk.secretary.name.value.clone(),
                secretary_office: root.tkpk.secretary.office.value.clone(),
                decree: root.tkpk.decree.as_ref().map(|d| d.value.clone()),
            },
            enactment: root.enactment.as_ref().map(|e| EnactmentView {
                kind: e.kind.value.clone(),
                number: e.number.value.clone(),
                date: iso(e.date.value),
                year: e.date.value.year,
                about: e.about.as_ref().map(|a| a.value.clone()),
            }),
            logo: root.logo.is_some(),
            paper: root.paper.as_ref().map_or("a4", |p| p.key()),
            threshold_on_target: monitoring
                .and_then(|m| m.on_target.as_ref())
                .map_or(80.0, |t| t.value),
            threshold_in_progress: monitoring
                .and_then(|m| m.in_progress.as_ref())
                .map_or(50.0, |t| t.value),
        }
    }
}

/// A date as `YYYY-MM-DD`, the form the `tanggal` filter reads.
pub fn iso(date: crate::model::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// Planner-written Markdown, made safe to embed: raw HTML is turned into text, so a `<script>`
/// in a narrative file prints as `<script>` and never runs, in the HTML and on GitHub alike.
pub fn markdown_text(markdown: &Markdown, sources: &SourceFiles) -> String {
    let text = match markdown {
        Markdown::Inline(text) => text.value.as_str(),
        Markdown::File { file: Some(id), .. } => sources.get(*id).text.as_str(),
        Markdown::File { file: None, .. } => "",
    };
    crate::markup::neutralise(text)
}

/// `part / whole` in percent, or `None` when the whole is zero.
pub fn share(part: f64, whole: f64) -> Option<f64> {
    (whole != 0.0).then(|| part / whole * 100.0)
}
