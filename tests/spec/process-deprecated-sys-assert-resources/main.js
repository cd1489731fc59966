// Deprecated APIs warn once (require('sys'), process.assert); process.getActiveResourcesInfo() counts the refed
// timers and immediates (node's handles are left out by the filter: they depend on where stdout goes).
const sys = require('sys');
console.log(typeof sys.inspect, sys === require('util'));
require('sys');
process.assert(1 === 1, 'fine');
process.assert(true);
try {
  process.assert(false, 'it broke');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const timersAndImmediates = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate');
console.log(timersAndImmediates());
const t1 = setTimeout(() => {}, 10);
const t2 = setTimeout(() => {}, 10);
const t3 = setTimeout(() => {}, 10);
t3.unref();
setImmediate(() => {
  console.log('in immediate', timersAndImmediates());
});
console.log(timersAndImmediates());
clearTimeout(t1);
clearTimeout(t2);
console.log(timersAndImmediates());
