//! The `worker_threads` module on the main thread only: `BroadcastChannel` (also a global), the message-port
//! classes, `receiveMessageOnPort`, environment data and the main thread's constants. Looplab runs one thread:
//! constructing a `Worker` throws ERR_LOOPLAB_UNSUPPORTED (loaded with message_port.js by bootstrap.js).
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

  function receiveMessageOnPort(port) {
    if (!(port instanceof MessagePort)) {
      throw errors.withCode(new TypeError('The "port" argument must be a MessagePort instance'), 'ERR_INVALID_ARG_TYPE');
    }
    const taken = takeMessage(port);
    return taken === undefined ? undefined : { message: taken.message };
  }

  class Worker extends EventTarget {
    constructor() {
      super();
      const e = new Error("Looplab does not emulate worker threads yet: 'new Worker()' needs a second JavaScript thread");
      throw errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
    }
  }
  const environmentData = new Map();
  internal.workerThreads = {
    isMainThread: true,
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
    threadId: 0,
    SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
    Worker,
    parentPort: null,
    workerData: null,
    BroadcastChannel,
    setEnvironmentData(key, value) {
      if (value === undefined) environmentData.delete(key); else environmentData.set(key, value);
    },
    getEnvironmentData(key) { return environmentData.get(key); },
  };
})
