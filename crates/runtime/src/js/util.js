//! node:util, following Node 20's lib/util.js, lib/internal/util.js, lib/internal/util/{types,comparisons}.js and
//! lib/internal/encoding.js: inspect/format (from inspect.js), promisify/callbackify, deprecate, inherits, types,
//! deep equality (shared with assert.js through `internal.comparisons`), system error names, TextEncoder and
//! TextDecoder, parseArgs, styleText, aborted, debuglog; plus the `structuredClone` global (`internal.structuredClone`).
(function (internal) {
  'use strict';
  const host = internal.host;
  const u = internal.util;

  // ---------------------------------------------------------------------------------------------------------
  // Node-style errors (lib/internal/errors.js), shared with assert.js as `internal.nodeErrors`.
  // ---------------------------------------------------------------------------------------------------------
  function nodeError(Base, code, message) {
    return internal.errors.withCode(new Base(message), code);
  }
  const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
  const classRegExp = /^([A-Z][a-z0-9]*)+$/;
  function formatList(array, type = 'and') {
    switch (array.length) {
      case 0: return '';
      case 1: return `${array[0]}`;
      case 2: return `${array[0]} ${type} ${array[1]}`;
      case 3: return `${array[0]}, ${array[1]}, ${type} ${array[2]}`;
      default: return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
    }
  }
  function determineSpecificType(value) {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    switch (typeof value) {
      case 'bigint': return `type bigint (${value}n)`;
      case 'number':
        if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
        if (value !== value) return 'type number (NaN)';
        if (value === Infinity) return 'type number (Infinity)';
        if (value === -Infinity) return 'type number (-Infinity)';
        return `type number (${value})`;
      case 'boolean': return value ? 'type boolean (true)' : 'type boolean (false)';
      case 'symbol': return `type symbol (${String(value)})`;
      case 'function': return `function ${value.name}`;
      case 'object':
        if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
        return `${u.inspect(value, { depth: -1 })}`;
      case 'string':
        if (value.length > 28) value = `${value.slice(0, 25)}...`;
        if (value.indexOf("'") === -1) return `type string ('${value}')`;
        return `type string (${JSON.stringify(value)})`;
      default: {
        let inspected = u.inspect(value, { colors: false });
        if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
        return `type ${typeof value} (${inspected})`;
      }
    }
  }
  function invalidArgTypeMessage(name, expected, actual) {
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
      else if (classRegExp.test(value)) instances.push(value);
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
    return `${msg}. Received ${determineSpecificType(actual)}`;
  }
  function addNumericalSeparator(val) {
    let res = '';
    let i = val.length;
    const start = val[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
    return `${val.slice(0, i)}${res}`;
  }
  const codes = {
    ERR_INVALID_ARG_TYPE: (name, expected, actual) =>
      nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', invalidArgTypeMessage(name, expected, actual)),
    ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid', Base = TypeError) {
      let inspected = u.inspect(value);
      if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
      const type = name.includes('.') ? 'property' : 'argument';
      return nodeError(Base, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${inspected}`);
    },
    ERR_OUT_OF_RANGE(str, range, input) {
      let received;
      if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
        received = addNumericalSeparator(String(input));
      } else if (typeof input === 'bigint') {
        received = String(input);
        if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
        received += 'n';
      } else {
        received = u.inspect(input);
      }
      return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        `The value of "${str}" is out of range. It must be ${range}. Received ${received}`);
    },
    ERR_MISSING_ARGS(...args) {
      const wrap = (a) => `"${a}"`;
      const len = args.length;
      args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
      return nodeError(TypeError, 'ERR_MISSING_ARGS', `The ${formatList(args)} argument${len > 1 ? 's' : ''} must be specified`);
    },
    ERR_AMBIGUOUS_ARGUMENT: (name, reason) =>
      nodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', `The "${name}" argument is ambiguous. ${reason}`),
    ERR_INVALID_RETURN_VALUE: (input, name, value) => nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
      `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`),
    ERR_INVALID_THIS: (type) => nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`),
    ERR_ENCODING_NOT_SUPPORTED: (enc) =>
      nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${enc}" encoding is not supported`),
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (msg) => nodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', msg),
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: (arg) => nodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      `Unexpected argument '${arg}'. This command does not take positional arguments`),
    ERR_PARSE_ARGS_UNKNOWN_OPTION(option, allowPositionals) {
      const suggestDashDash = allowPositionals ? '. To specify a positional argument starting with a \'-\', ' +
        `place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
      return nodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${suggestDashDash}`);
    },
  };
  internal.nodeErrors = { codes, nodeError, determineSpecificType, invalidArgTypeMessage };

  // node's frame for the API function `name` failing at `where` ('node:util:383:3'), named after the call's
  // receiver as V8 names it (`Object.callbackify` on the module, bare when destructured), and node's header
  // for it: a validator's (node:internal/errors), or with `src` the line of a throw of node's own; `inner`:
  // frames above the function's.
  function apiError(err, self, name, where, src, ...inner) {
    internal.errors.nodeFrames(err, ...inner, `${internal.errors.moduleReceiver(self)}${name} (${where})`);
    if (src === undefined) return internal.errors.validator(err);
    return internal.errors.withArrow(err, `${where.replace(/:\d+$/, '')}\n${src}\n${' '.repeat(src.search(/\S/))}^\n`);
  }
  // `check()`, a validation of `name`'s arguments at `where`.
  function checked(self, name, where, check) {
    try { check(); } catch (e) { throw apiError(e, self, name, where); }
  }

  // Validators (lib/internal/validators.js).
  function validateFunction(value, name) {
    if (typeof value !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
  function validateString(value, name) {
    if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
  function validateBoolean(value, name) {
    if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  }
  function validateNumber(value, name) {
    if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  }
  function validateArray(value, name) {
    if (!Array.isArray(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  }
  // allow: 'nullable' | 'objects' (arrays and functions) | 'objectsAndNull'.
  function validateObject(value, name, allow) {
    const nullable = allow === 'nullable' || allow === 'objectsAndNull';
    const objects = allow === 'objects' || allow === 'objectsAndNull';
    if (value === null && !nullable) throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    if (Array.isArray(value) && !objects) throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    if (value !== null && typeof value !== 'object' && !(objects && typeof value === 'function')) {
      throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
  }
  function validateOneOf(value, name, oneOf) {
    if (!oneOf.includes(value)) {
      const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
      throw codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: ' + allowed);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // util.types (brand checks where plain JS allows them; V8's are exact).
  // ---------------------------------------------------------------------------------------------------------
  const call = Function.prototype.call;
  const uncurry = (fn) => call.bind(fn);
  const objectToString = uncurry(Object.prototype.toString);
  const hasOwn = uncurry(Object.prototype.hasOwnProperty);
  const isEnumerable = uncurry(Object.prototype.propertyIsEnumerable);
  const getterOf = (proto, key) => {
    const d = proto ? Object.getOwnPropertyDescriptor(proto, key) : undefined;
    return d && typeof d.get === 'function' ? uncurry(d.get) : undefined;
  };
  const isObjectLike = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');
  const brand = (fn, extra) => (v) => {
    if (fn === undefined || !isObjectLike(v)) return false;
    try {
      fn(v, extra);
      return true;
    } catch {
      return false;
    }
  };
  const protoOf = (make) => {
    try { return Object.getPrototypeOf(make()); } catch { return undefined; }
  };
  const inChain = (v, proto) => {
    if (proto == null || !isObjectLike(v)) return false;
    let p = v;
    for (let n = 0; n < 10000; n++) {
      p = Object.getPrototypeOf(p);
      if (p === null) return false;
      if (p === proto) return true;
    }
    return false;
  };
  const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const typedArrayTag = getterOf(TypedArrayProto, Symbol.toStringTag);
  const typedTag = (v) => (isObjectLike(v) ? typedArrayTag(v) : undefined);
  const isTag = (name) => (v) => typedTag(v) === name;
  const AsyncFunctionProto = protoOf(() => async function () {});
  const GeneratorFunctionProto = protoOf(() => function* () {});
  const AsyncGeneratorFunctionProto = protoOf(() => async function* () {});
  const GeneratorProto = protoOf(() => Object.getPrototypeOf((function* () {})()));
  const AsyncGeneratorProto = protoOf(() => Object.getPrototypeOf((async function* () {})()));
  const hasSAB = typeof SharedArrayBuffer === 'function';
  const types = {
    isExternal(value) { return false; },
    isDate: brand(uncurry(Date.prototype.getTime)),
    isArgumentsObject(value) { return isObjectLike(value) && objectToString(value) === '[object Arguments]'; },
    isBigIntObject: brand(typeof BigInt === 'function' ? uncurry(BigInt.prototype.valueOf) : undefined),
    isBooleanObject: brand(uncurry(Boolean.prototype.valueOf)),
    isNumberObject: brand(uncurry(Number.prototype.valueOf)),
    isStringObject: brand(uncurry(String.prototype.valueOf)),
    isSymbolObject: brand(uncurry(Symbol.prototype.valueOf)),
    isNativeError(value) {
      if (!isObjectLike(value) || typeof value === 'function') return false;
      if (host.proxyTarget(value) !== undefined) return false;
      if (internal.isDOMException && internal.isDOMException(value)) return false;
      return objectToString(value) === '[object Error]' || (value instanceof Error && hasOwn(value, 'stack'));
    },
    isRegExp(value) {
      return value !== RegExp.prototype && brand(getterOf(RegExp.prototype, 'source'))(value);
    },
    isAsyncFunction(value) {
      if (typeof value !== 'function') return false;
      const p = Object.getPrototypeOf(value);
      return p !== null && (p === AsyncFunctionProto || p === AsyncGeneratorFunctionProto);
    },
    isGeneratorFunction(value) {
      if (typeof value !== 'function') return false;
      const p = Object.getPrototypeOf(value);
      return p !== null && (p === GeneratorFunctionProto || p === AsyncGeneratorFunctionProto);
    },
    isGeneratorObject(value) {
      return typeof value === 'object' && (inChain(value, GeneratorProto) || inChain(value, AsyncGeneratorProto));
    },
    isPromise(value) { return isObjectLike(value) && host.promiseState(value) !== undefined; },
    isMap: brand(getterOf(Map.prototype, 'size')),
    isSet: brand(getterOf(Set.prototype, 'size')),
    isMapIterator(value) { return isObjectLike(value) && u.isMapIterator(value); },
    isSetIterator(value) { return isObjectLike(value) && u.isSetIterator(value); },
    isWeakMap: brand(uncurry(WeakMap.prototype.has), {}),
    isWeakSet: brand(uncurry(WeakSet.prototype.has), {}),
    isArrayBuffer: brand(getterOf(ArrayBuffer.prototype, 'byteLength')),
    isDataView: brand(getterOf(DataView.prototype, 'buffer')),
    isSharedArrayBuffer: brand(hasSAB ? getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined),
    isProxy(value) { return isObjectLike(value) && host.proxyTarget(value) !== undefined; },
    isModuleNamespaceObject(value) {
      return isObjectLike(value) && Object.getPrototypeOf(value) === null && !Object.isExtensible(value) &&
        value[Symbol.toStringTag] === 'Module';
    },
    isAnyArrayBuffer(value) { return types.isArrayBuffer(value) || types.isSharedArrayBuffer(value); },
    isBoxedPrimitive(value) {
      return types.isNumberObject(value) || types.isStringObject(value) || types.isBooleanObject(value) ||
        types.isBigIntObject(value) || types.isSymbolObject(value);
    },
    isArrayBufferView(value) { return ArrayBuffer.isView(value); },
    isTypedArray(value) { return typedTag(value) !== undefined; },
    isUint8Array: isTag('Uint8Array'),
    isUint8ClampedArray: isTag('Uint8ClampedArray'),
    isUint16Array: isTag('Uint16Array'),
    isUint32Array: isTag('Uint32Array'),
    isInt8Array: isTag('Int8Array'),
    isInt16Array: isTag('Int16Array'),
    isInt32Array: isTag('Int32Array'),
    isFloat32Array: isTag('Float32Array'),
    isFloat64Array: isTag('Float64Array'),
    isBigInt64Array: isTag('BigInt64Array'),
    isBigUint64Array: isTag('BigUint64Array'),
    isKeyObject(value) { return internal.isKeyObject !== undefined && internal.isKeyObject(value); },
    isCryptoKey(value) { return false; },
  };
  for (const k of Object.keys(types)) {
    if (types[k].name !== k) Object.defineProperty(types[k], 'name', { value: k, configurable: true });
  }
  internal.types = types;

  // ---------------------------------------------------------------------------------------------------------
  // Deep equality (lib/internal/util/comparisons.js).
  // ---------------------------------------------------------------------------------------------------------
  const kStrict = true;
  const kLoose = false;
  const kNoIterator = 0;
  const kIsArray = 1;
  const kIsSet = 2;
  const kIsMap = 3;
  const isArrayIndexKey = (k) => typeof k === 'string' && /^(?:0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;
  function getOwnNonIndexProperties(obj, skipSymbols) {
    const keys = Reflect.ownKeys(obj);
    const out = [];
    for (const k of keys) {
      if (typeof k === 'symbol' ? skipSymbols : isArrayIndexKey(k)) continue;
      if (isEnumerable(obj, k)) out.push(k);
    }
    return out;
  }
  function isURL(self) {
    return Boolean(self && self.href && self.protocol && self.auth === undefined && self.path === undefined);
  }
  const areSimilarRegExps = (a, b) => a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
  function areSimilarFloatArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    for (let offset = 0; offset < a.byteLength; offset++) {
      if (a[offset] !== b[offset]) return false;
    }
    return true;
  }
  function bytesEqual(x, y) {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  function areSimilarTypedArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    return bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
      new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  }
  const areEqualArrayBuffers = (a, b) => a.byteLength === b.byteLength && bytesEqual(new Uint8Array(a), new Uint8Array(b));
  function isEqualBoxedPrimitive(val1, val2) {
    if (types.isNumberObject(val1)) {
      return types.isNumberObject(val2) && Object.is(Number.prototype.valueOf.call(val1), Number.prototype.valueOf.call(val2));
    }
    if (types.isStringObject(val1)) {
      return types.isStringObject(val2) && String.prototype.valueOf.call(val1) === String.prototype.valueOf.call(val2);
    }
    if (types.isBooleanObject(val1)) {
      return types.isBooleanObject(val2) && Boolean.prototype.valueOf.call(val1) === Boolean.prototype.valueOf.call(val2);
    }
    if (types.isBigIntObject(val1)) {
      return types.isBigIntObject(val2) && BigInt.prototype.valueOf.call(val1) === BigInt.prototype.valueOf.call(val2);
    }
    if (types.isSymbolObject(val1)) {
      return types.isSymbolObject(val2) && Symbol.prototype.valueOf.call(val1) === Symbol.prototype.valueOf.call(val2);
    }
    return false;
  }
  const isError = (v) => types.isNativeError(v) || v instanceof Error;

  function innerDeepEqual(val1, val2, strict, memos) {
    if (val1 === val2) return val1 !== 0 || Object.is(val1, val2) || !strict;
    if (strict) {
      if (typeof val1 === 'number') return Number.isNaN(val1) && Number.isNaN(val2);
      if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
          Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
        return false;
      }
    } else {
      if (val1 === null || typeof val1 !== 'object') {
        if (val2 === null || typeof val2 !== 'object') {
          // eslint-disable-next-line eqeqeq
          return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
        }
        return false;
      }
      if (val2 === null || typeof val2 !== 'object') return false;
    }
    const val1Tag = objectToString(val1);
    const val2Tag = objectToString(val2);
    if (val1Tag !== val2Tag) return false;

    if (Array.isArray(val1)) {
      if (!Array.isArray(val2) || val1.length !== val2.length) return false;
      const keys1 = getOwnNonIndexProperties(val1, !strict);
      const keys2 = getOwnNonIndexProperties(val2, !strict);
      if (keys1.length !== keys2.length) return false;
      return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
    } else if (val1Tag === '[object Object]') {
      return keyCheck(val1, val2, strict, memos, kNoIterator);
    } else if (types.isDate(val1)) {
      if (!types.isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
    } else if (types.isRegExp(val1)) {
      if (!types.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
    } else if (ArrayBuffer.isView(val1)) {
      if (typedTag(val1) !== typedTag(val2)) return false;
      if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
        if (!areSimilarFloatArrays(val1, val2)) return false;
      } else if (!areSimilarTypedArrays(val1, val2)) {
        return false;
      }
      const keys1 = getOwnNonIndexProperties(val1, !strict);
      const keys2 = getOwnNonIndexProperties(val2, !strict);
      if (keys1.length !== keys2.length) return false;
      return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
    } else if (types.isSet(val1)) {
      if (!types.isSet(val2) || val1.size !== val2.size) return false;
      return keyCheck(val1, val2, strict, memos, kIsSet);
    } else if (types.isMap(val1)) {
      if (!types.isMap(val2) || val1.size !== val2.size) return false;
      return keyCheck(val1, val2, strict, memos, kIsMap);
    } else if (types.isAnyArrayBuffer(val1)) {
      if (!types.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
    } else if (isError(val1)) {
      if (!isError(val2)) return false;
      const message1Enumerable = isEnumerable(val1, 'message');
      const name1Enumerable = isEnumerable(val1, 'name');
      const cause1Enumerable = isEnumerable(val1, 'cause');
      const errors1Enumerable = isEnumerable(val1, 'errors');
      if ((message1Enumerable !== isEnumerable(val2, 'message') ||
            (!message1Enumerable && val1.message !== val2.message)) ||
          (name1Enumerable !== isEnumerable(val2, 'name') ||
            (!name1Enumerable && val1.name !== val2.name)) ||
          (cause1Enumerable !== isEnumerable(val2, 'cause') ||
            (!cause1Enumerable && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) ||
          (errors1Enumerable !== isEnumerable(val2, 'errors') ||
            (!errors1Enumerable && !innerDeepEqual(val1.errors, val2.errors, strict, memos)))) {
        return false;
      }
    } else if (types.isBoxedPrimitive(val1)) {
      if (!isEqualBoxedPrimitive(val1, val2)) return false;
    } else if (Array.isArray(val2) || ArrayBuffer.isView(val2) || types.isSet(val2) || types.isMap(val2) ||
               types.isDate(val2) || types.isRegExp(val2) || types.isAnyArrayBuffer(val2) ||
               types.isBoxedPrimitive(val2) || isError(val2)) {
      return false;
    } else if (isURL(val1)) {
      if (!isURL(val2) || val1.href !== val2.href) return false;
    }
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }

  function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
    const isArrayLikeObject = aKeys !== undefined;
    if (aKeys === undefined) aKeys = Object.keys(val1);
    for (const key of aKeys) {
      if (!isEnumerable(val2, key)) return false;
    }
    if (!isArrayLikeObject) {
      if (aKeys.length !== Object.keys(val2).length) return false;
      if (strict) {
        const symbolKeysA = Object.getOwnPropertySymbols(val1);
        if (symbolKeysA.length !== 0) {
          let count = 0;
          for (const key of symbolKeysA) {
            if (isEnumerable(val1, key)) {
              if (!isEnumerable(val2, key)) return false;
              aKeys.push(key);
              count++;
            } else if (isEnumerable(val2, key)) {
              return false;
            }
          }
          const symbolKeysB = Object.getOwnPropertySymbols(val2);
          if (symbolKeysA.length !== symbolKeysB.length &&
              symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== count) {
            return false;
          }
        } else {
          const symbolKeysB = Object.getOwnPropertySymbols(val2);
          if (symbolKeysB.length !== 0 && symbolKeysB.filter((k) => isEnumerable(val2, k)).length !== 0) return false;
        }
      }
    }
    if (aKeys.length === 0 &&
        (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
      return true;
    }
    if (memos === undefined) {
      memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false, deleteFailures: false };
      return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    }
    if (memos.set === undefined) {
      if (memos.deep === false) {
        if (memos.a === val1 && memos.b === val2) return true;
        memos.c = val1;
        memos.d = val2;
        memos.deep = true;
        const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
        memos.deep = false;
        return result;
      }
      memos.set = new Set();
      memos.set.add(memos.a);
      memos.set.add(memos.b);
      memos.set.add(memos.c);
      memos.set.add(memos.d);
    }
    const { set } = memos;
    const originalSize = set.size;
    set.add(val1);
    set.add(val2);
    if (originalSize === set.size) return true;
    const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    if (areEq || memos.deleteFailures) {
      set.delete(val1);
      set.delete(val2);
    }
    return areEq;
  }

  function setHasEqualElement(set, val2, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const val1 of set) {
      if (innerDeepEqual(val1, val2, strict, memo)) {
        set.delete(val1);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }
  function findLooseMatchingPrimitives(prim) {
    switch (typeof prim) {
      case 'undefined': return null;
      case 'object': return undefined;
      case 'symbol': return false;
      case 'string':
        prim = +prim;
        // Falls through
      case 'number':
        if (Number.isNaN(prim)) return false;
    }
    return true;
  }
  function setMightHaveLoosePrim(a, b, prim) {
    const altValue = findLooseMatchingPrimitives(prim);
    if (altValue != null) return altValue;
    return b.has(altValue) && !a.has(altValue);
  }
  function mapMightHaveLoosePrim(a, b, prim, item, memo) {
    const altValue = findLooseMatchingPrimitives(prim);
    if (altValue != null) return altValue;
    const curB = b.get(altValue);
    if ((curB === undefined && !b.has(altValue)) || !innerDeepEqual(item, curB, false, memo)) return false;
    return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
  }
  function setEquiv(a, b, strict, memo) {
    let set = null;
    for (const val of a) {
      if (!b.has(val)) {
        if ((typeof val !== 'object' || val === null) && (strict || !setMightHaveLoosePrim(a, b, val))) return false;
        if (set === null) {
          if (b.size === 1) return innerDeepEqual(val, b.values().next().value, strict, memo);
          set = new Set();
        }
        set.add(val);
      }
    }
    if (set !== null) {
      for (const val of b) {
        if (typeof val === 'object' && val !== null) {
          if (!a.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
        } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
          return false;
        }
      }
      return set.size === 0;
    }
    return true;
  }
  function mapHasEqualEntry(set, map, key2, item2, strict, memo) {
    const { deleteFailures } = memo;
    memo.deleteFailures = true;
    for (const key1 of set) {
      if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(map.get(key1), item2, strict, memo)) {
        set.delete(key1);
        memo.deleteFailures = deleteFailures;
        return true;
      }
    }
    memo.deleteFailures = deleteFailures;
    return false;
  }
  function mapEquiv(a, b, strict, memo) {
    let set = null;
    for (const { 0: key, 1: item1 } of a) {
      if (typeof key === 'object' && key !== null) {
        if (set === null) {
          if (b.size === 1) {
            const { 0: key2, 1: item2 } = b.entries().next().value;
            return innerDeepEqual(key, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
          }
          set = new Set();
        }
        set.add(key);
      } else {
        const item2 = b.get(key);
        if (((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memo))) {
          if (strict) return false;
          if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
          if (set === null) set = new Set();
          set.add(key);
        }
      }
    }
    if (set !== null) {
      for (const { 0: key, 1: item } of b) {
        if (typeof key === 'object' && key !== null) {
          if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
        } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memo)) &&
                   !mapHasEqualEntry(set, a, key, item, strict, memo)) {
          return false;
        }
      }
      return set.size === 0;
    }
    return true;
  }
  function objEquiv(a, b, strict, keys, memos, iterationType) {
    for (const key of keys) {
      if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
    }
    if (iterationType === kIsArray) {
      for (let i = 0; i < a.length; i++) {
        if (hasOwn(a, i)) {
          if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
        } else if (hasOwn(b, i)) {
          return false;
        } else {
          const keysA = Object.keys(a);
          for (; i < keysA.length; i++) {
            const key = keysA[i];
            if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
          }
          return keysA.length === Object.keys(b).length;
        }
      }
    } else if (iterationType === kIsSet) {
      if (!setEquiv(a, b, strict, memos)) return false;
    } else if (iterationType === kIsMap) {
      if (!mapEquiv(a, b, strict, memos)) return false;
    }
    return true;
  }
  function isDeepEqual(val1, val2) { return innerDeepEqual(val1, val2, kLoose); }
  function isDeepStrictEqual(val1, val2) { return innerDeepEqual(val1, val2, kStrict); }
  internal.comparisons = { isDeepEqual, isDeepStrictEqual };

  // ---------------------------------------------------------------------------------------------------------
  // promisify / callbackify / deprecate / inherits
  // ---------------------------------------------------------------------------------------------------------
  const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
  const kCustomPromisifyArgsSymbol = internal.kCustomPromisifyArgsSymbol; // fs_callback.js

  function nullProtoDescriptors(fn) {
    const descriptors = Object.getOwnPropertyDescriptors(fn);
    for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
    return descriptors;
  }
  function promisify(original) {
    checked(this, 'promisify', 'node:internal/util:409:3', () => validateFunction(original, 'original'));
    if (original[kCustomPromisifiedSymbol]) {
      const fn = original[kCustomPromisifiedSymbol];
      validateFunction(fn, 'util.promisify.custom');
      return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
        value: fn, enumerable: false, writable: false, configurable: true,
      });
    }
    const argumentNames = original[kCustomPromisifyArgsSymbol];
    function fn(...args) {
      return new Promise((resolve, reject) => {
        args.push((err, ...values) => {
          if (err) return reject(err);
          if (argumentNames !== undefined && values.length > 1) {
            const obj = {};
            for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
            resolve(obj);
          } else {
            resolve(values[0]);
          }
        });
        Reflect.apply(original, this, args);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
    return Object.defineProperties(fn, nullProtoDescriptors(original));
  }
  promisify.custom = kCustomPromisifiedSymbol;

  const callbackifyOnRejected = (reason, cb) => {
    if (!reason) {
      const err = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
      err.reason = reason;
      reason = err;
    }
    return cb(reason);
  };
  function callbackify(original) {
    checked(this, 'callbackify', 'node:util:383:3', () => validateFunction(original, 'original'));
    function callbackified(...args) {
      const maybeCb = args.pop();
      validateFunction(maybeCb, 'last argument');
      const cb = maybeCb.bind(this);
      const result = Reflect.apply(original, this, args);
      // V8's messages for node's `ReflectApply(original, this, args).then(...)` on a function that returned no
      // promise (the engine would word them from the caller's code instead).
      if (result === null || result === undefined) throw new TypeError(`Cannot read properties of ${result} (reading 'then')`);
      if (typeof result.then !== 'function') throw new TypeError('ReflectApply(...).then is not a function');
      result
        .then((ret) => internal.process.nextTick(cb, null, ret),
          (rej) => internal.process.nextTick(callbackifyOnRejected, rej, cb));
    }
    const descriptors = nullProtoDescriptors(original);
    if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
    Object.defineProperties(callbackified, descriptors);
    return callbackified;
  }

  const codesWarned = new Set();
  function deprecate(fn, msg, code, useEmitSync) { // eslint-disable-line no-unused-vars
    if (code !== undefined) checked(this, 'deprecate', 'node:internal/util:153:5', () => validateString(code, 'code'));
    let warned = false;
    function deprecated(...args) {
      const process = internal.process;
      if (!process.noDeprecation && !warned) {
        warned = true;
        if (code !== undefined) {
          if (!codesWarned.has(code)) {
            process.emitWarning(msg, 'DeprecationWarning', code);
            codesWarned.add(code);
          }
        } else {
          process.emitWarning(msg, 'DeprecationWarning');
        }
      }
      if (new.target) return Reflect.construct(fn, args, new.target);
      return Reflect.apply(fn, this, args);
    }
    if (fn !== null && typeof fn !== 'object' && typeof fn !== 'function') {
      // V8's error from node's ObjectSetPrototypeOf(deprecated, fn).
      const err = new TypeError(`Object prototype may only be an Object or null: ${String(fn)}`);
      throw apiError(err, this, 'deprecate', 'node:internal/util:171:3', '  ObjectSetPrototypeOf(deprecated, fn);',
        'setPrototypeOf (<anonymous>)');
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
  }
  internal.deprecate = deprecate;

  function inherits(ctor, superCtor) {
    const fail = (name, value, line, src) => apiError(codes.ERR_INVALID_ARG_TYPE(name, name === 'superCtor.prototype' ? 'Object' : 'Function', value),
      this, 'inherits', `node:util:${line}:11`, `    throw new ERR_INVALID_ARG_TYPE(${src}`);
    if (ctor === undefined || ctor === null) throw fail('ctor', ctor, 324, "'ctor', 'Function', ctor);");
    if (superCtor === undefined || superCtor === null) throw fail('superCtor', superCtor, 327, "'superCtor', 'Function', superCtor);");
    if (superCtor.prototype === undefined) throw fail('superCtor.prototype', superCtor.prototype, 330, "'superCtor.prototype',");
    Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
  }

  // ---------------------------------------------------------------------------------------------------------
  // System errors (libuv's errno map on Linux).
  // ---------------------------------------------------------------------------------------------------------
  const uvErrors = [
    [-7, 'E2BIG', 'argument list too long'], [-13, 'EACCES', 'permission denied'],
    [-98, 'EADDRINUSE', 'address already in use'], [-99, 'EADDRNOTAVAIL', 'address not available'],
    [-97, 'EAFNOSUPPORT', 'address family not supported'], [-11, 'EAGAIN', 'resource temporarily unavailable'],
    [-3000, 'EAI_ADDRFAMILY', 'address family not supported'], [-3001, 'EAI_AGAIN', 'temporary failure'],
    [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'], [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
    [-3003, 'EAI_CANCELED', 'request canceled'], [-3004, 'EAI_FAIL', 'permanent failure'],
    [-3005, 'EAI_FAMILY', 'ai_family not supported'], [-3006, 'EAI_MEMORY', 'out of memory'],
    [-3007, 'EAI_NODATA', 'no address'], [-3008, 'EAI_NONAME', 'unknown node or service'],
    [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'], [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
    [-3010, 'EAI_SERVICE', 'service not available for socket type'],
    [-3011, 'EAI_SOCKTYPE', 'socket type not supported'], [-114, 'EALREADY', 'connection already in progress'],
    [-9, 'EBADF', 'bad file descriptor'], [-16, 'EBUSY', 'resource busy or locked'],
    [-125, 'ECANCELED', 'operation canceled'], [-4080, 'ECHARSET', 'invalid Unicode character'],
    [-103, 'ECONNABORTED', 'software caused connection abort'], [-111, 'ECONNREFUSED', 'connection refused'],
    [-104, 'ECONNRESET', 'connection reset by peer'], [-89, 'EDESTADDRREQ', 'destination address required'],
    [-17, 'EEXIST', 'file already exists'], [-14, 'EFAULT', 'bad address in system call argument'],
    [-27, 'EFBIG', 'file too large'], [-113, 'EHOSTUNREACH', 'host is unreachable'],
    [-4, 'EINTR', 'interrupted system call'], [-22, 'EINVAL', 'invalid argument'], [-5, 'EIO', 'i/o error'],
    [-106, 'EISCONN', 'socket is already connected'], [-21, 'EISDIR', 'illegal operation on a directory'],
    [-40, 'ELOOP', 'too many symbolic links encountered'], [-24, 'EMFILE', 'too many open files'],
    [-90, 'EMSGSIZE', 'message too long'], [-36, 'ENAMETOOLONG', 'name too long'],
    [-100, 'ENETDOWN', 'network is down'], [-101, 'ENETUNREACH', 'network is unreachable'],
    [-23, 'ENFILE', 'file table overflow'], [-105, 'ENOBUFS', 'no buffer space available'],
    [-19, 'ENODEV', 'no such device'], [-2, 'ENOENT', 'no such file or directory'],
    [-12, 'ENOMEM', 'not enough memory'], [-64, 'ENONET', 'machine is not on the network'],
    [-92, 'ENOPROTOOPT', 'protocol not available'], [-28, 'ENOSPC', 'no space left on device'],
    [-38, 'ENOSYS', 'function not implemented'], [-107, 'ENOTCONN', 'socket is not connected'],
    [-20, 'ENOTDIR', 'not a directory'], [-39, 'ENOTEMPTY', 'directory not empty'],
    [-88, 'ENOTSOCK', 'socket operation on non-socket'], [-95, 'ENOTSUP', 'operation not supported on socket'],
    [-75, 'EOVERFLOW', 'value too large for defined data type'], [-1, 'EPERM', 'operation not permitted'],
    [-32, 'EPIPE', 'broken pipe'], [-71, 'EPROTO', 'protocol error'],
    [-93, 'EPROTONOSUPPORT', 'protocol not supported'], [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
    [-34, 'ERANGE', 'result too large'], [-30, 'EROFS', 'read-only file system'],
    [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'], [-29, 'ESPIPE', 'invalid seek'],
    [-3, 'ESRCH', 'no such process'], [-110, 'ETIMEDOUT', 'connection timed out'],
    [-26, 'ETXTBSY', 'text file is busy'], [-18, 'EXDEV', 'cross-device link not permitted'],
    [-4094, 'UNKNOWN', 'unknown error'], [-4095, 'EOF', 'end of file'], [-6, 'ENXIO', 'no such device or address'],
    [-31, 'EMLINK', 'too many links'], [-112, 'EHOSTDOWN', 'host is down'], [-121, 'EREMOTEIO', 'remote I/O error'],
    [-25, 'ENOTTY', 'inappropriate ioctl for device'], [-4028, 'EFTYPE', 'inappropriate file type or format'],
    [-84, 'EILSEQ', 'illegal byte sequence'], [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
    [-61, 'ENODATA', 'no data available'], [-49, 'EUNATCH', 'protocol driver not attached'],
  ];
  function getSystemErrorMap() {
    return new Map(uvErrors.map(([errno, name, desc]) => [errno, [name, desc]]));
  }
  function getSystemErrorName(err) {
    checked(this, 'getSystemErrorName', 'node:util:423:3', () => validateNumber(err, 'err'));
    if (err >= 0 || !Number.isSafeInteger(err)) {
      throw apiError(codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err), this, 'getSystemErrorName', 'node:util:425:11',
        "    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);");
    }
    const entry = uvErrors.find((e) => e[0] === err);
    return entry ? entry[1] : `Unknown system error ${err}`;
  }
  internal.getSystemErrorName = (err) => {
    const entry = uvErrors.find((e) => e[0] === err);
    return entry ? entry[1] : `Unknown system error ${err}`;
  };

  // ---------------------------------------------------------------------------------------------------------
  // Small helpers: toUSVString, styleText, debuglog, log, aborted, parseEnv, the legacy is* checks.
  // ---------------------------------------------------------------------------------------------------------
  function toWellFormed(s) {
    if (typeof String.prototype.toWellFormed === 'function') return String.prototype.toWellFormed.call(s);
    return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  }
  function isNodeStream(obj) {
    return !!(obj && (obj._readableState || obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
  }
  function shouldColorize(stream) {
    const env = internal.process.env;
    if (env.FORCE_COLOR !== undefined) return !(env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false');
    return !!(stream && stream.isTTY &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
  }
  const escapeStyleCode = (code) => `\u001b[${code}m`;
  function styleText(format, text, { validateStream = true, stream = internal.process.stdout } = {}) {
    validateString(text, 'text');
    validateBoolean(validateStream, 'options.validateStream');
    if (validateStream && !isNodeStream(stream)) {
      throw codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    const colors = u.inspect.colors;
    if (Array.isArray(format)) {
      let left = '';
      let right = '';
      for (const key of format) {
        const formatCodes = colors[key];
        if (formatCodes == null) checked(this, 'styleText', 'node:util:250:9', () => validateOneOf(key, 'format', Object.keys(colors)));
        left += escapeStyleCode(formatCodes[0]);
        right = `${escapeStyleCode(formatCodes[1])}${right}`;
      }
      return `${left}${text}${right}`;
    }
    const formatCodes = colors[format];
    if (formatCodes == null) checked(this, 'styleText', 'node:util:261:5', () => validateOneOf(format, 'format', Object.keys(colors)));
    if (validateStream && (!stream || !shouldColorize(stream))) return text;
    return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
  }

  let debugImpls;
  let testEnabled;
  function initializeDebugEnv() {
    debugImpls = Object.create(null);
    const debugEnv = internal.nodeDebugAtStart; // node reads NODE_DEBUG as it starts
    if (debugEnv) {
      const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      const debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
      testEnabled = (str) => debugEnvRegex.test(str);
    } else {
      testEnabled = () => false;
    }
  }
  function debuglog(set, cb) {
    if (debugImpls === undefined) initializeDebugEnv();
    set = String.prototype.toUpperCase.call(set);
    let enabled;
    let impl;
    const init = () => {
      if (impl !== undefined) return;
      enabled = testEnabled(set);
      if (enabled) {
        const pid = internal.process.pid;
        impl = (...args) => {
          const msg = u.formatWithOptions({ colors: false }, ...args);
          internal.process.stderr.write(`${set} ${pid}: ${msg}\n`);
        };
      } else {
        impl = () => {};
      }
      if (typeof cb === 'function') cb(impl);
    };
    const logger = (...args) => {
      init();
      impl(...args);
    };
    Object.defineProperty(logger, 'enabled', {
      get() { init(); return enabled; }, configurable: true, enumerable: true,
    });
    return logger;
  }
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n) => n.toString().padStart(2, '0');
  function log(...args) {
    const d = new Date();
    const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
    internal.modules.console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${t}`, format(...args));
  }
  function aborted(signal, resource) {
    return new Promise((resolve) => {
      const AbortSignal = internal.web.AbortSignal;
      if (signal === undefined || !(signal instanceof AbortSignal)) {
        throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
      }
      validateObject(resource, 'resource', 'objects');
      if (signal.aborted) return resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  function parseEnv(content) {
    checked(this, 'parseEnv', 'node:util:460:3', () => validateString(content, 'content'));
    const out = {};
    const lines = content.replace(/\r\n?/g, '\n');
    const re = /^[ \t]*(?:export[ \t]+)?([\w.-]+)[ \t]*=[ \t]*(?:"((?:[^"\\]|\\[\s\S])*)"|'([^']*)'|`([^`]*)`|([^\n#]*?))[ \t]*(?:#[^\n]*)?$/gm;
    let m;
    while ((m = re.exec(lines)) !== null) {
      let value;
      if (m[2] !== undefined) value = m[2].replace(/\\n/g, '\n');
      else if (m[3] !== undefined) value = m[3];
      else if (m[4] !== undefined) value = m[4];
      else value = m[5] || '';
      out[m[1]] = value;
    }
    return out;
  }
  function format(...args) {
    // Equivalent to inspect.js's format() (no inspect options); routed through formatWithOptions.
    return u.formatWithOptions(kNoOptions, ...args);
  }
  const kNoOptions = Object.freeze({});

  // ---------------------------------------------------------------------------------------------------------
  // parseArgs (lib/internal/util/parse_args/*).
  // ---------------------------------------------------------------------------------------------------------
  const objectGetOwn = (obj, prop) => (hasOwn(obj, prop) ? obj[prop] : undefined);
  const optionsGetOwn = (options, longOption, prop) =>
    (hasOwn(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined);
  const isOptionValue = (value) => value != null;
  const isOptionLikeValue = (value) => value != null && value.length > 1 && value.charAt(0) === '-';
  const isLoneShortOption = (arg) => arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
  const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
  const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
  function findLongOptionForShort(shortOption, options) {
    validateObject(options, 'options');
    const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
    return entry ? entry[0] : shortOption;
  }
  function isShortOptionGroup(arg, options) {
    if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
    return optionsGetOwn(options, findLongOptionForShort(arg.charAt(1), options), 'type') !== 'string';
  }
  function isShortOptionAndValue(arg, options) {
    validateObject(options, 'options');
    if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
    return optionsGetOwn(options, findLongOptionForShort(arg.charAt(1), options), 'type') === 'string';
  }
  // Where node's parse_args.js throws a token's error (`fn` at `line:col`, the source line `text`): the frames
  // and header parseArgs's loop puts on it.
  const paSites = new WeakMap();
  function paSite(err, fn, line, col, text) {
    const at = `node:internal/util/parse_args/parse_args:${line}`;
    paSites.set(err, { frames: [`${fn} (${at}:${col})`], arrow: `${at}\n${text}\n${' '.repeat(text.search(/\S/))}^\n` });
    return err;
  }
  function checkOptionLikeValue(token) {
    if (!token.inlineValue && isOptionLikeValue(token.value)) {
      const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
        `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`), 'checkOptionLikeValue', 87, 11,
      '    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(errorMessage);');
    }
  }
  function checkOptionUsage(config, token) {
    let tokenName = token.name;
    if (!hasOwn(config.options, tokenName)) {
      if (config.allowNegative && tokenName.startsWith('no-')) {
        tokenName = tokenName.slice(3);
        if (!hasOwn(config.options, tokenName) || optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
          throw paSite(codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals), 'checkOptionUsage', 103, 15,
            '        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(');
        }
      } else {
        throw paSite(codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals), 'checkOptionUsage', 107, 13,
          '      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(');
      }
    }
    const short = optionsGetOwn(config.options, tokenName, 'short');
    const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
    const type = optionsGetOwn(config.options, tokenName, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`), 'checkOptionUsage', 116, 11,
        "    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);");
    }
    if (type === 'boolean' && token.value != null) {
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`), 'checkOptionUsage', 120, 11,
        "    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);");
    }
  }
  function storeOption(token, options, values, allowNegative) {
    let longOption = token.name;
    let optionValue = token.value;
    if (longOption === '__proto__') return;
    if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
      longOption = longOption.slice(3);
      token.name = longOption;
      optionValue = false;
    }
    const newValue = optionValue ?? true;
    if (optionsGetOwn(options, longOption, 'multiple')) {
      if (values[longOption]) values[longOption].push(newValue);
      else values[longOption] = [newValue];
    } else {
      values[longOption] = newValue;
    }
  }
  function argsToTokens(args, options) {
    const tokens = [];
    let index = -1;
    let groupCount = 0;
    const remainingArgs = args.slice();
    while (remainingArgs.length > 0) {
      const arg = remainingArgs.shift();
      const nextArg = remainingArgs[0];
      if (groupCount > 0) groupCount--;
      else index++;
      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const a of remainingArgs) tokens.push({ kind: 'positional', index: ++index, value: a });
        break;
      }
      if (isLoneShortOption(arg)) {
        const shortOption = arg.charAt(1);
        const longOption = findLongOptionForShort(shortOption, options);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = remainingArgs.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (isShortOptionGroup(arg, options)) {
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const shortOption = arg.charAt(i);
          const longOption = findLongOptionForShort(shortOption, options);
          if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${shortOption}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remainingArgs.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      if (isShortOptionAndValue(arg, options)) {
        const shortOption = arg.charAt(1);
        const longOption = findLongOptionForShort(shortOption, options);
        tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (isLoneLongOption(arg)) {
        const longOption = arg.slice(2);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = remainingArgs.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (isLongOptionAndValue(arg)) {
        const equalIndex = arg.indexOf('=');
        const longOption = arg.slice(2, equalIndex);
        tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1), inlineValue: true });
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }
  function validateArrayOf(check, type) {
    return (value, name) => {
      validateArray(value, name);
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] !== type) throw codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
      }
    };
  }
  const parseArgs = (config = kNoOptions) => {
    const process = internal.process;
    const args = objectGetOwn(config, 'args') ?? process.argv.slice(2);
    const strict = objectGetOwn(config, 'strict') ?? true;
    const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
    const returnTokens = objectGetOwn(config, 'tokens') ?? false;
    const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
    const options = objectGetOwn(config, 'options') ?? { __proto__: null };
    const parseConfig = { args, strict, options, allowPositionals, allowNegative };
    const where = (line) => `node:internal/util/parse_args/parse_args:${line}:3`;
    const self = {}; // an arrow function: V8 names it after node's module scope `this`, `Object.parseArgs`
    checked(self, 'parseArgs', where(318), () => validateArray(args, 'args'));
    checked(self, 'parseArgs', where(319), () => validateBoolean(strict, 'strict'));
    checked(self, 'parseArgs', where(320), () => validateBoolean(allowPositionals, 'allowPositionals'));
    checked(self, 'parseArgs', where(321), () => validateBoolean(returnTokens, 'tokens'));
    checked(self, 'parseArgs', where(322), () => validateBoolean(allowNegative, 'allowNegative'));
    checked(self, 'parseArgs', where(323), () => validateObject(options, 'options'));
    for (const [longOption, optionConfig] of Object.entries(options)) {
      validateObject(optionConfig, `options.${longOption}`);
      const optionType = objectGetOwn(optionConfig, 'type');
      if (optionType !== 'string' && optionType !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", optionType);
      }
      if (hasOwn(optionConfig, 'short')) {
        const shortOption = optionConfig.short;
        validateString(shortOption, `options.${longOption}.short`);
        if (shortOption.length !== 1) {
          throw codes.ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
        }
      }
      const multipleOption = objectGetOwn(optionConfig, 'multiple');
      if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
      const defaultValue = objectGetOwn(optionConfig, 'default');
      if (defaultValue !== undefined) {
        let validator;
        if (optionType === 'string') validator = multipleOption ? validateArrayOf(null, 'string') : validateString;
        else validator = multipleOption ? validateArrayOf(null, 'boolean') : validateBoolean;
        validator(defaultValue, `options.${longOption}.default`);
      }
    }
    const tokens = argsToTokens(args, options);
    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    // node's loop is a `tokens.forEach(...)` arrow: its frames go under the check's.
    const PA = 'node:internal/util/parse_args/parse_args';
    const inLoop = (e, at) => {
      const site = paSites.get(e);
      if (site === undefined) return e;
      paSites.delete(e);
      return internal.errors.withArrow(internal.errors.nodeFrames(e, ...site.frames, `${PA}:${at}`, 'Array.forEach (<anonymous>)',
        `parseArgs (${PA}:378:3)`), site.arrow);
    };
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) {
          try { checkOptionUsage(parseConfig, token); } catch (e) { throw inLoop(e, '381:9'); }
          try { checkOptionLikeValue(token); } catch (e) { throw inLoop(e, '382:9'); }
        }
        storeOption(token, options, result.values, parseConfig.allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw internal.errors.withArrow(internal.errors.nodeFrames(codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value),
            `${PA}:387:15`, 'Array.forEach (<anonymous>)', `parseArgs (${PA}:378:3)`),
          `${PA}:387\n        throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);\n        ^\n`);
        }
        result.positionals.push(token.value);
      }
    }
    for (const [longOption, optionConfig] of Object.entries(options)) {
      if (objectGetOwn(optionConfig, 'default') !== undefined && result.values[longOption] === undefined &&
          longOption !== '__proto__') {
        result.values[longOption] = objectGetOwn(optionConfig, 'default');
      }
    }
    return result;
  };

  // ---------------------------------------------------------------------------------------------------------
  // TextEncoder / TextDecoder (WHATWG Encoding; Node 20 with full ICU for the single-byte encodings).
  // ---------------------------------------------------------------------------------------------------------
  const encodingLabels = {
    'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'utf-8', 'x-unicode20utf8'],
    'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
    'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
    'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
    'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
    'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
    'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e',
      'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
    'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597',
      'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
    'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598',
      'iso_8859-8', 'iso_8859-8:1988', 'visual'],
    'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
    'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
    'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
    'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
    'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
    'iso-8859-16': ['iso-8859-16'],
    'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
    'koi8-u': ['koi8-ru', 'koi8-u'],
    'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
    'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
    'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
    'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
    'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
      'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
    'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
    'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989',
      'l5', 'latin5', 'windows-1254', 'x-cp1254'],
    'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
    'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
    'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
    'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
    'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
    'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
    'gb18030': ['gb18030'],
    'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
    'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
    'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
    'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
    'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601',
      'ksc_5601', 'windows-949'],
    'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
    'utf-16be': ['unicodefffe', 'utf-16be'],
    'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16le', 'utf-16'],
    'x-user-defined': ['x-user-defined'],
  };
  let encodingsByLabel;
  function getEncodingFromLabel(label) {
    if (encodingsByLabel === undefined) {
      encodingsByLabel = new Map();
      for (const [enc, labels] of Object.entries(encodingLabels)) for (const l of labels) encodingsByLabel.set(l, enc);
    }
    const enc = encodingsByLabel.get(label);
    if (enc !== undefined) return enc;
    return encodingsByLabel.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
  }
  // Bytes 0x80-0xFF of the single-byte encodings, as ICU decodes them (U+FFFD: unmapped).
  const singleByteTables = {
    'ibm866': 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00a0',
    'iso-8859-2': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
    'iso-8859-3': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ħ˘£¤\ufffdĤ§¨İŞĞĴ\u00ad\ufffdŻ°ħ²³´µĥ·¸ışğĵ½\ufffdżÀÁÂ\ufffdÄĊĈÇÈÉÊËÌÍÎÏ\ufffdÑÒÓÔĠÖ×ĜÙÚÛÜŬŜßàáâ\ufffdäċĉçèéêëìíîï\ufffdñòóôġö÷ĝùúûüŭŝ˙',
    'iso-8859-4': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ĄĸŖ¤ĨĻ§¨ŠĒĢŦ\u00adŽ¯°ą˛ŗ´ĩļˇ¸šēģŧŊžŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎĪĐŅŌĶÔÕÖ×ØŲÚÛÜŨŪßāáâãäåæįčéęëėíîīđņōķôõö÷øųúûüũū˙',
    'iso-8859-5': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ЁЂЃЄЅІЇЈЉЊЋЌ\u00adЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя№ёђѓєѕіїјљњћќ§ўџ',
    'iso-8859-6': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd\ufffd\ufffd¤\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd،\u00ad\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd؛\ufffd\ufffd\ufffd؟\ufffdءآأؤإئابةتثجحخدذرزسشصضطظعغ\ufffd\ufffd\ufffd\ufffd\ufffdـفقكلمنهوىيًٌٍَُِّْ\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd',
    'iso-8859-7': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0‘’£€₯¦§¨©ͺ«¬\u00ad\ufffd―°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\ufffd',
    'iso-8859-8': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗אבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'iso-8859-8-i': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗אבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'iso-8859-10': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ĄĒĢĪĨĶ§ĻĐŠŦŽ\u00adŪŊ°ąēģīĩķ·ļđšŧž―ūŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎÏÐŅŌÓÔÕÖŨØŲÚÛÜÝÞßāáâãäåæįčéęëėíîïðņōóôõöũøųúûüýþĸ',
    'iso-8859-13': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0”¢£¤„¦§Ø©Ŗ«¬\u00ad®Æ°±²³“µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž’',
    'iso-8859-14': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ḃḃ£ĊċḊ§Ẁ©ẂḋỲ\u00ad®ŸḞḟĠġṀṁ¶ṖẁṗẃṠỳẄẅṡÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏŴÑÒÓÔÕÖṪØÙÚÛÜÝŶßàáâãäåæçèéêëìíîïŵñòóôõöṫøùúûüýŷÿ',
    'iso-8859-15': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0¡¢£€¥Š§š©ª«¬\u00ad®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
    'koi8-r': '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
    'koi8-u': '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ёє╔ії╗╘╙╚╛ґў╞╟╠╡ЁЄ╣ІЇ╦╧╨╩╪ҐЎ©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
    'macintosh': 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
    'windows-874': '€\u0081\u0082\u0083\u0084…\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู\ufffd\ufffd\ufffd\ufffd฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛\ufffd\ufffd\ufffd\ufffd',
    'windows-1250': '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
    'windows-1251': 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
    'windows-1252': '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
    'windows-1253': '€\u0081‚ƒ„…†‡\u0088‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098™\u009a›\u009c\u009d\u009e\u009f\u00a0΅Ά£¤¥¦§¨©\ufffd«¬\u00ad®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\ufffd',
    'windows-1254': '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™š›œ\u009d\u009eŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ',
    'windows-1255': '€\u0081‚ƒ„…†‡ˆ‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—˜™\u009a›\u009c\u009d\u009e\u009f\u00a0¡¢£₪¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾¿ְֱֲֳִֵֶַָֹֺֻּֽ־ֿ׀ׁׂ׃װױײ׳״\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdאבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'windows-1256': '€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ\u200c\u200dں\u00a0،¢£¤¥¦§¨©ھ«¬\u00ad®¯°±²³´µ¶·¸¹؛»¼½¾؟ہءآأؤإئابةتثجحخدذرزسشصض×طظعغـفقكàلâمنهوçèéêëىيîïًٌٍَôُِ÷ّùْûü\u200e\u200fے',
    'windows-1257': '€\u0081‚\u0083„…†‡\u0088‰\u008a‹\u008c¨ˇ¸\u0090‘’“”•–—\u0098™\u009a›\u009c¯˛\u009f\u00a0\ufffd¢£¤\ufffd¦§Ø©Ŗ«¬\u00ad®Æ°±²³´µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž˙',
    'windows-1258': '€\u0081‚ƒ„…†‡ˆ‰\u008a‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™\u009a›œ\u009d\u009eŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂĂÄÅÆÇÈÉÊË̀ÍÎÏĐÑ̉ÓÔƠÖ×ØÙÚÛÜỮßàáâăäåæçèéêë́íîïđṇ̃óôơö÷øùúûüư₫ÿ',
    'x-mac-cyrillic': 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ†°Ґ£§•¶І®©™Ђђ≠Ѓѓ∞±≤≥іµґЈЄєЇїЉљЊњјЅ¬√ƒ≈∆«»…\u00a0ЋћЌќѕ–—“”‘’÷„ЎўЏџ№Ёёяабвгдежзийклмнопрстуфхцчшщъыьэю€',
  };
  const kEncoding = Symbol('encoding');
  const kFlags = Symbol('flags');
  const kDecoder = Symbol('decoder');
  const kEncoder = Symbol('encoder');
  const kState = Symbol('state');
  const kFastPath = Symbol('fastPath');
  const FLAG_FATAL = 0x2;
  const FLAG_IGNORE_BOM = 0x4;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // Accumulates UTF-16 code units into a string without huge argument lists.
  function unitsToString(units) {
    let s = '';
    for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.slice(i, i + 8192));
    return s;
  }
  function pushCodePoint(out, cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      out.push(cp);
    }
  }
  // WHATWG UTF-8 decoder over bytes[start, end); returns false on an error in fatal mode.
  function utf8DecodeJS(bytes, start, end, st, fatal, flush, out) {
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (st.needed === 0) {
        if (b <= 0x7f) {
          out.push(b);
        } else if (b >= 0xc2 && b <= 0xdf) {
          st.needed = 1;
          st.cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) st.lower = 0xa0;
          if (b === 0xed) st.upper = 0x9f;
          st.needed = 2;
          st.cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) st.lower = 0x90;
          if (b === 0xf4) st.upper = 0x8f;
          st.needed = 3;
          st.cp = b & 0x7;
        } else {
          if (fatal) return false;
          out.push(0xfffd);
        }
        continue;
      }
      if (b < st.lower || b > st.upper) {
        st.cp = 0; st.needed = 0; st.seen = 0; st.lower = 0x80; st.upper = 0xbf;
        if (fatal) return false;
        out.push(0xfffd);
        i--;
        continue;
      }
      st.lower = 0x80;
      st.upper = 0xbf;
      st.cp = (st.cp << 6) | (b & 0x3f);
      st.seen++;
      if (st.seen === st.needed) {
        pushCodePoint(out, st.cp);
        st.cp = 0; st.needed = 0; st.seen = 0;
      }
    }
    if (flush && st.needed !== 0) {
      st.cp = 0; st.needed = 0; st.seen = 0; st.lower = 0x80; st.upper = 0xbf;
      if (fatal) return false;
      out.push(0xfffd);
    }
    return true;
  }
  const newUtf8State = () => ({ needed: 0, seen: 0, cp: 0, lower: 0x80, upper: 0xbf });
  // node's fatal decoding error comes from C++: a plain TypeError with a `code` property (not in its name),
  // thrown at `decodeUTF8` (a UTF-8 decoder never asked to stream) or at ICU's `_decode`.
  const kStreamed = Symbol('streamed');
  function invalidData(enc, decoder) {
    const err = new TypeError(`The encoded data was not valid for encoding ${enc}`);
    err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
    const fast = enc === 'utf-8' && !(decoder && decoder[kStreamed]);
    internal.errors.nodeFrames(err, `TextDecoder.decode (node:internal/encoding:${fast ? '447:16' : '462:14'})`);
    return internal.errors.withArrow(err, fast
      ? 'node:internal/encoding:447\n        return decodeUTF8(input, this[kIgnoreBOM], this[kFatal]);\n               ^\n'
      : 'node:internal/encoding:462\n      return _decode(this[kHandle], input, flags, this.encoding);\n             ^\n');
  }
  // Decodes bytes[start, end) from a clean state, via the host where the bytes allow it.
  function utf8DecodeChunk(bytes, start, end, fatal, enc, decoder) {
    if (start >= end) return '';
    const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
    const s = host.utf8Decode(view);
    if (fatal && s.includes('\ufffd')) {
      const out = [];
      if (!utf8DecodeJS(bytes, start, end, newUtf8State(), true, true, out)) throw invalidData(enc, decoder);
    }
    return s;
  }
  function utf8Decode(decoder, bytes, stream) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    if (stream) decoder[kStreamed] = true;
    const st = decoder[kState];
    let result = '';
    let start = 0;
    const len = bytes.length;
    if (st.needed !== 0) {
      // Finish the sequence left over from the previous chunk.
      const out = [];
      let i = 0;
      while (i < len && st.needed !== 0) {
        if (!utf8DecodeJS(bytes, i, i + 1, st, fatal, false, out)) {
          decoder[kState] = newUtf8State();
          throw invalidData('utf-8', decoder);
        }
        i++;
      }
      result += unitsToString(out);
      start = i;
    }
    // Keep an incomplete trailing sequence for the next chunk.
    let cut = len;
    if (stream && st.needed === 0) {
      for (let back = 1; back <= 3 && len - back >= start; back++) {
        const b = bytes[len - back];
        if (b >= 0xc0) {
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          if (need > back) cut = len - back;
          break;
        }
        if (b < 0x80) break;
      }
    }
    if (st.needed === 0) result += utf8DecodeChunk(bytes, start, cut, fatal, 'utf-8', decoder);
    const out = [];
    if (!utf8DecodeJS(bytes, st.needed === 0 ? cut : start, len, st, fatal, !stream, out)) {
      decoder[kState] = newUtf8State();
      throw invalidData('utf-8', decoder);
    }
    return result + unitsToString(out);
  }
  function utf16Decode(decoder, bytes, stream, le) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    const st = decoder[kState];
    const out = [];
    const error = () => {
      if (fatal) {
        decoder[kState] = { leadByte: -1, leadSurrogate: -1 };
        throw invalidData(decoder[kEncoding], decoder);
      }
      out.push(0xfffd);
    };
    for (let i = 0; i < bytes.length; i++) {
      if (st.leadByte === -1) {
        st.leadByte = bytes[i];
        continue;
      }
      const cu = le ? st.leadByte + (bytes[i] << 8) : (st.leadByte << 8) + bytes[i];
      st.leadByte = -1;
      if (st.leadSurrogate !== -1) {
        const lead = st.leadSurrogate;
        st.leadSurrogate = -1;
        if (cu >= 0xdc00 && cu <= 0xdfff) {
          out.push(lead, cu);
          continue;
        }
        error();
      }
      if (cu >= 0xd800 && cu <= 0xdbff) {
        st.leadSurrogate = cu;
      } else if (cu >= 0xdc00 && cu <= 0xdfff) {
        error();
      } else {
        out.push(cu);
      }
    }
    if (!stream && (st.leadByte !== -1 || st.leadSurrogate !== -1)) {
      st.leadByte = -1;
      st.leadSurrogate = -1;
      error();
    }
    return unitsToString(out);
  }
  function singleByteDecode(decoder, bytes, table, latin1) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    const out = new Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      let c;
      if (b < 0x80 || latin1) {
        c = b;
        if (decoder[kEncoding] === 'ibm866' && !latin1) c = b === 0x1a ? 0x1c : b === 0x1c ? 0x7f : b === 0x7f ? 0x1a : b;
      } else {
        c = table.charCodeAt(b - 0x80);
        if (c === 0xfffd && fatal) throw invalidData(decoder[kEncoding], decoder);
      }
      out[i] = c;
    }
    return unitsToString(out);
  }
  function toBytes(input, enc) {
    if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    // Node's C++ decoders word this one themselves (no "Received ...").
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${enc === 'utf-8' ? 'list' : 'input'}" argument must be ` +
      'an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }

  class TextEncoder {
    constructor() {
      this[kEncoder] = true;
    }
    get encoding() {
      validateEncoder(this);
      return 'utf-8';
    }
    encode(input = '') {
      validateEncoder(this);
      return host.utf8Encode(`${input}`);
    }
    encodeInto(src, dest) {
      validateEncoder(this);
      validateString(src, 'src');
      if (!dest || !types.isUint8Array(dest)) throw codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
      let read = 0;
      let written = 0;
      const cap = dest.length;
      for (let i = 0; i < src.length;) {
        let c = src.charCodeAt(i);
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
          const d = src.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            units = 2;
          }
        }
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (written + n > cap) break;
        if (n === 1) {
          dest[written] = c;
        } else if (n === 2) {
          dest[written] = 0xc0 | (c >> 6);
          dest[written + 1] = 0x80 | (c & 0x3f);
        } else if (n === 3) {
          dest[written] = 0xe0 | (c >> 12);
          dest[written + 1] = 0x80 | ((c >> 6) & 0x3f);
          dest[written + 2] = 0x80 | (c & 0x3f);
        } else {
          dest[written] = 0xf0 | (c >> 18);
          dest[written + 1] = 0x80 | ((c >> 12) & 0x3f);
          dest[written + 2] = 0x80 | ((c >> 6) & 0x3f);
          dest[written + 3] = 0x80 | (c & 0x3f);
        }
        written += n;
        read += units;
        i += units;
      }
      return { read, written };
    }
    [customInspect](depth, opts) {
      validateEncoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const obj = { encoding: this.encoding };
      return u.inspect(obj, opts);
    }
  }
  function validateEncoder(obj) {
    if (obj == null || obj[kEncoder] !== true) throw codes.ERR_INVALID_THIS('TextEncoder');
  }
  function validateDecoder(obj) {
    if (obj == null || obj[kDecoder] !== true) throw codes.ERR_INVALID_THIS('TextDecoder');
  }
  const enumerable = { enumerable: true };
  Object.defineProperties(TextEncoder.prototype, {
    encode: enumerable,
    encodeInto: enumerable,
    encoding: enumerable,
    [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
  });

  function resetDecoderState(decoder) {
    const enc = decoder[kEncoding];
    if (enc === 'utf-8') decoder[kState] = newUtf8State();
    else if (enc === 'utf-16le' || enc === 'utf-16be') decoder[kState] = { leadByte: -1, leadSurrogate: -1 };
    else decoder[kState] = {};
    decoder[kState].bomSeen = false;
  }
  class TextDecoder {
    constructor(encoding = 'utf-8', options = kNoOptions) {
      encoding = `${encoding}`;
      validateObject(options, 'options', 'objectsAndNull');
      const enc = getEncodingFromLabel(encoding);
      if (enc === undefined) {
        const err = internal.errors.nodeFrames(codes.ERR_ENCODING_NOT_SUPPORTED(encoding), 'new TextDecoder (node:internal/encoding:409:15)');
        throw internal.errors.withArrow(err, 'node:internal/encoding:409\n        throw new ERR_ENCODING_NOT_SUPPORTED(encoding);\n        ^\n');
      }
      if (enc !== 'utf-8' && enc !== 'utf-16le' && enc !== 'utf-16be' && singleByteTables[enc] === undefined) {
        // Multi-byte legacy encodings need ICU's converters, which Looplab does not carry.
        throw codes.ERR_ENCODING_NOT_SUPPORTED(enc);
      }
      let flags = 0;
      if (options !== null) {
        flags |= options.fatal ? FLAG_FATAL : 0;
        flags |= options.ignoreBOM ? FLAG_IGNORE_BOM : 0;
      }
      this[kDecoder] = true;
      this[kFlags] = flags;
      this[kEncoding] = enc;
      // Node's fast paths (one-shot UTF-8 and Latin-1) stay on until the first streaming call.
      this[kFastPath] = enc === 'utf-8' || enc === 'windows-1252';
      resetDecoderState(this);
    }
    decode(input = kEmptyBytes, options = kNoOptions) {
      validateDecoder(this);
      const enc = this[kEncoding];
      const stream = !!(options && options.stream);
      if (stream) this[kFastPath] = false;
      const bytes = toBytes(input, this[kFastPath] ? enc : '');
      if (!this[kFastPath]) validateObject(options, 'options', 'objectsAndNull');
      const st = this[kState];
      let result;
      if (enc === 'utf-8') {
        result = utf8Decode(this, bytes, stream);
      } else if (enc === 'utf-16le' || enc === 'utf-16be') {
        result = utf16Decode(this, bytes, stream, enc === 'utf-16le');
      } else {
        result = singleByteDecode(this, bytes, singleByteTables[enc], this[kFastPath]);
      }
      const stripBOM = enc === 'utf-8' || enc === 'utf-16le' || enc === 'utf-16be';
      if (stripBOM && result.length > 0 && !st.bomSeen) {
        if (!(this[kFlags] & FLAG_IGNORE_BOM) && result.charCodeAt(0) === 0xfeff) result = result.slice(1);
        st.bomSeen = true;
      }
      if (!stream) resetDecoderState(this);
      return result;
    }
  }
  const kEmptyBytes = new Uint8Array(0);
  const decoderShared = Object.getOwnPropertyDescriptors({
    get encoding() {
      validateDecoder(this);
      return this[kEncoding];
    },
    get fatal() {
      validateDecoder(this);
      return (this[kFlags] & FLAG_FATAL) === FLAG_FATAL;
    },
    get ignoreBOM() {
      validateDecoder(this);
      return (this[kFlags] & FLAG_IGNORE_BOM) === FLAG_IGNORE_BOM;
    },
    [customInspect](depth, opts) {
      validateDecoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      let constructor = TextDecoder;
      for (let p = Object.getPrototypeOf(this); p !== null; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && d.value.name !== '') {
          constructor = d.value;
          break;
        }
      }
      const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
      if (opts && opts.showHidden) {
        obj[kFlags] = this[kFlags];
        obj[kState] = this[kState];
      }
      return `${constructor.name} ${u.inspect(obj)}`;
    },
  });
  decoderShared[customInspect].enumerable = false;
  Object.defineProperties(TextDecoder.prototype, {
    decode: enumerable,
    ...decoderShared,
    [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
  });

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
    if (transfer !== undefined) {
      if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
      }
      for (const item of transfer) {
        if (!types.isArrayBuffer(item)) {
          throw nodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
        }
        if (moved.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
        moved.push(item);
      }
      for (const ab of moved) memo.set(ab, ArrayBuffer.prototype.slice.call(ab, 0));
    }
    const result = cloneInto(value, memo);
    for (const ab of moved) detachArrayBuffer(ab);
    return result;
  }
  internal.structuredClone = structuredClone;


  // ---------------------------------------------------------------------------------------------------------
  // MIMEType / MIMEParams (lib/internal/mime.js).
  // ---------------------------------------------------------------------------------------------------------
  const NOT_HTTP_TOKEN_CODE_POINT = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/g;
  const NOT_HTTP_QUOTED_STRING_CODE_POINT = /[^\t\u0020-~\u0080-\u00FF]/g;
  const END_BEGINNING_WHITESPACE = /[^\r\n\t ]|$/;
  const START_ENDING_WHITESPACE = /[\r\n\t ]*$/;
  const EQUALS_SEMICOLON_OR_END = /[;=]|$/;
  const QUOTED_VALUE_PATTERN = /^(?:([\\]$)|[\\][\s\S]|[^"])*(?:(")|$)/u;
  // String.prototype.search without the regexp's lastIndex side effects.
  const search = (str, re) => {
    const copy = new RegExp(re.source, re.flags.replace('g', ''));
    return str.search(copy);
  };
  const toASCIILower = (str) => str.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const mimeSyntaxError = (production, str, invalidIndex) => nodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid` + (invalidIndex !== -1 ? ` at ${invalidIndex}` : ''));
  function parseTypeAndSubtype(str) {
    let position = search(str, END_BEGINNING_WHITESPACE);
    const typeEnd = str.indexOf('/', position);
    const trimmedType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
    const invalidTypeIndex = search(trimmedType, NOT_HTTP_TOKEN_CODE_POINT);
    if (trimmedType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
      throw mimeSyntaxError('type', str, invalidTypeIndex);
    }
    position = typeEnd + 1;
    const type = toASCIILower(trimmedType);
    const subtypeEnd = str.indexOf(';', position);
    const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
    position += rawSubtype.length;
    if (subtypeEnd !== -1) position += 1;
    const trimmedSubtype = rawSubtype.slice(0, search(rawSubtype, START_ENDING_WHITESPACE));
    const invalidSubtypeIndex = search(trimmedSubtype, NOT_HTTP_TOKEN_CODE_POINT);
    if (trimmedSubtype === '' || invalidSubtypeIndex !== -1) {
      throw mimeSyntaxError('subtype', str, invalidSubtypeIndex);
    }
    return [type, toASCIILower(trimmedSubtype), position];
  }
  function removeBackslashes(str) {
    let ret = '';
    let i;
    for (i = 0; i < str.length - 1; i++) {
      const c = str[i];
      if (c === '\\') {
        i++;
        ret += str[i];
      } else {
        ret += c;
      }
    }
    if (i === str.length - 1) ret += str[i];
    return ret;
  }
  const encodeMimeValue = (value) => {
    if (value.length === 0) return '""';
    if (search(value, NOT_HTTP_TOKEN_CODE_POINT) === -1) return value;
    return `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  };
  const kMimeData = Symbol('data');
  const kMimeString = Symbol('string');
  function mimeParamsParse(params) {
    if (params[kMimeString] === null) return;
    const paramsMap = params[kMimeData];
    let position = 0;
    const str = params[kMimeString];
    const endOfSource = search(str.slice(position), START_ENDING_WHITESPACE) + position;
    while (position < endOfSource) {
      position += search(str.slice(position), END_BEGINNING_WHITESPACE);
      const afterParameterName = search(str.slice(position), EQUALS_SEMICOLON_OR_END) + position;
      const parameterString = toASCIILower(str.slice(position, afterParameterName));
      position = afterParameterName;
      if (position < endOfSource) {
        const char = str.charAt(position);
        position += 1;
        if (char === ';') continue;
      }
      if (position >= endOfSource) break;
      const char = str.charAt(position);
      let parameterValue = null;
      if (char === '"') {
        position += 1;
        const insideMatch = QUOTED_VALUE_PATTERN.exec(str.slice(position));
        position += insideMatch[0].length;
        const inside = insideMatch[1] || insideMatch[2] ? insideMatch[0].slice(0, -1) : insideMatch[0];
        parameterValue = removeBackslashes(inside);
        if (insideMatch[1]) parameterValue += '\\';
      } else {
        const valueEnd = str.indexOf(';', position);
        const rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
        position += rawValue.length;
        const trimmedValue = rawValue.slice(0, search(rawValue, START_ENDING_WHITESPACE));
        if (trimmedValue === '') continue;
        parameterValue = trimmedValue;
      }
      if (parameterString !== '' && search(parameterString, NOT_HTTP_TOKEN_CODE_POINT) === -1 &&
          search(parameterValue, NOT_HTTP_QUOTED_STRING_CODE_POINT) === -1 && paramsMap.has(parameterString) === false) {
        paramsMap.set(parameterString, parameterValue);
      }
      position++;
    }
    params[kMimeString] = null;
  }
  class MIMEParams {
    constructor() {
      Object.defineProperty(this, kMimeData, { value: new Map(), writable: true });
      Object.defineProperty(this, kMimeString, { value: null, writable: true });
    }
    delete(name) {
      mimeParamsParse(this);
      this[kMimeData].delete(name);
    }
    get(name) {
      mimeParamsParse(this);
      const data = this[kMimeData];
      return data.has(name) ? data.get(name) : null;
    }
    has(name) {
      mimeParamsParse(this);
      return this[kMimeData].has(name);
    }
    set(name, value) {
      mimeParamsParse(this);
      name = `${name}`;
      value = `${value}`;
      const invalidNameIndex = search(name, NOT_HTTP_TOKEN_CODE_POINT);
      if (name.length === 0 || invalidNameIndex !== -1) throw mimeSyntaxError('parameter name', name, invalidNameIndex);
      const invalidValueIndex = search(value, NOT_HTTP_QUOTED_STRING_CODE_POINT);
      if (invalidValueIndex !== -1) throw mimeSyntaxError('parameter value', value, invalidValueIndex);
      this[kMimeData].set(name, value);
    }
    *entries() {
      mimeParamsParse(this);
      yield* this[kMimeData].entries();
    }
    *keys() {
      mimeParamsParse(this);
      yield* this[kMimeData].keys();
    }
    *values() {
      mimeParamsParse(this);
      yield* this[kMimeData].values();
    }
    toString() {
      mimeParamsParse(this);
      let ret = '';
      for (const [key, value] of this[kMimeData]) {
        if (ret.length) ret += ';';
        ret += `${key}=${encodeMimeValue(value)}`;
      }
      return ret;
    }
  }
  Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    configurable: true, value: MIMEParams.prototype.entries, writable: true,
  });
  Object.defineProperty(MIMEParams.prototype, 'toJSON', {
    configurable: true, value: MIMEParams.prototype.toString, writable: true,
  });
  const kMimeType = Symbol('type');
  const kMimeSubtype = Symbol('subtype');
  const kMimeParams = Symbol('parameters');
  class MIMEType {
    constructor(string) {
      string = `${string}`;
      let data;
      try {
        data = parseTypeAndSubtype(string);
      } catch (e) {
        // node's frames and header: thrown in parseTypeAndSubtype (the type's check, else the subtype's).
        const [line, what] = e.message.includes('for a type') ? [51, "'type', str, invalidTypeIndex"] : [73, "'subtype', str, invalidSubtypeIndex"];
        internal.errors.nodeFrames(e, `parseTypeAndSubtype (node:internal/mime:${line}:11)`, 'new MIMEType (node:internal/mime:332:18)');
        throw internal.errors.withArrow(e, `node:internal/mime:${line}\n    throw new ERR_INVALID_MIME_SYNTAX(${what});\n    ^\n`);
      }
      const params = new MIMEParams();
      params[kMimeString] = string.slice(data[2]);
      Object.defineProperty(this, kMimeType, { value: data[0], writable: true });
      Object.defineProperty(this, kMimeSubtype, { value: data[1], writable: true });
      Object.defineProperty(this, kMimeParams, { value: params });
    }
    get type() { return this[kMimeType]; }
    set type(v) {
      v = `${v}`;
      const invalidTypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
      if (v.length === 0 || invalidTypeIndex !== -1) throw mimeSyntaxError('type', v, invalidTypeIndex);
      this[kMimeType] = toASCIILower(v);
    }
    get subtype() { return this[kMimeSubtype]; }
    set subtype(v) {
      v = `${v}`;
      const invalidSubtypeIndex = search(v, NOT_HTTP_TOKEN_CODE_POINT);
      if (v.length === 0 || invalidSubtypeIndex !== -1) throw mimeSyntaxError('subtype', v, invalidSubtypeIndex);
      this[kMimeSubtype] = toASCIILower(v);
    }
    get essence() { return `${this[kMimeType]}/${this[kMimeSubtype]}`; }
    get params() { return this[kMimeParams]; }
    toString() {
      let ret = `${this[kMimeType]}/${this[kMimeSubtype]}`;
      const paramStr = MIMEParams.prototype.toString.call(this[kMimeParams]);
      if (paramStr.length) ret += `;${paramStr}`;
      return ret;
    }
  }
  Object.defineProperty(MIMEType.prototype, 'toJSON', {
    configurable: true, value: MIMEType.prototype.toString, writable: true,
  });

  // ---------------------------------------------------------------------------------------------------------
  // The module.
  // ---------------------------------------------------------------------------------------------------------
  function isErrorLegacy(e) {
    return objectToString(e) === '[object Error]' || e instanceof Error;
  }
  function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    const keys = Object.keys(source);
    let i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
  }
  function _errnoException(err, syscall, original) {
    const code = internal.getSystemErrorName(err);
    const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    e.errno = err;
    e.code = code;
    e.syscall = syscall;
    return e;
  }
  function _exceptionWithHostPort(err, syscall, address, port, additional) {
    const code = internal.getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const e = new Error(`${syscall} ${code}${details}`);
    e.errno = err;
    e.code = code;
    e.syscall = syscall;
    e.address = address;
    if (port) e.port = port;
    return e;
  }
  const util = {
    _errnoException,
    _exceptionWithHostPort,
    _extend,
    callbackify,
    debug: debuglog,
    debuglog,
    deprecate,
    format,
    styleText,
    formatWithOptions(inspectOptions, ...args) {
      if (inspectOptions === null || typeof inspectOptions !== 'object') {
        throw apiError(codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions), this, 'formatWithOptions',
          'node:internal/util/inspect:2238:3');
      }
      return u.formatWithOptions(inspectOptions, ...args);
    },
    getSystemErrorMap,
    getSystemErrorName,
    inherits,
    inspect: u.inspect,
    isArray: Array.isArray,
    isBoolean: (arg) => typeof arg === 'boolean',
    isBuffer: (v) => internal.Buffer !== undefined && v instanceof internal.Buffer,
    isDeepStrictEqual(a, b) { return isDeepStrictEqual(a, b); },
    isNull: (arg) => arg === null,
    isNullOrUndefined: (arg) => arg === null || arg === undefined,
    isNumber: (arg) => typeof arg === 'number',
    isString: (arg) => typeof arg === 'string',
    isSymbol: (arg) => typeof arg === 'symbol',
    isUndefined: (arg) => arg === undefined,
    isRegExp: types.isRegExp,
    isObject: (arg) => arg !== null && typeof arg === 'object',
    isDate: types.isDate,
    isError: isErrorLegacy,
    isFunction: (arg) => typeof arg === 'function',
    isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
    log,
    promisify,
    stripVTControlCharacters: u.stripVTControlCharacters,
    toUSVString(input) { return toWellFormed(`${input}`); },
    transferableAbortSignal(signal) {
      if (!(signal instanceof internal.web.AbortSignal)) {
        throw apiError(codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal), this, 'transferableAbortSignal',
          'node:internal/abort_controller:415:11', "    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);");
      }
      return signal;
    },
    transferableAbortController: () => new internal.web.AbortController(),
    aborted,
    types,
    parseEnv,
    parseArgs,
    TextDecoder,
    TextEncoder,
    MIMEType,
    MIMEParams,
  };
  internal.modules.util = util;
  internal.TextEncoder = TextEncoder;
  internal.TextDecoder = TextDecoder;
})
