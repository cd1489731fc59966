//! node:fs's callback API (and fs.watch stubs, the fs stream getters) over the helpers fs.js shares: each call is
//! a thread-pool request (readFile/writeFile as open → fstat/write → read → close, as node does).
(function (internal) {
  'use strict';
  const { encodeName, readStdin, abs, decode, encode, errors, firstAsGiven, flagString, fs, getOptions, host, isFd, makeEntries, makeStats,
    maybeCallback, modeNum, poolTick, readArgs, readdirRecursive, realpathWalk, rmChecks, runAsync, tempName, toMs, toPath,
    uvException, validateBool, validateFd, warnRecursiveRmdir, warnTruncateFd, writeArgs, Stats, asMkdtemp } = internal.fsShared;
  // ---- callback API ----
  // `frames`: which of node's request frames the callback shows (frames.js fsCallback).
  // `at`: where the callback must be, for a function with no optional argument before it (node checks it
  // there first); otherwise it is the last argument, if a function.
  function cbify(name, run, frames = 'done', at = -1) {
    fs[name] = function (...args) {
      const user = maybeCallback(at >= 0 ? args[at] : typeof args[args.length - 1] === 'function' ? args.pop() : undefined);
      if (at >= 0) args.length = at;
      run(args, internal.fsCallback(typeof frames === 'function' ? (r) => frames(r, args) : frames, user));
    };
    Object.defineProperty(fs[name], 'name', { value: name });
  }
  function viaAsync(op, argsOf, after) {
    return (args, cb) => {
      let spec;
      try { spec = argsOf(...args); } catch (e) { throw e; }
      const [opArgs, path, dest] = spec;
      runAsync(op, opArgs, path, dest, (err, v) => (err ? cb(err) : (after ? after(v, cb, args) : cb(null))));
    };
  }
  const statFrames = (r) => (r[0] ? 'statErr' : 'stat');
  cbify('stat', viaAsync('stat', (path) => { const p = toPath(path); return [[abs(p)], p]; },
    (v, cb, args) => cb(null, makeStats(v, typeof args[1] === 'object' ? args[1] : undefined))), statFrames);
  cbify('lstat', viaAsync('lstat', (path) => { const p = toPath(path); return [[abs(p)], p]; },
    (v, cb, args) => cb(null, makeStats(v, typeof args[1] === 'object' ? args[1] : undefined))), statFrames);
  cbify('fstat', viaAsync('fstat', (fd) => { validateFd(fd); return [[fd]]; }, (v, cb, args) => cb(null, makeStats(v, typeof args[1] === 'object' ? args[1] : undefined))), statFrames);
  cbify('open', (args, cb) => {
    const p = toPath(args[0]);
    const flag = flagString(typeof args[1] === 'function' ? undefined : args[1], 'r');
    runAsync('open', [abs(p), flag, modeNum(args[2], 0o666)], p, undefined, cb);
  });
  cbify('close', viaAsync('close', (fd) => { validateFd(fd); return [[fd]]; }));
  cbify('read', (args, cb) => {
    let [fd, buffer, offsetOrOptions, length, position] = args; // eslint-disable-line prefer-const
    validateFd(fd);
    // node's shorter forms: read(fd, cb), read(fd, { buffer, offset, length, position }, cb).
    if (args.length === 1) {
      buffer = internal.Buffer.alloc(16384);
    } else if (args.length === 2 && !ArrayBuffer.isView(buffer)) {
      offsetOrOptions = buffer || {};
      buffer = offsetOrOptions.buffer || internal.Buffer.alloc(16384);
    }
    const [offset, len, pos] = readArgs(buffer, offsetOrOptions, length, position);
    runAsync('read', [fd, len, pos], undefined, undefined, (err, bytes) => {
      if (err) return cb(err, 0, buffer);
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
      cb(null, bytes.length, buffer);
    });
  }, 'read');
  cbify('write', (args, cb) => {
    const [fd, buffer, a, b, c] = args;
    validateFd(fd);
    const [bytes, pos] = writeArgs(buffer, a, b, c);
    // fds 1 and 2 are the process's stdout and stderr: written as the request runs (here, at once), then the
    // callback comes from the pool like any other write's.
    if (fd === 1 || fd === 2) {
      host.write(fd, host.utf8Decode(bytes));
      poolTick(() => cb(null, bytes.length, buffer));
      return;
    }
    runAsync('write', [fd, bytes, pos], undefined, undefined, (err, n) => cb(err, err ? 0 : n, buffer));
  }, 'write');
  cbify('mkdir', (args, cb) => {
    const o = typeof args[1] === 'number' || typeof args[1] === 'string' ? { mode: args[1] } : (args[1] || {});
    const p = toPath(args[0]);
    if (o.recursive !== undefined) validateBool(o.recursive, 'options.recursive');
    runAsync('mkdir', [abs(p), !!o.recursive, modeNum(o.mode, 0o777)], p, undefined, (err, first) => (err ? cb(err) : cb(null, o.recursive ? firstAsGiven(p, first) : undefined)));
  });
  cbify('readdir', (args, cb) => {
    const options = getOptions(args[1], { encoding: 'utf8', withFileTypes: false });
    const p = toPath(args[0]);
    if (options.recursive) {
      let result;
      let error = null;
      try { result = readdirRecursive(p, options); } catch (e) { error = e; }
      runAsync('readdir', [abs(p)], p, undefined, (err) => (error || err ? cb(error || err) : cb(null, result)));
      return;
    }
    runAsync('readdir', [abs(p)], p, undefined, (err, list) => (err ? cb(err) : cb(null, makeEntries(list, options, p))));
  });
  cbify('rename', viaAsync('rename', (a, b) => { const x = toPath(a, 'oldPath'); const y = toPath(b, 'newPath'); return [[abs(x), abs(y)], x, y]; }), 'done', 2);
  cbify('unlink', viaAsync('unlink', (path) => { const p = toPath(path); return [[abs(p)], p]; }));
  const rmdirOne = viaAsync('rmdir', (path) => { const p = toPath(path); return [[abs(p)], p]; });
  const rmdirTree = viaAsync('rm', (path) => { const p = toPath(path); return [[abs(p), true, false], p]; });
  cbify('rmdir', (args, cb) => {
    if (args[1] && args[1].recursive) {
      warnRecursiveRmdir();
      return rmdirTree([args[0]], cb);
    }
    return rmdirOne([args[0]], cb);
  });
  cbify('rm', (args, cb) => {
    const p = toPath(args[0]);
    const o = (typeof args[1] === 'object' && args[1]) || {};
    if (o.recursive !== undefined) validateBool(o.recursive, 'options.recursive');
    try { if (!rmChecks(p, o)) { poolTick(() => cb(null)); return; } } catch (e) {
      // (Node makes these in its lstat callback: no frames.)
      internal.framelessStack(e);
      poolTick(() => cb(e));
      return;
    }
    runAsync('rm', [abs(p), !!o.recursive, !!o.force], p, undefined, (err) => cb(err));
  }, (r, a) => (r[0] ? 'rmErr' : a[1] && a[1].recursive ? 'rmDir' : 'rm'));
  cbify('copyFile', viaAsync('copyFile', (a, b, mode) => {
    const x = toPath(a, 'src'); const y = toPath(b, 'dest');
    return [[abs(x), abs(y), !!((typeof mode === 'number' ? mode : 0) & 1)], x, y];
  }));
  cbify('symlink', viaAsync('symlink', (t, path) => { const x = toPath(t, 'target'); const p = toPath(path); return [[x, abs(p)], x, p]; }));
  cbify('readlink', viaAsync('readlink', (path) => { const p = toPath(path, 'oldPath'); return [[abs(p)], p]; }, (v, cb) => cb(null, v)));
  cbify('realpath', (args, cb) => {
    let result;
    let error = null;
    try { result = realpathWalk(toPath(args[0])); } catch (e) {
      error = e;
      Object.defineProperty(e, 'stack', { value: `Error: ${e.message}`, writable: true, configurable: true });
    }
    poolTick(() => (error ? cb(error) : cb(null, result)));
  }, (r) => (r[0] ? 'realpathErr' : 'realpath'));
  const truncatePath = viaAsync('truncate', (path, len) => { const p = toPath(path); return [[abs(p), typeof len === 'number' ? len : 0], p]; });
  cbify('truncate', (args, cb) => {
    if (isFd(args[0])) {
      warnTruncateFd();
      return fs.ftruncate(args[0], typeof args[1] === 'number' ? args[1] : 0, cb);
    }
    return truncatePath(args, cb);
  }, (r) => (r[0] ? 'truncateErr' : 'truncate'));
  cbify('ftruncate', viaAsync('ftruncate', (fd, len) => [[fd, typeof len === 'number' ? len : 0]]));
  cbify('access', viaAsync('access', (path, mode) => { const p = toPath(path); return [[abs(p), typeof mode === 'number' ? mode | 0 : 0], p]; }));
  cbify('chmod', viaAsync('chmod', (path, mode) => { const p = toPath(path); return [[abs(p), modeNum(mode)], p]; }));
  cbify('utimes', viaAsync('utimes', (path, a, m) => { const p = toPath(path); return [[abs(p), toMs(a), toMs(m)], p]; }), 'done', 3);
  cbify('fsync', viaAsync('fsync', (fd) => [[fd]]));
  cbify('fchmod', viaAsync('fchmod', (fd, mode) => { validateFd(fd); return [[fd, modeNum(mode)]]; }));
  cbify('futimes', viaAsync('futimes', (fd, a, m) => { validateFd(fd); return [[fd, toMs(a), toMs(m)]]; }));
  cbify('mkdtemp', (args, cb) => {
    const name = tempName(toPath(args[0], 'prefix'));
    const enc = getOptions(args[1], {}).encoding;
    runAsync('mkdir', [abs(name), false, 0o700], name, undefined,
      (err) => (err ? cb(asMkdtemp(err, name)) : cb(null, encodeName(name, enc))));
  });
  fs.exists = function exists(path, cb) {
    maybeCallback(cb);
    let p;
    try { p = abs(toPath(path)); } catch { internal.process.nextTick(cb, false); return; }
    host.fsAsync('stat', [p], (r) => internal.fsCallback('exists', cb)(r[0] === null));
  };
  // util.promisify of a callback with several results resolves an object with these names, as node's.
  const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
  internal.kCustomPromisifyArgsSymbol = kCustomPromisifyArgsSymbol;
  for (const [name, names] of [['read', ['bytesRead', 'buffer']], ['write', ['bytesWritten', 'buffer']]]) {
    Object.defineProperty(fs[name], kCustomPromisifyArgsSymbol, { value: names, enumerable: false });
  }
  Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
    // (Node's is a `function exists`, defined with only its value.)
    value: function exists(path) { return new Promise((resolve) => fs.exists(path, resolve)); },
  });

  function readFileAsync(path, options, cb) {
    const enc = options.encoding;
    const done = (err, bytes) => (err ? cb(err) : cb(null, decode(bytes, enc)));
    const readFd = (fd, size, closeAfter) => {
      runAsync('read', [fd, size > 0 ? size : 65536, -1], undefined, undefined, (err, bytes) => {
        if (!closeAfter) return done(err, bytes);
        runAsync('close', [fd], undefined, undefined, (err2) => done(err || err2, bytes));
      });
    };
    // The scenario's stdin (fd 0, /dev/stdin): read when a pool request completes, as a file would be.
    if (path === 0 || path === '/dev/stdin') {
      poolTick(() => done(null, readStdin(path !== 0)));
      return;
    }
    if (isFd(path)) {
      runAsync('fstat', [path], undefined, undefined, (err, st) => (err ? cb(err) : readFd(path, st[8], false)));
      return;
    }
    const p = toPath(path);
    const flag = flagString(options.flag, 'r');
    runAsync('open', [abs(p), flag, 0o666], p, undefined, (err, fd) => {
      if (err) return cb(err);
      runAsync('fstat', [fd], undefined, undefined, (err2, st) => {
        if (err2) return cb(err2);
        if (st[14] === 'd') {
          return runAsync('close', [fd], undefined, undefined, () => cb(uvException('EISDIR', -21, 'read', undefined, undefined, false)));
        }
        readFd(fd, st[8], true);
      });
    });
  }
  // The `signal` option: an already aborted signal fails the call on the next tick, one aborted while the call
  // runs fails it when the work completes (node checks between its steps), with node's AbortError.
  function withSignal(options, cb, run) {
    const signal = options && options.signal;
    if (signal === undefined || signal === null) return run(cb);
    if (typeof signal !== 'object' || !('aborted' in signal)) throw errors.invalidArgType('options.signal', 'AbortSignal', signal);
    if (signal.aborted) {
      internal.process.nextTick(cb, errors.abortError(signal.reason));
      return undefined;
    }
    return run((err, ...rest) => (signal.aborted ? cb(errors.abortError(signal.reason)) : cb(err, ...rest)));
  }
  const readFileFrames = (path) => (r) => {
    if (!r[0]) return isFd(path) ? 'readFileFd' : 'readFile';
    return r[0].syscall === 'open' ? 'readFileOpenErr' : 'readFileReadErr';
  };
  const writeFileFrames = (r) => (r[0] && r[0].syscall === 'open' ? 'writeFileErr' : 'done');
  fs.readFile = function readFile(path, options, cb) {
    if (typeof (cb || options) !== 'function') throw errors.nodeFrames(errors.invalidArgType('cb', 'function', cb || options), 'Object.readFile (node:fs:365:3)');
    cb = internal.fsCallback(readFileFrames(path), maybeCallback(cb || options));
    const o = getOptions(options, { flag: 'r' });
    withSignal(o, cb, (done) => readFileAsync(path, o, done));
  };
  function writeFileAsync(path, data, options, cb) {
    const bytes = encode(data, options.encoding);
    if (isFd(path)) {
      runAsync('write', [path, bytes, -1], undefined, undefined, (err) => cb(err || null));
      return;
    }
    const p = toPath(path);
    runAsync('open', [abs(p), flagString(options.flag, 'w'), modeNum(options.mode, 0o666)], p, undefined, (err, fd) => {
      if (err) return cb(err);
      runAsync('write', [fd, bytes, -1], undefined, undefined, (err2) => {
        runAsync('close', [fd], undefined, undefined, (err3) => cb(err2 || err3 || null));
      });
    });
  }
  fs.writeFile = function writeFile(path, data, options, cb) {
    cb = internal.fsCallback(writeFileFrames, maybeCallback(cb || options));
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    withSignal(o, cb, (done) => writeFileAsync(path, data, o, done));
  };
  fs.appendFile = function appendFile(path, data, options, cb) {
    cb = internal.fsCallback(writeFileFrames, maybeCallback(cb || options));
    const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
    writeFileAsync(path, data, Object.assign({}, o, { flag: o.flag || 'a' }), cb);
  };
  function unsupported(name, later) {
    return function () {
      const e = new Error(`fs.${name} is not supported by Looplab yet${later ? ` (${later})` : ''}`);
      throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
    };
  }
  fs.watch = unsupported('watch');
  fs.watchFile = unsupported('watchFile');
  fs.unwatchFile = unsupported('unwatchFile');
  // fs streams live in the stream group (fs_streams.js), parsed on first use.
  fs.createReadStream = function createReadStream(path, options) {
    internal.loadStreams();
    return new internal.fsStreams.ReadStream(path, options);
  };
  fs.createWriteStream = function createWriteStream(path, options) {
    internal.loadStreams();
    return new internal.fsStreams.WriteStream(path, options);
  };
  for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
    Object.defineProperty(fs, name, {
      get() { internal.loadStreams(); return internal.fsStreams[name.replace('File', '')]; },
      set(v) { Object.defineProperty(fs, name, { value: v, writable: true, configurable: true, enumerable: true }); },
      configurable: true,
      enumerable: true,
    });
  }

  internal.fsShared.unsupported = unsupported;
  // node's frames for a failed argument check (fs_checks.js).
  internal.fsShared.wrapChecked();
})
