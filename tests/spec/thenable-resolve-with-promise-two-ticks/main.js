// resolve(nativePromise) inside an executor adopts it via a thenable job: 2 extra ticks.
const log = [];
let tick = 0;
function counter() {
  log.push('tick ' + ++tick);
  if (tick < 6) Promise.resolve().then(counter);
}
Promise.resolve().then(counter);
new Promise((resolve) => resolve(Promise.resolve('adopted'))).then((v) => log.push('resolve(promise) -> ' + v));
new Promise((resolve) => resolve('direct')).then((v) => log.push('resolve(value) -> ' + v));
Promise.resolve(Promise.resolve('same')).then((v) => log.push('Promise.resolve(promise) -> ' + v));
Promise.resolve().then(() => Promise.resolve('returned')).then((v) => log.push('then returns promise -> ' + v));
Promise.resolve().then(() => 'returned plain').then((v) => log.push('then returns value -> ' + v));
setTimeout(() => console.log(log.join('\n')), 0);
