exports.a = 1;
exports.fn = function () {
  return 'fn result';
};
module.exports.b = 2;
console.log('named.js: exports === module.exports', exports === module.exports);
