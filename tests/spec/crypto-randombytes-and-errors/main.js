// randomBytes(cb) delivers a Buffer of the requested size asynchronously; invalid pbkdf2/scrypt args throw synchronously.
const crypto = require('crypto');
crypto.randomBytes(32, (err, buf) => {
  console.log('randomBytes: err', err, '| Uint8Array:', buf instanceof Uint8Array, '| length', buf.length);
  crypto.randomBytes(0, (err2, empty) => console.log('randomBytes(0) length', empty.length));
});
console.log('randomBytes callback is async');
const tryIt = (label, fn) => {
  try { fn(); console.log(label, 'did not throw'); } catch (e) { console.log(label, '->', e.name, e.code); }
};
tryIt('bad digest', () => crypto.pbkdf2('p', 's', 1, 16, 'no-such-digest', () => {}));
tryIt('negative iterations', () => crypto.pbkdf2('p', 's', -1, 16, 'sha256', () => {}));
tryIt('missing callback', () => crypto.pbkdf2('p', 's', 1, 16, 'sha256'));
tryIt('scrypt N not power of 2', () => crypto.scrypt('p', 's', 16, { N: 3 }, () => {}));
tryIt('randomBytes negative size', () => crypto.randomBytes(-1, () => {}));
