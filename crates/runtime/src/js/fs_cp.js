//! fs.cp, fs.cpSync and fs.promises.cp: node 20's copy algorithm (lib/internal/fs/cp), its options, and its
//! SystemErrors (ERR_FS_CP_EINVAL, ERR_FS_CP_EEXIST ...). One generator walks the tree and yields each filter
//! result: the sync form rejects a promise there, the async forms await it. The async forms do their work after
//! one thread-pool round trip, all at once.
(function (internal) {
  'use strict';
  const { errors, fs, poolTick, systemError, toPath } = internal.fsShared;
  const path = internal.modules.path;

  const DEFAULTS = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false,
  };
  function validateOptions(options) {
    if (options === undefined) return Object.assign({}, DEFAULTS);
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw errors.invalidArgType('options', 'object', options);
    }
    const o = Object.assign({}, DEFAULTS, options);
    for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
      if (typeof o[k] !== 'boolean') throw errors.invalidArgType(`options.${k}`, 'boolean', o[k]);
    }
    if (o.dereference && o.verbatimSymlinks) {
      const e = new TypeError('Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
      throw errors.withCode(e, 'ERR_INCOMPATIBLE_OPTION_PAIR');
    }
    if (o.filter !== undefined && typeof o.filter !== 'function') throw errors.invalidArgType('options.filter', 'function', o.filter);
    return o;
  }

  const PREFIX = {
    ERR_FS_CP_EINVAL: 'Invalid src or dest',
    ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
    ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
    ERR_FS_CP_EEXIST: 'Target already exists',
    ERR_FS_EISDIR: 'Path is a directory',
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  };
  const ERRNO = { EINVAL: 22, EISDIR: 21, ENOTDIR: 20, EEXIST: 17 };
  function cpError(code, errCode, message, where) {
    // node 20.20's C++ check reports a directory copied without `recursive` with EINVAL's errno.
    const errno = code === 'ERR_FS_EISDIR' ? ERRNO.EINVAL : ERRNO[errCode];
    return systemError(code, PREFIX[code], { message, path: where, syscall: 'cp', errno, code: errCode });
  }
  const statOf = (p, opts, throwIfNoEntry = true) => (opts.dereference ? fs.statSync : fs.lstatSync)(p, { throwIfNoEntry });
  const identical = (a, b) => a.ino === b.ino && a.dev === b.dev;
  function isSubdir(src, dest) {
    const s = path.resolve(src).split('/').filter(Boolean);
    const d = path.resolve(dest).split('/').filter(Boolean);
    return s.every((part, i) => d[i] === part);
  }
  function checkPaths(src, dest, opts) {
    const srcStat = statOf(src, opts);
    const destStat = statOf(dest, opts, false);
    if (destStat) {
      if (identical(srcStat, destStat)) throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 'src and dest cannot be the same', dest);
      if (srcStat.isDirectory() && !destStat.isDirectory()) {
        throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
      }
      if (!srcStat.isDirectory() && destStat.isDirectory()) {
        throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
      }
    }
    if (srcStat.isDirectory() && isSubdir(src, dest)) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    return { srcStat, destStat };
  }
  function checkParents(src, srcStat, dest) {
    const destParent = path.resolve(path.dirname(dest));
    if (destParent === path.resolve(path.dirname(src)) || destParent === '/') return;
    const st = fs.statSync(destParent, { throwIfNoEntry: false });
    if (st === undefined) return;
    if (identical(srcStat, st)) throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    checkParents(src, srcStat, destParent);
  }

  // The walk; yields each filter call's result and takes back what it settled to.
  function* copyTree(src, dest, opts) {
    const { srcStat, destStat } = checkPaths(src, dest, opts);
    checkParents(src, srcStat, dest);
    if (opts.filter && !(yield opts.filter(src, dest))) return;
    const parent = path.dirname(dest);
    if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
    yield* copyEntry(destStat, src, dest, opts);
  }
  function* copyEntry(destStat, src, dest, opts) {
    const srcStat = statOf(src, opts);
    if (srcStat.isDirectory()) {
      if (!opts.recursive) {
        throw cpError('ERR_FS_EISDIR', 'EISDIR', `${src} is a directory (not copied)`, src);
      }
      if (!destStat) fs.mkdirSync(dest);
      for (const name of fs.readdirSync(src)) {
        const from = path.join(src, name);
        const to = path.join(dest, name);
        const checked = checkPaths(from, to, opts);
        if (opts.filter && !(yield opts.filter(from, to))) continue;
        yield* copyEntry(checked.destStat, from, to, opts);
      }
      if (!destStat) fs.chmodSync(dest, srcStat.mode);
    } else if (srcStat.isSymbolicLink()) {
      let target = fs.readlinkSync(src);
      if (!opts.verbatimSymlinks && !path.isAbsolute(target)) target = path.resolve(path.dirname(src), target);
      if (destStat) fs.unlinkSync(dest);
      fs.symlinkSync(target, dest);
    } else if (destStat) {
      if (opts.force) {
        fs.unlinkSync(dest);
        copyFile(srcStat, src, dest, opts);
      } else if (opts.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', `${dest} already exists`, dest);
      }
    } else {
      copyFile(srcStat, src, dest, opts);
    }
  }
  function copyFile(srcStat, src, dest, opts) {
    fs.copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
    fs.chmodSync(dest, srcStat.mode);
  }
  const isPromise = (v) => v !== null && typeof v === 'object' && typeof v.then === 'function';

  fs.cpSync = function cpSync(src, dest, options) {
    const opts = validateOptions(options);
    const walk = copyTree(toPath(src, 'src'), toPath(dest, 'dest'), opts);
    for (let step = walk.next(); !step.done; step = walk.next(step.value)) {
      if (isPromise(step.value)) {
        const e = new TypeError('Expected boolean to be returned from the "filter" function but got an instance of Promise.');
        throw errors.withCode(e, 'ERR_INVALID_RETURN_VALUE');
      }
    }
  };
  async function cpAsync(src, dest, opts) {
    await new Promise(poolTick);
    const walk = copyTree(src, dest, opts);
    for (let step = walk.next(); !step.done; step = walk.next(await step.value));
  }
  fs.cp = function cp(src, dest, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (typeof callback !== 'function') throw errors.invalidArgType('cb', 'function', callback);
    const opts = validateOptions(options);
    cpAsync(toPath(src, 'src'), toPath(dest, 'dest'), opts).then(() => callback(null), callback);
  };
  fs.promises.cp = async function cp(src, dest, options) {
    const opts = validateOptions(options);
    return cpAsync(toPath(src, 'src'), toPath(dest, 'dest'), opts);
  };
})
