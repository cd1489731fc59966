//! The `fs` host functions: JS arguments → [`FsOp`], run synchronously (`fsSync`) or as a thread-pool job
//! (`fsAsync`, executed when the poll phase delivers it), and [`FsValue`] → JS. Errors come back as
//! `[code, errno]` pairs; fs.js builds node's error objects (message, syscall, path) from them.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsResult, JsValue};

use super::natives::{arg, args_vec, bytes_arg, bytes_value, sh, submit_pool_job};
use crate::vfs::{Errno, FileSystem, FsOp, FsValue, Kind, OpenFlags};

fn s(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_lossy())
}

fn n(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

fn pos(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Option<u64>> {
    let v = n(args, i, ctx)?;
    Ok(if v.is_finite() && v >= 0.0 {
        Some(v as u64)
    } else {
        None
    })
}

/// Builds an op from its name and argument array; `Err(Einval)` for unknown ops or flags.
fn parse_op(
    op: &str,
    a: &[JsValue],
    epoch_ms: i64,
    ctx: &mut Context,
) -> JsResult<Result<FsOp, Errno>> {
    let flags = |f: String| OpenFlags::parse(&f).ok_or(Errno::Einval);
    let ms_to_ns = |ms: f64| ((ms - epoch_ms as f64) * 1_000_000.0) as i64;
    Ok(Ok(match op {
        "open" => {
            let f = match flags(s(a, 1, ctx)?) {
                Ok(f) => f,
                Err(e) => return Ok(Err(e)),
            };
            FsOp::Open {
                path: s(a, 0, ctx)?,
                flags: f,
                mode: n(a, 2, ctx)? as u32,
            }
        }
        "close" => FsOp::Close {
            fd: n(a, 0, ctx)? as u32,
        },
        "read" => FsOp::Read {
            fd: n(a, 0, ctx)? as u32,
            len: n(a, 1, ctx)?.max(0.0) as usize,
            position: pos(a, 2, ctx)?,
        },
        "write" => FsOp::Write {
            fd: n(a, 0, ctx)? as u32,
            data: bytes_arg(a, 1, ctx)?,
            position: pos(a, 2, ctx)?,
        },
        "stat" => FsOp::Stat {
            path: s(a, 0, ctx)?,
        },
        "lstat" => FsOp::Lstat {
            path: s(a, 0, ctx)?,
        },
        "fstat" => FsOp::Fstat {
            fd: n(a, 0, ctx)? as u32,
        },
        "readFile" => FsOp::ReadFile {
            path: s(a, 0, ctx)?,
        },
        "writeFile" => {
            let f = match flags(s(a, 2, ctx)?) {
                Ok(f) => f,
                Err(e) => return Ok(Err(e)),
            };
            FsOp::WriteFile {
                path: s(a, 0, ctx)?,
                data: bytes_arg(a, 1, ctx)?,
                flags: f,
                mode: n(a, 3, ctx)? as u32,
            }
        }
        "mkdir" => FsOp::Mkdir {
            path: s(a, 0, ctx)?,
            recursive: arg(a, 1).to_boolean(),
            mode: n(a, 2, ctx)? as u32,
        },
        "readdir" => FsOp::Readdir {
            path: s(a, 0, ctx)?,
        },
        "rename" => FsOp::Rename {
            from: s(a, 0, ctx)?,
            to: s(a, 1, ctx)?,
        },
        "unlink" => FsOp::Unlink {
            path: s(a, 0, ctx)?,
        },
        "rmdir" => FsOp::Rmdir {
            path: s(a, 0, ctx)?,
        },
        "rm" => FsOp::Rm {
            path: s(a, 0, ctx)?,
            recursive: arg(a, 1).to_boolean(),
            force: arg(a, 2).to_boolean(),
        },
        "copyFile" => FsOp::CopyFile {
            from: s(a, 0, ctx)?,
            to: s(a, 1, ctx)?,
            exclusive: arg(a, 2).to_boolean(),
        },
        "link" => FsOp::Link {
            existing: s(a, 0, ctx)?,
            path: s(a, 1, ctx)?,
        },
        "symlink" => FsOp::Symlink {
            target: s(a, 0, ctx)?,
            path: s(a, 1, ctx)?,
        },
        "readlink" => FsOp::Readlink {
            path: s(a, 0, ctx)?,
        },
        "realpath" => FsOp::Realpath {
            path: s(a, 0, ctx)?,
        },
        "truncate" => FsOp::Truncate {
            path: s(a, 0, ctx)?,
            len: n(a, 1, ctx)?.max(0.0) as u64,
        },
        "ftruncate" => FsOp::Ftruncate {
            fd: n(a, 0, ctx)? as u32,
            len: n(a, 1, ctx)?.max(0.0) as u64,
        },
        "access" => FsOp::Access {
            path: s(a, 0, ctx)?,
            mode: {
                let m = n(a, 1, ctx)?;
                if m.is_finite() {
                    m as u32
                } else {
                    0
                }
            },
        },
        "chmod" => FsOp::Chmod {
            path: s(a, 0, ctx)?,
            mode: n(a, 1, ctx)? as u32,
        },
        "utimes" => FsOp::Utimes {
            path: s(a, 0, ctx)?,
            atime_ns: ms_to_ns(n(a, 1, ctx)?),
            mtime_ns: ms_to_ns(n(a, 2, ctx)?),
        },
        "fsync" => FsOp::Fsync {
            fd: n(a, 0, ctx)? as u32,
        },
        "futimes" => FsOp::Futimes {
            fd: n(a, 0, ctx)? as u32,
            atime_ns: ms_to_ns(n(a, 1, ctx)?),
            mtime_ns: ms_to_ns(n(a, 2, ctx)?),
        },
        "fchmod" => FsOp::Fchmod {
            fd: n(a, 0, ctx)? as u32,
            mode: n(a, 1, ctx)? as u32,
        },
        _ => return Ok(Err(Errno::Einval)),
    }))
}

/// `[code, errno]` or `[null, value]` as a JS array.
pub(crate) fn result_value(
    r: Result<FsValue, Errno>,
    epoch_ms: i64,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let pair = match r {
        Err(e) => vec![
            JsValue::from(js_string!(e.code())),
            JsValue::from(e.errno()),
        ],
        Ok(v) => vec![JsValue::null(), value(v, epoch_ms, ctx)?],
    };
    Ok(JsArray::from_iter(pair, ctx).into())
}

fn value(v: FsValue, epoch_ms: i64, ctx: &mut Context) -> JsResult<JsValue> {
    let ms = |ns: i64| epoch_ms as f64 + ns as f64 / 1_000_000.0;
    Ok(match v {
        FsValue::None => JsValue::undefined(),
        FsValue::Fd(fd) => JsValue::from(fd),
        FsValue::Count(c) => JsValue::from(c as f64),
        FsValue::Bytes(b) => bytes_value(b, ctx)?,
        FsValue::Text(t) => JsValue::from(js_string!(t.as_str())),
        FsValue::Path(p) => p.map_or(JsValue::undefined(), |p| {
            JsValue::from(js_string!(p.as_str()))
        }),
        FsValue::Stat(st) => {
            let kind = match st.kind {
                Kind::File => "f",
                Kind::Dir => "d",
                Kind::Symlink => "l",
            };
            let size = st.size as f64;
            let fields = [
                JsValue::from(2049),
                JsValue::from(st.mode),
                JsValue::from(st.nlink),
                JsValue::from(0),
                JsValue::from(0),
                JsValue::from(0),
                JsValue::from(4096),
                JsValue::from(st.ino as f64),
                JsValue::from(size),
                // 512-byte blocks of whole 4 KiB ext4 blocks, as `st_blocks` counts them (a short
                // symlink keeps its target in the inode: none).
                JsValue::from(if kind == "l" {
                    0.0
                } else {
                    (size / 4096.0).ceil() * 8.0
                }),
                JsValue::from(ms(st.atime_ns)),
                JsValue::from(ms(st.mtime_ns)),
                JsValue::from(ms(st.ctime_ns)),
                JsValue::from(ms(st.birthtime_ns)),
                JsValue::from(js_string!(kind)),
            ];
            JsArray::from_iter(fields, ctx).into()
        }
        FsValue::Entries(entries) => {
            let mut items = Vec::with_capacity(entries.len());
            for (name, kind) in entries {
                let k = match kind {
                    Kind::File => "f",
                    Kind::Dir => "d",
                    Kind::Symlink => "l",
                };
                let pair = [
                    JsValue::from(js_string!(name.as_str())),
                    JsValue::from(js_string!(k)),
                ];
                items.push(JsValue::from(JsArray::from_iter(pair, ctx)));
            }
            JsArray::from_iter(items, ctx).into()
        }
    })
}

/// `fsSync(op, args)` → `[code, errno]` | `[null, value]`.
pub(crate) fn fs_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let sh = sh(ctx)?;
    let op = s(args, 0, ctx)?;
    let a = args_vec(&arg(args, 1), ctx)?;
    let epoch = sh.host.borrow().config.epoch_ms;
    let r = match parse_op(&op, &a, epoch, ctx)? {
        Ok(op) => {
            let mut host = sh.host.borrow_mut();
            op.execute(&mut host.vfs)
        }
        Err(e) => Err(e),
    };
    result_value(r, epoch, ctx)
}

/// `vfsUsage()`: `[bytes held in files, the limit]` of the virtual disk (fs.statfs reports them as blocks).
pub(crate) fn vfs_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let sh = sh(ctx)?;
    let host = sh.host.borrow();
    let pair = [
        JsValue::from(host.vfs.used_bytes() as f64),
        JsValue::from(host.config.limits.vfs_bytes as f64),
    ];
    drop(host);
    Ok(JsArray::from_iter(pair, ctx).into())
}

/// `fsAsync(op, args, callback)`: queues the op on the thread pool; `callback(code, value)` runs in poll.
pub(crate) fn fs_async(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let sh = sh(ctx)?;
    let op_name = s(args, 0, ctx)?;
    let a = args_vec(&arg(args, 1), ctx)?;
    let epoch = sh.host.borrow().config.epoch_ms;
    let op = parse_op(&op_name, &a, epoch, ctx)?;
    let duration = {
        let host = sh.host.borrow();
        let lat = &host.config.latencies;
        // A read costs the bytes it will return, not the buffer it asks for (a stream asks for 64 KiB at a
        // time): the file's size past the position caps it.
        let bytes = match op.as_ref() {
            Ok(FsOp::Read { fd, len, position }) => {
                let size = host.vfs.fstat(*fd).map_or(0, |st| st.size);
                (*len as u64).min(size.saturating_sub(position.unwrap_or(0)))
            }
            other => other.map_or(0, FsOp::bytes) as u64,
        };
        lat.fs_op_ns
            .saturating_add(lat.fs_per_kib_ns.saturating_mul(bytes.div_ceil(1024)))
    };
    let path = a
        .first()
        .and_then(|v| v.as_string())
        .map(|s| s.to_std_string_lossy())
        .unwrap_or_default();
    let label = if path.is_empty() {
        format!("fs.{op_name}")
    } else {
        format!("fs.{op_name} {path}")
    };
    let task = submit_pool_job(ctx, &label, duration, arg(args, 2), Vec::new())?;
    let mut host = sh.host.borrow_mut();
    match op {
        Ok(op) => host.fs_jobs.insert(task, op).map(|_| ()),
        Err(e) => host.fs_errors.insert(task, e).map(|_| ()),
    };
    Ok(JsValue::undefined())
}

/// Runs the fs op of a completed pool job and returns the callback arguments, if `task` is an fs job.
pub(crate) fn complete(
    sh: &super::Shared,
    task: looplab_trace::TaskId,
    ctx: &mut Context,
) -> JsResult<Option<Vec<JsValue>>> {
    let (r, epoch) = {
        let mut guard = sh.host.borrow_mut();
        let host = &mut *guard;
        let epoch = host.config.epoch_ms;
        if let Some(e) = host.fs_errors.remove(&task) {
            (Err(e), epoch)
        } else if let Some(op) = host.fs_jobs.remove(&task) {
            (op.execute(&mut host.vfs), epoch)
        } else {
            return Ok(None);
        }
    };
    let pair = result_value(r, epoch, ctx)?;
    Ok(Some(vec![pair]))
}
