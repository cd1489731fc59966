//! node:util, part 3 of 8: promisify, callbackify, deprecate, inherits, system error names (libuv's errno map
//! on Linux) and the small helpers (toUSVString, styleText, debuglog, log, aborted, parseEnv, the legacy is* checks).
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    apiError, checked, codes, nodeError, u, validateBoolean, validateFunction, validateNumber, validateObject,
    validateOneOf, validateString
  } = shared;
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
  // (An async function, as node's: its promise settles two microtask turns after the abort.)
  async function aborted(signal, resource) {
    const AbortSignal = internal.web.AbortSignal;
    if (signal === undefined || !(signal instanceof AbortSignal)) {
      throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    }
    validateObject(resource, 'resource', 'objects');
    if (signal.aborted) return undefined;
    // (Node resolves with the abort Event itself.)
    return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
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


  Object.assign(shared, {
    aborted, callbackify, debuglog, deprecate, format, getSystemErrorMap, getSystemErrorName, inherits, kNoOptions, log,
    parseEnv, promisify, styleText, toWellFormed
  });
})
