//! The `worker_threads` module: `Worker` (each one a second engine that engine/workers.rs runs in step with
//! this one by virtual time), a worker's `parentPort`/`workerData`/`threadId`, `BroadcastChannel` (also a
//! global), the message-port classes, `receiveMessageOnPort` and environment data (loaded with
//! message_port.js by bootstrap.js).
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const { EventTarget } = internal.web;
  const { MessageChannel, MessagePort, MessageEvent, takeMessage } = internal.messaging;
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

  const missing = (name) => errors.withCode(new TypeError(`The "${name}" argument must be specified`), 'ERR_MISSING_ARGS');

  // Every open channel in creation order: node signals each channel's handle, and libuv runs the signalled
  // handles in that order, each delivering all its queued messages.
  const open = [];
  let flushScheduled = false;
  const kState = Symbol('kState');
  function state(self, method) {
    const st = self !== null && typeof self === 'object' ? self[kState] : undefined;
    if (st === undefined) {
      throw errors.withCode(new TypeError('Value of "this" must be of type BroadcastChannel'), 'ERR_INVALID_THIS');
    }
    return st;
  }
  function flush() {
    flushScheduled = false;
    for (const channel of open.slice()) {
      const st = channel[kState];
      while (st.queue.length > 0 && !st.closed) channel.dispatchEvent(new MessageEvent('message', { data: st.queue.shift() }));
    }
  }

  class BroadcastChannel extends EventTarget {
    constructor(name) {
      if (arguments.length === 0) throw missing('name');
      super();
      Object.defineProperty(this, kState, {
        value: { name: `${name}`, queue: [], closed: false, refed: true, onmessage: null, onmessageerror: null },
      });
      open.push(this);
      host.netRef(1); // node's channel handle keeps the loop alive until close() or unref()
    }
    get name() { return state(this).name; }
    close() {
      const st = state(this);
      if (st.closed) return;
      st.closed = true;
      st.queue.length = 0;
      open.splice(open.indexOf(this), 1);
      if (st.refed) host.netRef(-1);
    }
    postMessage(message) {
      const st = state(this);
      if (arguments.length === 0) throw missing('message');
      if (st.closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
      const data = internal.structuredClone(message);
      let delivered = false;
      for (const other of open) {
        if (other === this || other[kState].name !== st.name) continue;
        other[kState].queue.push(internal.structuredClone(data));
        delivered = true;
      }
      if (delivered && !flushScheduled) {
        flushScheduled = true;
        host.netSchedule(0, 'BroadcastChannel message', flush);
      }
      // Channels of the same name in other threads: through the parent, which passes it on to its workers.
      if (boot !== null || live.size > 0) {
        const text = JSON.stringify([st.name, codec.encode(data)]);
        if (boot !== null) host.parentPost('message', text, BROADCAST);
        for (const id of live.keys()) host.workerPost(id, text, BROADCAST);
      }
    }
    ref() {
      const st = state(this);
      if (!st.refed && !st.closed) host.netRef(1);
      st.refed = true;
      return this;
    }
    unref() {
      const st = state(this);
      if (st.refed && !st.closed) host.netRef(-1);
      st.refed = false;
      return this;
    }
    [inspectCustom](depth, options, inspect) {
      if (depth < 0) return 'BroadcastChannel';
      const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
      const st = this[kState];
      return `BroadcastChannel ${inspect({ name: st.name, active: !st.closed }, opts)}`;
    }
  }
  // Event handler attributes, as node's defineEventHandler makes them.
  for (const type of ['message', 'messageerror']) {
    const key = `on${type}`;
    Object.defineProperty(BroadcastChannel.prototype, key, {
      get() { return state(this)[key]; },
      set(fn) {
        const st = state(this);
        if (st[`${key}Wrapper`]) this.removeEventListener(type, st[`${key}Wrapper`]);
        st[key] = typeof fn === 'function' ? fn : null;
        st[`${key}Wrapper`] = null;
        if (st[key] !== null) {
          const handler = st[key];
          st[`${key}Wrapper`] = function (event) { return handler.call(this, event); };
          this.addEventListener(type, st[`${key}Wrapper`]);
        }
      },
      enumerable: true, configurable: true,
    });
  }

  // The link channel that carries BroadcastChannel messages between threads.
  const BROADCAST = 0xFFFFFFFF;
  // A broadcast from another thread (`from`: the worker it came from, on the main thread), delivered at once.
  function broadcastIn(text, from) {
    const [name, data] = JSON.parse(text);
    for (const channel of open.slice()) {
      const st = channel[kState];
      if (st.name !== name || st.closed) continue;
      channel.dispatchEvent(new MessageEvent('message', { data: codec.decode(data) }));
    }
    if (boot === null) for (const id of live.keys()) if (id !== from) host.workerPost(id, text, BROADCAST);
  }

  function receiveMessageOnPort(port) {
    if (!(port instanceof MessagePort)) {
      throw errors.withCode(new TypeError('The "port" argument must be a MessagePort instance'), 'ERR_INVALID_ARG_TYPE');
    }
    let taken = takeMessage(port);
    if (taken === undefined && pullMail(port)) taken = takeMessage(port);
    return taken === undefined ? undefined : { message: taken.message };
  }

  // A port whose other end is in another thread: what arrived for it by now but waits for this thread's poll
  // phase is taken out of the link (so a main thread woken by `Atomics.notify` finds what the worker posted
  // first). True when something came.
  function pullMail(port) {
    if (boot === null && live.size === 0) return false;
    if (boot !== null && port === parentPort) {
      const data = host.takeMail(0, 0);
      if (data === null) return false;
      internal.messaging.receive(parentPort, codec.decode(data, parentVia));
      return true;
    }
    const peer = internal.messaging.peerOf(port);
    for (const [key, entry] of ports) {
      if (entry.port !== (entry.exported ? peer : port)) continue;
      const [id, c] = boot === null ? key.split(':').map(Number) : [0, key];
      const via = boot === null ? live.get(id)?.[kWorker].via : parentVia;
      if (via === undefined) return false;
      const data = host.takeMail(id, c);
      if (data === null) return false;
      via.receive(data, c);
      return true;
    }
    return false;
  }

  // ---- worker threads (each a second engine, engine/workers.rs; values cross as worker_codec.js text) ----
  if (internal.workerCodec === undefined) host.loadInternal('worker_codec.js')(internal);
  const codec = internal.workerCodec;
  const EventEmitter = internal.modules.events;
  const boot = host.worker ? JSON.parse(host.workerBoot()) : null;
  const live = new Map();
  let lastThreadId = 0;
  const kWorker = Symbol('kWorker');
  const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

  class Worker extends EventEmitter {
    constructor(filename, options = {}) {
      super();
      const opts = options === null || options === undefined ? {} : options;
      let entry;
      if (opts.eval) {
        if (typeof filename !== 'string') throw errors.invalidArgType('filename', 'string', filename);
        entry = filename;
      } else {
        let file = filename;
        if (file !== null && typeof file === 'object' && typeof file.href === 'string') {
          if (file.protocol !== 'file:') {
            throw errors.withCode(new TypeError(`The URL must be of scheme file. Received ${file.href}`), 'ERR_INVALID_URL_SCHEME');
          }
          file = internal.modules.url.fileURLToPath(file);
        } else if (typeof file !== 'string') {
          throw errors.invalidArgType('filename', 'string or an instance of URL', file);
        } else if (!file.startsWith('/') && !/^\.\.?[\\/]/.test(file)) {
          const e = new TypeError("The worker script or module filename must be an absolute path or a relative path starting with './' or '../'." +
            ` Received "${file}"`);
          throw errors.withCode(e, 'ERR_WORKER_PATH');
        }
        entry = internal.modules.path.resolve(file);
      }
      if (boot !== null) {
        const e = new Error('Looplab does not emulate nested workers: a worker cannot start a Worker of its own');
        throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
      }
      if (opts.env !== undefined && opts.env !== null && opts.env !== SHARE_ENV && typeof opts.env !== 'object') {
        throw errors.invalidArgType('options.env', 'object or one of undefined, null, or worker_threads.SHARE_ENV', opts.env);
      }
      const threadId = lastThreadId + 1;
      const via = channels((text, c) => host.workerPost(threadId, text, c), (c) => `${threadId}:${c}`, 1);
      const data = codec.encode(opts.workerData, opts.transferList, via);
      lastThreadId = threadId;
      const env = opts.env === undefined || opts.env === SHARE_ENV ? Object.assign({}, process.env)
        : (opts.env === null ? {} : Object.fromEntries(Object.entries(opts.env).map(([k, v]) => [k, String(v)])));
      const argv = Array.isArray(opts.argv) ? opts.argv.map(String) : [];
      // node copies the environment data into the worker when it starts.
      const envData = codec.encode([...environmentData]);
      // node's Worker has its own `performance` (the worker loop's eventLoopUtilization); Looplab measures none.
      this.performance = {
        eventLoopUtilization() {
          const e = new Error("Looplab does not measure a worker's event loop utilization");
          throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
        },
      };
      Object.defineProperty(this, kWorker, {
        value: { threadId, exited: false, refed: true, terminating: [], via, stdout: null, stderr: null },
      });
      live.set(threadId, this);
      host.workerStart(threadId, entry, !!opts.eval, JSON.stringify(argv), JSON.stringify(env),
        JSON.stringify({ threadId, data, envData, name: opts.name === undefined ? '' : String(opts.name), env }),
        (opts.stdout ? 1 : 0) | (opts.stderr ? 2 : 0));
    }

    // The worker's output as streams: what it writes arrives here with `stdout: true` / `stderr: true`
    // (otherwise the parent writes it out); they end when the worker exits.
    get stdout() { return output(this, 'stdout'); }
    get stderr() { return output(this, 'stderr'); }

    get stdin() { return null; }
    getHeapSnapshot() {
      const e = new Error('Looplab does not take heap snapshots of a worker');
      return Promise.reject(errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED'));
    }

    get threadId() { return this[kWorker].exited ? -1 : this[kWorker].threadId; }
    get resourceLimits() { return this[kWorker].exited ? {} : { maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 4096, codeRangeSizeMb: 0, stackSizeMb: 4 }; }

    postMessage(value, transferList) {
      if (arguments.length === 0) throw missing('message');
      const st = this[kWorker];
      const data = codec.encode(value, transferList, st.via);
      if (!st.exited) host.workerPost(st.threadId, data, 0);
    }

    terminate(callback) {
      const st = this[kWorker];
      if (typeof callback === 'function') {
        internal.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
          'DeprecationWarning', 'DEP0132');
        this.once('exit', (code) => callback(null, code));
      }
      if (st.exited) return Promise.resolve();
      return new Promise((resolve) => {
        st.terminating.push(resolve);
        host.workerTerminate(st.threadId);
      });
    }

    ref() {
      const st = this[kWorker];
      st.refed = true;
      if (!st.exited) host.workerRef(st.threadId, true);
    }

    unref() {
      const st = this[kWorker];
      st.refed = false;
      if (!st.exited) host.workerRef(st.threadId, false);
    }
  }

  const ERROR_EMIT_FRAMES = [
    '    at [kOnErrorMessage] (node:internal/worker:333:10)',
    '    at [kOnMessage] (node:internal/worker:344:37)',
    '    at MessagePort.<anonymous> (node:internal/worker:233:57)',
    '    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)',
    '    at MessagePort.<anonymous> (node:internal/per_context/messageport:23:28)',
  ].join('\n');

  let Readable;
  function output(worker, which) {
    const st = worker[kWorker];
    if (st[which] === null) {
      if (Readable === undefined) Readable = internal.modules.stream.Readable;
      st[which] = new Readable({ read() {} });
      if (st.exited) st[which].push(null);
    }
    return st[which];
  }

  // MessagePorts sent between two threads: each becomes a channel of their link, numbered by the thread that
  // sent it (the main thread odd, a worker even). A port sent away stays here as a proxy whose peer's messages
  // are forwarded; a port that arrived posts back through the link.
  const ports = new Map();
  let lastChannel = 0;
  function channels(post, keyOf, parity) {
    const messaging = internal.messaging;
    const via = {
      exportPort(port) {
        const c = ++lastChannel * 2 - parity;
        const key = keyOf(c);
        ports.set(key, { port, exported: true });
        messaging.forwardPort(port, {
          post: (value, transfer) => post(codec.encode(value, transfer, via), c),
          close: () => { if (ports.delete(key)) post('close', c); },
        });
        return c;
      },
      importPort(c) {
        const key = keyOf(c);
        const port = messaging.remotePort((value, transfer) => post(codec.encode(value, transfer, via), c),
          () => { if (ports.delete(key)) post('close', c); });
        ports.set(key, { port, exported: false });
        return port;
      },
      receive(data, c) {
        const key = keyOf(c);
        const entry = ports.get(key);
        if (entry === undefined) return;
        if (data === 'close') {
          ports.delete(key);
          if (entry.exported) messaging.forwardClosed(entry.port);
          else entry.port.close();
          return;
        }
        const value = codec.decode(data, via);
        if (entry.exported) messaging.deliverToPeer(entry.port, value);
        else messaging.receive(entry.port, value);
      },
    };
    return via;
  }

  // The parent's side: what a worker posted, in the poll phase (engine/workers.rs `deliver`).
  internal.hooks.workerEvent = (id, kind, payload, channel) => {
    const w = live.get(id);
    if (w === undefined) return;
    const st = w[kWorker];
    switch (kind) {
      case 'online': w.emit('online'); break;
      case 'message':
        if (channel === BROADCAST) broadcastIn(payload, id);
        else if (channel !== 0) st.via.receive(payload, channel);
        else w.emit('message', codec.decode(payload, st.via));
        break;
      case 'error': {
        const err = codec.decode(payload);
        if (w.listenerCount('error') > 0) {
          w.emit('error', err);
          break;
        }
        // node emits it from a MessagePort listener: event_target rethrows what the listener threw on a tick.
        let thrown;
        try {
          w.emit('error', err);
        } catch (e) {
          thrown = e;
        }
        if (thrown === undefined) break;
        const decorated = thrown === err && err !== null && typeof err === 'object';
        try {
          if (decorated) thrown.stack = `${thrown.stack}\nEmitted 'error' event on Worker instance at:\n${ERROR_EMIT_FRAMES}`;
          else if (thrown instanceof Error) thrown.stack = `${String(thrown.stack).split('\n')[0]}\n    at Worker.emit (node:events:513:17)\n${ERROR_EMIT_FRAMES}`;
        } catch { /* a frozen error keeps its stack */ }
        errors.withArrow(thrown, 'node:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^\n');
        process.nextTick(() => { throw thrown; });
        break;
      }
      case 'stdout': case 'stderr': output(w, kind).push(payload); break;
      case 'exit': {
        live.delete(id);
        st.exited = true;
        // The ports that went to or came from the worker close with it.
        for (const [key, entry] of [...ports]) {
          if (!key.startsWith(`${id}:`)) continue;
          ports.delete(key);
          if (entry.exported) internal.messaging.forwardClosed(entry.port);
          else entry.port.close();
        }
        for (const stream of [st.stdout, st.stderr]) if (stream !== null) stream.push(null);
        w.emit('exit', payload);
        for (const resolve of st.terminating.splice(0)) resolve(payload);
        break;
      }
      default: break;
    }
  };

  // The worker's side: `parentPort`, a MessagePort whose other end is the parent's Worker object.
  let parentPort = null;
  let parentVia = null;
  if (boot !== null) {
    const via = channels((data, c) => host.parentPost('message', data, c), (c) => c, 0);
    parentVia = via;
    parentPort = internal.messaging.remotePort((value, transfer) => host.parentPost('message', codec.encode(value, transfer, via), 0));
    internal.hooks.parentMessageImpl = (data, channel) => {
      if (channel === BROADCAST) broadcastIn(data, null);
      else if (channel !== 0) via.receive(data, channel);
      else internal.messaging.receive(parentPort, codec.decode(data, via));
    };
  }
  const environmentData = new Map(boot === null ? [] : codec.decode(boot.envData));
  internal.workerThreads = {
    isMainThread: boot === null,
    MessagePort,
    MessageChannel,
    markAsUntransferable(obj) { return obj; },
    moveMessagePortToContext(port) { return port; },
    receiveMessageOnPort,
    resourceLimits: {},
    postMessageToThread() {
      const e = new Error("Looplab does not emulate worker threads yet: there is no other thread to post to");
      return Promise.reject(errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED'));
    },
    threadId: boot === null ? 0 : boot.threadId,
    SHARE_ENV,
    Worker,
    parentPort,
    workerData: boot === null ? null : codec.decode(boot.data, parentVia),
    BroadcastChannel,
    setEnvironmentData(key, value) {
      if (value === undefined) environmentData.delete(key); else environmentData.set(key, value);
    },
    getEnvironmentData(key) { return environmentData.get(key); },
  };
})
