//! `http.Agent` (after node's lib/_http_agent.js): sockets per origin up to maxSockets, queued requests, a pool of
//! idle keep-alive sockets (unref'd, timed out by the server's Keep-Alive hint), and the global agent (node 20:
//! keepAlive true, lifo, 5 s timeout). Reports each pool's counts to the trace.
(function (internal) {
  'use strict';
  const EventEmitter = internal.modules.events;
  const net = internal.modules.net;
  const TRACING = internal.host.tracing();

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
    socket.removeListener('error', freeSocketErrorListener);
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

  internal.httpAgent = { Agent, globalAgent, freeSocketErrorListener };
})
