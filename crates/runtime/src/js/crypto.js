//! node:crypto (subset): hashes, HMAC, pbkdf2/scrypt (sync and through the thread-pool model), seeded
//! randomBytes/randomUUID/randomInt, timingSafeEqual.
(function (internal) {
  'use strict';
  const host = internal.host;
  const Buffer = internal.Buffer;
  let poolConfigured = false;
  const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

  function preparePool() {
    if (poolConfigured) return;
    poolConfigured = true;
    const n = Number(internal.process.env.UV_THREADPOOL_SIZE);
    if (n >= 1) host.configurePool(Math.min(1024, Math.floor(n)));
  }
  function toBytes(v, name) {
    if (typeof v === 'string') return Buffer.from(v);
    if (v instanceof Uint8Array) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    throw internal.errors.invalidArgType(name, 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', v);
  }
  function encodeOut(bytes, enc) {
    const b = Buffer.from(bytes);
    return enc === undefined ? b : b.toString(enc);
  }
  function checkCallback(cb) {
    if (typeof cb !== 'function') throw internal.errors.invalidArgType('callback', 'function', cb);
  }

  class Hash {
    constructor(alg, key) { this._alg = alg; this._key = key; this._chunks = []; this._done = false; }
    update(data, enc) {
      if (this._done) { const e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_HASH_FINALIZED'; throw e; }
      this._chunks.push(typeof data === 'string' ? Buffer.from(data, enc) : toBytes(data, 'data'));
      return this;
    }
    copy() {
      if (this._done) { const e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_HASH_FINALIZED'; throw e; }
      const h = new Hash(this._alg, this._key);
      h._chunks = this._chunks.slice();
      return h;
    }
    digest(enc) {
      if (this._done) { const e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_HASH_FINALIZED'; throw e; }
      this._done = true;
      const all = Buffer.concat(this._chunks.map((c) => Buffer.from(c)));
      const out = this._key === undefined ? host.hash(this._alg, new Uint8Array(all)) : host.hmac(this._alg, this._key, new Uint8Array(all));
      return encodeOut(out, enc);
    }
  }
  // Hash and Hmac are Transform streams in node (lib/internal/streams/lazy_transform.js), set up only when
  // used as one: `fs.createReadStream(f).pipe(createHash('sha256')).setEncoding('hex').on('data', ...)`. The
  // first stream method called on any hash loads the streams and puts Transform under Hash.prototype; each
  // instance then builds its stream state on first access.
  const STREAM_METHODS = ['write', 'end', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener',
    'emit', 'pipe', 'unpipe', 'setEncoding', 'read', 'resume', 'pause', 'isPaused', 'destroy', 'removeListener',
    'off', 'removeAllListeners', 'cork', 'uncork', 'listenerCount', 'listeners', Symbol.asyncIterator];
  let streamy = false;
  const initializing = new WeakSet();
  const states = new WeakMap();
  function makeStreamy() {
    if (streamy) return;
    streamy = true;
    internal.loadStreams();
    const { Transform } = internal.modules.stream;
    for (const k of STREAM_METHODS) delete Hash.prototype[k];
    Object.setPrototypeOf(Hash.prototype, Transform.prototype);
    for (const name of ['_readableState', '_writableState']) {
      Object.defineProperty(Hash.prototype, name, {
        get() {
          const known = states.get(this);
          if (known && known[name] !== undefined) return known[name];
          // (The constructor itself reads the other state before setting it: that read sees undefined.)
          if (initializing.has(this)) return undefined;
          initializing.add(this);
          try { Transform.call(this); } finally { initializing.delete(this); }
          this._writableState.decodeStrings = false;
          return states.get(this)[name];
        },
        // Kept aside too: Boa 0.22 can lose an own property a setter defines (see stack.js's stack setter).
        set(v) {
          let known = states.get(this);
          if (!known) states.set(this, known = {});
          known[name] = v;
          Object.defineProperty(this, name, { value: v, enumerable: true, configurable: true, writable: true });
        },
        configurable: true,
        enumerable: true,
      });
    }
    Hash.prototype._transform = function _transform(chunk, encoding, callback) {
      this.update(chunk, encoding === 'buffer' ? undefined : encoding);
      callback();
    };
    Hash.prototype._flush = function _flush(callback) {
      this.push(this.digest());
      callback();
    };
  }
  for (const k of STREAM_METHODS) {
    Object.defineProperty(Hash.prototype, k, {
      value: function (...args) { makeStreamy(); return Hash.prototype[k].apply(this, args); },
      writable: true, configurable: true, enumerable: false,
    });
  }
  function checkAlg(alg) {
    if (typeof alg !== 'string') throw internal.errors.invalidArgType('algorithm', 'string', alg);
    if (!HASHES.includes(alg.toLowerCase().replace('-', ''))) throw new Error('Digest method not supported');
  }
  function createHash(alg) { checkAlg(alg); return new Hash(alg); }
  function createHmac(alg, key) {
    checkAlg(alg);
    const k = toBytes(key, 'key');
    return new Hash(alg, k);
  }
  function hash(alg, data, outputEncoding = 'hex') {
    checkAlg(alg);
    return createHash(alg).update(data).digest(outputEncoding === 'buffer' ? undefined : outputEncoding);
  }

  function validateInt32(value, name, min) {
    if (typeof value !== 'number') throw internal.errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) {
      throw internal.errors.outOfRange(name, 'an integer', value);
    }
    if (value < min || value > 2147483647) throw internal.errors.outOfRange(name, `>= ${min} && <= 2147483647`, value);
  }
  function validatePbkdf2(iterations, keylen, digest) {
    validateInt32(iterations, 'iterations', 1);
    validateInt32(keylen, 'keylen', 0);
    if (typeof digest !== 'string') throw internal.errors.invalidArgType('digest', 'string', digest);
    if (!HASHES.includes(digest.toLowerCase().replace('-', ''))) {
      throw internal.errors.withCode(new TypeError(`Invalid digest: ${digest}`), 'ERR_CRYPTO_INVALID_DIGEST');
    }
  }
  function validateScrypt(keylen, N) {
    validateInt32(keylen, 'keylen', 0);
    if (!(N >= 2 && (N & (N - 1)) === 0)) {
      throw internal.errors.withCode(new RangeError('Invalid scrypt params: N must be a power of 2 greater than 1'),
        'ERR_CRYPTO_INVALID_SCRYPT_PARAMS');
    }
  }
  function validateSize(size) {
    if (typeof size !== 'number') throw internal.errors.invalidArgType('size', 'number', size);
    if (!(size >= 0 && size <= 2147483647)) throw internal.errors.outOfRange('size', '>= 0 && <= 2147483647', size);
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    checkCallback(callback);
    validatePbkdf2(iterations, keylen, digest);
    preparePool();
    host.pbkdf2(toBytes(password, 'password'), toBytes(salt, 'salt'), iterations, keylen, digest,
      function pbkdf2Done(err, bytes) { callback(err, Buffer.from(bytes)); });
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    validatePbkdf2(iterations, keylen, digest);
    return Buffer.from(host.pbkdf2(toBytes(password, 'password'), toBytes(salt, 'salt'), iterations, keylen, digest));
  }
  function scryptParams(options) {
    const o = options || {};
    return [o.N || o.cost || 16384, o.r || o.blockSize || 8, o.p || o.parallelization || 1];
  }
  function scrypt(password, salt, keylen, options, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    checkCallback(callback);
    const [N, r, p] = scryptParams(options);
    validateScrypt(keylen, N);
    preparePool();
    host.scrypt(toBytes(password, 'password'), toBytes(salt, 'salt'), keylen, N, r, p,
      function scryptDone(err, bytes) { callback(err, Buffer.from(bytes)); });
  }
  function scryptSync(password, salt, keylen, options) {
    const [N, r, p] = scryptParams(options);
    validateScrypt(keylen, N);
    return Buffer.from(host.scrypt(toBytes(password, 'password'), toBytes(salt, 'salt'), keylen, N, r, p));
  }
  function randomBytes(size, callback) {
    validateSize(size);
    if (callback !== undefined) {
      checkCallback(callback);
      preparePool();
      host.randomBytes(size, function randomBytesDone(err, bytes) { callback(err, Buffer.from(bytes)); });
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
    host.randomBytes(n, function randomFillDone(err, random) {
      if (!err) bytes.set(random, at);
      callback(err, buf);
    });
  }
  // HKDF (RFC 5869) over HMAC; the key comes back as an ArrayBuffer, as node's.
  const HASH_BYTES = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };
  function hkdfArgs(digest, ikm, salt, info, keylen) {
    if (typeof digest !== 'string') throw internal.errors.invalidArgType('digest', 'string', digest);
    const hashLen = HASH_BYTES[digest.toLowerCase()];
    if (hashLen === undefined) {
      throw internal.errors.withCode(new TypeError(`Invalid digest: ${digest}`), 'ERR_CRYPTO_INVALID_DIGEST');
    }
    if (typeof keylen !== 'number') throw internal.errors.invalidArgType('keylen', 'number', keylen);
    if (!Number.isInteger(keylen) || keylen < 0 || keylen > 2147483647) {
      throw internal.errors.outOfRange('keylen', '>= 0 && <= 2147483647', keylen);
    }
    if (keylen > 255 * hashLen) {
      throw internal.errors.withCode(new RangeError('Invalid key length'), 'ERR_CRYPTO_INVALID_KEYLEN');
    }
    return [digest.toLowerCase(), hashLen, toBytes(ikm, 'ikm'), toBytes(salt, 'salt'), toBytes(info, 'info'), keylen];
  }
  function hkdfDerive(digest, hashLen, ikm, salt, info, keylen) {
    const prk = createHmac(digest, salt.length ? Buffer.from(salt) : Buffer.alloc(hashLen)).update(Buffer.from(ikm)).digest();
    const out = Buffer.alloc(keylen);
    let prev = Buffer.alloc(0);
    for (let i = 0, at = 0; at < keylen; i++) {
      prev = createHmac(digest, prk).update(Buffer.concat([prev, Buffer.from(info), Buffer.from([i + 1])])).digest();
      prev.copy(out, at, 0, Math.min(hashLen, keylen - at));
      at += hashLen;
    }
    return out.buffer.slice(out.byteOffset, out.byteOffset + keylen);
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    return hkdfDerive(...hkdfArgs(digest, ikm, salt, info, keylen));
  }
  function hkdf(digest, ikm, salt, info, keylen, callback) {
    const args = hkdfArgs(digest, ikm, salt, info, keylen);
    checkCallback(callback);
    preparePool();
    host.poolJob('crypto.hkdf', keylen, function hkdfDone() { callback(null, hkdfDerive(...args)); });
  }
  function randomUUID() {
    const b = host.randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  function randomInt(min, max, callback) {
    if (max === undefined || typeof max === 'function') { callback = max; max = min; min = 0; }
    const v = min + Math.floor(host.random() * (max - min));
    if (typeof callback === 'function') { internal.process.nextTick(callback, null, v); return undefined; }
    return v;
  }
  function timingSafeEqual(a, b) {
    if (a.length !== b.length) {
      const e = new RangeError('Input buffers must have the same byte length');
      e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
      throw e;
    }
    let d = 0;
    for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  function getRandomValues(arr) {
    const b = host.randomBytes(arr.byteLength);
    new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(b);
    return arr;
  }
  internal.modules.crypto = {
    createHash, createHmac, hash, pbkdf2, pbkdf2Sync, scrypt, scryptSync, randomBytes, randomFill, randomFillSync,
    randomUUID, randomInt, hkdf, hkdfSync,
    timingSafeEqual, getRandomValues, webcrypto: { getRandomValues, randomUUID },
    getHashes: () => ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'],
  };
  internal.webcrypto = internal.modules.crypto.webcrypto;
})
