//! The virtual network's shared state for `net` (and `dns`): the listening servers by port, the scenario's
//! network settings, node's system-error texts, the trace reporter of socket states, `net.isIP`, and
//! `dns.lookup` (an IP answers in a nextTick; a name goes through the thread pool: `localhost` resolves to
//! 127.0.0.1 / ::1, anything else is ENOTFOUND, as on a machine without a network).
(function (internal) {
  'use strict';
  const host = internal.host;
  const process = internal.process;
  const errors = internal.errors;


  const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '::1', '::', '0.0.0.0', '', '::ffff:127.0.0.1']);
  const ERRNO = {
    ECONNREFUSED: -111, EADDRINUSE: -98, ECONNRESET: -104, EPIPE: -32, ETIMEDOUT: -110, ENOTFOUND: -3008,
    EMFILE: -24, EACCES: -13, EADDRNOTAVAIL: -99,
  };
  const MESSAGES = { EADDRINUSE: 'address already in use', EACCES: 'permission denied', EADDRNOTAVAIL: 'address not available' };

  let cfg = null;
  function config() {
    if (cfg === null) cfg = host.netConfig();
    return cfg;
  }

  /** The virtual network: listening servers by port, open connections, ephemeral ports. */
  const network = {
    servers: new Map(),
    open: 0,
    nextEphemeral: 0,
    ephemeral() {
      // Linux's default range starts at 32768; a seeded start keeps runs reproducible.
      if (this.nextEphemeral === 0) this.nextEphemeral = 32768 + Math.floor(host.random() * 20000);
      const p = this.nextEphemeral++;
      if (this.nextEphemeral > 60999) this.nextEphemeral = 32768;
      return p;
    },
  };

  function sysError(syscall, code, extra, address, port) {
    const msg = MESSAGES[code] ? `${syscall} ${code}: ${MESSAGES[code]}` : `${syscall} ${code}`;
    let where = '';
    if (address !== undefined) where = port !== undefined && port > 0 ? ` ${address}:${port}` : ` ${address}`;
    const e = new Error(msg + where + (extra ? ` - ${extra}` : ''));
    e.errno = ERRNO[code];
    e.code = code;
    e.syscall = syscall;
    if (address !== undefined) e.address = address;
    if (port !== undefined && port > 0) e.port = port;
    return e;
  }

  // ---- trace: every socket's state and bytes, when a trace is recorded ----
  const TRACING = host.tracing();
  let nextSocketId = 1;
  function endpoint(name) {
    if (!name) return '';
    return name.family === 'IPv6' ? `[${name.address}]:${name.port}` : `${name.address}:${name.port}`;
  }
  function report(sock, state) {
    if (!TRACING) return;
    if (!sock._traceId) sock._traceId = nextSocketId++;
    if (state) sock._traceState = state;
    const unread = sock._in ? sock._in.inbox.reduce((n, b) => n + b.length, 0) : 0;
    let inFlight = 0;
    if (sock._out) {
      const peerUnread = sock._peer && sock._peer._in ? sock._peer._in.inbox.reduce((n, b) => n + b.length, 0) : 0;
      inFlight = Math.max(0, sock._out.outstanding - peerUnread);
    }
    host.netTrace('socket', sock._traceId, sock._server ? 'server' : 'client', endpoint(sock._sockname),
      endpoint(sock._peername), sock._traceState || 'connecting', sock._bytesWritten, sock._bytesRead, inFlight, unread);
  }

  function isIPv4(s) {
    return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
  }
  // node's lib/internal/net.js IPv6 pattern (zone ids included: `fe80::1%eth0`).
  const V4_SEG = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
  const V4_STR = `(?:${V4_SEG}\\.){3}${V4_SEG}`;
  const V6_SEG = '(?:[0-9a-fA-F]{1,4})';
  const IPV6_RE = new RegExp('^(?:' +
    `(?:${V6_SEG}:){7}(?:${V6_SEG}|:)|` +
    `(?:${V6_SEG}:){6}(?:${V4_STR}|:${V6_SEG}|:)|` +
    `(?:${V6_SEG}:){5}(?::${V4_STR}|(?::${V6_SEG}){1,2}|:)|` +
    `(?:${V6_SEG}:){4}(?:(?::${V6_SEG}){0,1}:${V4_STR}|(?::${V6_SEG}){1,3}|:)|` +
    `(?:${V6_SEG}:){3}(?:(?::${V6_SEG}){0,2}:${V4_STR}|(?::${V6_SEG}){1,4}|:)|` +
    `(?:${V6_SEG}:){2}(?:(?::${V6_SEG}){0,3}:${V4_STR}|(?::${V6_SEG}){1,5}|:)|` +
    `(?:${V6_SEG}:){1}(?:(?::${V6_SEG}){0,4}:${V4_STR}|(?::${V6_SEG}){1,6}|:)|` +
    `(?::(?:(?::${V6_SEG}){0,5}:${V4_STR}|(?::${V6_SEG}){1,7}|:))` +
    ')(?:%[0-9a-zA-Z-.:]{1,})?$');
  function isIPv6(s) {
    return IPV6_RE.test(s);
  }
  function isIP(s) {
    s = String(s);
    return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
  }

  // ---- dns ----
  let hosts = null;
  /** config.network.hosts, with lower-cased names. */
  function virtualHosts() {
    if (hosts === null) {
      hosts = {};
      const given = JSON.parse(config().hosts || '{}');
      for (const k of Object.keys(given)) hosts[k.toLowerCase()] = String(given[k]);
    }
    return hosts;
  }
  function lookup(hostname, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    if (typeof options === 'number') options = { family: options };
    options = options || {};
    if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
    if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
      throw errors.invalidArgType('hostname', 'string', hostname);
    }
    const name = hostname || 'localhost';
    const all = !!options.all;
    const family = options.family === 6 || options.family === 'IPv6' ? 6 : options.family === 4 || options.family === 'IPv4' ? 4 : 0;
    const ip = isIP(name);
    if (ip) {
      // (node's own nextTick with the callback's arguments: its frame under the callback's.)
      if (all) process.nextTick(callback, null, [{ address: name, family: ip }]);
      else process.nextTick(callback, null, name, ip);
      return {};
    }
    host.poolJob(`getaddrinfo ${name}`, 0, function onlookup() {
      const mapped = virtualHosts()[name.toLowerCase()];
      if (mapped !== undefined && isIP(mapped) && (family === 0 || family === isIP(mapped))) {
        const entry = { address: mapped, family: isIP(mapped) };
        if (all) callback(null, [entry]);
        else callback(null, entry.address, entry.family);
        return;
      }
      if (name.toLowerCase() === 'localhost') {
        const v4 = { address: '127.0.0.1', family: 4 };
        const v6 = { address: '::1', family: 6 };
        const list = family === 6 ? [v6] : family === 4 ? [v4] : [v4, v6];
        if (all) callback(null, list);
        else callback(null, list[0].address, list[0].family);
        return;
      }
      const e = new Error(`getaddrinfo ENOTFOUND ${name}`);
      e.errno = ERRNO.ENOTFOUND;
      e.code = 'ENOTFOUND';
      e.syscall = 'getaddrinfo';
      e.hostname = name;
      callback(e);
    });
    return {};
  }
  const dns = {
    lookup,
    ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256,
    NOTFOUND: 'ENOTFOUND', CONNREFUSED: 'ECONNREFUSED',
    promises: {
      lookup(hostname, options) {
        return new Promise((resolve, reject) => lookup(hostname, options || {}, (err, address, family) => {
          if (err) reject(err);
          else if (Array.isArray(address)) resolve(address);
          else resolve({ address, family });
        }));
      },
    },
  };

  Object.defineProperty(lookup, internal.kCustomPromisifyArgsSymbol, { value: ['address', 'family'], enumerable: false });
  internal.netCommon = { LOCAL_NAMES, ERRNO, config, network, sysError, report, isIP, isIPv4, isIPv6, lookup };
  internal.modules.dns = dns;
  internal.modules['dns/promises'] = dns.promises;
})
