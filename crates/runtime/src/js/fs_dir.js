//! fs.opendir / Dir (sync, callback, promise and async-iterator reads), vectored I/O (readv/writev and their
//! Sync and FileHandle forms), the callback fdatasync and realpath.native, over the calls fs.js and fs_callback.js define.
(function (internal) {
  'use strict';
  const { errors, fs, getOptions, poolTick, relabel, toPath, validateFd } = internal.fsShared;

  // ---- Dir ----
  const kState = Symbol('kDirState');
  const dirClosed = () => errors.withCode(new Error('Directory handle was closed'), 'ERR_DIR_CLOSED');
  class Dir {
    constructor(token, dirPath, entries) {
      if (token !== kState) throw errors.withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
      Object.defineProperty(this, kState, { value: { path: dirPath, entries, closed: false } });
    }
    get path() { return this[kState].path; }
    readSync() {
      const st = this[kState];
      if (st.closed) throw dirClosed();
      return st.entries.length > 0 ? st.entries.shift() : null;
    }
    read(callback) {
      if (typeof callback !== 'function') return new Promise((resolve, reject) => this.read((e, v) => (e ? reject(e) : resolve(v))));
      const st = this[kState];
      if (st.closed) throw dirClosed();
      poolTick(() => {
        if (st.closed) callback(dirClosed());
        else callback(null, st.entries.length > 0 ? st.entries.shift() : null);
      });
      return undefined;
    }
    closeSync() {
      const st = this[kState];
      if (st.closed) throw dirClosed();
      st.closed = true;
    }
    close(callback) {
      const st = this[kState];
      if (typeof callback !== 'function') {
        if (st.closed) return Promise.reject(dirClosed());
        st.closed = true;
        return new Promise(poolTick);
      }
      if (st.closed) {
        internal.process.nextTick(callback, dirClosed());
        return undefined;
      }
      st.closed = true;
      poolTick(() => callback(null));
      return undefined;
    }
    async* entries() {
      try {
        for (;;) {
          const entry = await this.read();
          if (entry === null) break;
          yield entry;
        }
      } finally {
        if (!this[kState].closed) await this.close();
      }
    }
    [Symbol.asyncIterator]() { return this.entries(); }
  }
  // Its errors name the opendir syscall; node 20's sync form leaves the path out.
  function openDir(dirPath, options, sync = false) {
    const p = toPath(dirPath);
    const o = getOptions(options, { encoding: 'utf8' });
    let entries;
    try {
      entries = fs.readdirSync(p, { withFileTypes: true, encoding: o.encoding, recursive: !!o.recursive });
    } catch (err) {
      if (err === null || typeof err !== 'object' || err.syscall !== 'scandir') throw err;
      relabel(err, 'scandir', 'opendir');
      if (sync && typeof err.path === 'string') {
        const shown = ` ${JSON.stringify(err.path).slice(1, -1).replace(/^|$/g, "'")}`;
        err.message = err.message.replace(shown, '');
        const st = Object.getOwnPropertyDescriptor(err, 'stack');
        if (st && typeof st.value === 'string') err.stack = st.value.replace(shown, '');
        delete err.path;
      }
      throw err;
    }
    return new Dir(kState, p, entries);
  }
  fs.Dir = Dir;
  fs.opendirSync = function opendirSync(dirPath, options) { return openDir(dirPath, options, true); };
  // `name(path, [options], callback)` over a sync call: the call runs after one pool round trip.
  function viaPool(name, syncFn) {
    const fn = function (p, options, callback) {
      if (typeof options === 'function') {
        callback = options;
        options = undefined;
      }
      if (typeof callback !== 'function') throw errors.invalidArgType('cb', 'function', callback);
      const given = toPath(p);
      poolTick(() => {
        let out;
        // (The error of an async call has no frames, as node's uv errors.)
        try { out = syncFn(given, options); } catch (e) { callback(internal.framelessStack(e)); return; }
        callback(null, out);
      });
    };
    return Object.defineProperty(fn, 'name', { value: name });
  }
  fs.opendir = viaPool('opendir', openDir);
  fs.promises.opendir = function opendir(dirPath, options) {
    return new Promise((resolve, reject) => fs.opendir(dirPath, options, (e, d) => (e ? reject(e) : resolve(d))));
  };

  // ---- vectored I/O ----
  function checkBuffers(buffers) {
    if (!Array.isArray(buffers)) throw errors.invalidArgType('buffers', 'ArrayBufferView[]', buffers);
    buffers.forEach((b, i) => {
      if (!ArrayBuffer.isView(b)) throw errors.invalidArgType(`buffers[${i}]`, 'ArrayBufferView', b);
    });
  }
  const bytesOf = (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  const position = (p) => (typeof p === 'number' ? p : null);
  fs.writevSync = function writevSync(fd, buffers, pos) {
    validateFd(fd);
    checkBuffers(buffers);
    const all = internal.Buffer.concat(buffers.map(bytesOf));
    return fs.writeSync(fd, all, 0, all.length, position(pos));
  };
  fs.readvSync = function readvSync(fd, buffers, pos) {
    validateFd(fd);
    checkBuffers(buffers);
    let at = position(pos);
    let total = 0;
    for (const b of buffers) {
      const n = fs.readSync(fd, b, 0, b.byteLength, at);
      total += n;
      if (at !== null) at += n;
      if (n < b.byteLength) break;
    }
    return total;
  };
  fs.writev = function writev(fd, buffers, pos, callback) {
    if (typeof pos === 'function') {
      callback = pos;
      pos = null;
    }
    validateFd(fd);
    checkBuffers(buffers);
    if (typeof callback !== 'function') throw errors.invalidArgType('cb', 'function', callback);
    const all = internal.Buffer.concat(buffers.map(bytesOf));
    fs.write(fd, all, 0, all.length, position(pos), (err, n) => callback(err, err ? 0 : n, buffers));
  };
  fs.readv = function readv(fd, buffers, pos, callback) {
    if (typeof pos === 'function') {
      callback = pos;
      pos = null;
    }
    validateFd(fd);
    checkBuffers(buffers);
    if (typeof callback !== 'function') throw errors.invalidArgType('cb', 'function', callback);
    const size = buffers.reduce((n, b) => n + b.byteLength, 0);
    const into = internal.Buffer.alloc(size);
    fs.read(fd, into, 0, size, position(pos), (err, n) => {
      if (err) return callback(err, 0, buffers);
      let off = 0;
      for (const b of buffers) {
        const take = Math.min(b.byteLength, n - off);
        if (take <= 0) break;
        bytesOf(b).set(into.subarray(off, off + take));
        off += take;
      }
      callback(null, n, buffers);
    });
  };
  Object.defineProperty(fs.writev, internal.kCustomPromisifyArgsSymbol, { value: ['bytesWritten', 'buffers'], enumerable: false });
  Object.defineProperty(fs.readv, internal.kCustomPromisifyArgsSymbol, { value: ['bytesRead', 'buffers'], enumerable: false });
  const FileHandle = internal.fsFileHandle;
  if (FileHandle) {
    FileHandle.prototype.writev = function writev(buffers, pos) {
      return new Promise((resolve, reject) => fs.writev(this.fd, buffers, pos, (e, n) => (e ? reject(e)
        : resolve({ __proto__: null, bytesWritten: n, buffers }))));
    };
    FileHandle.prototype.readv = function readv(buffers, pos) {
      return new Promise((resolve, reject) => fs.readv(this.fd, buffers, pos, (e, n) => (e ? reject(e)
        : resolve({ __proto__: null, bytesRead: n, buffers }))));
    };
  }

  // ---- fdatasync, realpath.native ----
  // The virtual file system keeps no caches: syncing data is syncing everything (fs.js has fdatasyncSync).
  fs.fdatasync = function fdatasync(fd, callback) {
    return fs.fsync(fd, (err) => callback(err && relabel(err, 'fsync', 'fdatasync')));
  };
  fs.realpath.native = viaPool('', (p, options) => fs.realpathSync.native(p, options));
})
