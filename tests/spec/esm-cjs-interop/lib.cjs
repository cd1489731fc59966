exports.a = 1;
exports.b = 'two';
module.exports.fromOther = require('./other.cjs').other;
