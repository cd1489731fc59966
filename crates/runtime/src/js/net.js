//! `net.Socket` over Looplab's virtual network: loopback sockets in virtual time. A segment
//! written to a socket reaches its peer after the configured latency plus its size over the bandwidth
//! (`config.network`), in order; the peer's kernel buffer holds what its stream has not read, and a writer's
//! `write()` completes at once while the bytes outstanding to the peer fit `socketBufferBytes`, later otherwise,
//! so backpressure crosses the connection as over real TCP. Connections, data, EOF and resets are delivered
//! in the poll phase, `'close'` in the close phase, as libuv does. Node's lib/net.js is the reference for the
//! event order ('connect' → 'ready', 'end' → 'finish' → 'close'), defaults and error texts.
(function (internal) {
  'use strict';
  const host = internal.host;
  const process = internal.process;
  const { Duplex } = internal.stream;
  const Buffer = internal.Buffer;
  const errors = internal.errors;
  const kLabel = internal.kStreamLabel;
  const { LOCAL_NAMES, config, network, sysError, report, isIP, lookup } = internal.netCommon;

  // ---- one direction of a connection ----
  /** Bytes sent by `from` that `to` has not consumed yet, and what is waiting for room. */
  function makePipe() {
    return { outstanding: 0, lastDue: 0, waiting: [], inbox: [], eof: false, reset: false };
  }

  function segmentDelay(bytes) {
    const c = config();
    let ns = c.latencyNs + Math.ceil((bytes * 1e9) / c.bandwidth);
    if (c.loss > 0 && host.random() < c.loss) ns += c.retransmitNs;
    return ns;
  }

  // ---- Socket ----
  function Socket(options) {
    if (!(this instanceof Socket)) return new Socket(options);
    if (typeof options === 'number') options = { fd: options };
    options = Object.assign({}, options);
    if (!this[kLabel]) Object.defineProperty(this, kLabel, { value: 'net.Socket', configurable: true, writable: true });
    const allowHalfOpen = Boolean(options.allowHalfOpen);
    Duplex.call(this, {
      allowHalfOpen: true, // handled below, as node does (onReadableStreamEnd)
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
      highWaterMark: options.highWaterMark,
    });
    this.allowHalfOpen = allowHalfOpen;
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._peer = null;
    this._out = null; // pipe we write into
    this._in = null; // pipe we read from
    this._reading = false;
    this._server = null;
    this._host = null;
    this._pendingData = null;
    this._timeoutMs = 0;
    this._timer = null;
    this._bytesRead = 0;
    this._bytesWritten = 0;
    this._refed = true;
    this._sockname = null;
    this._peername = null;
    this.on('end', onReadableStreamEnd);
  }
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);

  function onReadableStreamEnd() {
    if (!this.allowHalfOpen) {
      this.write = writeAfterFIN;
      // Duplex does not end the writable side for us (it was built half-open): node's Duplex would.
      if (!this._writableState.ended) process.nextTick(endWritableNT, this);
    }
  }
  function endWritableNT(self) {
    if (!self.destroyed) self.end();
  }
  function writeAfterFIN(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    const er = new Error('This socket has been ended by the other party');
    er.code = 'EPIPE';
    if (typeof cb === 'function') process.nextTick(cb, er);
    this.destroy(er);
    return false;
  }

  // As node's _getpeername: read from the handle and kept from the first read on; with no handle (closed) or
  // while connecting, only what an earlier read kept. (_getsockname keeps nothing without a handle.)
  const peerSeen = new WeakSet();
  function peerOf(sock) {
    if ((!sock._handle || sock.connecting) && !peerSeen.has(sock)) return undefined;
    if (sock._peername) peerSeen.add(sock);
    return sock._peername;
  }
  const nameOf = (sock) => (sock._handle ? sock._sockname : undefined);
  Object.defineProperties(Socket.prototype, {
    readyState: {
      get() {
        if (this.connecting) return 'opening';
        if (this.readable && this.writable) return 'open';
        if (this.readable && !this.writable) return 'readOnly';
        if (!this.readable && this.writable) return 'writeOnly';
        return 'closed';
      },
    },
    pending: { get() { return !this._handle || this.connecting; } },
    bufferSize: { get() { return this._handle ? this.writableLength : undefined; } },
    bytesRead: { get() { return this._bytesRead; } },
    bytesWritten: {
      get() {
        let pending = 0;
        for (const w of this._writableState.buffered || []) pending += w.chunk ? Buffer.byteLength(w.chunk, w.encoding) : 0;
        return this._bytesWritten + pending;
      },
    },
    remoteAddress: { get() { const p = peerOf(this); return p ? p.address : undefined; } },
    remoteFamily: { get() { const p = peerOf(this); return p ? p.family : undefined; } },
    remotePort: { get() { const p = peerOf(this); return p ? p.port : undefined; } },
    localAddress: { get() { const n = nameOf(this); return n ? n.address : undefined; } },
    localPort: { get() { const n = nameOf(this); return n ? n.port : undefined; } },
    localFamily: { get() { const n = nameOf(this); return n ? n.family : undefined; } },
  });

  Socket.prototype.address = function address() {
    return this._sockname ? Object.assign({}, this._sockname) : {};
  };
  Socket.prototype.setNoDelay = function setNoDelay() { return this; };
  Socket.prototype.setKeepAlive = function setKeepAlive() { return this; };
  Socket.prototype.ref = function ref() {
    if (!this._refed && this._handle && !this.destroyed) host.netRef(1);
    this._refed = true;
    return this;
  };
  Socket.prototype.unref = function unref() {
    if (this._refed && this._handle && !this.destroyed) host.netRef(-1);
    this._refed = false;
    return this;
  };

  // ---- idle timeout (node's socket.setTimeout: an unref'd timer refreshed on activity) ----
  Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    this.timeout = msecs;
    if (typeof msecs !== 'number' || !(msecs >= 0)) {
      throw errors.outOfRange('msecs', '>= 0 and <= 2147483647', msecs);
    }
    this._timeoutMs = msecs;
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    if (msecs === 0) {
      if (callback) this.removeListener('timeout', callback);
    } else {
      armTimer(this);
      if (callback) this.once('timeout', callback);
    }
    return this;
  };
  function armTimer(sock) {
    const t = globalThis.setTimeout(function socketTimeout() { sock._timer = null; sock.emit('timeout'); }, sock._timeoutMs);
    t.unref();
    sock._timer = t;
  }
  function touch(sock) {
    if (sock._timer) sock._timer.refresh();
  }
  function clearIdle(sock) {
    if (sock._timer) { clearTimeout(sock._timer); sock._timer = null; }
  }

  // ---- connect ----
  function normalizeConnectArgs(args) {
    let options = {};
    const a0 = args[0];
    if (a0 !== null && typeof a0 === 'object') options = Object.assign({}, a0);
    else if (typeof a0 === 'string' && isNaN(Number(a0))) options.path = a0;
    else {
      options.port = a0;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const cb = args[args.length - 1];
    return [options, typeof cb === 'function' ? cb : null];
  }

  function validatePort(port, name) {
    const n = typeof port === 'string' && port.trim() !== '' ? Number(port) : port;
    if ((typeof n !== 'number' && typeof n !== 'string') || !Number.isInteger(Number(n)) || n < 0 || n > 65535 || (typeof port === 'string' && port.trim() === '')) {
      const shown = port == null ? ` ${port}` : ` type ${typeof port} (${internal.inspect(port)})`;
      const e = new RangeError(`${name || 'Port'} should be >= 0 and < 65536. Received${shown}.`);
      throw errors.withCode(e, 'ERR_SOCKET_BAD_PORT');
    }
    return Number(n);
  }

  Socket.prototype.connect = function connect(...args) {
    const [options, cb] = normalizeConnectArgs(args);
    if (options.path !== undefined && options.path !== null) {
      const e = new Error(`Looplab's virtual network has no Unix domain sockets (connect to '${options.path}')`);
      throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
    }
    if (this.destroyed) {
      this._readableState.reading = false;
      this._readableState.ended = false;
      this._readableState.endEmitted = false;
      this._writableState.ended = false;
      this._writableState.ending = false;
      this._writableState.finished = false;
      this._writableState.errorEmitted = false;
      this.destroyed = false;
      this._handle = null;
    }
    const port = validatePort(options.port);
    const hostName = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
    if (cb !== null) this.once('connect', cb);
    if (options.timeout) this.setTimeout(options.timeout);
    this.connecting = true;
    report(this, 'connecting');
    this._host = hostName;
    this._handle = { fake: true };
    if (this._refed) host.netRef(1);
    const self = this;
    if (isIP(hostName)) {
      process.nextTick(function connectNT() { if (self.connecting) internalConnect(self, hostName, port, isIP(hostName)); });
      return this;
    }
    lookup(hostName, { family: options.family }, function emitLookup(err, ip, addressType) {
      self.emit('lookup', err, ip, addressType, hostName);
      if (!self.connecting) return;
      if (err) {
        err.host = hostName;
        self.destroy(err);
        return;
      }
      internalConnect(self, ip, port, addressType);
    });
    return this;
  };

  function internalConnect(sock, address, port, family) {
    const c = config();
    const localPort = network.ephemeral();
    const localAddress = family === 6 ? '::1' : '127.0.0.1';
    sock._sockname = { address: localAddress, family: family === 6 ? 'IPv6' : 'IPv4', port: localPort };
    let result = null;
    // The SYN reaches the server (it accepts: onconnection), and in the same poll phase the client's connect
    // completes (afterConnect), as on loopback in node.
    host.netSchedule(c.latencyNs, 'connection', function onconnection() {
      if (!sock.connecting) return;
      const server = network.servers.get(port);
      if (!server || !LOCAL_NAMES.has(address) || !server._acceptsFamily(family) || server._closedForNew) {
        result = sysError('connect', 'ECONNREFUSED', undefined, address, port);
        return;
      }
      if (network.open >= c.maxConnections ||
          (server.maxConnections !== undefined && server._connections >= server.maxConnections)) {
        result = sysError('connect', 'ECONNRESET', undefined, address, port);
        return;
      }
      sock._peername = { address, family: family === 6 ? 'IPv6' : 'IPv4', port };
      const peer = server._accept(address, family, localAddress, localPort);
      link(sock, peer);
      report(peer, 'open');
      result = true;
      peer._lastEvent = host.netBatch();
      if (!server.pauseOnConnect) peer.read(0);
      server.emit('connection', peer);
    });
    host.netSchedule(c.latencyNs, 'connect', function afterConnect() {
      if (!sock.connecting) return;
      if (result !== true) {
        sock._sockname = null;
        // Made in node's TCPConnectWrap.afterConnect, its only frame.
        const err = result || sysError('connect', 'ECONNREFUSED', undefined, address, port);
        sock.destroy(internal.errors.nodeFrames(err, 'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)'));
        return;
      }
      sock.connecting = false;
      report(sock, 'open');
      sock._lastEvent = host.netBatch();
      sock.emit('connect');
      sock.emit('ready');
      if (!sock.isPaused()) sock.read(0);
    });
  }

  function link(a, b) {
    const ab = makePipe();
    const ba = makePipe();
    a._peer = b; b._peer = a;
    a._out = ab; b._in = ab;
    b._out = ba; a._in = ba;
    network.open++;
  }

  // ---- reading ----
  Socket.prototype._read = function _read() {
    if (this.connecting) {
      this.once('connect', () => this._read());
      return;
    }
    if (!this._in) return;
    startReading(this);
  };
  function startReading(sock) {
    if (sock._reading) return;
    sock._reading = true;
    if (sock._in && (sock._in.inbox.length > 0 || sock._in.eof || sock._in.reset) && !sock._in.flushScheduled) {
      sock._in.flushScheduled = true;
      host.netSchedule(0, 'socket readable', function onStreamRead() { sock._in.flushScheduled = false; flushInbox(sock); });
    }
  }
  // A reset seen by a read: libuv's read callback made it (node's onStreamRead frame).
  const readReset = () => internal.errors.nodeFrames(sysError('read', 'ECONNRESET'), 'TCP.onStreamRead (node:internal/stream_base_commons:218:20)');
  /** Moves what the kernel buffer holds into the stream while it reads. */
  function flushInbox(sock) {
    const pipe = sock._in;
    if (!pipe || sock.destroyed) return;
    sock._lastEvent = host.netBatch();
    if (pipe.reset) {
      pipe.reset = false;
      sock.destroy(readReset());
      return;
    }
    let freed = 0;
    while (sock._reading && pipe.inbox.length > 0) {
      const chunk = pipe.inbox.shift();
      freed += chunk.length;
      sock._bytesRead += chunk.length;
      touch(sock);
      if (!internal.netVia.streamRead(() => sock.push(chunk))) sock._reading = false;
    }
    if (freed > 0) {
      pipe.outstanding -= freed;
      report(sock);
      const writer = sock._peer;
      if (writer && pipe.waiting.length > 0) {
        host.netSchedule(config().latencyNs, 'socket writable', function afterWrite() { releaseWrites(writer); });
      }
    }
    if (pipe.inbox.length === 0 && pipe.eof && !pipe.eofDelivered) {
      pipe.eofDelivered = true;
      report(sock, sock._sentFin ? 'closing' : 'half-closed');
      // As node's onStreamRead on UV_EOF: push the end, then read(0) so 'end' follows an empty buffer.
      sock.push(null);
      sock.read(0);
    }
  }

  // ---- writing ----
  Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this.once('connect', function connect() {
        this._pendingData = null;
        this._writeGeneric(writev, data, encoding, cb);
      });
      return;
    }
    if (!this._out || !this._peer) {
      cb(sysError('write', 'EPIPE'));
      return;
    }
    const chunks = writev ? data.map((d) => toBuffer(d.chunk, d.encoding)) : [toBuffer(data, encoding)];
    let bytes = 0;
    for (const b of chunks) bytes += b.length;
    touch(this);
    sendChunks(this, Buffer.concat(chunks, bytes), cb);
  };
  Socket.prototype._write = function _write(data, encoding, cb) { this._writeGeneric(false, data, encoding, cb); };
  Socket.prototype._writev = function _writev(chunks, cb) { this._writeGeneric(true, chunks, 'buffer', cb); };

  function toBuffer(chunk, encoding) {
    if (typeof chunk === 'string') return Buffer.from(chunk, encoding === 'buffer' ? 'utf8' : encoding);
    if (Buffer.isBuffer(chunk)) return chunk;
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }

  function sendChunks(sock, buf, cb) {
    const pipe = sock._out;
    const peer = sock._peer;
    if (buf.length === 0) {
      // Nothing goes on the wire (node's empty writes complete at once).
      cb();
      return;
    }
    if (peer.destroyed && peer._closedFully) {
      process.nextTick(cb, sysError('write', 'EPIPE'));
      return;
    }
    pipe.outstanding += buf.length;
    sock._bytesWritten += buf.length;
    const due = host.netSchedule(segmentDelay(buf.length), `socket data ${buf.length} B`, function onread() {
      if (peer.destroyed) return;
      pipe.inbox.push(buf);
      if (peer._reading) flushInbox(peer);
      else report(peer);
    }, pipe.lastDue);
    pipe.lastDue = due;
    report(sock);
    if (pipe.outstanding <= config().socketBuffer) {
      // The kernel took it all: libuv's uv_try_write completed the write synchronously.
      cb();
    } else {
      pipe.waiting.push(cb);
    }
  }
  function releaseWrites(sock) {
    const pipe = sock._out;
    if (!pipe) return;
    while (pipe.waiting.length > 0 && pipe.outstanding <= config().socketBuffer) {
      const cb = pipe.waiting.shift();
      cb();
    }
  }

  Socket.prototype._final = function _final(cb) {
    if (this.pending && this.connecting) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._out) {
      cb();
      return;
    }
    shutdown(this, cb);
  };
  /** Sends FIN after the queued bytes; the local shutdown completes in the next poll phase. */
  function shutdown(sock, cb) {
    const pipe = sock._out;
    const peer = sock._peer;
    sock._sentFin = true;
    report(sock, sock._in && sock._in.eofDelivered ? 'closing' : 'half-closed');
    const due = host.netSchedule(config().latencyNs, 'socket end', function onEOF() {
      pipe.eof = true;
      if (!peer.destroyed) flushInboxIfReading(peer);
    }, pipe.lastDue);
    pipe.lastDue = due;
    // libuv completes the shutdown when epoll reports the descriptor writable. A socket reported in the
    // last poll phase is still first in epoll's ready list (level-triggered re-queue), so it completes
    // before its peer sees the data; otherwise the peer, readable since the write, goes first.
    const early = sock._lastEvent === host.netBatch();
    host.netSchedule(0, 'shutdown', function afterShutdown() { cb(); }, early ? 0 : due);
  }
  function flushInboxIfReading(sock) {
    if (sock._reading) flushInbox(sock);
  }

  // ---- destroy / close ----
  Socket.prototype._destroy = function _destroy(exception, cb) {
    clearIdle(this);
    this.connecting = false;
    const peer = this._peer;
    const out = this._out;
    if (peer && out && (!this._sentFin || this._resetOnClose)) {
      // Closing sends FIN (or RST for resetAndDestroy) after what is in flight.
      const reset = !!this._resetOnClose;
      const due = host.netSchedule(config().latencyNs, reset ? 'socket reset' : 'socket end', function onPeerClosed() {
        if (reset) out.reset = true;
        else out.eof = true;
        if (!peer.destroyed) {
          if (reset && !peer._reading) { out.reset = false; peer.destroy(readReset()); return; }
          flushInboxIfReading(peer);
        }
      }, out.lastDue);
      out.lastDue = due;
    }
    if (this._handle) {
      if (this._traceId || this._out) report(this, 'closed');
      if (this._refed) host.netRef(-1);
      const hadHandle = this._out !== null;
      this._handle = null;
      if (hadHandle) network.open--;
      const self = this;
      const isException = !!exception;
      host.netClose('socket close', function onclose() {
        self._closedFully = true;
        self.emit('close', isException);
      });
    }
    this._reading = false;
    if (this._server) {
      this._server._connections--;
      this._server._sockets.delete(this);
      this._server._emitCloseIfDrained();
    }
    cb(exception);
  };
  Socket.prototype.destroySoon = function destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  };
  Socket.prototype.resetAndDestroy = function resetAndDestroy() {
    this._resetOnClose = true;
    this.destroy();
    return this;
  };

  internal.netSocket = { Socket, normalizeConnectArgs, validatePort };
})
