//! A plan as it stands at a git revision, read without a checkout: one more [`Files`].
//!
//! The tree of the plan's folder at the revision is listed once (`git ls-tree -r -t -z -l`) and
//! blobs are read on demand through one long-lived `git cat-file --batch`, so reading a
//! revision of a large plan costs two processes, whatever its number of files. The working
//! tree, the index and `HEAD` are never touched.
//!
//! The rules of [`Disk`](super::Disk) hold here too: a link (mode `120000`) may point elsewhere
//! in the plan but never out of it; a submodule is not a file; a blob larger than the limit is
//! refused from its size in the tree, before it is read.
//!
//! Why the `git` command and not the `gix` crate: see ARCHITECTURE.md ("Git revisions").

use super::files::{Entry, Files, Kind, ReadError};
use crate::error::Error;
use crate::i18n::Message;
use crate::msg;
use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Component, Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;

/// What the tree holds at one path of the plan.
#[derive(Debug, Clone)]
enum Stored {
    Blob {
        oid: String,
        size: u64,
    },
    /// A symbolic link and the path it names, as written.
    Link(String),
    Tree,
    /// A submodule (a commit inside the tree): nothing that can be read here.
    Submodule,
}

/// The plan folder at one revision of its repository.
pub struct GitTree {
    /// The revision as the user wrote it (`HEAD~1`, `main`), for what is shown.
    rev: String,
    /// The commit it names.
    commit: String,
    /// The plan folder, relative to the top of the repository (`plans/kota-tangerang`).
    prefix: PathBuf,
    entries: BTreeMap<PathBuf, Stored>,
    top: PathBuf,
    batch: Mutex<Option<Batch>>,
}

impl std::fmt::Debug for GitTree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitTree")
            .field("rev", &self.rev)
            .field("commit", &self.commit)
            .field("prefix", &self.prefix)
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// A running `git cat-file --batch`.
struct Batch {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Drop for Batch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn git(top: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(top)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    command
}

/// Run a git command to its end: its standard output, or the first line of what it said.
/// Git's own words cannot be translated; they are kept as git said them (in the C locale).
fn run(mut command: Command) -> Result<Vec<u8>, Message> {
    let output = command.output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => msg!("git-not-installed"),
        _ => crate::error::io_cause(&e),
    })?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let said = String::from_utf8_lossy(&output.stderr);
    match said
        .lines()
        .map(|l| l.trim_start_matches("fatal: ").trim())
        .find(|l| !l.is_empty())
    {
        Some(line) => Err(Message::verbatim(line)),
        None => Err(msg!("git-failed")),
    }
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).trim_end().to_owned()
}

/// The repository around `dir` and the path of `dir` inside it. `dir` need not exist in the
/// working tree (a plan deleted since): its nearest existing folder finds the repository.
pub fn locate(dir: &Path) -> Result<(PathBuf, PathBuf), Error> {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    let mut existing = absolute.as_path();
    let mut rest: Vec<std::ffi::OsString> = Vec::new();
    while !existing.is_dir() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_owned());
                existing = parent;
            }
            _ => break,
        }
    }
    let mut command = git(existing);
    command.args(["rev-parse", "--show-toplevel"]);
    let top = run(command).map_err(|reason| Error::Git {
        what: msg!("git-no-repository", path = dir),
        reason,
    })?;
    let top = PathBuf::from(text(top));
    let real_top = top.canonicalize().unwrap_or_else(|_| top.clone());
    let real = existing
        .canonicalize()
        .unwrap_or_else(|_| existing.to_owned());
    let mut prefix = real
        .strip_prefix(&real_top)
        .map(Path::to_owned)
        .unwrap_or_default();
    for name in rest.into_iter().rev() {
        prefix.push(name);
    }
    // `a/./b` and `a/../b` as a path inside the repository, not escaping it.
    let mut clean = PathBuf::new();
    for component in prefix.components() {
        match component {
            Component::Normal(name) => clean.push(name),
            Component::ParentDir => {
                clean.pop();
            }
            _ => {}
        }
    }
    Ok((top, clean))
}

/// The commit a revision names in the repository at `top`, as a full object id.
pub fn resolve_commit(top: &Path, rev: &str) -> Result<String, Error> {
    let unknown = |reason: Message| Error::GitRevision {
        rev: rev.to_owned(),
        reason,
    };
    if rev.is_empty() || rev.starts_with('-') || rev.contains(['\n', '\0']) {
        return Err(unknown(msg!("git-not-a-revision")));
    }
    let mut command = git(top);
    command.args(["rev-parse", "--verify", "--quiet", "--end-of-options"]);
    command.arg(format!("{rev}^{{commit}}"));
    match run(command) {
        Ok(out) => Ok(text(out)),
        Err(reason) if reason.id() == Some("git-failed") => {
            Err(unknown(msg!("git-no-such-commit", path = top)))
        }
        Err(reason) => Err(unknown(reason)),
    }
}

impl GitTree {
    /// The plan folder `dir` (a path in the working tree of its repository, which need not
    /// exist there any more) as it stands at `rev`.
    pub fn open(dir: &Path, rev: &str) -> Result<GitTree, Error> {
        let (top, prefix) = locate(dir)?;
        let commit = resolve_commit(&top, rev)?;
        let treeish = if prefix.as_os_str().is_empty() {
            format!("{commit}^{{tree}}")
        } else {
            format!("{commit}:{}", prefix.display())
        };
        let missing = |reason: Message| Error::GitPlan {
            rev: rev.to_owned(),
            path: prefix.clone(),
            reason,
        };
        let mut kind = git(&top);
        kind.args(["cat-file", "-t", &treeish]);
        match run(kind).map(text) {
            Ok(t) if t == "tree" => {}
            Ok(_) => return Err(missing(msg!("git-a-file-there"))),
            Err(_) => return Err(missing(msg!("git-no-such-folder"))),
        }
        let mut list = git(&top);
        list.args(["ls-tree", "-r", "-t", "-z", "-l", &treeish]);
        let listing = run(list).map_err(missing)?;
        let mut entries = BTreeMap::new();
        let mut links = Vec::new();
        for record in listing.split(|b| *b == 0).filter(|r| !r.is_empty()) {
            let Some(tab) = record.iter().position(|b| *b == b'\t') else {
                continue;
            };
            let head = String::from_utf8_lossy(&record[..tab]);
            let path = PathBuf::from(String::from_utf8_lossy(&record[tab + 1..]).into_owned());
            let fields: Vec<&str> = head.split_whitespace().collect();
            let [mode, kind, oid, size] = fields.as_slice() else {
                continue;
            };
            let stored = match (*mode, *kind) {
                ("120000", _) => {
                    links.push((path.clone(), (*oid).to_owned()));
                    Stored::Link(String::new())
                }
                (_, "tree") => Stored::Tree,
                (_, "commit") => Stored::Submodule,
                _ => Stored::Blob {
                    oid: (*oid).to_owned(),
                    size: size.parse().unwrap_or(u64::MAX),
                },
            };
            entries.insert(path, stored);
        }
        let tree = GitTree {
            rev: rev.to_owned(),
            commit,
            prefix,
            entries,
            top,
            batch: Mutex::new(None),
        };
        // Link targets are small blobs; read them now so resolving a path needs no process.
        let mut tree = tree;
        for (path, oid) in links {
            let target = tree
                .blob(&oid, 4096)
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            tree.entries.insert(path, Stored::Link(target));
        }
        Ok(tree)
    }

    /// The commit read, as a full object id.
    pub fn commit(&self) -> &str {
        &self.commit
    }

    /// The revision as written.
    pub fn rev(&self) -> &str {
        &self.rev
    }

    /// The plan folder inside the repository.
    pub fn prefix(&self) -> &Path {
        &self.prefix
    }

    /// The bytes of one blob, through the batch process (started on first use).
    fn blob(&self, oid: &str, limit: u64) -> Result<Vec<u8>, ReadError> {
        let io = |e: std::io::Error| ReadError::Io(crate::error::io_cause(&e));
        let mut guard = self
            .batch
            .lock()
            .map_err(|_| ReadError::Io(msg!("git-reader-failed")))?;
        if guard.is_none() {
            let mut child = git(&self.top)
                .args(["cat-file", "--batch"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .map_err(io)?;
            let (Some(input), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
                let _ = child.kill();
                return Err(ReadError::Io(msg!("git-reader-no-pipe")));
            };
            *guard = Some(Batch {
                child,
                input,
                output: BufReader::new(output),
            });
        }
        let result = (|| {
            let Some(batch) = guard.as_mut() else {
                return Err(ReadError::Io(msg!("git-reader-not-running")));
            };
            writeln!(batch.input, "{oid}").map_err(io)?;
            batch.input.flush().map_err(io)?;
            let mut header = String::new();
            batch.output.read_line(&mut header).map_err(io)?;
            let size: u64 = match header.split_whitespace().collect::<Vec<_>>().as_slice() {
                [_, "blob", size] => size
                    .parse()
                    .map_err(|_| ReadError::Io(msg!("git-reader-unexpected")))?,
                _ => return Err(ReadError::Io(msg!("git-object-missing", oid = oid))),
            };
            // The content is always read to its end so the next answer starts in the right
            // place; only what fits the limit is kept.
            let mut bytes = Vec::with_capacity(size.min(limit) as usize);
            (&mut batch.output)
                .take(size.min(limit))
                .read_to_end(&mut bytes)
                .map_err(io)?;
            if size > limit {
                std::io::copy(
                    &mut (&mut batch.output).take(size - limit),
                    &mut std::io::sink(),
                )
                .map_err(io)?;
            }
            let mut newline = [0u8; 1];
            batch.output.read_exact(&mut newline).map_err(io)?;
            if size > limit {
                return Err(ReadError::TooLarge(size));
            }
            Ok(bytes)
        })();
        if matches!(result, Err(ReadError::Io(_))) {
            // A reader that lost its place is not trusted again; the next read starts anew.
            *guard = None;
        }
        result
    }

    /// The path with every link on the way replaced by what it names, or what stands in the
    /// way (a link out of the plan, a loop, a link to nothing).
    fn resolve(&self, path: &Path) -> Result<PathBuf, Kind> {
        let mut pending: Vec<std::ffi::OsString> = path
            .components()
            .rev()
            .filter_map(|c| match c {
                Component::Normal(n) => Some(n.to_owned()),
                _ => None,
            })
            .collect();
        let mut done = PathBuf::new();
        let mut hops = 0;
        while let Some(name) = pending.pop() {
            if name == ".." {
                if !done.pop() {
                    return Err(Kind::LinkOut);
                }
                continue;
            }
            if name == "." {
                continue;
            }
            let candidate = done.join(&name);
            match self.entries.get(&candidate) {
                Some(Stored::Link(target)) => {
                    hops += 1;
                    if hops > 40 {
                        return Err(Kind::LinkLoop);
                    }
                    if target.starts_with('/') || target.is_empty() {
                        return Err(Kind::LinkOut);
                    }
                    pending.extend(
                        Path::new(target)
                            .components()
                            .rev()
                            .map(|c| c.as_os_str().to_owned()),
                    );
                }
                Some(_) => done = candidate,
                None => {
                    return Err(if hops > 0 {
                        Kind::BrokenLink
                    } else {
                        Kind::Missing
                    });
                }
            }
        }
        Ok(done)
    }

    fn stored_kind(&self, path: &Path) -> Kind {
        if path.as_os_str().is_empty() {
            return Kind::Dir;
        }
        match self.resolve(path) {
            Ok(real) => match self.entries.get(&real) {
                Some(Stored::Blob { size, .. }) => Kind::File { len: *size },
                Some(Stored::Tree) => Kind::Dir,
                Some(Stored::Submodule) => Kind::Unreadable,
                Some(Stored::Link(_)) | None if real.as_os_str().is_empty() => Kind::Dir,
                Some(Stored::Link(_)) | None => Kind::Missing,
            },
            Err(kind) => kind,
        }
    }
}

impl Files for GitTree {
    fn kind(&self, path: &Path) -> Kind {
        self.stored_kind(path)
    }

    fn list(&self, path: &Path) -> Result<Vec<Entry>, Message> {
        let real = match self.resolve(path) {
            Ok(real) => real,
            Err(kind) => return Err(msg!("read-is-kind", kind = kind.message())),
        };
        if self.stored_kind(&real) != Kind::Dir {
            return Err(msg!("kind-not-a-folder"));
        }
        let mut out = Vec::new();
        for (stored, what) in &self.entries {
            if stored.parent() != Some(real.as_path()) {
                continue;
            }
            let Some(name) = stored.file_name() else {
                continue;
            };
            let name = name.to_string_lossy().into_owned();
            out.push(Entry {
                kind: self.stored_kind(&path.join(&name)),
                link: matches!(what, Stored::Link(_)),
                name,
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        let kind = self.stored_kind(path);
        let Kind::File { len } = kind else {
            return Err(ReadError::NotAFile(kind));
        };
        if len > limit {
            return Err(ReadError::TooLarge(len));
        }
        let real = self.resolve(path).map_err(ReadError::NotAFile)?;
        match self.entries.get(&real) {
            Some(Stored::Blob { oid, .. }) => self.blob(oid, limit),
            _ => Err(ReadError::NotAFile(kind)),
        }
    }

    /// `REV:plans/kota-x/rpkd.yaml`, git's own way of naming a file at a revision.
    fn shown(&self, path: &Path) -> PathBuf {
        PathBuf::from(format!("{}:{}", self.rev, self.prefix.join(path).display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(dir: &Path, args: &[&str]) {
        let status = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.org")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.org")
            .stdout(Stdio::null())
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    }

    #[cfg(unix)]
    #[test]
    fn reads_a_revision_without_touching_the_working_tree() {
        let temp = tempfile::tempdir().unwrap();
        let repo = temp.path();
        sh(repo, &["init", "-q"]);
        let plan = repo.join("plans/a");
        std::fs::create_dir_all(plan.join("narasi")).unwrap();
        std::fs::write(plan.join("rpkd.yaml"), "lama\n").unwrap();
        std::fs::write(plan.join("narasi/bab.md"), "isi bab").unwrap();
        std::fs::write(repo.join("luar.md"), "di luar").unwrap();
        std::os::unix::fs::symlink("narasi/bab.md", plan.join("tautan.md")).unwrap();
        std::os::unix::fs::symlink("../../luar.md", plan.join("keluar.md")).unwrap();
        std::os::unix::fs::symlink("putar.md", plan.join("putar.md")).unwrap();
        sh(repo, &["add", "-A"]);
        sh(repo, &["commit", "-q", "-m", "satu"]);
        std::fs::write(plan.join("rpkd.yaml"), "baru\n").unwrap();

        let tree = GitTree::open(&plan, "HEAD").unwrap();
        assert_eq!(tree.kind(Path::new("rpkd.yaml")), Kind::File { len: 5 });
        assert_eq!(tree.read(Path::new("rpkd.yaml"), 100).unwrap(), b"lama\n");
        assert_eq!(
            tree.read(Path::new("narasi/bab.md"), 100).unwrap(),
            b"isi bab"
        );
        assert_eq!(tree.read(Path::new("tautan.md"), 100).unwrap(), b"isi bab");
        assert_eq!(
            tree.read(Path::new("rpkd.yaml"), 2),
            Err(ReadError::TooLarge(5))
        );
        assert_eq!(tree.kind(Path::new("keluar.md")), Kind::LinkOut);
        assert_eq!(tree.kind(Path::new("putar.md")), Kind::LinkLoop);
        assert_eq!(tree.kind(Path::new("narasi")), Kind::Dir);
        assert_eq!(tree.kind(Path::new("tidak-ada.yaml")), Kind::Missing);
        let names: Vec<String> = tree
            .list(Path::new(""))
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(
            names,
            ["keluar.md", "narasi", "putar.md", "rpkd.yaml", "tautan.md"]
        );
        assert_eq!(
            tree.shown(Path::new("rpkd.yaml")),
            Path::new("HEAD:plans/a/rpkd.yaml")
        );
        // The working tree is as it was.
        assert_eq!(std::fs::read(plan.join("rpkd.yaml")).unwrap(), b"baru\n");

        assert!(matches!(
            GitTree::open(&plan, "tidak-ada"),
            Err(Error::GitRevision { .. })
        ));
        assert!(matches!(
            GitTree::open(&repo.join("plans/b"), "HEAD"),
            Err(Error::GitPlan { .. })
        ));
        assert!(matches!(
            GitTree::open(&plan, "--output=/tmp/x"),
            Err(Error::GitRevision { .. })
        ));
    }
}
