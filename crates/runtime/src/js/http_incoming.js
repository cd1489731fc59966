//! `http.IncomingMessage` (after node's lib/_http_incoming.js): a Readable fed by the parser with a request's or
//! response's head and body, pausing its socket when its buffer is full.
(function (internal) {
  'use strict';
  const { Readable } = internal.stream;
  const kLabel = internal.kStreamLabel;
  const process = internal.process;

  function connResetException(msg) {
    const e = new Error(msg);
    e.code = 'ECONNRESET';
    return e;
  }

  // ---- IncomingMessage ----
  function IncomingMessage(socket) {
    if (!this[kLabel]) Object.defineProperty(this, kLabel, { value: 'http.IncomingMessage', configurable: true, writable: true });
    Readable.call(this, { autoDestroy: true, emitClose: true });
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.headers = {};
    this.trailers = {};
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this._consuming = false;
    this._dumped = false;
  }
  Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
  Object.setPrototypeOf(IncomingMessage, Readable);
  Object.defineProperty(IncomingMessage.prototype, 'connection', {
    get() { return this.socket; }, set(v) { this.socket = v; },
  });
  // Every value of each header as an array, keyed by its lower-case name (a null-prototype object), made at
  // the first read and kept, as node does (so a read before the trailers came keeps them out).
  const distinct = new WeakMap();
  function distinctOf(msg, which, raw) {
    let cache = distinct.get(msg);
    if (cache === undefined) distinct.set(msg, (cache = {}));
    if (cache[which] === undefined) {
      const out = Object.create(null);
      for (let n = 0; n + 1 < raw.length; n += 2) {
        const field = String(raw[n]).toLowerCase();
        if (out[field] === undefined) out[field] = [raw[n + 1]];
        else out[field].push(raw[n + 1]);
      }
      cache[which] = out;
    }
    return cache[which];
  }
  Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
    get() { return distinctOf(this, 'headers', this.rawHeaders); },
    set(v) { distinctOf(this, 'headers', []); distinct.get(this).headers = v; },
    enumerable: false, configurable: false,
  });
  Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
    get() { return distinctOf(this, 'trailers', this.rawTrailers); },
    set(v) { distinctOf(this, 'trailers', []); distinct.get(this).trailers = v; },
    enumerable: false, configurable: false,
  });
  IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  };
  IncomingMessage.prototype._read = function _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    const socket = this.socket;
    if (socket && socket._httpPaused) {
      socket._httpPaused = false;
      socket.resume();
    }
  };
  IncomingMessage.prototype._destroy = function _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      const cleanup = () => cb(err);
      this.socket.once('close', cleanup);
      return;
    }
    // As node: in a tick, and the error only to a message with 'error' listeners.
    process.nextTick(onDestroyed, this, err, cb);
  };
  function onDestroyed(self, err, cb) {
    if (self.listenerCount('error') === 0) cb();
    else cb(err);
  }
  IncomingMessage.prototype._dump = function _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  };
  IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(info) {
    this.headers = info.headers;
    this.rawHeaders = info.rawHeaders;
  };
  IncomingMessage.prototype._addTrailerLines = function _addTrailerLines(info) {
    this.trailers = info.headers;
    this.rawTrailers = info.rawHeaders;
  };
  /** Pushes a body chunk; pauses the socket when the message's buffer is full (read resumes it). */
  function pushBody(msg, chunk) {
    if (msg._dumped) return;
    if (!msg.push(chunk) && msg.socket && !msg.socket._httpPaused) {
      msg.socket._httpPaused = true;
      msg.socket.pause();
    }
  }

  internal.httpIncoming = { IncomingMessage, pushBody, connResetException };
})
