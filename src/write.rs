//! Stage 5, `write`: rendered files onto the disk, atomically. Every file of a batch is first
//! written to a temporary name beside its target and synced; only when all are written are they
//! renamed over the old ones. A build that fails (or is stopped) while writing leaves every
//! earlier output as it was, and the temporaries of an earlier build that was killed are
//! cleared by the next.

use crate::error::Error;
use crate::render::OutputFile;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Write `files` into `dir` (created if needed): all of them, or on failure none (the
/// temporaries are removed and the previous files stay).
pub fn write_files(dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, Error> {
    let error = |path: &Path| {
        let path = path.to_owned();
        move |source| Error::Write { path, source }
    };
    fs::create_dir_all(dir).map_err(error(dir))?;
    remove_stale_temporaries(dir, files);
    let targets: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.name)).collect();
    let mut temps: Vec<PathBuf> = Vec::with_capacity(files.len());
    let staged = files.iter().zip(&targets).try_for_each(|(file, path)| {
        let temp = temporary(path);
        temps.push(temp.clone());
        write_synced(&temp, &file.bytes).map_err(error(path))
    });
    let committed = staged.and_then(|()| {
        temps
            .iter()
            .zip(&targets)
            .try_for_each(|(temp, path)| fs::rename(temp, path).map_err(error(path)))
    });
    if committed.is_err() {
        for temp in &temps {
            let _ = fs::remove_file(temp);
        }
    }
    committed.map(|()| targets)
}

/// Append `bytes` to the file at `path`, created if missing: the way a CI step summary
/// (`$GITHUB_STEP_SUMMARY`) is written, other steps' parts kept.
pub fn append_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let mut f = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(error)?;
    f.write_all(bytes).map_err(error)?;
    f.sync_all().map_err(error)
}

/// `.NAME.PID.tmp` beside `path`: hidden, and unique to this process.
fn temporary(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Temporaries of the files about to be written, left by a build that was killed.
fn remove_stale_temporaries(dir: &Path, files: &[OutputFile]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let stale = name.ends_with(".tmp")
            && files.iter().any(|f| {
                name.strip_prefix('.')
                    .and_then(|rest| rest.strip_prefix(f.name.as_str()))
                    .and_then(|rest| rest.strip_prefix('.'))
                    .and_then(|rest| rest.strip_suffix(".tmp"))
                    .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
            });
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            OutputFile {
                name: "a.md".into(),
                bytes: b"satu".to_vec(),
            },
            OutputFile {
                name: "b.html".into(),
                bytes: b"dua".to_vec(),
            },
        ];
        write_files(dir.path(), &files).unwrap();
        assert_eq!(fs::read(dir.path().join("a.md")).unwrap(), b"satu");
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn a_failed_write_keeps_the_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.md"), "lama").unwrap();
        // A directory in the way of the second file makes its rename fail.
        fs::create_dir(dir.path().join("b.html")).unwrap();
        fs::write(dir.path().join("b.html/x"), "").unwrap();
        let files = vec![
            OutputFile {
                name: "a.md".into(),
                bytes: b"baru".to_vec(),
            },
            OutputFile {
                name: "b.html".into(),
                bytes: b"dua".to_vec(),
            },
        ];
        assert!(write_files(dir.path(), &files).is_err());
        assert!(temporaries(dir.path()).is_empty());
    }

    fn temporaries(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect()
    }

    fn batch() -> Vec<OutputFile> {
        ["a.md", "b.html", "c.pdf"]
            .iter()
            .map(|name| OutputFile {
                name: (*name).into(),
                bytes: format!("baru {name}").into_bytes(),
            })
            .collect()
    }

    #[test]
    fn a_failure_halfway_through_a_batch_keeps_every_previous_file() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.md", "b.html", "c.pdf"] {
            fs::write(dir.path().join(name), format!("lama {name}")).unwrap();
        }
        // Injected failure: the second file's temporary cannot be created, after the first
        // was written.
        let blocker = temporary(&dir.path().join("b.html"));
        fs::create_dir(&blocker).unwrap();
        fs::write(blocker.join("x"), "").unwrap();
        assert!(write_files(dir.path(), &batch()).is_err());
        for name in ["a.md", "b.html", "c.pdf"] {
            assert_eq!(
                fs::read_to_string(dir.path().join(name)).unwrap(),
                format!("lama {name}"),
                "{name}"
            );
        }
        fs::remove_dir_all(&blocker).unwrap();
        assert!(temporaries(dir.path()).is_empty());
    }

    #[test]
    fn temporaries_of_a_killed_build_are_cleared_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".a.md.4242.tmp"), "setengah").unwrap();
        fs::write(dir.path().join(".catatan.tmp"), "milik orang lain").unwrap();
        write_files(dir.path(), &batch()).unwrap();
        assert_eq!(temporaries(dir.path()), vec![".catatan.tmp".to_owned()]);
    }
}
