//! node:events — a port of Node 20's lib/events.js: EventEmitter (captureRejections, errorMonitor, once wrappers,
//! the MaxListenersExceededWarning, the unhandled 'error' throw with its "Emitted 'error' event at:" stack),
//! events.once / events.on / getEventListeners / getMaxListeners / setMaxListeners / addAbortListener.
(function (internal) {
  'use strict';
  const kRejection = Symbol.for('nodejs.rejection');

  const kCapture = Symbol('kCapture');
  const kErrorMonitor = Symbol('events.errorMonitor');
  const kShapeMode = Symbol('shapeMode');
  const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
  const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
  const kWatermarkData = Symbol.for('nodejs.watermarkData');
  // lib/internal/events/symbols.js and lib/internal/event_target.js.
  const kFirstEventParam = Symbol('kFirstEventParam');
  const kResistStopPropagation = Symbol('kResistStopPropagation');
  // lib/internal/errors.js: called on a fatal exception to put the "Emitted 'error' event at:" part in the stack.
  const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
  const kEmptyObject = Object.freeze(Object.create(null));

  function symbolDispose() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');
  }
  function inspect(value, opts) {
    return internal.inspect(value, opts);
  }

  // ---- errors and validators (lib/internal/errors.js, lib/internal/validators.js) ----
  const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
  const classRegExp = /^([A-Z][a-z0-9]*)+$/;

  function nodeError(Base, code, message) {
    const err = new Base(message);
    Object.defineProperty(err, 'toString', {
      value() { return `${this.name} [${code}]: ${this.message}`; },
      enumerable: false,
      writable: true,
      configurable: true,
    });
    return internal.errors.withCode(err, code);
  }
  function formatList(array, type = 'and') {
    return array.length < 3 ? array.join(` ${type} `) :
      `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
    return `${val.slice(0, i)}${res}`;
  }
  function determineSpecificType(value) {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    const type = typeof value;
    switch (type) {
      case 'bigint':
        return `type bigint (${value}n)`;
      case 'number':
        if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
        if (value !== value) return 'type number (NaN)'; // eslint-disable-line no-self-compare
        if (value === Infinity) return 'type number (Infinity)';
        if (value === -Infinity) return 'type number (-Infinity)';
        return `type number (${value})`;
      case 'boolean':
        return value ? 'type boolean (true)' : 'type boolean (false)';
      case 'symbol':
        return `type symbol (${String(value)})`;
      case 'function':
        return `function ${value.name}`;
      case 'object':
        if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
        return `${inspect(value, { depth: -1 })}`;
      case 'string':
        if (value.length > 28) value = `${value.slice(0, 25)}...`;
        if (value.indexOf("'") === -1) return `type string ('${value}')`;
        return `type string (${JSON.stringify(value)})`;
      default:
        value = inspect(value, { colors: false });
        if (value.length > 28) value = `${value.slice(0, 25)}...`;
        return `type ${type} (${value})`;
    }
  }
  function ERR_INVALID_ARG_TYPE(name, expected, actual) {
    if (!Array.isArray(expected)) expected = [expected];
    let msg = 'The ';
    if (name.endsWith(' argument')) {
      msg += `${name} `;
    } else {
      msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
    }
    msg += 'must be ';
    const types = [];
    const instances = [];
    const other = [];
    for (const value of expected) {
      if (kTypes.includes(value)) types.push(value.toLowerCase());
      else if (classRegExp.exec(value) !== null) instances.push(value);
      else other.push(value);
    }
    if (instances.length > 0) {
      const pos = types.indexOf('object');
      if (pos !== -1) {
        types.splice(pos, 1);
        instances.push('Object');
      }
    }
    if (types.length > 0) {
      msg += `${types.length > 1 ? 'one of type' : 'of type'} ${formatList(types, 'or')}`;
      if (instances.length > 0 || other.length > 0) msg += ' or ';
    }
    if (instances.length > 0) {
      msg += `an instance of ${formatList(instances, 'or')}`;
      if (other.length > 0) msg += ' or ';
    }
    if (other.length > 0) {
      if (other.length > 1) {
        msg += `one of ${formatList(other, 'or')}`;
      } else {
        if (other[0].toLowerCase() !== other[0]) msg += 'an ';
        msg += `${other[0]}`;
      }
    }
    msg += `. Received ${determineSpecificType(actual)}`;
    return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
  }
  function ERR_OUT_OF_RANGE(str, range, input) {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
      received = String(input);
      if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
      received += 'n';
    } else {
      received = inspect(input);
    }
    return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${str}" is out of range. It must be ${range}. Received ${received}`);
  }
  function ERR_UNHANDLED_ERROR(err = undefined) {
    const msg = 'Unhandled error.';
    return nodeError(Error, 'ERR_UNHANDLED_ERROR', err === undefined ? msg : `${msg} (${err})`);
  }
  function ERR_INVALID_THIS(type) {
    return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  }

  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      if (options !== undefined && typeof options !== 'object') {
        throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      super(message, options);
      if (options !== undefined && options !== null && 'cause' in options && !Object.prototype.hasOwnProperty.call(this, 'cause')) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
      }
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }

  function genericNodeError(message, errorProperties) {
    const err = new Error(message);
    Object.assign(err, errorProperties);
    return err;
  }

  function validateNumber(value, name, min = undefined, max) {
    if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && Number.isNaN(value))) {
      throw ERR_OUT_OF_RANGE(
        name,
        `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
        value);
    }
  }
  function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
    if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
    if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
    if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
  function validateFunction(value, name) {
    if (typeof value !== 'function') throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
  function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
    }
  }

  // ---- EventTarget interop (lib/internal/event_target.js lives in abort.js here) ----
  function isEventTarget(obj) {
    const web = internal.web;
    return web !== undefined && typeof web.EventTarget === 'function' && obj instanceof web.EventTarget;
  }
  // The listeners an EventTarget holds for `type`: node walks its kEvents linked list; Looplab's EventTarget keeps
  // a Map of type -> records under a private symbol.
  function eventTargetListeners(target, type) {
    const web = internal.web;
    if (web !== undefined && typeof web.getEventListeners === 'function') return web.getEventListeners(target, type);
    const deref = (l) => (l !== null && typeof l === 'object' && typeof l.deref === 'function' ? l.deref() : l);
    for (const sym of Object.getOwnPropertySymbols(target)) {
      const store = target[sym];
      if (!(store instanceof Map)) continue;
      const root = store.get(type);
      const listeners = [];
      if (Array.isArray(root)) {
        for (const rec of root) {
          listeners.push(deref(rec !== null && typeof rec === 'object' && 'listener' in rec ? rec.listener : rec));
        }
      } else {
        let handler = root && root.next;
        while (handler && handler.listener !== undefined) {
          listeners.push(deref(handler.listener));
          handler = handler.next;
        }
      }
      return listeners;
    }
    return [];
  }

  // lib/internal/events/abort_listener.js
  function addAbortListener(signal, listener) {
    if (signal === undefined) throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    validateAbortSignal(signal, 'signal');
    validateFunction(listener, 'listener');
    let removeEventListener;
    if (signal.aborted) {
      internal.host.queueMicrotask(() => listener());
    } else {
      signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
      removeEventListener = () => {
        signal.removeEventListener('abort', listener);
      };
    }
    return {
      __proto__: null,
      [symbolDispose()]() {
        if (removeEventListener !== undefined) removeEventListener();
      },
    };
  }

  // ---- EventEmitterAsyncResource ----
  let EventEmitterAsyncResource;
  function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource === undefined) {
      const hooks = Object.prototype.hasOwnProperty.call(internal.modules, 'async_hooks') ?
        internal.modules.async_hooks : undefined;
      const AsyncResource = hooks && hooks.AsyncResource;
      if (typeof AsyncResource !== 'function') {
        const e = new Error("Looplab does not emulate EventEmitterAsyncResource yet (it needs the 'async_hooks' module)");
        throw internal.errors.withCode(e, 'ERR_LOOPLAB_UNSUPPORTED');
      }
      const kEventEmitter = Symbol('kEventEmitter');
      const kAsyncResource = Symbol('kAsyncResource');
      class EventEmitterReferencingAsyncResource extends AsyncResource {
        constructor(ee, type, options) {
          super(type, options);
          this[kEventEmitter] = ee;
        }
        get eventEmitter() {
          if (this[kEventEmitter] === undefined) throw ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
          return this[kEventEmitter];
        }
      }
      EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
        constructor(options = undefined) {
          let name;
          if (typeof options === 'string') {
            name = options;
            options = undefined;
          } else {
            if (new.target === EventEmitterAsyncResource) {
              validateString(options == null ? undefined : options.name, 'options.name');
            }
            name = (options == null ? undefined : options.name) || new.target.name;
          }
          super(options);
          this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
        }
        emit(event, ...args) {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          const { asyncResource } = this;
          args.unshift(super.emit, this, event);
          return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
        }
        emitDestroy() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          this.asyncResource.emitDestroy();
        }
        get asyncId() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this.asyncResource.asyncId();
        }
        get triggerAsyncId() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this.asyncResource.triggerAsyncId();
        }
        get asyncResource() {
          if (this[kAsyncResource] === undefined) throw ERR_INVALID_THIS('EventEmitterAsyncResource');
          return this[kAsyncResource];
        }
      };
    }
    return EventEmitterAsyncResource;
  }

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
  const calledOn = (self, frame) => (self === undefined || self === null ? frame : `${emitterClass(self)}.${frame}`);
  // `err` with node's frames `inner...` and the API's own frame `outer` (named after the receiver `self`).
  const thrownIn = (err, self, outer, ...inner) => internal.errors.nodeFrames(err, ...inner, calledOn(self, outer));
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

  // lib/internal/util/inspect.js
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      // Find the first entry of b that matches the current entry of a.
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          // Count the number of consecutive entries.
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  // Node's stacks run on below a module's top-level code into its CommonJS loader (these frames, for the main
  // module); Looplab's end at the module wrapper. They are added while comparing the two stacks, so the
  // "[... lines matching original stack trace ...]" elision happens where it does in node, and left out of the
  // result.
  const kLoaderFrames = [
    '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
    '    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)',
    '    at Module.load (node:internal/modules/cjs/loader:1266:32)',
    '    at Module._load (node:internal/modules/cjs/loader:1091:12)',
    '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)',
    '    at node:internal/main/run_main_module:28:49',
  ];
  function loaderFrames(lines) {
    const last = lines[lines.length - 1];
    return typeof last === 'string' && last.startsWith('    at Object.<anonymous> (') ? kLoaderFrames : [];
  }

  function enhanceStackTrace(err, own) {
    let ctorInfo = '';
    try {
      const { name } = this.constructor;
      if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
    } catch {
      // Continue regardless of error.
    }
    const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;

    const errStack = err.stack.split('\n').slice(1);
    const ownStack = own.stack.split('\n').slice(1);
    const ownLength = ownStack.length;
    const a = ownStack.concat(loaderFrames(ownStack));
    const b = errStack.concat(loaderFrames(errStack));

    const { len, offset } = identicalSequenceRange(a, b);
    // Indexes into `a`, -1 standing for the elision line; the added loader frames are dropped afterwards.
    const picked = a.map((_, i) => i);
    if (len > 0) picked.splice(offset + 1, len - 2, -1);
    const out = [];
    for (const i of picked) {
      if (i === -1) out.push('    [... lines matching original stack trace ...]');
      else if (i < ownLength) out.push(a[i]);
    }
    // Node always has frames here (its own, at least); Looplab hides this file's, which can leave none.
    if (out.length === 0) return err.stack + sep.slice(0, -1);
    return err.stack + sep + out.join('\n');
  }

  // ---- Looplab: the header node prints above a fatal 'error' (V8's message for the throw in this file) ----
  const kThrowErHeader = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n";
  const kThrowErrHeader = "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n";
  const kNewErrHeader = 'node:events:513\n    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);\n                ^\n';
  // process.js emits 'uncaughtExceptionMonitor' (err, origin) right before printing a fatal error: remembered so the
  // header can follow node's, which for an unhandled rejection shows where the error was created, not thrown.
  let lastFatal;
  function fromPromise(err) {
    return lastFatal !== undefined && lastFatal[0] === err && lastFatal[1] === 'unhandledRejection';
  }
  function markUnhandledError(er) {
    const kArrow = internal.kArrow;
    let enhanced = false;
    Object.defineProperty(er, kArrow, {
      __proto__: null,
      configurable: true,
      get() {
        // lib/internal/errors.js fatalExceptionStackEnhancers.beforeInspector
        if (!enhanced && typeof er[kEnhanceStackBeforeInspector] === 'function') {
          enhanced = true;
          try {
            er.stack = er[kEnhanceStackBeforeInspector]();
          } catch {
            // We are just enhancing the error. If it fails, ignore it.
          }
        }
        return fromPromise(er) ? '' : kThrowErHeader;
      },
    });
  }
  function markUnhandledErrorCode(err) {
    Object.defineProperty(err, internal.kArrow, {
      __proto__: null,
      configurable: true,
      get() { return fromPromise(err) ? kNewErrHeader : kThrowErrHeader; },
    });
  }

  EventEmitter.prototype.emit = function emit(type, ...args) {
    if (type === 'uncaughtExceptionMonitor' && this === internal.process) lastFatal = args;
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
  // The name V8 gives a method frame of `target` (its constructor's, `process` for the process object).
  function emitterClass(target) {
    if (target === internal.process) return 'process';
    const proto = target === null || target === undefined ? null : Object.getPrototypeOf(target);
    const C = proto && proto.constructor;
    return typeof C === 'function' && typeof C.name === 'string' && C.name !== '' ? C.name : 'Object';
  }
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
    return _addListener(this, type, listener, false);
  };

  EventEmitter.prototype.on = EventEmitter.prototype.addListener;

  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
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

  function arrayClone(arr) {
    switch (arr.length) {
      case 2: return [arr[0], arr[1]];
      case 3: return [arr[0], arr[1], arr[2]];
      case 4: return [arr[0], arr[1], arr[2], arr[3]];
      case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
      case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
    }
    return Array.prototype.slice.call(arr);
  }

  function unwrapListeners(arr) {
    const ret = arrayClone(arr);
    for (let i = 0; i < ret.length; ++i) {
      const orig = ret[i].listener;
      if (typeof orig === 'function') ret[i] = orig;
    }
    return ret;
  }

  // lib/internal/util.js
  function spliceOne(list, index) {
    for (; index + 1 < list.length; index++) list[index] = list[index + 1];
    list.pop();
  }

  function getEventListeners(emitterOrTarget, type) {
    // First check if EventEmitter
    if (typeof emitterOrTarget.listeners === 'function') {
      return emitterOrTarget.listeners(type);
    }
    if (isEventTarget(emitterOrTarget)) {
      return eventTargetListeners(emitterOrTarget, type);
    }
    throw thrownIn(ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget), this,
      'getEventListeners (node:events:942:9)');
  }

  function getMaxListeners(emitterOrTarget) {
    if (typeof (emitterOrTarget == null ? undefined : emitterOrTarget.getMaxListeners) === 'function') {
      return _getMaxListeners(emitterOrTarget);
    } else if (emitterOrTarget != null && emitterOrTarget[kMaxEventTargetListeners]) {
      return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw thrownIn(ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget), this,
      'getMaxListeners (node:events:959:9)');
  }

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

  internal.events = { kCapture, kFirstEventParam, kResistStopPropagation, kEnhanceStackBeforeInspector, AbortError };
  internal.modules.events = EventEmitter;
})
