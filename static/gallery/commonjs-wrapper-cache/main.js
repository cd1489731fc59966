// Watch the console: Node runs every CommonJS file inside a function wrapper, so exports, require, module,
// __filename and __dirname are its 5 arguments. require() runs counter.js once and then serves it from require.cache.
const path = require('path');

// Node wrapped this file as: (function (exports, require, module, __filename, __dirname) { ...this code... })
console.log('arguments.length:', arguments.length);
console.log('typeof exports, require, module:', typeof exports, typeof require, typeof module);
console.log('__filename:', path.basename(__filename), '| __dirname is its folder:', __dirname === path.dirname(__filename));
console.log('exports === module.exports:', exports === module.exports);

const first = require('./counter');
console.log('first require  -> increment():', first.increment());
const second = require('./counter'); // no second "evaluating" line: served from the cache
console.log('second require -> increment():', second.increment());
console.log('same object both times:', first === second);

const key = require.resolve('./counter');
console.log('require.cache has', path.basename(key) + ':', key in require.cache);
console.log('cached exports are the same object:', require.cache[key].exports === first);
console.log('cache keys:', Object.keys(require.cache).map((k) => path.basename(k)).sort().join(', '));
