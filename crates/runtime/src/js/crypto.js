//! node:crypto (subset): hashes under node's digest names (md5, sha1/2/3, shake, ripemd160, blake2, sm3), Hash and
//! Hmac, pbkdf2/scrypt/hkdf (sync and through the thread-pool model); the random functions and timingSafeEqual
//! come from crypto_random.js.
(function (internal) {
  'use strict';
  const host = internal.host;
  const Buffer = internal.Buffer;
  const { preparePool, checkCallback, randomBytes, randomFill, randomFillSync, randomUUID, randomInt, timingSafeEqual,
    getRandomValues } = internal.cryptoRandom;
  // node's digest names (OpenSSL's, any case) -> the canonical name the host hashes with.
  const DIGESTS = Object.create(null);
  const alias = (canon, ...names) => { for (const n of [canon, ...names]) DIGESTS[n.toLowerCase()] = canon; };
  alias('md5', 'ssl3-md5', 'RSA-MD5', 'md5WithRSAEncryption');
  alias('sha1', 'sha-1', 'ssl3-sha1', 'RSA-SHA1', 'RSA-SHA1-2', 'sha1WithRSAEncryption');
  for (const n of ['224', '256', '384', '512']) alias(`sha${n}`, `sha-${n}`, `sha2-${n}`, `RSA-SHA${n}`, `sha${n}WithRSAEncryption`);
  for (const n of ['224', '256']) alias(`sha512-${n}`, `sha-512/${n}`, `sha2-512/${n}`, `RSA-SHA512/${n}`, `sha512-${n}WithRSAEncryption`);
  for (const n of ['224', '256', '384', '512']) alias(`sha3-${n}`, `RSA-SHA3-${n}`, `id-rsassa-pkcs1-v1_5-with-sha3-${n}`);
  alias('ripemd160', 'ripemd', 'rmd160', 'ripemd-160', 'RSA-RIPEMD160', 'ripemd160WithRSA');
  alias('sm3', 'RSA-SM3', 'sm3WithRSAEncryption');
  for (const n of ['shake128', 'shake256', 'blake2b512', 'blake2s256', 'md5-sha1']) alias(n);
  // What node 20's getHashes() lists (OpenSSL 3's default provider), all of them served by DIGESTS.
  const HASH_NAMES = ['RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
    'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256',
    'RSA-SM3', 'blake2b512', 'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
    'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption',
    'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224',
    'sha224WithRSAEncryption', 'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512',
    'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
    'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3', 'sm3WithRSAEncryption',
    'ssl3-md5', 'ssl3-sha1'];
  // Digests OpenSSL 3 keeps in its legacy provider, which node 20 does not load.
  const LEGACY = new Set(['md4', 'md2', 'mdc2', 'whirlpool', 'rsa-md4', 'md4withrsaencryption', 'rsa-mdc2', 'mdc2withrsa']);
  const canonical = (alg) => DIGESTS[String(alg).toLowerCase()];
  internal.digestName = canonical;

  const BYTES = 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
  function toBytes(v, name, expected = BYTES) {
    if (typeof v === 'string') return Buffer.from(v);
    const secret = expected !== BYTES && internal.secretKeyBytes ? internal.secretKeyBytes(v) : null;
    if (secret) return secret;
    if (v instanceof Uint8Array) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    if (v instanceof ArrayBuffer && expected === BYTES) return new Uint8Array(v);
    throw internal.errors.invalidArgType(name, expected, v);
  }
  function encodeOut(bytes, enc) {
    const b = Buffer.from(bytes);
    return enc === undefined ? b : b.toString(enc);
  }

  // A throw of node's lib/internal/crypto/hash.js in `method` of a Hash or Hmac: its frame (`Hash.update
  // (node:internal/crypto/hash:135:11)`) and, uncaught, its source line; `col` 5 is a validator's call (whose
  // header stays node:internal/errors').
  const HASH_FILE = 'node:internal/crypto/hash';
  const THROW_SRC = { finalized: '    throw new ERR_CRYPTO_HASH_FINALIZED();', argType: '    throw new ERR_INVALID_ARG_TYPE(' };
  function hashThrow(err, self, method, line, col = 11, src = undefined) {
    const cls = self instanceof Hmac ? 'Hmac' : 'Hash';
    internal.errors.nodeFrames(err, `${cls}.${method} (${HASH_FILE}:${line}:${col})`);
    return src === undefined ? err : internal.errors.withArrow(err, `${HASH_FILE}:${line}\n${src}\n    ^\n`);
  }
  const finalized = (self, method, line) => hashThrow(internal.errors.withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED'),
    self, method, line, 11, THROW_SRC.finalized);
  // The data of update(): a string in its encoding (hex of odd length is refused, as node does), or bytes.
  function updateBytes(self, data, enc) {
    if (typeof data === 'string') {
      if (typeof enc === 'string' && enc.toLowerCase() === 'hex' && data.length % 2 !== 0) {
        throw hashThrow(internal.errors.validator(internal.errors.withCode(new TypeError(`The argument 'encoding' is invalid for data of length ${data.length}. Received ${internal.inspect(enc)}`), 'ERR_INVALID_ARG_VALUE')),
          self, 'update', 138, 5);
      }
      return Buffer.from(data, Buffer.isEncoding(enc) ? enc : 'utf8');
    }
    if (!ArrayBuffer.isView(data)) {
      throw hashThrow(internal.errors.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data),
        self, 'update', 140, 11, THROW_SRC.argType);
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  }
  function digestOut(bytes, enc) {
    return encodeOut(bytes, enc === 'buffer' || !Buffer.isEncoding(enc) ? undefined : enc);
  }
  // The state of a Hash or Hmac, out of the instance's own properties.
  const kState = Symbol('kState');
  // The digest's bytes, without finishing the object (a stream's flush takes them as node's handle does).
  const kDigest = Symbol('kDigest');
  // What node's Hash/Hmac objects show when printed: `_options`, the native handle and `{ [kFinalized] }`.
  const kHandleShown = Symbol('kHandle');
  const kStateShown = Symbol('kState');
  const kFinalized = Symbol('kFinalized');
  const HANDLES = { Hash: class Hash {}, Hmac: class Hmac {} };
  function shownFields(self, options, kind, st) {
    self._options = options;
    self[kHandleShown] = new HANDLES[kind]();
    st.shown = { [kFinalized]: false };
    self[kStateShown] = st.shown;
  }
  function finish(st) {
    st.done = true;
    if (st.shown) st.shown[kFinalized] = true;
  }
  // Hash and Hmac take their data the same way.
  function addData(self, data, enc) {
    const st = self[kState];
    if (st.done) throw finalized(self, 'update', 135);
    st.chunks.push(updateBytes(self, data, enc));
    return self;
  }
  class Hash {
    constructor(algorithm, options) {
      if (typeof algorithm !== 'string') throw internal.errors.invalidArgType('algorithm', 'string', algorithm);
      const alg = canonical(algorithm);
      if (alg === undefined) {
        const err = LEGACY.has(algorithm.toLowerCase())
          ? Object.assign(new Error('error:0308010C:digital envelope routines::unsupported'), {
            library: 'digital envelope routines', reason: 'unsupported', code: 'ERR_OSSL_EVP_UNSUPPORTED' })
          : new Error('Digest method not supported');
        throw bindingError(err, 'new Hash (node:internal/crypto/hash:101:19)', NEW_HASH_ARROW);
      }
      const len = options !== null && typeof options === 'object' ? options.outputLength : undefined;
      if (len !== undefined) {
        if (typeof len !== 'number') throw internal.errors.invalidArgType('options.outputLength', 'number', len);
        if (!Number.isInteger(len)) throw internal.errors.outOfRange('options.outputLength', 'an integer', len);
        if (len < 0 || len > 4294967295) throw internal.errors.outOfRange('options.outputLength', '>= 0 && <= 4294967295', len);
        if (alg !== 'shake128' && alg !== 'shake256' && !(len === hashLength(alg))) {
          throw Object.assign(new Error('error:030000B2:digital envelope routines::not XOF or invalid length'), {
            library: 'digital envelope routines', reason: 'not XOF or invalid length', code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
        }
      }
      Object.defineProperty(this, kState, { value: { alg, len, chunks: [], done: false, flushed: null } });
      shownFields(this, options, 'Hash', this[kState]);
    }
    update(data, enc) { return addData(this, data, enc); }
    copy(options) {
      const st = this[kState];
      if (st.done) throw finalized(this, 'copy', 117);
      const h = new Hash(st.alg, options !== undefined ? options : { outputLength: st.len });
      h[kState].chunks = st.chunks.slice();
      return h;
    }
    digest(enc) {
      const st = this[kState];
      if (st.done) throw finalized(this, 'digest', 153);
      finish(st);
      // Used as a stream, its flush took the digest from node's handle, which keeps it: given again.
      return digestOut(st.flushed || this[kDigest](), enc);
    }
    [kDigest]() {
      const st = this[kState];
      return host.hash(st.alg, allBytes(st), st.len);
    }
  }
  // A digest node's C++ binding refuses: node's constructor frame, then (called through createHash/createHmac)
  // the factory's, named after its receiver; uncaught, node's source line.
  const NEW_HASH_ARROW = 'node:internal/crypto/hash:101\n  this[kHandle] = new _Hash(algorithm, xofLen, algorithmId, getHashCache());\n                  ^\n';
  let factory = null;
  function bindingError(err, frame, arrow) {
    const frames = [].concat(frame);
    if (factory !== null) frames.push(factory);
    return internal.errors.withArrow(internal.errors.nodeFrames(err, ...frames), arrow);
  }
  class Hmac {
    constructor(hmac, key, options) {
      if (typeof hmac !== 'string') throw internal.errors.invalidArgType('hmac', 'string', hmac);
      const alg = canonical(hmac);
      if (alg === undefined) {
        // From node's binding: the code is a plain property, not in the header.
        throw bindingError(Object.assign(new TypeError(`Invalid digest: ${hmac}`), { code: 'ERR_CRYPTO_INVALID_DIGEST' }),
          'new Hmac (node:internal/crypto/hash:168:17)', 'node:internal/crypto/hash:168\n  this[kHandle].init(hmac, key);\n                ^\n');
      }
      let k;
      try {
        k = toBytes(key, 'key', 'string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey');
      } catch (err) {
        throw bindingError(err, ['prepareSecretKey (node:internal/crypto/keys:595:11)', 'new Hmac (node:internal/crypto/hash:166:9)'],
          `node:internal/crypto/keys:595\n${THROW_SRC.argType}\n    ^\n`);
      }
      Object.defineProperty(this, kState, { value: { alg, key: k, chunks: [], done: false, flushed: null } });
      shownFields(this, options, 'Hmac', this[kState]);
    }
    update(data, enc) { return addData(this, data, enc); }
    digest(enc) {
      const st = this[kState];
      // A second digest() gives an empty result (node keeps this for compatibility).
      // (So does one after the stream's flush took the digest.)
      if (st.done || st.flushed) {
        finish(st);
        return digestOut(new Uint8Array(0), enc);
      }
      finish(st);
      return digestOut(this[kDigest](), enc);
    }
    [kDigest]() {
      const st = this[kState];
      if (NOT_FOR_HMAC.has(st.alg)) throw new Error('error:00000000:lib(0)::reason(0)');
      return host.hmac(st.alg, st.key, allBytes(st));
    }
  }
  const allBytes = (st) => new Uint8Array(Buffer.concat(st.chunks.map((c) => Buffer.from(c))));
  // Digests with no fixed-length HMAC/KDF use in node (extendable output, the TLS 1.0 pair).
  const NOT_FOR_HMAC = new Set(['shake128', 'shake256', 'md5-sha1']);
  // Output bytes of each fixed-length digest.
  const HASH_BYTES = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28,
    'sha512-256': 32, 'sha3-224': 28, 'sha3-256': 32, 'sha3-384': 48, 'sha3-512': 64, ripemd160: 20, blake2b512: 64,
    blake2s256: 32, sm3: 32, 'md5-sha1': 36, shake128: 16, shake256: 32 };
  const hashLength = (alg) => HASH_BYTES[alg];
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
  // The prototypes made streams on first use, with their `_transform` and `_flush` (ciphers register theirs).
  const lazy = [];
  function makeStreamy() {
    if (streamy) return;
    streamy = true;
    internal.loadStreams();
    const { Transform } = internal.stream;
    for (const entry of lazy) streamyProto(entry, Transform);
  }
  // Once the stream group is loaded anyway, the prototypes become streams at once (`hash instanceof Transform`).
  if (internal.streamsLoaded) makeStreamy();
  else (internal.afterStreams || (internal.afterStreams = [])).push(makeStreamy);
  function streamyProto({ proto, transform, flush }, Transform) {
    for (const k of STREAM_METHODS) delete proto[k];
    Object.setPrototypeOf(proto, Transform.prototype);
    for (const name of ['_readableState', '_writableState']) {
      Object.defineProperty(proto, name, {
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
    proto._transform = transform;
    proto._flush = flush;
  }
  function lazyTransform(proto, transform, flush) {
    const entry = { proto, transform, flush };
    lazy.push(entry);
    if (streamy) {
      streamyProto(entry, internal.stream.Transform);
      return;
    }
    for (const k of STREAM_METHODS) {
      Object.defineProperty(proto, k, {
        value: function (...args) { makeStreamy(); return proto[k].apply(this, args); },
        writable: true, configurable: true, enumerable: false,
      });
    }
  }
  internal.cryptoLazyTransform = lazyTransform;
  const hashTransform = function _transform(chunk, encoding, callback) {
    this.update(chunk, encoding === 'buffer' ? undefined : encoding);
    callback();
  };
  // node's flush digests through the native handle, not `digest()`: a later `hash.digest()` still works
  // (`await pipeline(fs.createReadStream(f), hash); hash.digest('hex')`).
  const hashFlush = function _flush(callback) {
    const bytes = Buffer.from(this[kDigest]());
    this[kState].flushed = bytes;
    this.push(bytes);
    callback();
  };
  for (const proto of [Hash.prototype, Hmac.prototype]) lazyTransform(proto, hashTransform, hashFlush);
  const viaFactory = (self, name, line, make) => {
    factory = `${internal.errors.moduleReceiver(self)}${name} (node:crypto:${line}:10)`;
    try { return make(); } finally { factory = null; }
  };
  function createHash(algorithm, options) { return viaFactory(this, 'createHash', 139, () => new Hash(algorithm, options)); }
  function createHmac(hmac, key, options) { return viaFactory(this, 'createHmac', 171, () => new Hmac(hmac, key, options)); }
  // crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest, hex by default.
  function hash(algorithm, data, outputEncoding = 'hex') {
    if (typeof algorithm !== 'string') throw internal.errors.invalidArgType('algorithm', 'string', algorithm);
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
      throw internal.errors.invalidArgType('input', 'string or an instance of Buffer, TypedArray, or DataView', data);
    }
    if (typeof outputEncoding !== 'string') throw internal.errors.invalidArgType('outputEncoding', 'string', outputEncoding);
    const alg = canonical(algorithm);
    if (alg === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
    return createHash(alg).update(data).digest(outputEncoding === 'buffer' ? undefined : outputEncoding);
  }
  function validateInt32(value, name, min) {
    if (typeof value !== 'number') throw internal.errors.invalidArgType(name, 'number', value);
    if (!Number.isInteger(value)) {
      throw internal.errors.outOfRange(name, 'an integer', value);
    }
    if (value < min || value > 2147483647) throw internal.errors.outOfRange(name, `>= ${min} && <= 2147483647`, value);
  }
  // node's pbkdf2 `check()` (lib/internal/crypto/pbkdf2.js): digest, password, salt, iterations, keylen, in that
  // order, each failure with node's frames (`caller`: pbkdf2's or pbkdf2Sync's); an unknown digest fails after.
  function validatePbkdf2(password, salt, iterations, keylen, digest, caller) {
    const at = (line, err) => internal.errors.validator(internal.errors.nodeFrames(err, `check (node:internal/crypto/pbkdf2:${line})`, caller));
    if (typeof digest !== 'string') throw at('82:3', internal.errors.invalidArgType('digest', 'string', digest));
    let bytes;
    try {
      bytes = [toBytes(password, 'password')];
    } catch (e) { throw at('84:14', e); }
    try {
      bytes.push(toBytes(salt, 'salt'));
    } catch (e) { throw at('85:10', e); }
    try {
      validateInt32(iterations, 'iterations', 1);
    } catch (e) { throw at('88:3', e); }
    try {
      validateInt32(keylen, 'keylen', 0);
    } catch (e) { throw at('89:3', e); }
    return bytes;
  }
  // A job's parameters refused by node's binding (`new PBKDF2Job(`, `new ScryptJob(`): the code is a plain
  // property, the frame is the JS function at `line` of `file` making the job.
  function jobError(err, file, line, frame, job) {
    internal.errors.nodeFrames(err, `${frame} (node:internal/crypto/${file}:${line}:15)`);
    return internal.errors.withArrow(err, `node:internal/crypto/${file}:${line}\n  const job = new ${job}(\n              ^\n`);
  }
  function pbkdf2Digest(digest, frame, line) {
    const alg = canonical(digest);
    if (alg === undefined || NOT_FOR_HMAC.has(alg)) {
      throw jobError(Object.assign(new TypeError(`Invalid digest: ${digest}`), { code: 'ERR_CRYPTO_INVALID_DIGEST' }),
        'pbkdf2', line, frame, 'PBKDF2Job');
    }
    return alg;
  }
  // node's scrypt `check()` (lib/internal/crypto/scrypt.js): password, salt, keylen, then the options (an option
  // given under both its names is refused), each failure with node's frames (`outer`: scrypt's or scryptSync's).
  function scryptCheck(password, salt, keylen, options, outer) {
    const framed = (err, line, col) => internal.errors.nodeFrames(err, `check (node:internal/crypto/scrypt:${line}:${col})`, outer);
    const pw = toBytes(password, 'password');
    const s = toBytes(salt, 'salt');
    try { validateInt32(keylen, 'keylen', 0); } catch (e) { throw framed(e, 85, 3); }
    let N = 16384;
    let r = 8;
    let p = 1;
    let maxmem = 32 << 20;
    if (options) {
      const uint32 = (v, name, line) => {
        try {
          if (typeof v !== 'number') throw internal.errors.invalidArgType(name, 'number', v);
          if (!Number.isInteger(v)) throw internal.errors.outOfRange(name, 'an integer', v);
          if (v < 0 || v > 4294967295) throw internal.errors.outOfRange(name, '>= 0 && <= 4294967295', v);
        } catch (e) { throw framed(e, line, 7); }
        return v;
      };
      const both = (line, has) => internal.errors.withArrow(framed(internal.errors.withCode(new Error('Invalid scrypt parameter'),
        'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER'), line, 24), `node:internal/crypto/scrypt:${line}\n      if (${has}) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();\n                 ^\n`);
      const hasN = options.N !== undefined;
      if (hasN) N = uint32(options.N, 'N', 92);
      if (options.cost !== undefined) {
        if (hasN) throw both(95, 'has_N');
        N = uint32(options.cost, 'cost', 97);
      }
      const hasR = options.r !== undefined;
      if (hasR) r = uint32(options.r, 'r', 102);
      if (options.blockSize !== undefined) {
        if (hasR) throw both(105, 'has_r');
        r = uint32(options.blockSize, 'blockSize', 107);
      }
      const hasP = options.p !== undefined;
      if (hasP) p = uint32(options.p, 'p', 112);
      if (options.parallelization !== undefined) {
        if (hasP) throw both(115, 'has_p');
        p = uint32(options.parallelization, 'parallelization', 117);
      }
      if (options.maxmem !== undefined) {
        maxmem = options.maxmem;
        try {
          if (typeof maxmem !== 'number') throw internal.errors.invalidArgType('maxmem', 'number', maxmem);
          if (!Number.isInteger(maxmem)) throw internal.errors.outOfRange('maxmem', 'an integer', maxmem);
          if (maxmem < 0 || maxmem > Number.MAX_SAFE_INTEGER) throw internal.errors.outOfRange('maxmem', `>= 0 && <= ${Number.MAX_SAFE_INTEGER}`, maxmem);
        } catch (e) { throw framed(e, 121, 7); }
      }
      if (N === 0) N = 16384;
      if (r === 0) r = 8;
      if (p === 0) p = 1;
      if (maxmem === 0) maxmem = 32 << 20;
    }
    return { pw, s, N, r, p, maxmem };
  }
  // What the ScryptJob refuses (OpenSSL's EVP_PBE_scrypt_ex): N not a power of two above 1, or more memory than
  // `maxmem` (128·r·p bytes for B and 128·r·(N + 2) for V).
  function validateScrypt(c, frame, line) {
    const { N, r, p, maxmem } = c;
    let reason = '';
    if (!(N >= 2 && (N & (N - 1)) === 0)) reason = 'Invalid scrypt params';
    else if (128 * r * p + 128 * r * (N + 2) > maxmem) reason = 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded';
    if (reason) {
      throw jobError(Object.assign(new RangeError(reason), { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' }), 'scrypt', line, frame, 'ScryptJob');
    }
  }
  function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
      callback = digest;
      digest = undefined;
    }
    const [pw, s] = validatePbkdf2(password, salt, iterations, keylen, digest, 'Object.pbkdf2 (node:internal/crypto/pbkdf2:40:5)');
    if (typeof callback !== 'function') {
      throw internal.errors.validator(internal.errors.nodeFrames(internal.errors.invalidArgType('callback', 'function', callback), 'Object.pbkdf2 (node:internal/crypto/pbkdf2:42:3)'));
    }
    const alg = pbkdf2Digest(digest, `${internal.errors.moduleReceiver(this)}pbkdf2`, 44);
    preparePool();
    host.pbkdf2(pw, s, iterations, keylen, alg, function __ll_jobPbkdf2(err, bytes) { callback(err, Buffer.from(bytes)); });
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    const [pw, s] = validatePbkdf2(password, salt, iterations, keylen, digest, 'Object.pbkdf2Sync (node:internal/crypto/pbkdf2:64:5)');
    const alg = pbkdf2Digest(digest, `${internal.errors.moduleReceiver(this)}pbkdf2Sync`, 66);
    return Buffer.from(host.pbkdf2(pw, s, iterations, keylen, alg));
  }
  function scrypt(password, salt, keylen, options, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    const self = internal.errors.moduleReceiver(this);
    const c = scryptCheck(password, salt, keylen, options, `${self}scrypt (node:internal/crypto/scrypt:46:13)`);
    if (typeof callback !== 'function') {
      throw internal.errors.nodeFrames(internal.errors.invalidArgType('callback', 'function', callback), `${self}scrypt (node:internal/crypto/scrypt:50:3)`);
    }
    validateScrypt(c, `${self}scrypt`, 52);
    preparePool();
    host.scrypt(c.pw, c.s, keylen, c.N, c.r, c.p, function __ll_jobScrypt(err, bytes) { callback(err, Buffer.from(bytes)); });
  }
  function scryptSync(password, salt, keylen, options) {
    const self = internal.errors.moduleReceiver(this);
    const c = scryptCheck(password, salt, keylen, options, `${self}scryptSync (node:internal/crypto/scrypt:66:13)`);
    validateScrypt(c, `${self}scryptSync`, 69);
    return Buffer.from(host.scrypt(c.pw, c.s, keylen, c.N, c.r, c.p));
  }
  // HKDF (RFC 5869) over HMAC; the key comes back as an ArrayBuffer, as node's.
  function hkdfArgs(digest, ikm, salt, info, keylen) {
    if (typeof digest !== 'string') throw internal.errors.invalidArgType('digest', 'string', digest);
    const alg = canonical(digest);
    const hashLen = alg !== undefined && !NOT_FOR_HMAC.has(alg) ? hashLength(alg) : undefined;
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
    const infoBytes = toBytes(info, 'info');
    if (infoBytes.length > 1024) {
      throw internal.errors.outOfRange('info', 'must not contain more than 1024 bytes', infoBytes.length);
    }
    return [alg, hashLen, toBytes(ikm, 'ikm'), toBytes(salt, 'salt'), infoBytes, keylen];
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
    host.poolJob('crypto.hkdf', keylen, function __ll_jobHkdf() { callback(null, hkdfDerive(...args)); });
  }
  internal.modules.crypto = {
    createHash, createHmac, hash, pbkdf2, pbkdf2Sync, scrypt, scryptSync, randomBytes, randomFill, randomFillSync,
    randomUUID, randomInt, hkdf, hkdfSync,
    timingSafeEqual, getRandomValues, webcrypto: { getRandomValues, randomUUID },
    getHashes: () => HASH_NAMES.slice(), Hash, Hmac,
  };
  internal.webcrypto = internal.modules.crypto.webcrypto;
  // node 20's crypto.constants (its OpenSSL 3 build's values): a null-prototype object, read-only on the module.
  const CIPHER_LIST = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
  const constants = Object.assign(Object.create(null), {
    OPENSSL_VERSION_NUMBER: 805306672, SSL_OP_ALL: 2147485776, SSL_OP_ALLOW_NO_DHE_KEX: 1024,
    SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144, SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
    SSL_OP_CISCO_ANYCONNECT: 32768, SSL_OP_COOKIE_EXCHANGE: 8192, SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
    SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048, SSL_OP_LEGACY_SERVER_CONNECT: 4, SSL_OP_NO_COMPRESSION: 131072,
    SSL_OP_NO_ENCRYPT_THEN_MAC: 524288, SSL_OP_NO_QUERY_MTU: 4096, SSL_OP_NO_RENEGOTIATION: 1073741824,
    SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536, SSL_OP_NO_SSLv2: 0, SSL_OP_NO_SSLv3: 33554432,
    SSL_OP_NO_TICKET: 16384, SSL_OP_NO_TLSv1: 67108864, SSL_OP_NO_TLSv1_1: 268435456, SSL_OP_NO_TLSv1_2: 134217728,
    SSL_OP_NO_TLSv1_3: 536870912, SSL_OP_PRIORITIZE_CHACHA: 2097152, SSL_OP_TLS_ROLLBACK_BUG: 8388608,
    ENGINE_METHOD_RSA: 1, ENGINE_METHOD_DSA: 2, ENGINE_METHOD_DH: 4, ENGINE_METHOD_RAND: 8, ENGINE_METHOD_EC: 2048,
    ENGINE_METHOD_CIPHERS: 64, ENGINE_METHOD_DIGESTS: 128, ENGINE_METHOD_PKEY_METHS: 512,
    ENGINE_METHOD_PKEY_ASN1_METHS: 1024, ENGINE_METHOD_ALL: 65535, ENGINE_METHOD_NONE: 0,
    DH_CHECK_P_NOT_SAFE_PRIME: 2, DH_CHECK_P_NOT_PRIME: 1, DH_UNABLE_TO_CHECK_GENERATOR: 4,
    DH_NOT_SUITABLE_GENERATOR: 8, RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4,
    RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6, RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2, defaultCoreCipherList: CIPHER_LIST, TLS1_VERSION: 769, TLS1_1_VERSION: 770,
    TLS1_2_VERSION: 771, TLS1_3_VERSION: 772, POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4,
    POINT_CONVERSION_HYBRID: 6,
  });
  let cipherList = CIPHER_LIST;
  Object.defineProperty(constants, 'defaultCipherList', {
    get() { return cipherList; }, set(v) { cipherList = v; }, enumerable: true, configurable: true,
  });
  Object.defineProperty(internal.modules.crypto, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });
  // Ciphers and secret keys (crypto_cipher.js) are parsed on first use.
  const CIPHER_EXPORTS = ['createCipheriv', 'createDecipheriv', 'createCipher', 'createDecipher', 'Cipheriv', 'Decipheriv',
    'Cipher', 'Decipher', 'getCiphers', 'getCipherInfo', 'createSecretKey', 'KeyObject'];
  let ciphersLoaded = false;
  for (const k of CIPHER_EXPORTS) {
    internal.lazyAccessor(internal.modules.crypto, k, () => {
      if (!ciphersLoaded) {
        ciphersLoaded = true;
        // First the lazy group it uses (string_decoder): lazy loads must not nest (bootstrap.js).
        internal.loadAllLazy();
        host.loadInternal('crypto_cipher.js')(internal);
      }
      return internal.cipherExports[k];
    }, true);
  }
})
