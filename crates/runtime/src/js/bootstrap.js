//! Bootstrap: wires the host functions and the bootstrap modules together, installs Node's globals and seeded
//! `Math.random`, and returns the hooks the Rust loop calls (error stacks are stack.js, the first module).
(function (host, makeInspect, makeConsole, factories) {
  'use strict';
  // esmFiles: the ES modules loaded (no CommonJS wrapper line above them; node shows them as file: URLs).
  const internal = { host, modules: Object.create(null), hooks: Object.create(null), esmFiles: new Set() };

  // Boa exposes no proxy internals: record every proxy's target and handler as it is created, so
  // util.inspect, util.types.isProxy and the module loader can see through proxies as node does.
  const NativeProxy = Proxy;
  const proxies = new WeakMap();
  // (Bound, so that it has no `prototype`, as V8's Proxy has none; named and printed as the built-in.)
  const ProxyCtor = function Proxy(target, handler) {
    if (new.target === undefined) throw new TypeError("Constructor Proxy requires 'new'");
    // (proxy_traps.js's stand-in handler, through which V8's messages for the traps are known.)
    const p = new NativeProxy(target, internal.proxyHandler ? internal.proxyHandler(handler) : handler);
    proxies.set(p, { target, handler });
    return p;
  }.bind(null);
  Object.defineProperty(ProxyCtor, 'name', { value: 'Proxy', configurable: true });
  internal.nativeLater = [[ProxyCtor, 'Proxy']];
  Object.defineProperty(ProxyCtor, 'revocable', {
    value: function revocable(target, handler) {
      const r = NativeProxy.revocable(target, internal.proxyHandler ? internal.proxyHandler(handler) : handler);
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
  // Node 20 defines `Symbol.dispose` and `Symbol.asyncDispose` itself, described `nodejs.dispose` and
  // `nodejs.asyncDispose`; Boa's own (non-configurable) ones are described `Symbol.dispose`: their description
  // and text are node's (set before util.inspect takes its own copy of `toString`).
  {
    const NODE_DESCRIPTIONS = new Map([[Symbol.dispose, 'nodejs.dispose'], [Symbol.asyncDispose, 'nodejs.asyncDispose']]);
    const proto = Symbol.prototype;
    const desc = Object.getOwnPropertyDescriptor(proto, 'description');
    const toStr = proto.toString;
    if (desc && typeof desc.get === 'function' && typeof toStr === 'function') {
      const origGet = desc.get;
      const valueOf = proto.valueOf;
      const node = (self) => NODE_DESCRIPTIONS.get(typeof self === 'symbol' ? self : valueOf.call(self));
      const getter = Object.getOwnPropertyDescriptor({
        get description() {
          const d = node(this);
          return d === undefined ? origGet.call(this) : d;
        },
      }, 'description').get;
      Object.defineProperty(proto, 'description', { ...desc, get: getter });
      const text = {
        toString() {
          const d = node(this);
          return d === undefined ? toStr.call(this) : `Symbol(${d})`;
        },
      }.toString;
      internal.nativeLater.push([getter, 'get description'], [text, 'toString']);
      Object.defineProperty(proto, 'toString', { value: text, writable: true, configurable: true, enumerable: false });
    }
    // Node made them with `Symbol.for`: they are in the registry under those descriptions.
    const symbolFor = Symbol.for;
    const keyFor = Symbol.keyFor;
    const REGISTERED = new Map([...NODE_DESCRIPTIONS].map(([sym, d]) => [d, sym]));
    const methods = {
      for(key) {
        const sym = REGISTERED.get(String(key));
        return sym !== undefined ? sym : symbolFor(key);
      },
      keyFor(sym) {
        const d = NODE_DESCRIPTIONS.get(sym);
        return d !== undefined ? d : keyFor(sym);
      },
    };
    for (const name of ['for', 'keyFor']) {
      Object.defineProperty(Symbol, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
      internal.nativeLater.push([methods[name], name]);
    }
  }
  const util = makeInspect({
    promiseState: host.promiseState,
    proxyTarget: host.proxyTarget,
    stringWidth: host.stringWidth,
    isNativeError: host.isNativeError,
    isBuffer: (v) => internal.Buffer !== undefined && v instanceof internal.Buffer,
    // node's isURL: a WHATWG URL (url_whatwg.js's class, once loaded).
    isURL: (v) => internal.urlShared !== undefined && typeof internal.urlShared.URL === 'function' && typeof v.href === 'string' && v instanceof internal.urlShared.URL,
    previewEntries: (v, isIterator) => (isIterator ? internal.previewIterator(v) : undefined),
    nodeFrames: (err, ...frames) => internal.errors.nodeFrames(err, ...frames),
    // A user class's source text (source_scan.js), which Boa does not keep.
    classSource: (fn) => (internal.classSource !== undefined ? internal.classSource(fn) : undefined),
  });
  internal.util = util;
  internal.inspect = util.inspect;
  internal.isError = util.isError || ((e) => e instanceof Error);

  // Error stacks (V8's format, node's frames): stack.js, the first bootstrap module.


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
  // Something in the runtime's start-up leaves a `lastIndex` on RegExp.prototype, which node's has not
  // (`console.log(RegExp.prototype)` is `{}`).
  if (Object.prototype.hasOwnProperty.call(RegExp.prototype, 'lastIndex')) delete RegExp.prototype.lastIndex;

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
    internal.streamsLoaded = true;
    // (Run once the stream group has loaded: crypto's Hash becomes a Transform then.)
    for (const f of (internal.afterStreams || []).splice(0)) f();
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
  // Read from the stream's state, not its `writableCorked` getter (a call that would cost virtual time).
  const corked = (s) => { const w = s._writableState; return w !== undefined && w !== null && w.corked > 0; };
  // An ended stdout/stderr (`process.stdout.end()`): node's console write fails, quietly.
  const ended = (s) => { const w = s._writableState; return w !== undefined && w !== null && w.ending === true; };
  function consoleWrite(fd, text) {
    const s = internal.stdio && internal.stdio[fd];
    if (s !== undefined && s !== null && ended(s)) return;
    // Through the stream when the script replaced it or its write, or corked it (its writes wait for uncork).
    if (s !== undefined && s !== null && (s._isStdio !== true || Object.prototype.hasOwnProperty.call(s, 'write') || corked(s))) {
      if (typeof s.write === 'function') {
        s.write(text, noop);
        return;
      }
    }
    host.write(fd, text, true); // a console write: node's stream queues its afterWriteTick
  }
  const consoleObj = makeConsole({
    write: consoleWrite,
    now: host.now,
    warning: (msg) => internal.emitWarning(msg),
    stackLines: () => internal.limitFrames(internal.currentFrames().concat(internal.asyncFramesNow ? internal.asyncFramesNow() : [])),
    nodeFrames: (err, ...frames) => internal.errors.nodeFrames(err, ...frames),
    errors: () => internal.errors,
  }, util).createConsole();
  internal.modules.console = consoleObj;

  const process = internal.process;
  const timers = internal.timers;
  const web = internal.web;
  const performance = {
    now: () => host.now(),
    timeOrigin: Date.now() - host.now(),
    toJSON() {
      return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
    },
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

  Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });

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
      if (typeof callback !== 'function') {
        throw internal.errors.nodeFrames(internal.errors.invalidArgType('callback', 'function', callback), 'queueMicrotask (node:internal/process/task_queues:150:3)');
      }
      host.queueMicrotask(callback, internal.queueMicrotaskVia);
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
  // The globals node lists in `console.log(globalThis)`: enumerable, created in its order after the others.
  const LISTED = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
    'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch', 'crypto'];
  for (const k of Object.keys(globals)) {
    if (LISTED.includes(k)) continue;
    Object.defineProperty(globalThis, k, { value: globals[k], writable: true, configurable: true, enumerable: false });
  }
  // Globals whose modules are parsed on first use.
  const lazyGlobals = {
    URL: () => { void internal.modules.url; return internal.url.URL; },
    URLSearchParams: () => { void internal.modules.url; return internal.url.URLSearchParams; },
    TextEncoder: () => { void internal.modules.util; return internal.TextEncoder; },
    TextDecoder: () => { void internal.modules.util; return internal.TextDecoder; },
    structuredClone: () => { void internal.modules.util; return internal.structuredClone; },
    atob: () => internal.modules.buffer.atob,
    btoa: () => internal.modules.buffer.btoa,
    CustomEvent: () => internal.web.CustomEvent,
    Crypto: () => internal.webCryptoClasses.Crypto,
    CryptoKey: () => internal.webCryptoClasses.CryptoKey,
    SubtleCrypto: () => internal.webCryptoClasses.SubtleCrypto,
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
  // MessageChannel & co (message_port.js) need structuredClone from the lazy group.
  const messaging = () => internal.messaging || (loadAllLazy(), host.loadInternal('message_port.js')(internal),
    host.loadInternal('worker_threads.js')(internal), internal.messaging);
  // A worker's parentPort lives in worker_threads.js, loaded when the first message from the parent arrives.
  internal.hooks.parentMessage = (data, channel) => { messaging(); internal.hooks.parentMessageImpl(data, channel); };
  lazyGlobals.BroadcastChannel = () => (messaging(), internal.workerThreads.BroadcastChannel);
  for (const k of ['MessageChannel', 'MessagePort', 'MessageEvent']) lazyGlobals[k] = () => messaging()[k];
  Object.defineProperty(internal.modules, 'worker_threads', {
    configurable: true,
    enumerable: true,
    get() { messaging(); return internal.workerThreads; },
  });
  // Web streams, Blob and File live in the stream group (webstreams_adapters.js sets internal.webStreams).
  for (const k of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
    'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
    'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
    'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream',
    'TextDecoderStream', 'CompressionStream', 'DecompressionStream', 'Blob', 'File']) {
    lazyGlobals[k] = () => { loadStreams(); return internal.webStreams && internal.webStreams[k]; };
  }
  // FormData holds Files (the stream group's).
  lazyGlobals.FormData = () => {
    loadStreams();
    if (!internal.FormData) host.loadInternal('form_data.js')(internal);
    return internal.FormData;
  };
  for (const k of Object.keys(lazyGlobals)) if (!LISTED.includes(k)) internal.lazyAccessor(globalThis, k, lazyGlobals[k]);
  for (const k of LISTED) {
    if (k === 'atob' || k === 'btoa') {
      internal.lazyAccessor(globalThis, k, lazyGlobals[k], true);
    } else if (k === 'performance' || k === 'crypto') {
      // Accessors in node (crypto without a setter).
      let value = globals[k];
      Object.defineProperty(globalThis, k, {
        configurable: true,
        enumerable: true,
        get: Object.getOwnPropertyDescriptor({ get [k]() { return value; } }, k).get,
        set: k === 'performance' ? Object.getOwnPropertyDescriptor({ set [k](v) { value = v; } }, k).set : undefined,
      });
    } else {
      // structuredClone and fetch stay data properties whose modules load on the first call.
      const value = k === 'structuredClone' ? internal.markNative({ structuredClone(...args) { return lazyGlobals.structuredClone()(...args); } }.structuredClone)
        : k === 'fetch' ? { fetch(input, init = undefined) { return lazyGlobals.fetch()(input, init); } }.fetch
        : globals[k];
      if (k === 'structuredClone') Object.defineProperty(value, 'length', { value: 0 });
      Object.defineProperty(globalThis, k, { value, writable: true, configurable: true, enumerable: true });
    }
  }

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
