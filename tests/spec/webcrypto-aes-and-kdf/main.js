// Web Crypto secret keys: AES-GCM/CBC/CTR encrypt and decrypt, PBKDF2 and HKDF derivation, raw and JWK export,
// and node's DOMExceptions for the usual mistakes.
const { subtle } = require('crypto').webcrypto;
(async () => {
  {
    const raw = new Uint8Array(32).map((_, i) => i);
    const k = await subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
    console.log(k, k.algorithm, k.usages);
    const iv = new Uint8Array(12).fill(7);
    const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, k, new TextEncoder().encode('hello'));
    console.log(ct, Buffer.from(ct).toString('hex'));
    const pt = await subtle.decrypt({ name: 'AES-GCM', iv }, k, ct);
    console.log(new TextDecoder().decode(pt));
    console.log(await subtle.exportKey('jwk', k));
    console.log(Buffer.from(await subtle.exportKey('raw', k)).length);
    const hk = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    console.log(await subtle.exportKey('jwk', hk));
    const cbc = await subtle.importKey('raw', raw.slice(0, 16), { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
    const c2 = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new TextEncoder().encode('hello world'));
    console.log(Buffer.from(c2).toString('hex'), cbc);
    const ctr = await subtle.importKey('raw', raw.slice(0, 16), 'AES-CTR', false, ['encrypt']);
    console.log(Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, new Uint8Array(5))).toString('hex'));
    const pw = await subtle.importKey('raw', new TextEncoder().encode('pw'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
    console.log(pw);
    const bits = await subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' }, pw, 256);
    console.log(Buffer.from(bits).toString('hex'));
    const dk = await subtle.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' }, pw, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    console.log(dk, Buffer.from(await subtle.exportKey('raw', dk)).toString('hex'));
    const hkdf = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits']);
    console.log(Buffer.from(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(4), info: new Uint8Array(2) }, hkdf, 128)).toString('hex'));
    try { await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, ct); } catch (e) { console.log(e.name, e.message, e.code); }
    try { await subtle.importKey('raw', new Uint8Array(5), 'AES-GCM', true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.importKey('raw', raw, 'AES-GCM', true, ['sign']); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.encrypt({ name: 'AES-GCM', iv }, cbc, new Uint8Array(1)); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.exportKey('raw', cbc); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.importKey('raw', raw, 'PBKDF2', true, ['deriveBits']); } catch (e) { console.log(e.name, e.message); }
    const gk = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
    console.log(gk.algorithm, (await subtle.exportKey('raw', gk)).byteLength);
    const jk = await subtle.importKey('jwk', { kty: 'oct', k: Buffer.from(raw).toString('base64url'), alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']);
    console.log(jk.algorithm, jk.usages);
  }
  {
    const raw = new Uint8Array(16);
    for (const [alg, u] of [['PBKDF2', ['encrypt']], ['HKDF', ['sign']], ['AES-CTR', ['deriveBits']]]) {
      try { await subtle.importKey('raw', raw, alg, false, u); } catch (e) { console.log(e.name, e.message); }
    }
    const k = await subtle.importKey('raw', raw, 'AES-CBC', true, ['encrypt', 'decrypt', 'encrypt']);
    console.log(k.usages);
    try { await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, k, new Uint8Array(1)); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, k, new Uint8Array(16)); } catch (e) { console.log(e.name, e.message); }
    const g = await subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt']);
    try { await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, g, new Uint8Array(4)); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
    const pw = await subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveBits']);
    try { await subtle.deriveBits({ name: 'PBKDF2', salt: raw, iterations: 1, hash: 'SHA-256' }, pw, 7); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.deriveKey({ name: 'PBKDF2', salt: raw, iterations: 1, hash: 'SHA-256' }, pw, { name: 'AES-GCM', length: 128 }, true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.deriveBits({ name: 'PBKDF2', salt: raw, iterations: 0, hash: 'SHA-256' }, pw, 8); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.encrypt({ name: 'AES-GCM' }, g, raw); } catch (e) { console.log(e.name, e.message, e.code); }
    const hm = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
    console.log((await subtle.exportKey('jwk', hm)).alg, hm.algorithm);
    try { await subtle.importKey('jwk', { kty: 'RSA' }, 'AES-GCM', true, ['encrypt']); } catch (e) { console.log(e.name, e.message); }
    try { await subtle.exportKey('spki', g); } catch (e) { console.log(e.name, e.message); }
    const a = await subtle.importKey('raw', raw, { name: 'AES-GCM' }, true, ['decrypt']);
    console.log(Object.keys(await subtle.exportKey('jwk', a)));
  }
})();
