// scrypt uses the same 4-thread pool: derived keys are deterministic and a 5th job waits for a free thread.
const crypto = require('crypto');
const scrypt = (pw, salt, len, opts) => new Promise((resolve, reject) => {
  crypto.scrypt(pw, salt, len, opts, (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
});
const LONG = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }; // ~100-300 ms each
const TINY = { N: 2, r: 1, p: 1 };

async function tinyFinishesFirst(longs, tinyKind) {
  const order = [];
  const jobs = [];
  for (let i = 0; i < longs; i++) jobs.push(scrypt('long' + i, 'salt', 16, LONG).then(() => order.push('long')));
  const tiny = tinyKind === 'pbkdf2'
    ? new Promise((r) => crypto.pbkdf2('tiny', 'salt', 1, 16, 'sha256', r))
    : scrypt('tiny', 'salt', 16, TINY);
  jobs.push(tiny.then(() => order.push('tiny')));
  await Promise.all(jobs);
  return order[0] === 'tiny';
}

(async () => {
  console.log('default params:', await scrypt('password', 'salt', 32, {}));
  console.log('N=1024 r=8 p=16:', await scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }));
  console.log('empty password:', await scrypt('', '', 16, { N: 16, r: 1, p: 1 }));
  console.log('cost alias:', await scrypt('pw', 'salt', 16, { cost: 1024, blockSize: 8, parallelization: 1 }));
  const order = [];
  const keys = await Promise.all([1, 2, 3, 4, 5].map((i) =>
    scrypt('pw' + i, 'salt', 16, LONG).then((hex) => { order.push(i); return hex; })));
  console.log('5 long keys:', keys);
  console.log('fifth finished in second wave (after >= 1 of the first four):', order.indexOf(5) >= 1);
  console.log('3 long scrypt + tiny scrypt: tiny finished first:', await tinyFinishesFirst(3, 'scrypt'));
  console.log('4 long scrypt + tiny scrypt: tiny finished first:', await tinyFinishesFirst(4, 'scrypt'));
  console.log('4 long scrypt + tiny pbkdf2 (shared pool): tiny finished first:', await tinyFinishesFirst(4, 'pbkdf2'));
})();
