// `return promise` from an async function costs 2 extra ticks vs `return await promise`.
const log = [];
let tick = 0;
let running = true;
function counter() {
  log.push('tick ' + ++tick);
  if (running && tick < 10) Promise.resolve().then(counter);
}
async function returnAwait() { return await Promise.resolve('A'); }
async function returnPromise() { return Promise.resolve('B'); }
async function returnValue() { return 'C'; }
Promise.resolve().then(counter);
returnPromise().then((v) => log.push('returnPromise ' + v));
returnAwait().then((v) => log.push('returnAwait ' + v));
returnValue().then((v) => log.push('returnValue ' + v));
setTimeout(() => { running = false; console.log(log.join('\n')); }, 0);
