//! `MemFs` as a [`FileSystem`]: the operations node's fs calls reach (stat, read/write, open/fds, mkdir,
//! readdir, rename, unlink/rmdir/rm, copy, symlinks, chmod, utimes), over the inode helpers in memfs.rs.

use std::collections::BTreeMap;

use super::{join, split, Data, MemFs, OpenFile, FIRST_FD, ROOT};
use crate::vfs::{normalize, Errno, FileSystem, Kind, OpenFlags, Stat};

impl FileSystem for MemFs {
    fn stat(&self, path: &str) -> Result<Stat, Errno> {
        let (ino, _) = self.lookup(path, true)?;
        self.stat_of(ino)
    }

    fn lstat(&self, path: &str) -> Result<Stat, Errno> {
        let (ino, _) = self.lookup(path, false)?;
        self.stat_of(ino)
    }

    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, Errno> {
        let (ino, _) = self.lookup(path, true)?;
        let data = self.content(ino)?.clone();
        let now = self.now();
        if let Some(n) = self.inodes.get_mut(&ino) {
            n.atime = now;
        }
        Ok(data)
    }

    fn write_file(
        &mut self,
        path: &str,
        data: &[u8],
        flags: OpenFlags,
        mode: u32,
    ) -> Result<(), Errno> {
        let fd = self.open(path, flags, mode)?;
        let result = self.write(fd, data, None).map(|_| ());
        self.fds.remove(&fd);
        result
    }

    fn open(&mut self, path: &str, flags: OpenFlags, mode: u32) -> Result<u32, Errno> {
        // Linux: creating through a name with a trailing slash is EISDIR, whatever the name is now (once the
        // directories before it are found).
        if flags.create && path.len() > 1 && path.ends_with('/') {
            self.lookup_parent(path.trim_end_matches('/'))?;
            return Err(Errno::Eisdir);
        }
        let ino = match self.lookup(path, true) {
            Ok((ino, _)) => {
                if flags.create && flags.exclusive {
                    return Err(Errno::Eexist);
                }
                if self.is_dir(ino) && flags.write {
                    return Err(Errno::Eisdir);
                }
                if flags.truncate && !self.is_dir(ino) {
                    self.set_content(ino, Vec::new())?;
                }
                ino
            }
            Err(Errno::Enoent) if flags.create => {
                let (dir, name) = self.lookup_parent(path)?;
                let ino = self.alloc(Data::File(Vec::new()), 0o100000 | (mode & 0o7777 & !0o022));
                self.entries_mut(dir)?.insert(name, ino);
                self.touch_dir(dir);
                ino
            }
            Err(e) => return Err(e),
        };
        // The lowest free number, as POSIX has it, from the first one node 20 hands a script on Linux (0-2
        // are stdio, 3-17 its own: libuv's loop, signal pipes, the inspector...).
        let mut fd = FIRST_FD;
        while self.fds.contains_key(&fd) {
            fd += 1;
        }
        self.fds.insert(fd, OpenFile { ino, pos: 0, flags });
        Ok(fd)
    }

    fn close(&mut self, fd: u32) -> Result<(), Errno> {
        let f = self.fds.remove(&fd).ok_or(Errno::Ebadf)?;
        if self.orphans.contains_key(&f.ino) {
            self.free(f.ino);
        }
        Ok(())
    }

    fn read(&mut self, fd: u32, len: usize, position: Option<u64>) -> Result<Vec<u8>, Errno> {
        let f = self.fd(fd)?;
        if !f.flags.read {
            return Err(Errno::Ebadf);
        }
        let data = self.content(f.ino)?;
        let start = position.unwrap_or(f.pos).min(data.len() as u64) as usize;
        let end = start.saturating_add(len).min(data.len());
        let out = data[start..end].to_vec();
        if position.is_none() {
            if let Some(o) = self.fds.get_mut(&fd) {
                o.pos = end as u64;
            }
        }
        Ok(out)
    }

    fn write(&mut self, fd: u32, data: &[u8], position: Option<u64>) -> Result<usize, Errno> {
        let f = self.fd(fd)?;
        if !f.flags.write {
            return Err(Errno::Ebadf);
        }
        let mut content = self.content(f.ino)?.clone();
        let start = if f.flags.append {
            content.len() as u64
        } else {
            position.unwrap_or(f.pos)
        } as usize;
        if start > content.len() {
            content.resize(start, 0);
        }
        let end = start + data.len();
        if end > content.len() {
            content.resize(end, 0);
        }
        content[start..end].copy_from_slice(data);
        self.set_content(f.ino, content)?;
        if position.is_none() || f.flags.append {
            if let Some(o) = self.fds.get_mut(&fd) {
                o.pos = end as u64;
            }
        }
        Ok(data.len())
    }

    fn fstat(&self, fd: u32) -> Result<Stat, Errno> {
        let f = self.fd(fd)?;
        self.stat_of(f.ino)
    }

    fn ftruncate(&mut self, fd: u32, len: u64) -> Result<(), Errno> {
        let f = self.fd(fd)?;
        if !f.flags.write {
            return Err(Errno::Einval);
        }
        let mut content = self.content(f.ino)?.clone();
        content.resize(len as usize, 0);
        self.set_content(f.ino, content)
    }

    fn truncate(&mut self, path: &str, len: u64) -> Result<(), Errno> {
        let (ino, _) = self.lookup(path, true)?;
        let mut content = self.content(ino)?.clone();
        content.resize(len as usize, 0);
        self.set_content(ino, content)
    }

    fn mkdir(&mut self, path: &str, recursive: bool, mode: u32) -> Result<Option<String>, Errno> {
        let norm = normalize(path);
        if recursive {
            let mut first = None;
            let mut cur = "/".to_string();
            for name in split(&norm) {
                let next = join(&cur, name);
                match self.lookup(&next, true) {
                    Ok((ino, _)) => {
                        if !self.is_dir(ino) {
                            return Err(if next == norm {
                                Errno::Eexist
                            } else {
                                Errno::Enotdir
                            });
                        }
                    }
                    Err(Errno::Enoent) => {
                        let (dir, leaf) = self.lookup_parent(&next)?;
                        let ino = self.alloc(
                            Data::Dir(BTreeMap::new()),
                            0o40000 | (mode & 0o7777 & !0o022),
                        );
                        self.entries_mut(dir)?.insert(leaf, ino);
                        self.touch_dir(dir);
                        if first.is_none() {
                            first = Some(next.clone());
                        }
                    }
                    Err(e) => return Err(e),
                }
                cur = next;
            }
            return Ok(first);
        }
        if self.lookup(&norm, false).is_ok() {
            return Err(Errno::Eexist);
        }
        let (dir, name) = self.lookup_parent(&norm)?;
        let ino = self.alloc(
            Data::Dir(BTreeMap::new()),
            0o40000 | (mode & 0o7777 & !0o022),
        );
        self.entries_mut(dir)?.insert(name, ino);
        self.touch_dir(dir);
        Ok(None)
    }

    fn readdir(&self, path: &str) -> Result<Vec<(String, Kind)>, Errno> {
        let (ino, _) = self.lookup(path, true)?;
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::Dir(e)) => Ok(e
                .iter()
                .map(|(name, child)| {
                    let kind = match self.inodes.get(child).map(|n| &n.data) {
                        Some(Data::Dir(_)) => Kind::Dir,
                        Some(Data::Symlink(_)) => Kind::Symlink,
                        _ => Kind::File,
                    };
                    (name.clone(), kind)
                })
                .collect()),
            _ => Err(Errno::Enotdir),
        }
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        let (src, _) = self.lookup(from, false)?;
        let (from_dir, from_name) = self.lookup_parent(from)?;
        let (to_dir, to_name) = self.lookup_parent(to)?;
        if self.is_dir(src) && self.is_within(to_dir, src) {
            return Err(Errno::Einval);
        }
        if let Ok((existing, _)) = self.lookup(to, false) {
            if existing == src {
                return Ok(());
            }
            match (self.is_dir(src), self.is_dir(existing)) {
                (false, true) => return Err(Errno::Eisdir),
                (true, false) => return Err(Errno::Enotdir),
                (true, true) => {
                    if matches!(self.inodes.get(&existing).map(|n| &n.data), Some(Data::Dir(e)) if !e.is_empty())
                    {
                        return Err(Errno::Enotempty);
                    }
                }
                (false, false) => {}
            }
            self.entries_mut(to_dir)?.remove(&to_name);
            self.free(existing);
        }
        self.entries_mut(from_dir)?.remove(&from_name);
        self.entries_mut(to_dir)?.insert(to_name, src);
        self.touch_dir(from_dir);
        self.touch_dir(to_dir);
        Ok(())
    }

    fn unlink(&mut self, path: &str) -> Result<(), Errno> {
        let (ino, _) = self.lookup(path, false)?;
        if self.is_dir(ino) {
            return Err(Errno::Eisdir);
        }
        let (dir, name) = self.lookup_parent(path)?;
        self.entries_mut(dir)?.remove(&name);
        self.touch_dir(dir);
        self.free(ino);
        Ok(())
    }

    fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        // rmdir("dir/.") is EINVAL, as the kernel has it (before any lookup).
        if path.trim_end_matches('/').rsplit('/').next() == Some(".") {
            return Err(Errno::Einval);
        }
        let (ino, _) = self.lookup(path, false)?;
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::Dir(e)) if !e.is_empty() => return Err(Errno::Enotempty),
            Some(Data::Dir(_)) => {}
            _ => return Err(Errno::Enotdir),
        }
        if ino == ROOT {
            return Err(Errno::Eperm);
        }
        let (dir, name) = self.lookup_parent(path)?;
        self.entries_mut(dir)?.remove(&name);
        self.touch_dir(dir);
        self.free(ino);
        Ok(())
    }

    fn rm(&mut self, path: &str, recursive: bool, force: bool) -> Result<(), Errno> {
        let ino = match self.lookup(path, false) {
            Ok((ino, _)) => ino,
            Err(Errno::Enoent) if force => return Ok(()),
            Err(e) => return Err(e),
        };
        if self.is_dir(ino) && !recursive {
            return Err(Errno::Eisdir);
        }
        if ino == ROOT {
            return Err(Errno::Eperm);
        }
        let (dir, name) = self.lookup_parent(path)?;
        self.entries_mut(dir)?.remove(&name);
        self.touch_dir(dir);
        self.free(ino);
        Ok(())
    }

    fn copy_file(&mut self, from: &str, to: &str, exclusive: bool) -> Result<(), Errno> {
        let (src, _) = self.lookup(from, true)?;
        let data = self.content(src)?.clone();
        let flags = OpenFlags {
            write: true,
            create: true,
            truncate: true,
            exclusive,
            ..OpenFlags::default()
        };
        let mode = self.inodes.get(&src).map_or(0o644, |n| n.mode & 0o7777);
        self.write_file(to, &data, flags, mode | 0o022)
    }

    fn link(&mut self, existing: &str, new_path: &str) -> Result<(), Errno> {
        // link(2) does not follow a symbolic link named last (Linux), and a directory cannot get a second name.
        let (ino, _) = self.lookup(existing, false)?;
        if self.is_dir(ino) {
            return Err(Errno::Eperm);
        }
        if self.lookup(new_path, false).is_ok() {
            return Err(Errno::Eexist);
        }
        let (dir, name) = self.lookup_parent(new_path)?;
        self.entries_mut(dir)?.insert(name, ino);
        *self.extra_links.entry(ino).or_insert(0) += 1;
        self.touch_dir(dir);
        self.touch_inode(ino);
        Ok(())
    }

    fn symlink(&mut self, target: &str, path: &str) -> Result<(), Errno> {
        if self.lookup(path, false).is_ok() {
            return Err(Errno::Eexist);
        }
        let (dir, name) = self.lookup_parent(path)?;
        let ino = self.alloc(Data::Symlink(target.to_string()), 0o120777);
        self.entries_mut(dir)?.insert(name, ino);
        self.touch_dir(dir);
        Ok(())
    }

    fn readlink(&self, path: &str) -> Result<String, Errno> {
        let (ino, _) = self.lookup(path, false)?;
        match self.inodes.get(&ino).map(|n| &n.data) {
            Some(Data::Symlink(t)) => Ok(t.clone()),
            _ => Err(Errno::Einval),
        }
    }

    fn realpath(&self, path: &str) -> Result<String, Errno> {
        self.lookup(path, true).map(|(_, p)| p)
    }

    fn chmod(&mut self, path: &str, mode: u32) -> Result<(), Errno> {
        let (ino, _) = self.lookup(path, true)?;
        let now = self.now();
        let n = self.inodes.get_mut(&ino).ok_or(Errno::Enoent)?;
        n.mode = (n.mode & !0o7777) | (mode & 0o7777);
        n.ctime = now;
        Ok(())
    }

    fn utimes(&mut self, path: &str, atime_ns: i64, mtime_ns: i64) -> Result<(), Errno> {
        let (ino, _) = self.lookup(path, true)?;
        let n = self.inodes.get_mut(&ino).ok_or(Errno::Enoent)?;
        n.atime = atime_ns;
        n.mtime = mtime_ns;
        Ok(())
    }

    fn futimes(&mut self, fd: u32, atime_ns: i64, mtime_ns: i64) -> Result<(), Errno> {
        let f = self.fd(fd)?;
        let n = self.inodes.get_mut(&f.ino).ok_or(Errno::Ebadf)?;
        n.atime = atime_ns;
        n.mtime = mtime_ns;
        Ok(())
    }

    fn fchmod(&mut self, fd: u32, mode: u32) -> Result<(), Errno> {
        let f = self.fd(fd)?;
        let now = self.now();
        let n = self.inodes.get_mut(&f.ino).ok_or(Errno::Ebadf)?;
        n.mode = (n.mode & !0o7777) | (mode & 0o7777);
        n.ctime = now;
        Ok(())
    }

    fn used_bytes(&self) -> u64 {
        self.used
    }
}
