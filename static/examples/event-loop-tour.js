// A tour of Node's event loop: sync code, nextTick, promises, timers, immediates and the thread pool.
const crypto = require('crypto');

console.log('1. sync: main module starts');

setTimeout(() => console.log('6. timers phase: setTimeout 0'), 0);
setImmediate(() => console.log('7. check phase: setImmediate'));

Promise.resolve().then(() => console.log('4. microtask: promise reaction'));
queueMicrotask(() => console.log('5. microtask: queueMicrotask'));
process.nextTick(() => console.log('3. nextTick: runs before promises'));

// Five pbkdf2 jobs on four pool workers: the fifth waits for a free worker (two waves).
const start = Date.now();
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 50000, 16, 'sha256', (err, key) => {
    console.log(`8. poll phase: pbkdf2 #${i} done after ${Date.now() - start} ms -> ${key.toString('hex').slice(0, 8)}`);
    if (i === 1) {
      setTimeout(() => console.log('   timeout scheduled in an I/O callback'), 0);
      setImmediate(() => console.log('   immediate scheduled in an I/O callback runs first'));
    }
  });
}

console.log('2. sync: main module ends');
