const c = require('./counter');
module.exports = c.inc();
