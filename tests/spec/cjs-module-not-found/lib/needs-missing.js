module.exports = require('./not-here');
