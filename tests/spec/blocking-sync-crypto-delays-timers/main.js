// pbkdf2Sync blocks the main thread like a busy-wait: a due timer waits; its output is deterministic.
const crypto = require('crypto');
const start = Date.now();
setTimeout(() => console.log('timer fired after sync work:', Date.now() - start >= 20), 5);
const t = Date.now();
while (Date.now() - t < 20) {}
const key = crypto.pbkdf2Sync('password', 'salt', 2000, 32, 'sha512');
console.log('pbkdf2Sync:', key.toString('hex'));
console.log('Buffer length', key.length);
