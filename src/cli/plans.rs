//! Finding plans on the command line: a directory, its `rpkd.yaml`, a folder of plans, or, with
//! nothing named, every plan under `plans/`. Entries that are not plans (a `README.md` that
//! `plans/*` expands to) are skipped with a note, so the documented CI command works on a real
//! repository.

use super::output::Output;
use rpkd::i18n::Message;
use rpkd::msg;
use std::path::{Path, PathBuf};

/// Accept the plan's `rpkd.yaml` as well as its directory.
pub fn plan_dir(path: &Path) -> &Path {
    match (path.file_name(), path.parent()) {
        (Some(name), Some(parent)) if name == "rpkd.yaml" => {
            if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            }
        }
        _ => path,
    }
}

/// Every directory directly under `root` that holds an `rpkd.yaml`, in name order.
pub fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("rpkd.yaml").is_file())
        .collect();
    plans.sort();
    Ok(plans)
}

/// What the command line named.
#[derive(Debug, PartialEq)]
pub struct Named {
    /// The plan directories, in the order given (a folder of plans in name order).
    pub plans: Vec<PathBuf>,
    /// Entries skipped, each with the note to print.
    pub skipped: Vec<Message>,
    /// The first entry skipped, to name when it is the only one.
    first_skipped: Option<PathBuf>,
    /// Paths that stand for nothing: each an error (exit 1) though the plans are still run.
    pub missing: Vec<Message>,
}

/// The plans `paths` name; with none, every plan under `plans/`. `Err` when there is no plan to
/// work on at all.
pub fn named(paths: &[PathBuf]) -> Result<Named, Message> {
    if paths.is_empty() {
        return match discover(Path::new("plans")) {
            Ok(plans) if !plans.is_empty() => Ok(Named {
                plans,
                skipped: Vec::new(),
                first_skipped: None,
                missing: Vec::new(),
            }),
            Ok(_) => Err(msg!("plans-none-under-plans")),
            Err(e) => Err(msg!(
                "plans-cannot-list",
                path = "plans/",
                cause = rpkd::error::io_cause(&e)
            )),
        };
    }
    let mut named = Named {
        plans: Vec::new(),
        skipped: Vec::new(),
        first_skipped: None,
        missing: Vec::new(),
    };
    for path in paths {
        let dir = plan_dir(path);
        if dir.join("rpkd.yaml").exists() {
            named.plans.push(dir.to_owned());
        } else if dir.is_dir() {
            match discover(dir) {
                // A folder of plans: `rpkd check plans`.
                Ok(plans) if !plans.is_empty() => named.plans.extend(plans),
                _ => {
                    named.first_skipped.get_or_insert_with(|| dir.to_owned());
                    named.skipped.push(msg!("plans-skipped-folder", path = dir));
                }
            }
        } else if dir.exists() {
            named.first_skipped.get_or_insert_with(|| dir.to_owned());
            named.skipped.push(msg!("plans-skipped-file", path = dir));
        } else {
            named.missing.push(msg!("plans-missing", path = dir));
        }
    }
    if named.plans.is_empty() && named.missing.is_empty() {
        return Err(match (named.skipped.len(), named.first_skipped) {
            (1, Some(path)) => rpkd::error::Error::NotAPlan(path).message(),
            (count, _) => msg!("plans-none-named", count = count),
        });
    }
    Ok(named)
}

/// [`named`], with the notes and errors printed; `None` when there is nothing to do (the error
/// is printed). The flag says whether a named path was missing (the run then fails).
pub fn resolve(paths: &[PathBuf], out: &Output) -> Option<(Vec<PathBuf>, bool)> {
    match named(paths) {
        Ok(named) => {
            for note in &named.skipped {
                out.say(&msg!("cli-note", message = note.clone()));
            }
            for missing in &named.missing {
                out.error(missing);
            }
            Some((named.plans, !named.missing.is_empty()))
        }
        Err(message) => {
            out.error(&message);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rpkd::i18n::Lang;

    #[test]
    fn non_plans_among_plans_are_skipped_and_a_folder_of_plans_is_expanded() {
        let temp = tempfile::tempdir().unwrap();
        let root = temp.path();
        for plan in ["plans/a", "plans/b"] {
            std::fs::create_dir_all(root.join(plan)).unwrap();
            std::fs::write(root.join(plan).join("rpkd.yaml"), "").unwrap();
        }
        std::fs::write(root.join("plans/README.md"), "").unwrap();
        std::fs::create_dir_all(root.join("plans/shared")).unwrap();
        let p = |s: &str| root.join(s);

        let glob = [
            p("plans/README.md"),
            p("plans/a"),
            p("plans/b"),
            p("plans/shared"),
        ];
        let found = named(&glob).unwrap();
        assert_eq!(found.plans, vec![p("plans/a"), p("plans/b")]);
        assert_eq!(found.skipped.len(), 2);
        assert!(found.missing.is_empty());
        let note = found.skipped[0].render(Lang::En);
        assert!(
            note.contains("README.md") && note.contains("not a plan"),
            "{note}"
        );

        assert_eq!(
            named(&[p("plans")]).unwrap().plans,
            vec![p("plans/a"), p("plans/b")]
        );
        assert_eq!(
            named(&[p("plans/a/rpkd.yaml")]).unwrap().plans,
            vec![p("plans/a")]
        );
        assert!(named(&[p("plans/README.md")]).is_err());
        let typo = named(&[p("plans/a"), p("plans/c")]).unwrap();
        assert_eq!(typo.missing.len(), 1);
    }
}
