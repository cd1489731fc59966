//! Bootstrap: wires the host functions and the bootstrap modules together, installs Node's globals, the
//! V8-style `Error.prototype.stack`, seeded `Math.random`, and returns the hooks the Rust loop calls.
(function (host, makeInspect, makeConsole, factories) {
  'use strict';
  const internal = { host, modules: Object.create(null), hooks: Object.create(null) };

  // Boa exposes no proxy internals: record every proxy's target and handler as it is created, so
  // util.inspect, util.types.isProxy and the module loader can see through proxies as node does.
  const NativeProxy = Proxy;
  const proxies = new WeakMap();
  const ProxyCtor = function Proxy(target, handler) {
    if (new.target === undefined) throw new TypeError("Constructor Proxy requires 'new'");
    const p = new NativeProxy(target, handler);
    proxies.set(p, { target, handler });
    return p;
  };
  Object.defineProperty(ProxyCtor, 'revocable', {
    value: function revocable(target, handler) {
      const r = NativeProxy.revocable(target, handler);
      const info = { target, handler };
      proxies.set(r.proxy, info);
      const revoke = r.revoke;
      r.revoke = function () { info.target = null; info.handler = null; revoke(); };
      return r;
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(globalThis, 'Proxy', { value: ProxyCtor, writable: true, configurable: true, enumerable: false });
  host.proxyTarget = (v) => (v !== null && (typeof v === 'object' || typeof v === 'function') ? proxies.get(v) : undefined);
  const util = makeInspect({
    promiseState: host.promiseState,
    proxyTarget: host.proxyTarget,
    isBuffer: (v) => internal.Buffer !== undefined && v instanceof internal.Buffer,
  });
  internal.util = util;
  internal.inspect = util.inspect;
  internal.isError = util.isError || ((e) => e instanceof Error);

  // V8-style stacks: "Name: message" then frames; wrapper line removed, Looplab's own frames hidden.
  const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const origStack = stackDesc && stackDesc.get;
  // LOOPLAB_DEBUG_STACKS=1 in the scenario's env keeps Looplab's own frames in error stacks.
  const debugStacks = host.env.LOOPLAB_DEBUG_STACKS === '1';
  function mapFrame(line) {
    const m = /^ {4}at (.*?) \((.*)\)$/.exec(line);
    if (!m) return line;
    let [, name, where] = m;
    if (!debugStacks && (where.startsWith('node:internal/looplab') || where.startsWith('native') || where === 'native')) return null;
    const pm = /^(.*):(\d+):(\d+)$/.exec(where);
    if (pm && !pm[1].startsWith('node:')) where = `${pm[1]}:${Number(pm[2]) - 1}:${host.originalColumn(pm[1], Number(pm[2]), Number(pm[3]))}`;
    if (name === '__looplab_main__') name = 'Object.<anonymous>';
    if (name === '<main>' || name === '') return `    at ${where}`;
    return `    at ${name} (${where})`;
  }
  function header(err) {
    let name;
    let message;
    try { name = err.name; } catch { name = 'Error'; }
    try { message = err.message; } catch { message = ''; }
    name = name === undefined ? 'Error' : String(name);
    message = message === undefined ? '' : String(message);
    if (!name) return message;
    if (!message) return name;
    return `${name}: ${message}`;
  }
  if (origStack) {
    Object.defineProperty(Error.prototype, 'stack', {
      configurable: true,
      enumerable: false,
      get() {
        const frames = origStack.call(this);
        if (frames === undefined && !(this instanceof Error)) return undefined;
        const lines = String(frames || '').split('\n').filter((l) => l !== '').map(mapFrame).filter((l) => l !== null);
        const text = [header(this)].concat(lines).join('\n');
        Object.defineProperty(this, 'stack', { value: text, writable: true, configurable: true, enumerable: false });
        return text;
      },
      set(v) {
        Object.defineProperty(this, 'stack', { value: v, writable: true, configurable: true, enumerable: false });
      },
    });
  }
  if (typeof Error.captureStackTrace !== 'function') {
    Object.defineProperty(Error, 'captureStackTrace', {
      value: function captureStackTrace(obj) {
        const frames = host.stackLines().slice(1);
        Object.defineProperty(obj, 'stack', {
          value: [header(obj)].concat(frames).join('\n'), writable: true, configurable: true, enumerable: false,
        });
      },
      writable: true, configurable: true, enumerable: false,
    });
  }
  if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;

  // These stay accessors: Boa 0.22's inline caches keep calling a getter that a function has already seen
  // even after the property became a data property ("class constructor cannot be invoked without 'new'" on
  // the second `x instanceof URL` in one function), so the getter caches the value instead.
  internal.lazyAccessor = function lazyAccessor(obj, k, make, enumerable = false) {
    let made = false;
    let value;
    Object.defineProperty(obj, k, {
      configurable: true,
      enumerable,
      get() {
        // (Not cached while undefined: the stream group asks for Blob while it is still loading.)
        if (!made) { value = make(); made = value !== undefined; }
        return value;
      },
      set(v) { value = v; made = true; },
    });
  };

  for (const f of factories) f(internal);

  // Lazily parsed modules. The first access of any of their names loads ALL of them, in dependency order,
  // plus the vendored npm bundle: Boa 0.22 misbehaves when a lazily evaluated script evaluates another one
  // while its own functions are on the stack (a later call of the outer function failed), so lazy loads
  // must never nest. A script that uses none of them pays nothing.
  let lazyLoaded = false;
  function loadAllLazy() {
    if (lazyLoaded) return;
    lazyLoaded = true;
    for (const [, names] of host.lazyModules) for (const n of names) delete internal.modules[n];
    for (const [file, names] of host.lazyModules) {
      if (names.length > 0) host.loadInternal(file)(internal);
    }
    if (internal.Buffer) internal.Buffer.alloc(0);
  }
  internal.loadAllLazy = loadAllLazy;
  // The stream group (readable-stream + web streams bundle, stream.js, zlib.js) loads after all of the above, on
  // the first use of a stream; only code of eagerly parsed modules may trigger it, so loads still never nest.
  let streamsLoaded = false;
  function loadStreams() {
    if (streamsLoaded) return;
    loadAllLazy();
    streamsLoaded = true;
    for (const [, names] of host.streamModules) for (const n of names) delete internal.modules[n];
    // The bundle's `require` of Node modules is answered by Looplab's own (see js-vendor/build.mjs).
    internal.vendorRequire = function vendorRequire(name) {
      switch (name) {
        case 'buffer': return internal.modules.buffer;
        case 'events': return internal.modules.events;
        case 'process/': return internal.process;
        case 'string_decoder/': return internal.modules.string_decoder;
        case 'abort-controller': return { AbortController: internal.web.AbortController, AbortSignal: internal.web.AbortSignal };
        case 'looplab:errors': return internal.errors;
        case 'looplab:util': return { inspect: internal.inspect, format: internal.util.format };
        default: throw new Error(`Looplab streams bundle: unknown module '${name}'`);
      }
    };
    for (const [file] of host.streamModules) host.loadInternal(file)(internal);
  }
  internal.loadStreams = loadStreams;
  for (const [list, load] of [[host.lazyModules, loadAllLazy], [host.streamModules, loadStreams]]) {
    for (const [, names] of list) {
      for (const n of names) {
        Object.defineProperty(internal.modules, n, {
          configurable: true,
          enumerable: true,
          get() { load(); return internal.modules[n]; },
          set(v) { Object.defineProperty(internal.modules, n, { value: v, writable: true, configurable: true, enumerable: true }); },
        });
      }
    }
  }

  // console writes straight to the host, unless the script replaced process.stdout/stderr or its `write`
  // (a common way to capture output): then, as node's console does, it calls `stream.write(text, cb)`.
  function noop() {}
  function consoleWrite(fd, text) {
    const s = internal.stdio && internal.stdio[fd];
    if (s !== undefined && s !== null && (s._isStdio !== true || Object.prototype.hasOwnProperty.call(s, 'write'))) {
      if (typeof s.write === 'function') {
        s.write(text, noop);
        return;
      }
    }
    host.write(fd, text);
  }
  const consoleObj = makeConsole({
    write: consoleWrite,
    now: host.now,
    warning: (msg) => internal.emitWarning(msg),
    stackLines: () => host.stackLines(),
  }, util).createConsole();
  internal.modules.console = consoleObj;

  const process = internal.process;
  const timers = internal.timers;
  const web = internal.web;
  const performance = {
    now: () => host.now(),
    timeOrigin: Date.now() - host.now(),
    toJSON() { return { timeOrigin: this.timeOrigin }; },
  };
  internal.performance = performance;
  // The rest of performance (mark, measure, eventLoopUtilization...) is perf_hooks.js, parsed on first use.
  for (const k of ['mark', 'measure', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'clearMarks',
    'clearMeasures', 'clearResourceTimings', 'timerify', 'eventLoopUtilization']) {
    internal.lazyAccessor(performance, k, () => { loadAllLazy(); return internal.perfMethods[k]; }, true);
  }
  Object.defineProperty(performance, 'nodeTiming', {
    configurable: true,
    enumerable: true,
    get() { loadAllLazy(); return internal.perfMethods.nodeTiming(); },
  });

  Object.defineProperty(Math, 'random', {
    value: function random() { return host.random(); }, writable: true, configurable: true, enumerable: false,
  });

  const globals = {
    global: globalThis,
    process,
    console: consoleObj,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    setImmediate: timers.setImmediate,
    clearImmediate: timers.clearImmediate,
    queueMicrotask: function queueMicrotask(callback) {
      if (typeof callback !== 'function') throw internal.errors.invalidArgType('callback', 'function', callback);
      host.queueMicrotask(callback);
    },
    performance,
    Buffer: internal.Buffer,
    AbortController: web.AbortController,
    AbortSignal: web.AbortSignal,
    EventTarget: web.EventTarget,
    Event: web.Event,
    DOMException: web.DOMException,
    crypto: internal.webcrypto,
  };
  for (const k of Object.keys(globals)) {
    Object.defineProperty(globalThis, k, { value: globals[k], writable: true, configurable: true, enumerable: k === 'global' });
  }
  // Globals whose modules are parsed on first use.
  const lazyGlobals = {
    URL: () => { void internal.modules.url; return internal.url.URL; },
    URLSearchParams: () => { void internal.modules.url; return internal.url.URLSearchParams; },
    TextEncoder: () => { void internal.modules.util; return internal.TextEncoder; },
    TextDecoder: () => { void internal.modules.util; return internal.TextDecoder; },
    structuredClone: () => { void internal.modules.util; return internal.structuredClone; },
    PerformanceObserver: () => { void internal.modules.perf_hooks; return internal.PerformanceObserver; },
    PerformanceEntry: () => { void internal.modules.perf_hooks; return internal.PerformanceEntry; },
    PerformanceMark: () => { void internal.modules.perf_hooks; return internal.PerformanceMark; },
    PerformanceMeasure: () => { void internal.modules.perf_hooks; return internal.PerformanceMeasure; },
  };
  let network;
  // fetch runs over http, so the stream group (which holds net and http) loads first, from here.
  const netGlobals = () => network || (loadStreams(), host.loadInternal('fetch_classes.js')(internal),
    network = host.loadInternal('fetch.js')(internal));
  lazyGlobals.fetch = () => netGlobals().fetch;
  lazyGlobals.Headers = () => netGlobals().Headers;
  lazyGlobals.Request = () => netGlobals().Request;
  lazyGlobals.Response = () => netGlobals().Response;
  lazyGlobals.WebAssembly = () => netGlobals().WebAssembly;
  // Web streams, Blob and File live in the stream group (webstreams_adapters.js sets internal.webStreams).
  for (const k of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream', 'Blob', 'File']) {
    lazyGlobals[k] = () => { loadStreams(); return internal.webStreams && internal.webStreams[k]; };
  }
  for (const k of Object.keys(lazyGlobals)) internal.lazyAccessor(globalThis, k, lazyGlobals[k]);

  // Virtual HTTP clients of the scenario's config (config.network.clients) start in the first timers phase,
  // after the main module has set up its server.
  if (host.netClients !== '[]') {
    setTimeout(function startVirtualClients() {
      loadStreams();
      internal.startVirtualClients(JSON.parse(host.netClients));
    }, 0);
  }

  return internal.hooks;
})
