//! `net.Server` (listen with node's nextTick / lookup order, EADDRINUSE, ephemeral ports, address(), close
//! waiting for connections, maxConnections, ref/unref) and the `net` module's exports.
(function (internal) {
  'use strict';
  const host = internal.host;
  const process = internal.process;
  const EventEmitter = internal.modules.events;
  const errors = internal.errors;
  const { LOCAL_NAMES, ERRNO, network, sysError, isIP, isIPv4, isIPv6, lookup } = internal.netCommon;
  const { Socket, normalizeConnectArgs, validatePort } = internal.netSocket;

  // A listen failure as node's uvExceptionWithHostPort makes it (`code` before `errno`).
  function listenError(code, address, port) {
    const e = sysError('listen', code, undefined, address, port);
    for (const k of ['errno', 'syscall', 'address', 'port']) {
      if (Object.prototype.hasOwnProperty.call(e, k)) { const v = e[k]; delete e[k]; e[k] = v; }
    }
    return e;
  }
  // node's net.js emitErrorNT, whose frame the 'error' event's stack shows.
  function emitErrorNT(server, err) {
    internal.netVia.emitErrorNT(() => server.emit('error', err));
  }

  function emitListeningNT(server) {
    if (server._handle) internal.netVia.emitListeningNT(() => server.emit('listening'));
  }

  // ---- Server ----
  function Server(options, connectionListener) {
    if (!(this instanceof Server)) return new Server(options, connectionListener);
    EventEmitter.call(this);
    if (typeof options === 'function') { connectionListener = options; options = {}; }
    options = options || {};
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._sockets = new Set();
    this._handle = null;
    this._address = null;
    this._closedForNew = false;
    this._refed = true;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.maxConnections = undefined;
    this._pendingCloseCbs = [];
  }
  Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Server, EventEmitter);

  Object.defineProperty(Server.prototype, 'listening', { get() { return !!this._handle; } });

  Server.prototype._acceptsFamily = function _acceptsFamily(family) {
    const a = this._address;
    if (!a) return false;
    if (a.address === '::') return true;
    if (a.family === 'IPv4') return family !== 6;
    return family === 6;
  };

  Server.prototype.listen = function listen(...args) {
    let options = {};
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    if (args[0] !== null && typeof args[0] === 'object') options = Object.assign({}, args[0]);
    else {
      // A string that is not a number names a pipe (a Unix domain socket), as node reads it.
      if (typeof args[0] === 'string' && Number.isNaN(Number(args[0]))) options.path = args[0];
      else if (args.length > 0 && args[0] !== undefined && args[0] !== null) options.port = args[0];
      if (typeof args[1] === 'string') options.host = args[1];
      else if (typeof args[1] === 'number') options.backlog = args[1];
    }
    if (options.path !== undefined && options.path !== null) {
      const e = new Error(`Looplab's virtual network has no Unix domain sockets (listen on '${options.path}')`);
      throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
    }
    if (this._handle) {
      const e = errors.withCode(new Error('Listen method has been called more than once without closing.'), 'ERR_SERVER_ALREADY_LISTEN');
      errors.nodeFrames(e, 'Server.listen (node:net:2012:11)');
      throw errors.withArrow(e, 'node:net:2012\n    throw new ERR_SERVER_ALREADY_LISTEN();\n    ^\n');
    }
    const port = options.port === undefined ? 0 : validatePort(options.port, 'options.port');
    if (cb) this.once('listening', cb);
    if (options.host !== undefined && options.host !== null && !options._looked) {
      // node looks the host up first (an IP answers in a nextTick, a name through the thread pool).
      const self = this;
      lookup(String(options.host), function doListen(err, ip) {
        if (err) { self.emit('error', err); return; }
        self.listen(Object.assign({}, options, { host: ip, _looked: true, port }));
      });
      return this;
    }
    const hostName = options.host === undefined || options.host === null ? '::' : String(options.host);
    let address = hostName;
    let family = isIP(hostName) === 4 ? 'IPv4' : 'IPv6';
    if (hostName === 'localhost') { address = '127.0.0.1'; family = 'IPv4'; }
    const self = this;
    if (!isIP(address) || !LOCAL_NAMES.has(address)) {
      const code = isIP(address) ? 'EADDRNOTAVAIL' : 'ENOTFOUND';
      process.nextTick(function emitErrorNT() {
        self.emit('error', code === 'ENOTFOUND'
          ? Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostName}`), { errno: ERRNO.ENOTFOUND, code, syscall: 'getaddrinfo', hostname: hostName })
          : listenError(code, address, port));
      });
      return this;
    }
    const actual = port === 0 ? network.ephemeral() : port;
    if (network.servers.has(actual)) {
      // As node: made now, in listen (or in doListen after a host lookup), and emitted in a tick.
      const err = internal.errors.nodeFrames(listenError('EADDRINUSE', address, actual),
        'Server.setupListenHandle [as _listen2] (node:net:1908:16)', 'listenInCluster (node:net:1965:12)',
        options._looked ? 'doListen (node:net:2139:7)' : 'Server.listen (node:net:2067:7)');
      process.nextTick(emitErrorNT, self, err);
      return this;
    }
    this._handle = { port: actual };
    this._address = { address, family, port: actual };
    this._closedForNew = false;
    network.servers.set(actual, this);
    if (this._refed) host.netRef(1);
    process.nextTick(emitListeningNT, self);
    return this;
  };

  Server.prototype.address = function address() {
    return this._address && this._handle ? Object.assign({}, this._address) : null;
  };

  Server.prototype._accept = function _accept(address, family, clientAddress, clientPort) {
    const sock = new Socket({ allowHalfOpen: this.allowHalfOpen });
    sock._handle = { fake: true };
    host.netRef(1);
    sock._server = this;
    sock.server = this;
    const mapped = this._address.address === '::' && family !== 6 ? `::ffff:${clientAddress}` : clientAddress;
    sock._sockname = {
      address: this._address.address === '::' ? (family !== 6 ? `::ffff:${address}` : address) : this._address.address,
      family: this._address.family === 'IPv6' ? 'IPv6' : 'IPv4', port: this._address.port,
    };
    sock._peername = { address: mapped, family: this._address.family === 'IPv6' ? 'IPv6' : 'IPv4', port: clientPort };
    this._connections++;
    this._sockets.add(sock);
    return sock;
  };

  Server.prototype.close = function close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() {
          const e = errors.withCode(new Error('Server is not running.'), 'ERR_SERVER_NOT_RUNNING');
          errors.nodeFrames(e, 'Server.close (node:net:2284:12)');
          internal.netVia.serverNotRunning(() => cb(e));
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      network.servers.delete(this._handle.port);
      if (this._refed) host.netRef(-1);
      this._handle = null;
      this._closedForNew = true;
    }
    this._emitCloseIfDrained();
    return this;
  };
  function emitCloseNT(server) { internal.netVia.emitCloseNT(() => server.emit('close')); }
  Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
    if (this._handle || this._connections > 0) return;
    // (As node's `process.nextTick(emitCloseNT, this)`: a tick with one argument, under node's emitCloseNT.)
    process.nextTick(emitCloseNT, this);
  };
  Server.prototype.getConnections = function getConnections(cb) {
    const n = this._connections;
    process.nextTick(cb, null, n);
    return this;
  };
  Server.prototype.ref = function ref() {
    if (!this._refed && this._handle) host.netRef(1);
    this._refed = true;
    return this;
  };
  Server.prototype.unref = function unref() {
    if (this._refed && this._handle) host.netRef(-1);
    this._refed = false;
    return this;
  };
  Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
    return new Promise((resolve) => this.close(() => resolve()));
  };

  function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
  }
  function connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    const sock = new Socket(options);
    return cb ? sock.connect(options, cb) : sock.connect(options);
  }

  const net = {
    Server, Socket, Stream: Socket,
    createServer, connect, createConnection: connect,
    isIP, isIPv4, isIPv6,
    getDefaultAutoSelectFamily() { return true; },
    setDefaultAutoSelectFamily() {},
    getDefaultAutoSelectFamilyAttemptTimeout() { return 250; },
    setDefaultAutoSelectFamilyAttemptTimeout() {},
  };
  internal.modules.net = net;
})
