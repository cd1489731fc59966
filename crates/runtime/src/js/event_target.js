//! Event, CustomEvent and EventTarget as node 20's lib/internal/event_target.js behaves: state behind symbols
//! with prototype getters (so `console.log(event)` and `Object.keys` match), `eventPhase`/`currentTarget` set
//! only while a listener runs, listeners keyed by (callback, capture), argument checks with node's error
//! codes, the MaxListenersExceededWarning, and a throwing (or rejecting) listener rethrown on the next tick.
(function (internal) {
  'use strict';
  const errors = internal.errors;
  const kType = Symbol('type');
  const kState = Symbol('kState');
  const kTarget = Symbol('kTarget');
  const kDispatching = Symbol('kIsBeingDispatched');
  const kStop = Symbol('kStop');
  const kTrusted = Symbol('kTrustEvent');
  const kDetail = Symbol('detail');
  const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
  // node's ERR_MISSING_ARGS from one of its methods: that method's frame above the caller's, and its `throw`
  // line above an uncaught one (node 20.20's lib/internal/event_target.js lines).
  const MISSING_AT = {
    Event: ['new Event', 120, "'type'"],
    CustomEvent: ['new CustomEvent', 393, "'type'"],
    initEvent: ['Event.initEvent', 143, "'type'"],
    addEventListener: ['EventTarget.addEventListener', 602, "'type', 'listener'"],
    removeEventListener: ['EventTarget.removeEventListener', 704, "'type', 'listener'"],
    dispatchEvent: ['EventTarget.dispatchEvent', 758, "'event'"],
  };
  const missing = (names, where) => {
    const err = errors.withCode(
      new TypeError(`The ${names} argument${names.includes(' and ') ? 's' : ''} must be specified`), 'ERR_MISSING_ARGS');
    const at = MISSING_AT[where];
    if (!at) return errors.validator(err);
    errors.nodeFrames(err, `${at[0]} (node:internal/event_target:${at[1]}:13)`);
    return errors.withArrow(err, `node:internal/event_target:${at[1]}\n      throw new ERR_MISSING_ARGS(${at[2]});\n      ^\n`);
  };
  // node's validateObject(options): an array or a function is not one either.
  function checkOptions(options) {
    if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) {
      throw errors.nodeFrames(errors.invalidArgType('options', 'object', options), 'new Event (node:internal/event_target:122:7)');
    }
  }
  // `Name { type, defaultPrevented, cancelable, timeStamp }`, one level shallower (node's kInspect).
  function inspectEvent(self, depth, options, inspect) {
    const name = self.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
    return `${name} ${inspect({ type: self[kType], defaultPrevented: self.defaultPrevented, cancelable: self.cancelable, timeStamp: self[kState].timeStamp }, opts)}`;
  }

  class Event {
    constructor(type, options = undefined) {
      if (arguments.length === 0) throw missing('"type"', 'Event');
      checkOptions(options);
      const o = options || {};
      this[kType] = `${type}`;
      this[kState] = {
        cancelable: !!o.cancelable, bubbles: !!o.bubbles, composed: !!o.composed, defaultPrevented: false,
        timeStamp: internal.host.now(), propagationStopped: false, trusted: !!o[kTrusted],
      };
      this[kTarget] = null;
      this[kDispatching] = false;
      this[kStop] = false;
    }
    initEvent(type, bubbles = false, cancelable = false) {
      if (arguments.length === 0) throw missing('"type"', 'initEvent');
      if (this[kDispatching]) return;
      this[kType] = `${type}`;
      this[kState].bubbles = !!bubbles;
      this[kState].cancelable = !!cancelable;
    }
    [inspectCustom](depth, options, inspect) { return inspectEvent(this, depth, options, inspect); }
    stopImmediatePropagation() { this[kStop] = true; }
    preventDefault() { this[kState].defaultPrevented = true; }
    get target() { return this[kTarget]; }
    get currentTarget() { return this[kDispatching] ? this[kTarget] : null; }
    get srcElement() { return this[kTarget]; }
    get type() { return this[kType]; }
    get cancelable() { return this[kState].cancelable; }
    get defaultPrevented() { return this[kState].cancelable && this[kState].defaultPrevented; }
    get timeStamp() { return this[kState].timeStamp; }
    composedPath() { return this[kDispatching] ? [this[kTarget]] : []; }
    get returnValue() { return !this.defaultPrevented; }
    get bubbles() { return this[kState].bubbles; }
    get composed() { return this[kState].composed; }
    get eventPhase() { return this[kDispatching] ? Event.AT_TARGET : Event.NONE; }
    get cancelBubble() { return this[kState].propagationStopped; }
    set cancelBubble(value) { if (value) this.stopPropagation(); }
    stopPropagation() { this[kState].propagationStopped = true; }
    get isTrusted() { return this[kState] !== undefined && this[kState].trusted; }
  }
  for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
    Object.defineProperty(Event, k, { value: v, writable: false, enumerable: true, configurable: false });
  }
  for (const k of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable', 'defaultPrevented', 'timeStamp',
    'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'isTrusted']) {
    Object.defineProperty(Event.prototype, k, Object.assign(Object.getOwnPropertyDescriptor(Event.prototype, k), { enumerable: true }));
  }
  // Own state is not enumerable (node keeps it in private fields).
  for (const k of [kType, kState, kTarget, kDispatching, kStop]) {
    Object.defineProperty(Event.prototype, k, { value: undefined, writable: true, enumerable: false, configurable: true });
  }

  class CustomEvent extends Event {
    constructor(type, options = {}) {
      if (arguments.length === 0) throw missing('"type"', 'CustomEvent');
      super(type, options);
      this[kDetail] = options !== null && options !== undefined && options.detail !== undefined ? options.detail : null;
    }
    get detail() { return this[kDetail]; }
  }
  Object.defineProperty(CustomEvent.prototype, kDetail, { value: null, writable: true, enumerable: false, configurable: true });

  const kEvents = Symbol('kEvents');
  // node's `if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget')`: a method taken off its
  // target (`const { addEventListener } = target`).
  const THIS_LINES = { addEventListener: 600, removeEventListener: 702, dispatchEvent: 756 };
  const checkThis = (self, method) => {
    if (self !== null && self !== undefined && (typeof self === 'object' || typeof self === 'function') && kEvents in self) return;
    const err = errors.withCode(new TypeError('Value of "this" must be of type EventTarget'), 'ERR_INVALID_THIS');
    const line = THIS_LINES[method];
    errors.nodeFrames(err, `${self === null || self === undefined ? '' : 'Object.'}${method} (node:internal/event_target:${line}:13)`);
    throw errors.withArrow(err, `node:internal/event_target:${line}\n      throw new ERR_INVALID_THIS('EventTarget');\n      ^\n`);
  };
  const isListener = (listener) => {
    if (typeof listener === 'function' || (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function')) return true;
    if (listener === null || listener === undefined) return false;
    if (typeof listener === 'object') return true;
    throw errors.invalidArgType('listener', 'EventListener', listener);
  };
  // node calls a listener object through an async wrapper that looks `handleEvent` up at each dispatch: a
  // falsy one is skipped, and whatever it throws is a rejection (reported from a microtask).
  // (Called through the target's `handle` trampoline: node's `Listener.callback` and dispatch frames.)
  const callHandleEvent = async (target, listener, event) => {
    const { handleEvent } = listener;
    if (!handleEvent) return;
    if (typeof handleEvent !== 'function') throw errors.applyNonFunction(handleEvent);
    await dispatchVia(target).handle(handleEvent, listener, [event]);
  };
  const flags = (options) => {
    if (typeof options === 'boolean') return { capture: options };
    if (options === null || options === undefined) return {};
    return { once: !!options.once, capture: !!options.capture, passive: !!options.passive, signal: options.signal };
  };
  // node's `process.nextTick(() => { throw err; })` for a listener that threw or rejected.
  const ARROW = 'node:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^\n';
  // A function listener is called through a trampoline named after the target's class (engine/listeners.rs), so
  // its frame reads as node's (`EventTarget.onAbort`, an AbortSignal's listeners too) above node's dispatch frames.
  let targetCalls;
  const plainCall = { dispatch: (h, t, a) => h.apply(t, a), handle: (h, t, a) => h.apply(t, a) };
  function dispatchVia(target) {
    let calls = null;
    if (internal.web && target instanceof internal.web.AbortSignal) {
      if (targetCalls === undefined) targetCalls = internal.host.listenerTrampolines('EventTarget') || null;
      calls = targetCalls;
    } else if (internal.listenerCalls) {
      calls = internal.listenerCalls(target);
    }
    return calls && calls.dispatch && calls.handle ? calls : plainCall;
  }
  function rethrow(err) {
    // (The rethrow is where V8 places the uncaught error, whatever threw it first: an emitter's unhandled
    // 'error' in the listener too.)
    if (err !== null && typeof err === 'object') {
      // (An emitter's unhandled 'error' computes its header on first read, and adds node's "Emitted 'error'
      // event" lines to the stack then: that still happens, under this header.)
      const had = Object.getOwnPropertyDescriptor(err, internal.kArrow);
      if (had && typeof had.get === 'function') {
        Object.defineProperty(err, internal.kArrow, { configurable: true, get() { had.get.call(err); return ARROW; } });
      } else {
        internal.errors.withArrow(err, ARROW);
      }
    }
    internal.process.nextTick(() => {
      internal.lastThrow = null; // this is the last throw, not the listener's own
      if (err === null || (typeof err !== 'object' && typeof err !== 'function')) internal.primitiveThrowArrow = { value: err, arrow: ARROW };
      throw err;
    });
  }

  class EventTarget {
    constructor() {
      Object.defineProperty(this, kEvents, { value: new Map(), configurable: true });
      const events = internal.modules.events;
      this[events.kMaxEventTargetListeners] = events.defaultMaxListeners;
      this[events.kMaxEventTargetListenersWarned] = false;
    }
    addEventListener(type, listener, options = undefined) {
      checkThis(this, 'addEventListener');
      if (arguments.length < 2) throw missing('"type" and "listener"', 'addEventListener');
      // node's validateEventListenerOptions: a boolean is `capture`; else an object (an array or a function too).
      if (options !== undefined && options !== null && typeof options !== 'boolean' && typeof options !== 'object' && typeof options !== 'function') {
        throw errors.nodeFrames(errors.invalidArgType('options', 'object', options), 'validateEventListenerOptions (node:internal/event_target:1068:3)',
          'EventTarget.addEventListener (node:internal/event_target:614:17)');
      }
      const { once = false, capture = false, passive = false, signal } = flags(options);
      if (signal !== undefined && !(signal instanceof internal.web.AbortSignal)) {
        throw errors.invalidArgType('options.signal', 'AbortSignal', signal);
      }
      if (!isListener(listener)) {
        const w = new Error(`addEventListener called with ${listener} which has no effect.`);
        w.name = 'AddEventListenerArgumentTypeWarning';
        w.target = this;
        w.type = type;
        internal.emitWarning(w);
        return;
      }
      type = typeof type === 'symbol' ? type : `${type}`;
      // A listener added with an aborted signal is not added; aborting the signal later removes it.
      if (signal && signal.aborted) return;
      let list = this[kEvents].get(type);
      if (!list) { list = []; this[kEvents].set(type, list); }
      if (list.some((l) => l.listener === listener && l.capture === capture)) return;
      // Linked as node's list is: a dispatch follows `next`, read before each listener runs.
      const entry = { listener, once, capture, passive, removed: false, next: undefined };
      if (list.length > 0) list[list.length - 1].next = entry;
      list.push(entry);
      const events = internal.modules.events;
      const max = this[events.kMaxEventTargetListeners];
      if (max > 0 && list.length > max && !this[events.kMaxEventTargetListenersWarned]) {
        this[events.kMaxEventTargetListenersWarned] = true;
        const shown = this instanceof internal.web.AbortSignal ? `[${this.constructor.name}]` : this.constructor.name;
        const w = new Error(`Possible EventTarget memory leak detected. ${list.length} ${String(type)} listeners added to ${shown}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
        w.name = 'MaxListenersExceededWarning';
        w.target = this;
        w.type = type;
        w.count = list.length;
        internal.emitWarning(w);
      }
      if (signal) {
        signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
      }
    }
    removeEventListener(type, listener, options = undefined) {
      checkThis(this, 'removeEventListener');
      if (arguments.length < 2) throw missing('"type" and "listener"', 'removeEventListener');
      type = typeof type === 'symbol' ? type : `${type}`;
      // node reads only `options?.capture` here: a boolean `true` removes the non-capture listener.
      const capture = options !== null && options !== undefined && options.capture === true;
      const list = this[kEvents].get(type);
      if (!list) return;
      const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
      // Marked too: a dispatch in progress skips it.
      if (i !== -1) {
        const entry = list.splice(i, 1)[0];
        entry.removed = true;
        if (i > 0) list[i - 1].next = entry.next;
      }
    }
    dispatchEvent(event) {
      checkThis(this, 'dispatchEvent');
      if (arguments.length === 0) throw missing('"event"', 'dispatchEvent');
      if (!(event instanceof Event)) throw errors.invalidArgType('event', 'Event', event);
      if (event[kDispatching]) {
        throw errors.withCode(new Error(`The event "${event.type}" is already being dispatched`), 'ERR_EVENT_RECURSION');
      }
      event[kTarget] = this;
      event[kDispatching] = true;
      const list = this[kEvents].get(event.type) || [];
      for (let l = list[0], next; l !== undefined; l = next) {
        if (event[kStop] && !l.passive) break;
        next = l.next;
        if (l.removed) continue;
        if (l.once) this.removeEventListener(event.type, l.listener, { capture: l.capture });
        try {
          // node marks the event as no longer being dispatched after the first listener returns (so a second
          // listener sees `eventPhase` 0 and no `currentTarget`).
          const via = dispatchVia(this);
          const result = typeof l.listener === 'function'
            ? (internal.portDelivery === event && via.port ? via.port : via.dispatch)(l.listener, this, [event])
            : callHandleEvent(this, l.listener, event);
          event[kDispatching] = false;
          if (result !== undefined && result !== null && typeof result.then === 'function') {
            result.then(undefined, rethrow);
          }
        } catch (err) {
          rethrow(err);
        }
      }
      event[kDispatching] = false;
      return event.defaultPrevented !== true;
    }
    [inspectCustom](depth, options, inspect) {
      const name = this.constructor.name;
      if (depth < 0) return name;
      const opts = Object.assign({}, options, { depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth });
      return `${name} ${inspect({}, opts)}`;
    }
  }
  // node defines the web classes' members enumerable (`kEnumerableProperty`).
  internal.enumerableMembers = (C, names) => {
    for (const k of names) {
      Object.defineProperty(C.prototype, k, Object.assign(Object.getOwnPropertyDescriptor(C.prototype, k), { enumerable: true }));
    }
  };
  internal.enumerableMembers(Event, ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'composedPath', 'stopPropagation']);
  internal.enumerableMembers(CustomEvent, ['detail']);
  internal.enumerableMembers(EventTarget, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
  // node marks the class itself (kIsEventTarget).
  EventTarget[Symbol.for('nodejs.event_target')] = true;
  for (const [C, tag] of [[Event, 'Event'], [CustomEvent, 'CustomEvent'], [EventTarget, 'EventTarget']]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  }
  internal.eventTarget = { Event, CustomEvent, EventTarget, kTrusted };
  internal.eventTargetListeners = (target, type) => (target[kEvents] && target[kEvents].get(type)) || [];
})
