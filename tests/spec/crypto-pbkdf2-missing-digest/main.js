// pbkdf2 without its digest argument (old tutorials leave it out): node's check() names the digest first,
// with its frames; the other arguments are checked in node's order. Then the uncaught form of the mistake.
const crypto = require('crypto');
const show = (f) => { try { f(); } catch (e) { console.log(e.code, e.message, e.stack.split('\n').slice(1, 3).map((s) => s.trim().replace(__dirname, '.')).join(' / ')); } };
show(() => crypto.pbkdf2('pw', 'salt', 1000, 64, () => {}));
show(() => crypto.pbkdf2Sync('pw', 'salt', 1000, 64));
show(() => crypto.pbkdf2('pw', 'salt', 0, 64, 'sha256', () => {}));
show(() => crypto.pbkdf2(1, 'salt', 10, 64, 'sha256', () => {}));
show(() => crypto.pbkdf2Sync('pw', 1, 10, 64, 'sha256'));
show(() => crypto.pbkdf2('pw', 'salt', 10, 64, 'sha256'));
show(() => crypto.pbkdf2Sync('pw', 'salt', 10, -1, 'sha256'));
show(() => crypto.pbkdf2Sync('pw', 'salt', 10, 8, 'nope'));
console.log('hashing password');
crypto.pbkdf2('password', 'salt', 100000, 64, (err, key) => {
  if (err) throw err;
  console.log(key.toString('hex'));
});
