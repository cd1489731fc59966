//! node:fs's remaining calls (hard links, the callback and promise forms of chown/lchown/fchown/lutimes,
//! statfs, openAsBlob, _toUnixTimestamp) and node 20's key order for `fs` and `fs/promises` (what
//! `Object.keys(fs)` and `console.log(fs)` show). Loaded after fs_dir.js, the last of the fs files.
(function (internal) {
  'use strict';
  const { abs, fs, getOptions, relabel, runAsync, sync, toMs, toPath, validateFd, maybeCallback } = internal.fsShared;
  const promises = fs.promises;

  // ---- hard links (the VFS gives a file a second name; `nlink` counts them) ----
  fs.linkSync = function linkSync(existingPath, newPath) {
    const a = toPath(existingPath, 'existingPath');
    const b = toPath(newPath, 'newPath');
    sync('link', [abs(a), abs(b)], a, b);
  };
  fs.link = function link(existingPath, newPath, callback) {
    const cb = maybeCallback(callback);
    const a = toPath(existingPath, 'existingPath');
    const b = toPath(newPath, 'newPath');
    runAsync('link', [abs(a), abs(b)], a, b, (err) => internal.fsCallback('done', cb)(err || null));
  };

  // ---- ownership (not modelled: the path must exist) and lutimes, in their callback forms ----
  const validateId = (v, name) => {
    if (typeof v !== 'number') throw internal.errors.invalidArgType(name, 'number', v);
    if (!Number.isInteger(v) || v < -1 || v > 4294967295) {
      throw internal.errors.outOfRange(name, Number.isInteger(v) ? '>= -1 && <= 4294967295' : 'an integer', v);
    }
  };
  // `probe` is the op that finds the file ('stat', 'lstat', 'fstat', 'utimes'); its errors name `syscall`.
  function owned(name, probe, syscall, argsOf) {
    fs[name] = { [name](...args) {
      const cb = maybeCallback(args[3]);
      const [opArgs, p] = argsOf(args[0], args[1], args[2]);
      runAsync(probe, opArgs, p, undefined, (err) => internal.fsCallback('done', cb)(err ? relabel(err, probe === 'utimes' ? 'utime' : probe, syscall) : null));
    } }[name];
  }
  owned('chown', 'stat', 'chown', (path, uid, gid) => { const p = toPath(path); validateId(uid, 'uid'); validateId(gid, 'gid'); return [[abs(p)], p]; });
  owned('lchown', 'lstat', 'lchown', (path, uid, gid) => { const p = toPath(path); validateId(uid, 'uid'); validateId(gid, 'gid'); return [[abs(p)], p]; });
  owned('fchown', 'fstat', 'fchown', (fd, uid, gid) => { validateFd(fd); validateId(uid, 'uid'); validateId(gid, 'gid'); return [[fd]]; });
  owned('lutimes', 'utimes', 'lutime', (path, a, m) => { const p = toPath(path); return [[abs(p), toMs(a), toMs(m)], p]; });

  // ---- statfs: the virtual disk, as an ext4 file system of 4 KiB blocks ----
  class StatFs {
    constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
      Object.assign(this, { type, bsize, blocks, bfree, bavail, files, ffree });
    }
  }
  function statfsOf(options) {
    const [used, limit] = internal.host.vfsUsage();
    const blocks = Math.floor(limit / 4096);
    const free = Math.max(0, blocks - Math.ceil(used / 4096));
    const v = [0xef53, 4096, blocks, free, free, 16777216, 16777216 - 1024];
    return new StatFs(...(options && options.bigint ? v.map(BigInt) : v));
  }
  fs.statfsSync = function statfsSync(path, options = { bigint: false }) {
    const p = toPath(path);
    try { sync('stat', [abs(p)], p); } catch (e) { throw relabel(e, 'stat', 'statfs'); }
    return statfsOf(options);
  };
  fs.statfs = function statfs(path, options = { bigint: false }, callback) {
    if (typeof options === 'function') { callback = options; options = { bigint: false }; }
    const cb = maybeCallback(callback);
    const p = toPath(path);
    runAsync('stat', [abs(p)], p, undefined, (err) => internal.fsCallback('done', cb)(...(err ? [relabel(err, 'stat', 'statfs')] : [null, statfsOf(options)])));
  };

  // ---- openAsBlob and node's timestamp helper ----
  fs.openAsBlob = function openAsBlob(path, options = {}) {
    const p = toPath(path);
    const type = getOptions(options, {}).type || '';
    const bytes = fs.readFileSync(p);
    const { Blob } = internal.modules.buffer;
    return Promise.resolve(new Blob([bytes], { type }));
  };
  fs._toUnixTimestamp = function toUnixTimestamp(time) {
    if (typeof time === 'string' && +time == time) return +time;
    if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
    if (time instanceof Date) return time.getTime() / 1000;
    throw internal.errors.invalidArgType('time', ['Date', 'Time in seconds'], time);
  };

  // ---- fs.promises ----
  for (const [name, fn] of [['link', fs.link], ['chown', fs.chown], ['lchown', fs.lchown], ['lutimes', fs.lutimes], ['statfs', fs.statfs]]) {
    promises[name] = internal.fsPromiseMethod(name, (...args) => internal.fsPromiseCall(name, fn, ...args));
  }
  promises.lchmod = { async lchmod() { return Promise.reject(internal.errors.withCode(new Error('The lchmod() method is not implemented'), 'ERR_METHOD_NOT_IMPLEMENTED')); } }.lchmod;
  internal.fsShared.wrapChecked();

  // ---- node 20's key order (its lib/fs.js and lib/internal/fs/promises.js exports) ----
  const FS_KEYS = ('appendFile appendFileSync access accessSync chown chownSync chmod chmodSync close closeSync copyFile copyFileSync ' +
    'cp cpSync createReadStream createWriteStream exists existsSync fchown fchownSync fchmod fchmodSync fdatasync fdatasyncSync ' +
    'fstat fstatSync fsync fsyncSync ftruncate ftruncateSync futimes futimesSync lchown lchownSync lchmod lchmodSync link linkSync ' +
    'lstat lstatSync lutimes lutimesSync mkdir mkdirSync mkdtemp mkdtempSync open openSync openAsBlob readdir readdirSync read ' +
    'readSync readv readvSync readFile readFileSync readlink readlinkSync realpath realpathSync rename renameSync rm rmSync rmdir ' +
    'rmdirSync stat statfs statSync statfsSync symlink symlinkSync truncate truncateSync unwatchFile unlink unlinkSync utimes ' +
    'utimesSync watch watchFile writeFile writeFileSync write writeSync writev writevSync Dirent Stats ReadStream WriteStream ' +
    'FileReadStream FileWriteStream _toUnixTimestamp Dir opendir opendirSync F_OK R_OK W_OK X_OK constants promises').split(' ');
  const PROMISES_KEYS = ('access copyFile cp open opendir rename truncate rm rmdir mkdir readdir readlink symlink lstat stat statfs ' +
    'link unlink chmod lchmod lchown chown utimes lutimes realpath mkdtemp writeFile appendFile readFile watch constants').split(' ');
  // Re-adds the listed own properties in that order (others keep their place after them). Plain loops, no
  // callbacks: in a traced run each runtime function call is a span, and this runs at every start.
  function reorder(obj, keys) {
    const listed = new Set(keys);
    const order = [];
    for (const k of keys) if (Object.prototype.hasOwnProperty.call(obj, k)) order.push(k);
    for (const k of Reflect.ownKeys(obj)) if (!listed.has(k)) order.push(k);
    // (One call for all descriptors: Object.getOwnPropertyDescriptor is a runtime function, a span each.)
    const all = Object.getOwnPropertyDescriptors(obj);
    for (const k of order) {
      if (!all[k].configurable) continue;
      delete obj[k];
      Object.defineProperty(obj, k, all[k]);
    }
  }
  if (!Object.prototype.hasOwnProperty.call(fs, 'lchmod')) fs.lchmod = undefined;
  reorder(fs, FS_KEYS);
  reorder(promises, PROMISES_KEYS);
})
