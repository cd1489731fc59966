// Inside a thread-pool completion callback: ticks, then promises, then immediates, then timers.
const crypto = require('crypto');
setTimeout(() => console.log('timer 0 scheduled before the job runs first'), 0);
crypto.pbkdf2('pw', 'salt', 200000, 8, 'sha256', (err, key) => {
  console.log('pbkdf2 callback:', key.toString('hex'), 'err:', err);
  setTimeout(() => console.log('timeout from callback'), 0);
  setImmediate(() => {
    console.log('immediate from callback');
    process.nextTick(() => console.log('tick from immediate'));
  });
  Promise.resolve().then(() => console.log('promise from callback'));
  process.nextTick(() => console.log('tick from callback'));
  console.log('callback end');
});
process.nextTick(() => console.log('main tick'));
console.log('main end');
