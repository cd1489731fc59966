//! `http.ClientRequest` (after node's lib/_http_client.js): options and URL parsing, default headers, a socket from
//! the agent (or a new connection), response parsing, keep-alive hand-back ('free') and node's error/close order.
(function (internal) {
  'use strict';
  const process = internal.process;
  const Buffer = internal.Buffer;
  const errors = internal.errors;
  const net = internal.modules.net;
  const { Parser, checkIsHttpToken } = internal.httpCommon;
  const { OutgoingMessage, kHeaders } = internal.httpOutgoing;
  const { IncomingMessage, pushBody, connResetException } = internal.httpIncoming;
  const { globalAgent, freeSocketErrorListener } = internal.httpAgent;

  // ---- ClientRequest ----
  const NO_BODY_METHODS = ['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'];

  function ClientRequest(input, options, cb) {
    OutgoingMessage.call(this);
    if (typeof input === 'string') {
      const url = new internal.url.URL(input);
      input = urlToOptions(url);
    } else if (input && typeof input === 'object' && input instanceof internal.url.URL) {
      input = urlToOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      cb = options;
      options = input || {};
    } else {
      options = Object.assign({}, input || {}, options || {});
    }
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent;
    if (agent === false) agent = new defaultAgent.constructor();
    else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
      options.agent = agent;
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    if (protocol !== 'http:') {
      const e = new TypeError(`Protocol "${protocol}" not supported. Expected "http:"`);
      throw errors.withCode(e, 'ERR_INVALID_PROTOCOL');
    }
    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
    const port = options.port = options.port || defaultPort || 80;
    const host = options.host = (options.hostname || options.host || 'localhost').replace(/^\[|\]$/g, '');
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = options.timeout;
    // node's addAbortSignal: the request is destroyed with an AbortError when the signal aborts (now, if it has).
    const signal = options.signal;
    if (signal) {
      if (typeof signal !== 'object' || !('aborted' in signal)) throw errors.invalidArgType('signal', 'AbortSignal', signal);
      const onAbort = () => this.destroy(new internal.events.AbortError(undefined, { cause: signal.reason }));
      if (signal.aborted) onAbort();
      else {
        signal.addEventListener('abort', onAbort);
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    let method = options.method;
    if (method !== undefined && method !== null && typeof method !== 'string') throw errors.invalidArgType('options.method', 'string', method);
    method = this.method = (method || 'GET').toUpperCase();
    if (!checkIsHttpToken(method)) {
      const e = new TypeError(`Method must be a valid HTTP token ["${method}"]`);
      throw errors.withCode(e, 'ERR_INVALID_HTTP_TOKEN');
    }
    const path = options.path || '/';
    if (/[\u0000-\u0020]/.test(path)) {
      throw errors.withCode(new TypeError('Request path contains unescaped characters'), 'ERR_UNESCAPED_CHARACTERS');
    }
    this.path = path;
    this.host = host;
    this.protocol = protocol;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.aborted = false;
    this.res = null;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeaderSize = options.maxHeaderSize;
    if (cb) this.once('response', cb);
    const headers = options.headers;
    if (!Array.isArray(headers)) {
      if (headers) for (const key of Object.keys(headers)) this.setHeader(key, headers[key]);
      if (host && !this.getHeader('host') && options.setHost !== false) {
        let hostHeader = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
        if (port && +port !== defaultPort) hostHeader += ':' + port;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
      }
    } else {
      this._rawHeaders = headers;
    }
    this.useChunkedEncodingByDefault = !NO_BODY_METHODS.includes(method);
    if (this.agent) {
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    } else {
      this.shouldKeepAlive = false;
    }
    // (The signal is the request's: node's optsWithoutSignal keeps it from the socket.)
    if (this.agent) {
      this.agent.addRequest(this, Object.assign({}, options, { signal: undefined }));
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      const opts = Object.assign({}, options, { signal: undefined });
      opts.path = this.socketPath;
      const socket = typeof options.createConnection === 'function' ? options.createConnection(opts) : net.createConnection(opts);
      this.onSocket(socket);
    }
  }
  Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
  Object.setPrototypeOf(ClientRequest, OutgoingMessage);

  function urlToOptions(url) {
    const options = {
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      hash: url.hash, search: url.search, pathname: url.pathname,
      path: `${url.pathname || ''}${url.search || ''}`, href: url.href,
    };
    if (url.port !== '') options.port = Number(url.port);
    if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    return options;
  }

  ClientRequest.prototype._implicitHeader = function _implicitHeader() {
    if (this._header) throw internal.httpOutgoing.headersSentError('render');
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._rawHeaders || this[kHeaders]);
  };
  ClientRequest.prototype.abort = function abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  };
  ClientRequest.prototype.destroy = function destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this[kError] = err;
    // (Without a socket yet, onSocketNT reports it once the socket comes.)
    if (this.socket) this.socket.destroy(err);
    return this;
  };
  const kError = Symbol('kError');
  ClientRequest.prototype.onSocket = function onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  };
  function onSocketNT(req, socket, err) {
    if (req.destroyed || err) {
      req.destroyed = true;
      // node's _destroy: the error (a destroyed request's own, else 'socket hang up' unless it was aborted),
      // then 'close'.
      const done = (e) => {
        if (!req.aborted && !e) e = connResetException('socket hang up');
        if (e) req.emit('error', e);
        req._closed = true;
        req.emit('close');
      };
      if (socket) {
        if (!err && req.agent && !socket.destroyed) {
          // The agent takes the socket back; the request reports at once.
          socket.emit('free');
          done(req[kError]);
          return;
        }
        // Once the socket has closed (node waits with finished()).
        const why = err || req[kError];
        socket.on('error', () => {});
        socket.once('close', () => done(why));
        socket.destroy(why);
        return;
      }
      done(err || req[kError]);
      return;
    }
    tickOnSocket(req, socket);
    req._flush();
  }
  function tickOnSocket(req, socket) {
    const parser = new Parser('response', {
      onHeaders(info) { return parserOnIncomingClient(req, socket, info); },
      onBody(chunk) { if (req.res) pushBody(req.res, chunk); },
      onComplete(trailers) {
        const res = req.res;
        if (res) {
          if (trailers) res._addTrailerLines(trailers);
          res.complete = true;
          if (!res._dumped) res.push(null);
          else res.emit('end');
        }
      },
      onError(err) {
        socket._hadError = true;
        req.emit('error', err);
        socket.destroy();
      },
    });
    req.socket = socket;
    req.parser = parser;
    socket.parser = parser;
    socket._httpMessage = req;
    if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
    socket.on('error', socketErrorListener);
    socket.on('data', socketOnData);
    socket.on('end', socketOnEnd);
    socket.on('close', socketCloseListener);
    socket.on('drain', ondrain);
    if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
      listenSocketTimeout(req);
    }
    req.emit('socket', socket);
  }
  function listenSocketTimeout(req) {
    if (req.timeoutCb) return;
    req.timeoutCb = function emitRequestTimeout() { req.emit('timeout'); };
    req.socket.once('timeout', req.timeoutCb);
  }
  function ondrain() {
    const msg = this._httpMessage;
    if (msg && !msg.finished && msg.writableNeedDrain) msg.emit('drain');
  }
  function socketOnData(d) {
    const req = this._httpMessage;
    if (req && req.parser) req.parser.execute(d);
  }
  function socketOnEnd() {
    const socket = this;
    const req = this._httpMessage;
    if (req && !req.res && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    // (node's client ignores what the parser says at EOF: a response cut short is 'aborted' when the socket
    // closes, and no response at all was 'socket hang up' above.)
    if (req && req.parser) req.parser.finish();
    socket.destroy();
  }
  function socketErrorListener(err) {
    const socket = this;
    const req = socket._httpMessage;
    if (req) {
      socket._hadError = true;
      internal.netVia.connectFailed(() => req.emit('error', err));
    }
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
  }
  function socketCloseListener() {
    const socket = this;
    const req = socket._httpMessage;
    if (!req) return;
    const res = req.res;
    req.destroyed = true;
    if (res) {
      if (!res.complete) res.destroy(connResetException('aborted'));
      req._closed = true;
      req.emit('close');
      if (!res.aborted && res.readable) res.push(null);
    } else {
      if (!socket._hadError) {
        socket._hadError = true;
        req.emit('error', connResetException('socket hang up'));
      }
      req._closed = true;
      req.emit('close');
    }
  }
  function parserOnIncomingClient(req, socket, info) {
    if (req.res) {
      socket.destroy();
      return true;
    }
    const res = new IncomingMessage(socket);
    res.httpVersionMajor = info.versionMajor;
    res.httpVersionMinor = info.versionMinor;
    res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
    res.statusCode = info.statusCode;
    res.statusMessage = info.statusMessage;
    res._addHeaderLines(info);
    if (info.statusCode >= 100 && info.statusCode < 200 && info.statusCode !== 101) {
      req.emit('information', { statusCode: info.statusCode, statusMessage: info.statusMessage, httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders });
      req.parser.next();
      return true;
    }
    req.res = res;
    res.req = req;
    if (req.shouldKeepAlive && !info.shouldKeepAlive) req.shouldKeepAlive = false;
    if (!info.shouldKeepAlive) req._last = true;
    res.on('end', responseOnEnd);
    if (req.aborted || !internal.netVia.response(() => req.emit('response', res))) res._dump();
    return req.method === 'HEAD';
  }
  function responseOnEnd() {
    const req = this.req;
    const socket = req.socket;
    if (socket && req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    req._ended = true;
    if (!req.shouldKeepAlive) {
      if (socket.writable) socket.destroySoon();
    } else if (req.writableFinished && !this.aborted) {
      responseKeepAlive(req);
    } else {
      req.once('finish', () => responseKeepAlive(req));
    }
  }
  function responseKeepAlive(req) {
    const socket = req.socket;
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('error', socketErrorListener);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    socket.once('error', freeSocketErrorListener);
    process.nextTick(emitFreeNT, req);
    req.destroyed = true;
    if (req.res) req.res.socket = null;
  }
  function emitFreeNT(req) {
    req._closed = true;
    req.emit('close');
    if (req.socket) {
      const socket = req.socket;
      socket.removeListener('error', freeSocketErrorListener);
      socket.parser = null;
      socket.emit('free');
    }
  }
  ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) this.once('timeout', callback);
    this.timeout = msecs;
    const apply = (socket) => {
      socket.setTimeout(msecs);
      listenSocketTimeout(this);
    };
    if (this.socket) apply(this.socket);
    else this.once('socket', apply);
    return this;
  };
  ClientRequest.prototype.setNoDelay = function setNoDelay() {};
  ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive() {};
  ClientRequest.prototype.clearTimeout = function clearTimeout(cb) { this.setTimeout(0, cb); };

  internal.httpClient = { ClientRequest };
})
