//! node:util, part 1 of 8 (run by util.js, sharing through internal.utilShared): node's error classes and argument
//! validators (lib/internal/errors.js, validators.js; `internal.nodeErrors`) and util.types.
(function (internal) {
  'use strict';
  const shared = (internal.utilShared = {});
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


  Object.assign(shared, {
    AsyncGeneratorProto, apiError, checked, codes, hasOwn, host, inChain, isEnumerable, nodeError, objectToString,
    typedTag, types, u, validateArray, validateBoolean, validateFunction, validateNumber, validateObject, validateOneOf,
    validateString
  });
})
