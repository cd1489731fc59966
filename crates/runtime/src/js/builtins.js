//! Helpers for Looplab's stand-ins for V8 builtins (the Date constructor, Intl, the locale methods), loaded
//! first: `markNative` makes a function print as `function name() { [native code] }` as node's builtins do,
//! `hidden` defines a non-enumerable method so marked, and `standIn` wraps a constructor behind one with the same
//! prototype, statics, name and length.
(function (internal) {
  'use strict';
  const nativeNames = new WeakMap();
  internal.markNative = (fn, name = fn.name) => {
    nativeNames.set(fn, name);
    return fn;
  };
  // Functions whose source text Boa does not keep but V8 prints (made by `new Function`): fn -> text.
  const sourceTexts = new WeakMap();
  internal.setSourceText = (fn, text) => sourceTexts.set(fn, text);
  const fnToString = Function.prototype.toString;
  const toString = { toString() {
    const name = nativeNames.get(this);
    if (name !== undefined) return `function ${name}() { [native code] }`;
    const source = sourceTexts.get(this);
    if (source !== undefined) return source;
    const text = fnToString.call(this);
    // Boa keeps no source text for classes: source_scan.js finds a user class's.
    if (text.endsWith('() { [native code] }') && internal.classSource !== undefined) {
      const source = internal.classSource(this);
      if (source !== undefined) return source;
    }
    return text;
  } }.toString;
  nativeNames.set(toString, 'toString');
  Object.defineProperty(Function.prototype, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });

  internal.hidden = (obj, k, value) => Object.defineProperty(obj, k, {
    value: typeof value === 'function' ? internal.markNative(value) : value, writable: true, configurable: true, enumerable: false,
  });

  // `construct(args, newTarget)` does the work; newTarget is undefined for a call without `new`, and `Orig` (not
  // the stand-in) for `new StandIn(...)`, so objects get Orig's prototype and subclasses keep theirs.
  internal.standIn = function standIn(Orig, name, length, construct) {
    const W = function (...args) {
      return construct(args, new.target === undefined ? undefined : new.target === W ? Orig : new.target);
    };
    for (const k of Reflect.ownKeys(Orig)) {
      if (k === 'prototype' || k === 'name' || k === 'length' || k === 'caller' || k === 'arguments') continue;
      Object.defineProperty(W, k, Object.getOwnPropertyDescriptor(Orig, k));
    }
    Object.defineProperty(W, 'name', { value: name, configurable: true });
    Object.defineProperty(W, 'length', { value: length, configurable: true });
    Object.defineProperty(W, 'prototype', { value: Orig.prototype, writable: false, enumerable: false, configurable: false });
    internal.hidden(Orig.prototype, 'constructor', W);
    return internal.markNative(W, name);
  };
  // bootstrap.js's Symbol.prototype methods (made before this file): printed as built-ins.
  for (const [fn, name] of internal.nativeLater || []) internal.markNative(fn, name);
})
