//! Stage 5, `write`: rendered files onto the disk, atomically. Each file is written to a
//! temporary name in the same directory and renamed over the old one, so a failed or interrupted
//! build leaves every earlier output whole and no temporary file behind.

use crate::error::Error;
use crate::render::OutputFile;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Write `files` into `dir` (created if needed). On the first failure the temporary file is
/// removed and the error returned; files already renamed stay complete.
pub fn write_files(dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, Error> {
    fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = Vec::with_capacity(files.len());
    for file in files {
        let path = dir.join(&file.name);
        write_atomic(&path, &file.bytes)?;
        written.push(path);
    }
    Ok(written)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&temp, path)
    })();
    result.map_err(|source| {
        let _ = fs::remove_file(&temp);
        Error::Write {
            path: path.to_owned(),
            source,
        }
    })
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
        let leftovers: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}
