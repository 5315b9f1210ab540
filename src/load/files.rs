//! How `load` reaches a plan's files: one small trait, [`Files`], in the manner of typst's
//! `World`. The loader never touches the disk itself; it asks a `Files` what is at a path, what
//! a folder holds and what a file's bytes are. Paths are relative to the plan directory, made
//! of plain names only (no `..`, no root): the loader never asks for anything outside the plan.
//!
//! [`Disk`] reads a plan directory with the safety rules of a tool that may be pointed at
//! hostile input: only regular files are read (a pipe or a device is never opened, so it cannot
//! hang the loader), a link may point elsewhere in the plan but never out of it, and the size
//! limit holds while reading, so a file that grows cannot exhaust memory. [`Memory`] holds a
//! plan in memory, for tests and the fuzz harness. Another source of plans (a git tree at a
//! revision, read without a checkout) is one more implementation; the loader does not change.

use crate::i18n::Message;
use crate::msg;
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// What stands at a path of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A regular file of `len` bytes (as far as is known before reading).
    File {
        len: u64,
    },
    Dir,
    /// A named pipe: reading it could wait forever.
    Fifo,
    /// A character or block device (`/dev/zero` never ends).
    Device,
    Socket,
    /// A link (or a path through a link) that leads outside the plan directory.
    LinkOut,
    /// A link that leads back to itself, directly or through others.
    LinkLoop,
    /// A link to nothing.
    BrokenLink,
    Missing,
    /// Something else the system cannot tell us about (permission denied on the folder, …).
    Unreadable,
}

impl Kind {
    /// What a planner should be told this is, when a file was expected: "a named pipe (FIFO)".
    pub fn message(self) -> Message {
        match self {
            Kind::File { .. } => msg!("kind-file"),
            Kind::Dir => msg!("kind-folder"),
            Kind::Fifo => msg!("kind-fifo"),
            Kind::Device => msg!("kind-device"),
            Kind::Socket => msg!("kind-socket"),
            Kind::LinkOut => msg!("kind-link-out"),
            Kind::LinkLoop => msg!("kind-link-loop"),
            Kind::BrokenLink => msg!("kind-broken-link"),
            Kind::Missing => msg!("kind-missing"),
            Kind::Unreadable => msg!("kind-unreadable"),
        }
    }

    pub fn is_file(self) -> bool {
        matches!(self, Kind::File { .. })
    }
}

/// One entry of a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub kind: Kind,
    /// Whether the entry is itself a link; the loader does not walk into linked folders, so a
    /// link to an enclosing folder cannot make it go round forever.
    pub link: bool,
}

/// Why a file's bytes could not be had.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// It is not a regular file inside the plan.
    NotAFile(Kind),
    /// It holds more than the limit (the size found, in bytes).
    TooLarge(u64),
    /// The system refused (the reason, in the house style).
    Io(Message),
}

/// Read access to the files of one plan. Paths are relative to the plan directory.
pub trait Files: Sync {
    /// What stands at `path`; the empty path is the plan directory itself.
    fn kind(&self, path: &Path) -> Kind;

    /// The entries of the folder at `path`, sorted by name.
    fn list(&self, path: &Path) -> Result<Vec<Entry>, Message>;

    /// The bytes of the regular file at `path`, if there are at most `limit` of them.
    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError>;

    /// The path as a person should see it in a report (`plans/kota-x/rpkd.yaml`).
    fn shown(&self, path: &Path) -> PathBuf;
}

/// A path a plan names (`narasi/latar-belakang.md`) as a path of the plan, if it stays inside
/// it: relative, without `..`; `.` components are dropped.
pub fn plan_path(text: &str) -> Option<PathBuf> {
    let path = Path::new(text);
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(name) => out.push(name),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(out)
}

/// The plan directory on disk.
#[derive(Debug, Clone)]
pub struct Disk {
    root: PathBuf,
    /// The root with every link resolved, to tell paths that leave it.
    real_root: Option<PathBuf>,
}

impl Disk {
    pub fn new(root: &Path) -> Self {
        Disk {
            root: root.to_owned(),
            real_root: root.canonicalize().ok(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn full(&self, path: &Path) -> PathBuf {
        if path.as_os_str().is_empty() {
            self.root.clone()
        } else {
            self.root.join(path)
        }
    }

    /// The kind of an existing path, after links are followed.
    fn classify(meta: &std::fs::Metadata) -> Kind {
        let kind = meta.file_type();
        if kind.is_file() {
            return Kind::File { len: meta.len() };
        }
        if kind.is_dir() {
            return Kind::Dir;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if kind.is_fifo() {
                return Kind::Fifo;
            }
            if kind.is_char_device() || kind.is_block_device() {
                return Kind::Device;
            }
            if kind.is_socket() {
                return Kind::Socket;
            }
        }
        Kind::Unreadable
    }

    fn link_error(error: &std::io::Error) -> Kind {
        #[cfg(unix)]
        if error.raw_os_error() == Some(libc::ELOOP) {
            return Kind::LinkLoop;
        }
        match error.kind() {
            std::io::ErrorKind::NotFound => Kind::BrokenLink,
            _ => Kind::Unreadable,
        }
    }
}

impl Files for Disk {
    fn kind(&self, path: &Path) -> Kind {
        let full = self.full(path);
        match std::fs::symlink_metadata(&full) {
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Kind::Missing;
            }
            Err(e) => return Disk::link_error(&e),
        }
        // Every path is resolved, not only links: a folder on the way may be a link out.
        match (full.canonicalize(), &self.real_root) {
            (Ok(real), Some(root)) if !real.starts_with(root) => return Kind::LinkOut,
            (Ok(_), _) => {}
            (Err(e), _) => return Disk::link_error(&e),
        }
        match std::fs::metadata(&full) {
            Ok(meta) => Disk::classify(&meta),
            Err(e) => Disk::link_error(&e),
        }
    }

    fn list(&self, path: &Path) -> Result<Vec<Entry>, Message> {
        let full = self.full(path);
        let describe = |e: std::io::Error| crate::error::io_cause(&e);
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(&full).map_err(describe)? {
            let entry = entry.map_err(describe)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let file_type = entry.file_type().map_err(describe)?;
            let link = file_type.is_symlink();
            let kind = if link {
                self.kind(&path.join(&name))
            } else {
                match entry.metadata() {
                    Ok(meta) => Disk::classify(&meta),
                    Err(_) => Kind::Unreadable,
                }
            };
            entries.push(Entry { name, kind, link });
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(entries)
    }

    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        use std::io::Read as _;
        let kind = self.kind(path);
        let Kind::File { len } = kind else {
            return Err(ReadError::NotAFile(kind));
        };
        if len > limit {
            return Err(ReadError::TooLarge(len));
        }
        let io = |e: std::io::Error| ReadError::Io(crate::error::io_cause(&e));
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        // Should the file be swapped for a pipe after it was looked at, opening it must not
        // wait for a writer; what was opened is checked again below.
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.custom_flags(libc::O_NONBLOCK);
        }
        let file = options.open(self.full(path)).map_err(io)?;
        let meta = file.metadata().map_err(io)?;
        if !meta.is_file() {
            return Err(ReadError::NotAFile(Disk::classify(&meta)));
        }
        let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
        file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() as u64 > limit {
            return Err(ReadError::TooLarge(bytes.len() as u64));
        }
        Ok(bytes)
    }

    fn shown(&self, path: &Path) -> PathBuf {
        self.full(path)
    }
}

/// A plan held in memory: file contents by path, and, for tests of the loader's refusals,
/// entries that stand for what is not a regular file (a pipe, a link out).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    /// Shown before every path in reports (`plan` gives `plan/rpkd.yaml`).
    prefix: PathBuf,
    entries: BTreeMap<PathBuf, Stored>,
}

#[derive(Debug, Clone)]
enum Stored {
    File(Vec<u8>),
    Other(Kind),
}

impl Memory {
    pub fn new(prefix: impl Into<PathBuf>) -> Self {
        Memory {
            prefix: prefix.into(),
            entries: BTreeMap::new(),
        }
    }

    /// Every regular file under `dir` on disk, read into memory (links are followed; anything
    /// else is left out).
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        let mut memory = Memory::new(dir);
        let mut stack = vec![PathBuf::new()];
        while let Some(relative) = stack.pop() {
            for entry in std::fs::read_dir(dir.join(&relative))? {
                let entry = entry?;
                let path = relative.join(entry.file_name());
                let meta = std::fs::metadata(entry.path())?;
                if meta.is_dir() {
                    stack.push(path);
                } else if meta.is_file() {
                    memory.insert(path, std::fs::read(entry.path())?);
                }
            }
        }
        Ok(memory)
    }

    /// Put a file (replacing what was at its path).
    pub fn insert(&mut self, path: impl Into<PathBuf>, bytes: impl Into<Vec<u8>>) {
        self.entries.insert(path.into(), Stored::File(bytes.into()));
    }

    /// Put something that is not a regular file: a pipe, a device, a link out or a loop.
    pub fn insert_special(&mut self, path: impl Into<PathBuf>, kind: Kind) {
        self.entries.insert(path.into(), Stored::Other(kind));
    }

    pub fn remove(&mut self, path: &Path) {
        self.entries.remove(path);
    }

    /// The bytes of a file, if it is one.
    pub fn get(&self, path: &Path) -> Option<&[u8]> {
        match self.entries.get(path) {
            Some(Stored::File(bytes)) => Some(bytes),
            _ => None,
        }
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.as_os_str().is_empty()
            || self
                .entries
                .range(path.to_owned()..)
                .next()
                .is_some_and(|(p, _)| p != path && p.starts_with(path))
    }
}

impl Files for Memory {
    fn kind(&self, path: &Path) -> Kind {
        match self.entries.get(path) {
            Some(Stored::File(bytes)) => Kind::File {
                len: bytes.len() as u64,
            },
            Some(Stored::Other(kind)) => *kind,
            None if self.is_dir(path) => Kind::Dir,
            None => Kind::Missing,
        }
    }

    fn list(&self, path: &Path) -> Result<Vec<Entry>, Message> {
        if !self.is_dir(path) {
            return Err(msg!("kind-not-a-folder"));
        }
        let mut names: Vec<String> = Vec::new();
        for (stored, _) in self.entries.range(path.to_owned()..) {
            let Ok(rest) = stored.strip_prefix(path) else {
                break;
            };
            if let Some(Component::Normal(first)) = rest.components().next() {
                let name = first.to_string_lossy().into_owned();
                if names.last() != Some(&name) {
                    names.push(name);
                }
            }
        }
        names.sort();
        names.dedup();
        Ok(names
            .into_iter()
            .map(|name| {
                let kind = self.kind(&path.join(&name));
                let link = matches!(kind, Kind::LinkOut | Kind::LinkLoop | Kind::BrokenLink);
                Entry { name, kind, link }
            })
            .collect())
    }

    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        match self.entries.get(path) {
            Some(Stored::File(bytes)) if bytes.len() as u64 > limit => {
                Err(ReadError::TooLarge(bytes.len() as u64))
            }
            Some(Stored::File(bytes)) => Ok(bytes.clone()),
            _ => Err(ReadError::NotAFile(self.kind(path))),
        }
    }

    fn shown(&self, path: &Path) -> PathBuf {
        if path.as_os_str().is_empty() {
            self.prefix.clone()
        } else {
            self.prefix.join(path)
        }
    }
}

/// A plan with some files replaced or added in memory: what the plan would be after an import,
/// checked before anything is written.
pub struct Overlay<'a> {
    base: &'a dyn Files,
    files: std::collections::BTreeMap<PathBuf, Vec<u8>>,
}

impl<'a> Overlay<'a> {
    pub fn new(base: &'a dyn Files) -> Self {
        Overlay {
            base,
            files: std::collections::BTreeMap::new(),
        }
    }

    /// Put `bytes` at `path` (relative to the plan directory).
    pub fn insert(&mut self, path: PathBuf, bytes: Vec<u8>) {
        self.files.insert(path, bytes);
    }
}

impl Files for Overlay<'_> {
    fn kind(&self, path: &Path) -> Kind {
        match self.files.get(path) {
            Some(bytes) => Kind::File {
                len: bytes.len() as u64,
            },
            None => self.base.kind(path),
        }
    }

    fn list(&self, path: &Path) -> Result<Vec<Entry>, Message> {
        let mut entries = self.base.list(path)?;
        for added in self.files.keys() {
            if added.parent() == Some(path)
                && let Some(name) = added.file_name().map(|n| n.to_string_lossy().into_owned())
                && !entries.iter().any(|e| e.name == name)
            {
                entries.push(Entry {
                    name,
                    kind: self.kind(added),
                    link: false,
                });
            }
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(entries)
    }

    fn read(&self, path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
        match self.files.get(path) {
            Some(bytes) if bytes.len() as u64 > limit => {
                Err(ReadError::TooLarge(bytes.len() as u64))
            }
            Some(bytes) => Ok(bytes.clone()),
            None => self.base.read(path, limit),
        }
    }

    fn shown(&self, path: &Path) -> PathBuf {
        self.base.shown(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_paths_stay_inside_the_plan() {
        assert_eq!(
            plan_path("./narasi/a.md"),
            Some(PathBuf::from("narasi/a.md"))
        );
        assert_eq!(plan_path("../a.md"), None);
        assert_eq!(plan_path("narasi/../../a.md"), None);
        assert_eq!(plan_path("/etc/passwd"), None);
    }

    #[test]
    fn memory_lists_folders_implied_by_its_files() {
        let mut m = Memory::new("plan");
        m.insert("rpkd.yaml", "a: 1");
        m.insert("program/a.yaml", "");
        m.insert("program/sub/b.yaml", "");
        m.insert_special("program/pipa.yaml", Kind::Fifo);
        assert_eq!(m.kind(Path::new("program")), Kind::Dir);
        assert_eq!(m.kind(Path::new("rpkd.yaml")), Kind::File { len: 4 });
        assert_eq!(m.kind(Path::new("rat")), Kind::Missing);
        let names: Vec<(String, Kind)> = m
            .list(Path::new("program"))
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.kind))
            .collect();
        assert_eq!(
            names,
            [
                ("a.yaml".into(), Kind::File { len: 0 }),
                ("pipa.yaml".into(), Kind::Fifo),
                ("sub".into(), Kind::Dir),
            ]
        );
        assert_eq!(
            m.read(Path::new("rpkd.yaml"), 3),
            Err(ReadError::TooLarge(4))
        );
        assert_eq!(
            m.read(Path::new("program/pipa.yaml"), 3),
            Err(ReadError::NotAFile(Kind::Fifo))
        );
        assert_eq!(m.shown(Path::new("rpkd.yaml")), Path::new("plan/rpkd.yaml"));
    }

    #[cfg(unix)]
    #[test]
    fn disk_names_pipes_loops_and_links_out() {
        let temp = tempfile::tempdir().unwrap();
        let plan = temp.path().join("plan");
        std::fs::create_dir(&plan).unwrap();
        std::fs::write(temp.path().join("luar.md"), "x").unwrap();
        std::fs::write(plan.join("a.md"), "isi").unwrap();
        std::os::unix::fs::symlink(temp.path().join("luar.md"), plan.join("luar.md")).unwrap();
        std::os::unix::fs::symlink("putaran.md", plan.join("putaran.md")).unwrap();
        std::os::unix::fs::symlink("a.md", plan.join("dalam.md")).unwrap();
        std::os::unix::fs::symlink("/dev/null", plan.join("nol.md")).unwrap();
        std::os::unix::fs::symlink(temp.path(), plan.join("naik")).unwrap();
        let disk = Disk::new(&plan);
        assert_eq!(disk.kind(Path::new("a.md")), Kind::File { len: 3 });
        assert_eq!(disk.kind(Path::new("dalam.md")), Kind::File { len: 3 });
        assert_eq!(disk.kind(Path::new("luar.md")), Kind::LinkOut);
        assert_eq!(disk.kind(Path::new("putaran.md")), Kind::LinkLoop);
        assert_eq!(disk.kind(Path::new("nol.md")), Kind::LinkOut);
        assert_eq!(disk.kind(Path::new("naik/luar.md")), Kind::LinkOut);
        assert_eq!(disk.kind(Path::new("tidak-ada.md")), Kind::Missing);
        assert_eq!(disk.read(Path::new("dalam.md"), 10).unwrap(), b"isi");
        assert_eq!(disk.read(Path::new("a.md"), 2), Err(ReadError::TooLarge(3)));
        assert_eq!(
            disk.read(Path::new("luar.md"), 10),
            Err(ReadError::NotAFile(Kind::LinkOut))
        );
        let entries = disk.list(Path::new("")).unwrap();
        let naik = entries.iter().find(|e| e.name == "naik").unwrap();
        assert!(naik.link);
    }
}
