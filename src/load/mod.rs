//! Stage 1, `load`: a plan directory → [`Plan`] with spans, plus every problem found on the way.
//!
//! Which files make a plan (documented in `docs/plan-format.md`):
//!
//! - `rpkd.yaml` at the root of the directory (required);
//! - every `*.yaml` / `*.yml` under `program/`, at any depth, in path order;
//! - every `*.yaml` / `*.yml` directly in `rat/`, one per year, named after the year
//!   (`rat/2025.yaml`);
//! - the Markdown files that `narasi` and `kondisi` name with `berkas:`;
//! - the `.md`, `.html` and `.css` files of the folder `templat:` names.
//!
//! Any other YAML file in the directory is reported, so a misnamed folder is not silently
//! skipped. This module and [`yaml`] are the only places that read files.

pub mod decode;
pub mod files;
pub mod git;
pub mod linked;
mod placeholders;
pub mod printable;
pub mod words;
pub mod workbook;
pub mod yaml;

use crate::diag::{Code, Diagnostic};
use crate::error::Error;
use crate::i18n::Message;
use crate::model::{Markdown, Plan, PlanRoot, ProgramFile, Rat, RatFile, Year};
use crate::msg;
use crate::source::{FileId, SourceFiles, Span, Spanned};
use decode::{Cx, Decode};
pub use files::{Disk, Files, Kind, Memory, Overlay, ReadError};
pub use git::GitTree;
use std::path::{Path, PathBuf};

const MB: u64 = 1024 * 1024;

/// The default for [`Limits::max_file_bytes`]; a legitimate province plan is about 5 MB.
pub const MAX_FILE_BYTES: u64 = 64 * MB;

/// The largest emblem read; a region's emblem is a few hundred kilobytes.
const MAX_LOGO_BYTES: u64 = 10 * MB;

/// How much a plan may ask of the loader.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest file read; a larger one is reported (E007) without being read.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: MAX_FILE_BYTES,
        }
    }
}

/// A loaded plan with its sources and what went wrong while reading it.
#[derive(Debug)]
pub struct Loaded {
    pub sources: SourceFiles,
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
}

/// Read and decode every file of the plan in `dir`, with the default limits.
pub fn load(dir: &Path) -> Result<Loaded, Error> {
    load_with(dir, Limits::default())
}

/// Read and decode every file of the plan in `dir`, and of the kabupaten/kota plans a province
/// plan names ([`linked`]).
pub fn load_with(dir: &Path, limits: Limits) -> Result<Loaded, Error> {
    let mut loaded = load_from(&Disk::new(dir), limits)?;
    linked::load(&mut loaded, limits);
    Ok(loaded)
}

/// Read and decode every file of the plan that `files` gives access to.
pub fn load_from(files: &dyn Files, limits: Limits) -> Result<Loaded, Error> {
    load_keeping(files, limits, SourceFiles::default()).map_err(|(e, _)| e)
}

/// [`load_from`], its files registered after those already in `sources`, which are given back
/// when the plan cannot be read: a province goes on reading its other kabupaten/kota plans.
pub fn load_keeping(
    files: &dyn Files,
    limits: Limits,
    sources: SourceFiles,
) -> Result<Loaded, (Error, SourceFiles)> {
    let root_path = PathBuf::from("rpkd.yaml");
    if matches!(files.kind(&root_path), Kind::Missing) {
        return Err((Error::NotAPlan(files.shown(Path::new(""))), sources));
    }
    let mut loader = Loader {
        files,
        limits,
        sources,
        diagnostics: Vec::new(),
        broken_ids: Vec::new(),
    };
    match read_plan(&mut loader, files, &root_path) {
        Ok(plan) => Ok(Loaded {
            plan,
            sources: loader.sources,
            diagnostics: loader.diagnostics,
        }),
        Err(e) => Err((e, loader.sources)),
    }
}

fn read_plan(loader: &mut Loader, files: &dyn Files, root_path: &Path) -> Result<Plan, Error> {
    let root_path = root_path.to_owned();

    let root = loader
        .decode_file::<PlanRoot>(&root_path)
        .map(|(_, root)| root);
    let program_paths = loader.yaml_files(Path::new("program"))?;
    let rat_paths = loader.yaml_files(Path::new("rat"))?;
    // RATs are `rat/<year>.yaml`, one level deep; anything in a subfolder is reported as stray.
    let rat_paths: Vec<PathBuf> = rat_paths
        .into_iter()
        .filter(|p| p.parent() == Some(Path::new("rat")))
        .collect();

    // Programs and RATs in one parallel batch: the largest RAT no longer leaves a core idle.
    let (program_files, rat_files) =
        loader.decode_two::<ProgramFile, Rat>(&program_paths, &rat_paths);
    let mut programs = Vec::new();
    let mut programs_lost = false;
    for decoded in program_files {
        match decoded {
            Some((_, file)) => programs.extend(file.programs),
            None => programs_lost = true,
        }
    }
    let mut rats = Vec::new();
    for (path, decoded) in rat_paths.iter().zip(rat_files) {
        if let Some((file, rat)) = decoded {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let named_year = stem.parse::<u16>().ok().map(Year);
            rats.push(RatFile {
                file,
                stem,
                named_year,
                rat,
            });
        }
    }

    let mut root = root;
    if let Some(narrative) = root.as_mut().and_then(|r| r.narrative.as_mut()) {
        for chapter in narrative.chapters_mut() {
            loader.read_markdown(chapter);
        }
    }
    for rat in &mut rats {
        if let Some(conditions) = rat.rat.conditions.as_mut() {
            loader.read_markdown(conditions);
        }
    }
    let logo = root
        .as_ref()
        .and_then(|r| r.logo.as_ref())
        .and_then(|path| loader.read_logo(path));
    let templates = match root.as_ref().and_then(|r| r.templates.as_ref()) {
        Some(folder) => loader.read_templates(folder),
        None => Vec::new(),
    };

    let known: Vec<PathBuf> = std::iter::once(root_path.clone())
        .chain(program_paths)
        .chain(rat_paths)
        .collect();
    loader.report_stray_files(&known)?;

    let complete = !loader.diagnostics.iter().any(Diagnostic::is_error);
    Ok(Plan {
        dir: files.shown(Path::new("")),
        root,
        programs,
        rats,
        broken_ids: std::mem::take(&mut loader.broken_ids),
        programs_lost,
        logo,
        templates,
        complete,
        linked: Vec::new(),
    })
}

struct Loader<'a> {
    files: &'a dyn Files,
    limits: Limits,
    sources: SourceFiles,
    diagnostics: Vec<Diagnostic>,
    broken_ids: Vec<String>,
}

/// A read refusal in a planner's terms; `what` names what may have `limit` bytes.
fn read_problem(error: ReadError, limit: u64, what: Message) -> Message {
    match error {
        ReadError::NotAFile(Kind::Missing) => msg!("read-does-not-exist"),
        ReadError::NotAFile(kind) => msg!("read-is-kind", kind = kind.message()),
        ReadError::TooLarge(bytes) => msg!(
            "read-too-large",
            size = bytes.div_ceil(MB),
            limit = limit / MB,
            what = what
        ),
        ReadError::Io(reason) => reason,
    }
}

/// What a plan names by a path, for the messages about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Narrative,
    Logo,
    TemplateFolder,
}

impl Named {
    fn message(self) -> Message {
        match self {
            Named::Narrative => msg!("named-narrative"),
            Named::Logo => msg!("named-logo"),
            Named::TemplateFolder => msg!("named-template-folder"),
        }
    }

    /// A path of this kind, for "e.g. `…`".
    fn example(self) -> &'static str {
        match self {
            Named::Logo => "lambang.png",
            Named::TemplateFolder => "templat",
            Named::Narrative => "narasi/latar-belakang.md",
        }
    }
}

impl Loader<'_> {
    /// Read a file as text. A file that cannot be read is registered with no text and reported,
    /// so the report can still name it.
    fn read_text(&mut self, path: &Path) -> Result<FileId, FileId> {
        let limit = self.limits.max_file_bytes;
        let text = self
            .files
            .read(path, limit)
            .map_err(|e| read_problem(e, limit, msg!("limit-plan-file")))
            .and_then(|bytes| {
                String::from_utf8(bytes)
                    .map_err(|e| msg!("read-not-utf8", offset = e.utf8_error().valid_up_to()))
            });
        let shown = self.files.shown(path);
        match text {
            Ok(mut text) => {
                // A byte-order mark is what some Windows editors write first; it is not content.
                let bom = text.starts_with('\u{feff}');
                if bom {
                    text.drain(..'\u{feff}'.len_utf8());
                }
                let id = self.sources.add(shown, text);
                if bom {
                    self.sources.mark_bom(id);
                }
                Ok(id)
            }
            Err(reason) => {
                let id = self.sources.add(shown.clone(), String::new());
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnreadableFile,
                        msg!("read-cannot-read", path = &shown, cause = reason),
                    )
                    .primary(Span::file_start(id), ""),
                );
                Err(id)
            }
        }
    }

    /// Read, parse and decode one YAML file into `T`.
    fn decode_file<T: Decode + Send>(&mut self, path: &Path) -> Option<(FileId, T)> {
        self.decode_files::<T>(std::slice::from_ref(&path.to_owned()))
            .pop()
            .flatten()
    }

    /// Read files in order, then parse and decode them in parallel (parsing dominates a large
    /// plan's check); diagnostics are merged in file order, so reports do not depend on timing.
    fn decode_files<T: Decode + Send>(&mut self, paths: &[PathBuf]) -> Vec<Option<(FileId, T)>> {
        let ids = self.read_texts(paths);
        let decoded = decode_texts::<T>(&self.sources, &ids, paths);
        self.merge(decoded)
    }

    /// [`Self::decode_files`] for two kinds of file at once: read `a` then `b`, decode all of
    /// them in one parallel batch, merge `a`'s diagnostics then `b`'s.
    #[allow(clippy::type_complexity)]
    fn decode_two<A: Decode + Send, B: Decode + Send>(
        &mut self,
        a: &[PathBuf],
        b: &[PathBuf],
    ) -> (Vec<Option<(FileId, A)>>, Vec<Option<(FileId, B)>>) {
        let (a_ids, b_ids) = (self.read_texts(a), self.read_texts(b));
        let sources = &self.sources;
        let (a_decoded, b_decoded) = rayon::join(
            || decode_texts::<A>(sources, &a_ids, a),
            || decode_texts::<B>(sources, &b_ids, b),
        );
        (self.merge(a_decoded), self.merge(b_decoded))
    }

    fn read_texts(&mut self, paths: &[PathBuf]) -> Vec<Option<FileId>> {
        paths.iter().map(|p| self.read_text(p).ok()).collect()
    }

    /// Decoded files' diagnostics and broken ids joined to the plan's, in file order.
    fn merge<T>(&mut self, decoded: Vec<Option<Decoded<T>>>) -> Vec<Option<(FileId, T)>> {
        decoded
            .into_iter()
            .map(|d| {
                let mut d = d?;
                self.diagnostics.append(&mut d.diagnostics);
                self.broken_ids.append(&mut d.broken_ids);
                d.value.map(|v| (d.id, v))
            })
            .collect()
    }

    /// The path a plan names, if it stays inside the plan directory (no absolute path, no `..`,
    /// no link out); otherwise reported as `what` and `None`.
    fn inside_plan(&mut self, path: &Spanned<String>, what: Named) -> Option<PathBuf> {
        let relative = files::plan_path(&path.value);
        let linked_out = relative
            .as_ref()
            .is_some_and(|r| self.files.kind(r) == Kind::LinkOut);
        if relative.is_none() || linked_out {
            let message = if linked_out {
                msg!(
                    "read-link-outside-plan",
                    what = what.message(),
                    path = &path.value
                )
            } else {
                msg!(
                    "read-outside-plan",
                    what = what.message(),
                    path = &path.value
                )
            };
            self.diagnostics.push(
                Diagnostic::new(Code::NarrativeFile, message)
                    .primary(path.span, msg!("read-not-inside-plan"))
                    .hint(msg!("read-relative-path", example = what.example())),
            );
            return None;
        }
        relative
    }

    /// `what` at `path` is not what the plan needs there: say what it is instead.
    fn not_a_file(&mut self, path: &Spanned<String>, what: Named, kind: Kind) {
        let d = Diagnostic::new(
            Code::NarrativeFile,
            msg!(
                "read-named-is-kind",
                what = what.message(),
                path = &path.value,
                kind = kind.message()
            ),
        )
        .primary(path.span, msg!("read-not-readable-file"));
        self.diagnostics.push(d);
    }

    /// Read the file a `berkas:` names (Markdown written inline was checked with its YAML;
    /// only its nesting is checked here).
    fn read_markdown(&mut self, markdown: &mut Markdown) {
        let (path, file) = match markdown {
            Markdown::File { path, file } => (path, file),
            Markdown::Inline(text) => {
                let mut found = Vec::new();
                printable::check_nesting(text.span.file, 0, &text.value, &mut found);
                for mut d in found {
                    // Offsets in the decoded text are not offsets in the YAML: point at the text.
                    for label in &mut d.labels {
                        label.span = Span::new(
                            text.span.file,
                            text.span.start as usize,
                            text.span.start as usize + 1,
                        );
                    }
                    self.diagnostics.push(d);
                }
                return;
            }
        };
        let Some(relative) = self.inside_plan(path, Named::Narrative) else {
            return;
        };
        match self.files.kind(&relative) {
            Kind::File { .. } => {}
            Kind::Missing => {
                let d = Diagnostic::new(
                    Code::NarrativeFile,
                    msg!(
                        "read-named-not-found",
                        what = Named::Narrative.message(),
                        path = &path.value
                    ),
                )
                .primary(path.span, msg!("read-no-such-file"));
                let d = match self.nearby_markdown(&relative) {
                    Some(names) => d.hint_opt(crate::diag::did_you_mean(
                        relative.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                        names.iter().map(String::as_str),
                    )),
                    None => d,
                };
                self.diagnostics.push(d);
                return;
            }
            kind => {
                self.not_a_file(path, Named::Narrative, kind);
                return;
            }
        }
        if let Ok(id) = self.read_text(&relative) {
            printable::check_markdown(id, &self.sources.get(id).text, &mut self.diagnostics);
            placeholders::check_markdown(id, &self.sources.get(id).text, &mut self.diagnostics);
            *file = Some(id);
        }
    }

    /// Read and decode the region's emblem.
    fn read_logo(&mut self, path: &Spanned<String>) -> Option<crate::model::image::Image> {
        let relative = self.inside_plan(path, Named::Logo)?;
        let problem = match self.files.read(&relative, MAX_LOGO_BYTES) {
            Ok(bytes) => match crate::model::image::Image::decode(&bytes) {
                Ok(image) => return Some(image),
                Err(reason) => reason,
            },
            Err(error) => read_problem(error, MAX_LOGO_BYTES, msg!("limit-emblem")),
        };
        self.diagnostics.push(
            Diagnostic::new(
                Code::LogoImage,
                msg!("read-logo-unusable", path = &path.value, cause = problem),
            )
            .primary(path.span, msg!("read-the-logo"))
            .hint(msg!("read-logo-hint")),
        );
        None
    }

    /// Read the `.md`, `.html` and `.css` files of the plan's template folder.
    fn read_templates(&mut self, folder: &Spanned<String>) -> Vec<(String, FileId)> {
        let Some(dir) = self.inside_plan(folder, Named::TemplateFolder) else {
            return Vec::new();
        };
        match self.files.kind(&dir) {
            Kind::Dir => {}
            Kind::Missing => {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::NarrativeFile,
                        msg!(
                            "read-named-not-found",
                            what = Named::TemplateFolder.message(),
                            path = &folder.value
                        ),
                    )
                    .primary(folder.span, msg!("read-no-such-folder")),
                );
                return Vec::new();
            }
            kind => {
                self.not_a_file(folder, Named::TemplateFolder, kind);
                return Vec::new();
            }
        }
        let entries = match self.files.list(&dir) {
            Ok(entries) => entries,
            Err(reason) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::NarrativeFile,
                        msg!(
                            "read-folder-unreadable",
                            what = Named::TemplateFolder.message(),
                            path = &folder.value,
                            cause = reason
                        ),
                    )
                    .primary(folder.span, msg!("read-this-folder")),
                );
                return Vec::new();
            }
        };
        let mut templates = Vec::new();
        for entry in entries {
            let template = matches!(
                Path::new(&entry.name).extension().and_then(|e| e.to_str()),
                Some("md" | "html" | "css")
            );
            if !template || entry.kind == Kind::Dir || entry.name.starts_with('.') {
                continue;
            }
            if let Ok(id) = self.read_text(&dir.join(&entry.name)) {
                templates.push((entry.name, id));
            }
        }
        templates
    }

    /// Warn about YAML files in the plan directory that no rule reads.
    fn report_stray_files(&mut self, known: &[PathBuf]) -> Result<(), Error> {
        let mut stray = Vec::new();
        self.collect_yaml(Path::new(""), &mut stray)?;
        stray.retain(|p| !known.contains(p));
        stray.sort();
        for path in stray {
            let shown = self.files.shown(&path);
            let id = self.sources.add(shown.clone(), String::new());
            self.diagnostics.push(
                Diagnostic::new(Code::StrayFile, msg!("read-stray-file", path = &shown))
                    .primary(Span::file_start(id), msg!("read-not-read"))
                    .hint(msg!("read-stray-file-hint")),
            );
        }
        Ok(())
    }

    /// The YAML files under `dir` (recursively, in path order); none if `dir` does not exist.
    fn yaml_files(&self, dir: &Path) -> Result<Vec<PathBuf>, Error> {
        let mut files = Vec::new();
        if self.files.kind(dir) == Kind::Dir {
            self.collect_yaml(dir, &mut files)?;
        }
        files.sort();
        Ok(files)
    }

    /// Hidden entries are skipped and linked folders are not walked into.
    fn collect_yaml(&self, dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
        let entries = self.files.list(dir).map_err(|reason| Error::List {
            path: self.files.shown(dir),
            reason,
        })?;
        for entry in entries {
            if entry.name.starts_with('.') {
                continue;
            }
            let path = dir.join(&entry.name);
            if entry.kind == Kind::Dir && !entry.link {
                self.collect_yaml(&path, out)?;
            } else if is_yaml(&path) && entry.kind != Kind::Dir {
                out.push(path);
            }
        }
        Ok(())
    }

    /// Markdown files beside a missing one, for "did you mean".
    fn nearby_markdown(&self, missing: &Path) -> Option<Vec<String>> {
        let dir = missing.parent()?;
        let names = self
            .files
            .list(dir)
            .ok()?
            .into_iter()
            .map(|e| e.name)
            .filter(|n| n.ends_with(".md"))
            .collect();
        Some(names)
    }
}

/// Parse and decode files of one kind in parallel, each on its own (`None` where unread).
fn decode_texts<T: Decode + Send>(
    sources: &SourceFiles,
    ids: &[Option<FileId>],
    paths: &[PathBuf],
) -> Vec<Option<Decoded<T>>> {
    use rayon::prelude::*;
    ids.par_iter()
        .zip(paths)
        .map(|(id, path)| id.map(|id| decode_text::<T>(id, &sources.get(id).text, path)))
        .collect()
}

/// One file decoded on its own, before its diagnostics join the plan's.
struct Decoded<T> {
    id: FileId,
    value: Option<T>,
    diagnostics: Vec<Diagnostic>,
    broken_ids: Vec<String>,
}

fn decode_text<T: Decode>(id: FileId, text: &str, path: &Path) -> Decoded<T> {
    let node = match yaml::parse(id, text) {
        Ok(node) => node,
        Err(d) => {
            return Decoded {
                id,
                value: None,
                diagnostics: vec![d],
                broken_ids: Vec::new(),
            };
        }
    };
    let mut cx = Cx::new(text);
    let value = if matches!(node.kind, yaml::NodeKind::Null) {
        cx.push(
            Diagnostic::new(Code::WrongType, msg!("read-empty-file"))
                .primary(Span::file_start(id), msg!("read-nothing-here"))
                .hint(what_belongs_in(path)),
        );
        None
    } else {
        printable::check_yaml(&node, text, &mut cx.diagnostics);
        placeholders::check_yaml(&node, text, &mut cx.diagnostics);
        T::decode(&node, &mut cx)
    };
    Decoded {
        id,
        value,
        diagnostics: cx.diagnostics,
        broken_ids: cx.broken_ids,
    }
}

fn what_belongs_in(path: &Path) -> Message {
    let in_dir = |name: &str| path.components().any(|c| c.as_os_str() == name);
    if in_dir("rat") {
        msg!("read-rat-file-holds")
    } else if in_dir("program") {
        msg!("read-program-file-holds")
    } else {
        msg!("read-root-file-holds")
    }
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}
