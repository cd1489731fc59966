//! node:crypto's ciphers: createCipheriv/createDecipheriv (AES-128/192/256 in ECB, CBC, CTR and GCM, the real
//! bytes from engine/cipher.rs), the deprecated createCipher/createDecipher (OpenSSL's EVP_BytesToKey), getCiphers,
//! getCipherInfo, and secret KeyObjects (createSecretKey). Padding, the CBC chain, the keystream offset and the GCM
//! transcript live here between update() calls; errors carry node 20's messages, codes and frames.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const Buffer = internal.Buffer;
  // node 20's getCiphers() (OpenSSL 3's default provider).
  const CIPHER_NAMES = ['aes-128-cbc', 'aes-128-cbc-hmac-sha1', 'aes-128-cbc-hmac-sha256', 'aes-128-ccm', 'aes-128-cfb',
    'aes-128-cfb1', 'aes-128-cfb8', 'aes-128-ctr', 'aes-128-ecb', 'aes-128-gcm', 'aes-128-ocb', 'aes-128-ofb',
    'aes-128-xts', 'aes-192-cbc', 'aes-192-ccm', 'aes-192-cfb', 'aes-192-cfb1', 'aes-192-cfb8', 'aes-192-ctr',
    'aes-192-ecb', 'aes-192-gcm', 'aes-192-ocb', 'aes-192-ofb', 'aes-256-cbc', 'aes-256-cbc-hmac-sha1',
    'aes-256-cbc-hmac-sha256', 'aes-256-ccm', 'aes-256-cfb', 'aes-256-cfb1', 'aes-256-cfb8', 'aes-256-ctr',
    'aes-256-ecb', 'aes-256-gcm', 'aes-256-ocb', 'aes-256-ofb', 'aes-256-xts', 'aes128', 'aes128-wrap', 'aes192',
    'aes192-wrap', 'aes256', 'aes256-wrap', 'aria-128-cbc', 'aria-128-ccm', 'aria-128-cfb', 'aria-128-cfb1',
    'aria-128-cfb8', 'aria-128-ctr', 'aria-128-ecb', 'aria-128-gcm', 'aria-128-ofb', 'aria-192-cbc', 'aria-192-ccm',
    'aria-192-cfb', 'aria-192-cfb1', 'aria-192-cfb8', 'aria-192-ctr', 'aria-192-ecb', 'aria-192-gcm', 'aria-192-ofb',
    'aria-256-cbc', 'aria-256-ccm', 'aria-256-cfb', 'aria-256-cfb1', 'aria-256-cfb8', 'aria-256-ctr', 'aria-256-ecb',
    'aria-256-gcm', 'aria-256-ofb', 'aria128', 'aria192', 'aria256', 'camellia-128-cbc', 'camellia-128-cfb',
    'camellia-128-cfb1', 'camellia-128-cfb8', 'camellia-128-ctr', 'camellia-128-ecb', 'camellia-128-ofb',
    'camellia-192-cbc', 'camellia-192-cfb', 'camellia-192-cfb1', 'camellia-192-cfb8', 'camellia-192-ctr',
    'camellia-192-ecb', 'camellia-192-ofb', 'camellia-256-cbc', 'camellia-256-cfb', 'camellia-256-cfb1',
    'camellia-256-cfb8', 'camellia-256-ctr', 'camellia-256-ecb', 'camellia-256-ofb', 'camellia128', 'camellia192',
    'camellia256', 'chacha20', 'chacha20-poly1305', 'des-ede', 'des-ede-cbc', 'des-ede-cfb', 'des-ede-ecb',
    'des-ede-ofb', 'des-ede3', 'des-ede3-cbc', 'des-ede3-cfb', 'des-ede3-cfb1', 'des-ede3-cfb8', 'des-ede3-ecb',
    'des-ede3-ofb', 'des3', 'des3-wrap', 'id-aes128-CCM', 'id-aes128-GCM', 'id-aes128-wrap', 'id-aes128-wrap-pad',
    'id-aes192-CCM', 'id-aes192-GCM', 'id-aes192-wrap', 'id-aes192-wrap-pad', 'id-aes256-CCM', 'id-aes256-GCM',
    'id-aes256-wrap', 'id-aes256-wrap-pad', 'id-smime-alg-CMS3DESwrap', 'sm4', 'sm4-cbc', 'sm4-cfb', 'sm4-ctr',
    'sm4-ecb', 'sm4-ofb'];
  const KNOWN = new Set(CIPHER_NAMES.map((n) => n.toLowerCase()));
  // The AES ciphers Looplab runs: name -> [mode, key bytes, nid] (node's getCipherInfo numbers).
  const NIDS = { ecb: [418, 422, 426], cbc: [419, 423, 427], ctr: [904, 905, 906], gcm: [895, 898, 901] };
  const AES = Object.create(null);
  for (const [mode, nids] of Object.entries(NIDS)) {
    [128, 192, 256].forEach((bits, i) => {
      const spec = { mode, keyLength: bits / 8, nid: nids[i], name: mode === 'gcm' ? `id-aes${bits}-gcm` : `aes-${bits}-${mode}` };
      AES[`aes-${bits}-${mode}`] = spec;
      if (mode === 'gcm') AES[`id-aes${bits}-gcm`] = spec;
      if (mode === 'cbc') AES[`aes${bits}`] = spec;
    });
  }
  const ivLengthOf = (spec) => (spec.mode === 'ecb' ? 0 : spec.mode === 'gcm' ? 12 : 16);
  const blockSizeOf = (spec) => (spec.mode === 'ecb' || spec.mode === 'cbc' ? 16 : 1);
  const unsupported = (name) => errors.withCode(new Error(`Looplab does not emulate the cipher ${name} yet (AES in ECB, CBC, CTR and GCM modes only)`), 'ERR_LOOPLAB_UNSUPPORTED');

  const BYTES = 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
  const bytesOf = (v, enc) => (typeof v === 'string' ? Buffer.from(v, Buffer.isEncoding(enc) ? enc : 'utf8')
    : v instanceof ArrayBuffer ? Buffer.from(new Uint8Array(v))
      : Buffer.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)));
  const isBytes = (v) => typeof v === 'string' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
  // An error thrown by node's C++ binding: the code is a plain own property (not in the header).
  const binding = (err, props) => Object.assign(err, props);
  const osslError = (id, reason) => binding(new Error(`error:${id}:Provider routines::${reason}`),
    { library: 'Provider routines', reason, code: `ERR_OSSL_${reason.toUpperCase().replace(/ /g, '_')}` });
  const invalidState = (op) => errors.withCode(new Error(`Invalid state for operation ${op}`), 'ERR_CRYPTO_INVALID_STATE');
  const arrowAt = (line, text, col) => `node:internal/crypto/cipher:${line}\n${text}\n${' '.repeat(col)}^\n`;
  const at = (err, arrow, ...frames) => { errors.nodeFrames(err, ...frames); return arrow === undefined ? err : errors.withArrow(err, arrow); };

  // ---- secret keys ----
  const kKeyType = Symbol('kKeyType');
  const kKeyBytes = Symbol('kKeyBytes');
  class KeyObject {
    constructor(type, bytes) {
      this[kKeyType] = type;
      Object.defineProperty(this, kKeyBytes, { value: bytes });
    }
    get type() { return this[kKeyType]; }
    get symmetricKeySize() { return this[kKeyType] === 'secret' ? this[kKeyBytes].length : undefined; }
    get asymmetricKeyType() { return undefined; }
    equals(other) {
      if (!(other instanceof KeyObject)) throw errors.invalidArgType('otherKeyObject', 'KeyObject', other);
      return other.type === this.type && Buffer.from(this[kKeyBytes]).equals(Buffer.from(other[kKeyBytes]));
    }
    export(options) {
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw errors.invalidArgType('options', 'object', options);
      }
      if (options && options.format === 'jwk') return { kty: 'oct', k: Buffer.from(this[kKeyBytes]).toString('base64url') };
      return Buffer.from(this[kKeyBytes]);
    }
  }
  Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });
  class SecretKeyObject extends KeyObject {
    constructor(bytes) { super('secret', bytes); }
  }
  function createSecretKey(key, encoding) {
    if (!isBytes(key)) throw errors.invalidArgType('key', 'string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
    return new SecretKeyObject(new Uint8Array(bytesOf(key, encoding)));
  }
  internal.secretKeyBytes = (v) => (v instanceof KeyObject && v.type === 'secret' ? new Uint8Array(v[kKeyBytes]) : null);
  internal.isKeyObject = (v) => v instanceof KeyObject;

  // ---- ciphers ----
  const kHandle = Symbol('kHandle');
  const kCipher = Symbol('kCipherState');
  class CipherBase {}
  // Where node's constructors are, per class: [constructor line, the factory's `node:crypto` line].
  const LINES = { Cipher: [152, 143], Decipher: [273, 151], Cipheriv: [243, 147], Decipheriv: [289, 155] };
  let factory = null;
  function ctorFrames(self, first) {
    const cls = self.constructor.name;
    const frames = [...first, `new ${cls} (node:internal/crypto/cipher:${LINES[cls][0]}:3)`];
    if (factory !== null) frames.push(`${factory}create${cls} (node:crypto:${LINES[cls][1]}:10)`);
    // createCipher/createDecipher are util.deprecate() wrappers.
    if (factory !== null && (cls === 'Cipher' || cls === 'Decipher')) frames.push(`${factory}deprecated (node:internal/util:167:12)`);
    return frames;
  }
  function prepareKey(self, key) {
    const k = internal.secretKeyBytes(key);
    if (k) return k;
    if (!isBytes(key)) {
      const e = errors.invalidArgType('key', 'string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
      throw at(e, 'node:internal/crypto/keys:595\n    throw new ERR_INVALID_ARG_TYPE(\n    ^\n', ...ctorFrames(self,
        ['prepareSecretKey (node:internal/crypto/keys:595:11)', `${self.constructor.name}.createCipherWithIV (node:internal/crypto/cipher:138:9)`]));
    }
    return new Uint8Array(bytesOf(key));
  }
  // OpenSSL's EVP_BytesToKey with MD5, one round, no salt: the key and IV of createCipher(algorithm, password).
  function bytesToKey(password, keyLen, ivLen) {
    let out = Buffer.alloc(0);
    let prev = Buffer.alloc(0);
    while (out.length < keyLen + ivLen) {
      prev = Buffer.from(host.hash('md5', new Uint8Array(Buffer.concat([prev, password]))));
      out = Buffer.concat([out, prev]);
    }
    return [new Uint8Array(out.subarray(0, keyLen)), new Uint8Array(out.subarray(keyLen, keyLen + ivLen))];
  }
  // createCipherBase: the binding's checks of the cipher, key, IV and tag length, in node's order.
  function init(self, cipher, key, iv, options, decrypt, withIV) {
    const cls = self.constructor.name;
    const base = withIV
      ? [`${cls}.createCipherBase (node:internal/crypto/cipher:121:19)`, `${cls}.createCipherWithIV (node:internal/crypto/cipher:140:3)`]
      : [`${cls}.createCipherBase (node:internal/crypto/cipher:119:19)`, `${cls}.createCipher (node:internal/crypto/cipher:132:3)`];
    const arrow = withIV
      ? arrowAt(121, '    this[kHandle].initiv(cipher, credential, iv, authTagLength);', 18)
      : arrowAt(119, '    this[kHandle].init(cipher, credential, authTagLength);', 18);
    const fail = (err) => at(err, arrow, ...ctorFrames(self, base));
    const name = cipher.toLowerCase();
    const spec = AES[name];
    if (spec === undefined) {
      if (KNOWN.has(name)) throw unsupported(cipher);
      throw fail(binding(new Error('Unknown cipher'), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' }));
    }
    if (!withIV) [key, iv] = bytesToKey(Buffer.from(key), spec.keyLength, ivLengthOf(spec));
    const tagLen = options && options.authTagLength !== undefined ? options.authTagLength : undefined;
    if (withIV) {
      if (key.length !== spec.keyLength) throw fail(binding(new RangeError('Invalid key length'), { code: 'ERR_CRYPTO_INVALID_KEYLEN' }));
      const ivOk = spec.mode === 'ecb' ? iv === null || iv.length === 0
        : iv !== null && (spec.mode === 'gcm' ? iv.length > 0 : iv.length === 16);
      if (!ivOk) throw fail(binding(new TypeError('Invalid initialization vector'), { code: 'ERR_CRYPTO_INVALID_IV' }));
    }
    if (tagLen !== undefined && (spec.mode !== 'gcm' || !(tagLen === 4 || tagLen === 8 || (tagLen >= 12 && tagLen <= 16)))) {
      throw fail(binding(new TypeError(`Invalid authentication tag length: ${tagLen}`), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' }));
    }
    Object.defineProperty(self, kCipher, {
      value: {
        spec, key, iv: iv || new Uint8Array(0), decrypt, padding: true, pending: Buffer.alloc(0), chain: iv,
        offset: 0, aad: [], transcript: [], tagLen: tagLen === undefined ? 16 : tagLen, tag: null, done: false,
        started: false,
      },
    });
  }
  function construct(self, cipher, key, iv, options, decrypt, withIV) {
    const cls = self.constructor.name;
    const argFail = (e, line) => at(e, undefined, ...ctorFrames(self, [`${cls}.${withIV ? 'createCipherWithIV' : 'createCipher'} (node:internal/crypto/cipher:${line})`]));
    if (typeof cipher !== 'string') throw argFail(errors.invalidArgType('cipher', 'string', cipher), withIV ? '136:3' : '130:3');
    if (withIV) {
      key = prepareKey(self, key);
      if (iv !== null && !isBytes(iv)) throw argFail(errors.invalidArgType('iv', BYTES, iv), '139:29');
      iv = iv === null ? null : new Uint8Array(bytesOf(iv));
    } else if (!isBytes(key)) {
      throw argFail(errors.invalidArgType('password', BYTES, key), '130:14');
    } else {
      key = new Uint8Array(bytesOf(key));
    }
    Object.defineProperty(self, '_decoder', { value: null, writable: true, enumerable: true, configurable: true });
    self._options = options;
    self[kHandle] = new CipherBase();
    init(self, cipher, key, iv, options, decrypt, withIV);
  }

  // The bytes of whole blocks (ECB/CBC), or all of them (CTR/GCM), through the native step.
  function run(st, data) {
    const { mode } = st.spec;
    if (mode === 'ctr' || mode === 'gcm') {
      const out = Buffer.from(host.aes(mode, st.key, st.iv, new Uint8Array(data), st.decrypt, st.offset));
      st.offset += data.length;
      if (mode === 'gcm') st.transcript.push(st.decrypt ? Buffer.from(data) : out);
      return out;
    }
    if (data.length === 0) return Buffer.alloc(0);
    const out = Buffer.from(host.aes(mode, st.key, st.chain || new Uint8Array(16), new Uint8Array(data), st.decrypt, 0));
    if (mode === 'cbc') st.chain = new Uint8Array((st.decrypt ? data : out).subarray(data.length - 16));
    return out;
  }
  function updateBytes(st, data) {
    st.started = true;
    if (blockSizeOf(st.spec) === 1) return run(st, data);
    const all = Buffer.concat([st.pending, data]);
    let n = all.length - (all.length % 16);
    // A decipher with padding holds the last whole block back: final() strips its padding.
    if (st.decrypt && st.padding && n === all.length && n > 0) n -= 16;
    st.pending = all.subarray(n);
    return run(st, all.subarray(0, n));
  }
  function finalBytes(st) {
    const { mode } = st.spec;
    if (mode === 'gcm') {
      const tag = Buffer.from(host.gcmTag(st.key, st.iv, new Uint8Array(Buffer.concat(st.aad)), new Uint8Array(Buffer.concat(st.transcript))));
      if (!st.decrypt) {
        st.tag = tag.subarray(0, st.tagLen);
      } else if (st.tag === null || !tag.subarray(0, st.tag.length).equals(st.tag)) {
        throw new Error('Unsupported state or unable to authenticate data');
      }
      return Buffer.alloc(0);
    }
    if (blockSizeOf(st.spec) === 1) return Buffer.alloc(0);
    const wrongLength = () => osslError('1C80006B', 'wrong final block length');
    if (!st.decrypt) {
      if (!st.padding) {
        if (st.pending.length) throw wrongLength();
        return Buffer.alloc(0);
      }
      const k = 16 - st.pending.length;
      return run(st, Buffer.concat([st.pending, Buffer.alloc(k, k)]));
    }
    if (!st.padding) {
      if (st.pending.length) throw wrongLength();
      return Buffer.alloc(0);
    }
    if (st.pending.length !== 16) throw wrongLength();
    const last = run(st, st.pending);
    const k = last[15];
    if (k < 1 || k > 16 || !last.subarray(16 - k).every((b) => b === k)) throw osslError('1C800064', 'bad decrypt');
    return last.subarray(0, 16 - k);
  }
  // node's getDecoder: one StringDecoder per object, whose encoding cannot change.
  function decode(self, bytes, enc, end, method) {
    if (!enc || enc === 'buffer') return bytes;
    const { StringDecoder } = internal.modules.string_decoder;
    if (self._decoder === null) {
      try {
        self._decoder = new StringDecoder(enc);
      } catch (e) {
        throw errors.nodeFramesBelow(e, null, ['getDecoder (node:internal/crypto/cipher:95:24)', `${self.constructor.name}.${method} (node:internal/crypto/cipher:${method === 'update' ? '184:21' : '196:21'})`]);
      }
    } else if (self._decoder.encoding !== new StringDecoder(enc).encoding) {
      throw errors.withCode(new Error('Cannot change encoding\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n'), 'ERR_INTERNAL_ASSERTION');
    }
    return end ? self._decoder.end(bytes) : self._decoder.write(bytes);
  }
  const proto = {
    update(data, inputEncoding, outputEncoding) {
      const cls = this.constructor.name;
      if (typeof data === 'string') {
        if (typeof inputEncoding === 'string' && inputEncoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
          throw at(errors.validator(errors.withCode(new TypeError(`The argument 'encoding' is invalid for data of length ${data.length}. Received ${internal.inspect(inputEncoding)}`), 'ERR_INVALID_ARG_VALUE')), undefined, `${cls}.update (node:internal/crypto/cipher:175:5)`);
        }
      } else if (!ArrayBuffer.isView(data)) {
        const e = errors.invalidArgType('data', 'string or an instance of Buffer, TypedArray, or DataView', data);
        throw at(e, arrowAt(177, '    throw new ERR_INVALID_ARG_TYPE(', 4), `${cls}.update (node:internal/crypto/cipher:177:11)`);
      }
      const st = this[kCipher];
      if (st.done) {
        throw at(new Error('Trying to add data in unsupported state'), arrowAt(181, '  const ret = this[kHandle].update(data, inputEncoding);', 28), `${cls}.update (node:internal/crypto/cipher:181:29)`);
      }
      return decode(this, updateBytes(st, bytesOf(data, inputEncoding)), outputEncoding, false, 'update');
    },
    final(outputEncoding) {
      const st = this[kCipher];
      const fail = (e) => at(e, arrowAt(193, '  const ret = this[kHandle].final();', 28), `${this.constructor.name}.final (node:internal/crypto/cipher:193:29)`);
      if (st.done) throw fail(binding(new Error('Invalid state'), { code: 'ERR_CRYPTO_INVALID_STATE' }));
      st.done = true;
      let out;
      try { out = finalBytes(st); } catch (e) { throw fail(e); }
      return decode(this, out, outputEncoding, true, 'final');
    },
    setAutoPadding(ap) {
      this[kCipher].padding = ap === undefined ? true : !!ap;
      return this;
    },
    setAAD(aadbuf, options) {
      const st = this[kCipher];
      if (!isBytes(aadbuf)) throw at(errors.invalidArgType('aadbuf', BYTES, aadbuf), undefined, `${this.constructor.name}.setAAD (node:internal/crypto/cipher:228:12)`);
      if (st.spec.mode !== 'gcm' || st.started || st.done) {
        throw at(invalidState('setAAD'), arrowAt(230, "    throw new ERR_CRYPTO_INVALID_STATE('setAAD');", 4), `${this.constructor.name}.setAAD (node:internal/crypto/cipher:230:11)`);
      }
      st.aad.push(bytesOf(aadbuf, options && options.encoding));
      return this;
    },
  };
  function getAuthTag() {
    const st = this[kCipher];
    if (st.spec.mode !== 'gcm' || !st.done || st.tag === null) {
      throw at(invalidState('getAuthTag'), arrowAt(213, "    throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');", 4), `${this.constructor.name}.getAuthTag (node:internal/crypto/cipher:213:11)`);
    }
    return Buffer.from(st.tag);
  }
  function setAuthTag(tagbuf, encoding) {
    const st = this[kCipher];
    const cls = this.constructor.name;
    if (!isBytes(tagbuf)) throw at(errors.invalidArgType('buffer', BYTES, tagbuf), undefined, `${cls}.setAuthTag (node:internal/crypto/cipher:219:12)`);
    const tag = bytesOf(tagbuf, encoding);
    if (st.spec.mode !== 'gcm' || st.tag !== null || st.done) {
      throw at(invalidState('setAuthTag'), arrowAt(221, "    throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');", 4), `${cls}.setAuthTag (node:internal/crypto/cipher:221:11)`);
    }
    if (!(tag.length === 4 || tag.length === 8 || (tag.length >= 12 && tag.length <= 16))) {
      throw at(binding(new TypeError(`Invalid authentication tag length: ${tag.length}`), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' }),
        arrowAt(220, '  if (!this[kHandle].setAuthTag(tagbuf))', 21), `${cls}.setAuthTag (node:internal/crypto/cipher:220:22)`);
    }
    st.tag = Buffer.from(tag);
    return this;
  }
  function defineClass(name, decrypt, withIV) {
    const C = {
      [name]: function (cipher, key, iv, options) {
        if (!new.target) return new C(cipher, key, iv, options);
        if (!withIV) options = iv;
        construct(this, cipher, key, withIV ? iv : undefined, options, decrypt, withIV);
      },
    }[name];
    const methods = { ...proto, ...(decrypt ? { setAuthTag } : { getAuthTag }) };
    for (const [k, v] of Object.entries(methods)) {
      Object.defineProperty(C.prototype, k, { value: v, writable: true, configurable: true, enumerable: false });
    }
    internal.cryptoLazyTransform(C.prototype, function _transform(chunk, encoding, callback) {
      this.push(this.update(chunk, encoding === 'buffer' ? undefined : encoding));
      callback();
    }, function _flush(callback) {
      try { this.push(this.final()); } catch (e) { callback(e); return; }
      callback();
    });
    return C;
  }
  const Cipheriv = defineClass('Cipheriv', false, true);
  const Decipheriv = defineClass('Decipheriv', true, true);
  const Cipher = defineClass('Cipher', false, false);
  const Decipher = defineClass('Decipher', true, false);
  const viaFactory = (self, make) => {
    factory = errors.moduleReceiver(self);
    try { return make(); } finally { factory = null; }
  };
  let warned = false;
  const deprecated = (what) => {
    if (warned) return;
    warned = true;
    internal.emitWarning(`crypto.${what} is deprecated.`, 'DeprecationWarning', 'DEP0106');
  };
  function getCipherInfo(nameOrNid, options) {
    const spec = typeof nameOrNid === 'number'
      ? Object.values(AES).find((s) => s.nid === nameOrNid)
      : AES[String(nameOrNid).toLowerCase()];
    if (spec === undefined) return undefined;
    const ivLength = ivLengthOf(spec);
    if (options) {
      if (options.keyLength !== undefined && options.keyLength !== spec.keyLength) return undefined;
      if (options.ivLength !== undefined && options.ivLength !== ivLength && !(spec.mode === 'gcm' && options.ivLength > 0)) return undefined;
    }
    const info = { mode: spec.mode, name: spec.name, nid: spec.nid, blockSize: blockSizeOf(spec) };
    if (ivLength) info.ivLength = options && options.ivLength !== undefined ? options.ivLength : ivLength;
    info.keyLength = spec.keyLength;
    return info;
  }
  internal.cipherExports = {
    createCipheriv(cipher, key, iv, options) { return viaFactory(this, () => new Cipheriv(cipher, key, iv, options)); },
    createDecipheriv(cipher, key, iv, options) { return viaFactory(this, () => new Decipheriv(cipher, key, iv, options)); },
    createCipher(cipher, password, options) { deprecated('createCipher'); return viaFactory(this, () => new Cipher(cipher, password, options)); },
    createDecipher(cipher, password, options) { deprecated('createDecipher'); return viaFactory(this, () => new Decipher(cipher, password, options)); },
    Cipheriv, Decipheriv, Cipher, Decipher,
    getCiphers: () => CIPHER_NAMES.slice(),
    getCipherInfo,
    createSecretKey,
    KeyObject,
  };
})
