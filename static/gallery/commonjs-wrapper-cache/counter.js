// This module body runs once, on the first require(); later requires get the cached module.exports.
console.log('counter.js: evaluating (this happens only once)');
let count = 0;
module.exports = { increment: () => ++count };
