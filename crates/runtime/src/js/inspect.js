//! Looplab's `util.inspect` / `util.format`: a plain-JS re-creation of Node 20's output, evaluated by the runtime as one function expression.
//
// Usage (host side): `const util = (<this file>)(natives)` where `natives` offers
//   promiseState(p)   -> undefined | { state: 'pending'|'fulfilled'|'rejected', value }
//   proxyTarget(v)    -> undefined | { target, handler }   (target null when revoked)
//   isBuffer(v)       -> boolean                             (optional)
//   stringWidth(s)    -> number  (optional; columns of a non-ASCII string, as node's ICU build)
//   isNativeError(v)  -> boolean (optional; an error object, told without reading its properties)
//   cwd()             -> string, isBuiltinModule(id) -> boolean  (optional; only used to
//                        colour error stack frames when `colors` is on)
//   previewEntries(v, isIterator)                          (optional, like V8's):
//                        isIterator true  -> [entries, isKeyValue] for Map/Set iterators
//                        isIterator false -> flat entries of a WeakSet / WeakMap ([k, v, k, v...])
//                        (iterator and weak-collection contents cannot be read from plain JS)
//   nodeFrames(err, ...frames) -> err                        (optional; node's own frames on an error)
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

  // ---------------------------------------------------------------------------
  // Options and styles
  // ---------------------------------------------------------------------------
  const inspectDefaultOptions = Object.seal({
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false,
  });
  const optionKeys = objectKeys(inspectDefaultOptions);

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;
  const kMinLineLength = 16;
  const kWeak = 0;
  const kIterator = 1;
  const kMapEntries = 2;

  const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  const numberRegExp = /^(0|[1-9][0-9]*)$/;

  // Matches all ANSI escape sequences (same pattern as Node's `ansi` regex).
  const ansi = new RegExp(
    '[\\u001B\\u009B][[\\]()#;?]*' +
    '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
    '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
    '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
  const colorRegExp = /\u001b\[\d\d?m/g;

  function getUserOptions(ctx, isCrossContext) {
    const ret = {};
    ret.stylize = ctx.stylize;
    for (let i = 0; i < optionKeys.length; i++) ret[optionKeys[i]] = ctx[optionKeys[i]];
    if (ctx.userOptions !== undefined) Object.assign(ret, ctx.userOptions);
    if (isCrossContext) {
      Object.setPrototypeOf(ret, null);
      for (const key of objectKeys(ret)) {
        if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
          delete ret[key];
        }
      }
      const stylize = ctx.stylize;
      ret.stylize = Object.setPrototypeOf((value, flavour) => {
        let stylized;
        try { stylized = `${stylize(value, flavour)}`; } catch (e) { /* ignore */ }
        return typeof stylized === 'string' ? stylized : value;
      }, null);
    }
    return ret;
  }

  function inspect(value, opts) {
    const ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
    };
    for (let i = 0; i < optionKeys.length; i++) ctx[optionKeys[i]] = inspectDefaultOptions[optionKeys[i]];
    if (arguments.length > 1) {
      // Legacy signature: (value, showHidden, depth, colors)
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
        if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts) {
        const keys = objectKeys(opts);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
            ctx[key] = opts[key];
          } else if (ctx.userOptions === undefined) {
            ctx.userOptions = opts;
          }
        }
      }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
  }
  inspect.custom = customInspectSymbol;
  Object.defineProperty(inspect, 'defaultOptions', {
    get() { return inspectDefaultOptions; },
    set(options) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'of type object', options);
      }
      return Object.assign(inspectDefaultOptions, options);
    },
  });

  const defaultFG = 39;
  const defaultBG = 49;
  inspect.colors = Object.assign(Object.create(null), {
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
    blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
    doubleunderline: [21, 24],
    black: [30, defaultFG], red: [31, defaultFG], green: [32, defaultFG],
    yellow: [33, defaultFG], blue: [34, defaultFG], magenta: [35, defaultFG],
    cyan: [36, defaultFG], white: [37, defaultFG],
    bgBlack: [40, defaultBG], bgRed: [41, defaultBG], bgGreen: [42, defaultBG],
    bgYellow: [43, defaultBG], bgBlue: [44, defaultBG], bgMagenta: [45, defaultBG],
    bgCyan: [46, defaultBG], bgWhite: [47, defaultBG],
    framed: [51, 54], overlined: [53, 55],
    gray: [90, defaultFG], redBright: [91, defaultFG], greenBright: [92, defaultFG],
    yellowBright: [93, defaultFG], blueBright: [94, defaultFG],
    magentaBright: [95, defaultFG], cyanBright: [96, defaultFG], whiteBright: [97, defaultFG],
    bgGray: [100, defaultBG], bgRedBright: [101, defaultBG], bgGreenBright: [102, defaultBG],
    bgYellowBright: [103, defaultBG], bgBlueBright: [104, defaultBG],
    bgMagentaBright: [105, defaultBG], bgCyanBright: [106, defaultBG],
    bgWhiteBright: [107, defaultBG],
  });
  [['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
    ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
    ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline']].forEach(([target, alias]) => {
    Object.defineProperty(inspect.colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  });
  inspect.styles = Object.assign(Object.create(null), {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
    undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
    date: 'magenta', regexp: 'red', module: 'underline',
  });

  function stylizeWithColor(str, styleType) {
    const style = inspect.styles[styleType];
    if (style !== undefined) {
      const color = inspect.colors[style];
      if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
    return str;
  }

  function stylizeNoColor(str) {
    return str;
  }

  // ---------------------------------------------------------------------------
  // Strings
  // ---------------------------------------------------------------------------
  const hex2 = (n) => (n < 16 ? '0' : '') + n.toString(16).toUpperCase();
  // Escape text for a code unit (control chars, quote, backslash, C1 controls).
  function metaFor(code) {
    if (code === 8) return '\\b';
    if (code === 9) return '\\t';
    if (code === 10) return '\\n';
    if (code === 12) return '\\f';
    if (code === 13) return '\\r';
    if (code === 39) return "\\'";
    if (code === 92) return '\\\\';
    return `\\x${hex2(code)}`;
  }

  // Escapes a string the way Node does; `quoteCode` is the char code of the quote
  // to escape (39) or -1 / -2 when no quote needs escaping.
  function escapeBody(str, quoteCode) {
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const point = str.charCodeAt(i);
      if (point === quoteCode || point === 92 || point < 32 || (point > 126 && point < 160)) {
        result += str.slice(last, i) + metaFor(point);
        last = i + 1;
      } else if (point >= 0xd800 && point <= 0xdfff) {
        if (point <= 0xdbff && i + 1 < str.length) {
          const next = str.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += `${str.slice(last, i)}\\u${point.toString(16)}`;
        last = i + 1;
      }
    }
    if (last === 0) return str;
    if (last !== str.length) result += str.slice(last);
    return result;
  }

  function strEscape(str) {
    let quote = 39;
    if (str.includes("'")) {
      if (!str.includes('"')) {
        quote = -1;
      } else if (!str.includes('`') && !str.includes('${')) {
        quote = -2;
      }
    }
    const body = escapeBody(str, quote);
    if (quote === -1) return `"${body}"`;
    if (quote === -2) return `\`${body}\``;
    return `'${body}'`;
  }

  // Escapes a key / symbol description (always escapes single quotes).
  function escapeKey(str) {
    return escapeBody(str, 39);
  }

  function stripVTControlCharacters(str) {
    if (typeof str !== 'string') {
      const e = invalidArgType('str', 'of type string', str);
      throw natives.nodeFrames ? natives.nodeFrames(e, 'Object.stripVTControlCharacters (node:internal/util/inspect:2491:3)') : e;
    }
    return str.replace(ansi, '');
  }

  // node's ERR_INVALID_ARG_TYPE: `expected` is e.g. 'of type object' or 'an instance of Array'.
  function invalidArgType(name, expected, actual) {
    const e = new TypeError(`The "${name}" argument must be ${expected}. Received ${describeType(actual)}`);
    Object.defineProperty(e, 'code', { value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true });
    try {
      e.name = `TypeError [ERR_INVALID_ARG_TYPE]`;
      void e.stack;
      delete e.name;
    } catch { /* keep the plain name */ }
    return e;
  }
  function describeType(v) {
    if (v == null) return String(v);
    if (typeof v === 'function') return `function ${v.name}`;
    if (typeof v === 'object') {
      if (v.constructor && v.constructor.name) return `an instance of ${v.constructor.name}`;
      return inspect(v, { depth: -1 });
    }
    let shown = inspect(v, { colors: false });
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    return `type ${typeof v} (${shown})`;
  }

  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f || code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x1f680 && code <= 0x1f6ff) ||
      (code >= 0x1f900 && code <= 0x1f9ff) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }

  function isZeroWidthCodePoint(code) {
    return code <= 0x1F ||
      (code >= 0x7F && code <= 0x9F) ||
      (code >= 0x300 && code <= 0x36F) ||
      (code >= 0x200B && code <= 0x200F) ||
      (code >= 0x20D0 && code <= 0x20FF) ||
      (code >= 0xFE00 && code <= 0xFE0F) ||
      (code >= 0xFE20 && code <= 0xFE2F) ||
      (code >= 0xE0100 && code <= 0xE01EF);
  }

  function normalizeNFC(str) {
    try { return str.normalize('NFC'); } catch (e) { return str; }
  }

  // Number of terminal columns needed to display `str`.
  function getStringWidth(str, removeControlChars = true) {
    if (removeControlChars) str = stripVTControlCharacters(str);
    let width = 0;
    let i = 0;
    for (; i < str.length; i++) {
      const code = str.charCodeAt(i);
      if (code >= 127) break;
      width += code >= 32 ? 1 : 0;
    }
    if (i === str.length) return width;
    if (natives.stringWidth) return width + natives.stringWidth(normalizeNFC(str.slice(i)));
    for (const char of normalizeNFC(str.slice(i))) {
      const code = char.codePointAt(0);
      if (isFullWidthCodePoint(code)) {
        width += 2;
      } else if (!isZeroWidthCodePoint(code)) {
        width++;
      }
    }
    return width;
  }

  // ---------------------------------------------------------------------------
  // Primitives
  // ---------------------------------------------------------------------------
  function addNumericSeparator(integerString) {
    let result = '';
    let i = integerString.length;
    const start = integerString[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = `_${integerString.slice(i - 3, i)}${result}`;
    }
    return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
  }

  function addNumericSeparatorEnd(integerString) {
    let result = '';
    let i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += `${integerString.slice(i, i + 3)}_`;
    }
    return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
  }

  const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      if (Object.is(number, -0)) return fn('-0', 'number');
      return fn(`${number}`, 'number');
    }
    const integer = Math.trunc(number);
    const string = String(integer);
    if (integer === number) {
      if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
      return fn(addNumericSeparator(string), 'number');
    }
    if (Number.isNaN(number)) return fn(string, 'number');
    return fn(`${addNumericSeparator(string)}.${
      addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = String(bigint);
    if (!numericSeparator) return fn(`${string}n`, 'bigint');
    return fn(`${addNumericSeparator(string)}n`, 'bigint');
  }

  // Splits after every '\n', keeping the newline with the preceding piece.
  function splitAfterNewlines(str) {
    const parts = [];
    let start = 0;
    let idx;
    while ((idx = str.indexOf('\n', start)) !== -1 && idx + 1 < str.length) {
      parts.push(str.slice(start, idx + 1));
      start = idx + 1;
    }
    parts.push(str.slice(start));
    return parts;
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitAfterNewlines(value)
          .map((line) => fn(strEscape(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(symbolToString(value), 'symbol');
  }

  // ---------------------------------------------------------------------------
  // Constructor names, prefixes and keys
  // ---------------------------------------------------------------------------
  function isInstanceof(object, proto) {
    try {
      return object instanceof proto;
    } catch (e) {
      return false;
    }
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      const descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' &&
          isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(descriptor.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    const res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return `${res} <Complex prototype>`;
    }
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      return `${res} <${inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 }))}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  // Adds user-defined (non-function) prototype properties to `output` (showHidden).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        const descriptor = getOwnDesc(obj, 'constructor');
        if (descriptor !== undefined &&
            typeof descriptor.value === 'function' &&
            builtInObjects.has(descriptor.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new Set();
      } else {
        keys.forEach((key) => keySet.add(key));
      }
      keys = Reflect.ownKeys(obj);
      ctx.seen.push(main);
      for (const key of keys) {
        if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
          continue;
        }
        const desc = getOwnDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
        output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
      }
      ctx.seen.pop();
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size = '') {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return `[${fallback}${size}: null prototype] [${tag}] `;
      }
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) {
      return `${constructor}${size} [${tag}] `;
    }
    return `${constructor}${size} `;
  }

  function getKeys(value, showHidden) {
    let keys;
    const symbols = getOwnSymbols(value);
    if (showHidden) {
      keys = getOwnNames(value);
      if (symbols.length !== 0) keys.push(...symbols);
    } else {
      try {
        keys = objectKeys(value);
      } catch (err) {
        keys = getOwnNames(value);
      }
      if (symbols.length !== 0) {
        keys.push(...symbols.filter((key) => isEnumerable(value, key)));
      }
    }
    return keys;
  }

  function isIndexKey(key) {
    return numberRegExp.test(key) && Number(key) < 4294967295;
  }

  // Own keys that are not array indices (strings first, then symbols).
  function getOwnNonIndexProperties(value, showHidden) {
    const names = getOwnNames(value);
    const result = [];
    for (let i = 0; i < names.length; i++) {
      const key = names[i];
      if (isIndexKey(key)) continue;
      if (!showHidden && !isEnumerable(value, key)) continue;
      result.push(key);
    }
    const symbols = getOwnSymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (showHidden || isEnumerable(value, symbols[i])) result.push(symbols[i]);
    }
    return result;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalGetConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  // ---------------------------------------------------------------------------
  // The core: formatValue / formatRaw
  // ---------------------------------------------------------------------------
  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    const res = [
      formatValue(ctx, proxy.target, recurseTimes),
      formatValue(ctx, proxy.handler, recurseTimes),
    ];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    const context = value;
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy.target === null) {
        return ctx.stylize('<Revoked Proxy>', 'special');
      }
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy.target;
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' &&
          maybeCustom !== inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const isCrossContext = proxy !== undefined || !(context instanceof Object);
        const ret = call.call(maybeCustom, context, depth, getUserOptions(ctx, isCrossContext), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }

    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return ctx.stylize(`[Circular *${index}]`, 'special');
    }

    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
      protoProps = [];
    }
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    let tag = value[Symbol.toStringTag];
    // Only list the tag when it is not an own (enumerable) property: it would show twice.
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
      tag = '';
    }
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ?
          getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
          return `${braces[0]}]`;
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = setSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const iterable = constructor !== null ? value : setValues(value);
        formatter = (c, v, r) => formatSet(iterable, size, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isMap(value)) {
        const size = mapSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        const iterable = constructor !== null ? value : mapEntries(value);
        formatter = (c, v, r) => formatMap(iterable, size, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (isTypedArray(value)) {
        keys = getOwnNonIndexProperties(value, ctx.showHidden);
        let bound = value;
        let fallback = '';
        if (constructor === null) {
          fallback = typedArrayTag(value);
          bound = new globalThis[fallback](value);
        }
        const size = typedArrayLength(value);
        const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
        extrasType = kArrayExtrasType;
      } else if (isMapIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Map', tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else if (isSetIterator(value)) {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces('Set', tag);
        formatter = (c, v, r) => formatIterator(braces, c, v, r);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
        }
        if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
      } else if (isRegExp(value)) {
        base = regexpBase(constructor !== null ? value : new RegExp(value));
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        base = Number.isNaN(dateGetTime(value)) ? dateToString(value) : dateToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isAnyArrayBuffer(value)) {
        const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return prefix + `{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
        }
        braces[0] = `${prefix}{`;
        keys.unshift('byteLength');
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
        keys.unshift('byteLength', 'byteOffset', 'buffer');
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
        formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
        formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
      } else if (isModuleNamespaceObject(value)) {
        braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
        const nsKeys = keys;
        formatter = (c, v, r) => formatNamespaceObject(nsKeys, c, v, r);
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return `${getCtxStyle(value, constructor, tag)}{}`;
        }
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) constructorName = `[${constructorName}]`;
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    const indentationLvl = ctx.indentationLvl;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
      if (protoProps !== undefined) output.push(...protoProps);
    } catch (err) {
      if (!isStackOverflowError(err)) throw err;
      const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
      ctx.seen.pop();
      ctx.indentationLvl = indentationLvl;
      return ctx.stylize(`[${constructorName}: Inspection interrupted ` +
        'prematurely. Maximum call stack size exceeded.]', 'special');
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = ctx.stylize(`<ref *${index}>`, 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : `${reference} ${base}`;
        } else {
          braces[0] = `${reference} ${braces[0]}`;
        }
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        output.sort(comparator);
      } else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(comparator);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Stop inspecting further once the output becomes absurdly large.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  // Boa escapes every '/' of a pattern in `source`, even already-escaped ones and
  // those inside classes; rebuild V8's form when that is detected.
  const regexpSourceNeedsFix = /\//.source !== '\\/' || new RegExp('[/]').source !== '[/]';
  function regexpBase(re) {
    const str = regexpToString(re);
    if (!regexpSourceNeedsFix || !isRegExp(re)) return str;
    const pattern = regexpSource(re).replace(/\\\//g, '/');
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') {
        out += c + (i + 1 < pattern.length ? pattern[++i] : '');
        continue;
      }
      if (c === '/' && !inClass) {
        out += '\\/';
        continue;
      }
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
    return `/${out}/${re.flags}`;
  }

  function getIteratorBraces(type, tag) {
    if (tag !== `${type} Iterator`) {
      if (tag !== '') tag += '] [';
      tag += `${type} Iterator`;
    }
    return [`[${tag}] {`, '}'];
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let fn;
    let type;
    if (isNumberObject(value)) {
      fn = numberValueOf;
      type = 'Number';
    } else if (isStringObject(value)) {
      fn = stringValueOf;
      type = 'String';
      // Drop the index keys of boxed strings: they only repeat the value.
      keys.splice(0, value.length);
    } else if (isBooleanObject(value)) {
      fn = booleanValueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value)) {
      fn = bigintValueOf;
      type = 'BigInt';
    } else {
      fn = symbolValueOf;
      type = 'Symbol';
    }
    let base = `[${type}`;
    if (type !== constructor) {
      base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
    }
    base += `: ${formatPrimitive(stylizeNoColor, fn(value), ctx)}]`;
    if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
  }

  function getClassBase(value, constructor, tag) {
    const hasName = hasOwn(value, 'name');
    const name = (hasName && value.name) || '(anonymous)';
    let base = `class ${name}`;
    if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = getProto(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += ' extends [null prototype]';
    }
    return `[${base}]`;
  }

  // Built-in constructors (which, like classes, have a read-only `prototype`), read from the global object on
  // first use: the stand-ins installed during bootstrap (Date, Function) are built-ins too.
  const builtinConstructors = new WeakSet();
  let builtinsRead = false;
  const readBuiltins = () => {
    builtinsRead = true;
    for (const name of getOwnNames(globalThis)) {
      const desc = getOwnDesc(globalThis, name);
      if (desc && typeof desc.value === 'function') builtinConstructors.add(desc.value);
    }
  };
  [getProto(Int8Array), GeneratorFunctionProto, AsyncFunctionProto, AsyncGeneratorFunctionProto]
    .forEach((proto) => {
      const ctor = proto && (typeof proto === 'function' ? proto : proto.constructor);
      if (typeof ctor === 'function') builtinConstructors.add(ctor);
    });

  function isClassConstructor(value) {
    if (!builtinsRead) readBuiltins();
    if (builtinConstructors.has(value)) return false;
    let source;
    try {
      source = functionToString(value);
    } catch (e) {
      source = undefined;
    }
    if (typeof source === 'string' && source.startsWith('class')) {
      const next = source.charAt(5);
      return next === '' || next === '{' || /\s/.test(next);
    }
    // Engines that print classes as native code (Boa): a class is the only kind of
    // non-built-in function whose `prototype` is a read-only data property.
    if (!builtinsRead) readBuiltins();
    if (builtinConstructors.has(value)) return false;
    const desc = getOwnDesc(value, 'prototype');
    return desc !== undefined && 'value' in desc && desc.writable === false;
  }

  function getFunctionBase(value, constructor, tag) {
    if (isClassConstructor(value)) return getClassBase(value, constructor, tag);
    let type = 'Function';
    if (isGeneratorFunction(value)) type = `Generator${type}`;
    if (isAsyncFunction(value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += `: ${value.name}`;
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  // ---------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = b.indexOf(a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = Math.min(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackString(error) {
    if (!error.stack) return errorToString(error);
    const stack = String(error.stack);
    // Some engines (Boa) keep only the frames in `stack`: add V8's "Name: message" header.
    if (stack.startsWith('    at ')) return `${errorToString(error)}\n${stack.replace(/\n+$/, '')}`;
    return stack;
  }

  function getStackFrames(ctx, err, stack) {
    const frames = stack.split('\n');
    let cause;
    try {
      cause = err.cause;
    } catch (e) {
      // A throwing `cause` getter is ignored.
    }
    // Collapse the frames shared with the cause's stack.
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(cause);
      const causeStackStart = causeStack.indexOf('\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
        const { len, offset } = identicalSequenceRange(frames, causeFrames);
        if (len > 0) {
          const skipped = len - 2;
          const msg = `    ... ${skipped} lines matching cause stack trace ...`;
          frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (name.endsWith('Error') && stack.startsWith(name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
          /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
      if (name !== prefix) {
        if (prefix.includes(name)) {
          stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
        } else {
          stack = `${prefix} [${name}]${stack.slice(len)}`;
        }
      }
    }
    return stack;
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      for (const name of ['name', 'message', 'stack']) {
        const index = keys.indexOf(name);
        if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
      }
    }
  }

  const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
  function isBuiltinModule(id) {
    if (typeof natives.isBuiltinModule === 'function') return !!natives.isBuiltinModule(id);
    return !id.startsWith('internal/');
  }

  function markNodeModules(ctx, line) {
    let tempLine = '';
    let lastPos = 0;
    let searchFrom = 0;
    for (;;) {
      const position = line.indexOf('node_modules', searchFrom);
      if (position === -1) break;
      const separator = line[position - 1];
      const after = line[position + 12];
      if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
        searchFrom = position + 1;
        continue;
      }
      const moduleStart = position + 13;
      tempLine += line.slice(lastPos, moduleStart);
      let moduleEnd = line.indexOf(separator, moduleStart);
      if (line[moduleStart] === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
      tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
      lastPos = moduleEnd;
      searchFrom = moduleEnd;
    }
    if (lastPos !== 0) line = tempLine + line.slice(lastPos);
    return line;
  }

  function markCwd(ctx, line, workingDirectory) {
    let cwdStartPos = line.indexOf(workingDirectory);
    let tempLine = '';
    let cwdLength = workingDirectory.length;
    if (cwdStartPos !== -1) {
      if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
        cwdLength += 7;
        cwdStartPos -= 7;
      }
      const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
      const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
      const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
      tempLine += line.slice(0, start);
      tempLine += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
      tempLine += line.slice(workingDirectoryEndPos, end);
      if (end === -1) tempLine += ctx.stylize(')', 'undefined');
    } else {
      tempLine += line;
    }
    return tempLine;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? String(err.name) : 'Error';
    let stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
    if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

    stack = improveStack(stack, constructor, name, tag);

    // Skip past the message when looking for the first stack frame.
    let pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    const stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
      stack = `[${stack}]`;
    } else {
      let newStack = stack.slice(0, stackStart);
      const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
      if (ctx.colors) {
        // Grey out core frames, underline node_modules packages, grey the cwd.
        const workingDirectory = typeof natives.cwd === 'function' ? natives.cwd() : undefined;
        for (let line of lines) {
          const core = coreModuleRegExp.exec(line);
          if (core !== null && isBuiltinModule(core[1])) {
            newStack += `\n${ctx.stylize(line, 'undefined')}`;
          } else {
            line = markNodeModules(ctx, line);
            if (workingDirectory !== undefined) {
              let newLine = markCwd(ctx, line, workingDirectory);
              if (newLine === line) newLine = markCwd(ctx, line, `file://${workingDirectory}`);
              line = newLine;
            }
            newStack += `\n${line}`;
          }
        }
      } else {
        newStack += `\n${lines.join('\n')}`;
      }
      stack = newStack;
    }
    if (ctx.indentationLvl !== 0) {
      const indentation = ' '.repeat(ctx.indentationLvl);
      stack = stack.split('\n').join(`\n${indentation}`);
    }
    return stack;
  }

  // ---------------------------------------------------------------------------
  // Collections
  // ---------------------------------------------------------------------------
  function formatNamespaceObject(keys, ctx, value, recurseTimes) {
    const output = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      try {
        output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
      } catch (err) {
        const tmp = { [keys[i]]: '' };
        output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
        const pos = output[i].lastIndexOf(' ');
        output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
      }
    }
    keys.length = 0;
    return output;
  }

  // Sparse arrays and arrays with extra keys.
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = objectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!numberRegExp.test(key)) break;
        const emptyItems = tmp - index;
        const message = `<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`;
        output.push(ctx.stylize(message, 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        const message = `<${remaining} empty item${remaining > 1 ? 's' : ''}>`;
        output.push(ctx.stylize(message, 'undefined'));
      }
    } else if (remaining > 0) {
      output.push(remainingText(remaining));
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    let buffer;
    try {
      buffer = new Uint8Array(value);
    } catch (e) {
      return [ctx.stylize('(detached)', 'special')];
    }
    const shown = Math.min(ctx.maxArrayLength, buffer.length);
    const parts = [];
    for (let i = 0; i < shown; i++) parts.push((buffer[i] < 16 ? '0' : '') + buffer[i].toString(16));
    let str = parts.join(' ');
    const remaining = buffer.length - ctx.maxArrayLength;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatTypedArray(value, length, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = value.length - maxLength;
    const output = new Array(maxLength);
    const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
    for (let i = 0; i < maxLength; ++i) {
      output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        const str = formatValue(ctx, value[key], recurseTimes, true);
        output.push(`[${key}]: ${str}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(iterable, length, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const v of iterable) {
      if (i >= maxLength) break;
      output.push(formatValue(ctx, v, recurseTimes));
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(iterable, length, ctx, recurseTimes) {
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    let i = 0;
    for (const entry of iterable) {
      if (i >= maxLength) break;
      output.push(`${formatValue(ctx, entry[0], recurseTimes)} => ${formatValue(ctx, entry[1], recurseTimes)}`);
      i++;
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatSetIterInner(ctx, recurseTimes, entries, state) {
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const maxLength = Math.min(maxArrayLength, entries.length);
    const output = new Array(maxLength);
    ctx.indentationLvl += 2;
    for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
    ctx.indentationLvl -= 2;
    if (state === kWeak && !ctx.sorted) output.sort();
    const remaining = entries.length - maxLength;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function formatMapIterInner(ctx, recurseTimes, entries, state) {
    const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
    const len = entries.length / 2;
    const remaining = len - maxArrayLength;
    const maxLength = Math.min(maxArrayLength, len);
    const output = new Array(maxLength);
    let i = 0;
    ctx.indentationLvl += 2;
    if (state === kWeak) {
      for (; i < maxLength; i++) {
        const pos = i * 2;
        output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
      }
      if (!ctx.sorted) output.sort();
    } else {
      for (; i < maxLength; i++) {
        const pos = i * 2;
        const res = [
          formatValue(ctx, entries[pos], recurseTimes),
          formatValue(ctx, entries[pos + 1], recurseTimes),
        ];
        output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
      }
    }
    ctx.indentationLvl -= 2;
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
  }

  function previewEntries(value, isIterator) {
    if (typeof natives.previewEntries !== 'function') return undefined;
    return natives.previewEntries(value, isIterator);
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatWeakSet(ctx, value, recurseTimes) {
    const entries = previewEntries(value, false);
    if (entries === undefined) return formatWeakCollection(ctx);
    return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
  }

  function formatWeakMap(ctx, value, recurseTimes) {
    const entries = previewEntries(value, false);
    if (entries === undefined) return formatWeakCollection(ctx);
    return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
  }

  function formatIterator(braces, ctx, value, recurseTimes) {
    const preview = previewEntries(value, true);
    if (preview === undefined) return formatWeakCollection(ctx);
    const entries = preview[0];
    if (preview[1]) {
      braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
      return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
    }
    return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
  }

  function formatPromise(ctx, value, recurseTimes) {
    const details = typeof natives.promiseState === 'function' ? natives.promiseState(value) : undefined;
    if (details === undefined || details.state === 'pending') {
      return [ctx.stylize('<pending>', 'special')];
    }
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details.value, recurseTimes);
    ctx.indentationLvl -= 2;
    return [details.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
    let name;
    let str;
    let extra = ' ';
    desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
        extra = `\n${' '.repeat(ctx.indentationLvl)}`;
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = call.call(desc.get, original);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
          } else if (typeof tmp === 'object') {
            str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
          } else {
            const primitive = formatPrimitive(s, tmp, ctx);
            str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          const message = `<Inspection threw (${err.message})>`;
          str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
        }
      } else {
        str = ctx.stylize(`[${label}]`, sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = `[${ctx.stylize(escapeKey(symbolToString(key)), 'symbol')}]`;
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = `[${escapeKey(key)}]`;
    } else if (keyStrRegExp.test(key)) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    return `${name}:${extra}${str}`;
  }

  // ---------------------------------------------------------------------------
  // Layout
  // ---------------------------------------------------------------------------
  // Packs many short array entries into aligned columns.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let i = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) {
      // Leave the "... more items" entry out of the calculation.
      outputLength--;
    }
    const separatorSpace = 2; // comma + space
    const dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
      const len = getStringWidth(output[i], ctx.colors);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      const approxCharHeights = 2.5;
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let c = 0; c < columns; c++) {
        let lineMaxLength = 0;
        for (let j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength.push(lineMaxLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let k = 0; k < outputLength; k += columns) {
        const max = Math.min(k + columns, outputLength);
        let str = '';
        let j = k;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - k] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += ctx.colors ? output[i].replace(colorRegExp, '').length : output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Put the innermost `compact` levels on a single line when they fit.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joinedOutput = output.join(', ');
            if (!joinedOutput.includes('\n')) {
              return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
            }
          }
        }
      }
      const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
        output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
    }
    const indentation = ' '.repeat(ctx.indentationLvl);
    // A long opening brace (e.g. "Set {") forces the first entry onto its own line.
    const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  // ---------------------------------------------------------------------------
  // util.format
  // ---------------------------------------------------------------------------
  function hasBuiltInToString(value) {
    const proxy = getProxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy.target === null) return true;
      value = proxy.target;
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[Symbol.toPrimitive] !== 'function') return true;
      if (hasOwn(value, Symbol.toPrimitive)) return false;
      checkToString = false;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[Symbol.toPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (hasOwn(value, Symbol.toPrimitive)) {
      return false;
    }
    // Find the prototype that provides `toString` / `Symbol.toPrimitive`.
    let pointer = value;
    do {
      pointer = getProto(pointer);
    } while (!(checkToString && hasOwn(pointer, 'toString')) &&
             !(checkToPrimitive && hasOwn(pointer, Symbol.toPrimitive)));
    const descriptor = getOwnDesc(pointer, 'constructor');
    return descriptor !== undefined &&
      typeof descriptor.value === 'function' &&
      builtInObjects.has(descriptor.value.name);
  }

  const firstErrorLine = (error) => String(error.message).split('\n', 1)[0];
  let circularErrorMessage;
  function tryStringify(arg) {
    try {
      return JSONStringify(arg);
    } catch (err) {
      if (!circularErrorMessage) {
        try {
          const a = {};
          a.a = a;
          JSONStringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
        return '[Circular]';
      }
      throw err;
    }
  }

  function numericSeparatorOf(options) {
    const v = options == null ? undefined : options.numericSeparator;
    return v == null ? inspectDefaultOptions.numericSeparator : v;
  }

  function format(...args) {
    return formatWithOptionsInternal(undefined, args);
  }

  function formatWithOptions(inspectOptions, ...args) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new TypeError(`The "inspectOptions" argument must be of type object. Received ${describeType(inspectOptions)}`);
    }
    return formatWithOptionsInternal(inspectOptions, args);
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) === 37) { // '%'
          const nextChar = first.charCodeAt(++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // 's'
                const tempArg = args[++a];
                if (typeof tempArg === 'number') {
                  tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
                } else if (typeof tempArg === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
                } else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) {
                  tempStr = String(tempArg);
                } else {
                  tempStr = inspect(tempArg, Object.assign({}, inspectOptions, { compact: 3, colors: false, depth: 0 }));
                }
                break;
              }
              case 106: // 'j'
                tempStr = tryStringify(args[++a]);
                break;
              case 100: { // 'd'
                const tempNum = args[++a];
                if (typeof tempNum === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempNum, numericSeparatorOf(inspectOptions));
                } else if (typeof tempNum === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, Number(tempNum), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 79: // 'O'
                tempStr = inspect(args[++a], inspectOptions);
                break;
              case 111: // 'o'
                tempStr = inspect(args[++a], Object.assign({}, inspectOptions,
                  { showHidden: true, showProxy: true, depth: 4 }));
                break;
              case 105: { // 'i'
                const tempInteger = args[++a];
                if (typeof tempInteger === 'bigint') {
                  tempStr = formatBigInt(stylizeNoColor, tempInteger, numericSeparatorOf(inspectOptions));
                } else if (typeof tempInteger === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseInt(tempInteger), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 102: { // 'f'
                const tempFloat = args[++a];
                if (typeof tempFloat === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(stylizeNoColor, parseFloat(tempFloat), numericSeparatorOf(inspectOptions));
                }
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = '';
                break;
              case 37: // '%'
                str += first.slice(lastPos, i);
                lastPos = i + 1;
                continue;
              default: // Not a placeholder.
                continue;
            }
            if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += first.slice(lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += join;
      if (typeof value === 'string') {
        str += value;
      } else if (typeof value === 'number' && !(inspectOptions && (inspectOptions.colors || inspectOptions.numericSeparator))) {
        // Fast path (same output as inspect): console.log(i) in hot loops.
        str += Object.is(value, -0) ? '-0' : `${value}`;
      } else if ((typeof value === 'boolean' || value === undefined || value === null) && !(inspectOptions && inspectOptions.colors)) {
        str += `${value}`;
      } else {
        str += inspect(value, inspectOptions);
      }
      join = ' ';
      a++;
    }
    return str;
  }

  return {
    inspect,
    format,
    formatWithOptions,
    formatArgsArray: formatWithOptionsInternal,
    stripVTControlCharacters,
    isError,
    inspectDefaultOptions,
    getStringWidth,
    isBuffer: (v) => (typeof natives.isBuffer === 'function' ? !!natives.isBuffer(v) : false),
    isMap,
    isSet,
    isTypedArray,
    isMapIterator,
    isSetIterator,
    previewEntries,
    invalidArgType,
    // Built-ins made later (the formatjs Intl constructors, loaded on first use): printed as functions too.
    builtinConstructor: (fn) => { builtinConstructors.add(fn); },
  };
})
