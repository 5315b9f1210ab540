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
pub mod linked;
mod placeholders;
mod printable;
pub mod yaml;

use crate::diag::{Code, Diagnostic};
use crate::error::{Error, describe};
use crate::model::{Markdown, Plan, PlanRoot, ProgramFile, Rat, RatFile, Year};
use crate::source::{FileId, SourceFiles, Span, Spanned};
use decode::{Cx, Decode};
use std::fs;
use std::path::{Component, Path, PathBuf};

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
    let mut loaded = load_into(dir, limits, SourceFiles::default())?;
    linked::load(&mut loaded, limits);
    Ok(loaded)
}

/// Read and decode the plan in `dir`, its files registered after those already in `sources`.
pub fn load_into(dir: &Path, limits: Limits, sources: SourceFiles) -> Result<Loaded, Error> {
    load_keeping(dir, limits, sources).map_err(|(e, _)| e)
}

/// [`load_into`], giving `sources` back when the plan cannot be read, so a province can go on
/// reading its other kabupaten/kota plans into them.
pub fn load_keeping(
    dir: &Path,
    limits: Limits,
    sources: SourceFiles,
) -> Result<Loaded, (Error, SourceFiles)> {
    let root_path = dir.join("rpkd.yaml");
    if !root_path.is_file() {
        return Err((Error::NotAPlan(dir.to_owned()), sources));
    }
    let mut loader = Loader {
        dir,
        real_dir: dir.canonicalize().ok(),
        limits,
        sources,
        diagnostics: Vec::new(),
        broken_ids: Vec::new(),
    };
    match read_plan(&mut loader, dir, &root_path) {
        Ok(plan) => Ok(Loaded {
            plan,
            sources: loader.sources,
            diagnostics: loader.diagnostics,
        }),
        Err(e) => Err((e, loader.sources)),
    }
}

fn read_plan(loader: &mut Loader, dir: &Path, root_path: &Path) -> Result<Plan, Error> {
    let root_path = root_path.to_owned();

    let root = loader
        .decode_file::<PlanRoot>(&root_path)
        .map(|(_, root)| root);
    let program_paths = yaml_files(&dir.join("program"))?;
    let rat_paths = yaml_files(&dir.join("rat"))?;
    // RATs are `rat/<year>.yaml`, one level deep; anything in a subfolder is reported as stray.
    let rat_paths: Vec<PathBuf> = rat_paths
        .into_iter()
        .filter(|p| p.parent() == Some(dir.join("rat").as_path()))
        .collect();

    let mut programs = Vec::new();
    let mut programs_lost = false;
    for decoded in loader.decode_files::<ProgramFile>(&program_paths) {
        match decoded {
            Some((_, file)) => programs.extend(file.programs),
            None => programs_lost = true,
        }
    }
    let mut rats = Vec::new();
    for (path, decoded) in rat_paths.iter().zip(loader.decode_files::<Rat>(&rat_paths)) {
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
        Some(folder) => loader.read_templates(folder)?,
        None => Vec::new(),
    };

    let known: Vec<PathBuf> = std::iter::once(root_path.clone())
        .chain(program_paths)
        .chain(rat_paths)
        .collect();
    loader.report_stray_files(&known)?;

    let complete = !loader.diagnostics.iter().any(Diagnostic::is_error);
    Ok(Plan {
        dir: dir.to_owned(),
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
    dir: &'a Path,
    /// The plan directory with every link resolved, to tell links that leave it.
    real_dir: Option<PathBuf>,
    limits: Limits,
    sources: SourceFiles,
    diagnostics: Vec<Diagnostic>,
    broken_ids: Vec<String>,
}

impl Loader<'_> {
    /// Read a file as text. A file that cannot be read is registered with no text and reported,
    /// so the report can still name it.
    fn read_text(&mut self, path: &Path) -> Result<FileId, FileId> {
        let text = self
            .read_bytes(path, self.limits.max_file_bytes, "a plan file")
            .and_then(|bytes| {
                String::from_utf8(bytes).map_err(|e| {
                    format!(
                        "the file is not UTF-8 text (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    )
                })
            });
        match text {
            Ok(mut text) => {
                // A byte-order mark is what some Windows editors write first; it is not content.
                if text.starts_with('\u{feff}') {
                    text.drain(..'\u{feff}'.len_utf8());
                }
                Ok(self.sources.add(path.to_owned(), text))
            }
            Err(reason) => {
                let id = self.sources.add(path.to_owned(), String::new());
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::UnreadableFile,
                        format!("cannot read `{}` ({reason})", path.display()),
                    )
                    .primary(Span::file_start(id), ""),
                );
                Err(id)
            }
        }
    }

    /// The bytes of a plan file, which must be a regular file inside the plan directory (a link
    /// may point elsewhere in the plan, never out of it) of at most `limit` bytes. The limit
    /// holds while reading, so a file that grows cannot exhaust memory; a pipe or a device is
    /// never opened, so it cannot hang the loader.
    fn read_bytes(&self, path: &Path, limit: u64, what: &str) -> Result<Vec<u8>, String> {
        use std::io::Read as _;
        let too_large = |bytes: u64| {
            format!(
                "the file is {} MB, more than the {} MB {what} may have",
                bytes.div_ceil(MB),
                limit / MB
            )
        };
        let meta = fs::metadata(path).map_err(|e| describe(&e))?;
        if !meta.is_file() {
            return Err("it is not a regular file".into());
        }
        if let (Ok(real), Some(dir)) = (path.canonicalize(), &self.real_dir)
            && !real.starts_with(dir)
        {
            return Err("it is a link to a file outside the plan directory".into());
        }
        if meta.len() > limit {
            return Err(too_large(meta.len()));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        fs::File::open(path)
            .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
            .map_err(|e| describe(&e))?;
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(bytes)
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
        use rayon::prelude::*;
        let ids: Vec<Option<FileId>> = paths.iter().map(|p| self.read_text(p).ok()).collect();
        let sources = &self.sources;
        let decoded: Vec<Option<Decoded<T>>> = ids
            .par_iter()
            .zip(paths)
            .map(|(id, path)| id.map(|id| decode_text::<T>(id, &sources.get(id).text, path)))
            .collect();
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
    fn inside_plan(&mut self, path: &Spanned<String>, what: &str) -> Option<PathBuf> {
        let relative = Path::new(path.value.as_str());
        let escapes = relative.is_absolute()
            || relative
                .components()
                .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
        let full = self.dir.join(relative);
        let linked_out = !escapes
            && match (full.canonicalize(), &self.real_dir) {
                (Ok(f), Some(d)) => !f.starts_with(d),
                _ => false, // a missing path is the caller's to report
            };
        if escapes || linked_out {
            let how = if escapes { "points" } else { "is a link" };
            self.diagnostics.push(
                Diagnostic::new(
                    Code::NarrativeFile,
                    format!("{what} `{}` {how} outside the plan directory", path.value),
                )
                .primary(path.span, "not inside the plan")
                .hint(format!(
                    "name a path relative to the plan directory, e.g. `{}`",
                    match what {
                        "logo" => "lambang.png",
                        "template folder" => "templat",
                        _ => "narasi/latar-belakang.md",
                    }
                )),
            );
            return None;
        }
        Some(full)
    }

    /// Read the file a `berkas:` names.
    fn read_markdown(&mut self, markdown: &mut Markdown) {
        let Markdown::File { path, file } = markdown else {
            return;
        };
        let Some(full) = self.inside_plan(path, "narrative file") else {
            return;
        };
        if !full.is_file() {
            let d = Diagnostic::new(
                Code::NarrativeFile,
                format!("narrative file `{}` not found", path.value),
            )
            .primary(path.span, "no such file");
            let d = match nearby_markdown(&full) {
                Some(names) => d.hint_opt(crate::diag::did_you_mean(
                    full.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                    names.iter().map(String::as_str),
                )),
                None => d,
            };
            self.diagnostics.push(d);
            return;
        }
        if let Ok(id) = self.read_text(&full) {
            printable::check_markdown(id, &self.sources.get(id).text, &mut self.diagnostics);
            placeholders::check_markdown(id, &self.sources.get(id).text, &mut self.diagnostics);
            *file = Some(id);
        }
    }

    /// Read and decode the region's emblem.
    fn read_logo(&mut self, path: &Spanned<String>) -> Option<crate::model::image::Image> {
        let full = self.inside_plan(path, "logo")?;
        let problem = match self.read_bytes(&full, MAX_LOGO_BYTES, "an emblem") {
            Ok(bytes) => match crate::model::image::Image::decode(&bytes) {
                Ok(image) => return Some(image),
                Err(reason) => reason,
            },
            Err(reason) => reason,
        };
        self.diagnostics.push(
            Diagnostic::new(
                Code::LogoImage,
                format!("cannot use `{}` as the logo ({problem})", path.value),
            )
            .primary(path.span, "the logo")
            .hint("name a PNG or JPEG file inside the plan folder, e.g. `logo: lambang.png`"),
        );
        None
    }

    /// Read the `.md`, `.html` and `.css` files of the plan's template folder.
    fn read_templates(&mut self, folder: &Spanned<String>) -> Result<Vec<(String, FileId)>, Error> {
        let Some(dir) = self.inside_plan(folder, "template folder") else {
            return Ok(Vec::new());
        };
        if !dir.is_dir() {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::NarrativeFile,
                    format!("template folder `{}` not found", folder.value),
                )
                .primary(folder.span, "no such folder"),
            );
            return Ok(Vec::new());
        }
        let read_error = |source| Error::Read {
            path: dir.clone(),
            source,
        };
        let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(read_error)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("md" | "html" | "css")
                    )
            })
            .collect();
        paths.sort();
        let mut templates = Vec::new();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Ok(id) = self.read_text(&path) {
                templates.push((name, id));
            }
        }
        Ok(templates)
    }

    /// Warn about YAML files in the plan directory that no rule reads.
    fn report_stray_files(&mut self, known: &[PathBuf]) -> Result<(), Error> {
        let mut stray = Vec::new();
        collect_yaml(self.dir, &mut stray)?;
        stray.retain(|p| !known.contains(p));
        stray.sort();
        for path in stray {
            let id = self.sources.add(path.clone(), String::new());
            self.diagnostics.push(
                Diagnostic::new(
                    Code::StrayFile,
                    format!("`{}` is not part of the plan", path.display()),
                )
                .primary(Span::file_start(id), "this file is not read")
                .hint("programs go under `program/`, annual action plans under `rat/<year>.yaml`"),
            );
        }
        Ok(())
    }
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
            Diagnostic::new(Code::WrongType, "the file is empty")
                .primary(Span::file_start(id), "nothing here")
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

fn what_belongs_in(path: &Path) -> &'static str {
    let in_dir = |name: &str| path.components().any(|c| c.as_os_str() == name);
    if in_dir("rat") {
        "a RAT file holds `tahun:`, the year's targets and `rencana_aksi:`"
    } else if in_dir("program") {
        "a program file holds `program:` with a list of programs"
    } else {
        "`rpkd.yaml` holds the plan's identity (`daerah:`, `periode:`, …), pillars and strategies"
    }
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}

/// The YAML files under `dir` (recursively, in path order); none if `dir` does not exist.
fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    if dir.is_dir() {
        collect_yaml(dir, &mut files)?;
    }
    files.sort();
    Ok(files)
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let read_error = |source| Error::Read {
        path: dir.to_owned(),
        source,
    };
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(read_error)?
        .collect::<Result<_, _>>()
        .map_err(read_error)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        let file_type = entry.file_type().map_err(read_error)?;
        if hidden {
            continue;
        }
        if file_type.is_dir() {
            collect_yaml(&path, out)?;
        } else if is_yaml(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Markdown files beside a missing one, for "did you mean".
fn nearby_markdown(missing: &Path) -> Option<Vec<String>> {
    let dir = missing.parent()?;
    let names = fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md"))
        .collect();
    Some(names)
}
