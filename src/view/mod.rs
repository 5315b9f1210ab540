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
mod legal;
mod rat;
mod rollup;
mod rpkd;
pub mod stats;
pub mod sync;
pub mod table;
pub mod territory;

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
    let lookup = crate::model::lookup::Lookup::new(root);
    // RAT lines name their sub kegiatan by code; the first of a code is the one meant.
    let mut by_code: HashMap<&str, Line<'_>> = HashMap::new();
    for line in plan.lines() {
        by_code
            .entry(line.sub.code.value.0.as_str())
            .or_insert(line);
    }
    let groups = territory::build(plan, root, &lookup).groups;
    let (rpkd, mut rats) = rayon::join(
        || rpkd::build(plan, root, sources, &common),
        || {
            plan.rats
                .par_iter()
                .map(|file| {
                    rat::build(
                        &by_code, root, &file.rat, sources, &common, &lookup, &groups,
                    )
                })
                .collect::<Vec<RatView>>()
        },
    );
    rats.sort_by_key(|r| r.year);
    Some((rpkd, rats))
}

/// The province roll-up of a province plan that names its kabupaten/kota plans (see [`sync`]);
/// `None` for any other plan.
pub fn build_sync(plan: &Plan) -> Option<sync::SyncView> {
    let root = plan.root.as_ref()?;
    sync::build(plan, root, &Common::new(root))
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
    /// Whether the plan is a province's (its territory is kabupaten and kota; it compares
    /// with the nation and other provinces).
    pub is_province: bool,
    /// The plan's theme (*tema*), for the cover and BAB I.
    pub theme: Option<String>,
    /// The year the RPKD is signed (which national instructions a document can cite).
    pub signed_year: u16,
    /// What the region's top-level areas and its villages are called: `kecamatan` and
    /// `kelurahan` in a city, `kecamatan` and `desa` (or `desa/kelurahan` where both occur) in a
    /// kabupaten, `kabupaten/kota` and `desa/kelurahan` in a province; with capitals for headings.
    pub area_word: &'static str,
    pub area_title: &'static str,
    pub village_word: &'static str,
    pub village_title: &'static str,
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

impl EnactmentView {
    pub fn new(e: &crate::model::LegalInstrument) -> Self {
        EnactmentView {
            kind: e.kind.value.clone(),
            number: e.number.value.clone(),
            date: iso(e.date.value),
            year: e.date.value.year,
            about: e.about.as_ref().map(|a| a.value.clone()),
        }
    }
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
        let words = territory::words(root);
        Common {
            government: format!("Pemerintah {region}"),
            head_title: kind.head_title(),
            is_province: kind == RegionKind::Province,
            signed_year: s.date.value.year,
            area_word: words.0,
            area_title: territory::title(words.0),
            village_word: words.1,
            village_title: territory::title(words.1),
            theme: root.theme.as_ref().map(|t| t.value.trim().to_owned()),
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
            enactment: root.enactment.as_ref().map(EnactmentView::new),
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

/// Planner-written Markdown for a chapter embedded under a heading of level `under`: made safe
/// like [`markdown_text`], and its headings moved down so the highest of them sits one level
/// below `under` (a `#` in a narrative becomes a sub-section of its chapter, never a chapter of
/// its own in the contents).
pub fn narrative_text(markdown: &Markdown, sources: &SourceFiles, under: u8) -> String {
    let text = match markdown {
        Markdown::Inline(text) => text.value.as_str(),
        Markdown::File { file: Some(id), .. } => sources.get(*id).text.as_str(),
        Markdown::File { file: None, .. } => "",
    };
    crate::markup::neutralise(&footnotes(&demote_headings(text, under)))
}

/// Footnotes (`…2024[^bps]` and `[^bps]: Susenas Maret 2024.`) as every format prints them: the
/// reference becomes a superscript number in order of first use, and the notes follow the text
/// as paragraphs that start with their number, where the chapter ends. (Liberation Sans has
/// superscripts ¹ to ⁹ but no ⁰: a tenth note and later are numbered `(10)`.) A reference to a
/// note that is not written stays as written.
pub fn footnotes(text: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let options = crate::markup::options() | Options::ENABLE_FOOTNOTES;
    let mut refs: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut defs: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::FootnoteReference(label) => refs.push((range, label.into_string())),
            Event::Start(Tag::FootnoteDefinition(label)) => {
                open = Some((range.start, label.into_string()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some((start, label)) = open.take() {
                    defs.push((start..range.end, label));
                }
            }
            _ => {}
        }
    }
    if defs.is_empty() {
        return text.to_owned();
    }
    // Numbers in order of first reference; a note never referred to is numbered after them.
    let mut order: Vec<String> = Vec::new();
    for (_, label) in refs.iter().chain(defs.iter()) {
        if defs.iter().any(|(_, l)| l == label) && !order.contains(label) {
            order.push(label.clone());
        }
    }
    let mark = |label: &str| -> Option<String> {
        let n = order.iter().position(|l| l == label)? + 1;
        const SUPER: [&str; 9] = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];
        Some(
            SUPER
                .get(n - 1)
                .map_or(format!("({n})"), |s| (*s).to_owned()),
        )
    };
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for (range, label) in &refs {
        if let Some(m) = mark(label) {
            edits.push((range.clone(), m));
        }
    }
    let mut notes: Vec<(usize, String)> = Vec::new();
    for (range, label) in &defs {
        let source = &text[range.clone()];
        let body = source
            .split_once("]:")
            .map_or(source, |(_, rest)| rest)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let n = order.iter().position(|l| l == label).unwrap_or(usize::MAX);
        notes.push((n, format!("{} {body}", mark(label).unwrap_or_default())));
        edits.push((range.clone(), String::new()));
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for (range, with) in edits {
        if range.start < last {
            continue;
        }
        out.push_str(&text[last..range.start]);
        out.push_str(&with);
        last = range.end;
    }
    out.push_str(&text[last..]);
    let mut out = out.trim_end().to_owned();
    notes.sort_by_key(|(n, _)| *n);
    out.push('\n');
    for (_, note) in notes {
        out.push('\n');
        out.push_str(&note);
        out.push('\n');
    }
    out
}

/// Headings of `text` moved down (never up) so the highest is at level `under + 1`.
pub fn demote_headings(text: &str, under: u8) -> String {
    use pulldown_cmark::{Event, Parser, Tag};
    let headings: Vec<(usize, std::ops::Range<usize>)> =
        Parser::new_ext(text, crate::markup::options())
            .into_offset_iter()
            .filter_map(|(event, range)| match event {
                Event::Start(Tag::Heading { level, .. }) => Some((level as usize, range)),
                _ => None,
            })
            .collect();
    let Some(highest) = headings.iter().map(|(l, _)| *l).min() else {
        return text.to_owned();
    };
    let shift = (usize::from(under) + 1).saturating_sub(highest);
    if shift == 0 {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + headings.len() * shift);
    let mut last = 0;
    for (level, range) in headings {
        let level = (level + shift).min(6);
        let source = &text[range.clone()];
        let trimmed = source.trim_start_matches(' ');
        let content = if trimmed.starts_with('#') {
            trimmed.trim_start_matches('#').trim_start().trim_end()
        } else {
            // A setext heading: its text, without the `===`/`---` line under it.
            let body = source.trim_end();
            body.rsplit_once('\n').map_or(body, |(b, _)| b).trim()
        };
        let content = content.trim_end_matches('#').trim_end();
        out.push_str(&text[last..range.start]);
        out.push_str(&"#".repeat(level));
        out.push(' ');
        out.push_str(&content.replace('\n', " "));
        if source.ends_with('\n') {
            out.push('\n');
        }
        last = range.end;
    }
    out.push_str(&text[last..]);
    out
}

/// `part / whole` in percent, or `None` when the whole is zero.
pub fn share(part: f64, whole: f64) -> Option<f64> {
    (whole != 0.0).then(|| part / whole * 100.0)
}

#[cfg(test)]
mod tests {
    use super::demote_headings;

    #[test]
    fn footnotes_become_numbers_and_notes_after_the_text() {
        let text = "Turun[^bps], lihat juga[^dua].\n\n[^dua]: Catatan kedua\n    berlanjut.\n[^bps]: BPS, Susenas Maret 2024.\n\nParagraf akhir.\n";
        let out = super::footnotes(text);
        assert_eq!(
            out,
            "Turun¹, lihat juga².\n\nParagraf akhir.\n\n¹ BPS, Susenas Maret 2024.\n\n² Catatan kedua berlanjut.\n"
        );
        assert_eq!(
            super::footnotes("Tanpa catatan[^x].\n"),
            "Tanpa catatan[^x].\n"
        );
    }

    #[test]
    fn narrative_headings_sit_under_their_chapter() {
        assert_eq!(
            demote_headings("# Satu\n\nTeks.\n\n## Dua\n", 2),
            "### Satu\n\nTeks.\n\n#### Dua\n"
        );
        // Already low enough: untouched.
        assert_eq!(demote_headings("### Tiga\n", 2), "### Tiga\n");
        assert_eq!(
            demote_headings("Judul\n=====\n\nTeks.\n", 2),
            "### Judul\n\nTeks.\n"
        );
        assert_eq!(demote_headings("Tanpa judul.\n", 2), "Tanpa judul.\n");
        assert_eq!(demote_headings("# A #\n", 1), "## A\n");
    }
}
