// Inside an I/O callback (crypto.pbkdf2 / randomBytes completion), setImmediate always beats setTimeout(0).
const crypto = require('crypto');
crypto.pbkdf2('secret', 'salt', 1000, 16, 'sha256', (err, key) => {
  console.log('pbkdf2 done:', key.toString('hex'));
  setTimeout(() => {
    console.log('timeout');
    crypto.randomBytes(8, (err2, buf) => {
      console.log('randomBytes done, length', buf.length);
      setTimeout(() => console.log('timeout 2'), 0);
      setImmediate(() => console.log('immediate 2'));
    });
  }, 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
});
