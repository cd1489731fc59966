// crypto createHash/createHmac: hex/base64/base64url/buffer digests, incremental update with encodings, copy(), errors after digest.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
  console.log(alg, crypto.createHash(alg).update('hello').digest('hex'));
}
console.log('empty sha256', crypto.createHash('sha256').digest('hex'));
const h = crypto.createHash('sha256');
h.update('hel');
h.update(Buffer.from('lo'));
console.log('incremental equals one-shot', h.digest('base64') === crypto.createHash('sha256').update('hello').digest('base64'));
console.log('update with hex input', crypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex'));
console.log('utf8 input', crypto.createHash('md5').update('héllo €').digest('base64url'));
const base = crypto.createHash('sha256').update('part1');
const copy = base.copy();
copy.update('part2');
console.log('copy differs', base.digest('hex').slice(0, 16), copy.digest('hex').slice(0, 16));
const d = crypto.createHash('sha1').update('x').digest();
console.log('buffer digest', Buffer.isBuffer(d), d.length);
console.log('hmac sha256', crypto.createHmac('sha256', 'secret').update('message').digest('hex'));
console.log('hmac buffer key', crypto.createHmac('sha1', Buffer.from('key')).update('The quick brown fox jumps over the lazy dog').digest('hex'));
console.log('hmac empty key', crypto.createHmac('md5', '').update('').digest('hex'));
console.log('crypto.hash helper', typeof crypto.hash === 'function' ? crypto.hash('sha1', 'abc') : 'n/a');
const used = crypto.createHash('sha256');
used.digest();
try {
  used.update('more');
} catch (e) {
  console.log('update after digest:', e.name, e.code, e.message);
}
try {
  used.digest();
} catch (e) {
  console.log('digest twice:', e.code, e.message);
}
try {
  crypto.createHash('nope');
} catch (e) {
  console.log('unknown algorithm:', e.message);
}
console.log('getHashes includes sha256', crypto.getHashes().includes('sha256'));
console.log('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
