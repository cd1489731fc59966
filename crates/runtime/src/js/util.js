//! node:util, following Node 20's lib/util.js: the module object over its parts, which it runs first (util_*.js:
//! errors and util.types, deep equality, promisify/callbackify/deprecate/inherits and helpers, parseArgs,
//! TextEncoder/TextDecoder, structuredClone, MIMEType; they share through internal.utilShared). inspect/format
//! come from inspect.js.
(function (internal) {
  'use strict';
  // The other parts run first, in order; node:util is parsed (all eight files) when first needed.
  for (const part of ['util_types.js', 'util_comparisons.js', 'util_helpers.js', 'util_parse_args.js', 'util_encoding.js',
    'util_structured_clone.js', 'util_mime.js']) {
    internal.host.loadInternal(part)(internal);
  }
  const shared = internal.utilShared;
  const {
    MIMEParams, MIMEType, TextDecoder, TextEncoder, aborted, apiError, callbackify, codes, debuglog, deprecate, format,
    getSystemErrorMap, getSystemErrorName, inherits, isDeepStrictEqual, log, objectToString, parseArgs, parseEnv,
    promisify, styleText, toWellFormed, types, u
  } = shared;
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
