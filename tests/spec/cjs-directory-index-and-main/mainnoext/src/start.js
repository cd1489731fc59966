module.exports = 'mainnoext/src/start.js';
