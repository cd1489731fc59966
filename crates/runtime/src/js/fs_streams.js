//! fs.ReadStream / fs.WriteStream (fs.createReadStream / createWriteStream) over the VFS, with Node 20's options,
//! events ('open', 'ready', 'close') and defaults (64 KiB read chunks), doing their I/O through the async fs
//! calls, i.e. through the thread-pool model with the configured latency. Also process.stdout / process.stderr
//! as Writable streams (Node's SyncWriteStream, what a redirected stdout is).
(function (internal) {
  'use strict';
  const fs = internal.modules.fs;
  const process = internal.process;
  const { Readable, Writable } = internal.stream;
  const Buffer = internal.Buffer;
  const errors = internal.errors;
  const kLabel = internal.kStreamLabel;
  const kIsPerformingIO = Symbol('kIsPerformingIO');

  // Not the global `URL`: it is a lazy accessor that replaces itself with a data property, and Boa 0.22's
  // inline cache keeps calling the old getter from functions that read it before the switch.
  const url = internal.modules.url;
  function toPath(path) {
    if (path instanceof url.URL) return url.fileURLToPath(path);
    if (Buffer.isBuffer(path)) return path.toString();
    return path;
  }
  // The trace label of a stream is read when its state is created, so set it before Readable/Writable run.
  function setLabel(stream, label) {
    Object.defineProperty(stream, kLabel, { value: label, enumerable: false, configurable: true, writable: true });
  }
  function copyObject(o) { return Object.assign({}, o); }
  function getOptions(options, defaults) {
    if (options === null || options === undefined || typeof options === 'function') return defaults;
    if (typeof options === 'string') return Object.assign({}, defaults, { encoding: options });
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'string or Object', options);
    return Object.assign({}, defaults, options);
  }
  function validateInteger(value, name, min, max) {
    if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) {
      throw errors.outOfRange(name, 'an integer', value);
    }
    if (value < min || value > max) throw errors.outOfRange(name, `>= ${min} && <= ${max}`, value);
  }

  function importFd(stream, options) {
    if (typeof options.fd === 'number') {
      stream.fd = options.fd;
      return;
    }
    stream.fd = null;
    if (options.fd !== undefined && options.fd !== null) throw errors.invalidArgType('options.fd', 'number', options.fd);
  }
  function openStream(stream, cb) {
    fs.open(stream.path, stream.flags, stream.mode, (er, fd) => {
      if (er) {
        cb(er);
        return;
      }
      stream.fd = fd;
      cb();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    });
  }
  function close(stream, err, cb) {
    if (!stream.fd) {
      cb(err);
    } else if (stream.flush) {
      cb(err);
    } else {
      fs.close(stream.fd, (er) => cb(er || err));
      stream.fd = null;
    }
  }
  function streamDestroy(err, cb) {
    // Usually for async IO it is safe to close a file descriptor even when there are pending operations;
    // node waits for the one in flight here too.
    if (this[kIsPerformingIO]) this.once('io-done', (er) => close(this, err || er, cb));
    else close(this, err, cb);
  }
  function streamClose(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.destroy();
  }

  // ---- ReadStream ----
  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = copyObject(getOptions(options, {}));
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = false;
    importFd(this, options);
    if (this.fd === null) this.path = toPath(path);
    else this.path = undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    if (typeof this.path === 'string') setLabel(this, this.path);
    this.start = options.start;
    this.end = options.end === undefined ? Infinity : options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    this[kIsPerformingIO] = false;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0, Number.MAX_SAFE_INTEGER);
      this.pos = this.start;
    }
    if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0, Number.MAX_SAFE_INTEGER);
      if (this.start !== undefined && this.start > this.end) {
        throw errors.outOfRange('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    Reflect.apply(Readable, this, [options]);
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperty(ReadStream.prototype, 'autoClose', {
    get() { return this._readableState.autoDestroy; },
    set(val) { this._readableState.autoDestroy = val; },
    configurable: true,
  });
  ReadStream.prototype.open = function open() {};
  ReadStream.prototype._construct = function _construct(callback) {
    if (typeof this.fd === 'number') callback();
    else openStream(this, callback);
  };
  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafeSlow(n);
    this[kIsPerformingIO] = true;
    fs.read(this.fd, buf, 0, n, this.pos === undefined ? null : this.pos, (er, bytesRead, buf) => {
      this[kIsPerformingIO] = false;
      // Tell ._destroy() that it's safe to close the fd now.
      if (this.destroyed) {
        this.emit('io-done', er);
        return;
      }
      if (er) {
        this.destroy(er);
      } else if (bytesRead > 0) {
        if (this.pos !== undefined) this.pos += bytesRead;
        this.bytesRead += bytesRead;
        if (bytesRead !== buf.length) {
          const dst = Buffer.allocUnsafeSlow(bytesRead);
          buf.copy(dst, 0, 0, bytesRead);
          buf = dst;
        }
        this.push(buf);
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = streamDestroy;
  ReadStream.prototype.close = streamClose;
  Object.defineProperty(ReadStream.prototype, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });

  // ---- WriteStream ----
  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = copyObject(getOptions(options, {}));
    options.decodeStrings = true;
    importFd(this, options);
    if (this.fd === null) this.path = toPath(path);
    else this.path = undefined;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
    this.flush = options.flush === undefined ? false : !!options.flush;
    if (typeof this.path === 'string') setLabel(this, this.path);
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this[kIsPerformingIO] = false;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0, Number.MAX_SAFE_INTEGER);
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
  WriteStream.prototype.open = function open() {};
  WriteStream.prototype._construct = ReadStream.prototype._construct;
  function writeAll(data, pos, cb) {
    this[kIsPerformingIO] = true;
    fs.write(this.fd, data, 0, data.length, pos === undefined ? null : pos, (er, bytes) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        cb(er);
        this.emit('io-done', er);
        return;
      }
      if (er) {
        cb(er);
        return;
      }
      this.bytesWritten += bytes;
      cb();
    });
    if (this.pos !== undefined) this.pos += data.length;
  }
  WriteStream.prototype._write = function _write(data, encoding, cb) {
    writeAll.call(this, data, this.pos, cb);
  };
  WriteStream.prototype._writev = function _writev(data, cb) {
    const chunks = data.map((d) => d.chunk);
    writeAll.call(this, Buffer.concat(chunks), this.pos, cb);
  };
  WriteStream.prototype._destroy = streamDestroy;
  WriteStream.prototype.close = streamClose;
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
  SyncWriteStream.prototype._write = function _write(chunk, encoding, cb) {
    internal.host.write(this.fd, typeof chunk === 'string' ? chunk : internal.host.utf8Decode(chunk));
    cb();
  };
  SyncWriteStream.prototype._destroy = function _destroy(err, cb) {
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;
  internal.makeStdioStream = function makeStdioStream(fd) {
    const s = new SyncWriteStream(fd, { autoClose: false }, fd === 1 ? 'stdout' : 'stderr');
    s._type = 'fs';
    s._isStdio = true;
    return s;
  };
})
