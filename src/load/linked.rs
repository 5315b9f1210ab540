//! The kabupaten/kota plans a province plan names (`wilayah: - kota: Tangerang, rencana:
//! ../kota-tangerang`), read into the same [`SourceFiles`](crate::source::SourceFiles) so their
//! diagnostics print beside the province's. A path is relative to the province plan's folder
//! and must stay inside the repository (the nearest folder above holding `.git`, else the
//! folder holding the province plan's folder): E054 when it does not, or names no plan.
//! A named plan's own kabupaten/kota are never read: only a province names plans.

use super::{Disk, Limits, Loaded, load_keeping};
use crate::diag::{Code, Diagnostic};
use crate::error::Error;
use crate::i18n::Message;
use crate::model::LinkedPlan;
use crate::msg;
use crate::source::Spanned;
use std::path::{Component, Path, PathBuf};

/// Read every plan the province plan of `loaded` names, recording each in `plan.linked` and
/// reporting the paths that name none.
pub fn load(loaded: &mut Loaded, limits: Limits) {
    let Some(root) = loaded.plan.root.as_ref().filter(|r| r.is_province()) else {
        return;
    };
    let wanted: Vec<(String, Spanned<String>)> = root
        .members()
        .filter_map(|m| m.plan.clone().map(|p| (m.full_name(), p)))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let dir = loaded.plan.dir.clone();
    // A plan named `.` has no folder name to step back from: work from its real path then.
    let dir = if dir.components().any(|c| matches!(c, Component::Normal(_))) {
        dir
    } else {
        dir.canonicalize().unwrap_or(dir)
    };
    let repository = repository_root(&dir);
    let mut seen: Vec<(PathBuf, Spanned<String>)> = Vec::new();
    for (member, path) in wanted {
        let full = match resolve(&dir, repository.as_deref(), &path) {
            Ok(full) => full,
            Err(d) => {
                loaded.diagnostics.push(d);
                continue;
            }
        };
        let real = full.canonicalize().unwrap_or_else(|_| full.clone());
        if let Some((_, first)) = seen.iter().find(|(p, _)| *p == real) {
            loaded.diagnostics.push(
                Diagnostic::new(
                    Code::LinkedPlanMismatch,
                    msg!("linked-named-twice", path = &path.value),
                )
                .primary(path.span, msg!("linked-named-again"))
                .secondary(first.span, msg!("linked-first-named"))
                .hint(msg!("linked-named-twice-hint")),
            );
            continue;
        }
        seen.push((real, path.clone()));
        let sources = std::mem::take(&mut loaded.sources);
        match load_keeping(&Disk::new(&full), limits, sources) {
            Ok(sub) => {
                loaded.sources = sub.sources;
                // A kabupaten/kota plan kept inside the province's folder is read, not stray.
                let sources = &loaded.sources;
                loaded.diagnostics.retain(|d| {
                    d.code != Code::StrayFile
                        || !d
                            .primary_span()
                            .is_some_and(|span| sources.get(span.file).path.starts_with(&full))
                });
                loaded.plan.linked.push(LinkedPlan {
                    member,
                    path,
                    plan: sub.plan,
                    diagnostics: sub.diagnostics,
                });
            }
            Err((error, sources)) => {
                loaded.sources = sources;
                let reason = match &error {
                    Error::NotAPlan(_) => msg!("linked-no-plan-file"),
                    other => msg!("linked-cannot-read", reason = other.message()),
                };
                loaded.diagnostics.push(missing(&path, reason));
            }
        }
    }
}

/// The folder a `rencana` path names, if it is a folder inside the repository.
fn resolve(
    dir: &Path,
    repository: Option<&Path>,
    path: &Spanned<String>,
) -> Result<PathBuf, Diagnostic> {
    let relative = Path::new(path.value.trim());
    if relative.as_os_str().is_empty() || relative.is_absolute() || relative.has_root() {
        return Err(missing(path, msg!("linked-write-relative")));
    }
    if relative
        .components()
        .any(|c| matches!(c, Component::Prefix(_)))
    {
        return Err(missing(path, msg!("linked-not-relative")));
    }
    let full = lexical(&dir.join(relative));
    if !full.is_dir() {
        return Err(missing(path, msg!("linked-no-such-folder")));
    }
    if let (Ok(real), Some(repository)) = (full.canonicalize(), repository)
        && !real.starts_with(repository)
    {
        return Err(missing(
            path,
            msg!("linked-outside-repository", repository = repository),
        ));
    }
    Ok(full)
}

/// `plans/provinsi-banten/../kota-tangerang` as `plans/kota-tangerang`, so the files of a
/// kabupaten/kota plan are shown by the path a planner knows them by. (Only `..` after a
/// named folder is resolved; a leading `..` stays.)
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn missing(path: &Spanned<String>, reason: Message) -> Diagnostic {
    Diagnostic::new(
        Code::LinkedPlanMissing,
        msg!("linked-missing", path = &path.value, reason = reason),
    )
    .primary(path.span, msg!("linked-named-here"))
    .hint(msg!("linked-missing-hint"))
}

/// The repository a plan lies in: the nearest folder at or above it holding `.git`, else the
/// folder holding the plan's folder (plans of one region sit side by side under `plans/`).
fn repository_root(dir: &Path) -> Option<PathBuf> {
    let real = dir.canonicalize().ok()?;
    real.ancestors()
        .find(|a| a.join(".git").exists())
        .map(Path::to_owned)
        .or_else(|| real.parent().map(Path::to_owned))
}
