module.exports = function () {}; module.exports.version = 1;
