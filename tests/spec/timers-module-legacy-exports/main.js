const timers = require('timers');
console.log(Object.keys(timers).sort().join(','));
console.log(timers.setTimeout === setTimeout, timers.setImmediate === setImmediate);
const tp = require('node:timers/promises');
console.log(Object.keys(tp).sort().join(','));
console.log(timers.promises === tp);
