// crypto.randomFill/randomFillSync and HKDF (hkdf/hkdfSync): results, order and errors.
const crypto = require('crypto');
const buf = Buffer.alloc(8);
crypto.randomFill(buf, 2, 4, (err, b) => console.log('randomFill cb', err, b === buf, b.length, b[0], b[7]));
process.nextTick(() => console.log('tick'));
console.log('sync', crypto.randomFillSync(Buffer.alloc(4)).length, crypto.randomFillSync(new Uint32Array(2)).constructor.name);
crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err, ab) => {
  console.log(err, ab.constructor.name, Buffer.from(ab).toString('hex'));
});
console.log(Buffer.from(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 16)).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha512', Buffer.from('k'), '', '', 100)).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha1', 'k', 's', 'i', 42)).toString('base64'));
for (const f of [() => crypto.hkdfSync('nope', 'k', 's', 'i', 4), () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), () => crypto.randomFillSync(Buffer.alloc(2), 3)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
