// Timeout objects convert to a numeric id usable by clearTimeout; require('timers') exposes the same functions.
const timers = require('timers');
console.log('same setTimeout:', timers.setTimeout === setTimeout, timers.setTimeout === globalThis.setTimeout);
console.log('same clearImmediate:', timers.clearImmediate === clearImmediate);
console.log('global === globalThis:', global === globalThis);
const t = setTimeout(() => console.log('never'), 5);
const id = +t;
console.log('typeof +t:', typeof id, 'integer:', Number.isInteger(id), 'positive:', id > 0);
console.log('`${t}` equals String(+t):', `${t}` === String(id));
clearTimeout(id);
const t2 = timers.setTimeout(() => {
  console.log('timers.setTimeout fired');
  timers.setImmediate(() => console.log('timers.setImmediate fired'));
  const t3 = timers.setTimeout(() => console.log('never (cleared via id)'), 1);
  timers.clearTimeout(t3[Symbol.toPrimitive]());
}, 1);
console.log('Timeout has methods:', ['ref', 'unref', 'hasRef', 'refresh'].map((m) => typeof t2[m]).join(','));
