//! Engine built-ins brought to node 20's (V8 11.3): the newer ones Boa has are removed, `Date#toString` names the
//! UTC zone, `RegExp#source` escapes `/` as V8 does, `Promise.any` rejects with V8's message, and strings
//! longer than V8's limit are refused with its RangeError instead of exhausting memory, `toExponential` rounds
//! ties up as the spec says, and `finally` callbacks show V8's builtin frame.
(function (internal) {
  'use strict';
  // V8's String::kMaxLength on 64-bit: `'a'.repeat(2 ** 30)` throws "Invalid string length" in node, where Boa
  // would try to allocate it (and abort the process when that fails).
  const MAX_STRING_LENGTH = 536870888;
  const tooLong = (name) => {
    const err = new RangeError('Invalid string length');
    internal.builtinFrame(err, `String.${name}`);
    return err;
  };
  const { repeat, padStart, padEnd } = String.prototype;
  const nullThis = (name) => new TypeError(`String.prototype.${name} called on null or undefined`);
  internal.hidden(String.prototype, 'repeat', { repeat(count) {
    if (this === null || this === undefined) throw nullThis('repeat');
    if (typeof this === 'string' && typeof count === 'number' && count >= 1 && count !== Infinity &&
        this.length * Math.floor(count) > MAX_STRING_LENGTH) throw tooLong('repeat');
    return repeat.call(this, count);
  } }.repeat);
  for (const [name, pad] of [['padStart', padStart], ['padEnd', padEnd]]) {
    internal.hidden(String.prototype, name, { [name](maxLength, fill = undefined) {
      if (this === null || this === undefined) throw nullThis(name);
      if (typeof this === 'string' && typeof maxLength === 'number' && maxLength > MAX_STRING_LENGTH &&
          maxLength > this.length && (fill === undefined || String(fill) !== '')) throw tooLong(name);
      return pad.call(this, maxLength, fill);
    } }[name]);
  }
  // Number#toExponential as the spec (and V8) has it: of two equally near results the larger is taken
  // (`(1.25).toExponential(1)` is 1.3e+0; Boa rounds the tie to even), and with no argument the digits are
  // the shortest ones that round-trip, as `String(x)` prints them.
  const toExponential = Number.prototype.toExponential;
  const f64 = new DataView(new ArrayBuffer(8));
  const exactDigits = (x) => {
    // x (finite, > 0) = m * 2^e exactly, so its decimal expansion is m * 5^-e * 10^e when e < 0.
    f64.setFloat64(0, x);
    const bits = f64.getBigUint64(0);
    let e = Number((bits >> 52n) & 0x7ffn);
    let m = bits & 0xfffffffffffffn;
    if (e === 0) e = 1; else m |= 1n << 52n;
    e -= 1075;
    const digits = e >= 0 ? (m << BigInt(e)).toString() : (m * 5n ** BigInt(-e)).toString();
    return { digits, exp: digits.length - 1 + Math.min(e, 0) };
  };
  const shortestDigits = (x) => {
    const s = String(x);
    const at = s.indexOf('e');
    const mant = at === -1 ? s : s.slice(0, at);
    const point = mant.indexOf('.');
    const intLen = point === -1 ? mant.length : point;
    const all = mant.replace('.', '');
    const lead = all.length - all.replace(/^0+/, '').length;
    const digits = all.slice(lead).replace(/0+$/, '') || '0';
    return { digits, exp: intLen - 1 - lead + (at === -1 ? 0 : Number(s.slice(at + 1))) };
  };
  internal.hidden(Number.prototype, 'toExponential', { toExponential(fractionDigits) {
    const x = typeof this === 'number' ? this : Object(this) instanceof Number ? Number.prototype.valueOf.call(this) : null;
    if (x === null) return toExponential.call(this, fractionDigits);
    let f = Math.trunc(Number(fractionDigits)) || 0;
    if (!Number.isFinite(x)) return String(x);
    if (f < 0 || f > 100) throw new RangeError('toExponential() argument must be between 0 and 100');
    if (x === 0) return `${fractionDigits === undefined ? '0' : (f ? `0.${'0'.repeat(f)}` : '0')}e+0`;
    const sign = x < 0 ? '-' : '';
    let { digits, exp } = fractionDigits === undefined ? shortestDigits(Math.abs(x)) : exactDigits(Math.abs(x));
    if (fractionDigits === undefined) {
      f = digits.length - 1;
    } else if (digits.length > f + 1) {
      const up = digits.charCodeAt(f + 1) >= 53;
      digits = digits.slice(0, f + 1);
      if (up) {
        const bumped = (BigInt(digits) + 1n).toString();
        if (bumped.length > digits.length) exp++;
        digits = bumped.slice(0, f + 1);
      }
    } else {
      digits = digits.padEnd(f + 1, '0');
    }
    const frac = digits.slice(1);
    return `${sign}${digits[0]}${frac ? `.${frac}` : ''}e${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  } }.toExponential);
  // Number#toPrecision below 1e-100: Boa formats with 100 decimal places, so `(1.5e-101).toPrecision(2)` came
  // out as 0.0e+101. Those go through the exact digits above; the rest stays Boa's (it matches V8).
  const toPrecision = Number.prototype.toPrecision;
  internal.hidden(Number.prototype, 'toPrecision', { toPrecision(precision) {
    const x = typeof this === 'number' ? this : Object(this) instanceof Number ? Number.prototype.valueOf.call(this) : null;
    if (x === null || precision === undefined || x === 0 || !Number.isFinite(x) || Math.abs(x) >= 1e-99) {
      return toPrecision.call(this, precision);
    }
    const p = Math.trunc(Number(precision)) || 0;
    if (p < 1 || p > 100) return toPrecision.call(this, precision);
    let { digits, exp } = exactDigits(Math.abs(x));
    if (digits.length > p) {
      const up = digits.charCodeAt(p) >= 53;
      digits = digits.slice(0, p);
      if (up) {
        const bumped = (BigInt(digits) + 1n).toString();
        if (bumped.length > digits.length) exp++;
        digits = bumped.slice(0, p);
      }
    } else {
      digits = digits.padEnd(p, '0');
    }
    const frac = digits.slice(1);
    return `${x < 0 ? '-' : ''}${digits[0]}${frac ? `.${frac}` : ''}e${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
  } }.toPrecision);
  // Built-ins Boa has that node 20 (V8 11.3) does not: a script testing for them (`if (Object.groupBy)`, a
  // polyfill) must see what node shows.
  const stripped = [
    [globalThis, ['Float16Array', 'Iterator', 'TypedArray']],
    [Object, ['groupBy']], [Map, ['groupBy']], [Promise, ['try', 'withResolvers']],
    [Math, ['f16round', 'sumPrecise']], [RegExp, ['escape']], [JSON, ['isRawJSON', 'rawJSON']],
    [Map.prototype, ['getOrInsert', 'getOrInsertComputed']], [DataView.prototype, ['getFloat16', 'setFloat16']],
    [Set.prototype, ['difference', 'intersection', 'isDisjointFrom', 'isSubsetOf', 'isSupersetOf',
      'symmetricDifference', 'union']],
    // %IteratorPrototype% keeps only [Symbol.iterator] (no iterator helpers in node 20).
    [Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), ['constructor', Symbol.toStringTag,
      'drop', 'every', 'filter', 'find', 'flatMap', 'forEach', 'map', 'reduce', 'some', 'take', 'toArray']],
  ];
  for (const [obj, keys] of stripped) {
    for (const k of keys) {
      // The global object is not left with deleted entries: Boa keeps its properties in a std-hashed table whose
      // tombstones make later growth (and so the heap figures) depend on the process's hash seed. Its three
      // extras become undefined instead (`typeof Iterator` is 'undefined' as in node; the names stay listed).
      if (obj === globalThis) obj[k] = undefined;
      else delete obj[k];
    }
  }
  // `fn.caller` / `fn.arguments` of a sloppy-mode function declaration or expression are null in V8 (outside a
  // call); Boa's accessors throw for every function. Boa does not say whether a function is strict: a plain
  // `function` (writable `prototype`, not a generator) without a 'use strict' body counts as sloppy.
  {
    const poison = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');
    const fnToString = Function.prototype.toString;
    const sloppy = (fn) => {
      if (typeof fn !== 'function') return false;
      const d = Object.getOwnPropertyDescriptor(fn, 'prototype');
      if (!d || !d.writable) return false;
      let src;
      try { src = fnToString.call(fn); } catch { return false; }
      if (!/^function\b\s*[^\s*]/.test(src)) return false;
      const body = src.indexOf('{');
      return !/^\{\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(['"])use strict\1/.test(src.slice(body));
    };
    if (poison && typeof poison.get === 'function') {
      const thrower = poison.get;
      const get = function () { return sloppy(this) ? null : thrower.call(this); };
      const set = function (v) { if (!sloppy(this)) thrower.call(this); };
      for (const k of ['caller', 'arguments']) {
        Object.defineProperty(Function.prototype, k, { get, set, enumerable: false, configurable: true });
      }
      for (const f of [get, set]) {
        Object.defineProperty(f, 'name', { value: '' });
        if (internal.markNative) internal.markNative(f, '');
      }
    }
  }
  // An accessor property always has both `get` and `set` in its descriptor; Boa leaves out the one a built-in
  // accessor lacks (`Map.prototype.size` had no `set: undefined`). Such accessors are redefined once, here, with
  // both keys, over every object reachable from the globals' constructors, prototypes and namespaces.
  {
    const seen = new Set();
    const mend = (o) => {
      if (o === null || (typeof o !== 'object' && typeof o !== 'function') || seen.has(o)) return;
      seen.add(o);
      for (const k of Reflect.ownKeys(o)) {
        const d = Reflect.getOwnPropertyDescriptor(o, k);
        if (d === undefined || ('value' in d)) {
          if (d !== undefined && k !== 'constructor' && typeof d.value === 'function' && d.value.prototype) mend(d.value.prototype);
          if (d !== undefined && typeof d.value === 'object' && d.value !== globalThis) mend(d.value);
          continue;
        }
        if (('get' in d) !== ('set' in d) && d.configurable) {
          Reflect.defineProperty(o, k, { get: d.get, set: d.set, enumerable: d.enumerable, configurable: true });
        }
      }
      mend(Object.getPrototypeOf(o));
      if (typeof o === 'function' && o.prototype) mend(o.prototype);
    };
    for (const k of Reflect.ownKeys(globalThis)) {
      const d = Reflect.getOwnPropertyDescriptor(globalThis, k);
      if (d && 'value' in d && d.value !== globalThis) mend(d.value);
    }
    mend(globalThis);
  }
  // With TZ=UTC, V8 names the zone after the offset: `... GMT+0000 (Coordinated Universal Time)`.
  for (const k of ['toString', 'toTimeString']) {
    const orig = Date.prototype[k];
    const named = { [k]() {
      const s = orig.call(this);
      return s.endsWith('GMT+0000') ? `${s} (Coordinated Universal Time)` : s;
    } }[k];
    Object.defineProperty(Date.prototype, k, { value: named, writable: true, configurable: true, enumerable: false });
  }
  // RegExp#source: Boa puts a backslash before every `/`, even one already escaped or inside a class; V8
  // escapes only a bare `/` outside a class. Undo Boa's, then escape as V8 does.
  const sourceDesc = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source');
  if (sourceDesc && sourceDesc.get) {
    const boaSource = sourceDesc.get;
    const v8Source = (re) => {
      const raw = boaSource.call(re);
      if (typeof raw !== 'string' || raw.indexOf('/') === -1) return raw;
      const text = raw.replace(/\\\//g, '/');
      let out = '';
      let inClass = false;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\') { out += c + (i + 1 < text.length ? text[++i] : ''); continue; }
        if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) { out += '\\/'; continue; }
        out += c;
      }
      return out;
    };
    Object.defineProperty(RegExp.prototype, 'source', {
      configurable: true,
      enumerable: false,
      get: Object.getOwnPropertyDescriptor({ get source() { return v8Source(this); } }, 'source').get,
    });
  }
  // A lazy `stack` (stack.js) is formatted when its descriptor is read, as V8 formats it: it shows as the data
  // property it then is.
  {
    const { getOwnPropertyDescriptor: od, getOwnPropertyDescriptors: ods } = Object;
    const rod = Reflect.getOwnPropertyDescriptor;
    const lazy = (o, k, d) => (k === 'stack' && internal.isLazyStack(d) ? internal.materializeStack(o, d) : d);
    internal.hidden(Object, 'getOwnPropertyDescriptor', { getOwnPropertyDescriptor(o, k) { return lazy(o, k, od(o, k)); } }.getOwnPropertyDescriptor);
    internal.hidden(Reflect, 'getOwnPropertyDescriptor', { getOwnPropertyDescriptor(o, k) { return lazy(o, k, rod(o, k)); } }.getOwnPropertyDescriptor);
    internal.hidden(Object, 'getOwnPropertyDescriptors', { getOwnPropertyDescriptors(o) {
      const all = ods(o);
      if (Object.prototype.hasOwnProperty.call(all, 'stack')) all.stack = lazy(o, 'stack', all.stack);
      return all;
    } }.getOwnPropertyDescriptors);
  }
  // Promise.any as the spec has it, so that its AggregateError carries V8's message (Boa's differs).
  Object.defineProperty(Promise, 'any', {
    value: { any(iterable) {
      const C = this;
      let resolve;
      let reject;
      const promise = new C((res, rej) => { resolve = res; reject = rej; });
      try {
        const promiseResolve = C.resolve;
        if (typeof promiseResolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
        const errors = [];
        let remaining = 1;
        let index = 0;
        // V8 makes this error without frames: its own `stack` (the first own property) is the header alone.
        const done = () => {
          const err = new AggregateError(errors, 'All promises were rejected');
          const { message } = err;
          delete err.stack;
          delete err.message;
          delete err.errors;
          const data = (value) => ({ value, writable: true, enumerable: false, configurable: true });
          Object.defineProperty(err, 'stack', data('AggregateError: All promises were rejected'));
          Object.defineProperty(err, 'message', data(message));
          Object.defineProperty(err, 'errors', data(errors));
          reject(err);
        };
        for (const value of iterable) {
          const i = index++;
          errors.push(undefined);
          remaining++;
          let called = false;
          promiseResolve.call(C, value).then(resolve, (reason) => {
            if (called) return;
            called = true;
            errors[i] = reason;
            if (--remaining === 0) done();
          });
        }
        if (--remaining === 0) done();
      } catch (e) {
        reject(e);
      }
      return promise;
    } }.any,
    writable: true, configurable: true, enumerable: false,
  });
  // `finally`'s callback runs under V8's builtin closure, a frame with no name or place (`at <anonymous>`):
  // it is called through `__ll_finally`, which stack.js shows so.
  const promiseFinally = Promise.prototype.finally;
  internal.hidden(Promise.prototype, 'finally', { finally(onFinally) {
    if (typeof onFinally !== 'function') return promiseFinally.call(this, onFinally);
    return promiseFinally.call(this, function __ll_finally() { return onFinally(); });
  } }.finally);
})
