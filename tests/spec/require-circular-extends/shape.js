class Shape {}
module.exports = { Shape };
