exports = { shouldNotBeSeen: true };
exports.alsoLost = 1;
module.exports.kept = 'kept via module.exports';
