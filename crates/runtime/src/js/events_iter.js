//! node:events' events.once and events.on (the async iterator with its watermarks, FixedQueue) and the
//! EventEmitter/EventTarget-agnostic listener helpers they use; events.js exports them.
(function (internal) {
  'use strict';
  const {
    kWatermarkData, kFirstEventParam, kResistStopPropagation, kEmptyObject, symbolDispose, ERR_INVALID_ARG_TYPE,
    AbortError, validateInteger, validateAbortSignal, addAbortListener, thrownIn,
  } = internal.eventsShared;

  // node's AbortErrors of events.once/on, with its frames and lines; `self` is the function's `this` (the
  // module, i.e. EventEmitter, when called as `events.once`).
  const abortedAt = (fn, line, col, signal, self) => internal.errors.nodeAbort(
    new AbortError(undefined, { cause: signal == null ? undefined : signal.reason }),
    `${typeof self === 'function' ? 'Function.' : ''}${fn} (node:events:${line}:${col})`,
    `node:events:${line}\n    throw new AbortError(undefined, { cause: signal?.reason });\n          ^\n`);
  const abortListened = (line, col, indent, call, signal) => internal.errors.nodeAbort(
    new AbortError(undefined, { cause: signal == null ? undefined : signal.reason }),
    `EventTarget.abortListener (node:events:${line}:${col})`,
    `node:events:${line}\n${indent}${call}(new AbortError(undefined, { cause: signal?.reason }));\n${' '.repeat(col - 1)}^\n`);
  async function once(emitter, name, options = kEmptyObject) {
    const signal = options == null ? undefined : options.signal;
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (e) {
      // node's frame, and (the check rejects an async function) the check's line as the header.
      internal.errors.nodeFrames(e, 'once (node:events:974:3)');
      throw internal.errors.withArrow(e, "node:events:974\n  validateAbortSignal(signal, 'options.signal');\n  ^\n");
    }
    if (signal != null && signal.aborted) throw abortedAt('once', 976, 11, signal, this);
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        if (signal != null) {
          eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        }
        reject(err);
      };
      const resolver = (...args) => {
        if (typeof emitter.removeListener === 'function') {
          emitter.removeListener('error', errorListener);
        }
        if (signal != null) {
          eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
        }
        resolve(args);
      };

      const opts = { __proto__: null, once: true, [kResistStopPropagation]: true };
      if (!isEmitterLike(emitter)) {
        throw notAnEmitter(emitter, this, 'node:events:997:5', 'new Promise (<anonymous>)', 'once (node:events:977:10)');
      }
      eventTargetAgnosticAddListener(emitter, name, resolver, opts);
      if (name !== 'error' && typeof emitter.once === 'function') {
        // EventTarget does not have `error` event semantics like Node EventEmitters, we listen to `error` events
        // only on EventEmitters.
        emitter.once('error', errorListener);
      }
      function abortListener() {
        eventTargetAgnosticRemoveListener(emitter, name, resolver);
        eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
        reject(abortListened(1006, 14, '      ', 'reject', signal));
      }
      if (signal != null) {
        eventTargetAgnosticAddListener(
          signal, 'abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
      }
    });
  }

  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

  function createIterResult(value, done) {
    return { value, done };
  }

  function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
      emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
      emitter.removeEventListener(name, listener, flags);
    } else {
      throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  const isEmitterLike = (emitter) => emitter !== null && emitter !== undefined
    && (typeof emitter.on === 'function' || typeof emitter.addEventListener === 'function');
  // node's error for events.on/once on what is neither an EventEmitter nor an EventTarget: thrown in
  // eventTargetAgnosticAddListener, under the API's frames (`callers`, the last named after the receiver `self`);
  // on null or undefined, V8's TypeError for reading its `on` there.
  function notAnEmitter(emitter, self, ...callers) {
    if (emitter === null || emitter === undefined) {
      const err = internal.errors.withArrow(new TypeError(`Cannot read properties of ${emitter} (reading 'on')`),
        "node:events:1033\n  if (typeof emitter.on === 'function') {\n                     ^\n");
      return thrownIn(err, self, callers.pop(), 'eventTargetAgnosticAddListener (node:events:1033:22)', ...callers);
    }
    const err = ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    internal.errors.withArrow(err, "node:events:1042\n    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);\n          ^\n");
    return thrownIn(err, self, callers.pop(), 'eventTargetAgnosticAddListener (node:events:1042:11)', ...callers);
  }

  function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
      if (flags != null && flags.once) {
        emitter.once(name, listener);
      } else {
        emitter.on(name, listener);
      }
    } else if (typeof emitter.addEventListener === 'function') {
      emitter.addEventListener(name, listener, flags);
    } else {
      throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
    }
  }

  // lib/internal/fixed_queue.js, as far as on() uses it.
  class FixedQueue {
    constructor() {
      this.items = [];
      this.head = 0;
    }
    isEmpty() {
      return this.head === this.items.length;
    }
    push(data) {
      this.items.push(data);
    }
    shift() {
      if (this.isEmpty()) return null;
      const item = this.items[this.head];
      this.items[this.head++] = undefined;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return item;
    }
  }

  function on(emitter, event, options = kEmptyObject) {
    // Parameters validation
    const signal = options.signal;
    try {
      validateAbortSignal(signal, 'options.signal');
    } catch (e) {
      throw internal.errors.nodeFrames(e, 'on (node:events:1061:3)');
    }
    if (signal != null && signal.aborted) throw abortedAt('on', 1063, 11, signal, this);
    // Support both highWaterMark and highWatermark for backward compatibility
    const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
    validateInteger(highWatermark, 'options.highWaterMark', 1);
    // Support both lowWaterMark and lowWatermark for backward compatibility
    const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
    validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    // Preparing controlling queues and variables
    const unconsumedEvents = new FixedQueue();
    const unconsumedPromises = new FixedQueue();
    let paused = false;
    let error = null;
    let finished = false;
    let size = 0;

    const iterator = Object.setPrototypeOf({
      next() {
        // First, we consume all unread events
        if (size) {
          const value = unconsumedEvents.shift();
          size--;
          if (paused && size < lowWatermark) {
            emitter.resume();
            paused = false;
          }
          return Promise.resolve(createIterResult(value, false));
        }

        // Then we error, if an error happened. This happens one time if at all, because after 'error' we stop
        // listening
        if (error) {
          const p = Promise.reject(error);
          // Only the first element errors
          error = null;
          return p;
        }

        // If the iterator is finished, resolve to done
        if (finished) return closeHandler();

        // Wait until an event happens
        return new Promise(function (resolve, reject) {
          unconsumedPromises.push({ resolve, reject });
        });
      },

      return() {
        return closeHandler();
      },

      throw(err) {
        if (!err || !(err instanceof Error)) {
          throw ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
        }
        errorHandler(err);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      [kWatermarkData]: {
        // The current queue size
        get size() {
          return size;
        },
        // The low watermark. The emitter is resumed every time size is lower than it
        get low() {
          return lowWatermark;
        },
        // The high watermark. The emitter is paused every time size is higher than it
        get high() {
          return highWatermark;
        },
        // It checks whether the emitter is paused by the watermark controller or not
        get isPaused() {
          return paused;
        },
      },
    }, AsyncIteratorPrototype);

    // Adding event handlers
    const { addEventListener, removeAll } = listenersController();
    if (!isEmitterLike(emitter)) throw notAnEmitter(emitter, this, 'addEventListener (node:events:1214:7)', 'on (node:events:1157:3)');
    addEventListener(emitter, event, options[kFirstEventParam] ? eventHandler : function (...args) {
      return eventHandler(args);
    });
    if (event !== 'error' && typeof emitter.on === 'function') {
      addEventListener(emitter, 'error', errorHandler);
    }
    const closeEvents = options == null ? undefined : options.close;
    if (closeEvents != null && closeEvents.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        addEventListener(emitter, closeEvents[i], closeHandler);
      }
    }

    const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

    return iterator;

    function abortListener() {
      errorHandler(abortListened(1175, 18, '    ', 'errorHandler', signal));
    }

    function eventHandler(value) {
      if (unconsumedPromises.isEmpty()) {
        size++;
        if (!paused && size > highWatermark) {
          paused = true;
          emitter.pause();
        }
        unconsumedEvents.push(value);
      } else {
        unconsumedPromises.shift().resolve(createIterResult(value, false));
      }
    }

    function errorHandler(err) {
      if (unconsumedPromises.isEmpty()) error = err;
      else unconsumedPromises.shift().reject(err);

      closeHandler();
    }

    function closeHandler() {
      if (abortListenerDisposable != null) abortListenerDisposable[symbolDispose()]();
      removeAll();
      finished = true;
      const doneResult = createIterResult(undefined, true);
      while (!unconsumedPromises.isEmpty()) {
        unconsumedPromises.shift().resolve(doneResult);
      }

      return Promise.resolve(doneResult);
    }
  }

  function listenersController() {
    const listeners = [];

    return {
      addEventListener(emitter, event, handler, flags) {
        eventTargetAgnosticAddListener(emitter, event, handler, flags);
        listeners.push([emitter, event, handler, flags]);
      },
      removeAll() {
        while (listeners.length > 0) {
          Reflect.apply(eventTargetAgnosticRemoveListener, undefined, listeners.pop());
        }
      },
    };
  }
  Object.assign(internal.eventsShared, { once, on });
})
