//! `http.Server` (after node's lib/_http_server.js: one parser per connection, keep-alive timeout, headers and
//! request timeouts checked every connectionsCheckingInterval, close() closing idle connections as node 19+
//! does, 400/408/431 on bad requests) and the `http` module's exports (createServer, request, get...).
(function (internal) {
  'use strict';
  const process = internal.process;
  const errors = internal.errors;
  const net = internal.modules.net;
  const { Parser, METHODS, STATUS_CODES, MAX_HEADER_SIZE } = internal.httpCommon;
  const { OutgoingMessage, ServerResponse, emitCloseNT } = internal.httpOutgoing;
  const TRACING = internal.host.tracing();
  const { IncomingMessage, pushBody } = internal.httpIncoming;
  const { Agent, globalAgent } = internal.httpAgent;
  const { ClientRequest } = internal.httpClient;

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
    // node's own 'listening' listener, which starts the tracking interval (see below: Looplab starts it with
    // the first connection): a server has it, and 'listening' goes to two listeners once the user adds one.
    this.on('listening', setupConnectionsTracking);
  }
  Object.setPrototypeOf(Server.prototype, net.Server.prototype);
  Object.setPrototypeOf(Server, net.Server);

  // node checks every connectionsCheckingInterval (an unref'd interval) for requests whose head did not arrive
  // within headersTimeout, or whose whole request did not arrive within requestTimeout: 408 and destroy.
  // node starts the interval at 'listening'; Looplab runs it only while the server has connections, so a
  // server left listening with nothing else to do ends the run (networkIdle) instead of ticking for an hour.
  function nowMs() {
    return internal.host.netNow() / 1e6;
  }
  function setupConnectionsTracking() {
    if (!this._httpConnections || this._httpConnections.size === 0) return;
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
    if (!server._checkTimer && server.listening) setupConnectionsTracking.call(server);
    socket.once('close', () => {
      // node's abortIncoming: requests still being read are destroyed ('aborted', then 'close').
      while (state.incoming.length) state.incoming.shift().destroy(internal.httpIncoming.connResetException('aborted'));
      server._httpConnections.delete(socket);
      if (server._httpConnections.size === 0 && server._checkTimer) {
        clearInterval(server._checkTimer);
        server._checkTimer = null;
      }
    });
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
      onComplete(trailers) {
        if (trailers && req) req._addTrailerLines(trailers);
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
      internal.netVia.request(() => server.emit('request', req, res));
    }
    return false;
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
