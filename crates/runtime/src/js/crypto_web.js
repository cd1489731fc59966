//! Web Crypto (`globalThis.crypto`, `require('crypto').webcrypto`): the `Crypto`, `SubtleCrypto` and `CryptoKey`
//! classes, `subtle.digest` (SHA-1/256/384/512) and HMAC keys (`importKey` raw, `generateKey`, `sign`, `verify`),
//! with node 20's WebIDL errors and DOMExceptions. Digests and signatures run as thread-pool jobs, as node's
//! HashJob/HmacJob do. AES, PBKDF2 and HKDF keys, encrypt/decrypt, deriveBits/deriveKey and exportKey are
//! crypto_web_keys.js's; other algorithms reject with ERR_LOOPLAB_UNSUPPORTED.
(function (internal) {
  'use strict';
  const host = internal.host;
  const errors = internal.errors;
  const { DOMException } = internal.web;
  const Buffer = () => internal.Buffer;
  const illegal = () => errors.withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
  const tag = (cls, name) => Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: name, configurable: true });
  const kInspect = Symbol.for('nodejs.util.inspect.custom');
  const kKey = Symbol('kKeyObject');
  let constructing = false;

  class CryptoKey {
    constructor() { if (!constructing) throw illegal(); }
    get type() { return this[kKey].type; }
    get extractable() { return this[kKey].extractable; }
    get algorithm() { return this[kKey].algorithm; }
    get usages() { return this[kKey].usages; }
    [kInspect](depth, options, inspect) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      const { type, extractable, algorithm, usages } = this;
      return `CryptoKey ${(inspect || internal.inspect)({ type, extractable, algorithm, usages }, opts)}`;
    }
  }
  tag(CryptoKey, 'CryptoKey');
  function makeKey(state) {
    constructing = true;
    let key;
    try { key = new CryptoKey(); } finally { constructing = false; }
    Object.defineProperty(key, kKey, { value: state });
    return key;
  }

  const SHA = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
  const BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
  const notSupported = () => new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  const missingOption = (msg) => errors.withCode(new TypeError(`Failed to normalize algorithm: ${msg}`), 'ERR_MISSING_OPTION');
  const unsupported = (what) => errors.withCode(new Error(`Looplab does not emulate ${what} yet`), 'ERR_LOOPLAB_UNSUPPORTED');
  const ORDINAL = ['1st', '2nd', '3rd', '4th', '5th'];
  // WebIDL's argument checks, in node's words.
  function requiredArguments(n, min, op) {
    if (n < min) {
      throw errors.withCode(new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': ${min} argument${min === 1 ? '' : 's'} required, but only ${n} present.`), 'ERR_MISSING_ARGS');
    }
  }
  function bufferSource(v, op, i) {
    if (v instanceof ArrayBuffer) return new Uint8Array(v.slice(0));
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
    throw errors.withCode(new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': ${ORDINAL[i]} argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`), 'ERR_INVALID_ARG_TYPE');
  }
  function cryptoKey(v, op, i) {
    if (!(v instanceof CryptoKey)) {
      throw errors.withCode(new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': ${ORDINAL[i]} argument is not of type CryptoKey.`), 'ERR_INVALID_ARG_TYPE');
    }
    return v;
  }
  // An AlgorithmIdentifier's name, upper-cased as the registered one (`sha-256` -> `SHA-256`).
  function algorithmName(alg) {
    const name = typeof alg === 'string' ? alg : alg !== null && typeof alg === 'object' ? alg.name : String(alg);
    if (name === undefined) throw missingOption("'name' is required in 'Algorithm'.");
    return String(name).toUpperCase();
  }
  function hashName(alg) {
    const name = algorithmName(alg);
    if (!Object.prototype.hasOwnProperty.call(SHA, name)) throw notSupported();
    return name;
  }
  // The HMAC parameters of importKey/generateKey: { hash, length }.
  function hmacParams(alg) {
    const hash = alg !== null && typeof alg === 'object' ? alg.hash : undefined;
    if (hash === undefined) {
      throw missingOption("passed algorithm can not be converted to 'HmacImportParams' because 'hash' is required in 'HmacImportParams'.");
    }
    return { hash: hashName(hash), length: alg.length };
  }
  function checkUsages(usages) {
    const list = Array.from(usages || []);
    if (list.some((u) => u !== 'sign' && u !== 'verify')) throw new DOMException('Unsupported key usage for an HMAC key', 'SyntaxError');
    return list;
  }
  // (`generated`: generateKey's algorithm lists the length before the hash, importKey's after.)
  function hmacKey(bytes, params, extractable, usages, generated = false) {
    const length = bytes.length * 8;
    if (params.length !== undefined && params.length !== length) throw new DOMException('Invalid key length', 'DataError');
    return makeKey({
      type: 'secret',
      extractable: Boolean(extractable),
      algorithm: generated ? { name: 'HMAC', length, hash: { name: params.hash } } : { name: 'HMAC', hash: { name: params.hash }, length },
      usages,
      bytes,
    });
  }
  // A result computed now, delivered as node's crypto jobs are: from the thread pool, in the poll phase (each
  // job the same short time, so they complete in the order they were asked for, as node's small ones do).
  function poolResult(label, size, compute) {
    return new Promise((resolve, reject) => {
      host.poolJob(label, size, function cryptoJobDone() {
        try { resolve(compute()); } catch (e) { reject(e); }
      });
    });
  }
  const arrayBuffer = (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let subtle;
  function checkThis(self) {
    if (self !== subtle) throw errors.withCode(new TypeError('Value of "this" must be of type SubtleCrypto'), 'ERR_INVALID_THIS');
  }

  class SubtleCrypto {
    constructor() { if (!constructing) throw illegal(); }
    async digest(algorithm, data) {
      checkThis(this);
      requiredArguments(arguments.length, 2, 'digest');
      const bytes = bufferSource(data, 'digest', 1);
      const name = hashName(algorithm);
      return poolResult('crypto.digest', 0, () => arrayBuffer(host.hash(SHA[name], bytes)));
    }
    async importKey(format, keyData, algorithm, extractable, keyUsages) {
      checkThis(this);
      requiredArguments(arguments.length, 5, 'importKey');
      const bytes = format === 'jwk' ? keyData : bufferSource(keyData, 'importKey', 1);
      const name = algorithmName(algorithm);
      if (secret[name]) return secret[name].importKey(format, bytes, algorithm, extractable, keyUsages);
      if (name !== 'HMAC') throw unsupported(`crypto.subtle.importKey for ${name}`);
      const params = hmacParams(algorithm);
      const usages = checkUsages(keyUsages);
      if (format !== 'raw') {
        if (format === 'jwk') throw new DOMException('Invalid keyData', 'DataError');
        throw unsupported(`crypto.subtle.importKey in the '${format}' format`);
      }
      if (bytes.length === 0) throw new DOMException('Zero-length key is not supported', 'DataError');
      return hmacKey(bytes, params, extractable, usages);
    }
    async exportKey(format, key) {
      checkThis(this);
      requiredArguments(arguments.length, 2, 'exportKey');
      cryptoKey(key, 'exportKey', 1);
      if (!key.extractable) throw new DOMException('key is not extractable', 'InvalidAccessException');
      if (secret.exportKey) return secret.exportKey(format, key[kKey]);
      if (format !== 'raw') throw unsupported(`crypto.subtle.exportKey in the '${format}' format`);
      return arrayBuffer(new Uint8Array(key[kKey].bytes));
    }
    async generateKey(algorithm, extractable, keyUsages) {
      checkThis(this);
      requiredArguments(arguments.length, 3, 'generateKey');
      const name = algorithmName(algorithm);
      if (secret[name] && secret[name].generateKey) return secret[name].generateKey(algorithm, extractable, keyUsages);
      if (name !== 'HMAC') throw unsupported(`crypto.subtle.generateKey for ${name}`);
      const params = hmacParams(algorithm);
      const usages = checkUsages(keyUsages);
      const bits = params.length !== undefined ? params.length : BLOCK_BITS[params.hash];
      return poolResult('crypto.generateKey', 0, () => hmacKey(new Uint8Array(host.randomBytes(Math.ceil(bits / 8))), { hash: params.hash }, extractable, usages, true));
    }
    async sign(algorithm, key, data) {
      checkThis(this);
      requiredArguments(arguments.length, 3, 'sign');
      cryptoKey(key, 'sign', 1);
      const bytes = bufferSource(data, 'sign', 2);
      return signVerify('sign', algorithm, key, bytes);
    }
    async verify(algorithm, key, signature, data) {
      checkThis(this);
      requiredArguments(arguments.length, 4, 'verify');
      cryptoKey(key, 'verify', 1);
      const sig = bufferSource(signature, 'verify', 2);
      const bytes = bufferSource(data, 'verify', 3);
      return signVerify('verify', algorithm, key, bytes, sig);
    }
  }
  function signVerify(op, algorithm, key, bytes, sig) {
    const name = algorithmName(algorithm);
    if (name !== 'HMAC') {
      if (['RSASSA-PKCS1-V1_5', 'RSA-PSS', 'ECDSA', 'ED25519', 'ED448'].includes(name)) throw unsupported(`crypto.subtle.${op} for ${name}`);
      throw notSupported();
    }
    const st = key[kKey];
    if (st.algorithm.name !== name || !st.usages.includes(op)) {
      throw new DOMException(`Unable to use this key to ${op}`, 'InvalidAccessError');
    }
    return poolResult(`crypto.${op}`, 0, () => {
      const mac = host.hmac(SHA[st.algorithm.hash.name], st.bytes, bytes);
      if (op === 'sign') return arrayBuffer(new Uint8Array(mac));
      return Buffer().from(mac).equals(Buffer().from(sig));
    });
  }
  // encrypt/decrypt/deriveBits/deriveKey: the algorithm's own (crypto_web_keys.js), with WebIDL's checks.
  const ARITY = { encrypt: 3, decrypt: 3, deriveBits: 3, deriveKey: 5 };
  for (const op of ['encrypt', 'decrypt', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey']) {
    Object.defineProperty(SubtleCrypto.prototype, op, {
      value: { async [op](...args) {
        checkThis(this);
        if (!secret[op]) throw unsupported(`crypto.subtle.${op}`);
        requiredArguments(args.length, ARITY[op], op);
        cryptoKey(args[1], op, 1);
        return secret[op](...args);
      } }[op],
      writable: true, configurable: true, enumerable: true,
    });
  }
  // node's order of the methods, all enumerable.
  for (const op of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits',
    'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
    const d = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, op);
    delete SubtleCrypto.prototype[op];
    Object.defineProperty(SubtleCrypto.prototype, op, { ...d, enumerable: true });
  }
  tag(SubtleCrypto, 'SubtleCrypto');

  const { getRandomValues, randomUUID } = internal.modules.crypto;
  class Crypto {
    constructor() { if (!constructing) throw illegal(); }
    get subtle() { return subtle; }
  }
  Object.defineProperty(Crypto.prototype, 'subtle', { enumerable: true });
  for (const [k, f] of [['getRandomValues', getRandomValues], ['randomUUID', randomUUID]]) {
    Object.defineProperty(Crypto.prototype, k, {
      // Web Crypto's randomUUID() takes no options.
      value: { [k](...args) { return k === 'randomUUID' ? f() : f(...args); } }[k], writable: true, configurable: true, enumerable: true,
    });
  }
  tag(Crypto, 'Crypto');
  constructing = true;
  let webcrypto;
  try { subtle = new SubtleCrypto(); webcrypto = new Crypto(); } finally { constructing = false; }

  const crypto = internal.modules.crypto;
  Object.assign(crypto, { webcrypto, subtle });
  internal.webcrypto = webcrypto;
  internal.webCryptoClasses = { Crypto, CryptoKey, SubtleCrypto };
  // For crypto_web_keys.js, which fills `secret` (algorithm name -> importKey/generateKey; the operations).
  const secret = {};
  internal.webCryptoParts = {
    secret, makeKey, kKey, poolResult, arrayBuffer, bufferSource, algorithmName, hashName, notSupported,
    unsupported, missingOption, SHA, BLOCK_BITS, hmacParams, hmacKey,
  };
})
