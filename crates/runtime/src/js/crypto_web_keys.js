//! Web Crypto's secret keys beyond HMAC, over node:crypto's own ciphers and KDFs (as node's jobs are): AES-GCM,
//! AES-CBC and AES-CTR keys (importKey raw/jwk, generateKey, encrypt, decrypt), PBKDF2 and HKDF keys (importKey
//! raw, deriveBits, deriveKey), and exportKey raw/jwk of any secret key, with node 20's DOMExceptions. Each
//! operation completes from the thread pool, as node's do.
(function (internal) {
  'use strict';
  const {
    secret, makeKey, kKey, poolResult, arrayBuffer, bufferSource, algorithmName, hashName, notSupported, unsupported,
    missingOption, SHA, BLOCK_BITS, hmacParams, hmacKey,
  } = internal.webCryptoParts;
  const { DOMException } = internal.web;
  const crypto = () => internal.modules.crypto;
  const Buffer = () => internal.Buffer;
  const AES = { 'AES-GCM': 'gcm', 'AES-CBC': 'cbc', 'AES-CTR': 'ctr' };
  const KDF = ['PBKDF2', 'HKDF'];
  const operationFailed = () => new DOMException('The operation failed for an operation-specific reason', 'OperationError');

  const member = (alg, key, dict) => {
    const v = alg !== null && typeof alg === 'object' ? alg[key] : undefined;
    if (v === undefined) {
      throw missingOption(`passed algorithm can not be converted to '${dict}' because '${key}' is required in '${dict}'.`);
    }
    return v;
  };
  const source = (alg, key, dict, op) => {
    const v = member(alg, key, dict);
    return bufferSource(v, op, 0);
  };
  function usagesOf(list, allowed, what) {
    const usages = Array.from(list || []);
    if (usages.some((u) => !allowed.includes(u))) throw new DOMException(`Unsupported key usage for ${what}`, 'SyntaxError');
    return usages;
  }
  function needs(st, name, op) {
    if (st.algorithm.name !== name || !st.usages.includes(op)) {
      throw new DOMException('The requested operation is not valid for the provided key', 'InvalidAccessError');
    }
  }

  // ---- AES ----
  function aesKey(name, bytes, extractable, usages) {
    if (![16, 24, 32].includes(bytes.length)) throw new DOMException('Invalid key length', 'DataError');
    return makeKey({ type: 'secret', extractable: Boolean(extractable), algorithm: { name, length: bytes.length * 8 }, usages, bytes });
  }
  function jwkBytes(jwk) {
    if (jwk === null || typeof jwk !== 'object') throw new DOMException('Invalid keyData', 'DataError');
    if (jwk.kty !== 'oct') throw new DOMException('Invalid JWK "kty" Parameter', 'DataError');
    if (typeof jwk.k !== 'string') throw new DOMException('Invalid JWK secret key format', 'DataError');
    return new Uint8Array(Buffer().from(jwk.k, 'base64url'));
  }
  for (const name of Object.keys(AES)) {
    secret[name] = {
      async importKey(format, keyData, algorithm, extractable, keyUsages) {
        const usages = usagesOf(keyUsages, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'an AES key');
        if (format === 'raw') return aesKey(name, keyData, extractable, usages);
        if (format === 'jwk') return aesKey(name, jwkBytes(keyData), extractable, usages);
        throw unsupported(`crypto.subtle.importKey in the '${format}' format`);
      },
      async generateKey(algorithm, extractable, keyUsages) {
        const length = member(algorithm, 'length', 'AesKeyGenParams');
        const usages = usagesOf(keyUsages, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'an AES key');
        if (![128, 192, 256].includes(length)) throw new DOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
        return poolResult('crypto.generateKey', 0, () => aesKey(name, new Uint8Array(internal.host.randomBytes(length / 8)), extractable, usages));
      },
    };
  }
  function aes(op, algorithm, key, data) {
    const name = algorithmName(algorithm);
    if (!AES[name]) throw KDF.includes(name) || name === 'HMAC' ? notSupported() : unsupported(`crypto.subtle.${op} for ${name}`);
    const st = key[kKey];
    const bytes = bufferSource(data, op, 2);
    const cipherName = `aes-${st.algorithm.length}-${AES[name]}`;
    const decrypt = op === 'decrypt';
    if (name === 'AES-GCM') {
      const iv = source(algorithm, 'iv', 'AesGcmParams', op);
      const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
      const aad = algorithm.additionalData === undefined ? undefined : bufferSource(algorithm.additionalData, op, 0);
      needs(st, name, op);
      if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
        throw new DOMException(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
      }
      const tagBytes = tagLength / 8;
      if (decrypt && bytes.length < tagBytes) throw new DOMException('The provided data is too small.', 'OperationError');
      return poolResult(`crypto.${op}`, bytes.length, () => {
        const c = (decrypt ? crypto().createDecipheriv : crypto().createCipheriv)(cipherName, st.bytes, iv, { authTagLength: tagBytes });
        if (aad) c.setAAD(aad);
        try {
          if (!decrypt) return arrayBuffer(Buffer().concat([c.update(bytes), c.final(), c.getAuthTag()]));
          c.setAuthTag(bytes.subarray(bytes.length - tagBytes));
          return arrayBuffer(Buffer().concat([c.update(bytes.subarray(0, bytes.length - tagBytes)), c.final()]));
        } catch {
          throw operationFailed();
        }
      });
    }
    const dict = name === 'AES-CBC' ? 'AesCbcParams' : 'AesCtrParams';
    const iv = name === 'AES-CBC' ? source(algorithm, 'iv', dict, op) : source(algorithm, 'counter', dict, op);
    if (name === 'AES-CTR') member(algorithm, 'length', dict);
    needs(st, name, op);
    if (iv.length !== 16) {
      throw new DOMException(name === 'AES-CBC' ? 'algorithm.iv must contain exactly 16 bytes' : 'AES-CTR algorithm.counter must contain exactly 16 bytes', 'OperationError');
    }
    return poolResult(`crypto.${op}`, bytes.length, () => {
      const c = (decrypt ? crypto().createDecipheriv : crypto().createCipheriv)(cipherName, st.bytes, iv);
      try {
        return arrayBuffer(Buffer().concat([c.update(bytes), c.final()]));
      } catch {
        throw operationFailed();
      }
    });
  }
  secret.encrypt = (algorithm, key, data) => aes('encrypt', algorithm, key, data);
  secret.decrypt = (algorithm, key, data) => aes('decrypt', algorithm, key, data);

  // ---- PBKDF2 and HKDF ----
  for (const name of KDF) {
    secret[name] = {
      async importKey(format, keyData, algorithm, extractable, keyUsages) {
        const usages = usagesOf(keyUsages, ['deriveBits', 'deriveKey'], `a ${name} key`);
        if (format !== 'raw') throw unsupported(`crypto.subtle.importKey in the '${format}' format for ${name}`);
        if (extractable) throw new DOMException(`${name} keys are not extractable`, 'SyntaxError');
        return makeKey({ type: 'secret', extractable: false, algorithm: { name }, usages, bytes: keyData });
      },
    };
  }
  // The derived bytes (checks done now, the work from the pool).
  function derive(algorithm, st, length, op) {
    const name = algorithmName(algorithm);
    if (!KDF.includes(name)) throw AES[name] || name === 'HMAC' ? notSupported() : unsupported(`crypto.subtle.${op} for ${name}`);
    const dict = name === 'PBKDF2' ? 'Pbkdf2Params' : 'HkdfParams';
    const hash = hashName(member(algorithm, 'hash', dict));
    const salt = source(algorithm, 'salt', dict, op);
    const extra = name === 'PBKDF2' ? member(algorithm, 'iterations', dict) : source(algorithm, 'info', dict, op);
    if (st.algorithm.name !== name || !st.usages.includes(op)) {
      throw new DOMException(op === 'deriveKey' ? 'baseKey does not have deriveKey usage'
        : 'The requested operation is not valid for the provided key', 'InvalidAccessError');
    }
    if (length === null || length % 8 !== 0) throw new DOMException('length must be a multiple of 8', 'OperationError');
    if (name === 'PBKDF2' && extra === 0) throw new DOMException('iterations cannot be zero', 'OperationError');
    return () => (name === 'PBKDF2'
      ? new Uint8Array(crypto().pbkdf2Sync(st.bytes, salt, extra, length / 8, SHA[hash]))
      : new Uint8Array(crypto().hkdfSync(SHA[hash], st.bytes, salt, extra, length / 8)));
  }
  secret.deriveBits = (algorithm, baseKey, length) => {
    const bits = derive(algorithm, baseKey[kKey], length, 'deriveBits');
    return poolResult('crypto.deriveBits', length / 8, () => arrayBuffer(bits()));
  };
  secret.deriveKey = (algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) => {
    const target = algorithmName(derivedKeyAlgorithm);
    let length;
    if (AES[target]) length = member(derivedKeyAlgorithm, 'length', 'AesDerivedKeyParams');
    else if (target === 'HMAC') {
      const params = hmacParams(derivedKeyAlgorithm);
      length = params.length !== undefined ? params.length : BLOCK_BITS[params.hash];
    } else {
      throw unsupported(`crypto.subtle.deriveKey to ${target}`);
    }
    const bits = derive(algorithm, baseKey[kKey], length, 'deriveKey');
    return poolResult('crypto.deriveKey', length / 8, () => {
      const bytes = bits();
      if (target === 'HMAC') {
        const params = hmacParams(derivedKeyAlgorithm);
        return hmacKey(bytes, { hash: params.hash }, extractable, Array.from(keyUsages || []));
      }
      const usages = usagesOf(keyUsages, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], 'an AES key');
      return aesKey(target, bytes, extractable, usages);
    });
  };

  // ---- exportKey ----
  const JWK_ALG = { 'AES-GCM': 'GCM', 'AES-CBC': 'CBC', 'AES-CTR': 'CTR' };
  const HMAC_ALG = { 'SHA-1': 'HS1', 'SHA-256': 'HS256', 'SHA-384': 'HS384', 'SHA-512': 'HS512' };
  secret.exportKey = (format, st) => {
    const name = st.algorithm.name;
    if (format === 'raw') return arrayBuffer(new Uint8Array(st.bytes));
    if (format === 'jwk' && (JWK_ALG[name] || name === 'HMAC')) {
      return {
        key_ops: st.usages.slice(),
        ext: st.extractable,
        kty: 'oct',
        k: Buffer().from(st.bytes).toString('base64url'),
        alg: name === 'HMAC' ? HMAC_ALG[st.algorithm.hash.name] : `A${st.algorithm.length}${JWK_ALG[name]}`,
      };
    }
    // (node's text names `raw` whatever the format asked for.)
    if (['spki', 'pkcs8', 'jwk'].includes(format)) {
      throw new DOMException(`Unable to export a raw ${name} secret key`, 'InvalidAccessError');
    }
    throw unsupported(`crypto.subtle.exportKey in the '${format}' format`);
  };
})
