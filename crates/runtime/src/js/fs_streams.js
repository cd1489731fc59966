//! fs.ReadStream / fs.WriteStream (fs.createReadStream / createWriteStream) over the VFS, with Node 20's options,
//! events ('open', 'ready', 'close') and defaults (64 KiB read chunks), doing their I/O through the async fs
//! calls, i.e. through the thread-pool model with the configured latency. Also process.stdout / process.stderr
//! as Writable streams (Node's SyncWriteStream, what a redirected stdout is).
(function (internal) {
  'use strict';
  const fs = internal.modules.fs;
  const process = internal.process;
  const { Readable, Writable } = internal.stream;
  // Not internal.modules.stream: reading it counts as a require('stream') (see stream.js).
  const finished = internal.streamVendor.Stream.finished;
  const Buffer = internal.Buffer;
  const { codes } = internal.nodeErrors;
  const kLabel = internal.kStreamLabel;
  // As in node's lib/internal/fs/streams.js.
  const kIoDone = Symbol('kIoDone');
  const kIsPerformingIO = Symbol('kIsPerformingIO');
  const kFs = Symbol('kFs');
  const kHandle = Symbol('kHandle');

  // Not the global `URL`: it is a lazy accessor that replaces itself with a data property, and Boa 0.22's
  // inline cache keeps calling the old getter from functions that read it before the switch.
  const url = internal.modules.url;
  function toPathIfFileURL(path) {
    if (path instanceof url.URL) return url.fileURLToPath(path);
    return path;
  }
  // The trace label of a stream is read when its state is created, so set it before Readable/Writable run.
  function setLabel(stream, label) {
    Object.defineProperty(stream, kLabel, { value: label, enumerable: false, configurable: true, writable: true });
  }
  function copyObject(source) {
    const target = {};
    for (const key in source) target[key] = source[key];
    return target;
  }
  function getOptions(options, defaults) {
    if (options === null || options === undefined || typeof options === 'function') return defaults;
    if (typeof options === 'string') {
      defaults = Object.assign({}, defaults);
      defaults.encoding = options;
      options = defaults;
    } else if (typeof options !== 'object') {
      throw codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
    }
    if (options.encoding !== 'buffer' && options.encoding && !Buffer.isEncoding(options.encoding)) {
      throw codes.ERR_INVALID_ARG_VALUE('encoding', options.encoding, 'is invalid encoding');
    }
    if (options.signal !== undefined) {
      const signal = options.signal;
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
    }
    return options;
  }
  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
  function validateFunction(value, name) {
    if (typeof value !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
  function validatePath(path, propName = 'path') {
    if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
      throw codes.ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
    }
    if ((typeof path === 'string' && path.includes('\u0000')) || (path instanceof Uint8Array && path.includes(0))) {
      throw codes.ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
  }
  function getValidatedFd(fd, propName = 'fd') {
    if (Object.is(fd, -0)) return 0;
    validateInteger(fd, propName, 0, 2147483647);
    return fd;
  }
  function errorOrDestroy(stream, err) {
    internal.streamErrorOrDestroy(stream, err);
  }

  // The operations of a stream given a FileHandle as `fd`.
  function fileHandleOperations(handle) {
    return {
      open: () => { throw codes.ERR_METHOD_NOT_IMPLEMENTED('open()'); },
      close: (fd, cb) => { handle.close().then(() => cb(), cb); },
      fsync: (fd, cb) => { handle.sync().then(() => cb(), cb); },
      read: (fd, buf, offset, length, pos, cb) => {
        handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
      },
      write: (fd, buf, offset, length, pos, cb) => {
        handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
      },
    };
  }
  function importFd(stream, options) {
    if (typeof options.fd === 'number') {
      stream[kFs] = options.fs || fs;
      return options.fd;
    }
    const FileHandle = internal.fsFileHandle;
    if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
      if (options.fs) throw codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
      stream[kHandle] = options.fd;
      stream[kFs] = fileHandleOperations(options.fd);
      return options.fd.fd;
    }
    throw codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  }

  function _construct(callback) {
    const stream = this;
    if (typeof stream.fd === 'number') {
      callback();
      return;
    }
    if (stream.open !== openWriteFs && stream.open !== openReadFs) {
      // Backwards compat for monkey patching open().
      const orgEmit = stream.emit;
      stream.emit = function (...args) {
        if (args[0] === 'open') {
          this.emit = orgEmit;
          callback();
          Reflect.apply(orgEmit, this, args);
        } else if (args[0] === 'error') {
          this.emit = orgEmit;
          callback(args[1]);
        } else {
          Reflect.apply(orgEmit, this, args);
        }
      };
      stream.open();
    } else {
      stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
        if (er) {
          callback(er);
        } else {
          stream.fd = fd;
          callback();
          stream.emit('open', stream.fd);
          stream.emit('ready');
        }
      });
    }
  }
  function close(stream, err, cb) {
    if (!stream.fd) {
      cb(err);
    } else if (stream.flush) {
      stream[kFs].fsync(stream.fd, (flushErr) => {
        _close(stream, err || flushErr, cb);
      });
    } else {
      _close(stream, err, cb);
    }
  }
  function _close(stream, err, cb) {
    stream[kFs].close(stream.fd, (er) => {
      cb(er || err);
    });
    stream.fd = null;
  }
  function streamDestroy(err, cb) {
    // Usually for async IO it is safe to close a file descriptor even when there are pending operations;
    // node waits for the one in flight (kIsPerformingIO) to complete (kIoDone).
    if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
    else close(this, err, cb);
  }

  // What both stream constructors take from (path, options): a path to open (with flags/mode and the fs
  // functions to use), or an fd / FileHandle that is already open. The path names the stream in the trace.
  function openTarget(stream, path, options, defaultFlags) {
    if (options.fd == null) {
      stream.fd = null;
      stream[kFs] = options.fs || fs;
      validateFunction(stream[kFs].open, 'options.fs.open');
      // Path will be ignored when fd is specified, so it can be falsy.
      stream.path = toPathIfFileURL(path);
      stream.flags = options.flags === undefined ? defaultFlags : options.flags;
      stream.mode = options.mode === undefined ? 0o666 : options.mode;
      validatePath(stream.path);
      setLabel(stream, typeof stream.path === 'string' ? stream.path : String(stream.path));
    } else {
      stream.fd = getValidatedFd(importFd(stream, options));
    }
  }

  // ---- ReadStream ----
  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    // A little bit bigger buffer and water marks by default.
    options = copyObject(getOptions(options, {}));
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = false;
    openTarget(this, path, options, 'r');
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    validateFunction(this[kFs].read, 'options.fs.read');
    if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
    this.start = options.start;
    this.end = options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    this[kIsPerformingIO] = false;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    if (this.end === undefined) {
      this.end = Infinity;
    } else if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0);
      if (this.start !== undefined && this.start > this.end) {
        throw codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    Reflect.apply(Readable, this, [options]);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperty(ReadStream.prototype, 'autoClose', {
    get() { return this._readableState.autoDestroy; },
    set(val) { this._readableState.autoDestroy = val; },
    configurable: true,
  });
  const openReadFs = internal.deprecate(function () {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
  ReadStream.prototype.open = openReadFs;
  ReadStream.prototype._construct = _construct;
  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    this[kFs].read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead, buf) => {
      this[kIsPerformingIO] = false;
      // Tell ._destroy() that it's safe to close the fd now.
      if (this.destroyed) {
        this.emit(kIoDone, er);
        return;
      }
      if (er) {
        errorOrDestroy(this, er);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        if (bytesRead !== buf.length) {
          // Slow path. Shrink to fit.
          const dst = Buffer.allocUnsafeSlow(bytesRead);
          buf.copy(dst, 0, 0, bytesRead);
          buf = dst;
        }
        __ll_fsStreamPush(this, buf);
      } else {
        this.push(null);
      }
    });
  };
  // The push of a chunk read: its frame is node's `node:internal/fs/streams:289:14` (stack.js NAMED_FRAMES),
  // under which a 'data' listener runs.
  function __ll_fsStreamPush(stream, chunk) { return stream.push(chunk); }
  ReadStream.prototype._destroy = streamDestroy;
  ReadStream.prototype.close = function close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };
  Object.defineProperty(ReadStream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });

  // ---- WriteStream ----
  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = copyObject(getOptions(options, {}));
    // Only buffers are supported.
    options.decodeStrings = true;
    openTarget(this, path, options, 'w');
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    if (!this[kFs].write && !this[kFs].writev) {
      throw codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
    }
    if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
    if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
    if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
    this.flush = options.flush;
    if (this.flush == null) {
      this.flush = false;
    } else {
      if (typeof this.flush !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('options.flush', 'boolean', this.flush);
      validateFunction(this[kFs].fsync, 'options.fs.fsync');
    }
    // It's enough to override either, in which case only one will be used.
    if (!this[kFs].write) this._write = null;
    if (!this[kFs].writev) this._writev = null;
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this[kIsPerformingIO] = false;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    Reflect.apply(Writable, this, [options]);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  Object.defineProperty(WriteStream.prototype, 'autoClose', {
    get() { return this._writableState.autoDestroy; },
    set(val) { this._writableState.autoDestroy = val; },
    configurable: true,
  });
  const openWriteFs = internal.deprecate(function () {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');
  WriteStream.prototype.open = openWriteFs;
  WriteStream.prototype._construct = _construct;
  function writeAll(data, size, pos, cb, retries = 0) {
    this[kFs].write(this.fd, data, 0, size, pos === undefined ? null : pos, (er, bytesWritten, buffer) => {
      // No data currently available and operation should be retried later.
      if (er && er.code === 'EAGAIN') {
        er = null;
        bytesWritten = 0;
      }
      if (this.destroyed || er) {
        return cb(er || streamDestroyedError('write'));
      }
      this.bytesWritten += bytesWritten;
      retries = bytesWritten ? 0 : retries + 1;
      size -= bytesWritten;
      if (pos !== undefined && pos !== null) pos += bytesWritten;
      // Try writing non-zero number of bytes up to 5 times.
      if (retries > 5) {
        cb(new Error('write failed'));
      } else if (size) {
        writeAll.call(this, (buffer || data).slice(bytesWritten), size, pos, cb, retries);
      } else {
        cb();
      }
    });
  }
  function streamDestroyedError(method) {
    return new internal.streamErrorCodes.ERR_STREAM_DESTROYED(method);
  }
  WriteStream.prototype._write = function _write(data, encoding, cb) {
    this[kIsPerformingIO] = true;
    writeAll.call(this, data, data.length, this.pos, (er) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        // Tell ._destroy() that it's safe to close the fd now.
        cb(er);
        return this.emit(kIoDone, er);
      }
      cb(er);
    });
    if (this.pos !== undefined) this.pos += data.length;
  };
  WriteStream.prototype._writev = function _writev(data, cb) {
    const len = data.length;
    const chunks = new Array(len);
    let size = 0;
    for (let i = 0; i < len; i++) {
      const chunk = data[i].chunk;
      chunks[i] = chunk;
      size += chunk.length;
    }
    this[kIsPerformingIO] = true;
    // One write of the concatenated chunks (Looplab's fs has no writev).
    writeAll.call(this, Buffer.concat(chunks), size, this.pos, (er) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        cb(er);
        return this.emit(kIoDone, er);
      }
      cb(er);
    });
    if (this.pos !== undefined) this.pos += size;
  };
  WriteStream.prototype._destroy = streamDestroy;
  WriteStream.prototype.close = function close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    // If we are not autoClosing, we should call destroy on 'finish'.
    if (!this.autoClose) this.on('finish', this.destroy);
    // We use end() instead of destroy() because of https://github.com/nodejs/node/issues/2006
    this.end();
  };
  // There is no shutdown() for files.
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  Object.defineProperty(WriteStream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });

  internal.fsStreams = { ReadStream, WriteStream };

  // ---- process.stdout / process.stderr: SyncWriteStream ----
  function SyncWriteStream(fd, options, label) {
    if (label) setLabel(this, label);
    Reflect.apply(Writable, this, [{ autoDestroy: true }]);
    options = options || {};
    this.fd = fd;
    this.readable = false;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  }
  Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStream, Writable);
  // Looplab's stdout/stderr take text: bytes are decoded as UTF-8, keeping a character split across writes
  // (e.g. a file piped in small chunks) until its last byte arrives, so the output has the bytes node writes.
  const kDecoder = Symbol('kDecoder');
  SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
    let text;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      let decoder = this[kDecoder];
      if (decoder === undefined) {
        decoder = new (internal.modules.string_decoder.StringDecoder)('utf8');
        Object.defineProperty(this, kDecoder, { value: decoder, enumerable: false });
      }
      text = decoder.write(chunk);
    }
    if (text !== '') internal.host.write(this.fd, text);
    cb();
  };
  SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;
  // process.stdin: what node makes for a file on fd 0, an fs.ReadStream (64 KiB chunks, autoClose false), here
  // reading the scenario's stdin text; each read is a thread-pool job, like a real file read.
  internal.makeStdin = function makeStdin() {
    let bytes = null;
    const stdinFs = {
      open(path, flags, mode, cb) { cb(null, 0); },
      close(fd, cb) { cb(null); },
      read(fd, buf, offset, length, position, cb) {
        if (bytes === null) bytes = Buffer.from(internal.host.stdin, internal.host.stdinBytes ? 'latin1' : 'utf8');
        const start = typeof position === 'number' ? position : stdinFs.pos;
        const n = Math.max(0, Math.min(length, bytes.length - start));
        // (Completed as node's fs.read: under `FSReqCallback.wrapper [as oncomplete]`.)
        const done = internal.fsCallback('read', cb);
        internal.host.poolJob('stdin read', n, function stdinRead() {
          bytes.copy(buf, offset, start, start + n);
          stdinFs.pos = start + n;
          done(null, n, buf);
        });
      },
      pos: 0,
    };
    const s = Object.create(ReadStream.prototype);
    setLabel(s, 'stdin');
    ReadStream.call(s, null, { fd: 0, autoClose: false, fs: stdinFs });
    return s;
  };
  internal.makeStdioStream = function makeStdioStream(fd) {
    const s = new SyncWriteStream(fd, { autoClose: false }, fd === 1 ? 'stdout' : 'stderr');
    s._type = 'fs';
    s._isStdio = true;
    // As node's getStdout()/getStderr(): the fd is never closed; destroy() (e.g. autoDestroy after end(), or a
    // pipeline into stdout finishing) leaves the stream usable, still emitting 'close'.
    s.destroySoon = s.destroy;
    s._destroy = dummyDestroy;
    return s;
  };
  function dummyDestroy(err, cb) {
    cb(err);
    this._undestroy();
    // We need to emit 'close' anyway so that the closing of the stream is observable. We just make sure we are
    // not going to do it twice. The 'close' event is needed so that finished and pipeline work correctly.
    if (!this._writableState.emitClose) {
      process.nextTick(() => {
        this.emit('close');
      });
    }
  }
})
