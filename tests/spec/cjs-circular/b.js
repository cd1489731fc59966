console.log('b: start');
exports.loaded = false;
const a = require('./a');
console.log('b: got partial a', JSON.stringify(a));
exports.sawA = { ...a };
exports.later = () => a.loaded;
exports.loaded = true;
console.log('b: done');
