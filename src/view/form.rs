//! The realisation forms an agency fills in: a validated [`Plan`] → one [`FormView`] per agency
//! or unit that carries out lines of a year's RAT, each line with its allocation per funding
//! source and the realisation reported so far.
//!
//! The export renders these (`render::xlsx`); an import builds them again from the plan as it is
//! then and compares: the [`FormView::fingerprint`] the workbook carries says whether the
//! lines are still those the agency was given, and the cell layout ([`Layout`]) is shared by
//! the writer and the reader, so the two cannot disagree about where a figure stands.

use crate::model::{AidKind, FundingSource, Line, Plan, PlanRoot, Rat, RatLine, Rupiah, Year};
use std::collections::HashMap;

/// The format the forms are written in; an import refuses any other.
pub const FORMAT: &str = "rpkd-formulir-realisasi 1";

/// The sheets of a form.
pub const SHEET_FORM: &str = "Realisasi";
pub const SHEET_GUIDE: &str = "Petunjuk";
pub const SHEET_LISTS: &str = "Daftar";
pub const SHEET_IDENTITY: &str = "rpkd";

/// Where everything stands on the form sheet (0-based rows and columns).
pub struct Layout;

impl Layout {
    pub const NO: u16 = 0;
    pub const CODE: u16 = 1;
    pub const NAME: u16 = 2;
    pub const INDICATOR: u16 = 3;
    pub const UNIT: u16 = 4;
    pub const TARGET: u16 = 5;
    pub const AID: u16 = 6;
    pub const LOCATION: u16 = 7;
    pub const SOURCE: u16 = 8;
    pub const ALLOCATION: u16 = 9;
    /// Quarter `q` (0–3): its output, then its realisation in rupiah.
    pub const fn output(q: usize) -> u16 {
        10 + 2 * q as u16
    }
    pub const fn spent(q: usize) -> u16 {
        11 + 2 * q as u16
    }
    pub const TOTAL: u16 = 18;
    pub const NOTES: u16 = 19;
    pub const LAST: u16 = 19;
    /// The two header rows and the row of column numbers end here; lines start below.
    pub const HEADER_FIRST: u32 = 5;
    pub const FIRST_LINE: u32 = 8;
    /// Rows between the last line and the proposals' header.
    pub const PROPOSAL_GAP: u32 = 1;
    /// The identity sheet: key–value rows above this row, the table of line rows from it.
    pub const IDENTITY_TABLE: u32 = 10;
}

/// The forms of one RAT year.
#[derive(Debug, Clone)]
pub struct FormSet {
    pub identity: PlanIdentity,
    pub year: u16,
    pub forms: Vec<FormView>,
}

/// What names a plan on its forms: a form of another plan is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanIdentity {
    /// `Kota Tangerang`
    pub region: String,
    /// The Kemendagri code, `36.71`.
    pub code: String,
    /// `2025–2029`
    pub period: String,
}

impl PlanIdentity {
    /// `36.71 Kota Tangerang 2025–2029`, as the identity sheet holds it.
    pub fn text(&self) -> String {
        format!("{} {} {}", self.code, self.region, self.period)
    }
}

/// One agency's (or unit's) form for one year.
#[derive(Debug, Clone)]
pub struct FormView {
    /// The agency or unit id, `DINSOS`.
    pub owner: String,
    pub owner_name: String,
    /// For a unit, its agency (id, name).
    pub parent: Option<(String, String)>,
    pub year: u16,
    /// The year whose RAT the proposals below the lines go into, if any.
    pub proposal_year: Option<u16>,
    pub lines: Vec<FormLine>,
    /// Sub kegiatan the owner may propose for `proposal_year`.
    pub proposable: Vec<Proposable>,
    /// A hash of everything the form locks, in order.
    pub fingerprint: String,
}

impl FormView {
    /// `dinsos-2025`: the workbook's file name without `.xlsx`.
    pub fn stem(&self) -> String {
        format!("{}-{}", file_word(&self.owner), self.year)
    }

    /// The rows the lines take (one per funding source of each line), in order.
    pub fn line_rows(&self) -> usize {
        self.lines.iter().map(|l| l.sources.len()).sum()
    }

    /// The first row of the proposals' table (its header), below the lines.
    pub fn proposal_header_row(&self) -> u32 {
        Layout::FIRST_LINE + self.line_rows() as u32 + Layout::PROPOSAL_GAP
    }

    /// How many open rows the form leaves for proposals: one per sub kegiatan that may be
    /// proposed and each of its funding sources, at least one.
    pub fn proposal_rows(&self) -> u32 {
        if self.proposal_year.is_none() {
            return 0;
        }
        (self.proposable.len() as u32 * 2).clamp(4, 400)
    }
}

/// A sub kegiatan an agency may propose for the next RAT.
#[derive(Debug, Clone)]
pub struct Proposable {
    pub code: String,
    pub name: String,
    pub indicator: String,
    pub unit: String,
    /// Whether its RAT line names its executor (a sub kegiatan with `pelaksana`, or carried
    /// out by a unit of its agency).
    pub names_executor: bool,
}

/// A RAT line as the form shows it.
#[derive(Debug, Clone)]
pub struct FormLine {
    pub code: String,
    /// The `perangkat_daerah` the RAT line names, if it names one.
    pub executor: Option<String>,
    pub name: String,
    pub indicator: String,
    pub unit: String,
    pub target: f64,
    pub aid: AidKind,
    /// `Periuk; Neglasari/Kedaung Wetan`; empty for the whole region.
    pub locations: String,
    /// Whether the allocation is written per source (`alokasi: {apbd: …}`).
    pub split: bool,
    /// One row per source, in the order the allocation lists them.
    pub sources: Vec<(FundingSource, Rupiah)>,
    /// Quarters I–IV as reported so far.
    pub quarters: [Option<QuarterFigures>; 4],
    pub notes: Option<String>,
    pub fingerprint: String,
}

impl FormLine {
    /// What identifies the line in its RAT: sub kegiatan and executor.
    pub fn key(&self) -> (String, Option<String>) {
        (self.code.clone(), self.executor.clone())
    }
}

/// One quarter of a line: output, and spending per source (parallel to [`FormLine::sources`]).
#[derive(Debug, Clone, PartialEq)]
pub struct QuarterFigures {
    pub output: f64,
    pub spent: Vec<Rupiah>,
}

/// A file-name word: lowercase letters and digits, other characters as `-`.
pub fn file_word(id: &str) -> String {
    let word: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let word = word.trim_matches('-').to_owned();
    if word.is_empty() { "opd".into() } else { word }
}

/// The identity of a plan, for its forms.
pub fn identity(root: &PlanRoot) -> PlanIdentity {
    PlanIdentity {
        region: format!("{} {}", root.region.kind.label(), root.region.name.value),
        code: root.region.code.value.clone(),
        period: format!("{}–{}", root.period.start.value, root.period.end.value),
    }
}

/// The forms of `year` for every agency or unit with lines in that year's RAT, or (when the
/// plan has no RAT for `year`) for every agency or unit that may propose lines for it.
/// `None` when the plan has no root.
pub fn build_forms(plan: &Plan, year: Year) -> Option<FormSet> {
    let root = plan.root.as_ref()?;
    let mut by_code: HashMap<&str, Line<'_>> = HashMap::new();
    for line in plan.lines() {
        by_code
            .entry(line.sub.code.value.0.as_str())
            .or_insert(line);
    }
    let rat_of = |y: Year| plan.rats.iter().find(|r| r.rat.year.value == y);
    let current = rat_of(year);
    let next = Year(year.0 + 1);
    let proposal_year = match current {
        Some(_) if root.period.contains(next) => Some(next),
        Some(_) => None,
        None if root.period.contains(year) => Some(year),
        None => None,
    };
    let proposal_rat = proposal_year.and_then(rat_of).map(|f| &f.rat);

    // Owners in the order agencies and units are declared.
    type Owner = (String, String, Option<(String, String)>);
    let mut owners: Vec<Owner> = Vec::new();
    for agency in &root.agencies {
        owners.push((agency.id.value.clone(), agency.name.value.clone(), None));
        for unit in &agency.units {
            owners.push((
                unit.id.value.clone(),
                unit.name.value.clone(),
                Some((agency.id.value.clone(), agency.name.value.clone())),
            ));
        }
    }
    let mut forms = Vec::new();
    for (owner, owner_name, parent) in owners {
        let lines: Vec<FormLine> = current
            .map(|file| {
                file.rat
                    .lines
                    .iter()
                    .filter_map(|l| {
                        let rpkd = by_code.get(l.sub_activity.0.as_str())?;
                        (owner_of(l, rpkd) == owner).then(|| form_line(l, rpkd))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let proposable = match proposal_year {
            Some(_) => proposable(plan, &owner, proposal_rat, &by_code),
            None => Vec::new(),
        };
        if lines.is_empty() && proposable.is_empty() {
            continue;
        }
        let mut form = FormView {
            owner,
            owner_name,
            parent,
            year: year.0,
            // Nothing left to propose: no proposals' table.
            proposal_year: proposal_year
                .filter(|_| !proposable.is_empty())
                .map(|y| y.0),
            lines,
            proposable,
            fingerprint: String::new(),
        };
        form.fingerprint = form_fingerprint(&identity(root), &form);
        forms.push(form);
    }
    Some(FormSet {
        identity: identity(root),
        year: year.0,
        forms,
    })
}

/// Who carries a RAT line out: the executor it names, else the sub kegiatan's agency in force.
pub fn owner_of(line: &RatLine, rpkd: &Line) -> String {
    line.agency
        .as_ref()
        .map_or_else(|| rpkd.agency.value.clone(), |a| a.value.clone())
}

fn form_line(line: &RatLine, rpkd: &Line) -> FormLine {
    let indicator = rpkd.sub.indicators.first();
    let sources = line.allocation_by_source();
    let single = line.single_source();
    let mut quarters: [Option<QuarterFigures>; 4] = Default::default();
    for r in &line.realisation {
        let q = r.quarter.value as usize;
        if !(1..=4).contains(&q) {
            continue;
        }
        let by_source = r.spent.by_source(single);
        let spent = sources
            .iter()
            .map(|(s, _)| {
                by_source
                    .iter()
                    .filter(|(k, _)| k == s)
                    .map(|(_, a)| *a)
                    .sum()
            })
            .collect();
        quarters[q - 1] = Some(QuarterFigures {
            output: r.output.value,
            spent,
        });
    }
    // As written: a location group stays its id, which the agency's RAT also names.
    let locations = line
        .locations
        .iter()
        .map(|l| l.value.clone())
        .collect::<Vec<_>>()
        .join("; ");
    let mut form = FormLine {
        code: line.sub_activity.0.clone(),
        executor: line.agency.as_ref().map(|a| a.value.clone()),
        name: rpkd.sub.name.value.clone(),
        indicator: indicator.map(|i| i.name.value.clone()).unwrap_or_default(),
        unit: indicator.map(|i| i.unit.value.clone()).unwrap_or_default(),
        target: line.target.value,
        aid: line.aid_kind.value,
        locations,
        split: line.allocation.is_by_source(),
        sources,
        quarters,
        notes: line.notes.as_ref().map(|n| n.value.clone()),
        fingerprint: String::new(),
    };
    form.fingerprint = line_fingerprint(&form);
    form
}

/// The sub kegiatan `owner` carries out (as the agency in force of a line with its own pagu,
/// or as one of its executors) and has no line for in the proposal year's RAT.
fn proposable(
    plan: &Plan,
    owner: &str,
    proposal_rat: Option<&Rat>,
    by_code: &HashMap<&str, Line<'_>>,
) -> Vec<Proposable> {
    let mut out = Vec::new();
    for line in plan.lines() {
        let code = line.sub.code.value.0.as_str();
        // Only the first sub kegiatan of a code is the one RAT lines refer to.
        if by_code
            .get(code)
            .is_none_or(|l| !std::ptr::eq(l.sub, line.sub))
        {
            continue;
        }
        let carries = if line.sub.executors.is_empty() {
            line.agency.value == owner
        } else {
            line.sub.executors.iter().any(|e| e.agency.value == owner)
        };
        if !carries {
            continue;
        }
        let taken = proposal_rat.is_some_and(|rat| {
            rat.lines.iter().any(|l| {
                l.sub_activity.0 == code
                    && l.agency
                        .as_ref()
                        .map_or(line.agency.value.as_str(), |a| a.value.as_str())
                        == owner
            })
        });
        if !taken {
            let indicator = line.sub.indicators.first();
            out.push(Proposable {
                code: code.to_owned(),
                name: line.sub.name.value.clone(),
                indicator: indicator.map(|i| i.name.value.clone()).unwrap_or_default(),
                unit: indicator.map(|i| i.unit.value.clone()).unwrap_or_default(),
                names_executor: !line.sub.executors.is_empty() || line.agency.value != owner,
            });
        }
    }
    out
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms (unlike `DefaultHasher`). The
/// fingerprint guards against mistakes and stale forms, not against forgery.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn field(&mut self, text: &str) {
        for b in text.bytes().chain(std::iter::once(0x1f)) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

fn line_fingerprint(line: &FormLine) -> String {
    let mut h = Fnv::new();
    h.field(&line.code);
    h.field(line.executor.as_deref().unwrap_or(""));
    h.field(&line.name);
    h.field(&line.indicator);
    h.field(&line.unit);
    h.field(&line.target.to_string());
    h.field(line.aid.key());
    h.field(&line.locations);
    h.field(if line.split { "split" } else { "single" });
    for (source, amount) in &line.sources {
        h.field(source.key());
        h.field(&amount.0.to_string());
    }
    h.hex()
}

fn form_fingerprint(identity: &PlanIdentity, form: &FormView) -> String {
    let mut h = Fnv::new();
    h.field(FORMAT);
    h.field(&identity.text());
    h.field(&form.year.to_string());
    h.field(&form.owner);
    h.field(
        &form
            .proposal_year
            .map(|y| y.to_string())
            .unwrap_or_default(),
    );
    for line in &form.lines {
        h.field(&line.fingerprint);
    }
    for p in &form.proposable {
        h.field(&p.code);
    }
    h.hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_words_are_plain() {
        assert_eq!(file_word("DINSOS"), "dinsos");
        assert_eq!(file_word("RSUD-BALARAJA"), "rsud-balaraja");
        assert_eq!(file_word("UPT/Dinas 2"), "upt-dinas-2");
        assert_eq!(file_word("//"), "opd");
    }

    #[test]
    fn fingerprints_change_with_what_the_form_locks() {
        let base = || FormLine {
            code: "1.06.05.2.02.0001".into(),
            executor: None,
            name: "Pendataan".into(),
            indicator: "Rumah tangga".into(),
            unit: "rumah tangga".into(),
            target: 45000.0,
            aid: AidKind::Service,
            locations: String::new(),
            split: false,
            sources: vec![(FundingSource::Apbd, Rupiah(1_850_000_000))],
            quarters: Default::default(),
            notes: None,
            fingerprint: String::new(),
        };
        let a = line_fingerprint(&base());
        assert_eq!(a, line_fingerprint(&base()));
        let mut b = base();
        b.sources[0].1 = Rupiah(1_850_000_001);
        assert_ne!(a, line_fingerprint(&b));
        let mut c = base();
        c.quarters[0] = Some(QuarterFigures {
            output: 1.0,
            spent: vec![Rupiah(1)],
        });
        c.notes = Some("catatan".into());
        // Realisation and notes are what the agency fills in: not part of the fingerprint.
        assert_eq!(a, line_fingerprint(&c));
    }
}
