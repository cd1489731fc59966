//! Unit tests of the in-memory file system, and a property test: random operation sequences against a
//! simple path→content model keep the two in agreement (results, errors and the final tree).

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::clock::VirtualClock;

fn fs() -> MemFs {
    MemFs::new(VirtualClock::default(), 1 << 20)
}

fn w() -> OpenFlags {
    OpenFlags::parse("w").unwrap_or_default()
}

#[test]
fn write_read_and_errors() {
    let mut f = fs();
    assert_eq!(f.read_file("/a.txt"), Err(Errno::Enoent));
    assert_eq!(
        f.write_file("/dir/a.txt", b"x", w(), 0o666),
        Err(Errno::Enoent)
    );
    f.mkdir("/dir", false, 0o777).ok();
    assert_eq!(f.write_file("/dir/a.txt", b"hello", w(), 0o666), Ok(()));
    assert_eq!(
        f.read_file("/dir/../dir/./a.txt").as_deref(),
        Ok(&b"hello"[..])
    );
    assert_eq!(f.read_file("/dir"), Err(Errno::Eisdir));
    assert_eq!(f.read_file("/dir/a.txt/x"), Err(Errno::Enotdir));
    let wx = OpenFlags::parse("wx").unwrap_or_default();
    assert_eq!(
        f.write_file("/dir/a.txt", b"y", wx, 0o666),
        Err(Errno::Eexist)
    );
    assert_eq!(f.rmdir("/dir"), Err(Errno::Enotempty));
    assert_eq!(f.mkdir("/p/q/r", true, 0o777), Ok(Some("/p".to_string())));
    assert_eq!(f.mkdir("/p/q/r", true, 0o777), Ok(None));
    assert_eq!(f.mkdir("/p", false, 0o777), Err(Errno::Eexist));
}

#[test]
fn size_limit_leaves_nothing_half_written() {
    let mut f = MemFs::new(VirtualClock::default(), 10);
    assert_eq!(f.write_file("/a", b"12345", w(), 0o666), Ok(()));
    assert_eq!(
        f.write_file("/a", b"123456789012", w(), 0o666),
        Err(Errno::Enospc)
    );
    assert_eq!(
        f.read_file("/a").as_deref(),
        Ok(&b""[..]),
        "w truncates first, as on a real disk"
    );
    assert_eq!(f.used_bytes(), 0);
}

#[test]
fn symlinks_and_realpath() {
    let mut f = fs();
    f.mkdir("/real/sub", true, 0o777).ok();
    f.write_file("/real/sub/f", b"z", w(), 0o666).ok();
    assert_eq!(f.symlink("/real", "/link"), Ok(()));
    assert_eq!(f.read_file("/link/sub/f").as_deref(), Ok(&b"z"[..]));
    assert_eq!(
        f.realpath("/link/sub/../sub/f").as_deref(),
        Ok("/real/sub/f")
    );
    assert_eq!(f.readlink("/link").as_deref(), Ok("/real"));
    assert_eq!(f.lstat("/link").map(|s| s.kind), Ok(Kind::Symlink));
    f.symlink("/loop2", "/loop1").ok();
    f.symlink("/loop1", "/loop2").ok();
    assert_eq!(f.read_file("/loop1"), Err(Errno::Eloop));
}

#[test]
fn fds_read_write_positions() {
    let mut f = fs();
    let fd = f
        .open("/x", OpenFlags::parse("w+").unwrap_or_default(), 0o666)
        .unwrap_or(0);
    assert_eq!(f.write(fd, b"abcdef", None), Ok(6));
    assert_eq!(f.read(fd, 3, Some(1)).as_deref(), Ok(&b"bcd"[..]));
    assert_eq!(f.close(fd), Ok(()));
    assert_eq!(f.close(fd), Err(Errno::Ebadf));
    assert_eq!(f.read(fd, 1, None), Err(Errno::Ebadf));
}

#[derive(Debug, Clone)]
enum Op {
    Write(u8, u8, Vec<u8>),
    Mkdir(u8),
    Unlink(u8, u8),
    Rmdir(u8),
    Rename(u8, u8, u8, u8),
    Read(u8, u8),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3u8, 0..3u8, proptest::collection::vec(any::<u8>(), 0..8))
            .prop_map(|(d, n, v)| Op::Write(d, n, v)),
        (0..3u8).prop_map(Op::Mkdir),
        (0..3u8, 0..3u8).prop_map(|(d, n)| Op::Unlink(d, n)),
        (0..3u8).prop_map(Op::Rmdir),
        (0..3u8, 0..3u8, 0..3u8, 0..3u8).prop_map(|(a, b, c, d)| Op::Rename(a, b, c, d)),
        (0..3u8, 0..3u8).prop_map(|(d, n)| Op::Read(d, n)),
    ]
}

/// Model: directories `/d0..d2` (root files use d = 0 meaning `/`), files by path.
#[derive(Default)]
struct Model {
    dirs: std::collections::BTreeSet<String>,
    files: BTreeMap<String, Vec<u8>>,
}

fn dir(d: u8) -> String {
    if d == 0 {
        String::new()
    } else {
        format!("/d{d}")
    }
}

fn file(d: u8, n: u8) -> String {
    format!("{}/f{n}", dir(d))
}

impl Model {
    fn dir_exists(&self, d: u8) -> bool {
        d == 0 || self.dirs.contains(&dir(d))
    }
    fn apply(&mut self, op: &Op) -> Result<Option<Vec<u8>>, Errno> {
        match op {
            Op::Write(d, n, v) => {
                if !self.dir_exists(*d) {
                    return Err(Errno::Enoent);
                }
                self.files.insert(file(*d, *n), v.clone());
                Ok(None)
            }
            Op::Mkdir(d) => {
                if *d == 0 || self.dirs.contains(&dir(*d)) {
                    return Err(Errno::Eexist);
                }
                self.dirs.insert(dir(*d));
                Ok(None)
            }
            Op::Unlink(d, n) => self
                .files
                .remove(&file(*d, *n))
                .map(|_| None)
                .ok_or(Errno::Enoent),
            Op::Rmdir(d) => {
                if *d == 0 {
                    return Err(Errno::Eperm);
                }
                if !self.dirs.contains(&dir(*d)) {
                    return Err(Errno::Enoent);
                }
                let prefix = format!("{}/", dir(*d));
                if self.files.keys().any(|k| k.starts_with(&prefix)) {
                    return Err(Errno::Enotempty);
                }
                self.dirs.remove(&dir(*d));
                Ok(None)
            }
            Op::Rename(a, b, c, e) => {
                let from = file(*a, *b);
                let Some(v) = self.files.get(&from).cloned() else {
                    return Err(Errno::Enoent);
                };
                if !self.dir_exists(*c) {
                    return Err(Errno::Enoent);
                }
                self.files.remove(&from);
                self.files.insert(file(*c, *e), v);
                Ok(None)
            }
            Op::Read(d, n) => self
                .files
                .get(&file(*d, *n))
                .cloned()
                .map(Some)
                .ok_or(Errno::Enoent),
        }
    }
}

fn apply_fs(f: &mut MemFs, op: &Op) -> Result<Option<Vec<u8>>, Errno> {
    match op {
        Op::Write(d, n, v) => f.write_file(&file(*d, *n), v, w(), 0o666).map(|_| None),
        Op::Mkdir(d) => {
            if *d == 0 {
                return Err(Errno::Eexist);
            }
            f.mkdir(&dir(*d), false, 0o777).map(|_| None)
        }
        Op::Unlink(d, n) => f.unlink(&file(*d, *n)).map(|_| None),
        Op::Rmdir(d) => {
            if *d == 0 {
                return Err(Errno::Eperm);
            }
            f.rmdir(&dir(*d)).map(|_| None)
        }
        Op::Rename(a, b, c, e) => f.rename(&file(*a, *b), &file(*c, *e)).map(|_| None),
        Op::Read(d, n) => f.read_file(&file(*d, *n)).map(Some),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn random_operations_match_the_model(ops in proptest::collection::vec(op(), 1..40)) {
        let mut f = fs();
        let mut m = Model::default();
        for op in &ops {
            prop_assert_eq!(apply_fs(&mut f, op), m.apply(op), "op {:?}", op);
        }
        let used: u64 = m.files.values().map(|v| v.len() as u64).sum();
        prop_assert_eq!(f.used_bytes(), used);
        for d in 0..3u8 {
            for n in 0..3u8 {
                let path = file(d, n);
                prop_assert_eq!(f.read_file(&path).ok(), m.files.get(&path).cloned());
            }
        }
    }
}

#[test]
fn hard_links_share_the_file_and_count_names() {
    let mut f = fs();
    assert_eq!(f.write_file("/a", b"one", w(), 0o666), Ok(()));
    assert_eq!(f.link("/a", "/b"), Ok(()));
    assert_eq!(f.stat("/a").map(|s| s.nlink), Ok(2));
    assert_eq!(f.stat("/a").map(|s| s.ino), f.stat("/b").map(|s| s.ino));
    assert_eq!(f.link("/a", "/b"), Err(Errno::Eexist));
    assert_eq!(f.link("/missing", "/c"), Err(Errno::Enoent));
    assert_eq!(f.link("/", "/d"), Err(Errno::Eperm));
    assert_eq!(f.write_file("/b", b"two", w(), 0o666), Ok(()));
    assert_eq!(f.read_file("/a"), Ok(b"two".to_vec()));
    assert_eq!(f.unlink("/a"), Ok(()));
    assert_eq!(f.stat("/b").map(|s| s.nlink), Ok(1));
    assert_eq!(f.read_file("/b"), Ok(b"two".to_vec()));
    assert_eq!(f.unlink("/b"), Ok(()));
    assert_eq!(f.used_bytes(), 0);
}

#[test]
fn creating_through_a_trailing_slash_is_eisdir() {
    let mut f = fs();
    assert_eq!(f.write_file("/real", b"x", w(), 0o666), Ok(()));
    assert_eq!(f.open("/new/", w(), 0o666), Err(Errno::Eisdir));
    assert_eq!(f.open("/real/", w(), 0o666), Err(Errno::Eisdir));
    assert_eq!(f.open("/nope/x/", w(), 0o666), Err(Errno::Enoent));
    assert_eq!(f.stat("/new"), Err(Errno::Enoent));
}
