exports.lost = true;
module.exports = function replaced() {
  return 'called replaced';
};
module.exports.extra = 'attached after replacement';
