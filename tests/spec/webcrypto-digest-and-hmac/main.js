const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const key = await subtle.importKey('raw', enc.encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
console.log(key);
console.log(Object.keys(key), key.constructor.name, Object.prototype.toString.call(key));
const sig = await subtle.sign('HMAC', key, enc.encode('msg'));
console.log(sig.constructor.name, Buffer.from(sig).toString('hex'));
console.log(await subtle.verify('HMAC', key, sig, enc.encode('msg')), await subtle.verify({name:'HMAC'}, key, sig, enc.encode('msh')));
try { await subtle.exportKey('raw', key); } catch (e) { console.log(e.name, e.message); }

// Errors and more keys.
const t = async (f) => { try { console.log('ok', await f()); } catch (e) { console.log(e.name, e.code, e.message); } };
await t(() => subtle.importKey('raw', enc.encode('s'), { name: 'HMAC' }, false, ['sign']));
await t(() => subtle.importKey('raw', enc.encode('s'), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']));
await t(() => subtle.importKey('raw', enc.encode('s'), { name: 'HMAC', hash: 'MD5' }, false, ['sign']));
await t(() => subtle.importKey('raw', enc.encode('s'), 'HMAC', false, ['sign']));
await t(() => subtle.importKey('jwk', enc.encode('s'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
await t(() => subtle.importKey('raw', 'abc', { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
await t(() => subtle.importKey('raw', new Uint8Array(0), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
const k2 = await subtle.importKey('raw', enc.encode('secret'), { name: 'HMAC', hash: { name: 'sha-512' } }, true, ['sign']);
console.log(k2.algorithm, k2.usages, k2.extractable, k2.type);
await t(() => subtle.sign('HMAC', k2, 'x'));
await t(() => subtle.sign('HMAC', k2, enc.encode('x')).then(b => b.byteLength));
await t(() => subtle.verify('HMAC', k2, new Uint8Array(2), enc.encode('x')));
await t(() => subtle.sign('HMAC', 'k', enc.encode('x')));
await t(() => subtle.sign('AES-GCM', k2, enc.encode('x')));
await t(() => subtle.exportKey('raw', k2).then(b => b.constructor.name + b.byteLength));
const k3 = await subtle.importKey('raw', enc.encode('secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
await t(() => subtle.verify('HMAC', k3, new Uint8Array(32), enc.encode('x')));
await t(() => subtle.digest('SHA-256', enc.encode('x')).then(() => 1));
await t(() => subtle.digest.call({}, 'SHA-256', enc.encode('x')));
