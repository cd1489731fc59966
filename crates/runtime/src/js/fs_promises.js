//! node:fs/promises (fs.promises): FileHandle and the promise API over fs.js's callback calls, with node's async
//! frames and uncaught source line on a rejected call.
(function (internal) {
  'use strict';
  const { abs, constants, errors, fs, getOptions, host, kStackOrder, relabel, runAsync, toPath, unsupported } = internal.fsShared;
  // ---- promises ----
  const kFd = Symbol('kFd');
  // node's own async frames under a rejected fs.promises call (node 20.20's lines), by method; a function of
  // the error where the failing step varies. rm has none (it runs on callbacks inside).
  const at = (fn, pos) => `${fn} (node:internal/fs/promises:${pos})`;
  const OPEN = at('open', '637:25');
  const PROMISE_FRAMES = {
    readFile: (e) => (e.syscall === 'open' ? [OPEN, at('Object.readFile', '1249:14')] : [at('readFileHandle', '551:24')]),
    writeFile: () => [OPEN, at('Object.writeFile', '1219:14')],
    appendFile: () => [OPEN, at('writeFile', '1219:14')],
    truncate: () => [OPEN, at('Object.truncate', '790:14')],
    open: () => [at('Object.open', '637:25')],
    stat: () => [at('Object.stat', '1033:18')],
    lstat: () => [at('Object.lstat', '1022:18')],
    access: () => [at('Object.access', '604:10')],
    readdir: () => [at('Object.readdir', '950:18')],
    unlink: () => [at('Object.unlink', '1067:10')],
    mkdir: () => [at('Object.mkdir', '856:10')],
    rmdir: () => [at('Object.rmdir', '822:10')],
    rename: () => [at('Object.rename', '780:10')],
    copyFile: () => [at('Object.copyFile', '621:10')],
    realpath: () => [at('Object.realpath', '1176:10')],
    readlink: () => [at('Object.readlink', '968:10')],
    chmod: () => [at('Object.chmod', '1089:10')],
    utimes: () => [at('Object.utimes', '1141:10')],
    link: () => [at('Object.link', '1056:10')],
    chown: () => [at('Object.chown', '1132:10')],
    lchown: () => [at('Object.lchown', '1108:10')],
    lutimes: () => [at('Object.lutimes', '1163:10')],
    mkdtemp: () => [at('Object.mkdtemp', '1189:10')],
    symlink: () => [at('Object.symlink', '997:10')],
    rm: () => [],
  };
  // The source line node shows above an uncaught rejection, by the first frame's column.
  const AWAIT_LINES = {
    25: '  return new FileHandle(await PromisePrototypeThen(',
    18: '  const result = await PromisePrototypeThen(',
    10: '  return await PromisePrototypeThen(',
    24: '    const bytesRead = (await PromisePrototypeThen(',
  };
  // The user's frame awaiting the call (`at async main (file:line:col)`, at its `await`), when the call is
  // awaited where it is made; null otherwise (V8 would show the await the function is suspended at).
  function awaitingFrame(probe) {
    const top = internal.probeFrames(probe)[0];
    const m = top && /^ {4}at (?:(.*?) \()?((?:file:\/\/)?(.*?)):(\d+):(\d+)\)?$/.exec(top);
    if (!m) return null;
    const src = host.sourceLine(m[3], +m[4]);
    const aw = typeof src === 'string' && /\bawait\s+(?:[\w$]+\s*\.\s*)*$/.exec(src.slice(0, +m[5] - 1));
    if (!aw) return null;
    return m[1] ? `    at async ${m[1]} (${m[2]}:${m[4]}:${aw.index + 1})` : `    at async ${m[2]}:${m[4]}:${aw.index + 1}`;
  }
  internal.awaitingFrame = awaitingFrame;
  // A failed fs.promises call's error gets node's stack: its message, node's async frames, the awaiting frame.
  function promiseError(err, name, probe, recv, caller) {
    const frames = PROMISE_FRAMES[name];
    if (!frames || err === null || typeof err !== 'object' || typeof err.code !== 'string') return err;
    try {
      const own = frames(err).map((f) => calledAs(f, recv));
      // The user's async function awaiting the call, and those awaiting it in turn (async_stack.js).
      const chain = own.length && caller && internal.asyncFramesFrom ? internal.asyncFramesFrom(caller) : [];
      const awaiting = own.length && !chain.length ? awaitingFrame(probe) : null;
      const lines = [String(err.stack).split('\n')[0]].concat(own.map((f) => `    at async ${f}`), chain);
      if (awaiting) lines.push(awaiting);
      Object.defineProperty(err, 'stack', { value: lines.join('\n'), writable: true, configurable: true, enumerable: false });
      const first = own.length ? /:(\d+):(\d+)\)$/.exec(own[0]) : null;
      const text = first && AWAIT_LINES[first[2]];
      if (text) internal.errors.withArrow(err, `node:internal/fs/promises:${first[1]}\n${text}\n${' '.repeat(+first[2] - 1)}^\n`);
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  // A callback-style fs call as a promise; with `name` (an fs.promises method), a rejection carries node's
  // frames, from a stack taken now (mapped only if the call fails).
  // The receiver of the fs.promises call being made: V8 names its frame `Object.readFile` when called on the
  // module, `Module.readFile` through an ES module namespace, a bare `readFile` when destructured.
  let receiver;
  const calledAs = (frame, recv) => frame.replace(/^Object\./, internal.errors.moduleReceiver(recv));
  function pcallAs(name, fn, ...args) {
    const probe = name === null ? null : internal.stackProbe();
    const caller = name !== null && internal.asyncCaller ? internal.asyncCaller() : null;
    const recv = receiver;
    return new Promise((resolve, reject) => {
      try {
        fn(...args, (err, value) => (err ? reject(name === null ? err : promiseError(err, name, probe, recv, caller)) : resolve(value)));
      } catch (e) {
        reject(e);
      }
    });
  }
  const pcall = (fn, ...args) => pcallAs(null, fn, ...args);
  // For fs_more.js's promise forms.
  internal.fsPromiseCall = pcallAs;
  // node's fsCall (lib/internal/fs/promises.js) makes it: its frames and, uncaught, its source line.
  function closedError(syscall) {
    const e = new Error('file closed');
    e.code = 'EBADF';
    e.syscall = syscall;
    const method = { read: 'read', write: 'write', fstat: 'stat', ftruncate: 'truncate' }[syscall] || syscall;
    internal.errors.nodeFrames(e, 'fsCall (node:internal/fs/promises:454:17)', `FileHandle.${method} (node:internal/fs/promises:193:12)`);
    return internal.errors.withArrow(e, "node:internal/fs/promises:454\n    const err = new Error('file closed');\n                ^\n");
  }
  // node's FileHandle is an EventEmitter by mixin (not an instance of it) that emits 'close'.
  class FileHandle {
    constructor(fd) {
      internal.modules.events.call(this);
      this.close = FileHandle.prototype.close;
      this[kFd] = fd;
    }
    [Symbol.for('looplab.checkOpen')](syscall) { if (this[kFd] === -1) throw closedError(syscall); }
    get fd() { return this[kFd]; }
    async read(buffer, offset, length, position) { this[Symbol.for('looplab.checkOpen')]('read');
      if (buffer === undefined || buffer === null || (typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
        const o = buffer || {};
        buffer = o.buffer || internal.Buffer.alloc(16384);
        offset = o.offset || 0;
        length = o.length === undefined ? buffer.byteLength - offset : o.length;
        position = o.position === undefined ? null : o.position;
      }
      const bytesRead = await pcall(fs.read, this[kFd], buffer, offset === undefined ? 0 : offset,
        length === undefined ? buffer.byteLength - (offset || 0) : length, position === undefined ? null : position);
      return { __proto__: null, bytesRead, buffer };
    }
    async write(data, a, b, c) { this[Symbol.for('looplab.checkOpen')]('write');
      const buffer = data;
      const bytesWritten = await new Promise((resolve, reject) => {
        fs.write(this[kFd], data, a, b, c, (err, n) => (err ? reject(err) : resolve(n)));
      });
      return { __proto__: null, bytesWritten, buffer };
    }
    async readFile(options) { this[Symbol.for('looplab.checkOpen')]('read'); return pcall(fs.readFile, this[kFd], getOptions(options, {})); }
    async writeFile(data, options) { this[Symbol.for('looplab.checkOpen')]('write'); return pcall(fs.writeFile, this[kFd], data, getOptions(options, { encoding: 'utf8' })); }
    async appendFile(data, options) { return this.writeFile(data, options); }
    async stat(options) { this[Symbol.for('looplab.checkOpen')]('fstat'); return pcall(fs.fstat, this[kFd], options || {}); }
    async truncate(len) { this[Symbol.for('looplab.checkOpen')]('ftruncate'); return pcall(fs.ftruncate, this[kFd], len || 0); }
    async sync() { this[Symbol.for('looplab.checkOpen')]('fsync'); return pcall(fs.fsync, this[kFd]); }
    // As node's: 'close' is emitted as the close starts.
    async close() {
      if (this[kFd] === -1) return undefined;
      const fd = this[kFd];
      this[kFd] = -1;
      const closing = pcall(fs.close, fd);
      this.emit('close');
      return closing;
    }
    createReadStream(options) { return new fs.ReadStream(undefined, Object.assign({}, options, { fd: this })); }
    createWriteStream(options) { return new fs.WriteStream(undefined, Object.assign({}, options, { fd: this })); }
    readLines(options) {
      return internal.modules.readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
    }
  }
  for (const key of Reflect.ownKeys(internal.modules.events.prototype)) {
    if (key !== 'constructor') Object.defineProperty(FileHandle.prototype, key, Object.getOwnPropertyDescriptor(internal.modules.events.prototype, key));
  }
  const promises = {
    constants,
    async open(path, flags, mode) { return new FileHandle(await pcallAs('open', fs.open, path, flags === undefined ? 'r' : flags, mode === undefined ? 0o666 : mode)); },
    readFile(path, options) {
      if (path instanceof FileHandle) return path.readFile(options);
      const o = getOptions(options, { flag: 'r' });
      if (o.signal && o.signal.aborted) return Promise.reject(errors.abortError(o.signal.reason));
      return pcallAs('readFile', fs.readFile, path, o);
    },
    writeFile(path, data, options) {
      if (path instanceof FileHandle) return path.writeFile(data, options);
      const o = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
      if (o.signal && o.signal.aborted) return Promise.reject(errors.abortError(o.signal.reason));
      // node also writes an iterable or async iterable (a stream too) of strings and buffers, chunk by chunk.
      const iterable = data !== null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
        (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
      if (iterable) {
        return (async () => {
          const chunks = [];
          for await (const chunk of data) {
            chunks.push(typeof chunk === 'string' ? internal.Buffer.from(chunk, o.encoding || 'utf8') : chunk);
          }
          return pcallAs('writeFile', fs.writeFile, path, internal.Buffer.concat(chunks), o);
        })();
      }
      return pcallAs('writeFile', fs.writeFile, path, data, o);
    },
    appendFile(path, data, options) { return pcallAs('appendFile', fs.appendFile, path, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' })); },
    stat(path, options) { return pcallAs('stat', fs.stat, path, options || {}); },
    lstat(path, options) { return pcallAs('lstat', fs.lstat, path, options || {}); },
    mkdir(path, options) { return pcallAs('mkdir', fs.mkdir, path, options || {}); },
    readdir(path, options) {
      const o = typeof options === 'string' ? { encoding: options } : Object.assign({}, options);
      o[kStackOrder] = true;
      return pcallAs('readdir', fs.readdir, path, o);
    },
    rename(a, b) { return pcallAs('rename', fs.rename, a, b); },
    unlink(path) { return pcallAs('unlink', fs.unlink, path); },
    rmdir(path) { return pcallAs('rmdir', fs.rmdir, path); },
    rm(path, options) { return pcallAs('rm', fs.rm, path, options || {}); },
    copyFile(a, b, mode) { return pcallAs('copyFile', fs.copyFile, a, b, mode || 0); },
    symlink(t, p) { return pcallAs('symlink', fs.symlink, t, p); },
    readlink(p) { return pcallAs('readlink', fs.readlink, p); },
    // The binding's realpath (one syscall, `realpath 'p'` in errors), as node's promise API uses.
    realpath(p) {
      return pcallAs('realpath', (path, cb) => { const q = toPath(path); runAsync('realpath', [abs(q)], q, undefined, (err, v) => cb(relabel(err, 'lstat', 'realpath'), v)); }, p);
    },
    truncate(p, len) { return pcallAs('truncate', fs.truncate, p, len || 0); },
    access(p, mode) { return pcallAs('access', fs.access, p, mode || 0); },
    chmod(p, mode) { return pcallAs('chmod', fs.chmod, p, mode); },
    utimes(p, a, m) { return pcallAs('utimes', fs.utimes, p, a, m); },
    mkdtemp(prefix, options) { return pcallAs('mkdtemp', fs.mkdtemp, prefix, options); },
    watch: unsupported('promises.watch'),
  };
  // Every fs.promises function is async in node: a bad argument rejects, it never throws.
  const asPromiseMethod = (key, fn) => ({
    [key](...args) {
      const outer = receiver;
      receiver = this;
      try { return fn.apply(this, args); } catch (e) { return Promise.reject(e); } finally { receiver = outer; }
    },
  }[key]);
  for (const [key, fn] of Object.entries(promises)) {
    if (typeof fn === 'function') promises[key] = asPromiseMethod(key, fn);
  }
  // For fs_more.js's promise forms.
  internal.fsPromiseMethod = asPromiseMethod;
  // Not exported (node's fs/promises has no FileHandle): fs_dir.js and fs_streams.js reach it here.
  internal.fsFileHandle = FileHandle;
  fs.promises = promises;
  internal.modules['fs/promises'] = promises;
})
