//! `http` over the virtual network, after node's lib/_http_{incoming,client,agent,server}.js: IncomingMessage
//! (a Readable fed by the parser), ClientRequest, Agent (keep-alive pool: maxSockets, queued requests, free
//! sockets unref'd with the server's Keep-Alive hint), Server (one parser per connection, keep-alive timeout,
//! close() closing idle connections as node 19+ does, 400 on malformed requests), request/get.
(function (internal) {
  'use strict';
  const process = internal.process;
  const Buffer = internal.Buffer;
  const errors = internal.errors;
  const EventEmitter = internal.modules.events;
  const net = internal.modules.net;
  const { Readable } = internal.stream;
  const { Parser, METHODS, STATUS_CODES, checkIsHttpToken, MAX_HEADER_SIZE } = internal.httpCommon;
  const { OutgoingMessage, ServerResponse, kHeaders, emitCloseNT } = internal.httpOutgoing;
  const kLabel = internal.kStreamLabel;
  const TRACING = internal.host.tracing();

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
    cb(err);
  };
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
  /** Pushes a body chunk; pauses the socket when the message's buffer is full (read resumes it). */
  function pushBody(msg, chunk) {
    if (msg._dumped) return;
    if (!msg.push(chunk) && msg.socket && !msg.socket._httpPaused) {
      msg.socket._httpPaused = true;
      msg.socket.pause();
    }
  }

  // ---- Agent ----
  function Agent(options) {
    if (!(this instanceof Agent)) return new Agent(options);
    EventEmitter.call(this);
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = Object.assign({ __proto__: null }, options);
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.on('free', (socket, opts) => {
      const name = this.getName(opts);
      if (!socket.writable) {
        socket.destroy();
        return;
      }
      const requests = this.requests[name];
      if (requests && requests.length) {
        const req = requests.shift();
        setRequestSocket(this, req, socket);
        if (requests.length === 0) delete this.requests[name];
        reportPool(this, name);
        return;
      }
      const req = socket._httpMessage;
      if (!req || !req.shouldKeepAlive || !this.keepAlive) {
        socket.destroy();
        return;
      }
      const freeSockets = this.freeSockets[name] || [];
      const freeLen = freeSockets.length;
      let count = freeLen;
      if (this.sockets[name]) count += this.sockets[name].length;
      if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
          freeLen >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
        socket.destroy();
        return;
      }
      this.freeSockets[name] = freeSockets;
      socket._httpMessage = null;
      this.removeSocket(socket, opts);
      socket.once('error', freeSocketErrorListener);
      freeSockets.push(socket);
      reportPool(this, name);
    });
  }
  Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Agent, EventEmitter);
  Agent.defaultMaxSockets = Infinity;
  Agent.prototype.createConnection = net.createConnection;

  function freeSocketErrorListener(err) {
    const socket = this;
    socket.destroy();
    socket.emit('agentRemove');
    void err;
  }
  function reportPool(agent, name) {
    if (!TRACING) return;
    internal.host.netTrace('pool', name, (agent.sockets[name] || []).length, (agent.freeSockets[name] || []).length,
      (agent.requests[name] || []).length);
  }
  Agent.prototype.getName = function getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    return name;
  };
  Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = Object.assign({ __proto__: null }, options, this.options);
    const name = this.getName(options);
    if (!this.sockets[name]) this.sockets[name] = [];
    const freeSockets = this.freeSockets[name];
    let socket;
    if (freeSockets) {
      while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
      socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
      if (!freeSockets.length) delete this.freeSockets[name];
    }
    const freeLen = freeSockets ? freeSockets.length : 0;
    const sockLen = freeLen + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      if (!this.requests[name]) this.requests[name] = [];
      this.requests[name].push(req);
    }
    reportPool(this, name);
  };
  Agent.prototype.createSocket = function createSocket(req, options, cb) {
    options = Object.assign({ __proto__: null }, options, this.options);
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    let called = false;
    const oncreate = (err, s) => {
      if (called) return;
      called = true;
      if (err) return cb(err);
      if (!this.sockets[name]) this.sockets[name] = [];
      this.sockets[name].push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      reportPool(this, name);
      cb(null, s);
    };
    const newSocket = this.createConnection(options, oncreate);
    if (newSocket) oncreate(null, newSocket);
  };
  function installListeners(agent, s, options) {
    function onFree() { agent.emit('free', s, options); }
    s.on('free', onFree);
    function onClose() { agent.totalSocketCount--; agent.removeSocket(s, options); }
    s.on('close', onClose);
    function onTimeout() {
      const sockets = agent.freeSockets;
      if (Object.keys(sockets).some((name) => sockets[name].includes(s))) return s.destroy();
    }
    s.on('timeout', onTimeout);
    function onRemove() {
      agent.totalSocketCount--;
      agent.removeSocket(s, options);
      s.removeListener('close', onClose);
      s.removeListener('free', onFree);
      s.removeListener('timeout', onTimeout);
      s.removeListener('agentRemove', onRemove);
    }
    s.on('agentRemove', onRemove);
  }
  Agent.prototype.removeSocket = function removeSocket(s, options) {
    const name = this.getName(options);
    for (const sets of [this.sockets, this.freeSockets]) {
      const list = sets[name];
      if (list) {
        const i = list.indexOf(s);
        if (i !== -1) {
          list.splice(i, 1);
          if (list.length === 0) delete sets[name];
        }
      }
    }
    reportPool(this, name);
    const requests = this.requests[name];
    if (requests && requests.length && (!this.sockets[name] || this.sockets[name].length < this.maxSockets)) {
      const req = requests[0];
      this.createSocket(req, options, (err, socket) => {
        if (err) { req.onSocket(socket, err); return; }
        const i = requests.indexOf(req);
        if (i !== -1) requests.splice(i, 1);
        if (requests.length === 0) delete this.requests[name];
        setRequestSocket(this, req, socket);
      });
    }
  };
  Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let agentTimeout = this.options.timeout || 0;
    let canKeepSocketAlive = true;
    const res = socket._httpMessage && socket._httpMessage.res;
    if (res) {
      const hint = /^timeout=(\d+)/.exec(res.headers['keep-alive'] || '');
      if (hint) {
        const serverHintTimeout = Number(hint[1]) * 1000 - 1000;
        if (serverHintTimeout < agentTimeout || agentTimeout === 0) agentTimeout = serverHintTimeout;
        if (serverHintTimeout <= 0) canKeepSocketAlive = false;
      }
    }
    if (socket.timeout !== agentTimeout && agentTimeout > 0) socket.setTimeout(agentTimeout);
    return canKeepSocketAlive;
  };
  Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.ref();
  };
  Agent.prototype.destroy = function destroy() {
    for (const sets of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(sets)) for (const s of sets[name].slice()) s.destroy();
    }
  };
  function setRequestSocket(agent, req, socket) {
    req.onSocket(socket);
    const agentTimeout = agent.options.timeout || 0;
    if (req.timeout === undefined || req.timeout === agentTimeout) return;
    socket.setTimeout(req.timeout);
  }
  const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

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
    if (this.agent) {
      this.agent.addRequest(this, Object.assign({}, options));
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      const opts = Object.assign({}, options);
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
    if (this.socket) this.socket.destroy(err);
    else if (!this._closed) {
      process.nextTick(() => {
        if (err) this.emit('error', err);
        this._closed = true;
        this.emit('close');
      });
    }
    return this;
  };
  const kError = Symbol('kError');
  ClientRequest.prototype.onSocket = function onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  };
  function onSocketNT(req, socket, err) {
    if (req.destroyed || err) {
      req.destroyed = true;
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        if (socket) socket.destroy(err || req[kError]);
        if (err) req.emit('error', err);
        req._closed = true;
        req.emit('close');
      }
      return;
    }
    tickOnSocket(req, socket);
    req._flush();
  }
  function tickOnSocket(req, socket) {
    const parser = new Parser('response', {
      onHeaders(info) { return parserOnIncomingClient(req, socket, info); },
      onBody(chunk) { if (req.res) pushBody(req.res, chunk); },
      onComplete() {
        const res = req.res;
        if (res) {
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
    if (req && req.parser) {
      const err = req.parser.finish();
      if (err) { socket._hadError = true; req.emit('error', err); }
    }
    socket.destroy();
  }
  function socketErrorListener(err) {
    const socket = this;
    const req = socket._httpMessage;
    if (req) {
      socket._hadError = true;
      req.emit('error', err);
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
    if (req.aborted || !req.emit('response', res)) res._dump();
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

  // ---- Server ----
  function Server(options, requestListener) {
    if (!(this instanceof Server)) return new Server(options, requestListener);
    if (typeof options === 'function') { requestListener = options; options = {}; }
    options = options || {};
    net.Server.call(this, { allowHalfOpen: true, noDelay: options.noDelay !== undefined ? options.noDelay : true, keepAlive: options.keepAlive });
    if (requestListener) this.on('request', requestListener);
    this.httpAllowHalfOpen = false;
    this.on('connection', connectionListener);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.headersTimeout = options.headersTimeout !== undefined ? options.headersTimeout : 60000;
    this.keepAliveTimeout = options.keepAliveTimeout !== undefined ? options.keepAliveTimeout : 5000;
    this.requestTimeout = options.requestTimeout !== undefined ? options.requestTimeout : 300000;
    this.maxHeaderSize = options.maxHeaderSize;
    this.connectionsCheckingInterval = options.connectionsCheckingInterval !== undefined ? options.connectionsCheckingInterval : 30000;
    this._httpConnections = new Set();
    this._checkTimer = null;
    this.on('listening', setupConnectionsTracking);
  }
  Object.setPrototypeOf(Server.prototype, net.Server.prototype);
  Object.setPrototypeOf(Server, net.Server);

  // node checks every connectionsCheckingInterval (an unref'd interval) for requests whose head did not arrive
  // within headersTimeout, or whose whole request did not arrive within requestTimeout: 408 and destroy.
  function nowMs() {
    return internal.host.netNow() / 1e6;
  }
  function setupConnectionsTracking() {
    if (this._checkTimer) clearInterval(this._checkTimer);
    this._checkTimer = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
    this._checkTimer.unref();
  }
  function checkConnections() {
    const now = nowMs();
    for (const socket of Array.from(this._httpConnections)) {
      const state = socket._httpState;
      if (!state || !state.messageStart || state.expired) continue;
      const age = now - state.messageStart;
      const headersLate = !state.headersDone && this.headersTimeout > 0 && age > this.headersTimeout;
      const requestLate = !state.requestDone && this.requestTimeout > 0 && age > this.requestTimeout;
      if (headersLate || requestLate) {
        // Out of the checked list for good (node's ConnectionsList::Expired); still not idle.
        state.expired = true;
        const e = errors.withCode(new Error('Request timeout'), 'ERR_HTTP_REQUEST_TIMEOUT');
        socketOnError.call(socket, e);
      }
    }
  }

  Server.prototype.close = function close(cb) {
    if (this._checkTimer) {
      clearInterval(this._checkTimer);
      this._checkTimer = null;
    }
    this.closeIdleConnections();
    return net.Server.prototype.close.call(this, cb);
  };
  Server.prototype.closeAllConnections = function closeAllConnections() {
    for (const socket of Array.from(this._httpConnections)) socket.destroy();
  };
  Server.prototype.closeIdleConnections = function closeIdleConnections() {
    for (const socket of Array.from(this._httpConnections)) {
      const state = socket._httpState;
      if (!socket._httpMessage && state && state.incoming.length === 0 && !state.parsing && !state.messageStart) socket.destroy();
    }
  };
  Server.prototype.setTimeout = function setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  };

  function connectionListener(socket) {
    const server = this;
    if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
    socket.on('timeout', socketOnTimeout);
    const state = {
      incoming: [], outgoing: [], keepAliveTimeoutSet: false, parsing: false, requests: 0,
      messageStart: 0, headersDone: false, requestDone: false,
    };
    socket._httpState = state;
    server._httpConnections.add(socket);
    socket.once('close', () => server._httpConnections.delete(socket));
    let req = null;
    const parser = new Parser('request', {
      onHeaders(info) {
        state.parsing = true;
        state.headersDone = true;
        if (state.keepAliveTimeoutSet) {
          socket.setTimeout(0);
          state.keepAliveTimeoutSet = false;
        }
        req = new IncomingMessage(socket);
        req.httpVersionMajor = info.versionMajor;
        req.httpVersionMinor = info.versionMinor;
        req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
        req.method = info.method;
        req.url = info.url;
        req.upgrade = info.upgrade;
        req._addHeaderLines(info);
        return parserOnIncoming(server, socket, state, req, info.shouldKeepAlive);
      },
      onBody(chunk) { if (req) pushBody(req, chunk); },
      onComplete() {
        state.parsing = false;
        state.requestDone = true;
        state.messageStart = 0;
        state.headersDone = false;
        if (req) {
          req.complete = true;
          req.push(null);
        }
        req = null;
        const rest = parser.next();
        if (rest && rest.length) process.nextTick(() => parser.execute(rest));
      },
      onError(err, head) {
        socketOnError.call(socket, err, head);
      },
    });
    socket.parser = parser;
    socket.on('data', function socketOnData(d) {
      if (!state.messageStart) {
        state.messageStart = nowMs();
        state.requestDone = false;
      }
      parser.execute(d);
    });
    socket.on('end', function socketOnEnd() {
      const err = parser.finish();
      if (err) {
        socketOnError.call(socket, err);
        return;
      }
      if (!server.httpAllowHalfOpen) {
        if (socket.writable) socket.end();
      } else if (state.outgoing.length) {
        state.outgoing[state.outgoing.length - 1]._last = true;
      } else if (socket._httpMessage) {
        socket._httpMessage._last = true;
      } else if (socket.writable) {
        socket.end();
      }
    });
    socket.on('error', socketOnError);
    socket.on('drain', function socketOnDrain() {
      const msg = socket._httpMessage;
      if (msg && !msg.finished && msg.writableNeedDrain) msg.emit('drain');
    });
  }
  function socketOnTimeout() {
    const req = this.parser && this._httpState && this._httpState.incoming[0];
    const reqTimeout = req && !req.complete && req.emit('timeout', this);
    const res = this._httpMessage;
    const resTimeout = res && res.emit('timeout', this);
    const serverTimeout = this.server && this.server.emit('timeout', this);
    if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
  }
  function socketOnError(e) {
    this.removeListener('error', socketOnError);
    this.on('error', function noop() {});
    if (this.server && !this.server.emit('clientError', e, this)) {
      if (this.writable && !(this._httpMessage && this._httpMessage.headersSent)) {
        const response = e.code === 'HPE_HEADER_OVERFLOW'
          ? 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
          : e.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'
            : 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
        this.write(response);
      }
      this.destroy(e);
    }
  }
  let nextRequestId = 1;
  function parserOnIncoming(server, socket, state, req, keepAlive) {
    state.incoming.push(req);
    req._traceId = nextRequestId++;
    if (TRACING) internal.host.netTrace('request', req._traceId, socket._traceId || 0, req.method, req.url, 0, false);
    state.requests++;
    const res = new ServerResponse(req);
    res.shouldKeepAlive = keepAlive;
    res._keepAliveTimeout = server.keepAliveTimeout;
    if (server.maxRequestsPerSocket > 0 && state.requests >= server.maxRequestsPerSocket) {
      res.maxRequestsOnConnectionReached = true;
    }
    if (socket._httpMessage) state.outgoing.push(res);
    else res.assignSocket(socket);
    res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));
    if (req.headers.expect !== undefined && /^100-continue$/i.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) server.emit('checkContinue', req, res);
      else { res.writeContinue(); server.emit('request', req, res); }
    } else {
      server.emit('request', req, res);
    }
    return req.method === 'HEAD' ? false : false;
  }
  function resOnFinish(req, res, socket, state, server) {
    if (TRACING) internal.host.netTrace('request', req._traceId, socket._traceId || 0, req.method, req.url, res.statusCode, true);
    const i = state.incoming.indexOf(req);
    if (i !== -1) state.incoming.splice(i, 1);
    if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
    res.detachSocket(socket);
    process.nextTick(emitCloseNT, res);
    if (res._last) {
      socket.destroySoon();
    } else if (state.outgoing.length === 0) {
      if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
        socket.setTimeout(server.keepAliveTimeout);
        state.keepAliveTimeoutSet = true;
      }
    } else {
      const m = state.outgoing.shift();
      m.assignSocket(socket);
    }
  }

  function createServer(options, requestListener) {
    return new Server(options, requestListener);
  }
  function request(url, options, cb) {
    return new ClientRequest(url, options, cb);
  }
  function get(url, options, cb) {
    const req = request(url, options, cb);
    req.end();
    return req;
  }

  const http = {
    METHODS: METHODS.slice().sort(),
    STATUS_CODES,
    Agent, ClientRequest, IncomingMessage, OutgoingMessage, Server, ServerResponse,
    createServer, request, get,
    globalAgent,
    maxHeaderSize: MAX_HEADER_SIZE,
    validateHeaderName: internal.httpCommon.validateHeaderName,
    validateHeaderValue: internal.httpCommon.validateHeaderValue,
    setMaxIdleHTTPParsers() {},
  };
  internal.modules.http = http;
})
