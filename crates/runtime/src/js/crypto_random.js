//! node:crypto's seeded random functions (randomBytes, randomFill, randomUUID, randomInt, getRandomValues) and
//! timingSafeEqual, with node 20's argument checks and frames; the thread pool's sizing, which crypto.js's
//! pbkdf2/scrypt/hkdf share. Loaded before crypto.js, which puts them on the module.
(function (internal) {
  'use strict';
  const host = internal.host;
  const Buffer = internal.Buffer;
  let poolConfigured = false;
  function preparePool() {
    if (poolConfigured) return;
    poolConfigured = true;
    const n = Number(internal.process.env.UV_THREADPOOL_SIZE);
    if (n >= 1) host.configurePool(Math.min(1024, Math.floor(n)));
  }
  function checkCallback(cb) {
    if (typeof cb !== 'function') throw internal.errors.invalidArgType('callback', 'function', cb);
  }
  function validateSize(size) {
    if (typeof size !== 'number') throw internal.errors.invalidArgType('size', 'number', size);
    if (!(size >= 0 && size <= 2147483647)) throw internal.errors.outOfRange('size', '>= 0 && <= 2147483647', size);
  }
  // A throw in node's lib/internal/crypto/random.js: its frames and, uncaught, the source line `src` (a
  // validator's header without one).
  const RANDOM_FILE = 'node:internal/crypto/random';
  function randomThrow(err, frames, line, src) {
    internal.errors.nodeFrames(err, ...frames);
    return src === undefined ? err : internal.errors.withArrow(err, `${RANDOM_FILE}:${line}\n${src}\n    ^\n`);
  }
  function randomBytes(size, callback) {
    const own = `${internal.errors.moduleReceiver(this)}randomBytes (${RANDOM_FILE}:98:10)`;
    if (typeof size !== 'number') throw randomThrow(internal.errors.invalidArgType('size', 'number', size), [`assertSize (${RANDOM_FILE}:82:3)`, own]);
    if (!(size >= 0 && size <= 2147483647)) {
      throw randomThrow(internal.errors.outOfRange('size', '>= 0 && <= 2147483647', size), [`assertSize (${RANDOM_FILE}:86:11)`, own],
        86, "    throw new ERR_OUT_OF_RANGE('size',");
    }
    if (callback !== undefined) {
      if (typeof callback !== 'function') {
        throw randomThrow(internal.errors.invalidArgType('callback', 'function', callback), [`${internal.errors.moduleReceiver(this)}randomBytes (${RANDOM_FILE}:100:5)`]);
      }
      preparePool();
      host.randomBytes(size, function __ll_jobRandomBytes(err, bytes) { callback(err, Buffer.from(bytes)); });
      return undefined;
    }
    return Buffer.from(host.randomBytes(size));
  }
  // randomFill(buf[, offset[, size]], cb) / randomFillSync: fill (part of) a view or ArrayBuffer in place.
  function fillArgs(buf, offset, size) {
    if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
      throw internal.errors.invalidArgType('buf', 'ArrayBuffer or ArrayBufferView', buf);
    }
    const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    offset = offset === undefined ? 0 : offset;
    if (typeof offset !== 'number') throw internal.errors.invalidArgType('offset', 'number', offset);
    if (!Number.isInteger(offset) || offset < 0 || offset > bytes.length) {
      throw internal.errors.outOfRange('offset', `>= 0 && <= ${bytes.length}`, offset);
    }
    size = size === undefined ? bytes.length - offset : size;
    if (typeof size !== 'number') throw internal.errors.invalidArgType('size', 'number', size);
    if (!Number.isInteger(size) || size < 0 || size + offset > bytes.length) {
      throw internal.errors.outOfRange('size + offset', `<= ${bytes.length}`, size + offset);
    }
    return [bytes, offset, size];
  }
  function randomFillSync(buf, offset, size) {
    const [bytes, at, n] = fillArgs(buf, offset, size);
    bytes.set(host.randomBytes(n), at);
    return buf;
  }
  function randomFill(buf, offset, size, callback) {
    if (typeof offset === 'function') { callback = offset; offset = undefined; size = undefined; }
    else if (typeof size === 'function') { callback = size; size = undefined; }
    checkCallback(callback);
    const [bytes, at, n] = fillArgs(buf, offset, size);
    preparePool();
    host.randomBytes(n, function __ll_jobRandomFill(err, random) {
      if (!err) bytes.set(random, at);
      callback(err, buf);
    });
  }
  function randomUUID(options) {
    if (options !== undefined) {
      const own = (at) => [`${internal.errors.moduleReceiver(this)}randomUUID (${RANDOM_FILE}:${at})`];
      if (options === null || typeof options !== 'object') throw randomThrow(internal.errors.invalidArgType('options', 'object', options), own('404:5'));
      const d = options.disableEntropyCache;
      if (d !== undefined && typeof d !== 'boolean') throw randomThrow(internal.errors.invalidArgType('options.disableEntropyCache', 'boolean', d), own('409:3'));
    }
    const b = host.randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  // node's randomInt([min, ]max[, callback]): safe integers, a range of at most 2^48 - 1.
  const RAND_MAX = 0xFFFFFFFFFFFF;
  function randomInt(min, max, callback) {
    const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
    if (minNotSpecified) { callback = max; max = min; min = 0; }
    const isSync = typeof callback === 'undefined';
    const own = (at) => [`${internal.errors.moduleReceiver(this)}randomInt (${RANDOM_FILE}:${at})`];
    if (!isSync && typeof callback !== 'function') throw randomThrow(internal.errors.invalidArgType('callback', 'function', callback), own('223:5'));
    if (!Number.isSafeInteger(min)) {
      throw randomThrow(internal.errors.invalidArgType('min', 'a safe integer', min), own('226:11'), 226, "    throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);");
    }
    if (!Number.isSafeInteger(max)) {
      throw randomThrow(internal.errors.invalidArgType('max', 'a safe integer', max), own('229:11'), 229, "    throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);");
    }
    if (max <= min) throw randomThrow(internal.errors.outOfRange('max', `greater than the value of "min" (${min})`, max), own('232:11'), 232, '    throw new ERR_OUT_OF_RANGE(');
    if (max - min > RAND_MAX) {
      throw randomThrow(internal.errors.outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, max - min), own('241:11'), 241,
        "    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`,");
    }
    // node draws from a cache of 1024 six-byte values: refilled synchronously for a sync call, by a
    // thread-pool job for an async one (whose callbacks then come on the next tick).
    if (randomCacheLeft === 0) {
      if (isSync) {
        randomCacheLeft = RANDOM_CACHE;
      } else {
        pendingRandomInts.push([min, max, callback]);
        if (!randomFillPending) {
          randomFillPending = true;
          preparePool();
          host.randomBytes(RANDOM_CACHE * 6, function randomIntRefill() {
            randomFillPending = false;
            randomCacheLeft = RANDOM_CACHE;
            for (const [lo, hi, cb] of pendingRandomInts.splice(0)) randomInt(lo, hi, cb);
          });
        }
        return undefined;
      }
    }
    randomCacheLeft--;
    const v = min + Math.floor(host.random() * (max - min));
    if (!isSync) { internal.process.nextTick(callback, undefined, v); return undefined; }
    return v;
  }
  const RANDOM_CACHE = 1024;
  let randomCacheLeft = 0;
  let randomFillPending = false;
  const pendingRandomInts = [];
  function timingSafeEqual(a, b) {
    // (node's C++ check: no "Received" part.)
    const notView = (name) => internal.errors.withArrow(Object.assign(
      new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`), { code: 'ERR_INVALID_ARG_TYPE' }), false);
    if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw notView('buf1');
    if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw notView('buf2');
    const bytes = (v) => (v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    a = bytes(a);
    b = bytes(b);
    if (a.length !== b.length) {
      // (From node's binding: the code is a plain property, not in the header.)
      throw Object.assign(new RangeError('Input buffers must have the same byte length'), { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' });
    }
    let d = 0;
    for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  function getRandomValues(arr) {
    if (arguments.length === 0) {
      throw internal.errors.withCode(new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present."), 'ERR_MISSING_ARGS');
    }
    const D = internal.web && internal.web.DOMException;
    const dom = (m, n) => (typeof D === 'function' ? new D(m, n) : Object.assign(new Error(m), { name: n }));
    const tag = ArrayBuffer.isView(arr) && !(arr instanceof DataView) ? Object.prototype.toString.call(arr) : '';
    if (!tag || /Float|\[object DataView\]/.test(tag)) throw dom('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    if (arr.byteLength > 65536) throw dom('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    const b = host.randomBytes(arr.byteLength);
    new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(b);
    return arr;
  }
  internal.cryptoRandom = {
    preparePool, checkCallback, randomBytes, randomFill, randomFillSync, randomUUID, randomInt, timingSafeEqual, getRandomValues,
  };
})
