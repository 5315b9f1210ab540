//! Stage 5, `write`: rendered files onto the disk, whole or not at all.
//!
//! A plan's documents are one set: [`write_set`] writes all of them into a staging folder
//! beside `OUT/<plan>/`, syncs them, and swaps the two folders in one step (Linux's
//! `renameat2(RENAME_EXCHANGE)`); the previous set is removed only after the swap. Whatever
//! happens — a failure while writing, `kill -9` at any moment — `OUT/<plan>/` holds either the
//! complete previous set or the complete new one. Each build holds a lock file beside the
//! folder while it works; the next build clears the staging folders of builds whose lock is no
//! longer held (they were killed), and never those of a build still running.
//!
//! [`write_files`] writes loose files into a shared folder (`OUT/index.html`, `rpkd init`), each
//! to a temporary beside it first: every file of a batch is written before any is renamed.

use crate::error::Error;
use crate::render::OutputFile;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

fn write_error(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Write {
        path: path.to_owned(),
        source,
    }
}

/// A name no other build, and no other call of this one, uses: process id, time, counter.
fn token() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{}-{nanos:x}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Replace the folder `target` by exactly `files`: all of them or, on failure, none (the
/// previous set stays as it was). Returns the paths written.
pub fn write_set(target: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, Error> {
    for file in files {
        plain_name(&file.name).map_err(|reason| Error::Write {
            path: target.join(&file.name),
            source: std::io::Error::other(reason),
        })?;
    }
    // An existing link is followed: the set goes where it points.
    let target = match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => {
            target.canonicalize().map_err(write_error(target))?
        }
        _ => target.to_owned(),
    };
    let (parent, name) = match (target.parent(), target.file_name()) {
        (Some(p), Some(n)) => (p.to_owned(), n.to_string_lossy().into_owned()),
        _ => {
            return Err(Error::Write {
                path: target.clone(),
                source: std::io::Error::other("not a folder name"),
            });
        }
    };
    let parent = if parent.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        parent
    };
    fs::create_dir_all(&parent).map_err(write_error(&parent))?;
    if let Ok(meta) = fs::metadata(&target)
        && !meta.is_dir()
    {
        return Err(Error::Write {
            path: target.clone(),
            source: std::io::Error::other("it exists and is not a folder"),
        });
    }
    let token = token();
    let lock = Lock::take(&parent, &name, &token)?;
    clear_abandoned(&parent, &name, &target);
    let staging = parent.join(format!(".{name}.{token}.staging"));
    let result = stage(&staging, files).and_then(|written| {
        swap(&staging, &target)?;
        sync_dir(&parent);
        Ok(written
            .into_iter()
            .map(|n| target.join(n))
            .collect::<Vec<_>>())
    });
    // After a swap `staging` holds the previous set; after a failure, the partial new one.
    let _ = fs::remove_dir_all(&staging);
    drop(lock);
    result
}

/// A file name of the set must be a plain name: no folder, no `..`, nothing hidden.
fn plain_name(name: &str) -> Result<(), &'static str> {
    if name.is_empty()
        || name.starts_with('.')
        || name.contains(['/', '\\', '\0'])
        || Path::new(name).components().count() != 1
    {
        return Err("not a plain file name");
    }
    Ok(())
}

#[cfg(test)]
thread_local! {
    /// Injected failure for the tests: the write of the file at this index fails.
    static FAIL_AT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

fn stage(staging: &Path, files: &[OutputFile]) -> Result<Vec<String>, Error> {
    fs::create_dir(staging).map_err(write_error(staging))?;
    for (index, file) in files.iter().enumerate() {
        let path = staging.join(&file.name);
        #[cfg(test)]
        if FAIL_AT.with(|f| f.get()) == Some(index) {
            return Err(write_error(&path)(std::io::Error::other(
                "injected failure",
            )));
        }
        #[cfg(not(test))]
        let _ = index;
        write_synced(&path, &file.bytes).map_err(write_error(&path))?;
    }
    sync_dir(staging);
    Ok(files.iter().map(|f| f.name.clone()).collect())
}

/// Put `staging` at `target`; what was at `target` ends at `staging`.
fn swap(staging: &Path, target: &Path) -> Result<(), Error> {
    for _ in 0..8 {
        if fs::symlink_metadata(target).is_err() {
            match fs::rename(staging, target) {
                Ok(()) => return Ok(()),
                // Another build put its set there meanwhile: exchange with it instead.
                Err(_) if fs::symlink_metadata(target).is_ok() => continue,
                Err(e) => return Err(write_error(target)(e)),
            }
        }
        match exchange(staging, target) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(write_error(target)(e)),
        }
    }
    Err(Error::Write {
        path: target.to_owned(),
        source: std::io::Error::other("other builds kept replacing it"),
    })
}

/// Swap two folders in one step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt as _;
    let (a_path, b_path) = (a, b);
    let a = CString::new(a.as_os_str().as_bytes()).map_err(std::io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(std::io::Error::other)?;
    // The system call itself, not libc's wrapper: musl (the static Linux release) has none.
    // SAFETY: both paths are valid NUL-terminated strings for the duration of the call, and
    // the arguments are those renameat2(2) takes.
    let done = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if done == 0 {
        return Ok(());
    }
    let error = std::io::Error::last_os_error();
    // A file system without the exchange (some network ones): two renames, with the recovery
    // of `clear_abandoned` behind them.
    if matches!(error.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
        return exchange_in_two_steps(a_path, b_path);
    }
    Err(error)
}

#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    exchange_in_two_steps(a, b)
}

/// `b` → `a.old`, `a` → `b`, `a.old` → `a`. Killed between the first two steps, the previous
/// set is at `a.old`, and the next build puts it back (`clear_abandoned`).
fn exchange_in_two_steps(a: &Path, b: &Path) -> std::io::Result<()> {
    let old = old_of(a);
    fs::rename(b, &old)?;
    if let Err(e) = fs::rename(a, b) {
        let _ = fs::rename(&old, b);
        return Err(e);
    }
    fs::rename(&old, a)
}

fn old_of(staging: &Path) -> PathBuf {
    let name = staging
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    staging.with_file_name(name.replace(".staging", ".old"))
}

/// The lock a build holds beside the folder it replaces, for as long as it works.
struct Lock {
    path: PathBuf,
    _file: fs::File,
}

impl Lock {
    fn take(parent: &Path, name: &str, token: &str) -> Result<Lock, Error> {
        let path = parent.join(format!(".{name}.{token}.lock"));
        // Locked under a name no cleaner looks at, then renamed into place: a lock file is
        // never seen unlocked while its build lives.
        let temp = parent.join(format!(".{name}.{token}.locking"));
        let file = fs::File::create(&temp).map_err(write_error(&temp))?;
        file.lock().map_err(write_error(&temp))?;
        fs::rename(&temp, &path).map_err(write_error(&path))?;
        Ok(Lock { path, _file: file })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Clear what killed builds left beside `target`: their staging and old folders. A build is
/// known dead when its lock file can be locked; a running build's files are never touched.
/// Where a build was killed between the two steps of a two-step exchange, its old folder is
/// the previous set and goes back into place.
fn clear_abandoned(parent: &Path, name: &str, target: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.");
    let mut dead: Vec<String> = Vec::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let Some(token) = rest
            .strip_suffix(".lock")
            .or_else(|| rest.strip_suffix(".locking"))
        else {
            continue;
        };
        if !token.is_empty()
            && !token.contains('.')
            && let Ok(f) = fs::File::open(entry.path())
            && f.try_lock().is_ok()
        {
            dead.push(token.to_owned());
            let _ = fs::remove_file(entry.path());
        }
    }
    for token in dead {
        let old = parent.join(format!(".{name}.{token}.old"));
        if fs::symlink_metadata(target).is_err() && old.is_dir() {
            let _ = fs::rename(&old, target);
        }
        let _ = fs::remove_dir_all(&old);
        let _ = fs::remove_dir_all(parent.join(format!(".{name}.{token}.staging")));
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Write `files` into `dir` (created if needed): all of them, or on failure none (the
/// temporaries are removed and the previous files stay).
pub fn write_files(dir: &Path, files: &[OutputFile]) -> Result<Vec<PathBuf>, Error> {
    fs::create_dir_all(dir).map_err(write_error(dir))?;
    remove_stale_temporaries(dir, files);
    let targets: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.name)).collect();
    let token = token();
    let mut temps: Vec<PathBuf> = Vec::with_capacity(files.len());
    let staged = files.iter().zip(&targets).try_for_each(|(file, path)| {
        let temp = temporary(path, &token);
        temps.push(temp.clone());
        write_synced(&temp, &file.bytes).map_err(write_error(path))
    });
    let committed = staged.and_then(|()| {
        temps
            .iter()
            .zip(&targets)
            .try_for_each(|(temp, path)| fs::rename(temp, path).map_err(write_error(path)))
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

/// `.NAME.PID-…​.tmp` beside `path`: hidden, and unique to this process and call.
fn temporary(path: &Path, token: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{token}.tmp"))
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Whether the process `pid` is gone (so its temporaries are abandoned).
fn gone(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only asks whether the process exists.
        let alive = unsafe { libc::kill(pid, 0) } == 0
            || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
        !alive
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        false
    }
}

/// Temporaries of the files about to be written, left by a process that is gone (a killed
/// build); a running build's temporaries are left alone.
fn remove_stale_temporaries(dir: &Path, files: &[OutputFile]) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let owner = files.iter().find_map(|f| {
            let token = name
                .strip_prefix('.')?
                .strip_prefix(f.name.as_str())?
                .strip_prefix('.')?
                .strip_suffix(".tmp")?;
            let pid = token.split('-').next()?;
            (!pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
                .then(|| pid.parse::<u32>().ok())
                .flatten()
        });
        if let Some(pid) = owner
            && pid != std::process::id()
            && gone(pid)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn set(dir: &Path) -> Vec<(String, String)> {
        names(dir)
            .into_iter()
            .map(|n| {
                let text = fs::read_to_string(dir.join(&n)).unwrap();
                (n, text)
            })
            .collect()
    }

    fn batch(word: &str, names: &[&str]) -> Vec<OutputFile> {
        names
            .iter()
            .map(|name| OutputFile {
                name: (*name).into(),
                bytes: format!("{word} {name}").into_bytes(),
            })
            .collect()
    }

    #[test]
    fn a_set_replaces_the_whole_folder_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kota");
        write_set(&target, &batch("lama", &["a.md", "b.html", "lama.svg"])).unwrap();
        write_set(&target, &batch("baru", &["a.md", "b.html"])).unwrap();
        assert_eq!(
            set(&target),
            [
                ("a.md".into(), "baru a.md".into()),
                ("b.html".into(), "baru b.html".into())
            ]
        );
        // No staging folder, old set or lock is left beside it.
        assert_eq!(names(dir.path()), ["kota"]);
    }

    #[test]
    fn a_failure_halfway_through_keeps_the_previous_contents() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kota");
        write_set(
            &target,
            &batch("lama", &["a.md", "b.html", "c.pdf", "d.svg"]),
        )
        .unwrap();
        let before = set(&target);
        for fail_at in 0..3 {
            // The third file's write fails after the first two were written and synced.
            FAIL_AT.with(|f| f.set(Some(fail_at)));
            let result = write_set(&target, &batch("baru", &["a.md", "b.html", "c.pdf"]));
            FAIL_AT.with(|f| f.set(None));
            assert!(result.is_err());
            assert_eq!(set(&target), before, "failing at file {fail_at}");
            assert_eq!(names(dir.path()), ["kota"], "nothing left beside it");
        }
        // A name that is not a plain file name is refused before anything is written.
        let mut bad = batch("baru", &["a.md"]);
        bad.push(OutputFile {
            name: "../lolos.md".into(),
            bytes: b"x".to_vec(),
        });
        assert!(write_set(&target, &bad).is_err());
        assert_eq!(set(&target), before);
        assert_eq!(names(dir.path()), ["kota"]);
    }

    #[test]
    fn a_killed_builds_leftovers_are_cleared_but_a_running_builds_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kota");
        write_set(&target, &batch("lama", &["a.md"])).unwrap();
        // A killed build: its lock file is not held by anyone.
        fs::write(dir.path().join(".kota.1-0-0.lock"), "").unwrap();
        fs::create_dir(dir.path().join(".kota.1-0-0.staging")).unwrap();
        fs::write(dir.path().join(".kota.1-0-0.staging/a.md"), "setengah").unwrap();
        // A running build: its lock is held (here, by this test).
        let running = Lock::take(dir.path(), "kota", "2-0-0").unwrap();
        fs::create_dir(dir.path().join(".kota.2-0-0.staging")).unwrap();
        write_set(&target, &batch("baru", &["a.md"])).unwrap();
        assert_eq!(
            names(dir.path()),
            [".kota.2-0-0.lock", ".kota.2-0-0.staging", "kota"]
        );
        drop(running);
        assert_eq!(set(&target), [("a.md".into(), "baru a.md".into())]);
    }

    #[test]
    fn a_two_step_exchange_killed_halfway_is_put_back_by_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kota");
        write_set(&target, &batch("lama", &["a.md"])).unwrap();
        // Killed after moving the previous set aside, before moving the new one in.
        fs::write(dir.path().join(".kota.3-0-0.lock"), "").unwrap();
        fs::rename(&target, dir.path().join(".kota.3-0-0.old")).unwrap();
        fs::create_dir(dir.path().join(".kota.3-0-0.staging")).unwrap();
        clear_abandoned(dir.path(), "kota", &target);
        assert_eq!(set(&target), [("a.md".into(), "lama a.md".into())]);
        assert_eq!(names(dir.path()), ["kota"]);
    }

    #[test]
    fn loose_files_are_written_whole_and_a_failure_keeps_the_previous_ones() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.md", "b.html"] {
            fs::write(dir.path().join(name), format!("lama {name}")).unwrap();
        }
        // A folder in the way of the second file makes its rename fail.
        fs::remove_file(dir.path().join("b.html")).unwrap();
        fs::create_dir(dir.path().join("b.html")).unwrap();
        fs::write(dir.path().join("b.html/x"), "").unwrap();
        assert!(write_files(dir.path(), &batch("baru", &["a.md", "b.html"])).is_err());
        assert_eq!(
            fs::read_to_string(dir.path().join("a.md")).unwrap(),
            "baru a.md"
        );
        assert!(names(dir.path()).iter().all(|n| !n.ends_with(".tmp")));
    }

    #[test]
    fn temporaries_of_a_dead_process_are_cleared_and_a_live_ones_are_not() {
        let dir = tempfile::tempdir().unwrap();
        // No process has pid 4194304 (above Linux's maximum).
        fs::write(dir.path().join(".a.md.4194304-0-0.tmp"), "setengah").unwrap();
        let live = format!(".a.md.{}-ff-9.tmp", std::process::id());
        fs::write(dir.path().join(&live), "milik build yang berjalan").unwrap();
        fs::write(dir.path().join(".catatan.tmp"), "milik orang lain").unwrap();
        write_files(dir.path(), &batch("baru", &["a.md"])).unwrap();
        assert_eq!(
            names(dir.path()),
            [live, ".catatan.tmp".to_owned(), "a.md".into()]
        );
    }
}
