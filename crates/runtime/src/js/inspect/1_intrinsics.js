//! Looplab's `util.inspect` / `util.format`: a plain-JS re-creation of Node 20's output, evaluated by the runtime as one function expression.
//
// Usage (host side): `const util = (<this file>)(natives)` where `natives` offers
//   promiseState(p)   -> undefined | { state: 'pending'|'fulfilled'|'rejected', value }
//   proxyTarget(v)    -> undefined | { target, handler }   (target null when revoked)
//   isBuffer(v)       -> boolean                             (optional)
//   isURL(v)          -> boolean (optional; a WHATWG URL, shown as its href without custom inspection)
//   stringWidth(s)    -> number  (optional; columns of a non-ASCII string, as node's ICU build)
//   isNativeError(v)  -> boolean (optional; an error object, told without reading its properties)
//   cwd()             -> string, isBuiltinModule(id) -> boolean  (optional; only used to
//                        colour error stack frames when `colors` is on)
//   previewEntries(v, isIterator)                          (optional, like V8's):
//                        isIterator true  -> [entries, isKeyValue] for Map/Set iterators
//                        isIterator false -> flat entries of a WeakSet / WeakMap ([k, v, k, v...])
//                        (iterator and weak-collection contents cannot be read from plain JS)
//   nodeFrames(err, ...frames) -> err                        (optional; node's own frames on an error)
//   classSource(fn)   -> string | undefined (optional; a class's source text where the engine prints native code)
//
// The layout rules (line breaking, array grouping, circular markers, error stacks, ...)
// follow Node 20's lib/internal/util/inspect.js so that output matches byte for byte.
//
// Known, deliberate gaps:
//  * Without natives.previewEntries, Map/Set iterators print as `[Map Iterator] { <items unknown> }`
//    and WeakMap/WeakSet with showHidden as `<items unknown>`. Looplab's previewEntries
//    (iterators.js) covers Map/Set iterators; WeakMap/WeakSet contents stay unknown.
//  * String width (used for array grouping and console.table) comes from natives.stringWidth
//    (node's ICU rules); without it, from a built-in table of wide / zero-width code points.
//  * V8's internal "constructor name" (used for `X <Y> {}` and null-prototype prefixes) is
//    approximated from the value's type, Symbol.toStringTag and the prototype chain.
//  * External values and cross-realm objects are not detected.
// Engine adaptations (no effect under V8): classes are recognised by a read-only
// `prototype` when Function.prototype.toString does not start with `class`; an error
// whose `stack` holds only frames gets V8's "Name: message" header; RegExp sources with
// over-escaped '/' are re-escaped the V8 way.  Differences that remain are the engine's
// own (e.g. sloppy functions have no own `arguments`/`caller` under showHidden).
(function (natives) {
  'use strict';

  natives = natives || {};

  // ---------------------------------------------------------------------------
  // Intrinsics captured at load time so user code cannot tamper with them.
  // ---------------------------------------------------------------------------
  const ObjectProto = Object.prototype;
  const FunctionProto = Function.prototype;
  const call = FunctionProto.call;
  const uncurry = (fn) => (typeof fn === 'function' ? call.bind(fn) : undefined);
  const hasOwn = uncurry(ObjectProto.hasOwnProperty);
  const isEnumerable = uncurry(ObjectProto.propertyIsEnumerable);
  const objectToString = uncurry(ObjectProto.toString);
  const getProto = Object.getPrototypeOf;
  const getOwnDesc = Object.getOwnPropertyDescriptor;
  const getOwnNames = Object.getOwnPropertyNames;
  const getOwnSymbols = Object.getOwnPropertySymbols;
  const objectKeys = Object.keys;
  const isArray = Array.isArray;
  const symbolToString = uncurry(Symbol.prototype.toString);
  const errorToString = uncurry(Error.prototype.toString);
  const dateGetTime = uncurry(Date.prototype.getTime);
  const dateToISOString = uncurry(Date.prototype.toISOString);
  const dateToString = uncurry(Date.prototype.toString);
  const regexpToString = uncurry(RegExp.prototype.toString);
  const functionToString = uncurry(FunctionProto.toString);
  const JSONStringify = JSON.stringify;

  const getterOf = (proto, key) => {
    const desc = proto ? getOwnDesc(proto, key) : undefined;
    return desc ? uncurry(desc.get) : undefined;
  };
  // Builds a brand check: the function throws unless `v` carries the slot.
  const brandCheck = (fn, extra) => (v) => {
    if (fn === undefined) return false;
    try {
      fn(v, extra);
      return true;
    } catch (e) {
      return false;
    }
  };

  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  const mapSize = getterOf(Map.prototype, 'size');
  const setSize = getterOf(Set.prototype, 'size');
  const mapEntries = uncurry(Map.prototype.entries);
  const setValues = uncurry(Set.prototype.values);
  const isMap = brandCheck(mapSize);
  const isSet = brandCheck(setSize);
  const isWeakMap = brandCheck(typeof WeakMap === 'function' ? uncurry(WeakMap.prototype.has) : undefined, {});
  const isWeakSet = brandCheck(typeof WeakSet === 'function' ? uncurry(WeakSet.prototype.has) : undefined, {});
  const isDate = brandCheck(dateGetTime);
  const regexpSource = getterOf(RegExp.prototype, 'source');
  const isRegExp = (v) => v !== RegExp.prototype && brandCheck(regexpSource)(v);
  const numberValueOf = uncurry(Number.prototype.valueOf);
  const stringValueOf = uncurry(String.prototype.valueOf);
  const booleanValueOf = uncurry(Boolean.prototype.valueOf);
  const bigintValueOf = typeof BigInt === 'function' ? uncurry(BigInt.prototype.valueOf) : undefined;
  const symbolValueOf = uncurry(Symbol.prototype.valueOf);
  const isNumberObject = brandCheck(numberValueOf);
  const isStringObject = brandCheck(stringValueOf);
  const isBooleanObject = brandCheck(booleanValueOf);
  const isBigIntObject = brandCheck(bigintValueOf);
  const isSymbolObject = brandCheck(symbolValueOf);
  const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
    isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
  const TypedArrayProto = getProto(Int8Array.prototype);
  const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
  const typedArrayLength = getterOf(TypedArrayProto, 'length');
  const isTypedArray = (v) => typedArrayTag(v) !== undefined;
  const isArrayBuffer = brandCheck(getterOf(ArrayBuffer.prototype, 'byteLength'));
  const isSharedArrayBuffer = brandCheck(typeof SharedArrayBuffer === 'function' ?
    getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined);
  const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
  const isDataView = brandCheck(typeof DataView === 'function' ? getterOf(DataView.prototype, 'buffer') : undefined);

  const protoOf = (fn) => {
    try { return getProto(fn()); } catch (e) { return undefined; }
  };
  const MapIteratorProto = protoOf(() => new Map().entries());
  const SetIteratorProto = protoOf(() => new Set().values());
  const AsyncFunctionProto = protoOf(() => async function () {});
  const GeneratorFunctionProto = protoOf(() => function* () {});
  const AsyncGeneratorFunctionProto = protoOf(() => async function* () {});
  const inChain = (v, proto) => {
    if (proto === undefined || proto === null) return false;
    let p = v;
    for (let n = 0; n < 1000 && p !== null; n++) {
      p = getProto(p);
      if (p === proto) return true;
    }
    return false;
  };
  const isMapIterator = (v) => inChain(v, MapIteratorProto);
  const isSetIterator = (v) => inChain(v, SetIteratorProto);
  const isAsyncFunction = (v) => {
    const p = getProto(v);
    return p !== null && (p === AsyncFunctionProto || p === AsyncGeneratorFunctionProto);
  };
  const isGeneratorFunction = (v) => {
    const p = getProto(v);
    return p !== null && (p === GeneratorFunctionProto || p === AsyncGeneratorFunctionProto);
  };
  const hasStringTag = (v) => {
    try { return typeof v[Symbol.toStringTag] === 'string'; } catch (e) { return true; }
  };
  // V8 tells these without reading the value's properties (a Symbol.toStringTag getter runs only when
  // inspect reads the tag itself): an arguments object has an own `callee`; natives.isNativeError asks Boa.
  const isArgumentsObject = (v) => hasOwn(v, 'callee') && !hasStringTag(v) && objectToString(v) === '[object Arguments]';
  const isNativeError = (v) => {
    if (v === null || typeof v !== 'object') return false;
    if (typeof natives.isNativeError === 'function') return natives.isNativeError(v);
    if (!hasStringTag(v)) return objectToString(v) === '[object Error]';
    return false;
  };
  const isError = (e) => {
    if (isNativeError(e)) return true;
    try { return e instanceof Error; } catch (err) { return false; }
  };
  const isPromise = (v) => {
    if (typeof natives.promiseState === 'function') return natives.promiseState(v) !== undefined;
    try { return v instanceof Promise; } catch (e) { return false; }
  };
  const isModuleNamespaceObject = (v) => {
    if (getProto(v) !== null || Object.isExtensible(v)) return false;
    const d = getOwnDesc(v, Symbol.toStringTag);
    return d !== undefined && d.value === 'Module' && !d.writable && !d.enumerable && !d.configurable;
  };
  const getProxyDetails = (v) => {
    if (typeof natives.proxyTarget !== 'function') return undefined;
    return natives.proxyTarget(v);
  };
  const isStackOverflowError = (err) => {
    try {
      return err instanceof RangeError && /call stack|recursion|stack overflow/i.test(err.message);
    } catch (e) {
      return false;
    }
  };

  // Names of built-in global constructors (computed before user code runs, and before node's own globals such
  // as Buffer are installed), without the ones Boa has and node does not.
  const builtInObjects = new Set(getOwnNames(globalThis).filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e)));
  for (const n of ['Float16Array', 'Iterator', 'TypedArray']) builtInObjects.delete(n);

  // V8's internal "class name" of an object, approximated by type.
  function internalGetConstructorName(v) {
    if (isArray(v)) return 'Array';
    if (typeof v === 'function') return 'Function';
    if (isMap(v)) return 'Map';
    if (isSet(v)) return 'Set';
    if (isWeakMap(v)) return 'WeakMap';
    if (isWeakSet(v)) return 'WeakSet';
    if (isDate(v)) return 'Date';
    if (isRegExp(v)) return 'RegExp';
    if (isTypedArray(v)) return typedArrayTag(v);
    if (isArrayBuffer(v)) return 'ArrayBuffer';
    if (isSharedArrayBuffer(v)) return 'SharedArrayBuffer';
    if (isDataView(v)) return 'DataView';
    if (isPromise(v)) return 'Promise';
    if (isNativeError(v)) return 'Error';
    if (isNumberObject(v)) return 'Number';
    if (isStringObject(v)) return 'String';
    if (isBooleanObject(v)) return 'Boolean';
    if (isBigIntObject(v)) return 'BigInt';
    if (isSymbolObject(v)) return 'Symbol';
    // Like V8: the first own string Symbol.toStringTag, or named `constructor` data
    // property of a prototype (not the object itself), along the prototype chain.
    for (let o = v, n = 0; o !== null && n < 1000; o = getProto(o), n++) {
      const tagDesc = getOwnDesc(o, Symbol.toStringTag);
      if (tagDesc !== undefined && typeof tagDesc.value === 'string') return tagDesc.value;
      const ctorDesc = o === v ? undefined : getOwnDesc(o, 'constructor');
      if (ctorDesc !== undefined && typeof ctorDesc.value === 'function') {
        const name = ctorDesc.value.name;
        if (typeof name === 'string' && name !== '' && name !== 'Object') return name;
      }
    }
    return 'Object';
  }
