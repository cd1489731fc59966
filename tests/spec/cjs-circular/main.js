// Circular requires: the second module sees the first one's partial exports; module.exports replacement is not visible to the cycle.
const a = require('./a');
const b = require('./b');
console.log('main: a', JSON.stringify(a));
console.log('main: b.loaded', b.loaded, 'b.later() now', b.later());
const c = require('./c');
console.log('main: c', JSON.stringify(c));
