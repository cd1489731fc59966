//! `http.OutgoingMessage` and `http.ServerResponse`, after node's lib/_http_outgoing.js and _http_server.js:
//! headers kept with their original case, the head built on first write (Date, Connection/Keep-Alive,
//! Content-Length or chunked transfer coding chosen as node chooses), data written straight to the socket
//! once one is assigned (else buffered), 'finish' when the last byte was handed to the socket.
(function (internal) {
  'use strict';
  const process = internal.process;
  const Buffer = internal.Buffer;
  const errors = internal.errors;
  const Stream = internal.stream.Stream;
  const { validateHeaderName, validateHeaderValue, STATUS_CODES } = internal.httpCommon;
  const kHeaders = Symbol('kOutHeaders');
  const kNeedDrain = Symbol('kNeedDrain');
  const CRLF = '\r\n';

  // (With the message and node's method and line: its frame, and the header of an uncaught one.)
  function headersSentError(action, msg, method, where) {
    const e = errors.withCode(new Error(`Cannot ${action} headers after they are sent to the client`), 'ERR_HTTP_HEADERS_SENT');
    if (msg && method) {
      const cls = (msg.constructor && msg.constructor.name) || 'OutgoingMessage';
      errors.nodeFrames(e, `${cls}.${method} (node:${where}:11)`);
      errors.withArrow(e, `node:${where}\n    throw new ERR_HTTP_HEADERS_SENT('${action}');\n    ^\n`);
    }
    return e;
  }
  function utcDate() {
    return new Date().toUTCString();
  }

  function OutgoingMessage() {
    Stream.call(this);
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this[kNeedDrain] = false;
    this.finished = false;
    this._headerSent = false;
    this._closed = false;
    this.socket = null;
    this._header = null;
    this[kHeaders] = null;
    this._keepAliveTimeout = 0;
    this._onPendingData = function nop() {};
  }
  Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
  Object.setPrototypeOf(OutgoingMessage, Stream);

  Object.defineProperties(OutgoingMessage.prototype, {
    writableFinished: {
      get() {
        return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
      },
    },
    writableEnded: { get() { return this.finished; } },
    writableObjectMode: { get() { return false; } },
    writableLength: { get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); } },
    writableHighWaterMark: { get() { return this.socket ? this.socket.writableHighWaterMark : 16384; } },
    writableCorked: { get() { return this.socket ? this.socket.writableCorked : 0; } },
    writableNeedDrain: { get() { return !this.destroyed && !this.finished && this[kNeedDrain]; } },
    headersSent: { get() { return !!this._header; } },
    connection: { get() { return this.socket; }, set(v) { this.socket = v; } },
  });

  OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
    if (this._header) throw headersSentError('set', this, 'setHeader', '_http_outgoing:655');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (this[kHeaders] === null) this[kHeaders] = Object.create(null);
    this[kHeaders][name.toLowerCase()] = [name, value];
    return this;
  };
  OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
    if (this._header) throw headersSentError('set', this, 'setHeaders', '_http_outgoing:670');
    const entries = headers instanceof Map || (headers && typeof headers.entries === 'function') ? headers.entries() : Object.entries(headers || {});
    for (const [k, v] of entries) this.setHeader(k, v);
    return this;
  };
  OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
    if (this._header) throw headersSentError('append', this, 'appendHeader', '_http_outgoing:711');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    if (this[kHeaders] === null) this[kHeaders] = Object.create(null);
    const existing = this[kHeaders][key];
    if (existing) {
      const prev = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
      existing[1] = prev.concat(value);
    } else {
      this[kHeaders][key] = [name, value];
    }
    return this;
  };
  OutgoingMessage.prototype.getHeader = function getHeader(name) {
    if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
    const h = this[kHeaders];
    if (h === null) return undefined;
    const entry = h[name.toLowerCase()];
    return entry && entry[1];
  };
  OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
    return this[kHeaders] !== null ? Object.keys(this[kHeaders]) : [];
  };
  OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
    return this[kHeaders] !== null ? Object.values(this[kHeaders]).map((e) => e[0]) : [];
  };
  OutgoingMessage.prototype.getHeaders = function getHeaders() {
    const out = Object.create(null);
    const h = this[kHeaders];
    if (h) for (const key of Object.keys(h)) out[key] = h[key][1];
    return out;
  };
  OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
    if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
    return this[kHeaders] !== null && !!this[kHeaders][name.toLowerCase()];
  };
  OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
    if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
    if (this._header) throw headersSentError('remove', this, 'removeHeader', '_http_outgoing:804');
    const key = name.toLowerCase();
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kHeaders] !== null) delete this[kHeaders][key];
  };
  OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  };
  OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) this.once('socket', (s) => s.setTimeout(msecs));
    else this.socket.setTimeout(msecs);
    return this;
  };
  OutgoingMessage.prototype.destroy = function destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  };
  OutgoingMessage.prototype.cork = function cork() { if (this.socket) this.socket.cork(); };
  OutgoingMessage.prototype.uncork = function uncork() { if (this.socket) this.socket.uncork(); };

  /** Builds the head: the first line, the headers, then Date / Connection / framing as node adds them. */
  OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
    const state = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
    const add = (name, value) => {
      // Arrays become one line per value, except 'cookie', which node joins with '; '.
      if (Array.isArray(value) && value.length > 1 && name.toLowerCase() === 'cookie') value = value.join('; ');
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        validateHeaderValue(name, v);
        state.header += name + ': ' + v + CRLF;
      }
      const key = name.toLowerCase();
      if (key === 'connection') {
        state.connection = true;
        if (/(^|,)\s*close\s*(,|$)/i.test(String(value))) this._last = true;
        else this.shouldKeepAlive = true;
      } else if (key === 'transfer-encoding') {
        state.te = true;
        if (/(^|,)\s*chunked\s*$/i.test(String(value))) this.chunkedEncoding = true;
      } else if (key === 'content-length') state.contLen = true;
      else if (key === 'date') state.date = true;
      else if (key === 'expect') state.expect = true;
      else if (key === 'trailer') state.trailer = true;
    };
    if (headers) {
      if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) for (const [k, v] of headers) add(k, v);
        else for (let i = 0; i < headers.length; i += 2) add(headers[i], headers[i + 1]);
      } else {
        for (const key of Object.keys(headers)) {
          const entry = headers[key];
          if (Array.isArray(entry) && entry.length === 2 && this[kHeaders] === headers) add(entry[0], entry[1]);
          else add(key, entry);
        }
      }
    }
    let header = state.header;
    if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + CRLF;
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this._last = true;
      this.chunkedEncoding = false;
    }
    if (!state.connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive &&
        (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        header += 'Connection: close' + CRLF;
      } else if (shouldSendKeepAlive) {
        header += 'Connection: keep-alive' + CRLF;
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}` + CRLF;
        }
      } else {
        this._last = true;
        header += 'Connection: close' + CRLF;
      }
    }
    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        header += 'Content-Length: ' + this._contentLength + CRLF;
      } else if (!this._removedTE) {
        header += 'Transfer-Encoding: chunked' + CRLF;
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }
    this._header = header + CRLF;
    this._headerSent = false;
  };

  OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
        this.outputSize += this._header.length;
        this._onPendingData(this._header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
  };
  OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
    const conn = this.socket;
    if (conn && conn.destroyed) return false;
    if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return conn.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this.writableHighWaterMark;
  };
  OutgoingMessage.prototype._flush = function _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) this._finish();
      else if (ret && this[kNeedDrain]) { this[kNeedDrain] = false; this.emit('drain'); }
    }
  };
  OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
    const data = this.outputData;
    if (data.length === 0) return true;
    let ret = true;
    socket.cork();
    for (const { data: d, encoding, callback } of data) ret = socket.write(d, encoding, callback);
    socket.uncork();
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  };
  OutgoingMessage.prototype._finish = function _finish() {
    this.emit('prefinish');
  };

  // node's write_/end after the message finished: the error (made in node's `frames`) goes to the callback,
  // then to 'error', in one tick (onError / emitErrorNt).
  function writeAfterEnd(msg, callback, ...frames) {
    const err = errors.withCode(new Error('write after end'), 'ERR_STREAM_WRITE_AFTER_END');
    const cls = (msg.constructor && msg.constructor.name) || 'OutgoingMessage';
    errors.nodeFrames(err, ...frames.map((f) => f.replace('$', cls)));
    if (msg.destroyed) return;
    process.nextTick(emitErrorNt, msg, err, typeof callback === 'function' ? callback : () => {});
  }
  function emitErrorNt(msg, err, callback) {
    callback(err);
    if (typeof msg.emit === 'function' && !msg.destroyed) internal.netVia.emitErrorNt(() => msg.emit('error', err));
  }
  // An argument error node's write_ throws (at `line` of _http_outgoing), below `write` or `end`.
  function thrownInWrite(msg, fromEnd, line, thrown, err) {
    const cls = (msg.constructor && msg.constructor.name) || 'OutgoingMessage';
    errors.nodeFrames(err, `write_ (node:_http_outgoing:${line}:11)`,
      fromEnd ? `${cls}.end (node:_http_outgoing:1056:5)` : `${cls}.write (node:_http_outgoing:860:15)`);
    return errors.withArrow(err, `node:_http_outgoing:${line}\n    throw new ${thrown}\n    ^\n`);
  }
  function writeChunk(msg, chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') callback = null;
    if (msg.socket && msg.socket.destroyed) {
      const e = errors.withCode(new Error('Cannot call write after a stream was destroyed'), 'ERR_STREAM_DESTROYED');
      if (callback) process.nextTick(callback, e);
      return false;
    }
    if (chunk === null) {
      throw thrownInWrite(msg, fromEnd, 903, 'ERR_STREAM_NULL_VALUES();',
        errors.withCode(new TypeError('May not write null values to stream'), 'ERR_STREAM_NULL_VALUES'));
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw thrownInWrite(msg, fromEnd, 905, 'ERR_INVALID_ARG_TYPE(',
        errors.invalidArgType('chunk', 'string or an instance of Buffer or Uint8Array', chunk));
    }
    if (!fromEnd && msg.finished) {
      writeAfterEnd(msg, callback, 'write_ (node:_http_outgoing:911:11)', '$.write (node:_http_outgoing:860:15)');
      return false;
    }
    if (!msg._header) {
      if (fromEnd) msg._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._implicitHeader();
    }
    if (!msg._hasBody) {
      if (callback) process.nextTick(callback);
      return true;
    }
    const len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (len === 0) {
      if (callback) process.nextTick(callback);
      return true;
    }
    let ret;
    if (msg.chunkedEncoding) {
      if (msg.socket) msg.socket.cork();
      msg._send(len.toString(16), 'latin1', null);
      msg._send(CRLF, 'latin1', null);
      msg._send(chunk, encoding, null);
      ret = msg._send(CRLF, 'latin1', callback);
      if (msg.socket) msg.socket.uncork();
    } else {
      ret = msg._send(chunk, encoding, callback);
    }
    if (!ret) msg[kNeedDrain] = true;
    return ret;
  }

  OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    const ret = writeChunk(this, chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  };
  OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
    this._trailer = '';
    for (const key of Object.keys(headers)) {
      validateHeaderName(key, 'Trailer name');
      this._trailer += key + ': ' + headers[key] + CRLF;
    }
  };

  function onFinish(outmsg) {
    if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
    outmsg.emit('finish');
  }

  OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') { callback = chunk; chunk = null; encoding = null; }
    else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
    if (chunk) {
      if (this.finished) {
        writeAfterEnd(this, callback, '$.end (node:_http_outgoing:1047:15)');
        return this;
      }
      if (this.socket) this.socket.cork();
      writeChunk(this, chunk, encoding, null, true);
      if (this.socket) this.socket.uncork();
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(errors.withCode(new Error('Cannot call end after a stream was finished'), 'ERR_STREAM_ALREADY_FINISHED'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    const finish = onFinish.bind(undefined, this);
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0' + CRLF + this._trailer + CRLF, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    if (this.socket) {
      this.socket._writableState.corked = 1;
      this.socket.uncork();
    }
    this[kNeedDrain] = false;
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  };

  // ---- ServerResponse ----
  function ServerResponse(req, options) {
    OutgoingMessage.call(this);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    this.statusCode = 200;
    this.statusMessage = undefined;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te || '');
      this.shouldKeepAlive = false;
    }
    void options;
  }
  Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
  Object.setPrototypeOf(ServerResponse, OutgoingMessage);

  ServerResponse.prototype._finish = function _finish() {
    OutgoingMessage.prototype._finish.call(this);
  };
  ServerResponse.prototype.assignSocket = function assignSocket(socket) {
    if (socket._httpMessage) {
      throw errors.withCode(new Error('Socket already assigned'), 'ERR_HTTP_SOCKET_ASSIGNED');
    }
    socket._httpMessage = this;
    socket.on('close', onServerResponseClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  };
  function onServerResponseClose() {
    const msg = this._httpMessage;
    if (msg) emitCloseNT(msg);
  }
  function emitCloseNT(self) {
    if (!self._closed) {
      self.destroyed = true;
      self._closed = true;
      self.emit('close');
    }
  }
  ServerResponse.prototype.detachSocket = function detachSocket(socket) {
    socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  };
  ServerResponse.prototype.writeContinue = function writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue' + CRLF + CRLF, 'ascii', cb);
    this._sent100 = true;
  };
  ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing' + CRLF + CRLF, 'ascii', cb);
  };
  ServerResponse.prototype._implicitHeader = function _implicitHeader() {
    this.writeHead(this.statusCode);
  };
  ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
    if (this._header) throw headersSentError('write', this, 'writeHead', '_http_server:344');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      const e = new RangeError(`Invalid status code: ${original}`);
      throw errors.withCode(e, 'ERR_HTTP_INVALID_STATUS_CODE');
    }
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      obj = reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kHeaders]) {
      if (obj) {
        if (Array.isArray(obj)) {
          for (let i = 0; i < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
        } else {
          for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
        }
      }
      headers = this[kHeaders];
    } else {
      headers = obj;
      if (headers && !Array.isArray(headers)) {
        for (const k of Object.keys(headers)) {
          validateHeaderName(k);
          validateHeaderValue(k, headers[k]);
        }
      }
    }
    if (/[\r\n]/.test(this.statusMessage)) {
      throw errors.withCode(new TypeError('Invalid character in statusMessage'), 'ERR_INVALID_CHAR');
    }
    const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}${CRLF}`;
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers);
    return this;
  };
  ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

  internal.httpOutgoing = { OutgoingMessage, ServerResponse, kHeaders, emitCloseNT, headersSentError };
})
