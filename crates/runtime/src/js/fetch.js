//! The global `fetch` and `WebAssembly` of a Looplab script. Looplab has no real network: `fetch` parses its URL
//! as Node's undici does, then fails as Node does on a machine where nothing answers (a host name is looked up
//! through the thread pool and is not found; an address has nothing listening). `WebAssembly` exists, as in Node,
//! but every entry point throws a clear error: Boa has no WebAssembly engine.
(function (internal) {
  'use strict';
  const host = internal.host;
  // undici's "bad ports" (fetch spec): refused before any connection is tried.
  const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
    101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512,
    513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720,
    1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

  function failed(cause) {
    const err = new TypeError('fetch failed');
    err.cause = cause;
    return err;
  }
  function sysError(message, fields) {
    const e = new Error(message);
    Object.assign(e, fields);
    return e;
  }
  function isAddress(hostname) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
  }

  function fetch(input, init) {
    void init;
    return new Promise(function fetchStart(resolve, reject) {
      void internal.modules.url;
      const URL = internal.url.URL;
      const text = input !== null && typeof input === 'object' && typeof input.href === 'string' ? input.href
        : input !== null && typeof input === 'object' && typeof input.url === 'string' ? input.url : String(input);
      let url;
      try {
        url = new URL(text);
      } catch (e) {
        const err = new TypeError(`Failed to parse URL from ${text}`);
        err.cause = e;
        reject(err);
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(failed(new TypeError('unknown scheme')));
        return;
      }
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      if (BAD_PORTS.has(port)) {
        reject(failed(new Error('bad port')));
        return;
      }
      const hostname = url.hostname;
      const refuse = (address) => reject(failed(sysError(`connect ECONNREFUSED ${address}:${port}`,
        { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address, port })));
      if (isAddress(hostname)) {
        host.poolJob(`connect ${hostname}:${port}`, 0, function connectRefused() { refuse(hostname.replace(/^\[|\]$/g, '')); });
        return;
      }
      host.poolJob(`getaddrinfo ${hostname}`, 0, function lookupDone() {
        if (hostname === 'localhost') {
          refuse('127.0.0.1');
          return;
        }
        reject(failed(sysError(`getaddrinfo ENOTFOUND ${hostname}`,
          { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname })));
      });
    });
  }

  function unsupported(what) {
    return function () {
      throw new Error(`WebAssembly.${what} is not available in Looplab: its JavaScript engine (Boa) has no WebAssembly support`);
    };
  }
  const WebAssembly = {};
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming', 'validate']) {
    Object.defineProperty(WebAssembly, name, { value: unsupported(name), writable: true, configurable: true });
  }
  for (const name of ['Module', 'Instance', 'Memory', 'Table', 'Global', 'Tag', 'Exception']) {
    const ctor = unsupported(name);
    Object.defineProperty(ctor, 'name', { value: name });
    Object.defineProperty(WebAssembly, name, { value: ctor, writable: true, configurable: true });
  }
  for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
    const E = class extends Error {};
    Object.defineProperty(E, 'name', { value: name });
    Object.defineProperty(E.prototype, 'name', { value: name, writable: true, configurable: true });
    Object.defineProperty(WebAssembly, name, { value: E, writable: true, configurable: true });
  }
  Object.defineProperty(WebAssembly, Symbol.toStringTag, { value: 'WebAssembly', configurable: true });
  return { fetch, WebAssembly };
})
