// Tick cost of combinators on already-resolved inputs, measured against a microtask counter.
const log = [];
let tick = 0;
function counter() {
  log.push('tick ' + ++tick);
  if (tick < 7) Promise.resolve().then(counter);
}
const r = Promise.resolve('v');
Promise.resolve().then(counter);
Promise.all([r]).then(() => log.push('all'));
Promise.race([r]).then(() => log.push('race'));
Promise.allSettled([r]).then(() => log.push('allSettled'));
Promise.any([r]).then(() => log.push('any'));
Promise.all([r, Promise.reject(new Error('x'))]).catch(() => log.push('all rejected'));
r.finally(() => log.push('finally callback')).then(() => log.push('after finally'));
setTimeout(() => console.log(log.join('\n')), 0);
