//! node's frames and header for an fs sync call whose arguments fail node's checks (`Object.readFileSync
//! (node:fs:446:42)`, a validator's or lib/internal/fs/utils' throw line), named after the call's receiver.
(function (internal) {
  'use strict';
  const { fs, errors } = internal.fsShared;
  // ---- node's frames for a failed argument check in a sync call ----
  // By function, then by the argument the error names: node's own frames, innermost first, ending with the
  // API's `line:col` in lib/fs.js, named after the call's receiver (`Object.readFileSync`, bare when destructured).
  const OPEN = 'Object.openSync (node:fs:571:10)';
  const utf8 = (o) => /^utf-?8$/i.test(typeof o === 'string' ? o : o && o.encoding);
  const opts = (at) => ({ options: ['getOptions (node:internal/fs/utils:331:11)', at],
    encoding: ['assertEncoding (node:internal/fs/utils:158:11)', 'getOptions (node:internal/fs/utils:335:5)', at] });
  const flags = (at) => ['stringToFlags (node:internal/fs/utils:597:9)', 'Object.openSync (node:fs:575:5)', at];
  const CHECKS = {
    readFileSync: { path: (a) => (utf8(a[1]) ? ['446:42'] : [OPEN, '452:35']), flags: flags('452:35'), ...opts('442:13') },
    writeFileSync: { path: (a) => (typeof a[1] === 'string' && (a[2] == null || utf8(a[2])) ? ['2377:42'] : [OPEN, '2393:35']),
      data: ['2388:5'], flags: flags('2393:35'), ...opts('2361:13') },
    appendFileSync: { path: ['2461:6'], data: ['2461:6'], flags: ['2461:6'] },
    openSync: { path: ['571:10'], flags: ['stringToFlags (node:internal/fs/utils:597:9)', '575:5'] },
    mkdirSync: { path: ['1383:10'], 'options.recursive': ['1384:3'] }, readdirSync: { path: ['1512:10'], ...opts('1511:13') },
    rmSync: { path: ['1259:10'], 'options.recursive': ['1260:13'], 'options.force': ['1260:13'] },
    renameSync: { oldPath: ['1030:13'], newPath: ['1031:13'] }, copyFileSync: { src: ['3044:9'], dest: ['3045:10'] },
    symlinkSync: { target: ['1819:12'], path: ['1820:10'] }, readSync: { fd: ['709:8'], buffer: ['711:3'] },
    writeSync: { fd: ['899:8'] }, readlinkSync: { oldPath: ['1728:10'] }, mkdtempSync: { prefix: ['3003:12'] },
    linkSync: { existingPath: ['1859:18'], newPath: ['1860:13'] },
  };
  // The callback API (wrapped once fs_callback.js has defined it).
  const open = ['Object.open (node:fs:540:10)'];
  Object.assign(CHECKS, {
    readFile: { path: ['385:10'], flags: ['stringToFlags (node:internal/fs/utils:597:9)', '384:23'], ...opts('366:13') },
    writeFile: { path: [...open, '2337:6'], data: ['2323:5'], cb: ['2310:3'] },
    appendFile: { path: [...open, 'Object.writeFile (node:fs:2337:6)', '2437:6'], cb: ['2427:3'] },
    mkdir: { path: ['1353:10'], 'options.recursive': ['1355:3'] }, rm: { path: ['1235:10'], 'options.recursive': ['1237:3'] },
    truncate: { path: [...open, '1060:6'] },
    open: { path: ['540:10'], flags: ['stringToFlags (node:internal/fs/utils:597:9)', '551:23'] },
    readdir: { path: ['1474:10'], ...opts('1473:13') },
    copyFile: { src: ['3023:9'], dest: ['3024:10'] },
    rename: { oldPath: ['1012:13'], newPath: ['1013:13'], cb: ['makeCallback (node:fs:185:3)', '1011:14'] },
    symlink: { target: ['1755:12'], path: ['1756:10'] }, mkdtemp: { prefix: ['2986:12'] }, readlink: { oldPath: ['1713:10'] },
    link: { existingPath: ['1840:18'], newPath: ['1841:13'] },
    chown: { cb: ['makeCallback (node:fs:185:3)', '2090:14'], uid: ['2092:3'] },
    lutimes: { cb: ['makeCallback (node:fs:185:3)', '2212:14'] },
  });
  for (const [name, at] of [['stat', '1598:10'], ['lstat', '1570:10'], ['unlink', '1876:10'],
    ['rmdir', '1160:38'], ['access', '227:10'], ['chmod', '1980:10']]) CHECKS[name] = { path: [at] };
  CHECKS.utimes = { path: ['2130:10'], cb: ['makeCallback (node:fs:185:3)', '2129:14'] };
  for (const [name, at] of [['statSync', '1680:10'], ['lstatSync', '1651:10'], ['unlinkSync', '1888:38'], ['accessSync', '243:10'],
    ['rmdirSync', '1201:10'], ['utimesSync', '2149:10'], ['chmodSync', '1996:10']]) CHECKS[name] = { path: [at] };
  // fd checks node's C++ binding makes (the code not in the error's header): [line, column, source line].
  const BINDING = { closeSync: [525, 11, '  binding.close(fd);'], fsyncSync: [1326, 11, '  binding.fsync(fd);'],
    fstatSync: [1633, 25, '  const stats = binding.fstat(fd, options.bigint, undefined, false);'], fdatasyncSync: [1296, 11, '  binding.fdatasync(fd);'],
    ftruncateSync: [1126, 11, '  binding.ftruncate(fd, len);'], fchmodSync: [1923, 11, '  binding.fchmod('],
    fchownSync: [2077, 11, '  binding.fchown(fd, uid, gid);'], futimesSync: [2195, 11, '  binding.futimes('] };
  // node's header for a throw of its own in lib/internal/fs/utils.js, by argument; others are a validator's.
  const UTILS_ARROWS = { encoding: [158, "    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);"],
    options: [331, "    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);"],
    flags: [597, "  throw new ERR_INVALID_ARG_VALUE('flags', flags);"] };
  const arrowAt = (file, line, src, col) => `${file}:${line}\n${src}\n${' '.repeat(col === undefined ? src.search(/\S/) : col - 1)}^\n`;
  const RE_ARG = /^The (?:"([^"]+)" (?:argument|property)|argument '([^']+)'|value of "([^"]+)")/;
  const CHECK_CODES = ['ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'ERR_OUT_OF_RANGE'];
  function checkFailed(err, name, self, args) {
    const m = RE_ARG.exec(err.message);
    const arg = m && (m[1] || m[2] || m[3]);
    const recv = internal.errors.moduleReceiver(self);
    if (BINDING[name] && arg === 'fd') {
      const [line, col, src] = BINDING[name];
      const plain = Object.assign(new (err instanceof RangeError ? RangeError : TypeError)(err.message), { code: err.code });
      return errors.nodeFramesBelow(plain, arrowAt('node:fs', line, src, col), [`${recv}${name} (node:fs:${line}:${col})`]);
    }
    let frames = CHECKS[name] && CHECKS[name][arg];
    if (typeof frames === 'function') frames = frames(args);
    if (!frames) return err;
    const own = `${recv}${name} (node:fs:${frames[frames.length - 1]})`;
    const utils = UTILS_ARROWS[arg];
    return errors.nodeFramesBelow(err, utils && arrowAt('node:internal/fs/utils', ...utils), [...frames.slice(0, -1), own]);
  }
  const wrapped = new Set();
  // Wraps the functions of `fs` named in CHECKS or BINDING that exist now and are not wrapped yet.
  internal.fsShared.wrapChecked = () => {
    for (const name of new Set([...Object.keys(CHECKS), ...Object.keys(BINDING)])) {
      if (typeof fs[name] !== 'function' || wrapped.has(name)) continue;
      wrapped.add(name);
      wrap(name);
    }
  };
  internal.fsShared.wrapChecked();
  function wrap(name) {
    const inner = fs[name];
    fs[name] = { [name](...args) {
      try {
        return inner.apply(this, args);
      } catch (err) {
        if (err === null || typeof err !== 'object' || !CHECK_CODES.includes(err.code) || typeof err.errno === 'number') throw err;
        throw checkFailed(err, name, this, args);
      }
    } }[name];
    Object.defineProperty(fs[name], 'length', { value: inner.length });
    Object.assign(fs[name], inner);
  }
})
