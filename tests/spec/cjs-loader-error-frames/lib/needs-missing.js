const here = 1;
module.exports = require('./also-missing');
