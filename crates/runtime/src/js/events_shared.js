//! node:events' shared part (split out of events.js for size): its symbols, node's errors and validators
//! (lib/internal/errors.js, validators.js), EventTarget interop, addAbortListener, events.getEventListeners, the
//! listener-array helpers and the frame naming of its throws; events_iter.js and events.js take them from internal.eventsShared.
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

  // The name V8 gives a method frame of `target` (its constructor's, `process` for the process object).
  function emitterClass(target) {
    if (target === internal.process) return 'process';
    const proto = target === null || target === undefined ? null : Object.getPrototypeOf(target);
    const C = proto && proto.constructor;
    return typeof C === 'function' && typeof C.name === 'string' && C.name !== '' ? C.name : 'Object';
  }
  const calledOn = (self, frame) => (self === undefined || self === null ? frame : `${emitterClass(self)}.${frame}`);
  // `err` with node's frames `inner...` and the API's own frame `outer` (named after the receiver `self`).
  const thrownIn = (err, self, outer, ...inner) => internal.errors.nodeFrames(err, ...inner, calledOn(self, outer));

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

  internal.eventsShared = {
    kRejection, kCapture, kErrorMonitor, kShapeMode, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
    kWatermarkData, kFirstEventParam, kResistStopPropagation, kEnhanceStackBeforeInspector, kEmptyObject,
    symbolDispose, inspect, ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR, ERR_INVALID_THIS, AbortError,
    genericNodeError, validateNumber, validateInteger, validateBoolean, validateString, validateAbortSignal,
    isEventTarget, eventTargetListeners, addAbortListener, emitterClass, thrownIn, arrayClone, unwrapListeners,
    spliceOne, getEventListeners,
  };
})
