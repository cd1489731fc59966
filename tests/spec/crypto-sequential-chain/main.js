// Chained pool jobs (each started from an immediate after the previous callback) complete strictly in sequence.
const crypto = require('crypto');
let step = 0;
function next(prev) {
  step++;
  if (step > 4) {
    console.log('final key:', prev);
    return;
  }
  crypto.pbkdf2(prev, 'salt', 2000, 16, 'sha256', (err, key) => {
    const hex = key.toString('hex');
    console.log('step', step, hex);
    setImmediate(() => {
      console.log('  immediate after step', step);
      next(hex);
    });
  });
}
next('seed');
process.on('beforeExit', () => console.log('beforeExit after', step - 1, 'steps'));
