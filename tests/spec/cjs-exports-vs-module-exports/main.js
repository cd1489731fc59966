// CommonJS: exports.x vs module.exports = ..., rebinding `exports` loses it, primitives, `this` at top level, empty modules.
const named = require('./lib/named');
console.log('named', named, named.fn());
const replaced = require('./lib/replaced');
console.log('replaced typeof', typeof replaced, replaced.name, replaced(), replaced.lost, replaced.extra);
console.log('rebound', require('./lib/rebound'));
console.log('primitive', require('./lib/primitive'));
console.log('this', require('./lib/this-is-exports'));
const empty = require('./lib/empty.js');
console.log('empty', empty, Object.keys(empty).length);
console.log('main: this === exports', this === exports, this === module.exports);
