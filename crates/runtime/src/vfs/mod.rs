//! The virtual file system: a [`FileSystem`] trait and [`MemFs`], the in-memory implementation every scenario
//! runs on. Paths given to it are absolute and already normalised by the caller (the `fs` module resolves
//! them against `process.cwd()`); `..` can never escape `/`. Nothing here touches the real disk.

mod memfs;
mod ops;

pub use memfs::MemFs;
pub use ops::{FsOp, FsValue};

/// The errno values Looplab's `fs` reports (Linux numbering, as node prints them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Errno {
    #[error("operation not permitted")]
    Eperm,
    #[error("no such file or directory")]
    Enoent,
    #[error("bad file descriptor")]
    Ebadf,
    #[error("permission denied")]
    Eacces,
    #[error("file already exists")]
    Eexist,
    #[error("not a directory")]
    Enotdir,
    #[error("illegal operation on a directory")]
    Eisdir,
    #[error("invalid argument")]
    Einval,
    #[error("no space left on device")]
    Enospc,
    #[error("directory not empty")]
    Enotempty,
    #[error("too many symbolic links encountered")]
    Eloop,
    #[error("file too large")]
    Efbig,
}

impl Errno {
    /// `ENOENT` etc.
    pub fn code(self) -> &'static str {
        match self {
            Errno::Eperm => "EPERM",
            Errno::Enoent => "ENOENT",
            Errno::Ebadf => "EBADF",
            Errno::Eacces => "EACCES",
            Errno::Eexist => "EEXIST",
            Errno::Enotdir => "ENOTDIR",
            Errno::Eisdir => "EISDIR",
            Errno::Einval => "EINVAL",
            Errno::Enospc => "ENOSPC",
            Errno::Enotempty => "ENOTEMPTY",
            Errno::Eloop => "ELOOP",
            Errno::Efbig => "EFBIG",
        }
    }
    /// The negative errno node puts in `err.errno`.
    pub fn errno(self) -> i32 {
        match self {
            Errno::Eperm => -1,
            Errno::Enoent => -2,
            Errno::Ebadf => -9,
            Errno::Eacces => -13,
            Errno::Eexist => -17,
            Errno::Enotdir => -20,
            Errno::Eisdir => -21,
            Errno::Einval => -22,
            Errno::Efbig => -27,
            Errno::Enospc => -28,
            Errno::Enotempty => -39,
            Errno::Eloop => -40,
        }
    }
}

/// What kind of node a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Symlink,
}

/// `stat` results (times in virtual nanoseconds since the run started).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub kind: Kind,
    pub ino: u64,
    pub mode: u32,
    pub nlink: u32,
    pub size: u64,
    pub atime_ns: i64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
    pub birthtime_ns: i64,
}

/// How `open` treats the file (parsed from node's flag strings: `r`, `r+`, `w`, `wx`, `a`, `ax+`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    pub exclusive: bool,
}

impl OpenFlags {
    /// Parses a node flag string, or POSIX `O_*` bits as a decimal number (`"1025"` is O_WRONLY | O_APPEND);
    /// `None` for an unknown flag.
    pub fn parse(flags: &str) -> Option<OpenFlags> {
        if let Ok(bits) = flags.parse::<u32>() {
            let access = bits & 3;
            return Some(OpenFlags {
                read: access == 0 || access == 2,
                write: access == 1 || access == 2,
                append: bits & 1024 != 0,
                create: bits & 64 != 0,
                truncate: bits & 512 != 0,
                exclusive: bits & 128 != 0,
            });
        }
        let f = |read, write, append, create, truncate, exclusive| {
            Some(OpenFlags {
                read,
                write,
                append,
                create,
                truncate,
                exclusive,
            })
        };
        match flags {
            "r" | "rs" | "sr" => f(true, false, false, false, false, false),
            "r+" | "rs+" | "sr+" => f(true, true, false, false, false, false),
            "w" => f(false, true, false, true, true, false),
            "wx" | "xw" => f(false, true, false, true, true, true),
            "w+" => f(true, true, false, true, true, false),
            "wx+" | "xw+" => f(true, true, false, true, true, true),
            "a" | "as" | "sa" => f(false, true, true, true, false, false),
            "ax" | "xa" => f(false, true, true, true, false, true),
            "a+" | "as+" | "sa+" => f(true, true, true, true, false, false),
            "ax+" | "xa+" => f(true, true, true, true, false, true),
            _ => None,
        }
    }
}

/// The file-system operations the `fs` module needs. Every path is absolute and normalised.
pub trait FileSystem {
    fn stat(&self, path: &str) -> Result<Stat, Errno>;
    fn lstat(&self, path: &str) -> Result<Stat, Errno>;
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, Errno>;
    fn write_file(
        &mut self,
        path: &str,
        data: &[u8],
        flags: OpenFlags,
        mode: u32,
    ) -> Result<(), Errno>;
    fn open(&mut self, path: &str, flags: OpenFlags, mode: u32) -> Result<u32, Errno>;
    fn close(&mut self, fd: u32) -> Result<(), Errno>;
    fn read(&mut self, fd: u32, len: usize, position: Option<u64>) -> Result<Vec<u8>, Errno>;
    fn write(&mut self, fd: u32, data: &[u8], position: Option<u64>) -> Result<usize, Errno>;
    fn fstat(&self, fd: u32) -> Result<Stat, Errno>;
    fn ftruncate(&mut self, fd: u32, len: u64) -> Result<(), Errno>;
    fn truncate(&mut self, path: &str, len: u64) -> Result<(), Errno>;
    /// Returns the first directory created (for `recursive`), like node.
    fn mkdir(&mut self, path: &str, recursive: bool, mode: u32) -> Result<Option<String>, Errno>;
    /// Entries sorted by name, with their kinds.
    fn readdir(&self, path: &str) -> Result<Vec<(String, Kind)>, Errno>;
    fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno>;
    fn unlink(&mut self, path: &str) -> Result<(), Errno>;
    fn rmdir(&mut self, path: &str) -> Result<(), Errno>;
    fn rm(&mut self, path: &str, recursive: bool, force: bool) -> Result<(), Errno>;
    fn copy_file(&mut self, from: &str, to: &str, exclusive: bool) -> Result<(), Errno>;
    /// A second name for the file at `existing` (a hard link).
    fn link(&mut self, existing: &str, new_path: &str) -> Result<(), Errno>;
    fn symlink(&mut self, target: &str, path: &str) -> Result<(), Errno>;
    fn readlink(&self, path: &str) -> Result<String, Errno>;
    fn realpath(&self, path: &str) -> Result<String, Errno>;
    fn chmod(&mut self, path: &str, mode: u32) -> Result<(), Errno>;
    /// Times are virtual nanoseconds relative to the start of the run (negative: before it).
    fn utimes(&mut self, path: &str, atime_ns: i64, mtime_ns: i64) -> Result<(), Errno>;
    fn futimes(&mut self, fd: u32, atime_ns: i64, mtime_ns: i64) -> Result<(), Errno>;
    fn fchmod(&mut self, fd: u32, mode: u32) -> Result<(), Errno>;
    /// Bytes held in regular files.
    fn used_bytes(&self) -> u64;
}

/// Normalises an absolute path: collapses `.`, `..` (never above `/`) and repeated slashes.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests;
