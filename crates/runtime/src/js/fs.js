//! node:fs over the virtual file system: the shared helpers (paths, options, node's errors with `code`, `errno`,
//! `syscall`, `path` and exact message; Stats/Dirent and the constants come from fs_stats.js) and the sync API,
//! which runs at once. The callback API is fs_callback.js, the promise API fs_promises.js; they read the helpers
//! from `internal.fsShared`.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const { constants, Stats, Dirent, TYPE, makeStats, makeEntries, encodeName } = internal.fsStats;

  const DESC = {
    EPERM: 'operation not permitted', ENOENT: 'no such file or directory', EBADF: 'bad file descriptor',
    EACCES: 'permission denied', EEXIST: 'file already exists', ENOTDIR: 'not a directory',
    EISDIR: 'illegal operation on a directory', EINVAL: 'invalid argument', ENOSPC: 'no space left on device',
    ENOTEMPTY: 'directory not empty', ELOOP: 'too many symbolic links encountered', EFBIG: 'file too large',
  };

  // ---- paths ----
  function normalize(p) {
    const out = [];
    for (const seg of p.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') out.pop(); else out.push(seg);
    }
    return '/' + out.join('/');
  }
  function toPath(p, name = 'path') {
    const s = toPathRaw(p, name);
    if (s.includes('\u0000')) {
      const e = new TypeError(`The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${internal.inspect(p)}`);
      throw errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
    }
    return s;
  }
  function toPathRaw(p, name) {
    if (typeof p === 'string') return p;
    if (p instanceof Uint8Array) return host.utf8Decode(new Uint8Array(p));
    if (p !== null && typeof p === 'object' && typeof p.href === 'string' && p.protocol !== undefined) {
      return internal.modules.url.fileURLToPath(p);
    }
    throw errors.invalidArgType(name, 'string or an instance of Buffer or URL', p);
  }
  // Not normalised: the VFS walks `..` like a kernel (a missing directory before `..` is ENOENT).
  function abs(p) {
    if (p === '') return '/\u0000';
    return p.startsWith('/') ? p : internal.process.cwd() + '/' + p;
  }
  function components(p) { return normalize(p).split('/').filter(Boolean).length; }
  internal.pathUtil = { normalize, abs };

  // ---- errors ----
  function uvException(code, errno, syscall, path, dest, sync) {
    let message = `${code}: ${DESC[code] || 'unknown error'}, ${syscall}`;
    if (path !== undefined) message += ` '${path}'`;
    if (dest !== undefined) message += ` -> '${dest}'`;
    const err = new Error(message);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    if (path !== undefined) err.path = path;
    if (dest !== undefined) err.dest = dest;
    if (!sync) Object.defineProperty(err, 'stack', { value: `Error: ${message}`, writable: true, configurable: true });
    return err;
  }
  // Which syscall node names (and whether it shows the path) per operation and errno.
  function describe(op, code, path, dest) {
    switch (op) {
      case 'readFile': return code === 'EISDIR' ? ['read'] : ['open', path];
      case 'writeFile': case 'open': return ['open', path];
      case 'truncate': return code === 'EISDIR' ? ['open', path] : ['open', path];
      case 'close': case 'read': case 'write': case 'fstat': case 'ftruncate': case 'fsync': case 'fchmod': return [op];
      case 'futimes': return ['futime'];
      case 'readdir': return ['scandir', path];
      case 'rename': return ['rename', path, dest];
      case 'copyFile': return ['copyfile', path, dest];
      case 'symlink': return ['symlink', path, dest];
      case 'link': return ['link', path, dest];
      case 'realpath': return ['lstat', path];
      case 'utimes': return ['utime', path];
      default: return [op, path];
    }
  }
  function check(result, op, path, dest, sync) {
    if (result[0] === null) return result[1];
    const [syscall, p, d] = describe(op, result[0], path, dest);
    throw uvException(result[0], result[1], syscall, p, d, sync);
  }
  function toError(result, op, path, dest) {
    if (result[0] === null) return null;
    const [syscall, p, d] = describe(op, result[0], path, dest);
    return uvException(result[0], result[1], syscall, p, d, false);
  }
  function sync(op, args, path, dest) {
    return check(host.fsSync(op, args), op, path, dest, true);
  }
  function runAsync(op, args, path, dest, cb) {
    host.fsAsync(op, args, function fsCallback(result) {
      const err = toError(result, op, path, dest);
      if (err) cb(err); else cb(null, result[1]);
    });
  }
  // One thread-pool round trip that touches nothing (an `access('/')`), for work the virtual file system does in
  // one step where node goes through the pool: the callback still comes from the poll phase, in request order.
  function poolTick(cb) {
    runAsync('access', ['/', 0], undefined, undefined, () => cb());
  }

  // ---- options ----
  function getOptions(options, defaults) {
    if (options === null || options === undefined || typeof options === 'function') return defaults;
    if (typeof options === 'string') return getOptions({ encoding: options }, defaults);
    if (typeof options !== 'object') {
      // node 20's getOptions keeps the old wording.
      const m = errors.invalidArgType('options', 'string', options).message.replace('must be of type string', 'must be one of type string or object');
      throw errors.validator(errors.withCode(new TypeError(m), 'ERR_INVALID_ARG_TYPE'));
    }
    const o = Object.assign({}, defaults, options);
    if (o.encoding !== undefined && o.encoding !== null && o.encoding !== 'buffer' && !internal.Buffer.isEncoding(o.encoding)) {
      const e = new TypeError(`The argument 'encoding' is invalid encoding. Received ${internal.inspect(o.encoding)}`);
      throw errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
    }
    return o;
  }
  const FLAG_NUMS = { 0: 'r', 2: 'r+', 577: 'w', 705: 'wx', 578: 'w+', 706: 'wx+', 1089: 'a', 1217: 'ax', 1090: 'a+', 1218: 'ax+' };
  const FLAGS = ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+', 'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+'];
  function flagString(flag, def) {
    if (flag === undefined || flag === null) return def;
    if (typeof flag === 'number' && FLAG_NUMS[flag] !== undefined) return FLAG_NUMS[flag];
    // Other O_* combinations go to the file system as bits (node passes numbers to open(2) as they are).
    if (typeof flag === 'number' && Number.isInteger(flag) && flag >= 0) return String(flag);
    if (typeof flag === 'string' && FLAGS.includes(flag)) return flag;
    const e = new TypeError(`The argument 'flags' is invalid. Received ${internal.inspect(flag)}`);
    throw errors.withCode(e, 'ERR_INVALID_ARG_VALUE');
  }
  // node's parseFileMode: an octal string or a 32-bit unsigned integer; `def` stands in for null/undefined
  // (none for chmod, whose mode is required).
  function modeNum(mode, def) {
    if (mode === undefined || mode === null) mode = def;
    if (typeof mode === 'string') {
      if (!/^[0-7]+$/.test(mode)) {
        // node 20 makes this one with no frames at all (its stack is the header line alone).
        const e = errors.withCode(new TypeError(`The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received ${internal.inspect(mode)}`), 'ERR_INVALID_ARG_VALUE');
        try {
          Object.defineProperty(e, 'stack', { value: String(e.stack).split('\n')[0], writable: true, configurable: true, enumerable: false });
        } catch { /* keep the engine's */ }
        throw errors.withArrow(e, 'node:internal/validators:74\n      throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);\n      ^\n');
      }
      mode = parseInt(mode, 8);
    }
    if (typeof mode !== 'number') throw errors.invalidArgType('mode', 'number', mode);
    if (!Number.isInteger(mode)) throw errors.outOfRange('mode', 'an integer', mode);
    if (mode < 0 || mode > 4294967295) throw errors.outOfRange('mode', '>= 0 && <= 4294967295', mode);
    return mode;
  }
  function maybeCallback(cb) {
    if (typeof cb !== 'function') throw errors.invalidArgType('cb', 'function', cb);
    return cb;
  }
  function encode(data, encoding) {
    if (typeof data === 'string') return internal.Buffer.from(data, encoding || 'utf8');
    if (data instanceof Uint8Array) return data;
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw errors.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
  }
  function decode(bytes, encoding) {
    const buf = internal.Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  }
  function isFd(v) { return typeof v === 'number' && (v >>> 0) === v; }
  function validateInt32(value, name, min) {
    if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
    if (value < min || value > 2147483647) throw errors.outOfRange(name, `>= ${min} && <= 2147483647`, value);
  }
  function validateBool(value, name) {
    if (typeof value !== 'boolean') throw errors.invalidArgType(name, 'boolean', value);
  }

  // fs.promises' recursive readdir walks a stack (the last directory found is read next); the sync and
  // callback ones a queue.
  const kStackOrder = Symbol('readdirStackOrder');

  // ---- sync API ----
  const fs = {};
  fs.constants = constants;
  fs.F_OK = 0; fs.R_OK = 4; fs.W_OK = 2; fs.X_OK = 1;
  fs.Stats = Stats;
  fs.Dirent = Dirent;

  fs.existsSync = function existsSync(path) {
    try { path = toPath(path); } catch { return false; }
    return host.fsSync('stat', [abs(path)])[0] === null;
  };
  // fd 0 is the scenario's stdin, a file as with `node main.js < stdin.txt`: read from its position on (all of
  // the rest by readFileSync, `length` bytes by readSync, or from `position` without moving), then end of
  // file; /dev/stdin opens the file again.
  let stdinBytes = null;
  let stdinPos = 0;
  function stdinAll() {
    if (stdinBytes === null) stdinBytes = new Uint8Array(internal.Buffer.from(host.stdin || '', host.stdinBytes ? 'latin1' : 'utf8'));
    return stdinBytes;
  }
  function readStdin(reopen, length = Infinity, position = -1) {
    const all = stdinAll();
    if (reopen) return all;
    const from = position >= 0 ? position : stdinPos;
    const bytes = all.slice(from, Math.min(all.length, from + length));
    if (position < 0) stdinPos = from + bytes.length;
    return bytes;
  }
  fs.readFileSync = function readFileSync(path, options) {
    options = getOptions(options, { flag: 'r' });
    if (path === 0 || path === '/dev/stdin') return decode(readStdin(path !== 0), options.encoding);
    if (isFd(path)) {
      sync('fstat', [path]); // node stats the fd first (`EBADF: bad file descriptor, fstat`)
      return decode(readAllFd(path), options.encoding);
    }
    const p = toPath(path);
    const flag = flagString(options.flag, 'r');
    if (flag !== 'r') {
      const fd = fs.openSync(p, flag, 0o666);
      try { return decode(readAllFd(fd), options.encoding); } finally { fs.closeSync(fd); }
    }
    return decode(sync('readFile', [abs(p)], p), options.encoding);
  };
  function readAllFd(fd) {
    const chunks = [];
    let total = 0;
    for (;;) {
      const b = sync('read', [fd, 65536, -1]);
      if (b.length === 0) break;
      chunks.push(b);
      total += b.length;
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) { out.set(c, o); o += c.length; }
    return out;
  }
  fs.writeFileSync = function writeFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    const bytes = encode(data, options.encoding);
    // fds 1 and 2 (and /dev/stdout, /dev/stderr) are the process's stdout and stderr.
    const out = path === 1 || path === '/dev/stdout' ? 1 : path === 2 || path === '/dev/stderr' ? 2 : 0;
    if (out) { host.write(out, host.utf8Decode(bytes)); return; }
    if (isFd(path)) { sync('write', [path, bytes, -1]); return; }
    const p = toPath(path);
    sync('writeFile', [abs(p), bytes, flagString(options.flag, 'w'), modeNum(options.mode, 0o666)], p);
  };
  fs.appendFileSync = function appendFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    fs.writeFileSync(path, data, Object.assign({}, options, { flag: options.flag || 'a' }));
  };
  fs.openSync = function openSync(path, flags, mode) {
    const p = toPath(path);
    return sync('open', [abs(p), flagString(flags, 'r'), modeNum(mode, 0o666)], p);
  };
  fs.closeSync = function closeSync(fd) { validateFd(fd); sync('close', [fd]); };
  function validateFd(fd) { validateInt32(fd, 'fd', 0); }
  function readArgs(buffer, offsetOrOptions, length, position) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset === undefined) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    if (position === undefined || position === null || typeof position === 'bigint' && position < 0n) position = -1;
    validateInt32(offset, 'offset', 0);
    if (length > buffer.byteLength - offset) throw errors.outOfRange('length', `<= ${buffer.byteLength - offset}`, length);
    return [offset, length, Number(position)];
  }
  fs.readSync = function readSync(fd, buffer, offsetOrOptions, length, position) {
    validateFd(fd);
    if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', 'Buffer, TypedArray, or DataView', buffer);
    const [offset, len, pos] = readArgs(buffer, offsetOrOptions, length, position);
    const bytes = fd === 0 ? readStdin(false, len, pos) : sync('read', [fd, len, pos]);
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
    return bytes.length;
  };
  function writeArgs(buffer, offsetOrOptions, length, position) {
    if (typeof buffer === 'string') {
      const enc = typeof length === 'string' ? length : 'utf8';
      const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
      return [internal.Buffer.from(buffer, enc), pos];
    }
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset === undefined || offset === null) offset = 0;
    if (length === undefined || length === null) length = buffer.byteLength - offset;
    const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
    return [new Uint8Array(view), position === undefined || position === null ? -1 : position];
  }
  fs.writeSync = function writeSync(fd, buffer, offsetOrOptions, length, position) {
    validateFd(fd);
    const [bytes, pos] = writeArgs(buffer, offsetOrOptions, length, position);
    // fds 1 and 2 are the process's stdout and stderr (node writes to them synchronously too).
    if (fd === 1 || fd === 2) { host.write(fd, host.utf8Decode(bytes)); return bytes.length; }
    return sync('write', [fd, bytes, pos]);
  };
  fs.fstatSync = function fstatSync(fd, options) { validateFd(fd); return makeStats(sync('fstat', [fd]), options); };
  fs.statSync = function statSync(path, options) {
    const p = toPath(path);
    const r = host.fsSync('stat', [abs(p)]);
    if (r[0] === 'ENOENT' && options && options.throwIfNoEntry === false) return undefined;
    return makeStats(check(r, 'stat', p, undefined, true), options);
  };
  fs.lstatSync = function lstatSync(path, options) {
    const p = toPath(path);
    const r = host.fsSync('lstat', [abs(p)]);
    if (r[0] === 'ENOENT' && options && options.throwIfNoEntry === false) return undefined;
    return makeStats(check(r, 'lstat', p, undefined, true), options);
  };
  fs.mkdirSync = function mkdirSync(path, options) {
    const o = typeof options === 'number' || typeof options === 'string' ? { mode: options } : (options || {});
    if (o.recursive !== undefined) validateBool(o.recursive, 'options.recursive');
    const p = toPath(path);
    const first = sync('mkdir', [abs(p), !!o.recursive, modeNum(o.mode, 0o777)], p);
    return o.recursive ? firstAsGiven(p, first) : undefined;
  };
  // node returns the first directory created spelled like the caller's path (relative stays relative).
  function firstAsGiven(p, first) {
    if (first === undefined) return undefined;
    let drop = components(abs(p)) - components(first);
    let out = p.replace(/\/+$/, '');
    while (drop-- > 0) out = out.slice(0, Math.max(0, out.lastIndexOf('/'))) || '/';
    return out;
  }
  fs.readdirSync = function readdirSync(path, options) {
    options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
    const p = toPath(path);
    const list = sync('readdir', [abs(p)], p);
    if (options.recursive) return readdirRecursive(p, options);
    return makeEntries(list, options, p);
  };
  const kindOf = (p) => { const r = host.fsSync('stat', [p]); return r[0] === null ? r[1][14] : null; };
  function readdirRecursive(p, options) {
    const out = [];
    const pending = [''];
    const stack = !!options[kStackOrder];
    while (pending.length) {
      const rel = stack ? pending.pop() : pending.shift();
      const dir = rel === '' ? p : p + '/' + rel;
      const found = [];
      for (const [name, k] of sync('readdir', [abs(dir)], dir)) {
        const relName = rel === '' ? name : rel + '/' + name;
        out.push(options.withFileTypes ? new Dirent(name, TYPE[k], dir) : encodeName(relName, options.encoding));
        // As node's: names are followed through symlinks to directories (its internalModuleStat); Dirents
        // are not (isDirectory() is the link's). A link cycle stops at a depth no real tree reaches.
        const viaLink = k === 'l' && !options.withFileTypes && relName.split('/').length < 40 &&
          kindOf(abs(dir + '/' + name)) === 'd';
        if (k === 'd' || viaLink) found.push(relName);
      }
      pending.push(...found);
    }
    return out;
  }
  fs.renameSync = function renameSync(from, to) {
    const a = toPath(from, 'oldPath');
    const b = toPath(to, 'newPath');
    sync('rename', [abs(a), abs(b)], a, b);
  };
  fs.unlinkSync = function unlinkSync(path) { const p = toPath(path); sync('unlink', [abs(p)], p); };
  let warnedRecursiveRmdir = false;
  function warnRecursiveRmdir() {
    if (warnedRecursiveRmdir) return;
    warnedRecursiveRmdir = true;
    internal.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  fs.rmdirSync = function rmdirSync(path, options) {
    const p = toPath(path);
    if (options && options.recursive) {
      warnRecursiveRmdir();
      // node lstat()s the path first (validateRmOptionsSync): a missing one fails there.
      try {
        sync('rm', [abs(p), true, false], p);
      } catch (e) {
        if (!e || e.code !== 'ENOENT') throw e;
        throw errors.validator(errors.nodeFrames(relabel(e, 'rm', 'lstat'), 'Object.rmdirSync (node:fs:1205:15)'));
      }
      return;
    }
    sync('rmdir', [abs(p)], p);
  };
  // node's SystemError (lib/internal/errors.js): `SystemError [CODE]: prefix: syscall returned CODE (message)
  // path`, with `info` and errno/syscall/path as accessors over it.
  function systemError(code, prefix, info) {
    const err = new Error(`${prefix}: ${info.syscall} returned ${info.code} (${info.message}) ${info.path}`);
    Object.defineProperty(err, 'name', { value: `SystemError [${code}]`, configurable: true, writable: true, enumerable: false });
    void err.stack;
    Object.defineProperty(err, 'name', { value: 'SystemError', configurable: true, writable: true, enumerable: false });
    err.code = code;
    err.info = info;
    for (const k of ['errno', 'syscall', 'path']) {
      Object.defineProperty(err, k, { get() { return info[k]; }, set(v) { info[k] = v; }, enumerable: true, configurable: true });
    }
    // SystemError inspects itself with getters shown (`errno: [Getter/Setter: 21]`); not when uncaught.
    Object.defineProperty(err, Symbol.for('nodejs.util.inspect.custom'), {
      value(depth, ctx, inspect) { return inspect(this, Object.assign({}, ctx, { getters: true, customInspect: false })); },
      writable: true, configurable: true, enumerable: false,
    });
    return err;
  }
  function rmChecks(p, options) {
    const st = host.fsSync('lstat', [abs(p)]);
    if (st[0] !== null) {
      if (st[0] === 'ENOENT' && options.force) return false;
      check(st, 'lstat', p, undefined, true);
    }
    if (st[1][14] === 'd' && !options.recursive) {
      throw systemError('ERR_FS_EISDIR', 'Path is a directory', { code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 });
    }
    return true;
  }
  fs.rmSync = function rmSync(path, options) {
    const p = toPath(path);
    const o = options || {};
    for (const k of ['recursive', 'force']) if (o[k] !== undefined) validateBool(o[k], `options.${k}`);
    if (!rmChecks(p, o)) return;
    sync('rm', [abs(p), !!o.recursive, !!o.force], p);
  };
  fs.copyFileSync = function copyFileSync(src, dest, mode) {
    const a = toPath(src, 'src');
    const b = toPath(dest, 'dest');
    sync('copyFile', [abs(a), abs(b), !!((mode || 0) & constants.COPYFILE_EXCL)], a, b);
  };
  fs.symlinkSync = function symlinkSync(target, path) {
    const t = toPath(target, 'target');
    const p = toPath(path);
    sync('symlink', [t, abs(p)], t, p);
  };
  fs.readlinkSync = function readlinkSync(path) { const p = toPath(path, 'oldPath'); return sync('readlink', [abs(p)], p); };
  // node's JS realpath: lstat each prefix, resolve symlinks (stat first, so a dangling link says `stat`).
  function realpathWalk(p) {
    let full = normalize(abs(p));
    const known = new Set();
    let hops = 0;
    for (let pos = 1; pos < full.length;) {
      const next = full.indexOf('/', pos);
      const end = next === -1 ? full.length : next;
      const base = full.slice(0, end);
      pos = end + 1;
      if (known.has(base)) continue;
      const st = host.fsSync('lstat', [base]);
      if (st[0] !== null) throw uvException(st[0], st[1], 'lstat', base, undefined, true);
      if (st[1][14] !== 'l') { known.add(base); continue; }
      const real = host.fsSync('stat', [base]);
      if (real[0] !== null) throw uvException(real[0], real[1], 'stat', base, undefined, true);
      if (++hops > 40) throw uvException('ELOOP', -40, 'stat', base, undefined, true);
      const target = host.fsSync('readlink', [base])[1];
      const dir = base.slice(0, base.lastIndexOf('/')) || '/';
      full = normalize((target.startsWith('/') ? target : dir + '/' + target) + '/' + full.slice(end));
      pos = 1;
      known.clear();
    }
    return full;
  }
  fs.realpathSync = function realpathSync(path) { return realpathWalk(toPath(path)); };
  fs.realpathSync.native = function realpathSyncNative(path) {
    const p = toPath(path);
    const r = host.fsSync('realpath', [abs(p)]);
    if (r[0] !== null) throw uvException(r[0], r[1], 'realpath', p, undefined, true);
    return r[1];
  };
  let warnedTruncateFd = false;
  function warnTruncateFd() {
    if (warnedTruncateFd) return;
    warnedTruncateFd = true;
    internal.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate with a file ' +
      'descriptor instead.', 'DeprecationWarning', 'DEP0081');
  }
  fs.truncateSync = function truncateSync(path, len = 0) {
    if (isFd(path)) { warnTruncateFd(); sync('ftruncate', [path, len]); return; }
    const p = toPath(path);
    sync('truncate', [abs(p), len], p);
  };
  fs.ftruncateSync = function ftruncateSync(fd, len = 0) { validateFd(fd); sync('ftruncate', [fd, len]); };
  fs.accessSync = function accessSync(path, mode) { const p = toPath(path); sync('access', [abs(p), mode | 0], p); };
  fs.chmodSync = function chmodSync(path, mode) { const p = toPath(path); sync('chmod', [abs(p), modeNum(mode)], p); };
  fs.fchmodSync = function fchmodSync(fd, mode) { validateFd(fd); sync('fchmod', [fd, modeNum(mode)]); };
  fs.lchmodSync = undefined;
  // Ownership is not modelled: chown checks the path exists (as `chown`), and changes nothing.
  fs.chownSync = function chownSync(path) {
    const p = toPath(path);
    try { sync('stat', [abs(p)], p); } catch (e) { throw relabel(e, 'stat', 'chown'); }
  };
  fs.lchownSync = function lchownSync(path) {
    const p = toPath(path);
    try { sync('lstat', [abs(p)], p); } catch (e) { throw relabel(e, 'lstat', 'lchown'); }
  };
  fs.fchownSync = function fchownSync(fd) {
    validateFd(fd);
    try { sync('fstat', [fd]); } catch (e) { throw relabel(e, 'fstat', 'fchown'); }
  };
  fs.fsyncSync = function fsyncSync(fd) { validateFd(fd); sync('fsync', [fd]); };
  fs.fdatasyncSync = function fdatasyncSync(fd) {
    validateFd(fd);
    try { sync('fsync', [fd]); } catch (e) { throw relabel(e, 'fsync', 'fdatasync'); }
  };
  function toMs(t) { return typeof t === 'number' ? t * 1000 : t instanceof Date ? t.getTime() : Number(t) * 1000; }
  fs.futimesSync = function futimesSync(fd, atime, mtime) { validateFd(fd); sync('futimes', [fd, toMs(atime), toMs(mtime)]); };
  fs.lutimesSync = function lutimesSync(path, atime, mtime) {
    try { fs.utimesSync(path, atime, mtime); } catch (e) { throw relabel(e, 'utime', 'lutime'); }
  };
  fs.utimesSync = function utimesSync(path, atime, mtime) {
    const p = toPath(path);
    sync('utimes', [abs(p), toMs(atime), toMs(mtime)], p);
  };
  function tempName(prefix) {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let s = prefix;
    for (let i = 0; i < 6; i++) s += chars[Math.floor(host.random() * chars.length)];
    return s;
  }
  // An error of syscall `from` reported as `to` (libuv's name for the call the user made).
  function relabel(err, from, to) {
    if (err && err.syscall === from) {
      err.syscall = to;
      const re = new RegExp(`, ${from}( |$)`, 'm');
      err.message = err.message.replace(re, `, ${to}$1`);
      const st = Object.getOwnPropertyDescriptor(err, 'stack');
      if (st && typeof st.value === 'string') err.stack = st.value.replace(re, `, ${to}$1`);
    }
    return err;
  }
  // mkdtemp is a mkdir of a random name; its errors name the mkdtemp syscall and the template
  // (`mkdtemp '/tmp/xXXXXXX'`), as libuv's do.
  const asMkdtemp = (err, name) => {
    relabel(err, 'mkdir', 'mkdtemp');
    if (err && err.syscall === 'mkdtemp' && typeof name === 'string') {
      const shown = name.slice(0, -6) + 'XXXXXX';
      err.message = err.message.replace(`'${name}'`, `'${shown}'`);
      const st = Object.getOwnPropertyDescriptor(err, 'stack');
      if (st && typeof st.value === 'string') err.stack = st.value.replace(`'${name}'`, `'${shown}'`);
      if (err.path === name) err.path = shown;
    }
    return err;
  };
  fs.mkdtempSync = function mkdtempSync(prefix, options) {
    const name = tempName(toPath(prefix, 'prefix'));
    try { sync('mkdir', [abs(name), false, 0o700], name); } catch (e) { throw asMkdtemp(e, name); }
    return encodeName(name, getOptions(options, {}).encoding);
  };

  internal.fsShared = {
    readStdin, encodeName,
    abs, constants, decode, encode, errors, firstAsGiven, flagString, fs, getOptions, host, isFd, kStackOrder,
    makeEntries, makeStats, maybeCallback, modeNum, readArgs, readdirRecursive, realpathWalk, relabel, rmChecks,
    poolTick, runAsync, sync, tempName, toMs, toPath, uvException, validateFd, warnRecursiveRmdir, warnTruncateFd, writeArgs,
    Stats, asMkdtemp, systemError, validateBool,
  };
  internal.modules.fs = fs;
})
