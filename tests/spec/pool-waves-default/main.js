// The libuv thread pool has 4 threads by default: a 5th pbkdf2 job waits for a free thread (second wave).
const crypto = require('crypto');
const ITER = 150000; // a "long" job: ~100-300 ms; a "tiny" job (1 iteration) takes microseconds
const pbkdf2 = (pw, iter) => new Promise((resolve, reject) => {
  crypto.pbkdf2(pw, 'salt', iter, 16, 'sha512', (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
});

// Submit `longs` long jobs then one tiny job; the tiny one completes first only if a thread was free for it.
async function tinyFinishesFirst(longs) {
  const order = [];
  const jobs = [];
  for (let i = 0; i < longs; i++) jobs.push(pbkdf2('long' + i, ITER).then(() => order.push('long')));
  jobs.push(pbkdf2('tiny', 1).then(() => order.push('tiny')));
  await Promise.all(jobs);
  return order[0] === 'tiny';
}

(async () => {
  const order = [];
  const keys = await Promise.all([1, 2, 3, 4, 5].map((i) =>
    pbkdf2('password' + i, ITER).then((hex) => { order.push(i); return hex; })));
  keys.forEach((hex, i) => console.log('job', i + 1, 'key', hex));
  // Job 5 can only start once one of jobs 1-4 has finished.
  console.log('fifth finished in second wave (after >= 1 of the first four):', order.indexOf(5) >= 1);
  console.log('3 long jobs + 1 tiny job: tiny finished first:', await tinyFinishesFirst(3));
  console.log('4 long jobs + 1 tiny job: tiny finished first:', await tinyFinishesFirst(4));
})();
