//! node:events — a port of Node 20's lib/events.js: EventEmitter (captureRejections, errorMonitor, once wrappers,
//! the MaxListenersExceededWarning, the unhandled 'error' throw with its "Emitted 'error' event at:" stack),
//! events.once / events.on / getEventListeners / getMaxListeners / setMaxListeners / addAbortListener.
(function (internal) {
  'use strict';
  const {
    kRejection, kCapture, kErrorMonitor, kShapeMode, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
    kFirstEventParam, kResistStopPropagation, kEnhanceStackBeforeInspector, inspect, ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR, ERR_INVALID_THIS, AbortError, genericNodeError, validateNumber, validateBoolean,
    validateString, isEventTarget, eventTargetListeners, addAbortListener, emitterClass, thrownIn, once, on,
    enhanceStackTrace, noteFatal, markUnhandledError, markUnhandledErrorCode, lazyEventEmitterAsyncResource,
    arrayClone, unwrapListeners, spliceOne, getEventListeners,
  } = internal.eventsShared;

  // ---- EventEmitter ----
  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }
  const exports = EventEmitter;
  exports.addAbortListener = addAbortListener;
  exports.once = once;
  exports.on = on;
  exports.getEventListeners = getEventListeners;
  exports.getMaxListeners = getMaxListeners;
  // Backwards-compat with node 0.10.x
  EventEmitter.EventEmitter = EventEmitter;

  EventEmitter.usingDomains = false;

  EventEmitter.captureRejectionSymbol = kRejection;
  Object.defineProperty(EventEmitter, 'captureRejections', {
    __proto__: null,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  });

  Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    __proto__: null,
    enumerable: true,
    get: lazyEventEmitterAsyncResource,
    set: undefined,
    configurable: true,
  });

  EventEmitter.errorMonitor = kErrorMonitor;

  // The default for captureRejections is false
  Object.defineProperty(EventEmitter.prototype, kCapture, {
    __proto__: null,
    value: false,
    writable: true,
    enumerable: false,
  });

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  // By default EventEmitters will print a warning if more than 10 listeners are added to it.
  let defaultMaxListeners = 10;

  // node's frames above the caller's when a listener is not a function: checkListener's, then those of the
  // method (the last one named after the emitter's class as V8 names it: `EventEmitter.once`, bare if the method
  // was called without a receiver).
  const LISTENER_FRAMES = {
    addListener: ['_addListener (node:events:557:3)', 'addListener (node:events:616:10)'],
    prependListener: ['_addListener (node:events:557:3)', 'prependListener (node:events:630:14)'],
    once: ['once (node:events:658:3)'],
    prependOnceListener: ['prependOnceListener (node:events:673:7)'],
    removeListener: ['removeListener (node:events:687:7)'],
  };
  function checkListener(listener, target, method) {
    if (typeof listener === 'function') return;
    const err = ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
    if (method === undefined) throw err;
    const frames = LISTENER_FRAMES[method];
    throw thrownIn(err, target, frames[frames.length - 1], 'checkListener (node:events:275:3)', ...frames.slice(0, -1));
  }

  Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    __proto__: null,
    enumerable: true,
    get: function () {
      return defaultMaxListeners;
    },
    set: function (arg) {
      try {
        validateNumber(arg, 'defaultMaxListeners', 0);
      } catch (e) {
        throw internal.errors.nodeFrames(e, 'Function.set [as defaultMaxListeners] (node:events:285:5)');
      }
      defaultMaxListeners = arg;
    },
  });

  function hasEventListener(self, type) {
    if (type === undefined) return self._events !== undefined;
    return self._events !== undefined && self._events[type] !== undefined;
  }

  Object.defineProperties(EventEmitter, {
    kMaxEventTargetListeners: {
      __proto__: null,
      value: kMaxEventTargetListeners,
      enumerable: false,
      configurable: false,
      writable: false,
    },
    kMaxEventTargetListenersWarned: {
      __proto__: null,
      value: kMaxEventTargetListenersWarned,
      enumerable: false,
      configurable: false,
      writable: false,
    },
  });

  EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
    try {
      validateNumber(n, 'setMaxListeners', 0);
    } catch (e) {
      throw internal.errors.nodeFrames(e, 'EventEmitter.setMaxListeners (node:events:321:5)');
    }
    if (eventTargets.length === 0) {
      defaultMaxListeners = n;
    } else {
      for (let i = 0; i < eventTargets.length; i++) {
        const target = eventTargets[i];
        if (isEventTarget(target)) {
          target[kMaxEventTargetListeners] = n;
          target[kMaxEventTargetListenersWarned] = false;
        } else if (typeof target.setMaxListeners === 'function') {
          target.setMaxListeners(n);
        } else {
          throw ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
        }
      }
    }
  };

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else {
      this[kShapeMode] = true;
    }

    this._maxListeners = this._maxListeners || undefined;

    if (opts != null && opts.captureRejections) {
      validateBoolean(opts.captureRejections, 'options.captureRejections');
      this[kCapture] = Boolean(opts.captureRejections);
    } else {
      // Assigning the kCapture property directly saves an expensive prototype lookup in a hot path.
      this[kCapture] = EventEmitter.prototype[kCapture];
    }
  };

  function addCatch(that, promise, type, args) {
    if (!that[kCapture]) return;
    // Handle Promises/A+ spec, then could be a getter that throws on second use.
    try {
      const then = promise.then;
      if (typeof then === 'function') {
        then.call(promise, undefined, function (err) {
          // The callback is called with nextTick to avoid a follow-up rejection from this promise.
          internal.process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
        });
      }
    } catch (err) {
      that.emit('error', err);
    }
  }

  // Set while a captured rejection is emitted as 'error': node's frame for it heads the emit's own stack.
  let emittingRejection = false;
  function emitUnhandledRejectionOrErr(ee, err, type, args) {
    if (typeof ee[kRejection] === 'function') {
      ee[kRejection](err, type, ...args);
    } else {
      // Disable the capture rejections mechanism, otherwise we might end up in an infinite loop.
      const prev = ee[kCapture];
      // If the error handler throws, it ends up in 'uncaughtException'; restore kCapture in case it is handled.
      try {
        ee[kCapture] = false;
        emittingRejection = true;
        ee.emit('error', err);
      } finally {
        emittingRejection = false;
        ee[kCapture] = prev;
      }
    }
  }

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    try {
      validateNumber(n, 'setMaxListeners', 0);
    } catch (e) {
      throw thrownIn(e, this, 'setMaxListeners (node:events:420:3)');
    }
    this._maxListeners = n;
    return this;
  };

  function _getMaxListeners(that) {
    if (that._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
    return that._maxListeners;
  }

  EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return _getMaxListeners(this);
  };

  // A method called detached from its emitter (`[1].forEach(bus.emit)`): node's own read of `this` fails.
  function detached(self, key, arrow, ...frames) {
    const err = new TypeError(`Cannot read properties of ${self === null ? 'null' : 'undefined'} (reading '${key}')`);
    return internal.errors.withArrow(internal.errors.nodeFrames(err, ...frames), arrow);
  }
  const ADD_ARROW = 'node:events:559\n  events = target._events;\n                  ^\n';
  EventEmitter.prototype.emit = function emit(type, ...args) {
    if (this === undefined || this === null) {
      throw detached(this, '_events', 'node:events:474\n  const events = this._events;\n                      ^\n', 'emit (node:events:474:23)');
    }
    if (type === 'uncaughtExceptionMonitor' && this === internal.process) noteFatal(args);
    let doError = (type === 'error');

    const events = this._events;
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      doError = (doError && events.error === undefined);
    } else if (!doError) {
      return false;
    }

    // If there is no 'error' event listener then throw.
    if (doError) {
      let er;
      if (args.length > 0) er = args[0];
      if (er instanceof Error) {
        try {
          // Like ErrorCaptureStackTrace(capture, EventEmitter.prototype.emit): this file's frames are hidden.
          const capture = new Error();
          void capture.stack;
          if (emittingRejection) internal.errors.nodeFrames(capture, 'emitUnhandledRejectionOrErr (node:events:407:10)');
          Object.defineProperty(er, kEnhanceStackBeforeInspector, {
            __proto__: null,
            value: enhanceStackTrace.bind(this, er, capture),
            configurable: true,
          });
          markUnhandledError(er);
        } catch {
          // Continue regardless of error.
        }
        // Looplab: the user's own earlier `throw` of this error (caught, then emitted) is not where V8 reports it.
        internal.lastThrow = null;

        // Note: The comments on the `throw` lines are intentional, they show
        // up in Node's output if this results in an unhandled exception.
        throw er; // Unhandled 'error' event
      }

      let stringifiedEr;
      try {
        stringifiedEr = inspect(er);
      } catch {
        stringifiedEr = er;
      }

      // At least give some kind of context to the user
      const err = ERR_UNHANDLED_ERROR(stringifiedEr);
      // node makes it inside emit(): its frame (named after the emitter's class) comes first.
      internal.errors.nodeFrames(err, `${emitterClass(this)}.emit (node:events:513:17)`);
      err.context = er;
      markUnhandledErrorCode(err);
      internal.lastThrow = null;
      throw err; // Unhandled 'error' event
    }

    const handler = events[type];

    if (handler === undefined) return false;

    const calls = listenerCalls(this);
    if (typeof handler === 'function') {
      asyncReceiver(handler, this);
      const result = calls === null ? handler.apply(this, args) : calls.one(handler, this, args);
      internal.asyncArrowReceiver = undefined;
      // We check if result is undefined first because that is the most common case.
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    } else {
      const len = handler.length;
      const listeners = arrayClone(handler);
      for (let i = 0; i < len; ++i) {
        asyncReceiver(listeners[i], this);
        const result = calls === null ? listeners[i].apply(this, args) : calls.many(listeners[i], this, args);
        internal.asyncArrowReceiver = undefined;
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    }

    return true;
  };

  // Listeners are called through functions named after the emitter's class (engine/listeners.rs), so their
  // stack frames read as node's: `EventEmitter.<anonymous>` above `EventEmitter.emit (node:events:524:28)`.
  const trampolines = new WeakMap(); // prototype -> { one, many, once } | null
  let nullProtoCalls;
  function listenerCalls(target) {
    const proto = Object.getPrototypeOf(target);
    if (proto === null) {
      if (nullProtoCalls === undefined) nullProtoCalls = internal.host.listenerTrampolines('Object') || null;
      return nullProtoCalls;
    }
    let calls = trampolines.get(proto);
    if (calls === undefined) {
      const C = proto.constructor;
      const name = typeof C === 'function' && typeof C.name === 'string' && C.name !== '' ? C.name : 'Object';
      calls = internal.host.listenerTrampolines(name) || null;
      trampolines.set(proto, calls);
    }
    return calls;
  }

  internal.listenerCalls = listenerCalls; // event_target.js names its listeners' frames the same way

  function _addListener(target, type, listener, prepend) {
    let m;
    let events;
    let existing;

    checkListener(listener, target, prepend ? 'prependListener' : 'addListener');

    events = target._events;
    if (events === undefined) {
      events = target._events = { __proto__: null };
      target._eventsCount = 0;
    } else {
      // To avoid recursion in the case that type === "newListener"! Before adding it to the listeners, first
      // emit "newListener".
      if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ?? listener);
        // Re-assign `events` because a newListener handler could have caused this._events to be a new object.
        events = target._events;
      }
      existing = events[type];
    }

    if (existing === undefined) {
      // Optimize the case of one listener. Don't need the extra array object.
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === 'function') {
        // Adding the second element, need to change to array.
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
        // If we've already got an array, just append.
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }

      // Check for listener leak
      m = _getMaxListeners(target);
      if (m > 0 && existing.length > m && !existing.warned) {
        existing.warned = true;
        // No error code for this since it is a Warning
        const w = genericNodeError(
          `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
          `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
          { name: 'MaxListenersExceededWarning', emitter: target, type: type, count: existing.length });
        internal.process.emitWarning(w);
      }
    }

    return target;
  }

  EventEmitter.prototype.addListener = function addListener(type, listener) {
    if (this === undefined || this === null) throw detached(this, '_events', ADD_ARROW, '_addListener (node:events:559:19)', 'addListener (node:events:616:10)');
    return _addListener(this, type, listener, false);
  };

  EventEmitter.prototype.on = EventEmitter.prototype.addListener;

  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    if (this === undefined || this === null) throw detached(this, '_events', ADD_ARROW, '_addListener (node:events:559:19)', 'prependListener (node:events:630:14)');
    return _addListener(this, type, listener, true);
  };

  // V8 gives an arrow the receiver it was called with: an async arrow listener's frames after an await name the
  // emitter (`async Server.<anonymous>`). Its activation (async_stack.js `enter`) takes the emitter from here.
  function asyncReceiver(fn, target) {
    if (fn[Symbol.toStringTag] === 'AsyncFunction') internal.asyncArrowReceiver = target;
  }
  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      const calls = listenerCalls(this.target);
      // (node's onceWrapper calls a listener given no arguments with `call`, on the line above `apply`'s.)
      asyncReceiver(this.listener, this.target);
      if (calls !== null) return calls[arguments.length === 0 ? 'once' : 'onceN'](this.listener, this.target, arguments);
      if (arguments.length === 0) return this.listener.call(this.target);
      return this.listener.apply(this.target, arguments);
    }
  }

  function _onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener, this, 'once');
    if (this === undefined || this === null) {
      throw detached(this, 'on', 'node:events:660\n  this.on(type, _onceWrap(this, type, listener));\n       ^\n', 'once (node:events:660:8)');
    }
    this.on(type, _onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener, this, 'prependOnceListener');
    this.prependListener(type, _onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener, this, 'removeListener');

    if (!hasEventListener(this, type)) return this;

    const events = this._events;
    const list = events[type];

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;

      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;

      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }

      if (position < 0) return this;

      if (position === 0) list.shift();
      else spliceOne(list, position);

      if (list.length === 1) events[type] = list[0];

      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }

    return this;
  };

  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    if (!hasEventListener(this)) return this;
    const events = this._events;

    // Not listening for removeListener, no need to emit
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = { __proto__: null };
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = { __proto__: null };
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }

    // Emit removeListener for all listeners on all events
    if (arguments.length === 0) {
      for (const key of Reflect.ownKeys(events)) {
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];

    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // LIFO order
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }

    return this;
  };

  function _listeners(target, type, unwrap) {
    if (!hasEventListener(target, type)) return [];

    const evlistener = target._events[type];

    if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];

    return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
  }

  EventEmitter.prototype.listeners = function listeners(type) {
    return _listeners(this, type, true);
  };

  EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return _listeners(this, type, false);
  };

  EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') {
      return emitter.listenerCount(type);
    }
    return listenerCount.call(emitter, type);
  };

  EventEmitter.prototype.listenerCount = listenerCount;

  function listenerCount(type, listener) {
    const events = this._events;

    if (events !== undefined) {
      const evlistener = events[type];

      if (typeof evlistener === 'function') {
        if (listener != null) {
          return listener === evlistener || listener === evlistener.listener ? 1 : 0;
        }
        return 1;
      } else if (evlistener !== undefined) {
        if (listener != null) {
          let matching = 0;
          for (let i = 0, l = evlistener.length; i < l; i++) {
            if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
          }
          return matching;
        }
        return evlistener.length;
      }
    }

    return 0;
  }

  EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };

  function getMaxListeners(emitterOrTarget) {
    if (typeof (emitterOrTarget == null ? undefined : emitterOrTarget.getMaxListeners) === 'function') {
      return _getMaxListeners(emitterOrTarget);
    } else if (emitterOrTarget != null && emitterOrTarget[kMaxEventTargetListeners]) {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw thrownIn(ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget), this,
      'getMaxListeners (node:events:959:9)');
  }


  internal.events = { kCapture, kFirstEventParam, kResistStopPropagation, kEnhanceStackBeforeInspector, AbortError };
  internal.modules.events = EventEmitter;
})
