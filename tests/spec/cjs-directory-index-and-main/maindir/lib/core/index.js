module.exports = 'maindir/lib/core/index.js';
