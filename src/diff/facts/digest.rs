//! Digests of sub kegiatan and RAT lines: what their facts depend on (their own text, what they
//! inherit, the period), hashed, so that what is byte for byte the same on both sides is not
//! flattened at all.

use crate::model::Plan;
use crate::source::SourceFiles;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// Where each item's text ends: at the start of the next item of the same file (or the file's
/// end). A block mapping's span covers only its first line, but its content is contiguous, so
/// the text from its start to the next item's holds all of it (and perhaps a header between,
/// which only makes the digest stricter).
pub(super) struct Extents(HashMap<crate::source::FileId, Vec<u32>>);

impl Extents {
    pub(super) fn new(plan: &Plan) -> Extents {
        let mut starts: HashMap<crate::source::FileId, Vec<u32>> = HashMap::new();
        for line in plan.lines() {
            let span = line.sub.span;
            starts.entry(span.file).or_default().push(span.start);
        }
        for file in &plan.rats {
            for line in &file.rat.lines {
                starts
                    .entry(line.span.file)
                    .or_default()
                    .push(line.span.start);
            }
        }
        for list in starts.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        Extents(starts)
    }

    /// The text of the item that starts at `span`. `None` when it cannot be trusted to hold all
    /// the item's values: an alias (`*name`) may bring in text from elsewhere.
    pub(super) fn text<'s>(
        &self,
        span: crate::source::Span,
        sources: &'s SourceFiles,
    ) -> Option<&'s str> {
        let text = sources.get(span.file).text.as_str();
        let end = self
            .0
            .get(&span.file)
            .and_then(|list| {
                let i = list.partition_point(|s| *s <= span.start);
                list.get(i).copied()
            })
            .map_or(text.len(), |e| e as usize);
        let item = text.get(span.start as usize..end)?;
        (!item.contains('*')).then_some(item)
    }
}

/// What a sub kegiatan's facts depend on: its own text, what it inherits, and the period;
/// `None` when its text cannot be trusted (then it is always compared).
pub(super) fn line_digest(
    line: &crate::model::Line<'_>,
    extents: &Extents,
    sources: &SourceFiles,
    years: &[u16],
) -> Option<u64> {
    let mut h = std::hash::DefaultHasher::new();
    "sub".hash(&mut h);
    extents.text(line.sub.span, sources)?.hash(&mut h);
    line.strategy.value.hash(&mut h);
    line.agency.value.hash(&mut h);
    line.kegiatan.code.value.0.hash(&mut h);
    line.program.code.value.0.hash(&mut h);
    years.hash(&mut h);
    Some(h.finish())
}

/// What a RAT line's facts depend on: its text and year (the unit and direction of its target
/// are its sub kegiatan's, compared there).
pub(super) fn rat_digest(
    year: u16,
    span: crate::source::Span,
    extents: &Extents,
    sources: &SourceFiles,
) -> Option<u64> {
    let mut h = std::hash::DefaultHasher::new();
    "rat".hash(&mut h);
    year.hash(&mut h);
    extents.text(span, sources)?.hash(&mut h);
    Some(h.finish())
}

/// The years of a plan's period, when its `rpkd.yaml` could be read.
pub fn period_years(plan: &Plan) -> Option<Vec<u16>> {
    plan.root
        .as_ref()
        .map(|r| r.period.years().map(|y| y.0).collect())
}

/// The digests of every sub kegiatan and RAT line of a plan, for the other version's
/// [`facts`] to skip what is the same.
pub fn digests(plan: &Plan, sources: &SourceFiles, fallback_years: &[u16]) -> HashSet<u64> {
    let years = period_years(plan).unwrap_or_else(|| fallback_years.to_vec());
    let extents = Extents::new(plan);
    let mut out: HashSet<u64> = plan
        .lines()
        .filter_map(|line| line_digest(&line, &extents, sources, &years))
        .collect();
    for file in &plan.rats {
        for line in &file.rat.lines {
            out.extend(rat_digest(
                file.rat.year.value.0,
                line.span,
                &extents,
                sources,
            ));
        }
    }
    out
}
