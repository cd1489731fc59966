// The require cache: a module executes once, all requirers share one exports object; deleting require.cache[...] forces re-execution.
const path = require('path');
const first = require('./counter');
const second = require('./counter.js');
const third = require(path.join(__dirname, 'counter'));
console.log('same object', first === second, second === third);
console.log('inc', first.inc(), second.inc());
console.log('user.js saw count', require('./user'));
const key = require.resolve('./counter');
console.log('resolved key', path.relative(__dirname, key));
console.log('cache keys', Object.keys(require.cache).map((k) => path.relative(__dirname, k)).sort());
console.log('cache entry exports is first', require.cache[key].exports === first, require.cache[key].loaded);
delete require.cache[key];
const fresh = require('./counter');
console.log('after delete: new object', fresh !== first, 'loadNumber', fresh.loadNumber, 'inc', fresh.inc());
console.log('old object keeps its state', first.inc());
console.log('user.js still cached', require('./user'));
console.log('main module in cache', require.cache[__filename] === module);
