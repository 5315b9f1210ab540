//! The plan as typed data: pure values with the spans they were read from, no I/O and no
//! formatting. Keys in the YAML are Bahasa Indonesia; the Rust names are English, and each
//! record declares its key beside the field (see [`record!`](crate::record)).

pub mod image;
pub mod keywords;
pub mod legal;
pub mod lookup;
pub mod narrative;
pub mod plan;
pub mod program;
pub mod rat;
pub mod scalar;
pub mod stats;

pub use keywords::*;
pub use narrative::{Markdown, Narrative};
pub use plan::*;
pub use program::*;
pub use rat::*;
pub use scalar::*;
pub use stats::*;

use crate::source::FileId;
use std::path::PathBuf;

/// Every file of one plan, decoded.
#[derive(Debug)]
pub struct Plan {
    /// The plan directory.
    pub dir: PathBuf,
    /// `rpkd.yaml`; `None` if it could not be decoded (the reasons are diagnostics).
    pub root: Option<PlanRoot>,
    /// Programs of every file under `program/`, in file order.
    pub programs: Vec<Program>,
    /// One entry per file under `rat/`, in file order.
    pub rats: Vec<RatFile>,
    /// Ids and codes of items that failed to decode; references to them are not reported again.
    pub broken_ids: Vec<String>,
    /// Whether a whole program file could not be read: references to sub kegiatan are then not
    /// reported as unknown, since they may be defined there.
    pub programs_lost: bool,
    /// The region's emblem for the covers (`logo:`), read and decoded by `load`.
    pub logo: Option<image::Image>,
    /// The plan's own templates (`templat:`), by file name, read by `load`.
    pub templates: Vec<(String, FileId)>,
    /// Whether every file decoded without error. Checks that report something *absent* (a
    /// strategy with no program) only run on a complete plan.
    pub complete: bool,
    /// The kabupaten/kota plans a province plan names under `wilayah … rencana`, read by `load`.
    pub linked: Vec<LinkedPlan>,
}

/// A kabupaten/kota plan that a province plan names.
#[derive(Debug)]
pub struct LinkedPlan {
    /// The entry of the province's `wilayah` that names it (`Kabupaten Tangerang`).
    pub member: String,
    /// Where `rencana` is written, for diagnostics.
    pub path: crate::source::Spanned<String>,
    pub plan: Plan,
    /// What loading it reported (its own files' problems).
    pub diagnostics: Vec<crate::diag::Diagnostic>,
}

/// A RAT and the file it came from (its name should be the year).
#[derive(Debug)]
pub struct RatFile {
    pub file: FileId,
    /// The file name without extension (`2025`), which should be the year.
    pub stem: String,
    /// The year in the file name, if the name is a year.
    pub named_year: Option<Year>,
    pub rat: Rat,
}

/// A sub kegiatan with what it inherits from its kegiatan and program: the line of the
/// program matrix every later stage works with.
#[derive(Debug, Clone, Copy)]
pub struct Line<'a> {
    pub program: &'a Program,
    /// Where `program` stands in the plan's programs.
    pub program_index: usize,
    pub kegiatan: &'a Kegiatan,
    pub sub: &'a SubKegiatan,
    /// The region strategy in force: the sub kegiatan's, else the kegiatan's, else the program's.
    pub strategy: &'a crate::source::Spanned<String>,
    /// The agency in force, inherited the same way.
    pub agency: &'a crate::source::Spanned<String>,
}

impl Plan {
    /// Every sub kegiatan of the plan, in file and document order.
    pub fn lines(&self) -> impl Iterator<Item = Line<'_>> {
        self.programs
            .iter()
            .enumerate()
            .flat_map(|(program_index, program)| {
                program.activities.iter().flat_map(move |kegiatan| {
                    kegiatan.sub_activities.iter().map(move |sub| Line {
                        program,
                        program_index,
                        kegiatan,
                        sub,
                        strategy: sub
                            .strategy
                            .as_ref()
                            .or(kegiatan.strategy.as_ref())
                            .unwrap_or(&program.strategy),
                        agency: sub
                            .agency
                            .as_ref()
                            .or(kegiatan.agency.as_ref())
                            .unwrap_or(&program.agency),
                    })
                })
            })
    }
}
