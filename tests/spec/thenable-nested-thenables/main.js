// A thenable that resolves with another thenable is unwrapped recursively, one job per level.
const log = [];
let tick = 0;
function counter() {
  log.push('tick ' + ++tick);
  if (tick < 8) Promise.resolve().then(counter);
}
const inner = { then(r) { log.push('inner.then'); r('deep value'); } };
const middle = { then(r) { log.push('middle.then'); r(inner); } };
const outer = { then(r) { log.push('outer.then'); r(middle); } };
Promise.resolve().then(counter);
Promise.resolve(outer).then((v) => log.push('result: ' + v));
setTimeout(() => console.log(log.join('\n')), 0);
