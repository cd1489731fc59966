//! Node-style error constructors (`code`, `[ERR_X]` names) shared by the other bootstrap modules.
(function (internal) {
  'use strict';
  function describe(value) {
    if (value == null) return ' Received ' + value;
    if (typeof value === 'function') return ` Received function ${value.name}`;
    if (typeof value === 'object') {
      if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
      return ` Received ${internal.inspect(value, { depth: -1 })}`;
    }
    let inspected = internal.inspect(value, { colors: false });
    if (inspected.length > 28) inspected = inspected.slice(0, 25) + '...';
    return ` Received type ${typeof value} (${inspected})`;
  }
  // node's errors with a code inherit from two per-code prototypes (each with the base class as its
  // `constructor`); the second has the `toString` that shows the code: "TypeError [ERR_X]: msg".
  const NATIVE_PROTOS = [Error, TypeError, RangeError, SyntaxError, URIError].map((C) => C.prototype);
  const codeProtos = new Map();
  function codeProto(base, code) {
    const key = `${base.name} ${code}`;
    let proto = codeProtos.get(key);
    if (proto === undefined) {
      const ctor = { value: base.constructor, writable: true, enumerable: false, configurable: true };
      const withToString = Object.create(base, {
        constructor: ctor,
        toString: {
          value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
          writable: true, enumerable: false, configurable: true,
        },
      });
      proto = Object.create(withToString, { constructor: ctor });
      codeProtos.set(key, proto);
    }
    return proto;
  }
  // A read of an error's stack that only rewrites it (stack.js does not count it as node's or the program's).
  function quietly(f) {
    internal.quietStackReads = (internal.quietStackReads || 0) + 1;
    try { return f(); } finally { internal.quietStackReads--; }
  }
  function withCode(err, code) {
    const base = Object.getPrototypeOf(err);
    if (NATIVE_PROTOS.includes(base)) Object.setPrototypeOf(err, codeProto(base, code));
    Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
    const name = err.name;
    // Node shows the code in the stack header: "TypeError [ERR_X]: msg". The receivers of the user functions
    // on the stack now are the error's (`at Readable.read [as _read]` for a user `read` that pushed a number).
    if (internal.receiverSnap) internal.receiverSnap(err);
    err.name = `${name} [${code}]`;
    quietly(() => void err.stack);
    delete err.name;
    return err;
  }
  // The header node prints above an uncaught error ("file:line", the source line, a caret), kept on the error
  // under this symbol for the fatal-error printer (process.js).
  const kArrow = Symbol('looplab.arrow');
  internal.kArrow = kArrow;
  function withArrow(err, arrow) {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return err;
    try {
      Object.defineProperty(err, kArrow, { value: arrow, writable: true, configurable: true, enumerable: false });
    } catch { /* a frozen error keeps none */ }
    return err;
  }
  // node's argument validators throw from one place: an uncaught one shows that line, not the caller's.
  const VALIDATOR_ARROW = 'node:internal/errors:541\n      throw error;\n      ^\n';
  function validator(err) {
    return withArrow(err, VALIDATOR_ARROW);
  }
  // Adds node's own frames (`at setTimeout (node:timers:140:3)`) above the caller's in `err.stack`.
  function nodeFrames(err, ...frames) {
    try {
      const lines = quietly(() => String(err.stack).split('\n'));
      const k = lines.findIndex((l) => l.startsWith('    at '));
      lines.splice(k < 0 ? lines.length : k, 0, ...frames.map((f) => `    at ${f}`));
      const limit = Error.stackTraceLimit;
      const head = k < 0 ? lines.length - frames.length : k;
      const kept = typeof limit === 'number' ? lines.slice(0, head + (limit > 0 ? Math.floor(limit) : 0)) : lines;
      internal.setStack(err, kept.join('\n'));
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  // V8's TypeError for Reflect.apply / Function.prototype.apply on a value that is not a function (node's
  // ReflectApply of a listener, an async resource's callback...).
  function applyNonFunction(fn) {
    const type = fn === null ? 'null' : typeof fn;
    const shown = Array.isArray(fn) ? '[object Array]'
      : fn !== null && typeof fn === 'object' ? `#<${(fn.constructor && fn.constructor.name) || 'Object'}>` : String(fn);
    const article = type === 'null' ? 'null' : `${type === 'object' ? 'an' : 'a'} ${type}`;
    return new TypeError(`Function.prototype.apply was called on ${shown}, which is ${article} and not a function`);
  }
  // The type V8 puts before the frame of a node module's function called on `self`: `Object.` on the module
  // object, `Module.` through an ES module namespace, none without a receiver (a destructured function).
  function moduleReceiver(self) {
    if (self === undefined || self === null || self === globalThis) return '';
    return self[Symbol.toStringTag] === 'Module' ? 'Module.' : 'Object.';
  }
  // `frames` (innermost first) below the node frames `err` has already (thrown in a call made inside node's
  // code, whose header it keeps), else right above the user's frames with node's header `arrow` (a
  // validator's when undefined; null keeps the error's own).
  function nodeFramesBelow(err, arrow, frames) {
    try {
      const lines = quietly(() => String(err.stack).split('\n'));
      let k = lines.findIndex((l) => l.startsWith('    at '));
      if (k < 0) return err;
      const head = k;
      while (k < lines.length && / \((node:[^)]*|<anonymous>)\)$/.test(lines[k])) k++;
      if (k === head && arrow !== null) withArrow(err, arrow === undefined ? VALIDATOR_ARROW : arrow);
      lines.splice(k, 0, ...frames.map((f) => `    at ${f}`));
      const limit = Error.stackTraceLimit;
      const kept = typeof limit === 'number' ? lines.slice(0, head + (limit > 0 ? Math.floor(limit) : 0)) : lines;
      internal.setStack(err, kept.join('\n'));
    } catch { /* a frozen error keeps its stack */ }
    return err;
  }
  // An AbortError node's own code makes (timers/promises, events.once/on): `frame` on top of its stack and
  // node's line `arrow` as the header of an uncaught one.
  function nodeAbort(err, frame, arrow) {
    return withArrow(nodeFrames(err, ...[].concat(frame)), arrow);
  }
  internal.errors = {
    nodeAbort,
    moduleReceiver,
    nodeFramesBelow,
    applyNonFunction,
    withCode,
    withArrow,
    nodeFrames,
    validator,
    invalidArgType(name, expected, actual) {
      // node's wording: `of type` for JS types, `an instance of` for classes, nothing for others ('a safe integer').
      const kind = /^[A-Z]/.test(expected) ? 'an instance of '
        : /^(string|function|number|object|boolean|bigint|symbol)(?=$| |,)/.test(expected) ? 'of type ' : '';
      const what = name.includes('.') ? 'property' : 'argument';
      return validator(withCode(new TypeError(`The "${name}" ${what} must be ${kind}${expected}.${describe(actual)}`),
        'ERR_INVALID_ARG_TYPE'));
    },
    outOfRange(name, range, actual) {
      // node writes a large integer with separators (`281_474_976_710_656`, `4_294_967_296n`).
      const sep = (t) => t.replace(/^(-?)(\d+)/, (m, sign, d) => sign + d.replace(/\B(?=(\d{3})+$)/g, '_'));
      const shown = (typeof actual === 'number' && Number.isInteger(actual) && Math.abs(actual) > 2 ** 32) ? sep(String(actual))
        : (typeof actual === 'bigint' && (actual > 2n ** 32n || actual < -(2n ** 32n))) ? `${sep(String(actual))}n`
          : internal.inspect(actual);
      return validator(withCode(new RangeError(`The value of "${name}" is out of range. It must be ${range}. Received ${shown}`),
        'ERR_OUT_OF_RANGE'));
    },
    abortError(cause) {
      // node's AbortError class (events.js), once it is loaded.
      const AbortError = internal.events && internal.events.AbortError;
      if (AbortError) return new AbortError(undefined, cause !== undefined ? { cause } : undefined);
      const err = new Error('The operation was aborted');
      err.name = 'AbortError';
      Object.defineProperty(err, 'code', { value: 'ABORT_ERR', enumerable: true, writable: true, configurable: true });
      if (cause !== undefined) {
        Object.defineProperty(err, 'cause', { value: cause, enumerable: false, writable: true, configurable: true });
      }
      return err;
    },
  };
})
