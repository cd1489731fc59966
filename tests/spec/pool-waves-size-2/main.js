// With UV_THREADPOOL_SIZE=2 set before any pool use, only 2 pbkdf2 jobs run at once: 5 jobs take 3 waves.
process.env.UV_THREADPOOL_SIZE = '2';
const crypto = require('crypto');
const ITER = 150000;
const pbkdf2 = (pw, iter) => new Promise((resolve, reject) => {
  crypto.pbkdf2(pw, 'salt', iter, 16, 'sha512', (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
});

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
  // Waves of 2: job 3 starts after one of jobs 1-2 is done; job 5 only after three of jobs 1-4 are done.
  console.log('third job in second wave (after >= 1 of jobs 1-2):', order.indexOf(3) >= 1);
  console.log('fifth finished in third wave (after >= 3 of the first four):', order.indexOf(5) >= 3);
  console.log('1 long job + 1 tiny job: tiny finished first:', await tinyFinishesFirst(1));
  console.log('2 long jobs + 1 tiny job: tiny finished first:', await tinyFinishesFirst(2));
  console.log('3 long jobs + 1 tiny job: tiny finished first:', await tinyFinishesFirst(3));
})();
