//! How a value crosses between two threads' engines (a worker's `postMessage`, `workerData`, its uncaught
//! error): structured-cloned in the sender (DataCloneError, transfer lists, what V8's serializer keeps), then
//! written as JSON text of tagged nodes; the receiver rebuilds it in its own realm. Shared and circular
//! references stay shared. A SharedArrayBuffer arrives as the same object (all engines share one GC heap), whose
//! prototype is the sender's.
(function (internal) {
  'use strict';
  const types = () => internal.modules.util.types;
  internal.kForeignError = internal.kForeignError || Symbol('kForeignError');
  const errorConstructors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

  function number(n) {
    if (Number.isFinite(n) && !Object.is(n, -0)) return n;
    return ['n', Object.is(n, -0) ? '-0' : String(n)];
  }

  function bytesOf(buffer) {
    const u8 = new Uint8Array(buffer);
    let s = '';
    for (let i = 0; i < u8.length; i += 4096) s += String.fromCharCode.apply(null, u8.subarray(i, i + 4096));
    return s;
  }

  function typedTag(v) {
    return Object.prototype.toString.call(v).slice(8, -1);
  }

  // The thread a value is being sent to or came from: MessagePorts in it become channels of that link.
  let via = null;

  function enc(v, memo) {
    switch (typeof v) {
      case 'undefined': return ['u'];
      case 'boolean': case 'string': return v;
      case 'number': return number(v);
      case 'bigint': return ['b', v.toString()];
      default: break;
    }
    if (v === null) return null;
    if (memo.has(v)) return ['r', memo.get(v)];
    const id = memo.size;
    memo.set(v, id);
    const t = types();
    if (internal.messaging !== undefined && internal.messaging.isPort(v)) {
      if (via === null) throw new internal.web.DOMException('MessagePort could not be cloned.', 'DataCloneError');
      return ['Q', id, via.exportPort(v)];
    }
    if (t.isBoxedPrimitive(v)) return ['P', id, enc(v.valueOf(), memo)];
    if (t.isDate(v)) return ['D', id, number(Date.prototype.getTime.call(v))];
    if (t.isRegExp(v)) return ['X', id, v.source, v.flags];
    // One GC heap holds every thread's engine: the receiver gets this very SharedArrayBuffer.
    if (t.isSharedArrayBuffer(v)) return ['H', id, internal.host.shareHandle(v)];
    if (t.isArrayBuffer(v)) return ['B', id, bytesOf(v)];
    if (ArrayBuffer.isView(v)) {
      return ['V', id, t.isDataView(v) ? 'DataView' : typedTag(v), enc(v.buffer, memo), v.byteOffset,
        t.isDataView(v) ? v.byteLength : v.length];
    }
    if (t.isMap(v)) return ['M', id, Array.from(v, ([k, val]) => [enc(k, memo), enc(val, memo)])];
    if (t.isSet(v)) return ['S', id, Array.from(v, (val) => enc(val, memo))];
    if (t.isNativeError(v)) {
      const own = (k) => Object.prototype.hasOwnProperty.call(v, k);
      return ['E', id, String(v.name), own('message') ? String(v.message) : null,
        typeof v.stack === 'string' ? v.stack : null, own('cause') ? [enc(v.cause, memo)] : null];
    }
    const entries = Object.keys(v).map((k) => [k, enc(v[k], memo)]);
    if (Array.isArray(v)) return ['A', id, v.length, entries];
    return ['O', id, entries];
  }

  function dec(node, memo) {
    if (node === null || typeof node !== 'object') return node;
    switch (node[0]) {
      case 'u': return undefined;
      case 'n': return node[1] === '-0' ? -0 : Number(node[1]);
      case 'b': return BigInt(node[1]);
      case 'r': return memo[node[1]];
      default: break;
    }
    const id = node[1];
    let r;
    switch (node[0]) {
      case 'P': r = Object(dec(node[2], memo)); break;
      case 'D': r = new Date(dec(node[2], memo)); break;
      case 'X': r = new RegExp(node[2], node[3]); break;
      case 'H': r = internal.host.sharedHandle(node[2]); break;
      case 'Q': r = via.importPort(node[2]); break;
      case 'B': {
        const s = node[2];
        r = new ArrayBuffer(s.length);
        const u8 = new Uint8Array(r);
        for (let i = 0; i < s.length; i++) u8[i] = s.charCodeAt(i);
        break;
      }
      case 'V': {
        const buffer = dec(node[3], memo);
        const Ctor = node[2] === 'DataView' ? DataView : globalThis[node[2]];
        r = new Ctor(buffer, node[4], node[5]);
        break;
      }
      case 'M':
        r = new Map();
        memo[id] = r;
        for (const [k, val] of node[2]) r.set(dec(k, memo), dec(val, memo));
        return r;
      case 'S':
        r = new Set();
        memo[id] = r;
        for (const val of node[2]) r.add(dec(val, memo));
        return r;
      case 'E': {
        const Ctor = errorConstructors[node[2]] || Error;
        r = new Ctor();
        memo[id] = r;
        Object.defineProperty(r, 'stack', { value: node[4] === null ? undefined : node[4], writable: true, configurable: true, enumerable: false });
        if (node[3] !== null) Object.defineProperty(r, 'message', { value: node[3], writable: true, configurable: true, enumerable: false });
        if (node[5] !== null) Object.defineProperty(r, 'cause', { value: dec(node[5][0], memo), writable: true, configurable: true, enumerable: false });
        return r;
      }
      case 'F': {
        // node's deserializeError: an object of the constructor's prototype, tagged 'Error'.
        const props = { [Symbol.toStringTag]: { value: 'Error', configurable: true } };
        for (const [key, val, writable, enumerable, configurable] of node[3]) {
          props[key] = { value: dec(val, memo), writable, enumerable, configurable };
        }
        // (Its frames are the worker's: a fatal report in this thread does not point at them.)
        props[internal.kForeignError] = { value: true };
        return Object.create((errorConstructors[node[2]] || Error).prototype, props);
      }
      case 'A':
        r = new Array(node[2]);
        memo[id] = r;
        for (const [k, val] of node[3]) r[k] = dec(val, memo);
        return r;
      case 'O':
        r = {};
        memo[id] = r;
        for (const [k, val] of node[2]) r[k] = dec(val, memo);
        return r;
      default:
        return undefined;
    }
    memo[id] = r;
    return r;
  }

  internal.workerCodec = {
    /** Clones `value` as postMessage does (throwing DataCloneError...), as text for the other engine;
     *  `target` turns transferred MessagePorts into channels to that thread. */
    encode(value, transfer, target = null) {
      const options = transfer === undefined || transfer === null ? undefined
        : (Array.isArray(transfer) ? { transfer } : transfer);
      const clone = internal.structuredClone(value, options);
      const outer = via;
      via = target;
      try {
        return JSON.stringify(enc(clone, new Map()));
      } finally {
        via = outer;
      }
    },
    /** A worker's uncaught error, as node's error_serdes.js serializes it: an error becomes its first built-in
     *  error constructor's name and every non-function property along its prototype chain (own ones last). */
    encodeError(value) {
      const memo = new Map();
      if (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Error]') {
        let ctor;
        for (let p = value; p !== null && ctor === undefined; p = Object.getPrototypeOf(p)) {
          const d = Object.getOwnPropertyDescriptor(p, 'constructor');
          const name = d && typeof d.value === 'function' ? d.value.name : undefined;
          if (name === 'Error' || Object.prototype.hasOwnProperty.call(errorConstructors, name)) ctor = name;
        }
        if (ctor !== undefined) {
          const chain = [];
          for (let p = value; p !== null; p = Object.getPrototypeOf(p)) chain.unshift(p);
          const props = new Map();
          for (const p of chain) {
            for (const key of Object.getOwnPropertyNames(p)) {
              let d;
              try { d = Object.getOwnPropertyDescriptor(p, key); } catch { continue; }
              // (A key the error has of its own is read from there: the runtime's `stack` getter on
              // Error.prototype would replace the error's own stack with the one it computes.)
              if (p !== value && Object.prototype.hasOwnProperty.call(value, key)) continue;
              if (d.get && key !== '__proto__') {
                try { d.value = d.get.call(value); } catch { /* skipped */ }
              }
              if (!('value' in d) || typeof d.value === 'function') continue;
              props.set(key, [key, enc(typeof d.value === 'symbol' ? undefined : d.value, memo),
                !!d.writable, !!d.enumerable, !!d.configurable]);
            }
          }
          return JSON.stringify(['F', -1, ctor, [...props.values()]]);
        }
      }
      try {
        return JSON.stringify(enc(internal.structuredClone(value), memo));
      } catch {
        return JSON.stringify(enc(internal.inspect(value), new Map()));
      }
    },
    decode(text, source = null) {
      const outer = via;
      via = source;
      try {
        return dec(JSON.parse(text), []);
      } finally {
        via = outer;
      }
    },
  };
})
