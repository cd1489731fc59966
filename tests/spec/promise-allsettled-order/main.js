// Promise.allSettled reports every outcome in input order, after the slowest settles.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(v) : res(v)), ms));
Promise.allSettled([
  delay(20, 'a'),
  delay(5, new Error('b failed'), true),
  42,
  Promise.reject('plain reason'),
]).then((results) => {
  for (const r of results) {
    if (r.status === 'fulfilled') console.log('fulfilled', r.value);
    else console.log('rejected', r.reason instanceof Error ? r.reason.message : r.reason);
  }
  console.log(results.map((r) => Object.keys(r).join('+')));
});
Promise.allSettled([]).then((r) => console.log('allSettled([]):', r));
console.log('sync end');
