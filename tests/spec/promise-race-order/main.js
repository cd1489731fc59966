// Promise.race settles with the first to settle; already-resolved inputs win in input order.
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([delay(20, 'slow'), delay(5, 'fast')]).then((v) => console.log('race 1:', v));
Promise.race([delay(20, 'slow'), delay(5, 'fast-fail', true)]).then(
  (v) => console.log('race 2 fulfilled:', v),
  (e) => console.log('race 2 rejected:', e.message));
Promise.race([delay(0, 'timer'), Promise.resolve('resolved-1'), 'plain-2']).then((v) => console.log('race 3:', v));
Promise.race(['plain-first', Promise.resolve('resolved-second')]).then((v) => console.log('race 4:', v));
const never = Promise.race([]);
setTimeout(() => console.log('race([]) is still pending; loop is not kept alive by it'), 40);
never.then(() => console.log('never printed'));
