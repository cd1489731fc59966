//! node:util (subset): inspect/format (from inspect.js), promisify, callbackify, inherits, deprecate, types,
//! isDeepStrictEqual, TextEncoder/TextDecoder.
(function (internal) {
  'use strict';
  const host = internal.host;
  const u = internal.util;
  const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

  function promisify(original) {
    if (typeof original !== 'function') throw internal.errors.invalidArgType('original', 'function', original);
    if (original[kCustomPromisify]) {
      const fn = original[kCustomPromisify];
      if (typeof fn !== 'function') throw internal.errors.invalidArgType('util.promisify.custom', 'function', fn);
      return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    }
    function fn(...args) {
      return new Promise((resolve, reject) => {
        Reflect.apply(original, this, [...args, (err, ...values) => {
          if (err) return reject(err);
          resolve(values[0]);
        }]);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
    return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  }
  promisify.custom = kCustomPromisify;

  function callbackify(original) {
    if (typeof original !== 'function') throw internal.errors.invalidArgType('original', 'function', original);
    function callbackified(...args) {
      const cb = args.pop();
      if (typeof cb !== 'function') throw internal.errors.invalidArgType('last argument', 'function', cb);
      Reflect.apply(original, this, args).then(
        (ret) => internal.process.nextTick(cb, null, ret),
        (rej) => {
          if (!rej) {
            const e = new Error('Promise was rejected with a falsy value');
            e.code = 'ERR_FALSY_VALUE_REJECTION';
            e.reason = rej;
            rej = e;
          }
          internal.process.nextTick(cb, rej);
        });
    }
    return callbackified;
  }
  function inherits(ctor, superCtor) {
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }
  const warnedCodes = new Set();
  function deprecate(fn, msg, code) {
    let warned = false;
    function deprecated(...args) {
      if (!warned && !(code !== undefined && warnedCodes.has(code))) {
        warned = true;
        if (code !== undefined) warnedCodes.add(code);
        internal.emitWarning(msg, 'DeprecationWarning', code);
      }
      return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
    }
    return deprecated;
  }
  const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
  const types = {
    isPromise: (v) => host.promiseState(v) !== undefined,
    isDate: (v) => tag(v) === 'Date',
    isRegExp: (v) => tag(v) === 'RegExp',
    isMap: (v) => v instanceof Map,
    isSet: (v) => v instanceof Set,
    isWeakMap: (v) => v instanceof WeakMap,
    isWeakSet: (v) => v instanceof WeakSet,
    isNativeError: (v) => v instanceof Error,
    isAsyncFunction: (v) => tag(v) === 'AsyncFunction' || tag(v) === 'AsyncGeneratorFunction',
    isGeneratorFunction: (v) => tag(v) === 'GeneratorFunction' || tag(v) === 'AsyncGeneratorFunction',
    isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
    isUint8Array: (v) => v instanceof Uint8Array,
    isArrayBuffer: (v) => v instanceof ArrayBuffer,
    isAnyArrayBuffer: (v) => v instanceof ArrayBuffer,
    isProxy: (v) => host.proxyTarget(v) !== undefined,
    isBoxedPrimitive: (v) => ['Number', 'String', 'Boolean', 'Symbol', 'BigInt'].includes(tag(v)) && typeof v === 'object',
  };
  function isDeepStrictEqual(a, b) {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) if (!b.has(k) || !isDeepStrictEqual(v, b.get(k))) return false;
      return true;
    }
    if (a instanceof Set) {
      if (a.size !== b.size) return false;
      for (const v of a) if (!b.has(v)) return false;
      return true;
    }
    if (a instanceof Date) return a.getTime() === b.getTime();
    const ka = Reflect.ownKeys(a).filter((k) => Object.prototype.propertyIsEnumerable.call(a, k));
    const kb = Reflect.ownKeys(b).filter((k) => Object.prototype.propertyIsEnumerable.call(b, k));
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(a[k], b[k]));
  }
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(s = '') { return host.utf8Encode(String(s)); }
  }
  class TextDecoder {
    constructor(enc = 'utf-8') { this.encoding = String(enc).toLowerCase(); }
    decode(b) {
      if (b === undefined) return '';
      const bytes = b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      return host.utf8Decode(new Uint8Array(bytes));
    }
  }
  internal.modules.util = {
    inspect: u.inspect, format: u.format, formatWithOptions: u.formatWithOptions,
    stripVTControlCharacters: u.stripVTControlCharacters,
    promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual, TextEncoder, TextDecoder,
    isArray: Array.isArray,
    isError: (e) => e instanceof Error,
  };
  internal.TextEncoder = TextEncoder;
  internal.TextDecoder = TextDecoder;
})
