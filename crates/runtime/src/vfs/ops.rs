//! File-system operations as plain data, so asynchronous `fs` calls can wait in the thread-pool model and run
//! when their job completes. The engine converts JS arguments to an [`FsOp`] and an [`FsValue`] back.

use super::{Errno, FileSystem, Kind, OpenFlags, Stat};

/// One `fs` syscall-level operation (paths absolute and normalised).
#[derive(Debug, Clone, PartialEq)]
pub enum FsOp {
    Open {
        path: String,
        flags: OpenFlags,
        mode: u32,
    },
    Close {
        fd: u32,
    },
    Read {
        fd: u32,
        len: usize,
        position: Option<u64>,
    },
    Write {
        fd: u32,
        data: Vec<u8>,
        position: Option<u64>,
    },
    Stat {
        path: String,
    },
    Lstat {
        path: String,
    },
    Fstat {
        fd: u32,
    },
    ReadFile {
        path: String,
    },
    WriteFile {
        path: String,
        data: Vec<u8>,
        flags: OpenFlags,
        mode: u32,
    },
    Mkdir {
        path: String,
        recursive: bool,
        mode: u32,
    },
    Readdir {
        path: String,
    },
    Rename {
        from: String,
        to: String,
    },
    Unlink {
        path: String,
    },
    Rmdir {
        path: String,
    },
    Rm {
        path: String,
        recursive: bool,
        force: bool,
    },
    CopyFile {
        from: String,
        to: String,
        exclusive: bool,
    },
    Link {
        existing: String,
        path: String,
    },
    Symlink {
        target: String,
        path: String,
    },
    Readlink {
        path: String,
    },
    Realpath {
        path: String,
    },
    Truncate {
        path: String,
        len: u64,
    },
    Ftruncate {
        fd: u32,
        len: u64,
    },
    Access {
        path: String,
        /// `fs.constants` R_OK | W_OK | X_OK bits; Looplab runs as root, so only X_OK can fail (a file no one
        /// may execute).
        mode: u32,
    },
    Chmod {
        path: String,
        mode: u32,
    },
    Utimes {
        path: String,
        atime_ns: i64,
        mtime_ns: i64,
    },
    Futimes {
        fd: u32,
        atime_ns: i64,
        mtime_ns: i64,
    },
    Fchmod {
        fd: u32,
        mode: u32,
    },
    Fsync {
        fd: u32,
    },
}

/// What an operation returns.
#[derive(Debug, Clone, PartialEq)]
pub enum FsValue {
    None,
    Fd(u32),
    Bytes(Vec<u8>),
    Count(usize),
    Stat(Stat),
    Entries(Vec<(String, Kind)>),
    Path(Option<String>),
    Text(String),
}

impl FsOp {
    /// Bytes the operation moves (for the latency model).
    pub fn bytes(&self) -> usize {
        match self {
            FsOp::Write { data, .. } | FsOp::WriteFile { data, .. } => data.len(),
            FsOp::Read { len, .. } => *len,
            _ => 0,
        }
    }

    /// Runs the operation.
    pub fn execute(&self, fs: &mut dyn FileSystem) -> Result<FsValue, Errno> {
        Ok(match self {
            FsOp::Open { path, flags, mode } => FsValue::Fd(fs.open(path, *flags, *mode)?),
            FsOp::Close { fd } => {
                fs.close(*fd)?;
                FsValue::None
            }
            FsOp::Read { fd, len, position } => FsValue::Bytes(fs.read(*fd, *len, *position)?),
            FsOp::Write { fd, data, position } => FsValue::Count(fs.write(*fd, data, *position)?),
            FsOp::Stat { path } => FsValue::Stat(fs.stat(path)?),
            FsOp::Lstat { path } => FsValue::Stat(fs.lstat(path)?),
            FsOp::Fstat { fd } => FsValue::Stat(fs.fstat(*fd)?),
            FsOp::ReadFile { path } => FsValue::Bytes(fs.read_file(path)?),
            FsOp::WriteFile {
                path,
                data,
                flags,
                mode,
            } => {
                fs.write_file(path, data, *flags, *mode)?;
                FsValue::None
            }
            FsOp::Mkdir {
                path,
                recursive,
                mode,
            } => FsValue::Path(fs.mkdir(path, *recursive, *mode)?),
            FsOp::Readdir { path } => FsValue::Entries(fs.readdir(path)?),
            FsOp::Rename { from, to } => {
                fs.rename(from, to)?;
                FsValue::None
            }
            FsOp::Unlink { path } => {
                fs.unlink(path)?;
                FsValue::None
            }
            FsOp::Rmdir { path } => {
                fs.rmdir(path)?;
                FsValue::None
            }
            FsOp::Rm {
                path,
                recursive,
                force,
            } => {
                fs.rm(path, *recursive, *force)?;
                FsValue::None
            }
            FsOp::CopyFile {
                from,
                to,
                exclusive,
            } => {
                fs.copy_file(from, to, *exclusive)?;
                FsValue::None
            }
            FsOp::Link { existing, path } => {
                fs.link(existing, path)?;
                FsValue::None
            }
            FsOp::Symlink { target, path } => {
                fs.symlink(target, path)?;
                FsValue::None
            }
            FsOp::Readlink { path } => FsValue::Text(fs.readlink(path)?),
            FsOp::Realpath { path } => FsValue::Text(fs.realpath(path)?),
            FsOp::Truncate { path, len } => {
                fs.truncate(path, *len)?;
                FsValue::None
            }
            FsOp::Ftruncate { fd, len } => {
                fs.ftruncate(*fd, *len)?;
                FsValue::None
            }
            FsOp::Access { path, mode } => {
                let st = fs.stat(path)?;
                let dir = st.mode & 0o170_000 == 0o040_000;
                if mode & 1 != 0 && !dir && st.mode & 0o111 == 0 {
                    return Err(Errno::Eacces);
                }
                FsValue::None
            }
            FsOp::Chmod { path, mode } => {
                fs.chmod(path, *mode)?;
                FsValue::None
            }
            FsOp::Utimes {
                path,
                atime_ns,
                mtime_ns,
            } => {
                fs.utimes(path, *atime_ns, *mtime_ns)?;
                FsValue::None
            }
            FsOp::Futimes {
                fd,
                atime_ns,
                mtime_ns,
            } => {
                fs.futimes(*fd, *atime_ns, *mtime_ns)?;
                FsValue::None
            }
            FsOp::Fchmod { fd, mode } => {
                fs.fchmod(*fd, *mode)?;
                FsValue::None
            }
            FsOp::Fsync { fd } => {
                fs.fstat(*fd)?;
                FsValue::None
            }
        })
    }
}
