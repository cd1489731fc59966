// What console.log shows of Timeout and Immediate objects before, while and after their callbacks run:
// node's own fields and symbols (refed, kHasPrimitive, asyncId, triggerId). Every timer is created before the
// first console.log, whose stream set-up takes an async id of its own in node.
const util = require('util');
const show = (label, t) => {
  out.push(`${label}: ${util.inspect(t).replace(/_idleStart: \d+/, '_idleStart: N')}`);
};
const out = [];
const once = setTimeout(function once() { show('once while running', once); }, 5);
let n = 0;
const every = setInterval(function tick() {
  show(`interval run ${++n}`, every);
  if (n === 2) clearInterval(every);
}, 10);
const im = setImmediate(function first() { show('immediate while running', im); });
const cleared = setImmediate(() => {});
const unrefd = setTimeout(() => {}, 1000).unref();
const prim = setTimeout(() => {}, 30);
show('once before', once);
show('immediate before', im);
clearImmediate(cleared);
show('immediate cleared', cleared);
show('unref', unrefd);
const id = +prim;
show('after toPrimitive', prim);
clearTimeout(id);
show('cleared by id', prim);
setTimeout(() => {
  show('once after', once);
  show('interval after', every);
  show('immediate after', im);
  console.log(out.join('\n'));
  console.log(Object.getOwnPropertySymbols(once).map(String), Object.getOwnPropertySymbols(im).map(String));
  console.log(once.hasRef(), unrefd.hasRef(), typeof id);
}, 50);
