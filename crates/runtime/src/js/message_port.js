//! The `MessageChannel`, `MessagePort` and `MessageEvent` globals (node's lib/internal/worker/io.js semantics,
//! one thread): a posted message is structured-cloned at once and delivered in the poll phase of the next loop
//! iteration that starts after it was posted (node signals the port through a uv_async handle; one posted while a
//! port delivers may join the running poll phase, see scheduleQueued), one callback
//! per message with nextTicks and microtasks drained in between. A port keeps the loop alive while it has
//! 'message' listeners and is not unref'd or closed; a 'message' listener (`on`, `onmessage` or
//! `addEventListener`) also starts it, as node's newListener hook does. Closing either port closes both; messages
//! already posted to the peer still arrive, those queued for the port that closed itself do not (unless their
//! delivery had begun); the closed port emits 'close' in that iteration's close phase, its peer one iteration
//! later (two when it was never started). A port can also stand for one in another thread (a worker's
//! parentPort, a transferred port: `remote`, `forward`).
(function (internal) {
  'use strict';
  const host = internal.host;
  const { EventTarget, Event } = internal.web;
  const kCreate = Symbol('kCreate');
  // The order ports were made in: the order of their uv_async handles in libuv's queue (scheduleQueued).
  let nextHandle = 0;
  const kState = Symbol('kState');

  class MessageEvent extends Event {
    constructor(type, init = {}) {
      super(type, init);
      const o = init === null || init === undefined ? {} : init;
      Object.defineProperty(this, 'data', { value: o.data === undefined ? null : o.data, enumerable: false, configurable: true });
      Object.defineProperty(this, 'origin', { value: o.origin === undefined ? '' : String(o.origin), enumerable: false, configurable: true });
      Object.defineProperty(this, 'lastEventId', { value: o.lastEventId === undefined ? '' : String(o.lastEventId), enumerable: false, configurable: true });
      Object.defineProperty(this, 'source', { value: o.source === undefined ? null : o.source, enumerable: false, configurable: true });
      Object.defineProperty(this, 'ports', { value: o.ports === undefined ? [] : [...o.ports], enumerable: false, configurable: true });
    }
  }

  function constructCallInvalid() {
    const e = new TypeError('Constructor cannot be called');
    return internal.errors.withCode(e, 'ERR_CONSTRUCT_CALL_INVALID');
  }

  class MessagePort extends EventTarget {
    constructor(token) {
      if (token !== kCreate) throw constructCallInvalid();
      super();
      Object.defineProperty(this, kState, {
        value: {
          peer: null, remote: null, remoteClose: null, forward: null, queue: [], scheduled: 0, handle: nextHandle++, batch: -1, batchCount: 0, closedHere: false, closedBatch: -1, started: false, closed: false, refed: true, active: false,
          messageListeners: 0, handler: null, handlerWrapper: null, wrappers: new Map(),
        },
      });
    }

    postMessage(value, transfer) {
      if (arguments.length === 0) {
        const e = new TypeError('The "message" argument must be specified');
        throw internal.errors.withCode(e, 'ERR_MISSING_ARGS');
      }
      const st = this[kState];
      // A worker's parentPort, or a port that came from another thread: the other end is in that engine.
      if (st.remote !== null) {
        if (!st.closed) st.remote(value, transfer);
        return true;
      }
      const peer = st.peer;
      // The peer went to another thread: the message follows it there.
      if (!st.closed && peer !== null && peer[kState].forward !== null) {
        peer[kState].forward.post(value, transfer);
        return true;
      }
      const options = transfer === undefined || transfer === null ? undefined
        : (Array.isArray(transfer) ? { transfer } : transfer);
      const data = internal.structuredClone(value, options);
      if (st.closed || peer === null || peer[kState].closed) return undefined;
      peer[kState].queue.push(data);
      scheduleQueued(peer);
      // (node's native postMessage says true for a message it queued.)
      return true;
    }

    start() {
      const st = this[kState];
      if (st.started || st.closed) return;
      st.started = true;
      scheduleQueued(this);
    }

    close() {
      const st = this[kState];
      if (st.closed) return;
      if (st.remoteClose !== null) st.remoteClose();
      const peer = st.peer;
      if (peer !== null && peer[kState].forward !== null) peer[kState].forward.close();
      for (const port of peer === null ? [this] : [this, peer]) {
        const ps = port[kState];
        if (ps.closed) continue;
        ps.closed = true;
        syncRef(port);
        const emitClose = () => host.netClose('MessagePort close', function onclose() {
          port.dispatchEvent(new Event('close'));
        });
        if (port === this) {
          // Messages queued for a port that closes itself are never read, unless their delivery had begun
          // (node drains a port's queue in one go: a close from a 'message' listener stops no message of it).
          ps.closedHere = true;
          ps.closedBatch = host.netBatch();
          emitClose();
        } else if (ps.started) {
          // The peer learns of the close through the channel, after the messages already in it, and closes its
          // handle one loop iteration later (node: its 'close' comes in the next iteration's close phase).
          host.netSchedule(0, 'MessagePort peer closed', function peerClosed() {
            host.netSchedule(0, 'MessagePort peer closed', emitClose);
          });
        } else {
          // A peer that was never started reads nothing, but its handle still closes with the channel, an
          // iteration after a started one would (node: a started peer's 'close' comes first).
          host.netSchedule(0, 'MessagePort peer closed', function peerClosed() {
            host.netSchedule(0, 'MessagePort peer closed', function peerClosing() {
              host.netSchedule(0, 'MessagePort peer closed', emitClose);
            });
          });
        }
      }
    }

    ref() {
      this[kState].refed = true;
      syncRef(this);
      return this;
    }

    unref() {
      this[kState].refed = false;
      syncRef(this);
      return this;
    }

    hasRef() {
      const st = this[kState];
      return st.refed && st.messageListeners > 0;
    }

    addEventListener(type, listener, options) {
      const before = listenerCount(this, type);
      super.addEventListener(type, listener, options);
      if (type === 'message' && listenerCount(this, type) > before) {
        this[kState].messageListeners++;
        syncRef(this);
        // node starts a port when it gets a 'message' listener, however added (its newListener hook).
        this.start();
      }
    }

    removeEventListener(type, listener, options) {
      const before = listenerCount(this, type);
      super.removeEventListener(type, listener, options);
      if (type === 'message' && listenerCount(this, type) < before) {
        this[kState].messageListeners--;
        syncRef(this);
      }
    }

    // NodeEventTarget: `on('message', fn)` hands `fn` the message itself, and starts the port.
    on(type, listener) {
      const wrapper = function (event) { return listener.call(this, type === 'message' ? event.data : event); };
      this[kState].wrappers.set(listener, wrapper);
      this.addEventListener(type, wrapper);
      if (type === 'message') this.start();
      return this;
    }

    addListener(type, listener) { return this.on(type, listener); }

    once(type, listener) {
      const self = this;
      const wrapper = function (event) {
        self.off(type, listener);
        return listener.call(this, type === 'message' ? event.data : event);
      };
      this[kState].wrappers.set(listener, wrapper);
      this.addEventListener(type, wrapper);
      if (type === 'message') this.start();
      return this;
    }

    off(type, listener) {
      const wrapper = this[kState].wrappers.get(listener);
      if (wrapper !== undefined) {
        this[kState].wrappers.delete(listener);
        this.removeEventListener(type, wrapper);
      }
      return this;
    }

    removeListener(type, listener) { return this.off(type, listener); }

    // The rest of NodeEventTarget's EventEmitter-like API.
    listenerCount(type) { return listenerCount(this, type); }
    eventNames() { return ['message', 'messageerror', 'close'].filter((t) => listenerCount(this, t) > 0); }
    removeAllListeners(type) {
      const st = this[kState];
      for (const [listener, wrapper] of [...st.wrappers]) {
        st.wrappers.delete(listener);
        for (const t of type === undefined ? ['message', 'messageerror', 'close'] : [type]) this.removeEventListener(t, wrapper);
      }
      return this;
    }

    emit(type, arg) {
      const event = type === 'message' ? new MessageEvent('message', { data: arg }) : new Event(type);
      return this.dispatchEvent(event);
    }

    get onmessage() { return this[kState].handler; }

    set onmessage(fn) {
      const st = this[kState];
      if (st.handlerWrapper !== null) this.removeEventListener('message', st.handlerWrapper);
      st.handler = typeof fn === 'function' ? fn : null;
      st.handlerWrapper = null;
      if (st.handler !== null) {
        const handler = st.handler;
        // (Node's wrapper shows a frame, `MessagePort.eventHandler`: stack_frames_node.js.)
        st.handlerWrapper = function __ll_portEventHandler(event) { return handler.call(this, event); };
        this.addEventListener('message', st.handlerWrapper);
        this.start();
      }
    }
  }

  // Dispatches a received message's event as node's per-context `emitMessage` does (its frames, stack.js).
  function deliver(port, event) {
    const outer = internal.portDelivery;
    internal.portDelivery = event;
    try { return port.dispatchEvent(event); } finally { internal.portDelivery = outer; }
  }
  // A delivered message's event (a posted `undefined` stays undefined: MessageEvent's init would make it null).
  function messageEvent(data) {
    const event = new MessageEvent('message', { data });
    if (data === undefined) Object.defineProperty(event, 'data', { value: undefined, enumerable: false, configurable: true });
    return event;
  }

  const listenerCount = (port, type) => internal.eventTargetListeners(port, type).length;

  // A port holds the loop open (a ref'd uv handle) while it has 'message' listeners, is ref'd and is open.
  function syncRef(port) {
    const st = port[kState];
    const active = st.refed && !st.closed && st.messageListeners > 0;
    if (active !== st.active) {
      st.active = active;
      host.netRef(active ? 1 : -1);
    }
  }

  // Each queued message not yet scheduled gets its own poll-phase delivery (the next batch). One posted to a
  // port while it delivers is read in the same batch: node's MessagePort::OnMessage reads its queue until it is
  // empty, up to max(its length, 1000) messages, then signals itself again.
  // A message posted to another port while one delivers is read in the same batch too when that port's uv_async
  // handle comes later in libuv's handle queue (made later: `handle`), which uv__async_io is still walking.
  const kProcessingLimit = 1000;
  let delivering = null;
  function scheduleQueued(port) {
    const st = port[kState];
    if (!st.started) return;
    while (st.scheduled < st.queue.length) {
      st.scheduled++;
      const inBatch = delivering !== null &&
        (delivering === port ? st.batchCount < kProcessingLimit : st.handle > delivering[kState].handle);
      host.netSchedule(0, 'MessagePort message', function deliverMessage() {
        st.scheduled--;
        // receiveMessageOnPort may have taken it already.
        if (st.queue.length > 0 && (!st.closedHere || st.closedBatch === host.netBatch())) {
          const batch = host.netBatch();
          if (st.batch !== batch) {
            st.batch = batch;
            st.batchCount = 0;
          }
          st.batchCount++;
          const outer = delivering;
          delivering = port;
          try {
            deliver(port, messageEvent(st.queue.shift()));
          } finally {
            delivering = outer;
          }
        }
      }, 0, inBatch);
    }
  }

  class MessageChannel {
    constructor() {
      const port1 = new MessagePort(kCreate);
      const port2 = new MessagePort(kCreate);
      port1[kState].peer = port2;
      port2[kState].peer = port1;
      Object.defineProperty(this, 'port1', { value: port1, enumerable: true, configurable: false, writable: false });
      Object.defineProperty(this, 'port2', { value: port2, enumerable: true, configurable: false, writable: false });
    }
  }

  // worker_threads.receiveMessageOnPort: the next queued message, taken now ({ message }), or undefined.
  function takeMessage(port) {
    const st = port[kState];
    return st.queue.length > 0 ? { message: st.queue.shift() } : undefined;
  }
  // A port whose other end lives in another thread's engine (a worker's parentPort): `send(value, transfer)`
  // posts there; `receive` takes what arrived from there, in the poll phase.
  function remotePort(send, onClose = null) {
    const port = new MessagePort(kCreate);
    port[kState].remote = send;
    port[kState].remoteClose = onClose;
    return port;
  }
  // structuredClone's transfer of a port: `fresh` takes its place in the channel (and its queued messages);
  // the transferred object is closed.
  const isPort = (v) => v instanceof MessagePort;
  function freshPort() { return new MessagePort(kCreate); }
  function movePort(port, fresh) {
    const st = port[kState];
    const fs = fresh[kState];
    fs.peer = st.peer;
    if (st.peer !== null) st.peer[kState].peer = fresh;
    fs.queue.push(...st.queue.splice(0));
    st.peer = null;
    if (!st.closed) {
      st.closed = true;
      syncRef(port);
      host.netClose('MessagePort close', function onclose() { port.dispatchEvent(new Event('close')); });
    }
  }
  // A port sent to another thread stays here as a proxy: what its peer posts goes through `forward.post`,
  // closing either end through `forward.close`. Messages it had queued go first.
  function forwardPort(port, forward) {
    const st = port[kState];
    st.forward = forward;
    for (const value of st.queue.splice(0)) forward.post(value);
  }
  // The other thread closed the port that went there: this proxy closes, and its peer with it.
  function forwardClosed(port) {
    port[kState].forward = null;
    port.close();
  }
  // What arrived for a proxy goes to its peer, or on to the thread that peer went to (a channel between two
  // workers set up by their parent).
  function deliverToPeer(proxy, value) {
    const peer = proxy[kState].peer;
    if (peer === null) return;
    if (peer[kState].forward !== null) peer[kState].forward.post(value);
    else receive(peer, value);
  }
  function receive(port, value) {
    const st = port[kState];
    if (st.closed) return;
    st.queue.push(value);
    if (st.started && st.scheduled === 0) deliver(port, messageEvent(st.queue.shift()));
  }
  const peerOf = (port) => port[kState].peer;
  internal.messaging = {
    MessageChannel, MessagePort, MessageEvent, takeMessage, remotePort, receive, isPort, freshPort, movePort,
    forwardPort, forwardClosed, deliverToPeer, peerOf,
  };
})
