//! node:util, part 6 of 8: the structuredClone global (V8's serializer semantics for the value types plain JS
//! can reach), `internal.structuredClone`.
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    AsyncGeneratorProto, hasOwn, host, inChain, nodeError, typedTag, types
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // structuredClone (V8's serializer semantics for the value types plain JS can reach).
  // ---------------------------------------------------------------------------------------------------------
  function dataCloneError(message) {
    const err = new internal.web.DOMException(message, 'DataCloneError');
    if (err.code !== 25) Object.defineProperty(err, 'code', { value: 25, configurable: true, writable: true });
    return err;
  }
  function constructorNameOf(obj) {
    for (let p = obj; p !== null; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, 'constructor');
      if (d && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name !== '') {
        return d.value.name;
      }
    }
    return 'Object';
  }
  function uncloneable(v) {
    let what;
    if (typeof v === 'symbol') what = String(v);
    else if (typeof v === 'function') what = Function.prototype.toString.call(v);
    else if (types.isProxy(v)) what = Array.isArray(v) ? '[object Array]' : '#<Object>';
    else if (types.isSymbolObject(v)) what = '[object Symbol]';
    else if (types.isGeneratorObject(v)) what = `[object ${inChain(v, AsyncGeneratorProto) ? 'AsyncGenerator' : 'Generator'}]`;
    else if (types.isArgumentsObject(v) || types.isMapIterator(v) || types.isSetIterator(v)) what = '#<Object>';
    else what = `#<${constructorNameOf(v)}>`;
    return dataCloneError(`${what} could not be cloned.`);
  }
  const errorConstructors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  // MessagePorts exist once message_port.js has loaded.
  const isPort = (v) => internal.messaging !== undefined && internal.messaging.isPort(v);
  function detachArrayBuffer(ab) {
    if (typeof host.detachArrayBuffer === 'function') return host.detachArrayBuffer(ab);
    return ab.transfer();
  }
  function cloneInto(v, memo) {
    switch (typeof v) {
      case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
        return v;
      case 'symbol': case 'function':
        throw uncloneable(v);
      default:
        break;
    }
    if (v === null) return null;
    if (memo.has(v)) return memo.get(v);
    let r;
    if (types.isProxy(v)) throw uncloneable(v);
    if (isPort(v)) {
      throw nodeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
        'Object that needs transfer was found in message but not listed in transferList');
    }
    if (types.isBoxedPrimitive(v)) {
      if (types.isSymbolObject(v)) throw uncloneable(v);
      if (types.isNumberObject(v)) r = Object(Number.prototype.valueOf.call(v));
      else if (types.isStringObject(v)) r = Object(String.prototype.valueOf.call(v));
      else if (types.isBooleanObject(v)) r = Object(Boolean.prototype.valueOf.call(v));
      else r = Object(BigInt.prototype.valueOf.call(v));
      memo.set(v, r);
      return r;
    }
    if (types.isDate(v)) {
      r = new Date(Date.prototype.getTime.call(v));
      memo.set(v, r);
      return r;
    }
    if (types.isRegExp(v)) {
      r = new RegExp(v.source, v.flags);
      memo.set(v, r);
      return r;
    }
    if (types.isArrayBuffer(v)) {
      try {
        r = ArrayBuffer.prototype.slice.call(v, 0);
      } catch {
        throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      }
      memo.set(v, r);
      return r;
    }
    if (types.isSharedArrayBuffer(v)) {
      memo.set(v, v);
      return v;
    }
    if (ArrayBuffer.isView(v)) {
      const buffer = cloneInto(v.buffer, memo);
      if (types.isDataView(v)) {
        r = new DataView(buffer, v.byteOffset, v.byteLength);
      } else {
        const Ctor = globalThis[typedTag(v)];
        r = new Ctor(buffer, v.byteOffset, v.length);
      }
      memo.set(v, r);
      return r;
    }
    // A Blob (a File too: node 20 clones it as a plain Blob) keeps its bytes and type.
    const web = internal.webStreams;
    if (web !== undefined && typeof web.Blob === 'function' && v instanceof web.Blob) {
      r = new web.Blob([v], { type: v.type });
      memo.set(v, r);
      return r;
    }
    if (types.isMap(v)) {
      r = new Map();
      memo.set(v, r);
      const entries = Array.from(Map.prototype.entries.call(v));
      for (const [k, val] of entries) r.set(cloneInto(k, memo), cloneInto(val, memo));
      return r;
    }
    if (types.isSet(v)) {
      r = new Set();
      memo.set(v, r);
      const values = Array.from(Set.prototype.values.call(v));
      for (const val of values) r.add(cloneInto(val, memo));
      return r;
    }
    if (types.isNativeError(v)) {
      let name;
      try { name = String(v.name); } catch { name = 'Error'; }
      const Ctor = errorConstructors[name] || Error;
      r = new Ctor();
      memo.set(v, r);
      const stack = v.stack;
      Object.defineProperty(r, 'stack', {
        value: typeof stack === 'string' ? stack : undefined, writable: true, configurable: true, enumerable: false,
      });
      const md = Object.getOwnPropertyDescriptor(v, 'message');
      if (md && 'value' in md) {
        Object.defineProperty(r, 'message', { value: String(md.value), writable: true, configurable: true, enumerable: false });
      }
      if (hasOwn(v, 'cause')) {
        Object.defineProperty(r, 'cause', { value: cloneInto(v.cause, memo), writable: true, configurable: true, enumerable: false });
      }
      return r;
    }
    if (Array.isArray(v)) {
      r = new Array(v.length);
      memo.set(v, r);
      for (const k of Object.keys(v)) r[k] = cloneInto(v[k], memo);
      return r;
    }
    if (types.isPromise(v) || types.isWeakMap(v) || types.isWeakSet(v) || types.isGeneratorObject(v) ||
        types.isArgumentsObject(v) || types.isMapIterator(v) || types.isSetIterator(v) ||
        (typeof WeakRef === 'function' && v instanceof WeakRef)) {
      throw uncloneable(v);
    }
    r = {};
    memo.set(v, r);
    for (const k of Object.keys(v)) r[k] = cloneInto(v[k], memo);
    return r;
  }
  function structuredClone(value = undefined, options = undefined) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
    }
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
    }
    const memo = new Map();
    const transfer = options == null ? undefined : options.transfer;
    const moved = [];
    const ports = [];
    if (transfer !== undefined) {
      if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      }
      for (const item of transfer) {
        if (isPort(item)) {
          if (ports.includes(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
          ports.push(item);
          continue;
        }
        if (!types.isArrayBuffer(item)) {
          throw nodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
        }
        if (moved.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        moved.push(item);
      }
      for (const port of ports) memo.set(port, internal.messaging.freshPort());
      // (V8 moves an already detached buffer as an empty one, without complaint.)
      for (const ab of moved) memo.set(ab, ab.byteLength === 0 ? new ArrayBuffer(0) : ArrayBuffer.prototype.slice.call(ab, 0));
    }
    const result = cloneInto(value, memo);
    for (const ab of moved) if (ab.byteLength > 0) detachArrayBuffer(ab);
    for (const port of ports) internal.messaging.movePort(port, memo.get(port));
    return result;
  }
  internal.structuredClone = structuredClone;


})
