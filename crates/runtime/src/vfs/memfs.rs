//! `MemFs`: inodes in a map, directories as sorted name → inode maps, symlinks resolved during lookup (at most
//! 40 hops, then ELOOP), an fd table, virtual-clock timestamps and a byte limit (ENOSPC, nothing half-written).

use std::collections::BTreeMap;

use super::{Errno, FileSystem, Kind, OpenFlags, Stat};
use crate::clock::VirtualClock;

mod api;

const ROOT: u64 = 1;
const MAX_LINKS: u32 = 40;

#[derive(Debug, Clone)]
enum Data {
    File(Vec<u8>),
    Dir(BTreeMap<String, u64>),
    Symlink(String),
}

#[derive(Debug, Clone)]
struct Inode {
    data: Data,
    mode: u32,
    atime: i64,
    mtime: i64,
    ctime: i64,
    birthtime: i64,
}

#[derive(Debug, Clone, Copy)]
struct OpenFile {
    ino: u64,
    pos: u64,
    flags: OpenFlags,
}

/// The first file descriptor a script's `fs.openSync` gets under node 20 on Linux.
pub const FIRST_FD: u32 = 18;

/// The in-memory file system.
#[derive(Debug)]
pub struct MemFs {
    inodes: crate::DetMap<u64, Inode>,
    next_ino: u64,
    fds: crate::DetMap<u32, OpenFile>,
    clock: VirtualClock,
    limit: u64,
    used: u64,
    /// Files unlinked (or replaced) while open: kept, with no name and a link count of 0, until their last
    /// descriptor closes, as POSIX has it.
    orphans: crate::DetMap<u64, ()>,
    /// Names a file has beyond its first (`fs.link`): removing a name drops one of these before the file.
    extra_links: crate::DetMap<u64, u32>,
}

fn split(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn join(dir: &str, name: &str) -> String {
    if dir == "/" {
        format!("/{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// Splits a path into its (unnormalised) parent and final name; `None` for `/`, `.` or `..` endings.
fn parent_and_name(path: &str) -> Option<(String, String)> {
    let trimmed = path.trim_end_matches('/');
    let idx = trimmed.rfind('/')?;
    let name = trimmed[idx + 1..].to_string();
    if name.is_empty() || name == "." || name == ".." {
        return None;
    }
    let parent = if idx == 0 {
        "/".to_string()
    } else {
        trimmed[..idx].to_string()
    };
    Some((parent, name))
}

impl MemFs {
    /// A copy of this file system whose timestamps follow `clock` (what a worker thread starts with).
    pub(crate) fn snapshot(&self, clock: VirtualClock) -> MemFs {
        MemFs {
            inodes: self.inodes.clone(),
            next_ino: self.next_ino,
            fds: self.fds.clone(),
            clock,
            limit: self.limit,
            used: self.used,
            orphans: self.orphans.clone(),
            extra_links: self.extra_links.clone(),
        }
    }

    /// An empty file system (just `/`) limited to `limit` bytes of file content.
    pub(crate) fn new(clock: VirtualClock, limit: u64) -> Self {
        let now = clock.now_ns() as i64;
        let mut inodes = crate::DetMap::default();
        inodes.insert(
            ROOT,
            Inode {
                data: Data::Dir(BTreeMap::new()),
                mode: 0o40755,
                atime: now,
                mtime: now,
                ctime: now,
                birthtime: now,
            },
        );
        MemFs {
            inodes,
            next_ino: ROOT + 1,
            fds: crate::DetMap::default(),
            orphans: crate::DetMap::default(),
            extra_links: crate::DetMap::default(),
            clock,
            limit,
            used: 0,
        }
    }

    /// Seeds a file, creating parent directories (used for the scenario's files).
    pub(crate) fn seed(&mut self, path: &str, data: &[u8]) -> Result<(), Errno> {
        if let Some((parent, _)) = parent_and_name(path) {
            self.mkdir(&parent, true, 0o777)?;
        }
        let flags = OpenFlags {
            write: true,
            create: true,
            truncate: true,
            ..OpenFlags::default()
        };
        self.write_file(path, data, flags, 0o666)
    }

    /// File times are whole milliseconds of virtual time: a file written now is never newer than `Date.now()`
    /// read after it (a real file's time comes from a coarse kernel clock, a little behind).
    fn now(&self) -> i64 {
        (self.clock.now_ns() / 1_000_000 * 1_000_000) as i64
    }

    fn alloc(&mut self, data: Data, mode: u32) -> u64 {
        let now = self.now();
        let ino = self.next_ino;
        self.next_ino += 1;
        self.inodes.insert(
            ino,
            Inode {
                data,
                mode,
                atime: now,
                mtime: now,
                ctime: now,
                birthtime: now,
            },
        );
        ino
    }

    /// Resolves `path` to (inode, canonical path), walking components like a kernel does: `..` is applied
    /// during the walk (so a missing directory before `..` is ENOENT), symlinks are followed (at most 40), and
    /// a trailing slash requires a directory.
    fn lookup(&self, path: &str, follow_last: bool) -> Result<(u64, String), Errno> {
        let must_be_dir = path.len() > 1 && path.ends_with('/');
        let mut path = path.to_string();
        let mut hops = 0;
        'restart: loop {
            let comps: Vec<&str> = path
                .split('/')
                .filter(|s| !s.is_empty() && *s != ".")
                .collect();
            let mut stack: Vec<(u64, String)> = vec![(ROOT, "/".to_string())];
            for (i, name) in comps.iter().enumerate() {
                if *name == ".." {
                    if stack.len() > 1 {
                        stack.pop();
                    }
                    continue;
                }
                let (cur, cur_path) = stack.last().cloned().unwrap_or((ROOT, "/".to_string()));
                let node = self.inodes.get(&cur).ok_or(Errno::Enoent)?;
                let Data::Dir(entries) = &node.data else {
                    return Err(Errno::Enotdir);
                };
                let child = *entries.get(*name).ok_or(Errno::Enoent)?;
                let last = comps[i + 1..].iter().all(|c| *c == "..") && i + 1 == comps.len();
                if let Some(Data::Symlink(target)) = self.inodes.get(&child).map(|n| &n.data) {
                    if !last || follow_last || must_be_dir {
                        hops += 1;
                        if hops > MAX_LINKS {
                            return Err(Errno::Eloop);
                        }
                        let base = if target.starts_with('/') {
                            target.clone()
                        } else {
                            join(&cur_path, target)
                        };
                        let rest = comps[i + 1..].join("/");
                        path = format!("{base}/{rest}");
                        continue 'restart;
                    }
                }
                stack.push((child, join(&cur_path, name)));
            }
            let (ino, p) = stack.pop().unwrap_or((ROOT, "/".to_string()));
            if must_be_dir && !self.is_dir(ino) {
                return Err(Errno::Enotdir);
            }
            return Ok((ino, p));
        }
    }

    /// The directory that would hold `path`, and the entry name.
    fn lookup_parent(&self, path: &str) -> Result<(u64, String), Errno> {
        let (parent, name) = parent_and_name(path).ok_or(Errno::Eexist)?;
        let (ino, _) = self.lookup(&parent, true)?;
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::Dir(_)) => Ok((ino, name)),
            _ => Err(Errno::Enotdir),
        }
    }

    fn entries_mut(&mut self, dir: u64) -> Result<&mut BTreeMap<String, u64>, Errno> {
        match self.inodes.get_mut(&dir).map(|n| &mut n.data) {
            Some(Data::Dir(e)) => Ok(e),
            _ => Err(Errno::Enotdir),
        }
    }

    /// A name of the inode was added or removed: its change time moves.
    fn touch_inode(&mut self, ino: u64) {
        let now = self.now();
        if let Some(n) = self.inodes.get_mut(&ino) {
            n.ctime = now;
        }
    }

    fn touch_dir(&mut self, dir: u64) {
        let now = self.now();
        if let Some(n) = self.inodes.get_mut(&dir) {
            n.mtime = now;
            n.ctime = now;
        }
    }

    fn stat_of(&self, ino: u64) -> Result<Stat, Errno> {
        let n = self.inodes.get(&ino).ok_or(Errno::Enoent)?;
        let (kind, size, nlink) = match &n.data {
            Data::File(d) => (
                Kind::File,
                d.len() as u64,
                if self.orphans.contains_key(&ino) {
                    0
                } else {
                    1 + self.extra_links.get(&ino).copied().unwrap_or(0)
                },
            ),
            Data::Dir(e) => (
                Kind::Dir,
                4096,
                2 + e.values().filter(|c| self.is_dir(**c)).count() as u32,
            ),
            Data::Symlink(t) => (Kind::Symlink, t.len() as u64, 1),
        };
        Ok(Stat {
            kind,
            ino,
            mode: n.mode,
            nlink,
            size,
            atime_ns: n.atime,
            mtime_ns: n.mtime,
            ctime_ns: n.ctime,
            birthtime_ns: n.birthtime,
        })
    }

    fn is_dir(&self, ino: u64) -> bool {
        matches!(self.inodes.get(&ino).map(|n| &n.data), Some(Data::Dir(_)))
    }

    fn file_len(&self, ino: u64) -> u64 {
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::File(d)) => d.len() as u64,
            _ => 0,
        }
    }

    /// Replaces a file's content, keeping the byte limit (nothing changes when it would be exceeded).
    fn set_content(&mut self, ino: u64, data: Vec<u8>) -> Result<(), Errno> {
        let old = self.file_len(ino);
        let new_used = self.used - old + data.len() as u64;
        if new_used > self.limit {
            return Err(Errno::Enospc);
        }
        let now = self.now();
        let n = self.inodes.get_mut(&ino).ok_or(Errno::Enoent)?;
        n.data = Data::File(data);
        n.mtime = now;
        n.ctime = now;
        self.used = new_used;
        Ok(())
    }

    fn content(&self, ino: u64) -> Result<&Vec<u8>, Errno> {
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::File(d)) => Ok(d),
            Some(Data::Dir(_)) => Err(Errno::Eisdir),
            _ => Err(Errno::Einval),
        }
    }

    /// Drops an inode (and its subtree) from the table.
    fn free(&mut self, ino: u64) {
        if let Some(n) = self.extra_links.get_mut(&ino) {
            *n -= 1;
            if *n == 0 {
                self.extra_links.remove(&ino);
            }
            self.touch_inode(ino);
            return;
        }
        if self.fds.values().any(|f| f.ino == ino) {
            self.orphans.insert(ino, ());
            return;
        }
        self.orphans.remove(&ino);
        if let Some(n) = self.inodes.remove(&ino) {
            match n.data {
                Data::File(d) => self.used -= d.len() as u64,
                Data::Dir(e) => {
                    for child in e.into_values() {
                        self.free(child);
                    }
                }
                Data::Symlink(_) => {}
            }
        }
    }

    fn fd(&self, fd: u32) -> Result<OpenFile, Errno> {
        self.fds.get(&fd).copied().ok_or(Errno::Ebadf)
    }

    /// Is `ino` `ancestor` or below it?
    fn is_within(&self, ino: u64, ancestor: u64) -> bool {
        if ino == ancestor {
            return true;
        }
        match self.inodes.get(&ancestor).map(|n| &n.data) {
            Some(Data::Dir(e)) => e.values().any(|c| self.is_within(ino, *c)),
            _ => false,
        }
    }
}
