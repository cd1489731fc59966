console.log('a: start');
exports.loaded = false;
exports.name = 'a';
const b = require('./b');
console.log('a: got b, b.loaded =', b.loaded, 'b.sawA =', JSON.stringify(b.sawA));
exports.loaded = true;
console.log('a: done');
