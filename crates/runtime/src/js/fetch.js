//! The global `fetch` and `WebAssembly` of a Looplab script. `fetch` parses its URL as Node's undici does and
//! sends the request over the virtual network with `http` (undici's default request headers, keep-alive pool,
//! redirects followed): a server of the script answers; a name that is not local is looked up through the
//! thread pool and not found; a port nobody listens on refuses, as on a machine with no network. `WebAssembly`
//! exists, as in Node, but every entry point throws a clear error: Boa has no WebAssembly engine.
(function (internal) {
  'use strict';
  const host = internal.host;
  // undici's "bad ports" (fetch spec): refused before any connection is tried.
  const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95,
    101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512,
    513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720,
    1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

  // undici's "fetch failed", with its stack as node shows it: undici's frame, the microtask queue's, then the
  // user's async functions awaiting the fetch (`caller`: async_stack.js's activation calling fetch; `probe`: a
  // stack taken at the call, for an await that code not instrumented made).
  const UNDICI_ARROW = 'node:internal/deps/undici/undici:14976\n      Error.captureStackTrace(err);\n            ^\n';
  function undiciFailure(cause, caller, probe) {
    const err = new TypeError('fetch failed', { cause });
    try {
      const top = caller && probe ? internal.probeFrames(probe)[0] : undefined;
      const at = top && /(\S+:\d+):\d+\)?$/.exec(top);
      const chain = caller && internal.asyncFramesAt ? internal.asyncFramesAt(caller, at ? at[1].replace(/^\(/, '') : undefined) : [];
      const awaiting = !chain.length && probe && internal.awaitingFrame ? internal.awaitingFrame(probe) : null;
      const lines = ['TypeError: fetch failed', '    at node:internal/deps/undici/undici:14976:13',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)'].concat(chain);
      if (awaiting) lines.push(awaiting);
      internal.setStack(err, lines.join('\n'));
      internal.errors.withArrow(err, UNDICI_ARROW);
    } catch { /* the plain stack stays */ }
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

  const { Headers, Request, Response, fromIncoming, kBody, rawEntries } = internal.fetchClasses;
  // undici keeps its own keep-alive pool; free sockets do not keep the process alive.
  let agent = null;
  const REDIRECTS = [301, 302, 303, 307, 308];

  function fetch(input, init) {
    const caller = internal.asyncCaller ? internal.asyncCaller() : null;
    const probe = internal.stackProbe();
    const failed = (cause) => undiciFailure(cause, caller, probe);
    return new Promise(function fetchStart(resolve, reject) {
      const URL = internal.url.URL;
      let request;
      if (input instanceof Request) {
        request = init ? new Request(input, init) : input;
      } else {
        const text = input !== null && typeof input === 'object' && typeof input.href === 'string' ? input.href : String(input);
        try {
          new URL(text);
        } catch (e) {
          const err = new TypeError(`Failed to parse URL from ${text}`);
          err.cause = e;
          reject(err);
          return;
        }
        try {
          request = new Request(text, init || {});
        } catch (e) {
          reject(e);
          return;
        }
      }
      // The signal (init's or the Request's): aborted before, the fetch rejects with its reason; aborted while
      // the request is out, the request is destroyed and the fetch rejects with the reason (undici's behaviour).
      const signal = request.signal;
      let current = null;
      if (signal && signal.aborted) {
        reject(signal.reason);
        return;
      }
      if (signal && typeof signal.addEventListener === 'function') {
        const onAbort = () => {
          if (current !== null) current.destroy();
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        const settle = (f) => (v) => { signal.removeEventListener('abort', onAbort); f(v); };
        resolve = settle(resolve);
        reject = settle(reject);
      }
      let body = request[kBody];
      if (body && typeof body.arrayBuffer === 'function' && !internal.Buffer.isBuffer(body)) {
        body.arrayBuffer().then((ab) => send(new URL(request.url), request.method, internal.Buffer.from(ab), 0), reject);
      } else {
        send(new URL(request.url), request.method, body, 0);
      }

      function send(url, method, bytes, redirects) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          reject(failed(new TypeError('unknown scheme')));
          return;
        }
        const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
        if (BAD_PORTS.has(port)) {
          reject(failed(new Error('bad port')));
          return;
        }
        if (url.protocol === 'https:') {
          // No TLS in the virtual network: an https URL reaches nothing, as a closed port would.
          const address = url.hostname.replace(/^\[|\]$/g, '');
          host.poolJob(`connect ${address}:${port}`, 0, function connectRefused() {
            reject(failed(sysError(`connect ECONNREFUSED ${address === 'localhost' ? '127.0.0.1' : address}:${port}`,
              { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: address === 'localhost' ? '127.0.0.1' : address, port })));
          });
          return;
        }
        const http = internal.modules.http;
        if (agent === null) agent = new http.Agent({ keepAlive: true });
        const headers = ['host', url.host, 'connection', 'keep-alive'];
        const seen = new Set(['host', 'connection']);
        for (const [raw, v] of rawEntries(request.headers)) {
          const k = raw.toLowerCase();
          if (k === 'content-type' || k === 'host' || k === 'connection') continue;
          headers.push(raw, v);
          seen.add(k);
        }
        const ct = request.headers.get('content-type');
        if (ct !== null && bytes) { headers.push('content-type', ct); seen.add('content-type'); }
        for (const [k, v] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
          ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']]) {
          if (!seen.has(k)) headers.push(k, v);
        }
        if (bytes) headers.push('content-length', String(bytes.length));
        const req = http.request({
          hostname: url.hostname, port, path: url.pathname + url.search, method, headers, agent,
        }, function onResponse(res) {
          const location = res.headers.location;
          if (REDIRECTS.includes(res.statusCode) && location !== undefined && request.redirect !== 'manual') {
            res.resume();
            if (request.redirect === 'error') {
              reject(failed(new Error('unexpected redirect')));
              return;
            }
            if (redirects >= 20) {
              reject(failed(new Error('redirect count exceeded')));
              return;
            }
            const next = new URL(location, url);
            const toGet = res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST');
            send(next, toGet ? 'GET' : method, toGet ? null : bytes, redirects + 1);
            return;
          }
          resolve(fromIncoming(res, url.href, redirects > 0));
        });
        current = req;
        req.on('error', function onError(e) {
          reject(failed(e));
        });
        if (bytes) req.end(bytes);
        else req.end();
      }
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
  return { fetch, WebAssembly, Headers, Request, Response };
})
